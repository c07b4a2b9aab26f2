"""Sync use cases for the CLI and the desktop Sync page: export, preview and import packages, conflicts, devices."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from fieldapp.domain.enums import AccessKind
from fieldapp.domain.errors import NotFoundError, ValidationError
from fieldapp.domain.ids import device_code
from fieldapp.domain.messages import render
from fieldapp.services import access_log
from fieldapp.services.context import Context
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.roles import require
from fieldapp.storage.database import translate_sqlite_error
from fieldapp.storage.engine import transaction_options
from fieldapp.storage.files import atomic_write, write_atomic
from fieldapp.sync import conflicts as conflict_store
from fieldapp.sync import exchange
from fieldapp.sync.changelog import Value, dbapi, missing_ranges, parse_bases
from fieldapp.sync.conflicts import Conflict
from fieldapp.sync.digest import digest as compute_digest
from fieldapp.sync.exchange import ImportResult, PackageRefused
from fieldapp.sync.keys import own_keys, parse_key_file
from fieldapp.sync.merge import SequenceCollision
from fieldapp.sync.package import PackageError, Source, read_package
from fieldapp.sync.reg_numbers import RegNoClash
from fieldapp.sync.validate import BadChange

__all__ = [
    "DeviceInfo", "DeviceStatus", "ExportSummary", "PackagesImported", "ParkedApplied", "ParkedPackage",
    "apply_parked", "devices", "digest", "enrol", "export_key", "export_package", "import_packages", "list_conflicts",
    "missing_packages", "package_refusal", "preview_import", "read_file", "reg_no_refusal", "resolve_conflict",
    "revoke", "short_code", "this_device",
]

log = logging.getLogger(__name__)


@contextmanager
def transaction(ctx: Context, *, rollback: bool = False, foreign_keys: bool = True,
                write: bool = True) -> Iterator[Connection]:
    """One transaction on a connection of its own (rolled back at the end when `rollback`, for previews).

    Imports run with foreign keys off: packages may arrive out of order, a child before its parent. A `write`
    transaction takes the write lock at its start (BEGIN IMMEDIATE): while another program writes, it waits up to the
    busy timeout, where a read turned write would be refused at once; any other transaction only reads, and SQLite
    refuses a write in it.
    """
    try:
        with ctx.db.engine.connect() as conn:
            conn.execution_options(**transaction_options(writing=write))
            raw: Any = conn.connection.driver_connection
            if not foreign_keys:
                raw.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction does SQLite take it
            try:
                trans = conn.begin()
                try:
                    yield conn
                except BaseException:
                    trans.rollback()
                    raise
                if rollback:
                    trans.rollback()
                else:
                    trans.commit()
            finally:
                if not foreign_keys:
                    raw.execute("PRAGMA foreign_keys = ON")
    except (DBAPIError, sqlcipher.DatabaseError) as exc:
        known = translate_sqlite_error(exc, ctx.db.path)
        if known is None:
            raise
        raise known from exc


def package_refusal(name: str, error: PackageError) -> ValidationError:
    """The refusal of a package file, naming it, with what the package error says is wrong."""
    return ValidationError(error.code, where=name, **error.params)


# --- export -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    changes: int
    blobs: int
    size: int
    encrypted_for: int  # the recipients' keys (this device, which can always read its own package, not counted)
    for_device: str | None

    @property
    def plain(self) -> bool:
        """Written without encryption: anyone holding the file can read it."""
        return not self.encrypted_for

    def warning(self, lang: str = "ru") -> str | None:
        """What to tell the user about a plain package (None for an encrypted one)."""
        return render("sync.plain_package", lang, path=self.path) if self.plain else None


def export_package(
    ctx: Context,
    out: Path,
    *,
    recipients: Sequence[Path] = (),
    for_device: str | None = None,
    relay: Sequence[Path] = (),
    plain: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ExportSummary:
    """Write a signed package: everything, or (for_device) what that device lacks.

    Encrypted for `recipients` (key files) when given, else for every enrolled device whose key is not revoked —
    and this device, which may have to read its own package again (a restored copy). Without an enrolled key it is
    refused (`sync.no_recipients`) unless `plain`: a package anyone holding the file can read, written only on
    request (ExportSummary.warning says so).
    """
    if plain and recipients:
        raise ValidationError("sync.plain_with_recipients", "recipients")
    keys = [parse_key_file(read_file(p), str(p)).box_key for p in recipients]
    relayed = [read_file(p) for p in relay]
    progress(0, 3, "export")
    with transaction(ctx) as conn:
        exchange.own_vector(conn)
        if for_device is not None and for_device not in exchange.known_devices(conn):
            raise NotFoundError("sync.unknown_device", "device", id=for_device)
        keys_here = own_keys(conn)
        readers = list(keys)
        if not recipients and not plain:
            keys = [k for k in exchange.enrolled_box_keys(conn) if k != keys_here.box_public]
            if not keys:
                raise ValidationError("sync.no_recipients")
            readers = [*keys, keys_here.box_public]
        trust = exchange.trust_for(conn)
        for name, data in zip(relay, relayed, strict=True):
            try:
                read_package(data, trust, keys_here.box, 10**6)  # relays are checked, not decrypted for us
            except PackageError as exc:
                if exc.code != "sync.pkg_not_for_us":
                    raise package_refusal(str(name), exc) from None
        progress(1, 3, "export")
        cancel.check()
        # Written a part at a time into a temporary file beside `out`, inside the transaction: a package that cannot
        # be written leaves "exported up to" as it was (and its entry in the access log is rolled back with it).
        with atomic_write(out, make_folder=True) as fh:
            result = exchange.export_changes(
                conn, out=fh, for_device=for_device, recipients=readers, relay=relayed, blobs=ctx.blob_store,
                on_personal=lambda residents: _log_package(ctx, conn, out, residents, plain=plain,
                                                           for_device=for_device))
            cancel.check()
    progress(3, 3, "export")
    log.info("exported %d changes (%d bytes)", result.changes, result.size)
    return ExportSummary(out, result.changes, result.blobs, result.size, len(keys), for_device)


def _log_package(ctx: Context, conn: Connection, out: Path, residents: int, *, plain: bool,
                 for_device: str | None) -> None:
    """The access log's entry for a package that carries residents' personal data: written in the export's
    transaction before the package is built, so it travels in that very package."""
    scope = render("access.scope_device", ctx.lang, device=short_code(for_device)) if for_device else \
        render("access.scope_all", ctx.lang)
    with Session(bind=conn) as s:  # joins the export's transaction (capture records the entry's insert)
        access_log.record(ctx, AccessKind.PACKAGE, "plain" if plain else "encrypted", scope, residents, out,
                          session=s)
        s.flush()


def read_file(path: Path) -> bytes:
    """The bytes of a file the user chose; one that cannot be read is refused naming it."""
    try:
        return Path(path).read_bytes()
    except OSError:
        raise NotFoundError("file.unreadable", where=str(path)) from None


def readable_file(path: Path) -> Path:
    """A package file the user chose, read later a part at a time; one that cannot be opened is refused naming it."""
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError:
        raise NotFoundError("file.unreadable", where=str(path)) from None
    return Path(path)


# --- import -----------------------------------------------------------------------------------------------------------


def import_packages(
    ctx: Context,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> PackagesImported:
    """Verify every file, then apply them all in one transaction (nothing at all when one is refused).

    Packages from a newer schema are parked (kept in the database, outside the data) and reported in `parked` —
    not refused: the others went in, and the parked ones follow after the upgrade. Parked packages this version can
    read are applied along with the files.
    """
    files: list[tuple[str, Source]] = []
    for n, path in enumerate(paths):
        cancel.check()
        progress(n, len(paths) + 1, str(path))
        files.append((str(path), readable_file(path)))
    with transaction(ctx, rollback=dry_run, foreign_keys=False) as conn:
        if not dry_run:
            files.extend(exchange.parked_packages(conn))
        try:
            good, parked_found = exchange.read_all(conn, files)
        except PackageRefused as exc:
            raise package_refusal(exc.name, exc.error) from None
        parked = [ParkedPackage(name, schema) for name, schema in parked_found]
        cancel.check()
        try:
            result = exchange.apply_packages(conn, good, blobs=ctx.blob_store, write_blobs=not dry_run)
        except PackageRefused as exc:
            raise package_refusal(exc.name, exc.error) from None
        except SequenceCollision as exc:
            raise ValidationError("sync.collision", device=exc.dev, seq=exc.seq) from None
        except RegNoClash as exc:
            raise reg_no_refusal(exc) from None
        cancel.check()
    result.dry_run = dry_run
    progress(len(paths) + 1, len(paths) + 1, "import")
    for p in parked:
        log.info("package %s parked until an upgrade (schema %s)", Path(p.name).name, p.schema)
    done = {f.name: getattr(result, f.name) for f in fields(result) if f.init}
    return PackagesImported(**done, parked=parked)


@dataclass(frozen=True)
class ParkedPackage:
    """A package made by a newer version of the app: kept in the database and applied after the upgrade."""

    name: str
    schema: int | None  # the schema version it was made with

    def message(self, lang: str = "ru") -> str:
        return f"{self.name}: {render('sync.pkg_newer', lang, found=self.schema or '?')}"


@dataclass
class PackagesImported(ImportResult):
    """What an import did, and the packages it parked for a newer version of the app."""

    parked: list[ParkedPackage] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {**super().as_json(), "parked": [{"name": p.name, "schema": p.schema} for p in self.parked]}


def reg_no_refusal(exc: RegNoClash) -> ValidationError:
    """The refusal of an import that would give one registration number to two receptions, naming both."""
    return ValidationError("sync.reg_no_clash", reg_no=exc.reg_no, here=exc.here.id, here_at=exc.here.received_at,
                           there=exc.incoming.id, there_at=exc.incoming.received_at,
                           device=short_code(exc.incoming.device))


def short_code(device: str) -> str:
    """A device by its short code; an id that is no UUID (typed by hand, or from an older tool) as it is."""
    try:
        return device_code(device)
    except ValueError:
        return device


@dataclass(frozen=True)
class ParkedApplied:
    """Parked packages (from a newer version) applied when the database was opened by an upgraded app."""

    packages: int  # applied now
    changes_new: int
    new_records: dict[str, int]
    still_parked: int  # still from a newer version, or unreadable: kept for later
    problems: tuple[str, ...]  # why a readable-by-version package was not applied (error codes)


def apply_parked(ctx: Context) -> ParkedApplied | None:
    """Apply the parked packages this version can read now, in one transaction; None when nothing is parked.

    A package that still cannot be read (or clashes with what is here) stays parked and is named in `problems`:
    opening the database never fails because of one.
    """
    with transaction(ctx, rollback=True, write=False) as conn:
        # Every open asks: only when something is parked does it wait for the write lock.
        if not exchange.has_parked(conn):
            return None
    parked = exchange.ParkedRead()
    problems: tuple[str, ...] = ()
    kept = 0
    try:
        with transaction(ctx, foreign_keys=False) as conn:
            if not exchange.has_parked(conn):
                return None
            parked = exchange.read_parked(conn)
            problems = tuple(code for _, code in parked.unreadable)
            kept = parked.waiting + len(parked.unreadable)
            if not parked.packages:
                return ParkedApplied(0, 0, {}, kept, problems)
            result = exchange.apply_packages(conn, parked.packages, blobs=ctx.blob_store)
    except SequenceCollision:
        return _left_parked(parked, kept, problems, "sync.collision")
    except RegNoClash:
        return _left_parked(parked, kept, problems, "sync.reg_no_clash")
    except PackageRefused as exc:
        return _left_parked(parked, kept, problems, exc.error.code)
    for name, code in parked.unreadable:
        log.warning("parked package %s left parked: %s", name, code)
    log.info("applied %d parked package(s) after an upgrade: %d new changes", len(parked.packages),
             result.applied.new)
    return ParkedApplied(len(parked.packages), result.applied.new, dict(result.applied.new_rows), kept, problems)


def _left_parked(parked: exchange.ParkedRead, kept: int, problems: tuple[str, ...], code: str) -> ParkedApplied:
    """The outcome when applying the readable parked packages failed: they all stay parked, `code` says why."""
    log.warning("parked packages left parked: %s", code)
    return ParkedApplied(0, 0, {}, kept + len(parked.packages), (*problems, code))


def preview_import(ctx: Context, paths: Sequence[Path], *, progress: Progress = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> PackagesImported:
    """What importing would change (new records per type, updated fields, new conflicts); writes nothing."""
    return import_packages(ctx, paths, dry_run=True, progress=progress, cancel=cancel)


# --- conflicts ------------------------------------------------------------------------------------------------------


def list_conflicts(ctx: Context) -> list[Conflict]:
    with transaction(ctx, rollback=True, write=False) as conn:
        return conflict_store.list_conflicts(conn)


def resolve_conflict(ctx: Context, table: str, row_id: str, field: str, *, pick: str | None = None,
                     value: Value = None) -> None:
    """End a conflict: keep one head (`pick`, its change id "device:seq") or write `value` (typed anew)."""
    require(ctx, "sync.resolve")
    with transaction(ctx) as conn:
        current = {c.key: c for c in conflict_store.list_conflicts(conn)}
        conflict = current.get((table, row_id, field))
        if conflict is None:
            raise NotFoundError("sync.no_conflict", where=f"{table}.{field}", id=row_id)
        if pick is not None:
            wanted = parse_bases(pick)
            chosen = [h for h in conflict.heads if h.change in wanted]
            if len(chosen) != 1:
                raise NotFoundError("sync.no_conflict", where=f"{table}.{field}", id=pick)
            value = chosen[0].value
        try:
            conflict_store.resolve(conn, table, row_id, field, value, ctx.member_id)
        except BadChange as exc:  # typed text that is no value of the field's type
            raise ValidationError(exc.code, **exc.params) from None


# --- devices ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceInfo:
    device: str
    code: str
    fingerprint: str
    key_file: bytes


def this_device(ctx: Context, key_file: Path | None = None) -> DeviceInfo:
    """This device's id and keys (made on first use); with `key_file`, its public key written there too — inside
    the transaction, so that keys made now are not kept when the file cannot be written."""
    with transaction(ctx) as conn:
        keys = own_keys(conn)
        info = DeviceInfo(keys.device, device_code(keys.device), keys.fingerprint, keys.key_file())
        if key_file is not None:
            write_atomic(key_file, info.key_file)
        return info


def export_key(ctx: Context, out: Path) -> DeviceInfo:
    return this_device(ctx, out)


def enrol(ctx: Context, key_file: Path, *, office: bool = False) -> str:
    """Enrol another device's public key: packages it signs are accepted from now on. Returns its fingerprint.

    `office`: the key of a coordinator's office, trusted to send back other devices' changes and to relay their
    packages; a laptop's key (the default) may bring only its own changes."""
    require(ctx, "device.enrol")
    parsed = parse_key_file(read_file(key_file), str(key_file))
    with transaction(ctx) as conn:
        return exchange.enroll(conn, parsed.sign_key, parsed.box_key, parsed.device, parsed.name, relay=office)


def revoke(ctx: Context, fingerprint: str) -> None:
    require(ctx, "device.revoke")
    with transaction(ctx) as conn:
        if not exchange.revoke(conn, fingerprint):
            raise NotFoundError("sync.unknown_key", "fingerprint", id=fingerprint)


@dataclass(frozen=True)
class DeviceStatus:
    device: str
    code: str
    contiguous: int
    max_seq: int
    missing: tuple[tuple[int, int], ...]
    key_fingerprint: str | None
    last_package_id: str | None
    last_package_at: str | None

    @property
    def received(self) -> int:
        """Changes of this device that are here: all it numbered up to the last known, less the missing runs."""
        return self.max_seq - sum(b - a + 1 for a, b in self.missing)


def devices(ctx: Context) -> list[DeviceStatus]:
    """Every origin device whose changes are here: how far, what is missing, its last package."""
    with transaction(ctx, rollback=True) as conn:
        exchange.own_vector(conn)
        cur = dbapi(conn).cursor()
        try:
            rows = cur.execute("SELECT dev, contiguous, max_seq, key_fp, last_package_id, last_package_at "
                               "FROM sync_device ORDER BY dev").fetchall()
            out = []
            for dev, contiguous, max_seq, fp, last_id, last_at in rows:
                out.append(DeviceStatus(dev, short_code(dev), contiguous, max_seq,
                                        tuple(missing_ranges(cur, dev, contiguous, max_seq)), fp, last_id, last_at))
            return out
        finally:
            cur.close()


def missing_packages(ctx: Context) -> dict[str, tuple[tuple[int, int], ...]]:
    """Per device, the runs of change numbers known to exist but not received (SYNC.md: gaps)."""
    return {d.device: d.missing for d in devices(ctx) if d.missing}


def digest(ctx: Context) -> str:
    with transaction(ctx, rollback=True, write=False) as conn:
        return compute_digest(conn)
