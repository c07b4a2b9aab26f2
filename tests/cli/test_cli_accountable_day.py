"""Issue 13's «done when», tried as new users would, on the command line: a coordinator makes a protected database and
two accounts; the member logs a day and cannot extend, approve or enrol; the supervisor approves the day, extends an
item and prints the journal; the history shows each act with its author; the access log shows the printed journal."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.services import campaigns, control, places, receptions, tours
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.workspace import open_workspace

PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
DAY = date.today()  # the command line works on the wall clock: the day is today


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORDS[user])


def test_an_accountable_first_day(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.db"
    _as(monkeypatch, "boss")
    assert run("init", path).code == 0  # protected
    for user, role in (("chief", "supervisor"), ("field", "member")):
        monkeypatch.setenv("FIELDAPP_NEW_PASSWORD", PASSWORDS[user])
        assert run("account", "add", path, "--user", user, "--role", role).code == 0
    boss = open_workspace(path, user="boss", password=PASSWORDS["boss"])
    try:
        region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(boss, region, "Жамбылский район", "Жамбыл ауданы")
        asa = places.create_settlement(boss, district, "Аса", "Аса")
        campaign = campaigns.create_campaign(boss, "Мир и согласие", kind="pilot project")
        tour = tours.create_tour(boss, campaign, "Выезд", group_ids=[campaigns.create_group(boss, campaign, "Г1")])
        stop = tours.add_stop(boss, tour, asa, planned_on=DAY)
    finally:
        boss.db.close()

    # The member logs the day.
    field = open_workspace(path, user="field", password=PASSWORDS["field"])
    try:
        tours.mark_stop_done(field, stop)
        tours.set_headcount(field, stop, 120)
        saved = receptions.record_reception(field, ReceptionDraft(
            stop_id=stop, applicant_name="Сапарова Айгүл", essence="В ауле нет воды", outcome="взято на контроль",
            responsible_org_name="Акимат Аса", consent_given=True))
        item = saved.control_item_id
        assert item is not None
        deadline = control.get_item(field, item).row.deadline
    finally:
        field.db.close()
    key = tmp_path / "laptop.fieldkey"
    assert run("init", tmp_path / "laptop.db", "--unprotected").code == 0
    assert run("sync", "device", tmp_path / "laptop.db", "--export-key", key).code == 0

    # …and may not extend, approve or enrol: each refusal names who may, and nothing changes.
    _as(monkeypatch, "field")
    later = (max(deadline, date.today()) + timedelta(days=3)).isoformat()
    for command, who in ((["control", "extend", path, item, "--to", later, "--reason", "ждём"], "a supervisor"),
                         (["approve", path, "--stop", stop], "a supervisor"),
                         (["sync", "device", path, "--enroll", key], "a coordinator")):
        before = path.read_bytes()
        result = run(*command, "--lang", "en")
        assert result.code == 1 and result.err.startswith(f"error: only {who}"), (command, result.err)
        assert path.read_bytes() == before

    # The supervisor approves the day, extends the item and prints the journal.
    _as(monkeypatch, "chief")
    assert run("approve", path, "--stop", stop).code == 0
    assert run("control", "extend", path, item, "--to", later, "--reason", "ждём ответа акимата").code == 0
    assert run("report", "journal", path, "-o", tmp_path / "Журнал.pdf", "--id", tour).code == 0

    # The history shows each act with its author; the control events carry who.
    _as(monkeypatch, "boss")
    reception = json.loads(run("history", path, saved.id, "--json").out)["changes"]
    assert {c["account"] for c in reception if c["created"]} == {"field"}
    item_history = json.loads(run("history", path, item, "--json").out)["changes"]
    assert [(c["account"], c["new"]) for c in item_history if c["field"] == "deadline"][-1] == ("chief", later)
    stop_history = json.loads(run("history", path, stop, "--json").out)["changes"]
    assert ("field", "done") in {(c["account"], c["new"]) for c in stop_history if c["field"] == "status"}
    ctx = open_workspace(path, user="boss", password=PASSWORDS["boss"])
    try:
        events = control.get_item(ctx, item).events
        assert [(e.kind.value, e.by_name) for e in events][-1] == ("extended", "chief")
        assert events[0].by_name == "field"
    finally:
        ctx.db.close()

    # The access log shows the printed journal: who, what, one resident, the file — not the resident.
    log = run("access-log", path, "--json")
    entries = json.loads(log.out)
    assert [(e["account"], e["kind"], e["what"], e["residents"], e["file"]) for e in entries] == [
        ("chief", "report", "journal", 1, "Журнал.pdf")]
    assert "Сапарова" not in log.out
