"""Domain errors: typed, naming the field (and the place) at fault, with a message in ru/kk/en."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.messages import render


class DomainError(Exception):
    """An error the user can cause and fix. `code` selects a message in domain.messages."""

    def __init__(self, code: str, field: str | None = None, *, where: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.where = where
        self.params = params
        # The exception's own text carries no values: a logged traceback must never hold an IIN, name or phone.
        super().__init__(f"{code} (field: {field})" if field else code)

    def message(self, lang: str = "ru") -> str:
        text = render(self.code, lang, **self.params)
        place = self.place(lang)
        return f"{place}: {text}" if place else text

    def place(self, lang: str = "ru") -> str:
        parts = []
        if self.where:
            parts.append(self.where)
        if self.field:
            parts.append(render("field." + self.field, lang, default=self.field))
        return ", ".join(parts)


class ValidationError(DomainError):
    """A value that breaks a rule of DOMAIN.md."""


class NotFoundError(DomainError):
    """An id or name that names nothing."""


class AccessError(DomainError):
    """Wrong account or password, or a database that needs one."""


class StorageError(DomainError):
    """The database file cannot be used as it is (corrupt, newer version, locked, read-only, disk full)."""
