"""Meetings: agendas, absences, the quorum check, and the pre-meeting conflict report's
content (rendered by :mod:`coi.reports.render`).

The quorum rule and the vote denominator are settings (:class:`coi.settings.QuorumRule`, with the one
seat count): 50 ILCS 705 does not fix them (DOMAIN.md). The default: a quorum is a majority of the 13 seats
(vacancies still count as seats: 3.1(h) says a vacancy does not impair a quorum), and a
member who is absent or recused does not count towards it. Every report states the rule
it applied.

Every action takes the acting account and asks :func:`coi.decisions.access.require`: staff manage
meetings (``MANAGE_MEETINGS``), record votes (``RECORD_VOTES``) and read the full report and
the removal-exposure audit (``SEE_REPORTS``); a member reads the meetings and their own
packet (``SEE_OWN_PACKET``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from coi.decisions import minutes
from coi.decisions import votes as recusal_votes
from coi.decisions.access import Permission, may_reveal, require, require_scope
from coi.decisions.accounts import Account
from coi.decisions.views import last_confirmed
from coi.errors import CoiError
from coi.ingest.records import AgendaRow, id_problem
from coi.model import (
    Answer,
    Appointer,
    Category,
    InputRejected,
    Member,
    Problem,
    PromptStatus,
    QuorumBasis,
    Tier,
    VoteBase,
)
from coi.redaction import Redactor, shown_order
from coi.settings import QuorumRule, panel_timezone
from coi.store import chain
from coi.store import meetings as meeting_rows
from coi.store.chain import order_secret
from coi.store.database import PromptFact, Store, StoredPrompt, UnknownPrompt
from coi.store.screenings import ChangeAfter, ScreeningRun, changed_since, last_screening
from coi.text import TextRejected, clean_typed
from coi.timefmt import day_end, panel_time

STALE_AFTER = dt.timedelta(days=365)  # a confirmation older than this is "not confirmed recently"


class MeetingError(CoiError, ValueError):
    """A meeting that cannot be stored as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Meeting:
    meeting_id: str
    meeting_date: dt.date
    items: tuple[tuple[int, str], ...]  # (item, case_id), in order
    absent: tuple[str, ...] = ()


# ------------------------------------------------------------------ storing

def import_agenda(store: Store, account: Account | None, rows: Sequence[AgendaRow], *, source: str) -> list[str]:
    """Store the meetings of an agenda file, each meeting's items replaced by the file's.
    Every case must be on the docket; a meeting whose votes are recorded cannot change its
    items. One transaction: a refused file changes nothing. Returns the meetings it changed
    (a meeting the file gives as it is stored, date and items, is left as it is: the same
    file twice changes nothing, nor its audit log)."""
    actor = require(store, account, Permission.MANAGE_MEETINGS).username
    cases = {c.case_id for c in store.cases()}
    problems = [Problem(source, r.row, "case_id", f"case {r.case_id!r} is not on the docket",
                        "import the docket first, or correct the case_id") for r in rows if r.case_id not in cases]
    if problems:
        raise InputRejected(problems)
    by_meeting: dict[str, list[AgendaRow]] = {}
    for r in rows:
        by_meeting.setdefault(r.meeting_id, []).append(r)
    with store.transaction() as conn:
        changed = sorted(meeting_id for meeting_id, items in by_meeting.items()
                         if _replace_meeting(conn, meeting_id, items[0].meeting_date,
                                             [(r.item, r.case_id) for r in items], actor, store.now()))
        if changed:
            store.audit("agenda imported", actor, {"source": source, "meetings": changed})
    return changed


def save_meeting(store: Store, account: Account | None, meeting_id: str, meeting_date: dt.date,
                 case_ids: Sequence[str]) -> None:
    """Create or replace a meeting with its agenda, the cases in order (the dashboard's form)."""
    actor = require(store, account, Permission.MANAGE_MEETINGS).username
    try:  # cleaned as an imported id is
        meeting_id = clean_typed(meeting_id, what="meeting id", keep_newlines=False) or ""
    except TextRejected as exc:
        raise MeetingError(str(exc)) from None
    if not meeting_id:
        raise MeetingError("give the meeting an id, e.g. 2026-12-10")
    if (why := id_problem(meeting_id, "meeting id")) is not None:
        raise MeetingError(f"{why} (e.g. 2026-12-10)")
    cases = {c.case_id for c in store.cases()}
    unknown = [c for c in case_ids if c not in cases]
    if unknown:
        raise MeetingError(f"not on the docket: {', '.join(unknown)}")
    with store.transaction() as conn:
        _replace_meeting(conn, meeting_id, meeting_date, list(enumerate(case_ids, start=1)), actor, store.now())
        store.audit("meeting saved", actor, {"meeting_id": meeting_id, "items": len(case_ids)})


def _replace_meeting(conn: sqlite3.Connection, meeting_id: str, date: dt.date, items: list[tuple[int, str]],
                     actor: str, at: str) -> bool:
    """Store a meeting with its items; False (nothing written) when it is stored so already."""
    current = meeting_rows.agenda(conn, meeting_id)
    stored = meeting_rows.meeting_row(conn, meeting_id)
    if stored is not None and stored["meeting_date"] == date.isoformat() and current == sorted(items):
        return False
    if current and current != sorted(items):
        if meeting_rows.has_item_votes(conn, meeting_id):
            raise MeetingError(f"meeting {meeting_id} has votes recorded; its agenda can no longer change")
    meeting_rows.save_meeting(conn, meeting_id, date.isoformat(), at, actor)
    if current != sorted(items):
        meeting_rows.replace_agenda(conn, meeting_id, items)
    return True


def set_absent(store: Store, account: Account | None, meeting_id: str, member_id: str, absent: bool, *,
               note: str | None = None) -> None:
    actor = require(store, account, Permission.MANAGE_MEETINGS).username
    _meeting(store, meeting_id)  # raises for an unknown meeting
    with store.transaction() as conn:
        if absent:
            meeting_rows.set_absence(conn, meeting_id, member_id, note)
        else:
            meeting_rows.clear_absence(conn, meeting_id, member_id)
        store.audit("absence" if absent else "absence withdrawn", actor,
                    {"meeting_id": meeting_id, "member_id": member_id})


def meeting(store: Store, account: Account | None, meeting_id: str) -> Meeting:
    """One meeting with its agenda and known absences."""
    require(store, account, Permission.SEE_MEETINGS)
    return _meeting(store, meeting_id)


def meetings(store: Store, account: Account | None) -> list[Meeting]:
    """Every meeting, by date."""
    require(store, account, Permission.SEE_MEETINGS)
    with store.reading() as conn:
        ids = meeting_rows.meeting_ids(conn)
    return [_meeting(store, i) for i in ids]


def next_meeting(listed: Sequence[Meeting], today: dt.date) -> Meeting | None:
    """The meeting to open on: the soonest on or after ``today`` (not yet held), else the
    latest held; None when there is none."""
    ahead = [m for m in listed if m.meeting_date >= today]
    if ahead:
        return min(ahead, key=lambda m: (m.meeting_date, m.meeting_id))
    return max(listed, key=lambda m: (m.meeting_date, m.meeting_id), default=None)


def _meeting(store: Store, meeting_id: str) -> Meeting:
    with store.reading() as conn:
        r = meeting_rows.meeting_row(conn, meeting_id)
        if r is None:
            raise MeetingError(f"there is no meeting {meeting_id!r}: import agenda.csv or create it first")
        items = tuple(meeting_rows.agenda(conn, meeting_id))
        absent = tuple(meeting_rows.absentees(conn, meeting_id))
    return Meeting(meeting_id, dt.date.fromisoformat(r["meeting_date"]), items, absent)


# ------------------------------------------------------------------ after the meeting: votes

def record_votes(store: Store, account: Account | None, rows: Sequence, *, source: str) -> int:
    """Record who voted on each agenda item (``coi.ingest.records.VoteRow`` s: meeting, item,
    member, vote). Every item must be on its meeting's agenda and every member on the
    roster; a refused file records nothing. Append-only: a later row for the same member
    and item is the one that counts; a row whose vote is the one that counts already adds
    nothing (the same file again), and a row that changes it is recorded — also when an
    earlier file said so first (helper-143's review: yes, then abstain, then the first file
    again left abstain counting while saying nothing changed). Returns the number of votes
    recorded."""
    actor = require(store, account, Permission.RECORD_VOTES).username
    members = {m.member_id for m in store.members()}
    with store.reading() as conn:
        items = meeting_rows.every_agenda_item(conn)
    check_vote_rows(rows, items, members, source)
    fingerprint = hashlib.sha256(repr(sorted((r.meeting_id, r.item, r.member_id, str(r.vote or ""))
                                             for r in rows)).encode()).hexdigest()
    at = store.now()
    with store.transaction() as conn:
        counting: dict[tuple[str, int, str], str | None] = {}  # the vote that counts now
        for meeting_id in {r.meeting_id for r in rows}:
            for item, member_id, vote in meeting_rows.item_votes(conn, meeting_id):
                counting[meeting_id, item, member_id] = vote
        new = []
        for r in rows:
            key, vote = (r.meeting_id, r.item, r.member_id), str(r.vote) if r.vote else None
            if key not in counting or counting[key] != vote:
                new.append(r)
                counting[key] = vote
        if not new:
            return 0  # every vote is the one that counts already: recording them again would count nothing new
        # each vote carries (chained) the case its agenda item took up: the audit reads that, not the agenda
        meeting_rows.insert_item_votes(conn, [(r.meeting_id, r.item, r.member_id, r.vote, items[r.meeting_id, r.item])
                                              for r in new], at, actor)
        store.audit("votes recorded", actor, {"source": source, "votes": len(new), "rows": len(rows),
                                              "fingerprint": fingerprint})
    return len(new)


def check_vote_rows(rows: Sequence, items: Container[tuple[str, int]], members: Container[str], source: str) -> None:
    """Refuse vote rows (``coi.ingest.records.VoteRow`` s) naming an item that is not on its
    meeting's agenda (``items``: (meeting, item) pairs) or a member not on the roster, every
    such row named: recording the votes and planning their import check them alike."""
    problems = []
    for r in rows:
        if (r.meeting_id, r.item) not in items:
            problems.append(Problem(source, r.row, "item", f"meeting {r.meeting_id} has no item {r.item}",
                                    "import the meeting's agenda first, or correct the item"))
        if r.member_id not in members:
            problems.append(Problem(source, r.row, "member_id", f"{r.member_id!r} is not on the roster",
                                    "correct the member_id"))
    if problems:
        raise InputRejected(problems)


def voters(store: Store, account: Account | None, meeting_id: str) -> dict[int, dict[str, str | None]]:
    """Item → member → vote (the latest row of each member; None: voted, how not recorded)."""
    require(store, account, Permission.SEE_MEETINGS)
    return _voters(store, meeting_id)


def _voters(store: Store, meeting_id: str) -> dict[int, dict[str, str | None]]:
    out: dict[int, dict[str, str | None]] = {}
    with store.reading() as conn:
        for item, member_id, vote in meeting_rows.item_votes(conn, meeting_id):
            out.setdefault(item, {})[member_id] = vote
    return out


def _voted_cases(store: Store, meeting_id: str) -> dict[int, str]:
    """Item → the case it took up, as each vote recorded it (chained with the vote)."""
    with store.reading() as conn:
        return meeting_rows.voted_cases(conn, meeting_id)


@dataclass(frozen=True, slots=True)
class Exposure:
    """A member's removal exposure under 3.1(g)(2) on one item, with its evidence."""

    appointed_by: Appointer
    member_id: str
    member_name: str
    item: int
    case_id: str
    why: str  # "voted with a statutory prompt unanswered", "voted after self-recusing", "recused by vote"
    category: str
    evidence: str
    vote: str | None
    later: str = ""  # an answer given after the meeting, in words ("no conflict, 2026-12-05"): it does not undo the vote


def exposure_audit(store: Store, account: Account | None, meeting_id: str, *, reveal_confidential: bool = False,
                   rule: QuorumRule = QuorumRule()) -> dict[Appointer, list[Exposure]]:
    """Every member who voted on an item where they had a statutory prompt unanswered (or
    unsure) or answered self-recuse, and every member recused by vote — grouped by the
    official who appointed them: the removal exposure 3.1(g)(2) describes (recused by a vote
    carried under ``rule``, :func:`coi.decisions.votes.recused_by_vote`). Confidential
    parties are redacted (coi.redaction) unless asked for and the account may see them."""
    account = require(store, account, Permission.SEE_REPORTS)
    m = _meeting(store, meeting_id)
    roster = {x.member_id: x for x in store.members()}
    voted = _voters(store, meeting_id)
    voted_out = recusal_votes.recused_by_vote(store, rule=rule)
    # the chained facts, not the rows screening and the agenda update in place: the case of each
    # item as its votes recorded it (the agenda only for items nobody voted on), each prompt's
    # facts as last chained, the answers (chained, an answer entered in error left out)
    cases = _voted_cases(store, meeting_id)
    items = sorted(cases.items()) + [(item, case_id) for item, case_id in m.items if item not in cases]
    facts: dict[tuple[str, str], list[PromptFact]] = {}
    for f in store.prompt_facts({case_id for _, case_id in items}):
        facts.setdefault((f.case_id, f.member_id), []).append(f)
    # the answers as they stood when the meeting ended (its day in the Panel's time zone): an
    # answer given afterwards does not undo a vote cast while a statutory prompt stood
    # unanswered, nor make a self-recusal after the fact a vote after self-recusing
    # (helper-143's review); it is shown beside the exposure
    ended = day_end(m.meeting_date, panel_timezone())
    answers = store.latest_decisions(before=ended)
    now = store.latest_decisions()
    revealer = None
    if may_reveal(account, reveal_confidential):
        revealer = Redactor.for_store(store, reveal=True, cases={case_id for _, case_id in items})
    found: list[Exposure] = []
    for item, case_id in items:
        for member_id, vote in voted.get(item, {}).items():
            for f in facts.get((case_id, member_id), []):
                if f.tier is not Tier.STATUTORY:
                    continue
                # a prompt that stood at the meeting, by the answers then; one first raised after
                # it (a disclosure or a party added since), by the answers now: it was no
                # prompt at the vote (helper-145's review)
                decision = (answers if f.first_recorded_at < ended else now).get(f.prompt_key)
                answer = decision.answer if decision else None
                if answer in (None, Answer.UNSURE):
                    why = "voted with a statutory prompt unanswered"
                elif answer is Answer.SELF_RECUSE:
                    why = "voted after self-recusing"
                else:
                    continue
                category, evidence = f.shown.get("category", str(f.category)), f.shown.get("evidence", "")
                if category == Category(f.category).words:
                    category = str(f.category)  # the contract's value (sibling_in_law); a redacted group stays words
                if revealer is not None and f.shown.get("confidential"):
                    category, evidence = _revealed(store, revealer, f.prompt_key, category, evidence)
                member = roster[member_id]
                after = now.get(f.prompt_key)
                later = "" if after is None or after == decision else \
                    f"{str(after.answer).replace('_', ' ')}, {after.decided_at[:10]}"
                found.append(Exposure(member.appointed_by, member_id, member.name, item, case_id, why,
                                      category, evidence, vote, later))
        for case, member_id in sorted(voted_out):
            if case == case_id and member_id in roster:
                member = roster[member_id]
                found.append(Exposure(member.appointed_by, member_id, member.name, item, case_id,
                                      "recused by vote of the remaining members", "", "3.1(g)(2) motion carried",
                                      voted.get(item, {}).get(member_id)))
    grouped: dict[Appointer, list[Exposure]] = {a: [] for a in Appointer}
    for e in found:
        grouped[e.appointed_by].append(e)
    return grouped


def _revealed(store: Store, revealer: Redactor, prompt_key: str, category: str, evidence: str) -> tuple[str, str]:
    """A staff copy's category and evidence of a confidential prompt, named from the prompt's
    row (the chained facts never name a confidential party); the chained words if it is gone."""
    try:
        shown = revealer.prompt(store.prompt(prompt_key))
    except UnknownPrompt:
        return category, evidence
    return shown.category, shown.path_text + f" (matched {shown.matched_name}, score {shown.score:g})"


# ------------------------------------------------------------------ the report's content

class Status(StrEnum):
    SELF_RECUSED = "self-recused"
    RECUSED_BY_VOTE = "recused by vote"
    NO_CONFLICT = "no conflict"
    UNSURE = "unsure: staff to advise"
    UNANSWERED = "unanswered"
    WITHDRAWN_BY_EDIT = "withdrawn by the member editing their disclosures"


@dataclass(frozen=True, slots=True)
class ConflictLine:
    member_id: str
    member_name: str
    appointed_by: Appointer
    category: str
    tier: Tier
    party: str  # [confidential] for a confidential party
    party_role: str
    path: str
    status: Status
    reason: str | None
    withdrawn_at: str | None = None  # WITHDRAWN_BY_EDIT: when the member's edit withdrew it
    under_review: bool = False  # WITHDRAWN_BY_EDIT: staff have not reviewed the withdrawal yet
    likelihood: str = ""  # "likely the same person (97%)"; a redacted prompt: the withheld words (coi.redaction)
    reasons: str = ""  # the top reasons in plain words; "" when redacted
    category_value: str = ""  # the contract's category (sibling_in_law) for the CSV and workbook; a group when redacted


@dataclass(frozen=True, slots=True)
class ItemReport:
    item: int
    case_id: str
    case_type: str | None
    stage: str | None
    parties: tuple[tuple[str, str], ...]  # (name or [confidential], role)
    conflicts: tuple[ConflictLine, ...]
    recused: tuple[str, ...]  # member ids
    outstanding: tuple[str, ...]  # members with a statutory prompt unanswered or unsure
    remaining: tuple[str, ...]  # present and not recused
    absent: tuple[str, ...]
    quorum_needed: int
    quorum_met: bool
    votes_needed: str  # what a decision needs under the rule

    @property
    def warnings(self) -> list[str]:
        out = []
        if self.outstanding:
            verb = "has a statutory prompt" if len(self.outstanding) == 1 else "have statutory prompts"
            out.append(f"Answers outstanding: {', '.join(self.outstanding)} {verb} not answered.")
        if not self.quorum_met:
            out.append(f"No quorum: {len(self.remaining)} members remain, {self.quorum_needed} are needed.")
        withdrawn: dict[tuple[str, str, bool], int] = {}
        for c in self.conflicts:
            if c.status is Status.WITHDRAWN_BY_EDIT:
                k = (c.member_id, (c.withdrawn_at or "")[:10], c.under_review)
                withdrawn[k] = withdrawn.get(k, 0) + 1
        for (member_id, day, pending), n in sorted(withdrawn.items()):
            what = "a prompt" if n == 1 else f"{n} prompts"
            out.append(f"{member_id} withdrew {what} on this case by editing their disclosures on {day}: "
                       + ("staff to review." if pending else "reviewed by staff."))
        return out


@dataclass(frozen=True, slots=True)
class MeetingReport:
    meeting: Meeting
    generated_at: str
    data_as_of: str  # the latest screening the report stands on
    rule: str
    members: tuple[Member, ...]
    unconfirmed: tuple[str, ...]  # members whose disclosures were not confirmed in the last year
    items: tuple[ItemReport, ...] = field(default_factory=tuple)
    chain_head: str = ""  # the hash chain's head when the report was made (coi verify)
    revealed: bool = False  # a staff copy naming confidential parties (never for members)
    motions: tuple = ()  # coi.decisions.minutes.MotionMinute of each recusal motion made at the meeting (not in a packet)
    screened_with: ScreeningRun | None = None  # the latest screening's policy and weights (issue 15, item 4); None: never
    # the imports that changed the roster, disclosures or docket after that screening: the
    # report does not show what they changed (never filled in a member's packet, whose reader
    # may not see the imports)
    changed_after: tuple[ChangeAfter, ...] = ()

    def recusals(self) -> list[tuple[int, str, str, str]]:
        """For the minutes: (item, case, member, why) for every recusal."""
        names = {m.member_id: m.name for m in self.members}
        return [(i.item, i.case_id, f"{mid} {names.get(mid, '')}",
                 "; ".join(f"{c.category} ({c.status})" for c in i.conflicts if c.member_id == mid))
                for i in self.items for mid in i.recused]


def _status(p: StoredPrompt, recused_by_vote: set[tuple[str, str]]) -> Status:
    if (p.case_id, p.member_id) in recused_by_vote:
        return Status.RECUSED_BY_VOTE
    answer = p.latest_answer
    return {Answer.SELF_RECUSE: Status.SELF_RECUSED, Answer.NO_CONFLICT: Status.NO_CONFLICT,
            Answer.UNSURE: Status.UNSURE, None: Status.UNANSWERED}[answer]


def build_report(store: Store, account: Account | None, meeting_id: str, *, rule: QuorumRule = QuorumRule(),
                 today: dt.date | None = None, member_id: str | None = None,
                 reveal_confidential: bool = False) -> MeetingReport:
    """The pre-meeting conflict report; ``member_id``: that member's packet (their own
    prompts only, nothing of other members' ties). Confidential parties are redacted by the
    one rule (coi.redaction): the report goes to members and the public; only a caller who
    asks (``reveal_confidential``) and may see them gets a staff copy with their names.

    The full report needs ``SEE_REPORTS``; a packet, ``SEE_OWN_PACKET`` for the member's own
    (staff: ``SEE_REPORTS``, any member's)."""
    if member_id is None:
        require(store, account, Permission.SEE_REPORTS)
    else:
        require_scope(store, account, Permission.SEE_OWN_PACKET, Permission.SEE_REPORTS, member_id=member_id)
    today = today or dt.date.today()
    m = _meeting(store, meeting_id)
    members = tuple(store.members(active_only=True))
    roster = {x.member_id: x for x in members}
    stored = store.prompts(status=None)
    # as members are shown them (a prompt held after a member's own edit is not, so that the
    # report tells no member what their edit found), with the withdrawals members' own edits made
    prompts = [p for p in store.prompts(status=None, as_shown=True)
               if (p.status == PromptStatus.OPEN or p.edit_withdrawn_by is not None)
               and (member_id is None or p.member_id == member_id)]
    revealed = may_reveal(account, reveal_confidential)
    redactor = Redactor.for_store(store, reveal=revealed, prompts=stored, cases={case_id for _, case_id in m.items})
    by_case: dict[str, list[StoredPrompt]] = {}
    for p in prompts:
        by_case.setdefault(p.case_id, []).append(p)
    cases = {c.case_id: c for c in store.cases()}
    voted_out = recusal_votes.recused_by_vote(store, rule=rule)  # carried under the report's own rule
    items = []
    secret = order_secret(store)
    for item, case_id in m.items:
        lines = []
        # each member's lines in the order of what the report shows (coi.redaction.shown_order)
        shown_of = {p.key: redactor.prompt(p) for p in by_case.get(case_id, [])}
        ordered = sorted(by_case.get(case_id, []), key=lambda p: (p.member_id, shown_order(
            shown_of[p.key].party, shown_of[p.key].category, str(p.tier), str(p.party_role), p.score,
            shown_of[p.key].redacted, p.key, secret)))
        for p in ordered:
            member = roster.get(p.member_id)
            if member is None:
                continue
            shown = shown_of[p.key]
            by_edit = p.status == PromptStatus.WITHDRAWN
            lines.append(ConflictLine(p.member_id, member.name, member.appointed_by, shown.category, p.tier,
                                      shown.party, str(p.party_role), shown.path_text,
                                      Status.WITHDRAWN_BY_EDIT if by_edit else _status(p, voted_out),
                                      p.answer_note,  # the reason, or that an answer was entered in error
                                      p.edit_withdrawn_at if by_edit else None,
                                      by_edit and p.review_since is not None, shown.likelihood,
                                      # evidence kept from before the evidence model has reasons that
                                      # quote dates of birth: not for a report all members read
                                      shown.reasons if shown.features else "", shown.category_value))
        recused = sorted({c.member_id for c in lines if c.status in (Status.SELF_RECUSED, Status.RECUSED_BY_VOTE)})
        outstanding = sorted({c.member_id for c in lines if c.tier is Tier.STATUTORY
                              and c.status in (Status.UNANSWERED, Status.UNSURE)} - set(recused))
        absent = sorted(set(m.absent) & set(roster))
        remaining = sorted(set(roster) - set(recused) - set(absent))
        counted = len(remaining) + (len(set(recused) - set(absent)) if rule.recused_count else 0)
        needed = rule.needed(len(roster))
        votes_needed = {VoteBase.SEATS: f"{rule.seats // 2 + 1} votes (a majority of the {rule.seats} seats)",
                        VoteBase.PRESENT: f"{len(remaining) // 2 + 1} votes (a majority of the {len(remaining)} "
                                          f"members present and not recused)",
                        VoteBase.VOTING: "a majority of those voting"}[rule.vote_base]
        case = cases.get(case_id)
        parties = tuple((redactor.party(case_id, p.name, p.confidential), str(p.role))
                        for p in store.parties([case_id]))
        items.append(ItemReport(item, case_id, case.case_type if case else None, case.stage if case else None,
                                parties, tuple(lines), tuple(recused), tuple(outstanding), tuple(remaining),
                                tuple(absent), needed, counted >= needed, votes_needed))
    confirmed = last_confirmed(store)
    cutoff = (dt.datetime.combine(today, dt.time()) - STALE_AFTER).isoformat()
    unconfirmed = tuple(x.member_id for x in members
                        if member_id in (None, x.member_id) and (confirmed.get(x.member_id) or "") < cutoff)
    motions: tuple = ()
    if member_id is None:
        motions = tuple(minutes._meeting_minutes(store, meeting_id, rule))
    with store.reading() as conn:
        screened_with = last_screening(conn)
        last_run = screened_with.finished_at if screened_with is not None else "never screened"
        head = chain.head(conn)
        changed = changed_since(conn, screened_with) if member_id is None else ()
    return MeetingReport(m, store.now(), last_run, rule.words(len(roster)), members, unconfirmed, tuple(items), head,
                         revealed, motions, screened_with, changed)


def stale_words(changed: tuple[ChangeAfter, ...], screened: bool = True) -> str:
    """What changed after the screening a report stands on, in words (empty when nothing
    did); ``screened``: whether there was a screening at all."""
    if not changed:
        return ""
    if not screened:
        return ("The docket has not been screened yet: the report would show no prompt. Screen it (coi rescreen) "
                "and make the report again.")
    zone = panel_timezone()
    shown = "; ".join(f"{c.kind} from {c.source} on {panel_time(c.imported_at, zone)} ({c.added} added, "
                      f"{c.changed} changed, {c.retired} retired)" for c in changed[:3])
    more = f"; and {len(changed) - 3} more import(s)" if len(changed) > 3 else ""
    return (f"The roster, disclosures or docket changed after the screening this report stands on: {shown}{more}. "
            "The report does not show what they changed: screen again (coi rescreen) and make it again.")


__all__ = ["QuorumRule", "QuorumBasis", "VoteBase", "Meeting", "MeetingError", "MeetingReport", "ItemReport",
           "ConflictLine", "Status", "import_agenda", "save_meeting", "set_absent", "meeting", "meetings", "next_meeting",
           "build_report", "stale_words", "record_votes", "voters", "Exposure", "exposure_audit"]
