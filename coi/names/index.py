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
from coi.names.org import GENERIC_TYPES, TYPE_WORDS, OrgName, parse_org, parse_org_forms
from coi.names.compare import compare_names, dob_effect
from coi.names.person import GENERATIONS, PARTICLES, PersonName, given_canonicals, person_forms

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


@lru_cache(maxsize=262144)
def _surname_keys(s: str) -> tuple[str, ...]:
    """Sound, first four letters, and first-two-plus-last-two letters (a slip in the middle);
    a surname of four or five letters also by its first three (a slip at its end: Gold/Gols,
    Kranz/Krapz)."""
    keys = ("s:" + _sound(s), "f:" + s[:4])
    if len(s) >= 6:
        return keys + ("e:" + s[:2] + s[-2:],)
    return keys + ("f3:" + s[:3],) if len(s) in (4, 5) else keys


def _ends(word: str) -> str:
    """The first letter and the last two: what a slip in the middle of a word leaves."""
    return word[0] + word[-2:] if len(word) >= 4 else word


@lru_cache(maxsize=65536)
def _initials(given: str) -> frozenset[str]:
    """The letters a given name may be written with: its own first letter, its sound's
    (Kathy/Cathy), and its formal names' (Bill → w for William)."""
    out = {given[0], *(c[0] for c in given_canonicals(given))}
    sound = _sound(given)
    if sound:
        out.add(sound[0].lower())
    return frozenset(out)


@lru_cache(maxsize=65536)
def _given_tokens(given: str, query: bool) -> frozenset[str]:
    """How a given name takes part in a key.

    A full given name by its first three letters, its first and last two letters (a slip in
    the middle), its sound, its first letter with the others sorted (two letters swapped:
    Huhg/Hugh), and the same of each formal name it may stand for (Bill → William); so
    James meets Jim, Jmaes and Jaimes, not Jennifer or Jacob.
    An initial ("1:j") meets the names written with that initial; a party written with an
    initial only ("J. Smith") also meets every full given name it could stand for ("q:j").
    No given name at all is "*".
    """
    if not given:
        return frozenset("*")
    if len(given) == 1:
        return frozenset({"1:" + given, "q:" + given} if query else {"1:" + given})
    tokens = set()
    for name in (given, *given_canonicals(given)):
        tokens |= {"2:" + name[:3], "2:" + _ends(name), "2:" + _sound(name)[:4].lower(),
                   "2:" + name[0] + "".join(sorted(name[1:]))}
    tokens |= {("1:" if query else "q:") + i for i in _initials(given)}
    return frozenset(tokens)


# A key has two halves: an outer one (the surname's sound or spelling, or a formal given
# name) and an inner one (a given-name token, or the surname's outer letters). The index
# files candidates by outer half, then inner; a query looks up its outer halves and only
# where one is present compares inner halves, so most words cost one dictionary look-up.
Plan = tuple[tuple[str, ...], frozenset[str]]  # (outer halves, inner halves): all pairs are keys


def _pair_plan(surname: str, given: str, *, query: bool) -> tuple[Plan, ...]:
    """The keys of one reading: the surname's keys with the given name's tokens; and each
    formal form of the given name with the surname's first and last two letters."""
    if len(given) > 1:
        return (_surname_keys(surname), _given_tokens(given, query)), (_formal_keys(given), frozenset((_ends(surname),)))
    return ((_surname_keys(surname), _given_tokens(given, query)),)


@lru_cache(maxsize=65536)
def _formal_keys(given: str) -> tuple[str, ...]:
    return tuple("g:" + c for c in given_canonicals(given))


def _person_candidate_keys(forms: Sequence[PersonName]) -> set[tuple[str, str]]:
    """A disclosed name is filed under (surname, given name) pairs: a party must share a
    surname (by sound or spelling) *and* a given name (by spelling, sound, nickname or
    initial) with it, or a given name and the surname's outer letters. Middle names count as
    given names ("J. Robert Smith" is "Robert Smith")."""
    keys: set[tuple[str, str]] = set()
    for n in forms:
        # a middle word may be the first of a double surname ("Ana García López")
        surnames = {n.surname, *n.surname_parts, *n.other_surnames, *(m for m in n.middles if len(m) > 1)} - {""}
        givens = {n.given, *n.other_given, *n.middles} - {""} or {""}
        for s in surnames:
            for g in givens:
                for outers, inners in _pair_plan(s, g, query=False):
                    keys.update((o, i) for o in outers for i in inners)
            keys.update((o, "*q") for o in _surname_keys(s))  # met by a party named by surname alone
    return keys


@lru_cache(maxsize=262144)
def _person_query_readings(name: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """Every word of the party's name tried as the surname, with every other word as the
    given name: order, commas and titles need no parsing here. An initial stands in for
    the given name only when no other full word could be it ("J. Smith", not "John R. Smith").
    Each reading is (surname, given names to try — "" among them, alone: no given name)."""
    readings: list[tuple[str, tuple[str, ...], bool]] = []
    for form in fold_forms(name):
        # a single letter is an initial even where it spells a particle or a generation
        # ("E. Graves", "I. Barraza"); a particle may be a whole surname ("Le, Loretta")
        words = [w for w in _WORD.findall(form.lower()) if w not in GENERATIONS or len(w) == 1]
        content = [w for w in words if w not in PARTICLES or len(w) == 1]
        surnames = [w for w in words if len(w) >= 2]
        for i, w in enumerate(words[:-1]):
            if w in PARTICLES:  # particles joined: "de la cruz" → delacruz, lacruz
                surnames.append("".join(words[i:]))
            elif len(w) <= 3 or len(words[i + 1]) <= 2:
                # a prefix written apart ("Mc Donald", "O Brien"), a space typed inside ("Ree s")
                surnames.append(w + words[i + 1])
        for s in dict.fromkeys(surnames):
            full = [g for g in content if g != s and len(g) > 1]
            givens = full or [g for g in content if len(g) == 1]
            readings.append((s, (*givens, ""), not givens))
    return tuple(readings)


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


class NameIndex:
    """Disclosed names, filed under blocking keys, ready to be matched against parties."""

    def __init__(self, candidates: Iterable[Candidate]):
        self.candidates: list[Candidate] = list(candidates)
        self._orgs: dict[str, list[int]] = defaultdict(list)
        self._people: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for i, c in enumerate(self.candidates):
            if c.kind is Kind.ORGANIZATION:
                for k in set().union(*(_org_keys(o) for o in parse_org_forms(c.text))):
                    self._orgs[k].append(i)
            else:
                for outer, inner in _person_candidate_keys(person_forms(c.text)):
                    self._people[outer][inner].append(i)
        self._people = {o: dict(inner) for o, inner in self._people.items()}
        self._word_buckets: dict[tuple, dict[str, set[int]] | None] = {}  # per word, filled as met

    def __len__(self) -> int:
        return len(self.candidates)

    def block(self, name: str, kind: Kind) -> set[int]:
        """The candidates sharing at least one blocking key with ``name``."""
        found: set[int] = set()
        if kind is Kind.ORGANIZATION:
            for k in _org_query_keys(name):
                hit = self._orgs.get(k)
                if hit:
                    found.update(hit)
            return found
        for surname, givens, alone in _person_query_readings(name):
            bucket = self._merged(surname, _surname_keys)
            if bucket:
                for given in givens:
                    for inner in _given_tokens(given, True).intersection(bucket):
                        found.update(bucket[inner])
                if alone:  # a surname alone meets every name with that surname
                    found.update(bucket.get("*q", ()))
            ends = _ends(surname)
            for given in givens:
                if len(given) > 1:
                    formal = self._merged(given, _formal_keys)
                    if formal and ends in formal:
                        found.update(formal[ends])
        return found

    def _merged(self, word: str, outer_keys) -> dict[str, set[int]] | None:
        """The index's buckets under a word's outer keys (its surname keys, or its formal
        given names), merged into one and remembered: a docket has few distinct words."""
        key = (word, outer_keys)
        if key in self._word_buckets:
            return self._word_buckets[key]
        merged: dict[str, set[int]] = {}
        for outer in outer_keys(word):
            for inner, ids in self._people.get(outer, {}).items():
                merged.setdefault(inner, set()).update(ids)
        self._word_buckets[key] = merged or None
        return merged or None

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
