"""The analysts' read-only role of the README, run as written against the real server: it reads schema fieldapp and
nothing else of the hub, and cannot write."""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import psycopg
import pytest
from hub_world import build, hub_database, laptop

from fieldapp.services import hub

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")
README = Path(__file__).resolve().parents[2] / "README.md"


def readme_snippet() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("**A read-only role for analysts.**"):]
    found = re.search(r"```sql\n(.*?)```", section, re.S)
    assert found is not None
    return found.group(1)


def test_the_readme_role_reads_the_readable_schema_and_nothing_else(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    build(a)
    role, password = f"analyst_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    snippet = readme_snippet().replace("fieldapp_analyst", role).replace("choose-a-password", password)
    with hub_database() as url:
        with laptop(a) as ctx:
            hub.push(ctx, url)
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(snippet)  # type: ignore[call-overload]  # the README's text, run as it stands
            as_analyst = url.replace("postgres@", f"{role}:{password}@", 1)
            with psycopg.connect(as_analyst) as conn:
                receptions = conn.execute("SELECT count(*), count(DISTINCT resident_key) FROM fieldapp.reception")
                assert receptions.fetchone() == (5, 3)
                overdue = conn.execute("SELECT count(*) FROM fieldapp.control_item WHERE overdue").fetchone()
                assert overdue == (2,)
            for forbidden in ("SELECT count(*) FROM public.sync_change", "SELECT count(*) FROM public.hub_data_key",
                              "DELETE FROM fieldapp.reception"):
                with psycopg.connect(as_analyst) as conn, pytest.raises(psycopg.Error):
                    conn.execute(forbidden)  # type: ignore[call-overload]
            # Tables the next version of the app creates in the schema are granted too (default privileges).
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("CREATE TABLE fieldapp.later (x int)")
            with psycopg.connect(as_analyst) as conn:
                assert conn.execute("SELECT count(*) FROM fieldapp.later").fetchone() == (0,)
        finally:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(f'DROP OWNED BY "{role}"')
    with psycopg.connect(str(PG_URL), autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')
