"""`fieldapp list WHAT`: one tab-separated line per live record, or a JSON list with id and title."""

from __future__ import annotations

import json

import pytest
from cli_helpers import OTHER_DEVICE, THIS_DEVICE, Run, Sample

WHATS = ["campaigns", "groups", "tours", "stops", "control", "signals", "devices"]


def _json(run: Run, what: str, sample: Sample, *extra: str) -> list[dict[str, object]]:
    result = run("list", what, sample.path, "--json", *extra)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, list)
    return data


@pytest.mark.parametrize("what", WHATS)
def test_text_and_json_agree(run: Run, sample: Sample, what: str) -> None:
    text = run("list", what, sample.path)
    assert text.code == 0 and text.err == ""
    lines = text.out.splitlines()
    data = _json(run, what, sample)
    assert lines and len(lines) == len(data)
    for line, item in zip(lines, data, strict=True):
        parts = line.split("\t")
        assert len(parts) == 3
        assert parts[0] == item["id"]
        assert parts[1] == item["title"]
        assert item["title"]


def test_campaigns(run: Run, sample: Sample) -> None:
    data = _json(run, "campaigns", sample)
    assert [d["id"] for d in data] == [sample.ids["C1"], sample.ids["C2"]]  # the tombstoned one is left out
    assert data[0]["title"] == "Пилотный проект «Мир и согласие»"
    assert data[0]["dates"] == "2025-03-01..2025-03-31"
    assert data[1]["kind"] == "prevention month"
    kk = _json(run, "campaigns", sample, "--lang", "kk")
    assert kk[0]["title"] == "«Бейбітшілік пен келісім»"
    assert kk[1]["title"] == "Антинаркотический месячник"  # no Kazakh title: the Russian one


def test_groups_and_tours(run: Run, sample: Sample) -> None:
    groups = _json(run, "groups", sample)
    assert [(g["id"], g["title"], g["direction"]) for g in groups] == [
        (sample.ids["G1"], "Группа «Религия»", "Религия")
    ]
    tours = _json(run, "tours", sample)
    assert [(t["id"], t["dates"], t["campaign_id"]) for t in tours] == [
        (sample.ids["T1"], "2025-03-10..2025-03-12", sample.ids["C1"])
    ]


def test_stops(run: Run, sample: Sample) -> None:
    stops = _json(run, "stops", sample)
    assert [s["id"] for s in stops] == [sample.ids["P1"], sample.ids["P2"], sample.ids["P3"]]
    assert stops[0]["title"] == "Аса — Дом культуры"
    assert [s["dates"] for s in stops] == ["2025-03-10", "2025-03-12", "2025-04-01"]
    assert [s["status"] for s in stops] == ["done", "done", "planned"]
    assert _json(run, "stops", sample, "--lang", "kk")[1]["title"] == "Меркі"


def test_control_shows_the_derived_status(run: Run, sample: Sample) -> None:
    items = {c["id"]: c for c in _json(run, "control", sample)}
    k1, k2 = items[sample.ids["K1"]], items[sample.ids["K2"]]
    assert (k1["status"], k1["overdue"], k1["dates"]) == ("open", True, "2025-03-10..2025-03-31")
    assert (k2["status"], k2["overdue"], k2["status_label"]) == ("resolved", False, "решено")


def test_signals_keep_lines_whole_and_leave_out_the_reporter(run: Run, sample: Sample) -> None:
    text = run("list", "signals", sample.path).out
    first = text.splitlines()[0].split("\t")
    assert first[1] == "граффити с рекламой наркотиков: ул. Абая, 5 второй подъезд"
    assert first[2] == "2025-03-11"
    signals = _json(run, "signals", sample, "--lang", "en")
    assert signals[1]["title"] == "drug graffiti"
    assert all("reporter" not in s for s in signals)


def test_devices(run: Run, sample: Sample) -> None:
    devices = _json(run, "devices", sample)
    assert [d["id"] for d in devices] == [THIS_DEVICE, OTHER_DEVICE]
    assert devices[0]["this_device"] is True
    assert "это устройство" in str(devices[0]["title"])
    assert (devices[0]["headcount_rows"], devices[0]["tally_rows"]) == (2, 1)
    assert (devices[1]["headcount_rows"], devices[1]["tally_rows"]) == (1, 1)


@pytest.mark.parametrize("what", WHATS)
def test_an_empty_database_lists_nothing(run: Run, tmp_path: object, what: str) -> None:
    from pathlib import Path

    from fieldapp.storage.database import open_database

    path = Path(str(tmp_path)) / "empty.db"
    open_database(path, create=True).close()
    result = run("list", what, path, "--json")
    assert result.code == 0
    assert json.loads(result.out) == []
