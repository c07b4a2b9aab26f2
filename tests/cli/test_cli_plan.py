"""`fieldapp template plan` and `fieldapp import plan` as CONTRACT.md has them, from a database made by `fieldapp
init`: the contract's sheets and headers in ru and kk, the template accepted once filled, what was created on
stdout, `--dry-run` and `--json`, a second import creating nothing, and a refusal that is exit 1, one `error:` line,
every problem on stdout and the database's digest unchanged."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import Run

CONTRACT = {
    "ru": (("Маршрут", ["Кампания", "Рабочая группа", "Направление", "Выезд", "Дата", "Район", "Населённый пункт",
                        "Место проведения", "Тип места"]),
           ("Состав групп", ["Рабочая группа", "ФИО", "Должность", "Организация", "Телефон", "Руководитель"])),
    "kk": (("Бағдар", ["Науқан", "Жұмыс тобы", "Бағыт", "Сапар", "Күні", "Аудан", "Елді мекен", "Өткізу орны",
                       "Орын түрі"]),
           ("Топ құрамы", ["Жұмыс тобы", "Аты-жөні", "Лауазымы", "Ұйым", "Телефон", "Жетекші"])),
}
ROUTE: list[list[object]] = [
    ["Мир и согласие", "Группа № 1", "информационно-разъяснительная работа", "Жамбылский район, июль",
     datetime(2026, 7, 1), "Жамбылский район", "Аса", "Дом культуры", "дом культуры"],
    ["Мир и согласие", "Группа № 2", "РЕЛИГИЯ", "Жамбылский район, июль", "02.07.2026", "Жамбылский район",
     "Каракемер", "", ""],
    [],
    ["Мир и согласие", "Группа № 1", "", "Жамбылский район, июль", "03.07.2026", "Жамбылский район", "Өрнек",
     "Школа", "мектеп"],
]
MEMBERS: list[list[object]] = [
    ["Группа № 1", "Синтетов Арман", "руководитель отдела", "Акимат Жамбылского района", "+77010001001", "да"],
    ["Группа № 1", "Тестова Айгерим", "", "Акимат Жамбылского района", "", ""],
    ["Группа № 2", "Примеров Ерлан", "теолог", "", "", "иә"],
]


@pytest.fixture
def office(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDAPP_USER", "coordinator")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "first-day-pass")
    path = tmp_path / "office.db"
    result = run("init", path, "--unprotected")
    assert result.code == 0, result.err
    return path


def filled(run: Run, path: Path, lang: str, route: Sequence[Sequence[object]],
           members: Sequence[Sequence[object]]) -> Path:
    result = run("template", "plan", path, "--lang", lang)
    assert result.code == 0, result.err
    wb = openpyxl.load_workbook(path)
    (route_sheet, _), (member_sheet, _) = CONTRACT[lang]
    for title, rows in ((route_sheet, route), (member_sheet, members)):
        for row in rows:
            wb[title].append(list(row))
    wb.save(path)
    return path


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_template_has_the_contracts_sheets_and_headers(run: Run, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "план.xlsx"
    result = run("template", "plan", out, "--lang", lang)
    assert result.code == 0 and str(out) in result.out
    wb = openpyxl.load_workbook(out)
    for title, headers in CONTRACT[lang]:
        assert [c.value for c in wb[title][1]] == headers
    assert wb.sheetnames[:2] == [CONTRACT[lang][0][0], CONTRACT[lang][1][0]]


def test_a_filled_template_imports_once(run: Run, office: Path, tmp_path: Path) -> None:
    before = run("sync", "digest", office).out
    book = filled(run, tmp_path / "Жоспар.xlsx", "kk", ROUTE, MEMBERS)
    dry = run("import", "plan", office, book, "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.out.splitlines()[0] == "пробный запуск — ничего не записано"
    assert run("sync", "digest", office).out == before

    result = run("import", "plan", office, book)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("кампания «Мир и согласие» (")
    assert [line.split(" (")[0] for line in lines[1:4]] == [
        "рабочая группа «Группа № 1»", "рабочая группа «Группа № 2»", "выезд «Жамбылский район, июль»"]
    # 1 campaign, 2 groups (the row without a direction is group 1's), 1 tour with 2 groups and 3 stops, 1 region
    # (an empty database has none), 1 district, 3 settlements, 1 organisation, 3 members, 3 memberships
    assert lines[-1].startswith("создано записей: 21 — кампаний 1, рабочих групп 2, направлений 0, выездов 1, "
                                "остановок 3, населённых пунктов 3, районов 1, организаций 1, участников 3")
    assert run("sync", "digest", office).out != before

    listed = json.loads(run("list", "stops", office, "--json").out)
    assert len(listed) == 3
    groups = json.loads(run("list", "groups", office, "--json").out)
    assert sorted(g["title"] for g in groups) == ["Группа № 1", "Группа № 2"]
    stats = json.loads(run("stats", office, "--json").out)
    # Planned, not held: the stops count once they are done.
    assert (stats["campaigns"], stats["working_groups"], stats["tours"], stats["stops"]) == (1, 2, 1, 0)
    again = run("import", "plan", office, book, "--json")
    assert again.code == 0, again.err
    summary = json.loads(again.out)
    assert summary["ok"] is True and summary["created"] == 0 and summary["groups_changed"] == 0
    assert summary["stops_read"] == 3 and summary["members_read"] == 3


def test_a_refused_plan_lists_every_problem_and_leaves_the_database(run: Run, office: Path, tmp_path: Path) -> None:
    before = run("sync", "digest", office).out
    route = [list(r) for r in ROUTE]
    route[1][4] = "32.07.2026"
    members: list[list[object]] = [*MEMBERS, ["Группа № 7", "Лишний Участник", "", "", "", ""]]
    book = filled(run, tmp_path / "План.xlsx", "ru", route, members)
    result = run("import", "plan", office, book)
    assert result.code == 1
    assert result.err.count("\n") == 1 and result.err.startswith("error: План.xlsx: ошибок — 2, ничего не")
    assert result.out.splitlines() == [
        "План.xlsx, лист «Маршрут», строка 3, столбец E (Дата): неверная дата «32.07.2026» (ожидается ДД.ММ.ГГГГ)",
        "План.xlsx, лист «Состав групп», строка 5, столбец A (Рабочая группа): группы «Группа № 7» нет на листе "
        "«Маршрут»",
    ]
    as_json = run("import", "plan", office, book, "--json")
    assert as_json.code == 1
    problems = json.loads(as_json.out)["problems"]
    assert [(p["sheet"], p["row"], p["column"]) for p in problems] == [("Маршрут", 3, "E"), ("Состав групп", 5, "A")]
    assert run("sync", "digest", office).out == before


def test_a_plan_without_the_members_sheet_is_refused(run: Run, office: Path, tmp_path: Path) -> None:
    book = filled(run, tmp_path / "План.xlsx", "ru", ROUTE, MEMBERS)
    wb = openpyxl.load_workbook(book)
    del wb["Состав групп"]
    wb.save(book)
    result = run("import", "plan", office, book, "--lang", "en")
    assert result.code == 1
    assert result.err == "error: План.xlsx: the sheet «Состав групп» (in Kazakh «Топ құрамы») is missing\n"


def test_a_member_may_check_a_plan_but_not_import_it(run: Run, office: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_NEW_PASSWORD", "member-pass")
    assert run("account", "add", office, "--user", "field", "--role", "member").code == 0
    monkeypatch.setenv("FIELDAPP_USER", "field")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "member-pass")
    before = run("sync", "digest", office).out
    book = filled(run, tmp_path / "План.xlsx", "ru", ROUTE, MEMBERS)
    assert run("import", "plan", office, book, "--dry-run").code == 0
    result = run("import", "plan", office, book)
    assert result.code == 1
    assert result.err == "error: импортировать план кампании может только руководитель или координатор\n"
    assert run("sync", "digest", office).out == before
