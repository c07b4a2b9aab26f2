"""The control register over SQL pages on a database of ~100,000 receptions: the first page only, the same rows and
order as the whole-list service, more fetched as the table scrolls to its end, sorting and filtering done by the
query. Built once per session with the demo's bulk path (as tests/bench does). How fast the first page comes
back is a benchmark figure (tests/bench/bench_control_page.py), not a test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import ControlStatus
from fieldapp.services.context import Context
from fieldapp.services.control import list_control
from fieldapp.services.control_register import PAGE_SIZE, RegisterQuery, register_counts, register_page
from fieldapp.services.demo import build_demo
from fieldapp.storage.database import open_database
from fieldapp.ui.models.control_model import ID_ROLE, Column, ControlTableModel
from fieldapp.ui.pages.control import ControlPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date(2026, 3, 2)
SCALE = 5  # ≈ 100,000 receptions, as the start-up and search benchmarks use


@pytest.fixture(scope="session")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.db"
    summary = build_demo(path, scale=SCALE, today=TODAY)
    assert summary.rows["reception"] >= 100_000
    return path


@pytest.fixture
def big_ctx(big_file: Path, tmp_path: Path) -> Iterator[Context]:
    db = open_database(big_file)
    yield Context(db=db, blobs=tmp_path / "blobs", clock=lambda: datetime(2026, 3, 2, 10))
    db.close()


def test_a_page_is_the_whole_lists_slice_in_every_filter(big_ctx: Context) -> None:
    everything = list_control(big_ctx)
    assert len(everything) > 2 * PAGE_SIZE, "the register must be longer than two pages"
    assert register_page(big_ctx, RegisterQuery(), 0, len(everything) + 1) == everything
    assert register_page(big_ctx, RegisterQuery(), PAGE_SIZE, PAGE_SIZE) == everything[PAGE_SIZE: 2 * PAGE_SIZE]
    for status in ControlStatus:
        wanted = [r for r in everything if r.status is status]
        assert list(register_page(big_ctx, RegisterQuery(status=status), 0, len(everything))) == wanted
        assert register_counts(big_ctx, RegisterQuery(status=status)).shown == len(wanted)
    counts = register_counts(big_ctx, RegisterQuery())
    assert (counts.shown, counts.total, counts.overdue) == (len(everything), len(everything),
                                                              sum(r.overdue for r in everything))


def test_scrolling_to_the_end_fetches_the_rest_page_by_page(
    qtbot: QtBot, qtmodeltester: ModelTester, big_ctx: Context
) -> None:
    page = ControlPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_context(big_ctx)
    model, table = page.model, page.ui.tableView
    total = len(list_control(big_ctx))
    assert model.total == total
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    assert f"Показано {total} из {total}" in page.ui.countLabel.text()

    fetched = [model.rowCount()]
    while model.canFetchMore():
        table.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > fetched[-1] or not model.canFetchMore())
        fetched.append(model.rowCount())
    assert fetched[:3] == [PAGE_SIZE, 2 * PAGE_SIZE, 3 * PAGE_SIZE]
    assert model.rowCount() == total
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert ids == [r.id for r in list_control(big_ctx)]
    qtmodeltester.check(model, force_py=True)


def test_a_header_click_sorts_in_sql_not_the_fetched_rows(qtbot: QtBot, big_ctx: Context) -> None:
    page = ControlPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(big_ctx)
    everything = list_control(big_ctx)
    page.ui.tableView.sortByColumn(Column.DEADLINE, Qt.SortOrder.DescendingOrder)
    latest = sorted(everything, key=lambda r: (r.deadline, r.id), reverse=True)
    model = page.model
    assert model.rowCount() == PAGE_SIZE
    assert [model.row_at(row).id for row in range(PAGE_SIZE)] == [r.id for r in latest[:PAGE_SIZE]]

    page.ui.tableView.sortByColumn(Column.RECEPTIONS, Qt.SortOrder.DescendingOrder)
    most = max(r.receptions for r in everything)
    assert model.row_at(0).receptions == most


def test_the_model_fetches_through_what_it_is_given(qtmodeltester: ModelTester, big_ctx: Context) -> None:
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> tuple:  # type: ignore[type-arg]
        asked.append((offset, limit))
        return register_page(big_ctx, RegisterQuery(), offset, limit)

    model = ControlTableModel()
    total = register_counts(big_ctx, RegisterQuery()).shown
    model.set_page(register_page(big_ctx, RegisterQuery(), 0, PAGE_SIZE), total, fetch)
    qtmodeltester.check(model, force_py=True)
    model.fetchMore()
    assert asked[-1] == (PAGE_SIZE, PAGE_SIZE) or asked[-1][0] >= PAGE_SIZE
    assert model.rowCount() > PAGE_SIZE
