"""The SQL of screening provenance (migration 16): which policy and which matcher weights a
screening run used (``screen_runs``), and the policy the Panel chose (``panel_policy``,
append-only: the latest row is in force). For :mod:`coi.decisions.service` and the
pre-meeting report; each function runs inside the caller's transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

#: The audit log's action for a change of the Panel's policy (coi.reports.audit_words says it in words).
POLICY_CHOSEN = "policy chosen"


@dataclass(frozen=True, slots=True)
class ScreeningRun:
    """One screening run as the report's cover names it: when, and with what."""

    run_id: int
    finished_at: str
    as_of: str
    policy: str  # the policy's name
    policy_sha256: str | None  # None: a run made before coi recorded it (schema version 16)
    weights_version: str | None  # coi.names.evidence.weights_version; None as above
    actor: str
    data_version: int | None = None  # the data version it screened (schema version 17); None: before


@dataclass(frozen=True, slots=True)
class ChangeAfter:
    """An import that changed the roster, the disclosures or the docket after a screening."""

    kind: str  # members, disclosures, docket
    source: str  # the file's name, or what entered it (a member's own edit in the dashboard)
    imported_at: str
    added: int
    changed: int
    retired: int


@dataclass(frozen=True, slots=True)
class ChosenPolicy:
    """The policy the Panel chose (``coi rescreen --policy``), as stored: its file's text."""

    name: str
    sha256: str
    source: str | None  # the policy file's text; None: the policy shipped with coi
    chosen_at: str
    chosen_by: str

    @property
    def shipped(self) -> bool:
        return self.source is None


def last_screening(conn: sqlite3.Connection) -> ScreeningRun | None:
    """The latest screening run, or None before the first."""
    r = conn.execute("SELECT id, finished_at, as_of, policy, policy_sha256, weights_version, actor, data_version"
                     " FROM screen_runs ORDER BY id DESC LIMIT 1").fetchone()
    return None if r is None else ScreeningRun(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])


def changed_since(conn: sqlite3.Connection, run: ScreeningRun | None) -> tuple[ChangeAfter, ...]:
    """The imports that added, changed or retired a member, a tie or a party after ``run``
    screened (every such import when there was no screening): a report standing on ``run``
    does not show what they changed. A run that kept its data version (schema version 17)
    is followed by the imports after that version; an older run, by those made after it
    finished."""
    if run is None:
        return changes_after(conn, 0)
    if run.data_version is not None:
        return changes_after(conn, run.data_version)
    return _changes(conn, " AND imported_at > ?", (run.finished_at,))


def changes_after(conn: sqlite3.Connection, data_version: int) -> tuple[ChangeAfter, ...]:
    """The imports after ``data_version`` (coi.store.database.Store.data_version) that added,
    changed or retired a row: an import of a file whose every row was stored already is a
    version, not a change."""
    return _changes(conn, " AND id > ?", (data_version,))


def _changes(conn: sqlite3.Connection, where: str, args: tuple) -> tuple[ChangeAfter, ...]:
    sql = ("SELECT kind, source, imported_at, added, changed, retired FROM imports"
           " WHERE added + changed + retired > 0" + where + " ORDER BY id")
    return tuple(ChangeAfter(*r) for r in conn.execute(sql, args))


def chosen_policy(conn: sqlite3.Connection) -> ChosenPolicy | None:
    """The policy the Panel chose last, or None if it never chose one (the shipped one applies)."""
    r = conn.execute("SELECT name, sha256, source, chosen_at, chosen_by FROM panel_policy"
                     " ORDER BY id DESC LIMIT 1").fetchone()
    return None if r is None else ChosenPolicy(r[0], r[1], r[2], r[3], r[4])


def insert_policy_choice(conn: sqlite3.Connection, choice: ChosenPolicy) -> None:
    conn.execute("INSERT INTO panel_policy (name, sha256, source, chosen_at, chosen_by) VALUES (?, ?, ?, ?, ?)",
                 (choice.name, choice.sha256, choice.source, choice.chosen_at, choice.chosen_by))


__all__ = ["POLICY_CHOSEN", "ScreeningRun", "ChangeAfter", "ChosenPolicy", "last_screening", "changed_since", "changes_after",
           "chosen_policy", "insert_policy_choice"]
