"""Ingest: CONTRACT.md's files read, checked and turned into model records."""
