"""Writing a *.fieldsync package (SYNC.md) as it comes: parts of changes, photo blobs and relayed packages go into
the ZIP one at a time, and the signed canonical manifest that lists them (with their hashes) goes last."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldapp.sync.changelog import Change
from fieldapp.sync.keys import b64, fingerprint
from fieldapp.sync.package_codec import PART_CHANGES, canonical_json, encode_changes, sha256
from fieldapp.sync.package_crypto import ENCRYPTION, seal, wrap_key

FORMAT = "fieldsync"
# 2: data keys wrapped with RFC 9180 HPKE. Format 1 (the app's own X25519+HKDF+AES-GCM wrapping) is still read.
FORMAT_VERSION = 2
SUFFIX = ".fieldsync"
# Changes per part written. A reader takes parts of up to PART_CHANGES (older packages have parts that size); smaller
# parts keep what a reader decodes at once (a part and its checks, a few KB a change) well inside its memory budget.
WRITE_PART = 20_000
assert WRITE_PART <= PART_CHANGES


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
        from fieldapp.sync.package import peek_manifest  # the reader's; it imports this module

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
