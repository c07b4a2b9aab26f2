"""A database written by this version opens after a migration is added; a newer one is refused untouched."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from sqlalchemy import text
from storage_helpers import APPLICANTS, search, seed, sha256

from fieldapp.domain.errors import StorageError
from fieldapp.storage.database import MIGRATIONS_DIR, head_revision, open_database
from fieldapp.storage.schema_extras import FTS_TABLE
from fieldapp.storage.tables import Reception

NEW_REVISION = "0002_test_followup"


def migrations_with_a_new_revision(tmp_path: Path, recreate: str) -> Path:
    """A copy of the app's migrations plus one more revision, as the next release would ship it."""
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    revision = textwrap.dedent(
        f'''
        """Test: a follow-up note on receptions."""
        import sqlalchemy as sa
        from alembic import op

        revision = "{NEW_REVISION}"
        down_revision = "{head_revision()}"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            with op.batch_alter_table("reception", recreate="{recreate}") as batch_op:
                batch_op.add_column(sa.Column("followup_note", sa.String(), nullable=True))
                batch_op.create_index("ix_reception_followup_note", ["followup_note"], unique=False)


        def downgrade() -> None:
            with op.batch_alter_table("reception") as batch_op:
                batch_op.drop_index("ix_reception_followup_note")
                batch_op.drop_column("followup_note")
        '''
    )
    (target / "versions" / f"{NEW_REVISION}.py").write_text(revision, encoding="utf-8")
    return target


# "always" rebuilds the table by copy-and-drop, as any change SQLite's ALTER TABLE cannot do will: the triggers of
# the FTS index go with the dropped table, rowids are renumbered and the control links point at a dropped parent.
@pytest.mark.parametrize("recreate", ["auto", "always"])
def test_a_database_of_this_version_opens_after_a_migration_is_added(tmp_path: Path, recreate: str) -> None:
    path = tmp_path / "field.db"
    with open_database(path, create=True) as db:
        seeded = seed(db)
        # A hard delete leaves a gap in the rowids, which a table rebuild closes up (the app itself never hard-deletes,
        # hence the guard's explicit exception).
        with db.session() as s:
            s.execute(text("DELETE FROM reception WHERE id = :id").execution_options(fieldapp_uncaptured_ok=True),
                      {"id": seeded.reception_ids[1]})
    old_head = head_revision()
    scripts = migrations_with_a_new_revision(tmp_path, recreate)

    with open_database(path, script_location=scripts) as db:
        assert db.backup is not None and db.backup.exists()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == NEW_REVISION
            names = {row[0] for row in conn.exec_driver_sql("SELECT applicant_name FROM reception")}
            assert names == {name for name, _ in APPLICANTS} - {"Иванова Мария Петровна"}
            columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(reception)")}
            assert "followup_note" in columns
            indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(reception)")}
            assert {"ix_reception_followup_note", "ix_reception_reg_no", "ix_reception_indicators"} <= indexes
            links = conn.exec_driver_sql("SELECT reception_id FROM control_reception").scalars().all()
            assert links == [seeded.reception_ids[0]]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            # Old rows are still found, and by their own name, not a neighbour's.
            assert search(conn, "қасым") == {"Қасымова Ғалия Ержанқызы"}
            assert search(conn, "8503") == {"Әлібеков Нұрлан Серікұлы"}
            assert search(conn, "иван") == set()
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        # The index keeps following edits after the upgrade (its triggers survived or were restored).
        with db.session() as s:
            row = s.get(Reception, seeded.reception_ids[2])
            assert row is not None
            row.applicant_name = "Қасымова-Ахметова Ғалия"
        with db.engine.connect() as conn:
            assert search(conn, "ахмет") == {"Қасымова-Ахметова Ғалия"}
            assert search(conn, "ержан") == set()

    # The copy taken before the upgrade is a readable database at the old revision, with the old rows.
    assert db.backup.name.startswith(f"field.db.before-upgrade-{old_head}-")
    copy = sqlite3.connect(db.backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        assert copy.execute("SELECT count(*) FROM reception").fetchone() == (len(APPLICANTS) - 1,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()

    # Opening again is a no-op: no second copy.
    with open_database(path, script_location=scripts) as db:
        assert db.backup is None


def test_a_database_at_head_is_opened_without_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    open_database(path, create=True).close()
    with open_database(path) as db:
        assert db.backup is None
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []


def test_a_database_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    with open_database(path, create=True) as db:
        seed(db)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = sha256(path)
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert err.value.code == "db.newer"
    assert err.value.params["found"] == "9999_from_the_future"
    assert "9999_from_the_future" in err.value.message("ru")
    assert sha256(path) == before
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []


def test_readonly_opening_refuses_a_file_that_needs_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    open_database(path, create=True).close()
    before = sha256(path)
    with pytest.raises(StorageError) as err:
        open_database(path, readonly=True, script_location=migrations_with_a_new_revision(tmp_path, "auto"))
    assert err.value.code == "db.readonly"
    assert sha256(path) == before


def test_an_encrypted_database_is_upgraded_and_its_copy_keeps_the_key_file(tmp_path: Path) -> None:
    from fieldapp.storage.protection import create_protected, unlock

    path = tmp_path / "secret.db"
    key = create_protected(path, "coordinator", "demo")
    with open_database(path, key) as db:
        seed(db)
    with open_database(path, key, script_location=migrations_with_a_new_revision(tmp_path, "always")) as db:
        assert db.backup is not None
        with db.engine.connect() as conn:
            assert search(conn, "әлі") == {"Әлібеков Нұрлан Серікұлы"}
    assert unlock(db.backup, "coordinator", "demo") == key
    raw = sqlcipher.connect(str(db.backup))
    try:
        raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert raw.execute("SELECT count(*) FROM reception").fetchone() == (len(APPLICANTS),)
    finally:
        raw.close()
