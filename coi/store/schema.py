"""The schema a coi database of a given version must have, and how another one differs from
it: tables, indexes, triggers and views, by name and normalised SQL. The expected schema is
built by migrating an empty in-memory database to that version, so it is never written
twice. ``coi verify`` compares the triggers (a dropped append-only trigger, or a hidden one
that rewrites answers, is named); ``coi restore`` compares everything before it replaces a
database with a backup."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

KINDS = ("table", "index", "trigger", "view")

Schema = dict[tuple[str, str], str]  # (type, name) -> normalised SQL


def normalise(sql: str | None) -> str:
    """SQL with its runs of white space made one space (SQLite keeps the text as written)."""
    return re.sub(r"\s+", " ", sql or "").strip()


def schema_of(conn: sqlite3.Connection) -> Schema:
    """The schema objects of a database (SQLite's own ``sqlite_…`` objects aside)."""
    return {(kind, name): normalise(sql) for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view')"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}


@lru_cache(maxsize=None)
def _expected(version: int) -> tuple[tuple[tuple[str, str], str], ...]:
    from coi.store.database import _statements
    from coi.store.migrations import MIGRATIONS

    if not 0 <= version <= len(MIGRATIONS):
        raise ValueError(f"schema version {version} is not one this coi knows (1 to {len(MIGRATIONS)})")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for script in MIGRATIONS[:version]:
            for statement in _statements(script):
                conn.execute(statement)
        return tuple(sorted(schema_of(conn).items()))
    finally:
        conn.close()


def expected(version: int) -> Schema:
    """The schema of a coi database of ``version``: an empty database migrated to it."""
    return dict(_expected(version))


def differences(actual: Schema, wanted: Schema, kinds: tuple[str, ...] = KINDS) -> list[str]:
    """Every difference of ``actual`` from ``wanted`` in plain words, by object."""
    out = []
    for kind, name in sorted(set(actual) | set(wanted)):
        if kind not in kinds:
            continue
        if (kind, name) not in actual:
            out.append(f"{kind} {name} is missing")
        elif (kind, name) not in wanted:
            out.append(f"{kind} {name} is not part of coi's schema: {actual[kind, name][:160]}")
        elif actual[kind, name] != wanted[kind, name]:
            out.append(f"{kind} {name} differs from coi's: {actual[kind, name][:160]}")
    return out


def version_of(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def trigger_differences(conn: sqlite3.Connection) -> list[str]:
    """The database's triggers against coi's for its schema version: missing, changed, added."""
    try:
        wanted = expected(version_of(conn))
    except ValueError as exc:
        return [str(exc)]
    return [f"schema: {d}" for d in differences(schema_of(conn), wanted, ("trigger",))]


__all__ = ["Schema", "KINDS", "normalise", "schema_of", "expected", "differences", "trigger_differences",
           "version_of"]
