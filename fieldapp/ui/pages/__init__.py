"""The pages of the main window: their keys (the `screenshot --page` names), titles, icons and how each is built."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from fieldapp.resources import resource_path
from fieldapp.ui.icons import load_icon

if TYPE_CHECKING:
    from fieldapp.services.context import Context
    from fieldapp.ui.workers import Runner


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Russian source text, translated in the "Pages" context
    description: str  # what the page will hold, shown while it is a placeholder
    icon: str  # the name of its SVG in resources/icons, without the suffix (the window loads its PNGs: ui/icons.py)
    in_navigation: bool = True

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def translated_description(self) -> str:
        return QCoreApplication.translate("Pages", self.description) if self.description else ""

    def qicon(self) -> QIcon:
        return _icon(self.icon)


@cache
def _icon(name: str) -> QIcon:
    """A page's icon, made once: the navigation and the View menu show each one (its two PNG files are read when
    it is made)."""
    return load_icon(_icons(), name)


@cache
def _icons() -> Path:
    """The icons folder, found once for the twelve icons of the start (resource_path asks importlib where the
    package lies on every call)."""
    return resource_path("icons")


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", str(QT_TRANSLATE_NOOP("Pages", "Обзор")), "", "dashboard"),
    PageSpec(
        "tours", str(QT_TRANSLATE_NOOP("Pages", "Выезды")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будут выезды и их маршруты: населённые пункты по порядку с датами, "
                     "отметка проведённых и отменённых остановок.")),
        "tours"),
    PageSpec(
        "stop", str(QT_TRANSLATE_NOOP("Pages", "Остановка")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будет текущая остановка: сколько жителей пришло, проведённые мероприятия "
                     "и их участники, организации-участники и фотографии с подписями.")),
        "stop"),
    PageSpec(
        "reception", str(QT_TRANSLATE_NOOP("Pages", "Приём граждан")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будет приём граждан по очереди, с клавиатуры: проверка ИИН при вводе, "
                     "прежние обращения жителя, тема, результат и согласие на обработку данных.")),
        "reception"),
    PageSpec(
        "control", str(QT_TRANSLATE_NOOP("Pages", "Контроль")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будет реестр вопросов на контроле: ответственные, сроки в рабочих днях, "
                     "продление, решение и вопросы с истёкшим сроком в начале списка.")),
        "control"),
    PageSpec(
        "polls", str(QT_TRANSLATE_NOOP("Pages", "Опросы")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будут опросы: вопрос и варианты ответов, подсчёт ответов на каждой "
                     "остановке крупными кнопками и диаграмма результатов.")),
        "polls"),
    PageSpec(
        "signals", str(QT_TRANSLATE_NOOP("Pages", "Сигналы")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будут сигналы жителей с координатами, например о граффити с рекламой "
                     "наркотиков, и их проверка до устранения, с фотографиями до и после.")),
        "signals"),
    PageSpec(
        "reports", str(QT_TRANSLATE_NOOP("Pages", "Отчёты")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будут отчёты: PDF с блоком подписи, таблицы Excel для вышестоящих "
                     "органов и готовый абзац для пресс-релиза.")),
        "reports"),
    PageSpec("sync", str(QT_TRANSLATE_NOOP("Pages", "Синхронизация")), "", "sync"),
    PageSpec("setup", str(QT_TRANSLATE_NOOP("Pages", "Настройка")), "", "setup"),
    PageSpec(
        "planning", str(QT_TRANSLATE_NOOP("Pages", "Планирование")),
        str(QT_TRANSLATE_NOOP(
            "Pages", "Здесь будет план ротации рабочих групп по районам и охват каждого района "
                     "всеми направлениями: запланировано и выполнено.")),
        "planning"),
    PageSpec("map", str(QT_TRANSLATE_NOOP("Pages", "Карта")), "", "map"),
)

PAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGES)
NAVIGATION: tuple[PageSpec, ...] = tuple(spec for spec in PAGES if spec.in_navigation)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


# Where each built page lives: "module:Class". A page module is imported when its page is first built, so the start
# pays only for the page it shows.
PAGE_CLASSES: dict[str, str] = {
    "dashboard": "fieldapp.ui.pages.dashboard:DashboardPage",
    "tours": "fieldapp.ui.pages.tours:ToursPage",
    "stop": "fieldapp.ui.pages.stop:StopPage",
    "reception": "fieldapp.ui.pages.reception:ReceptionPage",
    "control": "fieldapp.ui.pages.control:ControlPage",
    "polls": "fieldapp.ui.pages.polls:PollsPage",
    "signals": "fieldapp.ui.pages.signals:SignalsPage",
    "map": "fieldapp.ui.pages.map:MapPage",
    "reports": "fieldapp.ui.pages.reports:ReportsPage",
    "setup": "fieldapp.ui.pages.setup:SetupPage",
    "sync": "fieldapp.ui.pages.sync:SyncPage",
    "planning": "fieldapp.ui.pages.planning:PlanningPage",
}


def build_page(spec: PageSpec, runner: Runner, parent: QWidget | None = None) -> QWidget:
    """The widget of a page: its own module once built, the placeholder until then.

    Built inside `parent` (the window's page stack): a page made alone and moved into a styled window has every one
    of its widgets' style worked out twice, the style sheet's rules matched once for nothing."""
    target = PAGE_CLASSES.get(spec.key)
    if target is None:
        from fieldapp.ui.pages.placeholder import PlaceholderPage

        return PlaceholderPage(spec, parent)
    module_name, class_name = target.split(":")
    page_class: type[QWidget] = getattr(import_module(module_name), class_name)
    return page_class(runner, parent)  # type: ignore[call-arg]


class Page(Protocol):
    """What the main window needs of a page widget."""

    def set_context(self, ctx: Context | None) -> None:
        """The database the page shows; None when none is open."""
        ...
