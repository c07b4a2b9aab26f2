"""Hub use cases: push this database's changes to a PostgreSQL hub, pull back what it lacks (CONTRACT.md `hub`)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Connection

from fieldapp.domain.errors import NotFoundError, StorageError, ValidationError
from fieldapp.services.context import Context
from fieldapp.services.progress import Progress, no_progress
from fieldapp.services.roles import require
from fieldapp.services.sync import read_file, reg_no_refusal, transaction
from fieldapp.storage.local_meta import checked_device_id, remember_device
from fieldapp.sync import hlc as clock
from fieldapp.sync import hub, hub_schema, hub_secrets, hub_trust
from fieldapp.sync.capture import capture_existing
from fieldapp.sync.changelog import Change, Key, observe_hlc, own_seq
from fieldapp.sync.exchange import own_vector
from fieldapp.sync.keys import DeviceKeys, own_keys, parse_key_file
from fieldapp.sync.merge import SequenceCollision, apply_changes
from fieldapp.sync.reg_numbers import RegNoClash, check_reg_numbers
from fieldapp.sync.trust import enrolment
from fieldapp.sync.validate import BadChange, check_changes

__all__ = ["HubError", "PullSummary", "PushSummary", "enrol", "pull", "push", "revoke"]

log = logging.getLogger(__name__)

class HubError(ValidationError):
    """A hub exchange refused or impossible (exit 1); the local database is left as it was."""


@dataclass(frozen=True)
class PushSummary:
    hub_device: str
    sent: int
    new: int
    winners: int
    renewed_device: bool
    blobs: int = 0  # photo blobs the hub did not have
    enrolled_first: bool = False  # the hub was empty: this key is now enrolled there as its office
    readable: int = 0  # rows of the analysts' tables (hub_schema) this push wrote
    readable_schema: str = "fieldapp"


@dataclass(frozen=True)
class PullSummary:
    hub_device: str
    received: int
    new: int
    new_rows: dict[str, int] = field(default_factory=dict)
    updated_fields: dict[str, int] = field(default_factory=dict)
    new_conflicts: list[Key] = field(default_factory=list)
    held_back: int = 0  # changes of a newer schema, left on the hub until this app is upgraded
    renewed_device: bool = False
    blobs: int = 0  # photo blobs received
    untrusted: dict[str, int] = field(default_factory=dict)  # device -> changes no key trusted here signed for


def _failed(host: str, exc: BaseException) -> HubError:
    return HubError("hub.failed", host=host, reason=hub.first_line(exc))


def _refused(exc: hub.HubRefused) -> HubError:
    return HubError(exc.code, host=exc.host, **exc.params)


# What any exchange with the hub can meet, whatever it does: caught last, after each use case's own.
_HUB_FAILURES = (hub.HubUnreachable, hub.HubRefused, hub_trust.NotEnrolledAtHub, hub_secrets.NoDataKey, psycopg.Error)


def _hub_error(host: str, exc: BaseException) -> HubError:
    """One of _HUB_FAILURES as the message the user reads (no password, the hub named by host)."""
    if isinstance(exc, hub.HubUnreachable):
        return HubError("hub.unreachable", host=exc.host, reason=exc.reason)
    if isinstance(exc, hub.HubRefused):
        return _refused(exc)
    if isinstance(exc, hub_secrets.NoDataKey):
        return HubError(f"hub.data_key_{exc.reason}", host=host)
    if isinstance(exc, hub_trust.NotEnrolledAtHub):
        return HubError("hub.revoked" if exc.revoked else "hub.not_enrolled", host=host, fingerprint=exc.fingerprint)
    return _failed(host, exc)


def push(ctx: Context, url: str, *, progress: Progress = no_progress) -> PushSummary:
    """Send every change the hub lacks, in one PostgreSQL transaction; refused as a whole on a reused number.

    The local transaction commits before the hub's: a lost hub commit then only leaves a push mark that is too
    high, and the next push starts from the hub's own vector anyway (min of both), so nothing is skipped.
    """
    require(ctx, "hub.push")
    host = hub.describe(url)
    progress(0, 4, "hub push")
    try:
        with hub.connect(url) as pg:
            hub_device = hub.open_hub(pg)
            progress(1, 4, "hub push")
            # The hub's transaction is the outer one: it commits (or rolls back) after the local one.
            with pg.transaction(), transaction(ctx) as conn:
                vector = hub.lock_for_push(pg)
                me = checked_device_id(conn)
                renewed = hub.continue_as_new_device(conn, me, vector.max_seq.get(me, 0))
                if renewed:
                    log.info("the hub holds newer changes of this device: it continues as a new device")
                    me = checked_device_id(conn)
                capture_existing(conn)
                own_vector(conn)
                keys = own_keys(conn)
                standing = hub_trust.check_pusher(pg, keys)
                ours = hub.register_origins(conn)
                floors = dict(vector.contiguous)
                # Our own range starts at what we pushed last: an unnoticed copy of this file that numbered other
                # changes under our id is then caught by the hash check, even below the hub's contiguous mark.
                floors[me] = min(vector.contiguous.get(me, 0), hub.push_floor(conn, hub_device, me))
                changes = hub.changes_to_push(conn, floors)
                # What this key signs for: a laptop only its own changes, an office (the hub's first pusher, or a
                # key the hub enrolled to relay) the merged state it holds. Every laptop that pulls checks again.
                vouched = hub.changes_to_push(conn, hub_trust.vouch_marks(pg, keys.fingerprint))
                if not standing.relay:
                    changes = [c for c in changes if c.dev == me]
                    vouched = [c for c in vouched if c.dev == me]
                    ours = {me: ours[me]} if me in ours else {}
                blobs = _blobs_to_push(ctx, pg, hub.photo_digests(conn))
                secrets = _secrets(pg, conn, keys, office=standing.relay)
                progress(2, 4, "hub push")
                result = hub.push_changes(pg, me, changes, ours, secrets)
                hub_trust.sign_batch(pg, keys, me, vouched, secrets, result.hashes)
                if standing.relay:  # a hub from before personal data was sealed: sealed now, and vouched for again
                    resealed, hashes = hub_secrets.seal_clear(pg, secrets)
                    hub_trust.sign_batch(pg, keys, me, resealed, secrets, hashes)
                sent_blobs = hub.push_blobs(pg, blobs)
                readable = hub_schema.update(pg, secrets, pushed=result.new > 0,
                                             known={(c.dev, c.seq): c.value for c in changes})
                schema = hub_schema.readable_schema(pg)
                hub.set_push_floor(conn, hub_device, me, own_seq(conn))
                progress(3, 4, "hub push")
            remember_device_safely(ctx)
    except SequenceCollision as exc:
        raise HubError("hub.collision", host=host, device=exc.dev, seq=exc.seq) from None
    except hub.BlobMismatch as exc:
        raise HubError("hub.blob_corrupt", host=host, path=str(ctx.blob_store.path(exc.digest))) from None
    except psycopg.errors.CheckViolation as exc:
        # The hub's own check of a blob's hash: only reachable when this side's check was bypassed.
        raise HubError("hub.blob_refused", host=host, reason=hub.first_line(exc)) from None
    except _HUB_FAILURES as exc:
        raise _hub_error(host, exc) from None
    progress(4, 4, "hub push")
    log.info("pushed %d changes and %d photos to hub %s (%d new, %d readable rows written)", result.sent, sent_blobs,
             hub_device, result.new, readable)
    return PushSummary(hub_device, result.sent, result.new, result.winners, renewed, sent_blobs,
                       enrolled_first=standing.first, readable=readable, readable_schema=schema)


def _secrets(pg: psycopg.Connection[Any], conn: Connection, keys: DeviceKeys, *,
             office: bool) -> hub_secrets.HubSecrets:
    """The hub's data key for this push (hub_secrets): an office makes it on a hub that has none and wraps it for
    every enrolled device that lacks it; a laptop opens its own wrap, written by an office it trusts."""
    trust = enrolment(conn)
    if office:
        return hub_secrets.office_secrets(pg, keys, trust.may_relay)
    return hub_secrets.device_secrets(pg, keys, trust.may_relay)


def _blobs_to_push(ctx: Context, pg: psycopg.Connection[Any], digests: set[str]) -> dict[str, bytes]:
    """The photo bytes the hub lacks, as this laptop has them (a photo whose bytes never reached it is skipped).

    Bytes that do not match their name (or a sealed file that fails its check) refuse the whole push (BlobMismatch):
    a damaged photo must be noticed, not quietly left behind.
    """
    out: dict[str, bytes] = {}
    store = ctx.blob_store
    for digest in sorted(digests - hub.blobs_held(pg, digests)):
        if not store.has(digest):
            continue
        try:
            out[digest] = store.get(digest)
        except StorageError as exc:
            if exc.code == "photo.missing":
                continue
            raise hub.BlobMismatch(digest) from None  # damaged or tampered: the push is refused naming the file
    return out


def _blobs_lacking(ctx: Context, conn: Connection) -> hub.WantBlobs:
    """For pull: the blobs of the photo rows this laptop has or is about to get, that its blob store lacks."""
    held = hub.photo_digests(conn)
    store = ctx.blob_store

    def wanted(changes: Sequence[Change]) -> set[str]:
        return {d for d in held | hub.photo_digests_in(changes) if not store.has(d)}

    return wanted


def remember_device_safely(ctx: Context) -> None:
    """Record the highest own change that left this file, so a backup restored later is noticed (as export does)."""
    with transaction(ctx) as conn:
        remember_device(conn, exported_seq=own_seq(conn))


def pull(ctx: Context, url: str, *, progress: Progress = no_progress) -> PullSummary:
    """Fetch what this database lacks by its version vector and merge it in one local transaction (idempotent)."""
    require(ctx, "hub.pull")
    host = hub.describe(url)
    progress(0, 3, "hub pull")
    try:
        with hub.connect(url) as pg:
            hub_device = hub.open_hub(pg)
            with transaction(ctx, foreign_keys=False) as conn:
                own_vector(conn)
                vector = hub.register_origins(conn)
                trust = enrolment(conn)
                keys = own_keys(conn)
                pulled = hub.pull_changes(pg, vector, _blobs_lacking(ctx, conn), trust.vouches,
                                          lambda: hub_secrets.device_secrets(pg, keys, trust.may_relay))
                check_changes(pulled.changes)  # names and values from the hub, as from any package
                progress(1, 3, "hub pull")
                me = checked_device_id(conn)
                renewed = hub.continue_as_new_device(
                    conn, me, max((c.seq for c in pulled.changes if c.dev == me), default=0))
                check_reg_numbers(conn, pulled.changes)
                applied = apply_changes(conn, pulled.changes)
                top = max((c.hlc for c in pulled.changes), default=0)
                if top and not clock.is_suspicious(top, clock.wall_ms(None)):
                    observe_hlc(conn, top)
                # Verified by pull_changes(); written before the local commit, so a photo row never lands without
                # its bytes (a blob left over by a failed commit is harmless: it is named by its content).
                store = ctx.blob_store
                for content in pulled.blobs.values():
                    store.put(content)
                progress(2, 3, "hub pull")
    except SequenceCollision as exc:
        raise ValidationError("sync.collision", device=exc.dev, seq=exc.seq) from None
    except RegNoClash as exc:
        raise reg_no_refusal(exc) from None
    except BadChange as exc:
        raise HubError(exc.code, host=host, **exc.params) from None
    except _HUB_FAILURES as exc:
        raise _hub_error(host, exc) from None
    progress(3, 3, "hub pull")
    return PullSummary(hub_device, applied.received, applied.new, dict(applied.new_rows),
                       dict(applied.updated_fields), list(applied.new_conflicts), pulled.newer_schema, renewed,
                       len(pulled.blobs), dict(pulled.untrusted))


OfficeWork = Callable[[psycopg.Connection[Any], DeviceKeys, Callable[[str], bool]], str | bool]


def _as_hub_office(ctx: Context, url: str, act: str, work: OfficeWork) -> Any:
    """Run `work` on the hub as this database's key, which must be the hub's office (or meet an empty hub).

    The hub checks nothing itself (it is a database, not a server of ours): this keeps the app's users from
    enrolling keys by mistake; what stops a forger is that every laptop verifies the signatures it pulls.
    """
    host = hub.describe(url)
    try:
        with hub.connect(url) as pg:
            hub.open_hub(pg)
            with pg.transaction(), transaction(ctx, rollback=True) as conn:
                hub.lock_for_push(pg)
                keys = own_keys(conn)
                standing = hub_trust.check_pusher(pg, keys)
                if not standing.relay:
                    raise HubError("hub.not_office", host=host, act=act)
                return work(pg, keys, enrolment(conn).may_relay)
    except _HUB_FAILURES as exc:
        raise _hub_error(host, exc) from None


def enrol(ctx: Context, url: str, key_file: Path, *, office: bool = False) -> str:
    """Let the device of `key_file` push to the hub (as an office: also other devices' changes it holds)."""
    require(ctx, "hub.enrol")
    parsed = parse_key_file(read_file(key_file), str(key_file))

    def work(pg: psycopg.Connection[Any], keys: DeviceKeys, may_relay: Callable[[str], bool]) -> str:
        fp = hub_trust.enrol_at_hub(pg, parsed.sign_key, parsed.device, parsed.name, relay=office,
                                    box_key=parsed.box_key)
        # The new device gets the hub's data key, wrapped for its box key (made now when the hub had none).
        hub_secrets.drop_wrap(pg, fp)
        hub_secrets.office_secrets(pg, keys, may_relay)
        return fp

    fp: str = _as_hub_office(ctx, url, "enroll", work)
    return fp


def revoke(ctx: Context, url: str, fingerprint: str) -> None:
    """The key can no longer push through the app; what it pushed stays, and laptops judge it by their own
    enrolment."""
    require(ctx, "hub.revoke")

    def work(pg: psycopg.Connection[Any], _keys: DeviceKeys, _may_relay: Callable[[str], bool]) -> bool:
        hub_secrets.drop_wrap(pg, fingerprint)  # it has seen the key: what it pushed before stays readable to it
        return hub_trust.revoke_at_hub(pg, fingerprint)

    if not _as_hub_office(ctx, url, "revoke", work):
        raise NotFoundError("sync.unknown_key", "fingerprint", id=fingerprint)
