"""The clock guard (issue 11, item 6): a change from the future may be the base of a local edit, but it never drags
this device's clock there, and a clock value at the 64-bit limit refuses the edit instead of crashing.

SYNC.md: "the base of a change may be in the future, the change itself is not" — except the one edit made on top of
such a base, which is stamped just after it so that it wins the field on every replica."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import office_trusting, signed_package

from fieldapp.domain.errors import ValidationError
from fieldapp.services import campaigns, places, sync, tours
from fieldapp.services.context import Context
from fieldapp.sync import hlc
from fieldapp.sync.changelog import HLC_KEY, Change, dbapi
from fieldapp.sync.fields import SCHEMA_VERSION

LAPTOP = "0190a1b2-0000-7000-8000-0000000000cc"
SIGN = Ed25519PrivateKey.generate()
TEN_YEARS_MS = 10 * 365 * 86_400_000
MINUTE_MS = 60_000


@dataclass
class Office:
    ctx: Context
    tour1: str
    tour2: str


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    """A coordinator's database with two tours, trusting one laptop known by its signing key."""
    with office_trusting(tmp_path / "office.db", SIGN, LAPTOP) as ctx:
        region = places.create_region(ctx, "Карагандинская область")
        campaign = campaigns.create_campaign(ctx, "Караван", region_id=region)
        yield Office(ctx, tours.create_tour(ctx, campaign, "Выезд 1"), tours.create_tour(ctx, campaign, "Выезд 2"))


def _import_title(office: Office, tmp: Path, row_id: str, title: str, stamp: int) -> None:
    change = Change(LAPTOP, 1, stamp, "tour", row_id, "title", title, None, None, SCHEMA_VERSION)
    result = sync.import_packages(office.ctx, [signed_package(tmp, SIGN, LAPTOP, [change])])
    assert [p.clock_suspicious for p in result.packages] == [True]


def _stored_clock(ctx: Context) -> int:
    with ctx.db.engine.connect() as conn:
        return int(dbapi(conn).execute("SELECT value FROM local_meta WHERE key = ?", (HLC_KEY,)).fetchone()[0])


def _winner(ctx: Context, row_id: str, field: str = "title") -> tuple[int, str, int]:
    with ctx.db.engine.connect() as conn:
        row = dbapi(conn).execute(
            "SELECT hlc, dev, seq FROM sync_winner WHERE tbl = 'tour' AND row_id = ? AND field = ?",
            (row_id, field)).fetchone()
    return int(row[0]), str(row[1]), int(row[2])


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def test_an_edit_of_a_record_from_ten_years_ahead_wins_but_does_not_drag_the_clock(
    office: Office, tmp_path: Path
) -> None:
    future = hlc.pack(_now_ms() + TEN_YEARS_MS)
    _import_title(office, tmp_path, office.tour1, "из 2036 года", future)
    assert tours.get_tour(office.ctx, office.tour1).title == "из 2036 года"
    before_edit = _stored_clock(office.ctx)
    assert hlc.physical_ms(before_edit) <= _now_ms() + MINUTE_MS  # the import itself did not move it

    tours.update_tour(office.ctx, office.tour1, "исправлено в офисе")

    # The edit sorts just after its base: it is the field's winner here, and so on every replica.
    stamp, dev, _ = _winner(office.ctx, office.tour1)
    assert stamp == future + 1 and dev == sync.this_device(office.ctx).device
    assert tours.get_tour(office.ctx, office.tour1).title == "исправлено в офисе"
    # …but the clock kept for later changes stays within the wall clock plus the allowed skew.
    assert hlc.physical_ms(_stored_clock(office.ctx)) <= _now_ms() + hlc.SUSPICIOUS_AHEAD_MS

    tours.update_tour(office.ctx, office.tour2, "другая запись")
    later, _, _ = _winner(office.ctx, office.tour2)
    assert abs(hlc.physical_ms(later) - _now_ms()) < MINUTE_MS
    assert hlc.physical_ms(_stored_clock(office.ctx)) < _now_ms() + MINUTE_MS


def test_a_clock_an_older_version_let_run_ahead_is_pulled_back(office: Office) -> None:
    """A database whose clock the old code moved to 2036 gets real dates again on its next edit."""
    with office.ctx.db.engine.begin() as conn:
        dbapi(conn).execute("UPDATE local_meta SET value = ? WHERE key = ?",
                            (str(hlc.pack(_now_ms() + TEN_YEARS_MS)), HLC_KEY))
    tours.update_tour(office.ctx, office.tour2, "после обновления")
    stamp, _, _ = _winner(office.ctx, office.tour2)
    assert hlc.physical_ms(stamp) <= _now_ms() + hlc.SUSPICIOUS_AHEAD_MS + 1
    assert hlc.physical_ms(_stored_clock(office.ctx)) <= _now_ms() + hlc.SUSPICIOUS_AHEAD_MS


def test_an_edit_on_top_of_the_largest_clock_value_is_refused_not_a_crash(office: Office, tmp_path: Path) -> None:
    _import_title(office, tmp_path, office.tour1, "подделка", hlc.MAX_HLC)
    assert _winner(office.ctx, office.tour1)[0] == hlc.MAX_HLC
    clock_before = _stored_clock(office.ctx)
    digest_before = sync.digest(office.ctx)

    with pytest.raises(ValidationError) as refused:
        tours.update_tour(office.ctx, office.tour1, "моё")
    assert refused.value.code == "sync.clock_limit"
    assert "forged time" in refused.value.message("en")
    assert all(refused.value.message(lang) for lang in ("ru", "kk"))
    # Nothing was written: the value, the log and the clock are as they were.
    assert tours.get_tour(office.ctx, office.tour1).title == "подделка"
    assert sync.digest(office.ctx) == digest_before
    assert _stored_clock(office.ctx) == clock_before
    # Other records are still edited as usual, at the real date.
    tours.update_tour(office.ctx, office.tour2, "другая запись")
    assert abs(hlc.physical_ms(_winner(office.ctx, office.tour2)[0]) - _now_ms()) < MINUTE_MS


def test_the_bound_of_a_clock_value() -> None:
    assert hlc.MAX_HLC == (1 << 63) - 1
    assert hlc.is_valid(0) and hlc.is_valid(hlc.MAX_HLC) and hlc.is_valid(hlc.pack(_now_ms()))
    assert not hlc.is_valid(hlc.MAX_HLC + 1) and not hlc.is_valid(-1)
    assert not hlc.is_valid(True) and not hlc.is_valid(1.0) and not hlc.is_valid("1")
    # The physical part of the largest value is still a date (the year 6429), so it can be shown.
    from datetime import UTC, datetime

    assert datetime.fromtimestamp(hlc.physical_ms(hlc.MAX_HLC) / 1000, UTC).year == 6429


def test_tick_and_kept() -> None:
    now = 1_770_000_000_000
    ceiling = hlc.ceiling(now)
    assert hlc.physical_ms(ceiling) == now + hlc.SUSPICIOUS_AHEAD_MS
    # Ordinary events: after the last one and after the wall clock; the clock keeps the stamp.
    assert hlc.tick(hlc.pack(now), now) == hlc.pack(now) + 1
    assert hlc.kept(hlc.pack(now), hlc.pack(now) + 1, now) == hlc.pack(now) + 1
    # A base within the skew is followed, like a package within the skew.
    near = hlc.pack(now + 3_600_000)
    assert hlc.tick(0, now, near) == near + 1 and hlc.kept(0, near + 1, now) == near + 1
    # A base beyond it: the event follows the base, the clock stays put.
    far = hlc.pack(now + TEN_YEARS_MS)
    assert hlc.tick(hlc.pack(now), now, far) == far + 1
    assert hlc.kept(hlc.pack(now), far + 1, now) == hlc.pack(now)
    # A stored clock beyond the ceiling is pulled back to it.
    assert hlc.tick(far, now) == ceiling + 1
    assert hlc.kept(far, ceiling + 1, now) == ceiling
    # The limit.
    assert hlc.tick(0, now, hlc.MAX_HLC - 1) == hlc.MAX_HLC
    with pytest.raises(ValidationError) as refused:
        hlc.tick(0, now, hlc.MAX_HLC)
    assert refused.value.code == "sync.clock_limit"
