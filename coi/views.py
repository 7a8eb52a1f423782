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

from dataclasses import dataclass

from coi.accounts import Account
from coi.model import Answer, Disclosure, PathStep, path_words
from coi.screen import CONFIDENTIAL
from coi.store import Store, StoredDecision, StoredPrompt


class Forbidden(PermissionError):
    """The account may not see or do this; the message says so in plain words."""


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

    @property
    def path_text(self) -> str:
        return path_words(self.path)


def _redact(p: StoredPrompt) -> tuple[str, tuple[PathStep, ...], str, str]:
    head = tuple(s for s in p.path[:-1])
    last = p.path[-1] if p.path else PathStep("", "")
    # the member's own chain stays; the step that is the party loses its name
    path = (*head, PathStep(last.relation, CONFIDENTIAL))
    how = f"a party of this case matches one of your ties ({p.category.words})"
    return CONFIDENTIAL, path, CONFIDENTIAL, how


def view_of(p: StoredPrompt, account: Account) -> PromptView:
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
    """The prompts the account may see (a member: their own), unanswered first."""
    scope = _member_scope(account, member_id)
    rows = store.prompts(member_id=scope, status=status)
    views = [view_of(p, account) for p in rows]
    return sorted(views, key=lambda v: (v.answer is not None, v.case_id, v.member_id, -v.score))


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


__all__ = ["Forbidden", "PromptView", "view_of", "prompts_for", "answer", "history_for", "disclosures_for"]
