"""Server-side dashboard sessions: the browser holds a random token in an HttpOnly,
SameSite=Strict cookie; the database holds only the token's SHA-256 with the account, when
the session started, when it was last used, and when and why it ended.

A session ends at sign-out, after the idle limit (``COI_IDLE_MINUTES``, 30 by default), and
when its account is disabled or its password reset. Every dashboard run looks the cookie
up here (:meth:`Sessions.resume`), so reload, a second tab and a bookmark stay signed in,
and a Streamlit session id that leaks to another browser carries no sign-in with it.

Like the accounts (``coi.decisions.accounts``), sessions keep their own table in the store's database
and speak SQL here, through the store's transactions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from coi.decisions.accounts import Account, Accounts
from coi.settings import load_settings
from coi.store.database import Store

COOKIE = "coi_session"  # the cookie's name
HAND_OVER = dt.timedelta(minutes=2)  # a single sign-on hand-over ticket is good this long, once


def token_id(token: str) -> str:
    """The session's key in the database: the SHA-256 of the token (hex); a copy of the
    database lets nobody present a session."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _stamp(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="seconds")


def end_sessions(conn: sqlite3.Connection, username: str, why: str, *, keep: str | None = None,
                 now: dt.datetime | None = None) -> int:
    """End every open session of ``username`` (but ``keep``, a session id), inside the
    caller's transaction; how many ended."""
    at = _stamp(now or dt.datetime.now(dt.UTC))
    return conn.execute("UPDATE sessions SET ended_at = ?, ended_why = ? WHERE username = ? AND ended_at IS NULL "
                        "AND token_hash != ?", (at, why, username, keep or "")).rowcount


@dataclass(frozen=True, slots=True)
class Resumed:
    """What a browser's cookie stands for: the account and the session id, or None and why
    (``no session``, ``signed out``, ``idle``, ``account disabled``, ``password reset``…)."""
    account: Account | None
    session_id: str | None
    why: str = ""


class Sessions:
    """The dashboard sessions kept in a coi database."""

    def __init__(self, store: Store, *, idle: dt.timedelta | None = None,
                 clock: Callable[[], dt.datetime] | None = None):
        self.store = store
        self.idle = idle if idle is not None else load_settings().idle_limit
        self._now = clock or (lambda: dt.datetime.now(dt.UTC))

    def start(self, username: str, *, via: str = "password") -> str:
        """A new session for a signed-in account; the token for the browser's cookie."""
        token = secrets.token_urlsafe(32)
        now = _stamp(self._now())
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO sessions (token_hash, username, via, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
                         (token_id(token), username, via, now, now))
        return token

    def resume(self, token: str | None) -> Resumed:
        """The account a browser's token stands for, the session touched (its idle clock
        restarts); or None and why, the session ended when it has expired or its account is
        disabled."""
        if not token or len(token) > 128:
            return Resumed(None, None, "no session")
        sid, now = token_id(token), self._now()
        with self.store.transaction() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE token_hash = ?", (sid,)).fetchone()
            if row is None or row["via"] == "hand-over":
                return Resumed(None, None, "no session")
            if row["ended_at"] is not None:
                return Resumed(None, sid, row["ended_why"] or "ended")
            why = ""
            account = Accounts(self.store).get(row["username"])
            if now - dt.datetime.fromisoformat(row["last_seen"]) > self.idle:
                why = "idle"
            elif account is None or account.disabled:
                why = "account disabled"
            if why:
                conn.execute("UPDATE sessions SET ended_at = ?, ended_why = ? WHERE token_hash = ?",
                             (_stamp(now), why, sid))
                self.store.audit("session ended", row["username"], {"username": row["username"], "why": why})
                return Resumed(None, sid, why)
            conn.execute("UPDATE sessions SET last_seen = ? WHERE token_hash = ?", (_stamp(now), sid))
        return Resumed(account, sid)

    def is_open(self, token: str | None) -> bool:
        """Whether a token stands for an open, unexpired session (nothing is written)."""
        if not token or len(token) > 128:
            return False
        with self.store.reading() as conn:
            row = conn.execute("SELECT s.*, a.disabled FROM sessions s JOIN accounts a USING (username) "
                               "WHERE token_hash = ?", (token_id(token),)).fetchone()
        return (row is not None and row["via"] != "hand-over" and row["ended_at"] is None and not row["disabled"]
                and self._now() - dt.datetime.fromisoformat(row["last_seen"]) <= self.idle)

    def end(self, token: str | None, why: str = "signed out") -> None:
        """End the session a token stands for (sign-out), audited; an unknown token changes nothing."""
        if not token:
            return
        with self.store.transaction() as conn:
            row = conn.execute("SELECT username FROM sessions WHERE token_hash = ? AND ended_at IS NULL",
                               (token_id(token),)).fetchone()
            if row is None:
                return
            conn.execute("UPDATE sessions SET ended_at = ?, ended_why = ? WHERE token_hash = ?",
                         (_stamp(self._now()), why, token_id(token)))
            self.store.audit("sign-out" if why == "signed out" else "session ended", row["username"],
                             {"username": row["username"], "why": why})

    def hand_over(self, username: str) -> str:
        """A one-time ticket for an account that signed in through single sign-on in the
        dashboard, to be exchanged (:meth:`redeem`) for a session cookie by coi's own route:
        a Streamlit script cannot set a cookie."""
        return self.start(username, via="hand-over")

    def redeem(self, ticket: str) -> str | None:
        """A new session's token for a hand-over ticket not yet used and at most
        ``HAND_OVER`` old; None otherwise. The ticket ends either way."""
        if not ticket or len(ticket) > 128:
            return None
        now = self._now()
        with self.store.transaction() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE token_hash = ? AND via = 'hand-over'",
                               (token_id(ticket),)).fetchone()
            if row is None or row["ended_at"] is not None:
                return None
            conn.execute("UPDATE sessions SET ended_at = ?, ended_why = 'handed over' WHERE token_hash = ?",
                         (_stamp(now), row["token_hash"]))
            if now - dt.datetime.fromisoformat(row["created_at"]) > HAND_OVER:
                return None
            return self.start(row["username"], via="openid connect")

    def open_sessions(self, username: str) -> int:
        """How many sessions of an account are open (for the accounts page and tests)."""
        with self.store.reading() as conn:
            return conn.execute("SELECT count(*) FROM sessions WHERE username = ? AND ended_at IS NULL "
                                "AND via != 'hand-over'", (username,)).fetchone()[0]


__all__ = ["COOKIE", "HAND_OVER", "Resumed", "Sessions", "end_sessions", "token_id"]
