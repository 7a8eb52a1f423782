"""Tamper evidence: the decisions, the votes (recusal motions and votes, who voted on each
agenda item) and the audit log are hash-chained.

Every row appended to one of those tables appends an entry to ``chain`` in the same
transaction (a trigger): ``hash = sha256(previous hash | table | row id | the row as JSON)``.
:func:`verify` walks the chain and recomputes every hash from the rows as they are now, so an
edited row (its hash no longer fits), a deleted row (its entry points at nothing), an
inserted row (a row with no entry, or an entry whose predecessor does not fit) or entries
reordered are found, at any position. The head — the latest hash — is printed on every
meeting report, so that an edit made after a meeting is visible against its minutes, even
one that rewrote the chain's tail.

The hash is computed in SQL with a function every coi connection registers
(``coi_sha256``): a program that writes to the database without it cannot append to a
chained table at all.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

#: The chained tables and their columns, in the order their JSON is written.
TABLES: dict[str, tuple[str, ...]] = {
    "decisions": ("id", "prompt_key", "member_id", "answer", "reason", "decided_by", "decided_at"),
    "audit_log": ("id", "at", "actor", "action", "detail"),
    "recusal_motions": ("id", "case_id", "member_id", "moved_by", "note", "recorded_at", "recorded_by"),
    "recusal_votes": ("id", "motion_id", "voter_id", "vote", "recorded_at", "recorded_by"),
    "item_votes": ("id", "meeting_id", "item", "member_id", "vote", "recorded_at", "recorded_by"),
}
GENESIS = "0" * 64


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def register(conn: sqlite3.Connection) -> None:
    """Give a connection the function the chain's triggers call."""
    conn.create_function("coi_sha256", 1, sha256, deterministic=True)


def _row_json(table: str) -> str:
    return "json_array(" + ", ".join(f"NEW.{c}" for c in TABLES[table]) + ")"


def _hash_sql(table: str, row_json: str, row_id: str) -> str:
    prev = f"coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '{GENESIS}')"
    return f"coi_sha256({prev} || '|{table}|' || {row_id} || '|' || {row_json})"


def migration_script() -> str:
    """The chain table, its append-only triggers, and a trigger per chained table."""
    parts = ["""
CREATE TABLE chain (
    id       INTEGER PRIMARY KEY,
    tbl      TEXT NOT NULL,
    row_id   INTEGER NOT NULL,
    prev     TEXT NOT NULL,
    hash     TEXT NOT NULL,
    UNIQUE (tbl, row_id)
);
CREATE TABLE chain_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TRIGGER chain_no_update BEFORE UPDATE ON chain BEGIN SELECT RAISE(ABORT, 'the chain is append-only'); END;
CREATE TRIGGER chain_no_delete BEFORE DELETE ON chain BEGIN SELECT RAISE(ABORT, 'the chain is append-only'); END;
"""]
    for table in TABLES:
        prev = f"coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '{GENESIS}')"
        parts.append(f"""
CREATE TRIGGER {table}_chained AFTER INSERT ON {table}
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('{table}', NEW.id, {prev}, {_hash_sql(table, _row_json(table), 'NEW.id')});
END;
""")
    return "".join(parts)


def backfill(conn: sqlite3.Connection) -> int:
    """Chain the rows a database held before it had a chain (once, at the upgrade), table
    by table in id order. Returns the rows chained."""
    if conn.execute("SELECT 1 FROM chain_state WHERE key = 'backfilled'").fetchone():
        return 0
    n = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        prev = conn.execute("SELECT hash FROM chain ORDER BY id DESC LIMIT 1").fetchone()
        prev = prev[0] if prev else GENESIS
        for table, cols in TABLES.items():
            chained = {r[0] for r in conn.execute("SELECT row_id FROM chain WHERE tbl = ?", (table,))}
            for row in conn.execute(f"SELECT id, json_array({', '.join(cols)}) FROM {table} ORDER BY id").fetchall():
                if row[0] in chained:
                    continue
                h = sha256(f"{prev}|{table}|{row[0]}|{row[1]}")
                conn.execute("INSERT INTO chain (tbl, row_id, prev, hash) VALUES (?, ?, ?, ?)", (table, row[0], prev, h))
                prev, n = h, n + 1
        conn.execute("INSERT INTO chain_state (key, value) VALUES ('backfilled', ?)", (str(n),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return n


@dataclass(frozen=True, slots=True)
class Verdict:
    entries: int
    head: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn: sqlite3.Connection) -> Verdict:
    """Walk the chain and recompute every link from the rows as they are now."""
    problems: list[str] = []
    prev = GENESIS
    seen: dict[str, set[int]] = {t: set() for t in TABLES}
    entries = conn.execute("SELECT id, tbl, row_id, prev, hash FROM chain ORDER BY id").fetchall()
    for entry_id, table, row_id, stored_prev, stored_hash in entries:
        where = f"chain entry {entry_id} ({table} row {row_id})"
        if stored_prev != prev:
            problems.append(f"{where}: does not follow the entry before it (entries inserted, deleted or reordered)")
        if table not in TABLES:
            problems.append(f"{where}: names a table that is not chained")
            prev = stored_hash
            continue
        seen[table].add(row_id)
        row = conn.execute(f"SELECT json_array({', '.join(TABLES[table])}) FROM {table} WHERE id = ?",
                           (row_id,)).fetchone()
        if row is None:
            problems.append(f"{where}: the row is gone (deleted)")
        elif sha256(f"{stored_prev}|{table}|{row_id}|{row[0]}") != stored_hash:
            problems.append(f"{where}: the row was changed after it was written")
        prev = stored_hash
    for table in TABLES:
        for (row_id,) in conn.execute(f"SELECT id FROM {table} ORDER BY id"):
            if row_id not in seen[table]:
                problems.append(f"{table} row {row_id}: not in the chain (inserted behind coi's back)")
    return Verdict(len(entries), prev, tuple(problems))


def head(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM chain ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


__all__ = ["TABLES", "GENESIS", "register", "migration_script", "backfill", "verify", "head", "Verdict", "sha256"]
