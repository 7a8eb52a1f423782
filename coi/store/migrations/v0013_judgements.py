"""Schema version 13: "not the same person" remembered (issue 14, item 7). A member's answer
*No conflict — a different person* on a name match records a judgement on (their tie, the
party's identity: normalised name, date of birth, affiliations), with the decision it was
given as. A later prompt on the same identity shows it and takes one click to confirm
(``judgement_confirmations``: which judgement a decision cited); staff revoke one with a
reason (``judgement_revocations``), after which it applies no more. Nothing is updated or
deleted; every row is hash-chained (coi.store.chain). Released: never edit; add the next version
instead."""

from coi.store.chain import trigger_script

_TABLES = ("judgements", "judgement_confirmations", "judgement_revocations")

SCRIPT = """
CREATE TABLE judgements (
    id               INTEGER PRIMARY KEY,
    member_id        TEXT NOT NULL REFERENCES members (member_id),
    tie_key          TEXT NOT NULL,
    tie_name         TEXT NOT NULL,
    party_name       TEXT NOT NULL,
    name_key         TEXT NOT NULL,
    date_of_birth    TEXT,
    affiliations     TEXT NOT NULL,
    affiliation_keys TEXT NOT NULL,
    case_id          TEXT NOT NULL,
    prompt_key       TEXT NOT NULL REFERENCES prompts (key),
    decision_id      INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
    judged_by        TEXT NOT NULL,
    judged_at        TEXT NOT NULL
);
CREATE INDEX judgements_by_identity ON judgements (member_id, tie_key, name_key);
CREATE TRIGGER judgements_match BEFORE INSERT ON judgements
WHEN NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = NEW.decision_id AND d.prompt_key = NEW.prompt_key
                 AND d.member_id = NEW.member_id AND d.answer = 'no_conflict')
BEGIN
    SELECT RAISE(ABORT, 'judgements: the decision is not this member''s answer of no conflict to this prompt');
END;
CREATE TABLE judgement_confirmations (
    id           INTEGER PRIMARY KEY,
    judgement_id INTEGER NOT NULL REFERENCES judgements (id),
    decision_id  INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
    prompt_key   TEXT NOT NULL REFERENCES prompts (key),
    confirmed_by TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
);
CREATE INDEX judgement_confirmations_by_judgement ON judgement_confirmations (judgement_id);
CREATE TABLE judgement_revocations (
    id           INTEGER PRIMARY KEY,
    judgement_id INTEGER NOT NULL UNIQUE REFERENCES judgements (id),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    revoked_by   TEXT NOT NULL,
    revoked_at   TEXT NOT NULL
);
""" + "".join(f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN
    SELECT RAISE(ABORT, '{table} is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN
    SELECT RAISE(ABORT, '{table} is append-only: add a new row instead of changing or deleting one');
END;
""" for table in _TABLES) + "".join(trigger_script(table) for table in _TABLES)
