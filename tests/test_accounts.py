"""Sign-in accounts (coi.decisions.accounts): hashed passwords, roles, who may see whom, idle expiry,
the demo's accounts, and the `coi account` commands."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.decisions.accounts import (
    FIRST_DELAY,
    FREE_FAILURES,
    MAX_DELAY,
    UNKNOWN_USERNAME,
    AccountError,
    Accounts,
    Role,
    create_demo_accounts,
    demo_password,
    email_key,
    hash_password,
    needs_rehash,
    session_expired,
    throttle_delay,
    verify_password,
)
from coi.store.database import Store
from tests.factories import SYSTEM, member

PASSWORD = "correct horse battery"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="members.csv",
                         fingerprint="f1", actor="test")
        yield s


def test_a_password_is_stored_only_as_a_salted_scrypt_hash(store, tmp_path):
    Accounts(store).create("ana", Role.MEMBER, PASSWORD, member_id="M01", by=SYSTEM)
    stored = sqlite3.connect(tmp_path / "coi.sqlite3").execute("SELECT password_hash FROM accounts").fetchone()[0]
    assert stored.startswith("scrypt$") and PASSWORD not in stored
    assert hash_password(PASSWORD) != hash_password(PASSWORD)  # a new salt each time
    assert verify_password(PASSWORD, stored) and not verify_password(PASSWORD + "x", stored)


def test_verify_refuses_a_damaged_or_foreign_hash():
    assert not verify_password(PASSWORD, "md5$abc")
    assert not verify_password(PASSWORD, "scrypt$16384$8$1$not base64$!!")


def test_sign_in_with_the_right_password_gives_the_account_and_is_audited(store):
    accounts = Accounts(store)
    accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    got = accounts.authenticate("  ANA ", PASSWORD)
    assert got is not None and got.role is Role.MEMBER and got.member_id == "M01"
    assert accounts.authenticate("ana", "wrong password!") is None
    assert accounts.authenticate("nobody", PASSWORD) is None
    actions = [e.action for e in store.audit_log(action=None)]
    assert actions.count("sign-in") == 1 and actions.count("sign-in refused") == 2
    assert not any(PASSWORD in str(e.detail) for e in store.audit_log())


def test_a_disabled_account_cannot_sign_in(store):
    accounts = Accounts(store)
    accounts.create("staffer", Role.STAFF, PASSWORD, by=SYSTEM)
    accounts.set_disabled("staffer", True, by=SYSTEM)
    assert accounts.authenticate("staffer", PASSWORD) is None
    accounts.set_disabled("staffer", False, by=SYSTEM)
    assert accounts.authenticate("staffer", PASSWORD) is not None


def test_a_changed_password_replaces_the_old_one(store):
    accounts = Accounts(store)
    accounts.create("staffer", Role.STAFF, PASSWORD, by=SYSTEM)
    accounts.set_password("staffer", "another long password", by=accounts.get("staffer"))
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
        Accounts(store).create(username, role, password, member_id=member_id, by=SYSTEM)
    assert Accounts(store).all(by=SYSTEM) == []


def test_one_account_per_username_and_per_member(store):
    accounts = Accounts(store)
    accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    with pytest.raises(AccountError, match="taken"):
        accounts.create("ana", "staff", PASSWORD, by=SYSTEM)
    with pytest.raises(AccountError, match="already has an account"):
        accounts.create("ana2", "member", PASSWORD, member_id="M01", by=SYSTEM)


def test_a_member_sees_only_themself_and_staff_see_everyone(store):
    accounts = Accounts(store)
    ana = accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    staff = accounts.create("staffer", "staff", PASSWORD, by=SYSTEM)
    assert ana.may_see_member("M01") and not ana.may_see_member("M02")
    assert staff.may_see_member("M01") and staff.may_see_member("M02")


def test_a_session_expires_after_the_idle_limit():
    t = dt.datetime(2026, 11, 23, 9, 0)
    assert not session_expired(t, t + dt.timedelta(minutes=29))
    assert session_expired(t, t + dt.timedelta(minutes=31))


def test_demo_accounts_are_made_once_for_every_member_and_for_staff(tmp_path):
    from coi.store import demo_guard  # demo accounts are made only in a demo database (tests/test_safe_defaults.py)

    with Store.open(tmp_path / "demo.sqlite3") as store:
        demo_guard.mark(store, actor="test")
        with demo_guard.loading(store):
            store.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="members.csv",
                                 fingerprint="f1", actor="test")
        assert create_demo_accounts(store, by=SYSTEM) == ["m01", "m02", "staff", "admin"]
        assert create_demo_accounts(store, by=SYSTEM) == []
        assert Accounts(store).authenticate("m02", demo_password("M02")).member_id == "M02"
        assert Accounts(store).authenticate("staff", "demo-staff-pass").role is Role.STAFF


def test_the_account_commands_add_and_list_with_the_password_from_stdin(tmp_path, store):
    db = str(tmp_path / "coi.sqlite3")
    runner = CliRunner()
    added = runner.invoke(main, ["account", "add", "--db", db, "clerk", "--role", "staff", "--password-stdin"],
                          input=PASSWORD + "\n")
    assert added.exit_code == 0, added.output
    refused = runner.invoke(main, ["account", "add", "--db", db, "x", "--role", "member", "--password-stdin"],
                            input=PASSWORD + "\n")
    assert refused.exit_code == 2 and "needs --member-id" in refused.output
    listed = runner.invoke(main, ["account", "list", "--db", db])
    assert "clerk,staff,,no" in listed.output
    assert Accounts(store).authenticate("clerk", PASSWORD) is not None


def test_account_add_asks_for_the_password_twice_at_a_prompt(tmp_path, store):
    db = str(tmp_path / "coi.sqlite3")
    added = CliRunner().invoke(main, ["account", "add", "--db", db, "clerk", "--role", "staff"],
                               input=f"{PASSWORD}\n{PASSWORD}\n")
    assert added.exit_code == 0, added.output
    assert PASSWORD not in added.output  # not echoed
    assert Accounts(store).authenticate("clerk", PASSWORD) is not None


@pytest.mark.parametrize("command", [["account", "add", "clerk", "--role", "staff"], ["account", "passwd", "clerk"]])
def test_no_account_command_takes_a_password_on_the_command_line(tmp_path, store, command):
    """A password on argv is seen by every user of the machine (ps) and kept in shell history."""
    result = CliRunner().invoke(main, [*command, "--db", str(tmp_path / "coi.sqlite3"), "--password", PASSWORD])
    assert result.exit_code == 2 and "No such option '--password'" in result.output


def test_account_passwd_disable_and_enable_commands(tmp_path, store):
    db = str(tmp_path / "coi.sqlite3")
    runner = CliRunner()
    Accounts(store).create("clerk", "staff", PASSWORD, by=SYSTEM)
    changed = runner.invoke(main, ["account", "passwd", "--db", db, "clerk", "--password-stdin"],
                            input="a brand new password\n")
    assert changed.exit_code == 0, changed.output
    assert Accounts(store).authenticate("clerk", "a brand new password") is not None
    assert not Accounts(store).get("clerk").must_change_password
    reset = runner.invoke(main, ["account", "passwd", "--db", db, "clerk", "--reset", "--password-stdin"],
                          input="temporary password 1\n")
    assert reset.exit_code == 0, reset.output
    assert Accounts(store).get("clerk").must_change_password
    assert runner.invoke(main, ["account", "disable", "--db", db, "clerk"]).exit_code == 0
    assert Accounts(store).authenticate("clerk", "temporary password 1") is None
    assert runner.invoke(main, ["account", "enable", "--db", db, "clerk"]).exit_code == 0
    assert Accounts(store).authenticate("clerk", "temporary password 1") is not None
    missing = runner.invoke(main, ["account", "disable", "--db", db, "nobody"])
    assert missing.exit_code == 2 and "no account 'nobody'" in missing.output
    assert "cli:" in store.audit_log(action="account disabled")[0].actor


# ------------------------------------------------------------------ throttling (item 10)

class Clock:
    """A clock the test moves by hand (seconds since the epoch)."""

    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_after_five_wrong_passwords_each_attempt_waits_twice_as_long_as_the_last(store):
    clock = Clock()
    accounts = Accounts(store, clock=clock)
    accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    for _ in range(FREE_FAILURES):
        assert accounts.sign_in("ana", "wrong guess!").wait == 0
    waits = []
    for _ in range(4):
        refused = accounts.sign_in("ana", PASSWORD)  # even the right password must wait its turn
        assert refused.account is None and refused.wait > 0 and "wait" in refused.message
        waits.append(refused.wait)
        clock.now += refused.wait
        assert accounts.sign_in("ana", "wrong guess!").account is None  # heard, and wrong
    assert waits == [FIRST_DELAY, 2 * FIRST_DELAY, 4 * FIRST_DELAY, 8 * FIRST_DELAY]


def test_the_wait_is_capped_so_nobody_can_shut_an_account_for_long(store):
    clock = Clock()
    accounts = Accounts(store, clock=clock)
    accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    for _ in range(30):  # an attacker keeps guessing as fast as allowed
        clock.now += accounts.sign_in("ana", "wrong guess!").wait
    assert throttle_delay(30) == MAX_DELAY <= 300
    clock.now += MAX_DELAY
    assert accounts.sign_in("ana", "wrong guess!").wait == 0  # heard (and wrong): one more refusal in a row
    assert accounts.sign_in("ana", PASSWORD).wait == pytest.approx(MAX_DELAY)  # never longer than the cap
    clock.now += MAX_DELAY
    assert accounts.sign_in("ana", PASSWORD).account is not None  # the right password, after the wait, works
    assert accounts.sign_in("ana", "wrong guess!").wait == 0  # and the count starts again


def test_attempts_refused_for_waiting_do_not_lengthen_the_wait(store):
    clock = Clock()
    accounts = Accounts(store, clock=clock)
    accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    for _ in range(FREE_FAILURES):
        accounts.sign_in("ana", "wrong guess!")
    for _ in range(50):
        assert accounts.sign_in("ana", "wrong guess!").wait == pytest.approx(FIRST_DELAY)
    clock.now += FIRST_DELAY
    assert accounts.sign_in("ana", PASSWORD).account is not None


def _guess(db: str, clock: Clock, barrier, hashed: list) -> None:
    with Store.open(db) as store:
        barrier.wait()
        Accounts(store, clock=clock).sign_in("ana", "wrong guess!")


@pytest.mark.parametrize("attempts", [30, 60])
def test_parallel_guesses_get_no_more_hashed_than_the_throttle_allows(tmp_path, store, monkeypatch, attempts, tried):
    """Today's code let 21-33 of 30-100 parallel attempts reach the password check (the count
    was read, then the hash computed, then the attempt written): the count is now written,
    in the transaction that checks it, before the hash."""
    import threading

    import coi.decisions.accounts

    Accounts(store).create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    hashed: list[int] = []
    real = coi.decisions.accounts.verify_password
    monkeypatch.setattr(coi.decisions.accounts, "verify_password",
                        lambda pw, stored: hashed.append(1) or real(pw, stored))
    clock = Clock()  # frozen: no wait ever runs out during the burst
    barrier = threading.Barrier(attempts)
    threads = [threading.Thread(target=_guess, args=(str(tmp_path / "coi.sqlite3"), clock, barrier, hashed))
               for _ in range(attempts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(hashed) == FREE_FAILURES
    refused = store.audit_log(limit=None, action="sign-in refused")
    assert len(refused) == attempts and sum(bool(e.detail.get("throttled")) for e in refused) == attempts - FREE_FAILURES
    tried(f"throttle: {attempts} parallel guesses, {len(hashed)} reached the password check")


def test_a_password_typed_as_the_username_never_reaches_the_audit_log_or_the_database(store, tmp_path):
    Accounts(store).create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    for _ in range(7):  # throttled too, still without the text
        Accounts(store).sign_in(PASSWORD, "ana")
    entries = store.audit_log(limit=None)
    assert not any(PASSWORD in (e.actor + str(e.detail)) for e in entries)
    assert {e.actor for e in entries if e.action == "sign-in refused"} == {UNKNOWN_USERNAME}
    dump = "\n".join(sqlite3.connect(tmp_path / "coi.sqlite3").iterdump())
    assert PASSWORD not in dump


def test_an_unknown_username_is_throttled_like_a_known_one(store):
    """Else the throttle would tell which usernames exist."""
    clock = Clock()
    accounts = Accounts(store, clock=clock)
    accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    known = [accounts.sign_in("ana", "wrong guess!").wait for _ in range(FREE_FAILURES + 1)]
    unknown = [accounts.sign_in("nobody", "wrong guess!").wait for _ in range(FREE_FAILURES + 1)]
    assert known == unknown and known[-1] > 0


# ------------------------------------------------------------------ passwords (item 11)

def test_new_hashes_use_owasps_scrypt_cost_by_default():
    from coi.settings import load_settings

    assert load_settings(environ={}).scrypt_log2n == 17
    assert hash_password("x", log2n=load_settings(environ={}).scrypt_log2n).startswith("scrypt$131072$8$1$")


def test_a_weaker_stored_hash_is_replaced_at_the_next_good_sign_in(store, tmp_path, monkeypatch):
    accounts = Accounts(store)
    accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    weak = hash_password(PASSWORD, log2n=10)
    with store.transaction() as conn:
        conn.execute("UPDATE accounts SET password_hash = ?", (weak,))
    monkeypatch.setenv("COI_SCRYPT_LOG2N", "12")
    assert needs_rehash(weak) and accounts.authenticate("ana", "wrong guess!") is None
    assert sqlite3.connect(tmp_path / "coi.sqlite3").execute("SELECT password_hash FROM accounts").fetchone()[0] == weak
    assert accounts.authenticate("ana", PASSWORD) is not None
    stored = sqlite3.connect(tmp_path / "coi.sqlite3").execute("SELECT password_hash FROM accounts").fetchone()[0]
    assert stored.startswith("scrypt$4096$8$1$") and not needs_rehash(stored)
    assert accounts.authenticate("ana", PASSWORD) is not None
    assert store.audit_log(action="sign-in")[1].detail.get("rehashed") is True


def test_a_member_changes_their_own_password_only_with_the_current_one(store):
    accounts = Accounts(store)
    ana = accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    with pytest.raises(AccountError, match="current password is wrong"):
        accounts.change_own_password("not it at all", "a brand new password", by=ana)
    with pytest.raises(AccountError, match="at least 10"):
        accounts.change_own_password(PASSWORD, "short", by=ana)
    accounts.change_own_password(PASSWORD, "a brand new password", by=ana)
    assert accounts.authenticate("ana", "a brand new password") is not None
    assert accounts.authenticate("ana", PASSWORD) is None
    assert store.audit_log(action="password changed")[0].actor == "ana"


def test_guessing_the_current_password_on_the_change_form_is_throttled_too(store):
    clock = Clock()
    accounts = Accounts(store, clock=clock)
    ana = accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    for _ in range(FREE_FAILURES):
        with pytest.raises(AccountError, match="current password is wrong"):
            accounts.change_own_password("a wrong guess", "a brand new password", by=ana)
    with pytest.raises(AccountError, match="wait"):
        accounts.change_own_password(PASSWORD, "a brand new password", by=ana)


def test_an_admins_reset_forces_a_change_at_the_next_sign_in(store):
    accounts = Accounts(store)
    admin = accounts.create("boss", "admin", PASSWORD, by=SYSTEM)
    ana = accounts.create("ana", "member", PASSWORD, member_id="M01", by=SYSTEM)
    accounts.reset_password("ana", "temporary password", by=admin)
    signed = accounts.authenticate("ana", "temporary password")
    assert signed is not None and signed.must_change_password
    accounts.change_own_password("temporary password", "my own new password", by=signed)
    assert not accounts.get("ana").must_change_password
    with pytest.raises(Exception, match="may not"):  # a member resets nobody's password
        accounts.reset_password("boss", "temporary password", by=ana)


# ------------------------------------------------------------------ single sign-on (item 12)

ISSUER = "https://idp.example.org"


def claims(email: str = "kim.lee@example.org", sub: str = "subject-1", **kw) -> dict:
    return {"iss": ISSUER, "sub": sub, "email": email, "email_verified": True, **kw}


@pytest.fixture
def kim(store):
    Accounts(store).create("kim.lee@example.org", "staff", PASSWORD, by=SYSTEM)
    return store


def test_single_sign_on_binds_the_account_to_issuer_and_subject_on_first_use(kim):
    from coi.ui.sso import sso_sign_in

    assert sso_sign_in(kim, claims(), issuer=ISSUER).username == "kim.lee@example.org"
    assert sso_sign_in(kim, claims(email="KIM.LEE@example.org"), issuer=ISSUER).username == "kim.lee@example.org"
    with pytest.raises(AccountError, match="bound to another organization identity"):
        sso_sign_in(kim, claims(sub="subject-2"), issuer=ISSUER)  # same e-mail, another person at the IdP
    assert kim.audit_log(action="sign-in refused")[0].detail["reason"] == "bound to another identity"


@pytest.mark.parametrize("bad, words", [
    ({"email_verified": False}, "does not vouch"),
    ({"email_verified": None}, "does not vouch"),
    ({"iss": "https://evil.example"}, "does not trust"),
    ({"sub": ""}, "no subject"),
])
def test_single_sign_on_refuses_unverified_e_mail_and_other_issuers(kim, bad, words):
    from coi.ui.sso import sso_sign_in

    with pytest.raises(AccountError, match=words):
        sso_sign_in(kim, {**claims(), **bad}, issuer=ISSUER)


def test_single_sign_on_needs_a_pinned_issuer(kim):
    from coi.ui.sso import pinned_issuer, sso_sign_in

    assert pinned_issuer({"coi": {"oidc_issuer": ISSUER}}) == ISSUER and pinned_issuer({}) is None
    with pytest.raises(AccountError, match="oidc_issuer"):
        sso_sign_in(kim, claims(), issuer=None)


@pytest.mark.parametrize("email", ["\u212aim.lee@example.org",  # KELVIN SIGN: NFKC makes it K
                                   "\uff4bim.lee@example.org",  # FULLWIDTH k
                                   "kim.lee@example.org\u200b"])  # a zero-width space
def test_an_e_mail_that_unicode_normalisation_would_change_signs_nobody_in(kim, email):
    from coi.ui.sso import sso_sign_in

    assert "\u212aim.lee@example.org".lower() == "kim.lee@example.org"  # what today's .lower() did
    with pytest.raises(AccountError, match="Unicode normalisation"):
        sso_sign_in(kim, claims(email=email), issuer=ISSUER)
    assert kim.audit_log(action="single sign-on bound") == []


def test_a_non_ascii_address_is_never_folded_onto_an_ascii_username(store):
    Accounts(store).create("strasse@example.org", "staff", PASSWORD, by=SYSTEM)
    assert email_key("straße@example.org") is None  # casefold would make it strasse@
    assert email_key(" Kim.Lee@Example.org ") == "kim.lee@example.org"
