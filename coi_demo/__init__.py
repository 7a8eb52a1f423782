"""The demo Panel: a fictional 13-member Panel, its disclosures and a docket with planted
conflicts and look-alike decoys, generated reproducibly from a seed.

Every name is synthetic, assembled from the name lists in ``lists/`` (data files shipped with
the package, as are the files it writes, in ``files/``: so an installed coi runs ``coi demo``).
The generator knows what it planted, so ``expected`` (conflicts that must be found, with
the category the rules of CONTRACT.md give them) and ``decoys`` (look-alikes that must raise
no prompt for the member they resemble) are true by construction; the tests then hold the
real pipeline to them.

    python -m coi_demo [--out coi_demo/files] [--seed N]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import sys
import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, TypedDict

from coi.model import (
    Appointer,
    Category,
    Disclosure,
    Kind,
    Member,
    Panel,
    Party,
    PartyRole,
    Relation,
    cell_text,
)

# the demo files, written by ``python -m coi_demo`` and shipped inside the package (package data),
# so that an installed coi runs ``coi demo`` as a checkout does
DEMO_FOLDER = Path(__file__).resolve().parent / "files"
AS_OF = dt.date(2026, 11, 22)
SEED = 2026

MEMBER_COLUMNS = ("member_id", "name", "appointed_by", "seat", "term_start", "term_end", "date_of_birth")
DISCLOSURE_COLUMNS = ("member_id", "relation", "name", "kind", "via", "aliases", "date_of_birth", "since", "until",
                      "role", "notes")
DOCKET_COLUMNS = ("case_id", "party_name", "party_role", "party_kind", "affiliations", "date_of_birth",
                  "confidential", "case_type", "stage", "meeting_date")
EXPECTED_COLUMNS = ("case_id", "member_id", "party_name", "category", "variation", "note")
DECOY_COLUMNS = ("case_id", "party_name", "resembles_member_id", "resembles_name", "why")


@dataclass(frozen=True, slots=True)
class PlantedConflict:
    """A conflict planted in the docket: screening must raise it, with this category."""

    case_id: str
    member_id: str
    party_name: str
    category: Category
    variation: str  # how the party's name differs from the disclosed one
    note: str


@dataclass(frozen=True, slots=True)
class Decoy:
    """A party that resembles one of a member's ties but is someone (or something) else."""

    case_id: str
    party_name: str
    resembles_member_id: str
    resembles_name: str
    why: str


@dataclass(frozen=True, slots=True)
class DemoData:
    members: tuple[Member, ...]
    disclosures: tuple[Disclosure, ...]
    parties: tuple[Party, ...]
    expected: tuple[PlantedConflict, ...]
    decoys: tuple[Decoy, ...]
    as_of: dt.date = AS_OF
    redraws: int = 0  # filler parties drawn again because the matcher tied them to someone

    @property
    def panel(self) -> Panel:
        return Panel(self.members, self.disclosures)


# ------------------------------------------------------------------ names
# The name lists are data files in the package (lists/names.toml, lists/places.toml, shipped with
# it as package data): the synthetic names are material, not code, and an installed coi_demo
# carries them.


def _list_file(name: str) -> dict[str, Any]:
    """One of the package's list files (``lists/<name>``), parsed."""
    return tomllib.loads(resources.files("coi_demo").joinpath("lists", name).read_text(encoding="utf-8"))


_NAMES = _list_file("names.toml")
_PLACES = _list_file("places.toml")

# (male given names, female given names, surnames) by culture. Surnames at even positions are
# for the Panel and its ties, at odd positions for the docket's strangers, so a stranger never
# shares a surname with anyone a member disclosed.
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    culture: (tuple(lists["male"]), tuple(lists["female"]), tuple(lists["surnames"]))
    for culture, lists in _NAMES["cultures"].items()}
CULTURE_NAMES = tuple(CULTURES)

# Nicknames a person answers to (English, as people in Illinois use them).
NICKNAMES: dict[str, str] = dict(_NAMES["nicknames"])
# Diminutives and anglicized forms outside the English nickname tables: hard for a matcher.
HARD_GIVEN: dict[str, tuple[str, str]] = {given: (form, why) for given, (form, why) in _NAMES["hard_given"].items()}
# Surnames that sound like a tie's but are another family's: Smith vs Schmidt.
NEAR_SURNAMES: dict[str, str] = dict(_NAMES["near_surnames"])
# Given names whose feminine and masculine forms share a stem: different people.
GENDER_PAIRS: dict[str, str] = dict(_NAMES["gender_pairs"])

# ------------------------------------------------------------------ organizations
# Towns and counties at even positions serve the Panel's ties, odd ones the docket's strangers.
TOWNS: tuple[str, ...] = tuple(_PLACES["towns"])
COUNTIES: tuple[str, ...] = tuple(_PLACES["counties"])
DOCKET_LODGES: tuple[int, ...] = tuple(_PLACES["docket_lodges"])
DOCKET_FIRMS: tuple[str, ...] = tuple(_PLACES["docket_firms"])
THE_BOARD = "Illinois Law Enforcement Training and Standards Board"

# Statewide organizations the statutory seats are drawn from (all fictional).
PBA = "Prairie State Police Benevolent Association"  # more than 20,000 active and retired officers
COUNCIL = "Lincoln Land Peace Officers Council"  # more than 3,000
SHERIFFS = "Prairie State Sheriffs' Association"
CHIEFS = "Prairie State Police Chiefs Association"
BLACK = "Black Officers Coalition of Illinois"
LATINO = "Latino Peace Officers Association of Illinois"
PROSECUTORS = "Prairie State Association of State's Attorneys"
LODGE_17 = "Fraternal Order of Police Lodge 17"
LODGE_263 = "Fraternal Order of Police Lodge 263"
ORG_ALIASES = {PBA: ("PSPBA",), COUNCIL: ("LLPOC",), BLACK: ("BOCI",), LATINO: ("LPOA",), PROSECUTORS: ("PSASA",),
               LODGE_17: ("FOP Lodge 17",)}

SEAT_WORDS = {
    "G-SA": "Governor: active member of a statewide association representing State's Attorneys",
    "G-COM": "Governor: resident of a community with a disproportionately high interaction with law "
             "enforcement, not a law enforcement officer",
    "AG-20K": "Attorney General: statewide organization representing more than 20,000 active and retired "
              "law enforcement officers",
    "AG-3K": "Attorney General: statewide organization representing more than 3,000 active and retired "
             "law enforcement officers",
    "AG-SHERIFF": "Attorney General: statewide association representing sheriffs (75 or more)",
    "AG-CHIEF": "Attorney General: statewide association representing chiefs of police (200 or more)",
    "AG-MINORITY": "Attorney General: statewide organization representing minority law enforcement officers",
    "AG-VICTIM": "Attorney General: victims' advocate, not a law enforcement officer",
    "AG-RES": "Attorney General: Illinois resident, not an employee of the Office of the Attorney General",
}


@dataclass(frozen=True, slots=True)
class _Profile:
    """A seat and the working life that goes with it (organizations by name, {town} filled in)."""

    seat: str
    appointed_by: Appointer
    culture: str
    sex: str
    job: str  # the role held at the current employer
    employer: str
    former: tuple[tuple[str, str], ...]  # (employer, role)
    associations: tuple[tuple[str, str], ...]  # (association, role)
    former_associations: tuple[str, ...] = ()
    supervises: int = 0  # employees disclosed
    partner: bool = False  # a domestic partner instead of a spouse


PROFILES: tuple[_Profile, ...] = (
    _Profile("G-SA", Appointer.GOVERNOR, "irish", "f", "State's Attorney", "Kaskaskia County State's Attorney's Office",
             (("Okafor & Lindqvist LLP", "associate"),), ((PROSECUTORS, "board member"),
                                                          ("Kaskaskia County Bar Association", "member")),
             ("Sauk Valley County Bar Association",), supervises=3),
    _Profile("G-COM", Appointer.GOVERNOR, "black_american", "m", "community health worker",
             "Riverbend Community Health Center", (("Riverbend School District 118", "teacher's aide"),),
             (("Riverbend Neighbors United", "president"), ("Mount Zion Fellowship Church of Riverbend", "deacon"))),
    _Profile("G-COM", Appointer.GOVERNOR, "hispanic", "f", "professor of sociology", "Prairie Valley University",
             (("Sangamon River College", "lecturer"),),
             (("Pilsen Prairie Tenants Council", "member"), ("Midwest Sociological Forum", "treasurer")),
             ("Justice Reinvestment Collaborative of Illinois",), partner=True),
    _Profile("G-COM", Appointer.GOVERNOR, "vietnamese", "m", "owner", "Harvest Plains Auto Repair LLC",
             (("Glenmoor Tool & Die Company", "machinist"),),
             (("Harvest Plains Chamber of Commerce", "vice president"), ("Asian American Business League", "member")),
             supervises=4),
    _Profile("AG-20K", Appointer.ATTORNEY_GENERAL, "polish", "m", "sergeant", "Oak Ridge Police Department",
             (("Cedar Bluff Police Department", "patrol officer"),),
             ((PBA, "trustee"), (LODGE_17, "member")), supervises=2),
    _Profile("AG-20K", Appointer.ATTORNEY_GENERAL, "italian", "m", "retired lieutenant; security consultant",
             "Carrow Security Consulting LLC", (("Willow Creek Police Department", "lieutenant"),),
             ((PBA, "retiree delegate"), (LODGE_263, "member"))),
    _Profile("AG-3K", Appointer.ATTORNEY_GENERAL, "anglo", "m", "detective", "Stony Point Police Department",
             (("Mackinaw County Sheriff's Office", "deputy"),), ((COUNCIL, "vice president"),),
             ("Kaskaskia Valley Crime Stoppers",)),
    _Profile("AG-SHERIFF", Appointer.ATTORNEY_GENERAL, "greek", "m", "Sheriff", "Lakemoor County Sheriff's Office",
             (("Lakemoor Police Department", "patrol officer"),), ((SHERIFFS, "second vice president"),),
             supervises=3),
    _Profile("AG-CHIEF", Appointer.ATTORNEY_GENERAL, "black_american", "f", "Chief of Police",
             "Maple Heights Police Department", (("Oak Ridge Police Department", "deputy chief"),),
             ((CHIEFS, "member"), (BLACK, "member")), supervises=3),
    _Profile("AG-MINORITY", Appointer.ATTORNEY_GENERAL, "west_african", "m", "lieutenant",
             "Elm Crossing Police Department", (), ((BLACK, "vice chair"), (LODGE_17, "member")),
             supervises=1),
    _Profile("AG-MINORITY", Appointer.ATTORNEY_GENERAL, "hispanic", "m", "sergeant",
             "Blackhawk Ridge Police Department", (("Sangamon Falls Police Department", "patrol officer"),),
             ((LATINO, "president"),), (COUNCIL,), supervises=1),
    _Profile("AG-VICTIM", Appointer.ATTORNEY_GENERAL, "korean", "f", "director of advocacy",
             "Harbor Light Survivors Network",
             (("Kaskaskia County State's Attorney's Office", "victim-witness coordinator"),),
             (("Prairie State Coalition Against Domestic Violence", "board member"),)),
    _Profile("AG-RES", Appointer.ATTORNEY_GENERAL, "arabic", "f", "retired circuit judge; mediator",
             "Sangamon River College", (("Vance, Trujillo & Kaminski LLC", "partner"),),
             (("Kaskaskia County Bar Association", "member"), ("Illinois Mediators Guild", "member")),
             partner=False),
)

_PROFILE_TEXT = " ".join(n for p in PROFILES for n in (p.employer, *(x for x, _ in p.former),
                                                        *(x for x, _ in p.associations), *p.former_associations))
# The docket's agencies are in places none of the Panel's organizations are named after.
DOCKET_TOWNS = tuple(t for t in TOWNS if t not in _PROFILE_TEXT and t not in ("Maple Heights", "Oak Ridge"))
DOCKET_COUNTIES = tuple(c for c in COUNTIES if c not in _PROFILE_TEXT)


# ------------------------------------------------------------------ small helpers

def strip_diacritics(text: str) -> str:
    """José Núñez → Jose Nunez, Łukasz → Lukasz: what a form without accents keeps."""
    special = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"})
    decomposed = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _key(name: str) -> str:
    return " ".join(strip_diacritics(name).lower().replace("-", " ").replace("'", "").split())


def feminine(surname: str, culture: str, sex: str) -> str:
    """Polish surnames take the feminine form for women: Kowalski → Kowalska."""
    if culture == "polish" and sex == "f":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(m):
                return surname[: -len(m)] + f
    return surname


def first_monday_of_june(year: int) -> dt.date:
    d = dt.date(year, 6, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def _date(rng: random.Random, start_year: int, end_year: int) -> dt.date:
    start = dt.date(start_year, 1, 1).toordinal()
    end = dt.date(end_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _other_dob(rng: random.Random, dob: dt.date) -> dt.date:
    """A date of birth plainly not ``dob``: years apart, another month and day."""
    years = rng.choice((-27, -24, -19, 18, 23, 29))
    month = (dob.month + rng.randint(3, 8) - 1) % 12 + 1
    return dt.date(dob.year + years, month, min(dob.day % 27 + 2, 28))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, for keeping decoy given names well apart from real ones."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]



# ------------------------------------------------------------------ the Panel's ties

@dataclass(slots=True)
class _Tie:
    """One disclosure as the generator planted it, with the category CONTRACT.md gives it."""

    member_id: str
    relation: Relation
    name: str
    category: Category
    kind: Kind = Kind.PERSON
    via: str | None = None
    given: str = ""
    surname: str = ""
    culture: str = ""
    sex: str = ""
    dob: dt.date | None = None
    show_dob: bool = True
    aliases: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    role: str | None = None
    notes: str | None = None
    words: str = ""  # who this is to the member: "spouse's sibling"
    suffix: str = ""

    def disclosure(self) -> Disclosure:
        return Disclosure(self.member_id, self.relation, self.name, self.kind, via=self.via, aliases=self.aliases,
                          date_of_birth=self.dob if self.show_dob else None, since=self.since, until=self.until,
                          role=self.role, notes=self.notes)

    @property
    def known_dob(self) -> dt.date | None:
        return self.dob if self.show_dob else None


class _PanelBuilder:
    """Draws the members and every tie they disclose."""

    def __init__(self, rng: random.Random, as_of: dt.date):
        self.rng = rng
        self.as_of = as_of
        self.taken: set[str] = set()  # name keys in use (membership tests only: never iterated)
        self.members: list[Member] = []
        self.member_info: dict[str, tuple[str, str, str, str]] = {}  # id -> (given, surname, culture, sex)
        self.ties: list[_Tie] = []
        # organization -> [(member_id, category)], in the order disclosed
        self.orgs: dict[str, list[tuple[str, Category]]] = {}

    # -- people
    def tie_surname(self, culture: str) -> str:
        return self.rng.choice(CULTURES[culture][2][0::2])

    def draw(self, culture: str, sex: str, surname: str | None = None, *, given: str | None = None,
             suffix: str = "") -> tuple[str, str, str]:
        """(given, surname, full name), unique among everyone the Panel discloses."""
        for attempt in range(500):
            # a family with many members of one surname runs out of given names of its culture:
            # then, as in many Illinois families, an American given name
            pool = CULTURES[culture if attempt < 60 else CULTURE_NAMES[attempt % len(CULTURE_NAMES)]]
            g = given if given and attempt == 0 else self.rng.choice(pool[0] if sex == "m" else pool[1])
            s = feminine(surname or self.tie_surname(culture), culture, sex)
            full = f"{g} {s}" + (f" {suffix}" if suffix else "")
            if _key(full) not in self.taken:
                self.taken.add(_key(full))
                return g, s, full
        raise RuntimeError(f"ran out of {culture} names")  # pragma: no cover - pools are large

    def add(self, tie: _Tie) -> _Tie:
        self.ties.append(tie)
        for a in tie.aliases:
            self.taken.add(_key(a))
        if tie.kind is Kind.ORGANIZATION:
            self.orgs.setdefault(tie.name, []).append((tie.member_id, tie.category))
        return tie

    def person(self, mid: str, relation: Relation, category: Category, words: str, culture: str, sex: str,
               surname: str | None = None, *, via: _Tie | None = None, dob: dt.date | None = None,
               show_dob: bool = True, maiden: str | None = None, given: str | None = None, suffix: str = "",
               **kw) -> _Tie:
        g, s, full = self.draw(culture, sex, surname, given=given, suffix=suffix)
        aliases: tuple[str, ...] = ()
        if maiden and feminine(maiden, culture, sex) != s:
            alias = f"{g} {feminine(maiden, culture, sex)}"
            if _key(alias) not in self.taken:
                aliases = (alias,)
        return self.add(_Tie(mid, relation, full, category, via=via.name if via else None, given=g, surname=s,
                             culture=culture, sex=sex, dob=dob, show_dob=show_dob and dob is not None,
                             aliases=aliases, words=words, suffix=suffix, **kw))

    def org(self, mid: str, relation: Relation, name: str, *, since: dt.date | None = None,
            until: dt.date | None = None, role: str | None = None, notes: str | None = None) -> _Tie:
        former = until is not None and until < self.as_of
        if relation is Relation.EMPLOYER:
            category = Category.FORMER_EMPLOYMENT if former else Category.EMPLOYMENT
        else:
            category = Category.FORMER_ASSOCIATION if former else Category.ASSOCIATION
        return self.add(_Tie(mid, relation, name, category, Kind.ORGANIZATION, aliases=ORG_ALIASES.get(name, ()),
                             since=since, until=until, role=role, notes=notes,
                             words=("former " if former else "") + str(relation)))

    # -- the Panel
    def build(self) -> None:
        starts = (2024, 2025, 2026, 2022, 2024, 2025, 2026, 2024, 2025, 2026, 2024, 2025, 2026)  # M04 holds over
        for i, profile in enumerate(PROFILES, 1):
            mid = f"M{i:02d}"
            dob = _date(self.rng, 1956, 1984)
            g, s, full = self.draw(profile.culture, profile.sex)
            start = first_monday_of_june(starts[i - 1])
            self.members.append(Member(mid, full, profile.appointed_by,
                                       seat=f"{profile.seat} ({SEAT_WORDS[profile.seat]})", term_start=start,
                                       term_end=first_monday_of_june(start.year + 3), date_of_birth=dob))
            self.member_info[mid] = (g, s, profile.culture, profile.sex)
            self.family(mid, i, profile, dob, s)
            self.working_life(mid, i, profile, dob)

    def other_culture(self, culture: str) -> str:
        return culture if self.rng.random() < 0.65 else self.rng.choice(CULTURE_NAMES)

    def family(self, mid: str, i: int, p: _Profile, dob: dt.date, surname: str) -> None:
        rng, C, R = self.rng, Category, Relation
        base = surname  # the family surname, as the men of the family write it
        if p.culture == "polish" and p.sex == "f":
            base = surname[:-1] + "i"
        opposite = "f" if p.sex == "m" else "m"
        y = dob.year

        # spouse (or domestic partner) and the spouse's family
        sc = self.other_culture(p.culture)
        maiden = self.tie_surname(sc)
        if p.partner:
            spouse = self.person(mid, R.DOMESTIC_PARTNER, C.OTHER_RELATIVE, "domestic partner", sc, opposite,
                                 maiden, dob=_date(rng, y - 4, y + 4), since=_date(rng, 2008, 2016))
            self.person(mid, R.PARENT, C.OTHER_RELATIVE, "domestic partner's parent", sc, "f", maiden, via=spouse,
                        dob=_date(rng, y - 32, y - 24))
        else:
            takes_name = p.sex == "m" and rng.random() < 0.7
            spouse = self.person(mid, R.SPOUSE, C.SPOUSE, "spouse", sc, opposite,
                                 base if takes_name else maiden, dob=_date(rng, y - 5, y + 5),
                                 maiden=maiden if takes_name else None, since=_date(rng, y + 22, y + 34))
            in_law = maiden
            father_in_law = self.person(mid, R.PARENT, C.PARENT_IN_LAW, "spouse's parent", sc, "m", in_law,
                                        via=spouse, dob=_date(rng, y - 34, y - 24))
            if i % 2:  # some members name the in-law directly, others through the spouse
                self.person(mid, R.PARENT_IN_LAW, C.PARENT_IN_LAW, "parent-in-law", sc, "f", in_law,
                            dob=_date(rng, y - 32, y - 22), maiden=self.tie_surname(sc))
            else:
                self.person(mid, R.PARENT, C.PARENT_IN_LAW, "spouse's parent", sc, "f", in_law, via=spouse,
                            dob=_date(rng, y - 32, y - 22), maiden=self.tie_surname(sc))
            del father_in_law
            for k in range(rng.randint(1, 2)):
                sib = self.person(mid, R.SIBLING, C.SIBLING_IN_LAW, "spouse's sibling", sc, rng.choice("mf"), in_law,
                                  via=spouse, dob=_date(rng, y - 8, y + 8), show_dob=rng.random() < 0.7)
                if k == 0:  # a two-step chain: spouse → sibling → child
                    self.person(mid, R.CHILD, C.OTHER_RELATIVE, "spouse's sibling's child", sc, rng.choice("mf"),
                                sib.surname if sib.sex == "m" else in_law, via=sib,
                                dob=_date(rng, y + 20, min(y + 36, 2022)), show_dob=rng.random() < 0.5)
            if i % 3 == 0:
                self.person(mid, R.SIBLING_IN_LAW, C.SIBLING_IN_LAW, "sibling-in-law", sc, rng.choice("mf"), in_law,
                            dob=_date(rng, y - 8, y + 8), show_dob=False)
            if i % 3 == 1:  # the spouse's child from an earlier marriage
                self.person(mid, R.CHILD, C.STEPCHILD, "spouse's child", sc, rng.choice("mf"),
                            spouse.surname if spouse.sex == "m" else self.tie_surname(sc), via=spouse,
                            dob=_date(rng, y + 18, min(y + 30, 2015)))
            if i in (2, 9):
                self.person(mid, R.FORMER_SPOUSE, C.OTHER_RELATIVE, "former spouse", self.other_culture(p.culture),
                            opposite, dob=_date(rng, y - 4, y + 4), since=_date(rng, y + 20, y + 23),
                            until=_date(rng, y + 25, y + 29))
            if i % 4 == 2:
                self.person(mid, R.STEPCHILD, C.STEPCHILD, "stepchild", sc, rng.choice("mf"),
                            dob=_date(rng, y + 20, min(y + 32, 2014)))

        # parents, and what a parent's remarriage brings
        mother_maiden = self.tie_surname(p.culture)
        jr_sibling = i in (2, 9)  # a brother named after the father: Sr. and Jr.
        father = self.person(mid, R.PARENT, C.PARENT, "parent", p.culture, "m", base, dob=_date(rng, y - 34, y - 23),
                             suffix="Sr." if jr_sibling else "")
        mother = self.person(mid, R.PARENT, C.PARENT, "parent", p.culture, "f", base, dob=_date(rng, y - 32, y - 21),
                             maiden=mother_maiden)
        if i % 3 == 2:  # the father remarried: a stepparent, and a step-sibling through them
            sc2 = self.other_culture(p.culture)
            step = self.person(mid, R.SPOUSE, C.STEPPARENT, "parent's spouse", sc2, "f", base, via=father,
                               dob=_date(rng, y - 30, y - 18), maiden=self.tie_surname(sc2))
            self.person(mid, R.CHILD, C.STEP_SIBLING, "stepparent's child", sc2, rng.choice("mf"),
                        step.aliases[0].split()[-1] if step.aliases else self.tie_surname(sc2), via=step,
                        dob=_date(rng, y - 6, y + 6), show_dob=rng.random() < 0.6)
        elif i % 3 == 0:
            self.person(mid, R.STEPPARENT, C.STEPPARENT, "stepparent", self.other_culture(p.culture), "m",
                        dob=_date(rng, y - 36, y - 22))
        if i % 2 == 0:
            self.person(mid, R.STEP_SIBLING, C.STEP_SIBLING, "step-sibling", self.other_culture(p.culture),
                        rng.choice("mf"), dob=_date(rng, y - 7, y + 7), show_dob=rng.random() < 0.5)
        if i % 3 != 1:
            self.person(mid, R.HALF_SIBLING, C.HALF_SIBLING, "half-sibling", p.culture, rng.choice("mf"),
                        base if rng.random() < 0.5 else self.tie_surname(p.culture), dob=_date(rng, y - 12, y + 14))
        if rng.random() < 0.5:
            self.person(mid, R.GRANDPARENT, C.OTHER_RELATIVE, "grandparent", p.culture, rng.choice("mf"), base,
                        dob=_date(rng, y - 62, y - 50))

        # aunts and uncles, cousins
        uncle = self.person(mid, R.SIBLING, C.AUNT_OR_UNCLE, "parent's sibling", p.culture, "m", base, via=father,
                            dob=_date(rng, y - 36, y - 20), show_dob=rng.random() < 0.6)
        self.person(mid, R.CHILD, C.OTHER_RELATIVE, "cousin (parent's sibling's child)", p.culture,
                    rng.choice("mf"), base, via=uncle, dob=_date(rng, y - 8, y + 8), show_dob=False)
        self.person(mid, R.AUNT, C.AUNT_OR_UNCLE, "aunt", p.culture, "f", mother_maiden,
                    dob=_date(rng, y - 38, y - 20), show_dob=rng.random() < 0.5)
        if i % 2:
            self.person(mid, R.SIBLING, C.AUNT_OR_UNCLE, "parent's sibling", p.culture, "f", mother_maiden,
                        via=mother, dob=_date(rng, y - 36, y - 20), show_dob=False)
        for _ in range(rng.randint(1, 2)):
            self.person(mid, R.COUSIN, C.OTHER_RELATIVE, "cousin", p.culture, rng.choice("mf"),
                        rng.choice((base, mother_maiden)), dob=_date(rng, y - 9, y + 9), show_dob=rng.random() < 0.3)

        # siblings, their spouses and children
        for k in range(rng.randint(2, 3)):
            sex = "m" if jr_sibling and k == 0 else rng.choice("mf")
            married_out = sex == "f" and rng.random() < 0.6
            other = self.tie_surname(self.other_culture(p.culture))
            if jr_sibling and k == 0:
                sib = self.person(mid, R.SIBLING, C.SIBLING, "sibling (named after the father)", p.culture, "m", base,
                                  given=father.given, suffix="Jr.", dob=_date(rng, y - 6, y + 6))
            else:
                sib = self.person(mid, R.SIBLING, C.SIBLING, "sibling", p.culture, sex,
                                  other if married_out else base, dob=_date(rng, y - 8, y + 10),
                                  maiden=base if married_out else None)
            if rng.random() < 0.75:
                sc3 = self.other_culture(p.culture)
                wife_takes = sib.sex == "m" and rng.random() < 0.6
                self.person(mid, R.SPOUSE, C.SIBLING_IN_LAW, "sibling's spouse", sc3, "f" if sib.sex == "m" else "m",
                            base if wife_takes else (other if married_out else self.tie_surname(sc3)), via=sib,
                            dob=_date(rng, y - 8, y + 10), show_dob=rng.random() < 0.5,
                            maiden=self.tie_surname(sc3) if wife_takes else None)
            for _ in range(rng.randint(0, 2)):
                self.person(mid, R.CHILD, C.NIECE_OR_NEPHEW, "sibling's child", p.culture, rng.choice("mf"),
                            other if married_out else base, via=sib, dob=_date(rng, y + 15, min(y + 40, 2020)),
                            show_dob=rng.random() < 0.6)
        for rel in (R.NIECE, R.NEPHEW)[: 1 + i % 2]:
            self.person(mid, rel, C.NIECE_OR_NEPHEW, str(rel), p.culture, "f" if rel is R.NIECE else "m",
                        rng.choice((base, self.tie_surname(p.culture))), dob=_date(rng, y + 15, min(y + 40, 2018)),
                        show_dob=rng.random() < 0.5)

        # children
        kids_surname = base if p.sex == "m" or p.partner else spouse.surname if not p.partner else base
        for k in range(rng.randint(1, 3)):
            rel, cat = (R.ADOPTED_CHILD, C.ADOPTED_CHILD) if (k == 1 and i % 2) or (k == 0 and i == 12) \
                else (R.CHILD, C.CHILD)
            kc = p.culture if rel is R.CHILD else rng.choice(CULTURE_NAMES)
            child = self.person(mid, rel, cat, str(rel).replace("_", " "), kc, rng.choice("mf"), kids_surname,
                                dob=_date(rng, min(y + 24, 2010), min(y + 36, 2012)))
            if child.dob and child.dob.year < 1998 and rng.random() < 0.7:
                sc4 = self.other_culture(p.culture)
                takes = child.sex == "m" and rng.random() < 0.6
                spouse_of_child = self.person(
                    mid, R.SPOUSE, C.CHILD_IN_LAW, "child's spouse", sc4, "f" if child.sex == "m" else "m",
                    kids_surname if takes else self.tie_surname(sc4), via=child, dob=_date(rng, child.dob.year - 3,
                                                                                           child.dob.year + 3),
                    maiden=self.tie_surname(sc4) if takes else None)
                del spouse_of_child
                if rng.random() < 0.5:
                    self.person(mid, R.CHILD, C.OTHER_RELATIVE, "grandchild (child's child)", kc, rng.choice("mf"),
                                child.surname if child.sex == "m" else self.tie_surname(kc), via=child,
                                dob=_date(rng, 2016, 2024))
        if i % 4 == 3:
            self.person(mid, R.CHILD_IN_LAW, C.CHILD_IN_LAW, "child-in-law", self.other_culture(p.culture),
                        rng.choice("mf"), dob=_date(rng, y + 22, y + 34), show_dob=False)
        if i in (1, 4, 8, 11):
            self.person(mid, R.LEGAL_WARD, C.LEGAL_WARD, "legal ward", rng.choice(CULTURE_NAMES), rng.choice("mf"),
                        dob=_date(rng, 2009, 2014), since=_date(rng, 2018, 2023))
        if i % 5 == 0:
            self.person(mid, R.GRANDCHILD, C.OTHER_RELATIVE, "grandchild", p.culture, rng.choice("mf"),
                        dob=_date(rng, 2015, 2023))
        if i % 4 == 1:
            self.person(mid, R.OTHER_RELATIVE, C.OTHER_RELATIVE, "other relative", p.culture, rng.choice("mf"),
                        base, dob=_date(rng, y - 40, y - 20), show_dob=False, notes="great-aunt or great-uncle")

    def working_life(self, mid: str, i: int, p: _Profile, dob: dt.date) -> None:
        rng, C, R = self.rng, Category, Relation
        y = dob.year
        career = max(y + 22, 1990)
        since = _date(rng, max(career + 8, 2005), 2020)
        self.org(mid, R.EMPLOYER, p.employer, since=since, role=p.job)
        previous = since
        for name, role in p.former:
            start = _date(rng, career, previous.year - 2)
            self.org(mid, R.EMPLOYER, name, since=start, until=previous - dt.timedelta(days=rng.randint(1, 60)),
                     role=role)
            previous = start
        for name, role in p.associations:
            self.org(mid, R.ASSOCIATION, name, since=_date(rng, career, 2022), role=role)
        for name in p.former_associations:
            start = _date(rng, career, 2012)
            self.org(mid, R.ASSOCIATION, name, since=start, until=_date(rng, start.year + 2, 2024), role="member")
        for _ in range(rng.randint(2, 4)):
            self.person(mid, R.COWORKER, C.EMPLOYMENT, "coworker", rng.choice(CULTURE_NAMES), rng.choice("mf"),
                        dob=_date(rng, y - 15, y + 25), show_dob=rng.random() < 0.12, notes=f"at {p.employer}")
        if p.former:
            self.person(mid, R.COWORKER, C.FORMER_EMPLOYMENT, "former coworker", rng.choice(CULTURE_NAMES),
                        rng.choice("mf"), dob=_date(rng, y - 15, y + 15), show_dob=False,
                        since=_date(rng, career, career + 4), until=_date(rng, career + 5, 2019),
                        notes=f"at {p.former[0][0]}")
        for _ in range(p.supervises):
            self.person(mid, R.EMPLOYEE, C.EMPLOYMENT, "employee", rng.choice(CULTURE_NAMES), rng.choice("mf"),
                        dob=_date(rng, 1970, 2001), show_dob=rng.random() < 0.3, since=_date(rng, 2012, 2025))
        # friends, some of whom the member would know the birthday of; one with a Jr.
        friends = []
        for k in range(rng.randint(3, 6)):
            c = rng.choice(CULTURE_NAMES)
            friends.append(self.person(mid, R.FRIEND, C.FRIEND, "friend", c, rng.choice("mf") if k else "m",
                                       suffix="Jr." if k == 0 and i % 3 == 0 else "",
                                       dob=_date(rng, y - 10, y + 10), show_dob=k == 0 or rng.random() < 0.4,
                                       since=_date(rng, career - 10, 2020) if rng.random() < 0.5 else None))
        if i % 2 == 0:
            f = friends[-1]
            self.person(mid, R.SPOUSE, C.OTHER, "friend's spouse", self.other_culture(f.culture),
                        "f" if f.sex == "m" else "m", via=f, dob=_date(rng, y - 10, y + 10), show_dob=False)
        for what in rng.sample(("business partner", "landlord", "campaign treasurer", "mentor", "godparent of a child",
                                "co-owner of a rental property"), rng.randint(1, 2)):
            self.person(mid, R.OTHER, C.OTHER, what, rng.choice(CULTURE_NAMES), rng.choice("mf"),
                        dob=_date(rng, y - 20, y + 20), show_dob=False, notes=what)


# ------------------------------------------------------------------ name variants
# Each takes a tie and returns how a docket might write the same person, or None when the
# variant does not apply to that name.

def _with_suffix(t: _Tie, text: str) -> str:
    return f"{text} {t.suffix}" if t.suffix else text


def _v_initial(t: _Tie, ties: Sequence[_Tie]) -> str | None:
    surnames = {_key(t.surname)}
    clash = [o for o in ties if o is not t and o.member_id == t.member_id and o.kind is Kind.PERSON
             and o.given[:1] == t.given[:1]
             and any(_key(n.split()[-1]) in surnames for n in (o.name, *o.aliases))]
    return None if clash or t.suffix else f"{t.given[0]}. {t.surname}"


def _v_typo(t: _Tie, ties: Sequence[_Tie]) -> str | None:
    s = t.surname
    if len(s) < 6 or " " in s or "-" in s or "'" in s:
        return None
    k = len(s) // 2
    if s[k - 1] == s[k]:
        k += 1
    return _with_suffix(t, f"{t.given} {s[: k - 1]}{s[k]}{s[k - 1]}{s[k + 1:]}")


def _v_hyphenated(t: _Tie, ties: Sequence[_Tie]) -> str | None:
    if not t.aliases:
        return None
    return f"{t.given} {t.aliases[0].split()[-1]}-{t.surname}"


PERSON_VARIANTS: dict[str, Callable[[_Tie, Sequence[_Tie]], str | None]] = {
    "exact": lambda t, _: t.name,
    '"Last, First"': lambda t, _: _with_suffix(t, f"{t.surname}, {t.given}") if " " not in t.surname else None,
    "nickname": lambda t, _: _with_suffix(t, f"{NICKNAMES[t.given]} {t.surname}") if t.given in NICKNAMES else None,
    "initial": _v_initial,
    "swapped order": lambda t, _: (f"{t.surname} {t.given}" if t.culture in ("korean", "vietnamese")
                                   and "-" not in t.given and not t.suffix else None),
    "diacritics dropped": lambda t, _: strip_diacritics(t.name) if strip_diacritics(t.name) != t.name else None,
    "typo": _v_typo,
    "maiden name (alias)": lambda t, _: t.aliases[0] if t.aliases else None,
    "hyphenated surname": _v_hyphenated,
    "suffix, \"Last, First Jr.\"": lambda t, _: f"{t.surname}, {t.given} {t.suffix}" if t.suffix else None,
    "title": lambda t, _: None if t.suffix else f"Sgt. {t.name}",
    "middle initial added": lambda t, _: None if t.suffix else f"{t.given} R. {t.surname}",
    # hard ones, beyond the usual tables
    "Korean order, hyphenated given name": lambda t, _: f"{t.surname} {t.given}" if "-" in t.given else None,
    "diminutive / anglicized given name": lambda t, _: (f"{HARD_GIVEN[t.given][0]} {t.surname}"
                                                        if t.given in HARD_GIVEN and not t.suffix else None),
}

# (category, variants in order of preference, role, which ties: "via" derived, "direct", "any")
PERSON_PLANTS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("spouse", ('"Last, First"',), "witness", "any"),
    ("spouse", ("maiden name (alias)",), "complainant*", "any"),
    ("spouse", ("hyphenated surname",), "victim", "any"),
    ("parent", ("initial",), "witness", "any"),
    ("parent", ("exact",), "victim", "any"),
    ("parent", ("suffix, \"Last, First Jr.\"",), "witness", "any"),
    ("child", ("nickname", "typo"), "respondent", "any"),
    ("child", ("diacritics dropped", "exact"), "witness", "any"),
    ("adopted_child", ("exact",), "victim", "any"),
    ("adopted_child", ("typo", "exact"), "witness", "any"),
    ("legal_ward", ("exact",), "victim", "any"),
    ("legal_ward", ('"Last, First"',), "complainant", "any"),
    ("stepchild", ('"Last, First"',), "witness", "via"),
    ("stepchild", ("middle initial added", "exact"), "respondent", "direct"),
    ("stepparent", ("nickname", "exact"), "witness", "via"),
    ("stepparent", ("exact",), "complainant", "direct"),
    ("step_sibling", ("typo", "exact"), "witness", "via"),
    ("step_sibling", ("diacritics dropped", "exact"), "respondent", "direct"),
    ("half_sibling", ("exact",), "witness", "any"),
    ("half_sibling", ("title", "exact"), "respondent", "any"),
    ("sibling", ("maiden name (alias)",), "complainant", "any"),
    ("sibling", ("suffix, \"Last, First Jr.\"",), "respondent", "any"),
    ("sibling", ("swapped order", "initial"), "witness", "any"),
    ("parent_in_law", ("initial", "exact"), "witness", "via"),
    ("parent_in_law", ("maiden name (alias)", "exact"), "victim", "direct"),
    ("sibling_in_law", ("hyphenated surname", "exact"), "witness", "via"),
    ("sibling_in_law", ("nickname", '"Last, First"'), "respondent", "via"),
    ("sibling_in_law", ("exact",), "other", "direct"),
    ("child_in_law", ("maiden name (alias)", "exact"), "witness", "via"),
    ("child_in_law", ('"Last, First"',), "complainant", "direct"),
    ("aunt_or_uncle", ("diacritics dropped", "exact"), "witness", "via"),
    ("aunt_or_uncle", ("exact",), "victim", "direct"),
    ("niece_or_nephew", ("exact",), "complainant*", "via"),
    ("niece_or_nephew", ("typo", "exact"), "respondent", "direct"),
    ("friend", ("exact",), "witness", "any"),
    ("friend", ("nickname", "exact"), "attorney", "any"),
    ("friend", ("swapped order", "typo"), "witness", "any"),
    ("friend", ("title",), "respondent", "any"),
    ("other_relative", ("exact",), "witness", "cousin"),
    ("other_relative", ("exact",), "victim", "two-step"),
    ("other_relative", ('"Last, First"',), "witness", "domestic_partner"),
    ("other_relative", ("initial", "exact"), "complainant", "former_spouse"),
    ("other", ("exact",), "witness", "other"),
    ("other", ("exact",), "complainant", "friend's spouse"),
    ("employment", ("typo", "exact"), "witness", "coworker"),
    ("employment", ("nickname", "exact"), "respondent", "employee"),
    ("former_employment", ("exact",), "witness", "coworker"),
    # hard variants (see the report of what the matcher finds)
    ("sibling", ("Korean order, hyphenated given name",), "witness", "any"),
    ("friend", ("diminutive / anglicized given name",), "witness", "any"),
)

# (organization, as the docket writes it, variation, how it enters the case)
ORG_PLANTS: tuple[tuple[str, str, str, str], ...] = (
    ("Oak Ridge Police Department", "Oak Ridge PD", "organization abbreviation (PD)", "agency"),
    ("Lakemoor County Sheriff's Office", "Sheriff's Office, Lakemoor County", "word order", "agency"),
    ("Maple Heights Police Department", "Police Department of Maple Heights", "word order", "agency"),
    ("Cedar Bluff Police Department", "Village of Cedar Bluff Police Dept.", "place kind added, Dept.", "agency"),
    ("Blackhawk Ridge Police Department", "Blackhawk Ridge Police Department", "exact", "agency"),
    ("Stony Point Police Department", "Stony Point Police Dept", "affiliation (Dept)", "witness"),
    ("Harbor Light Survivors Network", "Harbor Light Survivors' Network, Inc.", "affiliation (legal form)", "other"),
    ("Kaskaskia County State's Attorney's Office", "Kaskaskia County State's Attorney's Office", "affiliation",
     "attorney"),
    ("Okafor & Lindqvist LLP", "Okafor and Lindqvist", "affiliation (legal form dropped, & as and)", "attorney"),
    ("Vance, Trujillo & Kaminski LLC", "Vance Trujillo & Kaminski", "affiliation (punctuation, legal form)",
     "attorney"),
    ("Prairie Valley University", "Prairie Valley Univ.", "affiliation (Univ.)", "witness"),
    (CHIEFS, "PSPCA", "acronym", "party"),
    (LODGE_17, "FOP Lodge 17", "affiliation (FOP abbreviation)", "lodge"),
    (BLACK, "BOCI", "affiliation (acronym given as alias)", "lodge"),
    (PBA, "Prairie State Police Benevolent Ass'n", "affiliation (Ass'n)", "lodge"),
    (COUNCIL, "LLPOC", "affiliation (acronym given as alias)", "lodge"),
    (SHERIFFS, "Prairie State Sheriffs Association", "apostrophe dropped", "party"),
    ("Riverbend Neighbors United", "Riverbend Neighbors United", "exact", "complainant"),
    ("Kaskaskia Valley Crime Stoppers", "Kaskaskia Valley Crime Stoppers", "exact", "complainant"),
    ("Sauk Valley County Bar Association", "Sauk Valley Bar Association", "affiliation (place kind dropped)",
     "attorney"),
    ("Justice Reinvestment Collaborative of Illinois", "Justice Reinvestment Collaborative (Illinois)",
     "punctuation", "party"),
    ("Glenmoor Tool & Die Company", "Glenmoor Tool and Die Co.", "legal form abbreviated", "party"),
    # hard variants
    (LODGE_17, "Fraternal Order of Police, Lodge No. 17", "affiliation (lodge number written 'No.')", "lodge"),
    ("Lakemoor County Sheriff's Office", "LCSO", "affiliation (acronym not disclosed)", "witness"),
)


# ------------------------------------------------------------------ the docket

CASE_TYPES = (("complaint", 35), ("formal complaint", 35), ("certification review", 15), ("decertification", 15))
MEETINGS = (dt.date(2026, 8, 13), dt.date(2026, 9, 10), dt.date(2026, 10, 8), dt.date(2026, 11, 12),
            dt.date(2026, 12, 10), dt.date(2027, 1, 14), dt.date(2027, 2, 11))
MAX_FILLER = 6  # parties a case starts with; a planted party may replace one of them
ROLE_ORDER = {r: i for i, r in enumerate(("respondent", "complainant", "agency", "attorney", "witness", "victim",
                                          "other"))}


class _CaseDetails(TypedDict):
    """What every party of one case repeats (its case's columns in docket.csv)."""

    case_type: str | None
    stage: str | None
    meeting_date: dt.date | None


def _stranger(rng: random.Random, sex: str | None = None) -> str:
    """A person nobody on the Panel disclosed: surnames from the docket's half of the lists."""
    culture = rng.choice(CULTURE_NAMES)
    sex = sex or rng.choice("mf")
    males, females, surnames = CULTURES[culture]
    given = rng.choice(males if sex == "m" else females)
    surname = feminine(rng.choice(surnames[1::2]), culture, sex)
    if rng.random() < 0.06:
        surname += "-" + feminine(rng.choice(surnames[1::2]), culture, sex)
    middle = f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.12 else ""
    return f"{given}{middle} {surname}"


def _agency(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.72:
        return f"{rng.choice(DOCKET_TOWNS)} Police Department"
    if r < 0.92:
        return f"{rng.choice(DOCKET_COUNTIES)} County Sheriff's Office"
    return f"{rng.choice(DOCKET_TOWNS)} Park District Police"


class _DocketBuilder:
    """Draws the cases, each party checked against the Panel so that strangers stay strangers."""

    def __init__(self, seed: int, panel: _PanelBuilder, cases: int, screen: Callable[[Party], bool]):
        self.seed = seed
        self.panel = panel
        self.n = cases
        self.screen = screen  # True when the party raises a prompt for someone
        self.redraws = 0
        self.cases: dict[str, list[Party]] = {}
        self.expected: list[PlantedConflict] = []
        self.decoys: list[Decoy] = []
        self.planted: set[int] = set()  # ids of the parties put in on purpose (membership tests only)

    def case_id(self, k: int) -> str:
        return f"C-2026-{k:04d}"

    # -- strangers
    def clean(self, case_id: str, slot: str, make: Callable[[random.Random], Party]) -> Party:
        """The first draw of ``make`` that raises no prompt (its own random stream per attempt,
        so a redraw here leaves every other party unchanged)."""
        for attempt in range(50):
            party = make(random.Random(f"{self.seed}|{case_id}|{slot}|{attempt}"))
            if not self.screen(party):
                return party
            self.redraws += 1
        raise RuntimeError(f"no clean party for {case_id} {slot}")  # pragma: no cover

    def filler(self, k: int) -> list[Party]:
        cid = self.case_id(k)
        rng = random.Random(f"{self.seed}|{cid}")
        case_type = rng.choices([t for t, _ in CASE_TYPES], [w for _, w in CASE_TYPES])[0]
        meeting = rng.choice(MEETINGS) if rng.random() < 0.85 else None
        if meeting is None:
            stage = "complaint filed"
        elif meeting < AS_OF:
            stage = rng.choice(("review meeting", "Board action", "reconsideration"))
        else:
            stage = rng.choice(("complaint filed", "hearing", "review meeting"))
        common = _CaseDetails(case_type=case_type, stage=stage, meeting_date=meeting)

        def person(role: PartyRole, **kw) -> Callable[[random.Random], Party]:
            return lambda r: Party(cid, _stranger(r), role, Kind.PERSON, **kw, **common)

        parties = []
        agency = self.clean(cid, "agency", lambda r: Party(cid, _agency(r), PartyRole.AGENCY, Kind.ORGANIZATION,
                                                              **common))
        parties.append(agency)
        for n in range(1 + (rng.random() < 0.1)):
            def respondent(r: random.Random) -> Party:
                affiliations: tuple[str, ...] = (agency.name,)
                if r.random() < 0.4:
                    affiliations += (f"Fraternal Order of Police Lodge {r.choice(DOCKET_LODGES)}",)
                dob = _date(r, 1962, 2001) if r.random() < 0.85 else None
                return Party(cid, _stranger(r), PartyRole.RESPONDENT, Kind.PERSON, affiliations, dob, **common)
            parties.append(self.clean(cid, f"respondent{n}", respondent))
        r = rng.random()
        if case_type == "formal complaint" and r < 0.7:
            parties.append(Party(cid, THE_BOARD, PartyRole.COMPLAINANT, Kind.ORGANIZATION, **common))
        elif r < 0.85:
            parties.append(self.clean(cid, "complainant", person(PartyRole.COMPLAINANT,
                                                                 confidential=rng.random() < 0.2)))
        for n in range(rng.choice((0, 1, 1, 1, 2))):
            parties.append(self.clean(cid, f"attorney{n}", lambda r: Party(
                cid, _stranger(r), PartyRole.ATTORNEY, Kind.PERSON, (r.choice(DOCKET_FIRMS),), **common)))
        for n in range(rng.choice((0, 0, 1, 1, 2))):
            parties.append(self.clean(cid, f"witness{n}", person(PartyRole.WITNESS)))
        if rng.random() < 0.35:
            parties.append(self.clean(cid, "victim", person(PartyRole.VICTIM)))
        if rng.random() < 0.15:
            parties.append(self.clean(cid, "other", lambda r: Party(
                cid, _stranger(r), PartyRole.OTHER, Kind.PERSON,
                (f"Fraternal Order of Police Lodge {r.choice(DOCKET_LODGES)}",), **common)))
        return parties[:MAX_FILLER]

    # -- planting
    def common(self, cid: str) -> _CaseDetails:
        p = self.cases[cid][0]
        return _CaseDetails(case_type=p.case_type, stage=p.stage, meeting_date=p.meeting_date)

    def put(self, cid: str, party: Party, *, replace_role: PartyRole | None = None) -> None:
        parties = self.cases[cid]
        self.planted.add(id(party))
        if replace_role is not None:
            for j, p in enumerate(parties):
                if p.role is replace_role and id(p) not in self.planted:
                    parties[j] = party
                    return
        if len(parties) >= MAX_FILLER:  # make room: drop the last stranger who is neither respondent nor agency
            for j in range(len(parties) - 1, -1, -1):
                if parties[j].role not in (PartyRole.RESPONDENT, PartyRole.AGENCY) and id(parties[j]) not in self.planted:
                    del parties[j]
                    break
        parties.append(party)

    def expect(self, cid: str, mid: str, party: str, category: Category, variation: str, note: str) -> None:
        self.expected.append(PlantedConflict(cid, mid, party, category, variation, note))

    def agency_of(self, cid: str) -> Party:
        return next(p for p in self.cases[cid] if p.role is PartyRole.AGENCY)

    def plant_person(self, cid: str, tie: _Tie, written: str, variation: str, role: str, rng: random.Random) -> None:
        confidential = role.endswith("*")
        prole = PartyRole(role.rstrip("*"))
        affiliations: tuple[str, ...] = ()
        dob = None
        if prole is PartyRole.RESPONDENT:
            affiliations = (self.agency_of(cid).name,)
            dob = tie.known_dob or tie.dob
        elif prole is PartyRole.ATTORNEY:
            affiliations = (rng.choice(DOCKET_FIRMS),)
        elif tie.known_dob and rng.random() < 0.3:
            dob = tie.known_dob
        party = Party(cid, written, prole, Kind.PERSON, affiliations, dob, confidential, **self.common(cid))
        replace_role = prole if prole in (PartyRole.RESPONDENT, PartyRole.COMPLAINANT) else None
        self.put(cid, party, replace_role=replace_role)
        who = f"{tie.words} {tie.name}" + (f" (alias {', '.join(tie.aliases)})" if tie.aliases else "")
        if tie.via:
            who += f", disclosed through {tie.via}"
        self.expect(cid, tie.member_id, written, tie.category, variation,
                    f"{tie.member_id}'s {who} is a {'confidential ' if confidential else ''}{prole}")

    def plant_member(self, cid: str, mid: str, written: str, variation: str, role: PartyRole) -> None:
        member = next(m for m in self.panel.members if m.member_id == mid)
        self.put(cid, Party(cid, written, role, Kind.PERSON, (), None, False, **self.common(cid)),
                 replace_role=role if role is PartyRole.COMPLAINANT else None)
        self.expect(cid, mid, written, Category.OTHER, variation, f"the member {member.name} is a {role}")

    def plant_org(self, cid: str, org: str, written: str, variation: str, how: str, rng: random.Random) -> None:
        holders = self.panel.orgs[org]
        common = self.common(cid)
        named: list[tuple[Party, str]] = []
        if how == "agency":
            agency = Party(cid, written, PartyRole.AGENCY, Kind.ORGANIZATION, **common)
            self.put(cid, agency, replace_role=PartyRole.AGENCY)
            named.append((agency, variation))
            for j, p in enumerate(self.cases[cid]):
                if p.role is PartyRole.RESPONDENT:
                    self.cases[cid][j] = replace(p, affiliations=(written,) + p.affiliations[1:])
                    named.append((self.cases[cid][j], f"affiliation ({variation})"))
        elif how == "lodge":
            for j, p in enumerate(self.cases[cid]):
                if p.role is PartyRole.RESPONDENT:
                    self.cases[cid][j] = replace(p, affiliations=p.affiliations[:1] + (written,))
                    named.append((self.cases[cid][j], variation))
                    break
        elif how in ("party", "complainant"):
            role = PartyRole.COMPLAINANT if how == "complainant" else PartyRole.OTHER
            party = Party(cid, written, role, Kind.ORGANIZATION, **common)
            self.put(cid, party, replace_role=PartyRole.COMPLAINANT if how == "complainant" else None)
            named.append((party, variation))
        else:  # a person affiliated with the organization: witness, attorney, other
            role = PartyRole(how)
            # the person is a stranger; only the affiliation ties them to the member
            party = self.clean(cid, f"planted-{how}", lambda r: Party(cid, _stranger(r), role, Kind.PERSON, **common))
            party = replace(party, affiliations=(written,))
            self.put(cid, party)
            named.append((party, variation))
        for party, var in named:
            for mid, category in holders:
                self.expect(cid, mid, party.name, category, var,
                            f"{party.role} {'affiliated with' if party.kind is Kind.PERSON else 'is'} "
                            f"{written!r} = {mid}'s {category.words.replace('employment', 'employer')} {org}")

    # -- decoys
    def decoy(self, cid: str, name: str, role: PartyRole, kind: Kind, tie: _Tie | None, resembles: str,
              why: str, dob: dt.date | None = None) -> None:
        common = self.common(cid)
        party = Party(cid, name, role, kind, (), dob, False, **common)
        if role is PartyRole.AGENCY:
            self.put(cid, party, replace_role=PartyRole.AGENCY)
            for j, p in enumerate(self.cases[cid]):
                if p.role is PartyRole.RESPONDENT:
                    self.cases[cid][j] = replace(p, affiliations=(name,) + p.affiliations[1:])
        elif role is PartyRole.RESPONDENT:  # an officer of a stranger agency
            party = replace(party, affiliations=(self.agency_of(cid).name,))
            self.put(cid, party, replace_role=PartyRole.RESPONDENT)
        else:
            self.put(cid, party)
        holders = [tie.member_id] if tie is not None else [mid for mid, _ in self.panel.orgs[resembles]]
        for mid in dict.fromkeys(holders):
            self.decoys.append(Decoy(cid, name, mid, resembles, why))


def _tie_filter(t: _Tie, which: str) -> bool:
    return {
        "any": True,
        "via": t.via is not None,
        "direct": t.via is None,
        "cousin": t.relation is Relation.COUSIN,
        "two-step": t.words == "spouse's sibling's child",
        "domestic_partner": t.relation is Relation.DOMESTIC_PARTNER,
        "former_spouse": t.relation is Relation.FORMER_SPOUSE,
        "other": t.relation is Relation.OTHER,
        "friend's spouse": t.words == "friend's spouse",
        "coworker": t.relation is Relation.COWORKER,
        "employee": t.relation is Relation.EMPLOYEE,
    }[which]


def _plan_persons(rng: random.Random, ties: list[_Tie], used: set[int]) -> list[tuple[_Tie, str, str, str]]:
    """Pick a tie for each person plant: (tie, written name, variation, role), spread over members."""
    per_member: dict[str, int] = {}
    plans = []
    for category, variants, role, which in PERSON_PLANTS:
        for variation in variants:
            fits = [t for t in ties if t.kind is Kind.PERSON and id(t) not in used
                    and (category == "*" or t.category == Category(category)) and _tie_filter(t, which)
                    and PERSON_VARIANTS[variation](t, ties) is not None]
            if variation.startswith(("Korean", "diminutive")):  # any relative or friend will do
                fits = [t for t in ties if t.kind is Kind.PERSON and id(t) not in used and t.category.is_kin
                        or t.category is Category.FRIEND] if not fits else fits
                fits = [t for t in fits if id(t) not in used and PERSON_VARIANTS[variation](t, ties) is not None]
            if fits:
                low = min(per_member.get(t.member_id, 0) for t in fits)
                tie = rng.choice([t for t in fits if per_member.get(t.member_id, 0) == low])
                used.add(id(tie))
                per_member[tie.member_id] = per_member.get(tie.member_id, 0) + 1
                written = PERSON_VARIANTS[variation](tie, ties)
                assert written is not None  # fits holds only ties this variation can write
                plans.append((tie, written, variation, role))
                break
    return plans


def _plan_decoys(rng: random.Random, pb: _PanelBuilder, used: set[int]) -> list[tuple]:
    """(name, role, kind, tie or None, resembles, why, dob) for each decoy."""
    ties = pb.ties
    people = [t for t in ties if t.kind is Kind.PERSON and id(t) not in used]
    out: list[tuple] = []

    def take(t: _Tie) -> None:
        used.add(id(t))

    dated = [(t, dob) for t in people if (dob := t.known_dob) and not t.suffix and t.category.is_kin]
    for t, dob in rng.sample(dated, 6):
        take(t)
        out.append((t.name, rng.choice((PartyRole.WITNESS, PartyRole.RESPONDENT, PartyRole.VICTIM)), Kind.PERSON, t,
                    t.name, "namesake with a different date of birth (both given)", _other_dob(rng, dob)))
    seen_surnames: set[str] = set()
    for t in people:
        near = NEAR_SURNAMES.get(t.surname)
        if near and id(t) not in used and t.surname not in seen_surnames and len(seen_surnames) < 5:
            seen_surnames.add(t.surname)
            take(t)
            out.append((f"{t.given} {near}", PartyRole.WITNESS, Kind.PERSON, t, t.name,
                        f"{t.surname} vs {near}: a similar surname of another family", None))
    for t, dob in [(t, dob) for t in people if t.relation is Relation.FRIEND and t.suffix
                   and (dob := t.known_dob)][:2]:
        take(t)
        out.append((f"{t.given} {t.surname} Sr.", PartyRole.WITNESS, Kind.PERSON, t, t.name,
                    "father and son (Jr./Sr.) with different DOB", dt.date(dob.year - 26, dob.month, 1)))
    for t, dob in [(t, dob) for t in people if t.relation is Relation.FRIEND and not t.suffix
                   and (dob := t.known_dob) and id(t) not in used][:2]:
        take(t)
        out.append((f"{t.name} Jr.", PartyRole.RESPONDENT, Kind.PERSON, t, t.name,
                    "father and son (Jr./Sr.) with different DOB: the friend's son",
                    dt.date(dob.year + 27, (dob.month % 12) + 1, 15)))
    family = [t for t in people if t.category.is_kin and id(t) not in used and t.culture]
    count = 0
    for t in rng.sample(family, len(family)):
        if count == 4:
            break
        kin_givens = [_key(o.given) for o in ties if o.member_id == t.member_id and o.kind is Kind.PERSON
                      and _key(o.surname) == _key(t.surname)] + [_key(pb.member_info[t.member_id][0])]
        pool = CULTURES[t.culture][0 if t.sex == "m" else 1]
        options = [g for g in pool if all(_distance(_key(g), k) >= 3 and not _key(g).startswith(k[:3])
                                          for k in kin_givens)
                   and g not in NICKNAMES and _key(f"{g} {t.surname}") not in pb.taken]
        if options:
            count += 1
            take(t)
            out.append((f"{rng.choice(options)} {t.surname}", PartyRole.WITNESS, Kind.PERSON, t, t.name,
                        "different given name, same surname", None))
    for t in [t for t in people if t.given in GENDER_PAIRS and id(t) not in used
              and _key(f"{GENDER_PAIRS[t.given]} {t.surname}") not in pb.taken][:2]:
        take(t)
        out.append((f"{GENDER_PAIRS[t.given]} {t.surname}", PartyRole.WITNESS, Kind.PERSON, t, t.name,
                    f"related given name ({t.given} / {GENDER_PAIRS[t.given]}): another person", None))
    for name, role, resembles, why in (
        ("Oak Ridge Fire Department", PartyRole.OTHER, "Oak Ridge Police Department",
         "organization with similar but different name (fire, not police)"),
        ("Oak Ridge Park District Police", PartyRole.AGENCY, "Oak Ridge Police Department",
         "organization with similar but different name (park district police)"),
        ("Fraternal Order of Police Lodge 71", PartyRole.OTHER, LODGE_17, "another lodge: 71, not 17"),
        ("North Maple Heights Police Department", PartyRole.AGENCY, "Maple Heights Police Department",
         "a neighbouring town's police department"),
        ("Prairie State Fire Chiefs Association", PartyRole.OTHER, CHIEFS, "fire chiefs, not police chiefs"),
        ("Black Officers Coalition of Indiana", PartyRole.OTHER, BLACK, "the same name in another state"),
        ("Kaskaskia County Public Defender's Office", PartyRole.OTHER, "Kaskaskia County State's Attorney's Office",
         "the same county, another office"),
    ):
        out.append((name, role, Kind.ORGANIZATION, None, resembles, why, None))
    return out


def generate(seed: int = SEED, *, as_of: dt.date = AS_OF, cases: int = 400) -> DemoData:
    """The demo Panel, its disclosures and a docket of ``cases`` cases, the same for the same seed."""
    from coi.graph import build_graph
    from coi.policy import load_policy
    from coi.screen import Screener

    rng = random.Random(seed)
    pb = _PanelBuilder(rng, as_of)
    pb.build()
    members = tuple(pb.members)
    disclosures = tuple(t.disclosure() for t in pb.ties)
    policy = load_policy()
    screener = Screener.build(build_graph(Panel(members, disclosures), policy, as_of=as_of), policy)
    db = _DocketBuilder(seed, pb, cases, lambda party: bool(screener.screen_party(party)))

    used: set[int] = set()
    person_plans = _plan_persons(rng, pb.ties, used)
    decoy_plans = _plan_decoys(rng, pb, used)
    member_plans = (("M09", "title", PartyRole.WITNESS), ("M02", '"Last, First"', PartyRole.COMPLAINANT))
    needed = len(person_plans) + len(ORG_PLANTS) + len(member_plans) + len(decoy_plans)
    if cases < needed:
        raise ValueError(f"the demo plants {needed} cases; ask for at least that many")
    for k in range(1, cases + 1):
        db.cases[db.case_id(k)] = db.filler(k)
    slots = iter(db.case_id(k) for k in rng.sample(range(1, cases + 1), needed))

    for tie, written, variation, role in person_plans:
        db.plant_person(next(slots), tie, written, variation, role, rng)
    for org, written, variation, how in ORG_PLANTS:
        db.plant_org(next(slots), org, written, variation, how, rng)
    for mid, variation, role in member_plans:
        given, surname, _, _ = pb.member_info[mid]
        written = f"Chief {given} {surname}" if variation == "title" else f"{surname}, {given}"
        db.plant_member(next(slots), mid, written, variation, role)
    for name, role, kind, tie, resembles, why, dob in decoy_plans:
        db.decoy(next(slots), name, role, kind, tie, resembles, why, dob)

    parties = tuple(p for cid in db.cases for p in sorted(db.cases[cid], key=lambda p: ROLE_ORDER[p.role]))
    expected = tuple(sorted(db.expected, key=lambda e: (e.case_id, e.member_id, e.party_name, e.category)))
    decoys = tuple(sorted(db.decoys, key=lambda d: (d.case_id, d.resembles_member_id, d.party_name)))
    return DemoData(members, disclosures, parties, expected, decoys, as_of, db.redraws)


# ------------------------------------------------------------------ files

def render_csv(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """One UTF-8 CSV file, ``\\n`` line endings, every value as CONTRACT.md writes it."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    for row in rows:
        w.writerow([cell_text(v) for v in row])
    return out.getvalue().encode("utf-8")


def render(data: DemoData) -> dict[str, bytes]:
    """The demo files by name: members, disclosures, docket, agenda, expected conflicts and decoys."""
    return {
        "members.csv": render_csv(MEMBER_COLUMNS, [
            (m.member_id, m.name, m.appointed_by, m.seat, m.term_start, m.term_end, m.date_of_birth)
            for m in data.members]),
        "disclosures.csv": render_csv(DISCLOSURE_COLUMNS, [
            (d.member_id, d.relation, d.name, d.kind, d.via, d.aliases, d.date_of_birth, d.since, d.until, d.role,
             d.notes) for d in data.disclosures]),
        "docket.csv": render_csv(DOCKET_COLUMNS, [
            (p.case_id, p.name, p.role, p.kind, p.affiliations, p.date_of_birth, p.confidential, p.case_type,
             p.stage, p.meeting_date) for p in data.parties]),
        "expected_conflicts.csv": render_csv(EXPECTED_COLUMNS, [
            (e.case_id, e.member_id, e.party_name, e.category, e.variation, e.note) for e in data.expected]),
        "decoys.csv": render_csv(DECOY_COLUMNS, [
            (d.case_id, d.party_name, d.resembles_member_id, d.resembles_name, d.why) for d in data.decoys]),
        "agenda.csv": render_csv(AGENDA_COLUMNS, agenda_rows(data)),
        "votes.csv": render_csv(VOTES_COLUMNS, votes_rows(data)),
    }


AGENDA_COLUMNS = ("meeting_id", "meeting_date", "item", "case_id")


VOTES_COLUMNS = ("meeting_id", "item", "member_id", "vote")
# Past meetings' votes plant this many members who voted on an item where they had a
# statutory conflict (and never answered their prompt): what `coi audit` must find.
EXPOSED_VOTERS = 3


def votes_rows(data: DemoData) -> list[tuple]:
    """Who voted on each item of the meetings held before the demo's date: every member,
    except those with a planted statutory conflict on the item's case (they stayed out) —
    but for the first few of those, who voted anyway."""
    from coi.policy import load_policy

    policy = load_policy()
    conflicted: dict[str, list[str]] = {}
    for e in data.expected:
        if policy.rule(e.category).tier.value == "statutory":
            conflicted.setdefault(e.case_id, []).append(e.member_id)
    out, exposed = [], 0
    for meeting_id, date, item, case_id in agenda_rows(data):
        if date >= data.as_of:
            continue
        for m in data.members:
            stays_out = m.member_id in conflicted.get(case_id, [])
            if stays_out and exposed < EXPOSED_VOTERS:
                exposed, stays_out = exposed + 1, False
            if not stays_out:
                out.append((meeting_id, item, m.member_id, "yes" if (item + int(m.member_id[1:])) % 5 else "no"))
    return out


def agenda_rows(data: DemoData) -> list[tuple]:
    """One meeting per meeting date of the docket (its id the date), its items the cases
    set down for it, in case order."""
    cases: dict[dt.date, list[str]] = {}
    for p in data.parties:
        if p.meeting_date is not None and p.case_id not in cases.setdefault(p.meeting_date, []):
            cases[p.meeting_date].append(p.case_id)
    return [(date.isoformat(), date, n, case_id)
            for date in sorted(cases) for n, case_id in enumerate(sorted(cases[date]), start=1)]


def write(data: DemoData, folder: Path) -> list[Path]:
    """Write the demo files into ``folder`` (created if need be); return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in render(data).items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coi_demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEMO_FOLDER,
                        help="folder to write (default: the package's files/)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default: {SEED})")
    parser.add_argument("--cases", type=int, default=400, help="number of cases (default: 400)")
    args = parser.parse_args(argv)
    data = generate(args.seed, cases=args.cases)
    for path in write(data, args.out):
        print(path, file=sys.stderr)
    print(f"{len(data.members)} members, {len(data.disclosures)} disclosures, {len(data.parties)} parties in "
          f"{len({p.case_id for p in data.parties})} cases, {len(data.expected)} planted conflicts, "
          f"{len(data.decoys)} decoys", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
