"""3.1(g)(2): when a member has not self-recused, the remaining members may recuse them by
simple majority vote; the member concerned does not vote on their own recusal.

Motions and votes are append-only (public-meeting material, for the minutes). Whether a
"simple majority" counts all seats, the members present or the members voting is not
settled (docs: DOMAIN.md), so a result gives all three counts and says which carry.

Staff record motions and votes (``RECORD_VOTES``) and read them (``SEE_MOTIONS``); every
function here that a user calls takes the acting account and asks :func:`coi.access.require`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coi.access import Permission, require
from coi.accounts import Account
from coi.model import utc_timestamp
from coi.store import Store
from coi.text import TextRejected, clean_typed

SEATS = 13


class Vote(StrEnum):
    YES = "yes"  # recuse the member
    NO = "no"
    ABSTAIN = "abstain"  # present, not voting


class VoteError(ValueError):
    """A motion or a vote that cannot be recorded; the message says why."""


@dataclass(frozen=True, slots=True)
class Motion:
    id: int
    case_id: str
    member_id: str
    moved_by: str
    note: str | None
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True, slots=True)
class Result:
    """The latest vote of each voter, and whether the motion carries under each reading."""

    motion: Motion
    votes: dict[str, Vote]  # voter → latest vote
    yes: int
    no: int
    abstain: int
    eligible: int  # the seats that may vote: all but the member concerned

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


def move(store: Store, account: Account | None, *, case_id: str, member_id: str, moved_by: str,
         note: str | None = None) -> int:
    """Record a motion to recuse ``member_id`` from ``case_id``, moved by another member. The
    typed case id and note are cleaned and bounded as imported text is (coi.text.clean_typed)."""
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
    with store.transaction() as conn:
        motion_id = conn.execute(
            "INSERT INTO recusal_motions (case_id, member_id, moved_by, note, recorded_at, recorded_by)"
            " VALUES (?, ?, ?, ?, ?, ?)", (case_id, member_id, moved_by, note, utc_timestamp(), actor)).lastrowid
        store.audit("recusal motion", actor, {"motion_id": motion_id, "case_id": case_id, "member_id": member_id,
                                              "moved_by": moved_by})
    return motion_id


def vote(store: Store, account: Account | None, motion_id: int, *, voter_id: str, choice: Vote | str) -> int:
    """Record a remaining member's vote (a later vote of the same member replaces it in the count)."""
    actor = require(store, account, Permission.RECORD_VOTES).username
    choice = Vote(choice)
    m = _motion(store, motion_id)
    if voter_id == m.member_id:
        raise VoteError(f"{voter_id} is the member concerned and does not vote on their own recusal")
    if voter_id not in _member_ids(store):
        raise VoteError(f"{voter_id!r} is not on the roster")
    with store.transaction() as conn:
        vote_id = conn.execute(
            "INSERT INTO recusal_votes (motion_id, voter_id, vote, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
            (motion_id, voter_id, str(choice), utc_timestamp(), actor)).lastrowid
        store.audit("recusal vote", actor, {"motion_id": motion_id, "voter_id": voter_id, "vote": str(choice)})
    return vote_id


def motion(store: Store, account: Account | None, motion_id: int) -> Motion:
    require(store, account, Permission.SEE_MOTIONS)
    return _motion(store, motion_id)


def motions(store: Store, account: Account | None) -> list[Motion]:
    require(store, account, Permission.SEE_MOTIONS)
    return _motions(store)


def result(store: Store, account: Account | None, motion_id: int, *, seats: int = SEATS) -> Result:
    require(store, account, Permission.SEE_MOTIONS)
    return _result(store, motion_id, seats=seats)


def recused_by_vote(store: Store) -> set[tuple[str, str]]:
    """(case, member) pairs recused by a 3.1(g)(2) vote carried under every reading. No
    access check: a part of the report and the removal-exposure audit, which check theirs."""
    out = set()
    for m in _motions(store):
        r = _result(store, m.id)
        if r.of_voting and r.of_present and r.of_seats:
            out.add((m.case_id, m.member_id))
    return out


def _motion(store: Store, motion_id: int) -> Motion:
    with store.reading() as conn:
        r = conn.execute("SELECT * FROM recusal_motions WHERE id = ?", (motion_id,)).fetchone()
    if r is None:
        raise VoteError(f"there is no motion {motion_id}")
    return Motion(r["id"], r["case_id"], r["member_id"], r["moved_by"], r["note"], r["recorded_at"], r["recorded_by"])


def _motions(store: Store) -> list[Motion]:
    with store.reading() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM recusal_motions ORDER BY id")]
    return [_motion(store, i) for i in ids]


def _result(store: Store, motion_id: int, *, seats: int = SEATS) -> Result:
    m = _motion(store, motion_id)
    with store.reading() as conn:
        rows = conn.execute("SELECT voter_id, vote FROM recusal_votes WHERE motion_id = ? ORDER BY id", (motion_id,))
        latest = {r["voter_id"]: Vote(r["vote"]) for r in rows}
    count = {v: sum(1 for x in latest.values() if x is v) for v in Vote}
    return Result(m, latest, count[Vote.YES], count[Vote.NO], count[Vote.ABSTAIN], seats - 1)


__all__ = ["Vote", "VoteError", "Motion", "Result", "move", "vote", "motion", "motions", "result", "recused_by_vote",
           "SEATS"]
