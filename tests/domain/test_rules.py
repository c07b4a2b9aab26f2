"""The pure rules: outcomes, consent, control status, signal workflow, coordinates, names and the FTS query."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime

import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks

from fieldapp.domain.enums import (
    ControlEventKind,
    ControlStatus,
    HelpKind,
    Outcome,
    SignalStatus,
)
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.rules import (
    check_consent,
    check_control_event,
    check_coordinates,
    check_non_negative,
    check_period,
    check_signal_transition,
    code_from_title,
    decide_outcome,
    derive_status,
    fts_match_query,
    is_overdue,
    normalise_name,
    parse_coordinates,
)

# -- names -----------------------------------------------------------------------------------------------------------


def test_names_compare_without_case_yo_spaces_quotes_and_lookalikes() -> None:
    assert normalise_name("  Ёлкина   ПЁТР ") == normalise_name("елкина пётр") == "елкина петр"
    assert normalise_name("ОО «Мир добра»") == normalise_name('оо "мир добра"')
    # Ќ and Ѕ are look-alikes some official lists use for Қ and Ң
    assert normalise_name("Ќараѕыз") == normalise_name("Қараңыз")
    assert normalise_name("Қайрат") != normalise_name("Кайрат")  # Kazakh letters stay themselves


def test_code_from_title_takes_initials_of_real_words() -> None:
    assert code_from_title("Мир и согласие") == "МС"
    assert code_from_title("информационная группа по разъяснению") == "ИГР"  # «по» is too short
    assert code_from_title("Наказ будущему поколению: сохраним планету!") == "НБПС"
    assert code_from_title("") == ""


# -- outcomes ----------------------------------------------------------------------------------------------------------


def test_explained_and_resolved_need_nothing_else() -> None:
    for outcome in (Outcome.EXPLAINED, Outcome.RESOLVED):
        decision = decide_outcome(outcome, None, False)
        assert decision.outcome is outcome and not decision.opens_control and decision.help_kind is None


def test_help_provided_needs_its_kind() -> None:
    with pytest.raises(ValidationError) as err:
        decide_outcome(Outcome.HELPED, None, False)
    assert err.value.code == "help_kind.required" and err.value.field == "help_kind"
    assert decide_outcome(Outcome.HELPED, HelpKind.MEDICAL, False).help_kind is HelpKind.MEDICAL


@pytest.mark.parametrize("outcome", [Outcome.REFERRED, Outcome.CONTROL])
def test_referred_and_control_need_a_responsible_body(outcome: Outcome) -> None:
    with pytest.raises(ValidationError) as err:
        decide_outcome(outcome, None, False)
    assert err.value.code == "responsible.required" and err.value.field == "responsible"
    # the message names the outcome in the language it is shown in
    assert outcome.label("kk") in err.value.message("kk")
    assert outcome.label("ru") in err.value.message("ru")
    assert "ответственный" in err.value.message("ru")
    assert decide_outcome(outcome, None, True).needs_responsible


def test_only_control_opens_an_item_and_a_stale_help_kind_is_dropped() -> None:
    assert decide_outcome(Outcome.CONTROL, None, True).opens_control
    assert not decide_outcome(Outcome.REFERRED, None, True).opens_control
    assert decide_outcome(Outcome.REFERRED, HelpKind.LEGAL, True).help_kind is None


def test_personal_data_needs_consent() -> None:
    check_consent(False, iin=None, phone="", address="  ")
    check_consent(True, iin="921029350851", phone="+7 701", address="ул. Абая 1")
    for kwargs in ({"iin": "921029350851", "phone": "", "address": ""}, {"iin": None, "phone": "87011234567",
                   "address": ""}, {"iin": None, "phone": "", "address": "аул Аса"}):
        with pytest.raises(ValidationError) as err:
            check_consent(False, **kwargs)  # type: ignore[arg-type]
        assert err.value.code == "consent.required" and err.value.field == "consent"


def test_numbers_and_periods() -> None:
    assert check_non_negative(0, "count") == 0
    with pytest.raises(ValidationError, match=r"^number\.negative"):
        check_non_negative(-1, "count")
    with pytest.raises(ValidationError, match=r"^number\.invalid"):
        check_non_negative(True, "count")
    check_period(date(2026, 3, 1), date(2026, 3, 1))
    check_period(None, date(2026, 3, 1))
    with pytest.raises(ValidationError) as err:
        check_period(date(2026, 3, 2), date(2026, 3, 1))
    assert err.value.code == "period.reversed" and err.value.field == "period"


# -- control status ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ev:
    id: str
    kind: str
    at: datetime


def t(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 2, hour, minute)


def test_status_starts_open_and_follows_the_last_status_event() -> None:
    assert derive_status([]) is ControlStatus.OPEN
    events = [Ev("1", "opened", t(9)), Ev("2", "in progress", t(10)), Ev("3", "note", t(11)),
              Ev("4", "extended", t(12)), Ev("5", "notified", t(13))]
    assert derive_status(events) is ControlStatus.IN_PROGRESS
    assert derive_status([*events, Ev("6", "resolved", t(14))]) is ControlStatus.RESOLVED


def test_status_is_the_same_whatever_order_the_events_arrive_in() -> None:
    # Laptop A: opened 9:00, in progress 10:00; laptop B (offline) also in progress 10:30; A resolves at 12:00.
    events = [Ev("a1", "opened", t(9)), Ev("a2", "in progress", t(10)), Ev("b1", "in progress", t(10, 30)),
              Ev("a3", "resolved", t(12))]
    results = {derive_status(list(p)) for p in itertools.permutations(events)}
    assert results == {ControlStatus.RESOLVED}


def test_a_final_status_is_not_reopened_by_a_later_concurrent_event() -> None:
    # A resolves at 11:00; B, who never saw that, marks the item in progress at 15:00.
    events = [Ev("b9", "in progress", t(15)), Ev("a1", "opened", t(9)), Ev("a5", "resolved", t(11))]
    assert derive_status(events) is ControlStatus.RESOLVED
    # two laptops finishing the item differently: the earlier decision stands, on every replica
    clash = [Ev("x", "rejected", t(16)), Ev("y", "closed", t(14)), Ev("z", "opened", t(9))]
    assert {derive_status(list(p)) for p in itertools.permutations(clash)} == {ControlStatus.CLOSED}


def test_events_at_the_same_moment_are_ordered_by_id() -> None:
    same = t(10)
    assert derive_status([Ev("019b", "in progress", same), Ev("019a", "opened", same)]) is ControlStatus.IN_PROGRESS
    assert derive_status([Ev("019a", "in progress", same), Ev("019b", "opened", same)]) is ControlStatus.OPEN


def test_unknown_event_kinds_are_ignored() -> None:
    assert derive_status([Ev("1", "opened", t(9)), Ev("2", "escalated", t(10))]) is ControlStatus.OPEN


@pytest.mark.parametrize("final", [ControlStatus.RESOLVED, ControlStatus.REJECTED, ControlStatus.CLOSED])
def test_a_finished_item_refuses_changes_but_takes_notes(final: ControlStatus) -> None:
    for kind in (ControlEventKind.IN_PROGRESS, ControlEventKind.EXTENDED, ControlEventKind.RESOLVED,
                 ControlEventKind.CLOSED, ControlEventKind.REJECTED):
        with pytest.raises(ValidationError) as err:
            check_control_event(final, kind)
        assert err.value.code == "control.closed"
        assert final.label("kk") in err.value.message("kk")
    check_control_event(final, ControlEventKind.NOTE)
    check_control_event(final, ControlEventKind.NOTIFIED)
    check_control_event(ControlStatus.OPEN, ControlEventKind.RESOLVED)
    check_control_event(ControlStatus.IN_PROGRESS, ControlEventKind.EXTENDED)


def test_overdue_means_open_and_past_the_deadline() -> None:
    today = date(2026, 3, 2)
    assert is_overdue(ControlStatus.OPEN, date(2026, 2, 27), today)
    assert is_overdue(ControlStatus.IN_PROGRESS, date(2026, 3, 1), today)
    assert not is_overdue(ControlStatus.OPEN, today, today)  # due today is not late yet
    assert not is_overdue(ControlStatus.RESOLVED, date(2026, 2, 1), today)


# -- signals -----------------------------------------------------------------------------------------------------------

ALLOWED = {("received", "verified"), ("received", "rejected"), ("verified", "removed"), ("verified", "rejected")}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(SignalStatus, SignalStatus)))
def test_signal_workflow(current: SignalStatus, target: SignalStatus) -> None:
    if (current.value, target.value) in ALLOWED:
        check_signal_transition(current, target)
    else:
        with pytest.raises(ValidationError) as err:
            check_signal_transition(current, target)
        assert err.value.code == "signal.transition" and err.value.field == "status"


# -- coordinates -------------------------------------------------------------------------------------------------------

PETROPAVL = (54.873, 69.15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("54.8730, 69.1500", PETROPAVL),
        ("54.8730 69.1500", PETROPAVL),
        ("54,8730; 69,1500", PETROPAVL),
        ("54,8730, 69,1500", PETROPAVL),
        ("54.8730,69.1500", PETROPAVL),
        ("  54.8730\t69.1500\n", PETROPAVL),
        ("54.8730° N, 69.1500° E", PETROPAVL),
        ("54.8730°, 69.1500°", PETROPAVL),
        ("N 54.8730 E 69.1500", PETROPAVL),
        ("69.1500 E, 54.8730 N", PETROPAVL),
        ("54.8730° с.ш., 69.1500° в.д.", PETROPAVL),
        ("54°52'22.8\"N 69°09'00.0\"E", PETROPAVL),
        ("54°52′22.8″ с.ш. 69°9′ в.д.", PETROPAVL),
        ("Координаты: 54.8730, 69.1500", PETROPAVL),
        ("lat 54.8730 lon 69.1500", PETROPAVL),
        ("33.8688 S, 151.2093 E", (-33.8688, 151.2093)),
        ("-33.8688, -70.5", (-33.8688, -70.5)),
        ("https://www.google.com/maps/@54.873,69.15,17z", PETROPAVL),
        ("https://maps.google.com/?q=54.873,69.15", PETROPAVL),
        ("https://www.google.com/maps/search/?api=1&query=54.873%2C69.15", PETROPAVL),
        ("https://www.google.com/maps/place/X/@54.8,69.1,17z/data=!3m1!4b1!8m2!3d54.873!4d69.15", PETROPAVL),
        ("https://yandex.kz/maps/?ll=69.15%2C54.873&z=16", PETROPAVL),
        ("https://yandex.ru/maps/?pt=69.15,54.873&z=16&l=map", PETROPAVL),
        ("https://2gis.kz/petropavlovsk?m=69.15%2C54.873%2F16", PETROPAVL),
        ("geo:54.873,69.15?z=17", PETROPAVL),
        ("https://www.openstreetmap.org/#map=17/54.873/69.15", PETROPAVL),
        ("https://www.openstreetmap.org/?mlat=54.873&mlon=69.15", PETROPAVL),
    ],
)
def test_coordinates_pasted_in_many_forms(text: str, expected: tuple[float, float]) -> None:
    lat, lon = parse_coordinates(text)
    assert lat == pytest.approx(expected[0], abs=1e-4) and lon == pytest.approx(expected[1], abs=1e-4)


@pytest.mark.parametrize("text", ["", "54.873", "hello", "54.87, 69.15, 17", "https://example.com/photo.jpg",
                                  "54°75' 69°10'", "ул. Абая"])
def test_unreadable_coordinates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_coordinates(text)
    assert err.value.code == "coordinates.parse" and err.value.field == "coordinates"


@pytest.mark.parametrize(
    ("text", "code", "field"),
    [("90.0001, 69", "latitude.range", "latitude"), ("-91, 10", "latitude.range", "latitude"),
     ("54, 180.5", "longitude.range", "longitude"), ("54, -181", "longitude.range", "longitude")],
)
def test_impossible_coordinates_are_refused(text: str, code: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_coordinates(text)
    assert (err.value.code, err.value.field) == (code, field)


def test_coordinate_range_boundaries() -> None:
    assert check_coordinates(90.0, 180.0) == (90.0, 180.0)
    assert check_coordinates(-90.0, -180.0) == (-90.0, -180.0)
    with pytest.raises(ValidationError, match=r"^latitude\.range"):
        check_coordinates(float("nan"), 0.0)


# -- full-text query ---------------------------------------------------------------------------------------------------


def test_fts_query_quotes_every_word_as_a_prefix() -> None:
    assert fts_match_query("Қайрат 9210") == '("қайрат"*) AND ("9210"*)'
    assert fts_match_query("   ") is None and fts_match_query('"*()') is None


def test_fts_query_tries_both_spellings_of_yo() -> None:
    assert fts_match_query("Пётр") == '("пётр"* OR "петр"*)'
    assert fts_match_query("петр") == '("петр"* OR "пётр"*)'


@pytest.mark.parametrize("hostile", ['"', "a\"b", "NEAR(a b)", "a OR b", "NOT", "x*", "^start", "col:val", "(", "-",
                                     "a AND", "' OR 1=1 --", "\u0000", "{a b}:c"])
def test_fts_query_never_carries_fts_syntax(hostile: str) -> None:
    # Run it against a real FTS5 table: whatever the user typed must be a valid query.
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    con.execute("INSERT INTO t VALUES ('near or not and')")
    match = fts_match_query(hostile)
    if match is not None:
        con.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match,)).fetchone()
