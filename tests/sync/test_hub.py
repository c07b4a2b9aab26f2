"""The PostgreSQL hub against the real server: push, pull, idempotence, concurrent pushes, refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from sync_helpers import digest, hub_team, replica, seed

from fieldapp.services import hub, sync, tours
from fieldapp.storage.database import open_database
from fieldapp.sync import hub as hub_store
from fieldapp.sync.changelog import Change
from fieldapp.sync.fields import ROW
from fieldapp.sync.merge import SequenceCollision

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")
ROOT = Path(__file__).resolve().parents[2]
ROW_INSERT_SCHEMA = 3  # the schema version whose changes include row inserts




def counts(url: str) -> tuple[int, int]:
    with psycopg.connect(url) as conn:
        changes = conn.execute("SELECT count(*) FROM sync_change").fetchone()
        winners = conn.execute("SELECT count(*) FROM sync_winner").fetchone()
    assert changes is not None and winners is not None
    return int(changes[0]), int(winners[0])


def local_changes(path: Path) -> set[tuple[str, int]]:
    with sqlite3.connect(path) as conn:
        return {(d, s) for d, s in conn.execute("SELECT dev, seq FROM sync_change")}


def push(path: Path, url: str) -> hub.PushSummary:
    with replica(path) as ctx:
        return hub.push(ctx, url)


def pull(path: Path, url: str) -> hub.PullSummary:
    with replica(path) as ctx:
        return hub.pull(ctx, url)


def edit(path: Path, tour: str, title: str) -> None:
    with replica(path) as ctx:
        tours.update_tour(ctx, tour, title, starts_on=date(2026, 3, 2))


def conflicts(path: Path) -> list[tuple[str, str, str]]:
    with replica(path) as ctx:
        return sorted(c.key for c in sync.list_conflicts(ctx))


def _copies(tmp_path: Path, n: int) -> tuple[list[Path], dict[str, str]]:
    first = tmp_path / "l0.db"
    ids = seed(first)
    paths = [first]
    for i in range(1, n):
        paths.append(tmp_path / f"l{i}.db")
        paths[-1].write_bytes(first.read_bytes())
    return paths, ids


def test_two_laptops_meet_through_the_hub_and_a_third_gets_everything(tmp_path: Path, hub_url: str) -> None:
    (a, b), ids = _copies(tmp_path, 2)
    c = tmp_path / "c.db"
    open_database(c, create=True).close()
    hub_team(hub_url, [a, b], tmp_path, fresh=[c])
    edit(a, ids["tour1"], "A")
    edit(b, ids["tour1"], "B")  # the same field on both: one conflict
    edit(b, ids["tour2"], "B2")
    first = push(a, hub_url)
    assert first.new == first.sent > 0
    push(b, hub_url)
    pull(a, hub_url)
    pull(b, hub_url)
    assert digest(a) == digest(b)
    got = pull(c, hub_url)
    assert got.new == len(local_changes(a) | local_changes(b))
    assert digest(c) == digest(a)
    assert conflicts(a) == conflicts(b) == conflicts(c) == [("tour", ids["tour1"], "title")]
    changes, winners = counts(hub_url)
    assert changes == len(local_changes(a) | local_changes(b)) == len(local_changes(c))
    with psycopg.connect(hub_url) as conn:
        fields = conn.execute("SELECT count(DISTINCT (tbl, row_id, field)) FROM sync_change").fetchone()
    assert fields is not None and winners == fields[0]


def test_push_and_pull_twice_are_no_ops(tmp_path: Path, hub_url: str) -> None:
    (a, b), ids = _copies(tmp_path, 2)
    hub_team(hub_url, [a, b], tmp_path)
    edit(a, ids["tour1"], "A")
    push(a, hub_url)
    before = counts(hub_url)
    again = push(a, hub_url)
    assert (again.sent, again.new, again.winners) == (0, 0, 0)
    assert counts(hub_url) == before
    assert pull(b, hub_url).new > 0
    state = digest(b)
    assert pull(b, hub_url).new == 0
    assert pull(a, hub_url).new == 0
    assert digest(b) == state == digest(a)


def test_pull_edit_push(tmp_path: Path, hub_url: str) -> None:
    (a, b), ids = _copies(tmp_path, 2)
    hub_team(hub_url, [a, b], tmp_path)
    edit(a, ids["tour1"], "A")
    push(a, hub_url)
    pull(b, hub_url)
    edit(b, ids["tour1"], "B after A")  # builds on A's value: no conflict
    assert push(b, hub_url).new > 0
    assert pull(a, hub_url).new > 0
    assert digest(a) == digest(b)
    with replica(a) as ctx:
        assert next(t.title for t in tours.list_tours(ctx) if t.id == ids["tour1"]) == "B after A"
    assert conflicts(a) == conflicts(b) == []


def test_concurrent_pushes_from_four_processes_lose_nothing(tmp_path: Path, hub_url: str) -> None:
    paths, ids = _copies(tmp_path, 4)
    hub_team(hub_url, paths, tmp_path)
    for n, p in enumerate(paths):
        edit(p, ids["tour1"], f"laptop {n}")  # all four on one field
        edit(p, ids["tour2"], f"only {n}")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "fieldapp", "hub", "push", str(p), "--url", hub_url],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in paths]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    everything = set().union(*(local_changes(p) for p in paths))
    changes, winners = counts(hub_url)
    assert changes == len(everything)
    with psycopg.connect(hub_url) as conn:
        fields = conn.execute("SELECT count(DISTINCT (tbl, row_id, field)) FROM sync_change").fetchone()
        best = conn.execute(
            "SELECT c.dev, c.seq FROM sync_change c WHERE c.row_id = %s AND c.field = 'title' "
            "ORDER BY c.hlc DESC, c.dev DESC, c.seq DESC LIMIT 1", (ids["tour1"],)).fetchone()
        won = conn.execute("SELECT dev, seq FROM sync_winner WHERE row_id = %s AND field = 'title'",
                           (ids["tour1"],)).fetchone()
    assert fields is not None and winners == fields[0]
    assert won == best
    for p in paths:
        pull(p, hub_url)
    assert len({digest(p) for p in paths}) == 1
    assert len({tuple(conflicts(p)) for p in paths}) == 1


def test_an_unnoticed_copy_reusing_numbers_is_refused_and_nothing_is_written(tmp_path: Path, hub_url: str) -> None:
    (a,), ids = _copies(tmp_path, 1)
    push(a, hub_url)
    forged = tmp_path / "forged.db"
    forged.write_bytes(a.read_bytes())
    with sqlite3.connect(forged) as conn:
        # Hide the copy from the app's own detection: it then numbers its changes under a's device id.
        conn.execute("UPDATE local_meta SET value = ? WHERE key = 'device_id.path'", (str(forged.resolve()),))
    edit(a, ids["tour1"], "A")
    edit(forged, ids["tour1"], "forged")
    push(a, hub_url)
    hub_before, local_before = counts(hub_url), (digest(forged), local_changes(forged))
    with pytest.raises(hub.HubError) as refused:
        push(forged, hub_url)
    assert refused.value.code == "hub.collision"
    assert counts(hub_url) == hub_before
    assert (digest(forged), local_changes(forged)) == local_before


def test_the_store_refuses_another_content_under_a_known_number(tmp_path: Path, hub_url: str) -> None:
    real = Change("dev-x", 1, 100, "tour", "row-1", "title", "real")
    forged = Change("dev-x", 1, 100, "tour", "row-1", "title", "forged")
    with hub_store.connect(hub_url) as pg:
        hub_store.open_hub(pg)
        with pg.transaction():
            hub_store.lock_for_push(pg)
            assert hub_store.push_changes(pg, "dev-x", [real]).new == 1
        for batch in ([forged], [Change("dev-y", 1, 5, "tour", "row-2", "title", "y"), forged]):
            with pytest.raises(SequenceCollision), pg.transaction():
                hub_store.lock_for_push(pg)
                hub_store.push_changes(pg, "dev-y", batch)
        assert hub_store.pull_changes(pg, {}).changes == [real]
    assert counts(hub_url) == (1, 1)


def test_values_keep_their_types_through_the_hub(hub_url: str) -> None:
    values: list[str | int | float | bytes | None] = ["текст", 7, 7.0, b"\x00\xff", None, 2**62]
    sent = [Change("dev-t", n + 1, 10 + n, "t", f"r{n}", "f", v) for n, v in enumerate(values)]
    with hub_store.connect(hub_url) as pg:
        hub_store.open_hub(pg)
        with pg.transaction():
            hub_store.lock_for_push(pg)
            hub_store.push_changes(pg, "dev-t", sent)
        back = hub_store.pull_changes(pg, {}).changes
        assert hub_store.pull_changes(pg, {"dev-t": 6}).changes == []
    assert back == sent
    assert [type(c.value) for c in back] == [type(v) for v in values]


def test_an_unreachable_hub_leaves_the_laptop_alone(tmp_path: Path) -> None:
    (a,), ids = _copies(tmp_path, 1)
    edit(a, ids["tour1"], "A")
    before = (a.read_bytes(), digest(a))
    for url in ("postgresql://postgres@127.0.0.1:9/test", "mysql://nobody@127.0.0.1/x"):
        with pytest.raises(hub.HubError) as refused:
            push(a, url)
        assert "127.0.0.1" in refused.value.message("en")
        with pytest.raises(hub.HubError):
            pull(a, url)
    assert (a.read_bytes(), digest(a)) == before


def test_a_row_insert_is_one_change_on_the_hub_and_an_older_app_is_held_back(
        tmp_path: Path, hub_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (a,), ids = _copies(tmp_path, 1)
    edit(a, ids["tour1"], "A")
    push(a, hub_url)
    with psycopg.connect(hub_url) as conn:
        winners = conn.execute("SELECT field FROM sync_winner WHERE row_id = %s ORDER BY field",
                               (ids["tour1"],)).fetchall()
        inserts = conn.execute("SELECT count(*) FROM sync_change WHERE row_id = %s AND field = %s",
                               (ids["tour1"], ROW)).fetchone()
    assert [w for (w,) in winners] == [ROW, "title"] and inserts == (1,)
    c = tmp_path / "c.db"
    open_database(c, create=True).close()
    hub_team(hub_url, [a], tmp_path, fresh=[c])
    pull(c, hub_url)
    assert digest(c) == digest(a)
    # An app of the schema before row inserts would take "*" for a column: the hub holds every such change back.
    monkeypatch.setattr(hub_store, "SCHEMA_VERSION", ROW_INSERT_SCHEMA - 1)
    with hub_store.connect(hub_url) as conn:
        pulled = hub_store.pull_changes(conn, {})
    assert pulled.changes == [] and pulled.newer_schema == counts(hub_url)[0]
