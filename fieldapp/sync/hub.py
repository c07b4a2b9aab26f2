"""The PostgreSQL hub of SYNC.md: a peer whose change log, field winners and version vector live in PostgreSQL.

Push: COPY into a staging table, refuse reused sequence numbers, append, guarded upsert; pull: what a vector lacks.
Photo blobs go along in the same transactions, verified against their SHA-256 on both sides.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from fieldapp.domain.ids import uuid7
from fieldapp.storage.local_meta import Bind, get_meta, set_meta
from fieldapp.sync.changelog import (
    Change,
    changes_above,
    dbapi,
    field_changes,
    version_vector,
)
from fieldapp.sync.changelog import continue_as_new_device as continue_as_new_device  # re-exported for services
from fieldapp.sync.changelog import register_origins as register_all_origins
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.hub_secrets import SECRETS_DDL, HubSecrets, NoDataKey, is_sealed, stored_form
from fieldapp.sync.hub_trust import TRUST_DDL, Vouches, trusted_changes
from fieldapp.sync.merge import SequenceCollision
from fieldapp.sync.package import unpack_value

HUB_FORMAT = "1"
# Advisory-lock class of the hub; the second key is the hash of the hub's schema, so hubs in one database do not
# block each other.
LOCK_CLASS = 0x66686221
CONNECT_TIMEOUT_S = 10
PUSH_MARK = "hub.pushed."  # local_meta prefix + hub device id: "device:seq" of our own changes last pushed there

# Collation "C" on every id: the winner order compares device ids bytewise, as SQLite does; a locale collation
# could order two devices differently on the hub than on the laptops.
DDL = (
    "CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    # value: msgpack of the field's value, so text, integer, real, bytes and NULL come back exactly as they went.
    'CREATE TABLE IF NOT EXISTS sync_change (dev text COLLATE "C" NOT NULL, seq bigint NOT NULL, '
    'hlc bigint NOT NULL, tbl text COLLATE "C" NOT NULL, row_id text COLLATE "C" NOT NULL, '
    'field text COLLATE "C" NOT NULL, value bytea NOT NULL, bases text, author text, schema_version integer NOT NULL, '
    'hash bytea NOT NULL, pushed_by text COLLATE "C" NOT NULL, pushed_at timestamptz NOT NULL DEFAULT now(), '
    "PRIMARY KEY (dev, seq))",
    'CREATE TABLE IF NOT EXISTS sync_winner (tbl text COLLATE "C" NOT NULL, row_id text COLLATE "C" NOT NULL, '
    'field text COLLATE "C" NOT NULL, hlc bigint NOT NULL, dev text COLLATE "C" NOT NULL, seq bigint NOT NULL, '
    "PRIMARY KEY (tbl, row_id, field))",
    'CREATE TABLE IF NOT EXISTS sync_device (dev text COLLATE "C" PRIMARY KEY, contiguous bigint NOT NULL, '
    "max_seq bigint NOT NULL)",
    'CREATE TABLE IF NOT EXISTS hub_pusher (dev text COLLATE "C" PRIMARY KEY, first_push timestamptz NOT NULL, '
    "last_push timestamptz NOT NULL, pushes integer NOT NULL, changes bigint NOT NULL)",
)
# Photo bytes, content-addressed like the laptops' blob store. The checks make PostgreSQL verify every blob itself,
# whoever writes it: bytes that do not hash to their name never get in.
BLOB_DDL = (
    'CREATE TABLE IF NOT EXISTS hub_blob (sha256 text COLLATE "C" PRIMARY KEY, data bytea NOT NULL, '
    "size bigint NOT NULL, CONSTRAINT hub_blob_size CHECK (size = octet_length(data)), "
    "CONSTRAINT hub_blob_hash CHECK (sha256 = encode(sha256(data), 'hex')))"
)
STAGE_COLUMNS = ("dev", "seq", "hlc", "tbl", "row_id", "field", "value", "bases", "author", "schema_version", "hash")
STAGE_TYPES = ("text", "int8", "int8", "text", "text", "text", "bytea", "text", "text", "int4", "bytea")
STAGE_DDL = (
    'CREATE TEMP TABLE hub_stage (dev text COLLATE "C", seq bigint, hlc bigint, tbl text COLLATE "C", '
    'row_id text COLLATE "C", field text COLLATE "C", value bytea, bases text, author text, schema_version integer, '
    "hash bytea) ON COMMIT DROP"
)
# SYNC.md's guarded upsert. DISTINCT ON keeps one change per field: PostgreSQL refuses an ON CONFLICT DO UPDATE
# that touches one row twice in a statement, and the best of the batch is the only one that can win anyway.
UPSERT_WINNERS = (
    "INSERT INTO sync_winner AS w (tbl, row_id, field, hlc, dev, seq) "
    "SELECT DISTINCT ON (tbl, row_id, field) tbl, row_id, field, hlc, dev, seq FROM hub_stage "
    "ORDER BY tbl, row_id, field, hlc DESC, dev DESC, seq DESC "
    "ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev, seq = excluded.seq "
    "WHERE (excluded.hlc, excluded.dev, excluded.seq) > (w.hlc, w.dev, w.seq)"
)
PULL = (
    f"SELECT {', '.join('c.' + c for c in STAGE_COLUMNS)} FROM sync_change c "
    "LEFT JOIN unnest(%s::text[], %s::bigint[]) AS v(dev, n) ON v.dev COLLATE \"C\" = c.dev "
    "WHERE c.seq > coalesce(v.n, 0) AND c.schema_version <= %s ORDER BY c.dev, c.seq"
)


class HubUnreachable(Exception):
    """The hub cannot be reached or refused the connection; `host` names it without any password."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"{host}: {reason}")
        self.host = host
        self.reason = reason


class HubRefused(Exception):
    """The hub is reachable but cannot be used: `code` says why (no schema, damaged content)."""

    def __init__(self, code: str, host: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.host = host
        self.params = params


def describe(url: str) -> str:
    """host:port/dbname of a connection URL, never its password."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return url.split("@")[-1].split("?")[0] if "@" in url else "?"
    return f"{info.get('host') or 'localhost'}:{info.get('port') or 5432}/{info.get('dbname') or ''}"


def first_line(exc: BaseException) -> str:
    return next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)


def _is_local(host: str) -> bool:
    if not host or host == "localhost" or host.startswith("/"):  # a Unix socket's folder
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tls_mode(url: str) -> str | None:
    """TLS by default: `sslmode=require` unless the URL (or PGSSLMODE) says otherwise or every host is this machine
    (a Unix socket, localhost, a loopback address): the hub's data crosses the network encrypted. None: libpq's
    own choice stands."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return None
    if info.get("sslmode") or os.environ.get("PGSSLMODE"):
        return None
    hosts = str(info.get("host") or os.environ.get("PGHOST") or "").split(",")
    return None if all(_is_local(h.strip()) for h in hosts) else "require"


@contextmanager
def connect(url: str) -> Iterator[psycopg.Connection[Any]]:
    """An autocommit connection (transactions are explicit blocks), over TLS unless local (tls_mode);
    HubUnreachable when there is none."""
    host = describe(url)
    if not url.startswith(("postgresql://", "postgres://")):
        raise HubUnreachable(host if "@" in url else url, "not a postgresql:// URL")
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                               sslmode=tls_mode(url))
    except psycopg.Error as exc:
        raise HubUnreachable(host, first_line(exc)) from None
    try:
        yield conn
    finally:
        conn.close()


def open_hub(conn: psycopg.Connection[Any]) -> str:
    """The hub's device id; creates the hub's tables in the first schema of the search path on first use."""
    with conn.transaction():
        schema = conn.execute("SELECT current_schema()").fetchone()
        if schema is None or schema[0] is None:
            raise HubRefused("hub.no_schema", describe_conn(conn))
        if conn.execute("SELECT to_regclass('hub_meta')").fetchone() in (None, (None,)):
            # Two laptops may meet an empty hub at once: CREATE ... IF NOT EXISTS alone still races in the catalog.
            conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (LOCK_CLASS,))
            for statement in DDL:
                conn.execute(statement)
            conn.execute("INSERT INTO hub_meta VALUES ('device', %s), ('format', %s), ('schema_version', %s) "
                         "ON CONFLICT (key) DO NOTHING", (uuid7(), HUB_FORMAT, str(SCHEMA_VERSION)))
        if conn.execute("SELECT to_regclass('hub_blob')").fetchone() in (None, (None,)):
            # Also on a hub made before photos travelled through it.
            conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (LOCK_CLASS,))
            conn.execute(BLOB_DDL)
        if conn.execute("SELECT to_regclass('hub_batch_origin')").fetchone() in (None, (None,)):
            # Also on a hub made before pushes were signed.
            conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (LOCK_CLASS,))
            for statement in TRUST_DDL:
                conn.execute(statement)
        if conn.execute("SELECT to_regclass('hub_data_key')").fetchone() in (None, (None,)):
            # Also on a hub made before personal data was sealed there.
            conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (LOCK_CLASS,))
            for statement in SECRETS_DDL:
                conn.execute(statement)
        row = conn.execute("SELECT value FROM hub_meta WHERE key = 'device'").fetchone()
    if row is None:
        raise HubRefused("hub.damaged", describe_conn(conn))
    return str(row[0])


def describe_conn(conn: psycopg.Connection[Any]) -> str:
    info = conn.info
    return f"{info.host}:{info.port}/{info.dbname}"


@dataclass
class HubVector:
    """Per origin device on the hub: contiguous sequence mark and highest sequence held."""

    contiguous: dict[str, int] = field(default_factory=dict)
    max_seq: dict[str, int] = field(default_factory=dict)


def lock_for_push(conn: psycopg.Connection[Any]) -> HubVector:
    """Serialise pushes to this hub (inside the caller's transaction) and read its vector after the lock.

    The guarded upsert and the unique (dev, seq) already keep concurrent pushes from losing a winner; the lock
    also keeps the vector's contiguous marks exact and rules out deadlocks between overlapping batches.
    """
    conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (LOCK_CLASS,))
    vector = HubVector()
    for dev, contiguous, max_seq in conn.execute("SELECT dev, contiguous, max_seq FROM sync_device"):
        vector.contiguous[dev] = int(contiguous)
        vector.max_seq[dev] = int(max_seq)
    return vector


@dataclass
class PushResult:
    sent: int = 0
    new: int = 0
    winners: int = 0  # fields whose winner on the hub is now one of the pushed changes
    devices: list[str] = field(default_factory=list)
    hashes: dict[tuple[str, int], bytes] = field(default_factory=dict)  # (dev, seq) -> hash as stored (sign_batch)


def _stage_row(c: Change, secrets: HubSecrets | None) -> tuple[Any, ...]:
    value, digest = stored_form(c, secrets)
    return (c.dev, c.seq, c.hlc, c.tbl, c.row_id, c.field, value, c.bases_text, c.author, c.schema_version, digest)


def push_changes(conn: psycopg.Connection[Any], pusher: str, changes: Sequence[Change],
                 vector: dict[str, int] | None = None, secrets: HubSecrets | None = None) -> PushResult:
    """Append `changes` to the hub inside the caller's transaction (after lock_for_push()).

    Personal data is sealed with `secrets` (hub_secrets.stored_form): NoDataKey, before anything is written, when a
    change carries some and there are none.

    `vector` is the pusher's: when `changes` hold everything it has above the hub's marks, the hub holds all it
    holds afterwards, so the hub's contiguous marks rise to the pusher's (numbers a device never used included).
    Raises SequenceCollision, before anything is applied, when one (dev, seq) is on the hub with other content.
    """
    result = PushResult(sent=len(changes))
    if not changes:
        with conn.cursor() as cur:
            for dev, mark in sorted((vector or {}).items()):
                _advance_vector(cur, dev, mark)
        return result
    conn.execute(STAGE_DDL)
    with conn.cursor() as cur:
        with cur.copy(f"COPY hub_stage ({', '.join(STAGE_COLUMNS)}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(list(STAGE_TYPES))
            for c in changes:
                row = _stage_row(c, secrets)
                result.hashes[(c.dev, c.seq)] = row[-1]
                copy.write_row(row)
        clash = cur.execute(
            "SELECT s.dev, s.seq FROM hub_stage s JOIN sync_change c ON c.dev = s.dev AND c.seq = s.seq "
            "WHERE c.hash <> s.hash ORDER BY s.dev, s.seq LIMIT 1").fetchone()
        if clash is None:
            # A laptop's log holds each (dev, seq) once, but a caller's list might not: keep the first.
            clash = cur.execute(
                "SELECT dev, seq FROM hub_stage GROUP BY dev, seq HAVING count(DISTINCT hash) > 1 LIMIT 1").fetchone()
        if clash is not None:
            raise SequenceCollision(str(clash[0]), int(clash[1]))
        cur.execute(
            f"INSERT INTO sync_change ({', '.join(STAGE_COLUMNS)}, pushed_by) "
            f"SELECT DISTINCT ON (dev, seq) {', '.join(STAGE_COLUMNS)}, %s FROM hub_stage "
            "ON CONFLICT (dev, seq) DO NOTHING", (pusher,))
        result.new = max(cur.rowcount, 0)
        cur.execute(UPSERT_WINNERS)
        result.winners = max(cur.rowcount, 0)
        result.devices = [str(d) for (d,) in cur.execute("SELECT DISTINCT dev FROM hub_stage ORDER BY dev")]
        for dev in sorted({*result.devices, *(vector or {})}):
            _advance_vector(cur, dev, (vector or {}).get(dev, 0))
        cur.execute(
            "INSERT INTO hub_pusher AS p VALUES (%s, now(), now(), 1, %s) ON CONFLICT (dev) DO UPDATE SET "
            "last_push = now(), pushes = p.pushes + 1, changes = p.changes + excluded.changes", (pusher, result.new))
    return result


def _advance_vector(cur: psycopg.Cursor[Any], dev: str, floor: int = 0) -> None:
    """Move `dev`'s contiguous mark to `floor` at least, then over the changes now present (the rule of
    changelog.recompute_vector)."""
    cur.execute("INSERT INTO sync_device VALUES (%s, 0, 0) ON CONFLICT (dev) DO NOTHING", (dev,))
    row = cur.execute("SELECT contiguous FROM sync_device WHERE dev = %s", (dev,)).fetchone()
    start = max(int(row[0]) if row else 0, floor)
    top = cur.execute("SELECT max(seq), count(*) FROM sync_change WHERE dev = %s AND seq > %s", (dev, start)).fetchone()
    max_seq = int(top[0]) if top and top[0] is not None else start
    count = int(top[1]) if top else 0
    if max_seq - start == count:
        contiguous = max_seq
    else:
        found = cur.execute(
            "SELECT min(x.seq) FROM (SELECT seq FROM sync_change WHERE dev = %s AND seq > %s UNION ALL SELECT %s) x "
            "WHERE NOT EXISTS (SELECT 1 FROM sync_change n WHERE n.dev = %s AND n.seq = x.seq + 1)",
            (dev, start, start, dev)).fetchone()
        contiguous = int(found[0]) if found and found[0] is not None else start
    cur.execute("UPDATE sync_device SET contiguous = %s, max_seq = GREATEST(max_seq, %s) WHERE dev = %s",
                (contiguous, max_seq, dev))


# --- photo blobs ------------------------------------------------------------------------------------------------------


class BlobMismatch(Exception):
    """Bytes offered as a photo blob do not hash to its name: nothing of the push may be written."""

    def __init__(self, digest: str) -> None:
        super().__init__(f"blob {digest} does not match its SHA-256")
        self.digest = digest


def blob_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def blobs_held(conn: psycopg.Connection[Any], digests: Collection[str]) -> set[str]:
    """Which of `digests` the hub has (asked before sending, so a photo crosses the network once)."""
    if not digests:
        return set()
    rows = conn.execute("SELECT sha256 FROM hub_blob WHERE sha256 = ANY(%s::text[])", (sorted(digests),))
    return {str(d) for (d,) in rows}


def push_blobs(conn: psycopg.Connection[Any], blobs: dict[str, bytes]) -> int:
    """Store photo blobs inside the caller's transaction (the push's); returns how many were new.

    Checked here and again by the table's constraints on the server: BlobMismatch before anything is sent.
    """
    for digest, data in blobs.items():
        if blob_digest(data) != digest:
            raise BlobMismatch(digest)
    new = 0
    with conn.cursor() as cur:
        for digest, data in sorted(blobs.items()):
            cur.execute("INSERT INTO hub_blob (sha256, data, size) VALUES (%s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                        (digest, data, len(data)))
            new += max(cur.rowcount, 0)
    return new


def _pull_blobs(conn: psycopg.Connection[Any], wanted: Collection[str]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    if not wanted:
        return out
    for digest, data in conn.execute("SELECT sha256, data FROM hub_blob WHERE sha256 = ANY(%s::text[])",
                                     (sorted(wanted),)):
        content = bytes(data)
        # The table's check stops bad bytes on the way in; this catches a hub whose checks were dropped.
        if blob_digest(content) != digest:
            raise HubRefused("hub.damaged_blob", describe_conn(conn), digest=digest)
        out[str(digest)] = content
    return out


@dataclass
class Pulled:
    changes: list[Change]
    newer_schema: int  # changes held back: written by a newer app than this one
    blobs: dict[str, bytes] = field(default_factory=dict)  # photo bytes the caller asked for, verified
    untrusted: dict[str, int] = field(default_factory=dict)  # device -> changes no signature trusted here covers


# Given the pulled changes: the photo blobs the laptop lacks for the photo rows it will have.
WantBlobs = Callable[[Sequence[Change]], Collection[str]]
# The hub's data key as this laptop may use it (hub_secrets.device_secrets), asked only when a sealed value comes.
SecretsFor = Callable[[], HubSecrets]


def pull_changes(conn: psycopg.Connection[Any], vector: dict[str, int], want_blobs: WantBlobs | None = None,
                 vouches: Vouches | None = None, secrets: SecretsFor | None = None) -> Pulled:
    """Every change on the hub above `vector` (a laptop's), and the blobs `want_blobs` names, from one snapshot;
    HubRefused for damaged content. With `vouches` (the laptop's enrolment), only the changes a signed batch of a
    key it trusts covers (hub_trust); the others stay on the hub, counted in `untrusted`. Sealed personal data is
    opened with `secrets` (NoDataKey without)."""
    devs = sorted(vector)
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        rows = conn.execute(PULL, (devs, [vector[d] for d in devs], SCHEMA_VERSION)).fetchall()
        newer = conn.execute(
            "SELECT count(*) FROM sync_change c LEFT JOIN unnest(%s::text[], %s::bigint[]) AS v(dev, n) "
            "ON v.dev COLLATE \"C\" = c.dev WHERE c.seq > coalesce(v.n, 0) AND c.schema_version > %s",
            (devs, [vector[d] for d in devs], SCHEMA_VERSION)).fetchone()
        changes = _checked_changes(conn, rows, secrets)
        untrusted: dict[str, int] = {}
        if vouches is not None:
            trusted = trusted_changes(conn, changes, vouches)
            changes, untrusted = trusted.changes, trusted.held_back
        blobs = _pull_blobs(conn, want_blobs(changes)) if want_blobs is not None else {}
    return Pulled(changes, int(newer[0]) if newer else 0, blobs, untrusted)


def _missing_secrets() -> HubSecrets:
    raise NoDataKey("missing")


def _checked_changes(conn: psycopg.Connection[Any], rows: Sequence[Sequence[Any]],
                     secrets_for: SecretsFor | None = None) -> list[Change]:
    secrets: HubSecrets | None = None
    changes = []
    for dev, seq, hlc, tbl, row_id, fld, packed, bases, author, schema, digest in rows:
        # The hash was computed by the pushing laptop; a row edited on the server since would merge silently wrong.
        raw = bytes(packed)
        try:
            if is_sealed(raw):
                if secrets is None:
                    secrets = (secrets_for or _missing_secrets)()
                value = secrets.open_value(raw, dev, int(seq), tbl, row_id, fld)
            else:
                value = unpack_value(raw)  # within a package's limits: not a list, map or giant string
            change = Change(dev, int(seq), int(hlc), tbl, row_id, fld, value, bases, author, int(schema))
            expected = secrets.mac(change.content_hash()) if is_sealed(raw) and secrets else change.content_hash()
            intact = isinstance(value, str | int | float | bytes | None) and expected == bytes(digest)
        except ValueError:  # not a value within those limits, or bases that are not "dev:seq dev:seq"
            intact = False
        if not intact:
            raise HubRefused("hub.damaged_change", describe_conn(conn), device=dev, seq=seq)
        changes.append(change)
    return changes


# --- the laptop's side ------------------------------------------------------------------------------------------------


def push_floor(bind: Bind, hub_device: str, me: str) -> int:
    """Our own changes up to this number were pushed to this hub already (0: never, or under another id)."""
    mark = get_meta(bind, PUSH_MARK + hub_device) or ""
    dev, _, seq = mark.rpartition(":")
    return int(seq) if dev == me and seq.isdigit() else 0


def set_push_floor(bind: Bind, hub_device: str, me: str, seq: int) -> None:
    set_meta(bind, PUSH_MARK + hub_device, f"{me}:{seq}")


def register_origins(bind: Bind) -> dict[str, int]:
    """This database's version vector, after giving every origin in the log its entry."""
    cur = dbapi(bind).cursor()
    try:
        register_all_origins(cur)
        return version_vector(cur)
    finally:
        cur.close()


def changes_to_push(bind: Bind, floors: dict[str, int]) -> list[Change]:
    """Every change of this database above `floors` (per origin device; absent = everything)."""
    cur = dbapi(bind).cursor()
    try:
        return changes_above(cur, floors)
    finally:
        cur.close()


def photo_digests(bind: Bind) -> set[str]:
    """The blob names of every photo row of this database (tombstoned ones too: their bytes may still be asked for)."""
    cur = dbapi(bind).cursor()
    try:
        return {str(d) for (d,) in cur.execute("SELECT DISTINCT sha256 FROM photo")}
    finally:
        cur.close()


def photo_digests_in(changes: Sequence[Change]) -> set[str]:
    return {c.value for c in field_changes(changes, "photo", ("sha256",)) if isinstance(c.value, str)}
