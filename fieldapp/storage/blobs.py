"""The photo store: files named by the SHA-256 of their plain bytes (`ab/cdef…`), the one way a blob is kept.

A plain database keeps the bytes as they are. A protected one seals each file with AES-256-GCM under a key derived
from the database key, in a folder of its own inside the store (`sealed-<id>/ab/cdef…`): the store may be shared by
several databases (the user's data folder), and a file sealed for one must never stand where another looks for its
photo. Plain files a protected database kept before photos were sealed are still read, and sealed on the way.

Sealed file: MAGIC, a random 12-byte nonce, then AES-256-GCM(blob key, plain bytes, associated data = the digest).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TypeGuard

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp.domain.errors import StorageError
from fieldapp.storage.files import write_atomic

__all__ = ["MAGIC", "SEALED_PREFIX", "BlobStore", "digest_of", "is_digest"]

log = logging.getLogger(__name__)

# Not a JPEG, PNG, WebP or HEIC start, not text: a sealed file is told from a plain photo by its first bytes.
MAGIC = b"\x89FAB\r\n\x1a\x01"
NONCE_BYTES = 12
SEALED_PREFIX = "sealed-"
_KEY_LABEL = b"fieldapp photo store key v1"
_FOLDER_LABEL = b"fieldapp photo store folder v1"
_DIGEST = re.compile(r"[0-9a-f]{64}")


def digest_of(content: bytes) -> str:
    """The name of `content` in the store: the SHA-256 of its plain bytes, in hex."""
    return hashlib.sha256(content).hexdigest()


def is_digest(value: object) -> TypeGuard[str]:
    """True for a name the store can hold: 64 lowercase hex digits (a photo row from elsewhere may hold anything)."""
    return isinstance(value, str) and _DIGEST.fullmatch(value) is not None


def _derive(db_key: bytes, label: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=label).derive(db_key)


class BlobStore:
    """The photo store under `root`; with the database key `db_key`, every file it writes is sealed."""

    def __init__(self, root: Path, db_key: bytes | None = None) -> None:
        self.root = Path(root)
        self._aead: AESGCM | None = None
        self.folder = self.root
        if db_key is not None:
            self._aead = AESGCM(_derive(db_key, _KEY_LABEL, 32))
            # Named by the key (not by the file): copies of one protected database share it, others never do.
            self.folder = self.root / (SEALED_PREFIX + _derive(db_key, _FOLDER_LABEL, 8).hex())

    @property
    def sealed(self) -> bool:
        return self._aead is not None

    def path(self, digest: str) -> Path:
        """Where this store keeps (or will keep) the blob `digest`."""
        digest = _checked(digest)
        return self.folder / digest[:2] / digest[2:]

    def _plain_path(self, digest: str) -> Path | None:
        """For a protected database: where a plain file of it from before sealing would be."""
        return self.root / digest[:2] / digest[2:] if self.sealed else None

    def has(self, digest: str) -> bool:
        """True when the blob is here (not checked: get() does that)."""
        if not is_digest(digest):
            return False
        legacy = self._plain_path(digest)
        return self.path(digest).is_file() or (legacy is not None and legacy.is_file())

    def put(self, content: bytes) -> str:
        """Keep `content` and return its digest. An intact blob already there is not rewritten; a new one is written
        whole or not at all (storage.files), so a crash never leaves half a photo under a valid name."""
        digest = digest_of(content)
        target = self.path(digest)
        if target.is_file():
            try:
                self._open(target.read_bytes(), digest, target)
                return digest
            except (OSError, StorageError):
                pass  # damaged: written again below
        write_atomic(target, self._seal(content, digest), make_folder=True)
        return digest

    def get(self, digest: str) -> bytes:
        """The plain bytes of `digest`, checked against it: StorageError `photo.missing`, `photo.corrupt` (the
        bytes do not match their name), `photo.tampered` (a sealed file that fails its authentication)."""
        target = self.path(digest)
        try:
            return self._open(target.read_bytes(), digest, target)
        except FileNotFoundError:
            pass
        except OSError:
            raise StorageError("photo.missing", "photo", path=str(target)) from None
        legacy = self._plain_path(digest)
        if legacy is None:
            raise StorageError("photo.missing", "photo", path=str(target))
        try:
            content = self._open(legacy.read_bytes(), digest, legacy)
        except OSError:
            raise StorageError("photo.missing", "photo", path=str(target)) from None
        try:
            self.put(content)  # sealed from now on; the plain file may be another database's too, so it stays
        except OSError as exc:
            log.warning("a photo could not be sealed (%s)", type(exc).__name__)
        return content

    def seal_plain(self, digests: Iterable[str]) -> int:
        """Seal the plain files (from before sealing) of `digests` and remove them: for a database that has just
        become protected, whose photos no plain database shares. Returns how many were sealed."""
        if not self.sealed:
            return 0
        done = 0
        for digest in digests:
            if not is_digest(digest):
                continue
            legacy = self._plain_path(digest)
            assert legacy is not None
            try:
                raw = legacy.read_bytes()
            except OSError:
                continue
            if raw.startswith(MAGIC) or digest_of(raw) != digest:
                continue
            self.put(raw)
            legacy.unlink(missing_ok=True)
            done += 1
        return done

    def _seal(self, content: bytes, digest: str) -> bytes:
        if self._aead is None:
            return content
        nonce = os.urandom(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, content, digest.encode("ascii"))

    def _open(self, raw: bytes, digest: str, path: Path) -> bytes:
        """The plain bytes of a stored file, sealed or plain (told by MAGIC), checked against `digest`."""
        content = raw
        if raw.startswith(MAGIC) and digest_of(raw) != digest:
            if self._aead is None:
                raise StorageError("photo.tampered", "photo", path=str(path))
            nonce = raw[len(MAGIC):len(MAGIC) + NONCE_BYTES]
            try:
                content = self._aead.decrypt(nonce, raw[len(MAGIC) + NONCE_BYTES:], digest.encode("ascii"))
            except (InvalidTag, ValueError):
                raise StorageError("photo.tampered", "photo", path=str(path)) from None
        if digest_of(content) != digest:
            raise StorageError("photo.corrupt", "photo", path=str(path))
        return content


def _checked(digest: str) -> str:
    """A digest as the store names files: 64 lowercase hex digits, never a path of anyone's choosing."""
    if not is_digest(digest):
        raise StorageError("photo.missing", "photo", path=digest[:80])
    return digest
