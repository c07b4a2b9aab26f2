"""Hand-made ZIP files for the tests of hostile input: entries written byte by byte (two of one name, names that
leave the archive, a local header that disagrees with the directory, entries sharing bytes) and deflate streams that
unpack to gigabytes while the test itself holds a few kilobytes."""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_UNIT = 1 << 20


@dataclass(frozen=True)
class Entry:
    """One entry as stored: `data` is already deflated when `method` is ZIP_DEFLATED; `size` and `crc` are what
    the headers declare (by default those of `data` itself); `local_name` what the local header says."""

    name: str
    data: bytes
    method: int = zipfile.ZIP_STORED
    size: int | None = None
    crc: int | None = None
    local_name: str | None = None


def deflated(name: str, data: bytes) -> Entry:
    """`data` deflated, as an entry (declared size and CRC its own)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Entry(name, packer.compress(data) + packer.flush(), zipfile.ZIP_DEFLATED, len(data), zlib.crc32(data))


def deflated_repeat(name: str, head: bytes, unit: bytes, size: int, tail: bytes) -> Entry:
    """An entry that unpacks to `head`, then `unit` repeated to about `size` bytes, then `tail`: a megabyte of
    units is deflated once and its stream repeated (each piece stands alone, so the pieces chain into one stream),
    so building a 4 GB bomb takes a megabyte of memory (and a second or two for its CRC)."""

    def piece(data: bytes, last: bool = False) -> bytes:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)

    block = unit * max(1, _UNIT // len(unit))
    times = max(1, size // len(block))
    body = piece(head) + piece(block) * times + piece(tail, last=True)
    total = len(head) + len(block) * times + len(tail)
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    return Entry(name, body, zipfile.ZIP_DEFLATED, min(total, 0xFFFFFFFF), zlib.crc32(tail, crc))


def build(entries: list[Entry]) -> bytes:
    """The ZIP of `entries` in this order, with whatever names, sizes and CRCs they declare."""
    out = bytearray()
    central = bytearray()
    for e in entries:
        offset = len(out)
        name = e.name.encode("utf-8")
        local = (e.local_name if e.local_name is not None else e.name).encode("utf-8")
        size = len(e.data) if e.size is None else e.size
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        out += _LOCAL.pack(b"PK\x03\x04", 20, 0, 0x800, e.method, 0, 0x21, crc, len(e.data), size, len(local), 0)
        out += local + e.data
        central += _CENTRAL.pack(b"PK\x01\x02", 20, 3, 20, 0, 0x800, e.method, 0, 0x21, crc, len(e.data), size,
                                 len(name), 0, 0, 0, 0, 0, offset)
        central += name
    start = len(out)
    out += central
    out += _END.pack(b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def overlapping(outer: Entry, inner: Entry, before: list[Entry] | None = None) -> bytes:
    """A ZIP of `before`, then two stored entries where `inner`, local header and all, lies inside the bytes of
    `outer`: a reader that follows the directory reads those bytes twice (the "quoted overlap" bomb)."""
    before = before or []
    inner_name = inner.name.encode("utf-8")
    inner_record = _LOCAL.pack(b"PK\x03\x04", 20, 0, 0x800, 0, 0, 0x21, zlib.crc32(inner.data), len(inner.data),
                               len(inner.data), len(inner_name), 0) + inner_name + inner.data
    zipped = build([*before, Entry(outer.name, outer.data + inner_record)])
    outer_offset = sum(_LOCAL.size + len(e.name.encode("utf-8")) + len(e.data) for e in before)
    inner_offset = outer_offset + _LOCAL.size + len(outer.name.encode("utf-8")) + len(outer.data)
    end = zipped.rindex(b"PK\x05\x06")
    directory_start = outer_offset + _LOCAL.size + len(outer.name.encode("utf-8")) + len(outer.data) + len(
        inner_record)
    body, directory = zipped[:directory_start], zipped[directory_start:end]
    directory += _CENTRAL.pack(b"PK\x01\x02", 20, 3, 20, 0, 0x800, 0, 0, 0x21, zlib.crc32(inner.data),
                               len(inner.data), len(inner.data), len(inner_name), 0, 0, 0, 0, 0,
                               inner_offset) + inner_name
    count = len(before) + 2
    return body + directory + _END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
