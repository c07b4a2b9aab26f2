"""The map without Qt: the projection (Lambert conformal conic), Douglas–Peucker, the bundled region boundaries, and
the points a filter gives (signals by status, stops held or planned, control items gathered by settlement)."""

from __future__ import annotations

import json
import math
from datetime import date, datetime

import pytest
from conftest import World

from fieldapp.resources import resource_path
from fieldapp.services import control, map_points, places, signals, tours
from fieldapp.services.context import Context
from fieldapp.services.map_geometry import KAZAKHSTAN, load_regions, region_at, simplify, simplify_ring
from fieldapp.services.map_points import CONTROL, SIGNALS, STOPS, MapFilter

ASTANA = (51.128, 71.430)
ALMATY = (43.238, 76.946)
AKTAU = (43.651, 51.160)
PETROPAVL = (54.875, 69.162)
TARAZ = (42.900, 71.367)


def test_the_projection_keeps_east_to_the_right_and_north_up() -> None:
    ax, ay = KAZAKHSTAN.forward(*ASTANA)
    bx, by = KAZAKHSTAN.forward(*ALMATY)
    cx, _cy = KAZAKHSTAN.forward(*AKTAU)
    _px, py = KAZAKHSTAN.forward(*PETROPAVL)
    assert bx > ax > cx  # Almaty east of Astana, Aktau far west
    assert py < ay < by  # Petropavl north of Astana (smaller y: higher on the screen), Almaty south
    # The origin (48° N, 67° E) is the page's (0, 0), and the central meridian is vertical.
    assert KAZAKHSTAN.forward(48.0, 67.0) == pytest.approx((0.0, 0.0), abs=1e-9)
    assert KAZAKHSTAN.forward(40.0, 67.0)[0] == pytest.approx(0.0, abs=1e-9)


def test_the_projection_keeps_distances_close_to_the_real_ones() -> None:
    # Astana–Almaty is about 970 km along the great circle; a conformal conic at these latitudes errs by < 1 %.
    ax, ay = KAZAKHSTAN.forward(*ASTANA)
    bx, by = KAZAKHSTAN.forward(*ALMATY)
    lat1, lon1, lat2, lon2 = map(math.radians, (*ASTANA, *ALMATY))
    great_circle = 6371.0 * math.acos(math.sin(lat1) * math.sin(lat2)
                                      + math.cos(lat1) * math.cos(lat2) * math.cos(lon2 - lon1))
    assert math.hypot(bx - ax, by - ay) == pytest.approx(great_circle, rel=0.01)


@pytest.mark.parametrize("point", [ASTANA, ALMATY, AKTAU, PETROPAVL, (40.6, 55.0), (55.4, 87.3)])
def test_the_inverse_projection_gives_the_point_back(point: tuple[float, float]) -> None:
    assert KAZAKHSTAN.inverse(*KAZAKHSTAN.forward(*point)) == pytest.approx(point, abs=1e-9)


def test_douglas_peucker_drops_points_within_the_tolerance_only() -> None:
    line = [(0.0, 0.0), (1.0, 0.05), (2.0, -0.04), (3.0, 0.0), (4.0, 2.0), (5.0, 0.0)]
    assert simplify(line, 0.1) == [(0.0, 0.0), (3.0, 0.0), (4.0, 2.0), (5.0, 0.0)]
    assert simplify(line, 0.01) == line
    square = [(0.0, 0.0), (0.5, 0.001), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]
    ring = simplify_ring(square, 0.01)
    assert ring[0] == ring[-1] and (0.5, 0.001) not in ring and len(ring) == 5


def test_the_bundled_regions_are_small_named_and_put_cities_in_their_place() -> None:
    path = resource_path("boundaries", "kz_regions.json")
    assert path.stat().st_size < 1_000_000
    regions = load_regions()
    assert len(regions) == 16  # 14 regions of Natural Earth + Astana and Almaty
    assert all(r.name_ru and r.name_kk and r.name_en for r in regions)
    assert region_at(regions, *ASTANA).key == "astana"  # the city wins over Akmola around it
    assert region_at(regions, *ALMATY).key == "almaty"
    assert region_at(regions, *TARAZ).key == "zhambyl"
    assert region_at(regions, *PETROPAVL).key == "north_kazakhstan"
    assert region_at(regions, *AKTAU).key == "mangystau"
    assert region_at(regions, 55.75, 37.62) is None  # Moscow
    # Astana lies inside Akmola's outer ring too (the city is a hole NE does not cut out of the region).
    akmola = next(r for r in regions if r.key == "akmola")
    assert akmola.contains(*ASTANA) and not akmola.contains(*ALMATY)
    # The source's record is with the data.
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    assert "Natural Earth" in readme and "public domain" in readme
    assert json.loads(path.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def _placed_world(ctx: Context, world: World) -> None:
    asa = places.get_settlement(ctx, world.asa)
    places.update_settlement(ctx, world.asa, asa.district_id, asa.name_ru, asa.name_kk, latitude=42.95, longitude=71.45)


def test_signals_are_placed_by_their_own_or_their_settlements_position(ctx: Context, world: World) -> None:
    _placed_world(ctx, world)
    own = signals.record_signal(ctx, signals.SignalDraft(
        kind="drug graffiti", coordinates="42.90, 71.37", campaign_id=world.campaign,
        received_at=datetime(2026, 3, 1, 9)))
    by_village = signals.record_signal(ctx, signals.SignalDraft(
        kind="drug sale", settlement_id=world.asa, received_at=datetime(2026, 2, 1, 9)))
    nowhere = signals.record_signal(ctx, signals.SignalDraft(kind="other", received_at=datetime(2026, 2, 2, 9)))
    signals.set_signal_status(ctx, own, "verified")
    result = map_points.map_points(ctx, MapFilter(layers=frozenset({SIGNALS})))
    by_id = {p.record_id: p for p in result.points}
    assert set(by_id) == {own, by_village}
    assert (by_id[own].latitude, by_id[own].longitude, by_id[own].state) == (42.90, 71.37, "verified")
    assert (by_id[by_village].latitude, by_id[by_village].longitude, by_id[by_village].state) == (
        42.95, 71.45, "received")
    assert result.unplaced == {SIGNALS: 1} and nowhere not in by_id
    # The filters: the campaign, the period.
    campaign_only = map_points.map_points(ctx, MapFilter(campaign_id=world.campaign, layers=frozenset({SIGNALS})))
    assert [p.record_id for p in campaign_only.points] == [own]
    february = map_points.map_points(ctx, MapFilter(since=date(2026, 2, 1), until=date(2026, 2, 28),
                                                    layers=frozenset({SIGNALS})))
    assert [p.record_id for p in february.points] == [by_village]
    graffiti = map_points.map_points(ctx, MapFilter(signal_kind="drug graffiti", layers=frozenset({SIGNALS})))
    assert [p.record_id for p in graffiti.points] == [own] and graffiti.unplaced == {SIGNALS: 0}


def test_stops_are_held_or_planned_and_control_gathers_by_settlement_overdue_first(
        ctx: Context, world: World) -> None:
    _placed_world(ctx, world)
    tours.mark_stop_done(ctx, world.stop, arrived_at=datetime(2026, 3, 2, 10))
    later = tours.add_stop(ctx, world.tour, world.asa, planned_on=date(2026, 3, 20))
    unplaced = tours.add_stop(ctx, world.tour, world.karakemer, planned_on=date(2026, 3, 21))
    result = map_points.map_points(ctx, MapFilter(layers=frozenset({STOPS})))
    assert [(p.record_id, p.state) for p in result.points] == [(world.stop, "held"), (later, "planned")]
    assert result.unplaced == {STOPS: 1} and unplaced not in {p.record_id for p in result.points}
    assert map_points.map_points(ctx, MapFilter(campaign_id="none", layers=frozenset({STOPS}))).points == ()

    who = control.Responsible(org_name="Акимат Жамбылского района")
    late = control.take_under_control(ctx, "Вода", who, registered_on=date(2026, 1, 5), deadline=date(2026, 1, 30),
                                      settlement_id=world.asa, campaign_id=world.campaign)
    fresh = control.take_under_control(ctx, "Дорога", who, registered_on=date(2026, 3, 2),
                                       settlement_id=world.asa, campaign_id=world.campaign)
    control.take_under_control(ctx, "Свет", who, registered_on=date(2026, 3, 2), settlement_id=world.karakemer)
    result = map_points.map_points(ctx, MapFilter(layers=frozenset({CONTROL})))
    (point,) = result.points
    assert (point.record_id, point.state, point.count, point.overdue) == (world.asa, "overdue", 2, 1)
    assert point.item_ids == (late, fresh)  # the overdue first
    assert result.unplaced == {CONTROL: 1}
    control.resolve(ctx, late)
    (point,) = map_points.map_points(ctx, MapFilter(layers=frozenset({CONTROL}))).points
    assert (point.state, point.overdue) == ("open", 0)
    march = map_points.map_points(ctx, MapFilter(since=date(2026, 3, 1), layers=frozenset({CONTROL})))
    assert march.points[0].item_ids == (fresh,)
