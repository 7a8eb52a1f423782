"""Recusal motions as the minutes need them (issue 14, item 4): a motion belongs to a meeting
and an agenda item, the remaining members vote in one roll call (every row filled, or nothing
recorded), and the note for the minutes gives the mover, the tally and the outcome under the
quorum rule — on the page, in a text file and in the meeting report."""

from __future__ import annotations

import datetime as dt

import pytest

from coi.decisions import meetings, minutes, votes
from coi.decisions.meetings import QuorumRule, VoteBase
from coi.model import Answer
from coi.reports import render as report
from coi.store import chain
from coi.store.database import Store
from coi.store.migrations import MIGRATIONS
from tests.factories import SYSTEM
from tests.test_meetings import AS_OF, prompt, store  # noqa: F401  (the scripted meeting M-1: C-1, C-2, C-3)


def motion_on_c2(store, **kw) -> int:  # noqa: F811
    """A motion at M-1 to recuse M02 (a sibling is the respondent) from case C-2, moved by M03."""
    return votes.move(store, SYSTEM, case_id="C-2", member_id="M02", moved_by="M03", meeting_id="M-1", **kw)


def test_a_motion_belongs_to_its_meeting_and_the_agenda_item_of_its_case(store):  # noqa: F811
    m = votes.motion(store, SYSTEM, motion_on_c2(store))
    assert (m.meeting_id, m.item, m.case_id) == ("M-1", 2, "C-2")
    assert [x.id for x in votes.motions(store, SYSTEM, meeting_id="M-1")] == [m.id]
    meetings.save_meeting(store, SYSTEM, "M-2", dt.date(2027, 1, 14), ["C-3"])
    assert votes.motions(store, SYSTEM, meeting_id="M-2") == []


def test_the_same_motion_twice_while_the_first_awaits_its_roll_call_is_refused(store):  # noqa: F811
    """A second click on "Record the motion" (or a second clerk) must not put one motion in the
    minutes twice; once the first has its roll call, a new motion may be made."""
    first = motion_on_c2(store)
    with pytest.raises(votes.VoteError, match=f"already recorded at this meeting \\(motion {first}\\)"):
        motion_on_c2(store)
    assert [x.id for x in votes.motions(store, SYSTEM, meeting_id="M-1")] == [first]
    votes.record_roll_call(store, SYSTEM, first, {v: "no" for v in votes.remaining(store, SYSTEM, first)})
    assert motion_on_c2(store) != first


def test_a_case_not_on_the_meetings_agenda_is_refused(store):  # noqa: F811
    meetings.save_meeting(store, SYSTEM, "M-2", dt.date(2027, 1, 14), ["C-3"])
    with pytest.raises(votes.VoteError, match="not on the agenda of meeting M-2"):
        votes.move(store, SYSTEM, case_id="C-2", member_id="M02", moved_by="M03", meeting_id="M-2")
    with pytest.raises(votes.VoteError, match="item 1 of meeting M-1 is not case 'C-2'"):
        motion_on_c2(store, item=1)
    assert votes.motions(store, SYSTEM) == []


def test_a_member_recused_from_the_case_neither_moves_nor_votes(store):  # noqa: F811
    store.record_decision(prompt(store, "M01", "C-1").key, answer=Answer.SELF_RECUSE, reason=None, decided_by="m01")
    with pytest.raises(votes.VoteError, match="M01 is self-recused from the case"):
        votes.move(store, SYSTEM, case_id="C-1", member_id="M02", moved_by="M01", meeting_id="M-1")
    m = votes.move(store, SYSTEM, case_id="C-1", member_id="M02", moved_by="M03", meeting_id="M-1")
    assert votes.remaining(store, SYSTEM, m) == [f"M{i:02d}" for i in range(3, 14)]
    with pytest.raises(votes.VoteError, match="M01 is self-recused from the case"):
        votes.vote(store, SYSTEM, m, voter_id="M01", choice="yes")
    with pytest.raises(votes.VoteError, match="M01 is self-recused"):
        votes.record_roll_call(store, SYSTEM, m, {"M01": "yes", **{f"M{i:02d}": "yes" for i in range(3, 14)}})


def test_a_roll_call_with_an_empty_row_records_nothing_and_names_the_rows(store):  # noqa: F811
    m = motion_on_c2(store)
    choices = {f"M{i:02d}": "yes" for i in (1, *range(3, 14))}
    choices["M05"] = None
    del choices["M09"]
    with pytest.raises(votes.RollCallIncomplete, match="still empty: M05 Eva Lund, M09 Ida Wong") as exc:
        votes.record_roll_call(store, SYSTEM, m, choices)
    assert exc.value.missing == ("M05", "M09")
    assert votes.result(store, SYSTEM, m).votes == {}


def test_a_roll_call_records_every_row_once_and_absent_members_are_not_present(store):  # noqa: F811
    m = motion_on_c2(store)
    choices = {"M01": "yes", "M03": "yes", "M04": "yes", "M05": "yes", "M06": "yes", "M07": "yes", "M08": "no",
               "M09": "no", "M10": "abstain", "M11": "absent", "M12": "absent", "M13": "yes"}
    assert votes.record_roll_call(store, SYSTEM, m, choices) == 12
    r = votes.result(store, SYSTEM, m)
    assert (r.yes, r.no, r.abstain, r.absent, r.present) == (7, 2, 1, 2, 10)
    assert votes.record_roll_call(store, SYSTEM, m, choices) == 0  # submitted again: nothing new
    assert votes.record_roll_call(store, SYSTEM, m, {**choices, "M11": "no"}) == 1  # a correction: one row
    assert votes.result(store, SYSTEM, m).no == 3
    assert store._conn.execute("SELECT count(*) FROM recusal_votes").fetchone()[0] == 13
    assert chain.verify(store._conn).ok


def roll_call(store, m, yes: int, no: int = 0, abstain: int = 0, absent: int = 0) -> None:  # noqa: F811
    voters = iter(votes.remaining(store, SYSTEM, m))
    choices = {}
    for choice, n in (("yes", yes), ("no", no), ("abstain", abstain), ("absent", absent)):
        for _ in range(n):
            choices[next(voters)] = choice
    votes.record_roll_call(store, SYSTEM, m, choices)


def test_the_minutes_name_the_mover_the_roll_call_and_the_outcome_under_the_rule(store):  # noqa: F811
    m = motion_on_c2(store, note="Her brother is the respondent.")
    roll_call(store, m, yes=7, no=2, abstain=1, absent=2)
    note = minutes.motion_minute(store, SYSTEM, m).text()
    assert note.startswith("Motion 1, item 2 (case C-2): to recuse M02 Ben Cole under 50 ILCS 705/3.1(g)(2).")
    assert "Moved by M03 Cara Moss. Note: Her brother is the respondent." in note
    assert "Roll call of the 12 remaining members — yes: M01 Ana Diaz, M03 Cara Moss" in note
    assert "absent: M12 Lou Kim, M13 Max Fox" in note and "Not voting: M02 Ben Cole (the member concerned)." in note
    assert "Tally: 7 yes, 2 no, 1 abstaining, 2 absent." in note
    assert "Quorum: 10 members present for the vote, 7 needed — met." in note
    assert "Outcome: carried: M02 Ben Cole is recused from case C-2" in note


def test_a_majority_of_those_present_but_not_of_the_seats_carries_only_under_the_present_rule(store):  # noqa: F811
    m = motion_on_c2(store)
    roll_call(store, m, yes=5, no=2, abstain=1, absent=4)
    present = minutes.motion_minute(store, SYSTEM, m, rule=QuorumRule(vote_base=VoteBase.PRESENT))
    seats = minutes.motion_minute(store, SYSTEM, m, rule=QuorumRule(vote_base=VoteBase.SEATS))
    assert present.outcome == minutes.Outcome.CARRIED and seats.outcome == minutes.Outcome.NOT_CARRIED
    assert "Other readings of \"simple majority\" differ: a majority of the 12 seats that may vote" in present.text()


def test_too_many_absent_leaves_no_quorum_and_unrecorded_votes_leave_the_motion_pending(store):  # noqa: F811
    m = motion_on_c2(store)
    votes.vote(store, SYSTEM, m, voter_id="M03", choice="yes")
    pending = minutes.motion_minute(store, SYSTEM, m)
    assert pending.outcome == minutes.Outcome.PENDING and "not yet recorded: M01 Ana Diaz, M04 Dev Patel" in pending.text()
    roll_call(store, m, yes=4, no=1, absent=7)
    assert minutes.motion_minute(store, SYSTEM, m).outcome == minutes.Outcome.NO_QUORUM


def test_the_minutes_file_and_the_report_carry_the_meetings_motions(store):  # noqa: F811
    m = motion_on_c2(store)
    roll_call(store, m, yes=9, no=3)
    found = minutes.meeting_minutes(store, SYSTEM, "M-1")
    text = minutes.render_text("M-1", found, QuorumRule(), 13)
    assert text.startswith("Recusal motions, 50 ILCS 705/3.1(g)(2) — meeting M-1\n")
    assert "Motion 1, item 2 (case C-2)" in text and "Outcome: carried" in text
    built = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF)
    html = report.html(built)
    assert "Motion 1, item 2 (case C-2): to recuse M02 Ben Cole" in html and "Tally: 9 yes, 3 no" in html
    packet = report.html(meetings.build_report(store, SYSTEM, "M-1", today=AS_OF, member_id="M05"), packet="M05")
    assert "Tally:" not in packet  # a member's packet holds their own prompts only


def test_motions_recorded_before_schema_15_stay_readable_and_the_chain_verifies(tmp_path):
    path = tmp_path / "coi.sqlite3"
    with Store.open(path, migrations=MIGRATIONS[:11]) as old:  # rows as schema version 11 wrote them
        conn = old._conn
        conn.executemany("INSERT INTO members (member_id, name, appointed_by) VALUES (?, ?, 'Governor')",
                         [(f"M{i:02d}", f"Member {i}") for i in range(1, 14)])
        conn.execute("INSERT INTO recusal_motions (case_id, member_id, moved_by, note, recorded_at, recorded_by)"
                     " VALUES ('C-1', 'M01', 'M02', NULL, '2026-10-01T10:00:00Z', 'staff')")
        conn.execute("INSERT INTO recusal_votes (motion_id, voter_id, vote, recorded_at, recorded_by)"
                     " VALUES (1, 'M03', 'yes', '2026-10-01T10:05:00Z', 'staff')")
        m = 1
    with Store.open(path) as new:
        assert new.schema_version == len(MIGRATIONS)
        motion = votes.motion(new, SYSTEM, m)
        assert (motion.case_id, motion.meeting_id, motion.item) == ("C-1", None, None)
        assert votes.result(new, SYSTEM, m).votes == {"M03": votes.Vote.YES}
        votes.vote(new, SYSTEM, m, voter_id="M04", choice="absent")
        assert "meeting not recorded" in minutes.motion_minute(new, SYSTEM, m).heading
        verdict = chain.verify(new._conn)
        assert verdict.ok, verdict.problems
