"""Schema version 9: the demo's marker. A database the demo was loaded into while it was
empty says so (``demo_marker``), and lists what the demo made in it (``demo_made``: its
imports and its accounts), so that ``coi demo`` never loads over a real Panel's data and
the dashboard knows a demo database from a real one (coi.store.demo_guard). Released: never edit;
add the next version instead."""

SCRIPT = """
CREATE TABLE demo_marker (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    marked_at TEXT NOT NULL,
    marked_by TEXT NOT NULL
);
CREATE TABLE demo_made (
    kind TEXT NOT NULL CHECK (kind IN ('import', 'account')),
    ref  TEXT NOT NULL,
    PRIMARY KEY (kind, ref)
);
"""
