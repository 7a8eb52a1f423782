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
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import jellyfish

from coi.model import Feature, Kind, MatchEvidence
from coi.names import korean
from coi.names.compare import compare_names
from coi.names.dates import LEVELS as DOB_LEVELS
from coi.names.dates import Birthdays, dob_level, placeholder
from coi.names.evidence import level_weight
from coi.names.frequency import NameFrequencies
from coi.names.normalize import fold_forms, fold_once, folds_to_its_words, may_hold_ocr_digits, ocr_letters
from coi.names.org import (
    FOREIGN_TRADE_WORDS,
    GENERIC_TYPES,
    TYPE_WORDS,
    OrgName,
    county_named,
    org_forms,
    org_initial_runs,
    parse_org,
    parse_org_forms,
    written_acronyms,
)
from coi.names.org_corpus import OrgCorpus
from coi.names.person import (
    AND_JOINED,
    DOING_BUSINESS,
    GENERATION_CALL_NAMES,
    GENERATIONS,
    PARTICLES,
    PREFIX_LETTERS,
    SURNAME_PREFIXES,
    PersonName,
    given_canonicals,
    ocr_shape,
    person_forms,
    surname_spelling,
    transliteration_key,
    without_capacity,
)

_WORD = re.compile(r"[a-z0-9]+")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sgt", "officer", "det", "lt", "capt", "chief", "deputy",
                     "judge", "hon", "rev", "prof"})
# Words that mark a name written where a person was expected as an organization's (it is then
# screened as both): none is a name many Americans bear (at most 10,000 in the shipped Census
# tables: Council, Sheriff, Lodge are rare surnames; Church, Guild, League, College are left out).
_ORG_MARKERS = frozenset(
    {"department", "dept", "police", "sheriff", "sheriffs", "office", "association", "assn", "union", "lodge",
     "council", "inc", "llc", "corporation", "corp", "company", "village", "city", "county", "university",
     "school", "district", "agency", "bureau", "commission", "board", "pd", "fop",
     "society", "federation", "coalition", "foundation", "institute", "fraternal", "brotherhood", "academy",
     "hospital", "clinic", "correctional", "corrections", "jail", "prison", "patrol", "troopers", "firefighters",
     "authority", "organization", "committee", "club", "network", "cooperative", "services", "utility",
     "utilities", "enterprises", "industries", "partners", "associates", "attorneys", "lawyers", "llp", "ltd",
     "incorporated",
     # a business's trade (coi.names.org.TRADE_NOUNS), and the "dba" joining its legal and trade names
     "restaurant", "tavern", "pizzeria", "taqueria", "steakhouse", "saloon", "lounge", "motel", "hotel", "towing",
     "automotive", "collision", "pharmacy", "jewelers", "liquors", "bakery", "cleaners", "pawn", "salon", "dba",
     # an eating place's words that no one bears as a name (the Census tables; not Grill, Kitchen, Bar)
     "cafe", "caffe", "grille", "pizza", "pub", "bistro", "diner", "deli", "delicatessen", "eatery", "trattoria",
     "ristorante", "brasserie", "cantina", "chophouse", "cuisine", "brewery", "brewing", "brewpub", "taproom",
     "taphouse", "alehouse", "nightclub", "inn",
     # a business's trade in its owners' language (coi.names.org.FOREIGN_TRADE_WORDS, as the parse
     # holds them: with a plural's s too, Abarrotes, Panaderias), and BBQ
     *FOREIGN_TRADE_WORDS, *(w + "s" for w in FOREIGN_TRADE_WORDS), "bbq", "smokehouse"}
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


#: A possessive followed by a word (Lala's Grill, Kelly's Irish Pub): a business's name, never
#: a person's (O'Brien, D'Angelo have no "'s" before another word).
_APOSTROPHES = ("'", "\u2019", "\u02bc")
_POSSESSIVE_NAME = re.compile(rf"[^\W\d_][{''.join(_APOSTROPHES)}]s\s+[^\W\d_]", re.IGNORECASE)


def _possessive_name(name: str) -> bool:
    """Whether ``name`` writes a possessive before another word (:data:`_POSSESSIVE_NAME`);
    the pattern is searched only in a name holding an apostrophe (screening asks this of every
    party filed as a person: most hold none)."""
    return any(a in name for a in _APOSTROPHES) and _POSSESSIVE_NAME.search(name) is not None


def looks_like_organization(name: str) -> bool:
    """True for a name that says it is an organization ("Oak Ridge Police Dept.", "Lala's
    Grill") or names one a person does business as (John Smith d/b/a Smith Roofing: its
    organization reading's forms hold the business's name); screening asks it once of each party name (folded uncached: :func:`fold_once`) —
    without the capacity a pleading names a person in (Robert Lee, in his official capacity as
    Chief of Police: :func:`without_capacity`)."""
    if "," in name:
        name = without_capacity(name)
    return _marks_organization(name) or _possessive_name(name) \
        or (("/" in name or "dba" in name.lower() or "doing" in name.lower()) and DOING_BUSINESS.search(name) is not None)


def organizations_named(name: str) -> list[str]:
    """The names an organization is read from in a party name that :func:`looks_like_organization`:
    the whole, and the bodies a person party's description names after a comma (Deputy Carlos
    Mendoza, Cook County Sheriff's Office; Andre Williams, #M12345, Stateville Correctional
    Center) or beside the person after "and" (Patrick Flynn and Flynn Roofing Co.), each of
    which a member may work for; the whole name, compared as an organization's, holds the
    person's words too and met none of them."""
    out = [name]
    if "," in name:
        out += [s.strip() for s in name.split(",")[1:]  # not a legal description: "…, an Illinois corporation"
                if _marks_organization(s) and len(s.split()) >= 2
                and s.split()[0].lower() not in ("a", "an")]
    if " and " in name.lower() or "&" in name:
        halves = AND_JOINED.split(name)
        if len(halves) == 2 and _marks_organization(halves[1]) and not _marks_organization(halves[0]):
            out.append(halves[1].strip(" ,"))
    return list(dict.fromkeys(out))


def _marks_organization(text: str) -> bool:
    """Whether ``text`` holds a word that marks an organization's name (:data:`_ORG_MARKERS`)."""
    return not _ORG_MARKERS.isdisjoint(_WORD.findall(_folded_text(text)))


def _folded_text(name: str) -> str:
    """A party name folded for its words and commas: :func:`fold_once`, sooner for a name
    that :func:`folds_to_its_words` (as :func:`_query_readings` reads it)."""
    if folds_to_its_words(name):
        return name.lower()
    return fold_once(name)


# ------------------------------------------------------------------ keys

#: The words whose keys (sound, surname keys, initials, formal names) one process keeps.
#: Few: blocking asks for a word's keys once, then keeps what they open per word in the index
#: (:meth:`NameIndex._block_person`; only a date of birth some disclosed person shares asks
#: again, :meth:`NameIndex._block_date`); a larger cache held each word twice — on the
#: generated million-row docket about 45 MB a worker, for no time saved.
WORD_CACHE = 4096


@lru_cache(maxsize=WORD_CACHE)
def _sound(word: str) -> str:
    return jellyfish.metaphone(word) if word.isalpha() else word


@lru_cache(maxsize=WORD_CACHE)
def _surname_keys(s: str) -> tuple[str, ...]:
    """Sound, first four letters, and first-two-plus-last-two letters (a slip in the middle);
    a surname of four or five letters also by its first three (a slip at its end: Gold/Gols,
    Kranz/Krapz); a Korean surname also by the Hangul it may write (Jo/Cho, Park/Bak:
    coi.names.korean)."""
    keys = ("s:" + _sound(s), "f:" + s[:4], *("k:" + h for h in korean.surname_readings(s)))
    if len(s) >= 6:
        keys += ("e:" + s[:2] + s[-2:],)
    elif len(s) in (4, 5):
        keys += ("f3:" + s[:3],)
    shaped = ocr_shape(s)
    if shaped != s:  # a letter a scanner may have misread by its shape (Kirig / King): the word it reads as
        keys += tuple(k for k in ("s:" + _sound(shaped), "f:" + shaped[:4]) if k not in keys)
    spelt = surname_spelling(s)
    if spelt is not None:  # one of a surname's English spellings (Chaudhry / Choudhary, Mukherjee / Mukerji)
        keys += ("r:" + spelt,)
    return keys


def _ends(word: str) -> str:
    """The first letter and the last two: what a slip in the middle of a word leaves."""
    return word[0] + word[-2:] if len(word) >= 4 else word


@lru_cache(maxsize=WORD_CACHE)
def _initials(given: str) -> frozenset[str]:
    """The letters a given name may be written with: its own first letter, its sound's
    (Kathy/Cathy), and its formal names' (Bill → w for William)."""
    out = {given[0], *(c[0] for c in given_canonicals(given))}
    sound = _sound(given)
    if sound:
        out.add(sound[0].lower())
    return frozenset(out)


@lru_cache(maxsize=65536)
def _given_tokens(given: str, query: bool, slips: bool = True) -> frozenset[str]:
    """How a given name takes part in a key.

    A full given name by its first three letters, its first and last two letters (a slip in
    the middle), its sound, its first letter with the others sorted (two letters swapped:
    Huhg/Hugh), the first four letters of its spelling key (transliteration_key:
    Christopher and Kristofer are both "kris"), its slip keys (any one slip after the first
    letter: Tori/Toei, :func:`_slip_keys`; not with ``slips=False``, as under a date of
    birth, where the given name of a married name is written alike), and the same of each
    formal name it may stand for (Bill → William); so
    James meets Jim, Jmaes and Jaimes, not Jennifer or Jacob.
    An initial ("1:j") meets the names written with that initial; a party written with an
    initial only ("J. Smith") also meets every full given name it could stand for ("q:j").
    No given name at all is "*".
    """
    if not given:
        return frozenset("*")
    if len(given) == 1:
        return frozenset({"1:" + given, "q:" + given} if query else {"1:" + given})
    tokens: set[str] = set()
    for name in (given, *given_canonicals(given)):
        tokens.update(_spelling_tokens(name, slips=slips))
    tokens |= {("1:" if query else "q:") + i for i in _initials(given)}
    return frozenset(tokens)


#: The prefixes of a given name's initial tokens (:func:`_given_tokens`).
_INITIAL_TOKENS = ("1:", "q:")


def _spelling_tokens(name: str, *, slips: bool = True) -> tuple[str, ...]:
    """The tokens of one full given name's spelling (:func:`_given_tokens`): its first three
    letters, its ends, its sound, its first letter with the others sorted, its spelling key,
    and its slip keys (:func:`_slip_keys`: any one slip after the first letter)."""
    tokens: tuple[str, ...] = ("2:" + name[:3], "2:" + _ends(name), "2:" + _sound(name)[:4].lower(),
                               "2:" + name[0] + "".join(sorted(name[1:])), "2t:" + transliteration_key(name)[:4])
    shaped = ocr_shape(name)
    if shaped != name:  # (a letter misread by its shape: Dori / Don)
        tokens += ("2:" + shaped[:3], "2:" + _sound(shaped)[:4].lower())
    return (*tokens, *(_SLIP + k for k in _slip_keys(name, GIVEN_SLIP_LONGEST))) if slips else tokens


#: The mark of a given name's slip keys among its tokens (:func:`_spelling_tokens`).
_SLIP = "2d:"


def _slip_keys(word: str, longest: int) -> tuple[str, ...]:
    """Keys two words one slip apart after their first letter share — a letter changed,
    added or dropped, or two neighbours swapped: the word and each word one letter shorter
    it holds, the first letter kept (the deletions of SymSpell). Made for words of at most
    ``longest`` letters, those whose other keys can all be spoilt by one slip (Tori/Toei,
    Sach/Sah, Le/Les, Rundle/Runlde; :func:`_given_tokens`, :func:`_surname_tokens`): a
    longer word's other keys always keep one intact, and so no more keys are filed or looked
    up for it (tests/test_blocking.py tries every slip of words of every length). A
    two-letter word is only itself. A first letter changed is no slip to block on: two real
    names (Kim/Lim, Hernandez/Fernandez) are two people far more often than a first letter
    is mistyped. A surname's slip keys are filed with a full given name (its formal forms)
    and with a date of birth: "J. Sach" or "Sach" alone meets "Sah" only with a date."""
    n = len(word)
    if n < 2 or n > longest:
        return ()
    if n == 2:
        return (word,)
    return (word, *{word[:i] + word[i + 1:] for i in range(1, n)})


#: The longest given name whose other tokens one slip may all spoil: Tori/Toei loses its
#: first three letters and its ends; from five letters on, one of them, or its letters sorted
#: (two swapped), is always left.
GIVEN_SLIP_LONGEST = 4
#: The longest surname whose other keys one slip may all spoil: Sach/Sah, Rundle/Runlde (two
#: letters swapped across its first four and its last two); from seven letters on, its first
#: four or its first letter and last two are always left.
SURNAME_SLIP_LONGEST = 6


@lru_cache(maxsize=4096)  # the common short surnames: a worker's every one would hold megabytes
def _surname_slips(surname: str) -> tuple[str, ...]:
    """A surname's slip keys, marked (:func:`_slip_keys`; none for a long one): filed with a
    formal given name, after its first letter and last two, and with a date of birth."""
    return tuple("sd:" + k for k in _slip_keys(surname, SURNAME_SLIP_LONGEST))


def _slips_of(surname: str) -> tuple[str, ...]:
    """:func:`_surname_slips`, asked only of a surname short enough to have any (a long
    word, met once, leaves no empty entry in the cache)."""
    return _surname_slips(surname) if len(surname) <= SURNAME_SLIP_LONGEST else ()


def _surname_tokens(surname: str) -> tuple[str, ...]:
    """How a surname takes part in a key under a formal given name (:func:`_pair_plan`): its
    first letter and last two (a slip in the middle), then its slip keys (:func:`_surname_slips`:
    a slip anywhere after the first letter)."""
    return (_ends(surname), *_slips_of(surname))


def _filed_slips(filed: frozenset[str]) -> frozenset[str]:
    """The given names' slip keys among tokens ``filed``, without their mark."""
    return frozenset(t[len(_SLIP):] for t in filed if t.startswith(_SLIP))


def _filed_query_tokens(given: str, filed: frozenset[str], slips: frozenset[str]) -> frozenset[str]:
    """``_given_tokens(given, True) & filed`` — a party's given name's tokens that some
    disclosed name is filed under — made token by token, without the full set (a docket's
    every word is met as a given name once, :meth:`NameIndex._given_word`). ``slips``:
    :func:`_filed_slips` of ``filed``, made once by the index."""
    if len(given) < 2:
        return _given_tokens.__wrapped__(given, True) & filed
    found = []
    for name in given_canonicals(given):  # the given name itself among them
        for token in _spelling_tokens(name, slips=False):
            if token in filed:
                found.append(token)
        for key in _slip_keys(name, GIVEN_SLIP_LONGEST):
            if key in slips:
                found.append(_SLIP + key)
    for initial in _initials(given):
        if "1:" + initial in filed:
            found.append("1:" + initial)
    return frozenset(found)


# A key has two halves: an outer one (the surname's sound or spelling, or a formal given
# name) and an inner one (a given-name token, or the surname's outer letters). The index
# files candidates by outer half, then inner; a query looks up its outer halves and only
# where one is present compares inner halves, so most words cost one dictionary look-up.
Plan = tuple[tuple[str, ...], frozenset[str]]  # (outer halves, inner halves): all pairs are keys


def _pair_plan(surname: str, given: str, *, query: bool) -> tuple[Plan, ...]:
    """The keys of one reading: the surname's keys with the given name's tokens; and each
    formal form of the given name with the surname's first and last two letters and, for a
    short surname, its slip keys (:func:`_surname_tokens`)."""
    if len(given) > 1:
        return (_surname_keys(surname), _given_tokens(given, query)), (_formal_keys(given), frozenset(_surname_tokens(surname)))
    return ((_surname_keys(surname), _given_tokens(given, query)),)


@lru_cache(maxsize=WORD_CACHE)
def _formal_keys(given: str) -> tuple[str, ...]:
    return tuple("g:" + c for c in given_canonicals(given))


def _dob_key(date_of_birth: dt.date) -> str:
    return "d:" + date_of_birth.isoformat()


def _korean_keys(surname: str, givens: Iterable[str]) -> set[tuple[str, str]]:
    """A Korean name's keys by its Hangul (coi.names.korean): the surname's, with the first
    syllable of each given form (Kyung-soo and Gyeong-su are both 경): their spellings may
    share no letters the other keys use. Nothing for a surname no Korean table holds."""
    surnames = korean.surname_readings(surname)
    if not surnames:
        return set()
    syllables = {h for g in givens if g for h in korean.first_syllables(g)}
    return {("k:" + s, _KOREAN_GIVEN + h) for s in surnames for h in syllables}


#: The mark of a Korean given name's first syllable among the inner halves of a key.
_KOREAN_GIVEN = "kg:"


def _person_candidate_keys(forms: Sequence[PersonName], date_of_birth: dt.date | None = None
                           ) -> set[tuple[str, str]]:
    """A disclosed name is filed under (surname, given name) pairs: a party must share a
    surname (by sound or spelling) *and* a given name (by spelling, sound, nickname or
    initial) with it, or a given name and the surname's outer letters. Middle names count as
    given names ("J. Robert Smith" is "Robert Smith"). With a date of birth, also under
    (date, given name) — a married name: the same given name and birth date under another
    surname — and (date, surname key or deletion): a given name changed beyond its tokens;
    not under a placeholder date (coi.names.dates.placeholder), which says no birthday."""
    keys: set[tuple[str, str]] = set()
    outer = _dob_key(date_of_birth) if date_of_birth is not None and not placeholder(date_of_birth) else None
    for n in forms:
        # a scanner's digits read as letters, as a party's are (_form_readings)
        own_givens = {ocr_letters(w) for w in (n.given, *n.other_given, *n.middles)} - {""}
        # a man with a generation is met by the name he goes by after it (Trey for a III)
        own_givens |= GENERATION_CALL_NAMES.get(n.generation, frozenset())
        own_surnames = {ocr_letters(w) for w in (n.surname, *n.surname_parts, *n.other_surnames)} - {""}
        if outer is not None:
            for g in own_givens:
                keys.update((outer, t) for t in _given_tokens(g, False, False))
            for s in own_surnames:
                keys.update((outer, k) for k in _surname_keys(s))
                keys.update((outer, t) for t in _slips_of(s))
        # a middle word may be the first of a double surname ("Ana García López"); one middle
        # word a surname's prefix, its first part written apart (Kathleen O Connor: O'Connor)
        surnames = own_surnames | ({ocr_letters(m) for m in n.middles if len(m) > 1} - {""})
        if len(n.middles) == 1 and n.middles[0] in SURNAME_PREFIXES:
            surnames.add(ocr_letters(n.middles[0] + n.surname))
        givens = own_givens or {""}
        for s in surnames:
            for g in givens:
                for outers, inners in _pair_plan(s, g, query=False):
                    keys.update((o, i) for o in outers for i in inners)
            keys.update((o, "*q") for o in _surname_keys(s))  # met by a party named by surname alone
            keys.add((_EXACT_SURNAME + s, _BEARS))  # met by a reading joined across a single letter
        for s in own_surnames:
            # met by a party whose middle initial is a given name's first letter, under the
            # surname as written (the level counts only beside it: _MIDDLE_INITIAL)
            if _goes_by_middle_filed(s):
                keys.update((_EXACT_SURNAME + s, _MIDDLE_INITIAL + g[0]) for g in own_givens if len(g) > 1)
            if outer is not None:  # with a date of birth under any surname: a date near it brings any back
                keys.update((_EXACT_SURNAME + s, _MIDDLE_INITIAL_DATED + g[0]) for g in own_givens if len(g) > 1)
        if n.surname and korean.surname_readings(n.given):
            # a Korean name disclosed surname first ("Park Ji-hoon", read with Park as the given
            # name) is also filed as Ji-hoon Park, so that Ji-hoon Bak meets it
            for outers, inners in _pair_plan(n.given, n.surname, query=False):
                keys.update((o, i) for o in outers for i in inners)
            keys.update(_korean_keys(n.given, (n.surname, *n.surname_parts)))
        keys.update(_korean_keys(n.surname, (n.given, *n.other_given)))
    return keys


#: One reading of a party's name (:func:`_person_query_readings`): (surname, given names, alone,
#: spaced) — a word taken for the surname; the given names tried with it ("" among them, alone:
#: no given name); whether no full word is left for a given name; whether the surname joins a
#: single letter standing between two words to one of them ("Jade P Aine": a space typed inside
#: Paine, where a middle initial mostly stands), met only by the disclosed names whose surname is
#: written so (:data:`_BEARS`). A plain tuple: a docket's every name makes a few (a NamedTuple's
#: making cost 3 % of a screening's time on a docket of middle initials).
Reading = tuple[str, tuple[str, ...], bool, bool]


@lru_cache(maxsize=262144)
def _person_query_readings(name: str) -> tuple[Reading, ...]:
    """Every word of the party's name tried as the surname, with every other word as the
    given name: order, commas and titles need no parsing here. An initial stands in for
    the given name only when no other full word could be it ("J. Smith", not "John R. Smith").
    Each reading is (surname, given names to try — "" among them, alone: no given name)."""
    return _query_readings(name)


def _query_readings(name: str) -> tuple[Reading, ...]:
    """:func:`_person_query_readings`, uncached (screening meets each party name once)."""
    if folds_to_its_words(name):  # fold_forms gives it back with its spaces collapsed: the same words
        return _form_readings(name.lower())
    forms = fold_forms(name)
    if len(forms) == 1:
        return _form_readings(forms[0].lower())
    return tuple(r for form in forms for r in _form_readings(form.lower()))


def _form_readings(form: str) -> tuple[Reading, ...]:
    """The readings of one folded, lower-cased form (:func:`_person_query_readings`); a
    scanner's digits in a word read as the letters they stand for (5anchez: sanchez)."""
    words = _WORD.findall(form)
    if may_hold_ocr_digits(form):
        words = [ocr_letters(w) for w in words]
    if len(words) == 2:
        a, b = words
        if len(a) > 3 and len(b) > 2 and a != b and a not in _ODD_WORDS and b not in _ODD_WORDS:
            # two plain words (most names): each the surname, the other the given name
            return (a, (b, ""), False, False), (b, (a, ""), False, False)
    elif len(words) == 3:
        a, x, b = words
        if (len(x) == 1 and x.isalpha() and x not in _ONE_LETTER_SURNAMES and len(a) > 3 and len(b) > 2
                and a != b and not _ODD_WORDS.intersection(words)):
            # a given name, a middle initial and a surname (HENRY B KEEBLE, the commonest after two
            # plain words), read as below: each word the surname, the initial as a middle initial,
            # and the initial joined to each (a space typed inside a word), met written alike — but
            # a prefix's letter joined to the surname after it (O Brien), met as any surname
            m = _MIDDLE_INITIAL + x
            read: list[Reading] = [(a, (b, m, ""), False, False), (b, (a, m, ""), False, False)]
            if a + x != b:
                read.append((a + x, (a, b, m, ""), False, True))
            if x + b != a and x + b != a + x:
                read.append((x + b, (a, b, m, ""), False, x not in PREFIX_LETTERS))
            return tuple(read)
    # a single letter is an initial even where it spells a particle or a generation
    # ("E. Graves", "I. Barraza"); a particle may be a whole surname ("Le, Loretta")
    called = frozenset().union(*(GENERATION_CALL_NAMES.get(GENERATIONS[w], frozenset())
                                 for w in words if w in GENERATIONS and len(w) > 1))
    words = [w for w in words if w not in GENERATIONS or len(w) == 1]
    content = [w for w in words if w not in PARTICLES or len(w) == 1]
    surnames = [w for w in words if len(w) >= 2 or w in _ONE_LETTER_SURNAMES]
    joined: list[tuple[str, str, str]] = []  # (two words written as one, the first, the second)
    spaced: set[str] = set()  # joined with a single letter between two words: a middle initial's place
    for i, w in enumerate(words[:-1]):
        if w in PARTICLES:  # particles joined: "de la cruz" → delacruz, lacruz
            surnames.append("".join(words[i:]))
        elif len(w) <= 3 or len(words[i + 1]) <= 2:
            # a prefix written apart ("Mc Donald", "O Brien"), a space typed inside ("Ree s")
            nxt = words[i + 1]
            surnames.append(w + nxt)
            if len(w) > 1 and len(nxt) > 1:  # or inside a given name ("Ro Nan", "Og-ja")
                joined.append((w + nxt, w, nxt))
            elif ((len(w) > 1 and i + 2 < len(words) and len(words[i + 2]) > 1)  # the letter next, a word after
                  or (len(nxt) > 1 and i > 0 and len(words[i - 1]) > 1 and w not in PREFIX_LETTERS)):  # or before
                spaced.add(w + nxt)
    readings: list[Reading] = []
    for s in dict.fromkeys(surnames):
        # a surname written twice ("Jeong-ho Jeong", "Lee Lee"): its other word may be a given name
        twice = words.count(s) > 1
        full = [g for g in content if (twice or g != s) and len(g) > 1]
        if joined:
            full += [j for j, x, y in joined if (twice or s not in (j, x, y)) and j not in full]
        givens = full or [g for g in content if len(g) == 1]
        # beside a full given name, each initial as a middle initial (ROBERT B THORNBURY is met
        # as one who goes by a B name: _goes_by_middle_filed)
        middles = [_MIDDLE_INITIAL + g for g in content if len(g) == 1 and g != s and g.isalpha()] if full else []
        # a generation's call names as given names too (Robert Johnson III is met as Trey Johnson)
        readings.append((s, (*givens, *sorted(called - set(givens)), *dict.fromkeys(middles), ""), not givens,
                         s in spaced and s not in words))
    return tuple(readings)


#: The mark of a middle initial among a reading's given names and a key's inner halves: a
#: party's middle initial (ROBERT B THORNBURY) meets the disclosed names under its surname
#: whose given name begins with it — one who goes by the middle name, written by the docket
#: with the legal first name (coi.names.person: "given as other's middle initial").
_MIDDLE_INITIAL = "m:"
#: The outer key of a surname as written, under which the middle initials are filed: the level
#: counts only beside a surname written alike, and the sound and spelling keys would offer every
#: surname near it (measured on 60,000 party names with middle initials: 48 % more candidates).
_EXACT_SURNAME = "x:"
#: The inner key under :data:`_EXACT_SURNAME` of every disclosed name bearing that surname: what
#: a reading joining a single letter between two words to one of them (:data:`Reading`'s fourth)
#: is met by. There a space typed inside a surname ("Jade P Aine") is far rarer than a middle
#: initial (HENRY B KEEBLE), whose joins' sound and spelling keys made a fifth of the candidates of
#: 60,000 party names where three in ten carry one (4,204 of 20,315). A letter at the end ("India Ree s",
#: "Phoebe Melhm A") or at the start of a name is joined and met as any surname is.
_BEARS = "="
#: The same under any surname, for a disclosed person with a date of birth: a party's date
#: one day off, its day and month swapped or a year off (5.97 to 8.75 bits) brings such a pair
#: to a prompt under Miller too (helper-148's review); met only by a party with a date of birth.
_MIDDLE_INITIAL_DATED = "md:"
#: The score such a pair must be able to reach for its disclosed name to be filed so without a
#: date of birth: the shipped policy's prompt threshold (coi/policy_3_1_g.toml). The level
#: weighs against (about 2 bits), so only a rare surname brings the pair to a prompt without a
#: date (a date that agrees meets it under the date's own keys, one near it under
#: :data:`_MIDDLE_INITIAL_DATED`); a disclosed person of a common surname with no date of birth
#: is not filed, and a party's middle initial meets none there.
GOES_BY_MIDDLE_SCORE = 25.0


@lru_cache(maxsize=WORD_CACHE)
def _goes_by_middle_filed(surname: str) -> bool:
    """Whether a disclosed name of this surname is filed under its given names' first letters
    as a party's middle initial: whether a pair at "given as other's middle initial" beside the
    surname written alike could score :data:`GOES_BY_MIDDLE_SCORE` — the trained prior (a
    docket's is never above it), the surname's weight by its national share (a docket's share
    is never below it) and the best a generation adds."""
    from coi.names.evidence import level_weight, prior, tf_weight
    from coi.names.frequency import us_frequencies

    if len(surname) < 2:
        return False
    generation = max(0.0, *(level_weight("person", "generation", lv) for lv in ("same", "one side")))
    best = (prior("person") + tf_weight("person", "surname", "exact", us_frequencies().surname_share(surname))
            + level_weight("person", "given", "given as other's middle initial") + generation)
    return best >= _least_bits(GOES_BY_MIDDLE_SCORE)


#: The one-letter words a reading also tries as the surname: the Korean O (오, Eun-hee O).
_ONE_LETTER_SURNAMES = frozenset({"o"})

#: Words a reading treats apart: generations and particles (:func:`_form_readings`).
_ODD_WORDS = frozenset(GENERATIONS) | PARTICLES


#: A word held by this share of organization names or more (the shipped prior) is too common
#: to block on: "Greater", "Bar", "Area" would put every such name with every other.
_ORG_BLOCK_MAX_SHARE = 0.02


def _org_keys(org: OrgName) -> set[str]:
    """An organization's blocking keys, the same for a disclosed name and a party's: each
    distinctive word by spelling, sound and its outer letters (a slip inside: Ridgview /
    Ridgeview); each two neighbouring words, one of them distinctive, written as one
    (Dumpling Haus / DumplingHaus, Oak Brook / Oakbrook: the comparison's step 2 pairs
    them); the initials of every run of words holding a distinctive one, and each short
    distinctive word, as a possible acronym (LCSO, FOPLC, WC LLP / Watson & Carroll LLP) and
    the whole name's initials; an Illinois county's name written as the county's, whatever the
    word (Lake County, Union County); each number with the kind (FOP Lodge 331 / Yarrowdale FOP
    Lodge 331); and, with no distinctive word, its kind."""
    from coi.names.org_corpus import word_share

    core = [w for w in org.core if word_share(w) < _ORG_BLOCK_MAX_SHARE]
    keys = {"o:" + w for w in core} | {"o:" + _sound(w) for w in core if w.isalpha()}
    keys |= {"e:" + w[:2] + w[-2:] for w in core if len(w) >= 5 and w.isalpha()}
    words, distinct = org.words, set(core)
    keys |= {"o:" + words[i] + words[i + 1] for i in range(len(words) - 1)
             if (words[i] in distinct or words[i + 1] in distinct) and (words[i] + words[i + 1]).isalpha()}
    for acronym in {org.acronym, org.written_acronym, *written_acronyms(org)}:
        if len(acronym) >= 2:
            keys.add("a:" + acronym)
    keys |= {"a:" + w for w in core if 2 <= len(w) <= 8 and w.isalpha()}
    keys |= {"a:" + run for run in org_initial_runs(org, needs=frozenset(core))}
    if "county" in org.written:  # a county's name that is a common word or a word of kind (Lake, Union County)
        keys |= {"o:" + w for w in county_named(org)}
    kind = " ".join(sorted(set(org.types) - GENERIC_TYPES))
    keys |= {f"n:{n}:{kind}" for n in org.numbers}
    if not core:
        keys.add("t:" + " ".join(sorted(set(org.types) - GENERIC_TYPES)))
        keys |= {"o:" + w for w in org.core}
    return keys


@lru_cache(maxsize=262144)
def _org_query_keys(name: str) -> frozenset[str]:
    keys: set[str] = set()
    for form in org_forms(name):
        keys |= _org_keys(parse_org(form))
    return frozenset(keys)


_NO_TOKENS: tuple[str, ...] = ()
_OPENS_NOTHING: tuple[tuple[str, ...], tuple[dict[str, list[int]], ...]] = (_NO_TOKENS, ())
_NOT_YET: tuple[None, tuple[dict[str, list[int]], ...]] = (None, ())

#: Organization comparisons one index remembers before it starts afresh.
ORG_MEMO_LIMIT = 200_000


class NameIndex:
    """Disclosed names, filed under blocking keys, ready to be matched against parties."""

    def __init__(self, candidates: Iterable[Candidate], corpus: "Corpus | None" = None):
        self.candidates: list[Candidate] = list(candidates)
        self.corpus: Corpus = corpus or Corpus()
        self._orgs: dict[str, list[int]] = defaultdict(list)
        self._people: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for i, c in enumerate(self.candidates):
            if c.kind is Kind.ORGANIZATION:
                for k in set().union(*(_org_keys(o) for o in parse_org_forms(c.text))):
                    self._orgs[k].append(i)
            else:
                for outer, inner in _person_candidate_keys(person_forms(c.text), c.date_of_birth):
                    self._people[outer][inner].append(i)
        self._people = {o: dict(inner) for o, inner in self._people.items()}
        self._org_memo: dict[tuple[str, str], MatchEvidence] = {}  # (name, disclosed name) → evidence
        # per word met in a query (:meth:`_block_person`): as a surname, the inner tables its
        # keys open; as a given name, its filed tokens and the inner tables of its formal names
        self._surname_inners: dict[str, tuple[dict[str, list[int]], ...]] = {}
        self._given_words: dict[str, tuple[tuple[str, ...] | None, tuple[dict[str, list[int]], ...]]] = {}
        self._star_words: set[str] = set()  # surnames whose tables hold a token of no given name
        self._filed: frozenset[str] = frozenset(t for inner in self._people.values() for t in inner)
        self._slips = _filed_slips(self._filed)  # the given names' slip keys filed, unmarked
        self._no_given = tuple(_given_tokens("", True) & self._filed)  # of no given name ("*"), if filed
        # the date-of-birth levels that weigh for a pair (:meth:`_born_near`)
        self._near_levels = frozenset(lv for lv in DOB_LEVELS
                                      if lv != "missing" and level_weight("person", "dob", lv) > 0)
        # the dates of birth some disclosed person is filed under (:meth:`_block_date`)
        self._birth_dates: frozenset[dt.date] = frozenset(
            c.date_of_birth for c in self.candidates
            if c.date_of_birth is not None and _dob_key(c.date_of_birth) in self._people)

    def __len__(self) -> int:
        return len(self.candidates)

    def forget_words(self) -> None:
        """Drop what blocking persons' names kept per word met (:meth:`_block_person`: each
        surname's tables, each given name's tokens and formal names) and the caches of the
        words' keys (sound, surname keys, initials, formal names) and of party names' readings:
        a worker done blocking a docket's names (coi.screen) no longer needs them, and on the
        generated million-row docket they held about 70 MB a worker. The key caches are the
        process's, shared by every index in it. The small cache of given names' tokens
        (:func:`_given_tokens`) and organizations' keys stay."""
        self._surname_inners.clear()
        self._given_words.clear()
        self._star_words.clear()
        for cached in (_sound, _surname_keys, _surname_slips, _initials, _formal_keys, _person_query_readings):
            cached.cache_clear()

    def warm(self, words: Iterable[str]) -> None:
        """Make now what blocking keeps per word it meets (:meth:`_block_person`), for each of
        ``words`` (folded) as a surname and as a given name: the blocking of any name is the
        same, and a name holding them costs less. ``coi screen``'s workers so warm the
        commonest names while the docket is read (:func:`coi.screen.worker_pool`), on a core
        otherwise idle; :meth:`forget_words` lets them go with the rest. An index of no
        person's name has nothing to warm."""
        if not self._people:
            return
        surname_inners, given_words = self._surname_inners, self._given_words
        for word in words:
            if word not in surname_inners:
                self._surname_tables(word)
            tokens, formal = given_words.get(word) or self._given_word(word)
            if tokens is None:
                self._given_tokens_of(word, formal)

    def block(self, name: str, kind: Kind, date_of_birth: dt.date | None = None) -> set[int]:
        """The candidates sharing at least one blocking key with ``name`` (and, given a date of
        birth, those born that day sharing a given name or a surname key with it)."""
        found: set[int] = set()
        if kind is Kind.ORGANIZATION:
            for k in _org_query_keys(name):
                hit = self._orgs.get(k)
                if hit:
                    found.update(hit)
            return found
        return self._block_person(_person_query_readings(name), date_of_birth)

    def _block_person(self, readings: Sequence[Reading],
                      date_of_birth: dt.date | None = None) -> set[int]:
        """:meth:`block` of a person's name from its readings (``_person_query_readings``).

        The index keeps per word it meets what the word opens (as a surname: the inner tables
        of its surname keys that hold anything, :meth:`_surname_tables`; as a given name: its
        tokens filed anywhere and the inner tables of its formal names, :meth:`_given_word`),
        so that a word no disclosed name shares costs one look-up; the ids found are exactly
        those of a look-up per (outer key, token)."""
        found: set[int] = set()
        if date_of_birth is not None:
            self._block_date(readings, date_of_birth, found)
            found |= self._born_near(self._block_dated_middles(readings), date_of_birth)
        surname_inners, given_words = self._surname_inners, self._given_words
        no_given, star_words = self._no_given, self._star_words
        korean_spellings = korean.surname_spellings()
        for surname, givens, alone, spaced in readings:
            hits, bearers = self._sink(found, surname, spaced)
            if hits is None:
                continue
            inners = surname_inners.get(surname)
            if inners is None:
                inners = self._surname_tables(surname)
            ends = None
            korean_tables = None
            for given in givens:
                if given.startswith(_MIDDLE_INITIAL):  # a middle initial: names filed under it
                    exact = self._people.get(_EXACT_SURNAME + surname)
                    ids = exact.get(given) if exact else None
                    if ids:
                        hits.update(ids)
                    continue
                if not given:  # no given name: its tokens ("*") lie in a few tables only
                    if surname in star_words:
                        for inner in inners:
                            for token in no_given:
                                ids = inner.get(token)
                                if ids:
                                    hits.update(ids)
                    continue
                word = given_words.get(given)
                if word is None:
                    word = self._given_word(given)
                tokens, formal = word
                if inners:
                    if tokens is None:  # not yet needed: made the first time a surname opens a table
                        tokens = self._given_tokens_of(given, formal)
                    if tokens:
                        for inner in inners:
                            keys = inner.keys()
                            if not keys.isdisjoint(tokens):  # mostly disjoint: no set made
                                for token in keys & tokens:  # the tokens filed here
                                    hits.update(inner[token])
                    if korean_tables is None:
                        korean_tables = self._korean_tables(surname) if surname in korean_spellings else ()
                    for inner in korean_tables:  # a Korean surname's: its given names by their Hangul
                        for h in korean.first_syllables(given):
                            ids = inner.get(_KOREAN_GIVEN + h)
                            if ids:
                                hits.update(ids)
                if formal:
                    if ends is None:
                        ends = _ends(surname)
                        slips = _slips_of(surname)
                    for inner in formal:
                        ids = inner.get(ends)
                        if ids:
                            hits.update(ids)
                        if slips and not inner.keys().isdisjoint(slips):  # a short surname's slip keys
                            for token in slips:
                                ids = inner.get(token)
                                if ids:
                                    hits.update(ids)
            if alone:  # a surname alone meets every name with that surname
                for inner in inners:
                    ids = inner.get("*q")
                    if ids:
                        hits.update(ids)
            if spaced:
                found.update(hits.intersection(bearers))
        return found

    def _sink(self, found: set[int], surname: str, spaced: bool) -> tuple[set[int] | None, list[int]]:
        """Where a reading's candidates go, and whom they are kept among: ``found`` itself; for a
        reading joined across a single letter (:data:`Reading`), a set of its own and the disclosed
        persons bearing its surname as written (:data:`_BEARS`), into whom it is emptied — None
        where none bears it."""
        if not spaced:
            return found, []
        exact = self._people.get(_EXACT_SURNAME + surname)
        bearers = exact.get(_BEARS) if exact else None
        return (set(), bearers) if bearers else (None, [])

    def _block_date(self, readings: Sequence[Reading], date_of_birth: dt.date,
                    found: set[int]) -> None:
        """Add to ``found`` the candidates born on ``date_of_birth`` that share a surname key or
        a full given name's token with a reading: what a date adds to :meth:`_block_person`.
        A name of one word is tried as a given name too (the surname left out: "Shelbey",
        born on the day Shelbey David was)."""
        if date_of_birth not in self._birth_dates:
            return
        by_date = self._people[_dob_key(date_of_birth)]
        for surname, givens, alone, spaced in readings:
            hits, bearers = self._sink(found, surname, spaced)
            if hits is None:
                continue
            for token in _surname_keys(surname):
                hits.update(by_date.get(token, ()))
            for token in _slips_of(surname):
                hits.update(by_date.get(token, ()))
            if alone and len(surname) > 1:
                for token in _given_tokens(surname, False, False):
                    if not token.startswith(_INITIAL_TOKENS):  # its spelling, not its first letter alone
                        hits.update(by_date.get(token, ()))
            for given in givens:
                if len(given) > 1 and not given.startswith(_MIDDLE_INITIAL):
                    for token in _given_tokens(given, False, False):
                        hits.update(by_date.get(token, ()))
            if spaced:
                found.update(hits.intersection(bearers))

    def _surname_tables(self, surname: str) -> tuple[dict[str, list[int]], ...]:
        """The inner tables a word's surname keys open, kept per word (:meth:`_block_person`);
        a word one of whose tables holds a token of no given name ("*") is also noted."""
        people = self._people
        inners = self._surname_inners[surname] = tuple(
            inner for outer in _surname_keys(surname) if (inner := people.get(outer)))
        if any(token in inner for inner in inners for token in self._no_given):
            self._star_words.add(surname)
        return inners

    def _korean_tables(self, surname: str) -> tuple[dict[str, list[int]], ...]:
        """The inner tables a Korean surname's Hangul keys open (``k:``), for its given names'
        first syllables (:func:`_korean_keys`); none for any other word (one look-up)."""
        people = self._people
        return tuple(inner for h in korean.surname_readings(surname) if (inner := people.get("k:" + h)))

    def _given_word(self, given: str) -> tuple[tuple[str, ...] | None, tuple[dict[str, list[int]], ...]]:
        """What a word opens as a given name, kept per word (:meth:`_block_person`): its
        filed tokens (None until a surname of a reading holding it opens a table,
        :meth:`_given_tokens_of`) and, for a full name, the inner tables of its formal names
        (``_formal_keys``), met with the surname's outer letters."""
        formal: tuple[dict[str, list[int]], ...] = ()
        if len(given) > 1:
            people = self._people
            formal = tuple(inner for outer in _formal_keys(given) if (inner := people.get(outer)))
        word = self._given_words[given] = (None, formal) if formal else _NOT_YET
        return word

    def _given_tokens_of(self, given: str, formal: tuple[dict[str, list[int]], ...]) -> tuple[str, ...]:
        """A given word's tokens (``_given_tokens(given, True)``) that some disclosed name is
        filed under — all a bucket can hold of them — made and kept with its ``formal`` tables:
        a few tokens, mostly none, kept per word in the index rather than the full token sets in
        the shared cache, which a million-row docket's vocabulary would fill with tens of
        megabytes a process. Kept as a tuple of interned strings: the words of a docket share
        their tokens ("2:joh"), and a frozenset of two weighs four times a tuple (on the
        generated million-row docket, about 20 MB a worker less)."""
        tokens = tuple(map(sys.intern, _filed_query_tokens(given, self._filed, self._slips))) or _NO_TOKENS
        self._given_words[given] = (tokens, formal) if tokens or formal else _OPENS_NOTHING
        return tokens

    def _org_evidence(self, name: str, i: int) -> MatchEvidence:
        """compare_names of an organization name with candidate ``i``, once per (name, disclosed
        name): a docket's agencies are also its parties' affiliations, met again in the
        affiliation index (which shares this memo and the corpus, :meth:`share_org_memo`)."""
        text = self.candidates[i].text
        ev = self._org_memo.get((name, text))
        if ev is None:
            if len(self._org_memo) >= ORG_MEMO_LIMIT:
                self._org_memo.clear()
            ev = self._org_memo[name, text] = compare_names(name, text, Kind.ORGANIZATION,
                                                            corpus=self.corpus.organizations)
        return ev

    def share_org_memo(self, other: "NameIndex") -> None:
        """Let ``other`` (an index over the same corpus) use this index's organization memo."""
        if other.corpus.organizations is not self.corpus.organizations:
            raise ValueError("two indexes share organization comparisons only over one corpus")
        other._org_memo = self._org_memo

    def use_corpus(self, corpus: "Corpus | None") -> None:
        """Match from now on with ``corpus``'s frequencies (None: the shipped tables alone):
        the blocking keys do not depend on it, the weights do, so the comparisons remembered
        under the old one are forgotten (in every index sharing this one's memo)."""
        self.corpus = corpus or Corpus()
        self._org_memo.clear()

    def _corpus_of(self, kind: Kind) -> NameFrequencies | OrgCorpus | None:
        return self.corpus.organizations if kind is Kind.ORGANIZATION else self.corpus.persons

    def match(self, name: str, kind: Kind, *, date_of_birth: dt.date | None = None, floor: float = 0.0) -> list[Hit]:
        """Every candidate of ``kind`` scoring at least ``floor`` against ``name``, best first
        (a tie in score by the disclosed name, then by the order the candidates were given)."""
        hits = []
        for i in sorted(self.block(name, kind, date_of_birth)):
            c = self.candidates[i]
            if c.kind is not kind:
                continue
            if kind is Kind.ORGANIZATION:
                ev = self._org_evidence(name, i)
            else:
                ev = compare_names(name, c.text, kind, query_dob=date_of_birth, candidate_dob=c.date_of_birth,
                                   corpus=self._corpus_of(kind), birthdays=self.corpus.birthdays)
            if ev.score >= floor:
                hits.append(Hit(c, ev))
        hits.sort(key=lambda h: (-h.score, h.candidate.text))
        return hits

    def match_dates(self, name: str, kind: Kind, dates: Sequence[dt.date | None], *, floor: float = 0.0
                    ) -> list[list[Hit]]:
        """``match(name, kind, date_of_birth=d, floor=floor)`` for each ``d`` of ``dates``."""
        return self.match_many([(name, kind, dates)], floor=floor)[0]

    def block_many(self, queries: Sequence[tuple[str, Kind, Sequence[dt.date | None]]]) -> list[Blocked]:
        """For each (name, kind, dates of birth) of persons: the candidates it is blocked
        with, each with the numbers of the dates it is blocked for (the name's keys serve
        every date; a date of birth some disclosed person shares adds that date's own);
        None for an organization's (blocked as it is compared, :meth:`match_many`). The
        frequencies of :attr:`corpus` play no part: a screening blocks its names while it
        counts them (coi.screen)."""
        return [None if kind is Kind.ORGANIZATION else self._blocked(name, kind, dates) for name, kind, dates in queries]

    def _blocked(self, name: str, kind: Kind, dates: Sequence[dt.date | None]) -> dict[int, list[int]]:
        candidates = self.candidates
        # each party name comes once: its readings are not kept in the caches
        readings = _query_readings(name)
        found_ids = self._block_person(readings)
        ids = [i for i in sorted(found_ids) if candidates[i].kind is kind] if found_ids else []
        blocked: dict[int, list[int]] = {i: list(range(len(dates))) for i in ids}
        base = set(ids)
        dated_middles: set[int] | None = None  # the same for every date: found once
        for r, date in enumerate(dates):
            if date is None:
                continue
            by_date: set[int] = set()
            if date in self._birth_dates:
                self._block_date(readings, date, by_date)  # = _block_person(readings, date) less the name's
            if dated_middles is None:
                dated_middles = self._block_dated_middles(readings)
            if dated_middles:
                by_date |= self._born_near(dated_middles, date)
            for i in by_date - base:
                if candidates[i].kind is kind:
                    blocked.setdefault(i, []).append(r)
        return blocked

    def _born_near(self, ids: set[int], date_of_birth: dt.date) -> set[int]:
        """The candidates of ``ids`` born on a date whose level beside ``date_of_birth`` weighs
        for (:attr:`_near_levels`: the same date, or one a slip from it): what a party's middle
        initial meets under any surname (:meth:`_block_dated_middles`) is compared only then —
        a date that weighs against brings no pair of a common surname to a prompt, and one of a
        rare surname is met without a date (:func:`_goes_by_middle_filed`). On the first 400,000
        rows of a docket where three person names in ten carry a middle initial, 7 of the 4,552
        (candidate, date) pairs so met were born near the party."""
        near, candidates = self._near_levels, self.candidates
        return {i for i in ids if dob_level(candidates[i].date_of_birth, date_of_birth) in near}

    def _block_dated_middles(self, readings: Sequence[Reading]) -> set[int]:
        """The candidates a reading's middle initials meet under its surname among the disclosed
        persons with a date of birth (:data:`_MIDDLE_INITIAL_DATED`): what a party's date of birth
        adds to :meth:`_block_person`'s middle initials, whatever the date."""
        found: set[int] = set()
        people = self._people
        for surname, givens, _, _ in readings:
            exact = people.get(_EXACT_SURNAME + surname)
            if not exact:
                continue
            for g in givens:
                if g.startswith(_MIDDLE_INITIAL):
                    ids = exact.get(_MIDDLE_INITIAL_DATED + g[len(_MIDDLE_INITIAL):])
                    if ids:
                        found.update(ids)
        return found

    def match_many(self, queries: Sequence[tuple[str, Kind, Sequence[dt.date | None]]], *, floor: float = 0.0,
                   blocked: Sequence[Blocked] | None = None) -> list[list[list[Hit]]]:
        """For each (name, kind, dates of birth): ``match(name, kind, date_of_birth=d,
        floor=floor)`` for each date ``d`` — the same hits, batched. Each name is blocked and
        its name evidence taken once (coi.names.compare.name_evidence) for all its dates; a
        candidate whose name evidence cannot reach ``floor`` even with the best date of birth
        is dropped; the dates of birth of every remaining (date, candidate) pair of the whole
        batch are graded at once with NumPy (coi.names.dates.dob_levels) and summed with the
        name's bits; only the pairs so put near or over ``floor`` are summed exactly
        (coi.names.compare.person_evidence), which decides. ``blocked``: the queries'
        :meth:`block_many`, when already made."""
        import numpy as np

        from coi.names.compare import (
            NEAR_DATES,
            near_birth_gain,
            person_evidence,
            person_name_features,
            same_birth_gain,
        )
        from coi.names.dates import (
            LEVELS,
            dob_feature,
            dob_level_weights,
            dob_levels,
            dob_numbers,
            mixed_bits_many,
            year_level_weights,
            year_levels,
        )

        least = _least_bits(floor)
        dob_bits = dob_level_weights()
        best_dob = max(float(dob_bits.max()), 0.0)
        exact_dob = LEVELS.index("exact")
        exact_bits = float(dob_bits[exact_dob])  # the date level compare.born_alike acts on most
        near_dobs = np.array([level in NEAR_DATES for level in LEVELS])  # and the dates a slip from it
        near_bits = float(dob_bits[near_dobs].max())
        near_least = float(dob_bits[near_dobs].min())
        pairs: list[tuple[int, int, int, tuple[Feature, ...], float]] = []  # (query, date number, candidate, features, prior)
        ours: list[dt.date | None] = []
        bits: list[float] = []
        gains: list[float] = []  # what the same date of birth adds (compare.born_alike)
        near_gains: list[float] = []  # what a date a slip from it adds
        found: list[list[list[tuple[int, Hit]]]] = [[[] for _ in dates] for _, _, dates in queries]
        candidates, frequencies = self.candidates, self.corpus.persons
        prior = _person_prior(frequencies)
        for q, (name, kind, dates) in enumerate(queries):
            if kind is Kind.ORGANIZATION:  # no date of birth: one comparison serves every date
                ids = [i for i in sorted(self.block(name, kind)) if candidates[i].kind is kind]
                hits = [(i, Hit(candidates[i], ev)) for i in ids if (ev := self._org_evidence(name, i)).score >= floor]
                found[q] = [list(hits) for _ in dates]
                continue
            # (candidate, the dates it is blocked for)
            of_query = self._blocked(name, kind, dates) if blocked is None else blocked[q]
            if not of_query:
                continue
            query_forms = person_forms.__wrapped__(name)  # each party name comes once: not kept in the cache
            for i, rs in of_query.items():
                c = candidates[i]
                # = name_evidence(name, c.text, kind, frequencies=frequencies)
                features = person_name_features(query_forms, person_forms(c.text), frequencies)
                total = prior + sum(f.weight for f in features)
                # on a heaped birthday the same date may weigh next to nothing (dates.mixed_bits):
                # there the twin's gain is wanted whenever the name alone falls short
                gain = same_birth_gain(features) if total + (exact_bits if self.corpus.birthdays is None else 0.0) \
                    < least else 0.0
                # (wanted whenever the nearest date's least bits, or a heaped birthday's, fall short)
                near_gain = near_birth_gain(features) \
                    if total + (near_least if self.corpus.birthdays is None else 0.0) < least else 0.0
                if total + max(best_dob, exact_bits + gain, near_bits + near_gain) >= least:
                    for r in rs:
                        pairs.append((q, r, i, features, prior))
                        ours.append(dates[r])
                        bits.append(total)
                        gains.append(gain)
                        near_gains.append(near_gain)
        if pairs:
            our_numbers = dob_numbers(ours)
            their_numbers = dob_numbers([self.candidates[p[2]].date_of_birth for p in pairs])
            levels = dob_levels(our_numbers, their_numbers)
            level_bits = dob_bits[levels]
            if self.corpus.birthdays is not None:  # a party's date on a heaped birthday says less (dob_feature)
                real, sure = self.corpus.birthdays.readings(our_numbers)
                year_bits = year_level_weights()[year_levels(our_numbers, their_numbers)]
                level_bits = np.where((real < 1.0) & (level_bits != 0.0),
                                      mixed_bits_many(level_bits, real, year_bits, sure), level_bits)
            near = np.asarray(bits) + level_bits + np.where(levels == exact_dob, gains, 0.0) \
                + np.where(near_dobs[levels], near_gains, 0.0) >= least
            for k in np.flatnonzero(near):
                q, r, i, features, prior = pairs[k]
                c = self.candidates[i]
                ev = person_evidence(queries[q][0], c.text, features, prior,
                                     dob_feature(ours[k], c.date_of_birth, self.corpus.birthdays))
                if ev.score >= floor:
                    found[q][r].append((i, Hit(c, ev)))
        # best first; a tie by the disclosed name, then by candidate order (as match sorts)
        return [[[h for _, h in sorted(hits, key=lambda ih: (-ih[1].score, ih[1].candidate.text, ih[0]))]
                 for hits in per] for per in found]


#: A person query's blocked candidates, each with the numbers of the dates of birth it is
#: blocked for (:meth:`NameIndex.block_many`); None for an organization's.
Blocked = dict[int, list[int]] | None


def _person_prior(frequencies: NameFrequencies | None) -> float:
    """The prior of persons, given the docket's size when ``frequencies`` counted one."""
    from coi.names import evidence

    return evidence.prior("person", getattr(frequencies, "rows", 0))


#: Slack, in bits, under the weight a floor needs: the arrays sum in another order than the
#: exact evidence, and the score is rounded; a pair this near the floor is decided exactly.
_SLACK_BITS = 0.01


def _least_bits(floor: float) -> float:
    """The match weight below which no pair can score ``floor`` (score = 100 × probability,
    rounded to one decimal), less a little slack."""
    q = (floor - 0.05) / 100
    if q <= 0:
        return float("-inf")
    if q >= 1:
        return float("inf")
    return math.log2(q / (1 - q)) - _SLACK_BITS


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the data being screened says about name frequencies: persons' given names and
    surnames (coi.names.frequency.NameFrequencies, the Census tables updated with the
    screened names) and organization words (coi.names.org_corpus.OrgCorpus). None: the
    shipped tables alone. Confidential parties' names are never counted in (:meth:`of`)."""

    persons: NameFrequencies | None = None
    organizations: OrgCorpus | None = None
    #: how often the screened persons give each birthday (coi.names.dates.Birthdays); None: not counted
    birthdays: Birthdays | None = None

    @classmethod
    def of(cls, names: Iterable[tuple[str, Kind]], dates: Iterable[dt.date | None] = ()) -> "Corpus":
        """The corpus of these (name, kind) pairs over the shipped tables: each person's folded
        given name and surname, each organization's words; ``dates``, each person's date of
        birth once, counted as :class:`~coi.names.dates.Birthdays` (none given: not counted).
        The caller leaves out what must not count (confidential parties)."""
        from coi.names.frequency import us_frequencies
        from coi.names.org_corpus import OrgCorpus

        people: list[tuple[str, str]] = []
        middles: Counter[tuple[str, str]] = Counter()
        orgs: list[str] = []
        for name, kind in names:
            if kind is Kind.ORGANIZATION:
                orgs.append(name)
            else:
                given, middle, surname = given_middle_surname(name)
                people.append((given, surname))
                if middle:
                    middles[given, middle] += 1
        persons = us_frequencies().updated(people).counted(Counter(), Counter(), 0, middles=middles)
        counted = Birthdays.of(dates)
        return cls(persons=persons, organizations=OrgCorpus.from_names(orgs),
                   birthdays=counted if counted.total else None)


def given_and_surname(name: str) -> tuple[str, str]:
    """A name's given name and surname for counting, without parsing it (a million docket
    rows are counted in seconds): "Last, First" or first word and last word, titles and
    suffixes left out, particles joined to the surname; an initial is no given name."""
    given, _, surname = given_middle_surname(name)
    return given, surname


def given_middle_surname(name: str) -> tuple[str, str, str]:
    """:func:`given_and_surname` and the first middle name between them ("" for none or an
    initial): what compound given names (Marco Antonio, Juan Carlos) are counted by — each
    distinct party name once (coi.screen.docket_corpus): folded uncached (:func:`fold_once`).
    A name of ASCII letters and single spaces (most) is split at its spaces: its words as the
    folding reads them, a third sooner."""
    if _LETTERS_AND_SPACES.fullmatch(name):
        words = [w for w in name.lower().split(" ") if w not in _NOT_NAME_WORDS]
    else:
        text = _folded_text(name)
        if "," in text:
            last, _, first = text.partition(",")
            given = [w for w in _WORD.findall(first) if w not in GENERATIONS]
            surname = [w for w in _WORD.findall(last) if w not in GENERATIONS]
            return _given_middle(given, surname)
        words = [w for w in _WORD.findall(text) if w not in _NOT_NAME_WORDS]
    if len(words) < 2:
        return "", "", "".join(words)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in PARTICLES:
        cut -= 1
    return _given_middle(words[:cut], words[cut:])


#: A name :func:`given_middle_surname` splits at its spaces; the words it leaves out of a name
#: written without a comma.
_LETTERS_AND_SPACES = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_NOT_NAME_WORDS = frozenset(GENERATIONS) | _TITLES


def _given_middle(given: list[str], surname: list[str]) -> tuple[str, str, str]:
    """:func:`given_middle_surname` of a name's given words and surname words."""
    first = given[0] if given and len(given[0]) > 1 else ""
    middle = given[1] if first and len(given) > 1 and len(given[1]) > 1 else ""
    return first, middle, "".join(surname)


__all__ = ["Candidate", "Corpus", "Hit", "NameIndex", "compare_names", "looks_like_organization", "TYPE_WORDS"]
