"""The demo database re-enacts the seeds with their exact figures, and the synthetic months leave them untouched."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from sqlalchemy import text

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import StorageError
from fieldapp.domain.ids import device_code, registration_number
from fieldapp.domain.iin import is_valid_iin
from fieldapp.domain.workdays import HolidayCalendar, default_deadline
from fieldapp.services import demo_scenario as sc
from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER, DemoSummary, build_demo
from fieldapp.storage import bulk
from fieldapp.storage.accounts import verify
from fieldapp.storage.database import open_database
from fieldapp.storage.tables import Reception, synced_tables

TODAY = date(2026, 3, 2)
SMALL_MONTH = 400  # receptions per synthetic month in the tests that only need the shape of the scale data

ZHAMBYL = "Жамбылский район"
_IN_DISTRICT = """
    JOIN stop s ON s.id = {alias}.stop_id
    JOIN settlement st ON st.id = s.settlement_id
    JOIN district d ON d.id = st.district_id
"""


@pytest.fixture(scope="module")
def fast_kdf() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FIELDAPP_FAST_KDF", "1")
        yield


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, fast_kdf: None) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    return path, build_demo(path, today=TODAY)


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory, fast_kdf: None) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("scaled") / "demo.db"
    return path, build_demo(path, scale=2, today=TODAY, receptions_per_month=SMALL_MONTH)


def _sql(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return conn


def _one(conn: sqlite3.Connection, sql: str, *params: object) -> int:
    value = conn.execute(sql, params).fetchone()[0]
    return int(value or 0)


def _district_figures(conn: sqlite3.Connection, district: str) -> dict[str, int]:
    return {
        "activities": _one(conn, f"SELECT count(*) FROM activity a {_IN_DISTRICT.format(alias='a')} "
                                 "WHERE d.name_ru = ? AND s.status = 'done'", district),
        "all_activities": _one(conn, f"SELECT count(*) FROM activity a {_IN_DISTRICT.format(alias='a')} "
                                     "WHERE d.name_ru = ?", district),
        "came": _one(conn, f"SELECT sum(h.count) FROM stop_headcount h {_IN_DISTRICT.format(alias='h')} "
                           "WHERE d.name_ru = ? AND s.status = 'done'", district),
        "helped": _one(conn, f"SELECT count(*) FROM reception r {_IN_DISTRICT.format(alias='r')} "
                             "WHERE d.name_ru = ? AND r.outcome = 'help provided'", district),
        "under_control": _one(conn, f"SELECT count(*) FROM reception r {_IN_DISTRICT.format(alias='r')} "
                                    "WHERE d.name_ru = ? AND r.outcome = 'taken under control'", district),
        "control_items": _one(conn, "SELECT count(*) FROM control_item c JOIN settlement st ON st.id = c.settlement_id "
                                    "JOIN district d ON d.id = st.district_id WHERE d.name_ru = ?", district),
        "stops": _one(conn, "SELECT count(*) FROM stop s JOIN settlement st ON st.id = s.settlement_id "
                            "JOIN district d ON d.id = st.district_id WHERE d.name_ru = ?", district),
    }


SEED_ZHAMBYL = {"activities": 17, "all_activities": 17, "came": 600, "helped": 113, "under_control": 12,
                "control_items": 12, "stops": 6}


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: _one(conn, f'SELECT count(*) FROM "{t}"') for t in synced_tables()}


# -- «Мир и согласие», Жамбылский район -----------------------------------------------------------------------------


def test_zhambyl_district_has_the_seed_figures(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        assert _district_figures(conn, ZHAMBYL) == SEED_ZHAMBYL
        route = conn.execute(
            "SELECT st.name_ru, st.name_kk, s.headcount_approximate FROM stop s "
            "JOIN settlement st ON st.id = s.settlement_id JOIN district d ON d.id = st.district_id "
            "WHERE d.name_ru = ? ORDER BY s.arrived_at", (ZHAMBYL,)).fetchall()
    assert [r[0] for r in route] == ["Аса", "Каракемер", "Орнек", "Ерназар", "Карасу", "Коккайнар"]
    assert [r[1] for r in route] == ["Аса", "Қаракемер", "Өрнек", "Ерназар", "Қарасу", "Көккайнар"]
    assert all(r[2] == 1 for r in route)  # «около 600»


def test_zhambyl_helped_have_help_kinds_and_referrals_a_body(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        kinds = conn.execute(
            f"SELECT r.help_kind, count(*) FROM reception r {_IN_DISTRICT.format(alias='r')} "
            "WHERE d.name_ru = ? AND r.outcome = 'help provided' GROUP BY r.help_kind", (ZHAMBYL,)).fetchall()
        outcomes = dict(conn.execute(
            f"SELECT r.outcome, count(*) FROM reception r {_IN_DISTRICT.format(alias='r')} "
            "WHERE d.name_ru = ? GROUP BY r.outcome", (ZHAMBYL,)).fetchall())
        unreferred = _one(conn, "SELECT count(*) FROM reception WHERE outcome IN ('referred', 'taken under control') "
                                "AND responsible_org_id IS NULL")
    assert None not in dict(kinds)
    assert dict(kinds).get("grant or credit", 0) > 0
    assert set(outcomes) == {"explained", "resolved on the spot", "help provided", "referred", "taken under control"}
    assert unreferred == 0


def test_zhambyl_control_items_open_deadlines_and_fates(demo: tuple[Path, DemoSummary]) -> None:
    cal = HolidayCalendar.load()
    with _sql(demo[0]) as conn:
        items = conn.execute(
            "SELECT c.id, c.registered_on, c.deadline FROM control_item c "
            "JOIN settlement st ON st.id = c.settlement_id JOIN district d ON d.id = st.district_id "
            "WHERE d.name_ru = ?", (ZHAMBYL,)).fetchall()
        status: dict[str, str] = {}
        for item_id, registered, deadline in items:
            events = conn.execute("SELECT kind, note, new_deadline FROM control_event WHERE control_item_id = ? "
                                  "ORDER BY at", (item_id,)).fetchall()
            assert events[0][0] == "opened"
            assert [e[0] for e in events].count("opened") == 1
            first_deadline = default_deadline(date.fromisoformat(registered), cal)
            extensions = [e for e in events if e[0] == "extended"]
            if extensions:
                assert all(e[1].strip() for e in extensions)  # an extension needs a reason
                assert deadline == extensions[-1][2]
                assert date.fromisoformat(deadline) > first_deadline
            else:
                assert date.fromisoformat(deadline) == first_deadline
            final = [e[0] for e in events if e[0] in ("resolved", "rejected", "closed")]
            if final:
                status[item_id] = final[-1]
            elif date.fromisoformat(deadline) < TODAY:
                status[item_id] = "overdue"
            else:
                status[item_id] = "open"
            links = _one(conn, "SELECT count(*) FROM control_reception l JOIN reception r ON r.id = l.reception_id "
                               "WHERE l.control_item_id = ? AND r.control_item_id = ? "
                               "AND r.outcome = 'taken under control'", item_id, item_id)
            assert links == 1
    values = list(status.values())
    assert len(values) == 12
    assert values.count("resolved") == 6
    assert values.count("overdue") == 4
    assert values.count("open") == 2


def test_pilot_groups_directions_and_rotation(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        pilot = conn.execute("SELECT id, starts_on, ends_on, kind FROM campaign WHERE title_ru = ?",
                             (sc.PILOT_TITLE,)).fetchone()
        groups = conn.execute("SELECT g.id, dr.code FROM working_group g JOIN direction dr ON dr.id = g.direction_id "
                              "WHERE g.campaign_id = ?", (pilot[0],)).fetchall()
        slots = conn.execute(
            "SELECT dr.code, d.name_ru, r.starts_on, r.ends_on FROM rotation_slot r "
            "JOIN working_group g ON g.id = r.group_id JOIN direction dr ON dr.id = g.direction_id "
            "JOIN district d ON d.id = r.district_id WHERE r.campaign_id = ?", (pilot[0],)).fetchall()
        directions = conn.execute("SELECT code, name_ru, name_kk, name_en FROM direction").fetchall()
        planned_ahead = _one(conn, "SELECT count(*) FROM stop s JOIN tour t ON t.id = s.tour_id "
                                   "WHERE t.campaign_id = ? AND s.status = 'planned' AND s.planned_on > ?",
                             pilot[0], TODAY.isoformat())
    assert pilot[3] == "pilot project"
    assert date.fromisoformat(pilot[2]) < TODAY  # the pilot ended recently
    five = {"info", "rural_business", "religion", "public_order", "anti_corruption"}
    assert len(groups) == 5 and {g[1] for g in groups} == five
    assert len(slots) == 25
    assert {(s[0], s[1]) for s in slots} == {(g, d) for g in five for d in
                                            ("Байзакский район", "Жамбылский район", "Кордайский район",
                                             "Меркенский район", "Шуский район")}
    # one week in each district: in any week every district hosts exactly one group
    by_week: dict[str, set[str]] = {}
    for _, district, starts, _ in slots:
        by_week.setdefault(starts, set()).add(district)
    assert len(by_week) == 5 and all(len(d) == 5 for d in by_week.values())
    assert {d[0] for d in directions} == five | {"anti_drug", "violence_trafficking", "legal_literacy"}
    assert all(d[1] and d[2] and d[3] for d in directions)
    assert planned_ahead >= 1


def test_baizak_merke_and_anticorruption_stories(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        baizak_religion = _one(conn, f"SELECT count(*) FROM reception r {_IN_DISTRICT.format(alias='r')} "
                                     "WHERE d.name_ru = 'Байзакский район' AND st.name_ru = 'Сарыкемер' "
                                     "AND r.member_id IN (SELECT gm.member_id FROM group_member gm "
                                     "JOIN working_group g ON g.id = gm.group_id WHERE g.code = 'РЕЛ')")
        portraits = _one(conn, "SELECT count(*) FROM activity WHERE title LIKE '%портреты трёх подростков%' "
                               "AND participants = 3")
        raids = _one(conn, f"SELECT count(*) FROM activity a {_IN_DISTRICT.format(alias='a')} "
                           "WHERE d.name_ru = 'Меркенский район' AND a.type = 'raid'")
        surveys = _one(conn, "SELECT count(*) FROM activity WHERE type = 'survey'")
        cancelled = _one(conn, "SELECT count(*) FROM stop WHERE status = 'cancelled' AND cancel_reason != ''")
    assert baizak_religion >= 40
    assert portraits == 1
    assert raids >= 2
    assert surveys >= 5
    assert cancelled == 1


# -- the other seeds ------------------------------------------------------------------------------------------------


def test_caravan_route_and_participants(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        campaign = conn.execute("SELECT id, kind, starts_on FROM campaign WHERE title_ru = ?",
                                (sc.CARAVAN_TITLE,)).fetchone()
        route = conn.execute(
            "SELECT st.name_ru, d.name_ru FROM stop s JOIN tour t ON t.id = s.tour_id "
            "JOIN settlement st ON st.id = s.settlement_id JOIN district d ON d.id = st.district_id "
            "WHERE t.campaign_id = ? ORDER BY s.seq", (campaign[0],)).fetchall()
        kinds = {r[0] for r in conn.execute(
            "SELECT a.type FROM activity a JOIN stop s ON s.id = a.stop_id JOIN tour t ON t.id = s.tour_id "
            "WHERE t.campaign_id = ?", (campaign[0],))}
        travellers = _one(conn, "SELECT count(*) FROM activity WHERE audience = 'transit travellers'")
        orgs = {r[0] for r in conn.execute(
            "SELECT DISTINCT o.short_name FROM stop_organization so JOIN organization o ON o.id = so.organization_id "
            "JOIN stop s ON s.id = so.stop_id JOIN tour t ON t.id = s.tour_id WHERE t.campaign_id = ?",
            (campaign[0],))}
        receptions = _one(conn, "SELECT count(*) FROM reception r JOIN stop s ON s.id = r.stop_id "
                                "JOIN tour t ON t.id = s.tour_id WHERE t.campaign_id = ?", campaign[0])
    assert campaign[1] == "action" and campaign[2] == "2024-03-26"
    assert route == [("Аксу-Аюлы", "Шетский район"), ("Акшатау", "Шетский район"), ("Балхаш", "г. Балхаш"),
                     ("Гульшат", "г. Балхаш"), ("Сарышаган", "г. Балхаш")]
    assert {"dialogue platform", "contest and awards", "flash mob", "action", "meeting"} <= kinds
    assert travellers == 1
    assert {"ОО «Мир добра»", "ОКП РК", "УБОП ДП", "УМП ДП", "МПС ДП"} <= orgs
    assert 0 < receptions < 50


def test_poll_tallies_sum_to_the_published_answers(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        poll = conn.execute("SELECT id, question_kk FROM poll WHERE question_ru = ?",
                            (sc.POLL_QUESTION_RU,)).fetchone()
        options = conn.execute(
            "SELECT o.label_ru, o.label_kk, sum(t.count), count(DISTINCT t.device_id), count(DISTINCT t.stop_id) "
            "FROM poll_option o JOIN poll_tally t ON t.option_id = o.id WHERE o.poll_id = ? GROUP BY o.id "
            "ORDER BY o.seq", (poll[0],)).fetchall()
        total = _one(conn, "SELECT sum(t.count) FROM poll_tally t JOIN poll_option o ON o.id = t.option_id "
                           "WHERE o.poll_id = ?", poll[0])
        devices = _one(conn, "SELECT count(DISTINCT t.device_id) FROM poll_tally t JOIN poll_option o "
                             "ON o.id = t.option_id WHERE o.poll_id = ?", poll[0])
        stops = _one(conn, "SELECT count(DISTINCT t.stop_id) FROM poll_tally t JOIN poll_option o "
                           "ON o.id = t.option_id WHERE o.poll_id = ?", poll[0])
    assert poll[1]
    assert [o[0] for o in options] == [
        "Да, уже не чувствую разницы;",
        "Нет! Очень тяжело до сих пор. Особенно по утрам;",
        "В целом, да, но зачем это было нужно?",
        "Не собираюсь привыкать, живу по-старому времени.",
    ]
    assert all(o[1] for o in options)
    assert [o[2] for o in options] == [40, 208, 60, 15]
    assert total == 323
    assert devices == 2 and stops == 5


def test_north_kazakhstan_graffiti_signals(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        rows = conn.execute("SELECT latitude, longitude, status, channel, resolved_at FROM signal "
                            "WHERE kind = 'drug graffiti'").fetchall()
        events = _one(conn, "SELECT count(*) FROM activity a JOIN stop s ON s.id = a.stop_id "
                            "JOIN tour t ON t.id = s.tour_id JOIN campaign c ON c.id = t.campaign_id "
                            "WHERE c.title_ru LIKE '%Северо-Казахстанской%' "
                            "AND a.audience IN ('schoolchildren', 'students')")
        kamkor = _one(conn, "SELECT count(*) FROM organization WHERE name_ru LIKE '%«Қамқор»%'")
    assert len(rows) > 50
    assert all(53.5 < lat < 55.5 and 68.0 < lon < 71.0 for lat, lon, *_ in rows)
    assert len({(lat, lon) for lat, lon, *_ in rows}) == len(rows)  # jittered, not stacked on one point
    statuses = [r[2] for r in rows]
    assert statuses.count("removed") > len(rows) / 2
    assert {"verified", "received", "rejected"} <= set(statuses)
    assert {r[3] for r in rows} == {"messenger"}
    assert all(r[4] for r in rows if r[2] == "removed")
    assert events > 130
    assert kamkor == 1


def test_antidrug_talk_to_180_students_and_open_doors(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        talk = conn.execute(
            "SELECT a.participants, s.venue_type, c.kind FROM activity a JOIN stop s ON s.id = a.stop_id "
            "JOIN tour t ON t.id = s.tour_id JOIN campaign c ON c.id = t.campaign_id "
            "WHERE a.audience = 'students' AND s.venue LIKE '%политехнический колледж%'").fetchall()
        month = conn.execute("SELECT starts_on, ends_on FROM campaign WHERE kind = 'prevention month' "
                             "AND title_ru LIKE 'Месячник%'").fetchone()
        azbuka = conn.execute("SELECT id, kind, starts_on FROM campaign WHERE title_ru = ?",
                              (sc.AZBUKA_TITLE,)).fetchone()
        departments = _one(conn, "SELECT count(*) FROM activity a JOIN stop s ON s.id = a.stop_id "
                                 "JOIN tour t ON t.id = s.tour_id WHERE t.campaign_id = ? "
                                 "AND a.title LIKE 'Открытые двери: управление%'", azbuka[0])
        venues = {r[0] for r in conn.execute("SELECT s.venue_type FROM stop s JOIN tour t ON t.id = s.tour_id "
                                             "WHERE t.campaign_id = ?", (azbuka[0],))}
    assert talk == [(180, "college", "prevention month")]
    assert month[1] == "2024-06-26"
    assert azbuka[1] == "open doors" and azbuka[2] == "2025-12-17"
    assert departments == 6
    assert {"akimat", "polyclinic", "enterprise"} <= venues


# -- personal data, identity, integrity ---------------------------------------------------------------------------


def test_residents_are_synthetic_with_valid_iins(demo: tuple[Path, DemoSummary]) -> None:
    with _sql(demo[0]) as conn:
        rows = conn.execute("SELECT applicant_name, applicant_iin, applicant_phone, consent_given, consent_at "
                            "FROM reception").fetchall()
    assert rows
    assert all(name.startswith("Демо ") and re.search(r"-\d{3,}$", name) for name, *_ in rows)
    assert all(is_valid_iin(iin) for _, iin, *_ in rows)
    assert all(re.fullmatch(r"\+7 700 0\d\d \d\d \d\d", phone) for _, _, phone, *_ in rows)
    assert all(consent == 1 and at for *_, consent, at in rows)
    # one resident, one IIN: repeat visitors are recognised by it
    names_by_iin: dict[str, set[str]] = {}
    for name, iin, *_ in rows:
        names_by_iin.setdefault(iin, set()).add(name)
    assert all(len(n) == 1 for n in names_by_iin.values())


def test_registration_numbers_unique_and_readable(demo: tuple[Path, DemoSummary]) -> None:
    path, summary = demo
    device = device_code(summary.device_id)
    with _sql(path) as conn:
        numbers = [r[0] for r in conn.execute("SELECT reg_no FROM reception ORDER BY reg_no")]
        sequence = conn.execute("SELECT value FROM local_meta WHERE key = 'seq.reception'").fetchone()
        codes = {r[0] for r in conn.execute("SELECT code FROM working_group")}
    assert len(numbers) == len(set(numbers)) == summary.receptions
    seqs = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert seqs == list(range(1, len(numbers) + 1))
    for n in numbers:
        code, dev, seq = n.split("-")
        assert code in codes and dev == device
        assert n == registration_number(code, device, int(seq))
    assert int(sequence[0]) == len(numbers)  # the next talon typed on this laptop continues the numbering


def test_nothing_deleted_no_kato_and_orm_reads_rows(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    with _sql(path) as conn:
        for table in synced_tables():
            assert _one(conn, f'SELECT count(*) FROM "{table}" WHERE deleted != 0') == 0, table
        for table in ("region", "district", "settlement"):
            assert _one(conn, f"SELECT count(*) FROM {table} WHERE kato IS NOT NULL OR kato_version IS NOT NULL") == 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        fts = _one(conn, "SELECT count(*) FROM reception_fts WHERE reception_fts MATCH 'Демо'")
        receptions = _one(conn, "SELECT count(*) FROM reception")
    assert fts == receptions  # the FTS triggers ran for the bulk rows
    with open_database(path) as db, db.session() as session:
        reception = session.query(Reception).order_by(Reception.reg_no).first()
        assert reception is not None
        assert isinstance(reception.received_at, datetime) and reception.consent_given is True


def test_account_verifies(demo: tuple[Path, DemoSummary], fast_kdf: None) -> None:
    with open_database(demo[0]) as db, db.session() as session:
        account = verify(session, DEMO_USER, DEMO_PASSWORD)
        assert account.role == Role.COORDINATOR
        assert account.member_id is not None
        name = session.execute(text("SELECT full_name FROM member WHERE id = :i"), {"i": account.member_id}).scalar()
    assert str(name).startswith("Демо ")


def test_same_day_same_content(demo: tuple[Path, DemoSummary], tmp_path: Path, fast_kdf: None) -> None:
    again = tmp_path / "again.db"
    build_demo(again, today=TODAY)

    def content(path: Path) -> tuple[object, ...]:
        with _sql(path) as conn:
            return (
                _table_counts(conn),
                conn.execute("SELECT substr(reg_no, 1, instr(reg_no, '-')), received_at, applicant_name, "
                             "applicant_iin, outcome, topic, help_kind FROM reception "
                             "ORDER BY received_at, applicant_name").fetchall(),
                conn.execute("SELECT latitude, longitude, status, received_at FROM signal ORDER BY received_at")
                .fetchall(),
                conn.execute("SELECT title, registered_on, deadline FROM control_item ORDER BY title, registered_on")
                .fetchall(),
            )

    assert content(again) == content(demo[0])


def test_existing_file_refused_untouched_and_force_replaces(tmp_path: Path) -> None:
    path = tmp_path / "taken.db"
    path.write_bytes(b"someone's data")
    with pytest.raises(StorageError) as err:
        build_demo(path, today=TODAY)
    assert err.value.code == "db.exists"
    assert path.read_bytes() == b"someone's data"
    Path(f"{path}-wal").write_bytes(b"stale wal")
    summary = build_demo(path, force=True, today=TODAY)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").read_bytes() != b"stale wal"
    with _sql(path) as conn:
        assert _one(conn, "SELECT count(*) FROM reception") == summary.receptions


def test_failed_build_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "broken.db"

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr("fieldapp.services.demo.add_account", boom)
    with pytest.raises(RuntimeError):
        build_demo(path, today=TODAY)
    assert not path.exists()


def test_progress_reports_batches_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    summary = build_demo(tmp_path / "p.db", scale=1, today=TODAY, receptions_per_month=SMALL_MONTH,
                         progress=lambda done, total, what: calls.append((done, total, what)))
    assert len(calls) > 10
    dones = [c[0] for c in calls]
    assert dones == sorted(dones)
    assert calls[-1][0] == calls[-1][1] == summary.total_rows - 1  # every bulk row; the account is not a batch
    assert all(c[1] == calls[0][1] for c in calls)  # the total is known up front


# -- scale ----------------------------------------------------------------------------------------------------------


def test_scale_months_leave_seed_figures_exact(
    scaled: tuple[Path, DemoSummary], demo: tuple[Path, DemoSummary]
) -> None:
    path, summary = scaled
    with _sql(path) as conn:
        assert _district_figures(conn, ZHAMBYL) == SEED_ZHAMBYL
        scale = conn.execute("SELECT id, starts_on, ends_on FROM campaign WHERE title_ru = ?",
                             (sc.SCALE_TITLE,)).fetchone()
        pilot_starts = conn.execute("SELECT starts_on FROM campaign WHERE title_ru = ?", (sc.PILOT_TITLE,)).fetchone()
        scale_receptions = _one(conn, "SELECT count(*) FROM reception r JOIN stop s ON s.id = r.stop_id "
                                      "JOIN tour t ON t.id = s.tour_id WHERE t.campaign_id = ?", scale[0])
        seed_districts = {d.ru for d in sc.DISTRICTS}
        scale_districts = {r[0] for r in conn.execute(
            "SELECT DISTINCT d.name_ru FROM stop s JOIN tour t ON t.id = s.tour_id "
            "JOIN settlement st ON st.id = s.settlement_id JOIN district d ON d.id = st.district_id "
            "WHERE t.campaign_id = ?", (scale[0],))}
        outside = _one(conn, "SELECT count(*) FROM reception WHERE received_at >= ? AND stop_id IN (SELECT s.id FROM "
                             "stop s JOIN tour t ON t.id = s.tour_id WHERE t.campaign_id = ?)", pilot_starts[0],
                       scale[0])
        control = conn.execute(
            "SELECT count(*), sum(e.n) FROM control_item c JOIN (SELECT control_item_id, count(*) n FROM control_event "
            "GROUP BY control_item_id) e ON e.control_item_id = c.id WHERE c.campaign_id = ?", (scale[0],)).fetchone()
        outcomes = dict(conn.execute(
            "SELECT r.outcome, count(*) FROM reception r JOIN stop s ON s.id = r.stop_id "
            "JOIN tour t ON t.id = s.tour_id WHERE t.campaign_id = ? GROUP BY r.outcome", (scale[0],)).fetchall())
        signals = conn.execute("SELECT count(*), min(latitude), max(latitude) FROM signal WHERE campaign_id = ?",
                               (scale[0],)).fetchone()
        tallies = _one(conn, "SELECT count(*) FROM poll_tally t JOIN poll_option o ON o.id = t.option_id "
                             "JOIN poll p ON p.id = o.poll_id WHERE p.campaign_id = ?", scale[0])
        scaled_counts = _table_counts(conn)
    with _sql(demo[0]) as conn:
        plain_counts = _table_counts(conn)
    assert scale_receptions == 2 * SMALL_MONTH
    assert scale_districts and not scale_districts & seed_districts
    assert outside == 0 and scale[2] < pilot_starts[0]
    assert control[0] > 0 and control[1] > control[0]  # every item has its 'opened' and more
    assert set(outcomes) == {"explained", "resolved on the spot", "help provided", "referred", "taken under control"}
    assert signals[0] > 0 and signals[1] is not None
    assert tallies > 0
    assert summary.receptions == plain_counts["reception"] + 2 * SMALL_MONTH
    assert all(scaled_counts[t] >= plain_counts[t] for t in plain_counts)


def test_scale_default_month_has_at_least_20000_receptions(tmp_path: Path, fast_kdf: None) -> None:
    # The real size (about a second here): benchmarks rely on «--scale N» meaning ≥ 20,000 receptions a month.
    path = tmp_path / "month.db"
    summary = build_demo(path, scale=1, today=TODAY)
    with _sql(path) as conn:
        scale_receptions = _one(conn, "SELECT count(*) FROM reception r JOIN stop s ON s.id = r.stop_id "
                                      "JOIN tour t ON t.id = s.tour_id JOIN campaign c ON c.id = t.campaign_id "
                                      "WHERE c.title_ru = ?", sc.SCALE_TITLE)
        assert _district_figures(conn, ZHAMBYL) == SEED_ZHAMBYL
        iins = conn.execute("SELECT DISTINCT applicant_iin FROM reception").fetchall()
    assert scale_receptions >= 20_000
    assert summary.receptions == scale_receptions + _seed_receptions()
    assert all(is_valid_iin(i[0]) for i in iins)


def _seed_receptions() -> int:
    return sum(s.mix.total for stops in sc.ZHAMBYL_STOPS.values() for s in stops) + sum(
        s.mix.total for stops in sc.PILOT_OTHER_STOPS.values() for s in stops) + sum(
        s.mix.total for s in (*sc.CARAVAN_TOUR.stops, *sc.ANTIDRUG_KRG_TOUR.stops, *sc.AZBUKA_TOUR.stops))


def test_bulk_writer_rolls_back_everything_on_error(tmp_path: Path) -> None:
    with open_database(tmp_path / "b.db", create=True) as db:
        rows = bulk.Rows("direction")
        now = datetime(2026, 3, 2, 10, 0)
        rows.add(id="d1", created_at=now, updated_at=now, code="x", name_ru="x")
        with pytest.raises(Exception, match="UNIQUE"), bulk.bulk_transaction(db.engine) as writer:
            writer.insert_rows(rows)
            writer.insert_rows(rows)  # the same primary key again
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM direction").scalar() == 0
    with pytest.raises(KeyError):
        bulk.insert_sql("direction", ("code", "no_such_column"))


def test_the_pilot_is_planned_by_the_generator_and_shows_its_real_coverage(demo: tuple[Path, DemoSummary]) -> None:
    """Seed 003's rotation comes from services/planning.rotate (the demo calls it), so `fieldapp plan` of the demo
    shows the pilot as the page would plan it: 25 slots, every district met by every direction."""
    from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER
    from fieldapp.services.planning import find_campaign, plan_summary, rotate
    from fieldapp.services.workspace import open_workspace

    ctx = open_workspace(demo[0], user=DEMO_USER, password=DEMO_PASSWORD)
    try:
        pilot = find_campaign(ctx, "Мир и согласие")
        summary = plan_summary(ctx, pilot.id)
        slots = sorted((s.starts_on, s.ends_on, s.group_id, s.district.id) for s in summary.slots)
        assert len(slots) == 25
        # The generator's cyclic order read back: the districts one group visits round by round, and the groups by
        # the district they start in; planned again over the same period, the same 25 slots come out.
        first_group = slots[0][2]
        districts = [did for _, _, gid, did in slots if gid == first_group]
        starts = {gid: did for start, _, gid, did in slots if start == slots[0][0]}
        groups = sorted(starts, key=lambda gid: districts.index(starts[gid]))
        again = rotate(groups, districts, slots[0][0], max(s[1] for s in slots), ctx.calendar)
        assert sorted((a, b, g, d) for g, d, a, b in again) == slots
        cells = summary.coverage.cells
        assert len(cells) == 25 and all(c.planned == 1 and c.held >= 1 for c in cells)
    finally:
        ctx.db.close()
