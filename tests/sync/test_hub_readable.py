"""The hub as a region's central database, on the real server: schema `fieldapp` readable by analysts, kept current
by every push (incrementally), and nothing of a resident's identity anywhere in the database — pg_dump checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from hub_world import NOW, REPORTER, RESIDENTS, build, hub_database, laptop, pg_dump
from sync_helpers import cli, digest, hub_team, replica

from fieldapp.services import control, hub, receptions, tours
from fieldapp.sync import hub as hub_store
from fieldapp.sync.fields import tables
from fieldapp.sync.hub_schema import _readable, columns

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")
ROOT = Path(__file__).resolve().parents[2]

# `fieldapp stats` (domain/indicators.py's definitions) as an analyst writes it against schema fieldapp.
LIVE_STOPS = ("fieldapp.stop s JOIN fieldapp.tour t ON t.id = s.tour_id AND NOT t.deleted "
              "JOIN fieldapp.campaign c ON c.id = t.campaign_id AND NOT c.deleted WHERE NOT s.deleted")
DONE = f"{LIVE_STOPS} AND s.status = 'done'"
STATS_SQL = {
    "campaigns": "SELECT count(*) FROM fieldapp.campaign WHERE NOT deleted",
    "working_groups": "SELECT count(*) FROM fieldapp.working_group g JOIN fieldapp.campaign c "
                      "ON c.id = g.campaign_id AND NOT c.deleted WHERE NOT g.deleted",
    "tours": "SELECT count(*) FROM fieldapp.tour t JOIN fieldapp.campaign c ON c.id = t.campaign_id "
             "AND NOT c.deleted WHERE NOT t.deleted",
    "stops": f"SELECT count(*) FROM {DONE}",
    "settlements": f"SELECT count(DISTINCT s.settlement_id) FROM {DONE}",
    "activities": f"SELECT count(*) FROM fieldapp.activity a, {DONE} AND s.id = a.stop_id AND NOT a.deleted",
    "participants": f"SELECT coalesce(sum(a.participants), 0) FROM fieldapp.activity a, {DONE} "
                    "AND s.id = a.stop_id AND NOT a.deleted",
    "residents_came": f"SELECT coalesce(sum(h.count), 0) FROM fieldapp.stop_headcount h, {DONE} "
                      "AND s.id = h.stop_id AND NOT h.deleted",
    "receptions": f"SELECT count(*) FROM fieldapp.reception r, {LIVE_STOPS} AND s.id = r.stop_id "
                  "AND NOT r.deleted",
    "under_control": f"SELECT count(*) FROM fieldapp.reception r, {LIVE_STOPS} AND s.id = r.stop_id "
                     "AND NOT r.deleted AND r.outcome = 'taken under control'",
    "referred": f"SELECT count(*) FROM fieldapp.reception r, {LIVE_STOPS} AND s.id = r.stop_id "
                "AND NOT r.deleted AND r.outcome = 'referred'",
    "explained": f"SELECT count(*) FROM fieldapp.reception r, {LIVE_STOPS} AND s.id = r.stop_id "
                 "AND NOT r.deleted AND r.outcome = 'explained'",
    "control_open": "SELECT count(*) FROM fieldapp.control_item WHERE NOT deleted "
                    "AND status IN ('open', 'in progress')",
    "control_resolved": "SELECT count(*) FROM fieldapp.control_item WHERE NOT deleted "
                        "AND status IN ('resolved', 'closed')",
    "control_overdue": "SELECT count(*) FROM fieldapp.control_item WHERE NOT deleted AND overdue",
    "polls": "SELECT count(*) FROM fieldapp.poll WHERE NOT deleted",
    "poll_answers": "SELECT coalesce(sum(y.count), 0) FROM fieldapp.poll_tally y WHERE NOT y.deleted",
    "signals": "SELECT count(*) FROM fieldapp.signal WHERE NOT deleted",
    "signals_resolved": "SELECT count(*) FROM fieldapp.signal WHERE NOT deleted AND status = 'removed'",
}


def stats(path: Path) -> dict[str, int]:
    result = cli("stats", path, "--json")
    assert result.code == 0, result.err
    data: dict[str, int] = json.loads(result.out)
    return data


def analyst(url: str, query: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchall()


def one(url: str, query: str) -> object:
    return analyst(url, query)[0][0]


def laptop_rows(path: Path, tbl: str) -> set[tuple[object, ...]]:
    """A table of the laptop as the readable table should show it: its columns there, in their types there."""
    cols = [(n, t) for n, t in columns(tbl) if n != "resident_key"]
    with sqlite3.connect(path) as conn:
        quoted = ", ".join(f'"{n}"' for n, _t in cols)
        rows = conn.execute(f'SELECT {quoted} FROM "{tbl}"').fetchall()
    return {tuple(_readable(t, v) for (_n, t), v in zip(cols, row, strict=True)) for row in rows}


def hub_rows(url: str, tbl: str) -> set[tuple[object, ...]]:
    names = [n for n, _t in columns(tbl) if n != "resident_key"]
    quoted = ", ".join(f'"{n}"' for n in names)
    return set(analyst(url, f'SELECT {quoted} FROM fieldapp."{tbl}"'))


def assert_same_rows(path: Path, url: str) -> None:
    for tbl in tables():
        assert hub_rows(url, tbl) == laptop_rows(path, tbl), tbl


def push(path: Path, url: str) -> hub.PushSummary:
    with laptop(path) as ctx:
        return hub.push(ctx, url)


def test_the_readable_tables_count_what_stats_counts(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    build(a)
    with hub_database() as url:
        result = cli("hub", "push", a, "--url", url)
        assert result.code == 0, result.err
        expected = stats(a)
        got = {key: int(str(one(url, query))) for key, query in STATS_SQL.items()}
        assert got == {key: expected[key] for key in STATS_SQL}
        assert got["control_overdue"] == 2 and got["control_open"] == 3  # the rule, not an accident of the data
        # Every synced table is there, named like it; readable types.
        names = {n for (n,) in analyst(url, "SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'fieldapp'")}
        assert {"reception", "control_item", "stop", "tour", "campaign", "working_group", "activity",
                "signal"} <= names
        types = dict(analyst(url, "SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_schema = 'fieldapp' AND table_name = 'control_item'"))
        assert (types["deadline"], types["overdue"], types["status"], types["created_at"]) == (
            "date", "boolean", "text", "timestamp with time zone")
        assert analyst(url, "SELECT participants, held_at IS NULL FROM fieldapp.activity") == [(41, True)]
        assert_same_rows(a, url)  # every table, row for row, value for value
        with laptop(a) as ctx:
            ctx.clock = datetime.now  # overdue as of the real today, as the view has it
            app = {(r.id, r.status.value, r.overdue) for r in control.list_control(ctx)}
        assert set(analyst(url, "SELECT id, status, overdue FROM fieldapp.control_item")) == app
        assert one(url, "SELECT received_at FROM fieldapp.reception ORDER BY received_at LIMIT 1") == NOW
        # Labels in the region's languages, by the code a column holds.
        labelled = analyst(url, "SELECT l.ru, l.kk, count(*) FROM fieldapp.reception r JOIN fieldapp.label l "
                                "ON (l.tbl, l.col, l.code) = ('reception', 'outcome', r.outcome) "
                                "GROUP BY 1, 2 ORDER BY 3, 1")
        assert labelled == [("направлено по компетенции", "құзыреті бойынша жіберілді", 1),
                            ("разъяснено", "түсіндірілді", 1), ("взято на контроль", "бақылауға алынды", 3)]


def test_no_resident_identity_is_in_a_dump_of_the_hub(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    build(a)
    with hub_database() as url:
        push(a, url)
        dump = pg_dump(url)
        assert b"sync_change" in dump and b"reception" in dump  # the dump is of the hub
        secrets = [REPORTER]
        for r in RESIDENTS:
            secrets += [r.name, r.iin, r.phone, r.address, *r.name.split()]
        for text in secrets:
            raw = text.encode()
            for form in (raw, raw.hex().encode(), raw.hex().upper().encode()):
                assert form not in dump, text
        # What the analyst has instead: one stable key per resident: three residents, two of them came twice.
        keys = analyst(url, "SELECT resident_key, count(*) FROM fieldapp.reception GROUP BY 1 ORDER BY 2 DESC")
        assert [n for _k, n in keys] == [2, 2, 1] and all(k and len(str(k)) == 32 for k, _n in keys)
        assert not {"applicant_name", "applicant_iin", "applicant_phone", "applicant_address", "essence"} & {
            n for n, _t in columns("reception")}


def test_a_new_laptop_pulls_the_same_data_back(tmp_path: Path) -> None:
    a, c = tmp_path / "a.db", tmp_path / "c.db"
    build(a)
    with replica(c):
        pass
    with hub_database() as url:
        hub_team(url, [a], tmp_path, fresh=[c])
        push(a, url)
        with replica(c) as ctx:
            pulled = hub.pull(ctx, url)
        assert pulled.untrusted == {} and pulled.new > 0
        assert digest(c) == digest(a)
        with replica(c) as ctx:
            visits = receptions.find_previous_visits(ctx, RESIDENTS[0].iin)
        assert len(visits) == 2


def test_an_edit_rewrites_only_its_row(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    ids = build(a)
    with hub_database() as url:
        push(a, url)
        query = "SELECT id, xmin::text, hub_updated_at FROM fieldapp.{} ORDER BY id"
        before = {t: analyst(url, query.format(t)) for t in ("reception", "stop", "tour", "campaign")}
        with laptop(a) as ctx:
            info = receptions.get_reception(ctx, ids.receptions[0])
            receptions.update_reception(ctx, info.id, receptions.ReceptionDraft(
                stop_id=info.stop_id, applicant_name=RESIDENTS[0].name, applicant_iin=RESIDENTS[0].iin,
                consent_given=True, consent_method="oral", essence="уточнено", outcome="explained",
                topic="housing and utilities"))
        summary = push(a, url)
        assert 0 < summary.new < 20
        after = {t: analyst(url, query.format(t)) for t in before}
        changed = {t: [row[0] for row, old in zip(after[t], before[t], strict=True) if row != old] for t in before}
        assert changed == {"reception": [ids.receptions[0]], "stop": [], "tour": [], "campaign": []}
        topic = one(url, f"SELECT topic FROM fieldapp.reception WHERE id = '{ids.receptions[0]}'")
        assert topic == "housing and utilities"


def test_two_pushers_at_once_both_land_in_the_readable_tables(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = build(a)
    b.write_bytes(a.read_bytes())
    with hub_database() as url:
        hub_team(url, [a, b], tmp_path)
        push(a, url)
        with laptop(a) as ctx:
            tours.update_tour(ctx, ids.tour, "Тур A")
        with laptop(b) as ctx:
            tours.set_headcount(ctx, ids.stop, 9)  # b's own counter row: a second row, summed
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        procs = [subprocess.Popen([sys.executable, "-m", "fieldapp", "hub", "push", str(p), "--url", url],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in (a, b)]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        assert one(url, "SELECT title FROM fieldapp.tour") == "Тур A"
        assert one(url, "SELECT sum(count) FROM fieldapp.stop_headcount") == 57 + 9
        for p in (a, b):
            with laptop(p) as ctx:
                hub.pull(ctx, url)
        assert digest(a) == digest(b)
        assert stats(a)["residents_came"] == 66
        assert_same_rows(a, url)
        got = {key: int(str(one(url, query))) for key, query in STATS_SQL.items()}
        assert got == {key: stats(b)[key] for key in STATS_SQL}


def test_tls_unless_the_host_is_this_machine() -> None:
    mode = hub_store.tls_mode
    assert mode("postgresql://u@hub.region.kz/db") == "require"
    assert mode("postgresql://u@10.0.0.5:5432/db") == "require"
    assert mode("postgresql://u@hub.region.kz/db?sslmode=verify-full") is None  # the URL's own choice
    assert mode("postgresql://u@hub.region.kz/db?sslmode=disable") is None
    for local in ("postgresql://u@127.0.0.1/db", "postgresql://u@localhost/db", "postgresql://u@[::1]/db",
                  "postgresql:///db?host=/var/run/postgresql"):
        assert mode(local) is None, local


def test_a_hub_by_name_is_reached_over_tls_only(tmp_path: Path) -> None:
    """The test server speaks no TLS: reached under a name that is not this machine's (libpq connects to hostaddr),
    the connection asks for TLS and is refused, unless the URL itself says sslmode."""
    a = tmp_path / "a.db"
    build(a)
    with hub_database() as url:
        named = url.replace("@127.0.0.1", "@hub.region.example", 1)
        named += ("&" if "?" in named else "?") + "hostaddr=127.0.0.1"
        with laptop(a) as ctx, pytest.raises(hub.HubError) as refused:
            hub.push(ctx, named)
        assert refused.value.code == "hub.unreachable" and "SSL" in refused.value.message("en")
        with laptop(a) as ctx:
            assert hub.push(ctx, named + "&sslmode=disable").new > 0
