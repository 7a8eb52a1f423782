"""Tamper evidence: the decisions, the votes (recusal motions and votes, who voted on each
agenda item), the facts of every prompt the removal-exposure audit reads, and the audit
log are hash-chained — keyed with a secret kept outside the database.

Every row appended to one of those tables appends an entry to ``chain`` in the same
transaction (a trigger): ``hash = HMAC-SHA256(key, previous hash | table | row id | the row
as JSON)``. :func:`verify` walks the chain and recomputes every hash from the rows as they
are now, so an edited row (its hash no longer fits), a deleted row (its entry points at
nothing), an inserted row (a row with no entry, or an entry whose predecessor does not fit)
or entries reordered are found, at any position. It also checks that the schema's triggers
are exactly coi's (coi.store.schema): a trigger dropped, changed or added is named.

The key (32 random bytes, in hex) lives in a file beside the database, ``<database>.key``,
private to the account that runs coi (0600), made on first use. Someone who can write the
database but not read the key cannot recompute a single hash; someone who has both can, and
that is what the exported head is for: the head — the latest hash — is printed on every
meeting report, and ``coi verify --against HEAD`` checks that a later copy still holds that
head at its position, so a history cut or rewritten after it is found.

Schema versions 6 to 9 chained with a plain SHA-256 (``coi_sha256``) and fewer columns
(:data:`LEGACY_TABLES`); the upgrade to version 10 (coi.store.database) verifies that chain first and
then re-keys it, entry by entry.

The hash is computed in SQL with a function every coi connection registers
(``coi_chain_mac``): a program that writes to the database without it cannot append to a
chained table at all.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from coi.errors import CoiError
from coi.redaction import ORDER_SECRET

#: The schema version whose chain is keyed (HMAC) and covers the prompts' facts.
KEYED_SINCE = 10

#: The tables schema versions 6-9 chained, and their columns in the order their JSON is
#: written. Frozen: schema version 6's script is generated from it.
LEGACY_TABLES: dict[str, tuple[str, ...]] = {
    "decisions": ("id", "prompt_key", "member_id", "answer", "reason", "decided_by", "decided_at"),
    "audit_log": ("id", "at", "actor", "action", "detail"),
    "recusal_motions": ("id", "case_id", "member_id", "moved_by", "note", "recorded_at", "recorded_by"),
    "recusal_votes": ("id", "motion_id", "voter_id", "vote", "recorded_at", "recorded_by"),
    "item_votes": ("id", "meeting_id", "item", "member_id", "vote", "recorded_at", "recorded_by"),
}
#: The chained tables from schema version 10: a decision carries what it answered, a vote the
#: case of its agenda item, and every prompt's facts (case, member, category, tier, party as
#: its member is shown it) are chained as they change.
TABLES: dict[str, tuple[str, ...]] = {
    "decisions": LEGACY_TABLES["decisions"] + ("answered",),
    "audit_log": LEGACY_TABLES["audit_log"],
    "recusal_motions": LEGACY_TABLES["recusal_motions"],
    "recusal_votes": LEGACY_TABLES["recusal_votes"],
    "item_votes": LEGACY_TABLES["item_votes"] + ("case_id",),
    "prompt_facts": ("id", "prompt_key", "case_id", "member_id", "category", "tier", "status", "shown", "run_id",
                     "recorded_at"),
    # schema version 11 (issue 12, item 3): an answer marked as entered in error
    "decision_errors": ("id", "decision_id", "prompt_key", "member_id", "marked_by", "marked_at"),
    # schema version 12 (issue 14, item 3): the conversation on a prompt answered unsure
    "thread_entries": ("id", "prompt_key", "member_id", "decision_id", "author", "author_role", "body",
                       "written_at"),
    # schema version 13 (issue 14, item 7): "not the same person" judgements, their confirmations and revocations
    "judgements": ("id", "member_id", "tie_key", "tie_name", "party_name", "name_key", "date_of_birth",
                   "affiliations", "affiliation_keys", "case_id", "prompt_key", "decision_id", "judged_by",
                   "judged_at"),
    "judgement_confirmations": ("id", "judgement_id", "decision_id", "prompt_key", "confirmed_by", "confirmed_at"),
    "judgement_revocations": ("id", "judgement_id", "reason", "revoked_by", "revoked_at"),
    # schema version 15 (issue 14, item 4): the meeting and agenda item a recusal motion was made at
    "motion_meetings": ("id", "motion_id", "meeting_id", "item", "recorded_at", "recorded_by"),
}
GENESIS = "0" * 64
KEY_BYTES = 32
_KEY_ID_TEXT = "coi chain key id"
_HEAD = re.compile(r"[0-9a-f]{64}")


class ChainKeyError(CoiError, RuntimeError):
    """The chain's key is missing, unreadable or not the one the chain was made with; the
    message says where it is expected and what to do."""


class ChainBroken(CoiError, RuntimeError):
    """A chain that does not verify where coi must not go on (the upgrade that re-keys it)."""

    def __init__(self, message: str, problems: Iterable[str]):
        self.problems = tuple(problems)
        super().__init__(message + "".join(f"\n  {p}" for p in self.problems[:20])
                         + (f"\n  … and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mac(key: bytes, text: str) -> str:
    """The keyed hash of one chain link."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    """A short name of a key that tells keys apart without revealing them."""
    return mac(key, _KEY_ID_TEXT)[:16]


# ------------------------------------------------------------------ the key file

def key_file(db_path: str | os.PathLike) -> Path:
    """Where the chain key of the database at ``db_path`` lives: ``<database>.key`` beside it
    (a symbolic link there may point to a key kept elsewhere)."""
    return Path(f"{db_path}.key")


def read_key(path: str | os.PathLike) -> bytes:
    """The key in ``path``; ChainKeyError naming the file when it is missing or damaged."""
    path = Path(path)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise ChainKeyError(f"the chain key {path} is missing: restore it from your backup of the key "
                            f"(README, \"The chain key\"); without it the record can be neither verified nor "
                            f"extended") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ChainKeyError(f"the chain key {path} cannot be read ({exc}): check the file") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise ChainKeyError(f"the chain key {path} is damaged (it should be {KEY_BYTES * 2} hexadecimal digits): "
                            f"restore it from your backup of the key")
    _tighten(path)
    return key


def create_key(path: str | os.PathLike) -> bytes:
    """Make a new random key at ``path`` (0600, written whole under a random name and linked
    into place, so two processes starting at once end up with one key); returns the key at
    ``path`` (the other process's, if it won)."""
    from coi.store.files import make_private_folder, private_temporary

    path = Path(path)
    make_private_folder(path.parent)
    tmp = private_temporary(path)
    try:
        tmp.write_text(os.urandom(KEY_BYTES).hex() + "\n", encoding="ascii")
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
    finally:
        tmp.unlink(missing_ok=True)
    return read_key(path)


def _tighten(path: Path) -> None:
    try:
        st = os.stat(path)
        if st.st_mode & 0o077 and st.st_uid == os.geteuid():
            os.chmod(path, st.st_mode & 0o700)
    except OSError:
        pass


# ------------------------------------------------------------------ the SQL

def register(conn: sqlite3.Connection, key: bytes | None = None) -> None:
    """Give a connection the functions the chain's triggers call: the legacy ``coi_sha256``
    and, given the key, ``coi_chain_mac``."""
    conn.create_function("coi_sha256", 1, sha256, deterministic=True)
    if key is not None:
        conn.create_function("coi_chain_mac", 1, lambda text: mac(key, text), deterministic=True)


def _row_json(columns: Iterable[str], prefix: str = "NEW.") -> str:
    return "json_array(" + ", ".join(f"{prefix}{c}" for c in columns) + ")"


def _prev_sql() -> str:
    return f"coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '{GENESIS}')"


def _trigger_sql(table: str, columns: tuple[str, ...], function: str) -> str:
    link = f"{function}({_prev_sql()} || '|{table}|' || NEW.id || '|' || {_row_json(columns)})"
    return f"""
CREATE TRIGGER {table}_chained AFTER INSERT ON {table}
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('{table}', NEW.id, {_prev_sql()}, {link});
END;
"""


def migration_script() -> str:
    """Schema version 6 (released, never changes): the chain table, its append-only
    triggers, and an unkeyed trigger per legacy chained table."""
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
    parts.extend(_trigger_sql(table, LEGACY_TABLES[table], "coi_sha256") for table in LEGACY_TABLES)
    return "".join(parts)


def trigger_script(table: str) -> str:
    """The keyed trigger that chains a table of :data:`TABLES` (for a migration that adds
    a chained table after version 10)."""
    return _trigger_sql(table, TABLES[table], "coi_chain_mac")


def keyed_triggers_script() -> str:
    """The keyed triggers of schema version 10 (its script holds this text, frozen)."""
    drops = "".join(f"DROP TRIGGER {table}_chained;\n" for table in LEGACY_TABLES)
    return drops + "".join(_trigger_sql(table, TABLES[table], "coi_chain_mac") for table in TABLES
                            if table in LEGACY_TABLES or table == "prompt_facts")


@contextmanager
def suspended(conn: sqlite3.Connection, triggers: Iterable[str]) -> Iterator[None]:
    """Inside a migration's transaction: drop the named triggers and create them again, with
    exactly their SQL, afterwards (for the one-off rewrite an upgrade makes)."""
    saved = []
    for name in triggers:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
        if row is not None:
            saved.append(row[0])
            conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for sql in saved:
        conn.execute(sql)


# ------------------------------------------------------------------ building and re-keying

def _backfill_rows(conn: sqlite3.Connection) -> int:
    if conn.execute("SELECT 1 FROM chain_state WHERE key = 'backfilled'").fetchone():
        return 0
    n = 0
    prev = conn.execute("SELECT hash FROM chain ORDER BY id DESC LIMIT 1").fetchone()
    prev = prev[0] if prev else GENESIS
    for table, cols in LEGACY_TABLES.items():
        chained = {r[0] for r in conn.execute("SELECT row_id FROM chain WHERE tbl = ?", (table,))}
        for row in conn.execute(f"SELECT id, {_row_json(cols, '')} FROM {table} ORDER BY id").fetchall():
            if row[0] in chained:
                continue
            h = sha256(f"{prev}|{table}|{row[0]}|{row[1]}")
            conn.execute("INSERT INTO chain (tbl, row_id, prev, hash) VALUES (?, ?, ?, ?)", (table, row[0], prev, h))
            prev, n = h, n + 1
    conn.execute("INSERT INTO chain_state (key, value) VALUES ('backfilled', ?)", (str(n),))
    return n


def backfill(conn: sqlite3.Connection) -> int:
    """Chain, unkeyed, the rows a database of schema version 6-9 held before it had a chain
    (once), table by table in id order; the upgrade to version 10 re-keys them. Returns the
    rows chained."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        n = _backfill_rows(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return n


def verify_legacy_before_rekey(conn: sqlite3.Connection) -> Verdict:
    """Inside the upgrade's transaction: chain the rows from before the chain (if not yet)
    and verify the unkeyed chain; ChainBroken if it does not hold — re-keying a chain that
    does not verify would launder whatever was changed."""
    _backfill_rows(conn)
    verdict = verify(conn, keyed=False, check_schema=False)
    if not verdict.ok:
        raise ChainBroken("the record's hash chain does not verify, so coi will not key it (that would hide what "
                          "was changed): restore the database from a backup taken before the change, or ask "
                          "whoever keeps it. Problems found:", verdict.problems)
    return verdict


def rekey(conn: sqlite3.Connection, key: bytes) -> int:
    """Recompute every link with the key, from the rows as they are (inside the upgrade's
    transaction, after :func:`verify_legacy_before_rekey`). Returns the entries re-keyed."""
    entries = conn.execute("SELECT id, tbl, row_id FROM chain ORDER BY id").fetchall()
    prev = GENESIS
    with suspended(conn, ["chain_no_update"]):
        for entry_id, table, row_id in entries:
            row = conn.execute(f"SELECT {_row_json(TABLES[table], '')} FROM {table} WHERE id = ?",
                               (row_id,)).fetchone()
            h = mac(key, f"{prev}|{table}|{row_id}|{row[0]}")
            conn.execute("UPDATE chain SET prev = ?, hash = ? WHERE id = ?", (prev, h, entry_id))
            prev = h
    conn.execute("INSERT OR REPLACE INTO chain_state (key, value) VALUES ('key_id', ?)", (key_id(key),))
    return len(entries)


# ------------------------------------------------------------------ verifying

@dataclass(frozen=True, slots=True)
class Verdict:
    entries: int
    head: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _existing(conn: sqlite3.Connection, tables: Iterable[str]) -> list[str]:
    """The tables of ``tables`` this database has (a table is chained from the version that made it)."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in tables if t in have]


def _version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def verify(conn: sqlite3.Connection, *, keyed: bool | None = None, check_schema: bool = True) -> Verdict:
    """Walk the chain and recompute every link from the rows as they are now, with the key
    the connection was given (schema version 10 on) or unkeyed (6-9); and check that the
    schema's triggers are exactly coi's for its version."""
    keyed = _version(conn) >= KEYED_SINCE if keyed is None else keyed
    tables, function = (TABLES, "coi_chain_mac") if keyed else (LEGACY_TABLES, "coi_sha256")
    problems: list[str] = []
    if check_schema:
        from coi.store import schema

        problems.extend(schema.trigger_differences(conn))
    if keyed:
        try:
            ours = conn.execute("SELECT coi_chain_mac(?)", (_KEY_ID_TEXT,)).fetchone()[0][:16]
        except sqlite3.OperationalError as exc:
            raise ChainKeyError("the chain key was not given to this connection: open the database with "
                                "coi.store.database.Store") from exc
        made_with = conn.execute("SELECT value FROM chain_state WHERE key = 'key_id'").fetchone()
        if made_with is not None and made_with[0] != ours:
            problems.append(f"the chain was made with another key (key id {made_with[0]}), not the one given "
                            f"(key id {ours}): use the key file of the database it came from")
    prev = GENESIS
    seen: dict[str, set[int]] = {t: set() for t in tables}
    entries = conn.execute("SELECT id, tbl, row_id, prev, hash FROM chain ORDER BY id").fetchall()
    for entry_id, table, row_id, stored_prev, stored_hash in entries:
        where = f"chain entry {entry_id} ({table} row {row_id})"
        if stored_prev != prev:
            problems.append(f"{where}: does not follow the entry before it (entries inserted, deleted or reordered)")
        if table not in tables:
            problems.append(f"{where}: names a table that is not chained")
            prev = stored_hash
            continue
        seen[table].add(row_id)
        row = conn.execute(f"SELECT {function}(? || '|' || ? || '|' || ? || '|' || {_row_json(tables[table], '')})"
                           f" FROM {table} WHERE id = ?", (stored_prev, table, row_id, row_id)).fetchone()
        if row is None:
            problems.append(f"{where}: the row is gone (deleted)")
        elif row[0] != stored_hash:
            problems.append(f"{where}: the row was changed after it was written, or the link recomputed without "
                            f"the key")
        prev = stored_hash
    for table in _existing(conn, tables):
        for (row_id,) in conn.execute(f"SELECT id FROM {table} ORDER BY id"):
            if row_id not in seen[table]:
                problems.append(f"{table} row {row_id}: not in the chain (inserted behind coi's back)")
    return Verdict(len(entries), prev, tuple(problems))


def parse_head(text: str) -> str:
    """A head as printed on a report; ValueError in plain words otherwise."""
    head = text.strip().lower()
    if not _HEAD.fullmatch(head):
        raise ValueError(f"{text!r} is not a chain head: give the 64 hexadecimal digits printed on the meeting "
                         f"report (\"Record's hash-chain head\")")
    return head


def find_head(conn: sqlite3.Connection, head: str) -> tuple[str | None, str]:
    """Where an exported head stands in this chain: (problem or None, what was found). The
    chain itself must verify too (:func:`verify`) — then every entry up to the head is as it
    was when the head was exported. A head exported before the upgrade that keyed the chain
    is found through the upgrade's audit entry (itself chained)."""
    row = conn.execute("SELECT id FROM chain WHERE hash = ?", (head,)).fetchone()
    total = conn.execute("SELECT count(*) FROM chain").fetchone()[0]
    if row is not None:
        return None, f"head {head} is entry {row[0]} of {total:,}: the record up to it is unchanged"
    for (detail,) in conn.execute("SELECT detail FROM audit_log WHERE action = 'chain keyed' ORDER BY id"):
        import json

        d = json.loads(detail)
        if d.get("legacy_head") == head:
            return None, (f"head {head} is from before the chain was keyed: it was entry {d.get('entries')} then, "
                          f"verified when the chain was keyed; the record up to it is unchanged")
    return (f"head {head} is not in this chain: the record was cut back or rewritten after that head was exported "
            f"(the chain now has {total:,} entries)"), ""


def head(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM chain ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def order_secret(store) -> bytes:
    """The key of the draw that orders look-alike cards: derived from the database's chain key
    (kept beside it, never in it), so every process serving one database draws alike."""
    try:
        return hmac.new(read_key(key_file(store.path)), b"coi: the order of look-alike cards",
                        hashlib.sha256).digest()
    except ChainKeyError:
        return ORDER_SECRET


__all__ = ["order_secret", "TABLES", "LEGACY_TABLES", "KEYED_SINCE", "GENESIS", "register", "migration_script",
           "keyed_triggers_script", "trigger_script", "backfill", "rekey", "verify", "verify_legacy_before_rekey", "find_head",
           "parse_head", "head", "Verdict", "sha256", "mac", "key_id", "key_file", "read_key", "create_key",
           "ChainKeyError", "ChainBroken", "suspended"]

