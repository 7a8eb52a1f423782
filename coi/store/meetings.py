"""The SQL of meetings: agendas, absences and the votes on agenda items (tables ``meetings``,
``agenda_items``, ``absences``, ``item_votes``: migration 5). Each function runs inside the
caller's transaction, so :mod:`coi.decisions.meetings` keeps the rules and the store the SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def meeting_exists(conn: sqlite3.Connection, meeting_id: str) -> bool:
    return conn.execute("SELECT 1 FROM meetings WHERE meeting_id = ?", (meeting_id,)).fetchone() is not None


def meeting_row(conn: sqlite3.Connection, meeting_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute("SELECT * FROM meetings WHERE meeting_id = ?", (meeting_id,)).fetchone()
    return row


def meeting_ids(conn: sqlite3.Connection) -> list[str]:
    """Every meeting's id, by date."""
    return [r[0] for r in conn.execute("SELECT meeting_id FROM meetings ORDER BY meeting_date, meeting_id")]


def agenda(conn: sqlite3.Connection, meeting_id: str) -> list[tuple[int, str]]:
    """A meeting's agenda: (item, case id), by item."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT item, case_id FROM agenda_items WHERE meeting_id = ? ORDER BY item", (meeting_id,))]


def items_of_case(conn: sqlite3.Connection, meeting_id: str, case_id: str) -> list[int]:
    """The items of a meeting's agenda that take up ``case_id``, in order."""
    return [r[0] for r in conn.execute("SELECT item FROM agenda_items WHERE meeting_id = ? AND case_id = ? "
                                       "ORDER BY item", (meeting_id, case_id))]


def every_agenda_item(conn: sqlite3.Connection) -> dict[tuple[str, int], str]:
    """(meeting, item) → case id, for every meeting."""
    return {(r[0], r[1]): r[2] for r in conn.execute("SELECT meeting_id, item, case_id FROM agenda_items")}


def has_item_votes(conn: sqlite3.Connection, meeting_id: str) -> bool:
    return conn.execute("SELECT 1 FROM item_votes WHERE meeting_id = ? LIMIT 1", (meeting_id,)).fetchone() is not None


def save_meeting(conn: sqlite3.Connection, meeting_id: str, meeting_date: str, at: str, actor: str) -> None:
    """Create a meeting, or change its date; who changed it last and when."""
    conn.execute("INSERT INTO meetings (meeting_id, meeting_date, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (meeting_id) DO UPDATE SET meeting_date = excluded.meeting_date, "
                 "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                 (meeting_id, meeting_date, at, actor))


def replace_agenda(conn: sqlite3.Connection, meeting_id: str, items: Iterable[tuple[int, str]]) -> None:
    """A meeting's agenda made ``items`` (item, case id)."""
    conn.execute("DELETE FROM agenda_items WHERE meeting_id = ?", (meeting_id,))
    conn.executemany("INSERT INTO agenda_items (meeting_id, item, case_id) VALUES (?, ?, ?)",
                     [(meeting_id, item, case_id) for item, case_id in items])


def set_absence(conn: sqlite3.Connection, meeting_id: str, member_id: str, note: str | None) -> None:
    conn.execute("INSERT OR REPLACE INTO absences (meeting_id, member_id, note) VALUES (?, ?, ?)",
                 (meeting_id, member_id, note))


def clear_absence(conn: sqlite3.Connection, meeting_id: str, member_id: str) -> None:
    conn.execute("DELETE FROM absences WHERE meeting_id = ? AND member_id = ?", (meeting_id, member_id))


def absentees(conn: sqlite3.Connection, meeting_id: str) -> list[str]:
    """The members known to be absent from a meeting."""
    return [r[0] for r in conn.execute("SELECT member_id FROM absences WHERE meeting_id = ? ORDER BY member_id",
                                       (meeting_id,))]


def insert_item_votes(conn: sqlite3.Connection, votes: Iterable[tuple[str, int, str, str | None, str]], at: str,
                      actor: str) -> None:
    """Append votes on agenda items: (meeting, item, member, vote, the case the item took up)."""
    conn.executemany("INSERT INTO item_votes (meeting_id, item, member_id, vote, recorded_at, recorded_by, "
                     "case_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(meeting_id, item, member_id, vote, at, actor, case_id)
                      for meeting_id, item, member_id, vote, case_id in votes])


def item_votes(conn: sqlite3.Connection, meeting_id: str) -> list[tuple[int, str, str | None]]:
    """A meeting's votes on its items as recorded: (item, member, vote), oldest first."""
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT item, member_id, vote FROM item_votes WHERE meeting_id = ? ORDER BY id", (meeting_id,))]


def voted_cases(conn: sqlite3.Connection, meeting_id: str) -> dict[int, str]:
    """Item → the case it took up, as each vote recorded it (the latest vote's wins)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT item, case_id FROM item_votes WHERE meeting_id = ? AND case_id IS NOT NULL ORDER BY id",
        (meeting_id,))}


__all__ = ["absentees", "agenda", "clear_absence", "every_agenda_item", "has_item_votes", "insert_item_votes",
           "item_votes", "items_of_case", "meeting_exists", "meeting_ids", "meeting_row",
           "replace_agenda", "save_meeting", "set_absence", "voted_cases"]
