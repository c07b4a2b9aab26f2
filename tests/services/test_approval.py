"""Approval of a stop's day in the service (services/approval.py): who may approve, what an approved day refuses a
member, and how a supervisor's correction afterwards is marked. The database is made by `init` with an account of
each role (tests/approval_office.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from approval_office import CHIEF, NOW, Office, make_office

from fieldapp.domain.enums import Role
from fieldapp.services import approval, receptions, sync, tours
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.roles import RoleRefused
from fieldapp.services.tours import ActivityDraft
from fieldapp.storage.queries.approvals import APPROVED, CORRECTED, events


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    made = make_office(tmp_path / "office.db")
    yield made
    made.close()


def _draft(office: Office, essence: str) -> ReceptionDraft:
    ctx = office.ctx[Role.SUPERVISOR]
    r = receptions.get_reception(ctx, office.reception)
    return ReceptionDraft(stop_id=r.stop_id, applicant_name=r.applicant_name, received_at=r.received_at,
                          essence=essence, outcome=r.outcome)


def test_a_member_may_not_approve(office: Office) -> None:
    member = office.ctx[Role.MEMBER]
    before = sync.digest(member)
    with pytest.raises(RoleRefused) as refused:
        approval.approve(member, office.stop)
    assert "руководитель или координатор" in refused.value.message("ru")
    assert "басшы немесе үйлестіруші" in refused.value.message("kk")
    assert sync.digest(member) == before
    assert approval.approval(member, office.stop) is None


def test_the_supervisor_approves_and_the_caption_names_who_and_when(office: Office) -> None:
    done = approval.approve(office.ctx[Role.SUPERVISOR], office.stop)
    assert done.new and done.sealed == 3  # the reception, the activity, the head count
    found = approval.approval(office.ctx[Role.MEMBER], office.stop)
    assert found is not None
    assert found.caption("ru") == f"Утверждено: {CHIEF}, 02.03.2026"
    assert found.caption("kk") == f"Бекітілді: {CHIEF}, 02.03.2026"
    assert (found.at, found.by_account, found.corrections, found.disputed, found.pending) == (NOW, "chief", 0, 0, 0)
    # The other stop of the tour is not approved.
    assert approval.approval(office.ctx[Role.MEMBER], office.other_stop) is None
    assert set(approval.approvals(office.ctx[Role.MEMBER], [office.stop, office.other_stop])) == {office.stop}
    # Again: nothing written.
    before = sync.digest(office.ctx[Role.SUPERVISOR])
    assert not approval.approve(office.ctx[Role.COORDINATOR], office.stop).new
    assert sync.digest(office.ctx[Role.SUPERVISOR]) == before


def test_an_approved_day_refuses_every_change_of_a_member_and_stays_as_it_was(office: Office) -> None:
    approval.approve(office.ctx[Role.SUPERVISOR], office.stop)
    member = office.ctx[Role.MEMBER]
    before = sync.digest(member)
    attempts = {
        "new reception": lambda: receptions.record_reception(member, ReceptionDraft(
            stop_id=office.stop, applicant_name="Поздний посетитель", essence="вопрос")),
        "update reception": lambda: receptions.update_reception(member, office.reception, _draft(office, "другое")),
        "delete reception": lambda: receptions.delete_reception(member, office.reception, "ошибка"),
        "add activity": lambda: tours.add_activity(member, office.stop, ActivityDraft(title="ещё")),
        "update activity": lambda: tours.update_activity(member, office.activity, ActivityDraft(participants=99)),
        "delete activity": lambda: tours.delete_activity(member, office.activity),
        "head count": lambda: tours.set_headcount(member, office.stop, 5),
    }
    for name, attempt in attempts.items():
        with pytest.raises(RoleRefused) as refused:
            attempt()
        assert refused.value.act == "approved.edit", name
        assert "день утверждён" in refused.value.message("ru")
    assert sync.digest(member) == before
    # Nor may a reception of another day be moved into the approved one.
    moved = receptions.record_reception(member, ReceptionDraft(stop_id=office.other_stop, applicant_name="Ким Ольга",
                                                               essence="вопрос"))
    with pytest.raises(RoleRefused):
        receptions.update_reception(member, moved.id, ReceptionDraft(stop_id=office.stop, applicant_name="Ким Ольга",
                                                                     essence="вопрос"))
    assert receptions.get_reception(member, moved.id).stop_id == office.other_stop
    # The unapproved stop stays the member's to log.
    tours.add_activity(member, office.other_stop, ActivityDraft(title="Встреча"))
    tours.set_headcount(member, office.other_stop, 30)


def test_a_supervisors_corrections_go_ahead_and_are_marked_per_record(office: Office) -> None:
    chief, boss = office.ctx[Role.SUPERVISOR], office.ctx[Role.COORDINATOR]
    approval.approve(chief, office.stop)
    receptions.update_reception(chief, office.reception, _draft(office, "Воды нет месяц"))
    tours.update_activity(boss, office.activity, ActivityDraft(title="Встреча", participants=45))
    added = tours.add_activity(chief, office.stop, ActivityDraft(title="Раздача брошюр"))
    assert receptions.get_reception(chief, office.reception).essence == "Воды нет месяц"
    with chief.db.session() as s:
        marks = [(e.record_table, e.record_id, e.by_account) for e in events(s, office.stop, CORRECTED)]
        assert len(events(s, office.stop, APPROVED)) == 1
    assert sorted(marks) == sorted([("reception", office.reception, "chief"), ("activity", office.activity, "boss"),
                                    ("activity", added, "chief")])
    found = approval.approval(chief, office.stop)
    assert found is not None and (found.corrections, found.pending) == (3, 0)  # an added record is marked, not pending
    # The history of a record finds its marks: approved with the day, then corrected.
    assert [(m.kind, m.by_name) for m in approval.marks(chief, office.reception)] == [
        ("approved", CHIEF), ("corrected", CHIEF)]
    assert [m.kind for m in approval.marks(chief, added)] == ["corrected"]
    # Unapproved days are not marked.
    tours.add_activity(chief, office.other_stop, ActivityDraft(title="Встреча"))
    with chief.db.session() as s:
        assert events(s, office.other_stop) == []


@pytest.mark.parametrize(("lang", "word"), [("ru", "Утверждено"), ("kk", "Бекітілді")])
def test_the_printed_journal_and_tour_report_say_who_approved_the_day(office: Office, tmp_path: Path, lang: str,
                                                                      word: str) -> None:
    from pypdf import PdfReader

    from fieldapp.services.reports import ReportRequest, build_report

    chief = office.ctx[Role.SUPERVISOR]

    def printed(kind: str, record: str) -> str:
        out = tmp_path / f"{kind}-{lang}.pdf"
        build_report(chief, ReportRequest(kind, out, record_id=record, lang=lang))
        return " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())

    tour = tours.get_stop(chief, office.stop).tour_id
    assert word not in printed("journal", tour)
    approval.approve(chief, office.stop)
    caption = f"{word}: {CHIEF}, 02.03.2026"
    journal = printed("journal", tour)
    assert caption in journal
    assert journal.count(word) == 1  # the approved stop only, not the other stop of the tour
    report = printed("tour", tour)
    assert word in report and "02.03.2026" in report
