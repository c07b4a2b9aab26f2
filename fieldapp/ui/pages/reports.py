"""The Reports page: pick the kind, the scope, the language, redaction and the format; the report is built on a worker
behind a progress dialog that can cancel, and then opened or shown in its folder. What a report holds is the
reports service's business."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.domain.indicators import Indicators, Scope
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_indicators
from fieldapp.services.listing import ListRow, list_records
from fieldapp.services.places import list_districts
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.reports import (
    PERSONAL_KINDS,
    KindInfo,
    ReportRequest,
    available_kinds,
    build_report,
    output_format,
)
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_reports import Ui_ReportsPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets import file_dialogs
from fieldapp.ui.widgets.access import guard
from fieldapp.ui.widgets.common import button_shortcuts, safe_file_name, set_invalid, set_state
from fieldapp.ui.workers import Runner, Task, run_with_progress

log = logging.getLogger(__name__)

LANGUAGES = (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))
NAME_LIMIT = 70  # characters of a tour or campaign title in a proposed file name

# Which pickers each kind uses, besides the campaign, district and period every kind has.
RECORD_PICKERS: dict[str, tuple[str, ...]] = {
    "tour": ("tour",), "campaign": (), "control": ("control",), "journal": ("tour", "stop"), "press": (),
}


@dataclass(frozen=True)
class Choice:
    id: str
    title: str
    parent: str | None = None  # the campaign of a tour or control item, the tour of a stop
    title_kk: str = ""

    def label(self, lang: str) -> str:
        return (self.title_kk or self.title) if lang == "kk" else self.title


@dataclass(frozen=True)
class ReportChoices:
    campaigns: tuple[Choice, ...] = ()
    tours: tuple[Choice, ...] = ()
    stops: tuple[Choice, ...] = ()
    controls: tuple[Choice, ...] = ()
    districts: tuple[Choice, ...] = ()
    empty: bool = True


def load_choices(ctx: Context, progress: Progress, cancel: CancelToken) -> ReportChoices:
    """The worker job: what the pickers offer, and whether the database has anything to report on at all."""
    cancel.check()

    def parent(row: ListRow, key: str) -> str | None:
        value = row.fields.get(key)
        return str(value) if value else None

    campaigns = tuple(Choice(r.id, str(r.fields.get("title_ru") or r.title), None, str(r.fields.get("title_kk") or ""))
                      for r in list_records(ctx, "campaigns"))
    # Newest first: the tour at hand is at the top.
    tours = tuple(Choice(r.id, r.title + (f" ({r.dates})" if r.dates else ""), parent(r, "campaign_id"))
                  for r in reversed(list_records(ctx, "tours")))
    stops = tuple(Choice(r.id, f"{r.fields.get('seq')}. {r.title}" + (f" ({r.dates})" if r.dates else ""),
                         parent(r, "tour_id"))
                  for r in list_records(ctx, "stops"))
    controls = tuple(Choice(r.id, r.title, parent(r, "campaign_id")) for r in list_records(ctx, "control"))
    cancel.check()
    districts = tuple(sorted((Choice(d.id, d.name_ru, None, d.name_kk or "") for d in list_districts(ctx)),
                             key=lambda c: c.label(ctx.lang).casefold()))
    empty = build_indicators(ctx) == Indicators()
    return ReportChoices(campaigns, tours, stops, controls, districts, empty)


class ReportsPage(QWidget):
    demoRequested = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self._button_shortcuts = button_shortcuts(self, (self.ui.buildButton, "Ctrl+Return"))
        self.setObjectName("page_reports")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._pending = False
        self._task: Task | None = None
        self._choices = ReportChoices()
        self._kinds: tuple[KindInfo, ...] = available_kinds()
        self._language_chosen = False  # once the user picks a report language, a UI switch leaves it alone
        self._hint_text = self._refusal_shown = ""  # the redaction hint, and as last shown with a refusal
        self.last_output: Path | None = None
        self._fill_static()
        self._connect()
        self._kind_changed()
        self._period_toggled()
        self._show_result(None)
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)

    def _connect(self) -> None:
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        ui.tourCombo.currentIndexChanged.connect(self._tour_changed)
        ui.languageCombo.activated.connect(self._language_picked)
        ui.fromCheck.toggled.connect(self._period_toggled)
        ui.toCheck.toggled.connect(self._period_toggled)
        for edit in (ui.fromEdit, ui.toEdit):
            edit.dateChanged.connect(lambda _d: self._clear_marks())
        for combo in (ui.kindCombo, ui.formatCombo, ui.tourCombo, ui.stopCombo, ui.controlCombo):
            combo.currentIndexChanged.connect(lambda _i: self._clear_marks())
        ui.buildButton.clicked.connect(self.build)
        ui.openButton.clicked.connect(self.open_result)
        ui.folderButton.clicked.connect(self.show_result_folder)
        ui.demoButton.clicked.connect(self.demoRequested)

    # -- the pickers ----------------------------------------------------------------------------------------------

    def _fill_static(self) -> None:
        ui, lang = self.ui, current_language()
        kind = ui.kindCombo.currentData()
        ui.kindCombo.blockSignals(True)
        try:
            ui.kindCombo.clear()
            for info in self._kinds:
                ui.kindCombo.addItem(info.label(lang), info.kind)
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(kind), 0) if kind else 0)
        finally:
            ui.kindCombo.blockSignals(False)
        chosen = ui.languageCombo.currentData() if self._language_chosen else lang
        ui.languageCombo.clear()
        for code, name in LANGUAGES:
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(chosen), 0))

    def _language_picked(self, _index: int) -> None:
        self._language_chosen = True

    def kind(self) -> KindInfo:
        key = self.ui.kindCombo.currentData()
        return next((k for k in self._kinds if k.kind == key), self._kinds[0])

    def _format_names(self) -> dict[str, str]:
        return {"pdf": self.tr("PDF — для печати и подписи"), "xlsx": self.tr("Excel (.xlsx) — таблицы"),
                "txt": self.tr("Текст (.txt) — для пресс-релиза")}

    def _kind_hints(self) -> dict[str, str]:
        return {
            "tour": self.tr("По каждой остановке выезда: населённый пункт, дата, мероприятия и участники, сколько "
                            "пришло жителей, приём граждан по результатам, фотографии с подписями."),
            "campaign": self.tr("Ход кампании по рабочим группам, направлениям и районам; охват районов всеми "
                                "направлениями; динамика по месяцам."),
            "control": self.tr("Реестр вопросов на контроле: сначала открытые и просроченные; ответственные, сроки, "
                               "сколько дней осталось или просрочено, история каждого вопроса."),
            "journal": self.tr("Журнал личного приёма: номер талона, дата, заявитель, ИИН, адрес, суть обращения, "
                               "результат, ответственный и срок. Страницы альбомные."),
            "press": self.tr("Готовый абзац для публикации, составленный из цифр, — на русском или казахском."),
            "plan": self.tr("План ротации одной кампании: группы по районам и периодам, охват районов "
                            "направлениями, сёла без выезда полгода. Страницы альбомные."),
        }

    def _kind_changed(self, *_args: object) -> None:
        ui, info = self.ui, self.kind()
        pickers = RECORD_PICKERS.get(info.kind, ())
        form = ui.scopeForm
        form.setRowVisible(ui.tourCombo, "tour" in pickers)
        form.setRowVisible(ui.stopCombo, "stop" in pickers)
        form.setRowVisible(ui.controlCombo, "control" in pickers)
        ui.kindHint.setText(self._kind_hints().get(info.kind, ""))
        current = ui.formatCombo.currentData()
        names = self._format_names()
        ui.formatCombo.blockSignals(True)
        try:
            ui.formatCombo.clear()
            for fmt in info.formats:
                ui.formatCombo.addItem(names.get(fmt, fmt.upper()), fmt)
            ui.formatCombo.setCurrentIndex(max(ui.formatCombo.findData(current), 0))
        finally:
            ui.formatCombo.blockSignals(False)
        # The press paragraph names no one: there is nothing to leave out.
        ui.redactCheck.setEnabled(info.kind != "press")
        ui.redactHint.setEnabled(info.kind != "press")
        self._show_personal_data_access()

    def _show_personal_data_access(self) -> None:
        """A report with personal data is a supervisor's (services/roles.py): for other roles «without personal
        data» stays ticked and disabled, and the hint under it says why."""
        ui = self.ui
        hint = ui.redactHint.text()
        if hint != self._refusal_shown:
            self._hint_text = hint  # the form's own text (set again by retranslateUi)
        if self.kind().kind not in PERSONAL_KINDS:
            why = guard(ui.redactCheck, None, "report.personal", enabled=False)  # nothing to leave out
        else:
            why = guard(ui.redactCheck, self._ctx, "report.personal")
            if why:
                ui.redactCheck.setChecked(True)
        self._refusal_shown = f"{self._hint_text}\n{why}" if why else self._hint_text
        ui.redactHint.setText(self._refusal_shown)

    def _fill_combo(self, combo: QComboBox, everything: str, choices: tuple[Choice, ...]) -> None:
        lang = current_language()
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, None)
            for choice in choices:
                combo.addItem(choice.label(lang), choice.id)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)
        combo.setEnabled(bool(choices))

    def _fill_pickers(self) -> None:
        c = self._choices
        self._fill_combo(self.ui.campaignCombo, self.tr("все кампании"), c.campaigns)
        self._fill_combo(self.ui.districtCombo, self.tr("все районы"), c.districts)
        self._campaign_changed()

    def _campaign_changed(self, *_args: object) -> None:
        campaign = self.ui.campaignCombo.currentData()
        c = self._choices
        self._fill_combo(self.ui.tourCombo, self.tr("все выезды"),
                         tuple(t for t in c.tours if campaign is None or t.parent == campaign))
        self._fill_combo(self.ui.controlCombo, self.tr("все вопросы"),
                         tuple(i for i in c.controls if campaign is None or i.parent == campaign))
        self._tour_changed()

    def _tour_changed(self, *_args: object) -> None:
        tour = self.ui.tourCombo.currentData()
        stops = tuple(s for s in self._choices.stops if s.parent == tour) if tour else ()
        self._fill_combo(self.ui.stopCombo, self.tr("все остановки") if tour else self.tr("сначала выберите выезд"),
                         stops)

    def _period_toggled(self, *_args: object) -> None:
        ui = self.ui
        ui.fromEdit.setEnabled(ui.fromCheck.isChecked())
        ui.toEdit.setEnabled(ui.toCheck.isChecked())
        self._clear_marks()

    def _set_default_period(self, today: date) -> None:
        self.ui.fromEdit.setDate(QDate(today.year, today.month, 1))
        self.ui.toEdit.setDate(QDate(today.year, today.month, today.day))

    # -- loading --------------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def building(self) -> bool:
        return self._task is not None and not self._task.done

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self._choices = ReportChoices()
        self._show_result(None)
        if ctx is not None:
            self._set_default_period(ctx.today())
        self._show_personal_data_access()
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._ctx is None:
            self._pending = False
            self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
            return
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        self._pending = True
        if self._choices.empty:
            self.ui.contentStack.setCurrentWidget(self.ui.loadingPage)
        self._runner.start(lambda progress, cancel: (generation, load_choices(ctx, progress, cancel)),
                           on_result=self._on_loaded, on_error=lambda exc: self._load_failed(generation, exc))

    def _on_loaded(self, result: tuple[int, ReportChoices]) -> None:
        generation, choices = result
        if generation != self._generation:
            return
        self._pending = False
        self._choices = choices
        self._fill_pickers()
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage if choices.empty else self.ui.formPage)

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
        report(self.window(), exc)

    # -- building -------------------------------------------------------------------------------------------------

    def scope(self) -> Scope:
        """The scope the pickers describe; a reversed period is refused here (ValidationError, field "period")."""
        ui = self.ui
        campaign, district = ui.campaignCombo.currentData(), ui.districtCombo.currentData()
        start: date | None = ui.fromEdit.date().toPython() if ui.fromCheck.isChecked() else None  # type: ignore[assignment]
        end: date | None = ui.toEdit.date().toPython() if ui.toCheck.isChecked() else None  # type: ignore[assignment]
        return Scope(date_from=start, date_to=end,
                     campaign_ids=frozenset({campaign}) if campaign else None,
                     district_ids=frozenset({district}) if district else None)

    def record_id(self) -> str | None:
        ui, pickers = self.ui, RECORD_PICKERS.get(self.kind().kind, ())
        if "stop" in pickers and ui.stopCombo.currentData():
            return str(ui.stopCombo.currentData())
        if "tour" in pickers and ui.tourCombo.currentData():
            return str(ui.tourCombo.currentData())
        if "control" in pickers and ui.controlCombo.currentData():
            return str(ui.controlCombo.currentData())
        return None

    def report_language(self) -> str:
        return str(self.ui.languageCombo.currentData() or current_language())

    def proposed_path(self) -> Path:
        """A file name that says what the report is: its title, what it covers, the date; in Documents, or where
        the last report went."""
        ui, info, lang = self.ui, self.kind(), self.report_language()
        subject = ""
        for combo in (ui.stopCombo, ui.tourCombo, ui.controlCombo, ui.campaignCombo, ui.districtCombo):
            if combo.isVisibleTo(self) and combo.currentData():
                subject = combo.currentText()
                break
        if len(subject) > NAME_LIMIT:
            subject = subject[: NAME_LIMIT - 1].rstrip() + "…"
        today = self._ctx.today() if self._ctx else date.today()
        parts = [info.label(lang), subject, today.isoformat()]
        name = safe_file_name(" — ".join(p for p in parts if p))
        fmt = ui.formatCombo.currentData() or info.formats[0]
        # Where the last report went (remembered across runs): the next one is proposed there.
        return file_dialogs.last_folder(file_dialogs.REPORTS) / f"{name}.{fmt}"

    def _ask_output(self) -> Path | None:
        info = self.kind()
        fmt = str(self.ui.formatCombo.currentData() or info.formats[0])
        filters = {"pdf": self.tr("Документ PDF (*.pdf)"), "xlsx": self.tr("Книга Excel (*.xlsx)"),
                   "txt": self.tr("Текст (*.txt)")}
        proposed = self.proposed_path()
        path, _ = file_dialogs.save_file(self, file_dialogs.REPORTS, self.tr("Сохранить отчёт"), proposed.name,
                                         filters.get(fmt, f"*.{fmt}"), folder=proposed.parent)
        if path is None:
            return None
        if output_format(info.kind, path) is None:
            # A name typed without its suffix (or with a foreign one) gets the format chosen on the page.
            path = path.with_name(f"{path.name}.{fmt}")
        return path

    def build(self) -> None:
        """Ask where to save, then build the report on a worker behind a progress dialog that can cancel."""
        if self._ctx is None or self.building:
            return
        self._clear_marks()
        try:
            scope = self.scope()
        except DomainError as exc:
            self._mark(exc)
            report(self.window(), exc)
            return
        output = self._ask_output()
        if output is None:
            return
        kind = self.kind().kind
        # Ticked counts even when disabled: a role that may not print personal data gets it ticked and locked.
        request = ReportRequest(kind, output, scope, self.record_id(), self.report_language(),
                                self.ui.redactCheck.isChecked() and kind in PERSONAL_KINDS)
        ctx = dataclasses.replace(self._ctx, lang=request.lang)
        self._show_result(None)
        self.ui.buildButton.setEnabled(False)
        log.info("building a %s report (%s)", request.kind, output.suffix)
        self._task = run_with_progress(
            self._runner, self.window(), self.tr("Формирование отчёта…"),
            lambda progress, cancel: build_report(ctx, request, progress, cancel),
            on_result=self._built, on_error=self._failed, on_cancelled=self._cancelled,
        )

    def _built(self, path: Path) -> None:
        self.ui.buildButton.setEnabled(True)
        self.last_output = Path(path)
        self._show_result(self.tr("Отчёт сохранён: %1").replace("%1", str(path)), "ok", ready=True)

    def _cancelled(self) -> None:
        self.ui.buildButton.setEnabled(True)
        self._show_result(self.tr("Формирование отчёта отменено — файл не записан."), "warn")

    def _failed(self, exc: BaseException) -> None:
        self.ui.buildButton.setEnabled(True)
        self._show_result(self.tr("Отчёт не сформирован."), "bad")
        if isinstance(exc, DomainError):
            self._mark(exc)
        report(self.window(), exc)

    def _mark(self, exc: DomainError) -> None:
        ui = self.ui
        widgets: dict[str, tuple[QWidget, ...]] = {
            "period": (ui.fromEdit, ui.toEdit), "kind": (ui.formatCombo,), "tour": (ui.tourCombo, ui.stopCombo),
            "control_item": (ui.controlCombo,), "campaign": (ui.campaignCombo,), "district": (ui.districtCombo,),
        }
        for widget in widgets.get(exc.field or "", ()):
            set_invalid(widget, True)
        first = widgets.get(exc.field or "")
        if first:
            first[0].setFocus()

    def _clear_marks(self) -> None:
        ui = self.ui
        for widget in (ui.fromEdit, ui.toEdit, ui.formatCombo, ui.tourCombo, ui.stopCombo, ui.controlCombo,
                       ui.campaignCombo, ui.districtCombo):
            set_invalid(widget, False)

    def _show_result(self, text: str | None, state: str = "", *, ready: bool = False) -> None:
        ui = self.ui
        ui.resultFrame.setVisible(text is not None)
        ui.resultLabel.setText(text or "")
        set_state(ui.resultLabel, state)
        ui.openButton.setVisible(ready)
        ui.folderButton.setVisible(ready)

    def open_result(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    def show_result_folder(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            text = self.ui.resultLabel.text()
            self.ui.retranslateUi(self)
            self.ui.resultLabel.setText(text)
            self._fill_static()
            self._kind_changed()
            self._fill_pickers()
        super().changeEvent(event)
