"""The schema's history, applied by ``coi.store.database``: script *n* takes a database from
``PRAGMA user_version`` *n-1* to *n*, in one transaction. Append only — never edit a
released script (databases in the field already ran it); add ``v000N_<what>.py`` and list it."""

from coi.store.migrations import (
    v0001_initial,
    v0002_accounts,
    v0003_confirmations,
    v0004_recusal_votes,
    v0005_meetings,
    v0006_chain,
    v0007_sessions,
    v0008_held_prompts,
    v0009_demo_marker,
    v0010_chain_keyed,
    v0011_decision_errors,
    v0012_prompt_threads,
    v0013_judgements,
    v0014_notifications,
    v0015_motions,
    v0016_provenance,
    v0017_screened_data,
)

MIGRATIONS: tuple[str, ...] = (
    v0001_initial.SCRIPT,
    v0002_accounts.SCRIPT,
    v0003_confirmations.SCRIPT,
    v0004_recusal_votes.SCRIPT,
    v0005_meetings.SCRIPT,
    v0006_chain.SCRIPT,
    v0007_sessions.SCRIPT,
    v0008_held_prompts.SCRIPT,
    v0009_demo_marker.SCRIPT,
    v0010_chain_keyed.SCRIPT,
    v0011_decision_errors.SCRIPT,
    v0012_prompt_threads.SCRIPT,
    v0013_judgements.SCRIPT,
    v0014_notifications.SCRIPT,
    v0015_motions.SCRIPT,
    v0016_provenance.SCRIPT,
    v0017_screened_data.SCRIPT,
)

__all__ = ["MIGRATIONS"]
