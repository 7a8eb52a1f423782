"""The embedded SQLite store: the roster, disclosures, docket, prompts and the append-only
record of members' answers. SQL lives in coi.store alone: this module, and beside it one module
per family of tables others keep (accounts, sessions, meetings, votes, confirmations), whose
functions run inside this store's transactions.

Design, so that a dashboard with many sessions, a meeting module and crash safety fit later:

- WAL journal, ``synchronous=NORMAL``, foreign keys on, a 10 s busy timeout; every write is
  one short ``BEGIN IMMEDIATE`` transaction (the write lock is taken up front, so two
  writers queue instead of failing half way). One user action, one transaction.
- A versioned schema: ``MIGRATIONS`` is an ordered tuple of scripts; script *n* takes the
  database to ``PRAGMA user_version`` *n* inside its own transaction. A database newer than
  the code is refused.
- Nothing a decision or the audit log points at is ever deleted: a member who leaves the
  roster becomes inactive, a replaced disclosure or party is *retired* (kept as history), a
  prompt no longer raised is *withdrawn*. ``decisions``, ``audit_log`` and ``imports`` are
  append-only, enforced by triggers.
- Dates are ISO text (``2026-11-22``); timestamps UTC ISO to the second (``…T09:30:00Z``), every one
  from the store's clock (:meth:`Store.now`, :func:`coi.timefmt.utc_stamp`): one format, issue 15.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coi.errors import CoiError
from coi.ingest.plan import KEPT_DASHBOARD_ENTRY, KEPT_MEMBER_ENTRY, Change, ImportPlan, PlanChanged, PlannedRow
from coi.model import (
    Answer,
    Appointer,
    Category,
    Disclosure,
    Feature,
    ImportKind,
    Kind,
    MatchEvidence,
    Member,
    Panel,
    Party,
    PartyRole,
    PathStep,
    Prompt,
    PromptStatus,
    Relation,
    Tier,
    read_path,
    stored_path,
)
from coi.screen import ScreeningResult
from coi.store import chain
from coi.store.files import prepare_database_file
from coi.store.migrations import MIGRATIONS
from coi.store.rows import inserted_id
from coi.text import clean_typed
from coi.timefmt import utc_stamp

CHAINED_SINCE = 6  # the schema version that brought the hash chain (coi.store.chain)

# --------------------------------------------------------------------------------------------
# Migrations (the scripts live in coi.store.migrations)


class SchemaTooNew(CoiError, RuntimeError):
    """The database was written by a newer coi than this one."""


class StaleAnswer(CoiError, ValueError):
    """An answer (or a mark of entered in error) given on a prompt as it was before another
    answer was recorded: a second click, another window. Nothing is recorded."""

    def __init__(self, prompt_key: str, seen: int, now: int):
        super().__init__("this prompt was answered meanwhile (a second click, or another window): your answer "
                         "was not recorded. Look at the prompt as it is now, and answer again if you still mean to.")
        self.prompt_key, self.seen, self.now = prompt_key, seen, now


class UnknownPrompt(CoiError, KeyError):
    """A decision names a prompt the store does not hold."""

    def __str__(self) -> str:
        return f"no prompt with key {self.args[0]!r}: screen the docket first, or check the key"


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements (``executescript`` would commit our transaction)."""
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                yield buf.strip()
            buf = ""
    if buf.strip(" \n\t;"):
        raise ValueError(f"incomplete SQL statement in migration: {buf.strip()[:80]!r}")


def _user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _migrate(conn: sqlite3.Connection, migrations: Sequence[str], path: str, key: bytes | None = None) -> None:
    """Bring the database to ``len(migrations)``, one transaction per script (the one that
    keys the chain also runs :func:`_upgrade_to_keyed_chain` in its transaction)."""
    known = len(migrations)
    for version, script in enumerate(migrations, 1):
        current = _user_version(conn)
        if current > known:
            raise SchemaTooNew(
                f"the database {path} has schema version {current}, but this coi knows versions up to "
                f"{known}: upgrade coi (the database was written by a newer version)")
        if current >= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _user_version(conn) < version:  # another process may have migrated meanwhile
                for statement in _statements(script):
                    conn.execute(statement)
                if version == chain.KEYED_SINCE:
                    _upgrade_to_keyed_chain(conn, path, key)
                conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    if _user_version(conn) > known:
        raise SchemaTooNew(
            f"the database {path} has schema version {_user_version(conn)}, but this coi knows versions "
            f"up to {known}: upgrade coi (the database was written by a newer version)")


def _chain_key(conn: sqlite3.Connection, path: str, target: int) -> bytes | None:
    """The chain's key for a database migrated to version ``target`` (coi.store.chain): none below
    the keyed version; a fresh one for an in-memory database; else the key file beside the
    database, made on first use — but never made anew for a keyed chain that has entries
    (those could then never be verified: the key's loss is said, with the fix)."""
    if target < chain.KEYED_SINCE:
        return None
    if path == ":memory:":
        return os.urandom(chain.KEY_BYTES)
    file = chain.key_file(path)
    if file.exists() or file.is_symlink():
        return chain.read_key(file)
    if _user_version(conn) >= chain.KEYED_SINCE and conn.execute("SELECT 1 FROM chain LIMIT 1").fetchone():
        chain.read_key(file)  # ChainKeyError: missing, naming the file and the fix
    return chain.create_key(file)


def _check_key(conn: sqlite3.Connection, path: str, key: bytes) -> None:
    """Refuse a key that is not the one the chain was made with (entries chained with two keys
    could never verify); a chain with no entries yet takes this key."""
    ours = chain.key_id(key)
    made_with = conn.execute("SELECT value FROM chain_state WHERE key = 'key_id'").fetchone()
    if made_with is not None and made_with[0] == ours:
        return
    if made_with is not None and conn.execute("SELECT 1 FROM chain LIMIT 1").fetchone():
        raise chain.ChainKeyError(
            f"the chain key {chain.key_file(path)} is not the key this database's chain was made with (key id "
            f"{made_with[0]}; this key's id is {ours}): put the database's own key file there, from your backup of "
            f"the key (README, \"The chain key\")")
    conn.execute("INSERT OR REPLACE INTO chain_state (key, value) VALUES ('key_id', ?)", (ours,))


def _upgrade_to_keyed_chain(conn: sqlite3.Connection, path: str, key: bytes | None) -> None:
    """Schema version 10, inside its transaction: verify the unkeyed chain (refused if it does
    not hold — keying it would hide what was changed), give the rows already there what the
    new columns hold (each vote the case of its agenda item, each prompt its chained facts,
    each decision what it answered), then re-key every link. The old head is kept in the
    (chained) audit entry, so ``coi verify --against`` still knows a head printed before."""
    if key is None:
        raise chain.ChainKeyError("the chain cannot be keyed without a key (open the database with Store.open)")
    legacy = chain.verify_legacy_before_rekey(conn)
    store = Store(conn, path)
    with chain.suspended(conn, ["item_votes_append_only_update"]):
        conn.execute("UPDATE item_votes SET case_id = (SELECT a.case_id FROM agenda_items a"
                     " WHERE a.meeting_id = item_votes.meeting_id AND a.item = item_votes.item) WHERE case_id IS NULL")
    store._record_prompt_facts(None, None, store.now())
    with chain.suspended(conn, ["decisions_no_update"]):
        for decision_id, prompt_key in conn.execute("SELECT id, prompt_key FROM decisions WHERE answered IS NULL"
                                                    " ORDER BY id").fetchall():
            conn.execute("UPDATE decisions SET answered = ? WHERE id = ?", (store._answered(prompt_key), decision_id))
    rekeyed = chain.rekey(conn, key)
    if rekeyed:  # an upgrade of a record (a new database has nothing to say)
        store.audit("chain keyed", "coi upgrade", {"legacy_head": legacy.head, "entries": legacy.entries,
                                                   "rekeyed": rekeyed, "key_id": chain.key_id(key)})


# --------------------------------------------------------------------------------------------
# Records the store returns (beyond the model's own)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import did; counts are of members, disclosures or parties."""

    import_id: int | None  # for a skipped duplicate: the earlier import of the same file
    kind: ImportKind
    skipped_as_duplicate: bool = False
    added: int = 0
    changed: int = 0  # same identity (member id; relation+name+via; party name+role), new content
    retired: int = 0  # members made inactive, disclosures and parties retired
    unchanged: int = 0
    kept: int = 0  # ties the file would retire or replace, kept because a person entered them in the dashboard
    plan: ImportPlan | None = None  # what was applied, row by row


class StaleScreening(CoiError, RuntimeError):
    """The roster, disclosures or docket changed between the snapshot a screening read and
    its save: saving it would withdraw prompts the newer data raises. Screen again."""


@dataclass(frozen=True, slots=True)
class StoredCase:
    case_id: str
    case_type: str | None
    stage: str | None
    meeting_date: dt.date | None
    parties: int  # current parties


@dataclass(frozen=True, slots=True)
class StoredDecision:
    """One answer a member gave to a prompt; never changed, a change of mind is a new one."""

    id: int
    prompt_key: str
    member_id: str
    answer: Answer
    reason: str | None
    decided_by: str
    decided_at: str
    entered_in_error_by: str | None = None  # a later mark that this answer was entered in error: who ...
    entered_in_error_at: str | None = None  # ... and when (the row itself is never changed)

    @property
    def entered_in_error(self) -> bool:
        return self.entered_in_error_by is not None


@dataclass(frozen=True, slots=True)
class StoredPrompt:
    """A prompt as stored, with its evidence, its life across screenings and the latest answer."""

    key: str
    case_id: str
    member_id: str
    member_name: str
    party_name: str
    party_role: PartyRole
    party_kind: Kind
    party_affiliations: tuple[str, ...]
    party_date_of_birth: dt.date | None
    party_confidential: bool
    category: Category
    tier: Tier
    score: float
    matched_name: str
    path: tuple[PathStep, ...]
    basis: str
    evidence: MatchEvidence
    tie_key: str
    first_run: int
    last_run: int
    status: PromptStatus
    latest_decision: StoredDecision | None = None  # the answer that stands: the latest, unless entered in error
    shown: PromptStatus | None = PromptStatus.OPEN  # what its member is shown: None is nothing (held)
    review_since: str | None = None  # a member's own edit changed it; staff have not reviewed it since
    edit_withdrawn_by: str | None = None  # the account whose own disclosure edit withdrew it ...
    edit_withdrawn_at: str | None = None  # ... and when
    struck: StoredDecision | None = None  # the latest answer, when it was marked as entered in error
    version: int = 0  # answers and marks of entered in error recorded on it: what an answer is given against
    threshold: float | None = None  # the prompt threshold of the screening that last raised it (its run's)

    @property
    def latest_answer(self) -> Answer | None:
        return self.latest_decision.answer if self.latest_decision else None

    @property
    def answer_note(self) -> str | None:
        """What the report and the audit say beside the answer: the standing answer's reason,
        or that the latest answer was entered in error (the prompt stands unanswered)."""
        if self.latest_decision is not None:
            return self.latest_decision.reason
        if self.struck is not None:
            return (f"an answer of {self.struck.answer.value.replace('_', ' ')} given {self.struck.decided_at[:10]} "
                    f"was marked as entered in error on {(self.struck.entered_in_error_at or '')[:10]}; "
                    "not answered since")
        return None

    @property
    def held(self) -> bool:
        """Its member is shown it as it was before their own edit changed it, until staff
        review it: a prompt on a confidential party that a member's own edit opened or withdrew."""
        return self.review_since is not None and self.party_confidential

    def as_prompt(self) -> Prompt:
        """The model's Prompt again (same ``key``), e.g. for ``screen.prompt_row``."""
        party = Party(self.case_id, self.party_name, self.party_role, self.party_kind, self.party_affiliations,
                      self.party_date_of_birth, self.party_confidential)
        return Prompt(self.case_id, self.member_id, self.member_name, party, self.category, self.tier, self.score,
                      self.matched_name, self.path, self.basis, self.evidence, self.tie_key)


@dataclass(frozen=True, slots=True)
class PromptFact:
    """A prompt's facts as last chained (coi.store.chain): what the removal-exposure audit reads,
    rather than the ``prompts`` row, which screening updates in place. ``shown``: the prompt
    as its member is shown it (coi.redaction) — ``member_name``, ``party``, ``party_role``,
    ``category`` (in words), ``evidence``, ``score``, ``confidential``; never a confidential
    party's name."""

    id: int
    prompt_key: str
    case_id: str
    member_id: str
    category: Category
    tier: Tier
    status: str
    shown: dict
    run_id: int | None
    recorded_at: str
    first_recorded_at: str = ""  # when the prompt's first facts were chained: when it first stood


@dataclass(frozen=True, slots=True)
class _FactSource:
    """A prompt's row as the redaction rule reads it, for its chained facts."""

    key: str
    case_id: str
    member_id: str
    member_name: str
    party_name: str
    party_role: str
    party_confidential: bool
    category: Category
    tier: Tier
    score: float
    matched_name: str
    path: tuple[PathStep, ...]
    basis: str
    evidence: MatchEvidence
    status: str


def _fact_source(r: sqlite3.Row) -> _FactSource:
    return _FactSource(r["key"], r["case_id"], r["member_id"], r["member_name"], r["party_name"], r["party_role"],
                       bool(r["party_confidential"]), Category(r["category"]), Tier(r["tier"]), r["score"],
                       r["matched_name"], read_path(json.loads(r["path"])),
                       r["basis"], _evidence(r["evidence"]), r["status"])


def _prompt_fact(r: sqlite3.Row) -> PromptFact:
    first = r["first_at"] if "first_at" in r.keys() else r["recorded_at"]
    return PromptFact(r["id"], r["prompt_key"], r["case_id"], r["member_id"], Category(r["category"]), Tier(r["tier"]),
                      r["status"], json.loads(r["shown"]), r["run_id"], r["recorded_at"], first)


@dataclass(frozen=True, slots=True)
class DisclosureRecord:
    """One disclosure as the record keeps it (issue 14, item 9): when and by what it was added
    and, once replaced or removed, retired — rows are never deleted."""

    disclosure: Disclosure
    added_at: str | None
    added_by: str | None
    added_from: str | None  # the file, or the dashboard's editor
    retired_at: str | None = None
    retired_by: str | None = None
    retired_from: str | None = None

    @property
    def current(self) -> bool:
        return self.retired_at is None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    detail: dict


#: Audit actions of a member's own disclosure edits and staff's review of what they changed.
PROMPT_HELD = "prompt held: opened by a member's own edit on a confidential party"
PROMPT_WITHDRAWN_BY_EDIT = "prompt withdrawn by a member's own edit"
PROMPT_RELEASED = "held prompt released by staff"


@dataclass(frozen=True, slots=True)
class ScreeningReason:
    """Why a screening runs: after a member's own disclosure edit (``member_id``: whose; the
    prompts it opens on confidential parties and those it withdraws are held for staff), or
    staff's or the command line's import or rescreen (``member_id`` None)."""

    cause: str  # "member edit", "rescreen", "import", …
    by: str  # the account (or system account) that ran it
    member_id: str | None = None

    @classmethod
    def member_edit(cls, member_id: str, by: str) -> "ScreeningReason":
        return cls("member edit", by, member_id)

    @classmethod
    def staff(cls, by: str, cause: str = "rescreen") -> "ScreeningReason":
        return cls(cause, by)


# --------------------------------------------------------------------------------------------
# Conversions between records and rows


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_MEMBER_COLUMNS = ("name", "appointed_by", "seat", "term_start", "term_end", "date_of_birth", "email")


def _member_values(m: Member, columns: Sequence[str] = _MEMBER_COLUMNS) -> tuple:
    values = {"name": m.name, "appointed_by": str(m.appointed_by), "seat": m.seat, "term_start": _iso(m.term_start),
              "term_end": _iso(m.term_end), "date_of_birth": _iso(m.date_of_birth), "email": m.email}
    return tuple(values[c] for c in columns)


def _member(row: sqlite3.Row) -> Member:
    return Member(row["member_id"], row["name"], Appointer(row["appointed_by"]), row["seat"], _date(row["term_start"]),
                  _date(row["term_end"]), _date(row["date_of_birth"]), row["source_row"],
                  row["email"] if "email" in row.keys() else None)  # the column since schema version 14


_DISCLOSURE_COLUMNS = ("relation", "name", "kind", "via", "aliases", "date_of_birth", "since", "until", "role", "notes")


def _disclosure_values(d: Disclosure) -> tuple:
    return (str(d.relation), d.name, str(d.kind), d.via, _json(list(d.aliases)), _iso(d.date_of_birth),
            _iso(d.since), _iso(d.until), d.role, d.notes)


def _disclosure(row: sqlite3.Row) -> Disclosure:
    return Disclosure(row["member_id"], Relation(row["relation"]), row["name"], Kind(row["kind"]), row["via"],
                      tuple(json.loads(row["aliases"])), _date(row["date_of_birth"]), _date(row["since"]),
                      _date(row["until"]), row["role"], row["notes"], row["source_row"])


_PARTY_COLUMNS = ("name", "role", "kind", "affiliations", "date_of_birth", "confidential")


def _party_values(p: Party) -> tuple:
    return (p.name, str(p.role), str(p.kind), _json(list(p.affiliations)), _iso(p.date_of_birth),
            int(bool(p.confidential)))


def _party(row: sqlite3.Row) -> Party:
    return Party(row["case_id"], row["name"], PartyRole(row["role"]), Kind(row["kind"]),
                 tuple(json.loads(row["affiliations"])), _date(row["date_of_birth"]), bool(row["confidential"]),
                 row["case_type"], row["stage"], _date(row["meeting_date"]), row["source_row"])


#: A feature's fields as the evidence JSON keeps them, in order (coi.model.Feature).
_FEATURE_FIELDS = ("comparison", "level", "weight", "left", "right", "words")


def _evidence_json(e: MatchEvidence) -> str:
    """A prompt's evidence as stored: the score, its parts and reason (as older readers read
    them) and the evidence model's features and prior, whose sum is the match weight."""
    return _json({"query": e.query, "matched": e.matched, "score": e.score,
                  "components": [[name, value] for name, value in e.components], "reason": e.reason,
                  "features": [{k: getattr(f, k) for k in _FEATURE_FIELDS} for f in e.features],
                  "prior": e.prior})


def _evidence(text: str) -> MatchEvidence:
    """The stored evidence again; a row stored before the evidence model (only ``components``
    and ``reason``) reads back with no features and a prior of 0."""
    e = json.loads(text)
    features = tuple(Feature(**{k: f[k] for k in _FEATURE_FIELDS if k in f}) for f in e.get("features") or ())
    return MatchEvidence(e["query"], e["matched"], e["score"], tuple((n, v) for n, v in e["components"]), e["reason"],
                         features, float(e.get("prior") or 0.0))


def _decision(row: sqlite3.Row) -> StoredDecision:
    return StoredDecision(row["id"], row["prompt_key"], row["member_id"], Answer(row["answer"]), row["reason"],
                          row["decided_by"], row["decided_at"], row["marked_by"], row["marked_at"])


#: A prompt's version: the answers and marks of entered in error recorded on it (both
#: append-only, so it only grows); ``{key}`` is the SQL giving the prompt's key.
_VERSION_SQL = ("((SELECT count(*) FROM decisions WHERE prompt_key = {key})"
                " + (SELECT count(*) FROM decision_errors WHERE prompt_key = {key}))")

#: The audit action of a mark that an answer was entered in error.
DECISION_ENTERED_IN_ERROR = "decision entered in error"

#: Decisions with the mark that they were entered in error, if any.
_DECISIONS = ("SELECT d.*, e.marked_by, e.marked_at FROM decisions d"
              " LEFT JOIN decision_errors e ON e.decision_id = d.id")


def _stored_prompt(r: sqlite3.Row) -> StoredPrompt:
    latest = struck = None
    if r["d_id"] is not None:
        latest = StoredDecision(r["d_id"], r["key"], r["d_member_id"], Answer(r["d_answer"]), r["d_reason"],
                                r["d_decided_by"], r["d_decided_at"], r["e_marked_by"], r["e_marked_at"])
        if latest.entered_in_error:  # the prompt stands unanswered; the struck answer stays on record
            latest, struck = None, latest
    return StoredPrompt(
        r["key"], r["case_id"], r["member_id"], r["member_name"], r["party_name"], PartyRole(r["party_role"]),
        Kind(r["party_kind"]), tuple(json.loads(r["party_affiliations"])), _date(r["party_date_of_birth"]),
        bool(r["party_confidential"]), Category(r["category"]), Tier(r["tier"]), r["score"], r["matched_name"],
        read_path(json.loads(r["path"])), r["basis"], _evidence(r["evidence"]),
        r["tie_key"], r["first_run"], r["last_run"], PromptStatus(r["status"]), latest,
        None if r["shown"] is None else PromptStatus(r["shown"]), r["review_since"],
        r["edit_withdrawn_by"], r["edit_withdrawn_at"], struck, r["version"], r["run_threshold"])


@dataclass
class _Diff:
    """How a file's rows meet one group's current rows (a member's disclosures, a case's
    parties): identical content stays, the same identity with new content is a change."""

    keep: list[tuple[int, int | None]] = field(default_factory=list)  # (row id, new source row)
    added: list[tuple[Any, tuple]] = field(default_factory=list)  # (record, identity)
    changed: list[tuple[tuple[int, tuple, tuple], Any, tuple]] = field(default_factory=list)  # (old, record, content)
    gone: list[tuple[int, tuple, tuple]] = field(default_factory=list)  # current rows the file does not list


def _diff(current: list[tuple[int, tuple, tuple]], new: Iterable[tuple[Any, tuple, tuple, int | None]]) -> _Diff:
    """Meet ``current`` rows (id, content, identity) with ``new`` records (record, content,
    identity, source row)."""
    unused = list(current)
    diff = _Diff()
    pending = []
    for record, content, identity, row in new:
        same = next((c for c in unused if c[1] == content), None)
        if same is not None:
            unused.remove(same)
            diff.keep.append((same[0], row))
        else:
            pending.append((record, content, identity))
    for record, content, identity in pending:
        same = next((c for c in unused if c[2] == identity), None)
        if same is not None:
            unused.remove(same)
            diff.changed.append((same, record, content))
        else:
            diff.added.append((record, identity))
    diff.gone = unused
    return diff


@dataclass
class _Work:
    """What applying an import's plan writes: computed with the plan, in the same transaction."""

    rows: list[PlannedRow] = field(default_factory=list)
    retire: list[int] = field(default_factory=list)  # row ids (disclosures, parties) or member ids
    keep: list[tuple[Any, int | None]] = field(default_factory=list)  # (row id or member id, new source row)
    insert: list[Any] = field(default_factory=list)  # records (added and the new versions of changed)
    update: list[Any] = field(default_factory=list)  # members changed in place
    unchanged: int = 0
    groups: dict[str, list] = field(default_factory=dict)  # member id or case id → the file's records


def _fields_changed(columns: Sequence[str], old: tuple, new: tuple) -> str:
    return ", ".join(c for c, a, b in zip(columns, old, new) if a != b)


def _disclosure_words(member_id: str, identity: tuple) -> str:
    relation, name, via = identity
    return f"{member_id} {relation} {name}" + (f" (via {via})" if via else "")


def _party_words(case_id: str, identity: tuple) -> str:
    name, role = identity
    return f"{case_id} {role} {name}"


#: Imports made on the dashboard's disclosures editor (coi.decisions.views.save_disclosures) carry this source.
DASHBOARD_SOURCE = "dashboard:"
#: Retired and kept rows named in an import's audit entry (the rest are in the tables, by import id).
AUDITED_ROWS = 200


# -- notifications (issue 14, item 6: coi.decisions.notify) ---------------------------------------------

#: The audit actions of a notification e-mail sent, and of one that could not be sent.
EMAIL_SENT, EMAIL_FAILED = "e-mail sent", "e-mail failed"


@dataclass(frozen=True, slots=True)
class StoredNotification:
    """One e-mail coi tried to send: to whom, about what, and how it ended."""

    id: int
    kind: str  # 'new prompts' | 'reminder' | 'staff digest'
    audience: str  # the member id, or the staff address
    member_id: str | None
    recipient: str
    subject: str
    items: tuple[str, ...]
    status: str  # 'sending' | 'sent' | 'failed'
    error: str | None
    created_at: str
    finished_at: str | None
    actor: str


# --------------------------------------------------------------------------------------------
# The store


class Store:
    """One connection to the coi database. Open with :meth:`open`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str, clock: Callable[[], str] = utc_stamp):
        self._conn = conn
        self.path = path
        self._clock = clock
        self._savepoints = 0

    @classmethod
    def open(cls, path: str | Path, *, migrations: Sequence[str] = MIGRATIONS,
             clock: Callable[[], str] | None = None) -> "Store":
        """Open (creating it and its folder if need be, private to this account: coi.store.files) and
        migrate the database at ``path``."""
        path = str(path)
        if path != ":memory:":
            prepare_database_file(path)  # folder 0700, file (and so its -wal and -shm) 0600
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            key = _chain_key(conn, path, len(migrations))
            chain.register(conn, key)
            _migrate(conn, migrations, path, key)
            if CHAINED_SINCE <= _user_version(conn) < chain.KEYED_SINCE:
                chain.backfill(conn)  # unkeyed, for a test that stops before the keyed chain
            if key is not None and _user_version(conn) >= chain.KEYED_SINCE:
                _check_key(conn, path, key)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, clock or utc_stamp)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return _user_version(self._conn)

    def pragma(self, name: str) -> Any:
        """The value of a PRAGMA (``journal_mode``, ``foreign_keys``…), for checks and tests."""
        if not name.isidentifier():
            raise ValueError(f"not a pragma name: {name!r}")
        return self._conn.execute(f"PRAGMA {name}").fetchone()[0]

    # -- transactions ----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception).
        Nested calls become savepoints, so a service can join several writes into one."""
        conn = self._conn
        if conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            else:
                conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # also when COMMIT itself failed
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read transaction, so several SELECTs see one consistent state under WAL (for
        the table modules beside this one: coi.store.accounts, coi.store.sessions …)."""
        with self._snapshot() as conn:
            yield conn

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction, so several SELECTs see one consistent state under WAL."""
        conn = self._conn
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    # -- audit -----------------------------------------------------------------------------

    def audit(self, action: str, actor: str, detail: dict | None = None) -> int:
        """Append one entry to the audit log (inside the current transaction if any)."""
        with self.transaction() as conn:
            return inserted_id(conn.execute("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                                (self._clock(), actor, action, _json(detail or {}))))

    def audit_log(self, limit: int | None = 100, *, action: str | None = None) -> list[AuditEntry]:
        """The latest audit entries, newest first."""
        sql = "SELECT * FROM audit_log" + (" WHERE action = ?" if action else "") + " ORDER BY id DESC"
        args: list = [action] if action else []
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [AuditEntry(r["id"], r["at"], r["actor"], r["action"], json.loads(r["detail"]))
                for r in self._conn.execute(sql, args)]

    # -- imports ---------------------------------------------------------------------------

    def _duplicate_of(self, kind: str, fingerprint: str) -> int | None:
        """The id of the latest import of ``kind`` when it was this very file. Only the latest
        counts: re-importing an older file after a newer one applies it again (a revert);
        replacement makes every import idempotent anyway, so nothing is duplicated either way."""
        row = self._conn.execute("SELECT id, fingerprint FROM imports WHERE kind = ? ORDER BY id DESC LIMIT 1",
                                 (kind,)).fetchone()
        return row["id"] if row is not None and row["fingerprint"] == fingerprint else None

    def _begin_import(self, kind: str, source: str, fingerprint: str, actor: str, records: int,
                      added: int, changed: int, retired: int, unchanged: int) -> tuple[int, str]:
        now = self._clock()
        import_id = inserted_id(self._conn.execute(
            "INSERT INTO imports (kind, source, fingerprint, imported_at, actor, records, added, changed, retired,"
            " unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, source, fingerprint, now, actor, records, added, changed, retired, unchanged)))
        return import_id, now

    def _finish_import(self, result: ImportResult, source: str, fingerprint: str, actor: str, **extra) -> None:
        self.audit("import", actor, {"kind": result.kind, "source": source, "fingerprint": fingerprint,
                                     "import_id": result.import_id, "skipped_as_duplicate": result.skipped_as_duplicate,
                                     "added": result.added, "changed": result.changed, "retired": result.retired,
                                     "unchanged": result.unchanged, **extra})

    def _skipped(self, plan: ImportPlan, fingerprint: str, actor: str) -> ImportResult:
        result = ImportResult(plan.duplicate_of, plan.kind, skipped_as_duplicate=True, plan=plan)
        self._finish_import(result, plan.source, fingerprint, actor)
        return result

    def plan_import(self, kind: ImportKind, records: Sequence[Member] | Sequence[Disclosure] | Sequence[Party], *,
                    source: str, fingerprint: str, retire_member_entries: bool = False) -> ImportPlan:
        """What importing ``records`` (``kind``: members, disclosures, docket) would do now,
        row by row, read from one snapshot; nothing is written. Show it, and pass it as
        ``expect`` to the import once a person has confirmed it."""
        with self._snapshot():
            return self._planned(kind, records, source, fingerprint, retire_member_entries)[0]

    def _planned(self, kind: ImportKind, records: Sequence, source: str, fingerprint: str,
                 retire_member_entries: bool) -> tuple[ImportPlan, _Work | None]:
        earlier = self._duplicate_of(kind, fingerprint)
        if earlier is not None and not retire_member_entries:
            return ImportPlan(kind, source, len(records), duplicate_of=earlier), None
        if kind == ImportKind.MEMBERS:  # == not is: a caller may give the word ("members")
            work = self._members_work(records)
        elif kind == ImportKind.DISCLOSURES:
            work = self._disclosures_work(records, retire_member_entries)
        elif kind == ImportKind.DOCKET:
            work = self._docket_work(records)
        else:
            raise ValueError(f"unknown import kind {kind!r}: use members, disclosures or docket")
        if earlier is not None and not work.rows:  # the same file again, and nothing it kept to retire now
            return ImportPlan(kind, source, len(records), duplicate_of=earlier,
                              retire_member_entries=retire_member_entries), None
        return ImportPlan(kind, source, len(records), tuple(work.rows), work.unchanged, None,
                          retire_member_entries), work

    def _confirmed(self, kind: ImportKind, records: Sequence, source: str, fingerprint: str,
                   retire_member_entries: bool, expect: ImportPlan | None) -> tuple[ImportPlan, _Work | None]:
        """The plan computed inside the import's own transaction; PlanChanged when a person
        confirmed another (the data changed since they saw it), before anything is written."""
        if expect is not None and expect.retire_member_entries != retire_member_entries:
            raise ValueError("the plan confirmed and the import disagree on retiring ties entered in the dashboard")
        plan, work = self._planned(kind, records, source, fingerprint, retire_member_entries)
        if expect is not None and plan != expect:
            raise PlanChanged(expect, plan)
        return plan, work

    def _member_columns(self) -> tuple[str, ...]:
        """The roster columns this database keeps: ``email`` since schema version 14 (issue 14,
        item 6); a database opened at an older version (tests of upgrades) keeps fewer."""
        have = {r[1] for r in self._conn.execute("PRAGMA table_info(members)")}
        return tuple(c for c in _MEMBER_COLUMNS if c in have)

    def _members_work(self, records: Sequence[Member]) -> _Work:
        if not records:
            raise ValueError("the roster is empty: it would make every member inactive; import the full roster")
        if len({m.member_id for m in records}) != len(records):
            raise ValueError("the roster lists a member_id more than once; each member must appear once")
        current = {r["member_id"]: r for r in self._conn.execute("SELECT * FROM members")}
        columns = self._member_columns()
        work = _Work()
        for m in records:
            old = current.get(m.member_id)
            if old is None:
                work.insert.append(m)
                work.rows.append(PlannedRow(Change.ADDED, f"{m.member_id} {m.name}"))
                continue
            fields = _fields_changed(columns, tuple(old[c] for c in columns), _member_values(m, columns))
            if fields or not old["active"]:
                work.update.append(m)
                work.rows.append(PlannedRow(Change.CHANGED, f"{m.member_id} {m.name}", ", ".join(
                    filter(None, [fields, "" if old["active"] else "back on the roster"]))))
            else:
                work.keep.append((m.member_id, m.row))
                work.unchanged += 1
        given = {m.member_id for m in records}
        for mid in sorted(mid for mid, r in current.items() if r["active"] and mid not in given):
            work.retire.append(mid)
            work.rows.append(PlannedRow(Change.RETIRED, f"{mid} {current[mid]['name']}",
                                        "made inactive (kept as history); their sign-in accounts are disabled"))
        return work

    def _dashboard_entries(self, member_id: str, column: str) -> dict:
        """A member's disclosures the dashboard's editor wrote (``column`` ``import_id``) or
        retired (``retired_by_import``): row id → (identity, who and when in words, by the member)."""
        assert column in ("import_id", "retired_by_import")
        rows = self._conn.execute(
            "SELECT d.id, d.relation, d.name, d.via, i.actor, i.imported_at FROM disclosures d"
            f" JOIN imports i ON i.id = d.{column} WHERE d.member_id = ? AND substr(i.source, 1, ?) = ?",
            (member_id, len(DASHBOARD_SOURCE), DASHBOARD_SOURCE)).fetchall()
        found = {}
        for r in rows:
            try:
                own = self._conn.execute("SELECT member_id FROM accounts WHERE username = ?",
                                         (r["actor"],)).fetchone()
            except sqlite3.OperationalError:  # a database from before accounts (schema 1)
                own = None
            by_member = own is not None and own[0] == member_id
            who = (f"{KEPT_MEMBER_ENTRY} ({r['actor']}, {r['imported_at'][:10]})" if by_member
                   else f"{KEPT_DASHBOARD_ENTRY} by {r['actor']} ({r['imported_at'][:10]})")
            found[r["id"]] = ((r["relation"], r["name"], r["via"]), who, by_member)
        return found

    def _disclosures_work(self, records: Sequence[Disclosure], retire_member_entries: bool) -> _Work:
        work = _Work()
        for d in records:
            work.groups.setdefault(d.member_id, []).append(d)
        for member_id, given in work.groups.items():
            current = [(r["id"], tuple(r[c] for c in _DISCLOSURE_COLUMNS), (r["relation"], r["name"], r["via"]))
                       for r in self._conn.execute("SELECT * FROM disclosures WHERE member_id = ? AND retired_at IS NULL"
                                                   " ORDER BY id", (member_id,))]
            diff = _diff(current, ((d, _disclosure_values(d), (str(d.relation), d.name, d.via), d.row) for d in given))
            entered = self._dashboard_entries(member_id, "import_id")
            # a tie entered in the dashboard stays unless the plan retires it by name (an option
            # the command line needs, then a person's confirmation): a file cannot know it
            protected = {i: e[1] for i, e in entered.items() if not retire_member_entries}
            work.keep += diff.keep
            work.unchanged += len(diff.keep)
            for (old_id, old_content, identity), record, content in diff.changed:
                fields = _fields_changed(_DISCLOSURE_COLUMNS, old_content, content)
                what = _disclosure_words(member_id, identity)
                if old_id in protected:
                    work.rows.append(PlannedRow(Change.KEPT, what, f"{protected[old_id]}; the file's version "
                                                                   f"differs ({fields}) and is not applied"))
                    continue
                work.retire.append(old_id)
                work.insert.append(record)
                who = f"; {entered[old_id][1]}" if old_id in entered else ""
                work.rows.append(PlannedRow(Change.CHANGED, what, fields + who))
            for old_id, _, identity in diff.gone:
                what = _disclosure_words(member_id, identity)
                if old_id in protected:
                    work.rows.append(PlannedRow(Change.KEPT, what, f"{protected[old_id]}; the file does not list it"))
                    continue
                work.retire.append(old_id)
                work.rows.append(PlannedRow(Change.RETIRED, what, entered[old_id][1] if old_id in entered else ""))
            removed = {e[0]: e for e in self._dashboard_entries(member_id, "retired_by_import").values()}
            for record, identity in diff.added:
                work.insert.append(record)
                note = ""
                if identity in removed:
                    note = removed[identity][1].replace("entered", "removed", 1) + "; the file adds it back"
                work.rows.append(PlannedRow(Change.ADDED, _disclosure_words(member_id, identity), note))
        return work

    def _docket_work(self, records: Sequence[Party]) -> _Work:
        work = _Work()
        for p in records:
            work.groups.setdefault(p.case_id, []).append(p)
        for case_id, given in work.groups.items():
            current = [(r["id"], tuple(r[c] for c in _PARTY_COLUMNS), (r["name"], r["role"]))
                       for r in self._conn.execute("SELECT * FROM parties WHERE case_id = ? AND retired_at IS NULL"
                                                   " ORDER BY id", (case_id,))]
            diff = _diff(current, ((p, _party_values(p), (p.name, str(p.role)), p.row) for p in given))
            work.keep += diff.keep
            work.unchanged += len(diff.keep)
            for (old_id, old_content, identity), record, content in diff.changed:
                work.retire.append(old_id)
                work.insert.append(record)
                work.rows.append(PlannedRow(Change.CHANGED, _party_words(case_id, identity),
                                            _fields_changed(_PARTY_COLUMNS, old_content, content)))
            for old_id, _, identity in diff.gone:
                work.retire.append(old_id)
                work.rows.append(PlannedRow(Change.RETIRED, _party_words(case_id, identity),
                                            "no longer a party of the case in this file"))
            for record, identity in diff.added:
                work.insert.append(record)
                work.rows.append(PlannedRow(Change.ADDED, _party_words(case_id, identity)))
        return work

    def _begin_planned(self, plan: ImportPlan, fingerprint: str, actor: str) -> tuple[ImportResult, int, str]:
        """The import's row, with the plan's counts; the result it will return, the import's id and time."""
        counts = (len(plan.added), len(plan.changed), len(plan.retired), plan.unchanged)
        import_id, now = self._begin_import(plan.kind, plan.source, fingerprint, actor, plan.records, *counts)
        return ImportResult(import_id, plan.kind, False, *counts, kept=len(plan.kept), plan=plan), import_id, now

    def _finish_planned(self, result: ImportResult, fingerprint: str, actor: str, **extra) -> None:
        plan = result.plan
        assert plan is not None
        named = {"retired_rows": [r.what for r in plan.retired[:AUDITED_ROWS]],
                 "kept_rows": [f"{r.what} — {r.detail}" for r in plan.kept[:AUDITED_ROWS]]}
        self._finish_import(result, plan.source, fingerprint, actor, kept=result.kept, **named, **extra)

    def import_members(self, records: Sequence[Member], *, source: str, fingerprint: str, actor: str,
                       expect: ImportPlan | None = None) -> ImportResult:
        """Load a roster: upsert members by id; members missing from it become inactive
        (never deleted — decisions point at them) and their sign-in accounts are disabled,
        each audited (an account follows the roster: a former member must not keep reading
        the Panel's cases; re-adding the member does not re-enable it, an administrator
        does). ``expect``: the plan a person confirmed (:meth:`plan_import`); PlanChanged if
        the import would now do anything else. One transaction."""
        with self.transaction() as conn:
            plan, work = self._confirmed(ImportKind.MEMBERS, records, source, fingerprint, False, expect)
            if work is None:
                return self._skipped(plan, fingerprint, actor)
            result, import_id, _ = self._begin_planned(plan, fingerprint, actor)
            columns = self._member_columns()
            conn.executemany(
                f"INSERT INTO members (member_id, {', '.join(columns)}, active, source_row, import_id)"
                f" VALUES (?, {', '.join('?' * len(columns))}, 1, ?, ?)",
                [(m.member_id, *_member_values(m, columns), m.row, import_id) for m in work.insert])
            conn.executemany(
                f"UPDATE members SET {', '.join(c + ' = ?' for c in columns)}, active = 1, source_row = ?,"
                " import_id = ? WHERE member_id = ?",
                [(*_member_values(m, columns), m.row, import_id, m.member_id) for m in work.update])
            conn.executemany("UPDATE members SET source_row = ? WHERE member_id = ?",
                             [(row, mid) for mid, row in work.keep])
            conn.executemany("UPDATE members SET active = 0, import_id = ? WHERE member_id = ?",
                             [(import_id, mid) for mid in work.retire])
            for mid in work.retire:
                for (username,) in conn.execute("SELECT username FROM accounts WHERE member_id = ? AND disabled = 0",
                                                (mid,)).fetchall():
                    conn.execute("UPDATE accounts SET disabled = 1 WHERE username = ?", (username,))
                    self.audit("account disabled", actor, {
                        "username": username, "member_id": mid, "import_id": import_id,
                        "reason": f"member {mid} is no longer on the roster ({source})"})
            self._finish_planned(result, fingerprint, actor, inactive=work.retire)
            return result

    def import_disclosures(self, records: Sequence[Disclosure], *, source: str, fingerprint: str, actor: str,
                           retire_member_entries: bool = False, expect: ImportPlan | None = None) -> ImportResult:
        """Load disclosures: each member in the file has their current disclosures replaced by
        the file's rows (identical rows stay, the rest are retired, kept as history); members
        absent from the file keep theirs. A tie entered in the dashboard is kept, named in the
        plan, unless ``retire_member_entries`` (the dashboard's own editor, or a person who
        confirmed a plan naming it). ``expect``: the plan a person confirmed; PlanChanged if
        the import would now do anything else. One transaction."""
        with self.transaction() as conn:
            plan, work = self._confirmed(ImportKind.DISCLOSURES, records, source, fingerprint, retire_member_entries, expect)
            if work is None:
                return self._skipped(plan, fingerprint, actor)
            known = {r[0] for r in conn.execute("SELECT member_id FROM members")}
            unknown = sorted(set(work.groups) - known)
            if unknown:
                raise ValueError(f"disclosures name members who are not on the roster: {', '.join(unknown)}; "
                                 "import the roster first or correct the member_id")
            result = self._apply_work(plan, work, fingerprint, actor)
            self._finish_planned(result, fingerprint, actor, members=sorted(work.groups))
            return result

    def import_docket(self, records: Sequence[Party], *, source: str, fingerprint: str, actor: str,
                      expect: ImportPlan | None = None) -> ImportResult:
        """Load a docket: each case in the file has its current parties replaced by the file's
        (identical rows stay, the rest are retired, each named in the plan); other cases keep
        theirs. ``expect``: the plan a person confirmed; PlanChanged if the import would now do
        anything else. One transaction."""
        with self.transaction():
            plan, work = self._confirmed(ImportKind.DOCKET, records, source, fingerprint, False, expect)
            if work is None:
                return self._skipped(plan, fingerprint, actor)
            result = self._apply_work(plan, work, fingerprint, actor)
            self._finish_planned(result, fingerprint, actor, cases=len(work.groups))
            return result

    def _apply_work(self, plan: ImportPlan, work: _Work, fingerprint: str, actor: str) -> ImportResult:
        conn = self._conn
        result, import_id, now = self._begin_planned(plan, fingerprint, actor)
        table = "disclosures" if plan.kind is ImportKind.DISCLOSURES else "parties"
        if plan.kind is ImportKind.DOCKET:
            for case_id, given in work.groups.items():
                def first(attr: str):
                    return next((getattr(p, attr) for p in given if getattr(p, attr) is not None), None)
                conn.execute(
                    "INSERT INTO cases (case_id, case_type, stage, meeting_date, import_id) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (case_id) DO UPDATE SET case_type = excluded.case_type, stage = excluded.stage,"
                    " meeting_date = excluded.meeting_date, import_id = excluded.import_id",
                    (case_id, first("case_type"), first("stage"), _iso(first("meeting_date")), import_id))
        conn.executemany(f"UPDATE {table} SET retired_at = ?, retired_by_import = ? WHERE id = ?",
                         [(now, import_id, i) for i in work.retire])
        conn.executemany(f"UPDATE {table} SET source_row = ? WHERE id = ?", [(row, i) for i, row in work.keep])
        for record in work.insert:
            self._insert_row(plan.kind, record, import_id)
        return result

    def _insert_row(self, kind: ImportKind, record: Disclosure | Party, import_id: int) -> None:
        if kind is ImportKind.DISCLOSURES and isinstance(record, Disclosure):
            self._conn.execute(
                f"INSERT INTO disclosures (member_id, {', '.join(_DISCLOSURE_COLUMNS)}, source_row, import_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.member_id, *_disclosure_values(record), record.row, import_id))
        elif kind is ImportKind.DOCKET and isinstance(record, Party):
            self._conn.execute(
                f"INSERT INTO parties (case_id, {', '.join(_PARTY_COLUMNS)}, source_row, import_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.case_id, *_party_values(record), record.row, import_id))
        else:  # not reachable: each import's work holds its own kind of record
            raise TypeError(f"a {kind} import does not insert {type(record).__name__} rows")

    # -- reads -----------------------------------------------------------------------------

    def members(self, *, active_only: bool = False) -> list[Member]:
        """The roster by member id; by default including members no longer on it."""
        sql = "SELECT * FROM members" + (" WHERE active = 1" if active_only else "") + " ORDER BY member_id"
        return [_member(r) for r in self._conn.execute(sql)]

    def active_member_ids(self) -> set[str]:
        """The member ids on the roster now."""
        return {r[0] for r in self._conn.execute("SELECT member_id FROM members WHERE active = 1")}

    def data_version(self) -> int:
        """A number that grows with every change to what screening reads (the roster, the
        disclosures, the docket): each such change is an import, which appends a row to the
        append-only ``imports`` in its own transaction (a duplicate file changes nothing and
        adds none). Read it in the snapshot a screening reads (:meth:`screening_input`)."""
        return self._conn.execute("SELECT coalesce(max(id), 0) FROM imports").fetchone()[0]

    def screening_input(self) -> tuple[int, Panel, list[Party]]:
        """What a screening reads — the data version, the Panel, every current party — from
        one snapshot, so that they agree with each other and with the version."""
        with self._snapshot():
            return self.data_version(), self.panel(), self.parties()

    def panel(self) -> Panel:
        """The Panel as screening needs it: active members and their current disclosures."""
        with self._snapshot() as conn:
            members = tuple(_member(r) for r in conn.execute(
                "SELECT * FROM members WHERE active = 1 ORDER BY member_id"))
            disclosures = tuple(_disclosure(r) for r in conn.execute(
                "SELECT d.* FROM disclosures d JOIN members m USING (member_id)"
                " WHERE d.retired_at IS NULL AND m.active = 1 ORDER BY d.member_id, d.source_row, d.id"))
        return Panel(members, disclosures)

    def disclosure_history(self, member_id: str) -> list[tuple[Disclosure, str | None]]:
        """Every disclosure a member ever had, with when it was retired (None: current)."""
        return [(_disclosure(r), r["retired_at"]) for r in self._conn.execute(
            "SELECT * FROM disclosures WHERE member_id = ? ORDER BY id", (member_id,))]

    def parties(self, case_ids: Iterable[str] | None = None) -> list[Party]:
        """The current parties of the given cases (default: every case), with their case's details."""
        sql = ("SELECT p.*, c.case_type, c.stage, c.meeting_date FROM parties p JOIN cases c USING (case_id)"
               " WHERE p.retired_at IS NULL")
        args: list = []
        if case_ids is not None:
            args = list(dict.fromkeys(case_ids))
            sql += f" AND p.case_id IN ({', '.join('?' * len(args))})" if args else " AND 0"
        sql += " ORDER BY p.case_id, p.source_row, p.id"
        return [_party(r) for r in self._conn.execute(sql, args)]

    def cases(self) -> list[StoredCase]:
        """Every case with its details and its number of current parties."""
        return [StoredCase(r["case_id"], r["case_type"], r["stage"], _date(r["meeting_date"]), r["n"])
                for r in self._conn.execute(
                    "SELECT c.*, (SELECT count(*) FROM parties p WHERE p.case_id = c.case_id AND p.retired_at IS NULL)"
                    " AS n FROM cases c ORDER BY c.case_id")]

    # -- screening -------------------------------------------------------------------------

    def save_screening(self, result: ScreeningResult, *, as_of: dt.date, policy: str, threshold: float, actor: str,
                       case_ids: Iterable[str] | None = None, started_at: str | None = None,
                       reason: ScreeningReason | None = None, data_version: int | None = None,
                       policy_sha256: str | None = None, weights_version: str | None = None) -> int:
        """Keep a screening's prompts with their evidence and return the run id. Prompts are
        upserted by key (first run kept); open prompts of the screened cases — ``case_ids``,
        default the whole stored docket — that were not raised again are withdrawn, never
        deleted, so answers stay attached. One transaction.

        ``reason`` says why it runs (default: a rescreen by ``actor``). After a member's own
        disclosure edit, that member's prompts it opens on a confidential party and those it
        withdraws are put under staff review (:meth:`release_prompt`), each audited, and the
        member keeps being shown a confidential one as it was: else adding and deleting
        guessed names would tell a member who a confidential party is.

        ``data_version``: the :meth:`data_version` of the snapshot the screening read; if the
        data changed since, StaleScreening and nothing is saved (a screening of older data
        would withdraw the prompts newer data raises). The run keeps it, so a report knows
        what changed after the screening it stands on (coi.store.screenings.changed_since).

        ``policy_sha256`` and ``weights_version``: the provenance the run records (the policy
        file's SHA-256, coi.names.evidence.weights_version), shown on the report's cover."""
        reason = reason or ScreeningReason.staff(actor)
        prompts = {p.key: p for p in result.prompts}
        with self.transaction() as conn:
            if data_version is not None and (now_version := self.data_version()) != data_version:
                raise StaleScreening(f"the roster, disclosures or docket changed while screening (data version "
                                     f"{data_version} → {now_version}): screen again")
            scope = {p.case_id for p in result.prompts}
            if case_ids is None:
                scope |= {r[0] for r in conn.execute("SELECT case_id FROM cases")}
            else:
                scope |= set(case_ids)
            open_before = {r["key"]: r["case_id"]
                           for r in conn.execute("SELECT key, case_id FROM prompts WHERE status = 'open'")}
            withdraw = sorted(k for k, case in open_before.items() if case in scope and k not in prompts)
            opened_keys = [k for k in prompts if k not in open_before]
            opened = len(opened_keys)
            now = self._clock()
            run_id = inserted_id(conn.execute(
                "INSERT INTO screen_runs (started_at, finished_at, as_of, policy, threshold, parties, cases, prompts,"
                " opened, withdrawn, actor, cause, cause_member_id, policy_sha256, weights_version, data_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (started_at or now, now, as_of.isoformat(), policy, threshold, result.parties, result.cases,
                 len(prompts), opened, len(withdraw), actor, reason.cause, reason.member_id, policy_sha256,
                 weights_version, data_version)))
            conn.executemany(
                "INSERT INTO prompts (key, case_id, member_id, member_name, party_name, party_role, party_kind,"
                " party_affiliations, party_date_of_birth, party_confidential, category, tier, score, matched_name,"
                " path, basis, evidence, tie_key, first_run, last_run, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')"
                " ON CONFLICT (key) DO UPDATE SET member_name = excluded.member_name,"
                " party_kind = excluded.party_kind, party_affiliations = excluded.party_affiliations,"
                " party_date_of_birth = excluded.party_date_of_birth, party_confidential = excluded.party_confidential,"
                " tier = excluded.tier, score = excluded.score, matched_name = excluded.matched_name,"
                " path = excluded.path, basis = excluded.basis, evidence = excluded.evidence,"
                " last_run = excluded.last_run, status = 'open'",
                [(k, p.case_id, p.member_id, p.member_name, p.party.name, str(p.party.role), str(p.party.kind),
                  _json(list(p.party.affiliations)), _iso(p.party.date_of_birth), int(bool(p.party.confidential)),
                  str(p.category), str(p.tier), float(p.score), p.matched_name,
                  _json(stored_path(p.path)), p.basis, _evidence_json(p.evidence), p.tie_key,
                  run_id, run_id) for k, p in prompts.items()])
            conn.executemany("UPDATE prompts SET status = 'withdrawn' WHERE key = ?", [(k,) for k in withdraw])
            if reason.member_id is not None:
                self._hold_member_edit(conn, reason, run_id, now, opened_keys, withdraw)
            # a prompt raised again no longer stands withdrawn by an edit
            conn.execute("UPDATE prompts SET edit_withdrawn_by = NULL, edit_withdrawn_at = NULL"
                         " WHERE status = 'open' AND edit_withdrawn_by IS NOT NULL")
            # what members are shown follows the prompts, except held ones (a withdrawn prompt the
            # member was never shown stays unshown)
            conn.execute("UPDATE prompts SET shown = CASE WHEN status = 'open' THEN 'open'"
                         " WHEN shown IS NULL THEN NULL ELSE 'withdrawn' END"
                         " WHERE NOT (party_confidential = 1 AND review_since IS NOT NULL)")
            self._record_prompt_facts([*prompts, *withdraw], run_id, now)
            self.audit("screen", actor, {"run_id": run_id, "as_of": as_of.isoformat(), "policy": policy,
                                         "policy_sha256": policy_sha256, "weights_version": weights_version,
                                         "cases": result.cases, "parties": result.parties, "prompts": len(prompts),
                                         "opened": opened, "withdrawn": len(withdraw), "cause": reason.cause,
                                         "member_id": reason.member_id, "data_version": self.data_version()})
            return run_id

    def _hold_member_edit(self, conn: sqlite3.Connection, reason: ScreeningReason, run_id: int, now: str,
                          opened: Sequence[str], withdrawn: Sequence[str]) -> None:
        """Put under staff review the editing member's prompts their own edit opened on a
        confidential party (confidential as stored) or withdrew (any), each audited."""
        def rows(keys: Sequence[str]) -> list[sqlite3.Row]:
            found = []
            for key in keys:
                r = conn.execute("SELECT key, case_id, member_id, category, party_confidential FROM prompts"
                                 " WHERE key = ?", (key,)).fetchone()
                if r is not None and r["member_id"] == reason.member_id:
                    found.append(r)
            return found

        for r in rows(opened):
            if r["party_confidential"]:
                conn.execute("UPDATE prompts SET review_since = coalesce(review_since, ?) WHERE key = ?",
                             (now, r["key"]))
                self.audit(PROMPT_HELD, reason.by, {"prompt_key": r["key"], "member_id": r["member_id"],
                                                    "case_id": r["case_id"], "category": r["category"],
                                                    "run_id": run_id})
        for r in rows(withdrawn):
            conn.execute("UPDATE prompts SET review_since = coalesce(review_since, ?), edit_withdrawn_by = ?,"
                         " edit_withdrawn_at = ? WHERE key = ?", (now, reason.by, now, r["key"]))
            self.audit(PROMPT_WITHDRAWN_BY_EDIT, reason.by, {
                "prompt_key": r["key"], "member_id": r["member_id"], "case_id": r["case_id"],
                "category": r["category"], "confidential": bool(r["party_confidential"]),
                "held": bool(r["party_confidential"]), "run_id": run_id})

    def _record_prompt_facts(self, keys: Iterable[str] | None, run_id: int | None, now: str) -> int:
        """Chain the facts of the prompts ``keys`` (None: every prompt) whose facts changed
        since last chained: case, member, category, tier, status, and what its member is shown
        (coi.redaction, as the member's own pages show it). Inside the caller's transaction.
        Returns the facts appended."""
        from coi.redaction import Redactor

        conn = self._conn
        wanted = None if keys is None else set(keys)
        sources = [_fact_source(r) for r in conn.execute("SELECT * FROM prompts ORDER BY key")
                   if wanted is None or r["key"] in wanted]
        if not sources:
            return 0
        redactor = Redactor.of(self.parties({s.case_id for s in sources}), sources)
        latest = {r["prompt_key"]: (r["case_id"], r["member_id"], r["category"], r["tier"], r["status"], r["shown"])
                  for r in conn.execute("SELECT * FROM prompt_facts"
                                        " WHERE id IN (SELECT max(id) FROM prompt_facts GROUP BY prompt_key)")}
        rows = []
        for s in sources:
            shown = redactor.prompt(s)
            evidence = shown.path_text + ("" if shown.redacted else f" (matched {shown.matched_name}, "
                                                                    f"score {shown.score:g})")
            view = _json({"member_name": s.member_name, "party": shown.party, "party_role": s.party_role,
                          "category": shown.category, "evidence": evidence, "score": s.score,
                          "confidential": shown.confidential})
            values = (s.case_id, s.member_id, str(s.category), str(s.tier), s.status, view)
            if latest.get(s.key) != values:
                rows.append((s.key, *values, run_id, now))
        conn.executemany("INSERT INTO prompt_facts (prompt_key, case_id, member_id, category, tier, status, shown,"
                         " run_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def prompt_facts(self, case_ids: Iterable[str] | None = None) -> list[PromptFact]:
        """Each prompt's latest chained facts (of the given cases; default every case), by
        case, member, score (highest first) and party."""
        sql = ("SELECT f.*, (SELECT min(g.recorded_at) FROM prompt_facts g WHERE g.prompt_key = f.prompt_key)"
               " AS first_at FROM prompt_facts f WHERE id IN (SELECT max(id) FROM prompt_facts GROUP BY prompt_key)")
        args: list = []
        if case_ids is not None:
            args = list(dict.fromkeys(case_ids))
            sql += f" AND case_id IN ({', '.join('?' * len(args))})" if args else " AND 0"
        facts = [_prompt_fact(r) for r in self._conn.execute(sql, args)]
        return sorted(facts, key=lambda f: (f.case_id, f.member_id, -float(f.shown.get("score") or 0),
                                            str(f.shown.get("party")), f.category, f.id))

    def _answered(self, prompt_key: str) -> str:
        """What an answer to ``prompt_key`` answers, as JSON for the decision's chained row:
        the prompt's latest chained facts (chained first if it has none)."""
        def latest() -> sqlite3.Row | None:
            return self._conn.execute("SELECT * FROM prompt_facts WHERE prompt_key = ? ORDER BY id DESC LIMIT 1",
                                      (prompt_key,)).fetchone()

        row = latest()
        if row is None:
            self._record_prompt_facts([prompt_key], None, self._clock())
            row = latest()
        if row is None:
            raise UnknownPrompt(prompt_key)
        shown = json.loads(row["shown"])
        return _json({"fact_id": row["id"], "case_id": row["case_id"], "member_id": row["member_id"],
                      "category": shown.get("category"), "tier": row["tier"], "party": shown.get("party"),
                      "party_role": shown.get("party_role"), "status": row["status"]})

    def release_prompt(self, key: str, actor: str) -> StoredPrompt:
        """Staff have reviewed a prompt a member's own edit changed: its member is now shown it
        as it is (a withdrawn one the member was never shown stays unshown). Audited; one
        transaction. Returns the prompt as released."""
        with self.transaction() as conn:
            r = conn.execute("SELECT key, member_id, case_id, status, shown, review_since FROM prompts WHERE key = ?",
                             (key,)).fetchone()
            if r is None:
                raise UnknownPrompt(key)
            if r["review_since"] is None:
                raise ValueError(f"prompt {key} is not held for review: there is nothing to release")
            shown = (PromptStatus.OPEN if r["status"] == PromptStatus.OPEN
                     else PromptStatus.WITHDRAWN if r["shown"] is not None else None)
            conn.execute("UPDATE prompts SET shown = ?, review_since = NULL WHERE key = ?", (shown, key))
            self.audit(PROMPT_RELEASED, actor, {"prompt_key": key, "member_id": r["member_id"],
                                                "case_id": r["case_id"], "status": r["status"],
                                                "shown_before": r["shown"], "shown_after": shown,
                                                "held_since": r["review_since"]})
        return self.prompt(key)

    def prompts_under_review(self) -> list[StoredPrompt]:
        """Every prompt a member's own edit changed that staff have not reviewed yet, oldest first."""
        return sorted(self._select_prompts(under_review=True), key=lambda p: (p.review_since or "", p.key))

    def now(self) -> str:
        """The store's clock: a UTC timestamp as every row records it."""
        return self._clock()

    def audit_since(self, action: str, since: str) -> list[AuditEntry]:
        """The audit entries of one action at or after ``since`` (a UTC timestamp), oldest first."""
        return [AuditEntry(r["id"], r["at"], r["actor"], r["action"], json.loads(r["detail"]))
                for r in self._conn.execute("SELECT * FROM audit_log WHERE action = ? AND at >= ? ORDER BY id",
                                            (action, since))]

    def prompts(self, *, member_id: str | None = None, case_id: str | None = None,
                status: PromptStatus | None = PromptStatus.OPEN, as_shown: bool = False) -> list[StoredPrompt]:
        """Stored prompts (``status=None``: open and withdrawn), each with its latest answer.

        ``as_shown``: as their members are shown them — for anything a member sees (their
        pages, their packet, the report): ``status`` filters what the member is shown, each
        prompt's ``status`` is that, and a prompt its member is shown nothing of (a held one)
        is left out."""
        if not as_shown:
            return self._select_prompts(member_id=member_id, case_id=case_id, status=status)
        return [replace(p, status=p.shown) for p in self._select_prompts(member_id=member_id, case_id=case_id)
                if p.shown is not None and status in (None, p.shown)]

    def prompt(self, key: str) -> StoredPrompt:
        """One stored prompt by key, whatever its status."""
        found = self._select_prompts(key=key)
        if not found:
            raise UnknownPrompt(key)
        return found[0]

    def _select_prompts(self, *, under_review: bool = False, **filters: str | None) -> list[StoredPrompt]:
        where = [f"p.{column} = ?" for column, value in filters.items() if value is not None]
        args = [value for value in filters.values() if value is not None]
        if under_review:
            where.append("p.review_since IS NOT NULL")
        sql = ("SELECT p.*, d.id AS d_id, d.member_id AS d_member_id, d.answer AS d_answer, d.reason AS d_reason,"
               " d.decided_by AS d_decided_by, d.decided_at AS d_decided_at, e.marked_by AS e_marked_by,"
               " e.marked_at AS e_marked_at, " + _VERSION_SQL.format(key="p.key") + " AS version,"
               " (SELECT threshold FROM screen_runs WHERE id = p.last_run) AS run_threshold FROM prompts p"
               " LEFT JOIN decisions d ON d.id = (SELECT max(id) FROM decisions WHERE prompt_key = p.key)"
               " LEFT JOIN decision_errors e ON e.decision_id = d.id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY p.case_id, p.member_id, p.score DESC, p.party_name, p.category")
        return [_stored_prompt(r) for r in self._conn.execute(sql, args)]

    # -- decisions -------------------------------------------------------------------------

    def record_decision(self, prompt_key: str, *, answer: Answer | str, reason: str | None, decided_by: str,
                        member_id: str | None = None, expected_version: int | None = None) -> int:
        """Append a member's answer to a prompt (self-recuse, no conflict with a reason, or
        unsure); a change of mind is a new row. Returns the decision id. One transaction.

        The reason is cleaned and bounded as imported text is (:func:`coi.text.clean_typed`).
        ``expected_version``: the prompt's :attr:`StoredPrompt.version` the answer was given
        on (the card the member clicked); if another answer or mark was recorded since, the
        answer is refused (:class:`StaleAnswer`) — it was meant for the prompt as it was."""
        try:
            answer = Answer(answer)
        except ValueError:
            raise ValueError(f"unknown answer {answer!r}: use one of {', '.join(a.value for a in Answer)}") from None
        reason = clean_typed(reason, what="reason")
        if answer is Answer.NO_CONFLICT and reason is None:
            raise ValueError("an answer of no conflict needs a reason: say why the tie does not call for recusal")
        if not decided_by or not decided_by.strip():
            raise ValueError("a decision needs to say who recorded it (decided_by)")
        with self.transaction() as conn:
            row = self._addressed(conn, prompt_key, member_id, expected_version)
            decision_id = inserted_id(conn.execute(
                "INSERT INTO decisions (prompt_key, member_id, answer, reason, decided_by, decided_at, answered)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (prompt_key, row["member_id"], str(answer), reason, decided_by, self._clock(),
                 self._answered(prompt_key))))
            self.audit("decision", decided_by, {"decision_id": decision_id, "prompt_key": prompt_key,
                                                "member_id": row["member_id"], "answer": str(answer)})
            return decision_id

    def _addressed(self, conn: sqlite3.Connection, prompt_key: str, member_id: str | None,
                   expected_version: int | None) -> sqlite3.Row:
        """The prompt's row, when it exists, is addressed to ``member_id`` (if given) and is
        still at ``expected_version`` (if given)."""
        row = conn.execute("SELECT member_id FROM prompts WHERE key = ?", (prompt_key,)).fetchone()
        if row is None:
            raise UnknownPrompt(prompt_key)
        if member_id is not None and member_id != row["member_id"]:
            raise ValueError(f"prompt {prompt_key} is addressed to member {row['member_id']}, not {member_id}")
        self._check_version(conn, prompt_key, expected_version)
        return row

    def _check_version(self, conn: sqlite3.Connection, prompt_key: str, expected: int | None) -> None:
        """Refuse (:class:`StaleAnswer`) an action given on an older version of the prompt."""
        if expected is None:
            return
        now = conn.execute("SELECT " + _VERSION_SQL.format(key="?"), (prompt_key, prompt_key)).fetchone()[0]
        if now != expected:
            raise StaleAnswer(prompt_key, expected, now)

    def mark_entered_in_error(self, prompt_key: str, *, marked_by: str, member_id: str | None = None,
                              expected_version: int | None = None) -> int:
        """Mark the prompt's latest answer as entered in error: a new row with who and when
        (the answer itself stays on record, unchanged); the prompt counts as unanswered until
        its member answers again. Audited; one transaction. ``expected_version`` as for
        :meth:`record_decision`. Returns the mark's id."""
        if not marked_by or not marked_by.strip():
            raise ValueError("a mark of entered in error needs to say who made it (marked_by)")
        with self.transaction() as conn:
            row = self._addressed(conn, prompt_key, member_id, expected_version)
            latest = conn.execute(_DECISIONS + " WHERE d.prompt_key = ? ORDER BY d.id DESC LIMIT 1",
                                  (prompt_key,)).fetchone()
            if latest is None:
                raise ValueError("this prompt has no answer to mark as entered in error")
            if latest["marked_by"] is not None:
                raise ValueError("the latest answer to this prompt is already marked as entered in error: "
                                 "answer the prompt again")
            now = self._clock()
            mark_id = inserted_id(conn.execute(
                "INSERT INTO decision_errors (decision_id, prompt_key, member_id, marked_by, marked_at)"
                " VALUES (?, ?, ?, ?, ?)", (latest["id"], prompt_key, row["member_id"], marked_by, now)))
            self.audit(DECISION_ENTERED_IN_ERROR, marked_by, {
                "mark_id": mark_id, "decision_id": latest["id"], "prompt_key": prompt_key,
                "member_id": row["member_id"], "answer": latest["answer"], "decided_at": latest["decided_at"]})
            return mark_id

    def decisions(self, prompt_key: str | None = None) -> list[StoredDecision]:
        """Every decision (of one prompt, if given), oldest first, each with the mark that it
        was entered in error, if any."""
        if prompt_key is None:
            rows = self._conn.execute(_DECISIONS + " ORDER BY d.id")
        else:
            rows = self._conn.execute(_DECISIONS + " WHERE d.prompt_key = ? ORDER BY d.id", (prompt_key,))
        return [_decision(r) for r in rows]

    def latest_decisions(self, *, before: str | None = None) -> dict[str, StoredDecision]:
        """Each answered prompt's standing decision, by prompt key (a prompt whose latest
        answer was marked as entered in error stands unanswered, and is left out).
        ``before``: a stored timestamp — the decision that stood then, among the answers given
        before it (a mark of entered in error counts whenever it was made: it corrects the record)."""
        if before is None:
            return {d.prompt_key: d for d in (_decision(r) for r in self._conn.execute(
                _DECISIONS + " WHERE d.id IN (SELECT max(id) FROM decisions GROUP BY prompt_key)"
                " AND e.id IS NULL ORDER BY d.id"))}
        return {d.prompt_key: d for d in (_decision(r) for r in self._conn.execute(
            _DECISIONS + " WHERE d.id IN (SELECT max(id) FROM decisions WHERE decided_at < ? GROUP BY prompt_key)"
            " AND e.id IS NULL ORDER BY d.id", (before,)))}


    # -- issue 14, items 3 and 7 (H2): threads on unsure answers; judgements of "a different person" --

    def _standing(self, conn: sqlite3.Connection, prompt_key: str) -> sqlite3.Row | None:
        """The prompt's standing decision: its latest, unless that was marked as entered in error."""
        latest = conn.execute(_DECISIONS + " WHERE d.prompt_key = ? ORDER BY d.id DESC LIMIT 1",
                              (prompt_key,)).fetchone()
        return latest if latest is not None and latest["marked_by"] is None else None

    def add_thread_entry(self, prompt_key: str, *, author: str, author_role: str, body: str | None,
                         member_id: str | None = None) -> int:
        """Append an entry to the thread on a prompt whose standing answer is unsure (an open
        thread: staff advise, the member asks, until the member answers finally). ``member_id``:
        the prompt must be addressed to this member (a member writing on their own). The text
        is cleaned as typed text is; audited with its SHA-256, so the chained audit log vouches
        for the entry's words. One transaction. Returns the entry's id."""
        text = clean_typed(body, what="message")
        if text is None:
            raise ValueError("the message is empty: write what you want to say")
        if author_role not in ("member", "staff"):
            raise ValueError(f"unknown author role {author_role!r}: member or staff")
        if not author or not author.strip():
            raise ValueError("a thread entry needs to say who wrote it (author)")
        with self.transaction() as conn:
            row = self._addressed(conn, prompt_key, member_id, None)
            standing = self._standing(conn, prompt_key)
            if standing is None or standing["answer"] != str(Answer.UNSURE):
                raise ThreadClosed("this prompt has no open thread: a thread opens when the member answers unsure, "
                                   "and closes when they answer finally. Nothing was recorded.")
            entry_id = inserted_id(conn.execute(
                "INSERT INTO thread_entries (prompt_key, member_id, decision_id, author, author_role, body, written_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (prompt_key, row["member_id"], standing["id"], author, author_role, text, self._clock())))
            self.audit(THREAD_ENTRY, author, {
                "entry_id": entry_id, "prompt_key": prompt_key, "member_id": row["member_id"],
                "author_role": author_role, "decision_id": standing["id"],
                "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
            return entry_id

    def thread_entries(self, prompt_key: str) -> list[ThreadEntry]:
        """Every entry written on one prompt's threads, oldest first."""
        return [ThreadEntry(r["id"], r["prompt_key"], r["member_id"], r["decision_id"], r["author"], r["author_role"],
                            r["body"], r["written_at"])
                for r in self._conn.execute("SELECT * FROM thread_entries WHERE prompt_key = ? ORDER BY id",
                                            (prompt_key,))]

    def record_judgement(self, prompt_key: str, *, reason: str, decided_by: str, member_id: str,
                         expected_version: int | None,
                         identity: Callable[[StoredPrompt], tuple[str, str, str | None, list[str]]]) -> tuple[int, int]:
        """The member's answer *no conflict — a different person*: the decision (as
        :meth:`record_decision`) and, in the same transaction, the judgement on (their tie, the
        party's identity) as the prompt stands now — ``identity(prompt)`` gives (the tie in
        words, the name's key, the date of birth, the affiliations' keys). Audited. Returns
        (decision id, judgement id)."""
        with self.transaction() as conn:
            decision_id = self.record_decision(prompt_key, answer=Answer.NO_CONFLICT, reason=reason,
                                               decided_by=decided_by, member_id=member_id,
                                               expected_version=expected_version)
            p = self._select_prompts(key=prompt_key)[0]
            tie_name, name_key, date_of_birth, affiliation_keys = identity(p)
            now = self._clock()
            judgement_id = inserted_id(conn.execute(
                "INSERT INTO judgements (member_id, tie_key, tie_name, party_name, name_key, date_of_birth,"
                " affiliations, affiliation_keys, case_id, prompt_key, decision_id, judged_by, judged_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (p.member_id, p.tie_key, tie_name, p.party_name, name_key, date_of_birth,
                 _json(list(p.party_affiliations)), _json(sorted(affiliation_keys)), p.case_id, prompt_key,
                 decision_id, decided_by, now)))
            self.audit(JUDGEMENT_RECORDED, decided_by, {
                "judgement_id": judgement_id, "decision_id": decision_id, "prompt_key": prompt_key,
                "member_id": p.member_id, "case_id": p.case_id, "tie_key": p.tie_key, "name_key": name_key,
                "date_of_birth": date_of_birth, "affiliation_keys": sorted(affiliation_keys),
                "confidential": p.party_confidential})
            return decision_id, judgement_id

    def judgements(self, *, member_id: str | None = None, judgement_id: int | None = None) -> list[StoredJudgement]:
        """Judgements of "a different person" (of one member, or one by id), oldest first, each
        with its revocation, if any, and how many answers confirmed it since."""
        where: list[str] = []
        args: list[str | int] = []
        if member_id is not None:
            where.append("j.member_id = ?")
            args.append(member_id)
        if judgement_id is not None:
            where.append("j.id = ?")
            args.append(judgement_id)
        sql = ("SELECT j.*, r.reason AS r_reason, r.revoked_by AS r_by, r.revoked_at AS r_at,"
               " (SELECT count(*) FROM judgement_confirmations c WHERE c.judgement_id = j.id) AS confirmations,"
               " (SELECT e.marked_at FROM decision_errors e WHERE e.decision_id = j.decision_id) AS struck_at"
               " FROM judgements j LEFT JOIN judgement_revocations r ON r.judgement_id = j.id"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY j.id")
        return [StoredJudgement(r["id"], r["member_id"], r["tie_key"], r["tie_name"], r["party_name"], r["name_key"],
                                _date(r["date_of_birth"]), tuple(json.loads(r["affiliations"])),
                                tuple(json.loads(r["affiliation_keys"])), r["case_id"], r["prompt_key"],
                                r["decision_id"], r["judged_by"], r["judged_at"], r["r_by"], r["r_at"], r["r_reason"],
                                r["confirmations"], r["struck_at"])
                for r in self._conn.execute(sql, args)]

    def confirm_judgement(self, prompt_key: str, judgement_id: int, *, reason: str, decided_by: str,
                          member_id: str, expected_version: int | None,
                          applies: Callable[[StoredJudgement, StoredPrompt], bool]) -> int:
        """The member confirms, on another prompt, a judgement they made: an answer of no
        conflict citing it (as :meth:`record_decision`) and the link between the two, in one
        transaction, only while the judgement stands and ``applies(judgement, prompt)`` (the
        party's identity unchanged). Audited. Returns the decision id."""
        with self.transaction() as conn:
            found = self.judgements(judgement_id=judgement_id)
            if not found:
                raise ValueError(f"there is no judgement {judgement_id}")
            j = found[0]
            if not j.stands:
                raise ValueError("this judgement no longer stands (revoked by staff, or its answer was marked as "
                                 "entered in error): answer the prompt as it stands. Nothing was recorded.")
            prompts = self._select_prompts(key=prompt_key)
            if not prompts:
                raise UnknownPrompt(prompt_key)
            if not applies(j, prompts[0]):
                raise ValueError("this judgement does not apply to this prompt (the party's details differ): answer "
                                 "the prompt as it stands. Nothing was recorded.")
            decision_id = self.record_decision(prompt_key, answer=Answer.NO_CONFLICT, reason=reason,
                                               decided_by=decided_by, member_id=member_id,
                                               expected_version=expected_version)
            confirmation_id = inserted_id(conn.execute(
                "INSERT INTO judgement_confirmations (judgement_id, decision_id, prompt_key, confirmed_by, confirmed_at)"
                " VALUES (?, ?, ?, ?, ?)", (judgement_id, decision_id, prompt_key, decided_by, self._clock())))
            self.audit(JUDGEMENT_CONFIRMED, decided_by, {
                "confirmation_id": confirmation_id, "judgement_id": judgement_id, "decision_id": decision_id,
                "prompt_key": prompt_key, "member_id": j.member_id, "case_id": prompts[0].case_id,
                "judged_on_case": j.case_id})
            return decision_id

    def revoke_judgement(self, judgement_id: int, *, reason: str | None, revoked_by: str) -> int:
        """Staff revoke a judgement (it applies no more; it, and every answer given with it,
        stays on record). A reason is required. Audited; one transaction. Returns the revocation's id."""
        text = clean_typed(reason, what="reason")
        if text is None:
            raise ValueError("say why the judgement is revoked (a reason is required)")
        with self.transaction() as conn:
            found = self.judgements(judgement_id=judgement_id)
            if not found:
                raise ValueError(f"there is no judgement {judgement_id}")
            if found[0].revoked:
                raise ValueError(f"judgement {judgement_id} is already revoked (by {found[0].revoked_by}): nothing "
                                 "was changed")
            revocation_id = inserted_id(conn.execute(
                "INSERT INTO judgement_revocations (judgement_id, reason, revoked_by, revoked_at) VALUES (?, ?, ?, ?)",
                (judgement_id, text, revoked_by, self._clock())))
            self.audit(JUDGEMENT_REVOKED, revoked_by, {
                "revocation_id": revocation_id, "judgement_id": judgement_id, "member_id": found[0].member_id,
                "case_id": found[0].case_id, "reason": text})
            return revocation_id

    # -- issue 14, items 9 and 10 (H5): the audit log searched and paged; confirmations ------------

    def audit_search(self, *, actor: str | None = None, action: str | None = None, since: str | None = None,
                     until: str | None = None, member_id: str | None = None, case_id: str | None = None,
                     text: str | None = None, limit: int = 100, offset: int = 0) -> tuple[list[AuditEntry], int]:
        """One page of the audit log, newest first, and how many entries match in all.
        ``since``/``until``: UTC timestamps, ``since`` included and ``until`` not; ``member_id``:
        entries about the member (its member_id, a vote or motion naming it) or by the member's
        accounts; ``case_id``: entries naming the case, or the prompts of the case; ``text``:
        found anywhere in who, what or the detail (case-insensitive)."""
        where, args = self._audit_filters(actor, action, since, until, member_id, case_id, text)
        with self._snapshot() as conn:
            total = conn.execute(f"SELECT count(*) FROM audit_log{where}", args).fetchone()[0]
            rows = conn.execute(f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ? OFFSET ?",
                                [*args, max(0, limit), max(0, offset)]).fetchall()
        return [AuditEntry(r["id"], r["at"], r["actor"], r["action"], json.loads(r["detail"])) for r in rows], total

    @staticmethod
    def _audit_filters(actor, action, since, until, member_id, case_id, text) -> tuple[str, list]:
        clauses: list[str] = []
        args: list = []
        for column, value in (("actor", actor), ("action", action)):
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if since:
            clauses.append("at >= ?")
            args.append(since)
        if until:
            clauses.append("at < ?")
            args.append(until)
        if member_id:
            clauses.append("(json_extract(detail, '$.member_id') = ? OR json_extract(detail, '$.voter_id') = ?"
                           " OR json_extract(detail, '$.moved_by') = ?"
                           " OR actor IN (SELECT username FROM accounts WHERE member_id = ?))")
            args += [member_id] * 4
        if case_id:
            clauses.append("(json_extract(detail, '$.case_id') = ? OR json_extract(detail, '$.prompt_key') IN"
                           " (SELECT key FROM prompts WHERE case_id = ?))")
            args += [case_id] * 2
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(actor LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' OR detail LIKE ? ESCAPE '\\')")
            args += [pattern] * 3
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args

    def audit_vocabulary(self) -> tuple[list[str], list[str]]:
        """Who appears in the audit log and what they did (each distinct, sorted): the audit page's choices."""
        with self._snapshot() as conn:
            actors = [r[0] for r in conn.execute("SELECT DISTINCT actor FROM audit_log ORDER BY actor")]
            actions = [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]
        return actors, actions

    def prompt_cases(self, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Prompt key → (case, member) for the keys given: how the audit page names a prompt in words."""
        wanted = sorted(set(keys))
        out: dict[str, tuple[str, str]] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            out.update({r["key"]: (r["case_id"], r["member_id"]) for r in self._conn.execute(
                f"SELECT key, case_id, member_id FROM prompts WHERE key IN ({','.join('?' * len(chunk))})", chunk)})
        return out

    def disclosure_record(self, member_id: str) -> list[DisclosureRecord]:
        """Every disclosure a member ever had, oldest first, with the import (a file, or the
        dashboard's editor) that added it and the one that retired it: who, when, from what."""
        rows = self._conn.execute(
            "SELECT d.*, a.imported_at AS added_at, a.actor AS added_by, a.source AS added_from,"
            " r.actor AS retired_by, r.source AS retired_from FROM disclosures d"
            " LEFT JOIN imports a ON a.id = d.import_id LEFT JOIN imports r ON r.id = d.retired_by_import"
            " WHERE d.member_id = ? ORDER BY d.id", (member_id,)).fetchall()
        return [DisclosureRecord(_disclosure(r), r["added_at"], r["added_by"], r["added_from"], r["retired_at"],
                                 r["retired_by"], r["retired_from"]) for r in rows]

    def confirmations(self, member_id: str | None = None) -> list[tuple[str, str, str]]:
        """Confirmations that disclosures are complete, newest first: (member, when, by whom)."""
        sql = "SELECT member_id, confirmed_at, confirmed_by FROM disclosure_confirmations"
        args: list = []
        if member_id is not None:
            sql, args = sql + " WHERE member_id = ?", [member_id]
        return [(r[0], r[1], r[2]) for r in self._conn.execute(sql + " ORDER BY id DESC", args)]

    # -- notifications (issue 14, item 6: coi.decisions.notify) -------------------------------------------

    def notified(self) -> dict[str, set[str]]:
        """What has been notified, or is being sent now: audience → items. coi.decisions.notify leaves them out."""
        out: dict[str, set[str]] = {}
        for r in self._conn.execute("SELECT audience, item FROM notification_items"):
            out.setdefault(r["audience"], set()).add(r["item"])
        return out

    def claim_notification(self, *, kind: str, audience: str, member_id: str | None, recipient: str, subject: str,
                           items: Sequence[str], actor: str) -> int | None:
        """Record an e-mail about to be sent (status ``sending``) and claim what it notifies, in
        one transaction, before it is sent; None, recording nothing, when any item is claimed
        already (another run sent it meanwhile). So an item is never sent twice."""
        if not items:
            raise ValueError("a notification must say what it notifies")
        with self.transaction() as conn:
            marks = ", ".join("?" * len(items))
            if conn.execute(f"SELECT 1 FROM notification_items WHERE audience = ? AND item IN ({marks}) LIMIT 1",
                            (audience, *items)).fetchone():
                return None
            notification_id = inserted_id(conn.execute(
                "INSERT INTO notifications (kind, audience, member_id, recipient, subject, items, status, created_at,"
                " actor) VALUES (?, ?, ?, ?, ?, ?, 'sending', ?, ?)",
                (kind, audience, member_id, recipient, subject, _json(list(items)), self._clock(), actor)))
            conn.executemany("INSERT INTO notification_items (audience, item, notification_id) VALUES (?, ?, ?)",
                             [(audience, item, notification_id) for item in items])
            return notification_id

    def finish_notification(self, notification_id: int, *, error: str | None, actor: str) -> StoredNotification:
        """Record how a claimed e-mail ended — sent (``error`` None) or failed, giving its claims
        back so the next run tries again — and audit it, in one transaction."""
        with self.transaction() as conn:
            row = conn.execute("SELECT * FROM notifications WHERE id = ?", (notification_id,)).fetchone()
            if row is None or row["status"] != "sending":
                raise ValueError(f"notification {notification_id} is not being sent")
            conn.execute("UPDATE notifications SET status = ?, error = ?, finished_at = ? WHERE id = ?",
                         ("sent" if error is None else "failed", error, self._clock(), notification_id))
            if error is not None:
                conn.execute("DELETE FROM notification_items WHERE notification_id = ?", (notification_id,))
            self.audit(EMAIL_SENT if error is None else EMAIL_FAILED, actor, {
                "notification_id": notification_id, "kind": row["kind"], "member_id": row["member_id"],
                "recipient": row["recipient"], "subject": row["subject"], "items": len(json.loads(row["items"])),
                **({"error": error} if error is not None else {})})
            return self.notifications(notification_id=notification_id)[0]

    def notifications(self, limit: int | None = 200, *, notification_id: int | None = None) -> list[StoredNotification]:
        """The e-mails coi tried to send, newest first (or the one ``notification_id``)."""
        sql, args = "SELECT * FROM notifications", []
        if notification_id is not None:
            sql, args = sql + " WHERE id = ?", [notification_id]
        sql += " ORDER BY id DESC" + (" LIMIT ?" if limit is not None else "")
        args += [limit] if limit is not None else []
        return [StoredNotification(r["id"], r["kind"], r["audience"], r["member_id"], r["recipient"], r["subject"],
                                   tuple(json.loads(r["items"])), r["status"], r["error"], r["created_at"],
                                   r["finished_at"], r["actor"]) for r in self._conn.execute(sql, args)]


# --------------------------------------------------------------------------------------------
# Issue 14, items 3 and 7 (H2): the records of threads and judgements

#: Audit actions of threads on unsure answers and of judgements of "a different person".
THREAD_ENTRY = "thread entry on an unsure answer"
JUDGEMENT_RECORDED = "judgement recorded: a different person"
JUDGEMENT_CONFIRMED = "judgement confirmed on another prompt"
JUDGEMENT_REVOKED = "judgement revoked"


class ThreadClosed(CoiError, ValueError):
    """An entry written on a prompt with no open thread (its standing answer is not unsure)."""


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    """One entry of a thread on a prompt: whose prompt, who wrote it (as member or staff), when."""

    id: int
    prompt_key: str
    member_id: str
    decision_id: int  # the unsure answer it was written on: it reads after that answer, before the next
    author: str
    author_role: str  # 'member' | 'staff'
    body: str
    written_at: str


@dataclass(frozen=True, slots=True)
class StoredJudgement:
    """A member's judgement that a party is a different person from one of their ties, as
    recorded with its answer; revoked by staff or standing."""

    id: int
    member_id: str
    tie_key: str
    tie_name: str  # the tie in words: "sibling-in-law Margaret Kavanagh"
    party_name: str
    name_key: str
    date_of_birth: dt.date | None
    affiliations: tuple[str, ...]
    affiliation_keys: tuple[str, ...]
    case_id: str
    prompt_key: str
    decision_id: int
    judged_by: str
    judged_at: str
    revoked_by: str | None = None
    revoked_at: str | None = None
    revoke_reason: str | None = None
    confirmations: int = 0
    struck_at: str | None = None  # the answer it was given with was marked as entered in error (then it lapses)

    @property
    def revoked(self) -> bool:
        return self.revoked_by is not None

    @property
    def stands(self) -> bool:
        """Neither revoked by staff nor lapsed with its answer (marked as entered in error)."""
        return not self.revoked and self.struck_at is None


__all__ = ["DisclosureRecord", "PromptFact", "StaleAnswer", "DECISION_ENTERED_IN_ERROR", "Store", "ImportResult", "ImportPlan", "PlanChanged", "StaleScreening", "StoredPrompt", "StoredDecision", "StoredCase", "AuditEntry", "MIGRATIONS",
           "SchemaTooNew", "UnknownPrompt", "ScreeningReason", "PROMPT_HELD", "PROMPT_WITHDRAWN_BY_EDIT",
           "PROMPT_RELEASED", "THREAD_ENTRY", "JUDGEMENT_RECORDED", "JUDGEMENT_CONFIRMED", "JUDGEMENT_REVOKED",
           "ThreadClosed", "ThreadEntry", "StoredJudgement", "StoredNotification", "EMAIL_SENT", "EMAIL_FAILED"]
