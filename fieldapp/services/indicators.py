"""The one builder of indicators that reports, the dashboard and `fieldapp stats` all read (definitions: domain)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import get_args

from sqlalchemy.orm import Session

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.indicators import (
    INDICATOR_KEYS,
    UNASSIGNED_LABELS,
    BreakdownBy,
    BreakdownRow,
    Indicators,
    ResolvedScope,
    Scope,
    text_matches,
)
from fieldapp.services.context import Context
from fieldapp.storage.queries import indicators as q

__all__ = ["build_breakdown", "build_indicators", "build_topic_counts", "resolve_scope"]

log = logging.getLogger(__name__)


def _match(rows: list[tuple[str, str, str]], text: str | None, ids: frozenset[str] | None) -> frozenset[str] | None:
    if text is None:
        return ids
    found = frozenset(i for i, ru, kk in rows if text_matches(text, ru, kk))
    return found if ids is None else found & ids


def _resolve(session: Session, scope: Scope) -> ResolvedScope:
    unmatched: list[tuple[str, str]] = []
    campaign_ids = scope.campaign_ids
    if scope.campaign_text is not None:
        campaign_ids = _match(q.campaign_names(session), scope.campaign_text, scope.campaign_ids)
        if not campaign_ids:
            unmatched.append(("--campaign", scope.campaign_text))
    district_ids = scope.district_ids
    if scope.district_text is not None:
        district_ids = _match(q.district_names(session), scope.district_text, scope.district_ids)
        if not district_ids:
            unmatched.append(("--district", scope.district_text))
    return ResolvedScope(
        campaign_ids=campaign_ids,
        district_ids=district_ids,
        date_from=scope.date_from,
        date_to=scope.date_to,
        unmatched=tuple(unmatched),
    )


def resolve_scope(ctx: Context, scope: Scope) -> ResolvedScope:
    """Turn the filter texts of `scope` into ids (ignoring case and ё/е); `unmatched` names the texts that found
    nothing."""
    with ctx.db.reading() as session:
        return _resolve(session, scope)


# Which indicators each aggregate counts: a caller that wants only some of them skips the others' queries.
_STOP_KEYS = frozenset({"stops", "settlements", "tours", "campaigns", "activities", "participants", "residents_came"})
_ENTITY_KEYS = frozenset({"campaigns", "tours", "working_groups"})
_RECEPTION_KEYS = frozenset({"receptions", "explained", "resolved_on_spot", "helped", "referred", "under_control"})
_CONTROL_KEYS = frozenset({"control_open", "control_resolved", "control_overdue"})
_POLL_KEYS = frozenset({"polls", "poll_answers"})
_SIGNAL_KEYS = frozenset({"signals", "signals_resolved"})


def _collect(session: Session, rs: ResolvedScope, by: BreakdownBy | None, ctx: Context,
             only: frozenset[str] | None = None) -> q.Counts:
    """Every indicator (or those of `only`, others left at 0), per key of `by` (one key, None, when not grouping)."""
    out: q.Counts = {}
    if rs.empty:
        return out

    def wanted(keys: frozenset[str]) -> bool:
        return only is None or not keys.isdisjoint(only)

    def merge(counts: q.Counts) -> None:
        for key, values in counts.items():
            out.setdefault(key, {}).update(values)

    # Grouping by place, period or group is a place/time view: counted from what was done at stops.
    place_or_time = rs.place_or_time or by not in (None, "campaign")
    if wanted(_STOP_KEYS):
        merge(q.stop_counts(session, rs, by, None if only is None else only & _STOP_KEYS))
    if place_or_time:
        if wanted(frozenset({"working_groups"})):
            merge(q.working_group_counts(session, rs, by))
    elif wanted(_ENTITY_KEYS):
        # Overwrites the campaigns and tours seen from done stops with all those of the campaigns in scope.
        merge(q.entity_counts(session, rs, by_campaign=by == "campaign"))
    if wanted(_RECEPTION_KEYS):
        merge(q.reception_counts(session, rs, by))
    if wanted(_CONTROL_KEYS):
        merge(q.control_counts(session, rs, by, ctx.today()))
    if wanted(_POLL_KEYS):
        merge(q.poll_counts(session, rs, by, at_stops=place_or_time))
    if wanted(_SIGNAL_KEYS):
        merge(q.signal_counts(session, rs, by))
    if only is not None:  # an aggregate counts its neighbours too: they stay out, as promised
        return {key: {k: v for k, v in values.items() if k in only} for key, values in out.items()}
    return out


def build_indicators(ctx: Context, scope: Scope | None = None) -> Indicators:
    """The indicators of `scope` (the whole database by default)."""
    with ctx.db.reading() as session:
        rs = _resolve(session, scope or Scope())
        counts = _collect(session, rs, None, ctx)
    return Indicators.from_mapping(counts.get(None, {}))


def build_topic_counts(ctx: Context, scope: Scope | None = None) -> dict[str, int]:
    """Receptions of `scope` per topic code, the most frequent first (ties by code); the counts add up to the
    receptions indicator. Topics nobody came with are left out."""
    with ctx.db.reading() as session:
        rs = _resolve(session, scope or Scope())
        counts = {} if rs.empty else q.topic_counts(session, rs)
    return dict(sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))


def build_breakdown(ctx: Context, scope: Scope | None, by: BreakdownBy,
                    only: Iterable[str] | None = None) -> list[BreakdownRow]:
    """The indicators of `scope` split by campaign, group, direction, district, settlement or period (month).
    With `only` (indicator names), just those are counted and the others stay 0: the dashboard's chart of
    activities by district need not count a million receptions per district.

    Rows are sorted by label (periods chronologically); records without a value for the key come last, in a row
    whose key is None, so that additive indicators of campaign, district, settlement and period rows sum to the
    totals. A stop of a tour with two groups counts in both groups' rows.
    """
    if by not in get_args(BreakdownBy):
        raise ValidationError("enum.unknown", value=by, allowed=", ".join(get_args(BreakdownBy)))
    wanted = None if only is None else frozenset(only)
    if wanted is not None and not wanted <= frozenset(INDICATOR_KEYS):
        raise ValidationError("enum.unknown", value=", ".join(sorted(wanted - frozenset(INDICATOR_KEYS))),
                              allowed=", ".join(INDICATOR_KEYS))
    with ctx.db.reading() as session:
        rs = _resolve(session, scope or Scope())
        counts = _collect(session, rs, by, ctx, wanted)
        labels = q.breakdown_labels(session, by, (k for k in counts if k is not None))
    rows: list[BreakdownRow] = []
    for key, values in counts.items():
        indicators = Indicators.from_mapping(values)
        if key is None:
            if indicators == Indicators():
                continue
            ru, kk = UNASSIGNED_LABELS[0], UNASSIGNED_LABELS[1]
        else:
            ru, kk = labels.get(key, (key, key))
        rows.append(BreakdownRow(key=key, label_ru=ru, label_kk=kk or ru, indicators=indicators))
    if by == "period":
        rows.sort(key=lambda r: (r.key is None, r.key or ""))
    else:
        rows.sort(key=lambda r: (r.key is None, r.label_ru.casefold(), r.key or ""))
    return rows
