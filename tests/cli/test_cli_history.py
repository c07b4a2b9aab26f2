"""`fieldapp history DB ID` and `fieldapp access-log DB` (CONTRACT.md, "Commands of wave 2"): each change with who
made it, personal values only for a supervisor or coordinator; the access log is the coordinator's, and counts the
residents of a printed journal without holding their data. From `fieldapp init`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.services import campaigns, places, receptions, tours
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.workspace import open_workspace

PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
APPLICANT = "Сапарова Айгүл"


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORDS[user])


def test_history_and_the_access_log(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.db"
    _as(monkeypatch, "boss")
    assert run("init", path, "--unprotected").code == 0
    for user, role in (("chief", "supervisor"), ("field", "member")):
        monkeypatch.setenv("FIELDAPP_NEW_PASSWORD", PASSWORDS[user])
        assert run("account", "add", path, "--user", user, "--role", role).code == 0
    chief = open_workspace(path, user="chief", password=PASSWORDS["chief"])
    try:
        region = places.create_region(chief, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(chief, region, "Жамбылский район", "Жамбыл ауданы")
        asa = places.create_settlement(chief, district, "Аса", "Аса")
        campaign = campaigns.create_campaign(chief, "Мир и согласие", kind="pilot project")
        tour = tours.create_tour(chief, campaign, "Выезд", group_ids=[campaigns.create_group(chief, campaign, "Г1")])
        stop = tours.add_stop(chief, tour, asa, planned_on=date(2026, 3, 2))
        saved = receptions.record_reception(chief, ReceptionDraft(
            stop_id=stop, applicant_name=APPLICANT, essence="Нет воды", outcome="explained", consent_given=True))
        receptions.update_reception(chief, saved.id, ReceptionDraft(
            stop_id=stop, applicant_name=APPLICANT, essence="Нет воды", outcome="help provided", help_kind="medical",
            consent_given=True))
    finally:
        chief.db.close()

    _as(monkeypatch, "chief")
    result = run("history", path, saved.id, "--json")
    assert result.code == 0, result.err
    found = json.loads(result.out)
    assert found["table"] == "reception" and found["id"] == saved.id
    outcome = [c for c in found["changes"] if c["field"] == "outcome"]
    assert [(c["old"], c["new"], c["account"]) for c in outcome] == [
        ("", "explained", "chief"), ("explained", "help provided", "chief")]
    assert {"at", "account", "member", "device", "field", "old", "new"} <= set(outcome[0])
    assert any(c["new"] == APPLICANT for c in found["changes"])
    text = run("history", path, saved.id).out
    assert text.splitlines()[0] == f"reception\t{saved.id}"
    assert any(line.endswith("\toutcome\tразъяснено\tоказана помощь") for line in text.splitlines())  # labels

    # A member sees that the name was set, not the name.
    _as(monkeypatch, "field")
    member_view = run("history", path, saved.id, "--json")
    assert member_view.code == 0 and APPLICANT not in member_view.out

    unknown = run("history", path, "no-such-record", "--lang", "en")
    assert unknown.code == 1 and unknown.err == "error: no record has the id no-such-record\n"

    # The supervisor prints the journal with names: one entry, one resident, no name in the log.
    _as(monkeypatch, "chief")
    journal = tmp_path / "journal.xlsx"
    assert run("report", "journal", path, "-o", journal, "--id", tour).code == 0
    refused = run("access-log", path, "--lang", "en")
    assert refused.code == 1 and refused.err == "error: only a coordinator may see the personal-data access log\n"
    _as(monkeypatch, "boss")
    log = run("access-log", path, "--json")
    assert log.code == 0, log.err
    entries = json.loads(log.out)
    assert [(e["account"], e["kind"], e["what"], e["residents"], e["file"]) for e in entries] == [
        ("chief", "report", "journal", 1, "journal.xlsx")]
    assert APPLICANT not in log.out
    human = run("access-log", path).out
    assert "chief\tотчёт\tjournal\t" in human and human.rstrip().endswith("\t1\tjournal.xlsx")
