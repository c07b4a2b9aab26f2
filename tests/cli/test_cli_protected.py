"""Protected databases and accounts on the command line: FIELDAPP_USER / FIELDAPP_PASSWORD, or a terminal prompt."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_helpers import Run, sample_rows
from sqlmodel import SQLModel

from fieldapp.domain.errors import AccessError
from fieldapp.services.workspace import needs_credentials, open_workspace
from fieldapp.storage.accounts import add_account
from fieldapp.storage.database import open_database
from fieldapp.storage.protection import create_protected
from fieldapp.storage.tables import Member

USER, PASSWORD = "coordinator", "demo"


def _fill(path: Path, key: bytes | None) -> str:
    """The sample records plus a member with an account; returns the member's id."""
    rows, _ = sample_rows()
    order = {t.name: n for n, t in enumerate(SQLModel.metadata.sorted_tables)}
    member = Member(full_name="Координатор Демо")
    db = open_database(path, key, create=True)
    try:
        with db.session() as session:
            for row in sorted([member, *rows], key=lambda r: order[r.__tablename__]):
                session.add(row)
                session.flush()
            add_account(session, USER, PASSWORD, "coordinator", member.id)
    finally:
        db.close()
    return member.id


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    key = create_protected(path, USER, PASSWORD)
    _fill(path, key)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_credentials_and_no_terminal_it_is_refused(run: Run, protected: Path) -> None:
    before = _digest(protected)
    result = run("stats", protected, "--json")
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1
    assert "FIELDAPP_USER" in result.err and str(protected) in result.err
    assert _digest(protected) == before


def test_credentials_from_the_environment(run: Run, protected: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_USER", USER)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    result = run("stats", protected, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["receptions"] == 4
    assert run("list", "campaigns", protected).code == 0


@pytest.mark.parametrize(("user", "password"), [(USER, "wrong"), ("nobody", PASSWORD)])
def test_wrong_credentials(run: Run, protected: Path, monkeypatch: pytest.MonkeyPatch, user: str,
                           password: str) -> None:
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", password)
    before = _digest(protected)
    result = run("stats", protected, "--lang", "en")
    assert result.code == 1
    assert result.err == "error: wrong user name or password\n"
    assert _digest(protected) == before


def test_asked_on_a_terminal(run: Run, protected: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr("fieldapp.cli._interactive", lambda: True)
    monkeypatch.setattr("getpass.getpass", fake_getpass)
    result = run("stats", protected, "--json", "--lang", "kk", stdin=USER + "\n")
    assert result.code == 0, result.err
    assert prompts == ["құпиясөз: "]
    assert "пайдаланушы аты: " in result.err
    # only the password is asked when the user name is in the environment
    monkeypatch.setenv("FIELDAPP_USER", USER)
    assert run("stats", protected).code == 0
    assert len(prompts) == 2


def test_a_plain_database_with_accounts_checks_a_given_password(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plain.db"
    member_id = _fill(path, None)
    assert not needs_credentials(path)
    assert run("stats", path).code == 0  # no user given: nothing to check
    monkeypatch.setenv("FIELDAPP_USER", USER)
    monkeypatch.setenv("FIELDAPP_PASSWORD", "wrong")
    assert run("stats", path).code == 1
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    assert run("stats", path).code == 0
    ctx = open_workspace(path, user=USER, password=PASSWORD, lang="kk")
    try:
        assert (ctx.member_id, ctx.lang) == (member_id, "kk")
    finally:
        ctx.db.close()


def test_open_workspace_on_a_protected_file(protected: Path) -> None:
    assert needs_credentials(protected)
    with pytest.raises(AccessError) as err:
        open_workspace(protected)
    assert err.value.code == "db.encrypted"
    ctx = open_workspace(protected, user=USER, password=PASSWORD)
    try:
        assert ctx.member_id is not None
        assert ctx.db.key is not None
    finally:
        ctx.db.close()
