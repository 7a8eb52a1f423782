"""The SQL of the dashboard's server-side sessions (table ``sessions``: migration 7): each
function runs inside the caller's transaction, so :mod:`coi.ui.sessions` keeps the rules (idle
limit, hand-over tickets) and the store keeps the SQL. Sessions are keyed by the token's hash."""

from __future__ import annotations

import sqlite3


def insert_session(conn: sqlite3.Connection, token_hash: str, username: str, via: str, at: str) -> None:
    """A new open session, started and last seen ``at``."""
    conn.execute("INSERT INTO sessions (token_hash, username, via, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
                 (token_hash, username, via, at, at))


def session_row(conn: sqlite3.Connection, token_hash: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute("SELECT * FROM sessions WHERE token_hash = ?", (token_hash,)).fetchone()
    return row


def session_with_account(conn: sqlite3.Connection, token_hash: str) -> sqlite3.Row | None:
    """The session with its account's ``disabled`` flag, or None."""
    row: sqlite3.Row | None = conn.execute("SELECT s.*, a.disabled FROM sessions s JOIN accounts a USING (username) "
                                           "WHERE token_hash = ?", (token_hash,)).fetchone()
    return row


def hand_over_row(conn: sqlite3.Connection, token_hash: str) -> sqlite3.Row | None:
    """The single sign-on hand-over ticket with this hash, or None."""
    row: sqlite3.Row | None = conn.execute("SELECT * FROM sessions WHERE token_hash = ? AND via = 'hand-over'",
                                           (token_hash,)).fetchone()
    return row


def open_session_user(conn: sqlite3.Connection, token_hash: str) -> str | None:
    """The username of the open session with this hash, or None."""
    row = conn.execute("SELECT username FROM sessions WHERE token_hash = ? AND ended_at IS NULL",
                       (token_hash,)).fetchone()
    return None if row is None else str(row[0])


def end_session(conn: sqlite3.Connection, token_hash: str, why: str, at: str) -> None:
    conn.execute("UPDATE sessions SET ended_at = ?, ended_why = ? WHERE token_hash = ?", (at, why, token_hash))


def touch_session(conn: sqlite3.Connection, token_hash: str, at: str) -> None:
    """The session was used ``at``: its idle clock restarts."""
    conn.execute("UPDATE sessions SET last_seen = ? WHERE token_hash = ?", (at, token_hash))


def end_open_sessions(conn: sqlite3.Connection, username: str, why: str, at: str, *, keep: str | None = None) -> int:
    """End every open session of ``username`` but ``keep`` (a token hash); how many ended."""
    return conn.execute("UPDATE sessions SET ended_at = ?, ended_why = ? WHERE username = ? AND ended_at IS NULL "
                        "AND token_hash != ?", (at, why, username, keep or "")).rowcount


def open_session_count(conn: sqlite3.Connection, username: str) -> int:
    """How many sessions of an account are open (hand-over tickets aside)."""
    return int(conn.execute("SELECT count(*) FROM sessions WHERE username = ? AND ended_at IS NULL "
                            "AND via != 'hand-over'", (username,)).fetchone()[0])


__all__ = ["end_open_sessions", "end_session", "hand_over_row", "insert_session", "open_session_count",
           "open_session_user", "session_row", "session_with_account", "touch_session"]
