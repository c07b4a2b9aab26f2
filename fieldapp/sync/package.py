"""The *.fieldsync package (SYNC.md): a ZIP of stored entries, a signed canonical manifest, changes in columnar
msgpack + zstd (package_codec; AES-256-GCM in chunks when encrypted for X25519 recipients), photo blobs and relayed
packages.

Reading verifies everything (structure, signature, hashes, decryption, decoding) before returning anything; every
failure is a PackageError, whatever the bytes were. Kept free of SQL so the PostgreSQL hub can reuse it.

Both directions stream, so memory does not grow with a package: the writer takes changes a part at a time and
writes the manifest last; the reader can verify a file part by part without keeping what it decoded, and a Package
read that way reads its parts again from the file when they are applied, checking each against the signed manifest
once more (a file changed in between is refused then, and the import rolls back).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldapp.domain.zipcheck import ZipRefused, open_checked, read_capped
from fieldapp.sync.changelog import Change
from fieldapp.sync.keys import b64, fingerprint, unb64
from fieldapp.sync.package_codec import MAX_PART_BYTES as MAX_PART_BYTES
from fieldapp.sync.package_codec import PART_CHANGES as PART_CHANGES
from fieldapp.sync.package_codec import VALUE_TYPES as VALUE_TYPES
from fieldapp.sync.package_codec import NewerSchema as NewerSchema
from fieldapp.sync.package_codec import PackageError as PackageError
from fieldapp.sync.package_codec import Unpacking, decode_changes, encode_changes
from fieldapp.sync.package_codec import canonical_json as canonical_json
from fieldapp.sync.package_codec import sha256 as sha256
from fieldapp.sync.package_codec import unpack_value as unpack_value

FORMAT = "fieldsync"
# 2: data keys wrapped with RFC 9180 HPKE. Format 1 (the app's own X25519+HKDF+AES-GCM wrapping) is still read.
FORMAT_VERSION = 2
READABLE_FORMATS = frozenset({1, 2})
SUFFIX = ".fieldsync"
CHUNK = 1 << 20  # plaintext bytes per AES-GCM chunk
# Changes per part written. A reader takes parts of up to PART_CHANGES (older packages have parts that size); smaller
# parts keep what a reader decodes at once (a part and its checks, a few KB a change) well inside its memory budget.
WRITE_PART = 20_000
MAX_DEPTH = 3  # relays of relays of relays
WRAP_INFO = b"fieldsync v2 data key "
ENCRYPTION = "HPKE-X25519-HKDF-SHA256-AES256GCM"  # RFC 9180, base mode
_HPKE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
LEGACY_WRAP_INFO = b"fieldsync v1 data key"
LEGACY_ENCRYPTION = "X25519-HKDF-SHA256-AES256GCM"




def _legacy_kek(shared: bytes, epk: bytes, rpk: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=LEGACY_WRAP_INFO + epk + rpk).derive(shared)


def _hpke_info(package_id: str) -> bytes:
    # RFC 9180's `info` binds the wrapped key to this package: a key entry copied into another package won't open.
    return WRAP_INFO + package_id.encode()


def wrap_key(data_key: bytes, recipients: Sequence[bytes], package_id: str) -> dict[str, Any]:
    """The data key sealed for each recipient with RFC 9180 HPKE (base mode, DHKEM X25519, HKDF-SHA256,
    AES-256-GCM): `enc` is the encapsulated key followed by the ciphertext, as the library returns it."""
    info = _hpke_info(package_id)
    entries = [{"recipient": fingerprint(rpk),
                "enc": b64(_HPKE.encrypt(data_key, X25519PublicKey.from_public_bytes(rpk), info=info))}
               for rpk in recipients]
    return {"alg": ENCRYPTION, "recipients": entries}


def unwrap_key(keys: dict[str, Any], box: X25519PrivateKey, package_id: str) -> bytes | None:
    """The data key, when one of the entries is for `box`; format 1's own X25519+HKDF wrapping still opens."""
    rpk = box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    mine = fingerprint(rpk)
    legacy = keys.get("alg") == LEGACY_ENCRYPTION
    for entry in keys.get("recipients", []):
        if entry.get("recipient") != mine:
            continue
        if not legacy:
            data_key: bytes = _HPKE.decrypt(unb64(entry["enc"]), box, info=_hpke_info(package_id))
            return data_key
        epk = unb64(entry["epk"])
        shared = box.exchange(X25519PublicKey.from_public_bytes(epk))
        return AESGCM(_legacy_kek(shared, epk, rpk)).decrypt(unb64(entry["nonce"]), unb64(entry["wrapped"]),
                                                             package_id.encode())
    return None


def seal(data: bytes, key: bytes, name: str) -> bytes:
    """AES-256-GCM in 1 MiB chunks; the entry name, chunk number and a last-chunk flag are authenticated."""
    prefix = os.urandom(8)
    aes = AESGCM(key)
    out = [prefix]
    count = max(1, -(-len(data) // CHUNK))
    for i in range(count):
        aad = f"{name}|{i}|{int(i == count - 1)}".encode()
        out.append(aes.encrypt(prefix + i.to_bytes(4, "big"), data[i * CHUNK:(i + 1) * CHUNK], aad))
    return b"".join(out)


def unseal(data: bytes, key: bytes, name: str) -> bytes:
    prefix, body = data[:8], data[8:]
    aes = AESGCM(key)
    step = CHUNK + 16
    count = max(1, -(-len(body) // step))
    out = []
    for i in range(count):
        aad = f"{name}|{i}|{int(i == count - 1)}".encode()
        out.append(aes.decrypt(prefix + i.to_bytes(4, "big"), body[i * step:(i + 1) * step], aad))
    return b"".join(out)


# --- writing ------------------------------------------------------------------------------------------------------


@dataclass
class Producer:
    device: str
    sign: Ed25519PrivateKey
    app_version: str
    schema_version: int


_dev_of, _seq_of, _hlc_of = itemgetter(0), itemgetter(1), itemgetter(2)


class _Origins:
    """Per origin device: the range of sequence numbers and clocks, and the count, gathered a part at a time."""

    def __init__(self) -> None:
        self.by_dev: dict[str, list[int]] = {}  # dev -> [from, to, hlc_min, hlc_max, count]

    def add(self, changes: Sequence[Change]) -> None:
        by_dev = self.by_dev
        if changes and changes[0].dev == changes[-1].dev and len(set(map(_dev_of, changes))) == 1:
            # The common part: one device's run (lists at C speed).
            seqs, hlcs = list(map(_seq_of, changes)), list(map(_hlc_of, changes))
            found = [min(seqs), max(seqs), min(hlcs), max(hlcs), len(changes)]
            had = by_dev.setdefault(changes[0].dev, found)
            if had is not found:
                had[:] = [min(had[0], found[0]), max(had[1], found[1]), min(had[2], found[2]),
                          max(had[3], found[3]), had[4] + found[4]]
            return
        for c in changes:
            o = by_dev.get(c.dev)
            if o is None:
                by_dev[c.dev] = [c.seq, c.seq, c.hlc, c.hlc, 1]
                continue
            seq, hlc = c.seq, c.hlc
            if seq < o[0]:
                o[0] = seq
            if seq > o[1]:
                o[1] = seq
            if hlc < o[2]:
                o[2] = hlc
            if hlc > o[3]:
                o[3] = hlc
            o[4] += 1

    def manifest(self) -> dict[str, dict[str, int]]:
        return {dev: {"from": o[0], "to": o[1], "hlc_min": o[2], "hlc_max": o[3], "count": o[4]}
                for dev, o in sorted(self.by_dev.items())}


class PackageWriter:
    """A package written into `out` as it comes: parts of changes (each WRITE_PART at most, in (dev, seq) order
    across calls), photo blobs, relayed packages; finish() writes the keys, the signed manifest and its signature
    last. Only one part is in memory at a time."""

    def __init__(self, out: IO[bytes], producer: Producer, *, recipients: Sequence[bytes] = (),
                 for_device: str | None = None, created_ms: int = 0) -> None:
        from fieldapp.domain.ids import uuid7

        self.producer = producer
        self.package_id = uuid7()
        self.for_device = for_device
        self.created_ms = created_ms
        self.recipients = list(recipients)
        self.data_key = os.urandom(32) if recipients else None
        self.zf = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED)
        self.origins = _Origins()
        self.parts: list[dict[str, Any]] = []
        self.blobs: list[dict[str, Any]] = []
        self.inner: list[dict[str, Any]] = []
        self.changes = 0

    def _add(self, name: str, plain: bytes) -> bytes:
        stored = seal(plain, self.data_key, name) if self.data_key is not None else plain
        self.zf.writestr(name, stored)
        return stored

    def add_changes(self, changes: Sequence[Change]) -> None:
        for start in range(0, len(changes), WRITE_PART):
            chunk = changes[start:start + WRITE_PART]
            name = f"changes/{len(self.parts):04d}.bin"
            stored = self._add(name, encode_changes(chunk))
            self.parts.append({"name": name, "sha256": sha256(stored), "changes": len(chunk)})
            self.origins.add(chunk)
            self.changes += len(chunk)

    def add_blob(self, digest: str, content: bytes) -> None:
        name = f"blobs/{digest}"
        self.blobs.append({"name": name, "sha256": digest, "stored_sha256": sha256(self._add(name, content)),
                           "size": len(content)})

    def add_inner(self, raw: bytes) -> None:
        head = peek_manifest(raw)
        name = f"inner/{head['package_id']}{SUFFIX}"
        self.inner.append({"name": name, "package_id": head["package_id"], "sha256": sha256(raw),
                           "stored_sha256": sha256(self._add(name, raw)), "producer": head["producer"]})

    def finish(self, vector: dict[str, int]) -> None:
        producer = self.producer
        manifest: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "package_id": self.package_id,
            "created_ms": self.created_ms,
            "producer": {"device": producer.device, "key": fingerprint(_raw(producer.sign)), "sign_key": b64(
                _raw(producer.sign))},
            "app_version": producer.app_version, "schema_version": producer.schema_version,
            "origins": self.origins.manifest(), "vector": dict(sorted(vector.items())), "for": self.for_device,
            "parts": self.parts, "blobs": sorted(self.blobs, key=lambda b: b["name"]), "inner": self.inner,
            "encryption": None,
        }
        if self.data_key is not None:
            keys = canonical_json(wrap_key(self.data_key, self.recipients, self.package_id))
            self.zf.writestr("keys.json", keys)
            manifest["encryption"] = {"alg": ENCRYPTION, "keys_sha256": sha256(keys)}
        body = canonical_json(manifest)
        self.zf.writestr("manifest.json", body)
        self.zf.writestr("manifest.sig", producer.sign.sign(body))
        self.zf.close()


def build_package(
    producer: Producer,
    changes: Sequence[Change],
    *,
    vector: dict[str, int],
    blobs: dict[str, bytes] | None = None,
    inner: Sequence[bytes] = (),
    recipients: Sequence[bytes] = (),
    for_device: str | None = None,
    created_ms: int = 0,
) -> bytes:
    """The bytes of a package holding `changes` (sorted by device and sequence), signed by the producer."""
    out = io.BytesIO()
    writer = PackageWriter(out, producer, recipients=recipients, for_device=for_device, created_ms=created_ms)
    writer.add_changes(sorted(changes, key=lambda c: (c.dev, c.seq)))
    for digest, content in sorted((blobs or {}).items()):
        writer.add_blob(digest, content)
    for raw in inner:
        writer.add_inner(raw)
    writer.finish(vector)
    return out.getvalue()


def _raw(sign: Ed25519PrivateKey) -> bytes:
    return sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


# --- reading ------------------------------------------------------------------------------------------------------

Source = bytes | Path  # a package in memory, or a file read a part at a time
T = TypeVar("T")


def _open(source: Source) -> IO[bytes]:
    return io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")


def _size(source: Source) -> int:
    return len(source) if isinstance(source, bytes) else source.stat().st_size


def source_sha256(source: Source) -> str:
    if isinstance(source, bytes):
        return sha256(source)
    h = hashlib.sha256()
    with open(source, "rb") as fh:
        while piece := fh.read(1 << 20):
            h.update(piece)
    return h.hexdigest()


@dataclass
class Package:
    package_id: str
    sha256: str
    manifest: dict[str, Any]
    inner: list[Package] = field(default_factory=list)
    raw: bytes = b""  # the package's bytes when it was read from memory (a relayed one always is)
    # Changes of devices revoked here that a relaying office brought: left out by the importer's trust rules.
    set_aside: dict[str, int] = field(default_factory=dict)
    # Where the parts are read again from, when they were not kept (read_package(keep=False)).
    source: Source | None = None
    data_key: bytes | None = None
    budget: int = 0  # the size of the file the unpacking allowance is counted from
    drop: frozenset[str] = frozenset()  # devices whose changes are left out when the parts are read again
    kept: list[Change] | None = None
    kept_blobs: dict[str, bytes] | None = None

    @property
    def producer(self) -> str:
        return str(self.manifest["producer"]["device"])

    @property
    def key_fp(self) -> str:
        return str(self.manifest["producer"]["key"])

    @property
    def schema_version(self) -> int:
        return int(self.manifest["schema_version"])

    @property
    def vector(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.manifest.get("vector", {}).items()}

    @property
    def count(self) -> int:
        """The changes its parts hold (as signed), before any are set aside."""
        return sum(int(p["changes"]) for p in self.manifest["parts"])

    @property
    def changes(self) -> list[Change]:
        """Every change, in memory: kept when read, else read again (for small packages and tests; an import of a
        file goes through change_parts(), a part at a time)."""
        if self.kept is None:
            self.kept = [c for part in self.change_parts() for c in part]
        return self.kept

    @changes.setter
    def changes(self, value: list[Change]) -> None:
        self.kept = value

    @property
    def blobs(self) -> dict[str, bytes]:
        if self.kept_blobs is None:
            return dict(self.blob_items())
        return self.kept_blobs

    def change_parts(self) -> Iterator[list[Change]]:
        """The changes a part at a time (those of dropped devices left out), each part checked again against the
        signed manifest when it is read again from the file."""
        if self.kept is not None:
            if self.kept:
                yield self.kept
            return
        if self.source is None:
            return
        allowance = Unpacking(self.budget)
        drop = self.drop
        with self._entries() as entry:
            for part in self.manifest["parts"]:
                stored = _parsed(entry, part["name"], part["sha256"])
                changes = _parsed(decode_changes, stored, str(part["name"]), allowance)
                if len(changes) != part["changes"]:
                    raise PackageError("sync.pkg_corrupt", detail=part["name"])
                yield [c for c in changes if c.dev not in drop] if drop else changes

    def blob_items(self) -> Iterator[tuple[str, bytes]]:
        """The photo blobs one at a time, each checked against its name again."""
        if self.kept_blobs is not None:
            yield from self.kept_blobs.items()
            return
        if self.source is None:
            return
        with self._entries() as entry:
            for blob in self.manifest["blobs"]:
                content = _parsed(entry, blob["name"], blob["stored_sha256"])
                if sha256(content) != blob["sha256"]:
                    raise PackageError("sync.pkg_tampered", part=blob["name"])
                yield blob["sha256"], content

    def _entries(self) -> _Entries:
        assert self.source is not None
        return _Entries(self.source, self.data_key)

    def all_packages(self) -> list[Package]:
        """This package and every package relayed inside it, innermost first."""
        out: list[Package] = []
        for p in self.inner:
            out.extend(p.all_packages())
        out.append(self)
        return out

    def max_hlc(self) -> int:
        return max((o["hlc_max"] for o in self.manifest["origins"].values()), default=0)


def _parsed(read: Callable[..., T], *args: Any) -> T:
    """read(*args), with whatever odd bytes make a library raise turned into "damaged" (the parser boundary)."""
    try:
        return read(*args)
    except PackageError:
        raise
    except Exception as exc:
        raise PackageError("sync.pkg_corrupt", detail=type(exc).__name__) from None


class _Entries:
    """The package's ZIP opened again, as a context: entry(name, stored sha256) -> the entry, checked, decrypted."""

    def __init__(self, source: Source, data_key: bytes | None) -> None:
        self.source = source
        self.data_key = data_key

    def __enter__(self) -> Callable[[str, str], bytes]:
        self.fh = _open(self.source)
        try:
            self.zf = _parsed(_zip, self.fh, _size(self.source))
        except BaseException:
            self.fh.close()
            raise

        def entry(name: str, expected: str) -> bytes:
            stored = self.zf.read(name)
            if sha256(stored) != expected:
                raise PackageError("sync.pkg_tampered", part=name)
            return unseal(stored, self.data_key, name) if self.data_key is not None else stored

        return entry

    def __exit__(self, *exc: object) -> None:
        self.zf.close()
        self.fh.close()


# trusted(fingerprint) -> the enrolled Ed25519 public key, or raises PackageError (unknown, revoked)
Trust = Callable[[str, str], bytes]
# relays(fingerprint) -> whether that key is enrolled here as a coordinator's office, trusted to vouch for others
Relays = Callable[[str], bool]
# on_part(package, changes): called with each part as it is verified and decoded (for checks that look at every
# change without keeping them); raising refuses the package.
OnPart = Callable[["Package", list[Change]], None]


def no_relays(fingerprint: str) -> bool:
    return False


def _trusted(trust: Trust, vouched: dict[str, bytes], key_fp: str, device: str) -> bytes:
    """The enrolled key; a key the relaying coordinator vouched for is good too, unless revoked here."""
    if key_fp not in vouched:
        return trust(key_fp, device)
    try:
        return trust(key_fp, device)
    except PackageError as exc:
        if exc.code == "sync.pkg_revoked":
            raise
        return vouched[key_fp]


MAX_ENTRIES = 10_000  # entries of a package file: manifest, signature, keys, parts, blobs, relayed packages
MAX_MANIFEST_BYTES = 8 << 20  # a manifest listing a thousand parts and ten thousand blobs is about 3 MB
MAX_BLOB_BYTES = 64 << 20  # one photo
_SMALL_ENTRY = 1 << 20  # manifest.sig (64 bytes), keys.json (a few hundred bytes per recipient)
_STORED_ONLY = frozenset((zipfile.ZIP_STORED,))


def _entry_limit(name: str) -> int:
    """The most an entry may hold, stored: as its kind can genuinely be (sealed in AES-GCM chunks when encrypted)."""
    if name == "manifest.json":
        return MAX_MANIFEST_BYTES
    if name.startswith("blobs/"):
        return 8 + MAX_BLOB_BYTES + 16 * (MAX_BLOB_BYTES // CHUNK + 1)
    if name.startswith(("changes/", "inner/")):
        return MAX_PART_BYTES  # and never more than the file: entries share no bytes (zipcheck)
    return _SMALL_ENTRY


class _PackageZip(zipfile.ZipFile):
    """A package's ZIP whose entries are read with a ceiling each (never trusting the size their headers declare),
    and not more bytes in all than a few times the file: a manifest listing one entry many times reads it once."""

    reads_left = 0

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        entry = name.filename if isinstance(name, zipfile.ZipInfo) else str(name)
        limit = _entry_limit(entry)
        try:
            data = read_capped(self, entry, limit)
        except ZipRefused:
            raise PackageError("sync.pkg_too_large", part=entry, limit=max(1, limit >> 20)) from None
        self.reads_left -= len(data)
        if self.reads_left < 0:
            raise PackageError("sync.pkg_corrupt", detail=entry)
        return data


def _zip(fh: IO[bytes], size: int) -> zipfile.ZipFile:
    """The package's ZIP, its structure checked (zipcheck): stored entries only, each once, safely named."""
    try:
        zf = open_checked(fh, max_entries=MAX_ENTRIES, methods=_STORED_ONLY, cls=_PackageZip)
    except ZipRefused as exc:
        if exc.reason == "entries":
            raise PackageError("sync.pkg_entries", limit=MAX_ENTRIES) from None
        if exc.reason == "duplicate":
            raise PackageError("sync.pkg_duplicate", name=exc.name) from None
        if exc.reason == "name":
            raise PackageError("sync.pkg_bad_name", name=exc.name) from None
        raise PackageError("sync.pkg_corrupt", detail=exc.name or "zip") from None
    except zipfile.BadZipFile:
        raise PackageError("sync.pkg_corrupt", detail="zip") from None
    assert isinstance(zf, _PackageZip)
    zf.reads_left = 3 * size + _SMALL_ENTRY
    return zf


def peek_manifest(source: Source) -> dict[str, Any]:
    """The manifest as written, unverified (for naming an inner package while building a bundle)."""
    try:
        with _open(source) as fh, _zip(fh, _size(source)) as zf:
            value: dict[str, Any] = json.loads(zf.read("manifest.json"))
            return value
    except PackageError:
        raise
    except Exception:
        raise PackageError("sync.pkg_corrupt", detail="manifest.json") from None


def read_package(source: Source, trust: Trust, box: X25519PrivateKey | None, schema_version: int,
                 *, depth: int = 0, vouched: dict[str, bytes] | None = None,
                 known: frozenset[str] = frozenset(), relays: Relays = no_relays,
                 keep: bool = True, on_part: OnPart | None = None) -> Package:
    """Verify and decode a package; PackageError (or NewerSchema) for anything wrong, before anything is used.

    `keep=False`: every part is verified and decoded (and shown to `on_part`) but not kept; the Package reads its
    parts again from `source` when they are asked for (memory stays that of one part, whatever the file's size).
    A package whose id is in `known` (imported before) is checked down to its signature only and comes back
    without its changes: importing it again is a no-op, and a cheap one.
    """
    if not _size(source):
        raise PackageError("sync.pkg_empty")
    reader = _Reader(trust, box, schema_version, known, relays, keep, on_part, Unpacking(_size(source)))
    try:
        with _open(source) as fh:
            return reader.read(source, fh, depth, vouched or {})
    except PackageError:
        raise
    except Exception as exc:  # the parser boundary: whatever odd bytes make a library raise is "damaged"
        raise PackageError("sync.pkg_corrupt", detail=type(exc).__name__) from None


def _check_stored(zf: zipfile.ZipFile, manifest: dict[str, Any], names: set[str]) -> None:
    """Every entry the signed manifest lists is there as it was signed, and nothing else is."""
    expected = [(p["name"], p["sha256"]) for p in manifest["parts"]]
    expected += [(b["name"], b["stored_sha256"]) for b in manifest["blobs"]]
    expected += [(i["name"], i["stored_sha256"]) for i in manifest["inner"]]
    if manifest.get("encryption"):
        expected.append(("keys.json", manifest["encryption"]["keys_sha256"]))
    listed = {"manifest.json", "manifest.sig"}
    for name, digest in expected:
        listed.add(name)
        if name not in names or sha256(zf.read(name)) != digest:
            raise PackageError("sync.pkg_tampered", part=name)
    if names - listed:
        raise PackageError("sync.pkg_corrupt", detail=sorted(names - listed)[0])


@dataclass
class _Reader:
    trust: Trust
    box: X25519PrivateKey | None
    schema_version: int
    known: frozenset[str]
    relays: Relays
    keep: bool
    on_part: OnPart | None
    allowance: Unpacking  # one for the file and every package it relays (they are its bytes)

    def read(self, source: Source, fh: IO[bytes], depth: int, vouched: dict[str, bytes]) -> Package:
        size = _size(source)
        with _zip(fh, size) as zf:
            return self._read(source, zf, depth, vouched)

    def _read(self, source: Source, zf: zipfile.ZipFile, depth: int, vouched: dict[str, bytes]) -> Package:
        names = set(zf.namelist())
        if "manifest.json" not in names:
            raise PackageError("sync.pkg_corrupt", detail="manifest.json")
        body = zf.read("manifest.json")
        if "manifest.sig" not in names:
            raise PackageError("sync.pkg_unsigned")
        manifest = json.loads(body)
        if not isinstance(manifest, dict) or canonical_json(manifest) != body or manifest.get("format") != FORMAT:
            raise PackageError("sync.pkg_corrupt", detail="manifest.json")
        if manifest.get("format_version") not in READABLE_FORMATS:
            raise PackageError("sync.pkg_format", found=manifest.get("format_version"))
        producer = manifest["producer"]
        key_fp, sign_key = str(producer["key"]), unb64(str(producer["sign_key"]))
        if fingerprint(sign_key) != key_fp:
            raise PackageError("sync.pkg_unsigned")
        enrolled = _trusted(self.trust, vouched, key_fp, str(producer["device"]))
        if enrolled != sign_key:
            raise PackageError("sync.pkg_unsigned")
        try:
            Ed25519PublicKey.from_public_bytes(enrolled).verify(zf.read("manifest.sig"), body)
        except InvalidSignature:
            raise PackageError("sync.pkg_unsigned") from None
        package_id = str(manifest["package_id"])
        if int(manifest["schema_version"]) > self.schema_version:
            raise NewerSchema("sync.pkg_newer", found=manifest["schema_version"], ours=self.schema_version)
        whole = source_sha256(source)
        raw = source if isinstance(source, bytes) else b""
        if package_id in self.known:
            # Imported before: applying it again would change nothing, but a copy whose body was altered is still
            # a tampered file and is refused as one. Its signed hashes are checked; nothing is decrypted or decoded.
            _check_stored(zf, manifest, names)
            return Package(package_id, whole, manifest, raw=raw, kept=[], kept_blobs={})

        listed = {"manifest.json", "manifest.sig"}
        data_key: bytes | None = None
        if manifest.get("encryption"):
            listed.add("keys.json")
            keys_raw = zf.read("keys.json")
            if sha256(keys_raw) != manifest["encryption"]["keys_sha256"]:
                raise PackageError("sync.pkg_tampered", part="keys.json")
            if self.box is None or (data_key := unwrap_key(json.loads(keys_raw), self.box, package_id)) is None:
                raise PackageError("sync.pkg_not_for_us")

        def entry(name: str, expected: str) -> bytes:
            if name in listed:  # listed twice in the manifest: it would be read, and its changes applied, twice
                raise PackageError("sync.pkg_corrupt", detail=name)
            listed.add(name)
            stored = zf.read(name)
            if sha256(stored) != expected:
                raise PackageError("sync.pkg_tampered", part=name)
            return unseal(stored, data_key, name) if data_key is not None else stored

        pkg = Package(package_id, whole, manifest, raw=raw, source=source, data_key=data_key,
                      budget=self.allowance.allowed, kept=[] if self.keep else None,
                      kept_blobs={} if self.keep else None)
        origins = _Origins()
        for part in manifest["parts"]:
            decoded = decode_changes(entry(part["name"], part["sha256"]), str(part["name"]), self.allowance)
            if len(decoded) != part["changes"]:
                raise PackageError("sync.pkg_corrupt", detail=part["name"])
            origins.add(decoded)
            if self.on_part is not None:
                self.on_part(pkg, decoded)
            if pkg.kept is not None:
                pkg.kept.extend(decoded)
        if origins.manifest() != manifest["origins"]:
            raise PackageError("sync.pkg_corrupt", detail="origins")
        for blob in manifest["blobs"]:
            content = entry(blob["name"], blob["stored_sha256"])
            if sha256(content) != blob["sha256"] or blob["name"] != f"blobs/{blob['sha256']}":
                raise PackageError("sync.pkg_tampered", part=blob["name"])
            if pkg.kept_blobs is not None:
                pkg.kept_blobs[blob["sha256"]] = content
        for item in manifest["inner"]:
            if depth >= MAX_DEPTH:
                raise PackageError("sync.pkg_corrupt", detail="inner")
            inner_raw = entry(item["name"], item["stored_sha256"])
            if sha256(inner_raw) != item["sha256"]:
                raise PackageError("sync.pkg_tampered", part=item["name"])
            # The relaying coordinator vouches (in its signed manifest) for the laptop's key: the laptop's own
            # signature is still checked, byte for byte as it was made.
            # Only a key enrolled here to relay (a coordinator's office) may vouch for a key this database has not
            # enrolled: an enrolled laptop cannot bring in an unknown or revoked key by wrapping its package.
            inner_producer = item["producer"]
            vouch = vouched
            if self.relays(key_fp):
                vouch = {**vouched, str(inner_producer["key"]): unb64(str(inner_producer["sign_key"]))}
            with _zip(io.BytesIO(inner_raw), len(inner_raw)) as inner_zf:
                inner = self._read(inner_raw, inner_zf, depth + 1, vouch)
            if inner.package_id != item["package_id"]:
                raise PackageError("sync.pkg_tampered", part=item["name"])
            pkg.inner.append(inner)
        if names - listed:
            raise PackageError("sync.pkg_corrupt", detail=sorted(names - listed)[0])
        return pkg
