"""The floor of an import into an empty file: bare stdlib sqlite3 writing the very rows an import left in a file
(every table but the FTS index's own), into a copy of the same empty schema, in one transaction, the way a raw
bulk load does it best: the plain indexes dropped and built again after the rows, the FTS index filled by one
statement instead of its per-row trigger (what the app's import does too, sync.deferred_indexes and
storage.schema_extras). A process that imports nothing of fieldapp.

`python tests/bench/raw_same_writes.py IMPORTED.db EMPTY.db OUT.db [--in-memory]` prints one JSON line: seconds
(from BEGIN to the end of COMMIT), the largest parts, and the process's peak memory. Rows are read 20,000 at a time
while writing; with `--in-memory` (a file small enough) all of them are read before the clock starts, so the figure
is the writes alone.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from raw_replay import peak_rss_mb  # stdlib only, as this side must be

FTS = "reception_fts"  # the FTS5 index and its shadow tables: filled from reception, not copied
FTS_FILL = (f"INSERT INTO {FTS}(rowid, applicant_name, applicant_iin, applicant_phone) "
            f"SELECT rowid, applicant_name, coalesce(applicant_iin, ''), applicant_phone FROM reception")
PAGE = 20_000

# The driver setting the app uses too (storage/engine.py): without an adapter for them, the driver looks up the
# adaptation protocol for every None and bytes it binds (~2 µs each), which would make this floor a looser one.
for _type in (type(None), bytes):
    sqlite3.register_adapter(_type, lambda value: value)


def same_writes(imported: Path, empty: Path, out: Path, in_memory: bool = False) -> dict[str, object]:
    shutil.copy(empty, out)
    src = sqlite3.connect(f"file:{imported}?mode=ro", uri=True)
    dst = sqlite3.connect(out, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    dst.execute("PRAGMA foreign_keys = OFF")
    tables = [name for (name,) in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE ?",
        (FTS + "%",))]
    parts: dict[str, float] = {}
    held: dict[str, list[tuple[object, ...]]] = {}
    if in_memory:
        for table in tables:
            held[table] = src.execute(f'SELECT * FROM "{table}"').fetchall()
    started = time.perf_counter()
    dst.execute("BEGIN")
    # The plain indexes (not a key's, not UNIQUE) and the FTS insert trigger: built and filled after the rows.
    plain = [(name, sql) for name, sql in dst.execute(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")]
    triggers = [(name, sql) for name, sql in dst.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = 'reception_fts_ai'")]
    for name, _sql in plain:
        dst.execute(f'DROP INDEX "{name}"')
    for name, _sql in triggers:
        dst.execute(f'DROP TRIGGER "{name}"')
    for table in tables:
        columns = [row[1] for row in src.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns)
        # OR REPLACE: the empty schema already holds a few rows of its own (the seeded directions, its device).
        insert = f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        begun = time.perf_counter()
        if in_memory:
            dst.executemany(insert, held.pop(table))
        else:
            cursor = src.execute(f'SELECT {names} FROM "{table}"')
            while rows := cursor.fetchmany(PAGE):
                dst.executemany(insert, rows)
        parts[table] = time.perf_counter() - begun
    begun = time.perf_counter()
    for _name, sql in plain:
        dst.execute(sql)
    parts["indexes"] = time.perf_counter() - begun
    begun = time.perf_counter()
    if triggers:
        dst.execute(FTS_FILL)
        for _name, sql in triggers:
            dst.execute(sql)
    parts["fts"] = time.perf_counter() - begun
    begun = time.perf_counter()
    dst.execute("COMMIT")
    parts["commit"] = time.perf_counter() - begun
    seconds = time.perf_counter() - started
    dst.close()
    src.close()
    largest = dict(sorted(((k, round(v, 2)) for k, v in parts.items()), key=lambda kv: -kv[1])[:6])
    return {"seconds": seconds, "parts_s": largest, "peak_rss_mb": peak_rss_mb()}


if __name__ == "__main__":
    print(json.dumps(same_writes(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]),
                                 in_memory="--in-memory" in sys.argv[4:])))
