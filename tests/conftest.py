"""Every test runs offscreen, in a fresh FIELDAPP_HOME, against real SQLite files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap password hashing in tests; the real parameters are tested in tests/storage.
os.environ.setdefault("FIELDAPP_FAST_KDF", "1")

import pytest

from fieldapp.services.context import Context
from fieldapp.storage.database import Database, open_database


@pytest.fixture(autouse=True)
def fieldapp_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FIELDAPP_HOME", str(home))
    for var in ("FIELDAPP_USER", "FIELDAPP_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.db", create=True)
    yield database
    database.close()


FIXED_NOW = datetime(2026, 3, 2, 10, 30)  # a Monday


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> Context:
    return Context(db=db, blobs=tmp_path / "blobs", clock=lambda: FIXED_NOW)
