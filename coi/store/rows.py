"""Small helpers the store's table modules share for reading what SQLite hands back."""

from __future__ import annotations

import sqlite3


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT gave its row (sqlite3 types ``lastrowid`` as optional; after an
    INSERT into a rowid table it is always set)."""
    row_id = cursor.lastrowid
    if row_id is None:  # not reachable after an INSERT: a programming error, said plainly
        raise RuntimeError("the statement inserted no row: inserted_id is for an INSERT's cursor")
    return row_id


__all__ = ["inserted_id"]
