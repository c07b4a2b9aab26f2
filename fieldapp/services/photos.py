"""Photos attached to a stop, activity, signal or control item. The bytes live in the content-addressed store of
storage.blobs (named by their SHA-256, sealed for a protected database); the Photo row holds caption, credit, role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import PhotoRole
from fieldapp.domain.errors import ValidationError
from fieldapp.services._common import add, live, tombstone, touch
from fieldapp.services.context import Context
from fieldapp.storage.blobs import BlobStore, is_digest
from fieldapp.storage.queries import photos as q
from fieldapp.storage.tables import Activity, ControlItem, Photo, Signal, Stop, Synced
from fieldapp.sync.package import MAX_BLOB_BYTES

OwnerTable = Literal["stop", "activity", "signal", "control_item"]
_OWNERS: dict[str, type[Synced]] = {"stop": Stop, "activity": Activity, "signal": Signal, "control_item": ControlItem}
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    id: str
    sha256: str
    owner_table: str
    owner_id: str
    role: PhotoRole
    caption: str
    credit: str
    mime: str
    size: int
    taken_at: datetime | None
    path: Path  # where the store keeps the bytes (or will, once a sync brings them): sealed for a protected database


def sniff_mime(data: bytes) -> str | None:
    """The image type by its magic bytes (JPEG, PNG, WebP, HEIC), or None; never by the file name."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/heic"
    return None


def _checked(source: bytes | Path, name: str | None) -> tuple[bytes, str]:
    """The photo's bytes and their image type, refused as _read_source refuses them or when not an image
    (`photo.format`); `name` shows the file in a message (the path itself by default)."""
    shown = name or (str(source) if isinstance(source, Path) else "")
    data = _read_source(source, shown)
    mime = sniff_mime(data)
    if mime is None:
        raise ValidationError("photo.format", "photo", path=shown)
    return data, mime


def check_file(path: Path, name: str) -> str:
    """The image type of a photo file, refused as attach_photo would refuse it (`photo.unreadable`, `photo.empty`,
    `photo.too_large`, `photo.format`) from its size and first bytes alone: what a caller looking over many files
    checks before it reads one whole."""
    try:
        if not path.is_file():
            raise ValidationError("photo.unreadable", "photo", path=name)
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(32)
    except OSError:
        raise ValidationError("photo.unreadable", "photo", path=name) from None
    if size == 0:
        raise ValidationError("photo.empty", "photo", path=name)
    if size > MAX_BLOB_BYTES:
        raise ValidationError("photo.too_large", "photo", path=name, limit=MAX_BLOB_BYTES >> 20)
    mime = sniff_mime(head)
    if mime is None:
        raise ValidationError("photo.format", "photo", path=name)
    return mime


def _read_source(source: bytes | Path, name: str) -> bytes:
    """The photo's bytes; refused when empty, unreadable or larger than a package may carry (a photo attached here
    must reach the other laptops: MAX_BLOB_BYTES is what their import accepts)."""
    if isinstance(source, bytes):
        data = source
    else:
        try:
            if Path(source).stat().st_size > MAX_BLOB_BYTES:  # before reading a file of any size into memory
                raise ValidationError("photo.too_large", "photo", path=name, limit=MAX_BLOB_BYTES >> 20)
            data = Path(source).read_bytes()
        except OSError:
            raise ValidationError("photo.unreadable", "photo", path=name) from None
    if not data:
        raise ValidationError("photo.empty", "photo", path=name)
    if len(data) > MAX_BLOB_BYTES:
        raise ValidationError("photo.too_large", "photo", path=name, limit=MAX_BLOB_BYTES >> 20)
    return data


def _info(store: BlobStore, row: Photo) -> PhotoInfo:
    return PhotoInfo(
        row.id, row.sha256, row.owner_table, row.owner_id, PhotoRole(row.role), row.caption, row.credit, row.mime,
        row.size, row.taken_at, store.path(row.sha256) if is_digest(row.sha256) else store.folder,
    )


def _owner_model(owner_table: str) -> type[Synced]:
    model = _OWNERS.get(owner_table)
    if model is None:
        raise ValidationError("photo.owner", "photo", value=owner_table)
    return model


def attach_photo(
    ctx: Context, owner_table: OwnerTable, owner_id: str, source: bytes | Path, *, caption: str = "",
    credit: str = "", role: PhotoRole | str = PhotoRole.GENERAL, taken_at: datetime | None = None,
    name: str | None = None,
) -> PhotoInfo:
    """Attach a photo (a file or its bytes). Empty, unreadable or non-image input is refused (`photo.empty`,
    `photo.unreadable`, `photo.format`); the same bytes attached twice share one blob."""
    model = _owner_model(owner_table)
    data, mime = _checked(source, name)
    photo_role = PhotoRole.parse(role, "role")
    with ctx.db.session() as s:
        live(s, model, owner_id, owner_table)
        stored = StoredBytes(ctx.blob_store.put(data), mime, len(data))
        return _add_row(s, ctx, owner_table, owner_id, stored, caption, credit.strip(), photo_role, taken_at)


@dataclass(frozen=True, slots=True)
class StoredBytes:
    """A photo's bytes checked (size, image type) and kept in the blob store, its row not written yet."""

    sha256: str
    mime: str
    size: int


def store_photo(ctx: Context, source: bytes | Path, *, name: str | None = None) -> StoredBytes:
    """The checks of attach_photo, then the bytes kept: what a caller writing many rows in one transaction does
    first, outside it (`photo.empty`, `photo.unreadable`, `photo.too_large`, `photo.format`)."""
    data, mime = _checked(source, name)
    return StoredBytes(ctx.blob_store.put(data), mime, len(data))


def add_stored_photo(
    s: Session, ctx: Context, owner_table: OwnerTable, owner_id: str, stored: StoredBytes, *, caption: str = "",
    credit: str = "", role: PhotoRole | str = PhotoRole.GENERAL, taken_at: datetime | None = None,
) -> PhotoInfo:
    """The row of a photo kept by store_photo, written in the caller's session."""
    live(s, _owner_model(owner_table), owner_id, owner_table)
    return _add_row(s, ctx, owner_table, owner_id, stored, caption, credit.strip()[:200], PhotoRole.parse(role, "role"),
                    taken_at)


def _add_row(s: Session, ctx: Context, owner_table: OwnerTable, owner_id: str, stored: StoredBytes, caption: str,
             credit: str, role: PhotoRole, taken_at: datetime | None) -> PhotoInfo:
    row = add(s, ctx, Photo(sha256=stored.sha256, owner_table=owner_table, owner_id=owner_id, role=role.value,
                            caption=caption.strip(), credit=credit, mime=stored.mime, size=stored.size,
                            taken_at=taken_at))
    return _info(ctx.blob_store, row)


def update_photo(
    ctx: Context, photo_id: str, *, caption: str = "", credit: str = "", role: PhotoRole | str = PhotoRole.GENERAL
) -> None:
    photo_role = PhotoRole.parse(role, "role").value
    with ctx.db.session() as s:
        row = live(s, Photo, photo_id, "photo")
        row.caption, row.credit, row.role = caption.strip(), credit.strip(), photo_role
        touch(row)


def list_photos(ctx: Context, owner_table: OwnerTable, owner_id: str) -> tuple[PhotoInfo, ...]:
    _owner_model(owner_table)
    with ctx.db.reading() as s:
        store = ctx.blob_store
        return tuple(_info(store, r) for r in q.photos_of(s, owner_table, owner_id))


def get_photo(ctx: Context, photo_id: str) -> PhotoInfo:
    with ctx.db.reading() as s:
        return _info(ctx.blob_store, live(s, Photo, photo_id, "photo"))


def photo_bytes(ctx: Context, photo_id: str) -> bytes:
    """The photo's bytes, verified against their hash (StorageError `photo.missing`, `photo.corrupt`,
    `photo.tampered`)."""
    return ctx.blob_store.get(get_photo(ctx, photo_id).sha256)


def delete_photo(ctx: Context, photo_id: str) -> None:
    """Tombstone the row; the blob stays (other rows may share it, and a sync may still carry it)."""
    with ctx.db.session() as s:
        tombstone(live(s, Photo, photo_id, "photo"))


def seal_plain_photos(ctx: Context) -> int:
    """For a database that has just become protected: its photos' plain files are sealed and removed (a read would
    seal them one by one, but leave the plain file). Returns how many were sealed; 0 for a plain database."""
    if ctx.db.key is None:
        return 0
    with ctx.db.session() as s:
        digests = sorted({str(sha) for (sha,) in s.execute(select(col(Photo.sha256)))})
    return ctx.blob_store.seal_plain(digests)
