"""Revision 0010 (the indicator and register indexes): a database at 0009 holding receptions and control items is
brought forward on opening, with the new indexes built over its rows, the replaced ones gone, and the same figures
from the queries that read them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import Connection

from fieldapp.domain.indicators import Scope
from fieldapp.services import campaigns, control, places, receptions, tours
from fieldapp.services.context import Context
from fieldapp.services.control_register import RegisterQuery, register_page
from fieldapp.services.indicators import build_indicators, build_topic_counts
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.storage.database import alembic_config, head_revision, open_database

NEW = {("reception", "ix_reception_outcome_live"), ("reception", "ix_reception_topic_live"),
       ("reception", "ix_reception_deleted"), ("control_reception", "ix_control_reception_item_live"),
       ("control_item", "ix_control_item_title")}
OLD = {("reception", "ix_reception_outcome"), ("reception", "ix_reception_topic"),
       ("control_reception", "ix_control_reception_control_item_id"),
       ("control_event", "ix_control_event_control_item_id")}


def indexes(conn: Connection) -> set[tuple[str, str]]:
    return {(t, n) for t, n in conn.exec_driver_sql(
        "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")}


def figures(ctx: Context) -> tuple[object, ...]:
    ind = build_indicators(ctx, Scope())
    by_receptions = register_page(ctx, RegisterQuery(sort="receptions", descending=True), 0, 10)
    by_title = register_page(ctx, RegisterQuery(sort="title"), 0, 10)
    return (ind.receptions, ind.helped, ind.explained, build_topic_counts(ctx, Scope()),
            [(r.title, r.receptions) for r in by_receptions], [r.title for r in by_title])


def test_a_database_at_0009_is_brought_forward_with_the_same_figures(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    ctx = Context(db=db, blobs=tmp_path / "blobs", clock=lambda: datetime(2026, 3, 2, 10))
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(ctx, district, "Аса", "Аса")
    campaign = campaigns.create_campaign(ctx, "Мир и согласие")
    stop = tours.add_stop(ctx, tours.create_tour(ctx, campaign, "Выезд"), asa, planned_on=date(2026, 3, 2))
    saved = [receptions.record_reception(ctx, ReceptionDraft(
        stop_id=stop, applicant_name=f"Житель {n}", received_at=datetime(2026, 3, 2, 11, n),
        topic=("water supply", "roads and transport")[n % 2],
        outcome=("explained", "help provided")[n % 2], help_kind="legal" if n % 2 else None)).id
        for n in range(6)]
    body = control.Responsible(org_name="Акимат района")
    for title, linked in (("водопровод", saved[:3]), ("Дорога", saved[3:4]), ("Освещение", [])):
        control.take_under_control(ctx, title, body, deadline=date(2026, 3, 20), settlement_id=asa,
                                   campaign_id=campaign, reception_ids=linked)
    receptions.delete_reception(ctx, saved[0], "ошибка ввода")
    before = figures(ctx)
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0009")
        assert NEW.isdisjoint(indexes(conn)) and indexes(conn) >= OLD
    db.close()

    db = open_database(path)
    try:
        assert db.backup is not None and db.backup.exists()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            found = indexes(conn)
            # the partial index holds the one deleted reception, built from the rows already there
            deleted = conn.exec_driver_sql(
                "SELECT count(*) FROM reception INDEXED BY ix_reception_deleted WHERE deleted = 1").scalar()
        assert found >= NEW and OLD.isdisjoint(found)
        assert deleted == 1
        after = figures(Context(db=db, blobs=tmp_path / "blobs", clock=lambda: datetime(2026, 3, 2, 10)))
    finally:
        db.close()
    assert after == before
    assert before[:3] == (5, 3, 2)
    # the deleted reception's link no longer counts; the title order folds case («водопровод» between Д and О)
    assert before[4] == [("водопровод", 2), ("Дорога", 1), ("Освещение", 0)]
    assert before[5] == ["водопровод", "Дорога", "Освещение"]
