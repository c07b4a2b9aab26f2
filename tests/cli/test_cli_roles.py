"""Roles on the command line (CONTRACT.md, "Commands of wave 2"): the account in FIELDAPP_USER decides; a refused act
is exit 1 with one `error:` line naming the role that may do it, and the database is left exactly as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import Run

from fieldapp.services import campaigns, control, places, receptions, tours
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.workspace import open_workspace

BOSS, BOSS_PW = "boss", "boss-pass"
PASSWORDS = {BOSS: BOSS_PW, "chief": "chief-pass", "field": "field-pass"}
BOGUS_HUB = "postgresql://nobody@127.0.0.1:1/none"


@dataclass(frozen=True)
class Office:
    path: Path
    tour: str
    item: str
    new_deadline: str
    key_file: Path


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORDS[user])


def _world(ctx: Any) -> tuple[str, str]:
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(ctx, district, "Аса", "Аса")
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", kind="pilot project")
    group = campaigns.create_group(ctx, campaign, "Информационная группа", code="жг1")
    tour = tours.create_tour(ctx, campaign, "Выезд в Жамбылский район", group_ids=[group])
    stop = tours.add_stop(ctx, tour, asa, planned_on=ctx.today(), venue="Дом культуры")
    return tour, stop


@pytest.fixture
def office(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Office:
    """`fieldapp init` (protected) by the coordinator, a supervisor and a member added, and a day the member logged:
    a reception taken under control."""
    path = tmp_path / "office.db"
    _as(monkeypatch, BOSS)
    assert run("init", path).code == 0
    for user, role in (("chief", "supervisor"), ("field", "member")):
        monkeypatch.setenv("FIELDAPP_NEW_PASSWORD", PASSWORDS[user])
        result = run("account", "add", path, "--user", user, "--role", role)
        assert result.code == 0, result.err
    chief = open_workspace(path, user="chief", password=PASSWORDS["chief"])
    try:
        tour, stop = _world(chief)  # setting up is a supervisor's act; logging the day is the member's
    finally:
        chief.db.close()
    ctx = open_workspace(path, user="field", password=PASSWORDS["field"])
    try:
        ctx.blobs = tmp_path / "blobs"
        saved = receptions.record_reception(ctx, ReceptionDraft(
            stop_id=stop, applicant_name="Сапарова Айгүл", essence="В ауле Аса нет воды", outcome="взято на контроль",
            responsible_org_name="Акимат Жамбылского района"))
        assert saved.control_item_id is not None
        later = control.get_item(ctx, saved.control_item_id).row.deadline + timedelta(days=3)
    finally:
        ctx.db.close()
    run("init", tmp_path / "laptop.db", "--unprotected")
    key_file = tmp_path / "laptop.key"
    assert run("sync", "device", tmp_path / "laptop.db", "--export-key", key_file).code == 0
    return Office(path, tour, saved.control_item_id, later.isoformat(), key_file)


def _digest(run: Run, office: Office, monkeypatch: pytest.MonkeyPatch) -> str:
    _as(monkeypatch, BOSS)
    result = run("sync", "digest", office.path)
    assert result.code == 0, result.err
    return result.out.strip()


def _commands(office: Office, tmp_path: Path) -> dict[str, list[str | Path]]:
    db = office.path
    return {
        "control extend": ["control", "extend", db, office.item, "--to", office.new_deadline, "--reason", "ждём"],
        "control resolve": ["control", "resolve", db, office.item, "--note", "вода есть"],
        "control reject": ["control", "reject", db, office.item, "--reason", "не в компетенции"],
        "report journal": ["report", "journal", db, "-o", tmp_path / "journal.xlsx", "--id", office.tour],
        "export csv": ["export", "csv", "receptions", db, "-o", tmp_path / "receptions.csv"],
        "sync conflicts --resolve": ["sync", "conflicts", db, "--resolve", "reception:x:essence", "--value", "y"],
        "sync device --enroll": ["sync", "device", db, "--enroll", office.key_file],
        "sync device --revoke": ["sync", "device", db, "--revoke", "0" * 16],
        "hub push": ["hub", "push", db, "--url", BOGUS_HUB],
        "hub pull": ["hub", "pull", db, "--url", BOGUS_HUB],
        "hub enroll": ["hub", "enroll", db, "--url", BOGUS_HUB, office.key_file],
        "hub revoke": ["hub", "revoke", db, "--url", BOGUS_HUB, "0" * 16],
    }


SUPERVISORS = {"control extend", "control resolve", "control reject", "report journal", "export csv"}


@pytest.mark.parametrize("user", ["field", "chief"])
def test_every_act_above_the_role_is_refused_with_who_may(run: Run, office: Office, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    commands = _commands(office, tmp_path)
    refused = list(commands) if user == "field" else [c for c in commands if c not in SUPERVISORS]
    for name in refused:
        before = _digest(run, office, monkeypatch)
        _as(monkeypatch, user)
        result = run(*commands[name], "--lang", "en")
        who = "a supervisor or a coordinator" if name in SUPERVISORS else "a coordinator"
        assert result.code == 1, (name, result.err)
        assert result.err.startswith(f"error: only {who} may ") and result.err.count("\n") == 1, (name, result.err)
        assert _digest(run, office, monkeypatch) == before, name
    assert not (tmp_path / "journal.xlsx").exists() and not (tmp_path / "receptions.csv").exists()
    _as(monkeypatch, user)
    result = run(*_commands(office, tmp_path)["control extend"])  # Russian by default
    if user == "field":
        assert result.err == ("error: продлевать срок вопроса на контроле может только руководитель или "
                              "координатор\n")


def test_a_member_prints_the_journal_redacted(run: Run, office: Office, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "field")
    out = tmp_path / "journal.xlsx"
    result = run("report", "journal", office.path, "-o", out, "--id", office.tour, "--redact")
    assert result.code == 0, result.err
    assert out.is_file()


def test_a_supervisor_extends_resolves_and_prints_the_journal(run: Run, office: Office, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "chief")
    commands = _commands(office, tmp_path)
    result = run(*commands["control extend"])
    assert result.code == 0, result.err
    assert result.out.startswith(f"extended\t{office.item}\t{office.new_deadline}")
    result = run(*commands["control resolve"])
    assert result.code == 0 and result.out.startswith(f"resolved\t{office.item}"), result.err
    result = run(*commands["report journal"])
    assert result.code == 0 and (tmp_path / "journal.xlsx").is_file(), result.err
    ctx = open_workspace(office.path, user="chief", password=PASSWORDS["chief"])
    try:
        info = control.get_item(ctx, office.item)
        assert info.row.status.value == "resolved" and info.row.deadline.isoformat() == office.new_deadline
    finally:
        ctx.db.close()


def test_a_coordinator_enrols_a_device(run: Run, office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, BOSS)
    result = run("sync", "device", office.path, "--enroll", office.key_file)
    assert result.code == 0 and result.out.startswith("enrolled\t"), result.err
    fingerprint = result.out.split("\t")[1].splitlines()[0]
    result = run("sync", "device", office.path, "--revoke", fingerprint)
    assert result.code == 0 and f"revoked\t{fingerprint}" in result.out, result.err
