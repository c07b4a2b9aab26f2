"""`hub push|pull` at the command line against the real PostgreSQL server: the acceptance story of the hub."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.services.demo import build_demo
from fieldapp.storage.database import open_database

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")




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
    for x in (a, b):
        result = run("hub", "push", x, "--url", hub_url)
        assert result.code == 0 and result.err == "", result.err
    again = run("hub", "push", a, "--url", hub_url)
    assert again.code == 0 and ": 0 changes sent, 0 new" in again.out
    for x in (a, b, c):
        result = run("hub", "pull", x, "--url", hub_url)
        assert result.code == 0 and result.err == "", result.err
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
