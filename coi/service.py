"""The actions a user takes, as one function each, shared by the CLI and the dashboard:
they join the pure core (graph, screen) to the store, one user action per call. Each takes
the acting account and asks :func:`coi.access.require` first."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Sequence

from coi import ingest
from coi.access import Permission, require, require_scope
from coi.accounts import Account
from coi.graph import build_graph
from coi.model import Disclosure, Loaded, Member, Party
from coi.policy import Policy
from coi.screen import Screener, ScreeningResult, screen_docket
from coi.store import AuditEntry, ImportResult, ScreeningReason, Store


def screen_stored(store: Store, account: Account | None, policy: Policy, as_of: dt.date, *,
                  progress: Callable[[int, int], None] | None = None) -> ScreeningResult:
    """Screen every stored case against the stored Panel and keep the prompts with their
    evidence; prompts no longer raised are withdrawn, never deleted, so answers stay.
    ``progress`` is called with (parties done, parties in all)."""
    actor = require(store, account, Permission.SCREEN).username
    return _screen(store, policy, as_of, actor, progress)


def screen_after_edit(store: Store, account: Account | None, policy: Policy, as_of: dt.date, *,
                      member_id: str | None = None) -> ScreeningResult:
    """Screen again after ``member_id``'s disclosures were edited (a member: their own), so
    the edit's prompts are there at once. Allowed to whoever may edit those disclosures. A
    member's own edit screens as such (:class:`ScreeningReason`): the prompts it opens on
    confidential parties and those it withdraws are held for staff."""
    actor, scope = require_scope(store, account, Permission.EDIT_OWN_DISCLOSURES, Permission.EDIT_ALL_DISCLOSURES,
                                 member_id=member_id)
    own = actor.member_id is not None and scope == actor.member_id
    reason = (ScreeningReason.member_edit(actor.member_id, actor.username) if own
              else ScreeningReason.staff(actor.username, "disclosure edit"))
    return _screen(store, policy, as_of, actor.username, None, reason)


def _screen(store: Store, policy: Policy, as_of: dt.date, actor: str,
            progress: Callable[[int, int], None] | None, reason: ScreeningReason | None = None) -> ScreeningResult:
    panel = store.panel()
    screener = Screener.build(build_graph(panel, policy, as_of=as_of), policy)
    parties = store.parties()
    tick = (lambda n: progress(n, len(parties))) if progress is not None else None
    result = screen_docket(parties, screener, progress=tick)
    store.save_screening(result, as_of=as_of, policy=policy.name, threshold=policy.prompt_threshold, actor=actor,
                         reason=reason)
    return result


def fingerprint(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes: the same file imported twice is known as such."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_records(store: Store, account: Account | None, kind: str,
                   records: Sequence[Member] | Sequence[Disclosure] | Sequence[Party], *, source: str,
                   fingerprint: str) -> ImportResult:
    """Store a validated roster, disclosures or docket (``kind``: members, disclosures,
    docket) in one transaction, as :meth:`Store.import_members` and the like do."""
    actor = require(store, account, Permission.IMPORT_FILES).username
    importer = {"members": store.import_members, "disclosures": store.import_disclosures,
                "docket": store.import_docket}[kind]
    return importer(records, source=source, fingerprint=fingerprint, actor=actor)


def import_docket_file(store: Store, account: Account | None, path: str | os.PathLike, *, source: str,
                       encoding: str | None = None) -> tuple[ImportResult, Loaded]:
    """Validate a docket file whole and import it in one transaction: every problem raises
    :class:`coi.model.InputRejected` and nothing changes. Returns the import's result and
    what the file held (its parties and warnings, e.g. invisible characters removed)."""
    require(store, account, Permission.IMPORT_FILES)
    loaded = ingest.load_docket(path, encoding=encoding)
    result = import_records(store, account, "docket", loaded.records, source=source, fingerprint=fingerprint(path))
    return result, loaded


def audit_entries(store: Store, account: Account | None, limit: int | None = 500, *,
                  action: str | None = None) -> list[AuditEntry]:
    """The latest entries of the audit log, newest first (staff: it names who did what)."""
    require(store, account, Permission.SEE_AUDIT)
    return store.audit_log(limit, action=action)
