"""The SQL of members' confirmations that their disclosures are complete (table
``disclosure_confirmations``: migration 3, append-only), for :mod:`coi.decisions.views`;
each function runs inside the caller's transaction."""

from __future__ import annotations

import sqlite3


def insert_confirmation(conn: sqlite3.Connection, member_id: str, at: str, by: str) -> None:
    conn.execute("INSERT INTO disclosure_confirmations (member_id, confirmed_at, confirmed_by) VALUES (?, ?, ?)",
                 (member_id, at, by))


def latest_confirmations(conn: sqlite3.Connection) -> dict[str, str]:
    """Each member's latest confirmation time."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT member_id, max(confirmed_at) FROM disclosure_confirmations GROUP BY member_id")}


__all__ = ["insert_confirmation", "latest_confirmations"]
