"""The SQL of the sign-in accounts and their throttle (tables ``accounts``, ``sign_in_throttle``:
migrations 2, 7): each function runs inside the caller's transaction (``Store.transaction`` or
``Store.reading``), so :mod:`coi.decisions.accounts` keeps its rules and its transactions and
the store keeps the SQL."""

from __future__ import annotations

import sqlite3


def member_exists(conn: sqlite3.Connection, member_id: str) -> bool:
    """Whether the roster has (or had) a member ``member_id``."""
    return conn.execute("SELECT 1 FROM members WHERE member_id = ?", (member_id,)).fetchone() is not None


def account_row(conn: sqlite3.Connection, username: str) -> sqlite3.Row | None:
    """The account row of ``username`` (as stored: lower case), or None."""
    row: sqlite3.Row | None = conn.execute("SELECT * FROM accounts WHERE username = ?", (username,)).fetchone()
    return row


def member_has_account(conn: sqlite3.Connection, member_id: str) -> bool:
    return conn.execute("SELECT 1 FROM accounts WHERE member_id = ?", (member_id,)).fetchone() is not None


def insert_account(conn: sqlite3.Connection, username: str, role: str, member_id: str | None, password_hash: str,
                   at: str) -> None:
    conn.execute("INSERT INTO accounts (username, role, member_id, password_hash, created_at) "
                 "VALUES (?, ?, ?, ?, ?)", (username, role, member_id, password_hash, at))


def account_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every account, by role and username."""
    return list(conn.execute("SELECT * FROM accounts ORDER BY role, username"))


def throttle(conn: sqlite3.Connection, key: str) -> sqlite3.Row | None:
    """The throttle row (``failures``, ``not_before``) of a sign-in key, or None."""
    row: sqlite3.Row | None = conn.execute("SELECT failures, not_before FROM sign_in_throttle WHERE key = ?",
                                           (key,)).fetchone()
    return row


def count_failure(conn: sqlite3.Connection, key: str, failures: int, not_before: float) -> None:
    """Set a sign-in key's refused attempts in a row and when the next may be tried."""
    conn.execute("INSERT INTO sign_in_throttle (key, failures, not_before) VALUES (?, ?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
                 "not_before = excluded.not_before", (key, failures, not_before))


def clear_throttle(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("UPDATE sign_in_throttle SET failures = 0, not_before = 0 WHERE key = ?", (key,))


def replace_hash(conn: sqlite3.Connection, username: str, new_hash: str, old_hash: str) -> None:
    """A stronger hash of the same password, only if nobody changed the password meanwhile."""
    conn.execute("UPDATE accounts SET password_hash = ? WHERE username = ? AND password_hash = ?",
                 (new_hash, username, old_hash))


def set_password(conn: sqlite3.Connection, username: str, password_hash: str, must_change: bool) -> bool:
    """A new password hash for ``username``; False when there is no such account."""
    return conn.execute("UPDATE accounts SET password_hash = ?, must_change_password = ? WHERE username = ?",
                        (password_hash, int(must_change), username)).rowcount > 0


def bound_elsewhere(conn: sqlite3.Connection, issuer: str, subject: str, username: str) -> str | None:
    """The other account bound to a single sign-on identity, if one is."""
    row = conn.execute("SELECT username FROM accounts WHERE oidc_issuer = ? AND oidc_subject = ? AND username != ?",
                       (issuer, subject, username)).fetchone()
    return None if row is None else str(row[0])


def bind_identity(conn: sqlite3.Connection, username: str, issuer: str, subject: str) -> None:
    conn.execute("UPDATE accounts SET oidc_issuer = ?, oidc_subject = ? WHERE username = ?",
                 (issuer, subject, username))


def set_disabled(conn: sqlite3.Connection, username: str, disabled: bool) -> bool:
    """Disable or enable ``username``; False when there is no such account."""
    return conn.execute("UPDATE accounts SET disabled = ? WHERE username = ?",
                        (int(disabled), username)).rowcount > 0


__all__ = ["account_row", "account_rows", "bind_identity", "bound_elsewhere", "clear_throttle", "count_failure",
           "insert_account", "member_exists", "member_has_account", "replace_hash", "set_disabled", "set_password",
           "throttle"]
