"""The *.fieldsync package (SYNC.md): a ZIP of stored entries, a signed canonical manifest, changes in columnar
msgpack + zstd (AES-256-GCM in chunks when encrypted for X25519 recipients), photo blobs and relayed packages.

Reading verifies everything (structure, signature, hashes, decryption, decoding) before returning anything; every
failure is a PackageError, whatever the bytes were. Kept free of SQL so the PostgreSQL hub can reuse it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
import zipfile
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Any

import msgpack
import zstandard
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldapp.domain.zipcheck import ZipRefused, open_checked, read_capped
from fieldapp.sync.changelog import Change, make_change
from fieldapp.sync.keys import b64, fingerprint, unb64

FORMAT = "fieldsync"
# 2: data keys wrapped with RFC 9180 HPKE. Format 1 (the app's own X25519+HKDF+AES-GCM wrapping) is still read.
FORMAT_VERSION = 2
READABLE_FORMATS = frozenset({1, 2})
SUFFIX = ".fieldsync"
PART_CHANGES = 50_000  # changes per changes/*.bin entry
CHUNK = 1 << 20  # plaintext bytes per AES-GCM chunk
ZSTD_LEVEL = 6
MAX_PART_BYTES = 1 << 30  # a decompressed part larger than this is refused (a zip bomb, not a package)
MAX_DEPTH = 3  # relays of relays of relays
WRAP_INFO = b"fieldsync v2 data key "
ENCRYPTION = "HPKE-X25519-HKDF-SHA256-AES256GCM"  # RFC 9180, base mode
_HPKE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
LEGACY_WRAP_INFO = b"fieldsync v1 data key"
LEGACY_ENCRYPTION = "X25519-HKDF-SHA256-AES256GCM"
VALUE_TYPES = (str, int, float, bytes, type(None))


class PackageError(Exception):
    """A package refused: `code` selects the message (domain.messages), `params` fill it in."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class NewerSchema(PackageError):
    """Made by a newer schema: kept aside (parked) until the app is upgraded."""


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- changes as columns ---------------------------------------------------------------------------------------------


def _row_key(row_id: str) -> bytes | str:
    """A canonical UUID travels as its 16 bytes (most of the bytes of a change), anything else as text."""
    try:
        parsed = uuid.UUID(row_id)
    except ValueError:
        return row_id
    return parsed.bytes if str(parsed) == row_id else row_id


def encode_changes(changes: Sequence[Change]) -> bytes:
    """Columnar msgpack (dictionaries for devices, tables, fields, authors; deltas for seq and hlc), zstd."""
    devs: dict[str, int] = {}
    tbls: dict[str, int] = {}
    flds: dict[str, int] = {}
    authors: dict[str | None, int] = {None: 0}
    cols: dict[str, list[Any]] = {k: [] for k in ("d", "s", "h", "t", "r", "f", "v", "b", "a", "x")}
    prev_seq = prev_hlc = 0
    for c in changes:
        d = devs.setdefault(c.dev, len(devs))
        cols["d"].append(d)
        cols["s"].append(c.seq - prev_seq)
        cols["h"].append(c.hlc - prev_hlc)
        prev_seq, prev_hlc = c.seq, c.hlc
        cols["t"].append(tbls.setdefault(c.tbl, len(tbls)))
        cols["r"].append(_row_key(c.row_id))
        cols["f"].append(flds.setdefault(c.field, len(flds)))
        cols["v"].append(c.value)
        cols["b"].append([x for b in c.bases for x in (devs.setdefault(b[0], len(devs)), b[1])] or None
                         if c.bases_text else None)
        cols["a"].append(authors.setdefault(c.author, len(authors)))
        cols["x"].append(c.schema_version)
    body = {"fmt": 1, "devs": list(devs), "tbls": list(tbls), "flds": list(flds),
            "authors": [a for a in authors if a is not None], **cols}
    packed = msgpack.packb(body, use_bin_type=True)
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(packed)


_VALUE_TYPES = frozenset((*VALUE_TYPES, bool))  # what isinstance(value, VALUE_TYPES) accepts


def _uuid_text(raw: bytes) -> str:
    """str(uuid.UUID(bytes=raw)), without the UUID object."""
    if len(raw) != 16:
        raise PackageError("sync.pkg_corrupt", detail="changes")
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_INT = frozenset((int,))


def _ints(column: list[Any]) -> bool:
    return not set(map(type, column)) - _INT


# --- limits of what a package may unpack into (a signed package can still be a bomb) --------------------------------

MAX_VALUE_BYTES = 4 << 20  # one field's value: a row's packed insert is a few KB, photo bytes travel as blobs
MAX_PART_ITEMS = 20 * PART_CHANGES  # items of all the lists of a part: its ten columns, dictionaries and bases
MAX_WINDOW = 16 << 20  # the zstd window a part may ask for (level 6 asks 2 MiB): the decoder allocates it
# What the parts of one package file, with the packages it relays, may unpack into in all, counted as decompressed
# bytes plus CHANGE_COST for each change decoded (what a change takes in memory beyond its bytes: the tuple, its
# numbers, a row id): the floor for a small file, and beyond it a multiple of the file's size. Genuine packages
# come to 10 to 30 times their size (the demo's row inserts: 680 + 320 bytes a change, 40 packed); a bomb to
# thousands of times its size.
UNPACK_FLOOR = 128 << 20
UNPACK_RATIO = 48
CHANGE_COST = 320
_STREAM_PIECE = 1 << 20


class _Unpacking:
    """What is left of a package file's unpacking allowance (shared by the packages it relays)."""

    __slots__ = ("allowed", "left")

    def __init__(self, size: int) -> None:
        self.allowed = self.left = max(UNPACK_FLOOR, UNPACK_RATIO * size)

    def spend(self, amount: int, part: str) -> None:
        self.left -= amount
        if self.left < 0:
            raise PackageError("sync.pkg_unpacks_too_large", part=part, limit=self.allowed >> 20)


_UNPACKING: ContextVar[_Unpacking | None] = ContextVar("fieldsync_unpacking", default=None)


def _msgpack_refusal(exc: ValueError, part: str) -> PackageError:
    """msgpack's ValueError for a limit (its text names the limit), or for bytes that are not msgpack."""
    text = str(exc)
    if "max_array_len" in text or "max_map_len" in text:
        return PackageError("sync.pkg_too_many", part=part, limit=PART_CHANGES)
    if "max_str_len" in text or "max_bin_len" in text or "max_ext_len" in text:
        return PackageError("sync.pkg_value_too_large", part=part, limit=MAX_VALUE_BYTES >> 20)
    return PackageError("sync.pkg_corrupt", detail=part)


def _unpack_part(blob: bytes, part: str, allowance: _Unpacking) -> Any:
    """The msgpack body of a part, decompressed and decoded a piece at a time: neither the zstd output nor the
    msgpack input is held whole, the output is counted against the allowance as it comes, and no list, map, string
    or byte string may be larger than a genuine part's, nor all lists together hold more items."""
    items_left = MAX_PART_ITEMS
    maps = 0

    def counted_list(values: list[Any]) -> list[Any]:
        nonlocal items_left
        items_left -= len(values)
        if items_left < 0:
            raise PackageError("sync.pkg_too_many", part=part, limit=MAX_PART_ITEMS)
        return values

    def only_the_body(mapping: dict[str, Any]) -> dict[str, Any]:
        nonlocal maps
        maps += 1  # a value is never a map: the body is the only one
        if maps > 1:
            raise PackageError("sync.pkg_corrupt", detail=part)
        return mapping

    unpacker = msgpack.Unpacker(
        raw=False, strict_map_key=True, use_list=True, list_hook=counted_list, object_hook=only_the_body,
        max_buffer_size=MAX_VALUE_BYTES + 2 * _STREAM_PIECE, max_str_len=MAX_VALUE_BYTES,
        max_bin_len=MAX_VALUE_BYTES, max_array_len=PART_CHANGES, max_map_len=16, max_ext_len=0,
    )
    found: list[Any] = []
    unpacked = 0
    with zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW).stream_reader(blob) as reader:
        while piece := reader.read(_STREAM_PIECE):
            unpacked += len(piece)
            if unpacked > MAX_PART_BYTES:
                raise PackageError("sync.pkg_unpacks_too_large", part=part, limit=MAX_PART_BYTES >> 20)
            allowance.spend(len(piece), part)
            try:
                unpacker.feed(piece)
                found.extend(unpacker)
            except ValueError as exc:
                raise _msgpack_refusal(exc, part) from None
            except msgpack.BufferFull:  # one string (or bytes) longer than the buffer, which holds a value and more
                raise PackageError("sync.pkg_value_too_large", part=part, limit=MAX_VALUE_BYTES >> 20) from None
            except msgpack.UnpackException:
                raise PackageError("sync.pkg_corrupt", detail=part) from None
            if len(found) > 1:
                raise PackageError("sync.pkg_corrupt", detail=part)
    if len(found) != 1:  # nothing whole: a truncated part
        raise PackageError("sync.pkg_corrupt", detail=part)
    return found[0]


def unpack_value(packed: bytes) -> Any:
    """One field's value packed alone (as the hub keeps it), within the limits of a value in a package: a
    ValueError for anything else (a list, a map, an extension, a string past MAX_VALUE_BYTES, not msgpack)."""
    return msgpack.unpackb(packed, raw=False, max_str_len=MAX_VALUE_BYTES, max_bin_len=MAX_VALUE_BYTES,
                           max_array_len=0, max_map_len=0, max_ext_len=0)


def decode_changes(blob: bytes, part: str = "changes") -> list[Change]:
    """The inverse of encode_changes(); any inconsistency raises PackageError, naming `part`.

    Decoded a piece at a time within the limits above, and counted against the allowance of the package being read
    (read_package), or of this part alone when called on its own. Column by column: every column is checked as a
    whole and turned into values in bulk (a row id appears once per field, so its text is made once), then the
    changes are built from the columns.
    """
    allowance = _UNPACKING.get() or _Unpacking(len(blob))
    body = _unpack_part(blob, part, allowance)
    if not isinstance(body, dict) or body.get("fmt") != 1:
        raise PackageError("sync.pkg_corrupt", detail="changes")
    devs, tbls, flds = body["devs"], body["tbls"], body["flds"]
    authors: list[str | None] = [None, *body["authors"]]
    names = ("d", "s", "h", "t", "r", "f", "v", "b", "a", "x")
    cols = [body[k] for k in names]
    if not all(isinstance(c, list) for c in cols):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    n = len(cols[0])
    allowance.spend(n * CHANGE_COST, part)
    if (any(len(c) != n for c in cols) or not all(isinstance(x, str) for x in [*devs, *tbls, *flds])
            or not all(isinstance(a, str) for a in authors[1:])):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    d, s, h, t, r, f, v, b, a, x = cols
    if not (_ints(d) and _ints(s) and _ints(h) and _ints(t) and _ints(f) and _ints(a) and _ints(x)):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    if not set(map(type, v)) <= _VALUE_TYPES:
        raise PackageError("sync.pkg_corrupt", detail="changes")
    seqs = list(accumulate(s))
    hlcs = list(accumulate(h))
    if n and (min(seqs) < 1 or min(hlcs) < 0 or max(hlcs) >= 1 << 63):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    texts: dict[bytes, str] = {}
    row_ids: list[str] = []
    append = row_ids.append
    for row in r:
        if type(row) is bytes:
            text = texts.get(row)
            if text is None:
                text = texts[row] = _uuid_text(row)
            append(text)
        elif type(row) is str:
            append(row)
        else:
            raise PackageError("sync.pkg_corrupt", detail="changes")
    bases: list[str | None] = [None] * n
    if b.count(None) < n:  # most changes name no base: those need no look
        for i, flat in enumerate(b):
            if flat is None or flat == []:
                continue
            if (not isinstance(flat, list) or len(flat) % 2
                    or not all(isinstance(y, int) and y >= 0 for y in flat)):
                raise PackageError("sync.pkg_corrupt", detail="changes")
            bases[i] = " ".join(f"{devs[flat[j]]}:{flat[j + 1]}" for j in range(0, len(flat), 2))
    return list(map(make_change, zip(map(devs.__getitem__, d), seqs, hlcs, map(tbls.__getitem__, t), row_ids,
                                     map(flds.__getitem__, f), v, bases, map(authors.__getitem__, a), x,
                                     strict=True)))


# --- encryption -------------------------------------------------------------------------------------------------------


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


_dev_seq_hlc = itemgetter(0, 1, 2)


def _origins(changes: Sequence[Change]) -> dict[str, dict[str, int]]:
    """Per origin device: the range of sequence numbers and clocks, and the count (in any order of `changes`)."""
    by_dev: dict[str, tuple[list[int], list[int]]] = {}
    if changes:
        devs = [c.dev for c in changes]
        if len(set(devs)) == 1:
            by_dev[devs[0]] = ([c.seq for c in changes], [c.hlc for c in changes])
        else:
            for dev, seq, hlc in map(_dev_seq_hlc, changes):
                group = by_dev.get(dev)
                if group is None:
                    group = by_dev[dev] = ([], [])
                group[0].append(seq)
                group[1].append(hlc)
    return {dev: {"from": min(seqs), "to": max(seqs), "hlc_min": min(hlcs), "hlc_max": max(hlcs), "count": len(seqs)}
            for dev, (seqs, hlcs) in sorted(by_dev.items())}


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
    from fieldapp.domain.ids import uuid7

    package_id = uuid7()
    changes = sorted(changes, key=lambda c: (c.dev, c.seq))
    data_key = os.urandom(32) if recipients else None
    entries: list[tuple[str, bytes]] = []

    def add(name: str, plain: bytes) -> bytes:
        stored = seal(plain, data_key, name) if data_key is not None else plain
        entries.append((name, stored))
        return stored

    parts = []
    for n, start in enumerate(range(0, len(changes), PART_CHANGES)):
        chunk = changes[start:start + PART_CHANGES]
        name = f"changes/{n:04d}.bin"
        parts.append({"name": name, "sha256": sha256(add(name, encode_changes(chunk))), "changes": len(chunk)})
    blob_list = []
    for digest, content in sorted((blobs or {}).items()):
        name = f"blobs/{digest}"
        blob_list.append({"name": name, "sha256": digest, "stored_sha256": sha256(add(name, content)),
                          "size": len(content)})
    inner_list = []
    for raw in inner:
        head = peek_manifest(raw)
        name = f"inner/{head['package_id']}{SUFFIX}"
        inner_list.append({"name": name, "package_id": head["package_id"], "sha256": sha256(raw),
                           "stored_sha256": sha256(add(name, raw)), "producer": head["producer"]})
    manifest: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "package_id": package_id, "created_ms": created_ms,
        "producer": {"device": producer.device, "key": fingerprint(_raw(producer.sign)), "sign_key": b64(
            _raw(producer.sign))},
        "app_version": producer.app_version, "schema_version": producer.schema_version,
        "origins": _origins(changes), "vector": dict(sorted(vector.items())), "for": for_device,
        "parts": parts, "blobs": blob_list, "inner": inner_list, "encryption": None,
    }
    if data_key is not None:
        keys = canonical_json(wrap_key(data_key, recipients, package_id))
        entries.append(("keys.json", keys))
        manifest["encryption"] = {"alg": ENCRYPTION, "keys_sha256": sha256(keys)}
    body = canonical_json(manifest)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("manifest.json", body)
        zf.writestr("manifest.sig", producer.sign.sign(body))
        for name, stored in entries:
            zf.writestr(name, stored)
    return out.getvalue()


def _raw(sign: Ed25519PrivateKey) -> bytes:
    return sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


# --- reading ------------------------------------------------------------------------------------------------------


@dataclass
class Package:
    package_id: str
    sha256: str
    manifest: dict[str, Any]
    changes: list[Change] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)
    inner: list[Package] = field(default_factory=list)
    raw: bytes = b""
    # Changes of devices revoked here that a relaying office brought: left out by the importer's trust rules.
    set_aside: dict[str, int] = field(default_factory=dict)

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

    def all_packages(self) -> list[Package]:
        """This package and every package relayed inside it, innermost first."""
        out: list[Package] = []
        for p in self.inner:
            out.extend(p.all_packages())
        out.append(self)
        return out

    def max_hlc(self) -> int:
        return max((o["hlc_max"] for o in self.manifest["origins"].values()), default=0)


# trusted(fingerprint) -> the enrolled Ed25519 public key, or raises PackageError (unknown, revoked)
Trust = Callable[[str, str], bytes]
# relays(fingerprint) -> whether that key is enrolled here as a coordinator's office, trusted to vouch for others
Relays = Callable[[str], bool]


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


def _zip(data: bytes) -> zipfile.ZipFile:
    """The package's ZIP, its structure checked (zipcheck): stored entries only, each once, safely named."""
    try:
        zf = open_checked(io.BytesIO(data), max_entries=MAX_ENTRIES, methods=_STORED_ONLY, cls=_PackageZip)
    except ZipRefused as exc:
        if exc.reason == "entries":
            raise PackageError("sync.pkg_entries", limit=MAX_ENTRIES) from None
        if exc.reason == "duplicate":
            raise PackageError("sync.pkg_duplicate", name=exc.name) from None
        if exc.reason == "name":
            raise PackageError("sync.pkg_bad_name", name=exc.name) from None
        raise PackageError("sync.pkg_corrupt", detail=exc.name or "zip") from None
    assert isinstance(zf, _PackageZip)
    zf.reads_left = 3 * len(data) + _SMALL_ENTRY
    return zf


def peek_manifest(data: bytes) -> dict[str, Any]:
    """The manifest as written, unverified (for naming an inner package while building a bundle)."""
    try:
        value: dict[str, Any] = json.loads(_zip(data).read("manifest.json"))
        return value
    except PackageError:
        raise
    except Exception:
        raise PackageError("sync.pkg_corrupt", detail="manifest.json") from None


def read_package(data: bytes, trust: Trust, box: X25519PrivateKey | None, schema_version: int,
                 *, depth: int = 0, vouched: dict[str, bytes] | None = None,
                 known: frozenset[str] = frozenset(), relays: Relays = no_relays) -> Package:
    """Verify and decode a package; PackageError (or NewerSchema) for anything wrong, before anything is used.

    A package whose id is in `known` (imported before) is checked down to its signature only and comes back
    without its changes: importing it again is a no-op, and a cheap one.
    """
    # One unpacking allowance for the file and every package it relays (they are its bytes).
    token = _UNPACKING.set(_Unpacking(len(data))) if _UNPACKING.get() is None else None
    try:
        return _read(data, trust, box, schema_version, depth, vouched or {}, known, relays)
    except PackageError:
        raise
    except Exception as exc:  # the parser boundary: whatever odd bytes make a library raise is "damaged"
        raise PackageError("sync.pkg_corrupt", detail=type(exc).__name__) from None
    finally:
        if token is not None:
            _UNPACKING.reset(token)


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


def _read(data: bytes, trust: Trust, box: X25519PrivateKey | None, schema_version: int, depth: int,
          vouched: dict[str, bytes], known: frozenset[str] = frozenset(), relays: Relays = no_relays) -> Package:
    if not data:
        raise PackageError("sync.pkg_empty")
    try:
        zf = _zip(data)
    except zipfile.BadZipFile:
        raise PackageError("sync.pkg_corrupt", detail="zip") from None
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
    enrolled = _trusted(trust, vouched, key_fp, str(producer["device"]))
    if enrolled != sign_key:
        raise PackageError("sync.pkg_unsigned")
    try:
        Ed25519PublicKey.from_public_bytes(enrolled).verify(zf.read("manifest.sig"), body)
    except InvalidSignature:
        raise PackageError("sync.pkg_unsigned") from None
    package_id = str(manifest["package_id"])
    if int(manifest["schema_version"]) > schema_version:
        raise NewerSchema("sync.pkg_newer", found=manifest["schema_version"], ours=schema_version)
    if package_id in known:
        # Imported before: applying it again would change nothing, but a copy whose body was altered is still a
        # tampered file and is refused as one. Its signed hashes are checked; nothing is decrypted or decoded.
        _check_stored(zf, manifest, names)
        return Package(package_id, sha256(data), manifest, raw=data)

    listed = {"manifest.json", "manifest.sig"}
    data_key: bytes | None = None
    if manifest.get("encryption"):
        listed.add("keys.json")
        keys_raw = zf.read("keys.json")
        if sha256(keys_raw) != manifest["encryption"]["keys_sha256"]:
            raise PackageError("sync.pkg_tampered", part="keys.json")
        if box is None or (data_key := unwrap_key(json.loads(keys_raw), box, package_id)) is None:
            raise PackageError("sync.pkg_not_for_us")

    def entry(name: str, expected: str) -> bytes:
        if name in listed:  # listed twice in the manifest: it would be read, and its changes applied, twice
            raise PackageError("sync.pkg_corrupt", detail=name)
        listed.add(name)
        stored = zf.read(name)
        if sha256(stored) != expected:
            raise PackageError("sync.pkg_tampered", part=name)
        return unseal(stored, data_key, name) if data_key is not None else stored

    pkg = Package(package_id, sha256(data), manifest, raw=data)
    for part in manifest["parts"]:
        decoded = decode_changes(entry(part["name"], part["sha256"]), str(part["name"]))
        if len(decoded) != part["changes"]:
            raise PackageError("sync.pkg_corrupt", detail=part["name"])
        pkg.changes.extend(decoded)
    if _origins(pkg.changes) != manifest["origins"]:
        raise PackageError("sync.pkg_corrupt", detail="origins")
    for blob in manifest["blobs"]:
        content = entry(blob["name"], blob["stored_sha256"])
        if sha256(content) != blob["sha256"] or blob["name"] != f"blobs/{blob['sha256']}":
            raise PackageError("sync.pkg_tampered", part=blob["name"])
        pkg.blobs[blob["sha256"]] = content
    for item in manifest["inner"]:
        if depth >= MAX_DEPTH:
            raise PackageError("sync.pkg_corrupt", detail="inner")
        raw = entry(item["name"], item["stored_sha256"])
        if sha256(raw) != item["sha256"]:
            raise PackageError("sync.pkg_tampered", part=item["name"])
        # The relaying coordinator vouches (in its signed manifest) for the laptop's key: the laptop's own
        # signature is still checked, byte for byte as it was made.
        # Only a key enrolled here to relay (a coordinator's office) may vouch for a key this database has not
        # enrolled: an enrolled laptop cannot bring in an unknown or revoked key by wrapping its package.
        inner_producer = item["producer"]
        vouch = vouched
        if relays(key_fp):
            vouch = {**vouched, str(inner_producer["key"]): unb64(str(inner_producer["sign_key"]))}
        inner = _read(raw, trust, box, schema_version, depth + 1, vouch, known, relays)
        if inner.package_id != item["package_id"]:
            raise PackageError("sync.pkg_tampered", part=item["name"])
        pkg.inner.append(inner)
    if names - listed:
        raise PackageError("sync.pkg_corrupt", detail=sorted(names - listed)[0])
    return pkg
