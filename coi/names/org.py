"""Organization names: reduce to what identifies the organization, then compare.

``Village of Oak Ridge Police Dept., Inc.`` and ``Oak Ridge PD`` are the same agency;
``Oak Ridge Fire Department`` and ``FOP Lodge 73`` are not ``Oak Ridge Police
Department`` and ``FOP Lodge 7``. So a name is split into its *core* (the words that say
which one: ``oak ridge``), its *type* (``police department``) and its *numbers* (``7``),
after legal forms (cleanco), filler words and the kind of place (village, county, …) are
removed and common abbreviations expanded. Cores are compared in any word order; types
must agree; numbers must be equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from cleanco import basename
from rapidfuzz import fuzz

from coi.names.normalize import fold_forms
from coi.names.weights import ORG as W

# Abbreviation → its words. Applied token by token after folding and lower-casing.
ABBREVIATIONS: dict[str, str] = {
    "dept": "department", "dep": "department", "depts": "department", "pd": "police department",
    "so": "sheriff office", "fd": "fire department", "sao": "state attorney office",
    "doc": "department of corrections", "isp": "illinois state police",
    "assn": "association", "assoc": "association", "asso": "association", "ass'n": "association",
    "fop": "fraternal order of police", "intl": "international", "natl": "national",
    "univ": "university", "ofc": "office", "off": "office", "dist": "district", "twp": "township",
    "cty": "county", "cnty": "county", "co": "county", "mt": "mount", "ft": "fort", "il": "illinois",
    "ill": "illinois", "st": "saint", "comm": "commission", "svc": "service", "svcs": "service",
    "pol": "police", "sherriff": "sheriff", "sheriffs": "sheriff", "atty": "attorney",
    "attys": "attorney", "attorneys": "attorney", "chiefs": "chief", "officers": "officer",
    "corrections": "correction", "dpt": "department",
}
FILLER = frozenset({"the", "of", "and", "for", "a", "an", "in", "at", "on", "to"})
# The kind of place an agency belongs to: dropped, "Village of Oak Ridge PD" = "Oak Ridge PD".
PLACE_KINDS = frozenset({"village", "city", "town", "township", "county", "borough", "municipality", "metropolitan"})
# Words that say what kind of organization it is, not which one.
TYPE_WORDS = frozenset(
    {"police", "department", "sheriff", "office", "fire", "state", "attorney", "public", "defender",
     "association", "union", "lodge", "council", "labor", "fraternal", "order", "officer", "chief",
     "court", "circuit", "school", "district", "university", "college", "board", "commission", "service",
     "correction", "jail", "agency", "bureau", "division", "unit", "patrol", "marshal", "security",
     "transit", "airport", "hospital", "law", "enforcement", "benevolent",
     "protective", "national", "international", "organization", "society", "league", "coalition",
     "network", "foundation", "center", "centre", "group", "committee", "clinic", "church", "club", "local"}
)
# Type words that say little on their own: "Police Department" = "Police" = "Police Office".
GENERIC_TYPES = frozenset({"department", "office", "service", "agency", "bureau", "division", "unit",
                           "organization", "group", "center", "centre"})
_LEGAL_FORMS = frozenset({"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "company", "nfp",
                          "plc", "lp", "llp", "pc", "pllc", "nonprofit", "non profit"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_DOTTED = re.compile(r"\b(?:[a-z]\. ?){2,}")
_NUMBER_MARKS = frozenset({"no", "nr", "num", "number"})
_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


@dataclass(frozen=True, slots=True)
class OrgName:
    core: tuple[str, ...]
    types: tuple[str, ...]
    numbers: tuple[str, ...]
    acronym: str  # the initials of core and type words: "illinois association chief police" → "iacp"
    written_acronym: str = ""  # the initials as written, place kinds kept: Lakemoor County Sheriff's Office → lcso
    qualifier: tuple[str, ...] = ()  # words written in brackets: Spago (Los Angeles) → ("los", "angeles")

    @property
    def tokens(self) -> tuple[str, ...]:
        return self.core + self.types + self.numbers

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=262144)
def parse_org(text: str) -> OrgName:
    """Reduce one folded (ASCII) organization name to its core, type and numbers; words in
    brackets are kept apart as its *qualifier* (a place, a branch, an acronym)."""
    qualifier = tuple(w for q in _BRACKETED.findall(text) for w in _SPLIT.split(q.lower()) if w)
    bare = _BRACKETED.sub(" ", text)
    if qualifier and bare.strip():
        return replace(_parse_plain(bare), qualifier=qualifier)
    return _parse_plain(text)


def _qualifier_words(org: OrgName) -> tuple[str, ...]:
    """The bracketed words reduced as a name's words are (abbreviations, filler, stems)."""
    parsed = _parse_plain(" ".join(org.qualifier))
    return (*parsed.core, *parsed.types, *parsed.numbers)


@lru_cache(maxsize=262144)
def _parse_plain(text: str) -> OrgName:
    text = basename(text) or text
    text = text.lower().replace("&", " and ").replace("'", "")
    text = _DOTTED.sub(lambda m: m.group().replace(".", "").replace(" ", "") + " ", text)  # F.O.P. → fop
    words: list[str] = []
    raws = [r for r in _SPLIT.split(text) if r]
    for i, raw in enumerate(raws):
        if raw in _NUMBER_MARKS and i + 1 < len(raws) and raws[i + 1].isdigit():
            continue  # "Lodge No. 17", "Local Nr 7": the mark says a number follows
        words.extend(ABBREVIATIONS.get(raw, raw).split())
    core: list[str] = []
    types: list[str] = []
    numbers: list[str] = []
    written = "".join(w[0] for w in words if w not in FILLER and w not in _LEGAL_FORMS and not w[0].isdigit())
    for w in words:
        if w in FILLER or w in PLACE_KINDS or w in _LEGAL_FORMS:
            continue
        w = ABBREVIATIONS.get(w, w)
        if w.isdigit():
            numbers.append(str(int(w)))
        elif w.rstrip("stndrdth").isdigit() and w[0].isdigit():  # 7th, 21st
            numbers.append(str(int(w.rstrip("stndrdth"))))
        elif w in TYPE_WORDS or _stem(w) in TYPE_WORDS:
            types.append(_stem(w) if _stem(w) in TYPE_WORDS else w)
        else:
            core.append(_stem(w))
    acronym = "".join(w[0] for w in core + types)
    return OrgName(tuple(core), tuple(types), tuple(numbers), acronym, written)


def parse_org_forms(text: str) -> tuple[OrgName, ...]:
    return tuple(parse_org(f) for f in fold_forms(text))


@dataclass(frozen=True, slots=True)
class OrgComparison:
    score: float
    components: tuple[tuple[str, float], ...]
    reason: str


# Words that make an organization one of members (a union, a lodge, an association), not
# the agency its members work for: Ridgeview Police ≠ Ridgeview Police Benevolent Association.
MEMBERSHIP_TYPES = frozenset({"association", "union", "lodge", "council", "benevolent", "fraternal", "league",
                              "society", "coalition", "local", "protective"})


def _kind_similarity(a: OrgName, b: OrgName) -> float:
    """1.0 when the distinctive type words agree (one set within the other), else their overlap;
    an association of members is never the same kind as the agency they serve in."""
    ta = set(a.types) - GENERIC_TYPES
    tb = set(b.types) - GENERIC_TYPES
    if ta and tb and bool(ta & MEMBERSHIP_TYPES) != bool(tb & MEMBERSHIP_TYPES):
        return 0.5
    if not ta and not tb:
        return 1.0 if bool(a.types) == bool(b.types) else 0.9
    if not ta or not tb:
        return 0.9
    if ta <= tb or tb <= ta:
        return 1.0
    return len(ta & tb) / len(ta | tb)


def _with_qualifier(n: OrgName) -> OrgName:
    return replace(n, core=n.core + _qualifier_words(n), qualifier=()) if n.qualifier else n


def compare_orgs(a: OrgName, b: OrgName) -> OrgComparison:
    """Score two organization names 0-100, with the parts that decided it; ``a`` is the
    name searched for (a party), ``b`` the name known (a disclosed name or alias).

    A qualifier in brackets on one side only (a city, a branch) does not make another
    organization (Spago (Los Angeles) = Spago), but it may be written inline on the other
    side (Collaborative (Illinois) = Collaborative of Illinois): the better reading counts.
    On both sides it is compared as part of the name (Spago (Los Angeles) ≠ Spago (Las Vegas)).
    """
    if a.qualifier and b.qualifier:
        return _compare_orgs(_with_qualifier(a), _with_qualifier(b))
    if a.qualifier or b.qualifier:
        bare = _compare_orgs(a, b, note=f"({' '.join(a.qualifier or b.qualifier)}) on one side only")
        inline = _compare_orgs(_with_qualifier(a), _with_qualifier(b))
        return bare if bare.score >= inline.score else inline
    return _compare_orgs(a, b)


def _compare_orgs(a: OrgName, b: OrgName, note: str = "") -> OrgComparison:
    if not a.tokens or not b.tokens:
        return OrgComparison(0.0, (), "nothing left to compare")
    reasons: list[str] = [note] if note else []
    # an acronym on one side written out on the other: ILACP / Illinois Association of Chiefs of Police
    # The initials as written (place kinds kept: LCSO) count only for an acronym in the
    # query: a party's full name that abbreviates like a disclosed acronym is weak evidence
    # when the disclosed full name is known too (Black Officers Coalition of Indiana ≠ BOCI).
    for x, y, written in ((a, b, True), (b, a, False)):
        if (len(x.core) == 1 and not x.types and len(x.core[0]) >= 3 and len(y.tokens) >= 3
                and (x.core[0] == y.acronym or (written and x.core[0] == y.written_acronym))):
            return OrgComparison(W.acronym, (("acronym", 100.0),), f"acronym {x.core[0].upper()} = {y.text}")
    if a.core or b.core:
        core = fuzz.token_sort_ratio(" ".join(a.core), " ".join(b.core)) / 100
        reasons.append(f"names {' '.join(a.core) or '-'} ~ {' '.join(b.core) or '-'}" if core < 1 else f"name {' '.join(a.core)} equal")
    else:
        core = 1.0
    kind = _kind_similarity(a, b)
    if kind == 1.0:
        reasons.append("same kind of organization")
    elif a.types and b.types:
        reasons.append(f"kinds differ: {' '.join(a.types)} / {' '.join(b.types)}")
    score = 100 * (W.core * core + W.kind * kind)
    components = [("name", round(100 * core, 1)), ("kind", round(100 * kind, 1))]
    if core < W.core_near:
        score = min(score, W.differs_cap)
    if kind < 0.75:
        score = min(score, W.differs_cap)
    if set(a.numbers) != set(b.numbers) and (a.numbers or b.numbers):
        if a.numbers and b.numbers:
            score = min(score, W.numbers_cap)
            reasons.append(f"numbers differ ({'/'.join(a.numbers)} vs {'/'.join(b.numbers)})")
            components.append(("number", -100.0))
        else:
            score -= W.number_one_side
            reasons.append("a number on one side only")
            components.append(("number", -W.number_one_side))
    return OrgComparison(max(0.0, min(100.0, score)), tuple(components), "; ".join(reasons))
