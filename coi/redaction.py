"""The one redaction rule: what any output (the screen CSV, the dashboard, the pre-meeting
report and packets, the removal-exposure audit, every download) may show of a prompt on a
confidential party. Every output asks :class:`Redactor`; none decides on its own.

A redacted confidential prompt shows the party as ``[confidential]`` and never its name,
the disclosed name it matched, its affiliations, its date of birth, the matcher's reasons
(they name both) nor the chain of the member's ties (it says which relative). Its path is
``Member <member> → <category shown> [confidential]`` and its basis cites the rule for the
category shown.

Which category is shown (docs/CONTRACT.md, "Confidential parties"): ``coi screen``'s
``category`` column is the contract's and stays exact. Everywhere else a redacted prompt on
a named relative (spouse, parent, sibling-in-law … nephew: each names one relationship and
often one person) shows only the group "a relative named in 3.1(g)"; every other category
(employment, association, friend, other relative, other, and the former ones) is shown as
it is, with the tier. The rule looks at the category alone, never at the member's other
ties: a rule that counted them would let a member learn which tie matched by adding or
removing ties and watching the card change.

Confidentiality follows the person within a case: a name confidential on one row of a
case (compared after folding, word order and punctuation aside) is redacted on every row
of that case, and the prompts on those rows count as confidential everywhere.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from coi import explain
from coi.model import Category, Feature, Kind, Party, PathStep, Prompt, StepKind, Tier
from coi.names.normalize import fold_once

CONFIDENTIAL = "[confidential]"
#: What a prompt's basis adds when a party's affiliation, not its name, matched (screen writes it).
_AFFILIATION_NOTE = " (the party's affiliation "
#: The citation of the recusal rule as a whole, for a group or tier that spans several rules.
_STATUTE = "50 ILCS 705/3.1(g)"


def affiliation_basis(rule_basis: str, affiliation: str, tie_words: str) -> str:
    """A prompt's basis when the party's affiliation matched one of the member's ties."""
    return f"{rule_basis}{_AFFILIATION_NOTE}{affiliation!r} matches the member's {tie_words} tie)"


def rule_basis(basis: str) -> str:
    """The rule a basis cites, without the affiliation that :func:`affiliation_basis` added."""
    return basis.split(_AFFILIATION_NOTE, 1)[0]


_KEY_WORD = re.compile(r"[a-z0-9]+")


def name_key(name: str) -> str:
    """A name as compared for confidentiality: folded to lower-case ASCII, its words sorted
    (``Doe, Jane`` and ``Jane Doe`` are one person here; over-redacting is the safe error).
    Folded uncached (coi.names.normalize.fold_once): a million-row docket keys a hundred
    thousand names or more (its confidential parties and the names of their cases), which
    would fill the fold cache; folding an ASCII name again costs about a microsecond."""
    return " ".join(sorted(_KEY_WORD.findall(fold_once(name))))


def follow_the_person(parties: Iterable[Party]) -> list[Party]:
    """The parties with every row of a person confidential on any row of the same case
    flagged confidential too, so that screening stores those prompts as confidential (and a
    member's own edit that raises one is held like any other confidential match)."""
    parties = list(parties)
    secret = {(p.case_id, name_key(p.name)) for p in parties if p.confidential}
    if not secret:
        return parties
    cases = {case_id for case_id, _ in secret}
    return [dataclasses.replace(p, confidential=True)
            if not p.confidential and p.case_id in cases and (p.case_id, name_key(p.name)) in secret else p
            for p in parties]


class Group(StrEnum):
    """The groups of 3.1(g) a category belongs to, shown when the category would single out a tie."""

    RELATIVE = "a relative named in 3.1(g)"
    EMPLOYMENT = "employment"
    ASSOCIATION = "association"
    FRIEND = "friend"
    OTHER = "another tie"

    @classmethod
    def of(cls, category: Category) -> "Group":
        category = Category(category)
        if category in (Category.EMPLOYMENT, Category.FORMER_EMPLOYMENT):
            return cls.EMPLOYMENT
        if category in (Category.ASSOCIATION, Category.FORMER_ASSOCIATION):
            return cls.ASSOCIATION
        if category is Category.FRIEND:
            return cls.FRIEND
        if category.is_kin and category is not Category.OTHER_RELATIVE:
            return cls.RELATIVE
        return cls.OTHER


class Detail(StrEnum):
    """How much of a redacted prompt's category is shown."""

    CATEGORY = "category"
    GROUP = "group"

    @classmethod
    def of(cls, category: Category) -> "Detail":
        """A named relative shows as its group; any other category as itself."""
        return cls.GROUP if Group.of(category) is Group.RELATIVE else cls.CATEGORY


def citation(basis: str) -> str:
    """The citation a basis opens with (``50 ILCS 705/3.1(g)(2): relative: …`` → its first part)."""
    return rule_basis(basis).split(": ", 1)[0] or _STATUTE


@dataclass(frozen=True, slots=True)
class Shown:
    """One prompt as an output may show it (``redacted``: a confidential party, hidden)."""

    party: str
    matched_name: str
    category: str  # in words: "sibling-in-law", "a relative named in 3.1(g)", "one of the member's ties"
    category_value: str  # the contract's value, or the group's / tier-only words when redacted
    path: tuple[PathStep, ...]
    basis: str
    how: str  # the matcher's reason, or what can be said without naming the party
    score: float
    confidential: bool
    redacted: bool
    # how likely the same person or organization, in words with the percentage ("likely the same
    # person (97%)"), and the top reasons in plain words; a redacted prompt: explain.WITHHELD, ""
    likelihood: str = ""
    reasons: str = ""
    features: tuple[Feature, ...] = ()  # the evidence model's features (their strings name both sides)
    prior: float = 0.0

    @property
    def path_text(self) -> str:
        return " → ".join(str(s) for s in self.path)


@functools.lru_cache(maxsize=1)
def _shipped_threshold() -> float:
    from coi.policy import load_policy

    return load_policy().prompt_threshold


def _explained(p, threshold: float | None) -> explain.Explanation:
    """A shown prompt's probability in words and its reasons, at the threshold of the
    screening that raised it (a stored prompt's), else ``threshold``, else the shipped policy's."""
    if isinstance(p, Prompt):
        kind, at = p.party.kind, None
    else:  # a StoredPrompt (or the store's row for its chained facts, which has neither)
        kind, at = getattr(p, "party_kind", Kind.PERSON), getattr(p, "threshold", None)
    if rule_basis(p.basis) != p.basis:  # the party's affiliation matched: two organizations compared
        kind = Kind.ORGANIZATION
    at = at if at is not None else threshold if threshold is not None else _shipped_threshold()
    return explain.explain(p.evidence, at, kind)


def _fields(p) -> tuple:
    """(case, member id, member name, party name, flagged) of a :class:`coi.model.Prompt`
    or a :class:`coi.store.database.StoredPrompt`."""
    if isinstance(p, Prompt):
        return p.case_id, p.member_id, p.member_name, p.party.name, p.party.confidential
    return p.case_id, p.member_id, p.member_name, p.party_name, p.party_confidential


@dataclass(frozen=True, slots=True)
class Redactor:
    """The redaction rule applied with what it needs to know: which names are confidential in
    which case, whether categories are written exact (``coi screen``'s contract column), and
    whether this caller asked for and may see confidential identities."""

    secret: frozenset[tuple[str, str]] = frozenset()  # (case_id, name_key)
    exact: bool = False
    reveal: bool = False
    threshold: float | None = None  # the prompt threshold for prompts not stored with their screening's

    @classmethod
    def of(cls, parties: Iterable[Party] = (), prompts: Iterable = (), *, exact: bool = False,
           reveal: bool = False) -> "Redactor":
        """From the parties of the cases (and prompts, whose flag was the party's when screened)."""
        secret = {(p.case_id, name_key(p.name)) for p in parties if p.confidential}
        for p in prompts:
            case_id, _, _, name, flagged = _fields(p)
            if flagged:
                secret.add((case_id, name_key(name)))
        return cls(frozenset(secret), exact, reveal)

    @classmethod
    def for_store(cls, store, *, reveal: bool = False, prompts=None, cases: Iterable[str] | None = None) -> "Redactor":
        """For outputs of the stored data: the current parties and stored prompts of ``cases``
        (default: every case)."""
        wanted = None if cases is None else set(cases)
        prompts = store.prompts(status=None) if prompts is None else prompts
        if wanted is not None:
            prompts = [p for p in prompts if p.case_id in wanted]
        return cls.of(store.parties(wanted), prompts, reveal=reveal)

    def confidential(self, case_id: str, name: str) -> bool:
        """Whether ``name`` is confidential in the case (on any of its rows)."""
        return (case_id, name_key(name)) in self.secret

    def party(self, case_id: str, name: str, flagged: bool = False) -> str:
        """A party's name as this output may show it."""
        return CONFIDENTIAL if (flagged or self.confidential(case_id, name)) and not self.reveal else name

    def is_confidential(self, p) -> bool:
        """Whether a prompt is on a confidential party (flagged, or the same name flagged in its case)."""
        case_id, _, _, name, flagged = _fields(p)
        return flagged or self.confidential(case_id, name)

    def prompt(self, p) -> Shown:
        """What this output may show of a prompt (a ``Prompt`` or a ``StoredPrompt``)."""
        case_id, member_id, member_name, name, _ = _fields(p)
        confidential = self.is_confidential(p)
        category, tier = Category(p.category), Tier(p.tier)
        if not confidential or self.reveal:
            told = _explained(p, self.threshold)
            return Shown(name, p.matched_name, category.words, category.value, p.path, p.basis, p.evidence.reason,
                         p.score, confidential, False, told.likelihood, told.reasons, told.features, told.prior)
        if self.exact or Detail.of(category) is Detail.CATEGORY:
            words, value, basis = category.words, category.value, rule_basis(p.basis)
        else:
            group = Group.of(category)
            words = value = group.value
            basis = f"{citation(p.basis)}: {group.value} ({tier})"
        path = (PathStep.of_member(member_name), PathStep(StepKind.WITHHELD, value, CONFIDENTIAL))
        how = f"a party of this case matches one of your ties ({words}, {tier})"
        # neither the probability nor the reasons: both are computed from the party's name and
        # date of birth, and a member who edits their ties could watch them move (see explain.WITHHELD)
        return Shown(CONFIDENTIAL, CONFIDENTIAL, words, value, path, basis, how, p.score, True, True,
                     explain.WITHHELD, "", (), 0.0)


#: The draw's key where a database has no key file (":memory:"): known only to this process.
ORDER_SECRET = secrets.token_bytes(32)


def shown_order(party: str, category: str, tier: str, role: str, score: float, redacted: bool,
                key: str, secret: bytes = ORDER_SECRET) -> tuple:
    """Where a prompt stands among the others of its case, from what the output shows of it
    only: the party and category as shown, then — for prompts whose party is shown — the
    score, and last a keyed draw (``secret``: :func:`order_secret`). A redacted prompt's score
    and party name never order it: a member who could watch a ``[confidential]`` card move
    past a card they can read would learn what their edit did to the hidden match."""
    draw = hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()
    return (tier != "statutory", party, category, role, 0.0 if redacted else -score, draw)


__all__ = ["CONFIDENTIAL", "shown_order", "ORDER_SECRET", "follow_the_person", "Group", "Detail", "citation", "Shown", "Redactor",
           "name_key", "affiliation_basis", "rule_basis"]
