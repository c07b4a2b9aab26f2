"""Accounts: argon2id hashes, one answer for every failed sign-in, passwords that can change."""

from __future__ import annotations

import pytest

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError, NotFoundError, ValidationError
from fieldapp.storage.accounts import add_account, list_accounts, set_password, verify
from fieldapp.storage.database import Database
from fieldapp.storage.tables import Account, Member


def test_an_account_signs_in_with_its_password_only(db: Database) -> None:
    with db.session() as s:
        member = Member(full_name="Сейткали Айгерим")
        s.add(member)
        s.flush()
        add_account(s, "aigerim", "Жаңа-құпия 2026", Role.SUPERVISOR, member_id=member.id)
    with db.session() as s:
        account = verify(s, "aigerim", "Жаңа-құпия 2026")
        assert (account.username, account.role, account.member_id) == ("aigerim", "supervisor", member.id)
        assert account.password_hash.startswith("$argon2id$")
        assert "Жаңа" not in account.password_hash


def test_wrong_password_and_unknown_user_get_the_same_answer(db: Database) -> None:
    with db.session() as s:
        add_account(s, "coordinator", "demo", "coordinator")
    with db.session() as s:
        with pytest.raises(AccessError) as wrong:
            verify(s, "coordinator", "Demo")
        with pytest.raises(AccessError) as unknown:
            verify(s, "nobody", "demo")
        with pytest.raises(AccessError):
            verify(s, "coordinator", "")
    assert wrong.value.code == unknown.value.code == "auth.failed"
    for lang in ("ru", "kk", "en"):
        assert wrong.value.message(lang) == unknown.value.message(lang)


def test_a_user_name_is_taken_once(db: Database) -> None:
    with db.session() as s:
        add_account(s, "coordinator", "demo", "coordinator")
    with pytest.raises(ValidationError) as err, db.session() as s:
        add_account(s, "coordinator", "other", "member")
    assert err.value.code == "account.exists"
    assert "coordinator" in err.value.message("ru")


@pytest.mark.parametrize(
    ("username", "password", "role", "code", "field"),
    [
        ("", "demo", "member", "required", "username"),
        ("  ", "demo", "member", "required", "username"),
        ("alia", "", "member", "required", "password"),
        ("alia", "demo", "boss", "enum.unknown", "role"),
    ],
)
def test_bad_account_data_is_refused(
    db: Database, username: str, password: str, role: str, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as err, db.session() as s:
        add_account(s, username, password, role)
    assert (err.value.code, err.value.field) == (code, field)
    with db.session() as s:
        assert list_accounts(s) == []


def test_a_password_change_takes_effect(db: Database) -> None:
    with db.session() as s:
        add_account(s, "aidos", "old password", "member")
    with db.session() as s:
        set_password(s, "aidos", "new password")
    with db.session() as s:
        verify(s, "aidos", "new password")
        with pytest.raises(AccessError):
            verify(s, "aidos", "old password")
        with pytest.raises(NotFoundError) as err:
            set_password(s, "nobody", "x")
        assert err.value.code == "account.unknown"
        with pytest.raises(ValidationError):
            set_password(s, "aidos", "")


def test_accounts_are_listed_by_name(db: Database) -> None:
    with db.session() as s:
        for name in ("zhanna", "arman", "bolat"):
            add_account(s, name, "pw", "member")
    with db.session() as s:
        assert [a.username for a in list_accounts(s)] == ["arman", "bolat", "zhanna"]


def test_a_cheap_test_hash_is_upgraded_to_secure_parameters_on_sign_in(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:
        add_account(s, "aidos", "pw", "member")
        assert "m=8," in s.get_one(Account, "aidos").password_hash
    monkeypatch.delenv("FIELDAPP_FAST_KDF")
    with db.session() as s:
        verify(s, "aidos", "pw")
    with db.session() as s:
        upgraded = s.get_one(Account, "aidos").password_hash
        assert upgraded.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        verify(s, "aidos", "pw")


def test_sign_in_works_on_a_database_opened_read_only(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldapp.storage.database import open_database

    with db.session() as s:
        add_account(s, "aidos", "pw", "member")
    db.close()
    monkeypatch.delenv("FIELDAPP_FAST_KDF")  # the stored hash now "needs" a rehash that cannot be written
    with open_database(db.path, readonly=True) as ro, ro.session() as s:
        assert verify(s, "aidos", "pw").username == "aidos"
        assert "m=8," in s.get_one(Account, "aidos").password_hash
