"""The store: the SQLite database, its schema and migrations, the hash chain, backups — the only SQL."""
