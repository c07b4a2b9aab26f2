"""`fieldapp plan DB --campaign TEXT [--json]` and `fieldapp plan generate DB --campaign TEXT --from DATE --to DATE
[--dry-run]` of CONTRACT.md: the rotation of a campaign's groups over its districts, its coverage, and writing one.

`plan DB` and `plan generate DB` share one parser: argparse cannot have both a positional DB and a subcommand at
the same place, so the first word decides (a database file named `generate` would need `./generate`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from fieldapp.domain.messages import render

GENERATE = "generate"


def register(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(sub, "plan", "the rotation of a campaign's groups over its districts and its coverage; "
                "`plan generate DB` writes a rotation", run)
    p.usage = ("fieldapp plan DB --campaign TEXT [--json]\n"
               "       fieldapp plan generate DB --campaign TEXT --from DATE --to DATE [--district TEXT ...] "
               "[--dry-run]")
    p.add_argument("words", nargs="+", metavar="DB", help="the database, after `generate` to write a rotation")
    p.add_argument("--campaign", required=True, metavar="TEXT", help="the campaign whose title (ru or kk) is or "
                   "contains TEXT")
    p.add_argument("--json", action="store_true", help="one JSON object (plan only)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="generate: the first day, YYYY-MM-DD or DD.MM.YYYY")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="generate: the last day")
    p.add_argument("--dry-run", action="store_true", help="generate: show the rotation, write nothing")
    p.add_argument("--district", action="append", default=[], metavar="TEXT",
                   help="generate: only the districts whose name contains TEXT (repeatable; default: the "
                   "campaign's districts, else its region's)")


def _usage(text: str) -> int:
    from fieldapp.cli import EXIT_USAGE

    print(f"fieldapp plan: error: {text}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    words = list(args.words)
    if len(words) == 2 and words[0] == GENERATE:
        args.db = words[1]
        if not args.date_from or not args.date_to:
            return _usage(render("plan.cli.needs_dates", args.lang))
        if args.json:
            return _usage(render("plan.cli.json_only_show", args.lang))
        return _generate(args)
    if len(words) != 1:
        return _usage(render("plan.cli.expected", args.lang))
    if args.date_from or args.date_to or args.dry_run or args.district:
        return _usage(render("plan.cli.generate_only", args.lang))
    args.db = words[0]
    return _show(args)


def _show(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, _workspace
    from fieldapp.services.planning import find_campaign, plan_summary

    with _workspace(args) as ctx:
        summary = plan_summary(ctx, find_campaign(ctx, args.campaign).id)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = args.lang
    print(summary.campaign.title(lang))
    print()
    print(render("plan.cli.slots", lang))
    if not summary.slots:
        print("  " + render("plan.cli.no_slots", lang))
    for slot in summary.slots:
        direction = slot.direction_name(lang)
        print(f"  {slot.starts_on:%d.%m.%Y}–{slot.ends_on:%d.%m.%Y}\t{slot.district_name(lang)}\t{slot.group_name}"
              + (f" ({direction})" if direction else ""))
    print()
    print(render("plan.cli.coverage", lang))
    names = {d.id: _pick(lang, d.name_ru, d.name_kk) for d in summary.coverage.districts}
    for cell in summary.coverage.cells:
        direction = next((r.name(lang) for r in summary.coverage.directions if r.id == cell.direction_id), "")
        print(f"  {names.get(cell.district_id, '')}\t{direction}\t"
              + render("plan.cli.cell", lang, planned=cell.planned, done=cell.held))
    print()
    print(render("plan.cli.not_visited", lang, since=f"{summary.since:%d.%m.%Y}"))
    if not summary.not_visited:
        print("  " + render("plan.cli.all_visited", lang))
    for place in summary.not_visited:
        last = f"{place.last_held:%d.%m.%Y}" if place.last_held else render("plan.cli.never", lang)
        print(f"  {names.get(place.district_id, '')}\t{place.name(lang)}\t{last}")
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, _workspace
    from fieldapp.domain.indicators import parse_date
    from fieldapp.services.planning import districts_named, find_campaign, generate_rotation

    first = parse_date(args.date_from, where="--from")
    last = parse_date(args.date_to, where="--to")
    with _workspace(args) as ctx:
        info = find_campaign(ctx, args.campaign)
        chosen = districts_named(ctx, info.id, args.district) if args.district else None
        proposal = generate_rotation(ctx, info.id, first, last, dry_run=args.dry_run, district_ids=chosen)
    lang = args.lang
    if args.dry_run:
        print(render("rotation.dry_run", lang))
    for slot in proposal.slots:
        print(f"{slot.starts_on:%Y-%m-%d}\t{slot.ends_on:%Y-%m-%d}\t{slot.district_name(lang)}\t{slot.group_name}")
    if not args.dry_run:
        print(render("rotation.written", lang, campaign=info.title(lang),
                     count=len(proposal.slots), start=f"{first:%d.%m.%Y}", end=f"{last:%d.%m.%Y}"))
    return EXIT_OK


def _pick(lang: str, ru: str, kk: str) -> str:
    return kk if lang == "kk" and kk else ru
