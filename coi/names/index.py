"""Matching one name against many: blocking keys first, full comparison only for the few.

Comparing every party with every disclosed name costs docket × graph. Instead each
disclosed name is filed under cheap *blocking keys* (the sound and the first letters of
each surname part, the formal given name with the surname's initial; for organizations
their distinctive words and acronym), and a party is compared only with the names that
share a key with it. Keys are built from folded words without parsing, so a party that
shares no key with anyone costs a few dictionary look-ups.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import jellyfish

from coi.model import Kind, MatchEvidence
from coi.names.normalize import fold_forms
from coi.names.org import GENERIC_TYPES, TYPE_WORDS, OrgName, compare_orgs, parse_org, parse_org_forms
from coi.names.person import (
    GENERATIONS,
    PARTICLES,
    PersonName,
    compare_persons,
    given_canonicals,
    parse_person_forms,
)

_WORD = re.compile(r"[a-z0-9]+")
# Words that mark a name written where a person was expected as an organization's.
_ORG_MARKERS = frozenset(
    {"department", "dept", "police", "sheriff", "sheriffs", "office", "association", "assn", "union", "lodge",
     "council", "inc", "llc", "corporation", "corp", "company", "village", "city", "county", "university",
     "school", "district", "agency", "bureau", "commission", "board", "pd", "fop"}
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name to be found: a disclosed name or alias, and what it stands for (``ref``)."""

    text: str
    kind: Kind
    ref: Hashable
    date_of_birth: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    candidate: Candidate
    evidence: MatchEvidence

    @property
    def score(self) -> float:
        return self.evidence.score


def looks_like_organization(name: str) -> bool:
    """True for a name that says it is an organization ("Oak Ridge Police Dept.")."""
    return any(w in _ORG_MARKERS for w in _WORD.findall(fold_forms(name)[0].lower()))


# ------------------------------------------------------------------ keys

@lru_cache(maxsize=262144)
def _sound(word: str) -> str:
    return jellyfish.metaphone(word) if word.isalpha() else word


def _surname_keys(s: str) -> tuple[str, ...]:
    """Sound, first four letters, and first-two-plus-last-two letters (a slip in the middle)."""
    keys = ("s:" + _sound(s), "f:" + s[:4])
    return keys + ("e:" + s[:2] + s[-2:],) if len(s) >= 6 else keys


def _person_candidate_keys(forms: Sequence[PersonName]) -> set[str]:
    keys: set[str] = set()
    for n in forms:
        surnames = {n.surname, *n.surname_parts, *n.other_surnames} - {""}
        for s in surnames:
            keys.update(_surname_keys(s))
        initials = {s[0] for s in surnames}
        givens = {n.given, *n.other_given} - {""}
        for g in givens:
            if len(g) > 1:
                for c in given_canonicals(g):
                    for i in initials:
                        keys.add(f"g:{c}|{i}")
    return keys


@lru_cache(maxsize=262144)
def _person_query_keys(name: str) -> frozenset[str]:
    keys: set[str] = set()
    for form in fold_forms(name):
        words = [w for w in _WORD.findall(form.lower()) if w not in GENERATIONS]
        content = [w for w in words if w not in PARTICLES]
        for w in content:
            if len(w) >= 2:
                keys.update(_surname_keys(w))
        if len(words) > 1:
            keys.add("s:" + _sound("".join(words[-2:])))  # particles joined: "de la cruz" → delacruz
            keys.add("f:" + "".join(words)[:4])
        for g in content:
            if len(g) > 1:
                for c in given_canonicals(g):
                    for other in content:
                        if other is not g:
                            keys.add(f"g:{c}|{other[0]}")
    return frozenset(keys)


def _org_keys(org: OrgName) -> set[str]:
    keys = {"o:" + w for w in org.core} | {"o:" + _sound(w) for w in org.core if w.isalpha()}
    for acronym in {org.acronym, org.written_acronym}:
        if len(acronym) >= 3:
            keys.add("a:" + acronym)
    if len(org.core) == 1:
        keys.add("a:" + org.core[0])
    if not org.core:
        keys.add("t:" + " ".join(sorted(set(org.types) - GENERIC_TYPES)))
    return keys


@lru_cache(maxsize=262144)
def _org_query_keys(name: str) -> frozenset[str]:
    keys: set[str] = set()
    for form in fold_forms(name):
        keys |= _org_keys(parse_org(form))
    return frozenset(keys)


# ------------------------------------------------------------------ comparison

def dob_effect(a: dt.date | None, b: dt.date | None) -> tuple[float | None, str]:
    """What two dates of birth say: (None, "") when either is missing; otherwise a cap or
    a bonus on the score. A one-digit slip or a day/month swap is taken as a typo."""
    if a is None or b is None:
        return None, ""
    if a == b:
        return 5.0, f"same date of birth {a.isoformat()}"
    sa, sb = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    if sum(x != y for x, y in zip(sa, sb)) == 1 or _digits_swapped(sa, sb) or (
            a.year == b.year and a.month == b.day and a.day == b.month):
        return 0.0, f"dates of birth {a.isoformat()} / {b.isoformat()} nearly equal (a typo?)"
    return -100.0, f"different dates of birth ({a.isoformat()} / {b.isoformat()}): another person"


def _digits_swapped(a: str, b: str) -> bool:
    """1979-11-21 / 1979-11-12: two neighbouring digits typed the wrong way round."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


#: The most a pair can score when the dates of birth on both sides disagree.
REFUTED_BY_DOB_CAP = 45.0


def compare_names(
    query: str,
    candidate: str,
    kind: Kind,
    *,
    query_dob: dt.date | None = None,
    candidate_dob: dt.date | None = None,
) -> MatchEvidence:
    """Compare two names of the same kind; the evidence says how alike and why."""
    if kind is Kind.ORGANIZATION:
        best = max(
            (compare_orgs(q, c) for q in parse_org_forms(query) for c in parse_org_forms(candidate)),
            key=lambda r: r.score,
        )
    else:
        best = max(
            (compare_persons(c, q) for q in parse_person_forms(query) for c in parse_person_forms(candidate)),
            key=lambda r: r.score,
        )
    score, components, reasons = best.score, list(best.components), [best.reason]
    if kind is Kind.PERSON:
        effect, words = dob_effect(query_dob, candidate_dob)
        if effect is not None:
            if effect < 0:
                score = min(score, REFUTED_BY_DOB_CAP)
            else:
                score = min(100.0, score + effect)
            components.append(("dob", effect))
            reasons.append(words)
    if len(fold_forms(query)) > 1 or len(fold_forms(candidate)) > 1:
        reasons.append("letters from another script read as the Latin letters they imitate")
    return MatchEvidence(
        query=query,
        matched=candidate,
        score=round(score, 1),
        components=tuple(components),
        reason="; ".join(r for r in reasons if r),
    )


class NameIndex:
    """Disclosed names, filed under blocking keys, ready to be matched against parties."""

    def __init__(self, candidates: Iterable[Candidate]):
        self.candidates: list[Candidate] = list(candidates)
        self._keys: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(self.candidates):
            if c.kind is Kind.ORGANIZATION:
                keys = set().union(*(_org_keys(o) for o in parse_org_forms(c.text)))
                keys = {"O" + k for k in keys}
            else:
                keys = {"P" + k for k in _person_candidate_keys(parse_person_forms(c.text))}
            for k in keys:
                self._keys[k].append(i)

    def __len__(self) -> int:
        return len(self.candidates)

    def block(self, name: str, kind: Kind) -> set[int]:
        """The candidates sharing at least one blocking key with ``name``."""
        if kind is Kind.ORGANIZATION:
            keys = ("O" + k for k in _org_query_keys(name))
        else:
            keys = ("P" + k for k in _person_query_keys(name))
        found: set[int] = set()
        for k in keys:
            hit = self._keys.get(k)
            if hit:
                found.update(hit)
        return found

    def match(self, name: str, kind: Kind, *, date_of_birth: dt.date | None = None, floor: float = 0.0) -> list[Hit]:
        """Every candidate of ``kind`` scoring at least ``floor`` against ``name``, best first."""
        hits = []
        for i in self.block(name, kind):
            c = self.candidates[i]
            if c.kind is not kind:
                continue
            ev = compare_names(name, c.text, kind, query_dob=date_of_birth, candidate_dob=c.date_of_birth)
            if ev.score >= floor:
                hits.append(Hit(c, ev))
        hits.sort(key=lambda h: (-h.score, h.candidate.text))
        return hits


__all__ = ["Candidate", "Hit", "NameIndex", "compare_names", "dob_effect", "looks_like_organization", "TYPE_WORDS"]
