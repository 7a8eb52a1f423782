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
from coi.names.weights import PERSON as PERSON_WEIGHTS
from coi.names.org import GENERIC_TYPES, TYPE_WORDS, OrgName, compare_orgs, parse_org, parse_org_forms
from coi.names.person import (
    GENERATIONS,
    PARTICLES,
    PersonName,
    compare_persons,
    loosely_near,
    given_canonicals,
    parse_person,
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


# ------------------------------------------------------------------ parsing, fast

_PLAIN_NAME = re.compile(r"[a-z]{2,}(?: [a-z]{2,}){1,2}")


@lru_cache(maxsize=1)
def _parser_words() -> frozenset[str]:
    """The words nameparser reads as something other than a name part (titles, suffixes,
    particles, conjunctions): a name holding one of them goes to nameparser."""
    from nameparser.config import CONSTANTS

    words = set(CONSTANTS.titles) | set(CONSTANTS.suffix_acronyms) | set(CONSTANTS.suffix_not_acronyms)
    words |= set(CONSTANTS.prefixes) | set(CONSTANTS.conjunctions)
    return frozenset(words) | PARTICLES | frozenset(GENERATIONS)


def _plain_person(form: str) -> PersonName | None:
    """Two or three plain words ("Ana Maria Diaz"): given, middle, surname, as nameparser
    would read them, without its cost. None for anything else."""
    low = form.lower()
    if not _PLAIN_NAME.fullmatch(low):
        return None
    words = low.split()
    if not _parser_words().isdisjoint(words):
        return None
    return PersonName(given=words[0], middles=tuple(words[1:-1]), surname=words[-1], surname_parts=(words[-1],),
                      generation="")


@lru_cache(maxsize=262144)
def person_forms(text: str) -> tuple[PersonName, ...]:
    """Every parse of ``text``: one per folded form (transliteration, skeleton)."""
    return tuple(_plain_person(f) or parse_person(f) for f in fold_forms(text))


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


# ------------------------------------------------------------------ comparison

def dob_effect(a: dt.date | None, b: dt.date | None) -> tuple[float | None, str]:
    """What two dates of birth say: (None, "") when either is missing; otherwise a cap or
    a bonus on the score. A one-digit slip or a day/month swap is taken as a typo."""
    if a is None or b is None:
        return None, ""
    if a == b:
        return PERSON_WEIGHTS.same_dob_bonus, f"same date of birth {a.isoformat()}"
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


def _refuted(components: list[tuple[str, float]]) -> bool:
    """Another generation (Jr./Sr.) or another middle name: the name says another person."""
    parts = dict(components)
    return parts.get("generation", 0) <= -100 or parts.get("middle", 0) < 0


def _near_on_both_parts(components: list[tuple[str, float]]) -> bool:
    """Surname near, given name near or missing, nothing against (generation, middle name,
    a weak swapped reading): what a same date of birth may lift to a prompt."""
    parts = dict(components)
    if _refuted(components) or parts.get("weak order", 0) < 0:
        return False
    return (parts.get("surname", 0) >= 100 * PERSON_WEIGHTS.surname_near
            and parts.get("given", 0) >= 100 * PERSON_WEIGHTS.missing_given)


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
            (compare_persons(c, q) for q in person_forms(query) for c in person_forms(candidate)),
            key=lambda r: r.score,
        )
    score, components, reasons = best.score, list(best.components), [best.reason]
    if kind is Kind.PERSON:
        effect, words = dob_effect(query_dob, candidate_dob)
        if effect is not None:
            if effect < 0:
                score = min(score, REFUTED_BY_DOB_CAP)
            elif effect > 0 and _near_on_both_parts(components):
                score = min(100.0, max(score + effect, PERSON_WEIGHTS.dob_corroborated))
                reasons.append("the same date of birth corroborates a name near on both parts")
            elif (effect > 0 and score + effect < PERSON_WEIGHTS.dob_corroborated and not _refuted(components)
                  and any(loosely_near(q, c) for q in person_forms(query) for c in person_forms(candidate))):
                score = PERSON_WEIGHTS.dob_corroborated
                reasons.append("the same date of birth, and the names alike but for slips (two letters, "
                               "or the sound): taken for one person")
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
