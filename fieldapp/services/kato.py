"""Import of the official KATO classifier workbook (te, ab, cd, ef, hij, k, name_kaz, name_rus, nn): regions,
districts and settlements with both names, look-alike letters fixed, the version kept; a newer version renames the
places in place (matched by code, then by name), so the stops that point at them keep pointing at them."""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fieldapp.domain.errors import DomainError
from fieldapp.domain.ids import UNDATED, stable_id, uuid7
from fieldapp.domain.kato import (
    KatoCode,
    KatoLevel,
    bare_name,
    classify,
    fix_lookalikes,
    parse_code,
    version_from_filename,
)
from fieldapp.domain.messages import render
from fieldapp.domain.rules import normalise_name
from fieldapp.services.context import Context
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.sheets import (
    ImportRefused,
    KeptRows,
    Problem,
    column_letter,
    enough_problems,
    header_key,
    open_first_sheet,
    problem_from_error,
    text_value,
)
from fieldapp.storage.bulk import Rows, bulk_transaction
from fieldapp.storage.queries import imports as q
from fieldapp.storage.tables import District, Region, Settlement, utcnow

__all__ = ["KatoEntry", "KatoResult", "import_kato"]

_CLASSIFIER_DAY = datetime(UNDATED.year, UNDATED.month, UNDATED.day)  # the creation stamp of the places it adds

log = logging.getLogger(__name__)

COLUMNS = ("te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn")
_HEADER_SEARCH_ROWS = 10  # the official file has been seen with a title line above its header
_NAME_LIMIT = 300
# What a line kept costs, besides its texts (sheets.KeptRows): its entry and code, its place in the checks, and the
# place planned and written for it.
_ROW_BYTES = 1_000


@dataclass(frozen=True, slots=True)
class KatoEntry:
    row: int
    code: KatoCode
    level: KatoLevel
    name_ru: str
    name_kk: str


@dataclass(frozen=True, slots=True)
class KatoResult:
    file: str
    version: str
    regions: int
    districts: int
    settlements: int
    created: int
    renamed: int
    unchanged: int
    okrugs: int
    lookalikes: int
    seconds: float = 0.0

    def lines(self, lang: str = "ru") -> list[str]:
        return [render("kato.summary", lang, version=self.version, regions=self.regions, districts=self.districts,
                       settlements=self.settlements, created=self.created, renamed=self.renamed,
                       unchanged=self.unchanged, okrugs=self.okrugs, lookalikes=self.lookalikes)]

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "version": self.version, "regions": self.regions, "districts": self.districts,
                "settlements": self.settlements, "created": self.created, "renamed": self.renamed,
                "unchanged": self.unchanged, "okrugs": self.okrugs, "lookalikes": self.lookalikes,
                "seconds": round(self.seconds, 3)}


@dataclass
class _Read:
    file: str
    entries: list[KatoEntry] = field(default_factory=list)
    okrugs: int = 0
    lookalikes: int = 0
    problems: list[Problem] = field(default_factory=list)


def _read(path: Path, progress: Progress, cancel: CancelToken) -> _Read:
    out = _Read(path.name)
    sheet = open_first_sheet(path)
    with sheet:
        where: dict[str, int] = {}
        seen: dict[str, int] = {}
        kept = KeptRows(out.file, sheet.title, _ROW_BYTES)
        try:
            for number, values in sheet.rows():
                if not where:
                    keys = [header_key(v) for v in values]
                    if "name_rus" in keys or "te" in keys:
                        kept.held = sheet.held_bytes()
                        where = {k: keys.index(k) for k in COLUMNS if k in keys}
                        _check_columns(out, where)
                        if out.problems:
                            return out
                    elif number >= _HEADER_SEARCH_ROWS:
                        break
                    continue
                if number % 2000 == 0:
                    cancel.check()
                    progress(number, 0, path.name)
                entry = _entry(out, number, values, where)
                if out.problems and enough_problems(out.file, out.problems):
                    break
                if entry is None:
                    continue
                if entry.code.code in seen:
                    out.problems.append(Problem(out.file, "kato.duplicate_code",
                                                {"value": entry.code.code, "other": seen[entry.code.code]}, number,
                                                column_letter(where.get("te", where.get("ab", 0))), "te"))
                    continue
                seen[entry.code.code] = number
                kept.add(number, values)
                if entry.level is KatoLevel.OKRUG:
                    out.okrugs += 1
                else:
                    out.entries.append(entry)
        except (KeyError, ValueError, EOFError, OSError, TypeError):
            out.problems.append(Problem(out.file, "import.damaged"))
            return out
        if not where:
            if sheet.looks_empty():
                out.problems.append(Problem(out.file, "import.empty_sheet", {"sheet": sheet.title}))
            else:
                out.problems.append(Problem(out.file, "import.no_header",
                                            {"sheet": sheet.title, "headers": ", ".join(COLUMNS)}))
        elif not out.entries and not out.problems:
            out.problems.append(Problem(out.file, "import.no_rows", {"sheet": sheet.title}))
    return out


def _check_columns(out: _Read, where: dict[str, int]) -> None:
    has_code = "te" in where or all(k in where for k in ("ab", "cd", "ef", "hij"))
    if not has_code:
        out.problems.append(Problem(out.file, "import.missing_column", {"header": "te"}, 1))
    for name in ("name_kaz", "name_rus"):
        if name not in where:
            out.problems.append(Problem(out.file, "import.missing_column", {"header": name}, 1))


def _entry(out: _Read, number: int, values: tuple[Any, ...], where: dict[str, int]) -> KatoEntry | None:
    cells = {k: (values[i] if i < len(values) else None) for k, i in where.items()}
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
        return None
    problems: list[Problem] = []

    def name(key: str) -> str:
        value, bad = text_value(cells.get(key))
        if bad is not None:
            problems.append(Problem(out.file, bad[0], bad[1], number, column_letter(where[key]), key))
            return ""
        assert value is not None
        if len(value) > _NAME_LIMIT:
            problems.append(Problem(out.file, "import.too_long", {"limit": _NAME_LIMIT}, number,
                                    column_letter(where[key]), key))
        fixed = fix_lookalikes(value)
        if fixed != value:
            out.lookalikes += 1
        return " ".join(fixed.split())

    name_kk, name_ru = name("name_kaz"), name("name_rus")
    if not name_ru and not name_kk and not problems:
        problems.append(Problem(out.file, "required", {}, number, column_letter(where["name_rus"]), "name_rus"))
    code: KatoCode | None = None
    try:
        code = parse_code(cells.get("te"), cells.get("ab"), cells.get("cd"), cells.get("ef"), cells.get("hij"))
    except DomainError as exc:
        key = "te" if "te" in where else "ab"
        problems.append(problem_from_error(exc, out.file, number, column_letter(where[key]), key))
    if problems or code is None:
        out.problems.extend(problems)
        return None
    # Some lines of the official list carry only one of the names: kept empty here, so that applying the file never
    # blanks a name the database knows (a new place shows its Kazakh name where the Russian one is missing).
    return KatoEntry(number, code, classify(code, name_ru or name_kk, name_kk), name_ru, name_kk)


# -- applying ------------------------------------------------------------------------------------------------------


@dataclass
class _Counts:
    created: int = 0
    renamed: int = 0
    unchanged: int = 0


def _name_keys(name_ru: str, name_kk: str) -> list[str]:
    """The keys a place is matched by: each name as written and without its type («с.Аса» and «Аса» meet)."""
    keys: list[str] = []
    for name in (name_ru, name_kk):
        for key in (normalise_name(name), normalise_name(bare_name(name))):
            if key and key not in keys:
                keys.append(key)
    return keys


class _Matcher:
    """Existing places of one level: by code first, then by name under the same parent (a place added by hand,
    or one whose code the classifier changed), never a place whose own code the new file still lists."""

    def __init__(self, rows: Sequence[tuple[str, str | None, str, str, str | None]], file_codes: set[str]) -> None:
        self.by_code = {kato: rid for rid, _, _, _, kato in rows if kato}
        self.by_name: dict[tuple[str | None, str], list[str]] = defaultdict(list)
        for rid, parent, ru, kk, kato in rows:
            if kato and kato in file_codes:
                continue
            for key in _name_keys(ru, kk):
                self.by_name[(parent, key)].append(rid)
        self.taken: set[str] = set()

    def match(self, code: str, parent: str | None, name_ru: str, name_kk: str) -> str | None:
        found = self.by_code.get(code)
        if found is None:
            for key in _name_keys(name_ru, name_kk):
                candidates = [c for c in self.by_name.get((parent, key), []) if c not in self.taken]
                if len(candidates) == 1:
                    found = candidates[0]
                    break
        if found is not None:
            self.taken.add(found)
        return found


def import_kato(
    ctx: Context, path: Path, version: str | None = None, progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> KatoResult:
    """Import (or update from a newer version of) the classifier, all or nothing; ImportRefused lists every
    problem. Rural okrugs are not places of their own: their settlements go to the district."""
    started = time.perf_counter()
    path = Path(path)
    read = _read(path, progress, cancel)
    if read.problems:
        raise ImportRefused(read.file, read.problems)
    kato_version = (version or "").strip() or version_from_filename(path.name) or path.stem
    by_level: dict[KatoLevel, list[KatoEntry]] = defaultdict(list)
    for entry in read.entries:
        by_level[entry.level].append(entry)
    # The write lock first, then what is here: a second import of the classifier running at the same time waits,
    # then finds the places this one made instead of making them again.
    with bulk_transaction(ctx.db.engine) as writer:
        codes = {e.code.code for e in read.entries}
        with ctx.db.reading() as s:
            regions = [(rid, None, ru, kk, kato) for rid, ru, kk, kato in q.regions(s)]
            districts = q.districts(s)
            settlements = q.settlements(s)
        region_m, district_m, settlement_m = (_Matcher(rows, codes) for rows in (regions, districts, settlements))
        # Parents that the file does not list may already be in the database (a partial classifier for one region).
        region_ids = dict(region_m.by_code)
        district_ids = dict(district_m.by_code)
        problems: list[Problem] = []
        for entry in by_level[KatoLevel.DISTRICT]:
            if entry.code.region_code not in codes and entry.code.region_code not in region_ids:
                problems.append(Problem(read.file, "kato.no_region", {"value": entry.code.region_code}, entry.row))
        district_codes = {e.code.code for e in by_level[KatoLevel.DISTRICT]} | set(district_ids)

        def district_of(code: KatoCode) -> str | None:
            # A village of a city district (Almaty's Наурызбайский район: 7517 10 000) sits under AB CD EF 000.
            for candidate in (code.district_code, code.city_district_code):
                if candidate in district_codes:
                    return candidate
            return None

        for entry in by_level[KatoLevel.SETTLEMENT]:
            if district_of(entry.code) is None:
                problems.append(Problem(read.file, "kato.no_district", {"value": entry.code.district_code}, entry.row))
        if problems:
            raise ImportRefused(read.file, problems)

        counts = _Counts()
        # The classifier's places are the same facts on every laptop: named by their code, created «as of» a fixed day
        # and by nobody in particular, so that two laptops importing one classifier hold one set of places once merged.
        now = utcnow()
        synced = {"created_at": _CLASSIFIER_DAY, "updated_at": now, "created_by": None, "deleted": False}
        with ctx.db.reading() as s:
            held = {table: q.all_ids(s, table) for table in ("region", "district", "settlement")}
        inserts = {t: Rows(t) for t in ("region", "district", "settlement")}
        updates: dict[str, dict[str, dict[str, Any]]] = {"region": {}, "district": {}, "settlement": {}}
        current: dict[str, dict[str, tuple[str | None, str, str, str | None]]] = {
            "region": {rid: (None, ru, kk, kato) for rid, _, ru, kk, kato in regions},
            "district": {rid: (parent, ru, kk, kato) for rid, parent, ru, kk, kato in districts},
            "settlement": {rid: (parent, ru, kk, kato) for rid, parent, ru, kk, kato in settlements},
        }
        with ctx.db.reading() as s:
            versions = {table: q.kato_versions(s, table) for table in ("region", "district", "settlement")}

        def place(table: str, matcher: _Matcher, entry: KatoEntry, parent_key: str | None, parent: str | None) -> str:
            code = entry.code.code
            found = matcher.match(code, parent, entry.name_ru, entry.name_kk)
            if found is None:
                new_id = stable_id(f"{table}\x1f{code}", UNDATED, "kato-place")
                if new_id in held[table]:  # the place of this code was deleted here: a new one beside it
                    new_id = uuid7()
                values: dict[str, Any] = {"name_ru": entry.name_ru or entry.name_kk, "name_kk": entry.name_kk,
                                          "kato": code,
                                          "kato_version": kato_version}
                if parent_key is not None:
                    values[parent_key] = parent
                inserts[table].add(id=new_id, **synced, **values)
                counts.created += 1
                return new_id
            old_parent, ru, kk, kato = current[table][found]
            change: dict[str, Any] = {}
            # An empty name in the file says nothing: the name the database knows stays.
            new_ru, new_kk = entry.name_ru or ru or entry.name_kk, entry.name_kk or kk
            if (ru, kk) != (new_ru, new_kk):
                change.update(name_ru=new_ru, name_kk=new_kk)
                counts.renamed += 1
            else:
                counts.unchanged += 1
            if kato != code:
                change["kato"] = code
            if versions[table].get(found) != kato_version:
                change["kato_version"] = kato_version
            if parent_key is not None and parent is not None and old_parent != parent:
                change[parent_key] = parent
            if change:
                updates[table][found] = change
            return found

        for entry in by_level[KatoLevel.REGION]:
            region_ids[entry.code.code] = place("region", region_m, entry, None, None)
        for entry in by_level[KatoLevel.DISTRICT]:
            region = region_ids[entry.code.region_code]
            district_ids[entry.code.code] = place("district", district_m, entry, "region_id", region)
        for entry in by_level[KatoLevel.SETTLEMENT]:
            district = district_of(entry.code)
            assert district is not None  # checked above
            place("settlement", settlement_m, entry, "district_id", district_ids[district])
        cancel.check()

        total = sum(len(r) for r in inserts.values()) + sum(len(u) for u in updates.values())

        def step(done: int, all_: int, what: str) -> None:
            cancel.check()
            progress(done, all_, what)

        writer.total, writer.progress = total, step
        for table in ("region", "district", "settlement"):
            if len(inserts[table]):
                writer.insert_rows(inserts[table], table)
        # Renames go through the ORM, joined to the same transaction, so whatever watches edits (sync) sees them.
        session = writer.session()
        try:
            for model, table in ((Region, "region"), (District, "district"), (Settlement, "settlement")):
                changes = updates[table]
                ids = list(changes)
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    for row in session.scalars(select(model).where(col(model.id).in_(chunk))):
                        for key, value in changes[row.id].items():
                            setattr(row, key, value)
                        row.updated_at = now
                    session.flush()
                    cancel.check()
        finally:
            session.close()
    seconds = time.perf_counter() - started
    log.info("KATO %s imported: %d created, %d renamed, %.2f s", kato_version, counts.created, counts.renamed, seconds)
    return KatoResult(read.file, kato_version, len(by_level[KatoLevel.REGION]), len(by_level[KatoLevel.DISTRICT]),
                      len(by_level[KatoLevel.SETTLEMENT]), counts.created, counts.renamed, counts.unchanged,
                      read.okrugs, read.lookalikes, seconds)
