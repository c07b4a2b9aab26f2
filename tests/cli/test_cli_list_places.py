"""`fieldapp list regions|districts|settlements DB [--json]` (CONTRACT.md, wave 2) after importing a classifier shaped
like the official one: kato, both names and, for a settlement, its district's Russian name."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from cli_helpers import Run, Sample

ROWS = [
    ("750000000", "Алматы", "Алматы"),
    ("751710000", "Наурызбай ауданы", "Наурызбайский район"),
    ("751710020", "Шұғыла ш.а.", "мкр.Шугыла"),
    ("310000000", "Жамбыл облысы", "Жамбылская область"),
    ("314000000", "Жамбыл ауданы", "Жамбылский район"),
    ("314030000", "Аса а.о.", "Асинский с.о"),
    ("314033100", "Аса ауылы", "с.Аса"),
]


def test_places_listed_with_their_codes_and_both_names(run: Run, sample: Sample, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"])
    for code, kk, ru in ROWS:
        wb.active.append([code, code[0:2], code[2:4], code[4:6], code[6:9], 1, kk, ru, 1])
    wb.save(tmp_path / "KATO_17.10.2022.xlsx")
    imported = run("import", "kato", sample.path, tmp_path / "KATO_17.10.2022.xlsx")
    assert imported.code == 0, imported.err

    def listed(what: str) -> dict[str, dict[str, object]]:
        result = run("list", what, sample.path, "--json")
        assert result.code == 0, result.err
        return {str(item["kato"]): item for item in json.loads(result.out) if item["kato"]}

    regions, districts, settlements = listed("regions"), listed("districts"), listed("settlements")
    assert {k: (v["name_ru"], v["name_kk"]) for k, v in regions.items()} == {
        "750000000": ("Алматы", "Алматы"), "310000000": ("Жамбылская область", "Жамбыл облысы")}
    assert districts["751710000"]["name_ru"] == "Наурызбайский район" and "314030000" not in districts
    assert settlements["314033100"] == {**settlements["314033100"], "name_ru": "с.Аса", "name_kk": "Аса ауылы",
                                        "district": "Жамбылский район"}
    assert settlements["751710020"]["district"] == "Наурызбайский район"
    assert (settlements["314033100"]["type_ru"], settlements["314033100"]["type_kk"]) == ("с.", "ауылы")
    text = run("list", "settlements", sample.path, "--lang", "kk")
    assert text.code == 0 and any(line.split("\t")[1] == "Аса ауылы" for line in text.out.splitlines())
