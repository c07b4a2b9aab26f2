"""The one builder of indicators that reports, the dashboard and `fieldapp stats` all read (definitions: domain)."""

from __future__ import annotations

import logging
from typing import get_args

from sqlalchemy.orm import Session

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.indicators import (
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
    with ctx.db.session() as session:
        return _resolve(session, scope)


def _collect(session: Session, rs: ResolvedScope, by: BreakdownBy | None, ctx: Context) -> q.Counts:
    """Every indicator, per key of `by` (one key, None, when not grouping)."""
    out: q.Counts = {}
    if rs.empty:
        return out

    def merge(counts: q.Counts) -> None:
        for key, values in counts.items():
            out.setdefault(key, {}).update(values)

    # Grouping by place, period or group is a place/time view: counted from what was done at stops.
    place_or_time = rs.place_or_time or by not in (None, "campaign")
    merge(q.stop_counts(session, rs, by))
    if place_or_time:
        merge(q.working_group_counts(session, rs, by))
    else:
        # Overwrites the campaigns and tours seen from done stops with all those of the campaigns in scope.
        merge(q.entity_counts(session, rs, by_campaign=by == "campaign"))
    merge(q.reception_counts(session, rs, by))
    merge(q.control_counts(session, rs, by, ctx.today()))
    merge(q.poll_counts(session, rs, by, at_stops=place_or_time))
    merge(q.signal_counts(session, rs, by))
    return out


def build_indicators(ctx: Context, scope: Scope | None = None) -> Indicators:
    """The indicators of `scope` (the whole database by default)."""
    with ctx.db.session() as session:
        rs = _resolve(session, scope or Scope())
        counts = _collect(session, rs, None, ctx)
    return Indicators.from_mapping(counts.get(None, {}))


def build_topic_counts(ctx: Context, scope: Scope | None = None) -> dict[str, int]:
    """Receptions of `scope` per topic code, the most frequent first (ties by code); the counts add up to the
    receptions indicator. Topics nobody came with are left out."""
    with ctx.db.session() as session:
        rs = _resolve(session, scope or Scope())
        counts = {} if rs.empty else q.topic_counts(session, rs)
    return dict(sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))


def build_breakdown(ctx: Context, scope: Scope | None, by: BreakdownBy) -> list[BreakdownRow]:
    """The indicators of `scope` split by campaign, group, direction, district, settlement or period (month).

    Rows are sorted by label (periods chronologically); records without a value for the key come last, in a row
    whose key is None, so that additive indicators of campaign, district, settlement and period rows sum to the
    totals. A stop of a tour with two groups counts in both groups' rows.
    """
    if by not in get_args(BreakdownBy):
        raise ValidationError("enum.unknown", value=by, allowed=", ".join(get_args(BreakdownBy)))
    with ctx.db.session() as session:
        rs = _resolve(session, scope or Scope())
        counts = _collect(session, rs, by, ctx)
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
