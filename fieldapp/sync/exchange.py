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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldapp import __version__
from fieldapp.domain.errors import StorageError
from fieldapp.domain.redaction import PERSONAL_FIELDS
from fieldapp.storage.blobs import BlobStore, is_digest
from fieldapp.storage.bulk import paused_gc, sql_datetime
from fieldapp.storage.local_meta import (
    PREVIOUS_DEVICE_IDS,
    Bind,
    checked_device_id,
    get_meta,
    remember_device,
    set_meta,
)
from fieldapp.storage.tables import utcnow
from fieldapp.sync import hlc as clock
from fieldapp.sync.capture import capture_existing
from fieldapp.sync.changelog import (
    SELECT_CHANGE,
    Change,
    change_from_row,
    changes_above,
    continue_as_new_device,
    dbapi,
    field_changes,
    missing_ranges,
    observe_hlc,
    own_seq,
    register_origins,
    set_vector,
    version_vector,
)
from fieldapp.sync.fields import ROW, SCHEMA_VERSION
from fieldapp.sync.keys import DeviceKeys, b64, own_keys, unb64
from fieldapp.sync.merge import ApplyResult, apply_changes, unknown_changes
from fieldapp.sync.package import NewerSchema, Package, PackageError, Producer, build_package, read_package, sha256
from fieldapp.sync.validate import check_changes

log = logging.getLogger(__name__)

PEER_VECTOR = "sync.vector."  # local_meta prefix: what each device had when it last sent us a package


# --- export ---------------------------------------------------------------------------------------------------------


@dataclass
class ExportResult:
    data: bytes
    changes: int
    blobs: int
    origins: dict[str, int]
    residents: int = 0  # receptions whose applicant's personal data the package carries (the access log's count)


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


def _photo_blobs(changes: Sequence[Change], blobs: BlobStore | None) -> dict[str, bytes]:
    """The plain photo bytes the exported photo rows name, as far as this laptop has them intact."""
    if blobs is None:
        return {}
    out: dict[str, bytes] = {}
    for c in field_changes(changes, "photo", ("sha256",)):
        digest = c.value
        if is_digest(digest) and digest not in out and blobs.has(digest):
            try:
                out[digest] = blobs.get(digest)
            except StorageError:
                continue  # damaged here: the receiver gets the row, and the bytes from a laptop that has them
    return out


def export_changes(
    bind: Bind,
    *,
    for_device: str | None = None,
    recipients: Sequence[bytes] = (),
    relay: Sequence[bytes] = (),
    blobs: BlobStore | None = None,
    on_personal: Callable[[int], None] | None = None,
) -> ExportResult:
    """A signed package of everything this database holds, or (for_device) only what that device lacks.

    When the package carries residents' personal data, `on_personal(residents)` is called before it is built, in
    the same transaction: what it writes (the access log's entry) goes into this very package, so a package never
    leaves behind a change about itself."""
    capture_existing(bind)
    own_vector(bind)
    keys = own_keys(bind)
    cur = dbapi(bind).cursor()
    try:
        register_origins(cur)
        theirs: dict[str, int] = {}
        if for_device is not None:
            known = peer_vector(bind, for_device)
            # A device we never heard from lacks everything; one we did lacks what its last vector did not cover.
            theirs = known or {}
        changes = changes_above(cur, theirs)
        residents = _residents(changes)
        if residents and on_personal is not None:
            me, before = checked_device_id(bind), own_seq(bind)
            on_personal(residents)
            own_vector(bind)
            changes.extend(map(change_from_row, cur.execute(
                f"{SELECT_CHANGE} WHERE dev = ? AND seq > ? ORDER BY seq", (me, before))))
        vector = version_vector(cur)
    finally:
        cur.close()
    unique = list({c.id: c for c in changes}.values())
    contents = _photo_blobs(unique, blobs)
    producer = Producer(keys.device, keys.sign, __version__, SCHEMA_VERSION)
    data = build_package(producer, unique, vector=vector, blobs=contents, inner=relay, recipients=recipients,
                         for_device=for_device, created_ms=clock.wall_ms(None))
    remember_device(bind, exported_seq=own_seq(bind))
    origins: dict[str, int] = {}
    for c in unique:
        origins[c.dev] = origins.get(c.dev, 0) + 1
    return ExportResult(data, len(unique), len(contents), origins, residents)


_RESIDENT_FIELDS = PERSONAL_FIELDS["reception"] | {ROW}


def _residents(changes: Sequence[Change]) -> int:
    """The receptions whose insert or personal fields are among `changes`."""
    return len({c.row_id for c in changes if c.tbl == "reception" and c.field in _RESIDENT_FIELDS})


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


class PackageRefused(Exception):
    """A file refused: `name` says which, `error` why."""

    def __init__(self, name: str, error: PackageError) -> None:
        super().__init__(f"{name}: {error.code}")
        self.name = name
        self.error = error


@dataclass(frozen=True)
class Enrolment:
    """Whom this database trusts, and for what (SYNC.md, "Trust: what a package may do").

    A key enrolled here signs packages of its own device; one enrolled with `relay` (a coordinator's office) may
    also carry other devices' changes and vouch for the keys of the packages it relays. Our own key is trusted
    for everything (a package this database made, imported into a restored copy of it).
    """

    own: DeviceKeys
    own_ids: frozenset[str]  # this database's device id and the ones it had before (copies, restored backups)
    keys: dict[str, tuple[bytes, bool, bool, str]]  # fingerprint -> (sign key, revoked, relay, enrolled device)
    device_keys: dict[str, str]  # device id -> the key its packages were signed with here (or it was enrolled for)
    revoked_devices: frozenset[str]
    origins: frozenset[str]  # the devices whose changes this database holds

    def trust(self, fp: str, device: str) -> bytes:
        if fp == self.own.fingerprint:
            return self.own.sign_public
        if fp not in self.keys:
            raise PackageError("sync.pkg_unknown_device", device=device, fingerprint=fp)
        key, revoked, _relay, _device = self.keys[fp]
        if revoked:
            raise PackageError("sync.pkg_revoked", device=device, fingerprint=fp)
        return key

    def vouches(self, fp: str, pusher: str, dev: str) -> bool:
        """May key `fp`, pushing to a hub as `pusher`, vouch for changes authored by `dev`? (The file rule.)"""
        if fp == self.own.fingerprint:
            return True
        entry = self.keys.get(fp)
        if entry is None or entry[1] or dev in self.revoked_devices:
            return False
        if entry[2]:
            return True
        if pusher != dev or dev == self.own.device or dev in self.own_ids:
            return False
        return self.device_keys.get(dev) in (None, fp)

    def may_relay(self, fp: str) -> bool:
        if fp == self.own.fingerprint:
            return True
        entry = self.keys.get(fp)
        return entry is not None and entry[2] and not entry[1]


def enrolment(bind: Bind) -> Enrolment:
    own = own_keys(bind)
    cur = dbapi(bind).cursor()
    try:
        rows = cur.execute("SELECT fingerprint, sign_key, revoked_at, relay, device FROM sync_key").fetchall()
        devices = cur.execute("SELECT dev, key_fp FROM sync_device").fetchall()
    finally:
        cur.close()
    keys = {fp: (unb64(key), revoked is not None, bool(relay), device) for fp, key, revoked, relay, device in rows}
    device_keys = {device: fp for fp, (_k, _r, _l, device) in keys.items()}
    device_keys.update({dev: fp for dev, fp in devices if fp is not None})
    revoked_fps = {fp for fp, entry in keys.items() if entry[1]}
    revoked = {dev for dev, fp in device_keys.items() if fp in revoked_fps}
    revoked.update(entry[3] for entry in keys.values() if entry[1])
    previous = (get_meta(bind, PREVIOUS_DEVICE_IDS) or "").split()
    own_ids = frozenset({checked_device_id(bind), *previous})
    return Enrolment(own, own_ids, keys, device_keys, frozenset(revoked), frozenset(dev for dev, _fp in devices))


def trust_for(bind: Bind, own: DeviceKeys) -> Callable[[str, str], bytes]:
    return enrolment(bind).trust


def admit(bind: Bind, enrol: Enrolment, packages: Sequence[tuple[str, Package]]) -> None:
    """Apply SYNC.md's trust rules to verified packages, before anything is written; PackageRefused for a file that
    breaks them.

    Each package, relayed ones included, is judged on its own: its changes name tables, fields and values of this
    schema (validate.check_changes); its producer is the device its key belongs to here — never this database,
    never a device another key signs for; a change authored by another device is taken only from a key enrolled
    to relay, or when this database (or an authentic package of the same batch) already holds it, so it changes
    nothing. A revoked device's changes that an office relays are set aside (a laptop's package that carries them
    is refused like any other foreign change it does not merely repeat).
    """
    pending: list[tuple[str, Package, list[Change]]] = []
    checked: list[Package] = []
    for name, outer in packages:
        for pkg in outer.all_packages():
            try:
                check_changes(pkg.changes, schema_version=SCHEMA_VERSION)
                _check_producer(enrol, pkg)
            except PackageError as exc:
                raise PackageRefused(name, exc) from None
            checked.append(pkg)
            producer = pkg.producer
            if set(map(_dev_of, pkg.changes)) <= {producer}:
                continue  # the common case, a laptop's own changes: nothing else to look at
            if enrol.may_relay(pkg.key_fp):
                kept = [c for c in pkg.changes if c.dev == producer or c.dev not in enrol.revoked_devices]
                for c in pkg.changes:
                    if c.dev != producer and c.dev in enrol.revoked_devices:
                        pkg.set_aside[c.dev] = pkg.set_aside.get(c.dev, 0) + 1
                pkg.changes = kept
            else:
                pending.append((name, pkg, [c for c in pkg.changes if c.dev != producer]))
    if not pending:
        return
    # Changes another package of this batch brings with authority: its producer's own, or an office's.
    authentic = {(c.dev, c.seq) for pkg in checked for c in pkg.changes
                 if c.dev == pkg.producer or enrol.may_relay(pkg.key_fp)}
    cur = dbapi(bind).cursor()
    try:
        for name, pkg, foreign in pending:
            unheld = [c for c in unknown_changes(cur, foreign) if (c.dev, c.seq) not in authentic]
            if unheld:
                dev = unheld[0].dev
                count = sum(1 for c in unheld if c.dev == dev)
                raise PackageRefused(name, PackageError(
                    "sync.pkg_foreign", producer=pkg.producer, device=dev, count=count))
    finally:
        cur.close()


_dev_of = itemgetter(0)


def _check_producer(enrol: Enrolment, pkg: Package) -> None:
    """The device a package says made it is one its key may speak as."""
    device, fp = pkg.producer, pkg.key_fp
    if fp == enrol.own.fingerprint:
        return
    bound = enrol.device_keys.get(device)
    if bound is not None:
        if bound != fp:
            raise PackageError("sync.pkg_impersonation", device=device, fingerprint=fp)
        return
    # A device id no key speaks for here yet: a laptop whose file moved (a new id, the enrolled key) — but never
    # this database's own id, nor one whose changes are here already from elsewhere.
    if device == enrol.own.device or device in enrol.own_ids or device in enrol.origins:
        raise PackageError("sync.pkg_impersonation", device=device, fingerprint=fp)


def read_all(bind: Bind, files: Sequence[tuple[str, bytes]]) -> tuple[list[tuple[str, Package]], list[str]]:
    """Verify every file; returns the good packages and the names of those parked (newer schema).

    Raises PackageRefused for the first bad file: nothing has been written then.
    """
    enrol = enrolment(bind)
    cur = dbapi(bind).cursor()
    try:
        known = frozenset(p for (p,) in cur.execute("SELECT package_id FROM sync_package"))
    finally:
        cur.close()
    good: list[tuple[str, Package]] = []
    newer: list[tuple[str, bytes, int]] = []
    with paused_gc():
        for name, data in files:
            try:
                good.append((name, read_package(data, enrol.trust, enrol.own.box, SCHEMA_VERSION, known=known,
                                                relays=enrol.may_relay)))
            except NewerSchema as exc:
                newer.append((name, data, int(exc.params.get("found", 0))))
            except PackageError as exc:
                raise PackageRefused(name, exc) from None
        admit(bind, enrol, good)
    parked = []
    cur = dbapi(bind).cursor()
    try:
        for name, data, schema in newer:
            # Parked under its hash, as apply_packages() finds it again to drop it once imported.
            cur.execute("INSERT OR IGNORE INTO sync_parked (package_id, schema_version, received_at, data) "
                        "VALUES (?, ?, ?, ?)", (sha256(data)[:32], schema, sql_datetime(utcnow()), data))
            parked.append(name)
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
            try:
                pkg = read_package(bytes(data), enrol.trust, enrol.own.box, SCHEMA_VERSION, known=known,
                                   relays=enrol.may_relay)
                admit(bind, enrol, [(f"parked:{parked_id}", pkg)])
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


def _renew_if_rolled_back(bind: Bind, changes: Sequence[Change]) -> bool:
    """Others hold changes of ours numbered above our counter: this file went back in time (a restored backup on
    another machine). Continue as a new device before writing, so those numbers are never reused."""
    me = checked_device_id(bind)
    renewed = continue_as_new_device(bind, me, max((c.seq for c in changes if c.dev == me), default=0))
    if renewed:
        log.info("this database was restored from an older copy: it continues as a new device")
    return renewed


def apply_packages(bind: Bind, packages: Sequence[tuple[str, Package]], *, blobs: BlobStore | None,
                   write_blobs: bool = True) -> ImportResult:
    """Apply verified packages in the caller's transaction; packages already imported are skipped."""
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
        changes = [c for _, pkg, _ in todo for c in pkg.changes]
        result.renewed_device = _renew_if_rolled_back(bind, changes)
        result.applied = apply_changes(bind, changes)
        for _, pkg, suspicious in todo:
            if not suspicious:
                observe_hlc(bind, pkg.max_hlc())
        stamp = sql_datetime(utcnow())
        for _, pkg, suspicious in todo:
            cur.execute(
                "INSERT OR IGNORE INTO sync_package (package_id, producer, key_fp, sha256, imported_at, changes, "
                "new_changes, clock_suspicious, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'applied')",
                (pkg.package_id, pkg.producer, pkg.key_fp, pkg.sha256, stamp, len(pkg.changes), 0, int(suspicious)))
            cur.execute(
                "INSERT INTO sync_device (dev, contiguous, max_seq, key_fp, last_package_id, last_package_at) "
                "VALUES (?, 0, 0, ?, ?, ?) ON CONFLICT (dev) DO UPDATE SET key_fp = excluded.key_fp, "
                "last_package_id = excluded.last_package_id, last_package_at = excluded.last_package_at",
                (pkg.producer, pkg.key_fp, pkg.package_id, stamp))
            previous = peer_vector(bind, pkg.producer) or {}
            merged = {d: max(v, previous.get(d, 0)) for d, v in pkg.vector.items()}
            set_meta(bind, PEER_VECTOR + pkg.producer, json.dumps({**previous, **merged}, sort_keys=True))
            cur.execute("DELETE FROM sync_parked WHERE package_id = ?", (pkg.sha256[:32],))
        for dev, contiguous, max_seq in cur.execute(
                "SELECT dev, contiguous, max_seq FROM sync_device WHERE max_seq > contiguous").fetchall():
            result.gaps[dev] = missing_ranges(cur, dev, contiguous, max_seq)
        if write_blobs and blobs is not None:
            for _, pkg, _ in todo:
                for digest, content in pkg.blobs.items():
                    # Verified against its name by read_package; kept as this database keeps photos (sealed when
                    # it is protected).
                    if not blobs.has(digest):
                        blobs.put(content)
                        result.blobs_written += 1
        return result
    finally:
        cur.close()


def enrolled_box_keys(bind: Bind) -> list[bytes]:
    """The encryption (X25519) keys of every enrolled device whose key is not revoked: a package's readers.

    A key nobody could decrypt with (a low-order point, such as all zeros, from a hand-made or damaged key file) is
    left out with a warning rather than failing every export.
    """
    cur = dbapi(bind).cursor()
    try:
        rows = cur.execute("SELECT fingerprint, box_key FROM sync_key WHERE revoked_at IS NULL "
                           "ORDER BY fingerprint").fetchall()
    finally:
        cur.close()
    keys = []
    for fp, box in rows:
        try:
            key = unb64(box)
            X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(key))
        except (TypeError, ValueError):
            log.warning("the enrolled key %s has no usable encryption key: packages are not encrypted for it", fp)
            continue
        keys.append(key)
    return keys


def enroll(bind: Bind, sign_key: bytes, box_key: bytes, device: str, name: str, *, relay: bool = False) -> str:
    """Trust a device's key; `relay`: it is a coordinator's office, whose packages may carry other devices' changes."""
    from fieldapp.sync.keys import fingerprint

    fp = fingerprint(sign_key)
    cur = dbapi(bind).cursor()
    try:
        cur.execute(
            "INSERT INTO sync_key (fingerprint, device, name, sign_key, box_key, enrolled_at, revoked_at, relay) "
            "VALUES (?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT (fingerprint) DO UPDATE SET revoked_at = NULL, "
            "name = excluded.name, device = excluded.device, relay = excluded.relay",
            (fp, device, name, b64(sign_key), b64(box_key), sql_datetime(utcnow()), int(relay)))
    finally:
        cur.close()
    return fp


def revoke(bind: Bind, fingerprint: str) -> bool:
    cur = dbapi(bind).cursor()
    try:
        cur.execute("UPDATE sync_key SET revoked_at = ? WHERE fingerprint = ? AND revoked_at IS NULL",
                    (sql_datetime(utcnow()), fingerprint))
        return bool(cur.rowcount)
    finally:
        cur.close()
