"""Who may open a database: a new database with its first coordinator (`init`), accounts added, listed, given new
passwords and disabled, and `protect`, which encrypts a plain database in place. The command line and the window
both come here, so the rules (coordinator only; the last coordinator stays) are the same for both."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError, NotFoundError, StorageError, ValidationError
from fieldapp.domain.messages import render
from fieldapp.services.campaigns import ensure_default_directions
from fieldapp.services.context import Context
from fieldapp.services.roles import RoleRefused, require
from fieldapp.storage.accounts import add_account, list_accounts, set_password, verify
from fieldapp.storage.database import open_database
from fieldapp.storage.engine import KEY_BYTES, is_plain_sqlite, keyring_path, make_engine
from fieldapp.storage.files import atomic_path
from fieldapp.storage.local_meta import DEVICE_PATH, set_meta
from fieldapp.storage.protection import (
    add_key_slot,
    is_protected,
    remove_key_slot,
    slot_usernames,
    unlock,
    write_keyring,
)
from fieldapp.storage.tables import Account, Member
from fieldapp.sync.digest import digest as compute_digest

__all__ = [
    "AccountInfo",
    "Created",
    "Protected",
    "add_user",
    "change_own_password",
    "change_password",
    "disable_user",
    "init_database",
    "list_users",
    "may_add_account",
    "may_change_password",
    "protect_database",
]

log = logging.getLogger(__name__)


# -- results -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Created:
    """What `init` made: the database, its key file (None: unprotected), the coordinator, the directions listed."""

    path: Path
    keyring: Path | None
    username: str
    directions: int

    def lines(self, lang: str = "ru") -> list[str]:
        first = (render("init.created_protected", lang, path=self.path, keyring=self.keyring) if self.keyring
                 else render("init.created_plain", lang, path=self.path))
        return [first, render("init.first_account", lang, username=self.username),
                render("init.directions", lang, count=self.directions)]


@dataclass(frozen=True, slots=True)
class AccountInfo:
    username: str
    role: str
    member: str | None  # the linked member's full name
    disabled: bool
    key_slot: bool | None  # whether the key file lets this account in (None: the database is not protected)

    def as_json(self) -> dict[str, Any]:
        return {"user": self.username, "role": self.role, "member": self.member, "disabled": self.disabled,
                "key_slot": self.key_slot}


@dataclass(frozen=True, slots=True)
class Protected:
    """What `protect` did: the key file written, the digest both files share, accounts that need a new password."""

    path: Path
    keyring: Path
    digest: str
    without_slot: tuple[str, ...]

    def lines(self, lang: str = "ru") -> list[str]:
        lines = [render("protect.done", lang, path=self.path, keyring=self.keyring, digest=self.digest)]
        lines += [render("protect.no_slot", lang, username=name) for name in self.without_slot]
        return lines


# -- init ----------------------------------------------------------------------------------------------------------


def _credentials(username: str, password: str) -> str:
    username = username.strip()
    if not username:
        raise ValidationError("required", "username")
    if not password:
        raise ValidationError("required", "password")
    return username


def init_database(path: str | Path, username: str, password: str, *, protected: bool = True) -> Created:
    """Create a new database at `path`: the seeded list of directions and one coordinator account, nothing else;
    encrypted with a new key wrapped for that account in the key file beside it unless `protected` is False.

    An existing file (or key file) is refused and left alone. The database is built under a temporary name and
    renamed into place whole: a failed or killed `init` leaves no half-made file to block the next try.
    """
    path = Path(path)
    username = _credentials(username, password)
    keys = keyring_path(path)
    if path.exists() or path.is_symlink():
        raise StorageError("init.exists", path=path)
    if protected and keys.exists():
        raise StorageError("init.exists", path=keys)
    key = os.urandom(KEY_BYTES) if protected else None
    with atomic_path(path, make_folder=True, database=True) as building:
        db = open_database(building, key, create=True)
        try:
            directions = ensure_default_directions(Context(db=db))
            with db.session() as session:
                add_account(session, username, password, Role.COORDINATOR, _acting_member(session, username))
                # The file records where it lives (a copy elsewhere takes a new device id): its place after the
                # rename, not the temporary one it is built at.
                set_meta(session, DEVICE_PATH, str(path.parent.resolve() / path.name))
            _checkpoint(db.engine)
        finally:
            db.close()
        if key is not None:
            # The key file goes in first: a database nobody can unlock is worse than a key file without a database.
            write_keyring(path, key, username, password)
    log.info("database %s created (protected: %s)", path.name, protected)
    return Created(path=path, keyring=keys if protected else None, username=username, directions=directions)


def _checkpoint(engine: Any) -> None:
    """Fold the WAL into the file, so that the file alone holds everything before it is renamed or replaced."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise StorageError("db.locked", path=engine.url.database)


# -- who may -------------------------------------------------------------------------------------------------------


def _require_coordinator(ctx: Context, act: str) -> None:
    require(ctx, act)  # the one table of services/roles.py: a coordinator's, and never nobody's


def _has_accounts(session: Session) -> bool:
    return session.scalars(select(col(Account.username)).limit(1)).first() is not None


def may_add_account(ctx: Context, role: str | Role) -> None:
    """AccessError unless the signed-in account may add an account of `role`: a coordinator; in a database
    without any account (made by an older version) nobody can be asked, and its first account is a coordinator."""
    with ctx.db.reading() as session:
        if _has_accounts(session):
            _require_coordinator(ctx, "accounts")
        elif Role.parse(role, "role") is not Role.COORDINATOR:
            raise RoleRefused("accounts")


def may_change_password(ctx: Context, username: str | None = None) -> str:
    """The account whose password the signed-in one may change (its own, or any as coordinator)."""
    if not ctx.account:
        raise AccessError("account.not_signed_in")
    target = (username or ctx.account).strip()
    if target != ctx.account:
        _require_coordinator(ctx, "password.reset")
    return target


def _acting_member(session: Session, username: str) -> str:
    """A member record for an account linked to nobody, named after it: what the account writes is authored by it,
    so history, control events and the conflict view name who acted — on every laptop, as accounts never sync.
    The coordinator renames it (or links the account to an existing member) on the setup page."""
    member = Member(full_name=username)
    session.add(member)
    session.flush()
    return member.id


def _member_matching(session: Session, text: str) -> str:
    """The one live member whose full name contains `text` (ignoring case)."""
    needle = text.strip().casefold()
    if not needle:
        raise ValidationError("required", "member")
    rows = session.execute(select(col(Member.id), col(Member.full_name)).where(col(Member.deleted).is_(False))).all()
    found = [row.id for row in rows if needle in row.full_name.casefold()]
    if not found:
        raise NotFoundError("account.member_none", "member", text=text)
    if len(found) > 1:
        raise ValidationError("account.member_several", "member", text=text, count=len(found))
    return str(found[0])


def _account(session: Session, username: str) -> Account:
    account = session.get(Account, username.strip())
    if account is None:
        raise NotFoundError("account.unknown", "username", username=username)
    return account


# -- accounts ------------------------------------------------------------------------------------------------------


def add_user(ctx: Context, username: str, password: str, role: str | Role, member: str | None = None) -> AccountInfo:
    """Add an account (coordinator only); in a protected database it gets its own key-file slot.

    A database without any account (made by an older version) has nobody to ask: its first account may be added
    by whoever opened it, and must be a coordinator.
    """
    username = _credentials(username, password)
    role = Role.parse(role, "role")
    may_add_account(ctx, role)
    with ctx.db.session() as session:
        member_id = _member_matching(session, member) if member else _acting_member(session, username)
        account = add_account(session, username, password, role, member_id)
        member_name = session.get(Member, member_id).full_name if member_id else None  # type: ignore[union-attr]
        slot: bool | None = None
        if ctx.db.key is not None:
            # Inside the unit of work: a key file that cannot be written rolls the account back.
            add_key_slot(ctx.db.path, ctx.db.key, username, password)
            slot = True
        info = AccountInfo(account.username, account.role, member_name, False, slot)
    log.info("account added (role %s)", role.value)
    return info


def list_users(ctx: Context) -> list[AccountInfo]:
    """Every account of the database, by user name, with its member and whether it is disabled."""
    slots = set(slot_usernames(ctx.db.path)) if ctx.db.key is not None else None
    with ctx.db.reading() as session:
        members = session.execute(select(col(Member.id), col(Member.full_name)))
        names: dict[str, str] = {row.id: row.full_name for row in members}
        return [AccountInfo(a.username, a.role, names.get(a.member_id) if a.member_id else None, a.disabled,
                            None if slots is None else a.username in slots)
                for a in list_accounts(session)]


def change_password(ctx: Context, new_password: str, username: str | None = None) -> str:
    """Set a new password: one's own, or (coordinator only) another account's. In a protected database that
    account's key-file slot is written anew, and only that one. Returns the user name."""
    target = may_change_password(ctx, username)
    if not new_password:
        raise ValidationError("required", "new_password")
    with ctx.db.session() as session:
        account = _account(session, target)
        if account.disabled:
            raise AccessError("auth.disabled", username=account.username)
        set_password(session, target, new_password)
        if ctx.db.key is not None:
            add_key_slot(ctx.db.path, ctx.db.key, target, new_password)
    log.info("a password was changed (%s)", "own" if target == ctx.account else "reset by a coordinator")
    return target


def change_own_password(ctx: Context, current: str, new_password: str) -> str:
    """The signed-in account's «Сменить пароль»: the current password is asked again (the sign-in may be hours
    old, the laptop left open), then as change_password. AccessError auth.failed for a wrong current password."""
    if not ctx.account:
        raise AccessError("account.not_signed_in")
    if ctx.db.key is not None:
        if unlock(ctx.db.path, ctx.account, current) != ctx.db.key:
            raise AccessError("auth.failed")
    else:
        with ctx.db.session() as session:
            verify(session, ctx.account, current)
    return change_password(ctx, new_password)


def disable_user(ctx: Context, username: str) -> str:
    """Take an account's sign-in away (coordinator only): it is marked disabled and its key-file slot removed.
    The last enabled coordinator stays, or nobody could manage the accounts again."""
    _require_coordinator(ctx, "accounts")
    with ctx.db.session() as session:
        account = _account(session, username)
        if account.disabled:
            raise ValidationError("account.already_disabled", "username", username=account.username)
        if account.role == Role.COORDINATOR.value:
            others = session.scalars(
                select(col(Account.username)).where(col(Account.role) == Role.COORDINATOR.value,
                                               col(Account.disabled).is_(False),
                                               col(Account.username) != account.username)).first()
            if others is None:
                raise ValidationError("account.last_coordinator", "username", username=account.username)
        account.disabled = True
        session.add(account)
        session.flush()
        if ctx.db.key is not None and account.username in slot_usernames(ctx.db.path):
            remove_key_slot(ctx.db.path, ctx.db.key, account.username)
    log.info("an account was disabled")
    return account.username


# -- protect -------------------------------------------------------------------------------------------------------


def _coordinator_of(path: Path, username: str | None, password: str | None) -> tuple[str, bool, Path | None]:
    """The coordinator who protects the plain database `path`, checked against its accounts: (name, whether the
    account must still be made — a file without accounts gets its first coordinator in the protected copy —, the
    plain copy an upgrade of the schema took on the way, if any)."""
    db = open_database(path)
    try:
        with db.reading() as session:
            if not _has_accounts(session):
                if not username or not password:
                    raise ValidationError("init.credentials")
                return _credentials(username, password), True, db.backup
            if not username or password is None:
                raise AccessError("access.protect")
            account = verify(session, username, password)
            if account.role != Role.COORDINATOR.value:
                raise AccessError("access.protect")
            return account.username, False, db.backup
    finally:
        db.close()


def _clear_leftover_keyring(path: Path, username: str, password: str) -> None:
    """A key file beside a plain database is what a `protect` killed just before its last step left. It is
    replaced only when it is provably that (this coordinator's password opens it); anything else is refused."""
    keys = keyring_path(path)
    if not keys.exists():
        return
    try:
        unlock(path, username, password)
    except (AccessError, StorageError) as exc:
        raise StorageError("protect.keyring_exists", path=path, keyring=keys) from exc
    log.info("removing the key file a protect of %s left unfinished", path.name)
    keys.unlink()


def _digest_of(path: Path, key: bytes | None) -> str:
    engine = make_engine(path, key, readonly=True)
    try:
        with engine.connect() as conn:
            return compute_digest(conn)
    finally:
        engine.dispose()


def protect_database(path: str | Path, username: str | None, password: str | None) -> Protected:
    """Encrypt the plain database `path` in place, without losing a row.

    The encrypted copy is written beside it under a temporary name (SQLCipher's sqlcipher_export), opened with its
    new key and compared by digest with the original; only then is the key file written and the copy renamed over
    the plain file. A kill at any moment leaves the plain file whole, or the protected one whole with its key file.
    Accounts other than the signing coordinator keep their rows but have no key-file slot until their password is
    set again (their passwords are known only as hashes).
    """
    path = Path(path)
    if not path.is_file():
        raise StorageError("db.missing", path=path)
    if is_protected(path):
        raise StorageError("protect.already", path=path)
    if not is_plain_sqlite(path):
        raise StorageError("db.not_database", path=path)
    coordinator, make_account, upgrade_copy = _coordinator_of(path, username, password)
    assert password is not None
    _clear_leftover_keyring(path, coordinator, password)
    before = _digest_of(path, None)
    key = os.urandom(KEY_BYTES)
    with atomic_path(path, database=True) as building:
        _export_encrypted(path, building, key)
        copy = open_database(building, key)
        try:
            with copy.session() as session:
                if make_account:
                    add_account(session, coordinator, password, Role.COORDINATOR)
                others = [a.username for a in list_accounts(session) if a.username != coordinator and not a.disabled]
            with copy.engine.connect() as conn:
                after = compute_digest(conn)
            _checkpoint(copy.engine)
        finally:
            copy.close()  # the last connection: SQLite folds and removes the copy's -wal and -shm
        if after != before:
            raise StorageError("protect.mismatch", path=path)
        write_keyring(path, key, coordinator, password)
    if upgrade_copy is not None:
        # The copy taken before the schema upgrade holds the same data in clear; the protected file replaces it.
        upgrade_copy.unlink(missing_ok=True)
    _seal_photos(path, key)
    log.info("database %s protected", path.name)
    return Protected(path=path, keyring=keyring_path(path), digest=after, without_slot=tuple(others))


def _seal_photos(path: Path, key: bytes) -> None:
    """The photos of the newly protected database, sealed in the photo store and their plain files removed. The
    database is protected already: a photo left plain by a failure here is still read, and sealed when it is."""
    from fieldapp.services.photos import seal_plain_photos

    try:
        with open_database(path, key) as db:
            sealed = seal_plain_photos(Context(db=db))
    except (OSError, StorageError) as exc:
        log.warning("the photos of %s could not all be sealed (%s)", path.name, type(exc).__name__)
        return
    if sealed:
        log.info("%d photos of %s sealed", sealed, path.name)


def _export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """Copy every table, index, trigger and the FTS index of `source` into the new encrypted file `target`."""
    conn = sqlcipher.connect(str(source))
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA cipher_log_level = NONE")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            # Another program holds the file: what it writes now would miss the copy.
            raise StorageError("db.locked", path=source)
        conn.execute("ATTACH DATABASE ? AS protected KEY ?", (str(target), f"x'{key.hex()}'"))
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("SELECT sqlcipher_export('protected')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA protected.user_version = {int(version)}")
            conn.execute("COMMIT")
        finally:
            conn.execute("DETACH DATABASE protected")
    finally:
        conn.close()
