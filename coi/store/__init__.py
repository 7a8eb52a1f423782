"""The store: the SQLite database (database.Store), its schema and migrations, the hash chain, backups,
and the SQL of the tables the decisions and the dashboard keep (accounts, sessions, meetings, votes,
confirmations) — the only SQL in coi (tests/test_sql_only_in_store.py keeps it so)."""
