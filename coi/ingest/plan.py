"""What an import will do, worked out before it does it: every row it adds, changes, retires
or keeps, by name, so that the command line and the dashboard show it and a person decides
before anything is removed (coi.store.database computes a plan and applies it in one transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coi.errors import CoiError
from coi.model import ImportKind


class Change(StrEnum):
    """What an import does to one row of the roster, the disclosures or the docket."""

    ADDED = "added"
    CHANGED = "changed"  # same identity (member id; relation+name+via; party name+role), new content
    RETIRED = "retired"  # kept as history: a member made inactive, a disclosure or a party retired
    KEPT = "kept"  # a row the file would retire or replace, kept because a person entered it in the dashboard


#: Why a plan keeps a tie: the words the command line and the dashboard show.
KEPT_MEMBER_ENTRY = "entered by the member in the dashboard"
KEPT_DASHBOARD_ENTRY = "entered in the dashboard"
#: The option that lets a file retire or replace ties entered in the dashboard.
RETIRE_MEMBER_ENTRIES = "--retire-member-entries"


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One row an import touches, named as a person reads it: ``M01 spouse Luis Diaz``,
    ``C-1 witness Jane Roe``, ``M02 Bo Chen``; ``detail`` says what changes or why."""

    change: Change
    what: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.change:<8} {self.what}" + (f" — {self.detail}" if self.detail else "")


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Everything one file's import would do to the stored data. Two plans are equal when they
    would do the same; an import confirmed on a plan applies only that plan."""

    kind: ImportKind  # members, disclosures, docket (planned by the store); agenda, votes (coi.decisions.uploads)
    source: str
    records: int  # rows in the file
    rows: tuple[PlannedRow, ...] = ()  # added, changed, retired and kept rows
    unchanged: int = 0
    duplicate_of: int | None = None  # the earlier import of this very file: nothing to do
    retire_member_entries: bool = False  # ties entered in the dashboard may be retired or replaced

    def __post_init__(self) -> None:
        # one vocabulary: a kind given as its word ("docket") is held as the ImportKind; any
        # other word is refused here rather than stored in a plan nobody can apply
        if not isinstance(self.kind, ImportKind):
            if self.kind not in set(ImportKind):
                raise ValueError(f"unknown import kind {self.kind!r}: use one of {', '.join(ImportKind)}")
            object.__setattr__(self, "kind", ImportKind(self.kind))

    def _of(self, change: Change) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.change is change)

    @property
    def added(self) -> tuple[PlannedRow, ...]:
        return self._of(Change.ADDED)

    @property
    def changed(self) -> tuple[PlannedRow, ...]:
        return self._of(Change.CHANGED)

    @property
    def retired(self) -> tuple[PlannedRow, ...]:
        return self._of(Change.RETIRED)

    @property
    def kept(self) -> tuple[PlannedRow, ...]:
        return self._of(Change.KEPT)

    @property
    def removes(self) -> bool:
        """True when the import would retire anything: then a person must confirm it."""
        return bool(self.retired)

    @property
    def summary(self) -> str:
        if self.duplicate_of is not None:
            return f"{self.source}: already imported (same file); nothing would change."
        counts = (f"{len(self.added)} added, {len(self.changed)} changed, {len(self.retired)} retired, "
                  f"{self.unchanged} unchanged")
        if self.kept:
            counts += f", {len(self.kept)} kept ({KEPT_DASHBOARD_ENTRY})"
        return f"{self.source} ({self.kind}): {counts}."


def plan_lines(plan: ImportPlan, *, shown: int = 50) -> list[str]:
    """The plan in words, one line a row: every retired and kept row, and up to ``shown``
    added and changed rows each (the rest counted)."""
    lines = [plan.summary]
    for change in (Change.RETIRED, Change.KEPT, Change.CHANGED, Change.ADDED):
        rows = plan._of(change)
        limit = len(rows) if change in (Change.RETIRED, Change.KEPT) else shown
        lines += [f"  {r}" for r in rows[:limit]]
        if len(rows) > limit:
            lines.append(f"  … and {len(rows) - limit:,} more {change}")
    if plan.kept:
        lines.append(f"  Ties entered in the dashboard are kept; to let this file retire or replace them, run again "
                     f"with {RETIRE_MEMBER_ENTRIES} (and confirm).")
    return lines


class PlanChanged(CoiError, RuntimeError):
    """The stored data changed between the plan a person confirmed and the import: nothing
    was imported; ``plan`` is what the import would do now, to show and confirm again."""

    def __init__(self, confirmed: ImportPlan, plan: ImportPlan):
        super().__init__(f"{plan.source}: the stored data changed since the plan was shown, so nothing was "
                         f"imported; this is the plan now — check it and confirm again")
        self.confirmed = confirmed
        self.plan = plan


__all__ = ["Change", "PlannedRow", "ImportPlan", "PlanChanged", "plan_lines", "KEPT_MEMBER_ENTRY",
           "KEPT_DASHBOARD_ENTRY", "RETIRE_MEMBER_ENTRIES"]
