"""Data for the tools people already use: stops and signals as GeoJSON (QGIS, web maps), receptions and control
items as CSV that Excel and LibreOffice open with their Cyrillic and the IINs' leading zeros intact, or as an Excel
workbook (export_tables.py says why both, and how pandas reads each); redaction leaves personal data out, passes the
free text it keeps through the one scrubber (domain/redaction.py) and gives tips' points to two decimals."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from fieldapp.domain.enums import (
    AccessKind,
    LabelledEnum,
    SignalChannel,
    SignalKind,
    SignalStatus,
    StopStatus,
    VenueType,
)
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.messages import render
from fieldapp.domain.redaction import COARSE_DECIMALS
from fieldapp.services import access_log
from fieldapp.services.context import Context
from fieldapp.services.export_tables import (
    CSV_DELIMITER,
    Scrub,
    control_table,
    receptions_table,
    tick,
    write_csv,
    write_xlsx,
)
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.roles import require
from fieldapp.storage.files import atomic_text, atomic_write
from fieldapp.storage.queries import imports as q

__all__ = ["CSV_DELIMITER", "EXPORTS", "ExportResult", "export"]

EXPORTS = {"geojson": ("stops", "signals"), "csv": ("receptions", "control"), "xlsx": ("receptions", "control")}


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    kind: str
    what: str
    count: int
    skipped: int  # stops or signals without usable coordinates
    redacted: bool

    def lines(self, lang: str = "ru") -> list[str]:
        out = [render("export.written", lang, count=self.count, path=self.path)]
        if self.skipped:
            out.append(render("export.skipped", lang, count=self.skipped))
        return out


def export(
    ctx: Context, kind: str, what: str, out: Path, *, redact: bool = False, lang: str | None = None,
    progress: Progress = no_progress, cancel: CancelToken = NEVER_CANCELLED, plain: bool = False,
) -> ExportResult:
    """Write `what` (stops | signals as geojson; receptions | control as csv or xlsx) to `out`, replacing it only
    once the whole file is written (a failure leaves no temporary file; an unwritable place is FileUnwritable).
    Headers are in `lang` (default: the context's; English has its own). A CSV keeps IINs and phones as text when a
    spreadsheet opens it (="…"); `plain` writes them bare, for scripts. Without `redact` the file carries personal
    data: a supervisor's (services/roles.py), refused before anything is read."""
    if not redact:
        require(ctx, "export.personal")
    if what not in EXPORTS.get(kind, ()):
        raise ValidationError("enum.unknown", "kind", value=f"{kind} {what}",
                              allowed=", ".join(f"{k} {w}" for k, ws in EXPORTS.items() for w in ws))
    out = Path(out)
    language = lang or ctx.lang
    if kind in ("csv", "xlsx"):
        table = (receptions_table if what == "receptions" else control_table)(ctx, redact, language, progress,
                                                                              cancel)
        if kind == "xlsx":
            with atomic_write(out, make_folder=True) as binary:
                count = write_xlsx(binary, table, language)
                _log(ctx, kind, what, out, redact, count)
        else:
            # newline="" lets the csv module write its CRLF line ends, which Excel expects.
            with atomic_text(out, encoding="utf-8-sig", newline="", make_folder=True) as text:
                count = write_csv(text, table, language, plain)
                _log(ctx, kind, what, out, redact, count)
        return ExportResult(out, kind, what, count, 0, redact)
    writer: Callable[[Context, TextIO, bool, str, Progress, CancelToken], tuple[int, int]] = {
        "stops": _stops_geojson, "signals": _signals_geojson,
    }[what]
    with atomic_text(out, encoding="utf-8", newline="", make_folder=True) as fh:
        count, skipped = writer(ctx, fh, redact, language, progress, cancel)
        _log(ctx, kind, what, out, redact, count)
    return ExportResult(out, kind, what, count, skipped, redact)


def _log(ctx: Context, kind: str, what: str, out: Path, redact: bool, count: int) -> None:
    if not redact and what in _NAMES_PEOPLE:
        # Before the file is renamed into place: an export that cannot be logged is not handed out.
        access_log.record(ctx, AccessKind.EXPORT, f"{what}.{kind}", render("access.scope_all", ctx.lang),
                          count if what == "receptions" else 0, out)


# The exports whose full version names people (applicants, tipsters, officials); the stops' map names nobody.
_NAMES_PEOPLE = frozenset({"receptions", "signals", "control"})


# -- GeoJSON ---------------------------------------------------------------------------------------------------


def _point(latitude: object, longitude: object, decimals: int = 6) -> list[float] | None:
    """RFC 7946 position: [longitude, latitude], finite and in range; None when there is no usable point."""
    if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
        return None
    lat, lon = float(latitude), float(longitude)
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [round(lon, decimals), round(lat, decimals)]


def _labels(enum: type[LabelledEnum], value: object, prefix: str) -> dict[str, str]:
    try:
        member = enum(str(value))
    except ValueError:
        return {prefix: str(value)}
    return {prefix: member.value, f"{prefix}_ru": member.label("ru"), f"{prefix}_kk": member.label("kk")}


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).replace(" ", "T", 1) if " " in str(value) else str(value)


def _feature_collection(fh: TextIO, features: Iterable[dict[str, Any] | None]) -> tuple[int, int]:
    """Stream the collection feature by feature (no list of them all in memory); None counts as skipped."""
    count = skipped = 0
    fh.write('{"type": "FeatureCollection", "features": [')
    for feature in features:
        if feature is None:
            skipped += 1
            continue
        fh.write(",\n" if count else "\n")
        fh.write(json.dumps(feature, ensure_ascii=False))
        count += 1
    fh.write("\n]}\n")
    return count, skipped


def _stops_geojson(ctx: Context, fh: TextIO, redact: bool, lang: str, progress: Progress,
                   cancel: CancelToken) -> tuple[int, int]:
    def features(rows: Iterator[tuple[Any, ...]], clean: Scrub) -> Iterator[dict[str, Any] | None]:
        for n, r in enumerate(rows):
            tick(progress, cancel, n, "stops")
            (stop_id, seq, planned, arrived, status, venue, venue_type, settlement_id, st_ru, st_kk, kato, lat, lon,
             d_ru, d_kk, tour_id, tour, campaign_id, c_ru, c_kk, headcount, receptions) = r
            point = _point(lat, lon)
            if point is None:
                yield None  # a settlement added by hand in the field usually has no coordinates yet
                continue
            yield {"type": "Feature", "id": stop_id, "geometry": {"type": "Point", "coordinates": point},
                   "properties": {
                       "id": stop_id, "seq": seq, "planned_on": _iso(planned), "arrived_at": _iso(arrived),
                       **_labels(StopStatus, status, "status"), "venue": clean(venue),
                       **_labels(VenueType, venue_type, "venue_type"), "settlement_id": settlement_id,
                       "settlement_ru": st_ru, "settlement_kk": st_kk or st_ru, "kato": kato, "district_ru": d_ru,
                       "district_kk": d_kk or d_ru, "tour_id": tour_id, "tour": clean(tour), "campaign_id": campaign_id,
                       "campaign_ru": c_ru, "campaign_kk": c_kk or c_ru, "residents_came": int(headcount or 0),
                       "receptions": int(receptions or 0),
                   }}

    with ctx.db.reading() as s:
        # A stop's point is its settlement's, a public place: redaction leaves it as it is.
        return _feature_collection(fh, features(q.export_stops(s), Scrub(s, redact, lang)))


def _signals_geojson(ctx: Context, fh: TextIO, redact: bool, lang: str, progress: Progress,
                     cancel: CancelToken) -> tuple[int, int]:
    def features(rows: Iterator[tuple[Any, ...]]) -> Iterator[dict[str, Any] | None]:
        for n, r in enumerate(rows):
            tick(progress, cancel, n, "signals")
            (signal_id, kind, status, channel, received, resolved, lat, lon, description, address, reporter, st_ru,
             st_kk, c_ru, c_kk) = r
            # A tip's exact point may be a resident's house: redacted, it is given to about a kilometre.
            point = _point(lat, lon, COARSE_DECIMALS if redact else 6)
            if point is None:
                yield None
                continue
            props: dict[str, Any] = {
                "id": signal_id, **_labels(SignalKind, kind, "kind"), **_labels(SignalStatus, status, "status"),
                **_labels(SignalChannel, channel, "channel"), "received_at": _iso(received),
                "resolved_at": _iso(resolved), "settlement_ru": st_ru, "settlement_kk": st_kk or st_ru,
                "campaign_ru": c_ru, "campaign_kk": c_kk or c_ru,
            }
            if not redact:
                # Free text, the address and the reporter may name people: only the full export carries them (the
                # description is left out rather than scrubbed: it tells where the tip points).
                props.update(description=description, address=address, reporter=reporter)
            yield {"type": "Feature", "id": signal_id, "geometry": {"type": "Point", "coordinates": point},
                   "properties": props}

    with ctx.db.reading() as s:
        return _feature_collection(fh, features(q.export_signals(s)))
