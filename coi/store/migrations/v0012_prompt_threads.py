"""Schema version 12: the conversation on a prompt answered unsure (issue 14, item 3). A
member's unsure answer opens a thread on the prompt; staff advise in it and the member may
ask, until the member answers finally. Each entry says whose prompt, the unsure answer it was
written on (so a thread reads in order whatever the clock), who wrote it (as which role) and when; entries are append-only — a correction is a new entry. The answers themselves
stay in ``decisions``; a thread is those answers and these entries in order; entries are
hash-chained (coi.store.chain) like the answers. Released: never edit; add the next version instead."""

from coi.store.chain import trigger_script

SCRIPT = """
CREATE TABLE thread_entries (
    id          INTEGER PRIMARY KEY,
    prompt_key  TEXT NOT NULL REFERENCES prompts (key),
    member_id   TEXT NOT NULL REFERENCES members (member_id),
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    author      TEXT NOT NULL,
    author_role TEXT NOT NULL CHECK (author_role IN ('member', 'staff')),
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    written_at  TEXT NOT NULL
);
CREATE INDEX thread_entries_by_prompt ON thread_entries (prompt_key, id);
CREATE TRIGGER thread_entries_match BEFORE INSERT ON thread_entries
WHEN NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = NEW.decision_id AND d.prompt_key = NEW.prompt_key
                 AND d.member_id = NEW.member_id AND d.answer = 'unsure')
BEGIN
    SELECT RAISE(ABORT, 'thread_entries: the entry is not on this prompt''s and member''s unsure answer');
END;
CREATE TRIGGER thread_entries_no_update BEFORE UPDATE ON thread_entries
BEGIN
    SELECT RAISE(ABORT, 'thread_entries is append-only: add a new entry instead of changing or deleting one');
END;
CREATE TRIGGER thread_entries_no_delete BEFORE DELETE ON thread_entries
BEGIN
    SELECT RAISE(ABORT, 'thread_entries is append-only: add a new entry instead of changing or deleting one');
END;
""" + trigger_script("thread_entries")
