"""Schema version 16 (issue 15, item 4): provenance with every screening, and the Panel's
chosen policy. Released: never edit; add the next version instead.

- ``screen_runs.policy_sha256`` and ``screen_runs.weights_version``: the SHA-256 of the policy
  file a run screened with and the version of the matcher's trained weights
  (coi.names.evidence.weights_version), shown on the report's cover. NULL for runs made before
  this version: they read as "not recorded".
- ``panel_policy``: the policy the Panel chose (``coi rescreen --policy FILE``), kept as the
  file's own text with its SHA-256, so every later screening — the dashboard's among them —
  applies exactly it, wherever the file was. ``source`` NULL: the policy shipped with coi (a
  choice to go back to it). Append-only: the latest row is in force, the earlier ones are its
  history.
"""

SCRIPT = """
ALTER TABLE screen_runs ADD COLUMN policy_sha256 TEXT;
ALTER TABLE screen_runs ADD COLUMN weights_version TEXT;

CREATE TABLE panel_policy (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    source    TEXT,
    chosen_at TEXT NOT NULL,
    chosen_by TEXT NOT NULL
);
CREATE TRIGGER panel_policy_no_update BEFORE UPDATE ON panel_policy
BEGIN SELECT RAISE(ABORT, 'panel_policy is append-only'); END;
CREATE TRIGGER panel_policy_no_delete BEFORE DELETE ON panel_policy
BEGIN SELECT RAISE(ABORT, 'panel_policy is append-only'); END;
"""
