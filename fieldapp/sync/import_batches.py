"""How an import applies the changes of its packages: in batches whose working memory is bounded, with a page cache
that holds a batch's writes, and the database's refusal of a row turned into a package error that names it.

Kept apart from exchange.apply_packages(), their one caller, so that exchange stays about packages and their
bookkeeping.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from fieldapp.sync.changelog import Change
from fieldapp.sync.package_codec import PackageError

# What one batch of changes applied at once may cost in working memory, estimated per change: a row insert's packed
# values unpacked into dicts, winners and index entries take about six times their bytes, and every change a few
# hundred bytes. A batch of field edits then holds some 150,000 changes, one of reception inserts some 20,000: an
# import of any size stays within about 100 MB of working memory, and batches are still big for the bulk paths.
APPLY_WEIGHT = 64 << 20


def _cost(part: Sequence[Change]) -> float:
    """What applying `part` costs in working memory, per change on average (see APPLY_WEIGHT)."""
    if not part:
        return 256.0
    # A sample of a thousand or so is estimate enough, and a pass over every value took a tenth of a second a
    # 200,000-change import.
    sample = part[::max(1, len(part) // 1024)]
    sized = sum([len(v) for v in map(_value_of, sample) if type(v) is bytes or type(v) is str])
    return 256 + 6 * sized / len(sample)


_value_of = itemgetter(6)  # a change's value


def batches(parts: Iterable[list[Change]]) -> Iterator[list[Change]]:
    """The changes of `parts` (of any number of packages) in batches of about APPLY_WEIGHT."""
    batch: list[Change] = []
    room = float(APPLY_WEIGHT)
    for part in parts:
        each = _cost(part)
        start = 0
        while start < len(part):
            fit = int(room // each)
            if fit == 0 and batch:  # not one more fits: this batch is full
                yield batch
                batch, room = [], float(APPLY_WEIGHT)
                continue
            end = min(len(part), start + max(fit, 1))
            batch.extend(part[start:end])
            room -= (end - start) * each
            start = end
            if start < len(part):  # the rest of the part did not fit
                yield batch
                batch, room = [], float(APPLY_WEIGHT)
    if batch:
        yield batch


# SQLite's page cache while an import applies (2 MB by default): the change log, the winners and the rows of a
# batch are written into a few thousand pages, and a cache that holds them keeps them from being spilled to the WAL
# and read back before the commit (measured: the log and winners of 200,000 changes 0.92 s with 2 MB, 0.61 s with
# 64 MB). Counted in the import's memory bound; given back when the import ends.
IMPORT_CACHE_KIB = 64 << 10


@contextmanager
def page_cache(cur: Any, kib: int) -> Iterator[None]:
    (before,) = cur.execute("PRAGMA cache_size").fetchone()
    cur.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        cur.execute(f"PRAGMA cache_size = {int(before)}")


INTEGRITY_ERRORS = (sqlcipher.IntegrityError, sqlite3.IntegrityError)
_NOT_NULL = re.compile(r"NOT NULL constraint failed: (\w+)\.(\w+)")


def integrity_refusal(exc: Exception) -> PackageError:
    """The package error for a row the database refused: the table and column when SQLite names them."""
    found = _NOT_NULL.search(str(exc))
    if found:
        return PackageError("sync.pkg_missing_field", table=found[1], column=found[2])
    return PackageError("sync.pkg_row_refused", detail=str(exc)[:200])
