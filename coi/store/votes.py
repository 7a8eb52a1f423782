"""The SQL of 3.1(g)(2) recusal motions and their roll calls (tables ``recusal_motions``,
``recusal_votes``: migration 4; ``motion_meetings``: migration 15), all append-only. Each
function runs inside the caller's transaction, so :mod:`coi.decisions.votes` keeps the rules
and the store the SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from coi.store.rows import inserted_id


def insert_motion(conn: sqlite3.Connection, case_id: str, member_id: str, moved_by: str, note: str | None, at: str,
                  actor: str) -> int:
    """Append a motion to recuse ``member_id`` from ``case_id``; its id."""
    return inserted_id(conn.execute(
        "INSERT INTO recusal_motions (case_id, member_id, moved_by, note, recorded_at, recorded_by)"
        " VALUES (?, ?, ?, ?, ?, ?)", (case_id, member_id, moved_by, note, at, actor)))


def place_motion(conn: sqlite3.Connection, motion_id: int, meeting_id: str, item: int | None, at: str,
                 actor: str) -> None:
    """Record the meeting and agenda item a motion was made at."""
    conn.execute("INSERT INTO motion_meetings (motion_id, meeting_id, item, recorded_at, recorded_by)"
                 " VALUES (?, ?, ?, ?, ?)", (motion_id, meeting_id, item, at, actor))


def pending_motion(conn: sqlite3.Connection, case_id: str, member_id: str, meeting_id: str | None) -> int | None:
    """The first motion to recuse ``member_id`` from ``case_id`` at ``meeting_id`` with no vote yet."""
    row = conn.execute(
        "SELECT m.id FROM recusal_motions m LEFT JOIN motion_meetings mm ON mm.motion_id = m.id"
        " WHERE m.case_id = ? AND m.member_id = ? AND mm.meeting_id IS ?"
        " AND NOT EXISTS (SELECT 1 FROM recusal_votes v WHERE v.motion_id = m.id) ORDER BY m.id LIMIT 1",
        (case_id, member_id, meeting_id)).fetchone()
    return None if row is None else int(row[0])


def motion_row(conn: sqlite3.Connection, motion_id: int) -> sqlite3.Row | None:
    """A motion with the meeting and item it was made at (None for one recorded before migration 15)."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT m.*, mm.meeting_id, mm.item FROM recusal_motions m LEFT JOIN motion_meetings mm"
        " ON mm.motion_id = m.id WHERE m.id = ?", (motion_id,)).fetchone()
    return row


def motion_ids(conn: sqlite3.Connection) -> list[int]:
    """Every motion's id, in the order recorded."""
    return [r[0] for r in conn.execute("SELECT id FROM recusal_motions ORDER BY id")]


def insert_vote(conn: sqlite3.Connection, motion_id: int, voter_id: str, vote: str, at: str, actor: str) -> int:
    """Append one member's vote on a motion; its id."""
    return inserted_id(conn.execute(
        "INSERT INTO recusal_votes (motion_id, voter_id, vote, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
        (motion_id, voter_id, vote, at, actor)))


def insert_votes(conn: sqlite3.Connection, motion_id: int, votes: Iterable[tuple[str, str]], at: str,
                 actor: str) -> None:
    """Append a roll call's votes on a motion: (voter, vote)."""
    conn.executemany("INSERT INTO recusal_votes (motion_id, voter_id, vote, recorded_at, recorded_by)"
                     " VALUES (?, ?, ?, ?, ?)", [(motion_id, voter, vote, at, actor) for voter, vote in votes])


def motion_votes(conn: sqlite3.Connection, motion_id: int) -> list[tuple[str, str]]:
    """A motion's votes as recorded: (voter, vote), oldest first (a later one replaces an earlier)."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT voter_id, vote FROM recusal_votes WHERE motion_id = ? ORDER BY id", (motion_id,))]


__all__ = ["insert_motion", "insert_vote", "insert_votes", "motion_ids", "motion_row", "motion_votes",
           "pending_motion", "place_motion"]
