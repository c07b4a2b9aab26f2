"""The encryption of a *.fieldsync package: its data key wrapped for each recipient with RFC 9180 HPKE (format 2;
format 1's own X25519+HKDF+AES-GCM wrapping still opens), entries sealed with AES-256-GCM in 1 MiB chunks."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldapp.sync.keys import b64, fingerprint, unb64

CHUNK = 1 << 20  # plaintext bytes per AES-GCM chunk
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
