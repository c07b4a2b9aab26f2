"""The changes of a *.fieldsync package as bytes: columnar msgpack + zstd, decoded within limits.

A signed package can still be a bomb: every part is decompressed and decoded a piece at a time, against an allowance
for the whole file, with no list, string or value larger than a genuine part's. Every failure is a PackageError.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

import msgpack
import zstandard

from fieldapp.sync.changelog import Change, make_change

PART_CHANGES = 50_000  # changes per changes/*.bin entry
ZSTD_LEVEL = 6
MAX_PART_BYTES = 1 << 30  # a decompressed part larger than this is refused (a zip bomb, not a package)
VALUE_TYPES = (str, int, float, bytes, type(None))


class PackageError(Exception):
    """A package refused: `code` selects the message (domain.messages), `params` fill it in."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class NewerSchema(PackageError):
    """Made by a newer schema: kept aside (parked) until the app is upgraded."""


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- changes as columns ---------------------------------------------------------------------------------------------


def _row_key(row_id: str) -> bytes | str:
    """A canonical UUID travels as its 16 bytes (most of the bytes of a change), anything else as text."""
    try:
        parsed = uuid.UUID(row_id)
    except ValueError:
        return row_id
    return parsed.bytes if str(parsed) == row_id else row_id


def encode_changes(changes: Sequence[Change]) -> bytes:
    """Columnar msgpack (dictionaries for devices, tables, fields, authors; deltas for seq and hlc), zstd."""
    devs: dict[str, int] = {}
    tbls: dict[str, int] = {}
    flds: dict[str, int] = {}
    authors: dict[str | None, int] = {None: 0}
    cols: dict[str, list[Any]] = {k: [] for k in ("d", "s", "h", "t", "r", "f", "v", "b", "a", "x")}
    prev_seq = prev_hlc = 0
    for c in changes:
        d = devs.setdefault(c.dev, len(devs))
        cols["d"].append(d)
        cols["s"].append(c.seq - prev_seq)
        cols["h"].append(c.hlc - prev_hlc)
        prev_seq, prev_hlc = c.seq, c.hlc
        cols["t"].append(tbls.setdefault(c.tbl, len(tbls)))
        cols["r"].append(_row_key(c.row_id))
        cols["f"].append(flds.setdefault(c.field, len(flds)))
        cols["v"].append(c.value)
        cols["b"].append([x for b in c.bases for x in (devs.setdefault(b[0], len(devs)), b[1])] or None
                         if c.bases_text else None)
        cols["a"].append(authors.setdefault(c.author, len(authors)))
        cols["x"].append(c.schema_version)
    body = {"fmt": 1, "devs": list(devs), "tbls": list(tbls), "flds": list(flds),
            "authors": [a for a in authors if a is not None], **cols}
    packed = msgpack.packb(body, use_bin_type=True)
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(packed)


_VALUE_TYPES = frozenset((*VALUE_TYPES, bool))  # what isinstance(value, VALUE_TYPES) accepts


def _uuid_text(raw: bytes) -> str:
    """str(uuid.UUID(bytes=raw)), without the UUID object."""
    if len(raw) != 16:
        raise PackageError("sync.pkg_corrupt", detail="changes")
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_INT = frozenset((int,))
_ROW_TYPES = frozenset((bytes, str))


def _ints(column: list[Any]) -> bool:
    return not set(map(type, column)) - _INT


# --- limits of what a package may unpack into (a signed package can still be a bomb) --------------------------------

MAX_VALUE_BYTES = 4 << 20  # one field's value: a row's packed insert is a few KB, photo bytes travel as blobs
MAX_PART_ITEMS = 20 * PART_CHANGES  # items of all the lists of a part: its ten columns, dictionaries and bases
MAX_WINDOW = 16 << 20  # the zstd window a part may ask for (level 6 asks 2 MiB): the decoder allocates it
# What the parts of one package file, with the packages it relays, may unpack into in all, counted as decompressed
# bytes plus CHANGE_COST for each change decoded (what a change takes in memory beyond its bytes: the tuple, its
# numbers, a row id): the floor for a small file, and beyond it a multiple of the file's size. Genuine packages
# come to 10 to 30 times their size (the demo's row inserts: 680 + 320 bytes a change, 40 packed); a bomb to
# thousands of times its size.
UNPACK_FLOOR = 128 << 20
UNPACK_RATIO = 48
CHANGE_COST = 320
_STREAM_PIECE = 1 << 20


class Unpacking:
    """What is left of a package file's unpacking allowance (shared by the packages it relays)."""

    __slots__ = ("allowed", "left")

    def __init__(self, size: int) -> None:
        self.allowed = self.left = max(UNPACK_FLOOR, UNPACK_RATIO * size)

    def spend(self, amount: int, part: str) -> None:
        self.left -= amount
        if self.left < 0:
            raise PackageError("sync.pkg_unpacks_too_large", part=part, limit=self.allowed >> 20)


def _msgpack_refusal(exc: ValueError, part: str) -> PackageError:
    """msgpack's ValueError for a limit (its text names the limit), or for bytes that are not msgpack."""
    text = str(exc)
    if "max_array_len" in text or "max_map_len" in text:
        return PackageError("sync.pkg_too_many", part=part, limit=PART_CHANGES)
    if "max_str_len" in text or "max_bin_len" in text or "max_ext_len" in text:
        return PackageError("sync.pkg_value_too_large", part=part, limit=MAX_VALUE_BYTES >> 20)
    return PackageError("sync.pkg_corrupt", detail=part)


def _unpack_part(blob: bytes, part: str, allowance: Unpacking) -> Any:
    """The msgpack body of a part, decompressed and decoded a piece at a time: neither the zstd output nor the
    msgpack input is held whole, the output is counted against the allowance as it comes, and no list, map, string
    or byte string may be larger than a genuine part's, nor all lists together hold more items."""
    items_left = MAX_PART_ITEMS
    maps = 0

    def counted_list(values: list[Any]) -> list[Any]:
        nonlocal items_left
        items_left -= len(values)
        if items_left < 0:
            raise PackageError("sync.pkg_too_many", part=part, limit=MAX_PART_ITEMS)
        return values

    def only_the_body(mapping: dict[str, Any]) -> dict[str, Any]:
        nonlocal maps
        maps += 1  # a value is never a map: the body is the only one
        if maps > 1:
            raise PackageError("sync.pkg_corrupt", detail=part)
        return mapping

    unpacker = msgpack.Unpacker(
        raw=False, strict_map_key=True, use_list=True, list_hook=counted_list, object_hook=only_the_body,
        max_buffer_size=MAX_VALUE_BYTES + 2 * _STREAM_PIECE, max_str_len=MAX_VALUE_BYTES,
        max_bin_len=MAX_VALUE_BYTES, max_array_len=PART_CHANGES, max_map_len=16, max_ext_len=0,
    )
    found: list[Any] = []
    unpacked = 0
    with zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW).stream_reader(blob) as reader:
        while piece := reader.read(_STREAM_PIECE):
            unpacked += len(piece)
            if unpacked > MAX_PART_BYTES:
                raise PackageError("sync.pkg_unpacks_too_large", part=part, limit=MAX_PART_BYTES >> 20)
            allowance.spend(len(piece), part)
            try:
                unpacker.feed(piece)
                found.extend(unpacker)
            except ValueError as exc:
                raise _msgpack_refusal(exc, part) from None
            except msgpack.BufferFull:  # one string (or bytes) longer than the buffer, which holds a value and more
                raise PackageError("sync.pkg_value_too_large", part=part, limit=MAX_VALUE_BYTES >> 20) from None
            except msgpack.UnpackException:
                raise PackageError("sync.pkg_corrupt", detail=part) from None
            if len(found) > 1:
                raise PackageError("sync.pkg_corrupt", detail=part)
    if len(found) != 1:  # nothing whole: a truncated part
        raise PackageError("sync.pkg_corrupt", detail=part)
    return found[0]


def unpack_value(packed: bytes) -> Any:
    """One field's value packed alone (as the hub keeps it), within the limits of a value in a package: a
    ValueError for anything else (a list, a map, an extension, a string past MAX_VALUE_BYTES, not msgpack)."""
    return msgpack.unpackb(packed, raw=False, max_str_len=MAX_VALUE_BYTES, max_bin_len=MAX_VALUE_BYTES,
                           max_array_len=0, max_map_len=0, max_ext_len=0)


def decode_changes(blob: bytes, part: str = "changes", allowance: Unpacking | None = None) -> list[Change]:
    """The inverse of encode_changes(); any inconsistency raises PackageError, naming `part`.

    Decoded a piece at a time within the limits above, and counted against the allowance of the package being read
    (read_package passes it), or of this part alone when called on its own. Column by column: every column is
    checked as a whole and turned into values in bulk (a row id appears once per field, so its text is made once),
    then the changes are built from the columns.
    """
    allowance = allowance or Unpacking(len(blob))
    body = _unpack_part(blob, part, allowance)
    if not isinstance(body, dict) or body.get("fmt") != 1:
        raise PackageError("sync.pkg_corrupt", detail="changes")
    devs, tbls, flds = body["devs"], body["tbls"], body["flds"]
    authors: list[str | None] = [None, *body["authors"]]
    names = ("d", "s", "h", "t", "r", "f", "v", "b", "a", "x")
    cols = [body[k] for k in names]
    if not all(isinstance(c, list) for c in cols):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    n = len(cols[0])
    allowance.spend(n * CHANGE_COST, part)
    if (any(len(c) != n for c in cols) or not all(isinstance(x, str) for x in [*devs, *tbls, *flds])
            or not all(isinstance(a, str) for a in authors[1:])):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    d, s, h, t, r, f, v, b, a, x = cols
    if not (_ints(d) and _ints(s) and _ints(h) and _ints(t) and _ints(f) and _ints(a) and _ints(x)):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    if not set(map(type, v)) <= _VALUE_TYPES:
        raise PackageError("sync.pkg_corrupt", detail="changes")
    seqs = list(accumulate(s))
    hlcs = list(accumulate(h))
    if n and (min(seqs) < 1 or min(hlcs) < 0 or max(hlcs) >= 1 << 63):
        raise PackageError("sync.pkg_corrupt", detail="changes")
    # A row id comes once per field of its row: each distinct one is turned into text once, and the column is
    # mapped through them at C speed.
    try:
        texts: dict[Any, Any] = dict.fromkeys(r)
    except TypeError:  # a list or a map where a row id belongs
        raise PackageError("sync.pkg_corrupt", detail="changes") from None
    if not set(map(type, texts)) <= _ROW_TYPES:
        raise PackageError("sync.pkg_corrupt", detail="changes")
    for row in texts:
        texts[row] = _uuid_text(row) if type(row) is bytes else row
    row_ids: list[str] = list(map(texts.__getitem__, r))
    bases: list[str | None] = [None] * n
    if b.count(None) < n:  # most changes name no base: those need no look
        for i, flat in enumerate(b):
            if flat is None or flat == []:
                continue
            if (not isinstance(flat, list) or len(flat) % 2
                    or not all(isinstance(y, int) and y >= 0 for y in flat)):
                raise PackageError("sync.pkg_corrupt", detail="changes")
            bases[i] = " ".join(f"{devs[flat[j]]}:{flat[j + 1]}" for j in range(0, len(flat), 2))
    return list(map(make_change, zip(map(devs.__getitem__, d), seqs, hlcs, map(tbls.__getitem__, t), row_ids,
                                     map(flds.__getitem__, f), v, bases, map(authors.__getitem__, a), x,
                                     strict=True)))


# --- encryption -------------------------------------------------------------------------------------------------------
