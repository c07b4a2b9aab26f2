"""The head revision known without Alembic: the same as Alembic's, and a database at head opens without importing it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from fieldapp.storage.database import MIGRATIONS_DIR, head_from_files, head_revision, open_database


def test_the_head_read_from_the_file_names_is_alembics() -> None:
    assert head_from_files() == head_revision()


def test_a_merge_or_an_unusual_file_leaves_the_answer_to_alembic(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    for file in (MIGRATIONS_DIR / "versions").glob("0*.py"):
        (versions / file.name).write_text(file.read_text(encoding="utf-8"), encoding="utf-8")
    assert head_from_files(tmp_path) == head_revision()
    (versions / "0999_merge.py").write_text('revision = "0999"\ndown_revision = ("0001", "0002")\n', encoding="utf-8")
    assert head_from_files(tmp_path) is None


def test_a_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "at-head.db"
    open_database(path, create=True).close()
    script = textwrap.dedent(
        """
        import sys
        from fieldapp.storage.database import open_database
        db = open_database(sys.argv[1])
        db.close()
        print(sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
        """
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    # An older file still goes through Alembic (tests/storage/test_migrations.py upgrades one).
