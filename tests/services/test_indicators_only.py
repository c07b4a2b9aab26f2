"""build_breakdown(only=…) counts just the named indicators (the dashboard's activities by district), equal to the
full breakdown's for those and zero for the rest; an unknown name is refused."""

from __future__ import annotations

import dataclasses

import pytest
from test_indicators import World, world  # noqa: F401  (the indicator tests' database, reused)

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.indicators import Indicators
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_breakdown


@pytest.mark.parametrize("by", ["district", "campaign", "period", "group"])
def test_only_the_named_indicators_are_counted(ctx: Context, world: World, by: str) -> None:  # noqa: F811
    full = {r.key: r for r in build_breakdown(ctx, None, by)}  # type: ignore[arg-type]
    for only in (("activities",), ("receptions", "helped"), ("control_open", "polls", "working_groups")):
        rows = build_breakdown(ctx, None, by, only=only)  # type: ignore[arg-type]
        assert rows, (by, only)
        for row in rows:
            expected = {k: getattr(full[row.key].indicators, k) for k in only}
            assert {k: getattr(row.indicators, k) for k in only} == expected, (by, row.key)
            rest = dataclasses.replace(row.indicators, **dict.fromkeys(only, 0))
            assert rest == Indicators(), (by, row.key)  # nothing else was counted
            assert (row.label_ru, row.label_kk) == (full[row.key].label_ru, full[row.key].label_kk)
    assert any(r.indicators.activities for r in build_breakdown(ctx, None, "district", only=("activities",)))


def test_an_unknown_indicator_is_refused(ctx: Context) -> None:
    with pytest.raises(ValidationError):
        build_breakdown(ctx, None, "district", only=("activites",))
