"""What a committed transaction wrote: the one change notification the window's pages listen to.

Every write to a synced table is seen once on its way in — the ORM's flush by the statement guard
(fieldapp.sync.guard), the bulk writer and the merge by their own calls to `note_written` — and marked on the
connection. When that connection's transaction commits, the database's `ChangeFeed` tells its listeners which tables
were written; a rollback forgets the marks. No timer and no polling: a page hears of a save when it happens, whether
it came from the desk, an import, a sync or a resolved conflict.

Listeners are called on the committing thread (a worker, often) once SQLite's commit has returned, so whatever they
start reads what was committed; they must only take note and defer the work (the window queues it onto its event
loop).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

WRITTEN = "fieldapp.written"  # Connection.info key: the synced tables this transaction wrote
ANY = "*"  # a write whose tables are not itemised (a merge of packages): listeners reload everything

Listener = Callable[[frozenset[str]], None]


def note_written(bind: Any, tables: Iterable[str]) -> None:
    """Mark `tables` as written by the transaction open on `bind` (a SQLAlchemy Connection or Session)."""
    conn = bind.connection() if isinstance(bind, Session) else bind
    conn.info.setdefault(WRITTEN, set()).update(tables)


class ChangeFeed:
    """The listeners of one database's commits."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(tables)` after each commit that wrote synced tables; returns the unsubscribe."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def notify(self, tables: frozenset[str]) -> None:
        with self._lock:
            listeners = tuple(self._listeners)
        for listener in listeners:
            try:
                listener(tables)
            except Exception:  # a listener's bug must not fail the commit that already happened
                log.exception("change listener failed")

    def watch(self, engine: Engine) -> None:
        """Hear the commits and rollbacks of `engine`'s connections."""
        event.listen(engine, "commit", self._on_commit)
        event.listen(engine, "rollback", _forget)

    def _on_commit(self, conn: Any) -> None:
        written = conn.info.pop(WRITTEN, None)
        if not written:
            return
        tables = frozenset(written)
        raw = conn.connection.driver_connection
        if hasattr(raw, "after_commit"):  # the engine's own connections: told once COMMIT has returned
            raw.after_commit = lambda: self.notify(tables)
        else:
            self.notify(tables)


def _forget(conn: Any) -> None:
    conn.info.pop(WRITTEN, None)
    raw: Any = conn.connection.driver_connection
    if getattr(raw, "after_commit", None) is not None:  # a commit that failed: nothing to tell
        raw.after_commit = None
