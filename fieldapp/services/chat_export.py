"""Messenger chat exports read as messages: Telegram Desktop's JSON export (`result.json`) and WhatsApp's
«Экспорт чата» text (`_chat.txt`, from Android or iPhone, in Russian, Kazakh or English). Each message keeps when it
was sent, who sent it, its text, the photo it carries (a path checked to stay inside the export's folder) and the
position it names (a location message, a map link or «lat, lon» in its text).

Everything in an export is someone else's: sizes are bounded, a malformed file is refused naming it, a path leaving
the folder (../, an absolute path, a link pointing out) is skipped naming it. Qt-free."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.domain.rules import check_coordinates, parse_coordinates

MAX_CHAT_BYTES = 64 << 20  # a chat export larger than this is refused before it is read
MAX_MESSAGES = 200_000
MAX_TEXT = 4000  # characters of one message kept
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"})

TELEGRAM_NAME = "result.json"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    sent_at: datetime | None
    sender: str
    text: str
    photo: Path | None  # resolved, inside the export's folder
    position: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class ChatRead:
    messages: tuple[ChatMessage, ...]
    problems: tuple[DomainError, ...]


# --- positions in free text ------------------------------------------------------------------------------------------

_LINK = re.compile(r"(?:https?://|geo:)[^\s<>\"']+", re.I)
# «54.87312, 69.15021» inside a sentence: decimals of three digits at least, so «ул. Абая 12, 3» is not a place.
_DECIMAL_PAIR = re.compile(r"(?<![\d.,])(-?\d{1,2}[.,]\d{3,})\s*[,;]?\s+(-?\d{1,3}[.,]\d{3,})(?![\d.,])|"
                           r"(?<![\d.,])(-?\d{1,2}\.\d{3,}),\s*(-?\d{1,3}\.\d{3,})(?![\d.,])")


def position_in(text: str) -> tuple[float, float] | None:
    """The position a message names: a map or geo: link, a decimal «lat, lon» pair in its text, or a line that is
    coordinates on its own (degrees with с.ш./N, minutes and seconds). None when it names none or an impossible one."""
    for link in _LINK.findall(text):
        try:
            return parse_coordinates(link.rstrip(").,;"))
        except DomainError:
            continue
    for found in _DECIMAL_PAIR.finditer(text):
        lat, lon = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        try:
            return check_coordinates(float(lat.replace(",", ".")), float(lon.replace(",", ".")))
        except (ValueError, DomainError):
            continue
    for line in text.splitlines():
        if line.strip() and len(line) <= 120:
            try:
                return parse_coordinates(line)
            except DomainError:
                continue
    return None


def inside(root: Path, relative: str) -> Path | None:
    """`relative` resolved under `root`, or None when it leaves it (.., an absolute path, a link pointing out)."""
    if not relative or "\x00" in relative:
        return None
    base = root.resolve()
    try:
        target = (base / relative).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    return target if target.is_relative_to(base) and target != base else None


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_CHAT_BYTES:
            raise ValidationError("intake.chat_too_large", "file", where=path.name, limit=MAX_CHAT_BYTES >> 20)
        return path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        raise ValidationError("photo.unreadable", "file", path=path.name) from None


# --- Telegram Desktop: result.json -----------------------------------------------------------------------------------


def _telegram_text(value: object) -> str:
    """`text` is a string, or a list of strings and entities ({"type": "link", "text": ...}, text links with
    "href"): the words and the addresses behind them."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts: list[str] = []
    for part in value[:1000]:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            parts.append(str(part.get("text", "")))
            if isinstance(part.get("href"), str):
                parts.append(" " + part["href"])
    return "".join(parts)


def _telegram_chats(data: object) -> Iterator[list[Any]]:
    """The message lists of a one-chat export ({"messages": [...]}) or of a full one ({"chats": {"list": [...]}})."""
    if not isinstance(data, dict):
        return
    if isinstance(data.get("messages"), list):
        yield data["messages"]
    chats = data.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        for chat in chats["list"]:
            if isinstance(chat, dict) and isinstance(chat.get("messages"), list):
                yield chat["messages"]


def _telegram_location(item: dict[str, Any]) -> tuple[float, float] | None:
    where = item.get("location_information")
    if not isinstance(where, dict):
        return None
    lat, lon = where.get("latitude"), where.get("longitude")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float) or isinstance(lat, bool):
        return None
    try:
        return check_coordinates(float(lat), float(lon))
    except DomainError:
        return None


def _telegram_date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value[:19]).replace(tzinfo=None)
    except ValueError:
        return None


def _telegram_photo(item: dict[str, Any], root: Path, problems: list[DomainError]) -> Path | None:
    relative = item.get("photo")
    if not isinstance(relative, str):
        # A photo sent «as a file» keeps its EXIF: Telegram exports it under "file" with its mime type.
        mime, relative = item.get("mime_type"), item.get("file")
        if not (isinstance(relative, str) and isinstance(mime, str) and mime.startswith("image/")):
            return None
    if relative.startswith("(File not included"):
        problems.append(ValidationError("intake.not_included", "file", where=TELEGRAM_NAME))
        return None
    target = inside(root, relative)
    if target is None:
        problems.append(ValidationError("intake.outside", "file", path=relative[:200]))
    return target


def read_telegram(path: Path) -> ChatRead:
    """Telegram Desktop's «Экспорт истории чата» in JSON: messages with `date`, `from`, `text`, `photo` (or an image
    `file`) and `location_information`. A malformed file raises `intake.chat_malformed` naming it."""
    raw = _read_text(path)
    try:
        data = json.loads(raw, parse_constant=lambda _c: None)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", 0)
        raise ValidationError("intake.chat_malformed", "file", where=path.name, line=line) from None
    lists = list(_telegram_chats(data))
    if not lists:
        raise ValidationError("intake.chat_malformed", "file", where=path.name, line=0)
    root, problems, messages = path.parent, list[DomainError](), list[ChatMessage]()
    for items in lists:
        for item in items:
            if len(messages) >= MAX_MESSAGES:
                problems.append(ValidationError("intake.too_many_messages", "file", where=path.name,
                                                limit=MAX_MESSAGES))
                return ChatRead(tuple(messages), tuple(problems))
            if not isinstance(item, dict) or item.get("type", "message") != "message":
                continue
            text = _telegram_text(item.get("text"))[:MAX_TEXT]
            sender = item.get("from")
            messages.append(ChatMessage(
                _telegram_date(item.get("date")), sender[:200] if isinstance(sender, str) else "", text.strip(),
                _telegram_photo(item, root, problems), _telegram_location(item) or position_in(text)))
    return ChatRead(tuple(messages), tuple(problems))


# --- WhatsApp: _chat.txt ---------------------------------------------------------------------------------------------

# «07.12.2026, 14:03 - Имя: …» (Android), «[07.12.2026, 14:03:11] Имя: …» (iPhone), «12/7/26, 2:03 PM - Name: …».
_WA_LINE = re.compile(
    r"^[\u200e\u200f]?\[?(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),?\s+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:[\s\u202f\u00a0]*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?=[\]\s]))?\]?\s*(?:[-–]\s+)?(?P<rest>.*)$")
# «IMG-20261207-WA0001.jpg (файл добавлен)» / «(file attached)»; «<вложение: 00000012-PHOTO-….jpg>» / «<attached: …>».
_WA_ANDROID_FILE = re.compile(r"^[\u200e\u200f]?(?P<file>[^<>:]+?\.[A-Za-z0-9]{2,5})\s+\([^()]+\)\s*$")
_WA_IOS_FILE = re.compile(r"<[^<>:]{1,40}:\s*(?P<file>[^<>]+?\.[A-Za-z0-9]{2,5})\s*>")
_MARKS = str.maketrans("", "", "\u200e\u200f\u202a\u202c")


def _wa_moment(date: str, time: str, ampm: str | None) -> datetime | None:
    parts = [int(p) for p in re.split(r"[./-]", date)]
    year = parts[2] + 2000 if parts[2] < 100 else parts[2]
    # Day first, as Russian and Kazakh phones write; month first for the American «12/7/26, 2:03 PM».
    first, second = parts[0], parts[1]
    month_first = ("/" in date and ampm is not None and second <= 31 and first <= 12) or second > 12
    day, month = (second, first) if month_first else (first, second)
    clock = [int(p) for p in time.split(":")]
    hour = clock[0]
    if ampm:
        pm = ampm.strip().lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    try:
        return datetime(year, month, day, hour, clock[1], clock[2] if len(clock) > 2 else 0)
    except ValueError:
        return None


def _wa_photo(text: str, root: Path, problems: list[DomainError]) -> tuple[Path | None, str]:
    """The image a message line attaches (None for none or another kind of file) and the rest of its text."""
    found = _WA_ANDROID_FILE.match(text) or _WA_IOS_FILE.search(text)
    if found is None:
        return None, text
    name = found.group("file").strip()
    rest = (text[:found.start()] + text[found.end():]).strip()
    if Path(name).suffix.lower() not in IMAGE_SUFFIXES:
        return None, rest
    target = inside(root, name)
    if target is None:
        problems.append(ValidationError("intake.outside", "file", path=name[:200]))
    return target, rest


@dataclass
class _Open:
    sent_at: datetime | None
    sender: str
    photo: Path | None
    lines: list[str]


def read_whatsapp(path: Path) -> ChatRead:
    """WhatsApp's «Экспорт чата» («с медиафайлами»): one message per dated line, continuation lines belong to the
    message above (a photo's caption comes so); system lines (no «Имя:») are left out."""
    raw = _read_text(path)
    root, problems, messages = path.parent, list[DomainError](), list[ChatMessage]()
    current: _Open | None = None

    def close() -> None:
        if current is not None:
            text = "\n".join(current.lines).strip()[:MAX_TEXT]
            messages.append(ChatMessage(current.sent_at, current.sender, text, current.photo, position_in(text)))

    recognised = 0
    for line in raw.splitlines():
        clean = line.translate(_MARKS)
        found = _WA_LINE.match(clean)
        moment = _wa_moment(found["date"], found["time"], found["ampm"]) if found else None
        if found is None or moment is None:
            if current is not None and len(current.lines) < 200:
                current.lines.append(clean)
            continue
        recognised += 1
        close()
        current = None
        if len(messages) >= MAX_MESSAGES:
            problems.append(ValidationError("intake.too_many_messages", "file", where=path.name, limit=MAX_MESSAGES))
            return ChatRead(tuple(messages), tuple(problems))
        sender, colon, text = found["rest"].partition(": ")
        if not colon:
            continue  # «Сообщения и звонки защищены сквозным шифрованием», «X добавил(а) Y»
        photo, text = _wa_photo(text.strip(), root, problems)
        current = _Open(moment, sender.strip()[:200], photo, [text])
    close()
    if not recognised and raw.strip():
        raise ValidationError("intake.chat_malformed", "file", where=path.name, line=1)
    return ChatRead(tuple(messages), tuple(problems))


def is_whatsapp_name(path: Path) -> bool:
    name = path.name.lower()
    return path.suffix.lower() == ".txt" and (name == "_chat.txt" or "whatsapp" in name or name.startswith("чат"))
