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
    r = conn.execute("SELECT id, finished_at, as_of, policy, policy_sha256, weights_version, actor FROM screen_runs"
                     " ORDER BY id DESC LIMIT 1").fetchone()
    return None if r is None else ScreeningRun(r[0], r[1], r[2], r[3], r[4], r[5], r[6])


def chosen_policy(conn: sqlite3.Connection) -> ChosenPolicy | None:
    """The policy the Panel chose last, or None if it never chose one (the shipped one applies)."""
    r = conn.execute("SELECT name, sha256, source, chosen_at, chosen_by FROM panel_policy"
                     " ORDER BY id DESC LIMIT 1").fetchone()
    return None if r is None else ChosenPolicy(r[0], r[1], r[2], r[3], r[4])


def insert_policy_choice(conn: sqlite3.Connection, choice: ChosenPolicy) -> None:
    conn.execute("INSERT INTO panel_policy (name, sha256, source, chosen_at, chosen_by) VALUES (?, ?, ?, ?, ?)",
                 (choice.name, choice.sha256, choice.source, choice.chosen_at, choice.chosen_by))


__all__ = ["POLICY_CHOSEN", "ScreeningRun", "ChosenPolicy", "last_screening", "chosen_policy", "insert_policy_choice"]
