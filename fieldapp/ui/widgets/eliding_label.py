"""A label that shows «prefix: name» and, when the room it is given is short, cuts the name (never the prefix) at
the pixel where the room ends, with the whole name in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from fieldapp.ui import qt_lean

# At least this much of a name stays in view however narrow the status bar gets (then the bar itself cuts).
MIN_NAME_PX = 60


class ElidingLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefix = ""
        self._name = ""
        self.setProperty("textFormat", qt_lean.PLAIN_TEXT)  # in the status bar at the first paint

    def set_parts(self, prefix: str, name: str) -> None:
        """Show `prefix` + `name`; the name is cut to the width when there is not room for it all."""
        self._prefix, self._name = prefix, name
        self.setToolTip(name if name else "")
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self._prefix + self._name

    def _extra(self, hint: QSize) -> int:
        """What QLabel adds around its text (margins, the style's padding), read off its own hint."""
        return hint.width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text()) + self._extra(hint), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        shortest = self._prefix + _elided(metrics, self._name, MIN_NAME_PX)
        return QSize(metrics.horizontalAdvance(shortest) + self._extra(hint), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        # The room QLabel draws in: its contents less the margin and, with a frame, the default indent of half an x.
        indent = self.indent() if self.indent() >= 0 else (
            metrics.horizontalAdvance("x") // 2 if self.frameWidth() > 0 else 0)
        width = self.contentsRect().width() - 2 * self.margin() - indent
        text = self.full_text()
        # Hidden, the label has no width of its own yet: it holds the whole text until it is laid out and shown.
        if self.isVisible() and metrics.horizontalAdvance(text) > width:
            room = max(width - metrics.horizontalAdvance(self._prefix), 0)
            text = self._prefix + _elided(metrics, self._name, room)
        if text != self.text():
            self.setText(text)


def _elided(metrics: QFontMetrics, name: str, width: int) -> str:
    if not name:
        return ""  # the first paint shows no tour yet: Qt is named only once there is a name to cut (qt_lean)
    from PySide6.QtCore import Qt

    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
