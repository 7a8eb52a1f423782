"""Schema version 7: server-side sign-in sessions, the sign-in throttle, forced password
changes and single sign-on identities (issue 11, items 9-12). Released: never edit; add the
next version instead.

- ``sessions``: one row per dashboard session. The browser holds a random token in an
  HttpOnly cookie; only its SHA-256 is kept here, so a copy of the database signs nobody in.
- ``sign_in_throttle``: per username, the refused attempts in a row and the earliest time
  the next attempt is heard — written in the same transaction as the check, before any
  password is hashed. A username that names no account is kept only as a keyed hash.
- ``accounts.must_change_password``: set by an administrator's reset.
- ``accounts.oidc_issuer``/``oidc_subject``: the single sign-on identity an account was
  bound to on first use; one identity, one account.
"""

SCRIPT = """
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));
ALTER TABLE accounts ADD COLUMN oidc_issuer TEXT;
ALTER TABLE accounts ADD COLUMN oidc_subject TEXT;
CREATE UNIQUE INDEX accounts_one_per_oidc_identity ON accounts (oidc_issuer, oidc_subject)
    WHERE oidc_subject IS NOT NULL;

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
    username   TEXT NOT NULL REFERENCES accounts (username),
    via        TEXT NOT NULL CHECK (via IN ('password', 'openid connect', 'hand-over')),
    created_at TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    ended_at   TEXT,
    ended_why  TEXT
);
CREATE INDEX sessions_open_by_username ON sessions (username) WHERE ended_at IS NULL;

CREATE TABLE sign_in_throttle (
    key        TEXT PRIMARY KEY,
    failures   INTEGER NOT NULL CHECK (failures >= 0),
    not_before REAL NOT NULL
);
"""
