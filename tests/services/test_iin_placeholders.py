"""A placeholder IIN (000000000000 and the like, issue 11): refused at the desk and in a journal, naming the cell,
and never a reason to show two strangers as each other's visits, even where older data holds one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_journal import fill, refused, row

from fieldapp.services import receptions
from fieldapp.services.context import Context
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.storage.queries import receptions as q
from fieldapp.storage.tables import Reception

ZEROS = "000000000000"


def _draft(world: Any, name: str, **kw: Any) -> ReceptionDraft:
    return ReceptionDraft(stop_id=world.stop, applicant_name=name, **kw)


def test_the_desk_refuses_a_placeholder_and_saves_the_resident_without_it(
    ctx: Context, world: Any, refused: Any
) -> None:
    with refused("iin.placeholder", "iin") as err:
        receptions.record_reception(ctx, _draft(world, "Аманов Ерлан", applicant_iin=ZEROS, consent_given=True))
    assert err.value.message("ru").endswith("заглушка, а не номер человека: если ИИН неизвестен, оставьте поле пустым")
    with refused("iin.placeholder", "iin"):
        receptions.record_reception(ctx, _draft(world, "Аманов Ерлан", applicant_iin="1111 1111 1110"))
    saved = receptions.record_reception(ctx, _draft(world, "Аманов Ерлан"))
    assert receptions.get_reception(ctx, saved.id).applicant_iin is None


def test_receptions_that_hold_a_placeholder_are_not_one_residents_visits(ctx: Context, world: Any) -> None:
    """Two strangers whose receptions carry 000000000000 (saved before it was refused, or from an older laptop)."""
    first = receptions.record_reception(ctx, _draft(world, "Аманов Ерлан", applicant_settlement_id=world.asa))
    second = receptions.record_reception(ctx, _draft(world, "Бекова Дана", applicant_settlement_id=world.asa))
    with ctx.db.session() as s:
        for saved in (first, second):
            row = s.get(Reception, saved.id)
            assert row is not None
            row.applicant_iin = ZEROS

    assert receptions.find_previous_visits(ctx, iin=ZEROS) == ()
    assert receptions.find_previous_visits(ctx, iin="0000 0000 0000", exclude_id=first.id) == ()
    with ctx.db.session() as s:
        assert q.visits_by_iin(s, ZEROS) == ()  # the query itself matches nobody by it
    # The name in the settlement still finds a resident's own earlier visit.
    again = receptions.record_reception(ctx, _draft(world, "Бекова Дана", applicant_settlement_id=world.asa))
    assert again.previous_visits == 1
    visits = receptions.find_previous_visits(ctx, iin=ZEROS, name="Бекова Дана", settlement_id=world.asa,
                                             exclude_id=again.id)
    assert [(v.id, v.matched_by) for v in visits] == [(second.id, "name")]


def test_a_journal_with_a_placeholder_is_refused_naming_the_cell(ctx: Context, tmp_path: Path) -> None:
    # Typed into Excel as a number, twelve zeros arrive as 0: the import puts the zeros back, then refuses them.
    rows = [row(E="Житель 1"), row(E="Житель 2", F=0), row(E="Житель 3", F="123456789012")]
    err = refused(ctx, fill(tmp_path / "j.xlsx", rows))
    assert [(p.row, p.column, p.code) for p in err.problems] == [(3, "F", "iin.placeholder"),
                                                                 (4, "F", "iin.placeholder")]
    assert err.problems[0].message("ru") == ("j.xlsx, строка 3, столбец F (ИИН): ИИН 000000000000 — заглушка, "
                                             "а не номер человека: если ИИН неизвестен, оставьте поле пустым")
