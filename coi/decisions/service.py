"""The actions a user takes, as one function each, shared by the CLI and the dashboard:
they join the pure core (graph, screen) to the store, one user action per call. Each takes
the acting account and asks :func:`coi.decisions.access.require` first."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Sequence

from coi.ingest import records as ingest
from coi.decisions.access import Permission, require, require_scope
from coi.decisions.accounts import Account
from coi.graph import build_graph
from coi.ingest.plan import ImportPlan
from coi.model import Disclosure, Loaded, Member, Party
from coi.policy import Policy
from coi.screen import Screener, ScreeningResult, docket_corpus, screen_docket
from coi.store.database import AuditEntry, ImportResult, ScreeningReason, StaleScreening, Store


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


#: Screenings from a snapshot that may be overtaken by a change before they save (each is then
#: thrown away and run again); after these, one runs holding the write lock, which nothing overtakes.
SNAPSHOT_ATTEMPTS = 3


def _screen(store: Store, policy: Policy, as_of: dt.date, actor: str,
            progress: Callable[[int, int], None] | None, reason: ScreeningReason | None = None) -> ScreeningResult:
    """Screen the stored docket from one consistent snapshot and save the result only if the
    data has not changed since (else screen again): a screening of older data must never
    withdraw a prompt that newer data raises. A long screening runs without the write lock,
    so answers and sign-ins are not held up; if it is overtaken every time, the last attempt
    reads, screens and saves in one write transaction."""
    def attempt() -> ScreeningResult:
        version, panel, parties = store.screening_input()
        screener = Screener.build(build_graph(panel, policy, as_of=as_of), policy, corpus=docket_corpus(parties))
        tick = (lambda n: progress(n, len(parties))) if progress is not None else None
        result = screen_docket(parties, screener, progress=tick)
        store.save_screening(result, as_of=as_of, policy=policy.name, threshold=policy.prompt_threshold,
                             actor=actor, reason=reason, data_version=version)
        return result

    for _ in range(SNAPSHOT_ATTEMPTS):
        try:
            return attempt()
        except StaleScreening:
            continue
    with store.transaction():
        return attempt()


def fingerprint(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes: the same file imported twice is known as such."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


IMPORT_KINDS = ("members", "disclosures", "docket")


def plan_import(store: Store, account: Account | None, kind: str,
                records: Sequence[Member] | Sequence[Disclosure] | Sequence[Party], *, source: str,
                fingerprint: str, retire_member_entries: bool = False) -> ImportPlan:
    """What importing a validated roster, disclosures or docket would do now, row by row
    (nothing is written): shown to a person, who confirms it before anything is retired."""
    require(store, account, Permission.IMPORT_FILES)
    _check_kind(kind)
    return store.plan_import(kind, records, source=source, fingerprint=fingerprint,
                             retire_member_entries=retire_member_entries)


def import_records(store: Store, account: Account | None, kind: str,
                   records: Sequence[Member] | Sequence[Disclosure] | Sequence[Party], *, source: str,
                   fingerprint: str, plan: ImportPlan | None = None,
                   retire_member_entries: bool = False) -> ImportResult:
    """Store a validated roster, disclosures or docket (``kind``: members, disclosures,
    docket) in one transaction, as :meth:`Store.import_members` and the like do. ``plan``:
    the plan (:func:`plan_import`) a person confirmed — the import applies exactly that, or
    raises :class:`coi.ingest.plan.PlanChanged` with the plan as it is now; without one, the
    plan is computed and applied in the same transaction (a caller that agreed to anything,
    e.g. ``coi import --yes``). Ties entered in the dashboard are kept unless
    ``retire_member_entries`` (taken from ``plan`` when one is given)."""
    actor = require(store, account, Permission.IMPORT_FILES).username
    _check_kind(kind)
    if plan is not None:
        retire_member_entries = plan.retire_member_entries
    if kind == "members":
        if retire_member_entries:
            raise ValueError("retiring ties entered in the dashboard applies to disclosures only")
        return store.import_members(records, source=source, fingerprint=fingerprint, actor=actor, expect=plan)
    if kind == "disclosures":
        return store.import_disclosures(records, source=source, fingerprint=fingerprint, actor=actor, expect=plan,
                                        retire_member_entries=retire_member_entries)
    if retire_member_entries:
        raise ValueError("retiring ties entered in the dashboard applies to disclosures only")
    return store.import_docket(records, source=source, fingerprint=fingerprint, actor=actor, expect=plan)


def _check_kind(kind: str) -> None:
    if kind not in IMPORT_KINDS:
        raise ValueError(f"unknown import kind {kind!r}: use one of {', '.join(IMPORT_KINDS)}")


def read_uploaded_docket(path: str | os.PathLike, *, encoding: ingest.EncodingChoice = None) -> Loaded:
    """Validate an uploaded docket file in a worker process under CPU-time, memory and time
    limits (:mod:`coi.ingest.worker`): a hostile or enormous file is refused with a plain message
    and cannot stall the dashboard for the others using it."""
    from coi.ingest.worker import read_bounded

    return read_bounded(ingest.load_docket, path, encoding=encoding)


def plan_docket_file(store: Store, account: Account | None, path: str | os.PathLike, *, source: str,
                     encoding: ingest.EncodingChoice = None) -> tuple[ImportPlan, Loaded]:
    """Validate a docket file whole and say what importing it would do (nothing is
    written): every problem raises :class:`coi.model.InputRejected`. Returns the plan and
    what the file held (its parties and warnings)."""
    require(store, account, Permission.IMPORT_FILES)
    loaded = read_uploaded_docket(path, encoding=encoding)
    return plan_import(store, account, "docket", loaded.records, source=source, fingerprint=fingerprint(path)), loaded


def import_docket_file(store: Store, account: Account | None, path: str | os.PathLike, *, source: str,
                       encoding: ingest.EncodingChoice = None, plan: ImportPlan | None = None) -> tuple[ImportResult, Loaded]:
    """Validate a docket file whole and import it in one transaction: every problem raises
    :class:`coi.model.InputRejected` and nothing changes. ``plan``: the plan
    (:func:`plan_docket_file`) a person confirmed, applied only if it is still what the
    import does (else PlanChanged). Returns the import's result and what the file held
    (its parties and warnings, e.g. invisible characters removed)."""
    require(store, account, Permission.IMPORT_FILES)
    loaded = read_uploaded_docket(path, encoding=encoding)
    result = import_records(store, account, "docket", loaded.records, source=source, fingerprint=fingerprint(path),
                            plan=plan)
    return result, loaded


def audit_entries(store: Store, account: Account | None, limit: int | None = 500, *,
                  action: str | None = None) -> list[AuditEntry]:
    """The latest entries of the audit log, newest first (staff: it names who did what)."""
    require(store, account, Permission.SEE_AUDIT)
    return store.audit_log(limit, action=action)
