"""Sign-in accounts: who may use coi, in which role, and for which member.

Roles: ``member`` (one member's own prompts and disclosures), ``staff`` (everything),
``admin`` (staff, and the accounts). Passwords are kept only as salted scrypt hashes
(``hashlib.scrypt``, a memory-hard password-hashing function: N=2^14, r=8, p=1, 16-byte
salt, 32-byte key), compared in constant time. A failed sign-in says only that the
username or password is wrong, and is written to the audit log like a good one; five in a
row for one username within 15 minutes lock it for the rest of that window.

A session is the account and the last time it did something; it expires after
``IDLE_LIMIT`` without activity (:func:`session_expired`), whatever keeps it (the
dashboard's session state).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

from coi.model import utc_timestamp
from coi.store import Store

IDLE_LIMIT = dt.timedelta(minutes=30)
LOCKOUT_FAILURES = 5  # refused sign-ins in a row for one username ...
LOCKOUT_WINDOW = dt.timedelta(minutes=15)  # ... within this long lock it until they age out
MIN_PASSWORD = 10  # characters, for accounts people choose; the demo's are published anyway
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._@-]{0,63}")


class Role(StrEnum):
    MEMBER = "member"
    STAFF = "staff"
    ADMIN = "admin"

    @property
    def sees_everything(self) -> bool:
        return self is not Role.MEMBER


class AccountError(ValueError):
    """An account that cannot be made as asked; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    role: Role
    member_id: str | None
    disabled: bool = False
    system: bool = False  # a named system account (the command line), not a row of the accounts table

    def may_see_member(self, member_id: str) -> bool:
        """Staff and admins see every member; a member only themself."""
        return self.role.sees_everything or self.member_id == member_id


def system_account(name: str) -> Account:
    """The account the command line acts as: named (``cli:<login>``) in the audit log, with
    every permission — whoever runs ``coi`` on the server can read the database file anyway."""
    return Account(name, Role.ADMIN, None, system=True)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$key``, salt and key in base64."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, maxmem=64 * 2**20, **_SCRYPT)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${b64(salt)}${b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` hashes to ``stored`` (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(base64.b64decode(key)), maxmem=64 * 2**20)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(key))


# A hash of nothing anyone can type, checked when the username is unknown, so that a wrong
# username takes as long as a wrong password and tells an attacker nothing.
_DUMMY_HASH = hash_password(secrets.token_hex(16))


def _row(r) -> Account:
    return Account(r["username"], Role(r["role"]), r["member_id"], bool(r["disabled"]))


class Accounts:
    """The accounts kept in a coi database."""

    def __init__(self, store: Store):
        self.store = store

    def create(self, username: str, role: Role | str, password: str, *, member_id: str | None = None,
               actor: str, min_length: int = MIN_PASSWORD) -> Account:
        """Add an account; a member account names the member it belongs to."""
        username = username.strip().lower()
        role = Role(role)
        if not _USERNAME.fullmatch(username):
            raise AccountError(f"{username!r} is not a username coi accepts: use 1-64 lower-case letters, digits "
                               f"and . _ @ -, starting with a letter or digit")
        if len(password) < min_length:
            raise AccountError(f"the password is {len(password)} characters long; use at least {min_length}")
        if (role is Role.MEMBER) != (member_id is not None):
            raise AccountError("a member account needs --member-id; staff and admin accounts take none")
        with self.store.transaction() as conn:
            if member_id is not None and conn.execute(
                    "SELECT 1 FROM members WHERE member_id = ?", (member_id,)).fetchone() is None:
                raise AccountError(f"there is no member {member_id!r}: import the roster first")
            if conn.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone():
                raise AccountError(f"the username {username!r} is taken")
            if member_id is not None and conn.execute(
                    "SELECT 1 FROM accounts WHERE member_id = ?", (member_id,)).fetchone():
                raise AccountError(f"member {member_id} already has an account")
            conn.execute("INSERT INTO accounts (username, role, member_id, password_hash, created_at) "
                         "VALUES (?, ?, ?, ?, ?)", (username, str(role), member_id, hash_password(password),
                                                    utc_timestamp()))
            self.store.audit("account created", actor, {"username": username, "role": str(role),
                                                         "member_id": member_id})
        return Account(username, role, member_id)

    def get(self, username: str) -> Account | None:
        with self.store.reading() as conn:
            r = conn.execute("SELECT * FROM accounts WHERE username = ?", (username.strip().lower(),)).fetchone()
        return _row(r) if r else None

    def all(self) -> list[Account]:
        with self.store.reading() as conn:
            return [_row(r) for r in conn.execute("SELECT * FROM accounts ORDER BY role, username")]

    def authenticate(self, username: str, password: str) -> Account | None:
        """The account when the username and password are right and it is not disabled;
        otherwise None. Every attempt is audited (never the password)."""
        name = username.strip().lower()
        if self.locked_out(name):
            self.store.audit("sign-in refused", name or "?", {"username": name, "locked_out": True})
            return None
        with self.store.reading() as conn:
            r = conn.execute("SELECT * FROM accounts WHERE username = ?", (name,)).fetchone()
        ok = verify_password(password, r["password_hash"] if r else _DUMMY_HASH) and r is not None
        account = _row(r) if ok else None
        if account is not None and account.disabled:
            account = None
        self.store.audit("sign-in" if account else "sign-in refused", name or "?", {"username": name})
        return account

    def locked_out(self, username: str, *, now: dt.datetime | None = None) -> bool:
        """True after ``LOCKOUT_FAILURES`` refused sign-ins for a username within
        ``LOCKOUT_WINDOW`` with no good one since: password guessing is slowed to a few tries
        an hour, whoever is guessing."""
        now = now or dt.datetime.now(dt.UTC)
        since = (now - LOCKOUT_WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self.store.reading() as conn:
            rows = conn.execute("SELECT action FROM audit_log WHERE actor = ? AND at >= ? AND action IN "
                                "('sign-in', 'sign-in refused') ORDER BY id DESC LIMIT ?",
                                (username, since, LOCKOUT_FAILURES)).fetchall()
        return len(rows) == LOCKOUT_FAILURES and all(r[0] == "sign-in refused" for r in rows)

    def set_password(self, username: str, password: str, *, actor: str, min_length: int = MIN_PASSWORD) -> None:
        if len(password) < min_length:
            raise AccountError(f"the password is {len(password)} characters long; use at least {min_length}")
        with self.store.transaction() as conn:
            done = conn.execute("UPDATE accounts SET password_hash = ? WHERE username = ?",
                                (hash_password(password), username.strip().lower())).rowcount
            if not done:
                raise AccountError(f"there is no account {username!r}")
            self.store.audit("password changed", actor, {"username": username.strip().lower()})

    def set_disabled(self, username: str, disabled: bool, *, actor: str) -> None:
        with self.store.transaction() as conn:
            done = conn.execute("UPDATE accounts SET disabled = ? WHERE username = ?",
                                (int(disabled), username.strip().lower())).rowcount
            if not done:
                raise AccountError(f"there is no account {username!r}")
            self.store.audit("account disabled" if disabled else "account enabled", actor,
                             {"username": username.strip().lower()})


def session_expired(last_seen: dt.datetime, now: dt.datetime, *, idle: dt.timedelta = IDLE_LIMIT) -> bool:
    """True when a session has been idle for longer than ``idle``."""
    return now - last_seen > idle


# ------------------------------------------------------------------ the demo's accounts

DEMO_STAFF = (("staff", Role.STAFF, "demo-staff-pass"), ("admin", Role.ADMIN, "demo-admin-pass"))


def demo_password(member_id: str) -> str:
    """The published password of a demo member's account: ``demo-`` and the member id."""
    return f"demo-{member_id.lower()}-pass"


def create_demo_accounts(store: Store, *, actor: str) -> list[str]:
    """An account for every member (username: the member id in lower case) and for staff and
    admin, with the published demo passwords; accounts that exist are left alone."""
    accounts = Accounts(store)
    made = []
    wanted = [(m.member_id.lower(), Role.MEMBER, demo_password(m.member_id), m.member_id) for m in store.members()]
    wanted += [(u, r, pw, None) for u, r, pw in DEMO_STAFF]
    for username, role, password, member_id in wanted:
        if accounts.get(username) is None:
            accounts.create(username, role, password, member_id=member_id, actor=actor)
            made.append(username)
    return made


__all__ = ["Account", "system_account", "Accounts", "AccountError", "Role", "IDLE_LIMIT", "hash_password", "verify_password",
           "session_expired", "create_demo_accounts", "demo_password", "DEMO_STAFF"]
