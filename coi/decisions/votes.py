"""3.1(g)(2): when a member has not self-recused, the remaining members may recuse them by
simple majority vote; the member concerned does not vote on their own recusal.

Motions and votes are append-only (public-meeting material, for the minutes). Whether a
"simple majority" counts all seats, the members present or the members voting is not
settled (docs: DOMAIN.md), so a result gives all three counts and says which carry; whether a
motion recuses its member is read under the quorum rule in use (:class:`coi.settings.QuorumRule`,
by :class:`Decision`), the same for the report, the minutes and the removal-exposure audit.

A motion is made at a meeting, on one of its agenda items (schema version 15; a motion
recorded before then reads as "meeting not recorded"). The remaining members — everyone on
the roster but the member concerned and those recused from the case — are called in one roll
call (:func:`record_roll_call`), each yes, no, abstain or absent.

Staff record motions and votes (``RECORD_VOTES``) and read them (``SEE_MOTIONS``); every
function here that a user calls takes the acting account and asks :func:`coi.decisions.access.require`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.errors import CoiError
from coi.model import Answer, MotionOutcome, Vote, VoteBase
from coi.settings import QuorumRule
from coi.store import meetings as meeting_rows
from coi.store import votes as motion_rows
from coi.store.database import Store
from coi.text import TextRejected, clean_typed


class VoteError(CoiError, ValueError):
    """A motion or a vote that cannot be recorded; the message says why."""


class RollCallIncomplete(VoteError):
    """A roll call with a remaining member's row left empty: nothing is recorded. ``missing``
    names the members (in the order of the roll call)."""

    def __init__(self, missing: list[str], names: Mapping[str, str]):
        self.missing = tuple(missing)
        rows = ", ".join(f"{m} {names.get(m, '')}".strip() for m in missing)
        super().__init__(f"choose yes, no, abstain or absent for every remaining member; still empty: {rows}")


@dataclass(frozen=True, slots=True)
class Motion:
    id: int
    case_id: str
    member_id: str
    moved_by: str
    note: str | None
    recorded_at: str
    recorded_by: str
    meeting_id: str | None = None  # None: recorded before motions belonged to a meeting
    item: int | None = None  # the agenda item of the case at that meeting


@dataclass(frozen=True, slots=True)
class Result:
    """The latest vote of each voter, and whether the motion carries under each reading."""

    motion: Motion
    votes: dict[str, Vote]  # voter → latest vote
    yes: int
    no: int
    abstain: int
    eligible: int  # the seats that may vote: all but the member concerned
    absent: int = 0  # remaining members recorded absent for the vote

    @property
    def present(self) -> int:
        return self.yes + self.no + self.abstain

    @property
    def of_voting(self) -> bool:
        """More yes than no among those voting."""
        return self.yes > self.no

    @property
    def of_present(self) -> bool:
        """More than half of the members present (abstentions count as present)."""
        return self.yes * 2 > self.present

    @property
    def of_seats(self) -> bool:
        """More than half of the seats that may vote."""
        return self.yes * 2 > self.eligible

    def carries(self, base: VoteBase, *, unrecorded: int = 0) -> bool:
        """Whether the motion carries under ``base``, with ``unrecorded`` remaining members
        counted as voting no: a motion that carries so carries whatever they vote."""
        if base is VoteBase.VOTING:
            return self.yes > self.no + unrecorded
        if base is VoteBase.PRESENT:
            return self.yes * 2 > self.present + unrecorded
        return self.of_seats

    def words(self) -> str:
        readings = {"of the members voting": self.of_voting, "of the members present": self.of_present,
                    f"of the {self.eligible} seats that may vote": self.of_seats}
        carried = [k for k, v in readings.items() if v]
        tally = f"{self.yes} yes, {self.no} no, {self.abstain} abstaining"
        if len(carried) == 3:
            return f"Recused: a majority under every reading ({tally})."
        if not carried:
            return f"Not recused: no reading gives a majority ({tally})."
        return (f"Unsettled: a majority {' and '.join(carried)}, not "
                f"{' nor '.join(k for k in readings if k not in carried)} ({tally}); the Panel's rules decide.")


def _member_ids(store: Store) -> set[str]:
    return {m.member_id for m in store.members(active_only=True)}


def recused_from_case(store: Store, case_id: str, *, rule: QuorumRule = QuorumRule()) -> dict[str, str]:
    """Member → why they take no part in ``case_id``: self-recused on a prompt of the case (as
    the report counts it), or recused by a vote carried under ``rule`` (:func:`recused_by_vote`).
    No access check: a part of the actions below, which check theirs."""
    return _recused(store, case_id, recused_by_vote(store, rule=rule))


def _recused(store: Store, case_id: str, voted_out: set[tuple[str, str]]) -> dict[str, str]:
    out = {p.member_id: "self-recused from the case" for p in store.prompts(case_id=case_id, as_shown=True)
           if p.latest_answer is Answer.SELF_RECUSE}
    for case, member_id in sorted(voted_out):
        if case == case_id:
            out.setdefault(member_id, "recused from the case by vote")
    return out


def _not_voting(store: Store, m: Motion, rule: QuorumRule = QuorumRule(),
                voted_out: set[tuple[str, str]] | None = None) -> dict[str, str]:
    """Member → why they do not vote on motion ``m``: the member concerned, and every member
    recused from its case (3.1(g): a recused member takes no part in the matter)."""
    if voted_out is None:
        voted_out = recused_by_vote(store, rule=rule)
    out = {k: v for k, v in _recused(store, m.case_id, voted_out).items() if k != m.member_id}
    return {m.member_id: "the member concerned", **out}


@dataclass(frozen=True, slots=True)
class Decision:
    """A motion's votes read under a quorum rule — the one reading the minutes, the report and
    the removal-exposure audit share: who votes, whose votes are missing, the quorum, the outcome."""

    result: Result
    rule: QuorumRule
    not_voting: dict[str, str]  # member → why they do not vote on it
    remaining: tuple[str, ...]  # the roll call's rows, in roster order
    unrecorded: tuple[str, ...]  # remaining members with no vote recorded yet
    present: int  # members counted present for the quorum of the vote
    needed: int  # members a quorum needs

    @property
    def quorum(self) -> bool:
        return self.present >= self.needed

    @property
    def carries(self) -> bool:
        """A majority under the rule's vote base, of the votes recorded."""
        return self.result.carries(self.rule.vote_base)

    @property
    def outcome(self) -> MotionOutcome:
        if self.unrecorded:
            return MotionOutcome.PENDING
        if not self.quorum:
            return MotionOutcome.NO_QUORUM
        return MotionOutcome.CARRIED if self.carries else MotionOutcome.NOT_CARRIED

    @property
    def recuses(self) -> bool:
        """Whether the member is recused by this vote: a quorum, and a majority under the rule's
        vote base whatever the members not yet recorded vote."""
        return self.quorum and self.result.carries(self.rule.vote_base, unrecorded=len(self.unrecorded))


def _decide(store: Store, m: Motion, rule: QuorumRule, voted_out: set[tuple[str, str]] | None = None) -> Decision:
    """Motion ``m`` read under ``rule``; ``voted_out``: the members recused by vote so far
    (default: as :func:`recused_by_vote` finds them)."""
    r = _result(store, m.id, seats=rule.seats)
    on_roster = _member_ids(store)
    skip = _not_voting(store, m, rule, voted_out)
    rows = tuple(mid for mid in sorted(on_roster) if mid not in skip)
    present = r.present
    if rule.recused_count:  # members not voting because recused count, unless recorded absent from the meeting
        with store.reading() as conn:
            absent = set(meeting_rows.absentees(conn, m.meeting_id)) if m.meeting_id is not None else set()
        present += sum(1 for k in skip if k in on_roster and k not in absent)
    return Decision(r, rule, skip, rows, tuple(mid for mid in rows if mid not in r.votes), present,
                    rule.needed(len(on_roster)))


def remaining(store: Store, account: Account | None, motion_id: int, *, rule: QuorumRule = QuorumRule()) -> list[str]:
    """The members who vote on a motion (the roll call's rows), in roster order."""
    require(store, account, Permission.SEE_MOTIONS)
    m = _motion(store, motion_id)
    out = _not_voting(store, m, rule)
    return [mid for mid in sorted(_member_ids(store)) if mid not in out]


def _agenda_item(store: Store, meeting_id: str, case_id: str, item: int | None) -> int:
    """The agenda item of ``case_id`` at ``meeting_id`` (``item`` checked when given)."""
    with store.reading() as conn:
        if not meeting_rows.meeting_exists(conn, meeting_id):
            raise VoteError(f"there is no meeting {meeting_id!r}: create it on the Meetings page first")
        items = meeting_rows.items_of_case(conn, meeting_id, case_id)
    if not items:
        raise VoteError(f"case {case_id!r} is not on the agenda of meeting {meeting_id}: choose one of its items")
    if item is None:
        if len(items) > 1:
            raise VoteError(f"case {case_id!r} is items {', '.join(map(str, items))} of meeting {meeting_id}: "
                            f"say which item")
        return items[0]
    if item not in items:
        raise VoteError(f"item {item} of meeting {meeting_id} is not case {case_id!r}")
    return item


def move(store: Store, account: Account | None, *, case_id: str, member_id: str, moved_by: str,
         note: str | None = None, meeting_id: str | None = None, item: int | None = None,
         rule: QuorumRule = QuorumRule()) -> int:
    """Record a motion to recuse ``member_id`` from ``case_id``, moved by another member, at
    ``meeting_id`` (the case must be on its agenda; ``item`` says which item when the case is
    on it twice). The typed case id and note are cleaned and bounded as imported text is
    (coi.text.clean_typed)."""
    actor = require(store, account, Permission.RECORD_VOTES).username
    try:
        case_id = clean_typed(case_id, what="case id", keep_newlines=False) or ""
        note = clean_typed(note, what="note for the minutes")
    except TextRejected as exc:
        raise VoteError(str(exc)) from None
    members = _member_ids(store)
    for who, what in ((member_id, "member to recuse"), (moved_by, "member moving")):
        if who not in members:
            raise VoteError(f"the {what} {who!r} is not on the roster")
    if member_id == moved_by:
        raise VoteError("a member does not move their own recusal: they may self-recuse instead")
    if not any(p.case_id == case_id for p in store.parties([case_id])):
        raise VoteError(f"there is no case {case_id!r} on the docket")
    if meeting_id is not None:
        item = _agenda_item(store, meeting_id, case_id, item)
    if (why := recused_from_case(store, case_id, rule=rule).get(moved_by)) is not None:
        raise VoteError(f"{moved_by} is {why} and takes no part in it: another member moves")
    if (pending := _pending_motion(store, case_id, member_id, meeting_id)) is not None:
        # a second click, or a second clerk: the same motion while the first awaits its roll call
        raise VoteError(f"a motion to recuse {member_id} from case {case_id} is already recorded at this meeting "
                        f"(motion {pending}) and awaits its roll call: record the votes on it instead")
    at = store.now()
    with store.transaction() as conn:
        motion_id = motion_rows.insert_motion(conn, case_id, member_id, moved_by, note, at, actor)
        if meeting_id is not None:
            motion_rows.place_motion(conn, motion_id, meeting_id, item, at, actor)
        store.audit("recusal motion", actor, {"motion_id": motion_id, "case_id": case_id, "member_id": member_id,
                                              "moved_by": moved_by, "meeting_id": meeting_id, "item": item})
    return motion_id


def _pending_motion(store: Store, case_id: str, member_id: str, meeting_id: str | None) -> int | None:
    """A motion to recuse ``member_id`` from ``case_id`` at ``meeting_id`` with no vote
    recorded yet, if there is one."""
    with store.reading() as conn:
        return motion_rows.pending_motion(conn, case_id, member_id, meeting_id)


def vote(store: Store, account: Account | None, motion_id: int, *, voter_id: str, choice: Vote | str,
         rule: QuorumRule = QuorumRule()) -> int:
    """Record a remaining member's vote (a later vote of the same member replaces it in the count)."""
    actor = require(store, account, Permission.RECORD_VOTES).username
    choice = Vote(choice)
    m = _motion(store, motion_id)
    if voter_id == m.member_id:
        raise VoteError(f"{voter_id} is the member concerned and does not vote on their own recusal")
    if voter_id not in _member_ids(store):
        raise VoteError(f"{voter_id!r} is not on the roster")
    if (why := _not_voting(store, m, rule).get(voter_id)) is not None:
        raise VoteError(f"{voter_id} is {why} and does not vote on this motion")
    with store.transaction() as conn:
        vote_id = motion_rows.insert_vote(conn, motion_id, voter_id, str(choice), store.now(), actor)
        store.audit("recusal vote", actor, {"motion_id": motion_id, "voter_id": voter_id, "vote": str(choice)})
    return vote_id


def record_roll_call(store: Store, account: Account | None, motion_id: int,
                     choices: Mapping[str, Vote | str | None], *, rule: QuorumRule = QuorumRule()) -> int:
    """Record the remaining members' votes on a motion from one form: a choice for every
    remaining member (:func:`remaining`), or nothing is recorded (:class:`RollCallIncomplete`
    names the empty rows). Only a choice that differs from the member's latest is added (the
    same roll call submitted twice adds nothing). One transaction, one audit entry. Returns
    the number of votes added."""
    actor = require(store, account, Permission.RECORD_VOTES).username
    m = _motion(store, motion_id)
    skip = _not_voting(store, m, rule)
    rows = [mid for mid in sorted(_member_ids(store)) if mid not in skip]
    for mid, choice in choices.items():
        if choice is not None and mid in skip:
            raise VoteError(f"{mid} is {skip[mid]} and does not vote on this motion")
        if choice is not None and mid not in rows:
            raise VoteError(f"{mid!r} is not on the roster")
    missing = [mid for mid in rows if choices.get(mid) in (None, "")]
    if missing:
        raise RollCallIncomplete(missing, {x.member_id: x.name for x in store.members(active_only=True)})
    try:
        chosen = {mid: Vote(choices[mid] or "") for mid in rows}  # none is empty: checked above
    except ValueError as exc:
        raise VoteError(f"{exc}: choose yes, no, abstain or absent") from None
    latest = _result(store, motion_id).votes
    changed = [(mid, v) for mid, v in chosen.items() if latest.get(mid) is not v]
    if not changed:
        return 0
    at = store.now()
    with store.transaction() as conn:
        motion_rows.insert_votes(conn, motion_id, [(mid, str(v)) for mid, v in changed], at, actor)
        store.audit("recusal roll call", actor, {"motion_id": motion_id,
                                                 "votes": {mid: str(v) for mid, v in changed}})
    return len(changed)


def motion(store: Store, account: Account | None, motion_id: int) -> Motion:
    require(store, account, Permission.SEE_MOTIONS)
    return _motion(store, motion_id)


def motions(store: Store, account: Account | None, *, meeting_id: str | None = None) -> list[Motion]:
    """Every motion in the order recorded; ``meeting_id``: only that meeting's."""
    require(store, account, Permission.SEE_MOTIONS)
    return [m for m in _motions(store) if meeting_id is None or m.meeting_id == meeting_id]


def result(store: Store, account: Account | None, motion_id: int, *, rule: QuorumRule = QuorumRule()) -> Result:
    require(store, account, Permission.SEE_MOTIONS)
    return _result(store, motion_id, seats=rule.seats)


def recused_by_vote(store: Store, *, rule: QuorumRule = QuorumRule()) -> set[tuple[str, str]]:
    """(case, member) pairs recused by a 3.1(g)(2) vote under ``rule``: a quorum, and a majority
    under the rule's vote base whatever the remaining members not yet recorded vote
    (:attr:`Decision.recuses`). No access check: a part of the report and the
    removal-exposure audit, which check theirs.

    Who votes on a motion depends on who is recused from its case, by other motions too; the
    pairs are found from none upwards until no more carry (recusing more members never
    un-carries a motion: fewer votes are awaited and, when recused members count, more are present)."""
    found: set[tuple[str, str]] = set()
    listed = _motions(store)
    while True:
        more = {(m.case_id, m.member_id) for m in listed if _decide(store, m, rule, found).recuses}
        if more <= found:
            return found
        found |= more


def _motion(store: Store, motion_id: int) -> Motion:
    with store.reading() as conn:
        r = motion_rows.motion_row(conn, motion_id)
    if r is None:
        raise VoteError(f"there is no motion {motion_id}")
    return Motion(r["id"], r["case_id"], r["member_id"], r["moved_by"], r["note"], r["recorded_at"], r["recorded_by"],
                  r["meeting_id"], r["item"])


def _motions(store: Store) -> list[Motion]:
    with store.reading() as conn:
        ids = motion_rows.motion_ids(conn)
    return [_motion(store, i) for i in ids]


def _result(store: Store, motion_id: int, *, seats: int = QuorumRule().seats) -> Result:
    m = _motion(store, motion_id)
    with store.reading() as conn:
        latest = {voter: Vote(v) for voter, v in motion_rows.motion_votes(conn, motion_id)}
    count = {v: sum(1 for x in latest.values() if x is v) for v in Vote}
    return Result(m, latest, count[Vote.YES], count[Vote.NO], count[Vote.ABSTAIN], seats - 1, count[Vote.ABSENT])


__all__ = ["Vote", "VoteError", "RollCallIncomplete", "Motion", "Result", "move", "vote", "record_roll_call", "motion",
           "motions", "result", "remaining", "recused_from_case", "recused_by_vote", "Decision"]
