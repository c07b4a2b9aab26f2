"""Files that are not (or no longer) a fieldapp database are refused with a clear code and left byte for byte."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from storage_helpers import seed, sha256

from fieldapp.domain.errors import StorageError
from fieldapp.storage.database import open_database


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    source = path.with_name("source.db")
    with open_database(source, create=True) as db:
        seed(db)
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(10_000))


def _random_pages(path: Path) -> None:
    # Whole 4 KiB pages of noise: as far as the bytes go, an encrypted database whose key file is gone.
    path.write_bytes(random.Random(8).randbytes(8192))


def _text_file(path: Path) -> None:
    path.write_text("ФИО;ИИН;Телефон\nӘлібеков Нұрлан;850312300123;+7 701 000 00 00\n", encoding="utf-8")


def _other_app(path: Path) -> None:
    conn = sqlite3.connect(path)  # rollback journal: opening it in WAL mode would rewrite its header
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    conn.commit()
    conn.close()


def _damaged_header(path: Path) -> None:
    source = path.with_name("source.db")
    open_database(source, create=True).close()
    data = bytearray(source.read_bytes())
    data[16:24] = b"\xff" * 8  # page size and format bytes
    path.write_bytes(bytes(data))


BAD_FILES: dict[str, Callable[[Path], None]] = {
    "empty": _empty,
    "truncated": _truncated,
    "random bytes": _random_bytes,
    "random pages": _random_pages,
    "text": _text_file,
    "another program's SQLite": _other_app,
    "damaged header": _damaged_header,
}


@pytest.mark.parametrize("create", [False, True], ids=["open", "open-or-create"])
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_file_is_refused_and_left_as_it_was(tmp_path: Path, kind: str, create: bool) -> None:
    path = tmp_path / "input.db"
    BAD_FILES[kind](path)
    before = sha256(path)
    if kind == "empty" and create:
        # An empty file holds nothing to lose: creating the database in it is what the user asked for.
        open_database(path, create=True).close()
        return
    with pytest.raises(StorageError) as err:
        open_database(path, create=create)
    assert err.value.code == "db.not_database"
    assert str(path) in err.value.message("ru")
    assert sha256(path) == before
    assert not path.with_name("input.db-wal").exists()
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []


def test_an_empty_sqlite_file_may_become_a_database(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")  # writes the header: a valid SQLite file without a single table
    conn.close()
    assert path.stat().st_size > 0
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert err.value.code == "db.not_database"
    with open_database(path, create=True) as db:
        seed(db)
