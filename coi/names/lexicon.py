"""Known given names: a spelling that is none of them is read as a slip of one that is.

Two different known names one letter apart are two names (Jon/Joan, Paul/Paula); a
known name against a spelling no list knows (Zoe/Zeo, Charlie/Charli, John/Joh) is one
name written with a slip. The list is the ``nicknames`` library's names, the other
languages' forms in :data:`coi.names.person.COGNATES`, and the first names of Faker's
person providers (MIT licence) for the languages of Illinois's population, kept in
``coi/data/given_names.txt`` so the matcher does not change when Faker does.
Australian and New Zealand lists are left out on purpose: the outside evaluation sets
(Febrl) are Australian, and the list must not be fitted to them.

``python -m coi.names.lexicon`` writes the file again (it needs Faker installed).
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from anyascii import anyascii

#: Faker locales whose first names are read (the languages of the docket, not the test sets).
LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "es_MX", "es_ES", "pt_BR", "it_IT", "pl_PL", "de_DE", "fr_FR",
           "el_GR", "cs_CZ", "uk_UA", "ru_RU", "vi_VN")
_FILE = "given_names.txt"
_NAME = re.compile(r"[a-z]{2,}")


def _fold(name: str) -> str:
    return anyascii(name).lower().replace("-", "").replace("'", "").replace(" ", "")


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Every given name the matcher knows, folded to lower-case ASCII."""
    from nicknames import NickNamer

    from coi.names.person import COGNATES

    names = set(_sexes())
    nn = NickNamer()
    names |= set(nn._canonical_lookup) | set(nn._nickname_lookup)  # the library's own table
    names |= set(COGNATES) | set(COGNATES.values())
    return frozenset(n for n in names if _NAME.fullmatch(n))


def is_known_given_name(name: str) -> bool:
    return name in known_given_names()


@lru_cache(maxsize=1)
def _sexes() -> dict[str, str]:
    """The data file's names, each with ``m`` (only ever a man's name in the lists), ``f``
    (only ever a woman's) or ``u`` (both, or not said)."""
    out = {}
    for line in resources.files("coi").joinpath("data", _FILE).read_text("utf-8").splitlines():
        name, _, sex = line.partition("\t")
        if name:
            out[name] = sex or "u"
    return out


def opposite_sexes(a: str, b: str) -> bool:
    """True when one name is only ever a man's and the other only ever a woman's in every
    list read (Michael/Michelle, Stephen/Stephanie, Erin/Aaron): two people, however alike
    they look or sound. A name that is both (Andrea, Jordan, Sam) never counts."""
    sexes = _sexes()
    return {sexes.get(a, "u"), sexes.get(b, "u")} == {"m", "f"}


def faker_given_names() -> dict[str, str]:
    """The first names of Faker's person providers for :data:`LOCALES`, folded, each with
    the sex the lists give it: ``m``, ``f``, or ``u`` (both, or a list that does not say)."""
    seen: dict[str, set[str]] = {}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, sex in (("first_names_male", "m"), ("first_names_female", "f"), ("first_names", "u")):
            names = getattr(provider, attr, ()) or ()
            if attr == "first_names" and (getattr(provider, "first_names_male", None)
                                          or getattr(provider, "first_names_female", None)):
                continue  # the union of the two: says nothing more
            for n in names:
                folded = _fold(n)
                if _NAME.fullmatch(folded):
                    seen.setdefault(folded, set()).add(sex)
    return {n: (next(iter(s)) if len(s) == 1 else "u") for n, s in sorted(seen.items())}


def main() -> None:
    path = Path(__file__).resolve().parent.parent / "data" / _FILE
    path.parent.mkdir(exist_ok=True)
    names = faker_given_names()
    path.write_text("".join(f"{n}\t{s}\n" for n, s in names.items()), encoding="utf-8")
    print(f"wrote {len(names)} names to {path} ({sum(s == 'm' for s in names.values())} men's, "
          f"{sum(s == 'f' for s in names.values())} women's)")


if __name__ == "__main__":
    main()
