"""`sync digest`: one SHA-256 over the logical content of the domain tables, equal on replicas with equal data.

Every row of every synced table (tombstoned rows included), ordered by table and id, with its id and every synced
field; `updated_at` is left out (local bookkeeping, stamped when a change lands) and so is everything of the sync
layer itself. Defined over the rows, not the change log, so a database that never synced has a digest too.
"""

from __future__ import annotations

import hashlib

import msgpack

from fieldapp.storage.local_meta import Bind
from fieldapp.sync.changelog import dbapi
from fieldapp.sync.fields import fields, tables


def digest(bind: Bind) -> str:
    h = hashlib.sha256()
    cur = dbapi(bind).cursor()
    try:
        for tbl in tables():
            names = sorted(fields(tbl))
            cols = ", ".join(f'"{c}"' for c in ("id", *names))
            h.update(msgpack.packb(["table", tbl, names], use_bin_type=True))
            for row in cur.execute(f'SELECT {cols} FROM "{tbl}" ORDER BY id'):
                # Values as the columns hold them: a whole REAL stays a float, so 1 and 1.0 never hash alike.
                h.update(msgpack.packb(list(row), use_bin_type=True))
    finally:
        cur.close()
    return h.hexdigest()
