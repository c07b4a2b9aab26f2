"""The map page on a field database built through the services: the points are read back from the scene and must
land where their coordinates say (inside the drawn outline of their region, east to the right, north up); a click
opens the record on its page; the filters change the points; «Показать на карте» from a signal and a stop centres
the map on it; with no coordinates at all the page says what to do. In Russian and Kazakh."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime

import pytest
from pages_data import NOW, Field
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from fieldapp.services import control, places, signals, tours
from fieldapp.services.map_geometry import KAZAKHSTAN
from fieldapp.services.map_points import CONTROL, SIGNALS, STOPS
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.map import MapPage
from fieldapp.ui.pages.map_view import MapView, PointItem
from fieldapp.ui.pages.signals import SignalsPage
from fieldapp.ui.pages.stop import StopPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

ASTANA = (51.128, 71.430)
ALMATY = (43.238, 76.946)
ASA = (42.95, 71.45)  # the village of the field database, near Taraz


def place_field(field: Field) -> dict[str, str]:
    """Coordinates for Аса (its stops, one held, and control item go there) and three signals: Astana, Almaty and one in
    Аса received long ago."""
    ctx = field.ctx
    asa = places.get_settlement(ctx, field.settlement_id)
    places.update_settlement(ctx, asa.id, asa.district_id, asa.name_ru, asa.name_kk, latitude=ASA[0],
                             longitude=ASA[1])
    astana = signals.record_signal(ctx, signals.SignalDraft(kind="drug graffiti", coordinates="51.128, 71.430",
                                                            received_at=datetime(2026, 3, 1, 9)))
    almaty = signals.record_signal(ctx, signals.SignalDraft(kind="drug graffiti", coordinates="43.238, 76.946",
                                                            received_at=datetime(2026, 2, 20, 9)))
    old = signals.record_signal(ctx, signals.SignalDraft(kind="drug sale", settlement_id=asa.id,
                                                         received_at=datetime(2025, 6, 1, 9)))
    signals.set_signal_status(ctx, almaty, "verified")
    tours.mark_stop_done(ctx, field.stop_id, arrived_at=datetime(2026, 3, 2, 10))  # held in Аса; Өрнек has no place
    item = control.take_under_control(ctx, "Вода", control.Responsible(org_id=field.org_id),
                                      registered_on=date(2026, 1, 5), deadline=date(2026, 1, 30),
                                      settlement_id=asa.id)
    return {"astana": astana, "almaty": almaty, "old": old, "control": item}


def open_map(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str) -> tuple[MainWindow, MapPage]:
    window = make_window(field.db.path, lang, runner=Runner(synchronous=True))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("map")
    page = window.pages["map"]
    assert isinstance(page, MapPage)
    qtbot.waitUntil(lambda: not page.loading)
    return window, page


def item(view: MapView, layer: str, record_id: str) -> PointItem:
    found = view.item_of(layer, record_id)
    assert found is not None, (layer, record_id)
    return found


def on_screen(view: MapView, point: PointItem) -> QPoint:
    return view.mapFromScene(point.pos())


def region_path(view: MapView, key: str) -> QGraphicsPathItem:
    (path,) = [i for i in view.scene().items() if isinstance(i, QGraphicsPathItem) and i.data(0) == key]
    return path


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_points_land_where_their_coordinates_say(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str) -> None:
    ids = place_field(field)
    _window, page = open_map(qtbot, make_window, field, lang)
    view = page.view
    layers = {(p.point.layer, p.point.record_id) for p in view.points}
    assert {(SIGNALS, ids["astana"]), (SIGNALS, ids["almaty"]), (SIGNALS, ids["old"]), (STOPS, field.stop_id),
            (CONTROL, field.settlement_id)} <= layers
    # Every point's position on the scene projects back to its record's coordinates.
    for drawn in view.points:
        lat, lon = KAZAKHSTAN.inverse(drawn.pos().x(), drawn.pos().y())
        assert (lat, lon) == pytest.approx((drawn.point.latitude, drawn.point.longitude), abs=1e-6)
    astana, almaty = item(view, SIGNALS, ids["astana"]), item(view, SIGNALS, ids["almaty"])
    # Astana's point lies in the drawn outline of the city of Astana, inside Akmola's; Almaty's is in neither.
    assert region_path(view, "astana").contains(astana.pos())
    assert region_path(view, "akmola").contains(astana.pos())
    assert not region_path(view, "akmola").contains(almaty.pos())
    assert region_path(view, "almaty").contains(almaty.pos())
    asa = item(view, STOPS, field.stop_id)
    assert region_path(view, "zhambyl").contains(asa.pos())
    # On screen: Almaty (76.9° E) right of Astana (71.4° E) and below it (south); Аса west of Almaty, south of Astana.
    view.fit()
    a, b, c = on_screen(view, astana), on_screen(view, almaty), on_screen(view, asa)
    assert b.x() > a.x() and b.y() > a.y()
    assert c.x() < b.x() and c.y() > a.y()
    assert view.viewport().rect().contains(a) and view.viewport().rect().contains(b)
    # Colours by state: the new signal is not drawn like the verified one; the held stop is filled, the planned not.
    assert astana.brush().color() != almaty.brush().color()
    planned = [p for p in view.points if p.point.layer == STOPS and p.point.state == "planned"]
    held = item(view, STOPS, field.stop_id)
    assert planned and planned[0].brush().color().name() == "#ffffff" != held.brush().color().name()
    # The control point of Аса carries the overdue item.
    overdue = item(view, CONTROL, field.settlement_id)
    assert (overdue.point.state, overdue.point.overdue, overdue.point.item_ids) == ("overdue", 1, (ids["control"],))
    # Өрнек has no coordinates: its stop is left out, and the page says so.
    assert page.ui.hintLabel.isVisible() and "(1)" in page.ui.hintLabel.text()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_click_opens_the_record_and_the_filters_change_the_points(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str) -> None:
    ids = place_field(field)
    window, page = open_map(qtbot, make_window, field, lang)
    view = page.view
    # The signals page filtered to removed signals: the verified one clicked on the map is shown all the same.
    window.show_page("signals")
    signals_page = window.pages["signals"]
    assert isinstance(signals_page, SignalsPage)
    signals_page.ui.statusFilter.setCurrentIndex(signals_page.ui.statusFilter.findData("removed"))
    qtbot.waitUntil(lambda: not signals_page.loading and signals_page.model.rowCount() == 0)
    window.show_page("map")
    view.center_on(SIGNALS, ids["almaty"], zoom=4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(view, item(view, SIGNALS,
                                                                                            ids["almaty"])))
    assert window.current_page_key() == "signals"
    qtbot.waitUntil(lambda: signals_page.detail is not None and signals_page.detail.id == ids["almaty"])
    assert signals_page.ui.statusFilter.currentData() is None and signals_page.current_id() == ids["almaty"]

    # Аса's control point, its stops and its old signal share one spot: a click lists them, the control point (drawn
    # on top) first, and the one chosen is opened: the overdue item in the register.
    window.show_page("map")
    view.center_on(CONTROL, field.settlement_id, zoom=4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=on_screen(view, item(view, CONTROL, field.settlement_id)))
    menu = view.choice_menu
    assert menu is not None and menu.isVisible() and window.current_page_key() == "map"
    choices = [tuple(a.data()) for a in menu.actions()]
    assert choices[0] == (CONTROL, field.settlement_id)
    assert {(STOPS, field.stop_id), (SIGNALS, ids["old"])} <= set(choices) and len(choices) == 4
    menu.actions()[0].trigger()
    assert window.current_page_key() == "control"
    control_page = window.pages["control"]
    qtbot.waitUntil(lambda: control_page.current_id() == ids["control"])  # type: ignore[attr-defined]

    # The stops alone: the two of Аса, held and planned; the held one chosen opens on the stop page.
    window.show_page("map")
    page.ui.controlCheck.setChecked(False)
    page.ui.signalsCheck.setChecked(False)
    qtbot.waitUntil(lambda: not page.loading)
    assert {p.point.layer for p in view.points} == {STOPS}
    view.center_on(STOPS, field.stop_id, zoom=4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(view, item(view, STOPS, field.stop_id)))
    menu = view.choice_menu
    assert menu is not None and menu.isVisible()
    (held,) = [a for a in menu.actions() if tuple(a.data()) == (STOPS, field.stop_id)]
    assert len(menu.actions()) == 2
    held.trigger()
    assert window.current_page_key() == "stop"
    stop_page = window.pages["stop"]
    assert isinstance(stop_page, StopPage)
    qtbot.waitUntil(lambda: stop_page.current_stop_id() == field.stop_id)
    menu.close()

    # A drag pans and opens nothing.
    window.show_page("map")
    before = view.mapToScene(view.viewport().rect().center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseMove(view.viewport(), QPoint(360, 330))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, 340))
    assert window.current_page_key() == "map"
    assert view.mapToScene(view.viewport().rect().center()) != before

    # Layers and period: the signals alone, then those of the last 7 days (Astana's of 01.03, not Almaty's of
    # 20.02 nor the old one: today is 02.03.2026).
    page.ui.signalsCheck.setChecked(True)
    page.ui.stopsCheck.setChecked(False)
    qtbot.waitUntil(lambda: not page.loading)
    assert {p.point.record_id for p in view.points} == {ids["astana"], ids["almaty"], ids["old"]}
    # The window's clock is the machine's: the page is given the field database's day (02.03.2026).
    assert window.ctx is not None
    page.set_context(dataclasses.replace(window.ctx, clock=lambda: NOW))
    qtbot.waitUntil(lambda: not page.loading)
    page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData(7))
    qtbot.waitUntil(lambda: not page.loading)
    assert [p.point.record_id for p in view.points] == [ids["astana"]]
    # The kind of signal: the sale of drugs is the old one's.
    page.ui.periodCombo.setCurrentIndex(0)
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("drug sale"))
    qtbot.waitUntil(lambda: not page.loading)
    assert [p.point.record_id for p in view.points] == [ids["old"]]
    page.ui.kindCombo.setCurrentIndex(0)
    # The campaign: the field database's campaign has no signal.
    page.ui.periodCombo.setCurrentIndex(0)
    page.ui.stopsCheck.setChecked(True)
    campaign_index = next(i for i in range(page.ui.campaignCombo.count()) if page.ui.campaignCombo.itemData(i))
    page.ui.campaignCombo.setCurrentIndex(campaign_index)
    qtbot.waitUntil(lambda: not page.loading)
    assert {p.point.layer for p in view.points} == {STOPS}


def test_zoom_with_the_wheel_and_the_keys(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field) -> None:
    place_field(field)
    _window, page = open_map(qtbot, make_window, field, "ru")
    view = page.view
    view.fit()
    fitted = view.transform().m11()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() == pytest.approx(fitted)
    page.ui.zoomInButton.click()
    page.ui.zoomInButton.click()
    assert view.transform().m11() == pytest.approx(fitted * 1.25 ** 2)
    view.zoom(1.25, QPointF(100, 100))
    assert view.transform().m11() == pytest.approx(fitted * 1.25 ** 3)
    page.ui.fitButton.click()
    assert view.transform().m11() == pytest.approx(fitted)
    # The wheel: one notch in zooms by a step about the cursor (the scene point under it stays under it).
    cursor = QPoint(700, 250)
    under = view.mapToScene(cursor)
    wheel(view, cursor, 120)
    assert view.transform().m11() == pytest.approx(fitted * 1.25)
    after = view.mapToScene(cursor)
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3  # kilometres
    wheel(view, cursor, -120)
    assert view.transform().m11() == pytest.approx(fitted)
    # Out no further than a little below the whole country, in no further than 60 times it.
    wheel(view, cursor, -1200)
    assert fitted * 0.75 < view.transform().m11() < fitted
    wheel(view, cursor, 120 * 40)
    assert view.transform().m11() == pytest.approx(view._fit_scale() * 60)


def wheel(view: MapView, at: QPoint, delta: int) -> None:
    event = QWheelEvent(QPointF(at), QPointF(view.viewport().mapToGlobal(at)), QPoint(0, 0), QPoint(0, delta),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_show_on_map_from_a_signal_and_a_stop(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str) -> None:
    ids = place_field(field)
    window = make_window(field.db.path, lang, runner=Runner(synchronous=True))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("signals")
    signals_page = window.pages["signals"]
    assert isinstance(signals_page, SignalsPage)
    qtbot.waitUntil(lambda: not signals_page.loading)
    signals_page.select(ids["almaty"])
    assert signals_page.ui.mapButton.isEnabled()
    signals_page.ui.mapButton.click()
    assert window.current_page_key() == "map"
    page = window.pages["map"]
    assert isinstance(page, MapPage)
    qtbot.waitUntil(lambda: not page.loading)
    view = page.view
    centre = view.viewport().rect().center()
    spot = on_screen(view, item(view, SIGNALS, ids["almaty"]))
    assert abs(spot.x() - centre.x()) <= 2 and abs(spot.y() - centre.y()) <= 2
    assert view.transform().m11() > 4 * view._fit_scale()

    window.show_page("stop")
    stop_page = window.pages["stop"]
    assert isinstance(stop_page, StopPage)
    stop_page.show_stop(field.stop_id)
    qtbot.waitUntil(lambda: stop_page.current_stop_id() == field.stop_id)
    stop_page.ui.mapButton.click()
    assert window.current_page_key() == "map"
    qtbot.waitUntil(lambda: not page.loading)
    spot = on_screen(view, item(view, STOPS, field.stop_id))
    centre = view.viewport().rect().center()
    assert abs(spot.x() - centre.x()) <= 2 and abs(spot.y() - centre.y()) <= 2

    # Өрнек has no coordinates: the map says why its stop is not there.
    window.show_page("stop")
    stop_page.show_stop(field.done_stop_id)
    qtbot.waitUntil(lambda: stop_page.current_stop_id() == field.done_stop_id)
    stop_page.ui.mapButton.click()
    qtbot.waitUntil(lambda: not page.loading)
    assert page.ui.hintLabel.isVisible()
    assert {"ru": "нет координат", "kk": "координаттары жоқ"}[lang] in page.ui.hintLabel.text()
    # A signal with neither coordinates nor a settlement cannot be shown on the map: the button is off.
    nowhere = signals.record_signal(field.ctx, signals.SignalDraft(kind="other"))
    window.show_page("signals")
    signals_page.reload()
    qtbot.waitUntil(lambda: not signals_page.loading)
    signals_page.select(nowhere)
    assert signals_page.detail is not None and signals_page.detail.id == nowhere
    assert not signals_page.ui.mapButton.isEnabled()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_without_coordinates_the_page_says_what_to_do(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str) -> None:
    signals.record_signal(field.ctx, signals.SignalDraft(kind="drug sale", settlement_id=field.settlement_id))
    _window, page = open_map(qtbot, make_window, field, lang)
    assert page.view.points == []
    hint = page.ui.hintLabel
    assert hint.isVisible()
    text = hint.text()
    expected = {"ru": ("Ни у одной записи нет координат", "Настройка"),
                "kk": ("координаттары жоқ", "Баптау")}[lang]
    assert all(part in text for part in expected), text
    # The region outlines are drawn all the same: the map is not blank.
    assert region_path(page.view, "zhambyl").isVisible()


def test_switching_the_language_renames_the_regions_and_the_filters(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field) -> None:
    place_field(field)
    window, page = open_map(qtbot, make_window, field, "ru")

    def labels() -> set[str]:
        return {i.text() for i in page.view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)}

    assert "Жамбылская" in labels() and page.ui.kindCombo.itemText(0) == "все виды"
    window.ui.actionLanguageKk.trigger()
    qtbot.waitUntil(lambda: "Жамбыл" in labels())  # LanguageChange comes through the event loop
    qtbot.waitUntil(lambda: not page.loading)
    assert "Жамбылская" not in labels()
    assert page.ui.kindCombo.itemText(0) == "барлық түрлері" and page.ui.periodCombo.itemText(0) == "барлық уақыт"
    assert "Белгілер" in page.ui.legendLabel.text()
    # The points are still there, their tooltips in Kazakh.
    graffiti = [p for p in page.view.points if p.point.layer == SIGNALS and "есірткі жарнамасы" in p.toolTip()]
    assert len(graffiti) == 2
