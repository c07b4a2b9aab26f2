"""Trust through the PostgreSQL hub (SYNC.md, "Trust"): the hub's own enrolment of pushers, and signed batches.

The hub is a database, not a server of ours: whoever holds its password can write anything into it. So trust is
never delegated to it. A push is signed: for every origin device whose changes the pusher vouches for, the batch
names the runs of sequence numbers and a digest of their content hashes, signed with the pusher's Ed25519 key. A
laptop that pulls applies a change only when a batch covers it whose signature, key and digest it verifies itself,
signed by a key its own enrolment trusts for that change's device (the device itself, or an office enrolled to
relay) — the rule of a file import. The hub's enrolment (hub_key) keeps unknown keys from pushing through the app;
the first key to push to an empty hub is enrolled there as its office.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldapp.sync.changelog import Change
from fieldapp.sync.hub_secrets import HubSecrets, stored_hash
from fieldapp.sync.keys import DeviceKeys, b64, fingerprint, unb64

TRUST_DDL = (
    'CREATE TABLE IF NOT EXISTS hub_key (fingerprint text COLLATE "C" PRIMARY KEY, device text COLLATE "C" NOT NULL, '
    "name text NOT NULL DEFAULT '', sign_key text NOT NULL, relay boolean NOT NULL DEFAULT false, "
    "enrolled_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)",
    'CREATE TABLE IF NOT EXISTS hub_batch (id bigserial PRIMARY KEY, pusher text COLLATE "C" NOT NULL, '
    'key_fp text COLLATE "C" NOT NULL, body bytea NOT NULL, sig bytea NOT NULL, '
    "pushed_at timestamptz NOT NULL DEFAULT now())",
    'CREATE TABLE IF NOT EXISTS hub_batch_origin (batch bigint NOT NULL REFERENCES hub_batch (id), '
    'dev text COLLATE "C" NOT NULL, key_fp text COLLATE "C" NOT NULL, seq_from bigint NOT NULL, '
    "seq_to bigint NOT NULL, PRIMARY KEY (dev, batch))",
)
BATCH_FORMAT = "fieldapp-hub-batch"


class NotEnrolledAtHub(Exception):
    """The pushing key is not enrolled at the hub (or was revoked there)."""

    def __init__(self, fingerprint: str, revoked: bool) -> None:
        super().__init__(fingerprint)
        self.fingerprint = fingerprint
        self.revoked = revoked


@dataclass(frozen=True)
class HubEnrolment:
    relay: bool
    first: bool  # this push enrolled the key: it met an empty hub


def check_pusher(conn: psycopg.Connection[Any], keys: DeviceKeys) -> HubEnrolment:
    """The pusher's standing at the hub, inside the push's transaction (after the push lock)."""
    row = conn.execute("SELECT relay, revoked_at FROM hub_key WHERE fingerprint = %s", (keys.fingerprint,)).fetchone()
    if row is not None:
        if row[1] is not None:
            raise NotEnrolledAtHub(keys.fingerprint, revoked=True)
        return HubEnrolment(bool(row[0]), first=False)
    if conn.execute("SELECT 1 FROM hub_key LIMIT 1").fetchone() is not None:
        raise NotEnrolledAtHub(keys.fingerprint, revoked=False)
    enrol_at_hub(conn, keys.sign_public, keys.device, "", relay=True, box_key=keys.box_public)
    return HubEnrolment(True, first=True)


def enrol_at_hub(conn: psycopg.Connection[Any], sign_key: bytes, device: str, name: str, *, relay: bool,
                 box_key: bytes | None = None) -> str:
    """Enrol a key at the hub; its box key (from the key file) is what the hub's data key gets wrapped for."""
    fp = fingerprint(sign_key)
    conn.execute(
        "INSERT INTO hub_key (fingerprint, device, name, sign_key, relay, box_key) VALUES (%s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (fingerprint) DO UPDATE SET device = excluded.device, name = excluded.name, "
        "relay = excluded.relay, box_key = coalesce(excluded.box_key, hub_key.box_key), revoked_at = NULL",
        (fp, device, name, b64(sign_key), relay, b64(box_key) if box_key else None))
    return fp


def revoke_at_hub(conn: psycopg.Connection[Any], fp: str) -> bool:
    cur = conn.execute("UPDATE hub_key SET revoked_at = now() WHERE fingerprint = %s AND revoked_at IS NULL", (fp,))
    return bool(cur.rowcount)


def vouch_marks(conn: psycopg.Connection[Any], fp: str) -> dict[str, int]:
    """Per origin device, the highest sequence number this key has signed for at the hub."""
    return {str(dev): int(top) for dev, top in conn.execute(
        "SELECT dev, max(seq_to) FROM hub_batch_origin WHERE key_fp = %s GROUP BY dev", (fp,))}


def _runs(seqs: Sequence[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for s in seqs:
        if out and s == out[-1][1] + 1:
            out[-1][1] = s
        else:
            out.append([s, s])
    return out


def _digest(pairs: Iterable[tuple[int, bytes]]) -> str:
    h = hashlib.sha256()
    for seq, content in pairs:
        h.update(seq.to_bytes(8, "big"))
        h.update(content)
    return h.hexdigest()


def sign_batch(conn: psycopg.Connection[Any], keys: DeviceKeys, pusher: str, changes: Sequence[Change],
               secrets: HubSecrets | None = None, known: Mapping[tuple[str, int], bytes] | None = None) -> int:
    """Record a signed batch vouching for `changes` (their hashes as the hub keeps them: keyed for personal data,
    hub_secrets.stored_hash, or as `known` has them from the push); returns how many it covers."""
    by_dev: dict[str, dict[int, bytes]] = defaultdict(dict)
    known = known or {}
    for c in changes:
        digest = known.get((c.dev, c.seq))
        by_dev[c.dev][c.seq] = digest if digest is not None else stored_hash(c, secrets)
    if not by_dev:
        return 0
    origins: dict[str, dict[str, Any]] = {}
    for dev, hashes in sorted(by_dev.items()):
        seqs = sorted(hashes)
        origins[dev] = {"runs": _runs(seqs), "count": len(seqs), "digest": _digest((s, hashes[s]) for s in seqs)}
    body = json.dumps({"format": BATCH_FORMAT, "pusher": pusher, "key": keys.fingerprint,
                       "sign_key": b64(keys.sign_public), "origins": origins},
                      sort_keys=True, separators=(",", ":")).encode()
    row = conn.execute("INSERT INTO hub_batch (pusher, key_fp, body, sig) VALUES (%s, %s, %s, %s) RETURNING id",
                       (pusher, keys.fingerprint, body, keys.sign.sign(body))).fetchone()
    assert row is not None
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO hub_batch_origin (batch, dev, key_fp, seq_from, seq_to) VALUES (%s, %s, %s, %s, %s)",
            [(row[0], dev, keys.fingerprint, o["runs"][0][0], o["runs"][-1][1]) for dev, o in origins.items()])
    return sum(len(h) for h in by_dev.values())


# May the key `fp` (pushing as `pusher`) vouch for changes of `dev`? The laptop's own enrolment answers.
Vouches = Callable[[str, str, str], bool]


@dataclass
class Trusted:
    changes: list[Change]
    held_back: dict[str, int] = field(default_factory=dict)  # device -> changes no trusted signature covers


def trusted_changes(conn: psycopg.Connection[Any], changes: Sequence[Change], vouches: Vouches) -> Trusted:
    """The pulled changes a verified batch of a trusted key covers; the others are held back (left on the hub).

    Reads in the caller's snapshot (pull's REPEATABLE READ transaction), so batches and changes agree.
    """
    by_dev: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        by_dev[c.dev].append(c)
    out = Trusted([])
    for dev, group in sorted(by_dev.items()):
        seqs = [c.seq for c in group]
        covered: set[int] = set()
        for _batch, key_fp, pusher, body, sig in conn.execute(
                "SELECT b.id, b.key_fp, b.pusher, b.body, b.sig FROM hub_batch_origin o JOIN hub_batch b "
                "ON b.id = o.batch WHERE o.dev = %s AND o.seq_to >= %s AND o.seq_from <= %s ORDER BY b.id",
                (dev, min(seqs), max(seqs))).fetchall():
            if not vouches(str(key_fp), str(pusher), dev):
                continue
            runs = _verified_runs(conn, bytes(body), bytes(sig), str(key_fp), str(pusher), dev)
            if runs is not None:
                for first, last in runs:
                    covered.update(s for s in seqs if first <= s <= last)
            if len(covered) == len(seqs):
                break
        for c in group:
            if c.seq in covered:
                out.changes.append(c)
            else:
                out.held_back[dev] = out.held_back.get(dev, 0) + 1
    return out


def _verified_runs(conn: psycopg.Connection[Any], body: bytes, sig: bytes, key_fp: str, pusher: str,
                   dev: str) -> list[tuple[int, int]] | None:
    """The runs of `dev` a batch covers, when its signature, key and digest hold against the hub's content."""
    try:
        data = json.loads(body)
        sign_key = unb64(str(data["sign_key"]))
        if (data.get("format") != BATCH_FORMAT or data.get("key") != key_fp or fingerprint(sign_key) != key_fp
                or data.get("pusher") != pusher):
            return None
        Ed25519PublicKey.from_public_bytes(sign_key).verify(sig, body)
        origin = data["origins"][dev]
        runs = [(int(a), int(b)) for a, b in origin["runs"]]
    except (InvalidSignature, KeyError, TypeError, ValueError):
        return None
    pairs: list[tuple[int, bytes]] = []
    for first, last in runs:
        pairs.extend((int(s), bytes(h)) for s, h in conn.execute(
            "SELECT seq, hash FROM sync_change WHERE dev = %s AND seq BETWEEN %s AND %s ORDER BY seq",
            (dev, first, last)))
    if len(pairs) != int(origin.get("count", -1)) or _digest(pairs) != origin.get("digest"):
        return None
    return runs
