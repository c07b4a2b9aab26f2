"""Keeps a page's form as a draft in the database a short moment after each edit, and offers it back at the next
start (issue 3: nothing typed is lost if the app is killed). The reading and writing is the drafts service's."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import drafts
from fieldapp.services.context import Context
from fieldapp.services.drafts import Draft, FieldValue
from fieldapp.ui.errors import report
from fieldapp.ui.widgets.draft_bar import DraftBar

log = logging.getLogger(__name__)

# Long enough that a typist's burst is one write, short enough that a dying battery takes a word at most.
SAVE_DELAY_MS = 500

Fields = dict[str, FieldValue]


class DraftKeeper(QObject):
    """The draft of one form of `page`.

    The page hands over how to read its fields (`capture`) and how to fill them (`restore`), tells which widget
    signals are edits (`watch`), and says when the form is fresh (`mark_clean`), saved or cleared on purpose
    (`discard`) and ready to be filled (`offer`, once its pickers are loaded). A form back to its fresh state holds
    no draft. `context_keys` are fields that say where the form works (the stop), not what was typed.
    """

    def __init__(
        self, page: QWidget, bar: DraftBar, form: str, capture: Callable[[], Fields],
        restore: Callable[[Mapping[str, FieldValue]], None], *, context_keys: tuple[str, ...] = (),
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(page)
        self.form = form
        self._page = page
        self._bar = bar
        self._capture = capture
        self._restore = restore
        self._context_keys = context_keys
        self._ctx: Context | None = None
        self._checked = False  # the database was asked for a draft of this form
        self._stored = False  # a draft of this form is in the database
        self._dirty = False
        self._restoring = False
        self._broken = False  # a bug in writing: reported once, not on every pause in typing
        self._clean: Fields = {}
        self.offered: Draft | None = None
        self._window: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        bar.restoreRequested.connect(self.restore_offered)
        bar.discardRequested.connect(self.drop_offered)
        page.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """An edit is waiting for its save."""
        return self._timer.isActive()

    def watch(self, *signals: SignalInstance) -> None:
        for signal in signals:
            signal.connect(self.touched)

    def set_context(self, ctx: Context | None) -> None:
        """Another database: what waits for a save is not written into it (the previous file is closed by now)."""
        self._timer.stop()
        self._ctx = ctx
        self._checked = self._stored = self._dirty = self._broken = False
        self.offered = None
        self._bar.dismiss()

    def mark_clean(self) -> None:
        """The form is fresh now (empty, or showing a stored record): this state holds no draft."""
        self._clean = self._typed(self._capture())

    def touched(self, *_args: Any) -> None:
        if self._restoring or self._ctx is None:
            return
        self._dirty = True
        self._timer.start()

    def offer(self) -> None:
        """Look for a draft of this form once per database and offer it on the bar."""
        if self._ctx is None or self._checked:
            return
        self._watch_window()
        self._checked = True
        try:
            draft = drafts.load(self._ctx, self.form)
        except DomainError as exc:
            log.warning("cannot read the draft of the form %s: %s", self.form, exc.code)
            return
        if draft is None:
            if self._dirty:
                self._timer.start()
            return
        self._stored = True
        self.offered = draft
        self._bar.offer(draft.saved_at)

    def flush(self, *, wait: bool = False) -> None:
        """Write the draft now (or drop it, for a fresh form). Held back while an offered draft is undecided: the
        form's new typing must not overwrite it. Without `wait`, a file another writer holds now (an import on a
        worker) is tried again after the next pause rather than holding the window until it is done."""
        self._timer.stop()
        if not self._dirty or self._ctx is None or not self._checked or self.offered is not None or self._broken:
            return
        fields = self._capture()
        try:
            if self._typed(fields) == self._clean:
                if self._stored:
                    drafts.discard(self._ctx, self.form, wait=wait)
                    self._stored = False
            else:
                drafts.save(self._ctx, self.form, fields, wait=wait)
                self._stored = True
        except DomainError as exc:
            if exc.code == "db.locked" and not wait:
                self._timer.start()
                return
            log.warning("the draft of the form %s is not kept: %s", self.form, exc.code)
            self._bar.warn(exc)
            return
        except Exception as exc:
            self._broken = True
            report(self._page.window(), exc)
            return
        self._dirty = False
        self._bar.clear_problem()

    def discard(self) -> None:
        """The form was saved or cleared on purpose: its draft is gone. A draft still on offer is not the form's: it
        stays until the user decides."""
        self._timer.stop()
        self._dirty = False
        if self._ctx is None or self.offered is not None or not self._stored:
            return
        try:
            drafts.discard(self._ctx, self.form)
        except DomainError as exc:
            log.warning("cannot drop the draft of the form %s: %s", self.form, exc.code)
            return
        self._stored = False

    def restore_offered(self) -> None:
        """Fill the form with the offered draft; it stays in the database until the form is saved or cleared."""
        draft = self.offered
        if draft is None:
            return
        self.offered = None
        self._bar.dismiss()
        self._restoring = True
        try:
            self._restore(draft.fields)
        finally:
            self._restoring = False
        self._dirty = False

    def drop_offered(self) -> None:
        if self.offered is None:
            return
        self.offered = None
        self._bar.dismiss()
        self._stored = True  # still in the database: flush or discard removes it
        self.discard()
        if self._typed(self._capture()) != self._clean:
            # What was typed while the offer waited is the form's draft now.
            self._dirty = True
            self.flush()

    def _typed(self, fields: Fields) -> Fields:
        return {name: value for name, value in fields.items() if name not in self._context_keys}

    def _watch_window(self) -> None:
        """Closing the window saves at once what waits for the timer, while the database is still open."""
        window = self._page.window()
        if window is not self._page and window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            window.installEventFilter(self)
            self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide and watched is self._page:
            self.flush()
        elif kind == QEvent.Type.Close and watched is self._window:
            self.flush(wait=True)  # the last chance: the file is closed next
        return super().eventFilter(watched, event)
