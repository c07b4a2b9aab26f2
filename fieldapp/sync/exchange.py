"""Export and import of packages against one database connection: what to send, verify-then-apply, bookkeeping.

Unknown-device policy: a package signed by a key that is not enrolled here is REFUSED (exit 1, nothing written),
with the device id and key fingerprint in the message so the coordinator can check it with the laptop and enrol
its key file. Holding such packages "for review" would write into the database, and the contract promises an
untouched database for every refused file; the laptop can export again at any time, so nothing is lost.
A revoked key is refused the same way. Packages relayed inside a bundle are accepted on the strength of the
relaying coordinator's signed manifest (it vouches for the laptop's key), unless that key is revoked here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from fieldapp import __version__
from fieldapp.domain.errors import StorageError
from fieldapp.domain.redaction import PERSONAL_FIELDS
from fieldapp.storage.blobs import BlobStore, is_digest
from fieldapp.storage.bulk import paused_gc, sql_datetime
from fieldapp.storage.local_meta import (
    Bind,
    checked_device_id,
    database_path,
    get_meta,
    remember_device,
    set_meta,
)
from fieldapp.storage.tables import utcnow
from fieldapp.sync import hlc as clock
from fieldapp.sync.capture import capture_existing
from fieldapp.sync.changelog import (
    Change,
    Unpacked,
    continue_as_new_device,
    dbapi,
    field_changes,
    iter_changes_above,
    missing_ranges,
    observe_hlc,
    own_seq,
    register_origins,
    set_vector,
    version_vector,
)
from fieldapp.sync.deferred_indexes import DeferredIndexes
from fieldapp.sync.fields import ROW, SCHEMA_VERSION
from fieldapp.sync.import_batches import IMPORT_CACHE_KIB, INTEGRITY_ERRORS, batches, integrity_refusal, page_cache
from fieldapp.sync.keys import own_keys
from fieldapp.sync.merge import ApplyResult, apply_changes
from fieldapp.sync.package import (
    WRITE_PART,
    NewerSchema,
    Package,
    PackageError,
    PackageWriter,
    Producer,
    Source,
    read_package,
    sha256,
    source_size,
)
from fieldapp.sync.reg_numbers import check_reg_numbers
from fieldapp.sync.trust import Admission, Enrolment, PackageRefused, enrolment
from fieldapp.sync.trust import enroll as enroll
from fieldapp.sync.trust import enrolled_box_keys as enrolled_box_keys
from fieldapp.sync.trust import revoke as revoke
from fieldapp.sync.trust import trust_for as trust_for

__all__ = ["Enrolment", "PackageRefused", "enroll", "enrolled_box_keys", "enrolment", "revoke", "trust_for"]

log = logging.getLogger(__name__)

PEER_VECTOR = "sync.vector."  # local_meta prefix: what each device had when it last sent us a package


# --- export ---------------------------------------------------------------------------------------------------------


@dataclass
class ExportResult:
    changes: int
    blobs: int
    origins: dict[str, int]
    residents: int = 0  # receptions whose applicant's personal data the package carries (the access log's count)
    size: int = 0  # bytes written


def own_vector(bind: Bind) -> None:
    """Bring this device's own version-vector entry up to its change counter (bulk capture leaves it behind)."""
    seq = own_seq(bind)
    if seq:
        cur = dbapi(bind).cursor()
        try:
            set_vector(cur, checked_device_id(bind), seq, seq)
        finally:
            cur.close()


def peer_vector(bind: Bind, device: str) -> dict[str, int] | None:
    raw = get_meta(bind, PEER_VECTOR + device)
    return None if raw is None else {str(k): int(v) for k, v in json.loads(raw).items()}


def known_devices(bind: Bind) -> list[str]:
    cur = dbapi(bind).cursor()
    try:
        return [d for (d,) in cur.execute("SELECT dev FROM sync_device ORDER BY dev")]
    finally:
        cur.close()


def _add_photo_blobs(writer: PackageWriter, digests: set[str], blobs: BlobStore | None) -> int:
    """The plain photo bytes the exported photo rows name, as far as this laptop has them intact, one at a time."""
    if blobs is None:
        return 0
    count = 0
    for digest in sorted(digests):
        if not (is_digest(digest) and blobs.has(digest)):
            continue
        try:
            content = blobs.get(digest)
        except StorageError:
            continue  # damaged here: the receiver gets the row, and the bytes from a laptop that has them
        writer.add_blob(digest, content)
        count += 1
    return count


def export_changes(
    bind: Bind,
    *,
    out: IO[bytes],
    for_device: str | None = None,
    recipients: Sequence[bytes] = (),
    relay: Sequence[bytes] = (),
    blobs: BlobStore | None = None,
    on_personal: Callable[[int], None] | None = None,
) -> ExportResult:
    """A signed package of everything this database holds, or (for_device) only what that device lacks, written
    into `out` a part at a time.

    When the package carries residents' personal data, `on_personal(residents)` is called before it is built, in
    the same transaction: what it writes (the access log's entry) goes into this very package, so a package never
    leaves behind a change about itself."""
    capture_existing(bind)
    own_vector(bind)
    keys = own_keys(bind)
    theirs: dict[str, int] = {}
    if for_device is not None:
        # A device we never heard from lacks everything; one we did lacks what its last vector did not cover.
        theirs = peer_vector(bind, for_device) or {}
    cur = dbapi(bind).cursor()
    try:
        register_origins(cur)
        residents = _residents(cur, theirs)
        if residents and on_personal is not None:
            on_personal(residents)
            own_vector(bind)
        vector = version_vector(cur)
        producer = Producer(keys.device, keys.sign, __version__, SCHEMA_VERSION)
        writer = PackageWriter(out, producer, recipients=recipients, for_device=for_device,
                               created_ms=clock.wall_ms(None))
        photos: set[str] = set()
        for part in iter_changes_above(cur, theirs, WRITE_PART):
            writer.add_changes(part)
            photos.update(str(c.value) for c in field_changes(part, "photo", ("sha256",)))
    finally:
        cur.close()
    photo_count = _add_photo_blobs(writer, photos, blobs)
    for raw in relay:
        writer.add_inner(raw)
    writer.finish(vector)
    remember_device(bind, exported_seq=own_seq(bind))
    origins = {dev: o["count"] for dev, o in writer.origins.manifest().items()}
    return ExportResult(writer.changes, photo_count, origins, residents, size=out.tell())


_RESIDENT_FIELDS = tuple(sorted(PERSONAL_FIELDS["reception"] | {ROW}))


def _residents(cur: Any, floors: dict[str, int]) -> int:
    """The receptions whose insert or personal fields are among the changes above `floors` (counted by SQLite,
    which keeps the distinct ids in its own temporary store, not in Python)."""
    marks = ", ".join("?" * len(_RESIDENT_FIELDS))
    above = " OR ".join("(dev = ? AND seq > ?)" for _ in floors)
    where = f"tbl = 'reception' AND field IN ({marks})"
    params: list[Any] = list(_RESIDENT_FIELDS)
    if floors:
        # Devices of `floors` above their floor, every other device whole.
        where += f" AND ({above} OR dev NOT IN ({', '.join('?' * len(floors))}))"
        for dev, seq in floors.items():
            params += [dev, seq]
        params += list(floors)
    row = cur.execute(f"SELECT count(DISTINCT row_id) FROM sync_change WHERE {where}", params).fetchone()
    return int(row[0])


# --- import ---------------------------------------------------------------------------------------------------------


@dataclass
class PackageReport:
    name: str
    package_id: str
    producer: str
    changes: int
    already_imported: bool = False
    clock_suspicious: bool = False
    relayed: int = 0


@dataclass
class ImportResult:
    packages: list[PackageReport] = field(default_factory=list)
    applied: ApplyResult = field(default_factory=ApplyResult)
    gaps: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    blobs_written: int = 0
    renewed_device: bool = False
    dry_run: bool = False
    set_aside: dict[str, int] = field(default_factory=dict)  # revoked device -> its changes not applied


    def as_json(self) -> dict[str, Any]:
        a = self.applied
        return {
            "dry_run": self.dry_run,
            "packages": [p.__dict__ for p in self.packages],
            "changes_received": a.received, "changes_new": a.new,
            "new_records": dict(sorted(a.new_rows.items())),
            "updated_fields": dict(sorted(a.updated_fields.items())),
            "new_conflicts": [{"table": t, "row_id": r, "field": f} for t, r, f in a.new_conflicts],
            "waiting_rows": a.waiting_rows,
            "gaps": {d: [list(g) for g in gs] for d, gs in self.gaps.items()},
            "blobs_written": self.blobs_written,
            "clock_suspicious": [p.name for p in self.packages if p.clock_suspicious],
            "revoked_not_applied": dict(sorted(self.set_aside.items())),
        }


# Packages of a batch whose decoded changes stay in memory between verifying and applying, counted by the size of
# their files (about 40 bytes a change packed, some 650 in memory): a batch of a few small files is decoded once;
# beyond this, parts are read again from the file as they are applied, so memory does not grow with the files.
KEEP_BYTES = 2 << 20


def _known_packages(bind: Bind) -> frozenset[str]:
    cur = dbapi(bind).cursor()
    try:
        return frozenset(p for (p,) in cur.execute("SELECT package_id FROM sync_package"))
    finally:
        cur.close()


def read_all(bind: Bind, files: Sequence[tuple[str, Source]],
             *, keep_bytes: int = KEEP_BYTES) -> tuple[list[tuple[str, Package]], list[tuple[str, int]]]:
    """Verify every file (bytes, or a path read a part at a time); returns the good packages and those parked (newer
    schema) by name, with the schema each was made with.

    Raises PackageRefused for the first bad file: nothing has been written then.
    """
    enrol = enrolment(bind)
    known = _known_packages(bind)
    admission = Admission(bind, enrol)
    good: list[tuple[str, Package]] = []
    newer: list[tuple[str, Source, int]] = []
    with paused_gc():
        for name, source in files:
            size = source_size(source)
            keep = size <= keep_bytes
            keep_bytes -= size if keep else 0
            admission.name = name
            try:
                pkg = read_package(source, enrol.trust, enrol.own.box, SCHEMA_VERSION, known=known,
                                   relays=enrol.may_relay, keep=keep, on_part=admission.part)
                admission.checked(pkg)
            except NewerSchema as exc:
                newer.append((name, source, int(exc.params.get("found", 0))))
                continue
            except PackageError as exc:
                raise PackageRefused(name, exc) from None
            good.append((name, pkg))
        admission.finish()
    parked = []
    cur = dbapi(bind).cursor()
    try:
        for name, source, schema in newer:
            data = source if isinstance(source, bytes) else source.read_bytes()
            # Parked under its hash, as apply_packages() finds it again to drop it once imported.
            cur.execute("INSERT OR IGNORE INTO sync_parked (package_id, schema_version, received_at, data) "
                        "VALUES (?, ?, ?, ?)", (sha256(data)[:32], schema, sql_datetime(utcnow()), data))
            parked.append((name, schema))
    finally:
        cur.close()
    return good, parked


def parked_packages(bind: Bind) -> list[tuple[str, bytes]]:
    """Parked packages this schema can now read (after an upgrade)."""
    cur = dbapi(bind).cursor()
    try:
        return [(f"parked:{pid}", bytes(data)) for pid, data in cur.execute(
            "SELECT package_id, data FROM sync_parked WHERE schema_version <= ? ORDER BY received_at",
            (SCHEMA_VERSION,))]
    finally:
        cur.close()


@dataclass
class ParkedRead:
    """The parked packages as this version finds them: readable now, still too new, or unreadable (kept)."""

    packages: list[tuple[str, Package]] = field(default_factory=list)
    waiting: int = 0
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (parked id, PackageError code)


def has_parked(bind: Bind) -> bool:
    cur = dbapi(bind).cursor()
    try:
        return cur.execute("SELECT 1 FROM sync_parked LIMIT 1").fetchone() is not None
    finally:
        cur.close()


def read_parked(bind: Bind) -> ParkedRead:
    """Verify every parked package one by one: a bad one stays parked without holding the others back.

    One already imported (it arrived again inside a relay) is dropped from the parking here.
    """
    out = ParkedRead()
    cur = dbapi(bind).cursor()
    try:
        rows = cur.execute("SELECT package_id, schema_version, data FROM sync_parked ORDER BY received_at").fetchall()
        if not rows:
            return out
        known = frozenset(p for (p,) in cur.execute("SELECT package_id FROM sync_package"))
        enrol = enrolment(bind)
        for parked_id, schema, data in rows:
            if schema > SCHEMA_VERSION:
                out.waiting += 1
                continue
            admission = Admission(bind, enrol)
            admission.name = f"parked:{parked_id}"
            try:
                pkg = read_package(bytes(data), enrol.trust, enrol.own.box, SCHEMA_VERSION, known=known,
                                   relays=enrol.may_relay, on_part=admission.part)
                admission.checked(pkg)
                admission.finish()
            except NewerSchema:
                out.waiting += 1
            except PackageRefused as exc:
                out.unreadable.append((parked_id, exc.error.code))
            except PackageError as exc:
                out.unreadable.append((parked_id, exc.code))
            else:
                if all(p.package_id in known for p in pkg.all_packages()):
                    cur.execute("DELETE FROM sync_parked WHERE package_id = ?", (parked_id,))
                else:
                    out.packages.append((f"parked:{parked_id}", pkg))
        return out
    finally:
        cur.close()


def _renew_if_rolled_back(bind: Bind, packages: Sequence[Package]) -> bool:
    """Others hold changes of ours numbered above our counter: this file went back in time (a restored backup on
    another machine). Continue as a new device before writing, so those numbers are never reused."""
    me = checked_device_id(bind)
    top = max((int(pkg.manifest["origins"].get(me, {}).get("to", 0)) for pkg in packages), default=0)
    renewed = continue_as_new_device(bind, me, top)
    if renewed:
        log.info("this database was restored from an older copy: it continues as a new device")
    return renewed


def apply_packages(bind: Bind, packages: Sequence[tuple[str, Package]], *, blobs: BlobStore | None,
                   write_blobs: bool = True, check_numbers: bool = True) -> ImportResult:
    """Apply verified packages in the caller's transaction; packages already imported are skipped.

    Raises RegNoClash (check_numbers) when a registration number would go to a second reception, PackageRefused when
    a file read again no longer holds what was verified: the caller rolls back what was applied (a savepoint for one
    file of a batch)."""
    result = ImportResult()
    own_vector(bind)
    cur = dbapi(bind).cursor()
    try:
        seen = {p for (p,) in cur.execute("SELECT package_id FROM sync_package")}
        todo: list[tuple[str, Package, bool]] = []
        for name, outer in packages:
            for pkg in outer.all_packages():
                label = name if pkg is outer else f"{name}/{pkg.package_id}"
                count = sum(int(p["changes"]) for p in pkg.manifest["parts"])
                report = PackageReport(label, pkg.package_id, pkg.producer, count, relayed=len(pkg.inner))
                result.packages.append(report)
                if pkg.package_id in seen:
                    report.already_imported = True
                    continue
                seen.add(pkg.package_id)
                for dev, count in pkg.set_aside.items():
                    result.set_aside[dev] = result.set_aside.get(dev, 0) + count
                now = clock.wall_ms(None)
                report.clock_suspicious = clock.is_suspicious(pkg.max_hlc(), now)
                todo.append((label, pkg, report.clock_suspicious))
        result.renewed_device = _renew_if_rolled_back(bind, [pkg for _, pkg, _ in todo])
        reading = [""]

        def parts() -> Iterator[list[Change]]:
            for label, pkg, _ in todo:
                reading[0] = label
                yield from pkg.change_parts()

        indexes = DeferredIndexes()
        try:
            # Decoding and the number check make millions of objects too, none in a cycle: no collector.
            with paused_gc(), page_cache(cur, IMPORT_CACHE_KIB):
                for batch in batches(parts()):
                    rows = Unpacked()  # the batch's inserts, unpacked once for the number check and the merge
                    # Numbers are checked batch by batch against the database, which holds the batches before: a
                    # clash anywhere in the import is found before the batch that would make it is written.
                    if check_numbers:
                        check_reg_numbers(bind, batch, rows)
                    result.applied.merge(apply_changes(bind, batch, rows, indexes))
                    del rows, batch
        except PackageError as exc:  # a file changed since it was verified: the caller rolls back
            indexes.restore_quietly(cur)
            raise PackageRefused(reading[0], exc) from None
        except INTEGRITY_ERRORS as exc:
            # What the schema check lets through and the table still refuses (a new row's insert without a column
            # the table requires; one that exists may be sent sparse): the file is refused by name, not a crash.
            indexes.restore_quietly(cur)
            raise PackageRefused(reading[0], integrity_refusal(exc)) from None
        except BaseException:
            indexes.restore_quietly(cur)
            raise
        indexes.finish(cur)
        # The clock observes the latest of the packages' clocks that it would have taken one by one (50 packages
        # observed one at a time were as many reads and writes of the stored clock).
        now = clock.wall_ms(database_path(bind))
        observed = [h for _, pkg, suspicious in todo if not suspicious
                    and clock.is_valid(h := pkg.max_hlc()) and not clock.is_suspicious(h, now)]
        if observed:
            observe_hlc(bind, max(observed))
        stamp = sql_datetime(utcnow())
        vectors: dict[str, dict[str, int]] = {}  # per producer, what it had, over all its packages
        for _, pkg, suspicious in todo:
            cur.execute(
                "INSERT OR IGNORE INTO sync_package (package_id, producer, key_fp, sha256, imported_at, changes, "
                "new_changes, clock_suspicious, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'applied')",
                (pkg.package_id, pkg.producer, pkg.key_fp, pkg.sha256, stamp,
                 pkg.count - sum(pkg.set_aside.values()), 0, int(suspicious)))
            cur.execute(
                "INSERT INTO sync_device (dev, contiguous, max_seq, key_fp, last_package_id, last_package_at) "
                "VALUES (?, 0, 0, ?, ?, ?) ON CONFLICT (dev) DO UPDATE SET key_fp = excluded.key_fp, "
                "last_package_id = excluded.last_package_id, last_package_at = excluded.last_package_at",
                (pkg.producer, pkg.key_fp, pkg.package_id, stamp))
            if pkg.producer not in vectors:
                vectors[pkg.producer] = peer_vector(bind, pkg.producer) or {}
            previous = vectors[pkg.producer]
            previous.update({d: max(v, previous.get(d, 0)) for d, v in pkg.vector.items()})
            cur.execute("DELETE FROM sync_parked WHERE package_id = ?", (pkg.sha256[:32],))
        for producer, vector in vectors.items():
            set_meta(bind, PEER_VECTOR + producer, json.dumps(vector, sort_keys=True))
        for dev, contiguous, max_seq in cur.execute(
                "SELECT dev, contiguous, max_seq FROM sync_device WHERE max_seq > contiguous").fetchall():
            result.gaps[dev] = missing_ranges(cur, dev, contiguous, max_seq)
        if write_blobs and blobs is not None:
            for _, pkg, _ in todo:
                for digest, content in pkg.blob_items():
                    # Verified against its name by read_package; kept as this database keeps photos (sealed when
                    # it is protected).
                    if not blobs.has(digest):
                        blobs.put(content)
                        result.blobs_written += 1
        return result
    finally:
        cur.close()


