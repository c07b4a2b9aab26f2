"""Data for the tools people already use: stops and signals as GeoJSON (QGIS, web maps), receptions and control
items as CSV that Excel opens with its Cyrillic intact; redaction leaves personal data out, passes the free text it
keeps through the one scrubber (domain/redaction.py) and gives tips' points to two decimals."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.orm import Session

from fieldapp.domain.enums import (
    AccessKind,
    AppealForm,
    ControlStatus,
    HelpKind,
    LabelledEnum,
    Outcome,
    SignalChannel,
    SignalKind,
    SignalStatus,
    SocialCategory,
    StopStatus,
    Topic,
    VenueType,
)
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.messages import render
from fieldapp.domain.redaction import COARSE_DECIMALS, Residents, scrub
from fieldapp.domain.rules import derive_status, is_overdue
from fieldapp.services import access_log
from fieldapp.services.context import Context
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.roles import require
from fieldapp.storage.files import atomic_text
from fieldapp.storage.queries import imports as q
from fieldapp.storage.queries import reports as report_queries

__all__ = ["CSV_DELIMITER", "EXPORTS", "ExportResult", "export"]

# Excel in a Russian or Kazakh locale splits CSV on the list separator «;» (the comma is the decimal separator
# there), so a comma-separated file opens as one column; with the BOM it also knows the text is UTF-8.
CSV_DELIMITER = ";"
EXPORTS = {"geojson": ("stops", "signals"), "csv": ("receptions", "control")}


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
    progress: Progress = no_progress, cancel: CancelToken = NEVER_CANCELLED,
) -> ExportResult:
    """Write `what` (stops | signals as geojson; receptions | control as csv) to `out`, replacing it only once the
    whole file is written (a failure leaves no temporary file; an unwritable place is FileUnwritable). CSV headers
    are in `lang` (default: the context's; English has its own). Without `redact` the file carries personal data:
    a supervisor's (services/roles.py), refused before anything is read."""
    if not redact:
        require(ctx, "export.personal")
    if what not in EXPORTS.get(kind, ()):
        raise ValidationError("enum.unknown", "kind", value=f"{kind} {what}",
                              allowed=", ".join(f"{k} {w}" for k, ws in EXPORTS.items() for w in ws))
    out = Path(out)
    language = lang or ctx.lang
    writer: Callable[[Context, TextIO, bool, str, Progress, CancelToken], tuple[int, int]] = {
        "stops": _stops_geojson, "signals": _signals_geojson, "receptions": _receptions_csv, "control": _control_csv,
    }[what]
    # newline="" lets the csv module write its CRLF line ends, which Excel expects.
    with atomic_text(out, encoding="utf-8-sig" if kind == "csv" else "utf-8", newline="", make_folder=True) as fh:
        count, skipped = writer(ctx, fh, redact, language, progress, cancel)
        if not redact and what in _NAMES_PEOPLE:
            # Before the file is renamed into place: an export that cannot be logged is not handed out.
            access_log.record(ctx, AccessKind.EXPORT, f"{what}.{kind}", render("access.scope_all", ctx.lang),
                              count if what == "receptions" else 0, out)
    return ExportResult(out, kind, what, count, skipped, redact)


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


class _Scrub:
    """What a free-text value goes through: as it is in a full export; in a redacted one, the one scrubber with the
    names of every resident the database holds (an export covers them all)."""

    def __init__(self, s: Session, redact: bool, lang: str) -> None:
        self.lang = lang
        self.residents = Residents.of(report_queries.resident_names(s)) if redact else None

    def __call__(self, value: str | None, cut_from: str | None = None) -> str | None:
        if self.residents is None:
            return value
        return scrub(value, self.residents, self.lang, cut_from=cut_from)


def _tick(progress: Progress, cancel: CancelToken, n: int, what: str) -> None:
    if n % 1000 == 0:
        cancel.check()
        progress(n, 0, what)


def _stops_geojson(ctx: Context, fh: TextIO, redact: bool, lang: str, progress: Progress,
                   cancel: CancelToken) -> tuple[int, int]:
    def features(rows: Iterator[tuple[Any, ...]], clean: _Scrub) -> Iterator[dict[str, Any] | None]:
        for n, r in enumerate(rows):
            _tick(progress, cancel, n, "stops")
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

    with ctx.db.session() as s:
        # A stop's point is its settlement's, a public place: redaction leaves it as it is.
        return _feature_collection(fh, features(q.export_stops(s), _Scrub(s, redact, lang)))


def _signals_geojson(ctx: Context, fh: TextIO, redact: bool, lang: str, progress: Progress,
                     cancel: CancelToken) -> tuple[int, int]:
    def features(rows: Iterator[tuple[Any, ...]]) -> Iterator[dict[str, Any] | None]:
        for n, r in enumerate(rows):
            _tick(progress, cancel, n, "signals")
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

    with ctx.db.session() as s:
        return _feature_collection(fh, features(q.export_signals(s)))


# -- CSV -------------------------------------------------------------------------------------------------------

_HEADERS: dict[str, tuple[str, str, str]] = {
    "reg_no": ("Талон", "Талон", "Registration number"),
    "received_at": ("Дата и время", "Күні мен уақыты", "Date and time"),
    "campaign": ("Кампания", "Науқан", "Campaign"),
    "tour": ("Выезд", "Сапар", "Tour"),
    "district": ("Район", "Аудан", "District"),
    "settlement": ("Населённый пункт", "Елді мекен", "Settlement"),
    "name": ("ФИО заявителя", "Өтініш берушінің аты-жөні", "Applicant"),
    "iin": ("ИИН", "ЖСН", "IIN"),
    "phone": ("Телефон", "Телефон", "Phone"),
    "address": ("Адрес", "Мекенжай", "Address"),
    "social": ("Социальная категория", "Әлеуметтік санат", "Social category"),
    "form": ("Форма обращения", "Өтініш нысаны", "Appeal form"),
    "topic": ("Тема", "Тақырып", "Topic"),
    "essence": ("Суть обращения", "Өтініштің мәні", "Essence"),
    "outcome": ("Результат", "Нәтиже", "Outcome"),
    "help_kind": ("Вид помощи", "Көмек түрі", "Kind of help"),
    "responsible": ("Ответственный", "Жауапты", "Responsible body"),
    "control_item": ("Вопрос на контроле", "Бақылаудағы мәселе", "Item under control"),
    "id": ("Идентификатор", "Сәйкестендіргіш", "Id"),
    "title": ("Вопрос", "Мәселе", "Item"),
    "description": ("Описание", "Сипаттамасы", "Description"),
    "status": ("Статус", "Мәртебе", "Status"),
    "overdue": ("Просрочен", "Мерзімі өткен", "Overdue"),
    "registered_on": ("Дата регистрации", "Тіркелген күні", "Registered"),
    "deadline": ("Срок", "Мерзім", "Deadline"),
    "notify_by": ("Уведомить до", "Хабарлау мерзімі", "Notify by"),
    "person": ("Ответственное лицо", "Жауапты тұлға", "Responsible person"),
    "receptions": ("Обращений", "Өтініштер", "Receptions"),
}
_PERSONAL = frozenset({"name", "iin", "phone", "address", "essence", "description", "person"})
_YES_NO = {"ru": ("да", "нет"), "kk": ("иә", "жоқ"), "en": ("yes", "no")}


def _header(keys: Iterable[str], lang: str) -> list[str]:
    index = {"ru": 0, "kk": 1}.get(lang, 2)
    return [_HEADERS[k][index] for k in keys]


def _cell(value: object) -> str:
    """A value as Excel (ru locale) reads it back: dates DD.MM.YYYY; text that would start a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    text = str(value)
    if text[:1] in ("=", "@") or (text[:1] in ("+", "-") and not text[1:].replace(" ", "").isdigit()):
        # A resident's text starting with = would run as a formula when the file is opened (CSV injection).
        return "'" + text
    return text


def _when(value: object) -> object:
    if value is None or isinstance(value, datetime | date):
        return value
    text = str(value)
    try:
        return datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text)
    except ValueError:
        return text


def _label(enum: type[LabelledEnum], value: object, lang: str) -> str:
    if value is None or value == "":
        return ""
    try:
        return enum(str(value)).label(lang)
    except ValueError:
        return str(value)


def _csv(fh: TextIO) -> Any:
    return csv.writer(fh, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")


def _receptions_csv(ctx: Context, fh: TextIO, redact: bool, lang: str, progress: Progress,
                    cancel: CancelToken) -> tuple[int, int]:
    keys = [k for k in ("reg_no", "received_at", "campaign", "tour", "district", "settlement", "name", "iin", "phone",
                        "address", "social", "form", "topic", "essence", "outcome", "help_kind", "responsible",
                        "control_item") if not (redact and k in _PERSONAL)]
    out = _csv(fh)
    out.writerow(_header(keys, lang))
    kk = lang == "kk"
    count = 0
    with ctx.db.session() as s:
        clean = _Scrub(s, redact, lang)
        for r in q.export_receptions(s):
            _tick(progress, cancel, count, "receptions")
            (reg_no, received, campaign, tour, st_ru, st_kk, d_ru, d_kk, name, iin, phone, address, social, form,
             topic, essence, outcome, help_kind, responsible, control_item, _id) = r
            values = {
                "reg_no": reg_no, "received_at": _when(received), "campaign": campaign, "tour": clean(tour),
                "district": (d_kk or d_ru) if kk else d_ru, "settlement": (st_kk or st_ru) if kk else st_ru,
                "name": name, "iin": iin, "phone": phone, "address": address,
                "social": _label(SocialCategory, social, lang), "form": _label(AppealForm, form, lang),
                "topic": _label(Topic, topic, lang), "essence": essence, "outcome": _label(Outcome, outcome, lang),
                "help_kind": _label(HelpKind, help_kind, lang), "responsible": responsible,
                "control_item": control_item,
            }
            out.writerow([_cell(values[k]) for k in keys])
            count += 1
    return count, 0


def _control_csv(ctx: Context, fh: TextIO, redact: bool, lang: str, progress: Progress,
                 cancel: CancelToken) -> tuple[int, int]:
    keys = [k for k in ("id", "title", "description", "status", "overdue", "registered_on", "deadline", "notify_by",
                        "responsible", "person", "district", "settlement", "campaign", "receptions")
            if not (redact and k in _PERSONAL)]
    out = _csv(fh)
    out.writerow(_header(keys, lang))
    yes, no = _YES_NO.get(lang, _YES_NO["en"])
    today = ctx.today()
    kk = lang == "kk"
    count = 0
    with ctx.db.session() as s:
        clean = _Scrub(s, redact, lang)
        events: dict[str, list[_Event]] = {}
        for item_id, event_id, kind, at in q.control_event_rows(s):
            events.setdefault(item_id, []).append(_Event(event_id, kind, datetime.fromisoformat(at)))
        for r in q.export_control(s):
            _tick(progress, cancel, count, "control")
            (item_id, title, description, registered, deadline, notify, org, person, st_ru, st_kk, d_ru, d_kk,
             campaign, receptions) = r
            status = derive_status(events.get(item_id, []))
            due = _when(deadline)
            late = isinstance(due, date) and is_overdue(status, due, today)
            values = {
                # The title is typed by people (by default the first words of a resident's essence).
                "id": item_id, "title": clean(title, description), "description": clean(description),
                "status": _label(ControlStatus, status.value, lang), "overdue": yes if late else no,
                "registered_on": _when(registered), "deadline": due, "notify_by": _when(notify), "responsible": org,
                "person": person, "district": (d_kk or d_ru) if kk else d_ru,
                "settlement": (st_kk or st_ru) if kk else st_ru, "campaign": campaign, "receptions": receptions,
            }
            out.writerow([_cell(values[k]) for k in keys])
            count += 1
    return count, 0


@dataclass(frozen=True, slots=True)
class _Event:
    id: str
    kind: str
    at: datetime
