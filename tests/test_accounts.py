"""Sign-in accounts (coi.accounts): hashed passwords, roles, who may see whom, idle expiry,
the demo's accounts, and the `coi account` commands."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from click.testing import CliRunner

from coi.accounts import (
    AccountError,
    Accounts,
    Role,
    create_demo_accounts,
    demo_password,
    hash_password,
    session_expired,
    verify_password,
)
from coi.cli import main
from coi.store import Store
from tests.factories import member

PASSWORD = "correct horse battery"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="members.csv",
                         fingerprint="f1", actor="test")
        yield s


def test_a_password_is_stored_only_as_a_salted_scrypt_hash(store, tmp_path):
    Accounts(store).create("ana", Role.MEMBER, PASSWORD, member_id="M01", actor="test")
    stored = sqlite3.connect(tmp_path / "coi.sqlite3").execute("SELECT password_hash FROM accounts").fetchone()[0]
    assert stored.startswith("scrypt$") and PASSWORD not in stored
    assert hash_password(PASSWORD) != hash_password(PASSWORD)  # a new salt each time
    assert verify_password(PASSWORD, stored) and not verify_password(PASSWORD + "x", stored)


def test_verify_refuses_a_damaged_or_foreign_hash():
    assert not verify_password(PASSWORD, "md5$abc")
    assert not verify_password(PASSWORD, "scrypt$16384$8$1$not base64$!!")


def test_sign_in_with_the_right_password_gives_the_account_and_is_audited(store):
    accounts = Accounts(store)
    accounts.create("ana", "member", PASSWORD, member_id="M01", actor="test")
    got = accounts.authenticate("  ANA ", PASSWORD)
    assert got is not None and got.role is Role.MEMBER and got.member_id == "M01"
    assert accounts.authenticate("ana", "wrong password!") is None
    assert accounts.authenticate("nobody", PASSWORD) is None
    actions = [e.action for e in store.audit_log(action=None)]
    assert actions.count("sign-in") == 1 and actions.count("sign-in refused") == 2
    assert not any(PASSWORD in str(e.detail) for e in store.audit_log())


def test_a_disabled_account_cannot_sign_in(store):
    accounts = Accounts(store)
    accounts.create("staffer", Role.STAFF, PASSWORD, actor="test")
    accounts.set_disabled("staffer", True, actor="admin")
    assert accounts.authenticate("staffer", PASSWORD) is None
    accounts.set_disabled("staffer", False, actor="admin")
    assert accounts.authenticate("staffer", PASSWORD) is not None


def test_a_changed_password_replaces_the_old_one(store):
    accounts = Accounts(store)
    accounts.create("staffer", Role.STAFF, PASSWORD, actor="test")
    accounts.set_password("staffer", "another long password", actor="staffer")
    assert accounts.authenticate("staffer", PASSWORD) is None
    assert accounts.authenticate("staffer", "another long password") is not None


@pytest.mark.parametrize("username, role, password, member_id, words", [
    ("ana", "member", PASSWORD, None, "needs --member-id"),
    ("staffer", "staff", PASSWORD, "M01", "take none"),
    ("ana", "member", "short", "M01", "at least"),
    ("Ana Diaz!", "member", PASSWORD, "M01", "not a username"),
    ("ghost", "member", PASSWORD, "M99", "no member 'M99'"),
])
def test_an_account_that_cannot_be_made_says_why(store, username, role, password, member_id, words):
    with pytest.raises(AccountError, match=words):
        Accounts(store).create(username, role, password, member_id=member_id, actor="test")
    assert Accounts(store).all() == []


def test_one_account_per_username_and_per_member(store):
    accounts = Accounts(store)
    accounts.create("ana", "member", PASSWORD, member_id="M01", actor="test")
    with pytest.raises(AccountError, match="taken"):
        accounts.create("ana", "staff", PASSWORD, actor="test")
    with pytest.raises(AccountError, match="already has an account"):
        accounts.create("ana2", "member", PASSWORD, member_id="M01", actor="test")


def test_a_member_sees_only_themself_and_staff_see_everyone(store):
    accounts = Accounts(store)
    ana = accounts.create("ana", "member", PASSWORD, member_id="M01", actor="test")
    staff = accounts.create("staffer", "staff", PASSWORD, actor="test")
    assert ana.may_see_member("M01") and not ana.may_see_member("M02")
    assert staff.may_see_member("M01") and staff.may_see_member("M02")


def test_a_session_expires_after_the_idle_limit():
    t = dt.datetime(2026, 11, 23, 9, 0)
    assert not session_expired(t, t + dt.timedelta(minutes=29))
    assert session_expired(t, t + dt.timedelta(minutes=31))


def test_demo_accounts_are_made_once_for_every_member_and_for_staff(store):
    assert create_demo_accounts(store, actor="test") == ["m01", "m02", "staff", "admin"]
    assert create_demo_accounts(store, actor="test") == []
    assert Accounts(store).authenticate("m02", demo_password("M02")).member_id == "M02"
    assert Accounts(store).authenticate("staff", "demo-staff-pass").role is Role.STAFF


def test_the_account_commands_add_and_list(tmp_path, store):
    db = str(tmp_path / "coi.sqlite3")
    runner = CliRunner()
    added = runner.invoke(main, ["account", "add", "--db", db, "clerk", "--role", "staff", "--password", PASSWORD])
    assert added.exit_code == 0, added.output
    refused = runner.invoke(main, ["account", "add", "--db", db, "x", "--role", "member", "--password", PASSWORD])
    assert refused.exit_code == 2 and "needs --member-id" in refused.output
    listed = runner.invoke(main, ["account", "list", "--db", db])
    assert "clerk,staff,,no" in listed.output


def test_five_wrong_passwords_lock_the_username_for_a_while(store):
    accounts = Accounts(store)
    accounts.create("ana", "member", PASSWORD, member_id="M01", actor="test")
    for _ in range(5):
        assert accounts.authenticate("ana", "wrong guess!") is None
    assert accounts.locked_out("ana")
    assert accounts.authenticate("ana", PASSWORD) is None  # even the right password, while locked
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)
    assert not accounts.locked_out("ana", now=later)


def test_a_good_sign_in_resets_the_count(store):
    accounts = Accounts(store)
    accounts.create("ana", "member", PASSWORD, member_id="M01", actor="test")
    for _ in range(4):
        accounts.authenticate("ana", "wrong guess!")
    assert accounts.authenticate("ana", PASSWORD) is not None
    accounts.authenticate("ana", "wrong guess!")
    assert not accounts.locked_out("ana")
