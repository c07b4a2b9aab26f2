"""Open a database for a user: unlock a protected file with the account, check the password, fill in a Context."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.domain.errors import AccessError
from fieldapp.services.context import Context
from fieldapp.services.sync import apply_parked
from fieldapp.storage.accounts import verify
from fieldapp.storage.database import Database, open_database
from fieldapp.storage.protection import is_protected, unlock
from fieldapp.storage.tables import Account

__all__ = ["needs_credentials", "open_workspace"]

log = logging.getLogger(__name__)


def needs_credentials(path: str | Path) -> bool:
    """True when the file is a protected database: it cannot be read without an account and its password."""
    return is_protected(Path(path))


def _has_accounts(session: Session) -> bool:
    return bool(session.execute(select(func.count()).select_from(Account)).scalar())


def _member_of(db: Database, user: str | None, password: str | None, *, unlocked: bool) -> str | None:
    """The member the account signs in as. A protected file was unlocked with the password already; a plain one
    with accounts checks it here."""
    if not user:
        return None
    with db.session() as session:
        if unlocked:
            account = session.get(Account, user.strip())
        elif _has_accounts(session):
            account = verify(session, user, password or "")
        else:
            # A database without accounts (a fresh field laptop) has nobody to check against.
            return None
        return None if account is None else account.member_id


def open_workspace(
    path: str | Path,
    *,
    user: str | None = None,
    password: str | None = None,
    lang: str = "ru",
    create: bool = False,
    readonly: bool = False,
    clock: Callable[[], datetime] | None = None,
) -> Context:
    """A Context on the database at `path`, signed in as `user` when given.

    A protected file needs `user` and `password` (AccessError db.encrypted without them, auth.failed when wrong);
    a plain file with accounts verifies them when a user is given. The database is closed again on any error.
    Parked sync packages this version can read are applied on the way (`ctx.parked` tells what happened).
    """
    path = Path(path)
    key: bytes | None = None
    protected = path.exists() and is_protected(path)
    if protected:
        if not user or password is None:
            raise AccessError("db.encrypted", path=path)
        key = unlock(path, user.strip(), password)
    db = open_database(path, key, create=create, readonly=readonly)
    try:
        member_id = _member_of(db, user, password, unlocked=protected)
    except BaseException:
        db.close()
        raise
    log.info("opened %s (protected: %s, signed in: %s)", path.name, protected, bool(user))
    ctx = Context(db=db, member_id=member_id, lang=lang)
    if clock is not None:
        ctx.clock = clock
    if not readonly:
        # SYNC.md: a package from a newer schema is parked "and applied after the upgrade". This is the first moment
        # an upgraded app holds the file, so a coordinator need not import anything to see that data arrive.
        try:
            ctx.parked = apply_parked(ctx)
        except BaseException:
            db.close()
            raise
    return ctx
