"""The window's ear on the open database: one signal after every commit that wrote synced data, wherever it came from.

The database's ChangeFeed (fieldapp.storage.changes) calls its listeners on the committing thread, before the commit
returns. The bus only posts what it heard to the GUI thread; there the commits of one moment (an import writes many
transactions, a save writes one or two) are gathered into one `changed` signal on the next turn of the event loop,
when every one of them is done — so a page that reloads on it reads what was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:  # the storage layer brings SQLAlchemy: the window is painted before it is loaded
    from fieldapp.storage.database import Database

# What a person calls the records of each synced table, for the status bar's «Сохранено: …».
TABLE_LABELS: dict[str, str] = {
    "campaign": str(QT_TRANSLATE_NOOP("Changes", "кампании")),
    "direction": str(QT_TRANSLATE_NOOP("Changes", "направления")),
    "working_group": str(QT_TRANSLATE_NOOP("Changes", "рабочие группы")),
    "group_member": str(QT_TRANSLATE_NOOP("Changes", "рабочие группы")),
    "rotation_slot": str(QT_TRANSLATE_NOOP("Changes", "план ротации")),
    "organization": str(QT_TRANSLATE_NOOP("Changes", "организации")),
    "member": str(QT_TRANSLATE_NOOP("Changes", "участники")),
    "region": str(QT_TRANSLATE_NOOP("Changes", "населённые пункты")),
    "district": str(QT_TRANSLATE_NOOP("Changes", "населённые пункты")),
    "settlement": str(QT_TRANSLATE_NOOP("Changes", "населённые пункты")),
    "tour": str(QT_TRANSLATE_NOOP("Changes", "выезды")),
    "tour_group": str(QT_TRANSLATE_NOOP("Changes", "выезды")),
    "stop": str(QT_TRANSLATE_NOOP("Changes", "остановки")),
    "stop_headcount": str(QT_TRANSLATE_NOOP("Changes", "остановки")),
    "stop_organization": str(QT_TRANSLATE_NOOP("Changes", "остановки")),
    "activity": str(QT_TRANSLATE_NOOP("Changes", "мероприятия")),
    "reception": str(QT_TRANSLATE_NOOP("Changes", "приём граждан")),
    "control_item": str(QT_TRANSLATE_NOOP("Changes", "контроль")),
    "control_reception": str(QT_TRANSLATE_NOOP("Changes", "контроль")),
    "control_event": str(QT_TRANSLATE_NOOP("Changes", "контроль")),
    "poll": str(QT_TRANSLATE_NOOP("Changes", "опросы")),
    "poll_option": str(QT_TRANSLATE_NOOP("Changes", "опросы")),
    "poll_tally": str(QT_TRANSLATE_NOOP("Changes", "опросы")),
    "signal": str(QT_TRANSLATE_NOOP("Changes", "сигналы")),
    "photo": str(QT_TRANSLATE_NOOP("Changes", "фотографии")),
}


def describe(tables: frozenset[str]) -> str:
    """The kinds of records in `tables`, in the interface language, each once («приём граждан, контроль»);
    "" for a write whose tables are not itemised (a merge)."""
    labels: list[str] = []
    # In the order of the work (campaigns before tours before receptions), not of the table names.
    for table, label in TABLE_LABELS.items():
        text = QCoreApplication.translate("Changes", label)
        if table in tables and text not in labels:
            labels.append(text)
    return ", ".join(labels)


class DataBus(QObject):
    changed = Signal(object)  # frozenset[str]: the synced tables just written (storage.changes.ANY: any of them)
    _heard = Signal(object)  # from any thread: posted to the bus's own (the GUI) thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        self._unsubscribe: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._deliver)
        # From a worker's commit Qt queues it to the GUI thread; from the GUI thread's own it runs at once, which is
        # safe: the feed speaks once the commit is done, and delivery waits for the timer anyway.
        self._heard.connect(self._collect)

    def attach(self, db: Database | None) -> None:
        """Listen to `db` (None: to nothing) instead of the database listened to so far."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._pending.clear()
        if db is not None:
            self._unsubscribe = db.changes.subscribe(self._heard.emit)

    def _collect(self, tables: frozenset[str]) -> None:
        if self._unsubscribe is None:
            return  # heard from a database closed since
        self._pending.update(tables)
        self._timer.start()

    def _deliver(self) -> None:
        tables = frozenset(self._pending)
        self._pending.clear()
        if tables:
            self.changed.emit(tables)
