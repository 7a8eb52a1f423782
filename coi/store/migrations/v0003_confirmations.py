"""Schema version 3: a member's confirmation that their disclosures are complete, renewed
from time to time; append-only (the latest row is the date shown). Released: never edit."""

SCRIPT = """
CREATE TABLE disclosure_confirmations (
    id           INTEGER PRIMARY KEY,
    member_id    TEXT NOT NULL REFERENCES members (member_id),
    confirmed_at TEXT NOT NULL,
    confirmed_by TEXT NOT NULL
);
CREATE INDEX disclosure_confirmations_by_member ON disclosure_confirmations (member_id, id);
CREATE TRIGGER disclosure_confirmations_append_only_update BEFORE UPDATE ON disclosure_confirmations
BEGIN SELECT RAISE(ABORT, 'disclosure confirmations are append-only'); END;
CREATE TRIGGER disclosure_confirmations_append_only_delete BEFORE DELETE ON disclosure_confirmations
BEGIN SELECT RAISE(ABORT, 'disclosure confirmations are append-only'); END;
"""
