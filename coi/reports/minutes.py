"""The note for the minutes of each 3.1(g)(2) recusal motion — who moved, the roll call and
its tally, the quorum and the outcome under the meeting's quorum rule — as the Recusal votes
page shows it, its text download gives it, and the meeting report prints it.

The outcome is read under the rule's vote base (:class:`coi.decisions.meetings.VoteBase`); when the
other readings of "simple majority" would decide otherwise the note says so, because the
report counts a member recused by vote only when every reading carries (coi.decisions.votes)."""

from __future__ import annotations

from dataclasses import dataclass

from coi.decisions import meetings
from coi.decisions import votes
from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.decisions.meetings import QuorumRule, VoteBase
from coi.store.database import Store

_GROUPS = ((votes.Vote.YES, "yes"), (votes.Vote.NO, "no"), (votes.Vote.ABSTAIN, "abstaining"),
           (votes.Vote.ABSENT, "absent"))


class Outcome:
    CARRIED = "carried"
    NOT_CARRIED = "not carried"
    NO_QUORUM = "no quorum"
    PENDING = "votes not all recorded"


@dataclass(frozen=True, slots=True)
class MotionMinute:
    """One motion as the minutes record it: its lines of plain text and the outcome in a word."""

    motion: votes.Motion
    heading: str
    lines: tuple[str, ...]
    outcome: str  # one of Outcome's values

    def text(self) -> str:
        return "\n".join((self.heading, *self.lines))


def motion_minute(store: Store, account: Account | None, motion_id: int, *,
                  rule: QuorumRule = QuorumRule()) -> MotionMinute:
    """The note for the minutes of one motion, under ``rule``."""
    require(store, account, Permission.SEE_MOTIONS)
    return _minute(store, votes._motion(store, motion_id), rule)


def meeting_minutes(store: Store, account: Account | None, meeting_id: str, *,
                    rule: QuorumRule = QuorumRule()) -> list[MotionMinute]:
    """The notes of every motion made at ``meeting_id``, by agenda item and then as recorded."""
    require(store, account, Permission.SEE_MOTIONS)
    return _meeting_minutes(store, meeting_id, rule)


def _meeting_minutes(store: Store, meeting_id: str, rule: QuorumRule) -> list[MotionMinute]:
    """As :func:`meeting_minutes`, for the report (which checks its own access)."""
    found = [m for m in votes._motions(store) if m.meeting_id == meeting_id]
    return [_minute(store, m, rule) for m in sorted(found, key=lambda m: (m.item or 0, m.id))]


def _minute(store: Store, m: votes.Motion, rule: QuorumRule) -> MotionMinute:
    names = {x.member_id: x.name for x in store.members()}  # members who left the roster since, too
    on_roster = {x.member_id for x in store.members(active_only=True)}

    def who(member_id: str) -> str:
        return f"{member_id} {names.get(member_id, '')}".strip()

    r = votes._result(store, m.id, seats=rule.seats)
    skip = votes._not_voting(store, m)
    remaining = [mid for mid in sorted(on_roster) if mid not in skip]
    where = (f"item {m.item} (case {m.case_id})" if m.meeting_id is not None
             else f"case {m.case_id} (meeting not recorded: moved before motions belonged to a meeting)")
    heading = f"Motion {m.id}, {where}: to recuse {who(m.member_id)} under 50 ILCS 705/3.1(g)(2)."
    lines = [f"Moved by {who(m.moved_by)}." + (f" Note: {m.note}" if m.note else "")]
    calls = []
    for vote, word in _GROUPS:
        chosen = [v for v, c in sorted(r.votes.items()) if c is vote]
        if chosen:
            calls.append(f"{word}: {', '.join(who(v) for v in chosen)}")
    unrecorded = [mid for mid in remaining if mid not in r.votes]
    if unrecorded:
        calls.append(f"not yet recorded: {', '.join(who(v) for v in unrecorded)}")
    lines.append(f"Roll call of the {len(remaining)} remaining members — " + "; ".join(calls) + ".")
    lines.append("Not voting: " + "; ".join(f"{who(k)} ({why})" for k, why in sorted(skip.items())) + ".")
    lines.append(f"Tally: {r.yes} yes, {r.no} no, {r.abstain} abstaining, {r.absent} absent.")
    # the quorum for the vote: the members present for it; under a rule that counts recused
    # members, those not voting because recused count too unless recorded absent from the meeting
    absent_from_meeting = set(_meeting_absent(store, m.meeting_id))
    present = r.present + (sum(1 for k in skip if k in on_roster and k not in absent_from_meeting)
                           if rule.recused_count else 0)
    needed = rule.needed(len(on_roster))
    quorum = present >= needed
    lines.append(f"Quorum: {present} members present for the vote, {needed} needed — "
                 f"{'met' if quorum else 'not met'}.")
    readings = {VoteBase.VOTING: (r.of_voting, "more yes than no among the members voting"),
                VoteBase.PRESENT: (r.of_present, f"a majority of the {r.present} members present and not recused "
                                                  f"({r.present // 2 + 1} yes needed)"),
                VoteBase.SEATS: (r.of_seats, f"a majority of the {r.eligible} seats that may vote "
                                              f"({r.eligible // 2 + 1} yes needed)")}
    carries, reading = readings[rule.vote_base]
    if unrecorded:
        outcome = Outcome.PENDING
        lines.append(f"Outcome: pending — {len(unrecorded)} of the {len(remaining)} remaining members' votes are "
                     f"not yet recorded.")
    elif not quorum:
        outcome = Outcome.NO_QUORUM
        lines.append(f"Outcome: not carried — no quorum for the vote ({present} present, {needed} needed).")
    else:
        outcome = Outcome.CARRIED if carries else Outcome.NOT_CARRIED
        verdict = (f"carried: {who(m.member_id)} is recused from case {m.case_id}" if carries
                   else f"not carried: {who(m.member_id)} is not recused from case {m.case_id} by this vote")
        lines.append(f"Outcome: {verdict} ({r.yes} yes; the rule: {reading}).")
        others = [f"{words} — {'carried' if ok else 'not carried'}" for base, (ok, words) in readings.items()
                  if base is not rule.vote_base and ok is not carries]
        if others:
            lines.append("Other readings of \"simple majority\" differ: " + "; ".join(others) + ".")
    return MotionMinute(m, heading, tuple(lines), outcome)


def _meeting_absent(store: Store, meeting_id: str | None) -> tuple[str, ...]:
    if meeting_id is None:
        return ()
    try:
        return meetings._meeting(store, meeting_id).absent
    except meetings.MeetingError:
        return ()


def render_text(meeting_id: str, minutes: list[MotionMinute], rule: QuorumRule, members_on_roster: int) -> str:
    """The recusal motions of a meeting as a plain-text file for the minutes."""
    title = f"Recusal motions, 50 ILCS 705/3.1(g)(2) — meeting {meeting_id}"
    parts = [title, "=" * len(title), rule.words(members_on_roster), ""]
    if not minutes:
        parts.append("No recusal motions were made at this meeting.")
    for minute in minutes:
        parts.extend((minute.text(), ""))
    return "\n".join(parts).rstrip() + "\n"


__all__ = ["MotionMinute", "Outcome", "motion_minute", "meeting_minutes", "render_text"]
