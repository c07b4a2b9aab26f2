"""Residents' personal data on the PostgreSQL hub (SYNC.md, "Trust"): sealed with a key only enrolled devices hold.

Whoever holds the hub database's password reads every table of it, so the personal fields never go there in clear.
The hub has one random 32-byte data key. It is wrapped with RFC 9180 HPKE (package.wrap_key, the packages' own
wrapping) for the X25519 box key of every device enrolled at the hub: the office that meets an empty hub makes the
key and wraps it for itself; `hub enrol` (the office) wraps it for the new device's box key, from its key file; a
revoked device's wrap is deleted. Every wrap is signed by the office that wrote it, and a device accepts a wrap only
from its own key or a key its own enrolment trusts as an office: a stranger holding the password cannot slip in a
key of their own and read what the laptops push next.

From the data key three keys are derived (HKDF-SHA256):
- `seal`: the values of personal fields, and the whole insert change of a row of a table that has any, are sealed
  (package.seal, AES-256-GCM) with the change's identity as the authenticated name;
- `mac`: such a change's content hash is kept on the hub as HMAC(mac, hash), so a hash cannot be searched for a
  guessed IIN or name; the hash stays deterministic, so the hub still refuses another content under a known number;
- `resident`: the readable tables' pseudonymous resident key, HMAC(resident, normalised IIN) (the normalised name
  when a reception has no IIN): analysts count repeat visitors without learning who they are.
"""

from __future__ import annotations

import hmac
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import msgpack
import psycopg
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp.domain.ids import uuid7
from fieldapp.domain.iin import normalise as normalise_iin
from fieldapp.domain.redaction import PERSONAL_FIELDS
from fieldapp.domain.rules import normalise_name
from fieldapp.sync.changelog import Change, Value
from fieldapp.sync.fields import ROW
from fieldapp.sync.keys import DeviceKeys, b64, fingerprint, unb64
from fieldapp.sync.package import seal, unpack_value, unseal, unwrap_key, wrap_key

SECRETS_DDL = (
    # One wrap of the data key per device enrolled at the hub (by its hub_key fingerprint), signed by an office.
    'CREATE TABLE IF NOT EXISTS hub_data_key (key_fp text COLLATE "C" PRIMARY KEY, device text NOT NULL, '
    "wrapped text NOT NULL, signer_key text NOT NULL, sig bytea NOT NULL, "
    "added_at timestamptz NOT NULL DEFAULT now())",
    "ALTER TABLE hub_key ADD COLUMN IF NOT EXISTS box_key text",
)
KEY_ID = "data_key_id"  # hub_meta: names the hub's data key (a new one would get a new id)
WRAP_FORMAT = "fieldapp-hub-data-key"

# What never goes to the hub in clear: residents' personal fields (domain.redaction), and a control item's title and
# description, which the desk fills from the resident's own words (receptions.take_under_control).
PRIVATE: Mapping[str, frozenset[str]] = {
    **PERSONAL_FIELDS,
    "control_item": PERSONAL_FIELDS["control_item"] | {"title", "description"},
}
# A sealed value on the hub: msgpack's extension type, which no plain value (str, int, float, bytes, None) uses.
SEALED_EXT = 1
_EXT_MARKERS = frozenset((0xc7, 0xc8, 0xc9, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8))
MAX_SEALED = 8 << 20


def is_private(tbl: str, field: str) -> bool:
    """Whether a change of `field` of table `tbl` carries personal data (a row's insert carries all its fields)."""
    private = PRIVATE.get(tbl)
    return private is not None and (field == ROW or field in private)


class NoDataKey(Exception):
    """This device holds no wrap of the hub's data key it trusts: `reason` is "missing" or "untrusted"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _derive(data_key: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"fieldapp hub " + purpose.encode()).derive(data_key)


@dataclass(frozen=True)
class HubSecrets:
    key_id: str
    data_key: bytes = field(repr=False)  # never in a log line

    @cached_property
    def _seal_key(self) -> bytes:
        return _derive(self.data_key, "seal")

    @cached_property
    def _mac_key(self) -> bytes:
        return _derive(self.data_key, "mac")

    @cached_property
    def _resident_key(self) -> bytes:
        return _derive(self.data_key, "resident")

    def mac(self, content_hash: bytes) -> bytes:
        return hmac.digest(self._mac_key, content_hash, "sha256")[:16]

    def seal_value(self, c: Change) -> bytes:
        plain = msgpack.packb(c.value, use_bin_type=True)
        packed: bytes = msgpack.packb(msgpack.ExtType(SEALED_EXT, seal(plain, self._seal_key, _name(c))),
                                      use_bin_type=True)
        return packed

    def open_value(self, packed: bytes, dev: str, seq: int, tbl: str, row_id: str, field: str) -> Value:
        """A sealed value back; ValueError when it is not one this key sealed for that change."""
        ext = msgpack.unpackb(packed, raw=False, max_ext_len=MAX_SEALED, max_str_len=0, max_bin_len=0,
                              max_array_len=0, max_map_len=0)
        if not isinstance(ext, msgpack.ExtType) or ext.code != SEALED_EXT:
            raise ValueError("not a sealed value")
        try:
            plain = unseal(ext.data, self._seal_key, f"{dev}|{seq}|{tbl}|{row_id}|{field}")
        except (InvalidTag, ValueError):
            raise ValueError("a sealed value that does not open") from None
        value: Value = unpack_value(plain)
        return value

    def resident_key(self, iin: Value, name: Value) -> str | None:
        """The pseudonymous key of a resident: of the IIN when there is one, else of the name (None without both)."""
        if isinstance(iin, str) and normalise_iin(iin):
            basis = "iin:" + normalise_iin(iin)
        elif isinstance(name, str) and normalise_name(name):
            basis = "name:" + normalise_name(name)
        else:
            return None
        return hmac.digest(self._resident_key, basis.encode(), "sha256").hex()[:32]


def _name(c: Change) -> str:
    return f"{c.dev}|{c.seq}|{c.tbl}|{c.row_id}|{c.field}"


def is_sealed(packed: bytes) -> bool:
    return bool(packed) and packed[0] in _EXT_MARKERS


def stored_form(c: Change, secrets: HubSecrets | None) -> tuple[bytes, bytes]:
    """(value, hash) as the hub keeps the change: personal data sealed and its hash keyed, the rest as it is."""
    if is_private(c.tbl, c.field):
        if secrets is None:
            raise NoDataKey("missing")
        return secrets.seal_value(c), secrets.mac(c.content_hash())
    plain: bytes = msgpack.packb(c.value, use_bin_type=True)
    return plain, c.content_hash()


def stored_hash(c: Change, secrets: HubSecrets | None) -> bytes:
    if is_private(c.tbl, c.field):
        if secrets is None:
            raise NoDataKey("missing")
        return secrets.mac(c.content_hash())
    return c.content_hash()


# --- the data key and its wraps -------------------------------------------------------------------------------------


def _info(hub_device: str, key_id: str) -> str:
    # package.wrap_key binds a wrap to a "package id": here, this hub and this key.
    return f"hub:{hub_device}:{key_id}"


def _wrap_body(hub_device: str, key_id: str, key_fp: str, wrapped: str) -> bytes:
    return json.dumps({"format": WRAP_FORMAT, "hub": hub_device, "key_id": key_id, "key": key_fp,
                       "wrapped": wrapped}, sort_keys=True, separators=(",", ":")).encode()


def _hub_device(conn: psycopg.Connection[Any]) -> str:
    row = conn.execute("SELECT value FROM hub_meta WHERE key = 'device'").fetchone()
    return str(row[0]) if row else ""


def _key_id(conn: psycopg.Connection[Any]) -> str | None:
    row = conn.execute("SELECT value FROM hub_meta WHERE key = %s", (KEY_ID,)).fetchone()
    return str(row[0]) if row else None


def wrap_for(conn: psycopg.Connection[Any], secrets: HubSecrets, office: DeviceKeys, key_fp: str, device: str,
             box_key: bytes) -> None:
    """Wrap the data key for one enrolled device's box key, signed by `office` (inside the caller's transaction)."""
    hub_device = _hub_device(conn)
    wrapped = b64(json.dumps(wrap_key(secrets.data_key, [box_key], _info(hub_device, secrets.key_id))).encode())
    body = _wrap_body(hub_device, secrets.key_id, key_fp, wrapped)
    conn.execute(
        "INSERT INTO hub_data_key (key_fp, device, wrapped, signer_key, sig) VALUES (%s, %s, %s, %s, %s) "
        "ON CONFLICT (key_fp) DO UPDATE SET device = excluded.device, wrapped = excluded.wrapped, "
        "signer_key = excluded.signer_key, sig = excluded.sig, added_at = now()",
        (key_fp, device, wrapped, b64(office.sign_public), office.sign.sign(body)))


def drop_wrap(conn: psycopg.Connection[Any], key_fp: str) -> None:
    conn.execute("DELETE FROM hub_data_key WHERE key_fp = %s", (key_fp,))


def office_secrets(conn: psycopg.Connection[Any], office: DeviceKeys, may_relay: Callable[[str], bool]) -> HubSecrets:
    """The office's view of the data key, made (and wrapped for the office) when the hub has none yet; then wrapped
    for every enrolled, unrevoked device whose box key is known and that lacks a wrap (inside the push lock)."""
    key_id = _key_id(conn)
    if key_id is None:
        secrets = HubSecrets(uuid7(), os.urandom(32))
        conn.execute("INSERT INTO hub_meta VALUES (%s, %s)", (KEY_ID, secrets.key_id))
        wrap_for(conn, secrets, office, office.fingerprint, office.device, office.box_public)
    else:
        secrets = device_secrets(conn, office, may_relay)
    missing = conn.execute(
        "SELECT k.fingerprint, k.device, k.box_key FROM hub_key k LEFT JOIN hub_data_key d ON d.key_fp = k.fingerprint "
        "WHERE d.key_fp IS NULL AND k.revoked_at IS NULL AND k.box_key IS NOT NULL").fetchall()
    for fp, device, box in missing:
        wrap_for(conn, secrets, office, str(fp), str(device), unb64(str(box)))
    return secrets


def device_secrets(conn: psycopg.Connection[Any], keys: DeviceKeys, may_relay: Callable[[str], bool]) -> HubSecrets:
    """The data key, unwrapped with this device's box key from a wrap signed by a key `may_relay(fp)` trusts (this
    device's own, or an office its enrolment trusts). NoDataKey when there is none it may use."""
    key_id = _key_id(conn)
    row = conn.execute("SELECT wrapped, signer_key, sig FROM hub_data_key WHERE key_fp = %s",
                       (keys.fingerprint,)).fetchone()
    if key_id is None or row is None:
        raise NoDataKey("missing")
    wrapped, signer_text, sig = str(row[0]), str(row[1]), bytes(row[2])
    hub_device = _hub_device(conn)
    try:
        signer = unb64(signer_text)
        signer_fp = fingerprint(signer)
        if signer_fp != keys.fingerprint and not may_relay(signer_fp):
            raise NoDataKey("untrusted")
        Ed25519PublicKey.from_public_bytes(signer).verify(sig, _wrap_body(hub_device, key_id, keys.fingerprint,
                                                                         wrapped))
        data_key = unwrap_key(json.loads(unb64(wrapped)), keys.box, _info(hub_device, key_id))
    except (InvalidSignature, InvalidTag, ValueError, KeyError, TypeError):
        raise NoDataKey("untrusted") from None
    if data_key is None or len(data_key) != 32:
        raise NoDataKey("untrusted")
    return HubSecrets(key_id, data_key)


# --- a hub from before personal data was sealed -----------------------------------------------------------------------

SEALED_ALL = "personal_data_sealed"  # hub_meta: every personal value on the hub is sealed (a hub of this version)
_MARKERS_SQL = sorted(_EXT_MARKERS)
_CLEAR = (
    "SELECT dev, seq, hlc, tbl, row_id, field, value, bases, author, schema_version, hash FROM sync_change "
    "WHERE tbl = ANY(%s::text[]) AND get_byte(value, 0) <> ALL(%s::int[]) ORDER BY dev, seq"
)


def seal_clear(conn: psycopg.Connection[Any], secrets: HubSecrets) -> tuple[list[Change], dict[tuple[str, int], bytes]]:
    """Seal the personal values a hub made by an older version holds in clear (once; an office's push, inside its
    transaction). Returns those changes and their new hashes, for the office to sign a batch over them: the
    batches that covered them before no longer verify, and a laptop takes them on the office's word, as it takes
    everything the office relays. A value whose hash does not hold is left alone (a pull refuses it anyway)."""
    if conn.execute("SELECT 1 FROM hub_meta WHERE key = %s", (SEALED_ALL,)).fetchone() is not None:
        return [], {}
    sealed: list[Change] = []
    hashes: dict[tuple[str, int], bytes] = {}
    updates: list[tuple[bytes, bytes, str, int]] = []
    for dev, seq, hlc, tbl, row_id, fld, packed, bases, author, schema, digest in conn.execute(
            _CLEAR, (sorted(PRIVATE), _MARKERS_SQL)).fetchall():
        if not is_private(tbl, fld):
            continue
        try:
            c = Change(dev, int(seq), int(hlc), tbl, row_id, fld, unpack_value(bytes(packed)), bases, author,
                       int(schema))
        except ValueError:
            continue
        if c.content_hash() != bytes(digest):
            continue
        value, stored = stored_form(c, secrets)
        updates.append((value, stored, c.dev, c.seq))
        sealed.append(c)
        hashes[(c.dev, c.seq)] = stored
    with conn.cursor() as cur:
        cur.executemany("UPDATE sync_change SET value = %s, hash = %s WHERE dev = %s AND seq = %s", updates)
    conn.execute("INSERT INTO hub_meta VALUES (%s, '1') ON CONFLICT (key) DO NOTHING", (SEALED_ALL,))
    return sealed, hashes
