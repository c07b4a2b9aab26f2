"""SQL functions the queries need that SQLite lacks: name folding beyond ASCII (its lower() knows only A–Z)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import Mapped, Session

from fieldapp.domain.rules import normalise_name


def _norm(value: object) -> str | None:
    return None if value is None else normalise_name(str(value))


def register_functions(session: Session) -> None:
    """Make `fa_norm(text)` (rules.normalise_name) available on the session's connection.

    Registered per connection on demand: cheap, and it needs nothing from the engine set-up.
    """
    driver: Any = session.connection().connection.driver_connection
    driver.create_function("fa_norm", 1, _norm, deterministic=True)


def fa_norm(expr: ColumnElement[Any] | Mapped[str]) -> ColumnElement[Any]:
    """`expr` folded like rules.normalise_name, inside SQL; call register_functions on the session first."""
    return func.fa_norm(expr)
