"""Backup and restore of the coi database, safe while the dashboard and the CLI use it.

A backup is SQLite's online backup (``sqlite3.Connection.backup``): a consistent copy of the
database at one moment, taken page by page without stopping writers, written beside the
target under a random name (0600, made exclusively) and moved into place only once it passes
``PRAGMA integrity_check``. The chain's key is not in the backup: it lives beside the
database (coi.store.chain, README "The chain key") and is backed up apart from it.

A restore trusts nothing in the backup it has not checked (:func:`plan_restore`): SQLite's
integrity check, a schema exactly coi's for the backup's version (tables, indexes, triggers,
views), the hash chain verified with the key, and a list of the sign-in accounts it would
add, remove or change, for a person to read; then it copies the backup over the live
database with the same online-backup API, in one step.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from coi.errors import CoiError
from coi.store import chain, schema
from coi.store.files import (
    UnsafeTarget,
    make_private_folder,
    prepare_database_file,
    private_temporary,
    refuse_link,
    write_private,
)
from coi.store.migrations import MIGRATIONS

CHAINED_SINCE = 6  # the schema version that brought the hash chain


class BackupError(CoiError, RuntimeError):
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


@dataclass(frozen=True, slots=True)
class AccountChange:
    """How a restore would change one sign-in account."""

    username: str
    change: str  # "added (admin)", "removed", "role staff → admin", "password changed", "enabled", …

    def __str__(self) -> str:
        return f"{self.username}: {self.change}"


@dataclass(frozen=True, slots=True)
class RestorePlan:
    """A backup checked and ready to restore over ``db_path``: its schema is coi's for its
    version, its chain verifies with the key, and ``accounts`` lists every sign-in account
    the restore would add, remove or change — for a person to read before it replaces anything."""

    source: Path
    db_path: Path
    version: int
    key_path: Path | None  # the key the chain was checked with (None: a backup from before the chain was keyed)
    entries: int
    head: str
    accounts: tuple[AccountChange, ...]


def _accounts(path: Path) -> dict[str, dict] | None:
    """The sign-in accounts of a database, by username (None: no database or no accounts table)."""
    if not path.exists():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'").fetchone():
            return None
        return {r["username"]: dict(r) for r in conn.execute("SELECT * FROM accounts")}
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def account_changes(now: dict[str, dict] | None, then: dict[str, dict] | None) -> tuple[AccountChange, ...]:
    """What restoring accounts ``then`` over accounts ``now`` would change, account by account."""
    current, restored = now or {}, then or {}
    out = []
    for username in sorted(set(current) | set(restored)):
        a, b = current.get(username), restored.get(username)
        if b is None:  # the name is in one of the two: here only in the accounts now
            out.append(AccountChange(username, f"removed (was {a.get('role') if a else None})"))
            continue
        if a is None:
            state = "disabled" if b.get("disabled") else "enabled"
            member = f", member {b['member_id']}" if b.get("member_id") else ""
            out.append(AccountChange(username, f"added ({b.get('role')}{member}, {state})"))
            continue
        if a.get("role") != b.get("role"):
            out.append(AccountChange(username, f"role {a.get('role')} → {b.get('role')}"))
        if a.get("member_id") != b.get("member_id"):
            out.append(AccountChange(username, f"member {a.get('member_id')} → {b.get('member_id')}"))
        if a.get("password_hash") != b.get("password_hash"):
            out.append(AccountChange(username, "password changed"))
        if bool(a.get("disabled")) != bool(b.get("disabled")):
            out.append(AccountChange(username, "disabled" if b.get("disabled") else "enabled"))
        for column in ("must_change_password", "oidc_issuer", "oidc_subject"):
            if a.get(column) != b.get(column):
                out.append(AccountChange(username, f"{column.replace('_', ' ')} changed"))
    return tuple(out)


@contextmanager
def staged(source: str | os.PathLike, db_path: str | os.PathLike) -> Iterator[Path]:
    """A private copy of the backup beside the database (removed afterwards), so that what is
    checked is what is restored, whatever happens to the backup file meanwhile."""
    db_path = Path(db_path)
    make_private_folder(db_path.parent)
    tmp = private_temporary(db_path)
    try:
        shutil.copyfile(source, tmp)
        yield tmp
    finally:
        for p in (tmp, *(Path(f"{tmp}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
            p.unlink(missing_ok=True)


def plan_restore(source: str | os.PathLike, db_path: str | os.PathLike,
                 key_path: str | os.PathLike | None = None, *, label: str | None = None) -> RestorePlan:
    """Check a backup before it may replace the database at ``db_path``: SQLite's integrity
    check; its schema (tables, indexes, triggers, views) exactly coi's for its version — a
    removed append-only trigger or a hidden one that rewrites answers is refused, named; its
    hash chain verified with the key (``key_path``, default the database's own key file);
    and the accounts it would add, remove or change. BackupError naming what is wrong."""
    source, db_path = Path(source), Path(db_path)
    label = label or str(source)
    try:
        version = _check(source)
    except BackupError as exc:
        raise BackupError(str(exc).replace(str(source), label)) from exc
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        found = schema.differences(schema.schema_of(conn), schema.expected(version))
        if found:
            raise BackupError(f"{label} is not a coi database as coi made it (schema version {version}); "
                              f"refused, nothing was replaced. It differs from coi's schema:"
                              + "".join(f"\n  {d}" for d in found))
        key = None
        if version >= chain.KEYED_SINCE:
            key_path = Path(key_path) if key_path else chain.key_file(db_path)
            try:
                key = chain.read_key(key_path)
            except chain.ChainKeyError as exc:
                raise BackupError(f"the backup's hash chain cannot be checked: {exc}. Give the key of the "
                                  f"database the backup was taken from (--key FILE)") from exc
        else:  # a backup from before the chain was keyed: its unkeyed chain is checked as it is
            key_path = None
        chain.register(conn, key)
        if version >= CHAINED_SINCE:
            verdict = chain.verify(conn, check_schema=False)  # the whole schema was compared above
            entries, head = verdict.entries, verdict.head
            if not verdict.ok:
                raise BackupError(f"the backup's hash chain does not verify: refused, nothing was replaced. "
                                  f"{len(verdict.problems)} problem(s):"
                                  + "".join(f"\n  {p}" for p in verdict.problems[:20]))
        else:
            entries, head = 0, chain.GENESIS
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{label} cannot be read as a coi database ({exc})") from exc
    finally:
        conn.close()
    return RestorePlan(source, db_path, version, key_path, entries, head,
                       account_changes(_accounts(db_path), _accounts(source)))


def restore(source: str | os.PathLike, db_path: str | os.PathLike, *, key_path: str | os.PathLike | None = None,
            plan: RestorePlan | None = None) -> int:
    """Replace the database at ``db_path`` with the backup ``source``, checked first
    (:func:`plan_restore`; give the ``plan`` a person approved); returns the restored schema
    version. When the database has no key file yet, the key the backup was checked with is
    copied there (0600). Open the result with coi.store.database to migrate it."""
    plan = plan or plan_restore(source, db_path, key_path)
    source, db_path = plan.source, plan.db_path
    prepare_database_file(db_path)  # a database restored where there was none is private too
    own_key = chain.key_file(db_path)
    if plan.key_path is not None and not own_key.exists() and Path(plan.key_path) != own_key:
        write_private(own_key, chain.read_key(plan.key_path).hex().encode("ascii") + b"\n")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path, timeout=30)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return plan.version


__all__ = ["BackupError", "AccountChange", "RestorePlan", "account_changes", "backup", "plan_restore", "restore", "staged"]
