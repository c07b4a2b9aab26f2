"""The acceptance story of issue 5 at the command line: two copies of the demo edited differently (one field on
both), exported, imported crosswise in both orders: the same digest, one conflict listed and resolved."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldapp.cli import main
from fieldapp.services import tours
from fieldapp.services.context import Context
from fieldapp.services.demo import build_demo
from fieldapp.storage.database import open_database

pytestmark = pytest.mark.usefixtures("as_demo_coordinator")  # the demo is read-only without an account


def _run(capsys, *args: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _edit_title(path: Path, title: str, other_notes: str | None = None) -> str:
    db = open_database(path)
    try:
        ctx = Context(db=db, blobs=path.with_suffix(".blobs"))
        first, second = tours.list_tours(ctx)[:2]
        tours.update_tour(ctx, first.id, title, starts_on=first.starts_on, ends_on=first.ends_on)
        if other_notes is not None:
            tours.update_tour(ctx, second.id, second.title, starts_on=second.starts_on, ends_on=second.ends_on,
                              notes=other_notes)
        return first.id
    finally:
        db.close()


def test_two_demo_copies_merge_crosswise_to_one_digest_with_one_conflict(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    demo = tmp_path / "demo.db"
    build_demo(demo)
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(demo, a)
    shutil.copy(demo, b)
    tour = _edit_title(a, "Караван (ноутбук А)")
    _edit_title(b, "Караван (ноутбук Б)", other_notes="заметка Б")
    c, d = tmp_path / "c.db", tmp_path / "d.db"
    shutil.copy(demo, c)
    shutil.copy(demo, d)
    for x in (a, b, c, d):
        assert _run(capsys, "sync", "device", x, "--export-key", tmp_path / f"{x.stem}.key")[0] == 0
    # Packages are encrypted for the devices each laptop enrolled: a and b know the coordinators c and d too.
    for x, others in ((a, (b, c, d)), (b, (a, c, d)), (c, (a, b)), (d, (a, b))):
        for y in others:
            assert _run(capsys, "sync", "device", x, "--enroll", tmp_path / f"{y.stem}.key")[0] == 0
    for x in (a, b):
        code, out, err = _run(capsys, "sync", "export", x, "-o", tmp_path / f"{x.stem}.fieldsync")
        assert code == 0, err
    # Two more copies of the demo import both packages in the two orders; a and b import each other's.
    for target, order in ((c, (a, b)), (d, (b, a)), (a, (b,)), (b, (a,))):
        for source in order:
            code, out, err = _run(capsys, "sync", "import", target, tmp_path / f"{source.stem}.fieldsync",
                                  "--json")
            assert code == 0, err
    digests = {p.stem: _run(capsys, "sync", "digest", p)[1].strip() for p in (a, b, c, d)}
    assert len(set(digests.values())) == 1, digests
    assert len(next(iter(digests.values()))) == 64
    code, out, _ = _run(capsys, "sync", "conflicts", a, "--json")
    listed = json.loads(out)
    assert [(x["table"], x["row_id"], x["field"]) for x in listed] == [("tour", tour, "title")]
    assert sorted(h["value"] for h in listed[0]["heads"]) == ["Караван (ноутбук А)", "Караван (ноутбук Б)"]
    # Resolve on a by keeping b's value; the resolution travels to b and the conflict is gone everywhere.
    pick = next(h["change"] for h in listed[0]["heads"] if h["value"].endswith("Б)"))
    code, out, err = _run(capsys, "sync", "conflicts", a, "--resolve", f"tour:{tour}:title", "--pick", pick, "--json")
    assert code == 0 and json.loads(out) == [], err
    assert _run(capsys, "sync", "export", a, "-o", tmp_path / "a2.fieldsync")[0] == 0
    assert _run(capsys, "sync", "import", b, tmp_path / "a2.fieldsync")[0] == 0
    assert json.loads(_run(capsys, "sync", "conflicts", b, "--json")[1]) == []
    assert _run(capsys, "sync", "digest", a)[1] == _run(capsys, "sync", "digest", b)[1]
    code, out, err = _run(capsys, "sync", "import", b, tmp_path / "a2.fieldsync", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["changes_new"] == 0


def test_a_refused_package_leaves_the_digest_alone(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    demo = tmp_path / "demo.db"
    build_demo(demo)
    bad = tmp_path / "bad.fieldsync"
    bad.write_bytes(b"PK\x03\x04 not really a package")
    before = _run(capsys, "sync", "digest", demo)[1]
    code, _, err = _run(capsys, "sync", "import", demo, bad, "--lang", "en")
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert "bad.fieldsync" in err and "damaged" in err  # the file is named, and what is wrong with it
    assert _run(capsys, "sync", "digest", demo)[1] == before
    code, _, err = _run(capsys, "sync", "import", demo, tmp_path / "missing.fieldsync", "--lang", "en")
    assert code == 1 and "missing.fieldsync" in err
    code, _, err = _run(capsys, "sync", "export", demo, "-o", tmp_path / "x.fieldsync", "--for", "nobody",
                        "--lang", "en")
    assert code == 1 and "nobody" in err and not (tmp_path / "x.fieldsync").exists()
    assert _run(capsys, "sync", "digest", demo)[1] == before
