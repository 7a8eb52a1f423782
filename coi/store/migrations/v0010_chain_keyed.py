"""Schema version 10: the chain keyed and extended to what the removal-exposure audit reads
(issue 12, items 6 and 7). Released: never edit; add the next version instead.

- ``prompt_facts``: append-only and chained; a row each time a prompt's facts change (new,
  tier, category, status, or what its member is shown of it: party, category and evidence as
  coi.redaction shows them to the member — never a confidential party's name). The audit
  (coi.decisions.meetings.exposure_audit) reads these, not the mutable ``prompts`` row.
- ``decisions.answered``: what the answer answered (JSON: the prompt's fact row, case,
  member, category, tier, party as the member was shown it).
- ``item_votes.case_id``: the case of the agenda item voted on, as it was when the vote was
  recorded (the audit reads it, not the agenda).
- every chain trigger recomputed with ``coi_chain_mac``: HMAC-SHA256 with the key kept
  outside the database (coi.store.chain). The upgrade itself (coi.store.database) verifies the unkeyed
  chain, fills the new columns and facts for rows already there, and re-keys every link.
"""

SCRIPT = """
ALTER TABLE decisions ADD COLUMN answered TEXT;
ALTER TABLE item_votes ADD COLUMN case_id TEXT;
CREATE TABLE prompt_facts (
    id          INTEGER PRIMARY KEY,
    prompt_key  TEXT NOT NULL REFERENCES prompts (key),
    case_id     TEXT NOT NULL,
    member_id   TEXT NOT NULL,
    category    TEXT NOT NULL,
    tier        TEXT NOT NULL CHECK (tier IN ('statutory', 'advisory')),
    status      TEXT NOT NULL CHECK (status IN ('open', 'withdrawn')),
    shown       TEXT NOT NULL,  -- JSON: the prompt as its member is shown it (coi.redaction)
    run_id      INTEGER REFERENCES screen_runs (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX prompt_facts_by_prompt ON prompt_facts (prompt_key, id);
CREATE INDEX prompt_facts_by_case ON prompt_facts (case_id, member_id, id);
CREATE TRIGGER prompt_facts_no_update BEFORE UPDATE ON prompt_facts
BEGIN
    SELECT RAISE(ABORT, 'prompt_facts is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER prompt_facts_no_delete BEFORE DELETE ON prompt_facts
BEGIN
    SELECT RAISE(ABORT, 'prompt_facts is append-only: add a new row instead of changing or deleting one');
END;
DROP TRIGGER decisions_chained;
DROP TRIGGER audit_log_chained;
DROP TRIGGER recusal_motions_chained;
DROP TRIGGER recusal_votes_chained;
DROP TRIGGER item_votes_chained;

CREATE TRIGGER decisions_chained AFTER INSERT ON decisions
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('decisions', NEW.id, coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000'), coi_chain_mac(coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') || '|decisions|' || NEW.id || '|' || json_array(NEW.id, NEW.prompt_key, NEW.member_id, NEW.answer, NEW.reason, NEW.decided_by, NEW.decided_at, NEW.answered)));
END;

CREATE TRIGGER audit_log_chained AFTER INSERT ON audit_log
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('audit_log', NEW.id, coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000'), coi_chain_mac(coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') || '|audit_log|' || NEW.id || '|' || json_array(NEW.id, NEW.at, NEW.actor, NEW.action, NEW.detail)));
END;

CREATE TRIGGER recusal_motions_chained AFTER INSERT ON recusal_motions
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('recusal_motions', NEW.id, coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000'), coi_chain_mac(coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') || '|recusal_motions|' || NEW.id || '|' || json_array(NEW.id, NEW.case_id, NEW.member_id, NEW.moved_by, NEW.note, NEW.recorded_at, NEW.recorded_by)));
END;

CREATE TRIGGER recusal_votes_chained AFTER INSERT ON recusal_votes
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('recusal_votes', NEW.id, coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000'), coi_chain_mac(coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') || '|recusal_votes|' || NEW.id || '|' || json_array(NEW.id, NEW.motion_id, NEW.voter_id, NEW.vote, NEW.recorded_at, NEW.recorded_by)));
END;

CREATE TRIGGER item_votes_chained AFTER INSERT ON item_votes
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('item_votes', NEW.id, coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000'), coi_chain_mac(coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') || '|item_votes|' || NEW.id || '|' || json_array(NEW.id, NEW.meeting_id, NEW.item, NEW.member_id, NEW.vote, NEW.recorded_at, NEW.recorded_by, NEW.case_id)));
END;

CREATE TRIGGER prompt_facts_chained AFTER INSERT ON prompt_facts
BEGIN
    INSERT INTO chain (tbl, row_id, prev, hash)
    VALUES ('prompt_facts', NEW.id, coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000'), coi_chain_mac(coalesce((SELECT hash FROM chain ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') || '|prompt_facts|' || NEW.id || '|' || json_array(NEW.id, NEW.prompt_key, NEW.case_id, NEW.member_id, NEW.category, NEW.tier, NEW.status, NEW.shown, NEW.run_id, NEW.recorded_at)));
END;
"""
