"""Schema version 6: the hash chain over decisions, votes and the audit log (coi.store.chain).
Rows written before this version are chained once, in Python, when the store opens it.
Released: never edit; add the next version instead."""

from coi.store.chain import migration_script

SCRIPT = migration_script()
