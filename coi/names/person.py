"""Person names: parse into parts, then compare part by part, saying why.

Parsing is nameparser's (``Last, First``, titles, suffixes, middle names) on the folded
ASCII form, plus what nameparser does not do: maiden names written ``(née Jones)``,
particles kept with the surname (``de la Cruz`` = ``Delacruz``), hyphenated and double
surnames split into parts. Comparison scores the surname and the given name separately
(exact, nickname, initial, typo, phonetic) so that each hit can name the rule that made it;
generation suffixes (Jr./Sr.) and middle initials that disagree count against a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import jellyfish
from nameparser import HumanName
from nicknames import NickNamer
from rapidfuzz.distance import OSA, JaroWinkler

from coi.names.lexicon import is_known_given_name, opposite_sexes
from coi.names.normalize import fold_forms
from coi.names.weights import PERSON as W

PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "dos", "das", "do", "du", "la", "le", "van", "von", "vander",
     "ten", "ter", "af", "al", "el", "bin", "ibn", "st", "ste", "y", "e"}
)
GENERATIONS = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "i": "i", "ii": "ii", "2nd": "ii",
               "iii": "iii", "3rd": "iii", "iv": "iv", "4th": "iv", "v": "v"}
_MAIDEN = re.compile(r"\(?\b(?:nee|née|born|formerly|maiden name|f/k/a|fka)\b\.?\s+([^()]+?)\)?\s*$", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]*)\)")
_QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")


# Titles that are only ever titles: a name written with one of them first has no given name
# in it ("Sgt Smith", "Judge Smith"); nameparser's other titles are also surnames (Goodman).
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sgt", "sergeant", "officer", "ofc", "det", "detective", "lt",
     "lieutenant", "capt", "captain", "cpl", "corporal", "chief", "sheriff", "deputy", "judge", "justice", "hon",
     "honorable", "rev", "reverend", "fr", "father", "sister", "brother", "prof", "professor", "sir", "dame",
     "lady", "lord", "atty", "attorney", "gov", "governor", "sen", "senator", "rep", "mayor", "commander",
     "inspector", "trooper", "agent", "president", "dean", "president"}
)

# Spanish and Portuguese given names built with a particle (María del Carmen, José de Jesús,
# María de los Ángeles): the word after the particle is part of the given name.
DEVOTIONAL_NAMES = frozenset(
    {"carmen", "jesus", "lourdes", "guadalupe", "rosario", "pilar", "socorro", "angeles", "mar", "montserrat",
     "fatima", "luz", "refugio", "consuelo", "dolores", "mercedes", "remedios", "rocio", "asuncion", "concepcion",
     "trinidad", "jose", "dios", "belen", "lujan", "gracia", "gloria", "paz", "soledad", "milagros"}
)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name in comparable parts (all lower-case ASCII)."""

    given: str  # "" when only a surname is known; a single letter when an initial
    middles: tuple[str, ...]
    surname: str  # the whole surname, particles and hyphens joined: "delacruzperez"
    surname_parts: tuple[str, ...]  # without particles: ("cruz", "perez")
    generation: str  # "jr", "sr", "ii", ... or ""
    other_given: tuple[str, ...] = ()  # quoted nicknames: William "Bill" Smith → ("bill",)
    other_surnames: tuple[str, ...] = ()  # maiden names written into the name

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for t in (self.given, *self.middles, *self.surname_parts) if t)


def _words(text: str) -> list[str]:
    return _NON_WORD.sub(" ", text.lower().replace("-", " ")).split()


def _surname(text: str) -> tuple[str, tuple[str, ...]]:
    words = _words(text)
    parts = tuple(w for w in words if w not in PARTICLES) or tuple(words)
    return "".join(words), parts


@lru_cache(maxsize=262144)
def parse_person(text: str) -> PersonName:
    """Parse one folded (ASCII) person name."""
    other_surnames: list[str] = []
    other_given: list[str] = []
    m = _MAIDEN.search(text)
    if m:
        other_surnames.append(m.group(1))
        text = text[: m.start()]
    for q in _QUOTED.findall(text):
        other_given.extend(_words(q))
    text = _QUOTED.sub(" ", text)
    for p in _PAREN.findall(text):
        other_given.extend(_words(p))
    text = _PAREN.sub(" ", text)
    text = " ".join(text.replace(".", ". ").split())

    h = HumanName(text)
    first, middle, last = h.first, h.middle, h.last
    generation = ""
    for s in _words(h.suffix):
        generation = GENERATIONS.get(s, generation)
    if h.nickname:
        other_given.extend(_words(h.nickname))
    title_words = _words(h.title)
    if not first and last and len(title_words) == 1 and "." not in h.title and title_words[0] not in HONORIFICS:
        # a surname that is also an old title, written first ("Goodman Timothy"): a name
        first = title_words[0]
    words = _words(text)
    if not first and len(words) >= 3 and words[0] in PARTICLES and words[-1] not in PARTICLES:
        # "de la Cruz Esperanza": a surname with its particles, written first
        first, last = words[-1], " ".join(words[:-1])
    if not first and not last and not middle and h.title:
        # nothing but title words ("Bishop", "Judge"): they are the name, Bishop and Judge
        # being surnames too; "Judge Smith" still reads Judge as a title
        title_words = _words(h.title)
        first, last = " ".join(title_words[:-1]), title_words[-1] if title_words else ""
    if not last and first and not middle:  # a single word: take it for a surname
        first, last = "", first
    elif not last and first and middle:
        last, middle = middle, ""
    # nameparser leaves a trailing particle-less "Jr" in last for some inputs
    last_words = _words(last)
    if last_words and last_words[-1] in GENERATIONS and len(last_words) > 1 and not generation:
        generation = GENERATIONS[last_words[-1]]
        last = " ".join(last_words[:-1])
    last_words = _words(last)
    lead = next((i for i, w in enumerate(last_words) if w not in PARTICLES), 0)
    if 0 < lead < len(last_words) - 1 and last_words[lead] in DEVOTIONAL_NAMES and first:
        # "María del Carmen Loya": del Carmen belongs to the given name, Loya is the surname
        other_given.append(_words(first)[0])
        first = "".join(_words(first) + last_words[: lead + 1])
        last = " ".join(last_words[lead + 1:])
    surname, parts = _surname(last)
    given_words = _words(first)
    if "-" in first and len(given_words) > 1:
        # a hyphenated given name is one name (Min-jun, Jean-Luc); its first part is
        # also how it is often shortened (Jean)
        other_given.append(given_words[0])
        given_words = ["".join(given_words)]
    given = given_words[0] if given_words else ""
    middles = tuple(given_words[1:]) + tuple(_words(middle))
    return PersonName(
        given=given,
        middles=middles,
        surname=surname,
        surname_parts=parts,
        generation=generation,
        other_given=tuple(other_given),
        other_surnames=tuple(_surname(s)[0] for s in other_surnames),
    )


def parse_person_forms(text: str) -> tuple[PersonName, ...]:
    """Every parse of ``text``: one per folded form (transliteration, skeleton)."""
    return tuple(parse_person(f) for f in fold_forms(text))


# ---------------------------------------------------------------- given names

_NICKNAMER: NickNamer | None = None


def _nicknamer() -> NickNamer:
    global _NICKNAMER
    if _NICKNAMER is None:
        _NICKNAMER = NickNamer()
    return _NICKNAMER


# Other languages' forms of English given names, and their diminutives. The nicknames
# library covers English usage only (Bill = William, not Nick = Nikolaos or Kasia =
# Katarzyna); this table maps each form to the English name whose nicknames it shares.
COGNATES: dict[str, str] = {
    # Greek
    "nikolaos": "nicholas", "nikos": "nicholas", "georgios": "george", "giorgos": "george", "yiorgos": "george",
    "konstantinos": "constantine", "kostas": "constantine", "dimitrios": "demetrius", "dimitris": "demetrius",
    "ioannis": "john", "giannis": "john", "yannis": "john", "panagiotis": "peter", "vasilios": "basil",
    "vasileios": "basil", "christos": "christopher", "athanasios": "thomas", "spyridon": "spiro",
    "aikaterini": "katherine", "katerina": "katherine", "eleni": "helen", "sofia": "sophia",
    # Italian
    "giuseppe": "joseph", "giovanni": "john", "francesco": "francis", "giacomo": "james", "pietro": "peter",
    "alessandro": "alexander", "guglielmo": "william", "luigi": "louis", "caterina": "katherine",
    "giuseppina": "josephine", "francesca": "frances",
    # Spanish and Portuguese
    "jose": "joseph", "juan": "john", "joao": "john", "alejandro": "alexander", "guillermo": "william",
    "francisco": "francis", "pedro": "peter", "miguel": "michael",
    "enrique": "henry", "ricardo": "richard", "roberto": "robert", "catalina": "katherine",
    "guadalupe": "lupe", "pepe": "joseph", "paco": "francis", "pancho": "francis",
    # Polish
    "katarzyna": "katherine", "kasia": "katherine", "malgorzata": "margaret", "gosia": "margaret",
    "aleksander": "alexander", "olek": "alexander", "wojciech": "adalbert", "wojtek": "adalbert",
    "tomasz": "thomas", "tomek": "thomas", "krzysztof": "christopher", "krzys": "christopher",
    "piotr": "peter", "janek": "john", "pawel": "paul", "michal": "michael",
    "stanislaw": "stanley", "staszek": "stanley", "jozef": "joseph", "jozek": "joseph",
    "agnieszka": "agnes", "aga": "agnes", "elzbieta": "elizabeth", "ela": "elizabeth",
    "lukasz": "luke", "maciej": "matthew", "maciek": "matthew", "grzegorz": "gregory", "grzes": "gregory",
    # German, Irish, Slavic
    "johann": "john", "wilhelm": "william", "seamus": "james", "siobhan": "joan",
    "liam": "william", "shawn": "sean", "shaun": "sean", "yoli": "yolanda", "aleksandr": "alexander", "sasha": "alexander", "dmitri": "demetrius",
    "mikhail": "michael", "yekaterina": "katherine",
}


@lru_cache(maxsize=65536)
def given_canonicals(name: str) -> frozenset[str]:
    """The formal names ``name`` may stand for, itself included: bill → {bill, william, ...};
    nick → {nicholas, ...}; nikolaos → {nicholas}, through :data:`COGNATES`."""
    if len(name) < 2:
        return frozenset({name})
    nn = _nicknamer()
    out = {name, *nn.canonicals_of(name)}
    english = COGNATES.get(name)
    if english is not None:
        out |= {english, *nn.canonicals_of(english)}
    return frozenset(out)


def _related(a: str, b: str) -> bool:
    nn = _nicknamer()
    return b in nn.canonicals_of(a) or a in nn.canonicals_of(b) or b in nn.nicknames_of(a) or a in nn.nicknames_of(b)


@lru_cache(maxsize=262144)
def nickname_match(a: str, b: str) -> bool:
    """True when one given name is a known nickname of the other (Bill = William, Kasia =
    Katarzyna through its English form), or both are short forms of one name (Betty and
    Lisa of Elizabeth). Two full names that merely share a short form are two names: the
    tables give Bill for both William and Robert, and Nathan and John both lead to Jonathan."""
    if a == b:
        return True
    ea, eb = COGNATES.get(a, a), COGNATES.get(b, b)
    if ea == eb or _related(a, b) or _related(ea, eb):
        return True
    return max(len(a), len(b)) <= SHORT_FORM and bool(given_canonicals(a) & given_canonicals(b))


SHORT_FORM = 5  # letters: a name this short may be a short form (Betty, Lisa, Peggy)


def _final_vowel_swap(a: str, b: str) -> bool:
    """Maria/Mario, Daniela/Daniele: a different name, not a typo."""
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in "aeiouy" and b[-1] in "aeiouy"


@lru_cache(maxsize=262144)
def typo_similarity(a: str, b: str) -> float:
    """How near two spellings are, allowing one slip per five letters; 0 when too far.

    One edit (a swap counts as one) in a word of four letters or more scores 0.9, two
    edits in a word of eight or more 0.8. Sounding alike (metaphone) lifts a near miss
    but never rescues a far one: Jensen and Johnson sound alike and are different names.
    """
    if a == b:
        return 1.0
    shorter = min(len(a), len(b))
    d = OSA.distance(a, b)
    phonetic = jellyfish.metaphone(a) == jellyfish.metaphone(b)
    if d == 1 and shorter >= 4:
        return W.one_slip
    if d == 1 and shorter == 3 and phonetic and _doubled(a, b):
        return W.one_slip  # Ana/Anna; but Jon/Joan, which also sound alike, are two names
    if d == 2 and (shorter >= 8 or (phonetic and shorter >= 6)):
        return W.two_slips
    return 0.0


def slip_of_known_name(a: str, b: str) -> bool:
    """True when exactly one of two given names is a known name: the other, which no list
    of names knows (Zeo, Charli, Joh), is that name written with a slip."""
    return is_known_given_name(a) != is_known_given_name(b)


def slip_similarity(a: str, b: str) -> float:
    """A known given name against an unknown spelling of it: one edit in a name of three
    letters or more (Zoe/Zeo, John/Joh), two in a name of five or more (Hanna/Hanah)."""
    shorter = min(len(a), len(b))
    d = OSA.distance(a, b)
    if d == 1 and shorter >= 3:
        return W.one_slip
    if d == 2 and shorter >= 5:
        return W.two_slips
    return 0.0


def _doubled(a: str, b: str) -> bool:
    """True when the longer word is the shorter with one letter doubled (Ana/Anna)."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[i] == long_[i + 1] and long_[:i] + long_[i + 1:] == short for i in range(len(long_) - 1))


@dataclass(frozen=True, slots=True)
class PartScore:
    score: float  # 0-1
    rule: str  # the words for the evidence


@lru_cache(maxsize=262144)
def compare_given(a: str, b: str) -> PartScore:
    """Compare two given names (either may be an initial or missing)."""
    if not a or not b:
        return PartScore(W.missing_given, "given name missing on one side")
    if a == b:
        return PartScore(1.0, f"given name {a} equal" if len(a) > 1 else f"initial {a} equal")
    if len(a) == 1 or len(b) == 1:
        initial, full = (a, b) if len(a) == 1 else (b, a)
        if full.startswith(initial):
            return PartScore(W.initial, f"initial {initial.upper()}. fits {full}")
        return PartScore(0.0, f"initial {initial.upper()}. does not fit {full}")
    if opposite_sexes(a, b) and COGNATES.get(a, a) != COGNATES.get(b, b):
        # Michael/Michelle, Stephen/Stephanie, Erin/Aaron: they sound alike, are a slip apart
        # or are tied by the nickname tables, and are a man's name and a woman's. Only our
        # own table of other languages' forms overrides (Sasha is Alexander's, either sex)
        return PartScore(0.0, f"given names {a} and {b} differ (a man's and a woman's)")
    if nickname_match(a, b):
        return PartScore(W.nickname, f"nickname: {a} = {b}")
    slip = slip_of_known_name(a, b)
    if not slip and (_final_vowel_swap(a, b) or _gendered_pair(a, b)):
        # Maria/Mario, Paul/Paula, Daniel/Danielle: related names of different people;
        # but Charli/Charlie is Charlie with a slip, Charli being no name any list knows
        return PartScore(0.0, f"given names {a} and {b} differ")
    t = typo_similarity(a, b)
    if t:
        return PartScore(t * W.given_spelling, f"given names {a} ~ {b} (spelling)")
    t = slip_similarity(a, b) if slip else 0.0
    if t:
        known, other = (a, b) if is_known_given_name(a) else (b, a)
        return PartScore(t * W.given_spelling, f"given names {a} ~ {b} (spelling: {other} is no known name, "
                                               f"{known} with a slip)")
    if (min(len(a), len(b)) >= 5 and a.endswith("a") == b.endswith("a")  # Peter/Petra: two names
            and jellyfish.metaphone(a) == jellyfish.metaphone(b)):
        return PartScore(W.sound_alike, f"given names {a} ~ {b} (sound alike)")
    return PartScore(0.0, f"given names {a} and {b} differ")


# What a name adds to become its feminine (or masculine) form: Paul/Paula, Daniel/Danielle,
# Eric/Erica, Justin/Justine, Henri/Henriette.
_GENDER_ENDINGS = ("a", "e", "le", "lle", "ne", "na", "ina", "ine", "ette", "etta", "o", "us")


def _gendered_pair(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_.startswith(short) and long_[len(short):] in _GENDER_ENDINGS


def compare_surname(a: PersonName, b: PersonName) -> PartScore:
    """Compare surnames, whole or by part (double and hyphenated surnames, maiden names)."""
    a_all = (a.surname, *a.other_surnames)
    b_all = (b.surname, *b.other_surnames)
    for x in a_all:
        for y in b_all:
            if x and x == y:
                rule = f"surname {x} equal"
                if x != a.surname or y != b.surname:
                    rule = f"surname {x} equal (former or maiden name)"
                return PartScore(1.0, rule)
    shared = set(a.surname_parts) & set(b.surname_parts)
    if shared:
        part = sorted(shared)[0]
        return PartScore(W.shared_surname_part, f"surname part {part} shared ({'/'.join(a.surname_parts)} ~ {'/'.join(b.surname_parts)})")
    # a double surname read as middle name + surname: "Ana García Márquez" / "Ana García"
    for x, y in ((a, b), (b, a)):
        if x.middles and len(x.middles[-1]) > 1 and x.middles[-1] in y.surname_parts:
            return PartScore(W.double_surname_middle, f"surname part {x.middles[-1]} shared (double surname {x.middles[-1]} {x.surname})")
    best = PartScore(0.0, f"surnames {a.surname} and {b.surname} differ")
    for x in a_all:
        for y in b_all:
            t = typo_similarity(x, y)
            if t > best.score:
                best = PartScore(t, f"surname {x} ~ {y} (spelling)")
    for x in a.surname_parts:
        for y in b.surname_parts:
            t = typo_similarity(x, y) * W.part_spelling
            if t > best.score:
                best = PartScore(t, f"surname part {x} ~ {y} (spelling)")
    return best


def _given_options(n: PersonName) -> tuple[str, ...]:
    return tuple(dict.fromkeys((n.given, *n.other_given)))


@dataclass(frozen=True, slots=True)
class PersonComparison:
    score: float  # 0-100
    components: tuple[tuple[str, float], ...]
    reason: str


def _middles_conflict(a: PersonName, b: PersonName) -> bool:
    if not a.middles or not b.middles:
        return False
    return a.middles[0][0] != b.middles[0][0]


def compare_parsed(a: PersonName, b: PersonName, *, swapped: bool = False, joined: bool = False) -> PersonComparison:
    """Score two parsed names 0-100 with the parts that decided it (``swapped``: one side
    read in swapped order; ``joined``: one side read with a space taken out)."""
    sur = compare_surname(a, b)
    # a second given form on both sides (Jean of Jean-Luc, Jean of Jean-Pierre) proves nothing
    giv = max((compare_given(x, y) for i, x in enumerate(_given_options(a))
               for j, y in enumerate(_given_options(b)) if i == 0 or j == 0), key=lambda p: p.score)
    # a given name written where the other side has its middle name ("J. Robert Smith" / "Robert Smith")
    if giv.score < W.initial:
        for x, y, other in ((a.given, b.middles, b.given), (b.given, a.middles, a.given)):
            if x and y and len(x) > 1 and x == y[0] and not opposite_sexes(x, other):
                giv = PartScore(W.initial, f"given name {x} is the other's middle name")
    score = 100 * (W.surname * sur.score + W.given * giv.score)
    reasons = [sur.rule, giv.rule]
    components = [("surname", round(100 * sur.score, 1)), ("given", round(100 * giv.score, 1))]
    if sur.score < W.surname_near:
        score = min(score, W.surname_differs_cap)
    if giv.score < W.missing_given or (giv.score == W.missing_given and sur.score < 1.0):
        score = min(score, W.given_differs_cap)
    if _middles_conflict(a, b):
        score -= W.middle_conflict
        reasons.append(f"middle names differ ({a.middles[0]} / {b.middles[0]})")
        components.append(("middle", -W.middle_conflict))
    if a.generation and b.generation and a.generation != b.generation:
        score = min(score, W.generation_cap)
        reasons.append(f"generations differ ({a.generation} / {b.generation}): another person of the family")
        components.append(("generation", -100.0))
    elif bool(a.generation) != bool(b.generation):
        score -= W.one_sided_suffix
        reasons.append("suffix (Jr./Sr.) given on one side only")
        components.append(("generation", -W.one_sided_suffix))
    if swapped:
        score -= W.swapped
        reasons.append("given name and surname in swapped order")
        components.append(("order", -W.swapped))
        if (min(sur.score, giv.score) < W.swapped_strong or max(sur.score, giv.score) < 1.0
                or ((a.middles or b.middles) and sur.score < 1.0)):  # three words: the surname exact
            # Janice Taylor / Taylor Jones: read the other way round, a near given name on top
            # of a reordering is two coincidences, not one person
            score = min(score, W.swapped_weak_cap)
            reasons.append("in swapped order only with a part that is not exact: not taken as one person")
            components.append(("weak order", -W.swapped_weak_cap))
    if joined:
        score -= W.joined
        reasons.append("read with a space inside a name taken out")
        components.append(("joined", -W.joined))
    return PersonComparison(max(0.0, min(100.0, score)), tuple(components), "; ".join(reasons))


def _swap(n: PersonName) -> PersonName | None:
    """The same words read surname first, without a comma: ``Zhang Wei`` → Wei Zhang,
    ``Chavarría Julio César`` → Julio César Chavarría."""
    if not n.given or not n.surname or len(n.given) == 1:
        return None
    if not n.middles:
        return PersonName(given=n.surname, middles=(), surname=n.given, surname_parts=(n.given,),
                          generation=n.generation, other_given=(), other_surnames=n.other_surnames)
    if len(n.middles[0]) == 1:
        return None  # "John R. Smith" is not surname-first
    return PersonName(given=n.middles[0], middles=(*n.middles[1:], n.surname), surname=n.given,
                      surname_parts=(n.given,), generation=n.generation, other_given=(),
                      other_surnames=n.other_surnames)


def _joined(n: PersonName) -> tuple[PersonName, ...]:
    """The readings of a name with a space typed inside one of its parts taken out: the
    middle words joined to the given name ("Geo Rge Artis" → George Artis) or to the
    surname ("Jade P Aine" → Jade Paine)."""
    if not n.middles or not n.given:
        return ()
    glued = "".join(n.middles)
    surname = glued + n.surname
    return (
        replace(n, given=n.given + glued, middles=()),
        replace(n, middles=(), surname=surname, surname_parts=(surname,)),
    )


def compare_persons(a: PersonName, b: PersonName) -> PersonComparison:
    """Best of the straight reading, the swapped one (``Zhang Wei`` / ``Wei Zhang``, either
    side written surname first) and, when only one side has middle words, the readings with
    a space inside a part taken out (``Geo Rge`` / ``George``)."""
    best = compare_parsed(a, b)
    if best.score >= 95:
        return best
    readings = [(a, b, False)]
    if a.middles and not b.middles:
        readings += [(x, b, True) for x in _joined(a)]
    elif b.middles and not a.middles:
        readings += [(a, y, True) for y in _joined(b)]
    for x, y, joined in readings:
        candidates = [compare_parsed(x, y, joined=True)] if joined else []
        for sx, sy in ((x, _swap(y)), (_swap(x), y)):
            if sx is not None and sy is not None:
                candidates.append(compare_parsed(sx, sy, swapped=True, joined=joined))
        for alt in candidates:
            if alt.score > best.score:
                best = alt
    return best


def _loose_word(a: str, b: str) -> bool:
    """Near enough *when a date of birth already agrees*: one letter in common at the start,
    and two slips at most, or the same sound, or Jaro-Winkler at least ``W.loose_similarity``."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or len(a) == 1 or len(b) == 1:
        return False
    return (OSA.distance(a, b) <= 2 and min(len(a), len(b)) >= 4
            or jellyfish.metaphone(a) == jellyfish.metaphone(b)
            or JaroWinkler.normalized_similarity(a, b) >= W.loose_similarity)


def loosely_near(a: PersonName, b: PersonName) -> bool:
    """Two names that a matching date of birth may take for one person: surnames near (two
    slips, sound, Jaro-Winkler), given names near, an initial that fits, or one missing;
    never two given names that are each other's other-sex form (twins: Mario and Maria)."""
    for x, y in ((a, b), (a, _swap(b)), (_swap(a), b)):
        if x is None or y is None:
            continue
        surnames = any(_loose_word(s, t) for s in (x.surname, *x.surname_parts, *x.other_surnames)
                       for t in (y.surname, *y.surname_parts, *y.other_surnames) if s and t)
        g, h = x.given, y.given
        if not surnames or (g and h and (_final_vowel_swap(g, h) or _gendered_pair(g, h) or opposite_sexes(g, h))):
            continue
        if not g or not h or g == h or nickname_match(g, h) or (min(len(g), len(h)) == 1 and g[0] == h[0]):
            return True
        if is_known_given_name(g) and is_known_given_name(h) and OSA.distance(g, h) > 1:
            continue  # two names of their own (Ryan and Bryan are twins, not a slip)
        if _loose_word(g, h):
            return True
    return False


# ---------------------------------------------------------------- parsing, fast

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
