"""Drafts of open forms in the database: kept, read back exactly, dropped on purpose, refused when too large, dropped
with a log line when corrupt, never captured for sync, encrypted with a protected file."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from fieldapp.services import drafts, receptions
from fieldapp.services.context import Context
from fieldapp.services.drafts import MAX_DRAFT_BYTES, CorruptDraftError
from fieldapp.storage.database import open_database
from fieldapp.storage.local_meta import get_meta, set_meta

NAME = "Қасымова Ғалия Ержанқызы"
FIELDS = {"stop": "0192-stop", "name": NAME, "iin": "880515400123", "consent": True, "participants": 40,
          "social_category": None, "share": 0.5, "essence": "Су құбыры\nжөндеу керек"}


def stored(ctx: Context, form: str) -> str | None:
    with ctx.db.session() as s:
        return get_meta(s, drafts.KEY_PREFIX + form)


def test_a_draft_comes_back_exactly_with_the_time_it_was_saved(ctx: Context) -> None:
    assert drafts.load(ctx, "reception") is None
    saved = drafts.save(ctx, "reception", FIELDS)
    loaded = drafts.load(ctx, "reception")
    assert loaded is not None
    assert dict(loaded.fields) == FIELDS
    assert loaded.saved_at == saved.saved_at == datetime(2026, 3, 2, 10, 30)
    assert loaded.form == "reception"
    # One key per form: another form's draft is its own.
    assert drafts.load(ctx, "signal") is None
    drafts.save(ctx, "reception", {"name": "Сериков Ерлан"})
    again = drafts.load(ctx, "reception")
    assert again is not None and dict(again.fields) == {"name": "Сериков Ерлан"}


def test_discard_forgets_the_draft_of_that_form_only(ctx: Context) -> None:
    drafts.save(ctx, "reception", FIELDS)
    drafts.save(ctx, "signal", {"description": "граффити"})
    assert drafts.discard(ctx, "reception") is True
    assert drafts.discard(ctx, "reception") is False
    assert drafts.load(ctx, "reception") is None
    assert stored(ctx, "reception") is None
    signal = drafts.load(ctx, "signal")
    assert signal is not None and signal.fields["description"] == "граффити"


def test_a_draft_over_the_limit_is_refused_and_the_previous_one_stays(ctx: Context, refused: Any) -> None:
    drafts.save(ctx, "signal", {"description": "первый вариант"})
    with refused("draft.too_large") as err:
        drafts.save(ctx, "signal", {"description": "ы" * MAX_DRAFT_BYTES})  # two bytes a letter in UTF-8
    assert err.value.params["limit"] == MAX_DRAFT_BYTES // 1024
    assert "КБ" in err.value.message("ru") and "KB" in err.value.message("en")
    kept = drafts.load(ctx, "signal")
    assert kept is not None and kept.fields["description"] == "первый вариант"
    # Just under the limit is kept.
    drafts.save(ctx, "signal", {"description": "d" * (MAX_DRAFT_BYTES - 200)})


def test_only_plain_values_and_real_form_keys(ctx: Context) -> None:
    with pytest.raises(TypeError):
        drafts.save(ctx, "reception", {"names": ["a", "b"]})
    with pytest.raises(ValueError):
        drafts.save(ctx, "draft'; DROP TABLE local_meta; --", {})


def valid(**changes: object) -> str:
    data: dict[str, object] = {"format": 1, "form": "reception", "saved_at": "2026-03-02T10:30:00",
                               "fields": {"name": NAME}}
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


CORRUPT = {
    "truncated": valid()[:40],
    "not an object": json.dumps([NAME]),
    "another format": valid(format=7),
    "another form": valid(form="signal"),
    "no time": valid(saved_at="вчера"),
    "fields not a mapping": valid(fields=[NAME]),
    "a field of another kind": valid(fields={"name": {"first": NAME}}),
    "binary junk": "\x00\x01" + NAME,
    "oversized": valid(fields={"name": NAME + "x" * MAX_DRAFT_BYTES}),
}


@pytest.mark.parametrize("value", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_corrupt_draft_is_logged_and_dropped(ctx: Context, value: str, caplog: pytest.LogCaptureFixture) -> None:
    with ctx.db.session() as s:
        set_meta(s, drafts.KEY_PREFIX + "reception", value)
    with pytest.raises(CorruptDraftError) as err:
        drafts.decode("reception", value)
    assert "reception" in err.value.message("ru")
    with caplog.at_level(logging.WARNING, logger="fieldapp.services.drafts"):
        assert drafts.load(ctx, "reception") is None
    assert [r.getMessage() for r in caplog.records if r.name == "fieldapp.services.drafts"] == [
        f"draft of the form reception dropped: {err.value.reason}"]
    assert "Қасымова" not in caplog.text  # the log never holds personal data
    assert stored(ctx, "reception") is None
    # Dropped once, then the form simply has no draft; a new one is kept as usual.
    assert drafts.load(ctx, "reception") is None
    drafts.save(ctx, "reception", {"name": "Сериков Ерлан"})
    assert drafts.load(ctx, "reception") is not None


def change_count(ctx: Context) -> int:
    with ctx.db.session() as s:
        return int(s.execute(text("SELECT count(*) FROM sync_change")).scalar_one())


def test_a_draft_is_never_captured_for_sync(ctx: Context, world: Any) -> None:
    before = change_count(ctx)
    assert before > 0  # the world's rows were captured: capture is on
    drafts.save(ctx, "reception", FIELDS)
    drafts.save(ctx, "reception", dict(FIELDS, name="Сериков Ерлан"))
    drafts.load(ctx, "reception")
    drafts.discard(ctx, "reception")
    assert change_count(ctx) == before
    # A saved reception, by contrast, is captured: the count above is not blind.
    receptions.record_reception(ctx, receptions.ReceptionDraft(stop_id=world.stop, applicant_name=NAME))
    assert change_count(ctx) > before
    with ctx.db.session() as s:
        tables = {row[0] for row in s.execute(text("SELECT DISTINCT tbl FROM sync_change"))}
    assert "local_meta" not in tables


def file_bytes(path: Path) -> bytes:
    """The database file and its WAL, as a thief would read them off the disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.parametrize("protected", [True, False], ids=["protected", "plain"])
def test_on_a_protected_database_a_draft_is_unreadable_without_the_key(tmp_path: Path, protected: bool) -> None:
    key = bytes(range(32)) if protected else None
    path = tmp_path / "laptop.db"
    database = open_database(path, key, create=True)
    try:
        ctx = Context(db=database, blobs=tmp_path / "blobs", clock=lambda: datetime(2026, 3, 2, 10, 30))
        drafts.save(ctx, "reception", FIELDS)
        on_disk_while_open = file_bytes(path)
    finally:
        database.close()
    marker = "Ержанқызы".encode()
    # The plain file shows the name (so the search is not blind); the protected one shows nothing of it.
    for data in (on_disk_while_open, file_bytes(path)):
        assert (marker in data) is not protected
        assert (b"880515400123" in data) is not protected
    if protected:
        with open_database(path, key) as reopened:
            again = drafts.load(Context(db=reopened, blobs=tmp_path / "blobs"), "reception")
        assert again is not None and again.fields["name"] == NAME
