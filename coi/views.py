"""What each account may see and do, as the dashboard shows it: the access rules live here,
in the library, so that no page can get them wrong.

- A member sees only their own prompts, disclosures and answers; asking for another
  member's raises :class:`Forbidden`, whatever page or parameter asked.
- A member never sees a confidential party's identity: such a prompt shows the party as
  ``[confidential]``, the category and the tier, and the path as far as the member's own
  ties without the name that matched (the matched name would say who the party is).
- Staff and admins see everything, confidential names included.
- Only the member a prompt is addressed to answers it; every answer is a new row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from coi import ingest
from coi.access import Forbidden
from coi.accounts import Account
from coi.model import Answer, Disclosure, InputRejected, PathStep, Problem, cell_text, path_words, utc_timestamp
from coi.screen import CONFIDENTIAL
from coi.store import ImportResult, Store, StoredDecision, StoredPrompt

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
    score: float
    status: str
    answer: Answer | None
    answered_by: str | None
    answered_at: str | None
    reason: str | None
    redacted: bool
    meeting_date: dt.date | None = None  # the meeting the case is on, when the docket says

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


def _redact(p: StoredPrompt) -> tuple[str, tuple[PathStep, ...], str, str]:
    """What a member may see of a prompt on a confidential party: that a party of the case
    matches one of their ties, and the category — not the chain of ties (it would say which
    relative), the name that matched, nor the matcher's reasons."""
    path = (PathStep("Member", p.member_name), PathStep(p.category.words, CONFIDENTIAL))
    how = f"a party of this case matches one of your ties ({p.category.words})"
    return CONFIDENTIAL, path, CONFIDENTIAL, how


def view_of(p: StoredPrompt, account: Account, meeting_date: dt.date | None = None) -> PromptView:
    if not account.may_see_member(p.member_id):
        raise Forbidden("this prompt is addressed to another member")
    redact = p.party_confidential and not account.role.sees_everything
    if redact:
        party, path, matched, how = _redact(p)
    else:
        party, path, matched, how = p.party_name, p.path, p.matched_name, p.evidence.reason
    d: StoredDecision | None = p.latest_decision
    return PromptView(
        key=p.key, case_id=p.case_id, member_id=p.member_id, member_name=p.member_name, party=party,
        party_role=str(p.party_role), category=p.category.words, tier=str(p.tier), basis=p.basis, path=path,
        matched_name=matched, how=how, score=p.score, status=p.status,
        answer=d.answer if d else None, answered_by=d.decided_by if d else None,
        answered_at=d.decided_at if d else None, reason=d.reason if d else None, redacted=redact,
        meeting_date=meeting_date,
    )


def _member_scope(account: Account, member_id: str | None) -> str | None:
    """The member whose records are asked for: a member account only ever its own."""
    if account.role.sees_everything:
        return member_id
    if member_id is not None and member_id != account.member_id:
        raise Forbidden("a member sees only their own prompts and disclosures")
    return account.member_id


def prompts_for(store: Store, account: Account, *, member_id: str | None = None,
                status: str | None = "open") -> list[PromptView]:
    """The prompts the account may see (a member: their own): unanswered first, the soonest
    meeting first."""
    scope = _member_scope(account, member_id)
    rows = store.prompts(member_id=scope, status=status)
    meetings = {c.case_id: c.meeting_date for c in store.cases()}
    views = [view_of(p, account, meetings.get(p.case_id)) for p in rows]
    # unanswered first, the soonest meeting first among them, cases without a date last
    return sorted(views, key=lambda v: (v.answer is not None, v.meeting_date is None,
                                        v.meeting_date or dt.date.max, v.case_id, v.member_id, -v.score))


def answer(store: Store, account: Account, key: str, choice: Answer | str, reason: str | None = None) -> int:
    """Record the member's answer to their own prompt (appended, with who and when)."""
    if account.member_id is None:
        raise Forbidden("only the member a prompt is addressed to answers it")
    prompt = store.prompt(key)
    if prompt.member_id != account.member_id:
        raise Forbidden("this prompt is addressed to another member")
    return store.record_decision(key, answer=choice, reason=reason, decided_by=account.username,
                                 member_id=account.member_id)


def history_for(store: Store, account: Account, key: str) -> list[StoredDecision]:
    """Every answer given to one prompt, oldest first."""
    view_of(store.prompt(key), account)  # raises Forbidden for another member's prompt
    return store.decisions(key)


def disclosures_for(store: Store, account: Account, member_id: str | None = None) -> list[Disclosure]:
    """A member's current disclosures (a member: their own only)."""
    scope = _member_scope(account, member_id)
    if scope is None:
        raise Forbidden("say whose disclosures to show")
    return [d for d, retired in store.disclosure_history(scope) if retired is None]


def disclosure_rows(disclosures: list[Disclosure]) -> list[dict[str, str]]:
    """Disclosures as the editor shows them: every field as text, as CONTRACT.md writes it."""
    return [{f: cell_text(getattr(d, f), list_sep="; ") for f in DISCLOSURE_FIELDS} for d in disclosures]


def save_disclosures(store: Store, account: Account, rows: list[dict[str, str | None]], *,
                     member_id: str | None = None) -> ImportResult:
    """Replace a member's disclosures with the edited rows, checked exactly as an imported
    file is (every problem at once, with its row and column; nothing stored if any)."""
    scope = _member_scope(account, member_id)
    if scope is None:
        raise Forbidden("say whose disclosures to save")
    source = f"dashboard: {scope}'s disclosures"
    cells = [(n, {**{f: ((r.get(f) or "").strip() or None) for f in DISCLOSURE_FIELDS}, "member_id": scope})
             for n, r in enumerate(rows, start=1) if any((r.get(f) or "").strip() for f in DISCLOSURE_FIELDS)]
    if not cells:
        raise InputRejected([Problem(source, None, None, "there are no ties left to save",
                                     "keep at least one tie; to withdraw every disclosure, ask staff")])
    checker = ingest.row_checker(source)
    records = ingest.parse_disclosures(cells, checker, store.members())
    if checker.problems:
        raise InputRejected(checker.problems)
    fingerprint = hashlib.sha256(json.dumps([c for _, c in cells], sort_keys=True).encode()).hexdigest()
    return store.import_disclosures(records, source=source, fingerprint=fingerprint, actor=account.username)


def confirm_disclosures(store: Store, account: Account) -> str:
    """The member confirms their disclosures are complete today; returns the time recorded."""
    if account.member_id is None:
        raise Forbidden("only a member confirms their own disclosures")
    at = utc_timestamp()
    with store.transaction() as conn:
        conn.execute("INSERT INTO disclosure_confirmations (member_id, confirmed_at, confirmed_by) VALUES (?, ?, ?)",
                     (account.member_id, at, account.username))
        store.audit("disclosures confirmed complete", account.username, {"member_id": account.member_id})
    return at


def dot_quote(text: str) -> str:
    """``text`` as a Graphviz quoted string (a line break stays a line break)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def ties_graph(store: Store, account: Account, member_id: str | None = None) -> str | None:
    """The member's relationship graph as Graphviz DOT: the member, each disclosed tie and
    the chain it came through, each end labelled with its 3.1(g) category; former ties
    dashed. None when the member has disclosed nothing."""
    from coi.graph import build_graph
    from coi.model import Panel
    from coi.policy import load_policy

    scope = _member_scope(account, member_id)
    member = next((m for m in store.members() if m.member_id == scope), None)
    disclosures = tuple(disclosures_for(store, account, scope))
    if member is None or not disclosures:
        return None
    graph = build_graph(Panel((member,), disclosures), load_policy(), as_of=dt.date.today())

    nodes: dict[str, str] = {}
    edges: dict[tuple[str, str], tuple[str, bool]] = {}
    for tie in graph.ties_of(scope):
        if tie.is_self:
            continue
        names = [step.name for step in tie.path]
        for i, step in enumerate(tie.path[1:], 1):
            edges.setdefault((names[i - 1], names[i]), (step.relation, tie.former))
        former = ", former" if tie.former and "former" not in tie.category.words else ""
        nodes[names[-1]] = f"{names[-1]}\n({tie.category.words}{former})"
    lines = ["digraph { rankdir=LR; node [shape=box, style=rounded, fontsize=10]; edge [fontsize=9];",
             f"{dot_quote(member.name)} [style=\"rounded,bold\"];"]
    lines += [f"{dot_quote(n)} [label={dot_quote(label)}];" for n, label in nodes.items()]
    lines += [f"{dot_quote(a)} -> {dot_quote(b)} [label={dot_quote(rel)}{', style=dashed' if former else ''}];"
              for (a, b), (rel, former) in edges.items()]
    return "\n".join(lines + ["}"])


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
    if not account.role.sees_everything:
        raise Forbidden("the roster is for staff")
    confirmed = last_confirmed(store)
    return [{"member": m.member_id, "name": m.name, "appointed by": str(m.appointed_by), "seat": m.seat or "",
             "term end": m.term_end.isoformat() if m.term_end else "", "status": term_status(m.term_end, today),
             "disclosures confirmed": (confirmed.get(m.member_id) or "never")[:10]}
            for m in store.members(active_only=True)]


def last_confirmed(store: Store) -> dict[str, str]:
    """Each member's latest confirmation that their disclosures are complete."""
    with store.reading() as conn:
        return {r[0]: r[1] for r in conn.execute(
            "SELECT member_id, max(confirmed_at) FROM disclosure_confirmations GROUP BY member_id")}


__all__ = ["Forbidden", "PromptView", "view_of", "prompts_for", "answer", "history_for", "disclosures_for",
           "disclosure_rows", "save_disclosures", "term_status", "roster_rows", "confirm_disclosures", "last_confirmed", "ties_graph",
           "DISCLOSURE_FIELDS"]
