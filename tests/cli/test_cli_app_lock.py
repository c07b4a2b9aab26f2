"""The command line beside an open app window: commands that write are refused with one `error:` line and the file
untouched; the reading ones still run; once the window has closed the database, writing works again."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.app import AppBackend
from fieldapp.config import Settings, app_paths
from fieldapp.services.accounts import init_database

PASSWORD = "boss-pass"


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORD, protected=False)
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    monkeypatch.setenv("FIELDAPP_NEW_PASSWORD", "field-pass-1")
    return path


@pytest.fixture
def window(office: Path) -> Iterator[AppBackend]:
    """The app's own open path (what the window calls) holding the database, as a running window does."""
    backend = AppBackend(app_paths(), Settings(), remember=False)
    backend.open(office)
    yield backend
    backend.close()


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of the database's folder but the lock and the sign-in record, by its content."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith((".lock", ".signin"))}


def test_writing_is_refused_while_the_app_has_the_file(run: Run, office: Path, window: AppBackend) -> None:
    before = fingerprint(office.parent)
    done = run("account", "add", office, "--user", "field", "--role", "member")
    assert done.code == 1 and done.out == ""
    lines = done.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert "открыта в окне fieldapp" in lines[0] and f"процесс {os.getpid()}" in lines[0]
    assert fingerprint(office.parent) == before

    kazakh = run("--lang", "kk", "protect", office)
    assert kazakh.code == 1 and "fieldapp терезесінде ашық" in kazakh.err
    english = run("--lang", "en", "report", "control", office, "-o", office.parent / "control.xlsx")
    assert english.code == 1 and "commands that change it do not run while the window is open" in english.err
    assert not (office.parent / "control.xlsx").exists()
    assert fingerprint(office.parent) == before, "nothing was written"


def test_reading_commands_still_run_beside_the_window(run: Run, office: Path, window: AppBackend) -> None:
    before = fingerprint(office.parent)
    accounts = run("account", "list", office)
    assert accounts.code == 0 and "boss" in accounts.out
    assert run("list", "campaigns", office).code == 0
    assert run("stats", office).code == 0
    assert run("sync", "digest", office).code == 0
    assert fingerprint(office.parent) == before


def test_after_the_window_closes_writing_works(run: Run, office: Path, window: AppBackend) -> None:
    assert run("account", "add", office, "--user", "field", "--role", "member").code == 1
    window.close()
    added = run("account", "add", office, "--user", "field", "--role", "member")
    assert added.code == 0, added.err
    assert "field" in run("account", "list", office).out


def test_a_window_opening_another_database_lets_the_first_go(run: Run, office: Path, window: AppBackend,
                                                            tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    init_database(other, "boss", PASSWORD, protected=False)
    window.open(other)
    assert run("account", "add", office, "--user", "field", "--role", "member").code == 0
    assert run("account", "add", other, "--user", "field", "--role", "member").code == 1
