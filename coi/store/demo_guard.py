"""What keeps the demo and a real Panel apart: a database the demo is loaded into says so.

``coi demo`` loads the demo only into an empty database (which it marks as the demo's) or a
database that holds nothing but the demo; it refuses any other, before opening it for
writing, so a real Panel's roster, disclosures, docket and accounts are never touched. The
demo's accounts, with their published passwords, are made only in a demo database and only
for the demo's members. The dashboard refuses to serve a database that is not the demo's
while an account there still signs in with a published demo password.

This module keeps its own two tables (``demo_marker``, ``demo_made``: migration 10) in the
database through the store's transactions, as :mod:`coi.store.accounts` keeps the accounts'.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coi.errors import CoiError
from coi.model import Member
from coi.settings import DEMO_DB
from coi.store.database import Store

#: Tables a Panel's own data lives in: any row in one of them means a database is not empty.
PANEL_TABLES = ("members", "disclosures", "cases", "parties", "accounts", "imports", "meetings")
#: Disclosure edits members make in the dashboard (coi.decisions.views.save_disclosures) are stored as
#: imports from this source; in a demo database they are the demo's members playing with it.
DASHBOARD_EDIT = "dashboard: %"
SHOWN = 5  # names listed in a refusal; the rest are counted


class NotTheDemo(CoiError, RuntimeError):
    """The database holds more than the demo; the message says what, and what to do."""


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _marked(conn: sqlite3.Connection, tables: set[str]) -> bool:
    return "demo_marker" in tables and conn.execute("SELECT 1 FROM demo_marker").fetchone() is not None


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN])
    return shown + (f" and {len(names) - SHOWN:,} more" if len(names) > SHOWN else "")


def _strangers(conn: sqlite3.Connection) -> list[str]:
    """Members on the roster now whom the demo did not load (a marked database only)."""
    return [r[0] for r in conn.execute(
        "SELECT member_id FROM members WHERE active = 1 AND (import_id IS NULL OR import_id NOT IN "
        "(SELECT CAST(ref AS INTEGER) FROM demo_made WHERE kind = 'import')) ORDER BY member_id")]


def foreign_content(conn: sqlite3.Connection) -> list[str]:
    """What a database holds that the demo did not put there, in words; empty for an empty
    database and for one that holds only the demo (and what its members did in the
    dashboard: answers, disclosure edits). Reads only; works on a database of any coi
    schema, and says so of a SQLite file that is not coi's."""
    tables = _tables(conn)
    if not tables:
        return []
    if "members" not in tables:
        return [f"tables that are not coi's ({_listed(sorted(tables))}): it is another program's database"]
    if not _marked(conn, tables):
        found = []
        for table in PANEL_TABLES:
            if table in tables and (n := conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]):
                found.append(f"{n:,} {table}")
        return [f"a Panel's data that the demo did not load ({', '.join(found)})"] if found else []
    found = []
    rows = conn.execute(
        "SELECT kind, source, imported_at FROM imports WHERE id NOT IN "
        "(SELECT CAST(ref AS INTEGER) FROM demo_made WHERE kind = 'import') "
        "AND NOT (kind = 'disclosures' AND source LIKE ?) ORDER BY id", (DASHBOARD_EDIT,)).fetchall()
    if rows:
        found.append("imports the demo did not make: " + _listed([f"{k} from {s} ({at[:10]})" for k, s, at in rows]))
    if strangers := _strangers(conn):
        found.append("members the demo did not load: " + _listed(strangers))
    others = [r[0] for r in conn.execute(
        "SELECT username FROM accounts WHERE username NOT IN "
        "(SELECT ref FROM demo_made WHERE kind = 'account') ORDER BY username")]
    if others:
        found.append("accounts the demo did not make: " + _listed(others))
    return found


def _refusal(path: str | os.PathLike, found: list[str]) -> NotTheDemo:
    return NotTheDemo(
        f"{path} is not a demo database: it holds {'; '.join(found)}. coi demo loads the demo only into an empty "
        f"database or one that holds nothing but the demo, and nothing was changed. Give the demo its own "
        f"database: coi demo --db {DEMO_DB} (what make run does), or any new file; if {path} is an old demo "
        f"database you no longer need, delete it and run again.")


def check_before_loading(path: str | os.PathLike) -> None:
    """NotTheDemo unless the database at ``path`` is missing, empty or holds only the demo —
    checked read-only, before anything opens it for writing (nor migrates it)."""
    path = Path(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = foreign_content(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotTheDemo(f"{path} is not a SQLite database ({exc}); nothing was changed. Give the demo its own "
                         f"database: coi demo --db {DEMO_DB} (what make run does).") from exc
    if found:
        raise _refusal(path, found)


def mark(store: Store, *, actor: str) -> None:
    """Mark the database as the demo's, in one transaction with a last check that it is empty
    or the demo's already (NotTheDemo otherwise: nothing is written)."""
    with store.transaction() as conn:
        if found := foreign_content(conn):
            raise _refusal(store.path, found)
        if not _marked(conn, _tables(conn)):
            conn.execute("INSERT INTO demo_marker (id, marked_at, marked_by) VALUES (1, ?, ?)",
                         (store.now(), actor))
            store.audit("marked as the demo's database", actor, {})


def _demo_roster(conn: sqlite3.Connection) -> list[str]:
    """Why the database is not a demo database for the demo's accounts, or nothing: it must
    be marked, and everyone on its roster loaded by the demo (a docket uploaded or accounts
    added while trying the demo do not change that; a real roster imported into it does)."""
    if not _marked(conn, _tables(conn)):
        return ["coi demo did not load it"]
    if strangers := _strangers(conn):
        return ["members the demo did not load: " + _listed(strangers)]
    return []


def is_demo(store: Store) -> bool:
    """True for a database coi demo loaded whose roster is still the demo's."""
    with store.reading() as conn:
        return not _demo_roster(conn)


@contextmanager
def loading(store: Store) -> Iterator[None]:
    """One step of ``coi demo`` in one transaction: the imports made inside it are noted as
    the demo's (a re-run that finds a file already imported makes none, and needs none)."""
    with store.transaction() as conn:
        before = conn.execute("SELECT coalesce(max(id), 0) FROM imports").fetchone()[0]
        yield
        conn.execute("INSERT OR IGNORE INTO demo_made (kind, ref) "
                     "SELECT 'import', CAST(id AS TEXT) FROM imports WHERE id > ?", (before,))


def record_account(store: Store, username: str) -> None:
    """Note an account the demo made (with a published password) as the demo's."""
    with store.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO demo_made (kind, ref) VALUES ('account', ?)", (username,))


def demo_members(store: Store) -> list[Member]:
    """The members on the demo's roster, the only ones the demo makes accounts for, when the
    database is a demo database (NotTheDemo otherwise)."""
    with store.reading() as conn:
        if found := _demo_roster(conn):
            raise NotTheDemo(f"{store.path} is not a demo database ({'; '.join(found)}): the demo's accounts, "
                             f"whose passwords are published, are made only in a database coi demo loaded")
    return store.members(active_only=True)


# ------------------------------------------------------------------ published passwords

# (published password, stored hash) → whether it signs in. A hash is salted, so a changed
# password is a new key: the answer never goes stale, and each hash costs one scrypt per
# process however often the dashboard asks (once per page view).
_VERIFIED: dict[tuple[str, str], bool] = {}
_LOGGED: dict[str, list[str]] = {}  # database path → the accounts last named in the server's log
log = logging.getLogger("coi.store.demo_guard")


def _published_password(username: str, member_id: str | None) -> str | None:
    """The password the README publishes for an account the demo makes by this name, if any."""
    from coi.decisions.accounts import DEMO_STAFF, demo_password

    staff = {u: pw for u, _, pw in DEMO_STAFF}
    if username in staff:
        return staff[username]
    if member_id is not None and username == member_id.lower():
        return demo_password(member_id)
    return None


def published_passwords_that_work(store: Store) -> list[str]:
    """The usernames of enabled accounts that still sign in with a published demo password
    (``staff``/``admin`` and ``m01``…-style member accounts are the ones the demo makes)."""
    from coi.decisions.accounts import verify_password

    with store.reading() as conn:
        rows = conn.execute("SELECT username, member_id, password_hash FROM accounts WHERE disabled = 0 "
                            "ORDER BY username").fetchall()
    working = []
    for username, member_id, stored in rows:
        published = _published_password(username, member_id)
        if published is None:
            continue
        key = (published, stored)
        if key not in _VERIFIED:
            _VERIFIED[key] = verify_password(published, stored)
        if _VERIFIED[key]:
            working.append(username)
    return working


def dashboard_refusal(store: Store) -> str | None:
    """Why the dashboard must not serve this database, or None: a database that is not the
    demo's where an account still signs in with a password anyone can read in the README.
    The page is shown to anyone, so it counts those accounts; their names go to the server's
    log, for the operator (once for each change)."""
    if is_demo(store):
        return None
    working = published_passwords_that_work(store)
    if not working:
        return None
    if _LOGGED.get(store.path) != working:
        _LOGGED[store.path] = working
        log.warning("%s: accounts that still sign in with a published demo password: %s", store.path,
                    ", ".join(working))
    return (f"The dashboard will not start on this database. It is not the demo's database, but "
            f"{len(working)} account(s) on it still sign in with the demo passwords published in the README, "
            f"so anyone could sign in. The server's log names them: change their passwords "
            f"(coi account passwd USERNAME) or disable them (coi account disable USERNAME), then reload this page. "
            f"To try the demo, run make run: it uses its own database, {DEMO_DB}.")


__all__ = ["DEMO_DB", "NotTheDemo", "foreign_content", "check_before_loading", "mark", "is_demo", "loading",
           "record_account", "demo_members", "published_passwords_that_work", "dashboard_refusal"]
