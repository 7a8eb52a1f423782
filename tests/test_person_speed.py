"""Person screening's shortcuts and memos give exactly what the straightforward code gives (issue 13, item 6).

Blocking a party's name reads it word by word (a fast path for two plain words, an ASCII
name read without folding), keeps per word what it opens (its filed given-name tokens made
token by token and only once a surname opens a table, the tables of its formal names, whether
its surname tables hold a name without given name) and looks dates of birth up by date; the
person features skip the swapped readings that line up nothing, take the one given-name
option of two names without second forms, weigh each level once per corpus (a memo), parse a
hyphenated given name without nameparser and know that a word in no nickname table has no
formal name. Each is checked here against the plain computation it replaces, written beside
the test — the original procedure calling the same level functions, keys and weights — on
varied names: generated pairs (bench/synthetic.py: every kind of variation and look-alike)
and hand-written hard cases. A change to one side without the other fails here.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random

import pytest
from rapidfuzz.distance import OSA, Levenshtein

from coi.model import Feature, Kind
from coi.names import compare, evidence, korean, person
from coi.names.compare import ROLES_MARGIN, ROLES_UNLIKELY, _person_features, _weigh, locally_known
from coi.names.frequency import us_frequencies
from coi.names.index import (
    _WORD,
    GENERATIONS,
    PARTICLES,
    Candidate,
    NameIndex,
    _filed_query_tokens,
    _filed_slips,
    _given_tokens,
    _person_query_readings,
    _query_readings,
)
from coi.names.normalize import fold_forms, ocr_letters
from coi.names.person import (
    COGNATES,
    GENERATION_CALL_NAMES,
    GIVEN_ORDER,
    SURNAME_ORDER,
    PersonName,
    _given_options,
    _local_flags,
    _nicknamer,
    _same_given,
    _swap,
    given_canonicals,
    parse_person,
    person_forms,
    person_levels,
    readings,
    surname_level,
)
from tests.test_matcher_speed_equivalence import reference_block

HARD = [
    "John Smith", "JOHN SMITH", "Smith, John", "john  smith", "Lee Lee", "Chan Chan", "Ana Diaz", "Bo Li", "Li Bo",
    "Mc Donald", "O Brien", "O'Brien Kevin", "Kevin O\u2019Brien", "Ree s Jones", "de la Cruz Esperanza",
    "Ana García López", "María del Carmen Rosario", "Juan de Dios Pérez", "Le Loretta", "Le, Loretta", "E. Graves",
    "I. Barraza", "J. Smith", "J. R. Smith", "John R. Smith", "John Smith Jr", "John Smith III", "Jr Smith",
    "Sgt. Geronimo Hernandez", "Dr John Smith", "Seo-yeon Kim", "SEO-YEON KIM", "Jean-Luc Picard", "Min-jun Jung",
    "Ji-eun Lee", "J-P Smith", "Si-u Son", "Mary-Ann de Leon", "Nguyen Van An", "Tran Thi Mai", "Vu Vo", "Ho Do",
    "Jo\u200bhn Roe", "Jоhn Smith", "Иван Петров", "Ζήσης Παπαδόπουλος", "Ünal Öztürk", "Smith", "Smith\tJohn",
    "William \"Bill\" Smith", "Anna (née Kowalska) Nowak", "Anna Nowak (née Kowalska)", "Anna Kowalska",
    "Anna Nowak", "Kasia Nowak", "Katarzyna Nowak", "Bill Smith",
    "Nick Papadopoulos", "Nikolaos Papadopoulos", "Zhang Wei", "Wei Zhang", "Chavarría Julio César",
    "Julio César Chavarría", "Geo Rge Artis", "George Artis", "Jade P Aine", "Jade Paine", "Van Der Berg Piet",
    "Kavita K. Reddy", "Kavita N. Reddy", "Liam O Neil", "Liam O'Neill", "Jade P Ayne", "Yejin Park", "Yejun Park", "A B", "Al Hansen", "Ed Vo", "Ty Le",
    "St John Smith", "Y Garcia", "Maria Y Garcia", "Juan Carlos de la Torre y Vega", "1st Bank Smith", "X Æ A-12",
]


def _generated_names() -> list[str]:
    from bench import synthetic

    names = []
    for seed in (1, 2):
        for p in synthetic.person_pairs(seed, 1500):
            names += [p.left, p.right]
    return list(dict.fromkeys(names))


@pytest.fixture(scope="module")
def names() -> list[str]:
    return HARD + _generated_names()


# ------------------------------------------------------------------ the references


def reference_readings(name: str) -> tuple[tuple[str, tuple[str, ...], bool, bool], ...]:
    """_person_query_readings as first written: every folded form, every word as the surname."""
    out: list[tuple[str, tuple[str, ...], bool]] = []
    for form in fold_forms(name):
        every = list(map(ocr_letters, _WORD.findall(form.lower())))
        # (since the forty-fifth session) a generation's call names are tried as given names too
        called = set().union(*(GENERATION_CALL_NAMES.get(GENERATIONS[w], ()) for w in every
                               if w in GENERATIONS and len(w) > 1))
        words = [w for w in every if w not in GENERATIONS or len(w) == 1]
        content = [w for w in words if w not in PARTICLES or len(w) == 1]
        surnames = [w for w in words if len(w) >= 2 or w == "o"]  # the Korean surname O
        joined = []  # a space typed inside a given name ("Ro Nan", "Og-ja"): the two words as one, a given name
        spaced = set()  # (since the forty-seventh session) a single letter between two words, joined
        for i, w in enumerate(words[:-1]):
            if w in PARTICLES:
                surnames.append("".join(words[i:]))
            elif len(w) <= 3 or len(words[i + 1]) <= 2:
                surnames.append(w + words[i + 1])
                if len(w) > 1 and len(words[i + 1]) > 1:
                    joined.append((w + words[i + 1], w, words[i + 1]))
                elif len(w) > 1 and i + 2 < len(words) and len(words[i + 2]) > 1 or (
                        len(words[i + 1]) > 1 and i > 0 and len(words[i - 1]) > 1 and w not in ("o", "d", "l")):
                    spaced.add(w + words[i + 1])
        for s in dict.fromkeys(surnames):
            twice = words.count(s) > 1  # a surname written twice: its other word may be a given name
            full = [g for g in content if (twice or g != s) and len(g) > 1]
            full += [j for j, x, y in joined if (twice or s not in (j, x, y)) and j not in full]
            givens = full or [g for g in content if len(g) == 1]
            # (since the forty-sixth session) beside a full given name, each initial as a middle
            # initial (one who goes by the middle name: ROBERT B THORNBURY as Blake Thornbury)
            middles = [f"m:{g}" for g in content if len(g) == 1 and g != s and g.isalpha()] if full else []
            out.append((s, (*givens, *sorted(called - set(givens)), *dict.fromkeys(middles), ""), not givens,
                        s in spaced and s not in words))
    return tuple(out)


def reference_canonicals(name: str) -> frozenset[str]:
    """given_canonicals without its shortcut for words no table knows."""
    if len(name) < 2:
        return frozenset({name})
    nn = _nicknamer()
    out = {name, *nn.canonicals_of(name)}
    english = COGNATES.get(name)
    if english is not None:
        out |= {english, *nn.canonicals_of(english)}
    return frozenset(out)


def reference_surname_level(a: PersonName, b: PersonName, local=None) -> tuple[str, str, str]:
    """surname_level as first written."""
    if not a.surname or not b.surname:
        return "missing", a.surname, b.surname
    if a.surname == b.surname:
        return "exact", a.surname, b.surname
    a_all = (a.surname, *a.other_surnames)
    b_all = (b.surname, *b.other_surnames)
    for x in a_all:
        for y in b_all:
            if x and x == y:
                return "former name", x, y
    if set(a.surname_parts) & set(b.surname_parts):
        return "part shared", a.surname, b.surname
    for one, other in ((a, b), (b, a)):
        if one.middles and len(one.middles[-1]) > 1 and one.middles[-1] in other.surname_parts:
            rest = [p for p in other.surname_parts if p != one.middles[-1]]
            if rest and person._second_surnames_differ(one, other, one.surname_parts[-1], rest):
                return "second surname differs", one.surname_parts[-1], rest[-1]  # (thirty-third session)
            return "part shared", a.surname, b.surname
    best = ("different", a.surname, b.surname)
    pairs = [(x, y) for x in a_all for y in b_all if x and y]
    if len(a.surname_parts) > 1 or len(b.surname_parts) > 1:
        pairs += [(x, y) for x in a.surname_parts for y in b.surname_parts]
    for x, y in pairs:
        level = person.word_level(x, y, surname=True, local=_local_flags(x, y, True, local))
        if SURNAME_ORDER.index(level) < SURNAME_ORDER.index(best[0]):
            best = (level, x, y)
    if (best[0] == "different" and a.middles and b.middles and a.middles[-1] == b.middles[-1]
            and len(a.middles[-1]) > 2 and us_frequencies().given_odds(a.middles[-1]) <= person.SURNAME_ODDS
            and person._second_surnames_differ(a, b, a.surname, [b.surname])):
        return "second surname differs", a.surname, b.surname  # a first surname read as a middle name (s54)
    return best


def reference_given(a: PersonName, b: PersonName, local=None) -> tuple[str, str, str]:
    """person_levels' given-name option as first written: the strongest of every pair of forms."""
    def given(x: str, y: str) -> str:
        if local is None or x == y:
            return person.given_level(x, y)
        return person.given_level(x, y, _local_flags(x, y, False, local))

    options = []
    for i, x in enumerate(_given_options(a)):
        for j, y in enumerate(_given_options(b)):
            if i and j:
                continue
            lv = given(x, y)
            if i == j == 0 or lv in person.FRAGMENT_LEVELS:
                options.append((lv, x, y))
    best = min(options, key=lambda o: GIVEN_ORDER.index(o[0]))
    pair = person._korean_pair(a, b)
    if best[0] in person._KOREAN_WEAKER and pair:
        if korean.same_given(pair[0], pair[1]):
            return "transliteration", a.given, b.given  # one Korean given name romanized two ways
        if best[0] in person._KOREAN_NEAR and pair[2] == 2 and not korean.same_given(pair[0], pair[1], loose=True):
            return "related form, one sex", a.given, b.given  # two Korean given names a syllable apart
    elif best[0] == "one edit" and pair and pair[2] == 2 and not korean.same_given(pair[0], pair[1], loose=True):
        return "related form, one sex", a.given, b.given  # a letter apart in syllables (fifty-fourth session)
    elif (pair and len(pair[0]) >= 2 and len(pair[1]) >= 2 and best[0] in person.FRAGMENT_LEVELS
          and "".join(pair[0]) != "".join(pair[1]) and not korean.same_given(pair[0], pair[1], loose=True)):
        return "related form, one sex", "".join(pair[0]), "".join(pair[1])  # met on a first syllable only
    elif (best[0] in person._CHINESE_NEAR and a.sex_marker and b.sex_marker and a.given != b.given
          and person._VIETNAMESE_SYLLABLE.fullmatch(a.given) and person._VIETNAMESE_SYLLABLE.fullmatch(b.given)):
        return "related form, one sex", a.given, b.given  # two Vietnamese given names a letter apart (s33)
    elif best[0] in person._CHINESE_NEAR and person._chinese_syllable_apart(a, b, best[0]):
        return "related form, one sex", a.given, b.given  # two Chinese given names a syllable apart (s33)
    return best


def _transposed(p: str, q: str) -> bool:
    """Two words one swap of neighbouring letters apart."""
    return len(p) == len(q) and any(p[:i] + p[i + 1] + p[i] + p[i + 2:] == q for i in range(len(p) - 1))


def reference_name_readings(a: PersonName, b: PersonName) -> list[tuple[PersonName, PersonName, str]]:
    """readings as first written: both swaps made, then kept where they line a part up."""
    def chinese_first(n: PersonName) -> bool:  # (fifty-fourth session: Chen Jianguo, both sides)
        return (not n.middles and not n.other_given and not n.generation and n.given in person.CHINESE_SURNAMES
                and n.surname not in person.CHINESE_SURNAMES and person._joined_syllables(n.surname) is not None
                and us_frequencies().surname_share(n.surname) < person.KNOWN_SURNAME_SHARE)

    if chinese_first(a) and chinese_first(b):
        a = PersonName(a.surname, (), a.given, (a.given,), "", (), a.other_surnames, a.sex_marker)
        b = PersonName(b.surname, (), b.given, (b.given,), "", (), b.other_surnames, b.sex_marker)
    out = [(a, b, "")]
    if a.surname == b.surname and a.given == b.given:
        return out
    bases = [(a, b, "")]

    def prefix_apart(x: PersonName, y: PersonName) -> bool:  # (fifty-fifth session: Kathleen O Connor / Kathleen M O'Connor)
        return len(x.middles) == 1 and x.middles[0] in ("o", "mc", "mac") and x.middles[0] + x.surname == y.surname

    if a.middles and (not b.middles or prefix_apart(a, b)):
        bases += [(x, b, "joined") for x in person._joined(a)]
    elif b.middles and (not a.middles or prefix_apart(b, a)):
        bases += [(a, y, "joined") for y in person._joined(b)]
    for x, y, joined in bases:
        # a joined reading is kept where the part it joined is written alike or a letter apart
        joined_part = [(x.given, y.given) if x.given != a.given else (x.surname, y.surname)] if x is not a else \
            [(y.given, x.given) if y.given != b.given else (y.surname, x.surname)]
        # (since the forty-seventh session) a middle initial joined to a surname only written alike;
        # a prefix's letter (O Neil) is no middle initial
        n, j = (a, x) if x is not a else (b, y)
        letter = j.surname != n.surname and len(n.surname) > 1 and any(
            len(m) == 1 and m not in ("o", "d", "l") for m in n.middles)
        if joined and any(p == q if letter else Levenshtein.distance(p, q, weights=(1, 1, 1)) <= 1 or _transposed(p, q)
                          for p, q in joined_part):
            out.append((x, y, joined))
        for sx, sy, kept, moved in ((x, _swap(y), x, _swap(y)), (_swap(x), y, y, _swap(x))):
            if sx is not None and sy is not None and (sx.surname == sy.surname or _same_given(sx.given, sy.given)
                                                      or korean.same_surname(sx.surname, sy.surname)
                                                      or _slip_in_each_part(x, y, kept, moved)):
                out.append((sx, sy, "swapped"))
        if not joined:
            out += [(x, r, "swapped") for r in reference_surname_first(y, x)]
            out += [(r, y, "swapped") for r in reference_surname_first(x, y)]
    return out


def reference_surname_first(n: PersonName, other: PersonName) -> list[PersonName]:
    """A name of three words or more read surname first in another way, as first written: the
    first two words a double surname both of which the other writes, the third a given name the
    other's."""
    if not n.middles or not n.given or n.generation or n.other_given:
        return []
    words = [n.given, *n.middles, *n.surname_parts]
    out = []
    if all(len(w) > 1 for w in words[:3]) and words[0] != words[1] \
            and {words[0], words[1]} <= {*other.surname_parts, *other.middles} \
            and len(other.surname_parts) + len(other.middles) > 1 and _same_given(words[2], other.given):
        out.append(PersonName(words[2], tuple(words[3:]), words[0] + words[1], (words[0], words[1]), "", (),
                              n.other_surnames, n.sex_marker))
    return out


def _slip_in_each_part(x: PersonName, y: PersonName, kept: PersonName, swapped: PersonName) -> bool:
    """Two names of two words each, the swapped side's parts each one or two edits (OSA) from the
    kept side's, neither alike, the kept given name more than an initial."""
    return (not x.middles and not y.middles and len(kept.given) > 1
            and kept.given != swapped.given and kept.surname != swapped.surname
            and OSA.distance(kept.given, swapped.given) <= 2 and OSA.distance(kept.surname, swapped.surname) <= 2)


def reference_roles(x, y, frequencies):
    """The roles feature of a swapped reading weighed afresh: the mean odds (bits) that the
    words read as surnames are given names, less those of the words read as given names."""
    def odds(word):
        return math.log2(frequencies.given_share(word) / frequencies.surname_share(word))

    against = (odds(x.surname) + odds(y.surname)) / 2 - (odds(x.given) + odds(y.given)) / 2
    if against <= ROLES_MARGIN:
        return ()
    return (Feature("roles", ROLES_UNLIKELY, -against, f"{x.given} / {y.given}", f"{x.surname} / {y.surname}"),)


def reference_swapped_given(want: tuple[str, str, str]) -> tuple[str, str, str]:
    """A swapped reading's given-name level as first written: a given name against the surname
    made from it is another name; a slip between two words likelier surnames (by the Census
    tables' shares), both real surnames a letter apart, is two names ("different" two letters
    apart)."""
    level, x, y = want
    if level != "exact" and (person._patronymic(x, y) or person._patronymic(y, x)):
        return "different", x, y
    f = us_frequencies()
    if level in ("one edit", "two edits") and f.given_odds(x) + f.given_odds(y) < 0:
        as_surnames = person.word_level(x, y, surname=True)
        if as_surnames in ("one edit, both real", "one vowel apart, both real"):
            return "one edit, both real", x, y
        if as_surnames == "two edits, both real":
            return "different", x, y
    return want


def reference_features(qs, cs, frequencies):
    """_person_features without the memo of weighed levels: each level weighed afresh."""
    best, best_sum = (), float("-inf")
    local = locally_known(frequencies)
    for q in qs:
        for c in cs:
            for x, y, order in reference_name_readings(q, c):
                feats = tuple(_weigh(lv, frequencies, order == "swapped")
                              for lv in person_levels(x, y, order=order, local=local))
                if order == "swapped":
                    feats += reference_roles(x, y, frequencies)
                total = sum(f.weight for f in feats)
                if total > best_sum:
                    best, best_sum = feats, total
    return best


# ------------------------------------------------------------------ blocking


def test_query_readings_are_the_readings_of_every_folded_form(names):
    fast = sum(1 for n in names if len(_WORD.findall(n.lower())) == 2)
    assert fast > 1000  # the two-word path is tried
    # and the path of a given name, a middle initial and a surname, every letter and odd word
    givens = ["henry", "abab", "jon", "ana", "obrien", "de", "jr", "dela", "smith", "anna"]
    surnames = ["keeble", "baba", "brien", "nnaa", "le", "iii", "smith", "o", "hen", "angelo"]
    middle = [f"{g} {x} {s}" for g in givens for x in "abcdefghijklmnopqrstuvwxyz" for s in surnames]
    assert sum(1 for n in middle if len(_WORD.findall(n)) == 3) > 2000
    for name in names + middle:
        assert _query_readings(name) == reference_readings(name), name
        assert _person_query_readings(name) == reference_readings(name), name


def _words(names: list[str]) -> list[str]:
    words = {w for n in names for form in fold_forms(n) for w in _WORD.findall(form.lower())}
    return sorted(words | {"", "j", "q", "bill", "william", "nick", "kasia", "katarzyna", "jose", "pepe", "sasha"})


def test_filed_tokens_made_token_by_token_are_the_full_tokens_filed(names):
    words = _words(names)
    rng = random.Random(7)
    everything = frozenset(t for w in words for t in _given_tokens(w, False) | _given_tokens(w, True))
    some = frozenset(rng.sample(sorted(everything), len(everything) // 3))
    hits = 0
    for filed in (everything, some, frozenset({"*"})):
        for word in words:
            want = _given_tokens(word, True) & filed
            assert _filed_query_tokens(word, filed, _filed_slips(filed)) == want, word
            hits += bool(want)
    assert hits > len(words)


def test_given_canonicals_of_a_word_in_no_table_is_itself_as_the_tables_say(names):
    words = _words(names) + ["Bill", " bill ", "WILLIAM", "Jose", "nick ", "zzq"]
    assert sum(len(reference_canonicals(w)) > 1 for w in words) > 20  # the sample holds formal names
    for word in words:
        assert given_canonicals(word) == reference_canonicals(word), word


def _index(names: list[str]) -> NameIndex:
    """Disclosed names from the sample, some with dates of birth, some surname-only (filed "*")."""
    rng = random.Random(11)
    days = [dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(15000)) for _ in range(40)]
    disclosed = rng.sample(names, 600) + ["Smith", "Nowak", "Garcia", "Le", "Park"]
    return NameIndex([Candidate(n, Kind.ORGANIZATION if n.startswith("1st") else Kind.PERSON, i,
                                rng.choice(days) if i % 3 else None) for i, n in enumerate(disclosed)]), days


def test_blocking_with_words_kept_per_index_finds_the_reference_candidates(names):
    index, days = _index(names)
    assert index._no_given  # a disclosed name without given name: "*" is filed
    found = 0
    # twice over: the words' records made on the first pass, read back on the second
    for _ in range(2):
        for k, name in enumerate(names):
            for date in (None, days[k % len(days)], dt.date(1901, 2, 3)):
                got = index.block(name, Kind.PERSON, date)
                assert got == reference_block(index, name, Kind.PERSON, date), (name, date)
                found += bool(got)
    assert found > 1000
    assert index._star_words  # a party's surname met a disclosed name without given name


def test_batched_matching_blocks_each_date_as_the_reference_does(names):
    index, days = _index(names)
    rng = random.Random(5)
    tasks = [(n, Kind.PERSON, (None, days[k % len(days)], rng.choice(days))) for k, n in enumerate(names[:800])]
    found = index.match_many(tasks, floor=0.0)  # floor 0: every blocked pair, every date
    pairs = 0
    for (name, _, dates), per in zip(tasks, found):
        for date, hits in zip(dates, per):
            want = {i for i in reference_block(index, name, Kind.PERSON, date)
                    if index.candidates[i].kind is Kind.PERSON}
            assert {h.candidate.ref for h in hits} == want, (name, date)
            pairs += len(want)
    assert pairs > 500


# ------------------------------------------------------------------ features


def _pairs(names: list[str]) -> list[tuple[tuple[PersonName, ...], tuple[PersonName, ...]]]:
    from bench import synthetic

    out = [(person_forms(p.left), person_forms(p.right)) for seed in (1, 2) for p in synthetic.person_pairs(seed, 1500)]
    hard = [person_forms(n) for n in HARD]
    out += list(itertools.product(hard, hard))
    return out


def test_person_levels_fast_paths_give_the_levels_of_the_reference(names):
    local = locally_known(us_frequencies().updated([("yejin", "park"), ("seoyeon", "kim")] * 5))
    swapped = joined = seconds = 0
    for qs, cs in _pairs(names):
        for q in qs:
            for c in cs:
                got = readings(q, c)
                assert got == reference_name_readings(q, c), (q, c)
                for x, y, order in got:
                    swapped += order == "swapped"
                    joined += order == "joined"
                    seconds += bool(x.other_given or y.other_given)
                    for loc in (None, local):
                        assert surname_level(x, y, loc) == reference_surname_level(x, y, loc), (x, y)
                        levels = person_levels(x, y, order=order, local=loc)
                        want = reference_given(x, y, loc)
                        if order == "swapped":
                            want = reference_swapped_given(want)
                        given = next(lv for lv in levels if lv.comparison == "given")
                        if given.level not in ("given as other's middle", "given as other's middle initial"):
                            assert (given.level, given.left, given.right) == want, (x, y)
    assert swapped > 100 and joined > 50 and seconds > 50


def test_person_features_with_the_memo_of_weighed_levels_equal_weighing_afresh(names):
    local = us_frequencies().updated([("yejin", "park"), ("seoyeon", "kim")] * 50)
    for frequencies in (us_frequencies(), local, us_frequencies()):  # the memo follows the corpus
        for qs, cs in _pairs(names):
            assert _person_features(qs, cs, frequencies) == reference_features(qs, cs, frequencies), (qs, cs)


def test_the_memo_of_weighed_levels_is_emptied_when_the_weights_are_reloaded(monkeypatch):
    qs, cs = person_forms("Jon Smith"), person_forms("John Smith")
    before = _person_features(qs, cs, us_frequencies())
    shipped = evidence.load_weights
    weights = shipped("person")
    changed = {**weights, "comparisons": {**weights["comparisons"], "given": {
        level: {**entry, "m": entry["m"] / 2} for level, entry in weights["comparisons"]["given"].items()}}}
    monkeypatch.setattr(evidence, "load_weights", lambda kind: changed if kind == "person" else shipped(kind))
    after = _person_features(qs, cs, us_frequencies())
    assert after != before
    assert after == reference_features(qs, cs, us_frequencies())
    assert compare.WEIGHED_LIMIT > 0


def test_a_hyphenated_given_name_parses_as_nameparser_reads_it():
    from coi.names.person import _parser_words

    parts = ["ji", "u", "seo", "yeon", "a", "jean", "luc", "mary", "ann", "min", "jun", "de", "la", "van", "jr",
             "ii", "dr", "mc", "o", "st", "e", "y", "king", "ma", "junior", "del"]
    surnames = ["kim", "lee", "smith", "le", "jr", "de", "van", "son", "ma", "king", "park", "o", "bin"]
    words = sorted(_parser_words())
    fast = 0
    for a, b, c in itertools.product(parts, parts, surnames):
        for text in (f"{a.title()}-{b} {c.title()}", f"{a.upper()}-{b.upper()} {c.upper()}", f"{a}-{b} {c}"):
            got = person._plain_person(text)
            if got is not None:
                fast += "-" in text
                assert got == parse_person(text), text
    assert fast > 500
    assert person._hyphenated_person("seo-yeon kim") == PersonName(
        "seoyeon", (), "kim", ("kim",), "", other_given=("seo",))
    assert all(person._hyphenated_person(f"ann-{w} kim") is None for w in words[:50] if w.isalpha())


def test_a_name_with_middle_initials_parses_as_nameparser_reads_it():
    # a docket's commonest writing after the plain one ("Henry B Keeble", "HENRY B. KEEBLE"):
    # read without nameparser, it must be read as nameparser reads it, odd words included
    givens = ["henry", "maria", "jd", "tj", "wm", "ng", "le", "kim", "ho", "wing", "prince", "ma", "al", "jo",
              "dr", "st", "van", "de", "mc", "nguyen", "tran", "lin", "md", "judge", "sir", "o"]
    surnames = ["keeble", "garcia", "nguyen", "kim", "lee", "park", "ho", "le", "jr", "iii", "esq", "van",
                "de", "la", "bin", "smith", "thi", "king", "o", "md"]
    middles = [*"abcdefghijklmnopqrstuvwxyz", "b.", "e.", "y.", "a b", "j. r.", "v i", "t h"]
    fast = 0
    for g, m, s in itertools.product(givens, middles, surnames):
        for text in (f"{g.title()} {m.upper()} {s.title()}", f"{g.upper()} {m.upper()} {s.upper()}", f"{g} {m} {s}"):
            got = person._plain_person(text)
            if got is not None:
                fast += 1
                assert got == parse_person(text), text
    assert fast > 4000
    assert person._plain_person("Henry B. Keeble") == PersonName("henry", ("b",), "keeble", ("keeble",), "")
