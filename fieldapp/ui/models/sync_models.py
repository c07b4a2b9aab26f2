"""The Sync page's tables: open conflicts, the values of one conflict side by side, the devices with their keys and
last packages, and the files of an import (previewed or applied). Records and fields are named in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from fieldapp.domain.messages import MESSAGES, render
from fieldapp.services.sync import DeviceStatus, short_code
from fieldapp.services.sync_files import FileOutcome
from fieldapp.services.sync_overview import ConflictReview, EnrolledKey
from fieldapp.sync.conflicts import Head
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import ID_ROLE, SORT_ROLE, Index, RowColumn, RowTableModel
from fieldapp.ui.widgets.common import show_datetime, show_number

__all__ = [
    "ID_ROLE", "SORT_ROLE", "DeviceRow", "FileTableModel", "HeadsModel", "conflict_model", "device_label",
    "device_model", "device_rows", "field_label", "outcome_text", "ranges_text", "record_label", "summary_counts",
    "table_label", "utc_text", "value_text",
]

REFUSED_COLOUR = QColor("#fdecea")
CONFLICT_COLOUR = QColor("#fff4d6")
WINNING_COLOUR = QColor("#e8f5e9")


TEXTS: dict[str, str] = {
    "empty": str(QT_TRANSLATE_NOOP("SyncLabels", "(пусто)")),
    "bytes": str(QT_TRANSLATE_NOOP("SyncLabels", "%1 байт")),
    "this_device": str(QT_TRANSLATE_NOOP("SyncLabels", "%1 (это устройство)")),
    "h_record": str(QT_TRANSLATE_NOOP("SyncLabels", "Запись")),
    "h_which": str(QT_TRANSLATE_NOOP("SyncLabels", "Какая")),
    "h_field": str(QT_TRANSLATE_NOOP("SyncLabels", "Поле")),
    "h_values": str(QT_TRANSLATE_NOOP("SyncLabels", "Вариантов")),
    "h_shown": str(QT_TRANSLATE_NOOP("SyncLabels", "Сейчас показано")),
    "r_value": str(QT_TRANSLATE_NOOP("SyncLabels", "Значение")),
    "r_device": str(QT_TRANSLATE_NOOP("SyncLabels", "Устройство")),
    "r_author": str(QT_TRANSLATE_NOOP("SyncLabels", "Кто")),
    "r_at": str(QT_TRANSLATE_NOOP("SyncLabels", "Когда")),
    "r_now": str(QT_TRANSLATE_NOOP("SyncLabels", "Сейчас")),
    "h_variant": str(QT_TRANSLATE_NOOP("SyncLabels", "Вариант %1")),
    "no_author": str(QT_TRANSLATE_NOOP("SyncLabels", "не указан")),
    "shown": str(QT_TRANSLATE_NOOP("SyncLabels", "показано")),
    "own_key": str(QT_TRANSLATE_NOOP("SyncLabels", "свой ключ")),
    "not_enrolled": str(QT_TRANSLATE_NOOP("SyncLabels", "не зарегистрирован")),
    "office_key": str(QT_TRANSLATE_NOOP("SyncLabels", "%1 (офис)")),
    "revoked": str(QT_TRANSLATE_NOOP("SyncLabels", "отозван %1")),
    "no_packages": str(QT_TRANSLATE_NOOP("SyncLabels", "пакетов не было")),
    "h_key": str(QT_TRANSLATE_NOOP("SyncLabels", "Ключ")),
    "h_received": str(QT_TRANSLATE_NOOP("SyncLabels", "Изменений получено")),
    "h_last": str(QT_TRANSLATE_NOOP("SyncLabels", "Последний пакет")),
    "h_missing": str(QT_TRANSLATE_NOOP("SyncLabels", "Недостаёт изменений")),
    "refused": str(QT_TRANSLATE_NOOP("SyncLabels", "отклонён: %1")),
    "parked": str(QT_TRANSLATE_NOOP("SyncLabels", "создан новой версией программы: отложен до обновления")),
    "already": str(QT_TRANSLATE_NOOP("SyncLabels", "уже был загружен")),
    "nothing_new": str(QT_TRANSLATE_NOOP("SyncLabels", "ничего нового")),
    "imported": str(QT_TRANSLATE_NOOP("SyncLabels", "загружен")),
    "will_import": str(QT_TRANSLATE_NOOP("SyncLabels", "будет загружен")),
    "clock_ahead": str(QT_TRANSLATE_NOOP("SyncLabels", "часы устройства спешат")),
    "h_file": str(QT_TRANSLATE_NOOP("SyncLabels", "Файл")),
    "h_from": str(QT_TRANSLATE_NOOP("SyncLabels", "От устройства")),
    "h_new": str(QT_TRANSLATE_NOOP("SyncLabels", "Новых изменений")),
    "h_added": str(QT_TRANSLATE_NOOP("SyncLabels", "Добавлено записей")),
    "h_updated": str(QT_TRANSLATE_NOOP("SyncLabels", "Обновлено полей")),
    "h_conflicts": str(QT_TRANSLATE_NOOP("SyncLabels", "Конфликтов")),
    "h_outcome": str(QT_TRANSLATE_NOOP("SyncLabels", "Итог")),
}


def _t(source: str) -> str:
    return QCoreApplication.translate("SyncLabels", source)


TABLE_NAMES: dict[str, str] = {  # kinds of record the domain vocabulary has no word for
    "control_event": str(QT_TRANSLATE_NOOP("SyncLabels", "событие вопроса на контроле")),
    "group_member": str(QT_TRANSLATE_NOOP("SyncLabels", "состав рабочей группы")),
    "tour_group": str(QT_TRANSLATE_NOOP("SyncLabels", "группа выезда")),
    "poll_tally": str(QT_TRANSLATE_NOOP("SyncLabels", "подсчёт ответов")),
    "stop_headcount": str(QT_TRANSLATE_NOOP("SyncLabels", "число пришедших")),
    "stop_organization": str(QT_TRANSLATE_NOOP("SyncLabels", "организация на остановке")),
    "control_reception": str(QT_TRANSLATE_NOOP("SyncLabels", "обращение по вопросу на контроле")),
    "working_group": str(QT_TRANSLATE_NOOP("SyncLabels", "рабочая группа")),
    "rotation_slot": str(QT_TRANSLATE_NOOP("SyncLabels", "график ротации")),
    "poll_option": str(QT_TRANSLATE_NOOP("SyncLabels", "вариант ответа")),
}


FIELD_NAMES: dict[str, str] = {
    "deleted": str(QT_TRANSLATE_NOOP("SyncLabels", "удаление записи")),
    "notes": str(QT_TRANSLATE_NOOP("SyncLabels", "заметки")),
    "description": str(QT_TRANSLATE_NOOP("SyncLabels", "описание")),
    "starts_on": str(QT_TRANSLATE_NOOP("SyncLabels", "дата начала")),
    "ends_on": str(QT_TRANSLATE_NOOP("SyncLabels", "дата окончания")),
    "planned_on": str(QT_TRANSLATE_NOOP("SyncLabels", "плановая дата")),
    "venue": str(QT_TRANSLATE_NOOP("SyncLabels", "место проведения")),
    "arrived_at": str(QT_TRANSLATE_NOOP("SyncLabels", "время прибытия")),
    "cancel_reason": str(QT_TRANSLATE_NOOP("SyncLabels", "причина отмены")),
    "essence": str(QT_TRANSLATE_NOOP("SyncLabels", "суть обращения")),
    "applicant_address": str(QT_TRANSLATE_NOOP("SyncLabels", "адрес заявителя")),
    "applicant_phone": str(QT_TRANSLATE_NOOP("SyncLabels", "телефон заявителя")),
    "applicant_iin": str(QT_TRANSLATE_NOOP("SyncLabels", "ИИН заявителя")),
    "reg_no": str(QT_TRANSLATE_NOOP("SyncLabels", "номер талона")),
    "received_at": str(QT_TRANSLATE_NOOP("SyncLabels", "время поступления")),
    "address": str(QT_TRANSLATE_NOOP("SyncLabels", "адрес")),
    "reporter": str(QT_TRANSLATE_NOOP("SyncLabels", "кто сообщил")),
    "question_ru": str(QT_TRANSLATE_NOOP("SyncLabels", "вопрос (рус.)")),
    "question_kk": str(QT_TRANSLATE_NOOP("SyncLabels", "вопрос (каз.)")),
    "label_ru": str(QT_TRANSLATE_NOOP("SyncLabels", "вариант (рус.)")),
    "label_kk": str(QT_TRANSLATE_NOOP("SyncLabels", "вариант (каз.)")),
    "name_ru": str(QT_TRANSLATE_NOOP("SyncLabels", "название (рус.)")),
    "name_kk": str(QT_TRANSLATE_NOOP("SyncLabels", "название (каз.)")),
    "title_ru": str(QT_TRANSLATE_NOOP("SyncLabels", "название (рус.)")),
    "title_kk": str(QT_TRANSLATE_NOOP("SyncLabels", "название (каз.)")),
    "responsible_person": str(QT_TRANSLATE_NOOP("SyncLabels", "ответственное лицо")),
    "held_at": str(QT_TRANSLATE_NOOP("SyncLabels", "время проведения")),
    "seq": str(QT_TRANSLATE_NOOP("SyncLabels", "номер по порядку")),
    "goal": str(QT_TRANSLATE_NOOP("SyncLabels", "цель")),
    "position": str(QT_TRANSLATE_NOOP("SyncLabels", "должность")),
    "rank": str(QT_TRANSLATE_NOOP("SyncLabels", "звание")),
    "caption": str(QT_TRANSLATE_NOOP("SyncLabels", "подпись к фото")),
    "credit": str(QT_TRANSLATE_NOOP("SyncLabels", "автор фото")),
    "short_name": str(QT_TRANSLATE_NOOP("SyncLabels", "краткое название")),
    "registered_on": str(QT_TRANSLATE_NOOP("SyncLabels", "дата постановки на контроль")),
    "note": str(QT_TRANSLATE_NOOP("SyncLabels", "примечание")),
    "new_deadline": str(QT_TRANSLATE_NOOP("SyncLabels", "новый срок")),
    "resolved_at": str(QT_TRANSLATE_NOOP("SyncLabels", "время закрытия")),
}


def table_label(table: str) -> str:
    own = TABLE_NAMES.get(table)
    if own is not None:
        return _t(own)
    return render("field." + table, current_language(), default=table) if "field." + table in MESSAGES else table


def field_label(field: str) -> str:
    own = FIELD_NAMES.get(field)
    if own is not None:
        return _t(own)
    return render("field." + field, current_language(), default=field) if "field." + field in MESSAGES else field


def value_text(value: object) -> str:
    if value is None:
        return _t(TEXTS["empty"])
    if isinstance(value, bytes):
        return _t(TEXTS["bytes"]).replace("%1", show_number(len(value)))
    return " ".join(str(value).split()) or _t(TEXTS["empty"])


def device_label(device: str, own: str | None = None) -> str:
    """A device by its short code, «this device» for our own."""
    code = short_code(device)
    return _t(TEXTS["this_device"]).replace("%1", code) if device == own else code


def ranges_text(ranges: Sequence[tuple[int, int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in ranges)


def utc_text(text: str | datetime | None) -> str:
    """A time the sync tables keep in UTC, shown in local time."""
    if text is None or text == "":
        return "—"
    moment = text if isinstance(text, datetime) else datetime.fromisoformat(str(text))
    return show_datetime(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


def ms_text(ms: int) -> str:
    return show_datetime(datetime.fromtimestamp(ms / 1000))


def record_label(review: ConflictReview) -> str:
    return review.record or review.conflict.row_id


# --- conflicts ------------------------------------------------------------------------------------------------------


def _key_id(review: ConflictReview) -> str:
    return ":".join(review.key)


def _shown_value(review: ConflictReview) -> str:
    winning = next((h for h in review.conflict.heads if h.winning), None)
    return value_text(winning.value) if winning is not None else "—"


def conflict_model(parent: QObject | None = None) -> RowTableModel[ConflictReview]:
    columns: list[RowColumn[ConflictReview]] = [
        RowColumn("kind", lambda: _t(TEXTS["h_record"]), lambda r: table_label(r.conflict.table)),
        RowColumn("record", lambda: _t(TEXTS["h_which"]), record_label),
        RowColumn("field", lambda: _t(TEXTS["h_field"]), lambda r: field_label(r.conflict.field)),
        RowColumn("values", lambda: _t(TEXTS["h_values"]), lambda r: show_number(len(r.conflict.heads)),
                  sort=lambda r: len(r.conflict.heads), right=True),
        RowColumn("shown", lambda: _t(TEXTS["h_shown"]), _shown_value),
    ]
    return RowTableModel(columns, _key_id, tooltip=lambda r: " | ".join(value_text(h.value)
                                                                           for h in r.conflict.heads),
                         parent=parent)


class HeadsModel(QAbstractTableModel):
    """The values of one conflict side by side: one column per value, rows for the value, device, author, time."""

    ROWS = ("value", "device", "author", "at", "shown")
    CHANGE_ROLE = Qt.ItemDataRole.UserRole + 3  # the change id "device:seq" of a column, as resolve_conflict takes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heads: tuple[Head, ...] = ()
        self._authors: dict[str, str] = {}
        self._own: str | None = None

    def set_review(self, review: ConflictReview | None, own_device: str | None = None) -> None:
        self.beginResetModel()
        self._heads = review.conflict.heads if review is not None else ()
        self._authors = dict(review.authors) if review is not None else {}
        self._own = own_device
        self.endResetModel()

    def head(self, column: int) -> Head:
        return self._heads[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._heads else len(self.ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._heads)

    def _row_names(self) -> dict[str, str]:
        return {"value": _t(TEXTS["r_value"]), "device": _t(TEXTS["r_device"]), "author": _t(TEXTS["r_author"]),
                "at": _t(TEXTS["r_at"]), "shown": _t(TEXTS["r_now"])}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._heads):
            return _t(TEXTS["h_variant"]).replace("%1", str(section + 1))
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.ROWS) and self._heads:
            return self._row_names()[self.ROWS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.column() < len(self._heads) or \
                not 0 <= index.row() < len(self.ROWS):
            return None
        head, what = self._heads[index.column()], self.ROWS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if what == "value":
                return value_text(head.value)
            if what == "device":
                return device_label(head.device, self._own)
            if what == "author":
                return self._authors.get(head.author or "", "") or _t(TEXTS["no_author"])
            if what == "at":
                return ms_text(head.at_ms)
            return _t(TEXTS["shown"]) if head.winning else "—"
        if role == Qt.ItemDataRole.ToolTipRole and what == "value":
            return value_text(head.value)
        if role == self.CHANGE_ROLE:
            return f"{head.change[0]}:{head.change[1]}"
        if role == Qt.ItemDataRole.BackgroundRole and head.winning:
            return QBrush(WINNING_COLOUR)
        return None


# --- devices --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceRow:
    """A device as the page lists it: what arrived from it, and its key as enrolled here."""

    device: str
    own: bool
    status: DeviceStatus | None
    key: EnrolledKey | None


def device_rows(own: str, status: Sequence[DeviceStatus], keys: Sequence[EnrolledKey]) -> list[DeviceRow]:
    """Our device first, then every device with changes here or an enrolled key, by code."""
    by_device = {s.device: s for s in status}
    key_of: dict[str, EnrolledKey] = {}
    for k in keys:
        # The live key of a device wins over a revoked one.
        if k.device not in key_of or key_of[k.device].revoked_at is not None:
            key_of[k.device] = k
    known = sorted(set(by_device) | set(key_of) | {own}, key=lambda d: (d != own, device_label(d)))
    return [DeviceRow(d, d == own, by_device.get(d), key_of.get(d)) for d in known]


def _key_text(row: DeviceRow) -> str:
    if row.own:
        return _t(TEXTS["own_key"])
    if row.key is None:
        return _t(TEXTS["not_enrolled"])
    if row.key.revoked_at is not None:
        return _t(TEXTS["revoked"]).replace("%1", utc_text(row.key.revoked_at))
    if row.key.office:
        return _t(TEXTS["office_key"]).replace("%1", row.key.fingerprint[:16])
    return row.key.fingerprint[:16]


def _received(row: DeviceRow) -> str:
    if row.status is None:
        return "—"
    return show_number(row.status.received)


def _last_package(row: DeviceRow) -> str:
    if row.own:
        return "—"
    return utc_text(row.status.last_package_at) if row.status is not None else _t(TEXTS["no_packages"])


def _missing(row: DeviceRow) -> str:
    return ranges_text(row.status.missing) if row.status is not None and row.status.missing else "—"


def _device_background(row: DeviceRow) -> QBrush | None:
    if row.key is not None and row.key.revoked_at is not None:
        return QBrush(REFUSED_COLOUR)
    if row.status is not None and row.status.missing:
        return QBrush(CONFLICT_COLOUR)
    return None


def device_model(parent: QObject | None = None) -> RowTableModel[DeviceRow]:
    columns: list[RowColumn[DeviceRow]] = [
        RowColumn("device", lambda: _t(TEXTS["r_device"]),
                  lambda r: device_label(r.device, r.device if r.own else None)),
        RowColumn("key", lambda: _t(TEXTS["h_key"]), _key_text),
        RowColumn("changes", lambda: _t(TEXTS["h_received"]), _received,
                  sort=lambda r: r.status.max_seq if r.status else -1, right=True),
        RowColumn("last", lambda: _t(TEXTS["h_last"]), _last_package,
                  sort=lambda r: (r.status.last_package_at or "") if r.status else ""),
        RowColumn("missing", lambda: _t(TEXTS["h_missing"]), _missing),
    ]
    return RowTableModel(columns, lambda r: r.device, _device_background,
                         lambda r: r.device + (f"\n{r.key.fingerprint}" if r.key else ""), parent)


# --- the files of an import -----------------------------------------------------------------------------------------


def _file_name(outcome: FileOutcome) -> str:
    return outcome.name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]


def outcome_text(outcome: FileOutcome, applied: bool) -> str:
    if outcome.refused is not None:
        # The file is named in its own column: the reason alone.
        return _t(TEXTS["refused"]).replace("%1", refusal_text(outcome))
    if outcome.parked:
        return _t(TEXTS["parked"])
    if outcome.packages and outcome.already_imported == outcome.packages:
        return _t(TEXTS["already"])
    if outcome.nothing_new:
        return _t(TEXTS["nothing_new"])
    text = _t(TEXTS["imported"]) if applied else _t(TEXTS["will_import"])
    if outcome.clock_suspicious:
        text += " · " + _t(TEXTS["clock_ahead"])
    return text


# Refusals the page fixes with a button («Доверять ключу…»): their text names the button, not a command.
FIXED_BY_ENROLMENT = frozenset({"sync.pkg_unknown_device", "sync.pkg_foreign"})


def refusal_text(outcome: FileOutcome) -> str:
    """Why `outcome` was refused, in full, as the desktop says it (the fix named as the page offers it)."""
    assert outcome.refused is not None
    code = outcome.refused.code
    desk = f"{code}.desk" if code in FIXED_BY_ENROLMENT else code
    return render(desk, current_language(), **outcome.refused.params)


def _file_background(outcome: FileOutcome) -> QBrush | None:
    if outcome.refused is not None:
        return QBrush(REFUSED_COLOUR)
    if outcome.new_conflicts:
        return QBrush(CONFLICT_COLOUR)
    return None


class FileTableModel(RowTableModel[FileOutcome]):
    """The files of an import: previewed («будет загружен») or applied («загружен»)."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.applied = False
        columns: list[RowColumn[FileOutcome]] = [
            RowColumn("file", lambda: _t(TEXTS["h_file"]), _file_name),
            RowColumn("from", lambda: _t(TEXTS["h_from"]),
                      lambda o: ", ".join(device_label(p) for p in o.producers) or "—"),
            RowColumn("new", lambda: _t(TEXTS["h_new"]), lambda o: show_number(o.new_changes),
                      sort=lambda o: o.new_changes, right=True),
            RowColumn("added", lambda: _t(TEXTS["h_added"]), lambda o: show_number(o.added),
                      sort=lambda o: o.added, right=True),
            RowColumn("updated", lambda: _t(TEXTS["h_updated"]), lambda o: show_number(o.updated),
                      sort=lambda o: o.updated, right=True),
            RowColumn("conflicts", lambda: _t(TEXTS["h_conflicts"]), lambda o: show_number(len(o.new_conflicts)),
                      sort=lambda o: len(o.new_conflicts), right=True),
            RowColumn("outcome", lambda: _t(TEXTS["h_outcome"]), lambda o: outcome_text(o, self.applied)),
        ]
        super().__init__(columns, lambda o: o.name, _file_background, _file_tooltip, parent)

    def set_outcomes(self, outcomes: Sequence[FileOutcome], *, applied: bool) -> None:
        self.applied = applied
        self.set_rows(outcomes)


def _file_tooltip(outcome: FileOutcome) -> str:
    if outcome.refused is not None:
        return outcome.name + "\n" + refusal_text(outcome)
    return outcome.name


def summary_counts(counts: dict[str, int]) -> str:
    """«выезд: 2, остановка: 5» — per kind of record, in words."""
    return ", ".join(f"{table_label(t)}: {show_number(n)}" for t, n in sorted(counts.items(), key=lambda kv: -kv[1]))

