""""Not the same person" remembered (issue 14, item 7): a member's answer *No conflict — a
different person* on a name match records a judgement on (their tie, the party's identity:
the name as compared for identity, the date of birth, the affiliations). When a prompt of the
same member on the same tie meets the same identity again — another case, or the docket
screened again under another key — the prompt shows the judgement in words and takes one
click to confirm, which records an answer of no conflict citing it. What law-firm conflict
checkers call a cleared hit; it never answers for the member, and nothing carries a recusal.

When it applies — all of: the same member and tie; a person's name match (not an
affiliation's); the same name key (:func:`coi.redaction.name_key`: folded, word order
aside), the same date of birth (none is not a date: a date of birth added since is new
data) and the same affiliations (folded, as a set); the judgement stands (not revoked by
staff, its answer not marked as entered in error). Any change of the party's data, and the
judgement no longer applies: the prompt is plain.

Confidential parties: a member never judges a party they see as ``[confidential]``, and a
judgement is never shown on a prompt they see redacted, nor one made on a case whose party
is confidential now — linking a hidden party to a named one would say who it is. Staff see
every judgement (names included) and revoke one with a reason; nothing is deleted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from coi.decisions.access import Forbidden, Permission, allowed, may_reveal, require
from coi.decisions.accounts import Account
from coi.model import Answer, Kind
from coi.names import fold
from coi.redaction import Redactor, name_key
from coi.settings import load_settings
from coi.store.database import Store, StoredJudgement, StoredPrompt, UnknownPrompt
from coi.timefmt import panel_date

#: The tie key suffix of a prompt raised by the party's affiliation, not its name (coi.screen).
_BY_AFFILIATION = "|affiliation"


@dataclass(frozen=True, slots=True)
class Identity:
    """A party's identity as a judgement holds it."""

    name_key: str
    date_of_birth: dt.date | None
    affiliation_keys: tuple[str, ...]  # sorted

    @classmethod
    def of(cls, p: StoredPrompt) -> "Identity":
        return cls(name_key(p.party_name), p.party_date_of_birth,
                   tuple(sorted({" ".join(re.findall(r"[a-z0-9]+", fold(a))) for a in p.party_affiliations})))

    @classmethod
    def judged(cls, j: StoredJudgement) -> "Identity":
        return cls(j.name_key, j.date_of_birth, tuple(sorted(j.affiliation_keys)))


def judgeable(p: StoredPrompt) -> bool:
    """Whether a prompt's match can be judged "a different person": a person matched by name."""
    return p.party_kind is Kind.PERSON and not p.tie_key.endswith(_BY_AFFILIATION)


def applies(j: StoredJudgement, p: StoredPrompt) -> bool:
    """Whether a standing judgement covers a prompt: the same member, tie and party identity."""
    return (j.stands and judgeable(p) and j.member_id == p.member_id and j.tie_key == p.tie_key
            and Identity.judged(j) == Identity.of(p))


def tie_words(p: StoredPrompt) -> str:
    """The member's tie a prompt matched, in words: "your sibling-in-law Margaret Kavanagh", "you"."""
    if p.tie_key.startswith("member:"):
        return "you"
    last = p.path[-1] if p.path else None
    return f"your {last.words} {last.name}" if last is not None else "your tie"


def different_person_reason(p: StoredPrompt) -> str:
    """The reason recorded with an answer of *no conflict — a different person*."""
    return f"A different person: the party is not {tie_words(p)}."


def party_words(j: StoredJudgement, settings=None) -> str:
    """The party a judgement was on, as its member saw it: "Jordan Smith (born Tue 3 Mar 1980) of Oak Park PD"."""
    born = f" (born {panel_date(j.date_of_birth, settings)})" if j.date_of_birth else ""
    of = f" of {' and '.join(j.affiliations)}" if j.affiliations else ""
    return f"{j.party_name}{born}{of}"


def sentence(j: StoredJudgement, settings=None) -> str:
    """The judgement in words, as its member is shown it on a later prompt."""
    return (f"You judged {party_words(j, settings)} a different person on case {j.case_id}, "
            f"{panel_date(j.judged_at, settings or load_settings())}.")


def confirmation_reason(j: StoredJudgement, settings=None) -> str:
    """The reason recorded with an answer that confirms a judgement: it cites the judgement by
    its case and day. Not by its id: the member reads the reason on their card and in their
    packet, and an id counted over every member's judgements would tell them how many "a
    different person" answers the other members gave (the store links the confirmation to its
    judgement: ``judgement_confirmations``)."""
    return f"A different person, as I judged on case {j.case_id} on {panel_date(j.judged_at, settings)}."


@dataclass(frozen=True, slots=True)
class JudgementNote:
    """A judgement that applies to a prompt, as its member is shown it."""

    judgement: StoredJudgement
    sentence: str


def _own_prompt(store: Store, account: Account, key: str, permission: Permission) -> tuple[Account, StoredPrompt]:
    """The account (re-read) and the prompt, when the prompt is the member's own and shown to them."""
    require(store, account, permission)  # before the key is looked up
    p = store.prompt(key)
    if p.shown is None:
        raise UnknownPrompt(key)  # held for staff: to its member, no prompt at all
    return require(store, account, permission, member_id=p.member_id), p


def _redacted(store: Store, account: Account, p: StoredPrompt, redactor: Redactor | None = None) -> bool:
    if may_reveal(account):
        return False
    return (redactor or Redactor.for_store(store, cases={p.case_id})).is_confidential(p)


def may_judge(store: Store, account: Account, key: str) -> bool:
    """Whether the member may answer this prompt *no conflict — a different person*: their
    own, a person's name match, and a party they see by name."""
    if not allowed(account, Permission.ANSWER_OWN_PROMPTS):
        return False
    _, p = _own_prompt(store, account, key, Permission.ANSWER_OWN_PROMPTS)
    return judgeable(p) and not _redacted(store, account, p)


def record_different_person(store: Store, account: Account, key: str, *, version: int | None = None) -> int:
    """The member answers their own prompt *no conflict — a different person*: the answer and
    the judgement on (their tie, the party's identity), in one transaction, audited.
    ``version`` as for :func:`coi.decisions.views.answer`. Returns the judgement's id."""
    member, p = _own_prompt(store, account, key, Permission.ANSWER_OWN_PROMPTS)
    # redaction first: on a party seen as [confidential], "not a person matched by name" would say
    # what the card withholds (an organization, or a match by the party's affiliation)
    if _redacted(store, account, p):
        raise Forbidden("this party is confidential, so you cannot judge who it is: answer with your reason, or "
                        "Unsure for staff to advise")
    if not judgeable(p):
        raise ValueError("only a person matched by name can be judged a different person: answer No conflict "
                         "with your reason instead")

    def identity(now: StoredPrompt) -> tuple[str, str, str | None, list[str]]:
        i = Identity.of(now)
        tie = tie_words(now).removeprefix("your ")
        return (tie, i.name_key, i.date_of_birth.isoformat() if i.date_of_birth else None, list(i.affiliation_keys))

    _, judgement_id = store.record_judgement(key, reason=different_person_reason(p), decided_by=member.username,
                                             member_id=p.member_id, expected_version=version,
                                             identity=identity)
    return judgement_id


def note_for(store: Store, account: Account, key: str) -> JudgementNote | None:
    """The judgement of the member's that applies to their own prompt, unanswered or answered
    unsure, in words (the latest if several), or None: the prompt is answered finally, not a
    person's name match, or seen redacted; no standing judgement covers it; or the case it
    was made on now holds the party as confidential."""
    member, p = _own_prompt(store, account, key, Permission.SEE_OWN_PROMPTS)
    if p.latest_answer not in (None, Answer.UNSURE) or not judgeable(p):
        return None
    candidates = [j for j in store.judgements(member_id=p.member_id) if j.prompt_key != key and applies(j, p)]
    if not candidates:
        return None
    redactor = Redactor.for_store(store, cases={p.case_id, *(j.case_id for j in candidates)})
    if _redacted(store, member, p, redactor):
        return None
    shown = [j for j in candidates if may_reveal(member) or not redactor.confidential(j.case_id, j.party_name)]
    if not shown:
        return None
    j = shown[-1]
    return JudgementNote(j, sentence(j, load_settings()))


def confirm(store: Store, account: Account, key: str, judgement_id: int, *, version: int | None = None) -> int:
    """The member confirms, on their own prompt, the judgement it shows: an answer of no
    conflict citing it, recorded only while the judgement still applies. Returns the decision id."""
    note = note_for(store, account, key)
    if note is None or note.judgement.id != judgement_id:
        raise ValueError("that judgement does not apply to this prompt now (the party's details changed, or staff "
                         "revoked it): answer the prompt as it stands. Nothing was recorded.")
    member, p = _own_prompt(store, account, key, Permission.ANSWER_OWN_PROMPTS)  # the member is p's (require)
    return store.confirm_judgement(key, judgement_id, reason=confirmation_reason(note.judgement, load_settings()),
                                   decided_by=member.username, member_id=p.member_id,
                                   expected_version=version, applies=applies)


def all_judgements(store: Store, account: Account, member_id: str | None = None) -> list[StoredJudgement]:
    """Every judgement (of one member, if given), oldest first, names included (staff:
    ``REVOKE_JUDGEMENTS``)."""
    require(store, account, Permission.REVOKE_JUDGEMENTS)
    return store.judgements(member_id=member_id)


def revoke(store: Store, account: Account, judgement_id: int, reason: str | None) -> int:
    """Staff revoke a judgement: from now on it applies to no prompt; it and the answers given
    with it stay on record. Audited. Returns the revocation's id."""
    staff = require(store, account, Permission.REVOKE_JUDGEMENTS)
    return store.revoke_judgement(judgement_id, reason=reason, revoked_by=staff.username)


__all__ = ["Identity", "JudgementNote", "judgeable", "applies", "tie_words", "different_person_reason",
           "party_words", "sentence", "confirmation_reason", "may_judge", "record_different_person", "note_for",
           "confirm", "all_judgements", "revoke"]
