"""Open a database for a user: unlock a protected file with the account, check the password, fill in a Context."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.domain.errors import AccessError, DomainError, StorageError
from fieldapp.services.context import Context
from fieldapp.storage import app_lock
from fieldapp.storage import sign_in_attempts as attempts
from fieldapp.storage.accounts import verify
from fieldapp.storage.database import Database, open_database
from fieldapp.storage.protection import is_protected, rewrap_if_weak, unlock
from fieldapp.storage.sign_in_attempts import retry_delay
from fieldapp.storage.tables import Account

__all__ = ["lock_for_window", "needs_credentials", "open_workspace", "refuse_while_in_window", "retry_delay",
           "sign_in_failures", "sign_in_wait", "window_holder"]

log = logging.getLogger(__name__)

T = TypeVar("T")
Wait = Callable[[float], None]


def sign_in_failures(path: str | Path) -> int:
    """Wrong passwords given for the database `path` since its last sign-in, in this process or any other."""
    return attempts.load(path).count


def sign_in_wait(path: str | Path) -> float:
    """Seconds before the next sign-in attempt on `path` is allowed (0: now)."""
    return attempts.wait_left(path)


def _attempt(path: Path, wait: Wait | None, check: Callable[[], T]) -> T:
    """One sign-in attempt under the rule of storage.sign_in_attempts, the same for the window and the command line:
    the wait earned by the wrong passwords before is waited out (`wait`, the command line) or refused (AccessError
    "auth.wait", the window counts it down itself); a wrong password is counted, a right one forgets them all."""
    left = attempts.wait_left(path)
    if left > 0:
        if wait is None:
            raise AccessError("auth.wait", where=str(path), seconds=math.ceil(left))
        wait(left)
    try:
        result = check()
    except AccessError as exc:
        if exc.code == "auth.failed":
            attempts.record_failure(path)
        raise
    attempts.clear(path)
    return result


def lock_for_window(path: str | Path) -> app_lock.AppLock:
    """The desktop app's hold on the database it shows (storage.app_lock): one window per database. StorageError
    "db.open_elsewhere" says which process, computer and since when when another window has it."""
    return app_lock.acquire(path)


def window_holder(path: str | Path) -> app_lock.Holder | None:
    """The app window that has the database `path` open, if any."""
    return app_lock.holder(path)


def refuse_while_in_window(path: str | Path) -> None:
    """The command line's rule: what would write the database does not run while an app window has it open
    (StorageError "db.open_in_app"); the window would show stale data or lose the race for the file."""
    found = app_lock.holder(path)
    if found is not None:
        raise StorageError("db.open_in_app", path=path, **found.params())


def needs_credentials(path: str | Path) -> bool:
    """True when the file is a protected database: it cannot be read without an account and its password."""
    return is_protected(Path(path))


def _has_accounts(session: Session) -> bool:
    return bool(session.execute(select(func.count()).select_from(Account)).scalar())


def _accounts_in(db: Database) -> bool:
    with db.reading() as session:
        return _has_accounts(session)


def has_accounts(path: str | Path) -> bool:
    """Whether the plain database at `path` has accounts (then the window asks who signs in); False for a file that
    cannot be read as one (the open that follows says why)."""
    try:
        db = open_database(Path(path), readonly=True)
    except DomainError:
        return False
    try:
        return _accounts_in(db)
    finally:
        db.close()


def _signed_in(db: Database, user: str | None, password: str | None, *, unlocked: bool,
               wait: Wait | None = None) -> tuple[str, str, str | None] | None:
    """The account that signs in: (user name, role, member). A protected file was unlocked with the password
    already; a plain one with accounts checks it here. A disabled account is refused either way."""
    if not user:
        return None
    with db.session() as session:
        if unlocked:
            account = session.get(Account, user.strip())
            if account is not None and account.disabled:
                raise AccessError("auth.disabled", username=account.username)
        elif _has_accounts(session):
            account = _attempt(db.path, wait, lambda: verify(session, user, password or ""))
        else:
            # A database without accounts (a fresh field laptop) has nobody to check against.
            return None
        return None if account is None else (account.username, account.role, account.member_id)


def _rewrap_if_weak(path: Path, key: bytes, user: str, password: str) -> None:
    """A key slot written with cheap parameters (an older version; FIELDAPP_FAST_KDF where it must not count) gets
    the real ones now that the password is at hand; a key file that cannot be written only delays that."""
    try:
        if rewrap_if_weak(path, key, user, password):
            log.info("the key slot of an account of %s was strengthened", path.name)
    except OSError as exc:
        log.warning("the weak key slot of %s could not be rewritten (%s)", path.name, type(exc).__name__)


def open_workspace(
    path: str | Path,
    *,
    user: str | None = None,
    password: str | None = None,
    lang: str = "ru",
    create: bool = False,
    readonly: bool = False,
    clock: Callable[[], datetime] | None = None,
    wait: Wait | None = None,
) -> Context:
    """A Context on the database at `path`, signed in as `user` when given.

    A protected file needs `user` and `password` (AccessError db.encrypted without them, auth.failed when wrong);
    a plain file with accounts verifies them when a user is given. The database is closed again on any error.
    After repeated wrong passwords (remembered beside the file, across starts) the next attempt comes only after a
    growing delay: `wait(seconds)` is called to sit it out, or, without `wait`, AccessError "auth.wait" says how
    long is left.
    Parked sync packages this version can read are applied on the way (`ctx.parked` tells what happened).
    """
    path = Path(path)
    key: bytes | None = None
    protected = path.exists() and is_protected(path)
    if protected:
        if not user or password is None:
            raise AccessError("db.encrypted", path=path)
        name = user.strip()
        key = _attempt(path, wait, lambda: unlock(path, name, password))
        if not readonly:
            _rewrap_if_weak(path, key, name, password)
    db = open_database(path, key, create=create, readonly=readonly)
    try:
        account = _signed_in(db, user, password, unlocked=protected, wait=wait)
    except BaseException:
        db.close()
        raise
    signed_out = account is None and not readonly and _accounts_in(db)
    if signed_out:
        # Roles mean nothing if anyone may write without an account: the file is theirs to read, not to change.
        db.close()
        db = open_database(path, key, readonly=True)
        readonly = True
    log.info("opened %s (protected: %s, signed in: %s)", path.name, protected, bool(user))
    account_name, role, member_id = account if account is not None else (None, None, None)
    ctx = Context(db=db, member_id=member_id, lang=lang, account=account_name, role=role, read_only=signed_out)
    if clock is not None:
        ctx.clock = clock
    if not readonly:
        # SYNC.md: a package from a newer schema is parked "and applied after the upgrade". This is the first moment
        # an upgraded app holds the file, so a coordinator need not import anything to see that data arrive.
        # Imported here: the sync machinery (packages, keys, crypto) is a tenth of a second that a command which
        # only reads (stats, list, a report) would otherwise pay at every start.
        from fieldapp.services.sync import apply_parked

        try:
            ctx.parked = apply_parked(ctx)
        except BaseException:
            db.close()
            raise
    return ctx
