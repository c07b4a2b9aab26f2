"""Every test runs offscreen, in a fresh FIELDAPP_HOME, against real SQLite files."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap password hashing in tests; the real parameters are tested in tests/storage.
os.environ.setdefault("FIELDAPP_FAST_KDF", "1")
# Every insert stored compact is remembered and compared with its rebuilt value wherever one is read
# (fieldapp.sync.compact): a write that changes a row without storing its insert's value first fails the test.
os.environ.setdefault("FIELDAPP_CHECK_COMPACT", "1")

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
def as_demo_coordinator(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands and windows sign in as the demo's coordinator: the demo is a plain file with accounts, read-only to
    anyone who does not sign in."""
    from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER

    monkeypatch.setenv("FIELDAPP_USER", DEMO_USER)
    monkeypatch.setenv("FIELDAPP_PASSWORD", DEMO_PASSWORD)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.db", create=True)
    yield database
    database.close()


FIXED_NOW = datetime(2026, 3, 2, 10, 30)  # a Monday


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> Context:
    return Context(db=db, blobs=tmp_path / "blobs", clock=lambda: FIXED_NOW)


@pytest.fixture
def boss(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Context]:
    """The coordinator «boss» signed in to an unprotected database made as `fieldapp init` makes it, its photos in
    tmp_path/blobs, its clock at the test module's NOW (FIXED_NOW in a module without one)."""
    from fieldapp.services.accounts import init_database
    from fieldapp.services.workspace import open_workspace

    now: datetime = getattr(request.module, "NOW", FIXED_NOW)
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    ctx = open_workspace(path, user="boss", password="boss-pass", clock=lambda: now)
    ctx.blobs = tmp_path / "blobs"
    yield ctx
    ctx.db.close()


@pytest.fixture
def hub_url() -> Iterator[str]:
    """A fresh schema of the test PostgreSQL server (FIELDAPP_TEST_PG_URL) per test, dropped afterwards; the hub
    tests skip themselves when the variable is not set."""
    import psycopg

    server = os.environ.get("FIELDAPP_TEST_PG_URL")
    if not server:
        pytest.skip("needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test")
    schema = f"fieldapp_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}_fieldapp" CASCADE')  # the hub's readable tables
