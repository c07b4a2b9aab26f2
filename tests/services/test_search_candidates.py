"""A broad search ranks only the newest SEARCH_CANDIDATES matches (a region's file has tens of thousands for a
common prefix); a narrower one ranks all of them, and a limit above the cap still returns every match."""

from __future__ import annotations

from typing import Any

import pytest
from test_receptions import draft

from fieldapp.services import receptions
from fieldapp.services.context import Context
from fieldapp.storage.queries import receptions as q


def test_a_broad_search_ranks_the_newest_matches(ctx: Context, world: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [receptions.record_reception(ctx, draft(world, f"Жанарова Айгүл {n}")).id for n in range(6)]
    other = receptions.record_reception(ctx, draft(world, "Ким Ольга")).id
    assert {h.id for h in receptions.search_residents(ctx, "жанар")} == set(ids)  # under the cap: all of them

    monkeypatch.setattr(q, "SEARCH_CANDIDATES", 3)
    hits = receptions.search_residents(ctx, "жанар", limit=2)
    assert len(hits) == 2 and {h.id for h in hits} <= set(ids[-3:])  # among the three written last
    assert {h.id for h in receptions.search_residents(ctx, "жанар", limit=10)} == set(ids)  # the limit widens it
    assert [h.id for h in receptions.search_residents(ctx, "ольга")] == [other]
