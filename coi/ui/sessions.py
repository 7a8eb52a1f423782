"""Server-side dashboard sessions: the browser holds a random token in an HttpOnly,
SameSite=Strict cookie; the database holds only the token's SHA-256 with the account, when
the session started, when it was last used, and when and why it ended.

A session ends at sign-out, after the idle limit (``COI_IDLE_MINUTES``, 30 by default), and
when its account is disabled or its password reset. Every dashboard run looks the cookie
up here (:meth:`Sessions.resume`), so reload, a second tab and a bookmark stay signed in,
and a Streamlit session id that leaks to another browser carries no sign-in with it.

Like the accounts (``coi.decisions.accounts``), sessions keep their own table in the store's database;
its SQL is :mod:`coi.store.sessions`, run inside the store's transactions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from coi.decisions.accounts import Account, Accounts
from coi.settings import load_settings
from coi.store import sessions as rows
from coi.store.database import Store
from coi.timefmt import stored_moment, utc_stamp

COOKIE = "coi_session"  # the cookie's name
HAND_OVER = dt.timedelta(minutes=2)  # a single sign-on hand-over ticket is good this long, once


def token_id(token: str) -> str:
    """The session's key in the database: the SHA-256 of the token (hex); a copy of the
    database lets nobody present a session."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


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
        now = utc_stamp(self._now())
        with self.store.transaction() as conn:
            rows.insert_session(conn, token_id(token), username, via, now)
        return token

    def resume(self, token: str | None) -> Resumed:
        """The account a browser's token stands for, the session touched (its idle clock
        restarts); or None and why, the session ended when it has expired or its account is
        disabled."""
        if not token or len(token) > 128:
            return Resumed(None, None, "no session")
        sid, now = token_id(token), self._now()
        with self.store.transaction() as conn:
            row = rows.session_row(conn, sid)
            if row is None or row["via"] == "hand-over":
                return Resumed(None, None, "no session")
            if row["ended_at"] is not None:
                return Resumed(None, sid, row["ended_why"] or "ended")
            why = ""
            account = Accounts(self.store).get(row["username"])
            if now - stored_moment(row["last_seen"]) > self.idle:
                why = "idle"
            elif account is None or account.disabled:
                why = "account disabled"
            if why:
                rows.end_session(conn, sid, why, utc_stamp(now))
                self.store.audit("session ended", row["username"], {"username": row["username"], "why": why})
                return Resumed(None, sid, why)
            rows.touch_session(conn, sid, utc_stamp(now))
        return Resumed(account, sid)

    def is_open(self, token: str | None) -> bool:
        """Whether a token stands for an open, unexpired session (nothing is written)."""
        if not token or len(token) > 128:
            return False
        with self.store.reading() as conn:
            row = rows.session_with_account(conn, token_id(token))
        return (row is not None and row["via"] != "hand-over" and row["ended_at"] is None and not row["disabled"]
                and self._now() - stored_moment(row["last_seen"]) <= self.idle)

    def end(self, token: str | None, why: str = "signed out") -> None:
        """End the session a token stands for (sign-out), audited; an unknown token changes nothing."""
        if not token:
            return
        with self.store.transaction() as conn:
            username = rows.open_session_user(conn, token_id(token))
            if username is None:
                return
            rows.end_session(conn, token_id(token), why, utc_stamp(self._now()))
            self.store.audit("sign-out" if why == "signed out" else "session ended", username,
                             {"username": username, "why": why})

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
            row = rows.hand_over_row(conn, token_id(ticket))
            if row is None or row["ended_at"] is not None:
                return None
            rows.end_session(conn, row["token_hash"], "handed over", utc_stamp(now))
            if now - stored_moment(row["created_at"]) > HAND_OVER:
                return None
            return self.start(row["username"], via="openid connect")

    def open_sessions(self, username: str) -> int:
        """How many sessions of an account are open (for the accounts page and tests)."""
        with self.store.reading() as conn:
            return rows.open_session_count(conn, username)


__all__ = ["COOKIE", "HAND_OVER", "Resumed", "Sessions", "token_id"]
