"""The fast paths (a Change is its own row of the log, columnar decoding) give exactly what the slow ones did."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from fieldapp.sync.changelog import CHANGE_COLUMNS, INSERT_CHANGE, SELECT_CHANGE, Change, change_from_row, format_bases
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
