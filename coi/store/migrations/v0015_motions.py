"""Schema version 15 (issue 14, item 4): a recusal motion belongs to a meeting, and a member
may be recorded absent for its vote. Released: never edit; add the next version instead.

- ``motion_meetings``: the meeting and agenda item a motion was made at, one row per motion,
  append-only and hash-chained (coi.store.chain). A separate table rather than a new column of
  ``recusal_motions``, whose rows are chained with their columns as written: motions recorded
  before this version keep verifying, and read as "meeting not recorded".
- ``recusal_votes`` rebuilt with ``absent`` allowed (a roll call names every remaining member;
  an absent one is not counted as present). The rows, their ids and so their chain links are
  copied unchanged; the index and the append-only and chain triggers are made again as before.
"""

from coi.store.chain import trigger_script

SCRIPT = """
CREATE TABLE motion_meetings (
    id          INTEGER PRIMARY KEY,
    motion_id   INTEGER NOT NULL UNIQUE REFERENCES recusal_motions (id),
    meeting_id  TEXT NOT NULL REFERENCES meetings (meeting_id),
    item        INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX motion_meetings_by_meeting ON motion_meetings (meeting_id, item);
CREATE TRIGGER motion_meetings_no_update BEFORE UPDATE ON motion_meetings
BEGIN SELECT RAISE(ABORT, 'motion_meetings is append-only'); END;
CREATE TRIGGER motion_meetings_no_delete BEFORE DELETE ON motion_meetings
BEGIN SELECT RAISE(ABORT, 'motion_meetings is append-only'); END;

CREATE TABLE recusal_votes_v15 (
    id          INTEGER PRIMARY KEY,
    motion_id   INTEGER NOT NULL REFERENCES recusal_motions (id),
    voter_id    TEXT NOT NULL REFERENCES members (member_id),
    vote        TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain', 'absent')),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
INSERT INTO recusal_votes_v15 (id, motion_id, voter_id, vote, recorded_at, recorded_by)
    SELECT id, motion_id, voter_id, vote, recorded_at, recorded_by FROM recusal_votes ORDER BY id;
DROP TABLE recusal_votes;
ALTER TABLE recusal_votes_v15 RENAME TO recusal_votes;
CREATE INDEX recusal_votes_by_motion ON recusal_votes (motion_id, voter_id, id);
CREATE TRIGGER recusal_votes_append_only_update BEFORE UPDATE ON recusal_votes
BEGIN SELECT RAISE(ABORT, 'recusal votes are append-only'); END;
CREATE TRIGGER recusal_votes_append_only_delete BEFORE DELETE ON recusal_votes
BEGIN SELECT RAISE(ABORT, 'recusal votes are append-only'); END;
""" + trigger_script("recusal_votes") + trigger_script("motion_meetings")
