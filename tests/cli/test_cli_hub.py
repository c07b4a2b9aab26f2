"""`hub push|pull` at the command line against the real PostgreSQL server: the acceptance story of the hub."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.services.demo import build_demo
from fieldapp.storage.database import open_database

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = [pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)"),
    pytest.mark.usefixtures("as_demo_coordinator")]  # the demo is read-only without an account




def _edit(path: Path, title: str) -> None:
    from fieldapp.services import tours
    from fieldapp.services.context import Context

    db = open_database(path)
    try:
        ctx = Context(db=db, blobs=path.with_suffix(".blobs"))
        first = tours.list_tours(ctx)[0]
        tours.update_tour(ctx, first.id, title, starts_on=first.starts_on, ends_on=first.ends_on)
    finally:
        db.close()


def test_two_demo_copies_and_a_new_laptop_agree_through_the_hub(run: Run, tmp_path: Path, hub_url: str) -> None:
    demo = tmp_path / "demo.db"
    build_demo(demo)
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    shutil.copy(demo, a)
    shutil.copy(demo, b)
    open_database(c, create=True).close()
    _edit(a, "Караван (ноутбук А)")
    _edit(b, "Караван (ноутбук Б)")
    for x in (a, b, c):
        assert run("sync", "device", x, "--export-key", tmp_path / f"{x.stem}.key").code == 0
    # a is the coordinator's office: the empty hub takes its key as its office, b is enrolled there by a; the
    # laptops trust the office to send back everyone's changes, the office trusts b's own.
    result = run("hub", "push", a, "--url", hub_url, "--lang", "en")
    assert result.code == 0 and "enrolled there as its office" in result.err, result.err
    written = re.search(r"(\d+) rows of schema (\S+) written", result.out)
    assert written is not None and int(written[1]) > 1000 and written[2].endswith("_fieldapp"), result.out
    refused = run("hub", "push", b, "--url", hub_url, "--lang", "en")
    assert refused.code == 1 and "not enrolled at hub" in refused.err, refused.err
    assert run("hub", "enroll", a, "--url", hub_url, tmp_path / "b.key").code == 0
    assert run("hub", "enroll", b, "--url", hub_url, tmp_path / "c.key").code == 1  # b is no office of the hub
    # c only pulls, but it must open the residents' data: the office wraps the hub's data key for c's key.
    early = run("hub", "pull", c, "--url", hub_url, "--lang", "en")
    assert early.code == 1 and "holds no key to the personal data" in early.err, early.err
    assert run("hub", "enroll", a, "--url", hub_url, tmp_path / "c.key").code == 0
    assert run("sync", "device", a, "--enroll", tmp_path / "b.key").code == 0
    for x in (b, c):
        assert run("sync", "device", x, "--enroll", tmp_path / "a.key", "--office").code == 0
    result = run("hub", "push", b, "--url", hub_url)
    assert result.code == 0 and result.err == "", result.err
    again = run("hub", "push", a, "--url", hub_url)  # said in Russian, the default language
    assert again.code == 0 and ": изменений 0, из них новых 0," in again.out, again.out
    # c trusts only the office: b's changes reach it once the office has pulled them and vouched for them.
    early = run("hub", "pull", c, "--url", hub_url, "--lang", "en")
    assert early.code == 0 and "were left on the hub" in early.err
    assert run("hub", "pull", a, "--url", hub_url).code == 0
    assert run("hub", "push", a, "--url", hub_url).code == 0
    for x in (a, b, c):
        result = run("hub", "pull", x, "--url", hub_url)
        assert result.code == 0 and result.err == "", result.err
        # What was added is named as people read it, in the user's language, not as a program's dictionary.
        assert result.out.startswith("получено с хаба ") and "{" not in result.out, result.out
    kk = run("hub", "pull", a, "--url", hub_url, "--lang", "kk")
    assert kk.code == 0 and "хабынан алынды: өзгерістер 0" in kk.out, kk.out
    digests = {run("sync", "digest", x).out for x in (a, b, c)}
    assert len(digests) == 1
    assert run("sync", "digest", demo).out not in digests
    for x in (a, b, c):
        assert run("sync", "conflicts", x).out.count("tour:") == 1


def test_an_unreachable_hub_is_one_error_line_and_the_database_is_unchanged(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    build_demo(demo)
    before = run("sync", "digest", demo).out
    data = demo.read_bytes()
    for command in ("push", "pull"):
        result = run("hub", command, demo, "--url", "postgresql://postgres@127.0.0.1:9/test", "--lang", "en")
        assert result.code == 1 and result.out == ""
        assert result.err.startswith("error: ") and result.err.count("\n") == 1
        assert "127.0.0.1" in result.err
    assert demo.read_bytes() == data
    assert run("sync", "digest", demo).out == before
