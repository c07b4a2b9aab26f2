"""Packages parked by an older app are applied when an upgraded app opens the database; unreadable ones stay parked."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sync_helpers import cli, digest, enrol_all, replica, seed

from fieldapp.services import sync, tours
from fieldapp.services.workspace import open_workspace
from fieldapp.sync import exchange
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.keys import own_keys
from fieldapp.sync.package import Producer, build_package

NEWER = SCHEMA_VERSION + 1


def parked_count(path: Path) -> int:
    with replica(path) as ctx, ctx.db.session() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM sync_parked").scalar() or 0)


@pytest.fixture
def parked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Laptop a, made by a newer app, sent a package that coordinator b (this app) parked."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour1"], "правка новой версии")
        tours.create_tour(ctx, ids["campaign"], "Выезд 3")
        with monkeypatch.context() as newer_app:
            newer_app.setattr(exchange, "SCHEMA_VERSION", NEWER)
            sync.export_package(ctx, tmp_path / "new.fieldsync")
    with replica(b) as ctx:
        result = sync.import_packages(ctx, [tmp_path / "new.fieldsync"])
    # Not a refusal (the database did change: the package waits in it), so the import says so in its result.
    assert [(Path(p.name).name, p.schema) for p in result.parked] == [("new.fieldsync", NEWER)]
    assert parked_count(b) == 1
    assert digest(b) != digest(a)
    return a, b


def test_the_upgraded_app_applies_a_parked_package_when_it_opens_the_database(
        parked: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    a, b = parked
    ctx = open_workspace(b)  # this app still cannot read it: it stays parked, opening works
    try:
        assert ctx.parked is not None and ctx.parked.packages == 0 and ctx.parked.still_parked == 1
    finally:
        ctx.db.close()
    assert parked_count(b) == 1
    monkeypatch.setattr(exchange, "SCHEMA_VERSION", NEWER)  # the upgrade
    with caplog.at_level(logging.INFO, logger="fieldapp.services.sync"):
        ctx = open_workspace(b)
    try:
        assert ctx.parked is not None
        assert (ctx.parked.packages, ctx.parked.still_parked, ctx.parked.problems) == (1, 0, ())
        assert ctx.parked.changes_new > 0 and ctx.parked.new_records == {"tour": 1}
    finally:
        ctx.db.close()
    assert "applied 1 parked package(s) after an upgrade" in caplog.text
    assert parked_count(b) == 0
    assert digest(b) == digest(a)
    ctx = open_workspace(b)  # nothing parked any more: nothing to report
    try:
        assert ctx.parked is None
    finally:
        ctx.db.close()


def test_a_parked_package_that_still_cannot_be_read_stays_parked(
        parked: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    a, b = parked
    with replica(a) as ctx, ctx.db.session() as s:
        keys = own_keys(s)
        far = build_package(Producer(keys.device, keys.sign, "9.9", NEWER + 1), [], vector={})
    (tmp_path / "far.fieldsync").write_bytes(far)
    with replica(b) as ctx:
        assert [p.schema for p in sync.import_packages(ctx, [tmp_path / "far.fieldsync"]).parked] == [NEWER + 1]
    with replica(b) as ctx, ctx.db.engine.begin() as conn:
        # The second parked package damaged (and claiming a version this app reads): the first must still go in.
        conn.exec_driver_sql("UPDATE sync_parked SET data = substr(data, 1, 200), schema_version = ? "
                             "WHERE schema_version = ?", (NEWER, NEWER + 1))
    assert parked_count(b) == 2
    monkeypatch.setattr(exchange, "SCHEMA_VERSION", NEWER)
    ctx = open_workspace(b)
    try:
        assert ctx.parked is not None
        assert (ctx.parked.packages, ctx.parked.still_parked) == (1, 1)
        assert ctx.parked.problems == ("sync.pkg_corrupt",)
    finally:
        ctx.db.close()
    assert parked_count(b) == 1
    assert digest(b) == digest(a)


def test_a_read_only_open_leaves_parked_packages_alone(parked: tuple[Path, Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _, b = parked
    monkeypatch.setattr(exchange, "SCHEMA_VERSION", NEWER)
    ctx = open_workspace(b, readonly=True)
    try:
        assert ctx.parked is None
    finally:
        ctx.db.close()
    assert parked_count(b) == 1


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "note: применены пакеты, отложенные до обновления программы: 1; новых изменений: "),
    ("kk", "note: бағдарлама жаңартылғанша шегерілген пакеттер қолданылды: 1; жаңа өзгерістер: "),
])
def test_the_command_line_says_in_the_users_language_that_parked_packages_went_in(
        parked: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    _, b = parked
    monkeypatch.setattr(exchange, "SCHEMA_VERSION", NEWER)  # the upgrade
    result = cli("list", "tours", b, "--lang", lang)
    assert result.code == 0, result.err
    assert said in result.err
    assert "Выезд 3" in result.out  # the parked package's new tour is there
    assert "note:" not in cli("list", "tours", b, "--lang", lang).err  # said once: nothing is parked any more
