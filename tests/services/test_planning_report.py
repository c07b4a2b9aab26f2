"""The printed plan (`fieldapp report plan`): from a database made like a user makes it, a rotation generated and a
stop held; the PDF (landscape, signature block) read back with pypdf in ru and kk, the workbook read back with
openpyxl — the same slots and coverage as the plan summary — and the refusal when the campaign is not named."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.indicators import Scope
from fieldapp.services import campaigns, places, planning, tours
from fieldapp.services.accounts import init_database
from fieldapp.services.context import Context
from fieldapp.services.reports import KINDS, ReportRequest, available_kinds, build_report
from fieldapp.services.workspace import open_workspace

NOW = datetime(2026, 7, 10, 9, 0)


@pytest.fixture
def planned(tmp_path: Path) -> Iterator[tuple[Context, str]]:
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass-123", protected=False)
    ctx = open_workspace(path, user="boss", password="boss-pass-123", clock=lambda: NOW)
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    districts = [places.create_district(ctx, region, ru, kk) for ru, kk in
                 (("Байзакский район", "Бәйзақ ауданы"), ("Меркенский район", "Меркі ауданы"),
                  ("Шуский район", "Шу ауданы"))]
    villages = [places.create_settlement(ctx, d, f"Село {n}", f"Ауыл {n}") for n, d in enumerate(districts)]
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", title_kk="Бейбітшілік пен келісім", region_id=region)
    directions = campaigns.list_directions(ctx)
    groups = [campaigns.create_group(ctx, campaign, f"Группа № {i + 1}", code=f"Г{i + 1}",
                                     direction_id=directions[i].id) for i in range(3)]
    planning.generate_rotation(ctx, campaign, date(2026, 6, 1), date(2026, 6, 30))
    tour = tours.create_tour(ctx, campaign, "Выезд", group_ids=[groups[0]])
    stop = tours.add_stop(ctx, tour, villages[0], planned_on=date(2026, 6, 2))
    tours.mark_stop_done(ctx, stop, datetime(2026, 6, 2, 10, 0))
    yield ctx, campaign
    ctx.db.close()


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_plan_is_a_kind_of_report() -> None:
    assert "plan" in KINDS
    info = next(k for k in available_kinds() if k.kind == "plan")
    assert info.formats == ("pdf", "xlsx") and info.label("kk").startswith("Жұмыс топтарының ротация")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_printed_plan_in_pdf(planned: tuple[Context, str], tmp_path: Path, lang: str) -> None:
    ctx, _ = planned
    out = build_report(ctx, ReportRequest("plan", tmp_path / "plan.pdf", Scope(campaign_text="Мир"), lang=lang))
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape
    words = _pdf_text(out)
    if lang == "ru":
        assert "План ротации рабочих групп и охват районов" in words
        assert "Байзакский район" in words and "Г1 — Группа № 1" in words
        assert "Руководитель кампании" in words and "(подпись)" in words
    else:
        assert "Жұмыс топтарының ротация жоспары" in words and "Бейбітшілік пен келісім" in words
        assert "Бәйзақ ауданы" in words and "Науқан жетекшісі" in words
    assert "01.06–10.06.2026" in words  # 22 working days in three rounds: 8, 7, 7
    assert "1 / 1" in words and "0 / 1" in words  # Г1 met its first district; the rest only planned


def test_the_printed_plan_in_excel_matches_the_summary(planned: tuple[Context, str], tmp_path: Path) -> None:
    ctx, campaign = planned
    out = build_report(ctx, ReportRequest("plan", tmp_path / "plan.xlsx", record_id=campaign))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Сводка", "Ротация", "Охват", "Без выезда полгода"]
    summary = planning.plan_summary(ctx, campaign)
    rotation = [tuple(c.value for c in row) for row in wb["Ротация"].iter_rows(min_row=2)]
    assert sorted((r[0], r[1].date(), r[2].date(), r[3]) for r in rotation) == sorted(
        (s.district.name_ru, s.starts_on, s.ends_on, s.group_name) for s in summary.slots)
    coverage = [tuple(c.value for c in row) for row in wb["Охват"].iter_rows(min_row=2)]
    cells = {(d, r): (p, h) for d, r, p, h in coverage if d != "Итого"}
    assert len(cells) == 9 and sum(h for _, h in cells.values()) == 1 and sum(p for p, _ in cells.values()) == 9
    visited = [tuple(c.value for c in row) for row in wb["Без выезда полгода"].iter_rows(min_row=2)]
    assert sorted(r[1] for r in visited) == ["Село 1", "Село 2"]  # Село 0 met in June


def test_a_plan_names_one_campaign(planned: tuple[Context, str], tmp_path: Path) -> None:
    ctx, _ = planned
    campaigns.create_campaign(ctx, "Антинаркотический месячник")
    with pytest.raises(ValidationError) as err:
        build_report(ctx, ReportRequest("plan", tmp_path / "plan.pdf"))
    assert err.value.code == "report.plan_campaign"
    assert not (tmp_path / "plan.pdf").exists()
