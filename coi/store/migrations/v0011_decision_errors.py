"""Schema version 11: an answer marked as entered in error (issue 12, item 3). A member who
finds an answer recorded that they did not mean (a double-click that landed on the next
card) marks it; nothing is deleted or changed: a new row says which decision, who marked it
and when, and the prompt counts as unanswered again until the member answers it. The rows
are append-only and hash-chained (coi.store.chain) like the decisions they mark. Released: never
edit; add the next version instead."""

from coi.store.chain import trigger_script

SCRIPT = """
CREATE TABLE decision_errors (
    id          INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
    prompt_key  TEXT NOT NULL REFERENCES prompts (key),
    member_id   TEXT NOT NULL REFERENCES members (member_id),
    marked_by   TEXT NOT NULL,
    marked_at   TEXT NOT NULL
);
CREATE INDEX decision_errors_by_prompt ON decision_errors (prompt_key, id);
CREATE TRIGGER decision_errors_match BEFORE INSERT ON decision_errors
WHEN NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = NEW.decision_id AND d.prompt_key = NEW.prompt_key
                 AND d.member_id = NEW.member_id)
BEGIN
    SELECT RAISE(ABORT, 'decision_errors: the decision marked is not this prompt''s and member''s');
END;
CREATE TRIGGER decision_errors_no_update BEFORE UPDATE ON decision_errors
BEGIN
    SELECT RAISE(ABORT, 'decision_errors is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER decision_errors_no_delete BEFORE DELETE ON decision_errors
BEGIN
    SELECT RAISE(ABORT, 'decision_errors is append-only: add a new row instead of changing or deleting one');
END;
""" + trigger_script("decision_errors")
