"""Sign-in accounts: who may use coi, in which role, and for which member.

Roles: ``member`` (one member's own prompts and disclosures), ``staff`` (everything),
``admin`` (staff, and the accounts). Passwords are kept only as salted scrypt hashes
(``hashlib.scrypt``, a memory-hard password-hashing function at OWASP's cost: N=2^17, r=8,
p=1, 16-byte salt, 32-byte key; ``COI_SCRYPT_LOG2N`` lowers N only for test suites), compared
in constant time; a weaker stored hash is replaced at the next good sign-in. A failed
sign-in says only that the username or password is wrong, and is written to the audit log
like a good one — a username that names no account is written as "unknown username", never
as typed (it may be a password typed into the wrong box).

Password guessing is throttled per username, without a lock anyone could impose: after
``FREE_FAILURES`` refused attempts in a row, each next attempt must wait twice as long as
the last (``FIRST_DELAY`` seconds, doubling, at most ``MAX_DELAY``). The attempt is counted in
the same write transaction as the check, before the password is hashed, so parallel guesses
cannot slip past the count.

A dashboard session lives server-side (:mod:`coi.ui.sessions`) and expires after the idle
limit (``COI_IDLE_MINUTES``, 30 by default).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import math
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from coi.errors import CoiError
from coi.settings import load_settings
from coi.store import accounts as rows
from coi.store import sessions as session_rows
from coi.store.database import Store

IDLE_LIMIT = dt.timedelta(minutes=30)  # the default; the setting is coi.settings (COI_IDLE_MINUTES)
FREE_FAILURES = 5  # refused attempts in a row for one username before each next one must wait ...
FIRST_DELAY = 2.0  # ... this many seconds, twice as long after each further refusal ...
MAX_DELAY = 300.0  # ... but never longer than five minutes: nobody can keep an account shut
MIN_PASSWORD = 10  # characters, for accounts people choose; the demo's are published anyway
SCRYPT_R, SCRYPT_P = 8, 1
UNKNOWN_USERNAME = "unknown username"  # what the audit log says for a name that is no account's
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._@-]{0,63}")
# Throttle rows of names that are no account's are keyed by an HMAC under a key that lives
# only in this process: the database never holds the typed text (it may be a password).
_UNKNOWN_KEY = secrets.token_bytes(32)


class Role(StrEnum):
    MEMBER = "member"
    STAFF = "staff"
    ADMIN = "admin"

    @property
    def sees_everything(self) -> bool:
        return self is not Role.MEMBER


class AccountError(CoiError, ValueError):
    """An account that cannot be made as asked; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    role: Role
    member_id: str | None
    disabled: bool = False
    system: bool = False  # a named system account (the command line), not a row of the accounts table
    must_change_password: bool = False  # set by an administrator's reset: only the change is offered

    def may_see_member(self, member_id: str) -> bool:
        """Staff and admins see every member; a member only themself."""
        return self.role.sees_everything or self.member_id == member_id


def system_account(name: str) -> Account:
    """The account the command line acts as: named (``cli:<login>``) in the audit log, with an
    administrator's permissions (every staff and admin action; it is no member, so it answers no
    member's prompts) — whoever runs ``coi`` on the server can read the database file anyway."""
    return Account(name, Role.ADMIN, None, system=True)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    if not (2 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):  # a damaged row must not exhaust memory
        raise ValueError("scrypt parameters out of range")
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen,
                          maxmem=256 * r * n + 2**20)


def hash_password(password: str, *, salt: bytes | None = None, log2n: int | None = None) -> str:
    """``scrypt$N$r$p$salt$key``, salt and key in base64; N is 2^``log2n`` (default: the
    setting, OWASP's 2^17)."""
    n = 2 ** (log2n if log2n is not None else load_settings().scrypt_log2n)
    salt = salt if salt is not None else secrets.token_bytes(16)
    key = _scrypt(password, salt, n, SCRYPT_R, SCRYPT_P, 32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` hashes to ``stored`` (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        got = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p), len(base64.b64decode(key)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(key))


def needs_rehash(stored: str, *, log2n: int | None = None) -> bool:
    """True when ``stored`` is weaker than what :func:`hash_password` makes now (a smaller N,
    r or p, or another scheme): it is replaced at the next good sign-in."""
    want = 2 ** (log2n if log2n is not None else load_settings().scrypt_log2n)
    try:
        scheme, n, r, p, _salt, _key = stored.split("$")
        return scheme != "scrypt" or int(n) < want or int(r) < SCRYPT_R or int(p) < SCRYPT_P
    except ValueError:
        return True


_DUMMY_HASHES: dict[int, str] = {}


def _dummy_hash() -> str:
    """A hash of nothing anyone can type, at the current cost, checked when the username is
    unknown, so that a wrong username takes as long as a wrong password and tells nothing."""
    log2n = load_settings().scrypt_log2n
    if log2n not in _DUMMY_HASHES:
        _DUMMY_HASHES[log2n] = hash_password(secrets.token_hex(16), log2n=log2n)
    return _DUMMY_HASHES[log2n]


def throttle_delay(failures: int) -> float:
    """Seconds the next attempt must wait after ``failures`` refused attempts in a row: none
    for the first ``FREE_FAILURES``, then ``FIRST_DELAY`` doubling with each, at most ``MAX_DELAY``."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - FREE_FAILURES, 32))


def _throttle_key(name: str, known: bool) -> str:
    return name if known else "?" + hmac.new(_UNKNOWN_KEY, name.encode("utf-8"), "sha256").hexdigest()


@dataclass(frozen=True, slots=True)
class SignIn:
    """The outcome of one sign-in attempt: the account, or None and how long to wait (0: the
    username or password was wrong, or the account is disabled — the caller is not told which)."""
    account: Account | None
    wait: float = 0.0

    @property
    def message(self) -> str:
        if self.account is not None:
            return ""
        if self.wait > 0:
            return (f"Too many wrong passwords for this username: wait {math.ceil(self.wait)} seconds, "
                    "then try again.")
        return "The username or password is wrong, or the account is disabled."


def _row(r) -> Account:
    return Account(r["username"], Role(r["role"]), r["member_id"], bool(r["disabled"]),
                   must_change_password=bool(r["must_change_password"]))


def _check_new_password(password: str, min_length: int) -> None:
    if len(password) < min_length:
        raise AccountError(f"the password is {len(password)} characters long; use at least {min_length}")


class Accounts:
    """The accounts kept in a coi database. Managing them (``create``, ``set_disabled``,
    ``all``, another's ``set_password``) is asked of :func:`coi.decisions.access.require` for the
    account ``by`` whom it is done: an administrator, or the command line's system account."""

    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time):
        self.store = store
        self._clock = clock  # seconds since the epoch, for the sign-in throttle (tests freeze it)

    def _by(self, by: Account | None, permission: str = "MANAGE_ACCOUNTS") -> str:
        """The name of ``by`` for the audit log, once it may do ``permission``."""
        from coi.decisions.access import Permission, require  # coi.decisions.access reads accounts through this module

        return require(self.store, by, Permission[permission]).username

    def create(self, username: str, role: Role | str, password: str, *, member_id: str | None = None,
               by: Account, min_length: int = MIN_PASSWORD) -> Account:
        """Add an account; a member account names the member it belongs to."""
        actor = self._by(by)
        username = username.strip().lower()
        role = Role(role)
        if not _USERNAME.fullmatch(username):
            raise AccountError(f"{username!r} is not a username coi accepts: use 1-64 lower-case letters, digits "
                               f"and . _ @ -, starting with a letter or digit")
        _check_new_password(password, min_length)
        if (role is Role.MEMBER) != (member_id is not None):
            raise AccountError("a member account needs --member-id; staff and admin accounts take none")
        hashed = hash_password(password)  # outside the write lock: at OWASP's cost it takes half a second
        with self.store.transaction() as conn:
            if member_id is not None and not rows.member_exists(conn, member_id):
                raise AccountError(f"there is no member {member_id!r}: import the roster first")
            if rows.account_row(conn, username) is not None:
                raise AccountError(f"the username {username!r} is taken")
            if member_id is not None and rows.member_has_account(conn, member_id):
                raise AccountError(f"member {member_id} already has an account")
            rows.insert_account(conn, username, str(role), member_id, hashed, self.store.now())
            self.store.audit("account created", actor, {"username": username, "role": str(role),
                                                         "member_id": member_id})
        return Account(username, role, member_id)

    def get(self, username: str) -> Account | None:
        with self.store.reading() as conn:
            r = rows.account_row(conn, username.strip().lower())
        return _row(r) if r else None

    def all(self, *, by: Account) -> list[Account]:
        self._by(by)
        with self.store.reading() as conn:
            return [_row(r) for r in rows.account_rows(conn)]

    def authenticate(self, username: str, password: str) -> Account | None:
        """The account when the username and password are right and it is not disabled;
        otherwise None (:meth:`sign_in` says how long to wait, when that is why)."""
        return self.sign_in(username, password).account

    def sign_in(self, username: str, password: str) -> SignIn:
        """One sign-in attempt, throttled per username and audited (never the password, nor a
        typed name that is no account's)."""
        return self._attempt(username, password, "sign-in")

    def _attempt(self, username: str, password: str, action: str) -> SignIn:
        name = username.strip().lower()
        now = self._clock()
        with self.store.transaction() as conn:  # BEGIN IMMEDIATE: attempts on one database queue here
            r = rows.account_row(conn, name)
            key, actor = _throttle_key(name, r is not None), (name if r is not None else UNKNOWN_USERNAME)
            detail = {"username": actor}
            t = rows.throttle(conn, key)
            failures = t["failures"] if t else 0
            if t is not None and now < t["not_before"]:
                wait = t["not_before"] - now
                self.store.audit(f"{action} refused", actor, {**detail, "throttled": True,
                                                              "wait_seconds": math.ceil(wait)})
                return SignIn(None, wait)
            # counted as refused until the password proves right, before it is hashed
            rows.count_failure(conn, key, failures + 1, now + throttle_delay(failures + 1))
        stored = r["password_hash"] if r is not None else _dummy_hash()
        right = verify_password(password, stored) and r is not None
        account = _row(r) if right and r is not None and not r["disabled"] else None
        rehashed = hash_password(password) if account is not None and needs_rehash(stored) else None
        with self.store.transaction() as conn:
            if account is None:
                self.store.audit(f"{action} refused", actor, detail)
                return SignIn(None)
            rows.clear_throttle(conn, key)
            if rehashed is not None:  # only if nobody changed the password meanwhile
                rows.replace_hash(conn, name, rehashed, stored)
            self.store.audit(action, name, {**detail, **({"rehashed": True} if rehashed else {})})
        return SignIn(account)

    def change_own_password(self, current: str, new: str, *, by: Account, keep_session: str | None = None,
                            min_length: int = MIN_PASSWORD) -> None:
        """A member's or staff's own password, which needs the current one (checked and
        throttled like a sign-in). Ends the account's other sessions; clears a forced change."""
        actor = self._by(by, "CHANGE_OWN_PASSWORD")
        _check_new_password(new, min_length)
        if new == current:
            raise AccountError("the new password is the current one: choose another")
        checked = self._attempt(actor, current, "password check")
        if checked.account is None:
            raise AccountError("the current password is wrong" if not checked.wait else checked.message)
        self._store_password(actor, new, must_change=False, actor=actor, keep_session=keep_session,
                             action="password changed")

    def reset_password(self, username: str, temporary: str, *, by: Account, min_length: int = MIN_PASSWORD) -> None:
        """An administrator's reset: a temporary password the user must change at their next
        sign-in; every session of the account ends."""
        actor = self._by(by)
        _check_new_password(temporary, min_length)
        self._store_password(username, temporary, must_change=True, actor=actor, keep_session=None,
                             action="password reset")

    def _store_password(self, username: str, password: str, *, must_change: bool, actor: str,
                        keep_session: str | None, action: str) -> None:
        name = username.strip().lower()
        hashed = hash_password(password)  # outside the write lock: it takes half a second
        with self.store.transaction() as conn:
            if not rows.set_password(conn, name, hashed, must_change):
                raise AccountError(f"there is no account {username!r}")
            rows.clear_throttle(conn, name)
            session_rows.end_open_sessions(conn, name, action, self.store.now(), keep=keep_session)
            self.store.audit(action, actor, {"username": name, "must_change_password": must_change})

    def bind_identity(self, username: str, issuer: str, subject: str) -> Account:
        """The account ``username`` signed in through single sign-on as ``issuer`` +
        ``subject``: bound to that identity on first use, refused for any other identity after."""
        refusal = None
        with self.store.transaction() as conn:
            r = rows.account_row(conn, username)
            bound_elsewhere = rows.bound_elsewhere(conn, issuer, subject, username)
            if r is None or r["disabled"]:
                refusal = ("no such account" if r is None else "disabled",
                           "your organization account has no coi account, or it is disabled: ask an administrator")
            elif r["oidc_subject"] is not None and (r["oidc_issuer"], r["oidc_subject"]) != (issuer, subject):
                refusal = ("bound to another identity",
                           "this coi account is bound to another organization identity: ask an administrator")
            elif bound_elsewhere is not None:
                refusal = ("identity bound to another account",
                           "this organization identity is bound to another coi account: ask an administrator")
            elif r["oidc_subject"] is None:
                rows.bind_identity(conn, username, issuer, subject)
                self.store.audit("single sign-on bound", username, {"username": username, "issuer": issuer,
                                                                    "subject": subject})
            actor = r["username"] if r is not None else UNKNOWN_USERNAME
            if refusal is not None:
                self.store.audit("sign-in refused", actor, {"username": actor, "via": "openid connect",
                                                            "reason": refusal[0], "issuer": issuer,
                                                            "subject": subject})
            else:
                self.store.audit("sign-in", username, {"username": username, "via": "openid connect"})
        if refusal is not None:
            raise AccountError(refusal[1])
        return _row(r)

    def set_password(self, username: str, password: str, *, by: Account | None, min_length: int = MIN_PASSWORD) -> None:
        """Set an account's password: one's own (``CHANGE_OWN_PASSWORD``), or another's (an administrator)."""
        own = by is not None and not by.system and by.username == username.strip().lower()
        actor = self._by(by, "CHANGE_OWN_PASSWORD" if own else "MANAGE_ACCOUNTS")
        _check_new_password(password, min_length)
        self._store_password(username, password, must_change=False, actor=actor, keep_session=None,
                             action="password changed")

    def set_disabled(self, username: str, disabled: bool, *, by: Account) -> None:
        """Disable (every session of the account ends) or enable an account."""
        actor = self._by(by)
        with self.store.transaction() as conn:
            if not rows.set_disabled(conn, username.strip().lower(), disabled):
                raise AccountError(f"there is no account {username!r}")
            if disabled:
                session_rows.end_open_sessions(conn, username.strip().lower(), "account disabled", self.store.now())
            self.store.audit("account disabled" if disabled else "account enabled", actor,
                             {"username": username.strip().lower()})


def session_expired(last_seen: dt.datetime, now: dt.datetime, *, idle: dt.timedelta = IDLE_LIMIT) -> bool:
    """True when a session has been idle for longer than ``idle``."""
    return now - last_seen > idle


_EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+")


def email_key(raw: object) -> str | None:
    """The address an identity provider gave, as coi compares it with usernames: lower case,
    or None when it is not plain ASCII or Unicode normalisation (NFKC) would change it.

    coi refuses rather than folds: a normalising comparison would sign ``\u212aim.lee@…``
    (KELVIN SIGN) in as ``kim.lee@…``, and casefolding ``straße@…`` would make it ``strasse@…``
    — another mailbox. Usernames are ASCII, so no honest address is lost."""
    import unicodedata

    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if unicodedata.normalize("NFKC", text) != text or not text.isascii():
        return None
    key = text.lower()
    return key if _EMAIL.fullmatch(key) else None


# ------------------------------------------------------------------ the demo's accounts

DEMO_STAFF = (("staff", Role.STAFF, "demo-staff-pass"), ("admin", Role.ADMIN, "demo-admin-pass"))


def demo_password(member_id: str) -> str:
    """The published password of a demo member's account: ``demo-`` and the member id."""
    return f"demo-{member_id.lower()}-pass"


def create_demo_accounts(store: Store, *, by: Account) -> list[str]:
    """An account for every member of the demo's roster (username: the member id in lower
    case) and for staff and admin, with the published demo passwords; accounts that exist are
    left alone. Only in a demo database (coi.store.demo_guard): anywhere else the published
    passwords would open a real Panel's records to anyone (AccountError, nothing made)."""
    from coi.store.demo_guard import NotTheDemo, demo_members, record_account  # demo_guard reads accounts here

    Accounts(store)._by(by)  # asked first: when every account exists no create() would ask
    try:
        members = demo_members(store)
    except NotTheDemo as exc:
        raise AccountError(str(exc)) from exc
    accounts = Accounts(store)
    made = []
    wanted: list[tuple[str, Role, str, str | None]] = [
        (m.member_id.lower(), Role.MEMBER, demo_password(m.member_id), m.member_id) for m in members]
    wanted += [(u, r, pw, None) for u, r, pw in DEMO_STAFF]
    for username, role, password, member_id in wanted:
        if accounts.get(username) is None:
            with store.transaction():  # the account and its note as the demo's, together
                accounts.create(username, role, password, member_id=member_id, by=by)
                record_account(store, username)
            made.append(username)
    return made


__all__ = ["Account", "system_account", "Accounts", "AccountError", "Role", "IDLE_LIMIT", "hash_password", "verify_password",
           "session_expired", "create_demo_accounts", "demo_password", "DEMO_STAFF", "SignIn", "needs_rehash",
           "throttle_delay", "email_key", "FREE_FAILURES", "FIRST_DELAY", "MAX_DELAY", "UNKNOWN_USERNAME"]
