"""One seat count and one quorum rule (issue 15, item 2): the rule lives in coi.settings, and a
3.1(g)(2) motion recuses its member under the rule the report, the minutes and the
removal-exposure audit are made with — not only when all three readings of "simple majority" agree."""

from __future__ import annotations

import pathlib
import re

import pytest

from coi.decisions import meetings, minutes, votes
from coi.model import Appointer, MotionOutcome, VoteBase
from coi.settings import SEATS, QuorumRule, Settings
from tests.factories import SYSTEM
from tests.test_meetings import AS_OF, store  # noqa: F401  (the scripted meeting M-1: C-1, C-2, C-3)

PRESENT, SEATS_BASE, VOTING = (QuorumRule(vote_base=b) for b in (VoteBase.PRESENT, VoteBase.SEATS, VoteBase.VOTING))


def motion_on_c2(store) -> int:  # noqa: F811
    """A motion at M-1 to recuse M02 (a sibling is the respondent) from case C-2 (item 2), moved by M03."""
    return votes.move(store, SYSTEM, case_id="C-2", member_id="M02", moved_by="M03", meeting_id="M-1")


def roll_call(store, m, yes: int, no: int = 0, abstain: int = 0, absent: int = 0, unrecorded: int = 0):  # noqa: F811
    """Record the roll call in order of the remaining members; the last ``unrecorded`` members get no vote."""
    voters = iter(votes.remaining(store, SYSTEM, m))
    for choice, n in (("yes", yes), ("no", no), ("abstain", abstain), ("absent", absent)):
        for _ in range(n):
            votes.vote(store, SYSTEM, m, voter_id=next(voters), choice=choice)
    assert len(list(voters)) == unrecorded


def recused_on_c2(store, rule: QuorumRule) -> bool:  # noqa: F811
    item = meetings.build_report(store, SYSTEM, "M-1", rule=rule, today=AS_OF).items[1]
    assert item.case_id == "C-2"
    return "M02" in item.recused


def test_a_majority_of_those_present_recuses_the_member_in_the_report_made_under_the_present_rule(store):  # noqa: F811
    """5 yes, 2 no, 1 abstaining, 4 absent: a majority of the 8 present, not of the 12 seats
    that may vote. The minutes under the present rule say carried; so must the report."""
    roll_call(store, motion_on_c2(store), yes=5, no=2, abstain=1, absent=4)
    assert recused_on_c2(store, PRESENT)
    line = next(c for c in meetings.build_report(store, SYSTEM, "M-1", rule=PRESENT, today=AS_OF).items[1].conflicts
                if c.member_id == "M02")
    assert line.status is meetings.Status.RECUSED_BY_VOTE
    assert not recused_on_c2(store, SEATS_BASE)


def test_the_removal_exposure_audit_reads_the_motion_under_its_rule(store):  # noqa: F811
    roll_call(store, motion_on_c2(store), yes=5, no=2, abstain=1, absent=4)

    def exposed(rule: QuorumRule) -> bool:
        rows = meetings.exposure_audit(store, SYSTEM, "M-1", rule=rule)[Appointer.GOVERNOR]
        return ("M02", "recused by vote of the remaining members") in {(e.member_id, e.why) for e in rows}

    assert exposed(PRESENT) and not exposed(SEATS_BASE)


@pytest.mark.parametrize("tally", [dict(yes=5, no=2, abstain=1, absent=4), dict(yes=7, no=5), dict(yes=4, no=3, absent=5),
                                   dict(yes=6, no=6), dict(yes=4, no=1, absent=7), dict(yes=3, abstain=9)])
@pytest.mark.parametrize("rule", [PRESENT, SEATS_BASE, VOTING, QuorumRule(vote_base=VoteBase.VOTING, recused_count=True)])
def test_the_report_recuses_exactly_when_the_minutes_say_carried(store, tally, rule):  # noqa: F811
    m = motion_on_c2(store)
    roll_call(store, m, **tally)
    outcome = minutes.motion_minute(store, SYSTEM, m, rule=rule).outcome
    assert recused_on_c2(store, rule) is (outcome is MotionOutcome.CARRIED)


def test_a_motion_without_a_quorum_recuses_nobody_even_with_a_majority_of_those_voting(store):  # noqa: F811
    roll_call(store, motion_on_c2(store), yes=4, no=1, absent=7)
    assert not recused_on_c2(store, VOTING)


def test_a_motion_awaiting_votes_recuses_only_once_no_unrecorded_vote_could_change_it(store):  # noqa: F811
    m = motion_on_c2(store)
    roll_call(store, m, yes=6, no=1, unrecorded=5)  # 6 yes against at most 6: not decided
    assert not recused_on_c2(store, VOTING)
    votes.vote(store, SYSTEM, m, voter_id=votes.remaining(store, SYSTEM, m)[-1], choice="yes")
    assert recused_on_c2(store, VOTING)  # 7 yes against at most 5: decided, though 4 are still unrecorded
    assert minutes.motion_minute(store, SYSTEM, m, rule=VOTING).outcome is MotionOutcome.PENDING


def test_a_member_recused_by_vote_under_the_rule_does_not_vote_on_a_later_motion_of_the_case(store):  # noqa: F811
    roll_call(store, motion_on_c2(store), yes=5, no=2, abstain=1, absent=4)
    later = votes.move(store, SYSTEM, case_id="C-2", member_id="M04", moved_by="M03", meeting_id="M-1")
    assert "M02" not in votes.remaining(store, SYSTEM, later, rule=PRESENT)
    assert "M02" in votes.remaining(store, SYSTEM, later, rule=SEATS_BASE)
    with pytest.raises(votes.VoteError, match="M02 is recused from the case by vote"):
        votes.vote(store, SYSTEM, later, voter_id="M02", choice="yes", rule=PRESENT)


def test_the_seat_count_comes_from_the_rule(store):  # noqa: F811
    m = motion_on_c2(store)
    assert votes.result(store, SYSTEM, m).eligible == SEATS - 1 == 12
    assert votes.result(store, SYSTEM, m, rule=QuorumRule(seats=15)).eligible == 14


def test_the_settings_hold_the_default_rule():
    assert Settings().quorum == QuorumRule() and QuorumRule().seats == SEATS == 13
    assert meetings.QuorumRule is QuorumRule  # the name its callers import from meetings is the settings' own


def test_the_seat_count_is_written_once():
    """``SEATS = 13`` was written in votes.py and meetings.py; a second copy drifts."""
    root = pathlib.Path(__file__).resolve().parents[1] / "coi"
    found = [str(p.relative_to(root)) for p in root.rglob("*.py")
             if re.search(r"^\s*SEATS\s*(:\s*int\s*)?=\s*\d", p.read_text(encoding="utf-8"), re.M)]
    assert found == ["settings.py"]
