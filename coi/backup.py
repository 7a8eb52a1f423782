"""Backup and restore of the coi database, safe while the dashboard and the CLI use it.

A backup is SQLite's online backup (``sqlite3.Connection.backup``): a consistent copy of the
database at one moment, taken page by page without stopping writers, written beside the
target under a random name (0600, made exclusively) and moved into place only once it passes
``PRAGMA integrity_check``. A restore checks the backup the same way (and that this coi
knows its schema) before copying it over the live database with the same API, in one step.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from coi.files import UnsafeTarget, prepare_database_file, private_temporary, refuse_link
from coi.migrations import MIGRATIONS


class BackupError(RuntimeError):
    """A backup or restore that could not be made; the message says why and what to do."""


def _check(path: Path) -> int:
    """The schema version of a sound coi database at ``path``; BackupError otherwise."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a SQLite database ({exc})") from exc
    if result != "ok":
        raise BackupError(f"{path} fails SQLite's integrity check: {result}")
    if "prompts" not in tables:
        raise BackupError(f"{path} is a SQLite database but not a coi one")
    if version > len(MIGRATIONS):
        raise BackupError(f"{path} has schema version {version}; this coi knows up to {len(MIGRATIONS)}: upgrade coi")
    return version


def backup(db_path: str | os.PathLike, target: str | os.PathLike) -> int:
    """Copy the live database to ``target`` (a private file, 0600); returns the copy's size in bytes."""
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():
        raise BackupError(f"there is no database at {db_path}")
    try:
        refuse_link(target)
    except UnsafeTarget as exc:
        raise BackupError(str(exc)) from exc
    # a random name made exclusively beside the target: nothing planted at a name known in
    # advance can redirect the copy, and nobody else can read it while it is written
    tmp = private_temporary(target)
    try:
        src = sqlite3.connect(db_path, timeout=30)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst, pages=1024)  # a step at a time: writers are never held up for long
            finally:
                dst.close()
        finally:
            src.close()
        _check(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:  # the empty -wal and -shm a read-only check of a WAL-mode copy leaves behind
        for suffix in ("-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return target.stat().st_size


def restore(source: str | os.PathLike, db_path: str | os.PathLike) -> int:
    """Replace the database at ``db_path`` with the backup ``source`` (checked first);
    returns the restored schema version. Open the result with coi.store to migrate it."""
    source, db_path = Path(source), Path(db_path)
    version = _check(source)
    prepare_database_file(db_path)  # a database restored where there was none is private too
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path, timeout=30)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return version


__all__ = ["BackupError", "backup", "restore"]
