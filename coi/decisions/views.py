"""What each account may see and do, as the dashboard shows it: every function asks
:func:`coi.decisions.access.require` (the one permission layer) first, so that no page can get the
rules wrong.

- A member sees only their own prompts, disclosures and answers; asking for another
  member's raises :class:`Forbidden`, whatever page or parameter asked.
- A member never sees a confidential party's identity: such a prompt is redacted by the
  one rule of :mod:`coi.redaction` (``[confidential]``, the category only when two of the
  member's ties yield it, the tier; no name, matched name, chain of ties or affiliation).
- Staff and admins see everything, confidential names included.
- Only the member a prompt is addressed to answers it; every answer is a new row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from coi.decisions import service
from coi.decisions.access import Forbidden, Permission, allowed, may_reveal, require, require_scope
from coi.decisions.accounts import Account
from coi.errors import CoiError
from coi.graph import build_graph
from coi.ingest import records as ingest
from coi.model import (
    Answer,
    Disclosure,
    Feature,
    InputRejected,
    Panel,
    PathStep,
    Problem,
    PromptStatus,
    cell_text,
    path_words,
)
from coi.names import fold
from coi.policy import Policy
from coi.redaction import Redactor, shown_order
from coi.settings import load_settings
from coi.store import confirmations as confirmation_rows
from coi.store.chain import order_secret
from coi.store.database import (
    PROMPT_HELD,
    PROMPT_RELEASED,
    PROMPT_WITHDRAWN_BY_EDIT,
    AuditEntry,
    ImportResult,
    StaleAnswer,
    Store,
    StoredDecision,
    StoredPrompt,
    UnknownPrompt,
)
from coi.ties_picture import COLLAPSE_OVER
from coi.ties_picture import ties_picture as draw
from coi.timefmt import stored_moment, utc_stamp

#: The columns a member edits on *My disclosures* (CONTRACT.md's, without member_id).
DISCLOSURE_FIELDS = ("relation", "name", "kind", "via", "aliases", "date_of_birth", "since", "until", "role", "notes")


@dataclass(frozen=True, slots=True)
class PromptView:
    """One prompt as a given account may see it."""

    key: str
    case_id: str
    member_id: str
    member_name: str
    party: str  # the party's name, or [confidential]
    party_role: str
    category: str  # in words: "sibling-in-law"
    tier: str
    basis: str  # the statute's words
    path: tuple[PathStep, ...]
    matched_name: str
    how: str  # the matcher's reason, or what can be said without naming the party
    score: float  # 0 when redacted: nothing of the hidden match
    status: str
    answer: Answer | None
    answered_by: str | None
    answered_at: str | None
    reason: str | None
    redacted: bool
    meeting_date: dt.date | None = None  # the meeting the case is on, when the docket says
    version: int = 0  # what an answer given on this view is checked against (StoredPrompt.version)
    struck: StoredDecision | None = None  # the latest answer, marked as entered in error (now unanswered)
    # the probability in words with its percentage and the top reasons (coi.explain); for a
    # redacted prompt the same withheld words on every card, and no features
    likelihood: str = ""
    reasons: str = ""
    features: tuple[Feature, ...] = ()
    prior: float = 0.0

    def due_in(self, today: dt.date) -> int | None:
        """Days until the case's meeting (negative: the meeting has passed); None: no date."""
        return (self.meeting_date - today).days if self.meeting_date else None

    def overdue(self, today: dt.date, *, within: int = 7) -> bool:
        """Unanswered with the meeting a week away or less (or past)."""
        due = self.due_in(today)
        return self.answer is None and due is not None and due <= within

    @property
    def path_text(self) -> str:
        return path_words(self.path)


def view_of(p: StoredPrompt, account: Account, meeting_date: dt.date | None = None,
            redactor: Redactor | None = None) -> PromptView:
    """One prompt as ``account`` may see it; a confidential party is redacted by the one rule
    (coi.redaction) unless the account may see confidential identities. ``redactor``: the
    store's (:meth:`Redactor.for_store`); without it, only this prompt's own flag is known
    and a redacted category shows no more than its tier."""
    if not account.may_see_member(p.member_id):
        raise Forbidden("this prompt is addressed to another member")
    redactor = redactor or Redactor.of(prompts=(p,), reveal=may_reveal(account))
    if redactor.reveal and not may_reveal(account):
        redactor = replace(redactor, reveal=False)
    shown = redactor.prompt(p)
    d: StoredDecision | None = p.latest_decision
    return PromptView(
        key=p.key, case_id=p.case_id, member_id=p.member_id, member_name=p.member_name, party=shown.party,
        party_role=str(p.party_role), category=shown.category, tier=str(p.tier), basis=shown.basis, path=shown.path,
        matched_name=shown.matched_name, how=shown.how, score=0.0 if shown.redacted else p.score, status=p.status,
        answer=d.answer if d else None, answered_by=d.decided_by if d else None,
        answered_at=d.decided_at if d else None, reason=d.reason if d else None, redacted=shown.redacted,
        meeting_date=meeting_date, version=p.version, struck=p.struck, likelihood=shown.likelihood,
        reasons=shown.reasons, features=shown.features, prior=shown.prior,
    )


def prompts_for(store: Store, account: Account, *, member_id: str | None = None,
                status: PromptStatus | str | None = PromptStatus.OPEN) -> list[PromptView]:
    """The prompts the account may see (a member: their own): unanswered first, the soonest
    meeting first; ``status`` open or withdrawn (a word a page offers is read as the vocabulary), None both."""
    account, scope = require_scope(store, account, Permission.SEE_OWN_PROMPTS, Permission.SEE_ALL_PROMPTS,
                                   member_id=member_id)
    # a member sees their prompts as they are shown them: not one held for staff after their own edit
    rows = store.prompts(member_id=scope, status=None if status is None else PromptStatus(status), as_shown=not allowed(account, Permission.SEE_ALL_PROMPTS))
    meetings = {c.case_id: c.meeting_date for c in store.cases()}
    redactor = Redactor.for_store(store, reveal=may_reveal(account), cases={p.case_id for p in rows})
    views = [view_of(p, account, meetings.get(p.case_id), redactor) for p in rows]
    # unanswered first, the soonest meeting first among them, cases without a date last
    # within a case, by what the account is shown only (coi.redaction.shown_order)
    secret = order_secret(store)
    return sorted(views, key=lambda v: (v.answer is not None, v.meeting_date is None,
                                        v.meeting_date or dt.date.max, v.case_id, v.member_id,
                                        shown_order(v.party, v.category, v.tier, v.party_role, v.score, v.redacted,
                                                    v.key, secret)))


def answer(store: Store, account: Account, key: str, choice: Answer | str, reason: str | None = None, *,
           version: int | None = None) -> int:
    """Record the member's answer to their own prompt (appended, with who and when).
    ``version``: the :attr:`PromptView.version` of the card the member answered on; an
    answer given on a card that another answer has overtaken is refused (:class:`StaleAnswer`)."""
    require(store, account, Permission.ANSWER_OWN_PROMPTS)  # before the key is looked up
    account = require(store, account, Permission.ANSWER_OWN_PROMPTS,
                      member_id=_prompt_for(store, account, key).member_id)
    return store.record_decision(key, answer=choice, reason=reason, decided_by=account.username,
                                 member_id=account.member_id, expected_version=version)


def mark_entered_in_error(store: Store, account: Account, key: str, *, version: int | None = None) -> int:
    """The member marks their latest answer to their own prompt as entered in error (a new
    row with who and when; nothing is deleted): the prompt counts as unanswered again until
    they answer it. ``version`` as for :func:`answer`."""
    require(store, account, Permission.ANSWER_OWN_PROMPTS)  # before the key is looked up
    account = require(store, account, Permission.ANSWER_OWN_PROMPTS,
                      member_id=_prompt_for(store, account, key).member_id)
    return store.mark_entered_in_error(key, marked_by=account.username, member_id=account.member_id,
                                       expected_version=version)


def history_for(store: Store, account: Account, key: str) -> list[StoredDecision]:
    """Every answer given to one prompt, oldest first."""
    require_scope(store, account, Permission.SEE_OWN_PROMPTS, Permission.SEE_ALL_PROMPTS)  # before the lookup
    require_scope(store, account, Permission.SEE_OWN_PROMPTS, Permission.SEE_ALL_PROMPTS,
                  member_id=_prompt_for(store, account, key).member_id)
    return store.decisions(key)


def _prompt_for(store: Store, account: Account, key: str) -> StoredPrompt:
    """A stored prompt by key; to an account that sees only its own prompts, one it is shown
    nothing of (held for staff after the member's own edit) is no prompt at all."""
    p = store.prompt(key)
    if p.shown is None and not allowed(account, Permission.SEE_ALL_PROMPTS):
        raise UnknownPrompt(key)
    return p


def disclosures_for(store: Store, account: Account, member_id: str | None = None) -> list[Disclosure]:
    """A member's current disclosures (a member: their own only)."""
    _, scope = require_scope(store, account, Permission.EDIT_OWN_DISCLOSURES, Permission.SEE_ALL_DISCLOSURES,
                             member_id=member_id)
    if scope is None:
        raise Forbidden("say whose disclosures to show")
    return [d for d, retired in store.disclosure_history(scope) if retired is None]


def disclosure_rows(disclosures: list[Disclosure]) -> list[dict[str, str]]:
    """Disclosures as the editor shows them: every field as text, as CONTRACT.md writes it."""
    return [{f: cell_text(getattr(d, f), list_sep="; ") for f in DISCLOSURE_FIELDS} for d in disclosures]


#: The audit actions of saving disclosures on the dashboard.
DISCLOSURES_SAVED = "disclosures saved"
DISCLOSURE_SAVE_REFUSED = "disclosures save refused: too many in an hour"


class SavesLimited(CoiError, ValueError):
    """A member saved their disclosures as often as an hour allows; the message says when
    they can save again (each save screens the docket again: unlimited saves would let a
    member try name after name)."""

    def __init__(self, message: str, retry_at: str):
        super().__init__(message)
        self.retry_at = retry_at


@dataclass(frozen=True, slots=True)
class DisclosureSave:
    """What saving edited disclosures did: the import, and the ties kept as ended instead of
    deleted because a prompt on them is unanswered."""

    imported: ImportResult
    kept_as_ended: tuple[Disclosure, ...] = ()

    @property
    def added(self) -> int:
        return self.imported.added

    @property
    def changed(self) -> int:
        return self.imported.changed

    @property
    def retired(self) -> int:
        return self.imported.retired

    @property
    def notice(self) -> str | None:
        """The member told in plain words which deleted ties were kept, and why."""
        if not self.kept_as_ended:
            return None
        ties = "; ".join(f"{d.relation.words} {d.name} (ended {d.until.isoformat() if d.until else ''})"
                         for d in self.kept_as_ended)
        one = len(self.kept_as_ended) == 1
        return (f"{'This tie was' if one else 'These ties were'} kept as ended, not deleted, because a prompt on "
                f"{'it' if one else 'each'} is unanswered: {ties}. Answer the prompt on My prompts; staff can "
                "remove a tie entered by mistake.")


def save_disclosures(store: Store, account: Account, rows: list[dict[str, str | None]], *,
                     member_id: str | None = None, policy: Policy | None = None, as_of: dt.date | None = None,
                     saves_per_hour: int | None = None) -> DisclosureSave:
    """Replace a member's disclosures with the edited rows, checked exactly as an imported
    file is (every problem at once, with its row and column; nothing stored if any), and
    screen the docket again in the same transaction (``policy`` and ``as_of``: the settings').

    A member's own save is a *member edit* (coi.store.database.ScreeningReason): prompts it opens on
    confidential parties and those it withdraws are held for staff. A tie the member deletes
    while a prompt on it that they can see is unanswered is kept, ended today (or at its
    earlier ``until``), and the result says so. A member saves at most ``saves_per_hour``
    times an hour (the settings'); every save and every refusal is audited."""
    account, scope = require_scope(store, account, Permission.EDIT_OWN_DISCLOSURES,
                                   Permission.EDIT_ALL_DISCLOSURES, member_id=member_id)
    if scope is None:
        raise Forbidden("say whose disclosures to save")
    own = account.member_id is not None and account.member_id == scope
    settings = load_settings()
    policy = policy or service.policy_in_force(store, settings.policy_path)
    as_of = as_of or settings.as_of
    limit = saves_per_hour or settings.disclosure_saves_per_hour
    source = f"dashboard: {scope}'s disclosures"
    cells = [(n, {**{f: ((r.get(f) or "").strip() or None) for f in DISCLOSURE_FIELDS}, "member_id": scope})
             for n, r in enumerate(rows, start=1) if any((r.get(f) or "").strip() for f in DISCLOSURE_FIELDS)]
    if not cells:
        raise InputRejected([Problem(source, None, None, "there are no ties left to save",
                                     "keep at least one tie; to withdraw every disclosure, ask staff")])
    checker = ingest.row_checker(source)
    records = ingest.parse_disclosures(cells, checker, store.members())
    kept: tuple[Disclosure, ...] = ()
    if own:
        kept = _ties_to_keep(store, account, records, dt.date.today())
        if kept:  # parsed again with them, so that a row whose via names a kept tie still checks
            cells = cells + [(len(rows) + i, {**_cells(d), "member_id": scope}) for i, d in enumerate(kept, 1)]
            checker = ingest.row_checker(source)
            records = ingest.parse_disclosures(cells, checker, store.members())
    if checker.problems:
        raise InputRejected(checker.problems)
    fingerprint = hashlib.sha256(json.dumps([c for _, c in cells], sort_keys=True).encode()).hexdigest()
    refused: SavesLimited | None = None
    with store.transaction():
        refused = _saves_limited(store, scope, limit) if own else None
        if refused is not None:
            store.audit(DISCLOSURE_SAVE_REFUSED, account.username, {"member_id": scope, "limit": limit,
                                                                     "retry_at": refused.retry_at})
        else:
            # the person editing the list decides: a tie they delete (or change) is retired,
            # whoever entered it (a file import keeps ties entered here unless confirmed)
            result = store.import_disclosures(records, source=source, fingerprint=fingerprint,
                                              actor=account.username, retire_member_entries=True)
            service.screen_after_edit(store, account, policy, as_of, member_id=scope)
            store.audit(DISCLOSURES_SAVED, account.username, {
                "member_id": scope, "own_edit": own, "rows": len(records), "added": result.added,
                "changed": result.changed, "retired": result.retired, "unchanged": result.unchanged,
                "skipped_as_duplicate": result.skipped_as_duplicate,
                "kept_as_ended": [{"relation": str(d.relation), "name": d.name, "via": d.via,
                                   "until": d.until.isoformat() if d.until else None} for d in kept]})
    if refused is not None:
        raise refused
    return DisclosureSave(result, kept)


def _cells(d: Disclosure) -> dict[str, str | None]:
    """A stored disclosure as the editor's cells (None for empty)."""
    return {f: (cell_text(getattr(d, f), list_sep="; ") or None) for f in DISCLOSURE_FIELDS}


def _ties_to_keep(store: Store, account: Account, records: list[Disclosure], today: dt.date) -> tuple[Disclosure, ...]:
    """The member's current ties their edit deletes while a prompt on them is unanswered (or
    answered unsure), ended ``today`` unless they ended earlier. Only prompts the member is
    shown with the party's name count: keeping a tie because of a redacted prompt would tell
    the member which of their ties a confidential party is (such a withdrawal is held instead)."""
    def identity(d: Disclosure) -> tuple:
        return d.relation, fold(d.name), fold(d.via) if d.via else None

    given = {identity(d) for d in records}
    removed = [d for d in disclosures_for(store, account) if identity(d) not in given]
    if not removed:
        return ()
    pending = [v for v in prompts_for(store, account) if not v.redacted and v.answer in (None, Answer.UNSURE)]
    on_a_prompt = {step for v in pending for step in v.path[1:]}
    kept = []
    for d in removed:
        if PathStep.of_relation(d.relation, d.name) in on_a_prompt:
            until = min(d.until, today) if d.until else today
            kept.append(replace(d, until=max(until, d.since) if d.since else until, row=None))
    return tuple(kept)


def _saves_limited(store: Store, member_id: str, limit: int) -> SavesLimited | None:
    """Refused when the member saved ``limit`` times in the last hour, saying when they can again."""
    since = utc_stamp(stored_moment(store.now()) - SAVE_WINDOW)
    saves = [e for e in store.audit_since(DISCLOSURES_SAVED, since)
             if e.detail.get("member_id") == member_id and e.detail.get("own_edit")]
    if len(saves) < limit:
        return None
    again = stored_moment(saves[-limit].at) + SAVE_WINDOW
    retry_at = utc_stamp(again)
    times = "once" if len(saves) == 1 else f"{len(saves)} times"
    return SavesLimited(f"You saved your disclosures {times} in the last hour, the most allowed: nothing "
                        f"was saved. You can save again at {again:%H:%M} UTC on {again:%Y-%m-%d}.", retry_at)


SAVE_WINDOW = dt.timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class HeldPromptView:
    """A prompt a member's own disclosure edit opened (on a confidential party) or withdrew,
    awaiting staff review, as staff see it."""

    key: str
    case_id: str
    member_id: str
    member_name: str
    party: str
    party_role: str
    category: str
    tier: str
    confidential: bool
    status: str  # what it is now: open or withdrawn
    shown: str | None  # what its member is shown: open, withdrawn, or nothing
    since: str  # when the member's edit put it under review
    withdrawn_by: str | None
    withdrawn_at: str | None
    meeting_date: dt.date | None

    @property
    def change(self) -> str:
        if self.withdrawn_by:
            return f"withdrawn by {self.withdrawn_by}'s own edit on {(self.withdrawn_at or '')[:10]}"
        return "opened by the member's own edit"

    @property
    def member_sees(self) -> str:
        return {None: "nothing (held)", "open": "open", "withdrawn": "withdrawn"}[self.shown]


def held_prompts(store: Store, account: Account) -> list[HeldPromptView]:
    """The prompts members' own edits opened on confidential parties or withdrew that staff
    have not reviewed yet, oldest first (staff: ``RELEASE_HELD_PROMPTS``)."""
    account = require(store, account, Permission.RELEASE_HELD_PROMPTS)
    meetings = {c.case_id: c.meeting_date for c in store.cases()}
    rows = store.prompts_under_review()
    redactor = Redactor.for_store(store, reveal=may_reveal(account), cases={p.case_id for p in rows})
    out = []
    for p in rows:
        shown = redactor.prompt(p)
        out.append(HeldPromptView(p.key, p.case_id, p.member_id, p.member_name, shown.party, str(p.party_role),
                                  shown.category, str(p.tier), p.party_confidential, p.status, p.shown,
                                  p.review_since or "", p.edit_withdrawn_by, p.edit_withdrawn_at,
                                  meetings.get(p.case_id)))
    return out


def release_held_prompt(store: Store, account: Account, key: str) -> StoredPrompt:
    """Staff have reviewed a prompt a member's own edit changed: its member is shown it as it
    now is (released if open, the withdrawal acknowledged if withdrawn). Audited."""
    account = require(store, account, Permission.RELEASE_HELD_PROMPTS)
    return store.release_prompt(key, account.username)


#: What the held-prompts page lists of the audit log: members' saves and what they changed, and releases.
MEMBER_EDIT_ACTIONS = (DISCLOSURES_SAVED, DISCLOSURE_SAVE_REFUSED, PROMPT_HELD, PROMPT_WITHDRAWN_BY_EDIT,
                       PROMPT_RELEASED)


def member_edit_log(store: Store, account: Account, limit: int = 200) -> list[AuditEntry]:
    """The latest audit entries of members' disclosure saves, the prompts they opened on
    confidential parties or withdrew, and staff's releases, newest first."""
    require(store, account, Permission.RELEASE_HELD_PROMPTS)
    entries = [e for action in MEMBER_EDIT_ACTIONS for e in store.audit_log(limit, action=action)]
    return sorted(entries, key=lambda e: -e.id)[:limit]


class UnsavedEdits(CoiError, ValueError):
    """The member asked to confirm their disclosures complete while the table they confirm
    from holds edits that are not saved: what they would confirm is not what is stored."""


def _table_content(rows: Sequence[Mapping[str, str | None]]) -> list[tuple[str, ...]]:
    """The disclosures table's content as a save would see it: blank rows dropped, spaces
    collapsed, in a fixed order."""
    content = [tuple(" ".join(str(r.get(f) or "").split()) for f in DISCLOSURE_FIELDS) for r in rows]
    return sorted(c for c in content if any(c))


def confirm_disclosures(store: Store, account: Account, *, as_shown: list[dict[str, str | None]] | None = None) -> str:
    """The member confirms their disclosures are complete today; returns the time recorded.

    ``as_shown``: the table the member confirms from (the dashboard's editor, edits
    included). When it differs from the disclosures stored, nothing is confirmed
    (:class:`UnsavedEdits`): confirming would record as complete a list the member has not
    saved — and the save checks every row and may refuse it — so the member saves or
    discards the edits first."""
    account = require(store, account, Permission.EDIT_OWN_DISCLOSURES)  # a member: staff have no own disclosures
    at = store.now()
    with store.transaction() as conn:
        if as_shown is not None and _table_content(as_shown) != _table_content(
                disclosure_rows(disclosures_for(store, account))):
            raise UnsavedEdits("The table holds edits that are not saved: save them (Save and re-screen) or "
                               "discard them first, then confirm. Nothing was confirmed.")
        if account.member_id is None:  # EDIT_OWN_DISCLOSURES is a member's, and a member account names its member
            raise Forbidden("only a member confirms their own disclosures complete")
        confirmation_rows.insert_confirmation(conn, account.member_id, at, account.username)
        store.audit("disclosures confirmed complete", account.username, {"member_id": account.member_id})
    return at


def dot_quote(text: str) -> str:
    """``text`` as a Graphviz quoted string (a line break stays a line break)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def ties_graph(store: Store, account: Account, member_id: str | None = None) -> str | None:
    """The member's relationship graph as Graphviz DOT (:func:`ties_picture`'s). None when
    the member has disclosed nothing."""
    picture = ties_picture(store, account, member_id)
    return None if picture is None else picture.dot


def ties_picture(store: Store, account: Account, member_id: str | None = None, *, limit: int | None = None):
    """The picture of a member's ties (coi.ties_picture.TiesPicture: the member in the centre,
    ties grouped by category, former ties dashed, large groups collapsed), drawn from that
    member's own disclosures only, as of the Panel's today. None when they disclosed nothing."""
    _, scope = require_scope(store, account, Permission.EDIT_OWN_DISCLOSURES, Permission.SEE_ALL_DISCLOSURES,
                             member_id=member_id)
    member = next((m for m in store.members() if m.member_id == scope), None)
    disclosures = tuple(disclosures_for(store, account, scope))
    if scope is None or member is None or not disclosures:
        return None
    settings = load_settings()
    policy = service.policy_in_force(store, settings.policy_path)
    graph = build_graph(Panel((member,), disclosures), policy, as_of=settings.as_of)
    return draw(graph, scope, policy, limit=COLLAPSE_OVER if limit is None else limit)


def term_status(term_end: dt.date | None, today: dt.date) -> str:
    """In term, or holding over: 50 ILCS 705/3.1(a) — members serve until their successors
    are appointed and qualify, so a member whose term ended still sits, as a holdover."""
    if term_end is None:
        return "term end not on the roster"
    if term_end < today:
        return f"holdover since {term_end.isoformat()} (serves until a successor qualifies)"
    return f"in term until {term_end.isoformat()}"


def roster_rows(store: Store, account: Account, today: dt.date) -> list[dict[str, str]]:
    """The roster as staff see it: seat, appointing official, term and holdover status, and
    when each member last confirmed their disclosures complete."""
    require(store, account, Permission.SEE_ROSTER)
    confirmed = last_confirmed(store)
    return [{"member": m.member_id, "name": m.name, "appointed by": str(m.appointed_by), "seat": m.seat or "",
             "term end": m.term_end.isoformat() if m.term_end else "", "status": term_status(m.term_end, today),
             "disclosures confirmed": (confirmed.get(m.member_id) or "never")[:10]}
            for m in store.members(active_only=True)]


def roster_names(store: Store, account: Account) -> dict[str, str]:
    """The members on the roster now, id → name, for staff's forms (motions, votes, absences, accounts)."""
    require(store, account, Permission.SEE_ROSTER)
    return {m.member_id: m.name for m in store.members(active_only=True)}


def confirmed_on(store: Store, account: Account, member_id: str | None = None) -> str | None:
    """When a member (a member: themself) last confirmed their disclosures complete; None: never."""
    _, scope = require_scope(store, account, Permission.EDIT_OWN_DISCLOSURES, Permission.SEE_ALL_DISCLOSURES,
                             member_id=member_id)
    if scope is None:
        raise Forbidden("say whose confirmation to show")
    return last_confirmed(store).get(scope)


def last_confirmed(store: Store) -> dict[str, str]:
    """Each member's latest confirmation that their disclosures are complete."""
    with store.reading() as conn:
        return confirmation_rows.latest_confirmations(conn)


__all__ = ["Forbidden", "StaleAnswer", "UnsavedEdits", "PromptView", "view_of", "prompts_for", "answer",
           "mark_entered_in_error", "history_for", "disclosures_for",
           "disclosure_rows", "save_disclosures", "term_status", "roster_rows", "confirm_disclosures", "confirmed_on", "roster_names", "last_confirmed", "ties_graph", "ties_picture",
           "DISCLOSURE_FIELDS", "DisclosureSave", "SavesLimited", "HeldPromptView", "held_prompts",
           "release_held_prompt", "member_edit_log"]
