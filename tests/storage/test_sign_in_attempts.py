"""Wrong passwords remembered beside the database (issue 11, item 10): the delay they earn, a new process that does
not reset it, a right password that forgets them, and the places the record may and may not be kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldapp.domain.errors import AccessError
from fieldapp.services.workspace import open_workspace, sign_in_failures, sign_in_wait
from fieldapp.storage import sign_in_attempts as attempts
from fieldapp.storage.accounts import add_account
from fieldapp.storage.database import open_database
from fieldapp.storage.protection import create_protected

USER, PASSWORD = "coordinator", "correct horse"
T0 = 1_770_000_000.0


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    key = create_protected(path, USER, PASSWORD)
    db = open_database(path, key, create=True)
    try:
        with db.session() as session:
            add_account(session, USER, PASSWORD, "coordinator")
    finally:
        db.close()
    return path


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The clock of the record, moved by hand: clock[0] is now."""
    clock = [T0]
    monkeypatch.setattr(attempts, "_now", lambda: clock[0])
    return clock


def test_the_delay_grows_and_is_capped() -> None:
    assert [attempts.retry_delay(n) for n in range(0, 10)] == [0, 0, 0, 2, 4, 8, 16, 32, 60, 60]
    assert attempts.retry_delay(10**9) == 60  # no overflow from an edited record


def test_the_wait_is_counted_from_the_last_wrong_password(tmp_path: Path, frozen: list[float]) -> None:
    db = tmp_path / "a.db"
    assert attempts.wait_left(db) == 0 and attempts.load(db).count == 0
    for _ in range(3):
        attempts.record_failure(db)
    assert attempts.load(db) == attempts.Failures(3, T0)
    assert attempts.wait_left(db) == 2.0
    frozen[0] = T0 + 1.5
    assert attempts.wait_left(db) == 0.5
    frozen[0] = T0 + 2
    assert attempts.wait_left(db) == 0.0
    attempts.record_failure(db)
    assert attempts.wait_left(db) == 4.0
    # A wall clock set back a day does not stretch the wait beyond one delay.
    frozen[0] = T0 - 86_400
    assert attempts.wait_left(db) == 4.0
    # A quiet day forgives them.
    frozen[0] = T0 + 2 + attempts.FORGET_AFTER_S + 1
    assert attempts.load(db).count == 0 and attempts.wait_left(db) == 0
    attempts.clear(db)
    assert not attempts.record_file(db).exists()


@pytest.mark.parametrize("content", [b"", b"not json", b"[]", b'{"failures": "3", "last": 1}',
                                     b'{"failures": -1, "last": 1}', b'{"failures": 3, "last": NaN}',
                                     b'{"failures": 3, "last": true}'])
def test_a_damaged_record_counts_as_none(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "a.db"
    attempts.record_file(db).write_bytes(content)
    assert attempts.load(db).count == 0
    assert attempts.record_failure(db).count == 1
    assert json.loads(attempts.record_file(db).read_bytes())["failures"] == 1


def test_a_read_only_folder_keeps_the_record_in_the_user_data_folder(
    tmp_path: Path, frozen: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    db = folder / "a.db"
    write = attempts._write

    def read_only_stick(file: Path, data: bytes) -> None:
        if file.parent == folder:
            raise PermissionError(13, "Read-only file system")
        write(file, data)

    monkeypatch.setattr(attempts, "_write", read_only_stick)
    for _ in range(3):
        attempts.record_failure(db)
    assert not attempts.record_file(db).exists()
    assert attempts.load(db).count == 3 and attempts.wait_left(db) == 2.0
    attempts.clear(db)
    assert attempts.load(db).count == 0


def test_a_new_process_does_not_reset_the_wait(protected: Path, frozen: list[float]) -> None:
    """What one open_workspace counts, the next one (another start, another process) finds beside the file."""
    for n in (1, 2, 3):
        with pytest.raises(AccessError) as refused:
            open_workspace(protected, user=USER, password="wrong", wait=lambda s: pytest.fail("no wait yet"))
        assert refused.value.code == "auth.failed"
        assert sign_in_failures(protected) == n
    record = json.loads(attempts.record_file(protected).read_bytes())
    assert record == {"failures": 3, "last": T0}  # no name, no password: a count and a time
    assert sign_in_wait(protected) == 2.0

    # The window does not sit in a sleep: it is told how long is left, and nothing is counted.
    with pytest.raises(AccessError) as early:
        open_workspace(protected, user=USER, password=PASSWORD)
    assert early.value.code == "auth.wait" and early.value.params["seconds"] == 2
    assert early.value.message("en") == f"{protected}: too many wrong passwords: the next sign-in attempt in 2 s"
    assert sign_in_failures(protected) == 3

    # The command line waits it out, then tries.
    waited: list[float] = []
    with pytest.raises(AccessError):
        open_workspace(protected, user="nobody", password=PASSWORD, wait=waited.append)
    assert waited == [2.0] and sign_in_failures(protected) == 4
    ctx = open_workspace(protected, user=USER, password=PASSWORD, wait=waited.append)
    ctx.db.close()
    assert waited == [2.0, 4.0]
    assert sign_in_failures(protected) == 0 and not attempts.record_file(protected).exists()


def test_a_plain_file_with_accounts_follows_the_same_rule(tmp_path: Path, frozen: list[float]) -> None:
    path = tmp_path / "plain.db"
    db = open_database(path, create=True)
    try:
        with db.session() as session:
            add_account(session, USER, PASSWORD, "coordinator")
    finally:
        db.close()
    for _ in range(3):
        with pytest.raises(AccessError):
            open_workspace(path, user=USER, password="wrong")
    assert sign_in_failures(path) == 3
    waited: list[float] = []
    ctx = open_workspace(path, user=USER, password=PASSWORD, wait=waited.append)
    ctx.db.close()
    assert waited == [2.0] and sign_in_failures(path) == 0
