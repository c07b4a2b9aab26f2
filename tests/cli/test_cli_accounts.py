"""`init`, `account add|list|passwd|disable` and `protect` on the command line (CONTRACT.md, "Commands of wave 2"):
real files, the signed-in account's role deciding, refusals leaving the database and its key file as they were."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
from cli_helpers import Run
from process_helpers import fieldapp_env, kill_when, run, start
from sqlalchemy import func, select, text

from fieldapp.services.workspace import open_workspace
from fieldapp.storage.engine import is_plain_sqlite, keyring_path
from fieldapp.storage.protection import slot_usernames
from fieldapp.storage.tables import Direction, Member
from fieldapp.sync.fields import tables

BOSS, BOSS_PW = "Айгерим Координаторова", "пароль-координатора"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "-"


def _as(monkeypatch: pytest.MonkeyPatch, user: str | None, password: str | None,
        new_password: str | None = None) -> None:
    for var, value in (("FIELDAPP_USER", user), ("FIELDAPP_PASSWORD", password),
                       ("FIELDAPP_NEW_PASSWORD", new_password)):
        if value is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, value)


@pytest.fixture
def team(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A protected database made by `init`, with a supervisor and a member added by its coordinator."""
    path = tmp_path / "team.db"
    _as(monkeypatch, BOSS, BOSS_PW)
    assert run("init", path).code == 0
    for user, role in (("supervisor1", "supervisor"), ("member1", "member")):
        _as(monkeypatch, BOSS, BOSS_PW, f"{user}-pw")
        result = run("account", "add", path, "--user", user, "--role", role)
        assert result.code == 0, result.err
    _as(monkeypatch, None, None)
    return path


def _digest(run: Run, path: Path, monkeypatch: pytest.MonkeyPatch, user: str = BOSS, password: str = BOSS_PW) -> str:
    _as(monkeypatch, user, password)
    result = run("sync", "digest", path)
    assert result.code == 0, result.err
    return result.out.strip()


# -- init ----------------------------------------------------------------------------------------------------------


def test_init_makes_a_protected_database_with_only_the_directions(run: Run, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.db"
    _as(monkeypatch, BOSS, BOSS_PW)
    result = run("init", path, "--lang", "en")
    assert result.code == 0, result.err
    assert str(path) in result.out and "protected" in result.out and BOSS in result.out
    assert keyring_path(path).is_file() and slot_usernames(path) == [BOSS]
    assert not is_plain_sqlite(path)
    raw = path.read_bytes()
    for secret in (BOSS, BOSS.split()[0], "Координатор", "directions"):
        assert secret.encode() not in raw and secret.encode("utf-16-le") not in raw
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]

    ctx = open_workspace(path, user=BOSS, password=BOSS_PW)
    try:
        assert ctx.role == "coordinator" and ctx.account == BOSS
        with ctx.db.session() as s:
            counts = {t: s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables()}
            assert s.execute(select(func.count()).select_from(Direction)).scalar() == 8
    finally:
        ctx.db.close()
    # The directions, and the member the coordinator's account acts as (authorship of every change they make).
    assert {t: n for t, n in counts.items() if n} == {"direction": 8, "member": 1}
    assert run("list", "campaigns", path).out == ""


def test_init_unprotected_still_has_its_coordinator(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.db"
    _as(monkeypatch, "boss", "pw")
    result = run("init", path, "--unprotected")
    assert result.code == 0, result.err
    assert is_plain_sqlite(path) and not keyring_path(path).exists()
    listed = run("account", "list", path, "--json")
    assert json.loads(listed.out) == [{"user": "boss", "role": "coordinator", "member": "boss", "disabled": False,
                                       "key_slot": None}]
    _as(monkeypatch, "boss", "wrong")
    assert run("account", "list", path).code == 1


def test_init_refuses_an_existing_file_and_missing_credentials(run: Run, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.db"
    _as(monkeypatch, BOSS, BOSS_PW)
    assert run("init", path).code == 0
    before = (_sha(path), _sha(keyring_path(path)))
    for args in (("init", path), ("init", path, "--unprotected")):
        result = run(*args)
        assert result.code == 1 and result.err.startswith("error: ") and str(path) in result.err
        assert (_sha(path), _sha(keyring_path(path))) == before

    _as(monkeypatch, None, None)
    fresh = tmp_path / "fresh.db"
    result = run("init", fresh, "--lang", "en")
    assert result.code == 1 and result.err.count("\n") == 1
    assert "FIELDAPP_USER" in result.err and "FIELDAPP_PASSWORD" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db", "office.db.keys"]


# -- accounts ------------------------------------------------------------------------------------------------------


def test_coordinator_manages_accounts(run: Run, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, BOSS, BOSS_PW)
    listed = json.loads(run("account", "list", team, "--json").out)
    assert [(a["user"], a["role"], a["disabled"], a["key_slot"]) for a in listed] == [
        ("member1", "member", False, True), ("supervisor1", "supervisor", False, True),
        (BOSS, "coordinator", False, True)]
    assert sorted(slot_usernames(team)) == sorted(["member1", "supervisor1", BOSS])
    # Everyone signs in with their own password.
    for user in ("member1", "supervisor1"):
        _as(monkeypatch, user, f"{user}-pw")
        assert run("account", "list", team).code == 0

    _as(monkeypatch, BOSS, BOSS_PW)
    result = run("account", "disable", team, "--user", "member1", "--lang", "en")
    assert result.code == 0 and "member1" in result.out
    assert "member1" not in slot_usernames(team)
    # An account added without --member acts as a member record of its own name (history names who acted).
    assert "member1\tmember\tmember1\tdisabled" in run("account", "list", team).out
    _as(monkeypatch, "member1", "member1-pw")
    assert run("account", "list", team).code == 1

    _as(monkeypatch, BOSS, BOSS_PW)
    result = run("account", "disable", team, "--user", BOSS, "--lang", "en")
    assert result.code == 1 and "last enabled coordinator" in result.err


@pytest.mark.parametrize("role", ["member", "supervisor"])
@pytest.mark.parametrize("act", [
    ("account", "add", "--user", "new", "--role", "member"),
    ("account", "disable", "--user", "member1"),
    ("account", "passwd", "--user", BOSS),
])
def test_other_roles_are_refused(run: Run, team: Path, monkeypatch: pytest.MonkeyPatch, role: str,
                                 act: tuple[str, ...]) -> None:
    user = f"{role}1"
    digest = _digest(run, team, monkeypatch)
    before = (_sha(team), _sha(keyring_path(team)))
    _as(monkeypatch, user, f"{user}-pw", "new-pw")
    result = run(*act[:2], team, *act[2:], "--lang", "en")
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1 and "coordinator" in result.err
    assert (_sha(team), _sha(keyring_path(team))) == before
    assert _digest(run, team, monkeypatch) == digest


def test_passwd_rewrites_one_slot(run: Run, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slots() -> dict[str, dict[str, object]]:
        return {s["username"]: s for s in json.loads(keyring_path(team).read_text())["slots"]}

    before = slots()
    _as(monkeypatch, "member1", "member1-pw", "own-new-pw")
    result = run("account", "passwd", team)
    assert result.code == 0, result.err
    after = slots()
    assert after["member1"] != before["member1"]
    assert {k: v for k, v in after.items() if k != "member1"} == {k: v for k, v in before.items() if k != "member1"}
    _as(monkeypatch, "member1", "member1-pw")
    assert run("account", "list", team).code == 1
    for user, password in (("member1", "own-new-pw"), ("supervisor1", "supervisor1-pw"), (BOSS, BOSS_PW)):
        _as(monkeypatch, user, password)
        assert run("account", "list", team).code == 0, user

    # A coordinator resets another's password: that slot only.
    before = slots()
    _as(monkeypatch, BOSS, BOSS_PW, "reset-pw")
    assert run("account", "passwd", team, "--user", "supervisor1").code == 0
    after = slots()
    assert after["supervisor1"] != before["supervisor1"]
    assert after["member1"] == before["member1"] and after[BOSS] == before[BOSS]
    _as(monkeypatch, "supervisor1", "reset-pw")
    assert run("account", "list", team).code == 0


def test_new_password_is_never_waited_for(run: Run, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (_sha(team), _sha(keyring_path(team)))
    _as(monkeypatch, BOSS, BOSS_PW)
    result = run("account", "add", team, "--user", "x", "--role", "member", "--lang", "en")
    assert result.code == 1 and "FIELDAPP_NEW_PASSWORD" in result.err
    assert (_sha(team), _sha(keyring_path(team))) == before


def test_member_link(run: Run, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = open_workspace(team, user=BOSS, password=BOSS_PW)
    try:
        with ctx.db.session() as s:
            s.add_all([Member(full_name="Синтетикова Айгерим"), Member(full_name="Синтетиков Ерлан"),
                       Member(full_name="Образцов Марат")])
    finally:
        ctx.db.close()
    _as(monkeypatch, BOSS, BOSS_PW, "pw")
    result = run("account", "add", team, "--user", "m2", "--role", "member", "--member", "образцов")
    assert result.code == 0, result.err
    for text_, code in (("Синтетиков", 1), ("Никого", 1)):
        before = _sha(keyring_path(team))
        assert run("account", "add", team, "--user", "m3", "--role", "member", "--member", text_).code == code
        assert _sha(keyring_path(team)) == before
    listed = {a["user"]: a["member"] for a in json.loads(run("account", "list", team, "--json").out)}
    assert listed["m2"] == "Образцов Марат" and "m3" not in listed


def test_plain_database_account_rules(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.db"
    _as(monkeypatch, "boss", "pw")
    assert run("init", path, "--unprotected").code == 0
    _as(monkeypatch, None, None, "pw2")
    before = _sha(path)
    result = run("account", "add", path, "--user", "x", "--role", "member", "--lang", "en")
    # Nobody signed in to a plain file with accounts: read-only, and said so.
    assert result.code == 1 and "without signing in" in result.err and _sha(path) == before
    _as(monkeypatch, "boss", "pw", "pw2")
    assert run("account", "add", path, "--user", "x", "--role", "member").code == 0
    assert run("account", "disable", path, "--user", "x").code == 0
    _as(monkeypatch, "x", "pw2")
    result = run("list", "campaigns", path, "--lang", "en")
    assert result.code == 1 and "disabled" in result.err


# -- protect -------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fieldapp.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, receptions_per_month=20)
    return path


def _copy(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    return dst


def test_protect_keeps_every_row(run: Run, tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(demo_file, tmp_path / "field.db")
    _as(monkeypatch, None, None)
    before = run("sync", "digest", path).out.strip()
    with pytest.MonkeyPatch.context() as m:
        _as(m, "coordinator", "wrong")
        assert run("protect", path).code == 1 and is_plain_sqlite(path)
    _as(monkeypatch, "coordinator", "demo")
    result = run("protect", path)
    assert result.code == 0, result.err
    assert before in result.out
    assert not is_plain_sqlite(path) and keyring_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["field.db", "field.db.keys"]
    assert _digest(run, path, monkeypatch, "coordinator", "demo") == before
    assert b"Karaganda" not in path.read_bytes() and "Караганд".encode() not in path.read_bytes()
    # The FTS index of residents came along.
    ctx = open_workspace(path, user="coordinator", password="demo")
    try:
        with ctx.db.session() as s:
            assert s.execute(text("SELECT count(*) FROM reception_fts WHERE reception_fts MATCH 'Демо'")).scalar()
    finally:
        ctx.db.close()
    assert run("protect", path).code == 1


def test_protect_refused_for_other_roles(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.db"
    _as(monkeypatch, "boss", "pw")
    assert run("init", path, "--unprotected").code == 0
    _as(monkeypatch, "boss", "pw", "m-pw")
    assert run("account", "add", path, "--user", "m", "--role", "member").code == 0
    before = _sha(path)
    for user, password in (("m", "m-pw"), (None, None)):
        _as(monkeypatch, user, password)
        result = run("protect", path, "--lang", "en")
        assert result.code == 1 and "coordinator" in result.err
        assert _sha(path) == before and not keyring_path(path).exists()
    _as(monkeypatch, "boss", "pw")
    result = run("protect", path, "--lang", "en")
    assert result.code == 0 and "account passwd --user m" in result.out


def test_protect_survives_a_kill_at_any_moment(tmp_path: Path, demo_file: Path) -> None:
    home, tmpdir = tmp_path / "home", tmp_path / "tmp"
    tmpdir.mkdir()
    env = fieldapp_env(home, tmpdir, FIELDAPP_USER="coordinator", FIELDAPP_PASSWORD="demo")
    plain_env = fieldapp_env(home, tmpdir)
    first = run(plain_env, "sync", "digest", demo_file)
    assert first.returncode == 0, first.stderr
    expected = first.stdout.strip()
    rng = random.Random(13)
    outcomes = []
    for trial in range(20):  # the 20 random kills issue 13 asks for
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        path = _copy(demo_file, folder / "field.db")
        # From the start of the process to past its end: the kill lands in the imports, the check, the export,
        # the verification or the renames.
        killed = kill_when(start(env, "protect", path), lambda: True, rng.uniform(0.2, 2.0))
        protected = not is_plain_sqlite(path)
        outcomes.append((killed, protected))
        check = run(env if protected else plain_env, "sync", "digest", path)
        assert check.returncode == 0, (trial, check.stderr)
        assert check.stdout.strip() == expected, trial
        # Whatever the kill left, the next protect finishes the work (or finds it done).
        again = run(env, "protect", path, "--lang", "en")
        assert again.returncode == 0 or (protected and "already protected" in again.stderr), again.stderr
        assert not is_plain_sqlite(path)
        final = run(env, "sync", "digest", path)
        assert final.stdout.strip() == expected, (trial, final.stderr)
    assert any(killed for killed, _ in outcomes)
