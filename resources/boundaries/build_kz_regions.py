"""Writes kz_regions.json from Natural Earth's admin-1 features of Kazakhstan (README.md beside this file says where
the source file comes from): the regions' outer rings simplified by Douglas–Peucker (fieldapp.services.map_geometry),
coordinates rounded to 0.001° (about 100 m), and the names in Russian, Kazakh and English added.

    python resources/boundaries/build_kz_regions.py path/to/kaz.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fieldapp.services.map_geometry import simplify_ring

TOLERANCE = 0.01  # degrees: about 1 km, well below a pixel of the whole country at 1366 pixels
# Natural Earth's name → key, ru, kk, en, the first two digits of the KATO code, city of republican status.
NAMES = {
    "Aqmola": ("akmola", "Акмолинская область", "Ақмола облысы", "Akmola Region", "11", False),
    "Aqtöbe": ("aktobe", "Актюбинская область", "Ақтөбе облысы", "Aktobe Region", "15", False),
    "Almaty": ("almaty_region", "Алматинская область", "Алматы облысы", "Almaty Region", "19", False),
    "Atyrau": ("atyrau", "Атырауская область", "Атырау облысы", "Atyrau Region", "23", False),
    "West Kazakhstan": ("west_kazakhstan", "Западно-Казахстанская область", "Батыс Қазақстан облысы",
                        "West Kazakhstan Region", "27", False),
    "Zhambyl": ("zhambyl", "Жамбылская область", "Жамбыл облысы", "Jambyl Region", "31", False),
    "Qaraghandy": ("karaganda", "Карагандинская область", "Қарағанды облысы", "Karaganda Region", "35", False),
    "Qostanay": ("kostanay", "Костанайская область", "Қостанай облысы", "Kostanay Region", "39", False),
    "Qyzylorda": ("kyzylorda", "Кызылординская область", "Қызылорда облысы", "Kyzylorda Region", "43", False),
    "Mangghystau": ("mangystau", "Мангистауская область", "Маңғыстау облысы", "Mangystau Region", "47", False),
    "South Kazakhstan": ("turkistan", "Туркестанская область", "Түркістан облысы", "Turkistan Region", "61", False),
    "Pavlodar": ("pavlodar", "Павлодарская область", "Павлодар облысы", "Pavlodar Region", "55", False),
    "North Kazakhstan": ("north_kazakhstan", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы",
                         "North Kazakhstan Region", "59", False),
    "East Kazakhstan": ("east_kazakhstan", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы",
                        "East Kazakhstan Region", "63", False),
    "Astana": ("astana", "г. Астана", "Астана қаласы", "Astana", "71", True),
    "Almaty City": ("almaty", "г. Алматы", "Алматы қаласы", "Almaty", "75", True),
}


def build(source: Path) -> dict[str, object]:
    data = json.loads(source.read_text(encoding="utf-8"))
    features = []
    for feature in data["features"]:
        name = feature["properties"].get("name")
        if name not in NAMES:
            continue  # the one unnamed feature: a minor island in the Caspian Sea
        key, ru, kk, en, kato, city = NAMES[name]
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        rings = []
        for polygon in polygons:
            ring = simplify_ring([(float(x), float(y)) for x, y in polygon[0]], TOLERANCE)
            if len(ring) >= 4:
                rings.append([[round(x, 3), round(y, 3)] for x, y in ring])
        features.append({
            "type": "Feature",
            "properties": {"key": key, "name_ru": ru, "name_kk": kk, "name_en": en, "kato": kato, "city": city,
                           "source_name": name, "source_adm1_code": feature["properties"].get("adm1_code")},
            "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in rings]},
        })
    features.sort(key=lambda f: (f["properties"]["city"], f["properties"]["key"]))  # cities drawn last, on top
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    out = Path(__file__).with_name("kz_regions.json")
    out.write_text(json.dumps(build(Path(argv[1])), ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{out}: {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
