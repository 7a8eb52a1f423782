"""Labelled name pairs generated for tuning and for held-out evaluation (issue 13).

Two generators, each seeded, each pair labelled with the kind of variation that made it:

- **Persons** (:func:`person_pairs`), shaped like the owners' set C (screening): names drawn
  with real US frequencies — surnames and given names weighted by their count in the US
  Census 2020 lists that coi ships (:mod:`coi.names.frequency`), so "Maria Garcia" and
  "James Smith" repeat as in a real docket — plus Vietnamese, Korean, Polish, Greek and
  Mexican names from Faker's locale lists, romanized (Korean and Greek by the rules
  below; Vietnamese and Polish keep their diacritics). Everyone has a date of birth
  (1940-2004); a share of records lose it. True pairs by one of the 13 kinds of variation
  in :data:`PERSON_VARIATIONS`; look-alikes (two people) by one of the kinds in
  :data:`PERSON_LOOKALIKES`.
- **Organizations** (:func:`org_pairs`), shaped like set D: police departments, sheriff's
  offices, university police, fire departments, prosecutors and defenders, utilities, law
  and security firms, unions and lodges, bar associations, in invented towns (syllables
  put together: "Oakbrook", "Foxdale Heights"). True pairs by :data:`ORG_VARIATIONS`,
  look-alikes by :data:`ORG_LOOKALIKES`.

Every vocabulary here is invented or taken from public lists (the Census tables, Faker's
name lists, the ``nicknames`` library); nothing comes from Febrl 4, Fodors–Zagat or
pseudopeople, which stay out of all tuning.

Tuning data is ``seed=TUNING_SEED``; the held-out sets are ``seed=HELD_OUT_SEED`` and are
drawn by a differently parameterised generator (:data:`HELD_OUT_PROFILE`: more noise —
two typos where tuning has one, more missing dates of birth, a second variation on some
pairs, another mix of origins and of look-alikes), so the held-out figures are not the
tuning distribution again. Nothing may be tuned on the held-out sets.

:func:`search_set` turns labelled pairs into a search: the left names are the disclosed
names (candidates), the right names the docket's (queries), and every query is searched
against every candidate through the blocking, so cross pairs count as they would in
screening.
"""

from __future__ import annotations

import bisect
import datetime as dt
import gzip
import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from anyascii import anyascii
from rapidfuzz.distance import OSA

from coi.model import Kind

#: The Census tables coi ships (coi/names/frequency.py says where they come from).
SURNAMES_FILE = "us_surnames.tsv.gz"
GIVEN_FILE = "us_given_names.tsv.gz"

TUNING_SEED = 1
HELD_OUT_SEED = 2

#: Kinds of variation between two records of one person (true pairs), as the issue lists
#: them first, then the ones chosen here.
PERSON_VARIATIONS = (
    "OCR typo", "given initial", "nickname", "added surname part", "keyboard typo", "swapped order", "phonetic",
    "transliteration", "middle initial", "married name", "DOB typo", "DOB missing", "hyphen or space",
)
#: Kinds of look-alike: two people whose names or dates look alike.
PERSON_LOOKALIKES = (
    "namesake other DOB", "similar surname", "conflicting middle initial", "other-sex form", "twin",
    "generation suffix", "random",
)
ORG_VARIATIONS = (
    "extra or missing words", "partly shared words", "acronym", "legal form", "abbreviation", "word order", "typo",
)
ORG_LOOKALIKES = (
    "other town", "university vs city police", "union inside union", "lodge number", "fire vs police",
    "other agency kind", "similar firm", "random",
)


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """Two written names (with dates of birth for persons), whether they name one entity,
    and the kind of variation (true pair) or of look-alike (two entities) that made them."""

    kind: Kind
    left: str
    left_dob: dt.date | None
    right: str
    right_dob: dt.date | None
    match: bool
    variation: str


@dataclass(frozen=True, slots=True)
class Profile:
    """How noisy a generator is: the tuning and held-out sets differ in these."""

    name: str
    match_share: float  # share of pairs that are true pairs
    dob_missing: float  # share of pairs (true or look-alike) with one side's date of birth missing
    two_typos: float  # share of typo pairs (OCR, keyboard, org typo) with two errors instead of one
    second_variation: float  # share of true pairs given a second, small variation (case, title, comma)
    origins: tuple[tuple[str, float], ...]  # where persons' names come from, and how often
    comma_swap: float  # share of swapped-order pairs written "Surname, Given"
    lookalike_weights: dict[str, float] = field(default_factory=dict)  # kinds not named weigh 1


TUNING_PROFILE = Profile(
    "tuning", match_share=0.6, dob_missing=0.15, two_typos=0.0, second_variation=0.0,
    origins=(("us", 0.70), ("vi", 0.06), ("ko", 0.06), ("pl", 0.06), ("el", 0.06), ("mx", 0.06)),
    comma_swap=0.3,
)
HELD_OUT_PROFILE = Profile(
    "held out", match_share=0.5, dob_missing=0.3, two_typos=0.35, second_variation=0.2,
    origins=(("us", 0.55), ("vi", 0.09), ("ko", 0.09), ("pl", 0.09), ("el", 0.09), ("mx", 0.09)),
    comma_swap=0.5,
    lookalike_weights={"namesake other DOB": 2.0, "similar surname": 1.5, "random": 0.5,
                       "other town": 1.5, "union inside union": 1.5},
)


def profile_for(seed: int) -> Profile:
    """The held-out profile for :data:`HELD_OUT_SEED`, the tuning profile for any other seed."""
    return HELD_OUT_PROFILE if seed == HELD_OUT_SEED else TUNING_PROFILE


# ------------------------------------------------------------------ name sources

@dataclass(frozen=True, slots=True)
class Person:
    given: str
    middle: str  # "" or a middle name (shown in full or as an initial)
    surname: str
    female: bool
    dob: dt.date
    origin: str
    suffix: str = ""

    def written(self, *, middle: str | None = None) -> str:
        m = self.middle if middle is None else middle
        return " ".join(p for p in (self.given, m, self.surname, self.suffix) if p)


def _cap(word: str) -> str:
    """A folded Census word written as a docket writes it: Mcdonald -> McDonald, o'neil."""
    w = word.capitalize()
    if w.startswith("Mc") and len(w) > 3:
        w = "Mc" + w[2:].capitalize()
    return w


def _census_table(file: str) -> dict[str, tuple[int, float | None]]:
    """One of the Census tables coi ships (coi/data/us_*.tsv.gz: word, count[, % women]),
    read directly so the generator does not depend on the matcher's modules."""
    raw = resources.files("coi").joinpath("data", file).read_bytes()
    out: dict[str, tuple[int, float | None]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        parts = line.split("\t")
        count = int(parts[1]) + out.get(parts[0], (0, None))[0]
        out[parts[0]] = (count, float(parts[2]) if len(parts) > 2 and parts[2] else None)
    return out


@cache
def _census() -> tuple[list[str], list[int], list[str], list[int], dict[str, float]]:
    """US surnames and given names with cumulative counts, for weighted draws, and the
    share of women (0-100) per given name."""
    s_table, g_table = _census_table(SURNAMES_FILE), _census_table(GIVEN_FILE)
    surnames = [w for w in s_table if len(w) >= 2]
    s_cum = list(itertools.accumulate(s_table[w][0] for w in surnames))
    given = [w for w in g_table if len(w) >= 2]
    g_cum = list(itertools.accumulate(g_table[w][0] for w in given))
    female = {w: v[1] for w, v in g_table.items() if v[1] is not None}
    return surnames, s_cum, given, g_cum, female


@cache
def _surname_counts() -> dict[str, int]:
    return {w: c for w, (c, _) in _census_table(SURNAMES_FILE).items()}


def _draw(rng: random.Random, words: list[str], cum: list[int]) -> str:
    return words[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _us_given(rng: random.Random, female: bool | None = None) -> tuple[str, bool]:
    _, _, given, g_cum, fshare = _census()
    for _ in range(200):
        g = _draw(rng, given, g_cum)
        share = fshare.get(g)
        if share is None:
            continue
        is_female = share >= 50
        if female is None or female == is_female:
            return _cap(g), is_female
    raise RuntimeError("no given name of that sex drawn")


def _us_surname(rng: random.Random) -> str:
    surnames, s_cum, *_ = _census()
    return _cap(_draw(rng, surnames, s_cum))


#: Romanized Korean surnames (the common ones) with the other spellings seen in US records.
KOREAN_SURNAMES = {
    "Kim": ("Gim",), "Lee": ("Yi", "Rhee"), "Park": ("Pak", "Bak"), "Choi": ("Choe",), "Jung": ("Chung", "Jeong"),
    "Kang": ("Gang",), "Cho": ("Jo",), "Yoon": ("Yun",), "Jang": ("Chang",), "Lim": ("Im",), "Han": ("Hahn",),
    "Oh": ("O",), "Seo": ("Suh",), "Shin": ("Sin",), "Kwon": ("Gwon",), "Hwang": ("Whang",), "Ahn": ("An",),
    "Song": ("Soung",), "Yoo": ("Yu", "Ryu"), "Hong": ("Houng",), "Jeon": ("Chun", "Jun"), "Ko": ("Koh", "Go"),
    "Moon": ("Mun",), "Yang": ("Ryang",), "Son": ("Sohn",), "Bae": ("Pae",), "Baek": ("Paik", "Baik"),
    "Noh": ("Roh", "No"), "Ha": ("Hah",), "Min": ("Minn",), "Nam": ("Nahm",), "Woo": ("U",),
}
#: Greek transliteration: (the ELOT-like form anyascii gives, a phonetic form US records use).
GREEK_SPELLINGS = (("ou", "u"), ("ch", "h"), ("ph", "f"), ("th", "t"), ("y", "i"), ("b", "v"), ("os", "o"),
                   ("ai", "e"), ("ei", "i"), ("ks", "x"))


def _greek(word: str) -> str:
    w = anyascii(word)
    for a, b in (("oy", "ou"), ("Oy", "Ou"), ("gg", "ng"), ("Ey", "Ev"), ("ey", "ev"), ("ay", "av"), ("Ay", "Av")):
        w = w.replace(a, b)
    return w


def _korean_given(word: str) -> str:
    """Faker's Hangul given name romanized and hyphenated: 민준 -> Min-jun."""
    parts = re.findall(r"[A-Z][a-z]*", anyascii(word))
    fixed = [p.replace("eo", "eo").replace("Seog", "Seok").replace("og", "ok") for p in parts]
    return "-".join([fixed[0]] + [p.lower() for p in fixed[1:]]) if fixed else anyascii(word)


def _polish_female(surname: str) -> str:
    """Kowalski -> Kowalska (the female form of a Polish adjectival surname)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


@cache
def _faker_names() -> dict[str, dict[str, tuple[str, ...]]]:
    from faker.providers.person.el_GR import Provider as Greek
    from faker.providers.person.es_MX import Provider as Mexican
    from faker.providers.person.ko_KR import Provider as Korean
    from faker.providers.person.pl_PL import Provider as Polish
    from faker.providers.person.vi_VN import Provider as Vietnamese

    def listed(x) -> tuple[str, ...]:
        return tuple(x) if not isinstance(x, dict) else tuple(x.keys())

    ko_f = tuple(_korean_given(n) for n in listed(Korean.first_names_female))
    ko_m = tuple(_korean_given(n) for n in listed(Korean.first_names_male))
    return {
        "vi": {"f": listed(Vietnamese.first_names_female), "m": listed(Vietnamese.first_names_male),
               "sf": listed(Vietnamese.last_names), "sm": listed(Vietnamese.last_names),
               "mid_f": ("Thị", "Ngọc", "Thu", "Kim"), "mid_m": ("Văn", "Đức", "Quang", "Minh")},
        "ko": {"f": ko_f, "m": ko_m, "sf": tuple(KOREAN_SURNAMES), "sm": tuple(KOREAN_SURNAMES)},
        "pl": {"f": listed(Polish.first_names_female), "m": listed(Polish.first_names_male),
               "sf": tuple(_polish_female(n) for n in Polish.male_last_names) + listed(Polish.unisex_last_names),
               "sm": listed(Polish.male_last_names) + listed(Polish.unisex_last_names)},
        "el": {"f": tuple(_greek(n) for n in listed(Greek.first_names_female)),
               "m": tuple(_greek(n) for n in listed(Greek.first_names_male)),
               "sf": tuple(_greek(n) for n in listed(Greek.last_names_female)),
               "sm": tuple(_greek(n) for n in listed(Greek.last_names_male))},
        "mx": {"f": listed(Mexican.first_names_female), "m": listed(Mexican.first_names_male),
               "sf": listed(Mexican.last_names), "sm": listed(Mexican.last_names)},
    }


def _dob(rng: random.Random) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 64))


def _origin(rng: random.Random, profile: Profile) -> str:
    names, weights = zip(*profile.origins)
    return rng.choices(names, weights)[0]


def _person(rng: random.Random, profile: Profile, origin: str | None = None, female: bool | None = None) -> Person:
    origin = origin or _origin(rng, profile)
    if origin == "us":
        given, is_female = _us_given(rng, female)
        surname = _us_surname(rng)
        middle = _us_given(rng, is_female)[0] if rng.random() < 0.3 else ""
    else:
        is_female = rng.random() < 0.5 if female is None else female
        lists = _faker_names()[origin]
        given = rng.choice(lists["f" if is_female else "m"])
        surname = rng.choice(lists["sf" if is_female else "sm"])
        if origin == "ko" and rng.random() < 0.2:
            surname = rng.choice(KOREAN_SURNAMES[surname])
        middle = ""
        if origin == "vi" and rng.random() < 0.5:
            middle = rng.choice(lists["mid_f" if is_female else "mid_m"])
        elif origin in ("pl", "el") and rng.random() < 0.15:
            middle = rng.choice(lists["f" if is_female else "m"])
        if origin == "mx" and rng.random() < 0.4:
            surname = f"{surname} {rng.choice(lists['sf'])}"  # a second (maternal) surname
    return Person(given, middle, surname, is_female, _dob(rng), origin)


# ------------------------------------------------------------------ string errors

#: Letters an OCR engine confuses (printed-form scans of dockets).
OCR_CONFUSIONS = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("e", "c"), ("c", "e"), ("h", "b"),
                  ("b", "h"), ("u", "v"), ("v", "u"), ("w", "vv"), ("ri", "n"), ("n", "ri"), ("li", "h"),
                  ("l", "1"), ("i", "l"), ("l", "i"), ("o", "0"), ("O", "0"), ("I", "l"), ("S", "5"), ("B", "8"),
                  ("a", "o"), ("g", "q"), ("f", "t"), ("t", "f"))
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(ch: str) -> str:
    low = ch.lower()
    for r, row in enumerate(_KEYBOARD_ROWS):
        i = row.find(low)
        if i < 0:
            continue
        near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(_KEYBOARD_ROWS):
                near += [_KEYBOARD_ROWS[rr][j] for j in (i - 1, i, i + 1) if 0 <= j < len(_KEYBOARD_ROWS[rr])]
        out = "".join(near)
        return out.upper() if ch.isupper() else out
    return ""


def ocr_typo(rng: random.Random, word: str) -> str:
    """One OCR confusion somewhere in ``word`` (the word unchanged when none applies)."""
    options = [(i, a, b) for a, b in OCR_CONFUSIONS for i in range(len(word)) if word.startswith(a, i)]
    if not options:
        return word
    i, a, b = rng.choice(options)
    return word[:i] + b + word[i + len(a):]


def keyboard_typo(rng: random.Random, word: str) -> str:
    """One slip of a typist: a neighbouring key struck instead or as well, a letter
    dropped, or two letters swapped (never the first letter replaced)."""
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(letters) < 3:
        return word
    how = rng.choice(("replace", "insert", "insert", "drop", "swap"))
    i = rng.choice(letters[1:])
    if how == "replace" and _neighbours(word[i]):
        return word[:i] + rng.choice(_neighbours(word[i])).lower() + word[i + 1:]
    if how == "insert" and _neighbours(word[i]):
        return word[:i] + rng.choice(_neighbours(word[i])).lower() + word[i:]
    if how == "swap" and i + 1 < len(word) and word[i] != word[i + 1] and word[i + 1].isalpha():
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:] if len(word) > 3 else word


#: Spellings that sound alike (one substitution each), tried in a random order.
PHONETIC_RULES = (("ph", "f"), ("f", "ph"), ("ck", "k"), ("c", "k"), ("k", "c"), ("y", "ie"), ("ie", "y"),
                  ("ee", "ea"), ("ea", "ee"), ("i", "y"), ("y", "i"), ("sch", "sh"), ("sh", "sch"), ("z", "s"),
                  ("s", "z"), ("ou", "u"), ("th", "t"), ("dt", "tt"), ("ll", "l"), ("l", "ll"), ("tt", "t"),
                  ("t", "tt"), ("nn", "n"), ("n", "nn"), ("rr", "r"), ("ss", "s"), ("mm", "m"), ("x", "ks"),
                  ("qu", "kw"), ("ai", "ay"), ("ay", "ai"), ("ei", "ey"), ("au", "aw"), ("gh", "g"), ("wr", "r"),
                  ("kn", "n"), ("ow", "ou"), ("eigh", "ay"), ("an", "ann"), ("er", "ar"), ("en", "in"))
#: Given names spelled in two ways that sound alike (common US pairs).
PHONETIC_GIVEN = (("Catherine", "Kathryn"), ("Steven", "Stephen"), ("Sean", "Shawn"), ("Geoffrey", "Jeffrey"),
                  ("Carl", "Karl"), ("Philip", "Phillip"), ("Brian", "Bryan"), ("Allen", "Alan"),
                  ("Sara", "Sarah"), ("Ann", "Anne"), ("Jon", "John"), ("Marc", "Mark"), ("Eric", "Erik"),
                  ("Kristin", "Kristen"), ("Katelyn", "Caitlin"), ("Ashley", "Ashlee"), ("Aaron", "Aron"),
                  ("Jaime", "Jamie"), ("Mohammed", "Muhammad"), ("Aisha", "Aysha"), ("Lindsay", "Lindsey"),
                  ("Tracy", "Tracey"), ("Nicolas", "Nicholas"), ("Cristina", "Christina"), ("Erin", "Aryn"))


def phonetic(rng: random.Random, word: str) -> str:
    """``word`` spelled another way that sounds alike (unchanged when no rule applies)."""
    low = word.lower()
    for a, b in PHONETIC_GIVEN:
        if low == a.lower():
            return b
        if low == b.lower():
            return a
    import jellyfish

    rules = list(PHONETIC_RULES)
    rng.shuffle(rules)
    for a, b in rules:
        starts = [i for i in range(1, len(low)) if low.startswith(a, i)]  # never the first letter
        if not starts:
            continue
        i = rng.choice(starts)
        out = word[:i] + b + word[i + len(a):]
        if out.lower() != low and (jellyfish.metaphone(out) == jellyfish.metaphone(word)
                                   or jellyfish.soundex(out) == jellyfish.soundex(word)):
            return out
    return word


def _strip_marks(text: str) -> str:
    return anyascii(text)


def transliterate(rng: random.Random, p: Person) -> tuple[str, str] | None:
    """(given, surname) written in another script convention: diacritics dropped or written
    out, another romanization of a Korean or Greek name. None when the name has no other form."""
    if p.origin in ("vi", "pl", "mx") or anyascii(p.given + p.surname) != p.given + p.surname:
        out = (_strip_marks(p.given), _strip_marks(p.surname))
        if out != (p.given, p.surname):
            return out
    if p.origin == "ko":
        variants = KOREAN_SURNAMES.get(p.surname)
        if variants:
            sur = rng.choice(variants)
        else:
            sur = next((k for k, v in KOREAN_SURNAMES.items() if p.surname in v), p.surname)
        given = p.given.replace("eo", "u").replace("Yeo", "Yo").replace("eu", "u") if rng.random() < 0.5 else p.given
        return given, sur
    if p.origin == "el":
        rules = list(GREEK_SPELLINGS)
        rng.shuffle(rules)
        for a, b in rules:
            for part in (0, 1):
                word = (p.given, p.surname)[part]
                if a in word[1:]:
                    new = word[0] + word[1:].replace(a, b, 1)
                    return (new, p.surname) if part == 0 else (p.given, new)
    return None


# ------------------------------------------------------------------ dates

def _other_dob(rng: random.Random, dob: dt.date) -> dt.date:
    """A clearly different date: another year (3-30 years away), month and day."""
    for _ in range(50):
        years = rng.choice((-1, 1)) * rng.randint(3, 30)
        d = _dob(rng)
        try:
            out = d.replace(year=dob.year + years)
        except ValueError:
            continue
        if out.month != dob.month and out.day != dob.day:
            return out
    return dob + dt.timedelta(days=3650)


def dob_typo(rng: random.Random, dob: dt.date) -> tuple[dt.date, str]:
    """A data-entry slip: one digit wrong, two digits transposed, day and month swapped,
    the year off by one. Returns the date and which slip."""
    for _ in range(50):
        how = rng.choice(("one digit", "transposed", "day/month swapped", "year off by one"))
        text = dob.strftime("%Y%m%d")
        try:
            if how == "one digit":
                i = rng.choice((2, 3, 5, 6, 7))
                text = text[:i] + rng.choice([d for d in "0123456789" if d != text[i]]) + text[i + 1:]
                out = dt.datetime.strptime(text, "%Y%m%d").date()
            elif how == "transposed":
                i = rng.choice((2, 4, 6))
                if text[i] == text[i + 1]:
                    continue
                text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
                out = dt.datetime.strptime(text, "%Y%m%d").date()
            elif how == "day/month swapped":
                if dob.day > 12 or dob.day == dob.month:
                    continue
                out = dob.replace(month=dob.day, day=dob.month)
            else:
                out = dob.replace(year=dob.year + rng.choice((-1, 1)))
        except ValueError:
            continue
        if out != dob:
            return out, how
    return dob.replace(year=dob.year + 1) if not (dob.month == 2 and dob.day == 29) else dob + dt.timedelta(days=365), \
        "year off by one"


# ------------------------------------------------------------------ person pairs

@cache
def _other_sex_forms() -> tuple[tuple[str, str], ...]:
    """(male, female) given names that differ by an ending (Paul/Paula, Mario/Maria), both
    common in the Census list with clearly different shares of women."""
    _, _, given, g_cum, fshare = _census()
    top = given[:3000]
    common = set(top)
    out = []
    for g in top:
        if fshare.get(g, 50) > 10:
            continue
        forms = {g + "a", g + "e", g + "ine", g + "ette", g + "ina", g + "elle"}
        if g.endswith(("o", "us")):
            forms |= {g[:-1] + "a", g[:-2] + "a"}
        for f in sorted(forms):  # sorted: a set's order follows PYTHONHASHSEED
            if f in common and fshare.get(f, 0) > 90:
                out.append((_cap(g), _cap(f)))
    return tuple(out)


@cache
def _vowel_neighbours() -> dict[str, tuple[str, ...]]:
    """Short Census surnames (up to 6 letters, 2,000 people or more) that another such
    surname turns into by one vowel: Jung/Jang, Kim/Kam, Lund/Lind."""
    short = {w for w, c in _surname_counts().items() if 3 <= len(w) <= 6 and c >= 2000}
    out: dict[str, list[str]] = {}
    for w in short:
        for i, ch in enumerate(w):
            if ch not in "aeiouy":
                continue
            for v in "aeiouy":
                other = w[:i] + v + w[i + 1:]
                if v != ch and other in short:
                    out.setdefault(w, []).append(other)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _nicknames_for(given: str) -> list[str]:

    nn = _nicknamer()
    low = given.lower()
    forms = sorted(nn.nicknames_of(low) | nn.canonicals_of(low))
    return [_cap(f) for f in forms if f != low and len(f) >= 2]


@cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def _blank_one(rng: random.Random, left: dt.date | None, right: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    return (None, right) if rng.random() < 0.5 else (left, None)


def _maybe_second(rng: random.Random, profile: Profile, name: str, p: Person) -> str:
    """A second, small variation on some held-out pairs: capitals, a title, "Surname, Given"."""
    if rng.random() >= profile.second_variation:
        return name
    how = rng.choice(("upper", "title", "comma"))
    if how == "upper":
        return name.upper()
    if how == "title":
        return f"{rng.choice(('Ofc.', 'Sgt.', 'Dr.', 'Mr.' if not p.female else 'Ms.'))} {name}"
    words = name.split()
    return f"{words[-1]}, {' '.join(words[:-1])}" if len(words) > 1 else name


class _PersonMaker:
    def __init__(self, rng: random.Random, profile: Profile):
        self.rng, self.profile = rng, profile

    def person(self, **kw) -> Person:
        return _person(self.rng, self.profile, **kw)

    def typo_word(self, fn: Callable[[random.Random, str], str], word: str) -> str:
        out = fn(self.rng, word)
        if self.rng.random() < self.profile.two_typos:
            out = fn(self.rng, out)
        return out

    # true pairs: return (left, left_dob, right, right_dob) or None to draw again
    def true_pair(self, kind: str):
        rng, p = self.rng, self.person()
        left, right = p.written(), None
        ldob, rdob = p.dob, p.dob
        if kind in ("OCR typo", "keyboard typo"):
            fn = ocr_typo if kind == "OCR typo" else keyboard_typo
            part = rng.random()
            if part < 0.45:
                right = Person(**{**_asdict(p), "given": self.typo_word(fn, p.given)}).written()
            elif part < 0.9:
                right = Person(**{**_asdict(p), "surname": self.typo_word(fn, p.surname)}).written()
            else:
                right = Person(**{**_asdict(p), "given": fn(rng, p.given), "surname": fn(rng, p.surname)}).written()
        elif kind == "given initial":
            initial = p.given[0] + rng.choice((".", "", "."))
            right = " ".join(x for x in (initial, p.surname) if x)
            left = " ".join(x for x in (p.given, p.surname) if x) if rng.random() < 0.7 else left
        elif kind == "nickname":
            p = self._with(lambda q: bool(_nicknames_for(q.given)), origin="us")
            left = f"{p.given} {p.surname}"
            right = f"{rng.choice(_nicknames_for(p.given))} {p.surname}"
            ldob = rdob = p.dob
        elif kind == "added surname part":
            extra = self.person(origin=p.origin if p.origin in ("us", "mx") else "us").surname.split()[0]
            added = rng.choice((f"{p.surname} {extra}", f"{p.surname}-{extra}", f"{extra}-{p.surname}"))
            right = " ".join(x for x in (p.given, added) if x)
        elif kind == "swapped order":
            if rng.random() < self.profile.comma_swap:
                right = f"{p.surname}, {p.given}"
            else:
                right = f"{p.surname} {p.given}"
            left = f"{p.given} {p.surname}"
        elif kind == "phonetic":
            g, s = phonetic(rng, p.given), p.surname
            if g == p.given or rng.random() < 0.4:
                g, s = p.given, phonetic(rng, p.surname)
            if (g, s) == (p.given, p.surname):
                return None
            right = f"{g} {s}"
            left = f"{p.given} {p.surname}"
        elif kind == "transliteration":
            p = self._with(lambda q: transliterate(random.Random(0), q) is not None,
                           origin=rng.choice(("vi", "ko", "pl", "el", "mx")))
            g, s = transliterate(rng, p)
            left, right, ldob, rdob = f"{p.given} {p.surname}", f"{g} {s}", p.dob, p.dob
        elif kind == "middle initial":
            middle = p.middle or self.person(origin="us", female=p.female).given
            forms = [f"{p.given} {middle[0]}. {p.surname}", f"{p.given} {p.surname}",
                     f"{p.given} {middle} {p.surname}", f"{p.given} {middle[0]} {p.surname}"]
            left, right = rng.sample(forms, 2)
            if not any(f"{middle[0]}." in x or f" {middle[0]} " in x for x in (left, right)):
                right = forms[0]
        elif kind == "married name":
            p = self.person(female=True)
            other = self.person(origin="us").surname
            left, right, ldob, rdob = f"{p.given} {p.surname}", f"{p.given} {other}", p.dob, p.dob
            return left, ldob, right, rdob  # the date of birth is what ties them: never blanked
        elif kind == "DOB typo":
            rdob, _ = dob_typo(rng, p.dob)
            right = left
            return left, ldob, _maybe_second(rng, self.profile, right, p), rdob
        elif kind == "DOB missing":
            right = left
            return (left, ldob, right, None) if rng.random() < 0.5 else (left, None, right, rdob)
        elif kind == "hyphen or space":
            if p.origin == "ko" or rng.random() < 0.3:
                p = self.person(origin="ko")
                g = p.given.replace("-", rng.choice(("", " ")))
                if g == p.given:
                    return None
                left, right = f"{p.given} {p.surname}", f"{g} {p.surname}"
                ldob = rdob = p.dob
            else:
                extra = self.person(origin="us").surname
                left = f"{p.given} {p.surname}-{extra}"
                right = f"{p.given} {p.surname}{rng.choice((' ', ''))}{extra}"
                if rng.random() < 0.5:
                    right = right.replace(f"{p.surname}{extra}", f"{p.surname}{extra.lower()}")
        else:
            raise ValueError(f"unknown person variation {kind!r}")
        if right is None or right == left:
            return None
        if rng.random() < self.profile.dob_missing and kind != "given initial":
            ldob, rdob = _blank_one(rng, ldob, rdob)
        return left, ldob, _maybe_second(rng, self.profile, right, p), rdob

    def lookalike(self, kind: str):
        rng = self.rng
        p = self.person()
        ldob = p.dob
        if kind == "namesake other DOB":
            right = p.written()
            if rng.random() < 0.2 and p.origin == "us" and _nicknames_for(p.given):
                right = f"{rng.choice(_nicknames_for(p.given))} {p.surname}"
            return p.written(), ldob, right, _other_dob(rng, p.dob)
        if kind == "similar surname":
            table = _vowel_neighbours()
            for _ in range(200):
                s = _us_surname(rng).lower()
                if s in table:
                    break
            else:
                return None
            q = self.person(origin=rng.choice(("us", "us", "ko")))
            if q.origin == "ko":
                pairs = (("Jung", "Jang"), ("Kim", "Kam"), ("Han", "Hun"), ("Lim", "Lam"), ("Park", "Pork"),
                         ("Son", "Sun"), ("Moon", "Mean"), ("Jang", "Jong"), ("Kang", "King"))
                a, b = rng.choice(pairs[:1] + pairs[3:4] + pairs[5:6] + pairs[7:])
            else:
                a, b = _cap(s), _cap(rng.choice(table[s]))
            given = q.given
            return self._no_dob_pair(f"{given} {a}", f"{given.replace('-', rng.choice(('', '-')))} {b}", q.dob)
        if kind == "conflicting middle initial":
            letters = [c for c in "ABCDEFGHJKLMNPRSTW"]
            a, b = rng.sample(letters, 2)
            forms = ((f"{a}.", f"{b}."), (f"{a}", f"{b}"), (f"{a}.", self.person(origin="us").given))
            ma, mb = rng.choice(forms)
            if mb[0] == a:
                return None
            return self._no_dob_pair(f"{p.given} {ma} {p.surname}", f"{p.given} {mb} {p.surname}", p.dob)
        if kind == "other-sex form":
            male, female = rng.choice(_other_sex_forms())
            s = _us_surname(rng)
            left, right = (f"{male} {s}", f"{female} {s}") if rng.random() < 0.5 else (f"{female} {s}", f"{male} {s}")
            return self._no_dob_pair(left, right, p.dob)
        if kind == "twin":
            other = p
            for _ in range(50):
                other = self.person(origin=p.origin)
                if other.given != p.given and other.given.lower() not in {n.lower() for n in _nicknames_for(p.given)} \
                        and other.given[0] != p.given[0]:
                    break
            return f"{p.given} {p.surname}", p.dob, f"{other.given} {p.surname}", p.dob
        if kind == "generation suffix":
            a, b = rng.choice((("Sr.", "Jr."), ("Jr.", "III"), ("II", "III"), ("Jr.", "Sr."), ("III", "IV")))
            q = self.person(origin="us", female=False)
            left, right = f"{q.given} {q.surname} {a}", f"{q.given} {q.surname} {b}"
            if rng.random() < 0.5:
                return left, q.dob, right, _other_dob(rng, q.dob)
            return self._no_dob_pair(left, right, q.dob)
        if kind == "random":
            q = self.person()
            ldob, rdob = p.dob, q.dob
            if rng.random() < self.profile.dob_missing:
                ldob, rdob = _blank_one(rng, ldob, rdob)
            return p.written(), ldob, q.written(), rdob
        raise ValueError(f"unknown person look-alike {kind!r}")

    def _no_dob_pair(self, left: str, right: str, dob: dt.date):
        """A look-alike pair without a shared date: both missing, one missing, or two dates."""
        r = self.rng.random()
        if r < 0.5:
            return left, None, right, None
        if r < 0.8:
            return (left, dob, right, None) if self.rng.random() < 0.5 else (left, None, right, dob)
        return left, dob, right, _other_dob(self.rng, dob)

    def _with(self, ok: Callable[[Person], bool], **kw) -> Person:
        for _ in range(500):
            p = self.person(**kw)
            if ok(p):
                return p
        raise RuntimeError("no person of that shape drawn")


def _asdict(p: Person) -> dict:
    return {f: getattr(p, f) for f in p.__dataclass_fields__}


def _kinds(rng: random.Random, n: int, match_share: float, variations: tuple[str, ...], lookalikes: tuple[str, ...],
           weights: dict[str, float]) -> list[tuple[bool, str]]:
    """``n`` (match, kind) slots: true pairs spread evenly over the variations, look-alikes
    by their weights; shuffled."""
    n_true = round(n * match_share)
    slots = [(True, variations[i % len(variations)]) for i in range(n_true)]
    w = [weights.get(k, 1.0) for k in lookalikes]
    total = sum(w)
    counts = [int((n - n_true) * x / total) for x in w]
    for i in range((n - n_true) - sum(counts)):
        counts[i % len(counts)] += 1
    slots += [(False, k) for k, c in zip(lookalikes, counts) for _ in range(c)]
    rng.shuffle(slots)
    return slots


def person_pairs(seed: int, n: int, profile: Profile | None = None) -> list[LabelledPair]:
    """``n`` labelled person pairs: true pairs spread evenly over :data:`PERSON_VARIATIONS`,
    look-alikes over :data:`PERSON_LOOKALIKES` (the profile's share and weights; the
    held-out profile for :data:`HELD_OUT_SEED`). Same seed, same pairs."""
    profile = profile or profile_for(seed)
    rng = random.Random(f"persons-{seed}")
    maker = _PersonMaker(rng, profile)
    out = []
    for match, kind in _kinds(rng, n, profile.match_share, PERSON_VARIATIONS, PERSON_LOOKALIKES,
                              profile.lookalike_weights):
        for _ in range(100):
            made = maker.true_pair(kind) if match else maker.lookalike(kind)
            if made is not None:
                break
        else:
            raise RuntimeError(f"could not make a {kind} pair")
        left, ldob, right, rdob = made
        if rng.random() < 0.5 and kind not in ("DOB missing",):
            left, ldob, right, rdob = right, rdob, left, ldob  # which side varies is not fixed
        out.append(LabelledPair(Kind.PERSON, left, ldob, right, rdob, match, kind))
    return out


# ------------------------------------------------------------------ organizations

TOWN_HEADS = ("Oak", "Elm", "Ash", "Maple", "Cedar", "Willow", "Stone", "Red", "Clear", "Fox", "Deer", "Bear",
              "Glen", "Spring", "Pine", "Birch", "Hazel", "Silver", "Green", "Iron", "Mill", "Brook", "Crane",
              "Hawk", "Wolf", "Rock", "Sand", "Cole", "Marsh", "Thorn", "Amber", "Harlan", "Kessel", "Lark",
              "Quarry", "Tamar", "Wex", "Yarrow", "Bram", "Corwin", "Dunmore", "Fenwick", "Galt", "Hollis",
              "Alder", "Beech", "Calder", "Dover", "Ember", "Finch", "Garnet", "Heron", "Ivy", "Juniper", "Kestrel",
              "Linden", "Merrow", "Nettle", "Osier", "Plover", "Quill", "Rowan", "Sorrel", "Teal", "Umber", "Vetch")
TOWN_TAILS = ("wood", "field", "ridge", "dale", "brook", "ton", "ville", "port", "haven", "mont", "burg", "crest",
              "view", "ford", "stead", "more", "land", "well", "ham", "bury", "by", "wick", "gate", "moor",
              "hurst", "ley", "mead", "side", "wold", "combe", "fold", "holm", "shire", "worth", "cliff", "bank")
TOWN_EXTRAS = ("Heights", "Park", "Grove", "Falls", "Junction", "Springs", "Hills", "Lake")
REGIONS = ("Metro", "Prairie State", "Northern Illinois", "Central Illinois", "Southern Illinois", "Tri-County",
           "Fox Valley", "River Valley", "Lakeshore", "Heartland")
FIRM_WORDS = ("Granite", "Summit", "Beacon", "Sentinel", "Keystone", "Ironclad", "Bluestem", "Lodestar",
              "Northgate", "Cornerstone", "Harbor", "Pinnacle", "Meridian", "Frontier", "Sterling")


def _town(rng: random.Random) -> str:
    name = rng.choice(TOWN_HEADS) + rng.choice(TOWN_TAILS)
    if rng.random() < 0.2:
        name += " " + rng.choice(TOWN_EXTRAS)
    elif rng.random() < 0.1:
        name = rng.choice(("North", "South", "East", "West", "New", "Port", "Lake")) + " " + name
    return name


def _acronym(words: str) -> str:
    small = {"of", "the", "and", "&", "for", "de"}
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", words) if w and w.lower() not in small)


@dataclass(frozen=True)
class Org:
    """One organization: its name as disclosed and other ways of writing it, by kind."""

    name: str
    forms: dict[str, tuple[str, ...]]
    family: str  # the template it came from (look-alikes are made within a family)
    place: str


def _org(rng: random.Random, family: str | None = None, town: str | None = None, region: str | None = None) -> Org:
    families = ("police", "sheriff", "university police", "fire", "prosecutor", "defender", "corrections",
                "utility", "law firm", "security firm", "fop lodge", "union council", "union local", "bar association")
    family = family or rng.choice(families)
    t = town or _town(rng)
    r = region or rng.choice(REGIONS)
    n = rng.randint(1, 999)
    f: dict[str, tuple[str, ...]]
    if family == "police":
        name = f"{t} Police Department"
        f = {"extra or missing words": (f"City of {t} Police Department", f"{t} Police", f"Village of {t} Police Department",
                                        f"{t} City Police Department", f"The {t} Police Department"),
             "partly shared words": (f"Police Department of the City of {t}", f"City of {t} Police",
                                     f"{t} Police Dept. of Illinois", f"{t} Municipal Police"),
             "abbreviation": (f"{t} PD", f"{t} Police Dept.", f"{t} P.D.", f"{t} Pol. Dept."),
             "acronym": (f"{_acronym(t)}PD",) if " " in t else (f"{t[0]}PD",),
             "word order": (f"Police Department, {t}", f"Police Department of {t}")}
    elif family == "sheriff":
        name = f"{t} County Sheriff's Office"
        f = {"extra or missing words": (f"{t} County Sheriff", f"Office of the {t} County Sheriff", f"{t} Sheriff's Office",
                                        f"{t} County Sheriff's Office, Illinois"),
             "partly shared words": (f"Sheriff of {t} County", f"{t} County Sheriff's Department",
                                     f"{t} County Sheriff Dept"),
             "abbreviation": (f"{t} Co. Sheriff's Office", f"{t} County Sheriffs Ofc.", f"{t} Co. SO"),
             "acronym": (f"{_acronym(t)}CSO",),
             "word order": (f"Sheriff's Office, {t} County",)}
    elif family == "university police":
        name = f"{t} University Police Department"
        f = {"extra or missing words": (f"{t} University Police", f"{t} State University Police Department",
                                        f"Police Department of {t} University"),
             "partly shared words": (f"{t} University Department of Public Safety", f"{t} Univ. Campus Police"),
             "abbreviation": (f"{t} Univ. Police Dept.", f"{t} University PD"),
             "acronym": (f"{_acronym(t)}UPD",),
             "word order": (f"University Police Department, {t}",)}
    elif family == "fire":
        name = f"{t} Fire Department"
        f = {"extra or missing words": (f"City of {t} Fire Department", f"{t} Fire", f"{t} Fire Rescue Department"),
             "partly shared words": (f"{t} Fire Protection District", f"{t} Fire & Rescue"),
             "abbreviation": (f"{t} FD", f"{t} Fire Dept."),
             "acronym": (f"{_acronym(t)}FD",),
             "word order": (f"Fire Department, {t}",)}
    elif family == "prosecutor":
        name = f"{t} County State's Attorney's Office"
        f = {"extra or missing words": (f"{t} County State's Attorney", f"Office of the {t} County State's Attorney"),
             "partly shared words": (f"State's Attorney of {t} County", f"{t} County Prosecutor's Office"),
             "abbreviation": (f"{t} Co. State's Atty. Office", f"{t} County SAO"),
             "acronym": (f"{_acronym(t)}CSAO",),
             "word order": (f"State's Attorney's Office, {t} County",)}
    elif family == "defender":
        name = f"{t} County Public Defender's Office"
        f = {"extra or missing words": (f"{t} County Public Defender", f"Office of the {t} County Public Defender"),
             "partly shared words": (f"Public Defender of {t} County", f"{t} County Public Defender Department"),
             "abbreviation": (f"{t} Co. Public Defender", f"{t} County PD Office"),
             "acronym": (f"{_acronym(t)}CPDO",),
             "word order": (f"Public Defender's Office, {t} County",)}
    elif family == "corrections":
        name = f"{t} County Department of Corrections"
        f = {"extra or missing words": (f"{t} County Corrections", f"{t} Department of Corrections"),
             "partly shared words": (f"{t} County Corrections Department", f"{t} County Jail and Corrections"),
             "abbreviation": (f"{t} Co. Dept. of Corrections", f"{t} County DOC"),
             "acronym": (f"{_acronym(t)}CDOC",),
             "word order": (f"Corrections Department, {t} County",)}
    elif family == "utility":
        what = rng.choice(("Water", "Electric", "Gas", "Power and Light", "Water and Sewer"))
        body = rng.choice(("Authority", "Company", "Cooperative", "Commission"))
        name = f"{t} {what} {body}"
        legal = {"Company": f"{t} {what} Company, Inc.", "Cooperative": f"{t} {what} Cooperative Association"}
        f = {"extra or missing words": (f"{t} Municipal {what} {body}", f"{t} {what}", f"City of {t} {what} {body}"),
             "partly shared words": (f"{t} {what} Utility", f"{t} {what} Department"),
             "abbreviation": (f"{t} {what} Auth." if body == "Authority" else f"{t} {what} Co.",),
             "acronym": (_acronym(name),),
             "legal form": (legal.get(body, f"{t} {what} {body} LLC"),),
             "word order": (f"{what} {body} of {t}",)}
    elif family == "law firm":
        a, b, c = (_us_surname(rng) for _ in range(3))
        name = f"{a} & {b} LLP"
        f = {"extra or missing words": (f"{a} & {b} Law Offices", f"Law Offices of {a} & {b}", f"{a} & {b} Attorneys at Law"),
             "partly shared words": (f"{a}, {b} & {c} LLP", f"{a} {b} Law Group"),
             "abbreviation": (f"{a} and {b}",),
             "acronym": (f"{a[0]}{b[0]} LLP",),
             "legal form": (f"{a} & {b}, L.L.P.", f"{a} & {b} P.C.", f"{a} & {b} LLC", f"{a} & {b}"),
             "word order": (f"{b} & {a} LLP",)}
    elif family == "security firm":
        w = rng.choice(FIRM_WORDS) + rng.choice(("", " Ridge", " Point", " Shield", " Star", " Line", " Bridge",
                                                 " Rock", " Crest", " Guard", " Oak", " Field"))
        if rng.random() < 0.3:
            w = t
        what = rng.choice(("Security Services", "Protective Services", "Investigations", "Security Group"))
        name = f"{w} {what} Inc."
        f = {"extra or missing words": (f"{w} {what}", f"{w} {what} of Illinois, Inc.", f"{w} {t} {what} Inc."),
             "partly shared words": (f"{w} Security", f"{w} Protection Services Inc."),
             "abbreviation": (f"{w} {what.replace('Services', 'Svcs.').replace('Group', 'Grp.')} Inc.",),
             "acronym": (f"{_acronym(w + ' ' + what)} Inc.",),
             "legal form": (f"{w} {what} LLC", f"{w} {what}, Incorporated", f"{w} {what} Corp."),
             "word order": (f"{what} {w} Inc.",)}
    elif family == "fop lodge":
        name = f"Fraternal Order of Police Lodge {n}"
        f = {"extra or missing words": (f"{t} Fraternal Order of Police Lodge {n}", f"Fraternal Order of Police, Illinois Lodge {n}"),
             "partly shared words": (f"{t} FOP Lodge {n}", f"FOP {t} Lodge No. {n}"),
             "abbreviation": (f"F.O.P. Lodge #{n}", f"Fraternal Order of Police, Lodge No. {n}"),
             "acronym": (f"FOP Lodge {n}",),
             "word order": (f"Lodge {n}, Fraternal Order of Police",)}
    elif family == "union council":
        name = f"{r} Fraternal Order of Police Labor Council"
        f = {"extra or missing words": (f"{r} FOP Labor Council Illinois", f"The {r} Fraternal Order of Police Labor Council"),
             "partly shared words": (f"{r} Fraternal Order of Police Council", f"{r} Police Labor Council FOP"),
             "abbreviation": (f"{r} F.O.P. Labor Council", f"{r} Fraternal Order of Police Lab. Council"),
             "acronym": (f"{r} FOPLC", f"{_acronym(r)} FOP Labor Council"),
             "word order": (f"Fraternal Order of Police Labor Council, {r}",)}
    elif family == "union local":
        what = rng.choice(("Correctional Officers Union", "Professional Firefighters Union", "Police Sergeants Union",
                           "Public Safety Employees Union"))
        name = f"{r} {what} Local {n}"
        f = {"extra or missing words": (f"{r} {what}, Local {n}, AFL-CIO", f"{what} Local {n}"),
             "partly shared words": (f"{r} {what.replace('Union', 'Association')} Local {n}",),
             "abbreviation": (f"{r} {what} Loc. {n}", f"{r} {what} Local No. {n}"),
             "acronym": (f"{_acronym(r + ' ' + what)} Local {n}",),
             "word order": (f"Local {n}, {r} {what}",)}
    elif family == "bar association":
        name = f"{t} County Bar Association"
        f = {"extra or missing words": (f"{t} Bar Association", f"The {t} County Bar Association of Illinois"),
             "partly shared words": (f"{t} County Bar Assn. Foundation", f"{t} County Lawyers Bar Association"),
             "abbreviation": (f"{t} Co. Bar Assn.", f"{t} County Bar Assoc."),
             "acronym": (f"{_acronym(t)}CBA",),
             "word order": (f"Bar Association of {t} County",)}
    else:
        raise ValueError(f"unknown organization family {family!r}")
    return Org(name, f, family, t)


_ORG_TYPO_FNS = (ocr_typo, keyboard_typo)


class _OrgMaker:
    def __init__(self, rng: random.Random, profile: Profile):
        self.rng, self.profile = rng, profile
        self.used: set[str] = set()

    def town(self, like: str | None = None) -> str:
        """A town no other pair of this set has used (so two entities rarely share a name);
        ``like``: one sharing its head or tail half the time (another town's same agency)."""
        rng = self.rng
        for _ in range(200):
            if like is not None and rng.random() < 0.5:
                head = next((h for h in TOWN_HEADS if like.startswith(h)), None)
                t = (head or rng.choice(TOWN_HEADS)) + rng.choice(TOWN_TAILS)
            else:
                t = _town(rng)
            if t not in self.used:
                self.used.add(t)
                return t
        raise RuntimeError("ran out of invented towns")

    def org(self, family: str | None = None, like: str | None = None) -> Org:
        rng = self.rng
        t = self.town(like)
        # a union council's region is a town's area as often as one of the few regions
        region = rng.choice(REGIONS) if rng.random() < 0.1 else rng.choice((f"{t} Area", f"Greater {t}", t))
        return _org(rng, family, town=t, region=region)

    def true_pair(self, kind: str):
        rng = self.rng
        o = self.org()
        if kind == "typo":
            words = o.name.split()
            distinctive = [i for i, w in enumerate(words) if len(w) >= 4 and w[0].isupper()
                           and w not in ("Police", "Department", "County", "Office", "Association")]
            i = rng.choice(distinctive or [0])
            fn = rng.choice(_ORG_TYPO_FNS)
            words[i] = fn(rng, words[i])
            if rng.random() < self.profile.two_typos:
                j = rng.randrange(len(words))
                words[j] = fn(rng, words[j])
            right = " ".join(words)
        else:
            forms = o.forms.get(kind)
            if not forms:
                return None
            right = rng.choice(forms)
        if right == o.name:
            return None
        if rng.random() < self.profile.second_variation:
            right = rng.choice((right.upper(), right.replace(" and ", " & "), right + ","))
        return o.name, right

    def lookalike(self, kind: str):
        rng = self.rng
        if kind == "other town":
            o = self.org(rng.choice(("police", "sheriff", "fire", "prosecutor", "bar association", "utility",
                                     "defender", "corrections")))
            other = _org(rng, o.family, town=self.town(like=o.place))
            right = other.name
            if o.family == "utility":
                right = o.name.replace(o.place, other.place)
            if rng.random() < 0.3:
                right = rng.choice(sum((list(v) for v in other.forms.values()), [right])).replace(o.place, other.place)
            return o.name, right
        if kind == "university vs city police":
            t = self.town()
            a = rng.choice((f"{t} University Police Department", f"{t} State University Police", f"{t} University Police"))
            b = rng.choice((f"City of {t} Police Department", f"{t} Police Department", f"{t} City Police"))
            return (a, b) if rng.random() < 0.5 else (b, a)
        if kind == "union inside union":
            r = rng.choice(REGIONS)
            t = self.town()
            pairs = ((f"{r} Council of Police", f"{r} Fraternal Order of Police Labor Council"),
                     (f"{r} Police Union", f"{r} Police Supervisors Union"),
                     (f"{t} Firefighters Association", f"{t} Retired Firefighters Association"),
                     (f"{r} Correctional Officers Union", f"{r} Correctional Officers and Sergeants Union"),
                     (f"{t} Police Benevolent Association", f"{t} Police Benevolent and Protective Association Retirees"),
                     (f"{r} Troopers Lodge", f"{r} Troopers Lodge Auxiliary"),
                     (f"{t} Police Officers Association", f"{t} Police Officers Wives Association"))
            a, b = rng.choice(pairs)
            return (a, b) if rng.random() < 0.5 else (b, a)
        if kind == "lodge number":
            n = rng.randint(1, 99)
            m = rng.choice([x for x in (n * 10 + rng.randint(0, 9), int(str(n)[::-1]), n + 1, n // 10 or n + 10,
                                        int(str(n) + str(n)[-1])) if x != n and x > 0])
            o = self.org(rng.choice(("fop lodge", "union local")))
            a = re.sub(r"\d+$", str(n), o.name)
            b = re.sub(r"\d+$", str(m), o.name)
            if rng.random() < 0.4 and o.family == "fop lodge":
                b = f"FOP Lodge {m}"
            return a, b
        if kind == "fire vs police":
            t = self.town()
            a, b = rng.choice(((f"{t} Police Department", f"{t} Fire Department"),
                               (f"{t} Police Department", f"{t} Fire Protection District"),
                               (f"{t} Police Pension Fund", f"{t} Firefighters Pension Fund"),
                               (f"{t} Police", f"{t} Fire")))
            return (a, b) if rng.random() < 0.5 else (b, a)
        if kind == "other agency kind":
            t = self.town()
            kinds = (f"{t} County Sheriff's Office", f"{t} County State's Attorney's Office",
                     f"{t} County Public Defender's Office", f"{t} County Department of Corrections",
                     f"{t} County Bar Association", f"{t} County Circuit Clerk's Office",
                     f"{t} County Coroner's Office")
            a, b = rng.sample(kinds, 2)
            return a, b
        if kind == "similar firm":
            a, b, c = (_us_surname(rng) for _ in range(3))
            if rng.random() < 0.5:
                return f"{a} & {b} LLP", f"{a} & {c} LLP"
            w1, w2 = rng.sample(FIRM_WORDS, 2)
            what = rng.choice(("Security Services Inc.", "Investigations LLC"))
            return f"{w1} {what}", f"{w2} {what}"
        if kind == "random":
            return self.org().name, self.org().name
        raise ValueError(f"unknown organization look-alike {kind!r}")


def org_pairs(seed: int, n: int, profile: Profile | None = None) -> list[LabelledPair]:
    """``n`` labelled organization pairs: true pairs spread over :data:`ORG_VARIATIONS`,
    look-alikes over :data:`ORG_LOOKALIKES`. Same seed, same pairs."""
    profile = profile or profile_for(seed)
    rng = random.Random(f"organizations-{seed}")
    return _org_pairs(rng, _OrgMaker(rng, profile), n, profile, ORG_VARIATIONS, ORG_LOOKALIKES, "organization")


def _org_pairs(rng: random.Random, maker: "_OrgMaker | _BusinessMaker", n: int, profile: Profile,
               variations: tuple[str, ...], lookalikes: tuple[str, ...], what: str) -> list[LabelledPair]:
    """``n`` labelled pairs ``maker`` makes: true pairs spread over ``variations``, look-alikes
    over ``lookalikes``; which side is the disclosed name drawn at random."""
    out = []
    for match, kind in _kinds(rng, n, profile.match_share, variations, lookalikes, profile.lookalike_weights):
        for _ in range(100):
            made = maker.true_pair(kind) if match else maker.lookalike(kind)
            if made is not None and made[0] != made[1]:
                break
        else:
            raise RuntimeError(f"could not make a {kind} {what} pair")
        left, right = made
        if rng.random() < 0.5:
            left, right = right, left
        out.append(LabelledPair(Kind.ORGANIZATION, left, None, right, None, match, kind))
    return out


# ------------------------------------------------------------------ businesses

#: Kinds of variation between two records of one business (a restaurant, tavern, motel,
#: garage, shop): how directories, licences and police reports write one trade name.
BUSINESS_VARIATIONS = (
    "trade word dropped", "extra or missing words", "trade synonym", "legal form", "abbreviation", "word order",
    "typo",
)
#: Kinds of look-alike: two businesses whose names look alike.
BUSINESS_LOOKALIKES = ("same trade, other name", "same name, other trade", "other branch", "name inside name",
                       "random")
#: Trades, each with the words a name may call it by (the first is the usual one) and
#: whether the trade word may stand before the name (Cafe Lumaro, Taqueria Osorio).
BUSINESS_TRADES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("eatery", ("Restaurant", "Cafe", "Grill", "Bistro", "Kitchen", "Eatery"), True),
    ("diner", ("Diner", "Restaurant", "Family Restaurant"), False),
    ("pizzeria", ("Pizzeria", "Pizza", "Pizza & Pasta"), False),
    ("taqueria", ("Taqueria", "Mexican Restaurant", "Cantina"), True),
    ("steakhouse", ("Steakhouse", "Steak House", "Chophouse"), False),
    ("tavern", ("Tavern", "Pub", "Tap", "Bar & Grill", "Saloon"), False),
    ("lounge", ("Lounge", "Nightclub", "Cocktail Lounge"), False),
    ("motel", ("Motel", "Motor Inn", "Inn"), False),
    ("hotel", ("Hotel", "Inn & Suites", "Suites"), True),
    ("auto", ("Auto Repair", "Automotive", "Auto Service", "Garage"), False),
    ("towing", ("Towing", "Towing & Recovery", "Wrecker Service"), False),
    ("body shop", ("Collision", "Auto Body", "Collision Center"), False),
    ("liquor", ("Liquors", "Liquor Store", "Wine & Spirits"), False),
    ("grocery", ("Food Mart", "Market", "Grocery", "Foods"), False),
    ("pharmacy", ("Pharmacy", "Drugs", "Drug Store"), False),
    ("jeweler", ("Jewelers", "Jewelry", "Fine Jewelry"), False),
    ("pawn", ("Pawn", "Pawn Shop", "Pawn & Loan"), False),
    ("salon", ("Salon", "Hair Salon", "Beauty Salon"), False),
    ("barber", ("Barbershop", "Barber Shop", "Barbers"), False),
    ("cleaners", ("Cleaners", "Dry Cleaners", "Laundry"), False),
    ("bakery", ("Bakery", "Bake Shop", "Pastry Shop"), False),
    ("gym", ("Fitness", "Gym", "Fitness Center"), False),
)
#: Trades one business may be listed under: a pizzeria and a tavern of one name may be one
#: business (restaurants serve drinks, taverns food), a pizzeria and a pawn shop are not.
TRADE_GROUPS = {
    "eatery": "food and drink", "diner": "food and drink", "pizzeria": "food and drink", "taqueria": "food and drink",
    "steakhouse": "food and drink", "tavern": "food and drink", "lounge": "food and drink", "motel": "lodging",
    "hotel": "lodging", "auto": "auto", "towing": "auto", "body shop": "auto", "liquor": "retail",
    "grocery": "retail", "pharmacy": "pharmacy", "jeweler": "jeweler", "pawn": "pawn", "salon": "personal care",
    "barber": "personal care", "cleaners": "cleaners", "bakery": "bakery", "gym": "gym",
}
_SYLLABLES = ("ba", "lu", "mi", "ro", "ta", "ve", "zo", "ni", "ka", "sa", "do", "ri", "le", "mar", "lin", "ves",
              "tor", "que", "bi", "zou", "pa", "no", "gu", "sel", "fi", "ran", "cho", "la", "mo", "tes", "vi", "den")


def _coined(rng: random.Random) -> str:
    """An invented brand word (Lumaro, Bizou): no real business's name."""
    while True:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
        if 4 <= len(word) <= 9:
            return word.capitalize()


@dataclass(frozen=True)
class Business:
    """One business: its trade, the name it goes by (without the trade word) and how it is written."""

    trade: str
    words: tuple[str, ...]  # the trade's words, the first used in ``name``
    name: str  # "Kowalski's", "Lumaro", "Osierfield"
    possessive: bool  # the name is an owner's ("Kowalski's")
    before: bool  # the trade word stands before the name (Cafe Lumaro)
    town: str

    @property
    def written(self) -> str:
        return f"{self.words[0]} {self.name}" if self.before else f"{self.name} {self.words[0]}"

    def with_word(self, word: str) -> str:
        return f"{word} {self.name}" if self.before else f"{self.name} {word}"


class _BusinessMaker:
    def __init__(self, rng: random.Random, profile: Profile, towns: _OrgMaker):
        self.rng, self.profile, self.towns = rng, profile, towns
        self.used: set[str] = set()

    def _name(self, kind: str | None = None) -> tuple[str, bool]:
        rng = self.rng
        kind = kind or rng.choice(("owner", "owner", "coined", "coined", "town", "two"))
        for _ in range(200):
            if kind == "owner":
                name, possessive = f"{_us_surname(rng)}'s", True
            elif kind == "coined":
                name, possessive = _coined(rng), False
            elif kind == "town":
                name, possessive = self.towns.town(), False
            else:  # two brand words: Salt & Ember, Blue Heron
                name, possessive = f"{rng.choice(FIRM_WORDS)} {rng.choice(TOWN_HEADS)}", False
            key = name.lower()
            if kind == "owner" or not any(OSA.distance(key, u, score_cutoff=1) <= 1 or u.startswith(key)
                                          or key.startswith(u) for u in self.used):
                # invented words one slip from another invented business's, or the start of
                # one, would be look-alikes nobody labelled (Nilu / Rilu, Sado / Sadotes
                # Bakery); owners' surnames may be (Hayes / Hawes)
                self.used.add(key)
                return name, possessive
        raise RuntimeError("ran out of business names")

    def business(self, trade: tuple[str, tuple[str, ...], bool] | None = None, name: str | None = None,
                 possessive: bool = False) -> Business:
        rng = self.rng
        what, words, may_lead = trade or rng.choice(BUSINESS_TRADES)
        if name is None:
            name, possessive = self._name()
        before = may_lead and not possessive and rng.random() < 0.4
        return Business(what, words, name, possessive, before, self.towns.town())

    def true_pair(self, kind: str):
        rng = self.rng
        b = self.business()
        left = b.written
        if kind == "trade word dropped":
            right = b.name if len(b.name.split()) > 1 or b.possessive or len(b.name) >= 5 else None
        elif kind == "extra or missing words":
            right = rng.choice((f"The {left}", f"{left} of {b.town}", f"{left} ({b.town})", f"{left} - {b.town}",
                                f"{rng.choice(('Tony', 'Maria', 'Big', 'Original'))} {left}" if b.possessive
                                else f"{left} & {rng.choice(('Bar', 'Lounge', 'Catering'))}"
                                if TRADE_GROUPS[b.trade] == "food and drink" else f"The {left}"))
        elif kind == "trade synonym":
            others = [w for w in b.words[1:] if w != b.words[0]]
            right = b.with_word(rng.choice(others)) if others else None
        elif kind == "legal form":
            owner = b.name[:-2] if b.possessive else b.name
            right = rng.choice((f"{left}, Inc.", f"{left} LLC", f"{left} Co.",
                                f"{owner} Enterprises LLC d/b/a {left}", f"{owner} Holdings Inc. dba {left}"))
        elif kind == "abbreviation":
            swaps = ((" & ", " and "), ("Restaurant", "Rest."), ("Automotive", "Auto."), ("Service", "Svc."),
                     ("Center", "Ctr."), ("Company", "Co."), ("Brothers", "Bros."), ("Market", "Mkt."),
                     ("Jewelers", "Jwlrs."), ("Liquors", "Liq."), ("Saint", "St."))
            for _ in range(20):
                a, z = rng.choice(swaps)
                if a in left:
                    right = left.replace(a, z)
                    break
            else:
                return None
        elif kind == "word order":
            # Lumaro Cafe / Cafe Lumaro; a directory's "Tavern, Kowalski's"
            right = (f"{b.name} {b.words[0]}" if b.before else f"{b.words[0]}, {b.name}" if b.possessive
                     else f"{b.words[0]} {b.name}")
        elif kind == "typo":
            words = left.split()
            distinctive = [i for i, w in enumerate(words) if len(w) >= 4 and w not in b.words[0].split()]
            if not distinctive:
                return None
            i = rng.choice(distinctive)
            words[i] = rng.choice(_ORG_TYPO_FNS)(rng, words[i])
            right = " ".join(words)
        else:
            raise ValueError(f"unknown business variation {kind!r}")
        if not right or right == left:
            return None
        if rng.random() < self.profile.second_variation:
            right = rng.choice((right.upper(), right.replace(" & ", " and "), right + ","))
        return left, right

    def lookalike(self, kind: str):
        rng = self.rng
        if kind == "same trade, other name":
            a = self.business()
            b = self.business((a.trade, a.words, a.before))
            b = Business(b.trade, b.words, b.name, b.possessive, a.before and not b.possessive, b.town)
            return a.written, b.written
        if kind == "same name, other trade":
            a = self.business()
            other = rng.choice([t for t in BUSINESS_TRADES if TRADE_GROUPS[t[0]] != TRADE_GROUPS[a.trade]])
            b = self.business(other, name=a.name, possessive=a.possessive)
            return a.written, b.written
        if kind == "other branch":
            a = self.business()
            t1, t2 = a.town, self.towns.town(like=a.town)
            form = rng.choice(("{} of {}", "{} ({})", "{} - {}"))
            return form.format(a.written, t1), form.format(a.written, t2)
        if kind == "name inside name":
            a = self.business()
            extra = rng.choice((rng.choice(TOWN_HEADS), _coined(rng), rng.choice(FIRM_WORDS)))
            if extra in a.name.split():
                return None
            longer = f"{a.name} {extra}" if not a.possessive else f"{extra} {a.name}"
            b = Business(a.trade, a.words, longer, a.possessive, a.before, a.town)
            return a.written, b.written
        if kind == "random":
            return self.business().written, self.business().written
        raise ValueError(f"unknown business look-alike {kind!r}")


def business_pairs(seed: int, n: int, profile: Profile | None = None) -> list[LabelledPair]:
    """``n`` labelled business pairs (restaurants, taverns, motels, garages, shops: the
    firms a complaint names): true pairs spread over :data:`BUSINESS_VARIATIONS`,
    look-alikes over :data:`BUSINESS_LOOKALIKES`. Same seed, same pairs."""
    profile = profile or profile_for(seed)
    rng = random.Random(f"businesses-{seed}")
    maker = _BusinessMaker(rng, profile, _OrgMaker(rng, profile))
    return _org_pairs(rng, maker, n, profile, BUSINESS_VARIATIONS, BUSINESS_LOOKALIKES, "business")


# ------------------------------------------------------------------ search-shaped sets

@dataclass(frozen=True, slots=True)
class SearchRecord:
    id: str
    entity: str
    name: str
    dob: dt.date | None


@dataclass(frozen=True, slots=True)
class SearchSet:
    """Docket names (``queries``) to search against disclosed names (``candidates``), the
    truth by entity, and the label of each generated pair: (query id, candidate id) ->
    (match, variation or look-alike kind)."""

    name: str
    kind: Kind
    queries: list[SearchRecord]
    candidates: list[SearchRecord]
    labels: dict[tuple[str, str], tuple[bool, str]]
    held_out: bool


def _org_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def search_set(name: str, pairs: list[LabelledPair], *, held_out: bool) -> SearchSet:
    """Labelled pairs as a search: each pair's left name is a candidate, its right name a
    query; a true pair's two records are one entity, every other record its own — except
    that two organizations written exactly alike (the generator may draw "Fraternal Order
    of Police Lodge 17" twice) are one organization, and a person with the same name and
    the same date of birth on both sides is one person. A labelled look-alike pair that
    this makes one entity is left out of the labels."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    kind = pairs[0].kind if pairs else Kind.PERSON
    by_name: dict[tuple, str] = {}
    for i, p in enumerate(pairs):
        if p.match:
            union(f"e{i}", f"e{i}r")
        for side, text, dob in ((f"e{i}", p.left, p.left_dob), (f"e{i}r", p.right, p.right_dob)):
            key = (_org_key(text),) if kind is Kind.ORGANIZATION else ((_org_key(text), dob) if dob else None)
            if key is None:
                continue
            if key in by_name:
                union(side, by_name[key])
            else:
                by_name[key] = side
    queries, candidates, labels = [], [], {}
    for i, p in enumerate(pairs):
        q, c = f"q{i}", f"c{i}"
        left_entity, right_entity = find(f"e{i}"), find(f"e{i}r")
        candidates.append(SearchRecord(c, left_entity, p.left, p.left_dob))
        queries.append(SearchRecord(q, right_entity, p.right, p.right_dob))
        if p.match or left_entity != right_entity:
            labels[(q, c)] = (p.match, p.variation)
    return SearchSet(name, kind, queries, candidates, labels, held_out)


#: Pairs per generated search set (the benchmark's size: ~2 s to search each).
SEARCH_SIZE = {Kind.PERSON: 2600, Kind.ORGANIZATION: 1500}


def person_search(seed: int, n: int | None = None) -> SearchSet:
    held = seed == HELD_OUT_SEED
    return search_set(f"generated persons {'held out' if held else 'tuning'} (seed {seed})",
                      person_pairs(seed, n or SEARCH_SIZE[Kind.PERSON]), held_out=held)


def org_search(seed: int, n: int | None = None) -> SearchSet:
    held = seed == HELD_OUT_SEED
    return search_set(f"generated organizations {'held out' if held else 'tuning'} (seed {seed})",
                      org_pairs(seed, n or SEARCH_SIZE[Kind.ORGANIZATION]), held_out=held)


def business_search(seed: int, n: int | None = None) -> SearchSet:
    held = seed == HELD_OUT_SEED
    return search_set(f"generated businesses {'held out' if held else 'tuning'} (seed {seed})",
                      business_pairs(seed, n or SEARCH_SIZE[Kind.ORGANIZATION]), held_out=held)


def main() -> None:
    """Print a sample of each kind (``python -m bench.synthetic [seed]``)."""
    import sys

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else TUNING_SEED
    for pairs in (person_pairs(seed, 400), org_pairs(seed, 300)):
        seen: dict[str, int] = {}
        for p in pairs:
            if seen.get(p.variation, 0) < 3:
                seen[p.variation] = seen.get(p.variation, 0) + 1
                print(f"{'match' if p.match else 'diff ':5}  {p.variation:28} {p.left!r} {p.left_dob} ~ {p.right!r} {p.right_dob}")


if __name__ == "__main__":
    main()
