"""Packages stream (issue 17 item 1, issue 11's memory bound): export writes a part at a time, import verifies a
file part by part and then reads its parts again as it applies them, so memory does not grow with a package.

Real data: the demo's months of work (receptions, control items, signals), exported and imported by the command
line in a child process whose address space is limited and whose own peak is read back.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from fieldapp.services import sync
from fieldapp.services.demo import DEMO_PASSWORD, build_demo
from fieldapp.services.sync import transaction
from fieldapp.sync import exchange, package_write
from fieldapp.sync.package import PART_CHANGES, WRITE_PART, peek_manifest
from tests.bounded import MEMORY_LIMIT_MB, bounded_cli
from tests.sync.sync_helpers import digest, enrol_all, replica, seed

SIGN_IN = {"FIELDAPP_USER": "coordinator", "FIELDAPP_PASSWORD": DEMO_PASSWORD}


def _receiver(tmp: Path, office_key: Path) -> Path:
    """A new, empty database that trusts the office's key (a laptop taking the region's merged state back)."""
    target = tmp / "laptop.db"
    with replica(target) as ctx:
        sync.enrol(ctx, office_key, office=True)
    return target


def test_a_region_sized_package_is_exported_and_imported_within_the_memory_bound(tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    build_demo(office, scale=3)
    with replica(office) as ctx:
        sync.export_key(ctx, tmp_path / "office.key")
    target = _receiver(tmp_path, tmp_path / "office.key")
    package = tmp_path / "region.fieldsync"

    done, export_peak = bounded_cli(tmp_path, "sync", "export", office, "-o", package, "--plain",
                                    env_extra=SIGN_IN)
    assert done.returncode == 0, done.stderr[-2000:]
    manifest = peek_manifest(package)
    changes = sum(p["changes"] for p in manifest["parts"])
    # Big enough that holding it whole would show: the former import took 4.7 KB a change (126k changes, 593 MB).
    assert changes > 60_000 and len(manifest["parts"]) > 3
    assert all(p["changes"] <= WRITE_PART for p in manifest["parts"])
    assert package.stat().st_size > exchange.KEEP_BYTES  # so its parts are read again, not kept
    names = zipfile.ZipFile(package).namelist()
    assert names[-2:] == ["manifest.json", "manifest.sig"]  # written last, once every part was

    done, import_peak = bounded_cli(tmp_path, "sync", "import", target, package)
    assert done.returncode == 0, done.stderr[-2000:]
    assert export_peak < MEMORY_LIMIT_MB and import_peak < MEMORY_LIMIT_MB, (export_peak, import_peak)
    assert _rows(target, "reception") == _rows(office, "reception") > 50_000
    assert digest(target) == digest(office)


def _rows(path: Path, table: str) -> int:
    import sqlite3

    with sqlite3.connect(path) as con:
        return int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _two_replicas(tmp: Path) -> tuple[Path, Path]:
    a, b = tmp / "a.db", tmp / "b.db"
    seed(a)
    seed(b)
    enrol_all([a, b], tmp)
    return a, b


def test_streamed_and_kept_imports_give_the_same_database(tmp_path: Path) -> None:
    a, b = _two_replicas(tmp_path)
    with replica(a) as ctx:
        sync.export_package(ctx, tmp_path / "a.fieldsync", plain=True)
    for name, keep in (("kept", 1 << 30), ("streamed", 0)):
        copy = tmp_path / f"{name}.db"
        shutil.copy(b, copy)
        with replica(copy) as ctx, transaction(ctx, foreign_keys=False) as conn:
            good, _ = exchange.read_all(conn, [("a", tmp_path / "a.fieldsync")], keep_bytes=keep)
            assert (good[0][1].kept is None) == (keep == 0)
            exchange.apply_packages(conn, good, blobs=ctx.blob_store)
    assert digest(tmp_path / "kept.db") == digest(tmp_path / "streamed.db") != digest(b)


def test_a_file_changed_between_verifying_and_applying_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    a, b = _two_replicas(tmp_path)
    package = tmp_path / "a.fieldsync"
    with replica(a) as ctx:
        sync.export_package(ctx, package, plain=True)
    other = tmp_path / "b.fieldsync"
    with replica(b) as ctx:
        sync.export_package(ctx, other, plain=True)
    before = digest(b)
    with (replica(b) as ctx, pytest.raises(exchange.PackageRefused) as refused,
          transaction(ctx, foreign_keys=False) as conn):
        good, _ = exchange.read_all(conn, [(str(package), package)], keep_bytes=0)
        # Someone swaps the file on the stick once it was verified: each part read again is checked against the
        # signed manifest that was verified, so the swap is found, and the transaction rolls back.
        data = package.read_bytes()
        with zipfile.ZipFile(package) as zf:
            part = zf.read("changes/0000.bin")
        package.write_bytes(data.replace(part, bytes(len(part))))
        exchange.apply_packages(conn, good, blobs=ctx.blob_store)
    assert refused.value.name == str(package) and refused.value.error.code in ("sync.pkg_tampered",
                                                                               "sync.pkg_corrupt")
    assert digest(b) == before


def test_a_package_with_the_parts_older_versions_wrote_still_imports(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts are written smaller now (WRITE_PART); a reader still takes parts of PART_CHANGES, streamed or not."""
    from tests.bench import sync_bench_data

    monkeypatch.setattr(package_write, "WRITE_PART", PART_CHANGES)
    monkeypatch.setattr(sync_bench_data, "PACKAGES", 1)
    monkeypatch.setattr(sync_bench_data, "LAPTOPS", 1)
    paths, every, public, _ = sync_bench_data.make_packages(tmp_path / "old", PART_CHANGES + 5_500)
    assert [p["changes"] for p in peek_manifest(paths[0])["parts"]] == [PART_CHANGES, len(every) - PART_CHANGES]
    target = tmp_path / "office.db"
    sync_bench_data.receiver(target, public)
    with replica(target) as ctx, transaction(ctx, foreign_keys=False) as conn:
        good, _ = exchange.read_all(conn, [("old", paths[0])], keep_bytes=0)
        result = exchange.apply_packages(conn, good, blobs=ctx.blob_store)
    assert result.applied.new == len(every)
    assert _rows(target, "signal") == len({c.row_id for c in every})
