"""Schema version 1: the roster, disclosures, docket, screening runs and prompts, the
append-only decisions and audit log. Released: never edit; add the next version instead."""

SCRIPT = """
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('members', 'disclosures', 'docket')),
    source      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    records     INTEGER NOT NULL,
    added       INTEGER NOT NULL,
    changed     INTEGER NOT NULL,
    retired     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL
);
CREATE INDEX imports_by_kind ON imports (kind, id);

CREATE TABLE members (
    member_id     TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    appointed_by  TEXT NOT NULL CHECK (appointed_by IN ('Governor', 'Attorney General')),
    seat          TEXT,
    term_start    TEXT,
    term_end      TEXT,
    date_of_birth TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    source_row    INTEGER,
    import_id     INTEGER REFERENCES imports (id)
);

CREATE TABLE disclosures (
    id                INTEGER PRIMARY KEY,
    member_id         TEXT NOT NULL REFERENCES members (member_id),
    relation          TEXT NOT NULL,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    via               TEXT,
    aliases           TEXT NOT NULL DEFAULT '[]',  -- JSON array of names
    date_of_birth     TEXT,
    since             TEXT,
    until             TEXT,
    role              TEXT,
    notes             TEXT,
    source_row        INTEGER,
    import_id         INTEGER REFERENCES imports (id),
    retired_at        TEXT,  -- NULL while current; set when a later import replaces the row
    retired_by_import INTEGER REFERENCES imports (id)
);
CREATE INDEX disclosures_current ON disclosures (member_id) WHERE retired_at IS NULL;

CREATE TABLE cases (
    case_id      TEXT PRIMARY KEY,
    case_type    TEXT,
    stage        TEXT,
    meeting_date TEXT,
    import_id    INTEGER REFERENCES imports (id)
);

CREATE TABLE parties (
    id                INTEGER PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES cases (case_id),
    name              TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('respondent', 'complainant', 'agency', 'witness',
                                                    'attorney', 'victim', 'other')),
    kind              TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    affiliations      TEXT NOT NULL DEFAULT '[]',  -- JSON array of organization names
    date_of_birth     TEXT,
    confidential      INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    source_row        INTEGER,
    import_id         INTEGER REFERENCES imports (id),
    retired_at        TEXT,
    retired_by_import INTEGER REFERENCES imports (id)
);
CREATE INDEX parties_current ON parties (case_id) WHERE retired_at IS NULL;

CREATE TABLE screen_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    as_of       TEXT NOT NULL,
    policy      TEXT NOT NULL,
    threshold   REAL NOT NULL,
    parties     INTEGER NOT NULL,
    cases       INTEGER NOT NULL,
    prompts     INTEGER NOT NULL,
    opened      INTEGER NOT NULL,  -- prompts raised for the first time (or again after withdrawal)
    withdrawn   INTEGER NOT NULL,
    actor       TEXT NOT NULL
);

CREATE TABLE prompts (
    key                 TEXT PRIMARY KEY,  -- Prompt.key: stable across re-screenings
    case_id             TEXT NOT NULL REFERENCES cases (case_id),
    member_id           TEXT NOT NULL REFERENCES members (member_id),
    member_name         TEXT NOT NULL,
    party_name          TEXT NOT NULL,
    party_role          TEXT NOT NULL,
    party_kind          TEXT NOT NULL,
    party_affiliations  TEXT NOT NULL DEFAULT '[]',
    party_date_of_birth TEXT,
    party_confidential  INTEGER NOT NULL CHECK (party_confidential IN (0, 1)),
    category            TEXT NOT NULL,
    tier                TEXT NOT NULL CHECK (tier IN ('statutory', 'advisory')),
    score               REAL NOT NULL,
    matched_name        TEXT NOT NULL,
    path                TEXT NOT NULL,  -- JSON [[relation, name], ...] from the member to the party
    basis               TEXT NOT NULL,
    evidence            TEXT NOT NULL,  -- JSON {query, matched, score, components, reason}
    tie_key             TEXT NOT NULL,
    first_run           INTEGER NOT NULL REFERENCES screen_runs (id),
    last_run            INTEGER NOT NULL REFERENCES screen_runs (id),
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'withdrawn'))
);
CREATE INDEX prompts_by_member ON prompts (member_id, status);
CREATE INDEX prompts_by_case ON prompts (case_id, status);

CREATE TABLE decisions (
    id         INTEGER PRIMARY KEY,
    prompt_key TEXT NOT NULL REFERENCES prompts (key),
    member_id  TEXT NOT NULL REFERENCES members (member_id),
    answer     TEXT NOT NULL CHECK (answer IN ('self_recuse', 'no_conflict', 'unsure')),
    reason     TEXT,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    CHECK (answer <> 'no_conflict' OR length(trim(coalesce(reason, ''))) > 0)
);
CREATE INDEX decisions_by_prompt ON decisions (prompt_key, id);

CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'  -- JSON object
);

-- Append-only tables: a change of mind, a correction or a re-import is a new row.
CREATE TRIGGER imports_no_update BEFORE UPDATE ON imports
BEGIN
    SELECT RAISE(ABORT, 'imports is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER imports_no_delete BEFORE DELETE ON imports
BEGIN
    SELECT RAISE(ABORT, 'imports is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: add a new row instead of changing or deleting one');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: add a new row instead of changing or deleting one');
END;
"""
