"""A large import into a small file (issue 17: the region's file taken back by a laptop) sets the plain indexes of
the tables it fills aside and builds them again before it ends; every value a row's insert carries is still checked
by its column. Packages are built by hand from a laptop's row inserts and imported into a new database through the
services.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import digest, office_trusting, replica, signed_package

from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.services import sync
from fieldapp.services.sync import transaction
from fieldapp.sync import deferred_indexes, exchange, import_batches, package_write
from fieldapp.sync.changelog import Change, pack_row
from fieldapp.sync.fields import ROW, SCHEMA_VERSION
from fieldapp.sync.hlc import pack

LAPTOP = "0190a1b2-0000-7000-8000-0000000000b1"
SIGN = Ed25519PrivateKey.generate()
START = pack(int(time.time() * 1000) - 3_600_000)
STATUSES = ("received", "in_work", "resolved")


def _signal(i: int) -> dict[str, object]:
    return {
        "created_at": "2026-03-02 10:00:00.000000", "deleted": 0, "kind": "graffiti",
        "description": f"надпись на стене дома {i}", "address": f"ул. Абая, {i % 97}", "latitude": 54.8 + i / 1e5,
        "channel": "messenger", "reporter": "", "received_at": f"2026-03-{1 + i % 28:02d} 10:{i % 60:02d}:00.000000",
        "status": STATUSES[i % 3],
    }


def _inserts(rows: list[dict[str, object]], first_seq: int = 1) -> list[Change]:
    return [Change(LAPTOP, seq, START + seq, "signal", str(uuid.UUID(int=(0x0191 << 112) | (7 << 76) | seq)), ROW,
                   pack_row(row.items()), None, None, SCHEMA_VERSION) for seq, row in enumerate(rows, first_seq)]


def _indexes(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signal' "
                           "ORDER BY name").fetchall()


def _by_status(path: Path) -> dict[str, int]:
    """Signals per status, read through the status index itself (its entries, not the table's rows)."""
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)  # every index holds every row
        return dict(con.execute("SELECT status, count(*) FROM signal INDEXED BY ix_signal_status GROUP BY status"))


def _spy_on_drops(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tables whose indexes an import set aside."""
    seen: list[str] = []
    before_insert = deferred_indexes.DeferredIndexes.before_insert

    def spied(self: deferred_indexes.DeferredIndexes, cur: object, tbl: str, rows: int) -> None:
        before_insert(self, cur, tbl, rows)
        seen.extend(t for t in self.dropped if t not in seen)

    monkeypatch.setattr(deferred_indexes.DeferredIndexes, "before_insert", spied)
    return seen


def test_a_large_import_builds_the_indexes_it_set_aside_with_every_row(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    office = tmp_path / "office.db"
    with office_trusting(office, SIGN, LAPTOP):
        pass
    before = _indexes(office)
    assert {name for name, _sql in before} >= {"ix_signal_status", "ix_signal_received_at"}
    count = deferred_indexes.MIN_ROWS + 500
    package = signed_package(tmp_path, SIGN, LAPTOP, _inserts([_signal(i) for i in range(count)]))
    dropped = _spy_on_drops(monkeypatch)
    with replica(office) as ctx:
        result = sync.import_packages(ctx, [package])
    assert result.applied.new_rows == {"signal": count}
    assert dropped == ["signal"]
    assert _indexes(office) == before
    assert _by_status(office) == {s: sum(1 for i in range(count) if STATUSES[i % 3] == s) for s in STATUSES}

    # Into a file that holds more rows than a package brings, the indexes stay: building them costs more.
    more = signed_package(tmp_path, SIGN, LAPTOP, _inserts([_signal(count + i) for i in range(10)], count + 1))
    dropped.clear()
    with replica(office) as ctx:
        sync.import_packages(ctx, [more])
    assert dropped == [] and _indexes(office) == before
    assert sum(_by_status(office).values()) == count + 10


def test_an_import_refused_after_indexes_were_set_aside_leaves_them_as_they_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    office = tmp_path / "office.db"
    with office_trusting(office, SIGN, LAPTOP):
        pass
    before, empty = _indexes(office), digest(office)
    # Small parts and batches, so the first batches are written (their indexes set aside) before the last part is
    # read again from a file that was changed after it was verified.
    monkeypatch.setattr(package_write, "WRITE_PART", 1_000)
    monkeypatch.setattr(import_batches, "APPLY_WEIGHT", 1 << 20)
    monkeypatch.setattr(deferred_indexes, "MIN_ROWS", 100)
    package = signed_package(tmp_path, SIGN, LAPTOP, _inserts([_signal(i) for i in range(3_000)]))
    with zipfile.ZipFile(package) as zf:
        assert [n for n in zf.namelist() if n.startswith("changes/")][-1] == "changes/0002.bin"
        last = zf.read("changes/0002.bin")
    dropped = _spy_on_drops(monkeypatch)
    with (replica(office) as ctx, pytest.raises(exchange.PackageRefused),
          transaction(ctx, foreign_keys=False) as conn):
        good, _ = exchange.read_all(conn, [(str(package), package)], keep_bytes=0)
        package.write_bytes(package.read_bytes().replace(last, bytes(len(last))))
        exchange.apply_packages(conn, good, blobs=ctx.blob_store)
    assert dropped == ["signal"]
    assert _indexes(office) == before and digest(office) == empty
    assert _by_status(office) == {}


@pytest.mark.parametrize(("field", "value", "found"), [
    ("description", 5, "int"),  # a text column of any length: its type alone is checked
    ("received_at", "вчера", "str"),  # a datetime column: its value
    ("deleted", 2, "int"),  # a boolean
    ("latitude", float("nan"), "float"),
])
def test_every_value_of_a_row_insert_is_checked_by_its_column(tmp_path: Path, field: str, value: object,
                                                             found: str) -> None:
    office = tmp_path / "office.db"
    with office_trusting(office, SIGN, LAPTOP):
        pass
    rows = [_signal(i) for i in range(50)]
    rows[37] = {**rows[37], field: value}
    changes = _inserts(rows)
    package = signed_package(tmp_path, SIGN, LAPTOP, changes)
    empty = digest(office)
    with replica(office) as ctx, pytest.raises(ValidationError) as refused:
        sync.import_packages(ctx, [package])
    params = refused.value.params
    assert refused.value.code == "sync.bad_value"
    assert (params["column"], params["row"], params["found"]) == (field, changes[37].row_id, found)
    assert digest(office) == empty


@pytest.mark.parametrize("missing", ["kind", "received_at"])
def test_a_row_insert_without_a_required_field_is_refused_by_name(tmp_path: Path, missing: str) -> None:
    """A new row whose insert leaves out a column the table requires (NOT NULL, no default) — a hand-made package,
    signed by an enrolled laptop — is refused naming the file, table and column; the file stays as it was."""
    office = tmp_path / "office.db"
    with office_trusting(office, SIGN, LAPTOP):
        pass
    rows = [_signal(i) for i in range(20)]
    rows[7] = {k: v for k, v in rows[7].items() if k != missing}
    package = signed_package(tmp_path, SIGN, LAPTOP, _inserts(rows))
    empty = digest(office)
    with replica(office) as ctx, pytest.raises(DomainError) as refused:
        sync.import_packages(ctx, [package])
    assert refused.value.code == "sync.pkg_missing_field"
    assert refused.value.params["column"] == missing and refused.value.params["table"] == "signal"
    assert package.name in refused.value.message("ru")
    assert digest(office) == empty
