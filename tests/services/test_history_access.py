"""History of a record (from the change log: edits, corrections, a sync) and the personal-data access log (every
unredacted report, export and package, with the residents it carried, never the data). From `fieldapp init`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from fieldapp.domain.enums import Role
from fieldapp.services import access_log, approval, campaigns, exports, people, places, receptions, reports, sync, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.history import HIDDEN, record_history
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.reports import ReportRequest, Scope
from fieldapp.services.roles import RoleRefused
from fieldapp.services.sync_overview import pending_changes
from fieldapp.services.workspace import open_workspace

NOW = datetime(2026, 3, 2, 10, 30)
PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
NAMES = ("Сапарова Айгүл", "Омаров Бауыржан", "Ким Елена")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[str, Context]]:
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    boss = open_workspace(path, user="boss", password=PASSWORDS["boss"], clock=lambda: NOW)
    chief_member = people.create_member(boss, "Ахметов Серик", position="руководитель группы")
    field_member = people.create_member(boss, "Нурланова Асель", position="юрист")
    add_user(boss, "chief", PASSWORDS["chief"], Role.SUPERVISOR, member="Ахметов")
    add_user(boss, "field", PASSWORDS["field"], Role.MEMBER, member="Нурланова")
    contexts = {"boss": boss}
    for user in ("chief", "field"):
        ctx = open_workspace(path, user=user, password=PASSWORDS[user], clock=lambda: NOW)
        contexts[user] = ctx
    for ctx in contexts.values():
        ctx.blobs = tmp_path / "blobs"
    assert contexts["chief"].member_id == chief_member and contexts["field"].member_id == field_member
    yield contexts
    for ctx in contexts.values():
        ctx.db.close()


def a_day(boss: Context) -> tuple[str, str]:
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(boss, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(boss, district, "Аса", "Аса")
    campaign = campaigns.create_campaign(boss, "Мир и согласие", kind="pilot project")
    group = campaigns.create_group(boss, campaign, "Группа 1")
    tour = tours.create_tour(boss, campaign, "Жамбылский район, март", group_ids=[group])
    return tour, tours.add_stop(boss, tour, asa, planned_on=date(2026, 3, 2))


def enrol_both(office: Context, laptop: Context, folder: Path) -> None:
    """Each side enrols the other's key, as the coordinator does once per laptop (the office's as the office)."""
    sync.export_key(office, folder / "office.fieldkey")
    sync.export_key(laptop, folder / "laptop.fieldkey")
    sync.enrol(laptop, folder / "office.fieldkey", office=True)
    sync.enrol(office, folder / "laptop.fieldkey")


def test_history_has_each_change_with_its_author_device_and_values(office: dict[str, Context]) -> None:
    _tour, stop = a_day(office["boss"])
    saved = receptions.record_reception(office["field"], ReceptionDraft(
        stop_id=stop, applicant_name=NAMES[0], applicant_iin="", essence="Нет воды", outcome="explained",
        consent_given=True))
    draft = ReceptionDraft(stop_id=stop, applicant_name=NAMES[0], essence="Нет воды", outcome="help provided",
                           help_kind="medical", consent_given=True)
    receptions.update_reception(office["chief"], saved.id, draft)

    seen = record_history(office["chief"], saved.id)
    assert seen.table == "reception"
    created = [e for e in seen.entries if e.created]
    assert {e.field for e in created} >= {"applicant_name", "outcome", "essence", "stop_id"}
    assert all(e.account == "field" and e.member == "Нурланова Асель" and e.old == "" for e in created)
    outcome = [e for e in seen.entries if e.field == "outcome"]
    assert [(e.old, e.new) for e in outcome] == [("", "explained"), ("explained", "help provided")]
    correction = outcome[-1]
    assert correction.account == "chief" and correction.member == "Ахметов Серик" and not correction.created
    assert correction.device == created[0].device  # one laptop
    assert [e.at for e in seen.entries] == sorted(e.at for e in seen.entries)
    name = next(e for e in created if e.field == "applicant_name")
    assert name.new == NAMES[0] and not name.hidden

    # Approving the day seals its records (every field written again as it is): history shows no change for that.
    approval.approve(office["chief"], stop)
    assert record_history(office["chief"], saved.id).entries == seen.entries

    # A member sees that the applicant's name was set, not what it is.
    hidden = next(e for e in record_history(office["field"], saved.id).entries if e.field == "applicant_name")
    assert hidden.hidden and hidden.new == HIDDEN and NAMES[0] not in json.dumps(
        record_history(office["field"], saved.id).as_json(), ensure_ascii=False)


def test_history_includes_what_a_sync_brought(office: dict[str, Context], tmp_path: Path) -> None:
    _tour, stop = a_day(office["boss"])
    saved = receptions.record_reception(office["field"], ReceptionDraft(
        stop_id=stop, applicant_name=NAMES[1], essence="Дорога", outcome="explained", consent_given=True))
    # The office's file travels to a second laptop, which corrects the topic and sends it back.
    package = tmp_path / "all.fieldsync"
    sync.export_package(office["boss"], package, plain=True)
    laptop_path = tmp_path / "laptop.db"
    init_database(laptop_path, "boss", PASSWORDS["boss"], protected=False)
    laptop = open_workspace(laptop_path, user="boss", password=PASSWORDS["boss"], clock=lambda: NOW)
    try:
        enrol_both(office["boss"], laptop, tmp_path)
        sync.import_packages(laptop, [package])
        receptions.update_reception(laptop, saved.id, ReceptionDraft(
            stop_id=stop, applicant_name=NAMES[1], essence="Дорога", outcome="explained", topic="roads and transport",
            consent_given=True))
        back = tmp_path / "back.fieldsync"
        sync.export_package(laptop, back, plain=True)
        laptop_device = sync.this_device(laptop).code
    finally:
        laptop.db.close()
    sync.import_packages(office["boss"], [back])
    topic = [e for e in record_history(office["boss"], saved.id).entries if e.field == "topic"]
    assert topic[-1].new == "roads and transport" and topic[-1].device == laptop_device


def test_history_of_an_unknown_id_is_refused(office: dict[str, Context]) -> None:
    from fieldapp.domain.errors import NotFoundError

    with pytest.raises(NotFoundError) as refused:
        record_history(office["boss"], "00000000-0000-4000-8000-000000000000")
    assert "00000000-0000-4000-8000-000000000000" in refused.value.message("ru")


def test_the_access_log_counts_the_residents_of_each_file_and_never_holds_their_data(
        office: dict[str, Context], tmp_path: Path) -> None:
    tour, stop = a_day(office["boss"])
    for name in NAMES:
        receptions.record_reception(office["field"], ReceptionDraft(
            stop_id=stop, applicant_name=name, applicant_iin="", applicant_phone="+7 701 555 12 34",
            essence="Нет воды", outcome="explained", consent_given=True))
    chief = office["chief"]
    heard: list[frozenset[str]] = []
    chief.db.changes.subscribe(heard.append)

    journal = tmp_path / "Журнал.pdf"
    reports.build_report(chief, ReportRequest("journal", journal, Scope(), record_id=tour))
    reports.build_report(chief, ReportRequest("journal", tmp_path / "press.pdf", Scope(), record_id=tour,
                                              redact=True))  # redacted: nobody's data left the app
    csv = tmp_path / "receptions.csv"
    exports.export(chief, "csv", "receptions", csv)
    exports.export(chief, "csv", "receptions", tmp_path / "redacted.csv", redact=True)
    # A reception added after the full export: the package carries four.
    receptions.record_reception(office["field"], ReceptionDraft(
        stop_id=stop, applicant_name="Жумабаев Нурлан", essence="Свет", outcome="explained", consent_given=True))
    package = tmp_path / "office.fieldsync"
    summary = sync.export_package(office["boss"], package, plain=True)
    assert any("access_log" in tables for tables in heard)

    with pytest.raises(RoleRefused):
        access_log.list_access(chief)
    with pytest.raises(RoleRefused):
        access_log.list_access(office["field"])
    rows = access_log.list_access(office["boss"])
    assert [(r.kind, r.what, r.residents, r.file_name) for r in sorted(rows, key=lambda r: r.kind)] == [
        ("export", "receptions.csv", 3, "receptions.csv"),
        ("package", "plain", 4, "office.fieldsync"),
        ("report", "journal", 3, "Журнал.pdf"),
    ]
    by_kind = {r.kind: r for r in rows}
    assert by_kind["report"].account == "chief" and by_kind["report"].member == "Ахметов Серик"
    assert by_kind["package"].account == "boss" and by_kind["report"].at == NOW
    text = json.dumps([r.as_json() for r in rows], ensure_ascii=False)
    assert not any(name in text for name in (*NAMES, "Жумабаев", "701 555"))
    # The log's own entry does not count as a change the package left behind: the status bar says all went out.
    assert summary.changes > 0 and pending_changes(office["boss"]) == 0


def test_the_access_log_syncs_to_the_office(office: dict[str, Context], tmp_path: Path) -> None:
    tour, stop = a_day(office["boss"])
    receptions.record_reception(office["field"], ReceptionDraft(
        stop_id=stop, applicant_name=NAMES[2], essence="Вода", outcome="explained", consent_given=True))
    reports.build_report(office["chief"], ReportRequest("journal", tmp_path / "j.xlsx", Scope(), record_id=tour))
    package = tmp_path / "all.fieldsync"
    sync.export_package(office["boss"], package, plain=True)
    other = tmp_path / "other.db"
    init_database(other, "boss", PASSWORDS["boss"], protected=False)
    there = open_workspace(other, user="boss", password=PASSWORDS["boss"])
    try:
        enrol_both(office["boss"], there, tmp_path)
        sync.import_packages(there, [package])
        rows = access_log.list_access(there)
        # The package carries its own entry: no package leaves a change about itself behind.
        assert sorted((r.kind, r.account, r.residents, r.file_name) for r in rows) == [
            ("package", "boss", 1, "all.fieldsync"), ("report", "chief", 1, "j.xlsx")]
    finally:
        there.db.close()
