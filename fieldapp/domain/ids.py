"""UUIDv7 record ids (time-sortable, so new rows land at the end of the b-tree) and readable registration numbers."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from datetime import UTC, date, datetime
from functools import lru_cache

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def uuid7() -> str:
    """A UUIDv7 as its canonical string; monotonic within this process even inside one millisecond."""
    global _last_ms, _last_rand
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            # Same (or earlier) millisecond: keep order by bumping the 74 random bits.
            ms = _last_ms
            rand = _last_rand + 1
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 6
        _last_ms, _last_rand = ms, rand
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


_KEYED_CONTEXT = b"fieldapp device id\x00"


def keyed_device_id(sign_public: bytes, ms: int) -> str:
    """A device id that names the signing key it belongs to: a UUIDv8 whose 74 free bits are a hash of the key and
    the id's own millisecond. Whoever sees such an id first, only the holder of that key can speak as it."""
    ms &= (1 << 48) - 1
    digest = hashlib.blake2b(_KEYED_CONTEXT + ms.to_bytes(6, "big") + sign_public, digest_size=10).digest()
    bits = int.from_bytes(digest, "big") >> 6
    value = ms << 80 | 0x8 << 76 | ((bits >> 62) & 0xFFF) << 64 | 0b10 << 62 | (bits & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def keyed_to(device_id: str, sign_public: bytes) -> bool | None:
    """Whether `device_id` was made from this signing key; None for an id that names no key (a UUIDv7: every id
    before keyed ids, and a file's first id, which its key file binds instead)."""
    try:
        parsed = uuid.UUID(device_id)
    except ValueError:
        return None
    if parsed.version != 8:
        return None
    return keyed_device_id(sign_public, parsed.int >> 80) == str(parsed)


def uuid7_time_ms(value: str) -> int:
    """The unix milliseconds a UUIDv7 was minted at."""
    return uuid.UUID(value).int >> 80


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def device_code(device_id: str, length: int = 5) -> str:
    """A short readable code of a device (Crockford base32 of its random bits), printed in registration numbers."""
    bits = uuid.UUID(device_id).int & ((1 << 62) - 1)
    out = []
    for _ in range(length):
        out.append(CROCKFORD[bits & 31])
        bits >>= 5
    return "".join(reversed(out))


# The time part of derived ids (and the creation day) of records that have no day of their own: places and bodies an
# import adds, the classifier's places.
UNDATED = date(2020, 1, 1)
# The creation stamp of records every file is seeded with alike (the default directions, the classifier's places):
# two laptops that each made one hold the same row, so a merge has nothing to choose between.
UNDATED_AT = datetime(UNDATED.year, UNDATED.month, UNDATED.day)


@lru_cache(maxsize=1024)
def _midnight_ms(day: date) -> int:
    """Milliseconds since the epoch at the day's UTC midnight (an import spans a few dozen days)."""
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


def stable_id(identity: str, day: date, salt: str = "reception") -> str:
    """A UUIDv7-shaped id derived from what a record is (a journal row, a classifier code): the same record gets the
    same id on every import and on every laptop, so a sync merges two laptops' imports instead of doubling them; its
    time part is `day`, so the ids still sort by time like the app's own."""
    digest = hashlib.sha256(f"{salt}:{identity}".encode()).digest()
    rand = int.from_bytes(digest[:10], "big") >> 6
    rand_a, rand_b = (rand >> 62) & 0xFFF, rand & ((1 << 62) - 1)
    value = (_midnight_ms(day) & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    hexed = f"{value:032x}"
    return f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"


def journal_number(group_code: str, identity: str) -> str:
    """The talon number of a reception imported from a paper or Excel journal: the group's code and ten Crockford
    characters (50 bits) of the row's identity, grouped 5-5. The same row gets the same number on every laptop that
    imports it; it never looks like a desk number (GROUP-DEVICE-SEQ ends in digits) and uses no device's counter."""
    bits = int.from_bytes(hashlib.sha256(f"talon:{identity}".encode()).digest()[:8], "big") >> 14
    chars = []
    for _ in range(10):
        chars.append(CROCKFORD[bits & 31])
        bits >>= 5
    code = "".join(reversed(chars))
    prefix = (group_code or "П").strip().upper().replace(" ", "")
    return f"{prefix}-{code[:5]}-{code[5:]}"


def registration_number(group_code: str, device: str, seq: int) -> str:
    """A talon number unique across laptops: the group's code, the device's code and the device's own sequence."""
    prefix = (group_code or "П").strip().upper().replace(" ", "")
    return f"{prefix}-{device}-{seq:05d}"
