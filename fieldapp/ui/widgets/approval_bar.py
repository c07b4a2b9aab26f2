"""The stop page's approval bar: whether the stop's day is approved («Утверждено: ФИО, дата»), what awaits the
supervisor's review after a sync, and «Утвердить день» — disabled, with the reason, for a role that may not."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QMessageBox, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import approval, roles
from fieldapp.services.approval import Approval
from fieldapp.services.context import Context
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_approval_bar import Ui_ApprovalBar
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.access import guard
from fieldapp.ui.workers import Runner


def lock(widgets: Sequence[QWidget], why: str) -> None:
    """An approved day is read-only for a member: what would change it is disabled, the reason its tooltip."""
    for widget in widgets:
        widget.setEnabled(not why)
        widget.setToolTip(why)


class ApprovalBar(QFrame):
    approved = Signal(str)  # the stop whose day was just approved here
    locked = Signal(str)  # why this account may not change the shown day's records ("": it may)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ApprovalBar()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx: Context | None = None
        self._stop: str | None = None
        self._generation = 0
        self.approval: Approval | None = None
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.warningLabel.hide()
        self.hide()

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.show_stop(None)

    def show_stop(self, stop_id: str | None) -> None:
        """Show the approval of `stop_id` (None: no stop, the bar hides); read on the worker."""
        self._stop = stop_id
        self._generation += 1
        generation = self._generation
        if stop_id is None or self._ctx is None:
            self.approval = None
            self.hide()
            return
        ctx = self._ctx

        def job(_progress: Progress, cancel: CancelToken) -> tuple[int, Approval | None]:
            cancel.check()
            return generation, approval.approval(ctx, stop_id)

        self._runner.start(job, on_result=self._on_approval, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        report(self.window(), exc)

    def _on_approval(self, result: tuple[int, Approval | None]) -> None:
        generation, found = result
        if generation != self._generation:
            return
        self.approval = found
        self._show()
        self.locked.emit(self.lock_reason())

    def lock_reason(self) -> str:
        """Why the signed-in account may not change the shown day's records: the service's own sentence."""
        if self.approval is None or self._ctx is None:
            return ""
        return roles.reason(self._ctx, "approved.edit", current_language()) or ""

    def _show(self) -> None:
        ui, found = self.ui, self.approval
        ui.retranslateUi(self)
        if found is not None:
            ui.statusLabel.setText(found.caption(current_language()))
        warnings = []
        if found is not None and found.disputed:
            warnings.append(self.tr("Правок из офлайна, расходящихся с утверждённым днём: %1 — это конфликты "
                                    "синхронизации, их разбирает координатор").replace("%1", str(found.disputed)))
        if found is not None and found.pending:
            warnings.append(self.tr("Записей, добавленных без утверждения: %1 — утвердите день ещё раз")
                            .replace("%1", str(found.pending)))
        why = self.lock_reason()
        if why:  # a member: the day is read-only here, and the boxes it locks say the same in their tooltips
            warnings.append(why[:1].upper() + why[1:])
        ui.warningLabel.setText("\n".join(warnings))
        ui.warningLabel.setVisible(bool(warnings))
        # Approved and nothing new: nothing left to approve. Otherwise the button, unless the role may not.
        open_to_approve = found is None or found.pending > 0
        ui.approveButton.setVisible(open_to_approve)
        guard(ui.approveButton, self._ctx, "approve", enabled=open_to_approve)
        self.setProperty("approved", found is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def approve(self) -> None:
        stop_id = self._stop
        if self._ctx is None or stop_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Утвердить день"),
            self.tr("Утвердить день остановки? После этого изменять его приёмы, мероприятия и численность сможет "
                    "только руководитель или координатор, и каждая правка будет отмечена в истории."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            approval.approve(self._ctx, stop_id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.show_stop(stop_id)
        self.approved.emit(stop_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self._show()
        super().changeEvent(event)
