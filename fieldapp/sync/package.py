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
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldapp.domain.zipcheck import ZipRefused, open_checked, read_capped
from fieldapp.sync.changelog import Change
from fieldapp.sync.keys import fingerprint, unb64
from fieldapp.sync.package_codec import MAX_PART_BYTES as MAX_PART_BYTES
from fieldapp.sync.package_codec import PART_CHANGES as PART_CHANGES
from fieldapp.sync.package_codec import VALUE_TYPES as VALUE_TYPES
from fieldapp.sync.package_codec import NewerSchema as NewerSchema
from fieldapp.sync.package_codec import PackageError as PackageError
from fieldapp.sync.package_codec import Unpacking, decode_changes
from fieldapp.sync.package_codec import canonical_json as canonical_json
from fieldapp.sync.package_codec import encode_changes as encode_changes
from fieldapp.sync.package_codec import sha256 as sha256
from fieldapp.sync.package_codec import unpack_value as unpack_value
from fieldapp.sync.package_crypto import CHUNK as CHUNK
from fieldapp.sync.package_crypto import ENCRYPTION as ENCRYPTION
from fieldapp.sync.package_crypto import seal as seal
from fieldapp.sync.package_crypto import unseal as unseal
from fieldapp.sync.package_crypto import unwrap_key as unwrap_key
from fieldapp.sync.package_crypto import wrap_key as wrap_key
from fieldapp.sync.package_write import FORMAT as FORMAT
from fieldapp.sync.package_write import FORMAT_VERSION as FORMAT_VERSION
from fieldapp.sync.package_write import SUFFIX as SUFFIX
from fieldapp.sync.package_write import WRITE_PART as WRITE_PART
from fieldapp.sync.package_write import PackageWriter as PackageWriter
from fieldapp.sync.package_write import Producer as Producer
from fieldapp.sync.package_write import _Origins
from fieldapp.sync.package_write import build_package as build_package

READABLE_FORMATS = frozenset({1, 2})
MAX_DEPTH = 3  # relays of relays of relays

Source = bytes | Path  # a package in memory, or a file read a part at a time
T = TypeVar("T")


def _open(source: Source) -> IO[bytes]:
    return io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")


def source_size(source: Source) -> int:
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
            self.zf = _parsed(_zip, self.fh, source_size(self.source))
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
        with _open(source) as fh, _zip(fh, source_size(source)) as zf:
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
    if not source_size(source):
        raise PackageError("sync.pkg_empty")
    reader = _Reader(trust, box, schema_version, known, relays, keep, on_part, Unpacking(source_size(source)))
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
        size = source_size(source)
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
