"""Registration numbers that two devices both handed out: found before an import writes anything.

reception.reg_no is UNIQUE and reads GROUP-DEVICE-SEQ, DEVICE being fieldapp.domain.ids.device_code(): 5 Crockford
characters = 25 random bits of the device id, SEQ the device's own counter from 1. Two devices with equal codes in
one group therefore clash at their very first reception. For n devices under one group code the chance that any two
share a code is about n(n-1)/2 / 2**25: 3.7e-5 for 50 laptops, 1.5e-3 for 300, 1.5 % for 1,000 (the whole country
under one code). A copied database file used to be a surer way (it numbered its first reception under the
original's code before it took a device id of its own); that is designed out in local_meta.this_device_code().

What is left is refused, not repaired: the number is printed on the talon handed to the resident, so renaming
either reception would break the paper trail, and a rename made at import would be a local write that each replica
makes differently, depending on which package it saw first. The refusal names both receptions, so the coordinator
can settle it with the two laptops; without it the import failed as a whole on the UNIQUE index, naming nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldapp.storage.local_meta import Bind
from fieldapp.sync.changelog import Change, Unpacked, dbapi
from fieldapp.sync.fields import ROW

CHUNK = 500


@dataclass(frozen=True)
class Reception:
    id: str
    received_at: str  # as stored (or carried by the change): enough for people to find the paper talon
    device: str  # the device whose change wrote this number ("" for a row already here)


class RegNoClash(Exception):
    """Two different receptions carry one registration number."""

    def __init__(self, reg_no: str, here: Reception, incoming: Reception) -> None:
        super().__init__(f"registration number {reg_no} is on receptions {here.id} and {incoming.id}")
        self.reg_no = reg_no
        self.here = here
        self.incoming = incoming


def check_reg_numbers(bind: Bind, changes: Sequence[Change], rows: Unpacked | None = None) -> None:
    """Raise RegNoClash when `changes` would give a registration number to a second reception (one here already,
    or another among `changes`). `rows`: the batch's inserts unpacked once, shared with the merge."""
    numbered: dict[str, tuple[tuple[int, str, int], str, str]] = {}  # reception id -> its latest (order, reg_no, dev)
    received: dict[str, str] = {}
    rows = Unpacked() if rows is None else rows
    for c in changes:
        # A row's insert counts as a change of both fields (field_changes(), without a Change made per field: a
        # region's file brings a million reception inserts).
        if c.tbl != "reception":
            continue
        if c.field == ROW:
            row = rows[c.value]  # type: ignore[index]
            number, at = row.get("reg_no"), row.get("received_at")
        elif c.field == "reg_no":
            number, at = c.value, None
        elif c.field == "received_at":
            number, at = None, c.value
        else:
            continue
        if isinstance(number, str):
            best = numbered.get(c.row_id)
            if best is None or c.order > best[0]:
                numbered[c.row_id] = (c.order, number, c.dev)
        if isinstance(at, str):
            received[c.row_id] = at
    if not numbered:
        return
    owner: dict[str, Reception] = {}
    for row_id, (_order, number, dev) in sorted(numbered.items()):
        other = owner.get(number)
        mine = Reception(row_id, received.get(row_id, ""), dev)
        if other is not None:
            raise RegNoClash(number, other, mine)
        owner[number] = mine
    numbers = sorted(owner)
    cur = dbapi(bind).cursor()
    try:
        for start in range(0, len(numbers), CHUNK):
            part = numbers[start:start + CHUNK]
            marks = ", ".join("?" * len(part))
            for row_id, reg_no, at in cur.execute(
                    f"SELECT id, reg_no, received_at FROM reception WHERE reg_no IN ({marks})", part):
                incoming = owner[reg_no]
                # The same reception arriving again, or one whose number the batch changes, is no clash.
                if row_id != incoming.id and row_id not in numbered:
                    raise RegNoClash(reg_no, Reception(row_id, str(at), ""), incoming)
    finally:
        cur.close()
