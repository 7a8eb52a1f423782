"""Schema version 4: 3.1(g)(2) recusal votes — a motion to recuse a member from a case,
and the remaining members' votes. Append-only: a corrected vote is a new row, the latest
of each voter counts. Released: never edit; add the next version instead."""

SCRIPT = """
CREATE TABLE recusal_motions (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL,
    member_id   TEXT NOT NULL REFERENCES members (member_id),
    moved_by    TEXT NOT NULL REFERENCES members (member_id),
    note        TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK (moved_by <> member_id)
);
CREATE TABLE recusal_votes (
    id          INTEGER PRIMARY KEY,
    motion_id   INTEGER NOT NULL REFERENCES recusal_motions (id),
    voter_id    TEXT NOT NULL REFERENCES members (member_id),
    vote        TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain')),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX recusal_votes_by_motion ON recusal_votes (motion_id, voter_id, id);
CREATE TRIGGER recusal_motions_append_only_update BEFORE UPDATE ON recusal_motions
BEGIN SELECT RAISE(ABORT, 'recusal motions are append-only'); END;
CREATE TRIGGER recusal_motions_append_only_delete BEFORE DELETE ON recusal_motions
BEGIN SELECT RAISE(ABORT, 'recusal motions are append-only'); END;
CREATE TRIGGER recusal_votes_append_only_update BEFORE UPDATE ON recusal_votes
BEGIN SELECT RAISE(ABORT, 'recusal votes are append-only'); END;
CREATE TRIGGER recusal_votes_append_only_delete BEFORE DELETE ON recusal_votes
BEGIN SELECT RAISE(ABORT, 'recusal votes are append-only'); END;
"""
