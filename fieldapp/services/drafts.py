"""Drafts of the open forms, so that nothing typed is lost when the app is killed (issue 3).

A draft holds residents' personal data, so it lives where that data lives: inside the database, in the local
key/value store (one local_meta key per form, a JSON value). It is encrypted with the file when the file is
protected, and never synced: local_meta is not a synced table, so change capture never sees it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.services.context import Context
from fieldapp.storage.local_meta import delete_meta, get_meta, set_meta

log = logging.getLogger(__name__)

KEY_PREFIX = "draft."
FORMAT = 1
# Far above any form of the app (a signal's description pasted from a long message is a few KB), far below what
# would make the write on every pause in typing noticeable.
MAX_DRAFT_BYTES = 64 * 1024

FieldValue = str | int | float | bool | None
_FORM = re.compile(r"[a-z][a-z0-9_.]*")


class CorruptDraftError(DomainError):
    """A stored draft that cannot be read back: not JSON, another format, or fields of the wrong kind."""

    def __init__(self, form: str, reason: str) -> None:
        super().__init__("draft.corrupt", form=form, reason=reason)
        self.reason = reason


@dataclass(frozen=True)
class Draft:
    form: str
    saved_at: datetime  # local wall time of the last save (the clock of the context)
    fields: Mapping[str, FieldValue]


def _key(form: str) -> str:
    if not _FORM.fullmatch(form):
        raise ValueError(f"not a form key: {form!r}")
    return KEY_PREFIX + form


def _check_fields(fields: Mapping[str, Any]) -> dict[str, FieldValue]:
    checked: dict[str, FieldValue] = {}
    for name, value in fields.items():
        if not isinstance(name, str):
            raise TypeError(f"a draft field name is a string, got {type(name).__name__}")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise TypeError(f"draft field {name!r} holds a {type(value).__name__}")
        checked[name] = value
    return checked


def encode(form: str, fields: Mapping[str, Any], saved_at: datetime) -> str:
    """The stored text of a draft; a draft over MAX_DRAFT_BYTES is refused (draft.too_large)."""
    value = json.dumps({"format": FORMAT, "form": form, "saved_at": saved_at.isoformat(timespec="seconds"),
                        "fields": _check_fields(fields)}, ensure_ascii=False, separators=(",", ":"))
    size = len(value.encode("utf-8"))
    if size > MAX_DRAFT_BYTES:
        raise ValidationError("draft.too_large", size=-(-size // 1024), limit=MAX_DRAFT_BYTES // 1024)
    return value


def decode(form: str, value: str) -> Draft:
    """A stored draft read back; CorruptDraftError says what is wrong with it (never what it holds)."""
    if len(value.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise CorruptDraftError(form, "larger than a draft can be")
    try:
        data = json.loads(value)
    except ValueError as exc:
        raise CorruptDraftError(form, f"not JSON: {type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise CorruptDraftError(form, "not a JSON object")
    if data.get("format") != FORMAT:
        raise CorruptDraftError(form, f"unknown format {data.get('format')!r:.20}")
    if data.get("form") != form:
        raise CorruptDraftError(form, "belongs to another form")
    try:
        saved_at = datetime.fromisoformat(str(data.get("saved_at")))
    except ValueError:
        raise CorruptDraftError(form, "no time of saving") from None
    fields = data.get("fields")
    if not isinstance(fields, dict):
        raise CorruptDraftError(form, "no fields")
    try:
        checked = _check_fields(fields)
    except TypeError as exc:
        raise CorruptDraftError(form, str(exc)) from None
    return Draft(form, saved_at, checked)


def save(ctx: Context, form: str, fields: Mapping[str, Any], *, wait: bool = True) -> Draft:
    """Keep what the form `form` holds now, replacing its previous draft. Fields are plain values (text, numbers,
    flags, None); more than MAX_DRAFT_BYTES is refused with draft.too_large and the previous draft stays. Without
    `wait`, a file another writer holds now is refused at once with db.locked (the caller tries again later)."""
    saved_at = ctx.clock().replace(microsecond=0)
    value = encode(form, fields, saved_at)
    with ctx.db.session(wait=wait) as s:
        set_meta(s, _key(form), value)
    return Draft(form, saved_at, dict(fields))


def load(ctx: Context, form: str) -> Draft | None:
    """The draft of `form`, or None. A corrupt one is logged and dropped: it must never stop the app starting."""
    key = _key(form)
    with ctx.db.reading() as s:
        value = get_meta(s, key)
    if value is None:
        return None
    try:
        return decode(form, value)
    except CorruptDraftError as exc:
        # The reason names what is malformed, never a value: the log holds no personal data.
        log.warning("draft of the form %s dropped: %s", form, exc.reason)
    with ctx.db.session() as s:
        if get_meta(s, key) == value:  # not replaced meanwhile by a save of the form
            delete_meta(s, key)
    return None


def discard(ctx: Context, form: str, *, wait: bool = True) -> bool:
    """Forget the draft of `form` (the form was saved or cleared on purpose); True if there was one. Without `wait`,
    as for save()."""
    with ctx.db.session(wait=wait) as s:
        return delete_meta(s, _key(form))
