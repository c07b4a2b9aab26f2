"""The structure of a ZIP archive checked before anything in it is read, and its entries read with a ceiling.

The sync package and the workbook readers share these checks, so that a file another ZIP reader would read
differently (two entries of one name, entries that overlap, a local header naming another file, names that leave
the archive) is refused, and no entry is unpacked past its limit whatever its header declares. Standard library
only: the callers turn a ZipRefused into their own messages.
"""

from __future__ import annotations

import struct
import zipfile
from typing import IO

__all__ = ["ZipRefused", "open_checked", "read_capped"]

_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # zipfile.structFileHeader
_LOCAL_MAGIC = b"PK\x03\x04"
_UTF8_NAME = 0x800
_ENCRYPTED = 0x1
_END_ENTRIES, _END_DIRECTORY_SIZE = 4, 5  # zipfile._ECD_ENTRIES_TOTAL, zipfile._ECD_SIZE: in the end record
# A central directory record is 46 bytes and the name; the names of an .xlsx or a package are short. A directory
# larger than this per allowed entry is not one of ours, and is refused before zipfile makes an object per record.
_DIRECTORY_BYTES_PER_ENTRY = 512


class ZipRefused(Exception):
    """`reason`: "entries" (more than `limit`), "duplicate" and "name" (of entry `name`), "layout" (overlapping
    entries, a local header that does not match the directory, encryption, an unknown compression), "size" (entry
    `name` unpacks to more than `limit` bytes)."""

    def __init__(self, reason: str, name: str = "", limit: int = 0) -> None:
        super().__init__(f"{reason}: {name!r}")
        self.reason = reason
        self.name = name
        self.limit = limit


def _safe_name(name: str) -> bool:
    """A relative path inside the archive: no root, drive, backslash, control character, empty, `.` or `..` part
    (a trailing slash, a directory entry, is allowed)."""
    if not name or name[0] == "/" or "\\" in name or any(ord(ch) < 0x20 for ch in name):
        return False
    parts = name.split("/")
    if parts[-1] == "":
        parts.pop()
    if not parts or (len(parts[0]) == 2 and parts[0][1] == ":"):
        return False
    return all(part not in ("", ".", "..") for part in parts)


def _precheck(fp: IO[bytes], max_entries: int) -> None:
    """The end-of-directory record, before zipfile reads the directory: not more entries, nor a larger directory,
    than `max_entries` allows (zipfile reads as many records as the directory's size holds, whatever the count)."""
    end_record = getattr(zipfile, "_EndRecData", None)
    if end_record is None:  # a Python without it: the count is still checked once the directory is read
        return
    record = end_record(fp)
    if not record:
        raise zipfile.BadZipFile("no end of central directory")
    entries, size = record[_END_ENTRIES], record[_END_DIRECTORY_SIZE]
    if entries > max_entries or size > max_entries * _DIRECTORY_BYTES_PER_ENTRY:
        raise ZipRefused("entries", limit=max_entries)


def open_checked(fp: IO[bytes], *, max_entries: int, methods: frozenset[int],
                 cls: type[zipfile.ZipFile] = zipfile.ZipFile) -> zipfile.ZipFile:
    """The archive in `fp` (seekable), opened as `cls` once its structure passed: at most `max_entries` entries,
    each named safely and once (case aside: the Office formats compare part names without case), compressed by
    one of `methods`, unencrypted, its local header naming it as the directory does, and no two entries sharing
    bytes. zipfile.BadZipFile for what is not a ZIP at all."""
    _precheck(fp, max_entries)
    fp.seek(0)
    try:
        zf = cls(fp)
    except NotImplementedError:  # a ZIP version or feature zipfile does not read
        raise ZipRefused("layout") from None
    try:
        _check(zf, fp, max_entries, methods)
    except BaseException:
        zf.close()
        raise
    return zf


def _check(zf: zipfile.ZipFile, fp: IO[bytes], max_entries: int, methods: frozenset[int]) -> None:
    infos = zf.infolist()
    if len(infos) > max_entries:
        raise ZipRefused("entries", limit=max_entries)
    seen: set[str] = set()
    for info in infos:
        # zipfile cuts a name at a NUL (and turns os.sep into /): another reader would see the name whole.
        if info.filename != info.orig_filename or not _safe_name(info.filename):
            raise ZipRefused("name", info.orig_filename)
        key = info.filename.lower()
        if key in seen:
            raise ZipRefused("duplicate", info.filename)
        seen.add(key)
        if info.flag_bits & _ENCRYPTED or info.compress_type not in methods:
            raise ZipRefused("layout", info.filename)
    # Every entry's local header names it as the directory does, and its bytes end before the next entry begins:
    # no entry is read twice under two names, nor made of another's bytes.
    end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset < end:
            raise ZipRefused("layout", info.filename)
        fp.seek(info.header_offset)
        header = fp.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise ZipRefused("layout", info.filename)
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_MAGIC:
            raise ZipRefused("layout", info.filename)
        name_length, extra_length = fields[10], fields[11]
        raw_name = fp.read(name_length)
        try:
            name = raw_name.decode("utf-8" if fields[3] & _UTF8_NAME else "cp437")
        except UnicodeDecodeError:
            raise ZipRefused("layout", info.filename) from None
        if name != info.orig_filename:
            raise ZipRefused("layout", info.filename)
        end = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size
    directory = getattr(zf, "start_dir", None)
    if directory is not None and end > directory:
        raise ZipRefused("layout", infos[-1].filename if infos else "")


def read_capped(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The entry's bytes, unpacked a piece at a time and never more than `limit` of them: ZipRefused("size") past
    it, whatever size the entry's header declares."""
    with zipfile.ZipFile.open(zf, name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ZipRefused("size", name, limit)
    return data
