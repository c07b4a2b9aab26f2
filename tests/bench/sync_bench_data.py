"""Shared data of the sync benchmarks: 50 signed packages from 5 laptops holding N changes, and a receiver."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldapp.storage.database import open_database
from fieldapp.sync.changelog import Change, pack_row
from fieldapp.sync.exchange import enroll
from fieldapp.sync.fields import ROW, SCHEMA_VERSION, fields
from fieldapp.sync.hlc import pack
from fieldapp.sync.package import Producer, build_package

PACKAGES, LAPTOPS = 50, 5
TABLE = "signal"
# The same rows as the app captures them since SCHEMA_VERSION 3: one insert change per row, not one per field (the
# default keeps the per-field inserts of older laptops, the figures' history).
ROW_INSERTS = os.environ.get("FIELDAPP_BENCH_ROW_INSERTS") == "1"


def _value(field: str, i: int) -> object:
    samples: dict[str, object] = {
        "kind": "graffiti", "description": f"надпись на стене дома {i % 997}", "address": f"ул. Абая, {i % 211}",
        "latitude": 54.87 + (i % 1000) / 10_000, "longitude": 69.15 + (i % 777) / 10_000, "channel": "messenger",
        "reporter": "", "received_at": f"2026-03-{1 + i % 28:02d} 10:{i % 60:02d}:00.000000", "status": "received",
        "created_at": f"2026-03-{1 + i % 28:02d} 10:{i % 60:02d}:00.000000", "deleted": 0,
    }
    return samples.get(field)


def make_packages(folder: Path, total_changes: int) -> tuple[list[Path], list[Change], bytes, bytes]:
    """Write the packages; returns their paths, all changes, and the producers' public key (one key, five ids)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = fields(TABLE)
    rows = total_changes // len(names)
    devices = [str(uuid.UUID(int=(0x0190 << 112) | (7 << 76) | (2 << 62) | n)) for n in range(1, LAPTOPS + 1)]
    sign = Ed25519PrivateKey.generate()
    start = pack(int(time.time() * 1000) - 86_400_000)
    per_device: dict[str, list[Change]] = {d: [] for d in devices}
    for r in range(rows):
        dev = devices[r % LAPTOPS]
        row_id = str(uuid.UUID(int=(0x0191 << 112) | (7 << 76) | (2 << 62) | r))
        changes = per_device[dev]
        stamp = start + r
        if ROW_INSERTS:
            changes.append(Change(dev, len(changes) + 1, stamp, TABLE, row_id, ROW,
                                  pack_row((f, _value(f, r)) for f in names), None, None, SCHEMA_VERSION))
            continue
        for f in names:
            changes.append(Change(dev, len(changes) + 1, stamp, TABLE, row_id, f, _value(f, r),  # type: ignore[arg-type]
                                  (), None, SCHEMA_VERSION))
    paths: list[Path] = []
    every: list[Change] = []
    per_pkg = PACKAGES // LAPTOPS
    for dev, changes in per_device.items():
        every.extend(changes)
        size = -(-len(changes) // per_pkg)
        for n in range(per_pkg):
            chunk = changes[n * size:(n + 1) * size]
            data = build_package(Producer(dev, sign, "bench", SCHEMA_VERSION), chunk, vector={})
            path = folder / f"{dev[-4:]}-{n:02d}.fieldsync"
            path.write_bytes(data)
            paths.append(path)
    public = sign.public_key().public_bytes_raw()
    return paths, every, public, public


def receiver(path: Path, sign_public: bytes) -> None:
    """An empty database that has enrolled the laptops' key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    box = X25519PrivateKey.generate().public_key().public_bytes_raw()
    with open_database(path, create=True) as db, db.engine.begin() as conn:
        enroll(conn, sign_public, box, "bench", "bench laptops")


def upsert_baseline(empty: Path, rows: list[tuple[object, ...]], base: Path) -> float:
    """Seconds bare sqlite3 takes to executemany the guarded upsert of `rows` (tbl, row_id, field, hlc, dev, seq)
    into the winners table of a copy of `empty` at `base`: the sync figures' baseline."""
    import shutil
    import sqlite3

    from fieldapp.sync.changelog import UPSERT_WINNER

    shutil.copy(empty, base)
    conn = sqlite3.connect(base, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(UPSERT_WINNER, rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds
