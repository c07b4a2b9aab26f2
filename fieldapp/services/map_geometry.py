"""The map's geometry, without Qt: the projection of Kazakhstan onto a flat page, the simplification of boundary
lines (Douglas–Peucker) and the bundled region boundaries (resources/boundaries/, where the source is recorded).

The projection is a Lambert conformal conic with standard parallels 45° and 53° N and central meridian 67° E, a
usual one for maps of Kazakhstan: shapes and angles are kept, so the country and its regions look as people know
them from printed maps, and a point east of another is always drawn to its right, one north of it above it. The
page unit is the kilometre (on the sphere of 6371 km); y grows downwards as on a screen.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldapp.resources import resource_path

EARTH_RADIUS_KM = 6371.0
BOUNDARIES_FILE = ("boundaries", "kz_regions.json")

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude) pairs, closed (first == last)


@dataclass(frozen=True)
class LambertConic:
    """Lambert conformal conic on the sphere (Snyder, Map Projections — A Working Manual, 1987, §15)."""

    parallel_1: float = 45.0
    parallel_2: float = 53.0
    origin_lat: float = 48.0
    central_lon: float = 67.0
    radius: float = EARTH_RADIUS_KM

    @property
    def _n(self) -> float:
        p1, p2 = math.radians(self.parallel_1), math.radians(self.parallel_2)
        ratio: float = math.log(math.cos(p1) / math.cos(p2)) / math.log(
            math.tan(math.pi / 4 + p2 / 2) / math.tan(math.pi / 4 + p1 / 2))
        return ratio

    @property
    def _f(self) -> float:
        p1 = math.radians(self.parallel_1)
        factor: float = math.cos(p1) * math.tan(math.pi / 4 + p1 / 2) ** self._n / self._n
        return factor

    def _rho(self, lat: float) -> float:
        rho: float = self.radius * self._f / math.tan(math.pi / 4 + math.radians(lat) / 2) ** self._n
        return rho

    def forward(self, lat: float, lon: float) -> tuple[float, float]:
        """(x, y) in kilometres on the page for a latitude and longitude in degrees; x east, y south (down)."""
        n = self._n
        rho, rho0 = self._rho(lat), self._rho(self.origin_lat)
        theta = n * math.radians(lon - self.central_lon)
        return rho * math.sin(theta), -(rho0 - rho * math.cos(theta))

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """(latitude, longitude) in degrees of a page point (the inverse of `forward`)."""
        n = self._n
        rho0 = self._rho(self.origin_lat)
        north = rho0 + y  # y is measured downwards
        rho = math.copysign(math.hypot(x, north), n)
        theta = math.atan2(x, north)
        lat = 2 * math.atan((self.radius * self._f / rho) ** (1 / n)) - math.pi / 2
        return math.degrees(lat), self.central_lon + math.degrees(theta / n)


KAZAKHSTAN = LambertConic()


def simplify(points: Sequence[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker: the fewest of `points` that stay within `tolerance` of the line; the ends are kept. For a
    closed ring the first and last point are the same, and it stays closed."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        widest, index = -1.0, -1
        for i in range(first + 1, last):
            d = _distance_to_segment(points[i], points[first], points[last])
            if d > widest:
                widest, index = d, i
        if index >= 0 and widest > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _distance_to_segment(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    if length == 0.0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def simplify_ring(ring: Sequence[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """A closed ring simplified: split at its farthest point from the start so that both halves have distinct ends."""
    if len(ring) < 5:
        return list(ring)
    start = ring[0]
    far = max(range(len(ring)), key=lambda i: math.hypot(ring[i][0] - start[0], ring[i][1] - start[1]))
    first = simplify(ring[: far + 1], tolerance)
    second = simplify(ring[far:], tolerance)
    return first + second[1:]


@dataclass(frozen=True)
class RegionShape:
    """A region as the bundled file draws it: its names, its KATO prefix and its outer rings."""

    key: str
    name_ru: str
    name_kk: str
    name_en: str
    kato: str  # the two first digits of the region's KATO code ("" when the region has none of its own)
    rings: tuple[Ring, ...]
    city: bool = False

    def name(self, lang: str) -> str:
        return {"kk": self.name_kk, "en": self.name_en}.get(lang, "") or self.name_ru

    def contains(self, lat: float, lon: float) -> bool:
        """Whether the point lies in one of the region's rings (even–odd rule)."""
        return any(_in_ring(ring, lon, lat) for ring in self.rings)


def _in_ring(ring: Ring, x: float, y: float) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def load_regions(path: Path | None = None) -> tuple[RegionShape, ...]:
    """The regions of the bundled boundary file (a GeoJSON FeatureCollection of Polygons and MultiPolygons)."""
    source = path or resource_path(*BOUNDARIES_FILE)
    data = json.loads(source.read_text(encoding="utf-8"))
    regions = []
    for feature in data["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        rings = tuple(tuple((float(lon), float(lat)) for lon, lat in polygon[0]) for polygon in polygons)
        regions.append(RegionShape(props["key"], props["name_ru"], props["name_kk"], props["name_en"],
                                   props.get("kato", ""), rings, bool(props.get("city", False))))
    return tuple(regions)


def region_at(regions: Sequence[RegionShape], lat: float, lon: float) -> RegionShape | None:
    """The region a point lies in; a city of republican status wins over the region around it."""
    found = [r for r in regions if r.contains(lat, lon)]
    found.sort(key=lambda r: not r.city)
    return found[0] if found else None
