"""Schema version 6: the hash chain over decisions, votes and the audit log (coi.chain).
Rows written before this version are chained once, in Python, when the store opens it.
Released: never edit; add the next version instead."""

from coi.chain import migration_script

SCRIPT = migration_script()
