"""The map's canvas: Kazakhstan's regions and the app's points on a QGraphicsScene, zoomed and panned in a
QGraphicsView.

Why not QtLocation (the Map item of Qt): it is a QML-only module (the app's widgets would host a QQuickWidget, and
the app ships no QML engine: build.spec drops QtQuick and QtQml) and it draws maps from tile servers (OpenStreetMap
and the like). The app works without internet, so there would be no tiles to draw; an offline tile cache of a whole
country would weigh hundreds of megabytes. The regions bundled with the app (resources/boundaries/) are a few dozen
kilobytes of outlines, and a graphics scene draws them, and a few thousand points, at any zoom without a server.

Scene units are kilometres of the Lambert conformal conic of fieldapp.services.map_geometry; the points keep their
size on screen whatever the zoom (they ignore the view's transformations).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QWidget,
)

from fieldapp.services.map_geometry import KAZAKHSTAN, RegionShape
from fieldapp.services.map_points import CONTROL, SIGNALS, STOPS, MapPoint

# Colours by meaning (the house palette of resources/styles/fieldapp.qss: red bad, amber waiting, green done).
SIGNAL_COLOURS = {"received": "#d9480f", "verified": "#f08c00", "removed": "#2b8a3e", "rejected": "#868e96"}
STOP_COLOURS = {"held": "#1864ab", "planned": "#1864ab", "cancelled": "#868e96"}
CONTROL_COLOURS = {"overdue": "#c92a2a", "open": "#e67700", "closed": "#5c940d"}
REGION_FILL, REGION_LINE, CITY_FILL, OUTSIDE = "#fbfaf5", "#8d99a6", "#ece7da", "#e4e7eb"
POINT_SIZE = {SIGNALS: 10.0, STOPS: 15.0, CONTROL: 18.0}  # pixels: a signal on a stop leaves the square's edge seen
ZOOM_STEP = 1.25
MAX_ZOOM = 60.0  # times the whole country
CLICK_SLOP = 4  # pixels a press may move and still be a click
MENU_LIMIT = 25  # points listed when several share a spot
LAYER_MARKS = {SIGNALS: "●", STOPS: "■", CONTROL: "◆"}


def point_colour(point: MapPoint) -> str:
    table = {SIGNALS: SIGNAL_COLOURS, STOPS: STOP_COLOURS, CONTROL: CONTROL_COLOURS}[point.layer]
    return table.get(point.state, "#495057")


def point_shape(layer: str, size: float) -> QPainterPath:
    """A circle for a signal, a square for a stop, a diamond for the control items of a settlement."""
    path = QPainterPath()
    half = size / 2
    if layer == STOPS:
        path.addRect(QRectF(-half, -half, size, size))
    elif layer == CONTROL:
        path.addPolygon(QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0),
                                   QPointF(0, -half)]))
    else:
        path.addEllipse(QPointF(0, 0), half, half)
    return path


class PointItem(QGraphicsPathItem):
    """One point of the map: its record in `point`; a constant size on screen."""

    def __init__(self, point: MapPoint) -> None:
        super().__init__(point_shape(point.layer, POINT_SIZE[point.layer]))
        self.point = point
        colour = QColor(point_colour(point))
        hollow = point.layer == STOPS and point.state != "held"
        self.setBrush(QBrush(QColor("white") if hollow else colour))
        self.setPen(QPen(colour if hollow else QColor("white"), 2.5 if hollow else 1.5))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)
        x, y = KAZAKHSTAN.forward(point.latitude, point.longitude)
        self.setPos(x, y)
        self.setZValue({STOPS: 10, SIGNALS: 20, CONTROL: 30}[point.layer] + (5 if point.overdue else 0))
        tip = f"<b>{point.title}</b>"
        if point.layer == CONTROL or point.detail:
            tip += "<br>" + point.detail
        self.setToolTip(tip)
        if point.layer == CONTROL and point.count > 1:
            label = QGraphicsSimpleTextItem(str(point.count), self)
            font = QFont()
            font.setPointSizeF(7.5)
            font.setBold(True)
            label.setFont(font)
            label.setBrush(QBrush(QColor("white")))
            box = label.boundingRect()
            label.setPos(-box.width() / 2, -box.height() / 2)


class MapView(QGraphicsView):
    """Regions and points; wheel and +/− zoom about the cursor, a drag pans, a click on a point activates it."""

    pointActivated = Signal(str, str)  # layer, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QBrush(QColor(OUTSIDE)))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A drag pans the map: scroll bars would only take room.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points: list[PointItem] = []
        self._region_items: list[QGraphicsItem] = []
        self._country = QRectF()
        self._fit_mode: str | None = "country"  # "country" / "points": refitted to the window's size until moved
        self._press: QPointF | None = None
        self._halo: QGraphicsPathItem | None = None
        self.choice_menu: QMenu | None = None  # the last menu of points sharing a spot

    # -- content --------------------------------------------------------------------------------------------------

    def set_regions(self, regions: Sequence[RegionShape], lang: str) -> None:
        scene = self.scene()
        for item in self._region_items:
            scene.removeItem(item)
        self._region_items = []
        country = QRectF()
        for region in regions:
            path = QPainterPath()
            for ring in region.rings:
                path.addPolygon(QPolygonF([QPointF(*KAZAKHSTAN.forward(lat, lon)) for lon, lat in ring]))
                path.closeSubpath()
            item = scene.addPath(path, self._region_pen(), QBrush(QColor(CITY_FILL if region.city else REGION_FILL)))
            item.setZValue(1 if region.city else 0)
            item.setToolTip(region.name(lang))
            item.setData(0, region.key)
            self._region_items.append(item)
            country = country.united(path.boundingRect())
            if not region.city:
                self._region_items.append(self._label(region.name(lang), path))
        self._country = country
        # Room around the country, so that a point near its edge can still be brought to the middle of the view.
        margin = country.width() * 0.5
        scene.setSceneRect(country.adjusted(-margin, -margin, margin, margin))
        self._refit()

    @staticmethod
    def _region_pen() -> QPen:
        pen = QPen(QColor(REGION_LINE), 1.0)
        pen.setCosmetic(True)  # one pixel at every zoom
        return pen

    def _label(self, text: str, path: QPainterPath) -> QGraphicsItem:
        short = text
        for word in (" область", " облысы", " Region"):
            short = short.replace(word, "")
        label = self.scene().addSimpleText(short)
        font = QFont()
        font.setPointSizeF(8)
        label.setFont(font)
        label.setBrush(QBrush(QColor("#6c757d")))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        box = label.boundingRect()
        centre = _inner_point(path)
        label.setPos(centre)
        label.setTransformOriginPoint(box.center())
        # Centred on the point: the offset is in pixels, since the label ignores the view's scale.
        label.setTransform(label.transform().translate(-box.width() / 2, -box.height() / 2))
        label.setZValue(2)
        return label

    def set_points(self, points: Sequence[MapPoint]) -> None:
        scene = self.scene()
        for item in self.points:
            scene.removeItem(item)
        self.clear_highlight()
        self.points = [PointItem(p) for p in points]
        for item in self.points:
            scene.addItem(item)

    def item_of(self, layer: str, record_id: str) -> PointItem | None:
        return next((i for i in self.points if i.point.layer == layer and i.point.record_id == record_id), None)

    # -- zoom and pan ---------------------------------------------------------------------------------------------

    def fit(self) -> None:
        """The whole country in view."""
        if self._country.isEmpty():
            return
        margin = self._country.width() * 0.02
        self.fitInView(self._country.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_mode = "country"

    def fit_points(self, least_km: float = 900.0) -> None:
        """All the points in view, with at least `least_km` around them (the country when there are none)."""
        if not self.points:
            self.fit()
            return
        xs = [item.pos().x() for item in self.points]
        ys = [item.pos().y() for item in self.points]
        box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))  # united() skips empty rects
        centre = box.center()
        width, height = max(box.width() * 1.2, least_km), max(box.height() * 1.2, least_km * 0.6)
        self.fitInView(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height),
                       Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_mode = "points"

    def _refit(self) -> None:
        if self._fit_mode == "country":
            self.fit()
        elif self._fit_mode == "points":
            self.fit_points()

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        fit_scale = self._fit_scale()
        current = self.transform().m11()
        wanted = max(fit_scale * 0.8, min(current * factor, fit_scale * MAX_ZOOM))
        if current <= 0 or wanted == current:
            return
        old = self.transformationAnchor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(wanted / current, wanted / current)
        else:
            # The place under the cursor stays under it (Qt's AnchorUnderMouse follows the last mouse move, not
            # the wheel's position).
            spot = anchor.toPoint()
            under = self.mapToScene(spot)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(wanted / current, wanted / current)
            moved = self.mapFromScene(under) - spot
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self.setTransformationAnchor(old)
        self._fit_mode = None

    def _fit_scale(self) -> float:
        if self._country.isEmpty():
            return 1.0
        view = self.viewport().rect()
        return min(view.width() / (self._country.width() * 1.04), view.height() / (self._country.height() * 1.04))

    def center_on(self, layer: str, record_id: str, zoom: float = 8.0) -> bool:
        """Zoom in on a point and mark it; False when it is not on the map."""
        item = self.item_of(layer, record_id)
        if item is None:
            return False
        current = self.transform().m11()
        wanted = self._fit_scale() * zoom
        if current > 0 and current < wanted:
            self.scale(wanted / current, wanted / current)
        self.centerOn(item.pos())
        self._fit_mode = None
        self.highlight(item)
        return True

    def highlight(self, item: PointItem) -> None:
        self.clear_highlight()
        size = POINT_SIZE[item.point.layer] + 14
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), size / 2, size / 2)
        halo = QGraphicsPathItem(path)
        halo.setPen(QPen(QColor("#1971c2"), 3))
        halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        halo.setPos(item.pos())
        halo.setZValue(item.zValue() - 1)
        self.scene().addItem(halo)
        self._halo = halo

    def clear_highlight(self) -> None:
        if self._halo is not None:
            self.scene().removeItem(self._halo)
            self._halo = None

    # -- events ---------------------------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if QLineF(press, event.position()).length() > CLICK_SLOP:
            self._fit_mode = None  # a drag: the user placed the map
            return
        spot = event.position().toPoint()
        found = self.points_at(spot)
        if len(found) == 1:
            self.pointActivated.emit(found[0].point.layer, found[0].point.record_id)
        elif found:
            self._choose(found, spot)

    def _choose(self, found: Sequence[PointItem], spot: QPoint) -> None:
        """Several points on one spot (the stops of a village, its signals): a menu of them, the topmost first."""
        if self.choice_menu is not None:
            self.choice_menu.deleteLater()
        menu = self.choice_menu = QMenu(self)
        menu.setObjectName("mapChoiceMenu")
        metrics = menu.fontMetrics()
        for item in found[:MENU_LIMIT]:
            point = item.point
            text = f"{LAYER_MARKS[point.layer]} {point.title}" + (f" — {point.detail}" if point.detail else "")
            action = menu.addAction(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 520))
            action.setData((point.layer, point.record_id))
            action.triggered.connect(partial(self.pointActivated.emit, point.layer, point.record_id))
        if len(found) > MENU_LIMIT:
            more = menu.addAction(self.tr("… ещё %1: приблизьте карту").replace("%1", str(len(found) - MENU_LIMIT)))
            more.setEnabled(False)
        menu.popup(self.viewport().mapToGlobal(spot))

    def points_at(self, pos: QPoint) -> list[PointItem]:
        """The points under a viewport position, the topmost first."""
        found: list[PointItem] = []
        for item in self.items(pos):
            while item is not None and not isinstance(item, PointItem):
                item = item.parentItem()
            if isinstance(item, PointItem) and item not in found:
                found.append(item)
        return found

    def point_at(self, pos: QPoint) -> PointItem | None:
        """The topmost point under a viewport position."""
        found = self.points_at(pos)
        return found[0] if found else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()


def _inner_point(path: QPainterPath) -> QPointF:
    """A point well inside a region for its label: the middle of the widest horizontal run through the middle of the
    region's box (a box centre may fall outside a crescent-shaped region)."""
    box = path.boundingRect()
    best, best_width = box.center(), -1.0
    for fraction in (0.5, 0.4, 0.6, 0.3, 0.7):
        y = box.top() + box.height() * fraction
        xs = [box.left() + box.width() * i / 60 for i in range(61)]
        inside = [path.contains(QPointF(x, y)) for x in xs]
        start = None
        for i, flag in enumerate([*inside, False]):
            if flag and start is None:
                start = i
            elif not flag and start is not None:
                width = xs[i - 1] - xs[start]
                if width > best_width:
                    best, best_width = QPointF((xs[start] + xs[i - 1]) / 2, y), width
                start = None
    return best
