"""Every file kind of CONTRACT.md as staff hand it to coi: its template (the columns the
validation reads, with example rows), its checked reading, the plan of its import and the
import a person confirmed — one set of functions for the dashboard's Files and Docket pages,
over the same validation (:mod:`coi.ingest.records`) and plans (:mod:`coi.ingest.plan`) as ``coi import``.

The roster, disclosures and docket are planned and imported by the store
(:func:`coi.decisions.service.plan_import`); an agenda and votes are planned here, from the meetings
and votes as they stand, and imported by :mod:`coi.decisions.meetings` only while that plan still holds.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from coi.decisions import meetings, service
from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.ingest import columns as specs
from coi.ingest import export
from coi.ingest import records as ingest
from coi.ingest.plan import Change, ImportPlan, PlanChanged, PlannedRow
from coi.model import ImportKind, InputRejected, Loaded, Problem
from coi.store.database import Store
from coi.timefmt import panel_date

# the validation's own column specs: a template made from them cannot drift from what is read
_COLUMNS = {ImportKind.MEMBERS: specs.MEMBER_COLUMNS, ImportKind.DISCLOSURES: specs.DISCLOSURE_COLUMNS,
            ImportKind.DOCKET: specs.DOCKET_COLUMNS, ImportKind.AGENDA: specs.AGENDA_COLUMNS,
            ImportKind.VOTES: specs.VOTES_COLUMNS}


def columns(kind: ImportKind) -> dict[str, bool]:
    """Each column the validation of ``kind`` reads (CONTRACT.md), and whether it is required."""
    return _COLUMNS[kind]


def permission(kind: ImportKind) -> Permission:
    """What importing a file of ``kind`` needs: the same as the command line's import of it."""
    return {ImportKind.AGENDA: Permission.MANAGE_MEETINGS, ImportKind.VOTES: Permission.RECORD_VOTES}.get(
        kind, Permission.IMPORT_FILES)


# ------------------------------------------------------------------ templates

#: Example rows of each template: one small Panel, its ties, a docket, the meeting that takes
#: it up and the votes cast there — together they import cleanly, in this order.
EXAMPLES: dict[ImportKind, tuple[dict[str, object], ...]] = {
    ImportKind.MEMBERS: (
        {"member_id": "M01", "name": "Ana Diaz", "appointed_by": "Governor", "seat": "State's Attorneys association",
         "term_start": dt.date(2025, 6, 2), "term_end": dt.date(2028, 6, 5), "date_of_birth": dt.date(1971, 3, 14)},
        {"member_id": "M02", "name": "Ben Cole", "appointed_by": "Attorney General", "seat": "chiefs' association",
         "term_start": dt.date(2024, 6, 3), "term_end": dt.date(2027, 6, 7)},
    ),
    ImportKind.DISCLOSURES: (
        {"member_id": "M01", "relation": "spouse", "name": "Luis Diaz", "kind": "person",
         "date_of_birth": dt.date(1970, 8, 2), "since": dt.date(1998, 5, 9)},
        {"member_id": "M01", "relation": "sibling", "name": "Rosa Diaz", "via": "Luis Diaz",
         "aliases": "Rosa Diaz-Vega", "notes": "Luis's sister: my sister-in-law"},
        {"member_id": "M02", "relation": "employer", "name": "Riverbend Police Department", "kind": "organization",
         "aliases": "RPD", "since": dt.date(2009, 1, 5), "role": "chief"},
        {"member_id": "M02", "relation": "association", "name": "Fraternal Order of Police Lodge 7",
         "kind": "organization", "aliases": "FOP Lodge 7", "role": "trustee"},
    ),
    ImportKind.DOCKET: (
        {"case_id": "C-2027-0001", "party_name": "John Q. Public", "party_role": "respondent", "party_kind": "person",
         "affiliations": "Riverbend Police Department; FOP Lodge 7", "date_of_birth": dt.date(1984, 4, 2),
         "confidential": "false", "case_type": "complaint", "stage": "review", "meeting_date": dt.date(2027, 1, 14)},
        {"case_id": "C-2027-0001", "party_name": "Riverbend Police Department", "party_role": "agency",
         "party_kind": "organization", "case_type": "complaint", "stage": "review",
         "meeting_date": dt.date(2027, 1, 14)},
        {"case_id": "C-2027-0001", "party_name": "Jane Roe", "party_role": "complainant", "confidential": "true",
         "case_type": "complaint", "stage": "review", "meeting_date": dt.date(2027, 1, 14)},
        {"case_id": "C-2027-0002", "party_name": "Sam Poe", "party_role": "respondent",
         "affiliations": "Lakeside County Sheriff's Office", "case_type": "formal complaint", "stage": "hearing",
         "meeting_date": dt.date(2027, 1, 14)},
    ),
    ImportKind.AGENDA: (
        {"meeting_id": "MTG-2027-01", "meeting_date": dt.date(2027, 1, 14), "item": 1, "case_id": "C-2027-0001"},
        {"meeting_id": "MTG-2027-01", "meeting_date": dt.date(2027, 1, 14), "item": 2, "case_id": "C-2027-0002"},
    ),
    ImportKind.VOTES: (
        {"meeting_id": "MTG-2027-01", "item": 1, "member_id": "M01", "vote": "yes"},
        {"meeting_id": "MTG-2027-01", "item": 1, "member_id": "M02", "vote": "abstain"},
        {"meeting_id": "MTG-2027-01", "item": 2, "member_id": "M01", "vote": "no"},
    ),
}


def template(kind: ImportKind) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """The template's columns (every column coi reads, required ones first as the contract
    lists them) and its example rows."""
    columns = tuple(_COLUMNS[kind])
    return columns, [tuple(example.get(c, "") for c in columns) for example in EXAMPLES[kind]]


def template_csv(kind: ImportKind) -> bytes:
    return export.to_csv(*template(kind))


def template_xlsx(kind: ImportKind) -> bytes:
    return export.to_xlsx(*template(kind), sheet=kind.value)


def template_name(kind: ImportKind, fmt: str) -> str:
    return f"{kind.value}-template.{fmt}"


# ------------------------------------------------------------------ reading, planning, importing


def read_file(store: Store, account: Account | None, kind: ImportKind, path: str | os.PathLike, *,
              encoding: ingest.EncodingChoice = None, as_of: dt.date | None = None) -> Loaded:
    """Validate an uploaded file of ``kind`` whole, in a worker process under limits
    (:mod:`coi.ingest.worker`), with the command line's checks: disclosures against the stored
    roster. Every problem raises :class:`InputRejected` (file, row, column, fix); a file of
    another kind is named as such."""
    from coi.ingest.worker import read_bounded

    require(store, account, permission(kind))
    try:
        if kind is ImportKind.MEMBERS:
            return read_bounded(ingest.load_members, path, encoding=encoding)
        if kind is ImportKind.DISCLOSURES:
            return read_bounded(ingest.load_disclosures, path, members=store.members(), encoding=encoding,
                                as_of=as_of)
        if kind is ImportKind.DOCKET:
            return read_bounded(ingest.load_docket, path, encoding=encoding)
        if kind is ImportKind.AGENDA:
            return read_bounded(ingest.load_agenda, path, encoding=encoding)
        return read_bounded(ingest.load_votes, path, encoding=encoding)
    except InputRejected as exc:
        raise _another_kind(exc, kind, path, encoding) from None


def _another_kind(exc: InputRejected, kind: ImportKind, path, encoding) -> InputRejected:
    """A file refused for a missing column, whose columns are those of another kind: say so first."""
    from coi.ingest.worker import read_bounded

    if not any("column (it is required)" in p.problem for p in exc.problems):
        return exc
    try:
        found = ImportKind(read_bounded(ingest.detect_kind, path, encoding=encoding))
    except (InputRejected, ValueError):
        return exc
    if found is kind:
        return exc
    first = exc.problems[0]
    article = "an" if kind.label[0] in "AEIOU" else "a"
    return InputRejected([Problem(first.file, first.row, None,
                                  f"this looks like a {found.label.lower()} file, not {article} {kind.label.lower()} file",
                                  f"upload it as {found.label}, or choose the {kind.label.lower()} file"),
                          *exc.problems])


def plan_file(store: Store, account: Account | None, kind: ImportKind, loaded: Loaded, *, source: str,
              fingerprint: str) -> ImportPlan:
    """What importing a validated file would do now, row by row (nothing is written). An
    agenda naming a case not on the docket, or changing a meeting whose votes are recorded,
    and votes on an item no agenda has or by someone not on the roster, are refused here with
    their rows, before anyone confirms."""
    require(store, account, permission(kind))
    if kind.replaces:
        return service.plan_import(store, account, kind, loaded.records, source=source,
                                   fingerprint=fingerprint)
    if kind is ImportKind.AGENDA:
        return _agenda_plan(store, account, loaded.records, source)
    return _votes_plan(store, account, loaded.records, source)


def _agenda_plan(store: Store, account: Account | None, rows: Sequence[ingest.AgendaRow], source: str) -> ImportPlan:
    cases = {c.case_id for c in store.cases()}
    stored = {m.meeting_id: m for m in meetings.meetings(store, account)}
    problems = [Problem(source, r.row, "case_id", f"case {r.case_id!r} is not on the docket",
                        "import the docket first, or correct the case_id") for r in rows if r.case_id not in cases]
    by_meeting: dict[str, list[ingest.AgendaRow]] = {}
    for r in rows:
        by_meeting.setdefault(r.meeting_id, []).append(r)
    planned: list[PlannedRow] = []
    unchanged = 0
    for meeting_id, items in by_meeting.items():
        new = {r.item: r.case_id for r in items}
        date = items[0].meeting_date
        old = stored.get(meeting_id)
        if old is None:
            planned += [PlannedRow(Change.ADDED, f"{meeting_id} item {n}: case {c}",
                                   f"new meeting on {panel_date(date)}")
                        for n, c in sorted(new.items())]
            continue
        current = dict(old.items)
        if old.meeting_date != date:
            planned.append(PlannedRow(Change.CHANGED, f"{meeting_id}", f"meeting date {panel_date(old.meeting_date)} → "
                                                                     f"{panel_date(date)}"))
        for n, c in sorted(new.items()):
            if n not in current:
                planned.append(PlannedRow(Change.ADDED, f"{meeting_id} item {n}: case {c}"))
            elif current[n] != c:
                planned.append(PlannedRow(Change.CHANGED, f"{meeting_id} item {n}", f"case {current[n]} → {c}"))
            else:
                unchanged += 1
        planned += [PlannedRow(Change.RETIRED, f"{meeting_id} item {n}: case {c}",
                               "not in the file: taken off the meeting's agenda")
                    for n, c in sorted(current.items()) if n not in new]
        if sorted(current.items()) != sorted(new.items()) and any(meetings.voters(store, account, meeting_id).values()):
            problems.append(Problem(source, items[0].row, "item", f"meeting {meeting_id} has votes recorded, and "
                                    "this file changes its agenda", "record corrections to the votes instead of "
                                    "changing the agenda, or leave the meeting out of the file"))
    if problems:
        raise InputRejected(sorted(problems, key=lambda p: p.row or 0))
    return ImportPlan(ImportKind.AGENDA, source, len(rows), tuple(planned), unchanged)


def _votes_plan(store: Store, account: Account | None, rows: Sequence[ingest.VoteRow], source: str) -> ImportPlan:
    names = {m.member_id: m.name for m in store.members()}
    items = {(m.meeting_id, n) for m in meetings.meetings(store, account) for n, _ in m.items}
    meetings.check_vote_rows(rows, items, names, source)
    recorded = {(mid, item, member): vote for mid in {r.meeting_id for r in rows}
                for item, votes in meetings.voters(store, account, mid).items() for member, vote in votes.items()}
    planned: list[PlannedRow] = []
    unchanged = 0
    how = lambda vote: vote or "voted, how not recorded"  # noqa: E731
    for r in rows:
        key = (r.meeting_id, r.item, r.member_id)
        what = f"{r.meeting_id} item {r.item}: {r.member_id} {names[r.member_id]}"
        if key not in recorded:
            planned.append(PlannedRow(Change.ADDED, what, how(r.vote)))
        elif recorded[key] != r.vote:
            planned.append(PlannedRow(Change.CHANGED, what, f"{how(recorded[key])} → {how(r.vote)} "
                                                            "(the latest vote counts; the earlier stays on record)"))
        else:
            unchanged += 1
        recorded[key] = r.vote
    return ImportPlan(ImportKind.VOTES, source, len(rows), tuple(planned), unchanged)


@dataclass(frozen=True, slots=True)
class Imported:
    """What a confirmed import did, in words, and whether the docket is to be screened again."""

    words: str
    screen: bool


def import_file(store: Store, account: Account | None, kind: ImportKind, loaded: Loaded, *, source: str,
                fingerprint: str, plan: ImportPlan) -> Imported:
    """Import a validated file applying exactly ``plan``, the plan a person confirmed, in one
    transaction; if the stored data changed since it was made, nothing is imported and
    :class:`PlanChanged` carries the plan as it is now."""
    require(store, account, permission(kind))
    if kind.replaces:
        result = service.import_records(store, account, kind, loaded.records, source=source,
                                        fingerprint=fingerprint, plan=plan)
        if result.skipped_as_duplicate:
            return Imported(f"{source}: already imported (this very file); nothing changed.", False)
        kept = f", {result.kept} kept (entered in the dashboard)" if result.kept else ""
        return Imported(f"{source}: {_count(result.added, kind.one, kind.many)} added, {result.changed} changed, "
                        f"{result.retired} retired, {result.unchanged} unchanged{kept}.", True)
    with store.transaction():
        now = plan_file(store, account, kind, loaded, source=source, fingerprint=fingerprint)
        if now != plan:
            raise PlanChanged(plan, now)
        if not (plan.added or plan.changed or plan.retired):
            return Imported(f"{source}: nothing new — every {kind.one} in it is recorded already.", False)
        if kind is ImportKind.AGENDA:
            stored = meetings.import_agenda(store, account, loaded.records, source=source)
            return Imported(f"{source}: agenda imported — {_count(len(plan.added), 'item')} added, "
                            f"{len(plan.changed)} changed, {len(plan.retired)} taken off, in "
                            f"{_count(len(stored), 'meeting')} ({', '.join(stored)}).", False)
        n = meetings.record_votes(store, account, loaded.records, source=source)
        return Imported(f"{source}: {_count(n, 'vote')} recorded." if n else
                        f"{source}: these votes were recorded before (this very file); nothing changed.", False)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


__all__ = ["columns", "permission", "EXAMPLES", "template", "template_csv", "template_xlsx", "template_name", "read_file",
           "plan_file", "import_file", "Imported"]
