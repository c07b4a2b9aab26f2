"""Two writers on one file: the window's save on the GUI thread and a job on a worker, or another program.

A save read first and wrote later: when another connection held the write lock at that moment, SQLite refused the
write at once («database is locked») instead of waiting, and the status bar's conflict count took the write lock
for a read — so a save right after another one failed now and then. Saves now take the lock at their start and
wait; reads never take it.
"""

from __future__ import annotations

import threading
import time

import sqlcipher3.dbapi2 as sqlcipher
from lock_helpers import write_lock

from fieldapp.services import campaigns, places
from fieldapp.services.context import Context
from fieldapp.services.sync_overview import open_conflicts, pending_changes


def test_a_save_while_another_connection_writes_waits_and_is_kept(boss: Context) -> None:
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    with write_lock(boss.db.path, release_after=0.4, commit=True):
        started = time.monotonic()
        district = places.create_district(boss, region, "Байзакский район", "Бәйзақ ауданы")  # reads, then writes
        waited = time.monotonic() - started
        campaign = campaigns.create_campaign(boss, "Мир и согласие")
    assert waited >= 0.3  # it waited for the other writer instead of failing
    assert [d.id for d in places.list_districts(boss, region)] == [district]
    assert [c.id for c in campaigns.list_campaigns(boss)] == [campaign]
    conn = sqlcipher.connect(str(boss.db.path))
    try:  # the other writer's row is there too
        assert conn.execute("SELECT value FROM local_meta WHERE key = 'another program'").fetchone() == ("was here",)
    finally:
        conn.close()


def test_reads_and_the_status_bar_figures_do_not_wait_for_a_writer(boss: Context) -> None:
    campaigns.create_campaign(boss, "Мир и согласие")
    pending = pending_changes(boss)
    with write_lock(boss.db.path, release_after=1.5):
        started = time.monotonic()
        assert pending_changes(boss) == pending and open_conflicts(boss) == 0
        assert [c.title_ru for c in campaigns.list_campaigns(boss)] == ["Мир и согласие"]
        answered = time.monotonic() - started
    assert answered < 1.0  # the other writer held the file for 1.5 s: the reads did not wait for it


def test_a_page_told_of_a_save_reads_what_was_saved(boss: Context) -> None:
    # The window reloads a page on a worker when it hears of a commit. Told before SQLite's COMMIT had returned, the
    # reload could read the state before the save (a dashboard that missed an import's receptions now and then).
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    seen: list[list[str]] = []

    def reload(tables: frozenset[str]) -> None:  # as a page's reload does: another connection, another thread
        worker = threading.Thread(target=lambda: seen.append([d.name_ru for d in places.list_districts(boss, region)]))
        worker.start()
        worker.join()

    unsubscribe = boss.db.changes.subscribe(reload)
    try:
        places.create_district(boss, region, "Байзакский район", "Бәйзақ ауданы")
    finally:
        unsubscribe()
    assert seen == [["Байзакский район"]]
