"""Whom a database trusts (SYNC.md, "Trust: what a package may do"), and the rules every package is held to.

The enrolment (keys, the devices they speak for, revocations) and the Admission of verified packages: checked part by
part as read_package decodes them (its on_part hook), so nothing of a package needs to stay in memory to be judged.
Each package, relayed ones included, is judged on its own: its changes name tables, fields and values of this
schema (validate.check_changes); its producer is the device its key belongs to here, never this database, never a
device another key signs for; a change authored by another device is taken only from a key enrolled to relay, or
when this database (or an authentic package of the same batch) already holds it, so it changes nothing. A revoked
device's changes that an office relays are set aside (a laptop's package that carries them is refused like any
other foreign change it does not merely repeat).
"""

from __future__ import annotations

import logging
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldapp.domain.ids import keyed_to
from fieldapp.storage.bulk import sql_datetime
from fieldapp.storage.local_meta import PREVIOUS_DEVICE_IDS, Bind, checked_device_id, get_meta
from fieldapp.storage.tables import utcnow
from fieldapp.sync.changelog import Change, dbapi
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.keys import DeviceKeys, b64, own_keys, unb64
from fieldapp.sync.merge import unknown_changes
from fieldapp.sync.package import Package, PackageError
from fieldapp.sync.validate import check_changes

log = logging.getLogger(__name__)


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
        bound = self.device_keys.get(dev)
        # An id not seen here yet: a keyed one only from the key it names (as in _check_producer).
        return bound == fp or (bound is None and keyed_to(dev, entry[0]) is not False)

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


def trust_for(bind: Bind) -> Callable[[str, str], bytes]:
    """read_package's key lookup for this database: (fingerprint, device) → the key to check a signature with.
    This database's own keys are the enrolment's (read from `bind`), so a caller has none to pass."""
    return enrolment(bind).trust


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
    # A file continued as a new device (a copy, a restored backup) takes an id keyed to its signing key: another
    # enrolled laptop that saw the id in a package could otherwise claim it here first, and the real file's changes
    # would then be refused (or its numbers taken). The key is the one the manifest's signature was checked with.
    if keyed_to(device, unb64(str(pkg.manifest["producer"]["sign_key"]))) is False:
        raise PackageError("sync.pkg_impersonation", device=device, fingerprint=fp)


_dev_of, _seq_of = itemgetter(0), itemgetter(1)


class _Runs:
    """Sets of (device, seq) kept as runs of consecutive numbers: a million changes of one laptop are one run."""

    def __init__(self) -> None:
        self.runs: dict[str, list[list[int]]] = {}
        self._merged: dict[str, tuple[list[int], list[int]]] | None = None

    def add(self, changes: Sequence[Change]) -> None:
        self._merged = None
        if changes and len(set(map(_dev_of, changes))) == 1:
            seqs = list(map(_seq_of, changes))
            low, high = min(seqs), max(seqs)
            if high - low + 1 == len(seqs) == len(set(seqs)):  # one device, every number once: one run
                self.runs.setdefault(changes[0].dev, []).append([low, high])
                return
        for c in changes:
            runs = self.runs.setdefault(c.dev, [])
            if runs and runs[-1][1] + 1 == c.seq:
                runs[-1][1] = c.seq
            else:
                runs.append([c.seq, c.seq])

    def __contains__(self, key: tuple[str, int]) -> bool:
        if self._merged is None:
            self._merged = {}
            for dev, runs in self.runs.items():
                starts: list[int] = []
                ends: list[int] = []
                for lo, hi in sorted(runs):
                    if ends and lo <= ends[-1] + 1:
                        ends[-1] = max(ends[-1], hi)
                    else:
                        starts.append(lo)
                        ends.append(hi)
                self._merged[dev] = (starts, ends)
        dev, seq = key
        found = self._merged.get(dev)
        if found is None:
            return False
        i = bisect_right(found[0], seq) - 1
        return i >= 0 and seq <= found[1][i]


CHECK_SLICE = 20_000


class Admission:
    """The trust rules applied to the packages of one batch as they are read (see the module's docstring).

    part() is read_package's on_part hook; checked() runs after each file is read; finish() after the whole batch,
    raising PackageRefused for a file that breaks a rule. Nothing here writes.
    """

    def __init__(self, bind: Bind, enrol: Enrolment) -> None:
        self.bind = bind
        self.enrol = enrol
        self.name = ""  # the file being read
        self.authentic = _Runs()  # changes brought with authority: by their author, or by an office
        self.unheld: list[tuple[str, str, str, array[int]]] = []  # (file, producer, dev, seqs) not held here
        self._producers: set[int] = set()  # packages whose producer was checked (by id)
        self.refusals: dict[int, PackageError] = {}  # the first rule a package broke (by id)

    def part(self, pkg: Package, changes: list[Change]) -> None:
        if id(pkg) in self.refusals:
            return
        try:
            # In slices: the check gathers every distinct value of the slice, a few KB a change.
            for start in range(0, len(changes), CHECK_SLICE):
                check_changes(changes[start:start + CHECK_SLICE], schema_version=SCHEMA_VERSION)
            self._producer(pkg)
        except PackageError as exc:
            # Raised once the whole file is verified (checked()): a damaged or tampered file is refused as such,
            # whatever its changes hold.
            self.refusals[id(pkg)] = exc
            return
        producer, enrol = pkg.producer, self.enrol
        if all(map(producer.__eq__, map(_dev_of, changes))):  # the common case, a laptop's own changes
            self.authentic.add(changes)
            return
        if enrol.may_relay(pkg.key_fp):
            drop = {c.dev for c in changes if c.dev != producer and c.dev in enrol.revoked_devices}
            if drop:
                pkg.drop = pkg.drop | drop
                for c in changes:
                    if c.dev in drop:
                        pkg.set_aside[c.dev] = pkg.set_aside.get(c.dev, 0) + 1
            self.authentic.add([c for c in changes if c.dev not in drop])
            return
        self.authentic.add([c for c in changes if c.dev == producer])
        cur = dbapi(self.bind).cursor()
        try:
            unheld = unknown_changes(cur, [c for c in changes if c.dev != producer])
        finally:
            cur.close()
        by_dev: dict[str, array[int]] = {}
        for c in unheld:
            by_dev.setdefault(c.dev, array("q")).append(c.seq)
        self.unheld.extend((self.name, producer, dev, seqs) for dev, seqs in by_dev.items())

    def _producer(self, pkg: Package) -> None:
        if id(pkg) not in self._producers:
            self._producers.add(id(pkg))
            _check_producer(self.enrol, pkg)

    def checked(self, outer: Package) -> None:
        """After a file was read: every package in it had its producer checked (one without parts too), and the
        changes kept in memory leave out those set aside."""
        for pkg in outer.all_packages():
            if id(pkg) in self.refusals:
                raise self.refusals[id(pkg)]
            self._producer(pkg)
            if pkg.drop and pkg.kept is not None:
                pkg.kept = [c for c in pkg.kept if c.dev not in pkg.drop]

    def finish(self) -> None:
        for name, producer, dev, seqs in self.unheld:
            count = sum(1 for seq in seqs if (dev, seq) not in self.authentic)
            if count:
                raise PackageRefused(name, PackageError("sync.pkg_foreign", producer=producer, device=dev,
                                                        count=count))


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
