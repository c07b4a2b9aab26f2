"""GeoJSON and CSV exports of the demo database: parseable, [lon, lat] in range, Cyrillic intact in Excel's dialect,
and redacted files free of the residents' names, IINs and phones."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks

from fieldapp.services.context import Context
from fieldapp.services.demo import build_demo
from fieldapp.services.exports import CSV_DELIMITER, export
from fieldapp.storage.database import open_database

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FIELDAPP_FAST_KDF", "1")
        mp.setenv("FIELDAPP_HOME", str(tmp_path_factory.mktemp("home")))
        path = tmp_path_factory.mktemp("demo") / "demo.db"
        build_demo(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Context]:
    db = open_database(demo_path)
    yield Context(db=db, blobs=tmp_path / "blobs", clock=lambda: datetime(2026, 3, 2, 10, 30))
    db.close()


def personal(path: Path) -> dict[str, set[str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT applicant_name, applicant_iin, applicant_phone FROM reception").fetchall()
    return {"names": {r[0] for r in rows if r[0]}, "iins": {r[1] for r in rows if r[1]},
            "phones": {r[2] for r in rows if r[2]}}


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=CSV_DELIMITER))


@pytest.mark.parametrize("what", ["stops", "signals"])
def test_geojson_is_a_feature_collection_with_lon_lat_points(demo: Context, tmp_path: Path, what: str) -> None:
    result = export(demo, "geojson", what, tmp_path / f"{what}.geojson")
    data = json.loads((tmp_path / f"{what}.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == result.count > 0
    for feature in data["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        # Kazakhstan lies at longitudes 46–88 and latitudes 40–56: [lon, lat], never [lat, lon].
        assert 46 <= lon <= 88 and 40 <= lat <= 56
        assert feature["properties"]["id"] == feature["id"]
    if what == "stops":
        with sqlite3.connect(demo.db.path) as conn:
            missing = conn.execute(
                "SELECT count(*) FROM stop s JOIN settlement st ON st.id = s.settlement_id JOIN tour t ON "
                "t.id = s.tour_id WHERE s.deleted = 0 AND t.deleted = 0 AND st.latitude IS NULL").fetchone()[0]
        assert result.skipped == missing
        props = data["features"][0]["properties"]
        assert {"settlement_ru", "settlement_kk", "status_ru", "status_kk", "campaign_ru", "campaign_kk"} <= set(props)
    else:
        graffiti = [f for f in data["features"] if f["properties"]["kind"] == "drug graffiti"]
        assert len(graffiti) > 50 and graffiti[0]["properties"]["kind_kk"] == "есірткі жарнамасы бар граффити"


def test_receptions_csv_opens_with_csv_and_keeps_cyrillic(demo: Context, tmp_path: Path) -> None:
    result = export(demo, "csv", "receptions", tmp_path / "r.csv")
    rows = read_csv(tmp_path / "r.csv")
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Талон", "Дата и время", "Кампания"] and "ФИО заявителя" in header
    assert len(body) == result.count
    with sqlite3.connect(demo.db.path) as conn:
        assert result.count == conn.execute(
            "SELECT count(*) FROM reception r JOIN stop s ON s.id = r.stop_id WHERE r.deleted = 0 AND s.deleted = 0"
        ).fetchone()[0]
    outcomes = {r[header.index("Результат")] for r in body}
    assert "оказана помощь" in outcomes and "взято на контроль" in outcomes
    assert all(len(r) == len(header) for r in body)
    datetime.strptime(body[0][1], "%d.%m.%Y %H:%M")


def test_kazakh_headers_and_labels(demo: Context, tmp_path: Path) -> None:
    export(demo, "csv", "control", tmp_path / "c.csv", lang="kk")
    rows = read_csv(tmp_path / "c.csv")
    assert rows[0][:2] == ["Сәйкестендіргіш", "Мәселе"]
    assert {r[rows[0].index("Мәртебе")] for r in rows[1:]} <= {"бақылауда", "жұмыста", "шешілді", "бас тартылды",
                                                               "бақылаудан алынды"}


@pytest.mark.parametrize(("kind", "what"), [("csv", "receptions"), ("csv", "control"), ("geojson", "signals"),
                                            ("geojson", "stops")])
def test_redacted_exports_hold_no_names_iin_or_phones(demo: Context, tmp_path: Path, kind: str, what: str) -> None:
    out = tmp_path / f"{what}.{kind}"
    export(demo, kind, what, out, redact=True)
    text = out.read_text(encoding="utf-8-sig")
    secrets = personal(demo.db.path)
    assert secrets["names"] and secrets["iins"]
    for value in secrets["names"] | secrets["iins"] | secrets["phones"]:
        assert value not in text, value
    if what == "receptions":
        full = tmp_path / "full.csv"
        export(demo, kind, what, full)
        assert any(name in full.read_text(encoding="utf-8-sig") for name in secrets["names"])


def test_an_unknown_export_is_refused(demo: Context, tmp_path: Path) -> None:
    from fieldapp.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        export(demo, "csv", "stops", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_libreoffice_keeps_every_demo_iin_from_the_csv(demo: Context, tmp_path: Path) -> None:
    """Issue 15 measured 42 of the demo's 478 IINs losing their leading zero when LibreOffice opened the CSV."""
    from openpyxl import load_workbook
    from test_export_tables import LO_CSV, _libreoffice

    export(demo, "csv", "receptions", tmp_path / "receptions.csv")
    opened = _libreoffice(tmp_path / "receptions.csv", tmp_path / "lo", LO_CSV)
    lines = list(load_workbook(opened, read_only=True, data_only=True).worksheets[0].iter_rows(values_only=True))
    column = list(lines[0]).index("ИИН")
    read = {str(r[column]) for r in lines[1:] if r[column] not in (None, "")}
    iins = personal(demo.db.path)["iins"]
    assert read == iins
    assert sum(1 for i in iins if i.startswith("0")) >= 30  # distinct IINs; 42 of the 478 receptions
