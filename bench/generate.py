"""A seeded Panel and dockets at scale, with planted conflicts and the truth about them.

The Panel: the demo roster's 13 members, and disclosures holding ``names`` disclosed names
and aliases in all (5,000 by default): each member's family (with ``via`` chains, maiden
names, dates of birth), friends, coworkers, employers and associations.

A docket of ``rows`` party rows, about five to a case, as a statewide docket looks: a
respondent officer (from a pool of 40,000, with date of birth and agency), the agency
(from a pool of about 900), a complainant (half with a date of birth), witnesses (three
in ten with one), sometimes an attorney and a victim. Names — the Panel's and the
docket's — are drawn with their real US frequencies (the Census 2020 tables coi ships,
coi.names.frequency), so a docket is as collision-heavy as a real one: many a "Maria
Garcia" and "John Smith", and Spanish, Vietnamese, Korean, Polish and Greek names
(Faker's es_MX, vi_VN, ko_KR romanized, pl_PL and el_GR transliterated given names); three
docket persons in ten are written with a middle initial (:data:`MIDDLE_INITIAL_SHARE`).
A filler party shares a name (or a nickname's formal name) with a disclosed person only
when both have dates of birth no slip turns into each other: a *drawn namesake*, listed
in the decoys; every other prompt outside the planted ones is a false prompt.

Planted into it: one in ``PLANT_EVERY`` rows is a disclosed name written as a docket would
write it (the golden pairs' variations: "Last, First", nickname, initial, swapped order,
diacritics, one-letter typo, maiden name, hyphenated surname, suffix, title, middle
initial, capitals, a hidden character, a look-alike letter, a given name with a letter
added and the same date of birth, the same name with a slipped date of birth;
organizations abbreviated, reordered, acronyms, affiliations), and one namesake decoy
(the exact name, a clearly other date of birth) in ``DECOY_EVERY``.
The truth goes to ``planted_<rows>.csv`` (case, member, party as written, the disclosed
name) and ``decoys_<rows>.csv`` (namesakes that must not prompt).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import itertools
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from anyascii import anyascii
from faker import Faker
from faker.providers.person.el_GR import Provider as ElGR
from faker.providers.person.es_MX import Provider as EsMX
from faker.providers.person.ko_KR import Provider as KoKR
from faker.providers.person.pl_PL import Provider as PlPL
from faker.providers.person.vi_VN import Provider as ViVN

from bench.synthetic import dob_typo
from coi.names import fold
from coi.names.frequency import UNSEEN_PEOPLE, female_share, fold_word, us_frequencies
from coi.names.person import given_canonicals
from coi_demo import DEMO_FOLDER

SEED = 3117
GENERATOR = "v4"  # the data folder's name changes with the generator: cached dockets are not reused across it
#: What the generated data is made of besides this file: the name tables it draws from and
#: the namesake test reads (coi's nickname and cognate tables among them), the demo roster,
#: and the packages whose data it draws. A change in any of them makes other data.
_INPUTS = ("bench/generate.py", "bench/synthetic.py", "coi/names", "coi/data", "coi_demo/files/members.csv")
_PACKAGES = ("faker", "anyascii", "nicknames", "confusable_homoglyphs")
PLANT_EVERY = 500  # one planted conflict per this many rows
#: No date of birth written later than this (the benchmark screens as of 2026-11-23): coi
#: refuses a docket with a date of birth in the future, as it must.
LATEST_BIRTH = dt.date(2026, 11, 23)
DECOY_EVERY = 1000  # one namesake decoy (another date of birth) per this many rows
DOCKET_COLUMNS = ("case_id", "party_name", "party_role", "party_kind", "affiliations", "date_of_birth", "confidential")
PLANTED_COLUMNS = ("case_id", "member_id", "party_name", "disclosed_name", "kind", "variation")
DECOY_COLUMNS = ("case_id", "party_name", "resembles", "member_id", "variation")


def _census_weight(word: str, table: dict[str, int]) -> float:
    """A name's weight: the number of people the Census counted with it (a name it does not
    list is held by fewer than 100: counted as ``UNSEEN_PEOPLE``)."""
    return float(max(table.get(fold_word(word), 0), UNSEEN_PEOPLE))


def _cumulative(names: list[str], weights: list[float]) -> tuple[list[str], list[float]]:
    return names, list(itertools.accumulate(weights))


def _plain(text: str) -> str:
    """A name without its diacritics, as a form or an older system writes it (Nguyễn → Nguyen)."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _korean_given(hangul: str, rng: random.Random) -> str:
    """A Korean given name romanized as Americans write it: Min-jun, Minjun (anyascii's
    Revised Romanization of each syllable)."""
    syllables = [anyascii(ch).lower() for ch in hangul]
    return (("-" if rng.random() < 0.4 else "").join(syllables)).capitalize()


# Korean surnames as they are written in the US, in the order of Faker's ko_KR list (김, 이, 박…)
_KOREAN_SURNAMES = ("Kim", "Lee", "Park", "Jung", "Choi", "Cho", "Kang", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                    "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Jeon", "Hong", "Ko", "Moon", "Yang", "Son", "Bae",
                    "Baek", "Heo", "Yu", "Nam", "Shim", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Na",
                    "Min", "Jin", "Ji", "Uhm")

#: Each pool's share of the people drawn. "us": the Census 2020 surname and first-name lists
#: themselves, each name weighted by how many people hold it (Garcia, Nguyen, Kim and
#: Kowalski are in it at their US rates); the others give the given names of five
#: communities the Census lists cannot pair with their surnames, the surnames again weighted
#: by their US Census counts.
CULTURE_SHARES = {"us": 0.82, "es": 0.10, "vi": 0.02, "ko": 0.02, "pl": 0.02, "el": 0.02}
#: The share of a docket's persons written with a middle initial (ROBERT B THORNBURY): about
#: three in ten, as court and police records write the names of those who have one. (Before
#: generator v4 none had one, and a docket of middle initials screened half again slower.)
MIDDLE_INITIAL_SHARE = 0.3


class _Names:
    """Given names and surnames drawn with their real US frequencies (coi.names.frequency's
    Census 2020 tables, many a "Maria Garcia" and "John Smith"), plus Spanish (es_MX),
    Vietnamese (vi_VN), Korean (ko_KR, romanized), Polish (pl_PL) and Greek (el_GR,
    transliterated) given names from Faker's locales with US-weighted surnames; diacritics
    kept as people write their own names (now and then)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        freq = us_frequencies()
        census_given = list(freq.given.items())
        us_male = [(n.capitalize(), c * (1 - (female_share(n) or 0.5))) for n, c in census_given]
        us_female = [(n.capitalize(), c * (female_share(n) or 0.5)) for n, c in census_given]
        us_last = [(n.capitalize(), float(c)) for n, c in freq.surnames.items()]

        def pool(pairs):
            return _cumulative([p[0] for p in pairs if p[1] > 0], [p[1] for p in pairs if p[1] > 0])

        def surnames(names):
            names = list(dict.fromkeys(names))
            return _cumulative(names, [_census_weight(_plain(n), freq.surnames) for n in names])

        def even(names):
            names = list(dict.fromkeys(names))
            return _cumulative(names, [1.0] * len(names))

        greek = lambda names: [anyascii(n) for n in names]  # noqa: E731 — transliterated: Γιώργος → Giorgos
        self.cultures = {
            "us": (pool(us_male), pool(us_female), pool(us_last)),
            "es": (even(EsMX.first_names_male), even(EsMX.first_names_female), surnames(EsMX.last_names)),
            "vi": (even(ViVN.first_names_male), even(ViVN.first_names_female), surnames(ViVN.last_names)),
            "ko": (even(KoKR.first_names_male), even(KoKR.first_names_female), surnames(_KOREAN_SURNAMES)),
            "pl": (even(PlPL.first_names_male), even(PlPL.first_names_female),
                   surnames((*PlPL.male_last_names, *PlPL.unisex_last_names))),
            "el": (even(greek(ElGR.first_names_male)), even(greek(ElGR.first_names_female)),
                   surnames(greek(ElGR.last_names_male))),
        }
        self.culture = "us"  # the culture of the person last drawn (:meth:`written`)
        self.names = list(CULTURE_SHARES)
        self.shares = list(itertools.accumulate(CULTURE_SHARES.values()))

    def person(self, sex: str | None = None) -> tuple[str, str, str]:
        culture = self.culture = self.rng.choices(self.names, cum_weights=self.shares)[0]
        male, female, last = self.cultures[culture]
        sex = sex or self.rng.choice("mf")
        names, weights = male if sex == "m" else female
        given = self.rng.choices(names, cum_weights=weights)[0]
        surname = self.rng.choices(last[0], cum_weights=last[1])[0]
        if culture == "ko":
            given = _korean_given(given, self.rng)
        elif culture in ("vi", "pl", "es") and self.rng.random() < 0.6:
            given, surname = _plain(given), _plain(surname)  # most dockets drop the marks
        return given, surname, sex

    def written(self, given: str, surname: str, sex: str) -> str:
        """The name of the person :meth:`person` last drew as a docket writes it: with a middle
        initial (:data:`MIDDLE_INITIAL_SHARE`; its letter a given name's first, drawn with the
        Census frequencies: J, M, A and L most), but for a Korean or Vietnamese name (a given
        name of two syllables; Van and Thi written out)."""
        if self.culture in ("ko", "vi") or self.rng.random() >= MIDDLE_INITIAL_SHARE:
            return f"{given} {surname}"
        male, female, _ = self.cultures["us"]
        names, weights = male if sex == "m" else female
        initial = self.rng.choices(names, cum_weights=weights)[0][0].upper()
        return f"{given} {initial}{self.rng.choice(('', '.'))} {surname}"


def _dob(rng: random.Random, start: int, end: int) -> dt.date:
    return dt.date(rng.randint(start, end), rng.randint(1, 12), rng.randint(1, 28))


@dataclass
class Tie:
    member_id: str
    relation: str
    name: str
    kind: str
    via: str = ""
    aliases: tuple[str, ...] = ()
    dob: dt.date | None = None
    given: str = ""
    surname: str = ""


@dataclass
class Panel:
    members_csv: Path
    disclosures: list[Tie]
    agencies: list[str]  # filler agencies: no member's employer or association among them


ASSOCIATIONS = ("Fraternal Order of Police Lodge {n}", "{town} Police Benevolent Association",
                "{town} Bar Association", "{town} Rotary Club", "{town} Neighborhood Watch Council",
                "{town} Chamber of Commerce", "Illinois Association of {town} Officers")
AGENCIES = ("{town} Police Department", "{town} County Sheriff's Office", "{town} Park District Police",
            "{town} State's Attorney's Office")


def towns(rng: random.Random, n: int) -> list[str]:
    fake = Faker("en_US")
    fake.seed_instance(rng.randint(0, 2**31))
    out: dict[str, None] = {}
    while len(out) < n:
        out[fake.city()] = None
    return list(out)


def build_panel(folder: Path, *, names: int = 5000, seed: int = SEED) -> Panel:
    """The 13 demo members and ``names`` disclosed names and aliases among them."""
    rng = random.Random(seed)
    pool = _Names(rng)
    town_list = towns(rng, 1200)
    members = [row for row in csv.DictReader(open(DEMO_FOLDER / "members.csv", encoding="utf-8"))]
    ties: list[Tie] = []
    used_towns: set[str] = set()
    counted = 0
    seen: set[tuple[str, str]] = set()

    def person(member_id: str, relation: str, *, via: str = "", sex: str | None = None, surname: str | None = None,
               dob_years=(1940, 2010), married: bool = False) -> Tie:
        nonlocal counted
        while True:  # one name once per member: a via must name one person
            given, sur_drawn, sex_drawn = pool.person(sex)
            sur = surname or sur_drawn
            if (member_id, fold(f"{given} {sur}")) not in seen:
                seen.add((member_id, fold(f"{given} {sur}")))
                sex = sex_drawn
                break
        aliases: tuple[str, ...] = ()
        if married and sex == "f" and rng.random() < 0.8:
            maiden = pool.person("f")[1]
            aliases = (f"{given} {maiden}",)
        dob = _dob(rng, *dob_years) if relation not in ("friend", "coworker") or rng.random() < 0.3 else None
        t = Tie(member_id, relation, f"{given} {sur}", "person", via, aliases, dob, given, sur)
        ties.append(t)
        counted += 1 + len(aliases)
        return t

    for k, m in enumerate(members, 1):
        mid = m["member_id"]
        family = m["name"].split()[-1]
        org_names = []
        for relation, patterns, n in (("employer", AGENCIES, 3), ("association", ASSOCIATIONS, 4)):
            for town in rng.sample([t for t in town_list if t not in used_towns], n):
                used_towns.add(town)
                org_names.append((relation, rng.choice(patterns).format(town=town, n=rng.randint(1, 999))))
        for relation, org in org_names:
            ties.append(Tie(mid, relation, org, "organization"))
            counted += 1
        spouse = person(mid, "spouse", sex=rng.choice("mf"), surname=family, married=True, dob_years=(1950, 1990))
        for _ in range(2):
            person(mid, "parent", surname=family, dob_years=(1925, 1965), married=True)
        children = [person(mid, "child", surname=family, dob_years=(1975, 2015)) for _ in range(rng.randint(1, 4))]
        for c in children:
            if rng.random() < 0.5:
                person(mid, "spouse", via=c.name, married=True, dob_years=(1975, 2005))
        siblings = [person(mid, "sibling", surname=family, married=True, dob_years=(1945, 1990)) for _ in range(3)]
        for s in siblings:
            person(mid, "spouse", via=s.name, married=True, dob_years=(1945, 1990))
            for _ in range(rng.randint(0, 3)):
                person(mid, "child", via=s.name, surname=s.surname, dob_years=(1970, 2015))
        person(mid, "parent", via=spouse.name, surname=spouse.surname, married=True, dob_years=(1925, 1965))
        for _ in range(2):
            person(mid, "sibling", via=spouse.name, surname=spouse.surname, married=True, dob_years=(1945, 1990))
        for _ in range(3):
            person(mid, "cousin", dob_years=(1945, 1995))
        while counted < names * k // len(members):  # the last member's friends make up the total
            person(mid, rng.choice(("friend", "friend", "friend", "coworker")), married=True, dob_years=(1940, 2000))
    agencies = [rng.choice(AGENCIES).format(town=t) for t in town_list if t not in used_towns][:900]
    return Panel(DEMO_FOLDER / "members.csv", ties, agencies)


def fingerprint(root: Path = Path(__file__).resolve().parents[1]) -> str:
    """A digest of everything the generated Panel, dockets and truth are made of (:data:`_INPUTS`
    and the versions of :data:`_PACKAGES`): data cached under another digest are stale. The
    namesake test reads coi's own nickname tables, so a name added to them moves which
    strangers a docket may hold; without this, a folder generated before would be reused."""
    digest = hashlib.sha256(f"{GENERATOR} {SEED}\n".encode())
    for entry in _INPUTS:
        path = root / entry
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(f"{file.relative_to(root).as_posix()}\n".encode())
                digest.update(file.read_bytes())
    for package in _PACKAGES:
        digest.update(f"{package}=={metadata.version(package)}\n".encode())
    return digest.hexdigest()[:16]


def write_panel(panel: Panel, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    members = folder / "members.csv"
    members.write_bytes(panel.members_csv.read_bytes())
    disclosures = folder / "disclosures.csv"
    with open(disclosures, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("member_id", "relation", "name", "kind", "via", "aliases", "date_of_birth"))
        for t in panel.disclosures:
            w.writerow((t.member_id, t.relation, t.name, t.kind, t.via, ";".join(t.aliases),
                        t.dob.isoformat() if t.dob else ""))
    return members, disclosures


# ------------------------------------------------------------------ variations

NICK = {"William": "Bill", "Robert": "Bob", "Richard": "Dick", "Margaret": "Peggy", "Elizabeth": "Beth",
        "Katherine": "Kate", "James": "Jim", "Michael": "Mike", "Joseph": "Joe", "Thomas": "Tom",
        "Christopher": "Chris", "Daniel": "Dan", "Anthony": "Tony", "Patricia": "Trish", "Jennifer": "Jenny",
        "Charles": "Chuck", "Edward": "Ted", "Susan": "Sue", "Deborah": "Debbie", "Rebecca": "Becky",
        "Jonathan": "Jon", "Matthew": "Matt", "Nicholas": "Nick", "Samuel": "Sam", "Steven": "Steve",
        "Timothy": "Tim", "Kimberly": "Kim", "Gregory": "Greg", "Benjamin": "Ben", "Alexander": "Alex",
        "Jacqueline": "Jackie", "Victoria": "Vicky", "Andrew": "Andy", "Jeffrey": "Jeff", "Kenneth": "Ken",
        "Ronald": "Ron", "Donald": "Don", "Lawrence": "Larry", "Raymond": "Ray", "Gerald": "Jerry",
        "Francisco": "Paco", "Jose": "Pepe", "Alejandro": "Alex", "Guadalupe": "Lupe", "Giuseppe": "Joseph",
        "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Tomasz": "Tomek", "Aleksander": "Olek"}
_LOOKALIKE = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440"}


def _typo(s: str) -> str | None:
    if len(s) < 6 or not s.isalpha():
        return None
    k = len(s) // 2
    if s[k - 1] == s[k]:
        return None
    return s[: k - 1] + s[k] + s[k - 1] + s[k + 1:]


def _lookalike(name: str) -> str | None:
    for i, ch in enumerate(name):
        if ch in _LOOKALIKE and i > 0:
            return name[:i] + _LOOKALIKE[ch] + name[i + 1:]
    return None


PERSON_VARIANTS: dict[str, Callable[[Tie], str | None]] = {
    "exact": lambda t: t.name,
    '"Last, First"': lambda t: f"{t.surname}, {t.given}",
    "nickname": lambda t: f"{NICK[t.given]} {t.surname}" if t.given in NICK else None,
    "initial": lambda t: f"{t.given[0]}. {t.surname}",
    "swapped order": lambda t: f"{t.surname} {t.given}",
    "diacritics dropped": lambda t: _plain(t.name) if _plain(t.name) != t.name else None,
    "typo": lambda t: f"{t.given} {_typo(t.surname)}" if _typo(t.surname) else None,
    "maiden name (alias)": lambda t: t.aliases[0] if t.aliases else None,
    "hyphenated surname": lambda t: f"{t.given} {t.aliases[0].split()[-1]}-{t.surname}" if t.aliases else None,
    "suffix": lambda t: f"{t.surname}, {t.given} Jr." if t.relation in ("child", "spouse") else None,
    "title": lambda t: f"Sgt. {t.name}",
    "middle initial added": lambda t: f"{t.given} J. {t.surname}",
    "capitals": lambda t: t.name.upper(),
    "hidden character": lambda t: t.given + "\u200b " + t.surname,
    "look-alike letter": lambda t: _lookalike(t.name),
    # the same date of birth goes with these two (see _plant)
    "given name, one letter added": lambda t: f"{_added(t.given)} {t.surname}" if t.dob and len(t.given) > 2 else None,
    "date of birth slip": lambda t: t.name if t.dob else None,
}
#: Variations planted with the disclosed date of birth (slipped for "date of birth slip").
WITH_DOB = ("given name, one letter added", "date of birth slip")


def _added(given: str) -> str:
    """A given name with one letter typed twice in its middle (Jon → Jonn, Maria → Marria)."""
    k = len(given) // 2
    return given[:k] + given[k] + given[k:]


def _org_variants(name: str) -> dict[str, str]:
    out = {"exact": name}
    if name.endswith(" Police Department"):
        town = name.removesuffix(" Police Department")
        out["abbreviation (PD)"] = f"{town} PD"
        out["word order"] = f"Police Department of {town}"
        out["Dept."] = f"{town} Police Dept."
    elif name.endswith(" County Sheriff's Office"):
        town = name.removesuffix(" County Sheriff's Office")
        out["word order"] = f"Sheriff's Office, {town} County"
        out["apostrophe dropped"] = f"{town} County Sheriffs Office"
    elif name.startswith("Fraternal Order of Police Lodge "):
        n = name.rsplit(" ", 1)[1]
        out["abbreviation (FOP)"] = f"FOP Lodge {n}"
        out["'No.'"] = f"Fraternal Order of Police, Lodge No. {n}"
    elif name.endswith(" Association"):
        out["Ass'n"] = name.removesuffix("Association") + "Ass'n"
    out["legal form added"] = name + ", Inc." if "Office" not in name and "Department" not in name else name
    return out


# ------------------------------------------------------------------ the docket

@dataclass
class Truth:
    planted: list[tuple[str, str, str, str, str, str]]
    decoys: list[tuple[str, str, str, str]]


def write_docket(panel: Panel, path: Path, rows: int, *, seed: int = SEED) -> Truth:
    """``rows`` party rows to ``path``; the planted conflicts and decoys are returned."""
    rng = random.Random(seed * 1_000_003 + rows)
    pool = _Names(rng)
    persons = [t for t in panel.disclosures if t.kind == "person"]
    orgs = [t for t in panel.disclosures if t.kind == "organization"]
    taken: dict[tuple[str, str], list[tuple[Tie, str]]] = {}  # (formal given, surname) → (tie, its name or alias)
    for t in persons:
        for n in (t.name, *t.aliases):
            words = _namesake_words(n)
            for c in given_canonicals(words[0]):
                taken.setdefault((c, words[-1]), []).append((t, n))

    def stranger(sex: str | None = None, dob: dt.date | None = None) -> tuple[str, list[tuple[Tie, str]]]:
        """A name of nobody on the Panel, and the disclosed people it is a namesake of: a
        stranger may bear a disclosed name (common names repeat) only with a date of birth
        clearly other than each namesake's — a tool can tell them apart; without one, none can."""
        while True:
            given, surname, drawn_sex = pool.person(sex)
            g, s = _namesake_words(given)[0], _namesake_words(surname)[-1]
            namesakes = [t for c in given_canonicals(g) for t in taken.get((c, s), ())]
            if not namesakes:
                return pool.written(given, surname, drawn_sex), []
            if dob is not None and all(t.dob is not None and clearly_other(t.dob, dob) for t, _ in namesakes):
                return pool.written(given, surname, drawn_sex), list({(id(t), n): (t, n) for t, n in namesakes}.values())

    def officer() -> tuple[str, dt.date, str, list[tuple[Tie, str]]]:
        dob = _dob(rng, 1960, 2002)
        name, namesakes = stranger(dob=dob)
        return name, dob, rng.choice(panel.agencies), namesakes

    officers = [officer() for _ in range(40_000)]
    attorneys = [(stranger()[0], f"{pool.person()[1]} & {pool.person()[1]} LLP") for _ in range(3_000)]
    person_variants = list(PERSON_VARIANTS)
    planted: list[tuple] = []
    decoys: list[tuple] = []
    written = 0
    case_no = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(DOCKET_COLUMNS)
        next_plant = rng.randint(1, PLANT_EVERY)
        next_decoy = rng.randint(1, DECOY_EVERY)
        while written < rows:
            case_no += 1
            case_id = f"C-{case_no:07d}"
            officer, odob, agency, officer_namesakes = rng.choice(officers)
            case = [[officer, "respondent", "person", agency, odob.isoformat(), "false"],
                    [agency, "agency", "organization", "", "", "false"]]
            namesakes = [(officer, t, n) for t, n in officer_namesakes]

            def party(role: str, dob_share: float, confidential: bool = False) -> None:
                dob = _dob(rng, 1940, 2008) if rng.random() < dob_share else None
                name, of = stranger(dob=dob)
                case.append([name, role, "person", "", dob.isoformat() if dob else "", "true" if confidential else "false"])
                namesakes.extend((name, t, n) for t, n in of)

            party("complainant", 0.5, rng.random() < 0.1)
            for _ in range(rng.choice((0, 1, 1, 2))):
                party("witness", 0.3)
            if rng.random() < 0.25:
                name, firm = rng.choice(attorneys)
                case.append([name, "attorney", "person", firm, "", "false"])
            if rng.random() < 0.1:
                party("victim", 0.7)
            case = list({(r[0].casefold(), r[1]): r for r in case}.values())[: rows - written]
            if written + len(case) >= next_plant:
                planted.append(_plant(rng, case, case_id, persons, orgs, person_variants))
                next_plant += PLANT_EVERY
            if written + len(case) >= next_decoy and len(case) > 2:
                decoys.append(_decoy(rng, case, case_id, persons))
                next_decoy += DECOY_EVERY
            kept = {r[0] for r in case}
            decoys.extend((case_id, name, n, t.member_id, "namesake drawn") for name, t, n in namesakes if name in kept)
            for row in case:
                w.writerow((case_id, *row))
            written += len(case)
    return Truth(planted, decoys)


def _plant(rng: random.Random, case: list[list[str]], case_id: str, persons: list[Tie], orgs: list[Tie],
           variants: list[str]) -> tuple:
    """Put a disclosed name into the case, written as a docket might write it."""
    if rng.random() < 0.15:
        t = rng.choice(orgs)
        variation, text = rng.choice(sorted(_org_variants(t.name).items()))
        if rng.random() < 0.5 and t.relation == "employer" and "Office" not in t.name:
            case[1][0] = text  # the agency of the case
            case[0][3] = text
            return (case_id, t.member_id, text, t.name, "organization", variation)
        case[0][3] = text  # the respondent is affiliated with it
        return (case_id, t.member_id, case[0][0], t.name, "organization", f"affiliation, {variation}")
    while True:
        t = rng.choice(persons)
        variation = rng.choice(variants)
        text = PERSON_VARIANTS[variation](t)
        if text:
            break
    role = rng.choice(("witness", "complainant", "victim"))
    dob = t.dob.isoformat() if t.dob and role != "witness" else ""
    if variation in WITH_DOB:
        role = "complainant"
        dob = t.dob.isoformat()
        if variation == "date of birth slip":
            other, how = docket_slip(rng, t.dob)
            dob, variation = other.isoformat(), f"date of birth slip ({how})"
    case.append([text, role, "person", "", dob, "false"])
    return (case_id, t.member_id, text, t.name, "person", variation)


def docket_slip(rng: random.Random, dob: dt.date) -> tuple[dt.date, str]:
    """A data-entry slip of ``dob`` (bench.synthetic.dob_typo) that a docket can hold: never
    after ``LATEST_BIRTH`` (2006 typed 2060 is a date coi refuses, as it must); drawn again
    until it is not."""
    other, how = dob_typo(rng, dob)
    while other > LATEST_BIRTH:
        other, how = dob_typo(rng, dob)
    return other, how


def _decoy(rng: random.Random, case: list[list[str]], case_id: str, persons: list[Tie]) -> tuple:
    """A namesake of a disclosed person with another date of birth: must not prompt."""
    t = rng.choice([p for p in persons if p.dob])
    while True:  # clearly another date: no slip of one digit, no two digits swapped
        shift = rng.choice((-23, -17, 13, 21))
        other = t.dob.replace(year=t.dob.year + (shift if t.dob.year + shift <= 2010 else -shift),
                              day=(t.dob.day + 9) % 28 + 1)
        a, b = t.dob.strftime("%Y%m%d"), other.strftime("%Y%m%d")
        if sum(x != y for x, y in zip(a, b)) > 2:
            break
    case.append([t.name, "witness", "person", "", other.isoformat(), "false"])
    return (case_id, t.name, t.name, t.member_id, "namesake planted")


def _namesake_words(name: str) -> list[str]:
    """A name's words as the namesake rule compares them: folded, a hyphen taken out
    (Dong-hyeon and Donghyeon are one given name, Smith-Jones and Smithjones one surname)."""
    return fold(name.replace("-", "")).split()


def clearly_other(a: dt.date, b: dt.date) -> bool:
    """Two dates of birth no data-entry slip turns into each other: more than two digits
    apart, not two digits swapped, not day and month swapped, not a year off by one."""
    sa, sb = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    diff = [i for i, (x, y) in enumerate(zip(sa, sb)) if x != y]
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and sa[diff[0]] == sb[diff[1]] and sa[diff[1]] == sb[diff[0]]
    return (len(diff) > 2 and not swapped and (a.year, a.month, a.day) != (b.year, b.day, b.month)
            and abs(a.year - b.year) != 1)


def write_truth(truth: Truth, folder: Path, rows: int) -> tuple[Path, Path]:
    planted, decoys = folder / f"planted_{rows}.csv", folder / f"decoys_{rows}.csv"
    for path, columns, data in ((planted, PLANTED_COLUMNS, truth.planted), (decoys, DECOY_COLUMNS, truth.decoys)):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(columns)
            w.writerows(data)
    return planted, decoys
