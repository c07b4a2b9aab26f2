"""Signals the way they arrive: photos of drug graffiti sent by residents to a messenger number «с точными
координатами» (seed 002). Photos dropped loose, or a messenger's chat export (chat_export.py), become one proposed
signal per photo, placed by the photo's EXIF GPS position, else by a location or «lat, lon» in its message, else by
a location message the same person sent beside it; received when the photo was taken (EXIF DateTimeOriginal) or
else when the message came. The user accepts, merges or drops proposals and places the unplaced by hand; the chosen
ones are then written through the signals and photos services in one transaction, each photo attached as «до».

Every file is someone else's: a file that is not an image, an EXIF position off the globe, a malformed chat, a path
leaving the export's folder are skipped with a message naming the file; sizes and counts are bounded. Qt-free."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from PIL import ExifTags, Image

from fieldapp.domain.enums import PhotoRole, SignalChannel, SignalKind
from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.domain.rules import check_coordinates
from fieldapp.services import photos, signals
from fieldapp.services.chat_export import (
    IMAGE_SUFFIXES,
    TELEGRAM_NAME,
    ChatMessage,
    ChatRead,
    is_whatsapp_name,
    read_telegram,
    read_whatsapp,
)
from fieldapp.services.context import Context
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.signals import RECEIVED_SLACK, SignalDraft

MAX_PHOTOS = 1000  # photos read in one intake; the rest are named as left out
NEARBY = timedelta(minutes=15)  # a location sent this close to a photo by the same person places it
NEARBY_MESSAGES = 10
EARLIEST = datetime(2000, 1, 1)  # an EXIF date before this is a camera clock never set
_PIL_FORMATS = ("JPEG", "PNG", "WEBP")  # what Pillow may parse here; HEIC is taken without EXIF


class Placement(StrEnum):
    EXIF = "exif"  # the photo's own GPS tags
    MESSAGE = "message"  # a location or coordinates in the message carrying the photo
    NEARBY = "nearby"  # a location message sent beside it by the same person
    HAND = "hand"  # coordinates pasted in the preview
    NONE = "none"


@dataclass(frozen=True, slots=True)
class PhotoFacts:
    latitude: float | None
    longitude: float | None
    taken_at: datetime | None
    problem: DomainError | None = None  # an EXIF position refused (off the globe, 0°, 0°)


@dataclass(frozen=True, slots=True)
class PhotoProposal:
    path: Path
    name: str  # as shown: the file name, relative to the export's folder for a chat
    latitude: float | None
    longitude: float | None
    placed_by: Placement
    received_at: datetime | None
    taken_at: datetime | None
    text: str = ""  # the message carrying the photo
    reporter: str = ""  # who sent it


@dataclass(frozen=True, slots=True)
class ProposedSignal:
    """One signal to create: its photos (one, or several merged), where and when."""

    photos: tuple[PhotoProposal, ...]
    latitude: float | None
    longitude: float | None
    placed_by: Placement
    received_at: datetime | None
    description: str
    reporter: str

    @property
    def placed(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def placed_at(self, latitude: float, longitude: float) -> ProposedSignal:
        """Placed by hand (checked: `latitude.range`, `longitude.range`)."""
        lat, lon = check_coordinates(latitude, longitude)
        return replace(self, latitude=lat, longitude=lon, placed_by=Placement.HAND)


@dataclass(frozen=True, slots=True)
class IntakeScan:
    photos: tuple[PhotoProposal, ...]
    problems: tuple[DomainError, ...]  # files skipped or read in part, each naming its file
    chats: int = 0

    def proposals(self) -> list[ProposedSignal]:
        return [single(p) for p in self.photos]


def single(photo: PhotoProposal) -> ProposedSignal:
    return ProposedSignal((photo,), photo.latitude, photo.longitude, photo.placed_by, photo.received_at,
                          photo.text, photo.reporter)


def merge(items: Sequence[ProposedSignal]) -> ProposedSignal:
    """Several proposals as one signal: all their photos, the first position found (a hand-placed one first), the
    earliest time, the texts that differ, the first sender named."""
    if not items:
        raise ValueError("nothing to merge")
    ordered = sorted(items, key=lambda i: (i.placed_by is not Placement.HAND, not i.placed))
    where = ordered[0]
    times = [i.received_at for i in items if i.received_at is not None]
    texts = list(dict.fromkeys(i.description for i in items if i.description))
    return ProposedSignal(
        tuple(p for i in items for p in i.photos), where.latitude, where.longitude, where.placed_by,
        min(times) if times else None, "\n".join(texts), next((i.reporter for i in items if i.reporter), ""))


# --- EXIF -------------------------------------------------------------------------------------------------------------


def _ratio(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]  # IFDRational, int or float; a zero denominator gives nan
    except (TypeError, ValueError, ZeroDivisionError):
        return math.nan
    return number


def _degrees(value: object, ref: object) -> float:
    if isinstance(value, tuple | list) and 1 <= len(value) <= 3:
        parts = [_ratio(v) for v in value] + [0.0, 0.0]
        deg, minutes, seconds = parts[0], parts[1], parts[2]
        # 60 is a rounding carry, not an error: a writer that converts 42.9° rounds 53′ 59.9999″ to 53′ 60″.
        if not (0 <= minutes <= 60 and 0 <= seconds <= 60):
            return math.nan
        number = deg + minutes / 60 + seconds / 3600
    else:
        number = _ratio(value)
    letter = ref.decode("ascii", "replace") if isinstance(ref, bytes) else str(ref or "")
    return -number if letter.strip().upper()[:1] in ("S", "W") else number


def _exif_moment(value: object, now: datetime) -> datetime | None:
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.strptime(text.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return moment if EARLIEST <= moment <= now + RECEIVED_SLACK else None


def read_facts(path: Path, now: datetime, name: str = "") -> PhotoFacts:
    """The GPS position and DateTimeOriginal of a photo. Refused naming the file: unreadable, empty, too large, not
    an image by its bytes (`photo.format`) or not decodable (`intake.broken_image`). An impossible position is no
    position, with its problem kept."""
    shown = name or path.name
    if photos.check_file(path, shown) == "image/heic":
        return PhotoFacts(None, None, None)  # Pillow reads no HEIC here: taken as it is, placed by its message
    try:
        with Image.open(path, formats=_PIL_FORMATS) as image:
            exif = image.getexif()
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            moment = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal) or exif.get(
                ExifTags.Base.DateTime)
    except (OSError, ValueError, SyntaxError, TypeError, KeyError, Image.DecompressionBombError):
        raise ValidationError("intake.broken_image", "photo", path=shown) from None
    taken_at = _exif_moment(moment, now)
    if ExifTags.GPS.GPSLatitude not in gps or ExifTags.GPS.GPSLongitude not in gps:
        return PhotoFacts(None, None, taken_at)
    lat = _degrees(gps[ExifTags.GPS.GPSLatitude], gps.get(ExifTags.GPS.GPSLatitudeRef))
    lon = _degrees(gps[ExifTags.GPS.GPSLongitude], gps.get(ExifTags.GPS.GPSLongitudeRef))
    shown_value = f"{lat:.4f}, {lon:.4f}"
    try:
        lat, lon = check_coordinates(lat, lon)
    except DomainError:
        return PhotoFacts(None, None, taken_at, ValidationError("intake.exif_position", "photo", path=shown,
                                                                value=shown_value))
    if lat == 0 and lon == 0:  # a phone that wrote its GPS tags before it had a fix
        return PhotoFacts(None, None, taken_at, ValidationError("intake.exif_position", "photo", path=shown,
                                                                value=shown_value))
    return PhotoFacts(lat, lon, taken_at)


# --- scanning what was dropped ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    path: Path
    name: str
    message: ChatMessage | None = None
    nearby: tuple[float, float] | None = None


def _nearby(messages: Sequence[ChatMessage], index: int) -> tuple[float, float] | None:
    """The position of the closest location message the photo's sender sent within NEARBY of it."""
    photo = messages[index]
    best: tuple[float, tuple[float, float]] | None = None
    for j in range(max(0, index - NEARBY_MESSAGES), min(len(messages), index + NEARBY_MESSAGES + 1)):
        other = messages[j]
        if j == index or other.photo is not None or other.position is None or other.sender != photo.sender:
            continue
        if photo.sent_at is not None and other.sent_at is not None:
            gap = abs((other.sent_at - photo.sent_at).total_seconds())
            if gap > NEARBY.total_seconds():
                continue
        else:
            gap = abs(j - index) * 60.0
        if best is None or gap < best[0]:
            best = (gap, other.position)
    return best[1] if best is not None else None


def _from_chat(read: ChatRead, root: Path) -> list[_Candidate]:
    found = []
    for index, message in enumerate(read.messages):
        if message.photo is None:
            continue
        name = message.photo.relative_to(root.resolve()).as_posix()
        found.append(_Candidate(message.photo, name, message,
                                None if message.position is not None else _nearby(read.messages, index)))
    return found


def _read_chat(path: Path, problems: list[DomainError]) -> tuple[list[_Candidate], int]:
    try:
        read = read_telegram(path) if path.suffix.lower() == ".json" else read_whatsapp(path)
    except DomainError as exc:
        problems.append(exc)
        return [], 0
    problems.extend(read.problems)
    return _from_chat(read, path.parent), 1


def _chats_in(folder: Path) -> list[Path]:
    try:
        entries = sorted(p for p in folder.iterdir() if p.is_file())
    except OSError:
        return []
    return [p for p in entries if p.name.lower() == TELEGRAM_NAME or is_whatsapp_name(p)]


def _loose_images(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
    except OSError:
        return []


def _candidates(paths: Iterable[Path], problems: list[DomainError]) -> tuple[list[_Candidate], int]:
    found: list[_Candidate] = []
    chats = 0
    for path in paths:
        if path.is_dir():
            exports = _chats_in(path)
            for export in exports:
                more, counted = _read_chat(export, problems)
                found += more
                chats += counted
            if not exports:
                found += [_Candidate(p, p.name) for p in _loose_images(path)]
        elif path.suffix.lower() == ".json" or is_whatsapp_name(path) or path.suffix.lower() == ".txt":
            more, counted = _read_chat(path, problems)
            found += more
            chats += counted
        else:
            found.append(_Candidate(path, path.name))
    return found, chats


def _proposal(candidate: _Candidate, facts: PhotoFacts, now: datetime) -> PhotoProposal:
    message = candidate.message
    lat, lon, placed_by = facts.latitude, facts.longitude, Placement.EXIF
    if lat is None and message is not None and message.position is not None:
        (lat, lon), placed_by = message.position, Placement.MESSAGE
    elif lat is None and candidate.nearby is not None:
        (lat, lon), placed_by = candidate.nearby, Placement.NEARBY
    elif lat is None:
        placed_by = Placement.NONE
    sent_at = message.sent_at if message is not None else None
    if sent_at is not None and not EARLIEST <= sent_at <= now + RECEIVED_SLACK:
        sent_at = None  # a clock that cannot be right: received now, unless the photo says when
    return PhotoProposal(candidate.path, candidate.name, lat, lon, placed_by, facts.taken_at or sent_at,
                         facts.taken_at, message.text if message is not None else "",
                         message.sender if message is not None else "")


def scan(paths: Iterable[Path], now: datetime, progress: Progress = no_progress,
         cancel: CancelToken = NEVER_CANCELLED) -> IntakeScan:
    """What was dropped (photos, folders of photos, chat exports or their folders) read into one proposal per
    photo, oldest first; the same photo met twice counts once."""
    problems: list[DomainError] = []
    found, chats = _candidates(paths, problems)
    seen: set[Path] = set()
    unique = []
    for candidate in found:
        key = candidate.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(candidate)
    if len(unique) > MAX_PHOTOS:
        problems.append(ValidationError("intake.too_many_photos", "photo", limit=MAX_PHOTOS,
                                        count=len(unique) - MAX_PHOTOS))
        unique = unique[:MAX_PHOTOS]
    proposals = []
    for done, candidate in enumerate(unique):
        cancel.check()
        progress(done, len(unique), candidate.name)
        try:
            facts = read_facts(candidate.path, now, candidate.name)
        except DomainError as exc:
            problems.append(exc)
            continue
        if facts.problem is not None:
            problems.append(facts.problem)
        proposals.append(_proposal(candidate, facts, now))
    progress(len(unique), len(unique), "")
    proposals.sort(key=lambda p: (p.received_at is None, p.received_at or now, p.name))
    return IntakeScan(tuple(proposals), tuple(problems), chats)


# --- writing ----------------------------------------------------------------------------------------------------------


def create_signals(
    ctx: Context, items: Sequence[ProposedSignal], *, kind: SignalKind | str = SignalKind.DRUG_GRAFFITI,
    channel: SignalChannel | str = SignalChannel.MESSENGER, progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> tuple[str, ...]:
    """The signals accepted, each with its photos as «до», written in one transaction: all or none. A drug graffiti
    must be placed (`intake.unplaced`); a photo changed or gone since it was read is refused naming it."""
    signal_kind = SignalKind.parse(kind, "kind")
    unplaced = sum(not item.placed for item in items)
    if signal_kind is SignalKind.DRUG_GRAFFITI and unplaced:
        raise ValidationError("intake.unplaced", "coordinates", count=unplaced)
    total = sum(len(item.photos) for item in items)
    stored: list[list[photos.StoredBytes]] = []
    done = 0
    for item in items:  # the bytes first, outside the transaction: the write lock is then held for rows only
        kept = []
        for photo in item.photos:
            cancel.check()
            progress(done, total + 1, photo.name)
            kept.append(photos.store_photo(ctx, photo.path, name=photo.name))
            done += 1
        stored.append(kept)
    cancel.check()
    progress(total, total + 1, "")
    ids = []
    with ctx.db.session() as s:
        for item, kept in zip(items, stored, strict=True):
            draft = SignalDraft(kind=signal_kind, description=item.description, latitude=item.latitude,
                                longitude=item.longitude, channel=channel, reporter=item.reporter,
                                received_at=item.received_at)
            signal_id = signals.add_signal(s, ctx, draft)
            for photo, blob in zip(item.photos, kept, strict=True):
                photos.add_stored_photo(s, ctx, "signal", signal_id, blob, role=PhotoRole.BEFORE,
                                        taken_at=photo.taken_at, credit=photo.reporter)
            ids.append(signal_id)
    progress(total + 1, total + 1, "")
    return tuple(ids)
