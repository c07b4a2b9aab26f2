"""Approval syncs, and a member's offline edit made before the approval reached the laptop becomes a conflict for
review, never a silent change of the approved day — in both arrival orders, with the same approved state and the
same conflicts on every replica (README «Утверждение дня и синхронизация»).

The office (the supervisor approves there) and the member's laptop start as copies of one file; each enrols the
other as an office, so merged state may travel both ways."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from approval_office import Office, make_office, sign_in

from fieldapp.domain.enums import Role
from fieldapp.services import approval, receptions, sync, tours
from fieldapp.services.context import Context
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.roles import RoleRefused
from fieldapp.storage.queries.approvals import CORRECTED, events


@dataclass
class Pair:
    office: Office
    laptop: Path
    tmp: Path

    def laptop_as(self, user: str) -> Context:
        return sign_in(self.laptop, user)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    office = make_office(tmp_path / "office.db")
    laptop = tmp_path / "laptop.db"
    for ctx in office.ctx.values():
        ctx.db.close()
    shutil.copy(office.path, laptop)
    office.ctx = {role: sign_in(office.path, user) for role, user in
                  ((Role.COORDINATOR, "boss"), (Role.SUPERVISOR, "chief"), (Role.MEMBER, "field"))}
    boss_laptop = sign_in(laptop, "boss")
    boss_office = office.ctx[Role.COORDINATOR]
    sync.export_key(boss_office, tmp_path / "office.key")
    sync.export_key(boss_laptop, tmp_path / "laptop.key")
    sync.enrol(boss_office, tmp_path / "laptop.key", office=True)
    sync.enrol(boss_laptop, tmp_path / "office.key", office=True)
    boss_laptop.db.close()
    yield Pair(office, laptop, tmp_path)
    office.close()


def _package(ctx: Context, out: Path) -> Path:
    sync.export_package(ctx, out)
    return out


def _draft(ctx: Context, reception_id: str, essence: str) -> ReceptionDraft:
    r = receptions.get_reception(ctx, reception_id)
    return ReceptionDraft(stop_id=r.stop_id, applicant_name=r.applicant_name, received_at=r.received_at,
                          essence=essence, outcome=r.outcome, topic=r.topic)


def _state(ctx: Context, stop: str) -> tuple[object, ...]:
    """What must be equal on every replica: the approval, the conflicts (with their heads), the merged data."""
    found = approval.approval(ctx, stop)
    conflicts = sorted((c.key, tuple(sorted((h.change, h.value) for h in c.heads))) for c in sync.list_conflicts(ctx))
    return (found and (found.at, found.by_name, found.disputed, found.pending), conflicts, sync.digest(ctx))


def _offline_edit_and_approval(pair: Pair) -> tuple[Path, Path, Context, Context]:
    """The member edits the reception and the activity on the laptop, offline; meanwhile the supervisor approves
    the day at the office without having seen those edits. Returns both packages and both supervisor contexts."""
    office = pair.office
    member = pair.laptop_as("field")
    receptions.update_reception(member, office.reception, _draft(member, office.reception, "Воды нет месяц"))
    tours.set_headcount(member, office.stop, 150)
    from_laptop = _package(member, pair.tmp / "laptop.fieldsync")
    member.db.close()
    chief = office.ctx[Role.SUPERVISOR]
    assert approval.approve(chief, office.stop).new
    from_office = _package(chief, pair.tmp / "office.fieldsync")
    return from_laptop, from_office, chief, pair.laptop_as("chief")


def test_an_offline_edit_concurrent_with_the_approval_is_a_conflict_in_both_arrival_orders(pair: Pair) -> None:
    from_laptop, from_office, at_office, at_laptop = _offline_edit_and_approval(pair)
    stop, reception = pair.office.stop, pair.office.reception
    # The office: the approval first (made there), then the member's package.
    sync.import_packages(at_office, [from_laptop])
    # The laptop: the member's edit first (made there), then the approval.
    sync.import_packages(at_laptop, [from_office])
    try:
        office_state, laptop_state = _state(at_office, stop), _state(at_laptop, stop)
        assert office_state == laptop_state
        conflicts = {c.key: c for c in sync.list_conflicts(at_office)}
        essence = conflicts[("reception", reception, "essence")]
        assert sorted(str(h.value) for h in essence.heads) == ["Воды нет месяц", "Нет воды третью неделю"]
        # The laptop's head count is a new row (a count is a row per device): added without seeing the approval,
        # it awaits review rather than a conflict.
        found = approval.approval(at_laptop, stop)
        assert found is not None and (found.disputed, found.pending) == (len(conflicts), 1) == (1, 1)
        # Resolving keeps one value and ends the conflict everywhere once exchanged.
        keep = next(h.change for h in essence.heads if h.value == "Нет воды третью неделю")
        sync.resolve_conflict(pair.office.ctx[Role.COORDINATOR], "reception", reception, "essence",
                              pick=f"{keep[0]}:{keep[1]}")
        sync.import_packages(at_laptop, [_package(at_office, pair.tmp / "resolved.fieldsync")])
        assert _state(at_office, stop) == _state(at_laptop, stop)
        assert receptions.get_reception(at_laptop, reception).essence == "Нет воды третью неделю"
    finally:
        at_laptop.db.close()


def test_a_fresh_replica_reaches_the_same_state_whichever_package_comes_first(pair: Pair) -> None:
    from_laptop, from_office, _at_office, at_laptop = _offline_edit_and_approval(pair)
    at_laptop.db.close()
    states = []
    for name, order in (("first", [from_office, from_laptop]), ("second", [from_laptop, from_office])):
        copy = pair.tmp / f"{name}.db"
        shutil.copy(pair.laptop, copy)  # the laptop's file as it was before either package
        ctx = sign_in(copy, "chief")
        try:
            for package in order:
                sync.import_packages(ctx, [package])
            states.append(_state(ctx, pair.office.stop))
        finally:
            ctx.db.close()
    assert states[0][:2] == states[1][:2]
    assert states[0][0] is not None and states[0][0][2:] == (1, 1)  # approved; one disputed field, one addition
    assert states[0][2] == states[1][2]  # same merged data


def test_an_edit_the_approver_had_seen_is_no_conflict(pair: Pair) -> None:
    office = pair.office
    member = pair.laptop_as("field")
    receptions.update_reception(member, office.reception, _draft(member, office.reception, "Воды нет месяц"))
    sync.import_packages(office.ctx[Role.SUPERVISOR], [_package(member, pair.tmp / "before.fieldsync")])
    approval.approve(office.ctx[Role.SUPERVISOR], office.stop)
    sync.import_packages(member, [_package(office.ctx[Role.SUPERVISOR], pair.tmp / "approval.fieldsync")])
    try:
        assert sync.list_conflicts(member) == sync.list_conflicts(office.ctx[Role.SUPERVISOR]) == []
        assert receptions.get_reception(member, office.reception).essence == "Воды нет месяц"
        # Once the approval is on the laptop the member can no longer change the day there.
        with pytest.raises(RoleRefused):
            receptions.update_reception(member, office.reception, _draft(member, office.reception, "ещё"))
        with pytest.raises(RoleRefused):
            tours.set_headcount(member, office.stop, 1)
    finally:
        member.db.close()


def test_a_supervisors_correction_after_the_approval_travels_marked_and_is_no_conflict(pair: Pair) -> None:
    office = pair.office
    chief = office.ctx[Role.SUPERVISOR]
    approval.approve(chief, office.stop)
    laptop_chief = pair.laptop_as("chief")
    try:
        sync.import_packages(laptop_chief, [_package(chief, pair.tmp / "approval.fieldsync")])
        tours.set_headcount(laptop_chief, office.stop, 130)  # the laptop's own count, corrected there
        sync.import_packages(chief, [_package(laptop_chief, pair.tmp / "correction.fieldsync")])
        assert sync.list_conflicts(chief) == []
        with chief.db.session() as s:
            marks = events(s, office.stop, CORRECTED)
            assert [(m.record_table, m.by_name) for m in marks] == [("stop_headcount", "Ахметова Гульнара Сериковна")]
        assert _state(chief, office.stop) == _state(laptop_chief, office.stop)
    finally:
        laptop_chief.db.close()


def test_records_added_offline_await_review_until_the_day_is_approved_again(pair: Pair) -> None:
    from_laptop, _from_office, at_office, at_laptop = _offline_edit_and_approval(pair)
    at_laptop.db.close()
    sync.import_packages(at_office, [from_laptop])
    found = approval.approval(at_office, pair.office.stop)
    assert found is not None and found.pending == 1  # the laptop's own head count row
    done = approval.approve(at_office, pair.office.stop)
    assert done.new and done.sealed == 4  # the reception, the activity, both head counts
    again = approval.approval(at_office, pair.office.stop)
    assert again is not None and (again.pending, again.disputed) == (0, 1)  # the essence is still for review
    assert tours.headcount(at_office, pair.office.stop).total == 270  # 120 counted at the office, 150 on the laptop


def test_a_package_that_edits_an_approval_is_refused_whole(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sync_helpers import office_trusting, signed_package

    from fieldapp.domain.errors import ValidationError
    from fieldapp.sync.changelog import Change
    from fieldapp.sync.fields import SCHEMA_VERSION
    from fieldapp.sync.hlc import pack, system_ms

    key, device = Ed25519PrivateKey.generate(), "0190a1b2-0000-7000-8000-0000000000a1"
    forged = [Change(device, 1, pack(system_ms()), "stop_approval", "0190a1b2-0000-7000-8000-0000000000a2",
                     "by_name", "Кто-то другой", None, None, SCHEMA_VERSION)]
    with office_trusting(tmp_path / "office.db", key, device) as ctx:
        before = sync.digest(ctx)
        with pytest.raises(ValidationError) as refused:
            sync.import_packages(ctx, [signed_package(tmp_path, key, device, forged)])
        assert "не изменяются" in refused.value.message("ru")
        assert sync.digest(ctx) == before
