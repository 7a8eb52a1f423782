"""Dates of birth as graded evidence: how alike two dates are, and what that says.

Equal is strong evidence for one person; a data-entry slip (one wrong digit, two digits
typed the wrong way round, day and month swapped, the year off by one) is weaker evidence
for; a date that differs otherwise says another person (a namesake); a date on one side only
says nothing. Each grade is a *level* of the evidence model (coi.names.evidence), its weight
trained by bench/train_persons.py and kept in coi/data/weights_person.json.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coi.model import Feature
from coi.names.evidence import level_weight

if TYPE_CHECKING:
    import numpy as np

#: The levels, from the strongest for to the strongest against ("missing" is neutral).
LEVELS = ("exact", "day/month swapped", "two digits transposed", "one digit", "year off by one",
          "one day apart", "two digits", "same year and month", "different", "missing")

_WORDS = {
    "exact": "same date of birth",
    "day/month swapped": "dates of birth equal but for day and month swapped",
    "two digits transposed": "dates of birth equal but for two digits typed the wrong way round",
    "one digit": "dates of birth one digit apart",
    "year off by one": "years of birth one apart, same day",
    "one day apart": "dates of birth one day apart, across a month's or a year's end",
    "two digits": "dates of birth two digits apart",
    "same year and month": "born in the same month, another day",
    "different": "different dates of birth",
    "missing": "",
}


#: The most years two dates two digits apart may be for the two to be read as a slip: a slip
#: in the year's last digit and another in the month or the day, or two in the year within a
#: decade. Two digits of the year, decades apart (1936 / 1999), are two people's dates, not one
#: date mistyped twice (helper-137's review: Mabel Kincaid / Kincaid Mable born 63 years apart
#: was "two digits", 3.96 bits against where another date is 30).
TWO_DIGITS_YEARS = 10


def _digits(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def _transposed(a: str, b: str) -> bool:
    """1979-11-21 / 1979-11-12: two neighbouring digits typed the wrong way round."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


#: The latest date of birth read as a placeholder: a date on it or before it is a system's
#: placeholder for none (1900-01-01, Excel's 1899-12-30, SQL Server's 1753-01-01, .NET's
#: 0001-01-01), never a living party's, and is compared as missing — two records that share
#: a placeholder share no birthday (helper-130's attack: John A. / John B. Smith on
#: 1900-01-01 met at 98.3). The rest of 1900 is kept: a list may hold the long dead, and
#: Febrl's dates run from 1900.
PLACEHOLDER_UNTIL = dt.date(1900, 1, 1)


def placeholder(date_of_birth: dt.date) -> bool:
    """Whether a date of birth is a placeholder for none (:data:`PLACEHOLDER_UNTIL`): compared
    as missing, and filed under no date by the blocking (coi.names.index)."""
    return date_of_birth <= PLACEHOLDER_UNTIL


def dob_level(a: dt.date | None, b: dt.date | None) -> str:
    """The level two dates of birth land on (one of :data:`LEVELS`); a :func:`placeholder`
    is missing."""
    if a is None or b is None or placeholder(a) or placeholder(b):
        return "missing"
    if a == b:
        return "exact"
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return "day/month swapped"
    sa, sb = _digits(a), _digits(b)
    if _transposed(sa, sb):
        return "two digits transposed"
    differing = sum(x != y for x, y in zip(sa, sb))
    if differing == 1:
        return "one digit"
    if (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1:
        return "year off by one"
    if abs((a - b).days) == 1:
        # a day's shift across a month's or a year's end (1985-03-01 / 1985-02-28): a date
        # stored at midnight and read in another time zone, or a birth near midnight, is
        # more than one digit off (helper-144's review: "different", 30 bits against)
        return "one day apart"
    if differing == 2 and abs(a.year - b.year) <= TWO_DIGITS_YEARS:
        return "two digits"
    if (a.year, a.month) == (b.year, b.month):
        return "same year and month"
    return "different"


def dob_feature(a: dt.date | None, b: dt.date | None, birthdays: "Birthdays | None" = None) -> Feature:
    """The date-of-birth feature of a pair: its level and weight in bits (0 when either is
    missing), with the two dates and the words for it. ``a`` is the party's, ``b`` the
    disclosed one. ``birthdays``: how often the data screened gives each birthday; a party's
    date on a birthday many records give is its birth's only as often as its day and month
    are not given by assignment (:meth:`Birthdays.real_share`); otherwise its year is still
    the record's (:func:`year_level`), and says what a year says (:func:`mixed_bits`)."""
    level = dob_level(a, b)
    weight = 0.0 if level == "missing" else level_weight("person", "dob", level)
    words = _WORDS[level]
    if birthdays is not None and weight != 0 and a is not None and b is not None:
        real = birthdays.real_share(_number(a))
        if real < 1.0:
            year = year_level(a, b)
            weight = mixed_bits(weight, real, level_weight("person", "birth year", year),
                                birthdays.sureness(_number(a)))
            words = f"{words} ({HEAPED_WORDS}; {YEAR_WORDS[year]})"
    return Feature("dob", level, weight, a.isoformat() if a else "", b.isoformat() if b else "", words)


def mixed_bits(weight: float, real: float, year_bits: float = 0.0, sure: float = 1.0) -> float:
    """A level's weight when the party's date is its birth's with probability ``real`` and
    otherwise only its year is (the day and month given by assignment, :meth:`Birthdays.
    real_share`): log2(real · 2^weight + (1 − real) · 2^year_bits), ``year_bits`` the weight
    of the two years alone (the "birth year" levels). It takes from the same date about
    log2(1 / real) of what the day and month add to the year (Splink's term-frequency
    adjustment of a value ``1 / real`` times as common as most); another date of the same
    year weighs as that year, and another date years apart stays as strongly against as
    another date (helper-134's review: the year of an assigned first of January was thrown
    away, and a namesake born 41 years after a member's sister prompted at 93.8). ``sure``: how
    sure the count is that the day is given by assignment at all (:meth:`Birthdays.sureness`);
    the weight goes in bits from the level's own (0) to the mixture's (1), so that one more
    record on a day where a heap begins moves it a little: the mixture alone takes a date of
    another day from 30 bits against to the year's weight at the first sign of a heap
    (helper-136's review)."""
    mixed = math.log2(real * 2.0 ** weight + (1.0 - real) * 2.0 ** year_bits)
    return (1.0 - sure) * weight + sure * mixed


def mixed_bits_many(weights: "np.ndarray", real: "np.ndarray", year_bits: "np.ndarray",
                    sure: "np.ndarray") -> "np.ndarray":
    """:func:`mixed_bits` of many levels' weights at once (screening's batched sum)."""
    import numpy as np

    mixed: np.ndarray = (1.0 - sure) * weights + sure * np.log2(real * np.exp2(weights)
                                                                + (1.0 - real) * np.exp2(year_bits))
    return mixed


# ------------------------------------------------------------------ the years alone

#: The levels of two years of birth read alone, where a date's day and month may be given
#: by assignment (:func:`mixed_bits`): equal, a slip (one year apart, or one digit or two
#: digits the wrong way round within :data:`YEAR_SLIP_SPAN` years), or another year. Weighed in coi/data/weights_person.json
#: ("birth year", bench/train_persons.py).
YEAR_LEVELS = ("same year", "year slip", "other year")
YEAR_WORDS = {"same year": "born in the same year", "year slip": "years of birth a slip apart",
              "other year": "born years apart"}


#: The most years apart a slip of the year's digits may put two years and still be read as a
#: slip of the year alone (:func:`year_level`): 1958 / 1998 differ in one digit and 40 years, and
#: read as a slip they let a namesake born 40 years after a member's relative prompt on a heaped
#: first of January (helper-136's review).
YEAR_SLIP_SPAN = 9


def year_level(a: dt.date, b: dt.date) -> str:
    """The level of :data:`YEAR_LEVELS` the two dates' years land on: a slip is one year apart,
    or one digit or two neighbouring digits the wrong way round within :data:`YEAR_SLIP_SPAN`
    years (1985 / 1988, 1989 / 1998); years further apart are other years."""
    if a.year == b.year:
        return "same year"
    sa, sb = f"{a.year:04d}", f"{b.year:04d}"
    if abs(a.year - b.year) == 1 or abs(a.year - b.year) <= YEAR_SLIP_SPAN and (
            sum(x != y for x, y in zip(sa, sb)) == 1 or _transposed(sa, sb)):
        return "year slip"
    return "other year"


def year_levels(a: "np.ndarray", b: "np.ndarray") -> "np.ndarray":
    """:func:`year_level` of many pairs at once (YYYYMMDD numbers, :func:`dob_numbers`): the
    index in :data:`YEAR_LEVELS` of each pair's level (a missing date's is meaningless)."""
    import numpy as np

    a, b = np.broadcast_arrays(np.asarray(a, dtype=np.int64) // 10000, np.asarray(b, dtype=np.int64) // 10000)
    powers = 10 ** np.arange(3, -1, -1, dtype=np.int64)
    da, db = (a[..., None] // powers) % 10, (b[..., None] // powers) % 10
    ne = da != db
    transposed = ne.sum(axis=-1) == 2
    swapped = np.zeros(a.shape, dtype=bool)
    for k in range(3):
        swapped |= ne[..., k] & ne[..., k + 1] & (da[..., k] == db[..., k + 1]) & (da[..., k + 1] == db[..., k])
    slip = (np.abs(a - b) == 1) | ((np.abs(a - b) <= YEAR_SLIP_SPAN) & ((ne.sum(axis=-1) == 1) | (transposed & swapped)))
    out: np.ndarray = np.where(a == b, 0, np.where(slip, 1, 2)).astype(np.int8)
    return out


def year_level_weights() -> "np.ndarray":
    """The bits of each level of :data:`YEAR_LEVELS`, in that order."""
    import numpy as np

    return np.array([level_weight("person", "birth year", level) for level in YEAR_LEVELS])


# ------------------------------------------------------------------ birthdays many records share

#: What a date-of-birth feature's words add on a birthday many records give (coi.names.reasons).
HEAPED_WORDS = "a birthday many records give, its day perhaps assigned"


def heaped(feature: Feature) -> bool:
    """Whether a date-of-birth feature was weighed as a party's date on a birthday many
    records give (:func:`dob_feature`), as its words say."""
    return f"({HEAPED_WORDS}" in feature.words


def heaped_words(feature: Feature) -> str:
    """What a heaped date-of-birth feature's words add: "(a birthday many records give, its day
    perhaps assigned; born years apart)"; "" for any other feature."""
    at = feature.words.find(f"({HEAPED_WORDS}")
    return feature.words[at:] if at >= 0 else ""


#: Records a birthday's count is smoothed with (:meth:`Birthdays.heaped_bits`): as if that
#: many more records gave it at its even share, so that a few records on one day of a small
#: docket say nothing.
HEAP_SMOOTHING = 20.0
#: How many times its even share a birthday must be given, smoothed, before it is weighed
#: down: under it, what chance and a few people's repeated records give. The most given
#: birthday of Febrl 3 (4,810 dates, its duplicates among them: 35 on one day against 13
#: even), of Febrl 4 and of the generated persons' sets is 1.4-1.6 times its share; a docket
#: of 1,000 dated parties must give the first of January 27 times (ten times its share),
#: one of 10,000 76 times, before it says less.
HEAP_FROM = 2.0
#: How many times its even share a birthday must be given, smoothed, for the count to be sure
#: it is given by assignment (:meth:`Birthdays.sureness`): twice where the heap begins. A
#: docket of 1,000 dated parties reaches it at 72 on the first of January, one of 10,000 at 171.
HEAP_SURE = 4.0
#: The share of birthdays that fall on each day of the year, on the Gregorian calendar's
#: average year; the 29th of February a quarter of another day's.
_DAYS_PER_YEAR = 365.2425


def _day_share(month_day: int) -> float:
    return (0.25 if month_day == 229 else 1.0) / _DAYS_PER_YEAR


@dataclass(frozen=True, slots=True)
class Birthdays:
    """How often the data screened gives each birthday (month and day): what tells a birthday
    records give by assignment — the first of January given to whoever's is unknown, a
    system's default date — from one two people share by birth, as the share of a surname
    tells a common name from a rare one (issue 13's term-frequency adjustment, which Splink
    makes on any column). Counted by :meth:`of`; a placeholder (:func:`placeholder`) is no
    date and is not counted. Whole dates are not counted: a person's records repeat their
    date (Febrl's duplicates, a docket's party in several cases under several spellings),
    which a whole date's count cannot tell from a default, and a birthday's can, over the
    many people born on it."""

    total: int = 0
    by_day: Mapping[int, int] = field(default_factory=dict)  # MMDD → records

    @classmethod
    def of(cls, dates: Iterable[dt.date | None]) -> "Birthdays":
        """The counts of ``dates``, one per record given (``coi screen`` gives each shown
        person's once; ``coi match`` each record's)."""
        return cls.counted(Counter(dates).items())

    @classmethod
    def counted(cls, counts: Iterable[tuple[dt.date | None, int]]) -> "Birthdays":
        """The counts of (date, how many records give it) pairs."""
        by_day: Counter[int] = Counter()
        for d, n in counts:
            if d is not None and not placeholder(d):
                by_day[d.month * 100 + d.day] += n
        return cls(sum(by_day.values()), dict(by_day))

    def times_its_share(self, number: int) -> float:
        """How many times its even share (:func:`_day_share`) the records give the birthday of
        ``number`` (YYYYMMDD). The count leaves out one record, the party's own (where the party
        was never counted, a confidential one's, it leaves out another's: the date then weighs a
        little more, never less), and is smoothed with :data:`HEAP_SMOOTHING` records at the
        even share; 1 where no other record is counted."""
        others = self.total - 1
        if others <= 0:
            return 1.0
        day = number % 10000
        expected = others * _day_share(day)
        return (self.by_day.get(day, 0) - 1 + HEAP_SMOOTHING) / (expected + HEAP_SMOOTHING)

    def heaped_bits(self, number: int) -> float:
        """log2 of :meth:`times_its_share`, or 0 when that is under :data:`HEAP_FROM`: what
        chance and a few people's repeated records give."""
        ratio = self.times_its_share(number)
        return math.log2(ratio) if ratio >= HEAP_FROM else 0.0

    def real_share(self, number: int) -> float:
        """The share of the records giving the birthday of ``number`` that give it as their
        birth's, not by assignment: 1 up to :data:`HEAP_FROM` times its even share (``k``,
        :meth:`times_its_share`), and above it the births' share read into the day over ``k``,
        that share falling from ``HEAP_FROM`` toward 1 as the heap grows: (1 + (H − 1) · H / k)
        / k. So it is continuous where the heap begins (one more record on the day takes a
        little, never half, of what the date says: helper-134's review, when it fell from 1 to
        1/2 at ``HEAP_FROM``) and near 1 / ``k`` on a day many records give: as in Splink's
        term-frequency adjustment, two records meet on a value given ``k`` times its even
        share about ``k`` times as often by chance, so a match on it says about log2(``k``) less."""
        return _real_share(self.times_its_share(number))

    def sureness(self, number: int) -> float:
        """How sure the count is that the birthday of ``number`` is given by assignment at all:
        0 up to :data:`HEAP_FROM` times its even share (:meth:`times_its_share`), rising evenly
        to 1 at :data:`HEAP_SURE` times (:func:`mixed_bits` goes from a level's own weight to the
        mixture's over that span)."""
        return _sureness(self.times_its_share(number))

    def readings(self, numbers: "np.ndarray") -> tuple["np.ndarray", "np.ndarray"]:
        """:meth:`real_share` and :meth:`sureness` of many dates at once (YYYYMMDD numbers,
        :func:`dob_numbers`; 1 and 0 for ``NO_DATE``), each distinct date's count read once."""
        import numpy as np

        values, where = np.unique(numbers, return_inverse=True)
        ratios = np.fromiter((self.times_its_share(int(v)) if v != NO_DATE else 1.0 for v in values),
                             dtype=np.float64, count=len(values))
        real = np.fromiter(map(_real_share, ratios), dtype=np.float64, count=len(values))
        sure = np.fromiter(map(_sureness, ratios), dtype=np.float64, count=len(values))
        where = where.reshape(-1)
        return real[where], sure[where]


def _real_share(ratio: float) -> float:
    """:meth:`Birthdays.real_share` of a birthday given ``ratio`` times its even share."""
    if ratio <= HEAP_FROM:
        return 1.0
    return min(1.0, (1.0 + (HEAP_FROM - 1.0) * HEAP_FROM / ratio) / ratio)


def _sureness(ratio: float) -> float:
    """:meth:`Birthdays.sureness` of a birthday given ``ratio`` times its even share."""
    return min(1.0, max(0.0, (ratio - HEAP_FROM) / (HEAP_SURE - HEAP_FROM)))


# ------------------------------------------------------------------ many pairs at once (screening)

#: A missing date of birth in :func:`dob_numbers`' arrays.
NO_DATE = 0


def dob_numbers(dates: Iterable[dt.date | None]) -> "np.ndarray":
    """Dates of birth as the numbers YYYYMMDD (int64), ``NO_DATE`` for a missing one (or a
    placeholder: :data:`PLACEHOLDER_UNTIL`): the form :func:`dob_levels` compares many of at once."""
    import numpy as np

    return np.fromiter((_number(d) if d is not None and not placeholder(d) else NO_DATE for d in dates),
                       dtype=np.int64)


def _number(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def dob_levels(a: "np.ndarray", b: "np.ndarray") -> "np.ndarray":
    """:func:`dob_level` of many pairs at once (NumPy, broadcasting ``a`` against ``b``, each
    YYYYMMDD numbers from :func:`dob_numbers`): the index in :data:`LEVELS` of each pair's
    level. Screening compares every party's date with every blocked disclosed one this way."""
    import numpy as np

    a, b = np.broadcast_arrays(np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64))
    powers = 10 ** np.arange(7, -1, -1, dtype=np.int64)  # the eight digits, most significant first
    da = (a[..., None] // powers) % 10
    db = (b[..., None] // powers) % 10
    ne = da != db
    differing = ne.sum(axis=-1)
    transposed = np.zeros(a.shape, dtype=bool)
    for k in range(7):
        transposed |= ne[..., k] & ne[..., k + 1] & (da[..., k] == db[..., k + 1]) & (da[..., k + 1] == db[..., k])
    transposed &= differing == 2
    ya, ma, dda = a // 10000, a // 100 % 100, a % 100
    yb, mb, ddb = b // 10000, b // 100 % 100, b % 100
    one_day = np.abs(_days(ya, ma, dda) - _days(yb, mb, ddb)) == 1
    conditions = [
        (a == NO_DATE) | (b == NO_DATE),
        a == b,
        (ya == yb) & (ma == ddb) & (dda == mb),
        transposed,
        differing == 1,
        (ma == mb) & (dda == ddb) & (np.abs(ya - yb) == 1),
        one_day,
        (differing == 2) & (np.abs(ya - yb) <= TWO_DIGITS_YEARS),
        (ya == yb) & (ma == mb),
    ]
    choices = [LEVELS.index(level) for level in ("missing", "exact", "day/month swapped", "two digits transposed",
                                                 "one digit", "year off by one", "one day apart", "two digits",
                                                 "same year and month")]
    return np.select(conditions, choices, default=LEVELS.index("different")).astype(np.int8)


def _days(year: "np.ndarray", month: "np.ndarray", day: "np.ndarray") -> "np.ndarray":
    """Days since 1970-01-01 of each (year, month, day) (NumPy's calendar; 0 for no date)."""
    import numpy as np

    months = ((year - 1970) * 12 + np.maximum(month, 1) - 1).astype("datetime64[M]")
    days: np.ndarray = (months.astype("datetime64[D]") - np.datetime64("1970-01-01", "D")).astype(np.int64)
    out: np.ndarray = days + np.maximum(day, 1) - 1
    return out


def dob_level_weights() -> "np.ndarray":
    """The bits of each level of :data:`LEVELS`, in that order (0 for "missing"): what
    :func:`dob_feature` gives each, as an array to index with :func:`dob_levels`."""
    import numpy as np

    return np.array([0.0 if level == "missing" else level_weight("person", "dob", level) for level in LEVELS])
