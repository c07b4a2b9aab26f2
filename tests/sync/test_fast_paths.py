"""The fast paths (a Change is its own row of the log, columnar decoding) give exactly what the slow ones did."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from fieldapp.sync.changelog import CHANGE_COLUMNS, INSERT_CHANGE, SELECT_CHANGE, Change, change_from_row, format_bases
from fieldapp.sync.merge import UPSERT_WINNERS_FROM_LOG, seq_runs
from fieldapp.sync.package import PackageError, decode_changes, encode_changes

VALUES = [None, 0, 1, -5, 2**40, -(2**62), 1.5, -0.0, 0.1, "", "x" * 40, "привет", b"", b"\x00\xff" * 3]
BASES = [(), (("dev-b", 3),), (("dev-a", 1), ("dev-b", 2))]


def _changes() -> list[Change]:
    out = []
    seq = 0
    for hlc in (1, 2**50):
        for tbl in ("signal", "stop"):
            for value in VALUES:
                for bases in BASES:
                    for author in (None, "0190a1b2-0000-7000-8000-000000000001"):
                        seq += 1
                        row_id = f"0191{seq:04x}-0000-7000-8000-000000000001" if seq % 3 else f"text-id-{seq}"
                        out.append(Change("dev-a", seq, hlc + seq, tbl, row_id, "description", value,
                                          format_bases(bases), author, 2))
    return out


def test_a_change_goes_into_the_log_and_comes_back_as_it_was() -> None:
    changes = _changes()
    assert [c.bases for c in changes[0:6:2]] == list(BASES)
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute(f"CREATE TABLE sync_change ({', '.join(CHANGE_COLUMNS)}, PRIMARY KEY (dev, seq)) WITHOUT ROWID")
        conn.executemany(INSERT_CHANGE, changes)
        back = [change_from_row(r) for r in conn.execute(f"{SELECT_CHANGE} ORDER BY dev, seq")]
        types = [type(v) for (v,) in conn.execute("SELECT value FROM sync_change ORDER BY dev, seq")]
    finally:
        conn.close()
    assert back == changes
    assert types == [type(c.value) for c in changes]


def test_decode_round_trip() -> None:
    changes = _changes()
    assert decode_changes(encode_changes(changes)) == changes


def test_decode_refuses_bad_columns() -> None:
    import msgpack
    import zstandard

    good = msgpack.unpackb(zstandard.ZstdDecompressor().decompress(encode_changes(_changes()[:4])))
    for key, bad in (("s", [0, 1, 1, 1]), ("v", [[1], None, None, None]), ("r", [b"short", b"x", b"y", b"z"]),
                     ("b", [[1], None, None, None]), ("a", [0, 0, 0, 9]), ("x", ["2", 2, 2, 2])):
        body = {**good, key: bad}
        blob = zstandard.ZstdCompressor().compress(msgpack.packb(body, use_bin_type=True))
        with pytest.raises((PackageError, IndexError)):
            decode_changes(blob)


def test_sequence_runs_cover_exactly_the_changes_given() -> None:
    def change(dev: str, seq: int) -> Change:
        return Change(dev, seq, seq, "signal", f"row-{seq}", "description", None, None, None, 2)

    order = [("a", 1), ("a", 2), ("a", 3), ("b", 7), ("b", 8), ("a", 5), ("a", 4), ("b", 9), ("c", 1),
             ("d", 1), ("d", 1), ("d", 4), ("d", 4)]  # ends, count and sum of 1..4, not a run
    runs = seq_runs([change(d, s) for d, s in order])
    assert runs == [("a", 1, 3), ("b", 7, 8), ("a", 5, 5), ("a", 4, 4), ("b", 9, 9), ("c", 1, 1),
                    ("d", 1, 1), ("d", 1, 1), ("d", 4, 4), ("d", 4, 4)]
    covered = sorted((dev, seq) for dev, first, last in runs for seq in range(first, last + 1))
    assert covered == sorted(order)
    assert seq_runs([]) == []


def test_winners_from_the_log_are_the_best_of_old_and_new_per_field() -> None:
    """The guarded upsert run from the log keeps, per field, the greatest (hlc, dev, seq) of what was there and
    every new change, whatever their order in the batch."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute(f"CREATE TABLE sync_change ({', '.join(CHANGE_COLUMNS)}, PRIMARY KEY (dev, seq)) WITHOUT ROWID")
        conn.execute("CREATE TABLE sync_winner (tbl, row_id, field, hlc, dev, seq, PRIMARY KEY (tbl, row_id, field))"
                     " WITHOUT ROWID")
        conn.execute("INSERT INTO sync_winner VALUES ('signal', 'r1', 'title', 50, 'old', 1)")
        conn.execute("INSERT INTO sync_winner VALUES ('signal', 'r2', 'title', 50, 'old', 2)")
        batch = [
            Change("a", 1, 40, "signal", "r1", "title", "x", None, None, 3),  # older than the old winner
            Change("a", 2, 60, "signal", "r2", "title", "y", None, None, 3),  # newer
            Change("b", 1, 70, "signal", "r3", "title", "z", None, None, 3),  # a new field...
            Change("b", 2, 65, "signal", "r3", "title", "w", None, None, 3),  # ...changed twice, the first wins
            Change("b", 3, 60, "signal", "r2", "title", "v", None, None, 3),  # same hlc as a:2, dev b > a
        ]
        conn.executemany(INSERT_CHANGE, batch)
        conn.executemany(UPSERT_WINNERS_FROM_LOG, seq_runs(batch))
        winners = dict(((r, f), (h, d, s)) for _, r, f, h, d, s in conn.execute("SELECT * FROM sync_winner"))
    finally:
        conn.close()
    assert winners == {("r1", "title"): (50, "old", 1), ("r2", "title"): (60, "b", 3),
                       ("r3", "title"): (70, "b", 1)}
