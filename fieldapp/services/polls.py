"""Polls with their options (ru/kk) and tallies: each device keeps its own count per stop and option, results are
the sums (SYNC.md: counters are never a shared total)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.rules import check_non_negative
from fieldapp.services._common import add, live, optional_live, required, tombstone, touch
from fieldapp.services.campaigns import campaign_info
from fieldapp.services.context import Context
from fieldapp.storage.local_meta import device_id
from fieldapp.storage.queries import polls as q
from fieldapp.storage.tables import Campaign, Poll, PollOption, PollTally, Stop, Tour

OptionText = str | tuple[str, str]  # Russian label, or (Russian, Kazakh)


@dataclass(frozen=True, slots=True)
class OptionInfo:
    id: str
    seq: int
    label_ru: str
    label_kk: str

    def label(self, lang: str = "ru") -> str:
        return (self.label_kk or self.label_ru) if lang == "kk" else self.label_ru


@dataclass(frozen=True, slots=True)
class PollInfo:
    id: str
    campaign_id: str | None
    question_ru: str
    question_kk: str
    options: tuple[OptionInfo, ...]


@dataclass(frozen=True, slots=True)
class OptionResult:
    option: OptionInfo
    count: int
    by_stop: tuple[tuple[str | None, int], ...]  # (stop id, count); None = answers gathered outside a stop

    def share(self, total: int) -> float:
        return self.count / total if total else 0.0


@dataclass(frozen=True, slots=True)
class PollResults:
    poll: PollInfo
    options: tuple[OptionResult, ...]

    @property
    def total(self) -> int:
        return sum(o.count for o in self.options)

    def stop_total(self, stop_id: str | None) -> int:
        return sum(n for o in self.options for sid, n in o.by_stop if sid == stop_id)


def _labels(option: OptionText) -> tuple[str, str]:
    ru, kk = (option, "") if isinstance(option, str) else option
    return required(ru, "option"), kk.strip()


def _poll_info(s: Session, poll: Poll) -> PollInfo:
    options = tuple(OptionInfo(o.id, o.seq, o.label_ru, o.label_kk) for o in q.options(s, poll.id))
    return PollInfo(poll.id, poll.campaign_id, poll.question_ru, poll.question_kk, options)


# -- polls and options -----------------------------------------------------------------------------------------------


def create_poll(
    ctx: Context, question_ru: str, options: Sequence[OptionText], *, question_kk: str = "",
    campaign_id: str | None = None,
) -> str:
    """A poll with its options in the order given; at least two options."""
    labels = [_labels(o) for o in options]
    if len(labels) < 2:
        raise ValidationError("poll.options", "option")
    with ctx.db.session() as s:
        optional_live(s, Campaign, campaign_id, "campaign")
        poll = add(s, ctx, Poll(campaign_id=campaign_id, question_ru=required(question_ru, "question"),
                                question_kk=question_kk.strip()))
        for seq, (ru, kk) in enumerate(labels, start=1):
            add(s, ctx, PollOption(poll_id=poll.id, seq=seq, label_ru=ru, label_kk=kk))
        return poll.id


def update_poll(ctx: Context, poll_id: str, question_ru: str, question_kk: str = "") -> None:
    with ctx.db.session() as s:
        poll = live(s, Poll, poll_id, "poll")
        poll.question_ru, poll.question_kk = required(question_ru, "question"), question_kk.strip()
        touch(poll)


def delete_poll(ctx: Context, poll_id: str) -> None:
    with ctx.db.session() as s:
        tombstone(live(s, Poll, poll_id, "poll"))


def add_option(ctx: Context, poll_id: str, label: OptionText) -> str:
    ru, kk = _labels(label)
    with ctx.db.session() as s:
        live(s, Poll, poll_id, "poll")
        seq = max((o.seq for o in q.options(s, poll_id)), default=0) + 1
        return add(s, ctx, PollOption(poll_id=poll_id, seq=seq, label_ru=ru, label_kk=kk)).id


def update_option(ctx: Context, option_id: str, label: OptionText) -> None:
    ru, kk = _labels(label)
    with ctx.db.session() as s:
        option = live(s, PollOption, option_id, "option")
        option.label_ru, option.label_kk = ru, kk
        touch(option)


def delete_option(ctx: Context, option_id: str) -> None:
    with ctx.db.session() as s:
        tombstone(live(s, PollOption, option_id, "option"))


def get_poll(ctx: Context, poll_id: str) -> PollInfo:
    with ctx.db.reading() as s:
        return _poll_info(s, live(s, Poll, poll_id, "poll"))


def list_polls(ctx: Context, campaign_id: str | None = None) -> tuple[PollInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_poll_info(s, p) for p in q.polls(s, campaign_id))


# -- tallies -----------------------------------------------------------------------------------------------------------


def set_tally(ctx: Context, option_id: str, count: int, stop_id: str | None = None) -> int:
    """Set this device's count for an option (at a stop); returns it. Other devices' counts are untouched."""
    check_non_negative(count, "count")
    with ctx.db.session() as s:
        return _write_tally(s, ctx, option_id, stop_id, lambda _old: count)


def add_to_tally(ctx: Context, option_id: str, delta: int = 1, stop_id: str | None = None) -> int:
    """Add to this device's count (a click on the desk: +1, or −1 to correct); it cannot go below zero."""
    if isinstance(delta, bool) or not isinstance(delta, int):
        raise ValidationError("number.invalid", "count", value=delta)
    with ctx.db.session() as s:
        return _write_tally(s, ctx, option_id, stop_id, lambda old: check_non_negative(old + delta, "count"))


def _write_tally(
    s: Session, ctx: Context, option_id: str, stop_id: str | None, new_count: Callable[[int], int]
) -> int:
    option = live(s, PollOption, option_id, "option")
    stop = optional_live(s, Stop, stop_id, "stop")
    if stop is not None:
        _check_campaign(s, live(s, Poll, option.poll_id, "poll"), stop)
    device = device_id(s)
    mine = q.device_tally(s, option_id, stop_id, device)
    value = new_count(mine.count if mine else 0)
    if mine is None:
        add(s, ctx, PollTally(option_id=option_id, stop_id=stop_id, device_id=device, count=value))
    elif mine.count != value:
        mine.count = value
        touch(mine)
    return value


def _campaign_titles(s: Session, campaign_id: str | None) -> tuple[str, str]:
    """The campaign's title in Russian and in Kazakh: a refusal is read in the user's language, not the
    workspace's."""
    found = s.get(Campaign, campaign_id) if campaign_id else None
    if found is None:
        return campaign_id or "", campaign_id or ""
    info = campaign_info(found)
    return info.title("ru"), info.title("kk")


def _check_campaign(s: Session, poll: Poll, stop: Stop) -> None:
    """A poll of a campaign is tallied only at the stops of that campaign's tours (a poll without a campaign at any
    stop): answers at another campaign's stop would count in the wrong campaign's figures."""
    if poll.campaign_id is None:
        return
    tour = s.get(Tour, stop.tour_id)
    stop_campaign = tour.campaign_id if tour is not None else None
    if stop_campaign != poll.campaign_id:
        poll_ru, poll_kk = _campaign_titles(s, poll.campaign_id)
        stop_ru, stop_kk = _campaign_titles(s, stop_campaign)
        raise ValidationError("poll.other_campaign", "stop", poll_campaign=poll_ru, poll_campaign_kk=poll_kk,
                              stop_campaign=stop_ru, stop_campaign_kk=stop_kk)


def poll_results(ctx: Context, poll_id: str, stop_id: str | None = None) -> PollResults:
    """Answers per option summed over every device (and, within each option, per stop); `stop_id` narrows to one
    stop."""
    with ctx.db.reading() as s:
        poll = _poll_info(s, live(s, Poll, poll_id, "poll"))
        per_stop: dict[str, list[tuple[str | None, int]]] = defaultdict(list)
        for option_id, sid, count in q.sums(s, poll_id, stop_id):
            per_stop[option_id].append((sid, int(count)))
    results = tuple(
        OptionResult(o, sum(n for _, n in per_stop[o.id]), tuple(sorted(per_stop[o.id], key=lambda p: p[0] or "")))
        for o in poll.options
    )
    return PollResults(poll, results)
