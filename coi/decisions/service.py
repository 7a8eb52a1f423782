"""The actions a user takes, as one function each, shared by the CLI and the dashboard:
they join the pure core (graph, screen) to the store, one user action per call. Each takes
the acting account and asks :func:`coi.decisions.access.require` first."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from coi.decisions.access import Permission, require, require_scope
from coi.decisions.accounts import Account
from coi.graph import build_graph
from coi.heap import without_cycle_collection
from coi.ingest import records as ingest
from coi.ingest.plan import ImportPlan
from coi.model import Disclosure, ImportKind, Loaded, Member, Party
from coi.names.evidence import weights_version
from coi.policy import Policy, PolicyError, load_policy, policy_from_bytes
from coi.screen import Screener, ScreeningResult, docket_corpus, screen_docket
from coi.store import screenings
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
    own = actor.member_id if actor.member_id is not None and scope == actor.member_id else None
    reason = (ScreeningReason.member_edit(own, actor.username) if own is not None
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
    @without_cycle_collection()  # (coi.heap: a quarter of the time at 100,000 parties)
    def attempt() -> ScreeningResult:
        version, panel, parties = store.screening_input()
        screener = Screener.build(build_graph(panel, policy, as_of=as_of), policy, corpus=docket_corpus(parties))
        tick = (lambda n: progress(n, len(parties))) if progress is not None else None
        result = screen_docket(parties, screener, progress=tick)
        store.save_screening(result, as_of=as_of, policy=policy.name, threshold=policy.prompt_threshold,
                             actor=actor, reason=reason, data_version=version, policy_sha256=policy.sha256,
                             weights_version=weights_version())
        return result

    for _ in range(SNAPSHOT_ATTEMPTS):
        try:
            return attempt()
        except StaleScreening:
            continue
    with store.transaction():
        return attempt()


def choose_policy(store: Store, account: Account | None, path: str | os.PathLike | None) -> Policy:
    """Make the policy file at ``path`` (None: the one shipped with coi) the Panel's, so that
    every later screening without a file of its own — the dashboard's among them — applies it
    (:func:`policy_in_force`). Kept in the database as the file's text with its SHA-256, so it
    is applied exactly as chosen wherever the file goes, and audited; choosing the policy
    already in force changes nothing. Returns the policy."""
    actor = require(store, account, Permission.SCREEN).username
    if path is None:
        policy, source = load_policy(), None
    else:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise PolicyError(f"{path}: cannot read the policy file ({exc.strerror})") from exc
        policy = policy_from_bytes(raw, str(path))
        source = raw.decode("utf-8")  # policy_from_bytes decoded it already: valid UTF-8
    with store.transaction() as conn:
        current = screenings.chosen_policy(conn)
        if source is None:
            unchanged = current is None or current.shipped
        else:
            unchanged = current is not None and not current.shipped and current.sha256 == policy.sha256
        if unchanged:
            return policy
        screenings.insert_policy_choice(conn, screenings.ChosenPolicy(policy.name, policy.sha256, source,
                                                                      store.now(), actor))
        store.audit(screenings.POLICY_CHOSEN, actor, {"name": policy.name, "sha256": policy.sha256,
                                           "shipped": source is None, "file": None if path is None else str(path)})
    return policy


def policy_in_force(store: Store, path: str | os.PathLike | None = None) -> Policy:
    """The policy a screening applies: the file at ``path`` when one is given (``--policy``),
    else the one the Panel chose (:func:`choose_policy`), else the one shipped with coi."""
    if path is not None:
        return load_policy(Path(path))
    with store.reading() as conn:
        chosen = screenings.chosen_policy(conn)
    if chosen is None or chosen.source is None:
        return load_policy()
    return policy_from_bytes(chosen.source.encode("utf-8"), f"the Panel's policy {chosen.name!r}")


def fingerprint(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes: the same file imported twice is known as such."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


#: The kinds the store plans and imports (:attr:`coi.model.ImportKind.replaces`).
IMPORT_KINDS = tuple(k for k in ImportKind if k.replaces)


def plan_import(store: Store, account: Account | None, kind: ImportKind,
                records: Sequence[Member] | Sequence[Disclosure] | Sequence[Party], *, source: str,
                fingerprint: str, retire_member_entries: bool = False) -> ImportPlan:
    """What importing a validated roster, disclosures or docket would do now, row by row
    (nothing is written): shown to a person, who confirms it before anything is retired."""
    require(store, account, Permission.IMPORT_FILES)
    kind = _check_kind(kind)
    return store.plan_import(kind, records, source=source, fingerprint=fingerprint,
                             retire_member_entries=retire_member_entries)


def import_records(store: Store, account: Account | None, kind: ImportKind,
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
    kind = _check_kind(kind)
    if plan is not None:
        retire_member_entries = plan.retire_member_entries
    if kind is ImportKind.MEMBERS:
        if retire_member_entries:
            raise ValueError("retiring ties entered in the dashboard applies to disclosures only")
        return store.import_members(cast(Sequence[Member], records), source=source, fingerprint=fingerprint,
                                    actor=actor, expect=plan)
    if kind is ImportKind.DISCLOSURES:
        return store.import_disclosures(cast(Sequence[Disclosure], records), source=source, fingerprint=fingerprint,
                                        actor=actor, expect=plan,
                                        retire_member_entries=retire_member_entries)
    if retire_member_entries:
        raise ValueError("retiring ties entered in the dashboard applies to disclosures only")
    # ``kind`` (checked above) names the records' type: the casts say which one
    return store.import_docket(cast(Sequence[Party], records), source=source, fingerprint=fingerprint, actor=actor,
                               expect=plan)


def _check_kind(kind: ImportKind | str) -> ImportKind:
    """``kind`` as the vocabulary's word, when the store imports it; else a ValueError naming those it does."""
    if kind not in IMPORT_KINDS:
        raise ValueError(f"unknown import kind {kind!r}: use one of {', '.join(IMPORT_KINDS)}")
    return ImportKind(kind)


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
    return plan_import(store, account, ImportKind.DOCKET, loaded.records, source=source, fingerprint=fingerprint(path)), loaded


def import_docket_file(store: Store, account: Account | None, path: str | os.PathLike, *, source: str,
                       encoding: ingest.EncodingChoice = None, plan: ImportPlan | None = None) -> tuple[ImportResult, Loaded]:
    """Validate a docket file whole and import it in one transaction: every problem raises
    :class:`coi.model.InputRejected` and nothing changes. ``plan``: the plan
    (:func:`plan_docket_file`) a person confirmed, applied only if it is still what the
    import does (else PlanChanged). Returns the import's result and what the file held
    (its parties and warnings, e.g. invisible characters removed)."""
    require(store, account, Permission.IMPORT_FILES)
    loaded = read_uploaded_docket(path, encoding=encoding)
    result = import_records(store, account, ImportKind.DOCKET, loaded.records, source=source, fingerprint=fingerprint(path),
                            plan=plan)
    return result, loaded


def audit_entries(store: Store, account: Account | None, limit: int | None = 500, *,
                  action: str | None = None) -> list[AuditEntry]:
    """The latest entries of the audit log, newest first (staff: it names who did what)."""
    require(store, account, Permission.SEE_AUDIT)
    return store.audit_log(limit, action=action)
