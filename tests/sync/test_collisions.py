"""A change arriving again under a (device, seq) the log holds: the same change is skipped, another one is refused.

The log keeps no content hash: an arrival is compared with the stored columns, values by type (NULL, integer,
real, text, bytes; a NaN is the same NaN; a bool is the integer SQLite keeps).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import office_trusting, signed_package

from fieldapp.domain.errors import ValidationError
from fieldapp.services import sync
from fieldapp.services.context import Context
from fieldapp.sync.changelog import Change, Value, dbapi
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.hlc import pack

DEV = "0190a1b2-0000-7000-8000-0000000000aa"
ROW = "0191a1b2-0000-7000-8000-0000000000bb"
SIGN = Ed25519PrivateKey.generate()
START = pack(int(time.time() * 1000) - 3_600_000)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    with office_trusting(tmp_path / "office.db", SIGN, DEV) as office:
        yield office


def change(seq: int, value: Value, field: str = "description") -> Change:
    return Change(DEV, seq, START + seq, "signal", ROW, field, value, None, None, SCHEMA_VERSION)


def package(tmp: Path, *changes: Change) -> Path:
    return signed_package(tmp, SIGN, DEV, changes)


def log(ctx: Context) -> list[tuple[int, object]]:
    with ctx.db.engine.connect() as conn:
        return [(s, v) for s, v in dbapi(conn).execute("SELECT seq, value FROM sync_change ORDER BY dev, seq")]


def vector(ctx: Context) -> tuple[int, int]:
    with ctx.db.engine.connect() as conn:
        row = dbapi(conn).execute("SELECT contiguous, max_seq FROM sync_device WHERE dev = ?", (DEV,)).fetchone()
    return int(row[0]), int(row[1])


def test_the_same_changes_above_a_gap_are_skipped_whatever_their_values(ctx: Context, tmp_path: Path) -> None:
    # Each value of the type its field takes (a package with any other is refused before the log is looked at).
    values: list[tuple[str, Value]] = [("description", "текст"), ("latitude", 7), ("latitude", 2.5),
                                       ("longitude", None), ("latitude", None), ("latitude", -0.0)]
    first = [change(1, "первая"), *(change(n, v, f) for n, (f, v) in enumerate(values, start=3))]
    sync.import_packages(ctx, [package(tmp_path, *first)])
    assert vector(ctx) == (1, 8)  # 2 is missing: 3..8 sit above the gap, where only the log can tell them apart
    again = sync.import_packages(ctx, [package(tmp_path, change(2, "вторая"), *first[1:])])
    assert again.applied.new == 1
    assert vector(ctx) == (8, 8)
    stored = log(ctx)
    assert [s for s, _ in stored] == list(range(1, 9))
    assert [type(v).__name__ for _, v in stored[2:]] == ["str", "int", "float", "NoneType", "NoneType", "float"]


def test_a_bool_is_the_integer_the_log_keeps(ctx: Context, tmp_path: Path) -> None:
    sync.import_packages(ctx, [package(tmp_path, change(2, True, "deleted"))])
    assert log(ctx) == [(2, 1)]
    assert sync.import_packages(ctx, [package(tmp_path, change(2, True, "deleted"))]).applied.new == 0


@pytest.mark.parametrize("other", [
    change(3, 8, "latitude"), change(3, 7.0, "latitude"), change(3, None, "latitude"), change(3, "7"),
    change(3, 7, "longitude"), Change(DEV, 3, START + 4, "signal", ROW, "latitude", 7, None, None, SCHEMA_VERSION),
    Change(DEV, 3, START + 3, "signal", ROW, "latitude", 7, f"{DEV}:1", None, SCHEMA_VERSION),
    Change(DEV, 3, START + 3, "signal", ROW, "latitude", 7, None, DEV, SCHEMA_VERSION),
])
def test_another_change_under_a_known_number_is_refused_and_nothing_written(
        ctx: Context, tmp_path: Path, other: Change) -> None:
    sync.import_packages(ctx, [package(tmp_path, change(1, "a"), change(3, 7, "latitude"))])
    before = log(ctx)
    with pytest.raises(ValidationError) as err:
        sync.import_packages(ctx, [package(tmp_path, change(2, "b"), other)])
    assert err.value.code == "sync.collision"
    assert err.value.params == {"device": DEV, "seq": 3}
    assert log(ctx) == before


def test_two_packages_disagreeing_on_a_number_in_one_import_are_refused(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        sync.import_packages(ctx, [package(tmp_path, change(1, "a")), package(tmp_path, change(1, "b"))])
    assert err.value.code == "sync.collision"
    assert log(ctx) == []
    # The same change in two packages (a laptop's and its relay's) is one change.
    result = sync.import_packages(ctx, [package(tmp_path, change(1, "a")), package(tmp_path, change(1, "a"))])
    assert result.applied.new == 1 and log(ctx) == [(1, "a")]
