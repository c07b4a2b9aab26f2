"""Device keys: an Ed25519 pair that signs packages and an X25519 pair that opens packages encrypted for us.

The private halves live in local_meta (never synced, never exported; inside SQLCipher on a protected database);
the public halves travel as a key file that a coordinator enrols (`sync device --export-key` / `--enroll`).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from fieldapp.domain.errors import ValidationError
from fieldapp.storage.local_meta import SIGN_KEY, Bind, checked_device_id, get_meta, set_meta

BOX_KEY = "sync.box_key"
KEY_FILE_FORMAT = "fieldapp-device-key"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public_raw: bytes) -> str:
    """32 hex digits of SHA-256: short enough to read out over the phone, long enough not to collide."""
    return hashlib.sha256(public_raw).hexdigest()[:32]


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class DeviceKeys:
    device: str
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return _raw_public(self.sign.public_key())

    @property
    def box_public(self) -> bytes:
        return _raw_public(self.box.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public)

    def key_file(self, name: str = "") -> bytes:
        data = {"format": KEY_FILE_FORMAT, "version": 1, "device": self.device, "name": name,
                "sign_key": b64(self.sign_public), "box_key": b64(self.box_public), "fingerprint": self.fingerprint}
        return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def own_keys(bind: Bind) -> DeviceKeys:
    """This database's keys, made on first use."""
    device = checked_device_id(bind)
    sign_text, box_text = get_meta(bind, SIGN_KEY), get_meta(bind, BOX_KEY)
    if sign_text is None or box_text is None:
        sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        raw = {SIGN_KEY: sign.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
               BOX_KEY: box.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())}
        for meta_key, value in raw.items():
            set_meta(bind, meta_key, b64(value))
        return DeviceKeys(device, sign, box)
    return DeviceKeys(device, Ed25519PrivateKey.from_private_bytes(unb64(sign_text)),
                      X25519PrivateKey.from_private_bytes(unb64(box_text)))


@dataclass(frozen=True)
class PublicKeyFile:
    device: str
    name: str
    sign_key: bytes
    box_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key)


def parse_key_file(data: bytes, where: str) -> PublicKeyFile:
    """A key file written by `sync device --export-key`; ValidationError naming the file otherwise."""
    try:
        raw: Any = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != KEY_FILE_FORMAT:
            raise ValueError("not a key file")
        sign, box = unb64(str(raw["sign_key"])), unb64(str(raw["box_key"]))
        Ed25519PublicKey.from_public_bytes(sign)
        X25519PublicKey.from_public_bytes(box)
        parsed = PublicKeyFile(str(raw["device"]), str(raw.get("name", "")), sign, box)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ValidationError("sync.key_file", where=where) from None
    if "fingerprint" in raw and raw["fingerprint"] != parsed.fingerprint:
        raise ValidationError("sync.key_file", where=where)
    return parsed
