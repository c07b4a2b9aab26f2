"""Sync bookkeeping (SYNC.md): the append-only change log, field winners, conflicts, devices, keys and packages."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlalchemy import BigInteger, Column, LargeBinary, false
from sqlmodel import Field, SQLModel

# None of these tables is @synced: they describe the sync, they are not synced themselves.


class SyncChange(SQLModel, table=True):
    """One changed field of one record, as its origin device wrote it; never updated, never deleted."""

    __tablename__ = "sync_change"
    # Keyed by (dev, seq), a change's global identity (bases, version vectors and duplicates all use it), with no
    # rowid and no other index: one B-tree, appended to in (dev, seq) order. The changes of one field are found
    # through sync_winner (a field with one change) or sync_history (a field with more).
    __table_args__ = {"sqlite_with_rowid": False}
    dev: str = Field(primary_key=True, max_length=36)
    seq: int = Field(primary_key=True)
    hlc: int = Field(sa_column=Column(BigInteger, nullable=False))
    tbl: str
    row_id: str = Field(max_length=36)
    field: str
    # Declared BLOB so SQLite keeps whatever type the value has (text, integer, real, NULL): no affinity.
    value: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    bases: str | None = None  # "dev:seq dev:seq": the change(s) the editor was looking at
    author: str | None = Field(default=None, max_length=36)
    schema_version: int


class SyncHistory(SQLModel, table=True):
    """Every change of each field that has more than one: the set its heads and conflicts are computed from.

    Most fields never change after their insert, so they are left out: their one change is their winner.
    """

    __tablename__ = "sync_history"
    __table_args__ = {"sqlite_with_rowid": False}
    tbl: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True)
    dev: str = Field(primary_key=True, max_length=36)
    seq: int = Field(primary_key=True)


class SyncWinner(SQLModel, table=True):
    """The winning change of every field: max (hlc, dev, seq), kept by a guarded upsert."""

    __tablename__ = "sync_winner"
    __table_args__ = {"sqlite_with_rowid": False}
    tbl: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True)
    hlc: int = Field(sa_column=Column(BigInteger, nullable=False))
    dev: str = Field(max_length=36)
    seq: int


class SyncConflict(SQLModel, table=True):
    """Fields whose changes have more than one head with different values (recomputed from the set of changes)."""

    __tablename__ = "sync_conflict"
    __table_args__ = {"sqlite_with_rowid": False}
    tbl: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True)


class SyncDevice(SQLModel, table=True):
    """An origin device whose changes this database holds: its version-vector entry and what is missing."""

    __tablename__ = "sync_device"
    dev: str = Field(primary_key=True, max_length=36)
    contiguous: int = 0  # highest seq such that 1..seq are all here
    max_seq: int = 0  # highest seq seen; a gap when above contiguous
    key_fp: str | None = None  # the key of the producer whose package brought its changes last
    last_package_id: str | None = None
    last_package_at: NaiveDatetime | None = None


class SyncKey(SQLModel, table=True):
    """An enrolled signing key: packages signed by it are accepted, unless revoked."""

    __tablename__ = "sync_key"
    fingerprint: str = Field(primary_key=True)
    device: str = Field(max_length=36)  # the device id the key file named when enrolled
    name: str = ""
    sign_key: str  # Ed25519 public key, base64
    box_key: str  # X25519 public key, base64 (packages encrypted for this device)
    enrolled_at: NaiveDatetime
    revoked_at: NaiveDatetime | None = None
    # A coordinator's office: its packages may carry other devices' changes (the merged state it sends back) and
    # relay packages of keys it enrolled. Granted by whoever enrols the key, never claimed by the key file.
    relay: bool = Field(default=False, sa_column_kwargs={"server_default": false()})


class SyncPackage(SQLModel, table=True):
    """A package already applied (or parked): importing it again is a no-op."""

    __tablename__ = "sync_package"
    package_id: str = Field(primary_key=True, max_length=36)
    producer: str = Field(max_length=36)
    key_fp: str
    sha256: str = Field(max_length=64)
    imported_at: NaiveDatetime
    changes: int = 0
    new_changes: int = 0
    clock_suspicious: bool = False
    status: str = "applied"  # applied | parked


class SyncParked(SQLModel, table=True):
    """A package made by a newer schema, kept byte for byte until this app is upgraded."""

    __tablename__ = "sync_parked"
    package_id: str = Field(primary_key=True, max_length=36)
    schema_version: int
    received_at: NaiveDatetime
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
