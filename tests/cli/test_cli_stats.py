"""`fieldapp stats`: the JSON keys of the contract, the filters, the text table in three languages."""

from __future__ import annotations

import json

import pytest
from cli_helpers import Run, Sample

from fieldapp.domain.indicators import INDICATOR_KEYS, indicator_label

# Copied from CONTRACT.md, not from the code under test.
CONTRACT_KEYS = {
    "campaigns", "working_groups", "tours", "stops", "settlements", "activities", "participants", "residents_came",
    "receptions", "explained", "resolved_on_spot", "helped", "referred", "under_control", "control_open",
    "control_resolved", "control_overdue", "polls", "poll_answers", "signals", "signals_resolved",
}

WHOLE = {
    "campaigns": 2, "working_groups": 1, "tours": 1, "stops": 2, "settlements": 2, "activities": 3,
    "participants": 125, "residents_came": 120, "receptions": 4, "explained": 1, "resolved_on_spot": 0, "helped": 2,
    "referred": 0, "under_control": 1, "control_open": 1, "control_resolved": 1, "control_overdue": 1, "polls": 1,
    "poll_answers": 20, "signals": 2, "signals_resolved": 1,
}


def _stats(run: Run, *args: object) -> dict[str, int]:
    result = run("stats", *map(str, args), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, dict)
    return data


def test_json_has_exactly_the_contract_keys_as_integers(run: Run, sample: Sample) -> None:
    data = _stats(run, sample.path)
    assert set(data) == CONTRACT_KEYS == set(INDICATOR_KEYS)
    assert all(type(v) is int for v in data.values())
    assert data == WHOLE


def test_district_filter(run: Run, sample: Sample) -> None:
    data = _stats(run, sample.path, "--district", "ЖАМБЫЛ")
    assert data == {
        **dict.fromkeys(CONTRACT_KEYS, 0),
        "campaigns": 1, "working_groups": 1, "tours": 1, "stops": 1, "settlements": 1, "activities": 2,
        "participants": 100, "residents_came": 100, "receptions": 3, "helped": 2, "under_control": 1,
        "control_open": 1, "control_overdue": 1, "polls": 1, "poll_answers": 20, "signals": 1,
    }
    assert _stats(run, sample.path, "--district", "меркі")["stops"] == 1  # the Kazakh name


def test_campaign_filter(run: Run, sample: Sample) -> None:
    data = _stats(run, sample.path, "--campaign", "мир и согласие")
    assert (data["campaigns"], data["stops"], data["receptions"], data["signals"], data["polls"]) == (1, 2, 4, 0, 1)
    assert _stats(run, sample.path, "--campaign", "бейбітшілік") == data
    drugs = _stats(run, sample.path, "--campaign", "АНТИНАРКО")
    assert (drugs["campaigns"], drugs["stops"], drugs["signals"], drugs["signals_resolved"]) == (1, 0, 2, 1)


def test_date_filters_in_both_spellings(run: Run, sample: Sample) -> None:
    iso = _stats(run, sample.path, "--from", "2025-03-11", "--to", "2025-03-31")
    ru = _stats(run, sample.path, "--from", "11.03.2025", "--to", "31.03.2025")
    assert iso == ru
    assert (iso["stops"], iso["receptions"], iso["signals"], iso["control_resolved"]) == (1, 0, 2, 1)
    assert _stats(run, sample.path, "--to", "2025-03-10")["stops"] == 1


@pytest.mark.parametrize(("args", "option"), [(["--campaign", "нет такой"], "--campaign"),
                                              (["--district", "Шуский"], "--district")])
def test_filter_matching_nothing_warns_and_counts_zero(run: Run, sample: Sample, args: list[str], option: str) -> None:
    result = run("stats", sample.path, *args, "--json")
    assert result.code == 0
    assert set(json.loads(result.out).values()) == {0}
    assert result.err.count("\n") == 1
    assert result.err.startswith("warning: ") and option in result.err and args[1] in result.err


@pytest.mark.parametrize("bad", [["--from", "2025-02-30"], ["--to", "31/03/2025"], ["--from", "завтра"],
                                 ["--from", "2025-04-01", "--to", "2025-03-01"]])
def test_bad_dates_are_refused(run: Run, sample: Sample, bad: list[str]) -> None:
    result = run("stats", sample.path, *bad)
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1
    assert result.out == ""


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_text_table_has_labels_in_the_language(run: Run, sample: Sample, lang: str) -> None:
    result = run("stats", sample.path, "--lang", lang)
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == len(INDICATOR_KEYS)
    for key, line in zip(INDICATOR_KEYS, lines, strict=True):
        label, value = line.rsplit(maxsplit=1)
        assert label.strip() == indicator_label(key, lang)
        assert int(value) == WHOLE[key]
    # the numbers line up in one column
    assert len({len(line) for line in lines}) == 1
