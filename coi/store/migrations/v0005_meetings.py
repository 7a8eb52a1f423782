"""Schema version 5: meetings, their agenda items (each a case), known absences, and who
voted on each item (append-only: a correction is a new row, the latest per member counts).
Released: never edit; add the next version instead."""

SCRIPT = """
CREATE TABLE meetings (
    meeting_id   TEXT PRIMARY KEY,
    meeting_date TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE TABLE agenda_items (
    meeting_id TEXT NOT NULL REFERENCES meetings (meeting_id),
    item       INTEGER NOT NULL CHECK (item >= 1),
    case_id    TEXT NOT NULL,
    PRIMARY KEY (meeting_id, item)
);
CREATE TABLE absences (
    meeting_id TEXT NOT NULL REFERENCES meetings (meeting_id),
    member_id  TEXT NOT NULL REFERENCES members (member_id),
    note       TEXT,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE TABLE item_votes (
    id          INTEGER PRIMARY KEY,
    meeting_id  TEXT NOT NULL,
    item        INTEGER NOT NULL,
    member_id   TEXT NOT NULL REFERENCES members (member_id),
    vote        TEXT CHECK (vote IS NULL OR vote IN ('yes', 'no', 'abstain')),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    FOREIGN KEY (meeting_id, item) REFERENCES agenda_items (meeting_id, item)
);
CREATE INDEX item_votes_by_item ON item_votes (meeting_id, item, member_id, id);
CREATE TRIGGER item_votes_append_only_update BEFORE UPDATE ON item_votes
BEGIN SELECT RAISE(ABORT, 'votes are append-only'); END;
CREATE TRIGGER item_votes_append_only_delete BEFORE DELETE ON item_votes
BEGIN SELECT RAISE(ABORT, 'votes are append-only'); END;
"""
