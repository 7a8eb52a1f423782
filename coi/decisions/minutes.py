"""The note for the minutes of each 3.1(g)(2) recusal motion — who moved, the roll call and
its tally, the quorum and the outcome under the meeting's quorum rule — as the Recusal votes
page shows it, its text download gives it, and the meeting report prints it.

The outcome is read under the rule's vote base (:class:`coi.model.VoteBase`) by
:class:`coi.decisions.votes.Decision`, the reading the report and the removal-exposure audit share;
when the other readings of "simple majority" would decide otherwise the note says so."""

from __future__ import annotations

from dataclasses import dataclass

from coi.decisions import votes
from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.model import MotionOutcome, VoteBase
from coi.settings import QuorumRule
from coi.store.database import Store

_GROUPS = ((votes.Vote.YES, "yes"), (votes.Vote.NO, "no"), (votes.Vote.ABSTAIN, "abstaining"),
           (votes.Vote.ABSENT, "absent"))


Outcome = MotionOutcome  # the outcome's words: one vocabulary, in coi.model


@dataclass(frozen=True, slots=True)
class MotionMinute:
    """One motion as the minutes record it: its lines of plain text and the outcome in a word."""

    motion: votes.Motion
    heading: str
    lines: tuple[str, ...]
    outcome: MotionOutcome

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
    voted_out = votes.recused_by_vote(store, rule=rule)
    return [_minute(store, m, rule, voted_out) for m in sorted(found, key=lambda m: (m.item or 0, m.id))]


def _minute(store: Store, m: votes.Motion, rule: QuorumRule,
            voted_out: set[tuple[str, str]] | None = None) -> MotionMinute:
    names = {x.member_id: x.name for x in store.members()}  # members who left the roster since, too

    def who(member_id: str) -> str:
        return f"{member_id} {names.get(member_id, '')}".strip()

    d = votes._decide(store, m, rule, voted_out)
    r, skip, remaining = d.result, d.not_voting, d.remaining
    where = (f"item {m.item} (case {m.case_id})" if m.meeting_id is not None
             else f"case {m.case_id} (meeting not recorded: moved before motions belonged to a meeting)")
    heading = f"Motion {m.id}, {where}: to recuse {who(m.member_id)} under 50 ILCS 705/3.1(g)(2)."
    lines = [f"Moved by {who(m.moved_by)}." + (f" Note: {m.note}" if m.note else "")]
    calls = []
    for vote, word in _GROUPS:
        chosen = [v for v, c in sorted(r.votes.items()) if c is vote]
        if chosen:
            calls.append(f"{word}: {', '.join(who(v) for v in chosen)}")
    unrecorded = d.unrecorded
    if unrecorded:
        calls.append(f"not yet recorded: {', '.join(who(v) for v in unrecorded)}")
    lines.append(f"Roll call of the {len(remaining)} remaining members — " + "; ".join(calls) + ".")
    lines.append("Not voting: " + "; ".join(f"{who(k)} ({why})" for k, why in sorted(skip.items())) + ".")
    lines.append(f"Tally: {r.yes} yes, {r.no} no, {r.abstain} abstaining, {r.absent} absent.")
    # the quorum for the vote: the members present for it; under a rule that counts recused
    # members, those not voting because recused count too unless recorded absent from the meeting
    present, needed, quorum = d.present, d.needed, d.quorum
    lines.append(f"Quorum: {present} members present for the vote, {needed} needed — "
                 f"{'met' if quorum else 'not met'}.")
    readings = {VoteBase.VOTING: (r.of_voting, "more yes than no among the members voting"),
                VoteBase.PRESENT: (r.of_present, f"a majority of the {r.present} members present and not recused "
                                                  f"({r.present // 2 + 1} yes needed)"),
                VoteBase.SEATS: (r.of_seats, f"a majority of the {r.eligible} seats that may vote "
                                              f"({r.eligible // 2 + 1} yes needed)")}
    carries, reading = readings[rule.vote_base]
    outcome = d.outcome
    if outcome is MotionOutcome.PENDING:
        lines.append(f"Outcome: pending — {len(unrecorded)} of the {len(remaining)} remaining members' votes are "
                     f"not yet recorded.")
    elif outcome is MotionOutcome.NO_QUORUM:
        lines.append(f"Outcome: not carried — no quorum for the vote ({present} present, {needed} needed).")
    else:
        verdict = (f"carried: {who(m.member_id)} is recused from case {m.case_id}" if carries
                   else f"not carried: {who(m.member_id)} is not recused from case {m.case_id} by this vote")
        lines.append(f"Outcome: {verdict} ({r.yes} yes; the rule: {reading}).")
        others = [f"{words} — {'carried' if ok else 'not carried'}" for base, (ok, words) in readings.items()
                  if base is not rule.vote_base and ok is not carries]
        if others:
            lines.append("Other readings of \"simple majority\" differ: " + "; ".join(others) + ".")
    return MotionMinute(m, heading, tuple(lines), outcome)


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
