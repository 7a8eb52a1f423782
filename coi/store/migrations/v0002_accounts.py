"""Schema version 2: sign-in accounts. A ``member`` account belongs to one member and sees
only that member's prompts and disclosures; ``staff`` see everything; ``admin`` also keep
the accounts. Passwords are stored only as scrypt hashes (coi.decisions.accounts). Released: never
edit; add the next version instead."""

SCRIPT = """
CREATE TABLE accounts (
    username      TEXT PRIMARY KEY CHECK (username = lower(trim(username)) AND length(username) BETWEEN 1 AND 64),
    role          TEXT NOT NULL CHECK (role IN ('member', 'staff', 'admin')),
    member_id     TEXT REFERENCES members (member_id),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    CHECK ((role = 'member') = (member_id IS NOT NULL))
);
CREATE UNIQUE INDEX accounts_one_per_member ON accounts (member_id) WHERE member_id IS NOT NULL;
"""
