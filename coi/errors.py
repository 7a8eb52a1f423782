"""The one root of every exception coi raises, so a caller can catch all of coi's refusals at once.

Each of coi's exceptions derives from :class:`CoiError` and keeps the builtin base it had
before (``except ValueError`` still catches a ``VoteError``); each is defined in the module of
its stage, where it is raised. The tree (tests/test_errors.py checks that it is complete)::

    CoiError
    ├── InputRejected            coi.model             an input file failed validation: .problems
    ├── TextRejected             coi.text              (ValueError) typed or imported text refused
    ├── PolicyError              coi.policy            (ValueError) a policy file that cannot apply
    ├── PlanChanged              coi.ingest.plan       (RuntimeError) the data changed since the plan shown
    ├── SchemaTooNew             coi.store.database    (RuntimeError) a database from a newer coi
    ├── StaleAnswer              coi.store.database    (ValueError) an answer to a prompt that changed
    ├── UnknownPrompt            coi.store.database    (KeyError) no prompt with that key
    ├── StaleScreening           coi.store.database    (RuntimeError) the data changed while screening
    ├── ThreadClosed             coi.store.database    (ValueError) a thread already answered finally
    ├── ChainKeyError            coi.store.chain       (RuntimeError) the chain's key missing or not its own
    ├── ChainBroken              coi.store.chain       (RuntimeError) the hash chain does not verify
    ├── BackupError              coi.store.backup      (RuntimeError) a backup that cannot be made or restored
    ├── UnsafeTarget             coi.store.files       (ValueError) a file coi will not write through
    ├── NotTheDemo               coi.store.demo_guard  (RuntimeError) the demo kept out of a real database
    ├── Forbidden                coi.decisions.access  (PermissionError) the account may not do this
    ├── AccountError             coi.decisions.accounts (ValueError) an account change refused
    ├── SavesLimited             coi.decisions.views   (ValueError) too many saves of disclosures in an hour
    ├── UnsavedEdits             coi.decisions.views   (ValueError) disclosures edited but not saved
    ├── MeetingError             coi.decisions.meetings (ValueError) a meeting that cannot be stored as asked
    └── VoteError                coi.decisions.votes   (ValueError) a motion or vote that cannot be recorded
        └── RollCallIncomplete   coi.decisions.votes   a roll call with a remaining member's row empty
"""

from __future__ import annotations


class CoiError(Exception):
    """Something coi refuses or cannot do; the message says what, and what to do, in plain words."""


__all__ = ["CoiError"]
