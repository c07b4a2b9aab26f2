"""Sign-in accounts of one database file: argon2id password hashes in the local (never synced) `account` table."""

from __future__ import annotations

import os
from contextlib import suppress
from functools import lru_cache

from argon2 import Parameters, PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError, NotFoundError, ValidationError
from fieldapp.storage.tables.people import Account

FAST_KDF_ENV = "FIELDAPP_FAST_KDF"
# Set by pytest for the whole of every test, in its own process and, inherited, in every process a test starts.
TEST_MARKER_ENV = "PYTEST_CURRENT_TEST"

# The cheapest setting argon2 accepts, with full-size salt and output.
_FAST = Parameters(
    type=profiles.CHEAPEST.type, version=profiles.CHEAPEST.version, salt_len=16, hash_len=32,
    time_cost=1, memory_cost=8, parallelism=1,
)


def _fast() -> bool:
    # FIELDAPP_FAST_KDF alone (left in a shell profile or a deployment script) must never make a field laptop write
    # a key slot or a hash that costs nothing to guess: it counts only inside the test suite. Whatever slipped
    # through is rewritten with the real parameters at its next sign-in (accounts.verify, protection.rewrap_if_weak).
    return os.environ.get(FAST_KDF_ENV) == "1" and TEST_MARKER_ENV in os.environ


def password_parameters() -> Parameters:
    """argon2id parameters for new password hashes and key-file slots.

    RFC 9106's low-memory profile (64 MiB, 3 passes) costs an attacker who stole a laptop dearly per guess and
    still answers within a fraction of a second on an old field laptop. FIELDAPP_FAST_KDF=1 drops to the cheapest
    legal setting inside the test suite only (see _fast), or every test that creates an account would spend that
    memory and time again.
    Parameters are stored with each hash and slot, so either setting verifies the other's output.
    """
    return _FAST if _fast() else profiles.RFC_9106_LOW_MEMORY


@lru_cache(maxsize=2)
def _hasher(fast: bool) -> PasswordHasher:
    return PasswordHasher.from_parameters(_FAST if fast else profiles.RFC_9106_LOW_MEMORY)


def hasher() -> PasswordHasher:
    return _hasher(_fast())


@lru_cache(maxsize=2)
def _dummy_hash(fast: bool) -> str:
    return _hasher(fast).hash("fieldapp: no such account")


def _check_password(password: str) -> None:
    if not password:
        raise ValidationError("required", "password")


def add_account(
    session: Session, username: str, password: str, role: str | Role = Role.MEMBER, member_id: str | None = None
) -> Account:
    """A new sign-in; the user name must be free. Flushed, not committed: the caller's unit of work decides."""
    username = username.strip()
    if not username:
        raise ValidationError("required", "username")
    _check_password(password)
    try:
        role = Role(role)
    except ValueError as exc:
        allowed = ", ".join(member.value for member in Role)
        raise ValidationError("enum.unknown", "role", value=role, allowed=allowed) from exc
    if session.get(Account, username) is not None:
        raise ValidationError("account.exists", "username", username=username)
    account = Account(username=username, member_id=member_id, role=role.value, password_hash=hasher().hash(password))
    session.add(account)
    session.flush()
    return account


def verify(session: Session, username: str, password: str) -> Account:
    """The account if the password is right; AccessError("auth.failed") otherwise, the same for an unknown user."""
    account = session.get(Account, username.strip())
    ph = hasher()
    if account is None:
        # Spend the same time as a real check, so the answer's delay does not tell which user names exist.
        with suppress(VerificationError):
            ph.verify(_dummy_hash(_fast()), password)
        raise AccessError("auth.failed")
    try:
        ph.verify(account.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError) as exc:
        raise AccessError("auth.failed") from exc
    if account.disabled:
        # Said only to whoever knows the password: the coordinator took the sign-in away.
        raise AccessError("auth.disabled", username=account.username)
    if ph.check_needs_rehash(account.password_hash):
        # Hashes made with older (or test) parameters are upgraded while the password is at hand; in a savepoint,
        # so that a database opened read-only still lets the user in.
        try:
            with session.begin_nested():
                account.password_hash = ph.hash(password)
        except DBAPIError:
            session.refresh(account)
    return account


def set_password(session: Session, username: str, password: str) -> Account:
    """Replace the password of an existing account (the caller has checked who may do so)."""
    _check_password(password)
    account = session.get(Account, username.strip())
    if account is None:
        raise NotFoundError("account.unknown", "username", username=username)
    account.password_hash = hasher().hash(password)
    session.add(account)
    session.flush()
    return account


def list_accounts(session: Session) -> list[Account]:
    """Every account, by user name."""
    return list(session.scalars(select(Account).order_by(col(Account.username))).all())
