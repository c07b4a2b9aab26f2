"""`fieldapp approve DB --stop ID` (CONTRACT.md, "Commands of wave 2"): a supervisor or coordinator approves the
stop's day and stdout says what changed; a member is refused with exit 1 and one `error:` line naming who may, the
database exactly as it was; approving again changes nothing and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from approval_office import CHIEF, PASSWORDS, make_office, sign_in
from cli_helpers import Run

from fieldapp.domain.enums import Role
from fieldapp.services import approval, sync, tours
from fieldapp.services.roles import RoleRefused


@pytest.fixture
def office_path(tmp_path: Path) -> tuple[Path, str]:
    office = make_office(tmp_path / "office.db")
    office.close()
    return office.path, office.stop


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORDS[user])


def _digest(path: Path) -> str:
    ctx = sign_in(path, "boss")
    try:
        return sync.digest(ctx)
    finally:
        ctx.db.close()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_member_is_refused_and_the_database_is_unchanged(run: Run, office_path: tuple[Path, str],
                                                           monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    path, stop = office_path
    before = _digest(path)
    _as(monkeypatch, "field")
    result = run("approve", path, "--stop", stop, "--lang", lang)
    assert result.code == 1
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    who = {"ru": "руководитель или координатор", "kk": "басшы немесе үйлестіруші",
           "en": "a supervisor or a coordinator"}[lang]
    assert who in lines[0]
    assert _digest(path) == before


def test_a_supervisor_approves_and_the_member_can_no_longer_change_the_day(
        run: Run, office_path: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    path, stop = office_path
    _as(monkeypatch, "chief")
    result = run("approve", path, "--stop", stop)
    assert result.code == 0, result.err
    member = sign_in(path, "field")
    try:
        found = approval.approval(member, stop)
        assert found is not None and (found.by_name, found.by_account) == (CHIEF, "chief")
        day = f"{found.at:%d.%m.%Y}"  # the command's own clock
        assert result.out.strip() == f"день остановки {stop} утверждён (записей: 3): Утверждено: {CHIEF}, {day}"
        with pytest.raises(RoleRefused):
            tours.set_headcount(member, stop, 5)
    finally:
        member.db.close()
    before = _digest(path)
    _as(monkeypatch, "boss")
    again = run("approve", path, "--stop", stop, "--lang", "kk")
    assert again.code == 0
    assert again.out.strip() == (f"{stop} аялдамасының күні бұрын бекітілген, ештеңе өзгертілмеді: "
                                 f"Бекітілді: {CHIEF}, {day}")
    assert _digest(path) == before


def test_an_unknown_stop_is_refused(run: Run, office_path: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    path, _stop = office_path
    _as(monkeypatch, "chief")
    result = run("approve", path, "--stop", "no-such-stop")
    assert result.code == 1 and result.err.startswith("error: ")


def test_the_coordinator_may_approve(run: Run, office_path: tuple[Path, str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path, stop = office_path
    _as(monkeypatch, "boss")
    result = run("approve", path, "--stop", stop, "--lang", "en")
    assert result.code == 0
    assert result.out.startswith(f"the day of stop {stop} is approved (records: 3): Approved: boss, ")
    ctx = sign_in(path, "boss")
    try:
        assert approval.approval(ctx, stop) is not None
        assert Role.COORDINATOR.value == ctx.role
    finally:
        ctx.db.close()
