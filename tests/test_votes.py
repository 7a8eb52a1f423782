"""3.1(g)(2) recusal votes (coi.decisions.votes): who may move and vote, the append-only record,
and the result under the three readings of "simple majority"."""

from __future__ import annotations

import sqlite3

import pytest

from coi.decisions import votes
from coi.store.database import Store
from tests.factories import SYSTEM as STAFF
from tests.factories import member, party

ROSTER = [member(f"M{i:02d}", f"Member {i}") for i in range(1, 14)]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members(ROSTER, source="members.csv", fingerprint="m", actor="test")
        s.import_docket([party("Ana Diaz", case_id="C-1")], source="docket.csv", fingerprint="d", actor="test")
        yield s


def motion(store) -> int:
    return votes.move(store, STAFF, case_id="C-1", member_id="M01", moved_by="M02")


def test_the_member_concerned_neither_moves_nor_votes(store):
    with pytest.raises(votes.VoteError, match="own recusal"):
        votes.move(store, STAFF, case_id="C-1", member_id="M01", moved_by="M01")
    m = motion(store)
    with pytest.raises(votes.VoteError, match="does not vote on their own recusal"):
        votes.vote(store, STAFF, m, voter_id="M01", choice="no")
    assert votes.result(store, STAFF, m).present == 0


@pytest.mark.parametrize("case_id, member_id, moved_by, words", [
    ("C-9", "M01", "M02", "no case 'C-9'"),
    ("C-1", "M99", "M02", "'M99' is not on the roster"),
])
def test_a_motion_on_nothing_real_is_refused(store, case_id, member_id, moved_by, words):
    with pytest.raises(votes.VoteError, match=words):
        votes.move(store, STAFF, case_id=case_id, member_id=member_id, moved_by=moved_by)


def test_the_latest_vote_of_each_member_counts_and_every_vote_is_kept(store):
    m = motion(store)
    votes.vote(store, STAFF, m, voter_id="M03", choice="no")
    votes.vote(store, STAFF, m, voter_id="M03", choice="yes")
    r = votes.result(store, STAFF, m)
    assert r.votes == {"M03": votes.Vote.YES} and (r.yes, r.no) == (1, 0)
    assert store._conn.execute("SELECT count(*) FROM recusal_votes").fetchone()[0] == 2
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store._conn.execute("DELETE FROM recusal_votes")


def cast(store, m, yes: int, no: int, abstain: int) -> votes.Result:
    voters = iter(f"M{i:02d}" for i in range(2, 14))
    for choice, n in (("yes", yes), ("no", no), ("abstain", abstain)):
        for _ in range(n):
            votes.vote(store, STAFF, m, voter_id=next(voters), choice=choice)
    return votes.result(store, STAFF, m)


def test_a_majority_of_all_twelve_seats_recuses_under_every_reading(store):
    r = cast(store, motion(store), yes=7, no=2, abstain=0)
    assert r.of_voting and r.of_present and r.of_seats and r.words().startswith("Recused")


def test_a_majority_of_those_voting_but_not_of_the_seats_is_unsettled(store):
    r = cast(store, motion(store), yes=4, no=2, abstain=3)
    assert r.of_voting and not r.of_present and not r.of_seats
    assert r.words().startswith("Unsettled") and "4 yes, 2 no, 3 abstaining" in r.words()


def test_a_tie_does_not_recuse(store):
    r = cast(store, motion(store), yes=3, no=3, abstain=0)
    assert not (r.of_voting or r.of_present or r.of_seats) and r.words().startswith("Not recused")
