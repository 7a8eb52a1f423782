"""Comparing two names of one kind: the evidence, its weight and the score.

``compare_names`` is the one comparison every caller uses (the index after blocking,
``coi compare``, the benchmarks). For persons it is the sum of two separable parts:
:func:`name_evidence` (the name features: cacheable per distinct pair of names) and
:func:`coi.names.dates.dob_feature` (the date of birth), plus the prior; the score is
100 × the probability of that sum (coi.names.evidence). Nothing is capped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from coi.model import Feature, Kind, MatchEvidence
from coi.names import evidence
from coi.names.dates import Birthdays, dob_feature, heaped
from coi.names.frequency import NameFrequencies, us_frequencies
from coi.names.korean import surname_spellings, syllable_readings
from coi.names.normalize import fold_forms
from coi.names.org import org_match_evidence
from coi.names.org_corpus import OrgCorpus
from coi.names.person import (
    VIETNAMESE_SURNAMES,
    Level,
    LocalNames,
    PersonName,
    one_name_forms,
    person_forms,
    person_levels,
    persons_named,
    readings,
)

if TYPE_CHECKING:
    from coi.names.index import Corpus


# ------------------------------------------------------------------ persons

_PERSON = "person"


def _weigh(lv: Level, frequencies: NameFrequencies, swapped: bool = False) -> Feature:
    """A level with its weight: trained bits, or for an exact surname or given name the
    bits its frequency gives (the term-frequency adjustment). In a swapped reading a word
    stands where the other kind of name part is expected, so it counts as common as it is
    as either ("Janice" is a rare surname and a common given name). A person's feature
    carries no words of its own: coi.names.reasons says each level in plain words when it is
    shown, from the level and the two strings."""
    if lv.tf and lv.comparison == "middle":
        given, _, middle = lv.tf.partition(" ")
        bits = evidence.middle_weight(frequencies.middle_share(given, middle))
        return Feature(lv.comparison, lv.level, bits, lv.left, lv.right)
    if lv.tf:
        share = (frequencies.surname_share if lv.comparison == "surname" else frequencies.given_share)(lv.tf)
        if swapped:
            share = max(frequencies.surname_share(lv.tf), frequencies.given_share(lv.tf))
        bits = evidence.tf_weight(_PERSON, lv.comparison, "exact", share)
        return Feature(lv.comparison, lv.level, bits, lv.left, lv.right)
    bits = evidence.level_weight(_PERSON, lv.comparison, lv.level)
    if bits > 0 and lv.comparison in ("surname", "given") and lv.left and lv.right and lv.level in _NEAR_LEVELS:
        # a near form of a name never says more than the name itself written alike: a slip of
        # "John" weighs at most what "John" equal weighs, less half a bit (the trained bits of a
        # slip are an average over names, most of them rarer than John)
        # (in a swapped reading as common as the word is as either part, as an exact word is)
        share_of = frequencies.surname_share if lv.comparison == "surname" else frequencies.given_share
        words = (_word(lv.left), _word(lv.right))
        common = max(share_of(w) for w in words)
        if swapped:
            common = max(common, *(frequencies.given_share(w) if lv.comparison == "surname"
                                   else frequencies.surname_share(w) for w in words))
        bits = min(bits, evidence.tf_weight(_PERSON, lv.comparison, "exact", common) - NEAR_MARGIN)
    return Feature(lv.comparison, lv.level, bits, lv.left, lv.right)


#: The level of :func:`_roles`: a swapped reading that puts in the given name's place the
#: words likelier to be the surnames.
ROLES_UNLIKELY = "given name likelier the surname"


def _roles(x: PersonName, y: PersonName, frequencies: NameFrequencies,
           weighed: dict[tuple[str, str, str, str, str, bool], Feature]) -> Feature | None:
    """What a swapped reading (``x``, ``y``: given name against given name, surname against
    surname, one side's words read the other way round) costs for the roles it gives the
    words: a name written the other way round is either side's, and which side it is shows
    in the words. Each word's odds of being a given name rather than a surname are its two
    shares (coi.names.frequency.NameFrequencies.given_odds); a pair of words that are one
    name counts as one name (the mean of its two words' odds). The reading pays by how much
    likelier the words it reads as the surnames are given names than those it reads as the
    given names (nothing when it gives each word its likelier role): Ada Wu / Wu Ida is Ada
    against Ida beside Wu, not Ada against Ida as surnames beside Wu as a given name (96.9
    before; helper-137's review). Read so, the other swap, the one giving each its likelier
    role, stands as it was: Ahmed Hassan / Hassan Ahmed, both words met, whichever way round.
    None when it costs nothing."""
    key = ("roles", ROLES_UNLIKELY, f"{x.given} {y.given}", f"{x.surname} {y.surname}", "", True)
    f = weighed.get(key)
    if f is None:
        odds = ((frequencies.given_odds(x.surname) + frequencies.given_odds(y.surname))
                - (frequencies.given_odds(x.given) + frequencies.given_odds(y.given))) / 2
        f = weighed[key] = Feature("roles", ROLES_UNLIKELY, -odds if odds > ROLES_MARGIN else 0.0,
                                   f"{x.given} / {y.given}", f"{x.surname} / {y.surname}")
    return f if f.weight else None


#: A swapped reading's roles that are this many bits less likely than the other way round or
#: fewer cost nothing: words that neither list holds, or holds about as often in either role.
ROLES_MARGIN = 0.5


#: Levels that are a name written nearly alike, weighed at most as the name itself (less this many bits).
_NEAR_LEVELS = frozenset({"former name", "part shared", "transliteration", "one edit", "one edit, both real",
                          "two edits", "phonetic", "similar", "nickname"})
NEAR_MARGIN = 0.5


def _word(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


#: A given name or surname borne by the parties of this many cases of the data being screened
#: (or names, where the data has no cases) is a name of its own there, not a slip of another,
#: whatever the Census says: Yejin and Yejun, Seo-yun and Seo-jun, each borne by several
#: parties, are two names a letter apart. A slip is one party's; the very person compared
#: is at most two entries (a party and a disclosure, or two records of one person).
LOCAL_KNOWN_CASES = 3


def locally_known(frequencies: NameFrequencies) -> LocalNames | None:
    """Whether a word is a name of the data being screened (``LOCAL_KNOWN_CASES``), as
    coi.names.person.person_levels asks it; None when ``frequencies`` count no data. The
    counts never hold a confidential party's name nor the disclosures (coi.screen.docket_corpus).
    A docket screened (``frequencies.rows``) is compared with members' disclosures."""
    if not frequencies.local_total:
        return None
    global _LOCAL
    cached = _LOCAL  # one read: another thread may replace it
    if cached[0] is frequencies:
        return cached[1]
    surnames, given, middles = frequencies.local_surnames, frequencies.local_given, frequencies.local_middles

    seen: dict[str, bool] = {}

    def known(word: str, surname: bool) -> bool:
        if surname:
            return surnames.get(word, 0) >= LOCAL_KNOWN_CASES
        found = seen.get(word)
        if found is None:
            count = given.get(word, 0)
            if count < LOCAL_KNOWN_CASES and middles:
                # a hyphenated given name is counted as a given and a middle name (Seo-yun: seo, yun)
                count += sum(middles.get((word[:i], word[i:]), 0) for i in range(2, len(word) - 1))
            found = seen[word] = count >= LOCAL_KNOWN_CASES
        return found

    names = LocalNames(known, disclosures=frequencies.rows > 0)
    _LOCAL = (frequencies, names)  # a screening asks with one corpus, pair after pair
    return names


_LOCAL: tuple[NameFrequencies | None, LocalNames | None] = (None, None)


def _person_features(qs: tuple[PersonName, ...], cs: tuple[PersonName, ...], frequencies: NameFrequencies
                     ) -> tuple[Feature, ...]:
    """The name features of the best reading (the largest sum) of any folded form of the
    party's name (``qs``) against any of the disclosed name's (``cs``)."""
    best: tuple[Feature, ...] = ()
    best_sum = float("-inf")
    twin: tuple[Feature, ...] | None = None  # the best reading with the same date of birth (born_alike)
    twin_sum = float("-inf")
    same_birth = _same_birth_bits()[0]
    local = locally_known(frequencies)
    weighed = _weighed(frequencies)
    for q in qs:
        for c in cs:
            for x, y, order in readings(q, c):
                swapped = order == "swapped"
                feats = []
                for lv in person_levels(x, y, order=order, local=local):
                    key = (lv.comparison, lv.level, lv.left, lv.right, lv.tf, swapped)
                    f = weighed.get(key)
                    if f is None:
                        f = weighed[key] = _weigh(lv, frequencies, swapped)
                    feats.append(f)
                if swapped and (f := _roles(x, y, frequencies, weighed)) is not None:
                    feats.append(f)
                reading = tuple(feats)
                total = sum(f.weight for f in reading)
                if total > best_sum:
                    best, best_sum = reading, total
                given = _same_birth_given(reading)
                if given is not None and total - given.weight + same_birth > twin_sum:
                    twin, twin_sum = reading, total - given.weight + same_birth
    if twin is not None and twin is not best and twin_sum > best_sum + same_birth_gain(best):
        # another reading wins once the date of birth agrees (Tom Thomas read straight against
        # Mary Thomas, not as a surname Tom): kept beside the best for born_alike
        return Readings(best, twin)
    return best


class Readings(tuple):  # type: ignore[type-arg]
    """The best reading's features, with :attr:`same_birth`: another reading's, which wins
    when the date of birth is the same (:func:`born_alike`). Reads as the best's tuple."""

    same_birth: tuple[Feature, ...]

    def __new__(cls, best: tuple[Feature, ...], same_birth: tuple[Feature, ...]) -> "Readings":
        self = super().__new__(cls, best)
        self.same_birth = same_birth
        return self


#: Levels weighed that one process keeps (an exact "john", a middle name on one side only recur
#: pair after pair) before starting afresh: about 300 bytes each, 6 MB full.
WEIGHED_LIMIT = 20_000
# (frequencies, person weights, (comparison, level, left, right, tf, swapped) → feature)
_WEIGHED: tuple[object, object, dict[tuple[str, str, str, str, str, bool], Feature]] = (None, None, {})


def _weighed(frequencies: NameFrequencies) -> dict[tuple[str, str, str, str, str, bool], Feature]:
    """The memo of :func:`_weigh` for ``frequencies`` and the person weights loaded now: emptied
    when either changes (another corpus, weights reloaded) or it holds ``WEIGHED_LIMIT``."""
    global _WEIGHED
    cached = _WEIGHED  # one read: another thread may replace it
    weights = evidence.load_weights(_PERSON)
    if cached[0] is not frequencies or cached[1] is not weights or len(cached[2]) >= WEIGHED_LIMIT:
        cached = _WEIGHED = (frequencies, weights, {})
    return cached[2]


@lru_cache(maxsize=262144)
def _person_evidence_default(query: str, candidate: str) -> tuple[Feature, ...]:
    return _person_features(person_forms(query), person_forms(candidate), us_frequencies())


def person_name_features(query_forms: tuple[PersonName, ...], candidate_forms: tuple[PersonName, ...],
                         frequencies: NameFrequencies | None = None) -> tuple[Feature, ...]:
    """The person features :func:`name_evidence` gives, from the two names' parses
    (coi.names.person.person_forms), uncached: screening meets each pair once and parses
    each party's name once, so a cache per pair would only hold memory."""
    return _person_features(query_forms, candidate_forms, frequencies if frequencies is not None else us_frequencies())


def _org_corpus(corpus: Corpus | OrgCorpus | NameFrequencies | None) -> OrgCorpus | None:
    """The organization words ``corpus`` carries: a coi.names.index.Corpus's, or an OrgCorpus
    itself (person frequencies weigh no organization word)."""
    if corpus is None or isinstance(corpus, OrgCorpus):
        return corpus
    found: OrgCorpus | None = getattr(corpus, "organizations", None)
    return found


def name_evidence(query: str, candidate: str, kind: Kind, *, frequencies: NameFrequencies | None = None,
                  corpus: Corpus | OrgCorpus | NameFrequencies | None = None) -> tuple[tuple[Feature, ...], float]:
    """The name features of a pair and the prior, in bits: everything but the date of birth.

    Persons: surname, given name, middle names, generation and order, each at its level, an
    exact surname or given name weighed by its frequency (``frequencies``: the Census tables,
    or those updated with the data being screened — ``corpus`` may carry them too). Cached
    per distinct pair when the shipped tables are used.
    """
    if kind is Kind.ORGANIZATION:
        from coi.names.org import org_evidence  # organizations: distinctive words, kind, numbers, acronym

        return org_evidence(query, candidate, _org_corpus(corpus))
    freq = frequencies if frequencies is not None else corpus if isinstance(corpus, NameFrequencies) else None
    if freq is None:
        feats = _person_evidence_default(query, candidate)
    else:
        feats = _person_features(person_forms(query), person_forms(candidate), freq)
    return feats, evidence.prior(_PERSON, freq.rows if freq is not None else 0)


#: The given-name levels that, beside a surname alike (:data:`SURNAME_ALIKE`) and the same
#: date of birth, become :data:`SAME_BIRTH`: another given name, another sex's form, an initial that does
#: not fit. A related form one sex bears (8 bits against) already weighs less against.
OTHER_GIVEN = frozenset({"different", "other-sex form", "initial conflicts"})

#: The surname levels that count as one surname for :data:`SAME_BIRTH`: written alike, spelt
#: another way (accents, romanization) or one typing slip apart — not two real surnames one
#: letter apart, nor two letters or a sound. The surname's own bits still say which.
SURNAME_ALIKE = frozenset({"exact", "transliteration", "one edit"})

#: The given-name level of another given name beside the same surname and the same date of
#: birth: a twin — for most kinds of relative a relative of the same kind (a sibling's,
#: child's, nephew's twin is one too) — or the same person under another name (a legal first
#: name against the middle name they go by, a pet name no list holds). Weighed by rule in the
#: weights file, not decisively against as another given name alone is.
SAME_BIRTH = "another name, same surname and birth date"


#: The middle-name level of two middle initials that differ (or an initial against a middle
#: name of another letter) beside one given name and the same date of birth: one person, a
#: middle initial mistyped or another of their names written, far more often than two
#: people of one name born on one day. Weighed from the counts
#: of both sides writing a middle (bench.train_persons), not by the rule that sets ``conflict``
#: decisively against (Kavita K. / Kavita N. Reddy, with no date to tell them apart, are two).
#: Two middle names written out that differ stay ``conflict`` (twins who go by their middle
#: names: Mohammed Ali / Mohammed Asif Khan), as do a man's and a woman's Vietnamese middle
#: names (Thi / Van) and the kin :func:`_middle_slip` keeps apart.
SAME_BIRTH_MIDDLE = "initial conflicts, same birth date"

#: The surname level of two real surnames a vowel or two letters apart (Reid / Reed, Peterson /
#: Petersen, Schaefer / Shaffer: :data:`REAL_SURNAMES_APART`) beside a given name alike and the
#: same date of birth: one surname heard or typed another way far more often than two people
#: of like names born on one day (helper-153's blind review, and helper-147's before it: each
#: such pair labelled one person scored 5.1 to 17.8, John Reid / John Reed born on one day 15.2).
#: Weighed by rule in the weights file as a surname that differs is; without the date the two
#: stay two families, set decisively against (Min-jun Jung / Minjun Jang, issue 13).
SAME_BIRTH_SURNAME = "real surnames alike, same birth date"

#: The surname level of two such surnames (:data:`SAME_BIRTH_SURNAME`) beside a given name
#: alike and a date of birth a typist's slip from the other (:data:`NEAR_DATES`): one digit,
#: two transposed, day and month swapped, the year one off, a day apart — two records of one
#: person with a slip in each of two fields (helper-159's blind review: Brian P. McGowan /
#: MCGOWEN, BRIAN P., born 1979-04-23 / 1979-04-28, scored 0.8; Tamara L. Osborne / OSBORN,
#: TAMARA L. 5.7). Weighed by rule as :data:`SAME_BIRTH_SURNAME` is: the date's own level
#: already weighs the slip (4.3 to 8.8 bits against the exact date's 15).
NEAR_BIRTH_SURNAME = "real surnames alike, birth date near"

#: The date-of-birth levels of a date one typist's slip from the other (:data:`NEAR_BIRTH_SURNAME`).
NEAR_DATES = frozenset({"day/month swapped", "two digits transposed", "one digit", "year off by one", "one day apart"})

#: The surname levels :data:`SAME_BIRTH_SURNAME` reads again beside the same date of birth.
REAL_SURNAMES_APART = frozenset({"one vowel apart, both real", "two edits, both real"})

#: The given-name levels beside which a pair of :data:`REAL_SURNAMES_APART` is
#: :data:`SAME_BIRTH_SURNAME`: a given name written out alike, spelt another way, a nickname or
#: a slip — not an initial, another name, a name missing.
_GIVEN_ALIKE = frozenset({"exact", "nickname", "transliteration", "one edit", "one edit, both real", "two edits",
                          "phonetic", "similar"})

#: The given-name levels beside which a middle initial that differs is :data:`SAME_BIRTH_MIDDLE`:
#: one given name written out on both sides, alike, spelt another way or one typing slip
#: apart — not a nickname or a name one letter from another real one, which may be a twin's
#: of the other sex (Pat for Patricia and Patrick, Jesse / Jessie, Chris / Kris: helper-130's
#: attack), nor an initial, another name, a name missing.
_ONE_GIVEN = frozenset({"exact", "transliteration", "one edit"})

#: Given names that families give several children, each told apart by the name after it
#: (José Luis and José Manuel, María Elena and María Teresa, Mohammed Ali and Mohammed Asif,
#: Mary Ann and Mary Beth, Jean-Luc and Jean-Pierre): beside one of them the middle name is
#: the name a sibling, a twin among them, goes by, so a middle initial that differs stays a
#: conflict (helper-130's attack: Jose L / Jose M Garcia, Mohammed Ali / Mohammed S Khan on
#: one date of birth met at 99.7-100).
SHARED_FIRST_NAMES = frozenset({
    "jose", "juan", "maria", "ana", "jesus", "mary", "anne", "ann", "anna", "jean", "marie",
    "mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad", "mohamud", "abdul", "abd",
    "siti", "nur", "nurul", "noor"})


def same_birth_gain(features: tuple[Feature, ...]) -> float:
    """The bits :func:`born_alike` adds to ``features`` when the date of birth agrees exactly
    (0 when it changes nothing): what screening's batched sum allows for before it grades the
    dates (coi.names.index.NameIndex.match_many)."""
    twin = _born_alike(features)
    return 0.0 if twin is features else max(0.0, sum(f.weight for f in twin) - sum(f.weight for f in features))


def near_birth_gain(features: tuple[Feature, ...]) -> float:
    """The bits :func:`born_alike` adds to ``features`` when the date of birth is near
    (:data:`NEAR_DATES`; 0 when it changes nothing), as :func:`same_birth_gain` for the same date."""
    heard = _surname_heard(features, NEAR_BIRTH_SURNAME)
    return 0.0 if heard is features else max(0.0, sum(f.weight for f in heard) - sum(f.weight for f in features))


def _same_birth_bits() -> tuple[float, float, float, float]:
    """The bits of :data:`SAME_BIRTH`, :data:`SAME_BIRTH_MIDDLE`, :data:`SAME_BIRTH_SURNAME` and
    :data:`NEAR_BIRTH_SURNAME` in the person weights loaded now (kept beside them: screening
    asks pair after pair)."""
    global _SAME_BIRTH_BITS
    weights = evidence.load_weights(_PERSON)
    cached = _SAME_BIRTH_BITS  # one read: another thread may replace it
    if cached[0] is not weights:
        cached = _SAME_BIRTH_BITS = (weights, (evidence.level_weight(_PERSON, "given", SAME_BIRTH),
                                               evidence.level_weight(_PERSON, "middle", SAME_BIRTH_MIDDLE),
                                               evidence.level_weight(_PERSON, "surname", SAME_BIRTH_SURNAME),
                                               evidence.level_weight(_PERSON, "surname", NEAR_BIRTH_SURNAME)))
    return cached[1]


_SAME_BIRTH_BITS: tuple[object, tuple[float, float, float, float]] = (None, (0.0, 0.0, 0.0, 0.0))


def _same_birth_given(features: Sequence[Feature]) -> Feature | None:
    """The given-name feature :func:`born_alike` would replace, if any (screening asks of
    every pair it meets: the common answer, no, comes first)."""
    given = surname = None
    for f in features:
        if f.comparison == "given":
            if f.level not in OTHER_GIVEN:
                return None
            given = f
        elif f.comparison == "surname":
            if f.level not in SURNAME_ALIKE:
                return None
            surname = f
    return given if surname is not None else None


def born_alike(features: tuple[Feature, ...], dob: Feature | None) -> tuple[Feature, ...]:
    """``features`` with another given name read as :data:`SAME_BIRTH` when the surname is
    alike (:data:`SURNAME_ALIKE`) and the date of birth the same: the one pair of
    comparisons that do not add up independently (families share surnames, twins
    birthdays), so the given name's level depends on the two."""
    if dob is None:
        return features
    if dob.level in NEAR_DATES:  # two real surnames alike beside a date one slip away (only they)
        return _surname_heard(features, NEAR_BIRTH_SURNAME)
    if dob.level != "exact":
        return features
    return _born_alike(features, slip=not dob.left.endswith("-01-01") and not heaped(dob))


def _born_alike(features: tuple[Feature, ...], slip: bool = True) -> tuple[Feature, ...]:
    """:func:`born_alike` of ``features`` with the same date of birth; ``slip``: a middle
    initial that differs may be read as a slip (:func:`_middle_slip`) — not on the first of
    January, the date given to those whose birthday is unknown, which two people share by
    assignment, not by birth (helper-130's attack: John A. / John B. Smith born 1980-01-01),
    nor on another birthday the docket gives so (coi.names.dates.heaped: helper-132's review,
    John A. / John B. Smith on a first of July 3,000 of 10,000 parties give at 47.4). The
    twin's rule stands on such a day as on the first of January: the date's own weight says
    how often two records meet on it by chance (coi.names.dates.Birthdays), and a twin or a
    sibling of a relative is a relative too. In a reading written the other way round the
    swap beside it stays "a part not exact": a swap, another given name and one birthday are
    three coincidences (Mary Grant / Grant Kelly met at 88.0 when the swap alone was charged:
    helper-138's attack)."""
    features = getattr(features, "same_birth", features)  # another reading, if it wins so
    given = _same_birth_given(features)
    if given is None:
        heard = _surname_heard(features)
        return _middle_slip(heard) if slip else heard
    return _read_as(features, given, SAME_BIRTH, _same_birth_bits()[0])


def _surname_heard(features: tuple[Feature, ...], level: str = SAME_BIRTH_SURNAME) -> tuple[Feature, ...]:
    """``features`` with two real surnames a vowel or two letters apart read as ``level`` —
    :data:`SAME_BIRTH_SURNAME` (the date of birth being the same) or :data:`NEAR_BIRTH_SURNAME`
    (a slip apart) — beside a given name alike (:data:`_GIVEN_ALIKE`): Geoffrey Reid / JEFFREY
    REED, Catherine Schaefer / KATHRYN SHAFFER. On any date, the first of January too: a
    surname that differs weighs the same there."""
    surname = given = None
    for f in features:
        if f.comparison == "surname":
            surname = f
        elif f.comparison == "given":
            given = f
    if surname is None or given is None or surname.level not in REAL_SURNAMES_APART or given.level not in _GIVEN_ALIKE:
        return features
    return _read_as(features, surname, level, _same_birth_bits()[3 if level == NEAR_BIRTH_SURNAME else 2])


def _middle_slip(features: tuple[Feature, ...]) -> tuple[Feature, ...]:
    """``features`` with a middle initial that differs read as :data:`SAME_BIRTH_MIDDLE`
    (the date of birth being the same), beside a surname alike (:data:`SURNAME_ALIKE`, as the
    twin rule asks) and one given name (:data:`_ONE_GIVEN`)."""
    middle = given = surname = None
    for f in features:
        if f.comparison == "middle":
            if f.level != "conflict" or not (_initial(f.left) or _initial(f.right)):
                return features
            middle = f
        elif f.comparison == "given":
            given = f
        elif f.comparison == "surname":
            surname = f
    if middle is None or given is None or surname is None or surname.level not in SURNAME_ALIKE \
            or given.level not in _ONE_GIVEN \
            or min(len(given.left), len(given.right)) < 2 or {given.left, given.right} & SHARED_FIRST_NAMES \
            or _told_by_middle(given, surname):
        return features
    return _read_as(features, middle, SAME_BIRTH_MIDDLE, _same_birth_bits()[1])


def _read_as(features: tuple[Feature, ...], feature: Feature, level: str, weight: float) -> tuple[Feature, ...]:
    """``features`` with ``feature`` read as ``level``, of ``weight`` bits, where that weighs more."""
    if weight <= feature.weight:
        return features
    read = Feature(feature.comparison, level, weight, feature.left, feature.right)
    return tuple(read if f is feature else f for f in features)


def _told_by_middle(given: Feature, surname: Feature) -> bool:
    """Whether the name is of a people whose middle name says who among kin, or a man or a
    woman: a Vietnamese surname (Thi a woman, Van a man, written as T and V: Minh T / Minh V
    Nguyen), or a Korean surname beside a given name of one Korean syllable, the first of a
    given name of two that a record splits into a given name and a middle initial (Min J /
    Min S Kim: Min-jun and Min-seo)."""
    surnames = {surname.left, surname.right}
    return bool(surnames & VIETNAMESE_SURNAMES) or bool(surnames & surname_spellings()) and any(
        syllable_readings(g) for g in (given.left, given.right))


def _initial(middles: str) -> bool:
    """Whether a middle feature's side (its middle words joined) begins with an initial."""
    return len(middles.split(" ", 1)[0]) == 1


def person_evidence(query: str, candidate: str, features: tuple[Feature, ...], prior_bits: float,
                    dob: Feature | None = None) -> MatchEvidence:
    """The sum of the name features, the date-of-birth feature and the prior as a hit."""
    features = born_alike(features, dob)
    feats = features + ((dob,) if dob is not None and dob.level != "missing" else ())
    bits = prior_bits + sum(f.weight for f in feats)
    reason = evidence.top_reasons(feats, 4)
    if len(fold_forms(query)) > 1 or len(fold_forms(candidate)) > 1:
        reason += "; letters from another script read as the Latin letters they imitate"
    score = evidence.score(bits)
    if score >= 1:  # (a pair no one reads is not told how it met)
        for text, other, first in ((query, candidate, True), (candidate, query, False)):
            if (part := person_met(text, other, query_side=first)) is not None:
                reason += f"; met through one of its names: {part}"
    return MatchEvidence(
        query=query,
        matched=candidate,
        score=score,
        components=tuple((f.comparison, round(f.weight, 2)) for f in feats),
        reason=reason,
        features=feats,
        prior=prior_bits,
    )


def person_met(text: str, other: str, *, query_side: bool) -> str | None:
    """The person's name, of those ``text`` holds (coi.names.person.persons_named: a/k/a, a
    couple, a decedent beside the administrator), that meets ``other`` best — what a hit's
    reasons say it was met through; None when ``text`` holds one name."""
    parts = persons_named(text)
    if len(parts) < 2:
        return None
    theirs = person_forms.__wrapped__(other)  # (a screening's party names are kept out of that cache)

    def weight(part: str) -> float:
        ours = one_name_forms(part)
        pair = (ours, theirs) if query_side else (theirs, ours)
        return sum(f.weight for f in _person_features(*pair, us_frequencies()))

    best = max(parts, key=weight)
    return None if best == text else best


def compare_names(
    query: str,
    candidate: str,
    kind: Kind,
    *,
    query_dob: dt.date | None = None,
    candidate_dob: dt.date | None = None,
    corpus: Corpus | OrgCorpus | NameFrequencies | None = None,
    birthdays: Birthdays | None = None,
) -> MatchEvidence:
    """Compare two names of the same kind; the evidence says how alike and why. ``corpus``
    (a coi.names.org_corpus.OrgCorpus) weighs organization words by their distinctiveness;
    a coi.names.index.Corpus gives the persons' frequencies and its birthdays; ``birthdays``
    weighs a party's date on a birthday many records give (coi.names.dates.dob_feature)."""
    if kind is Kind.ORGANIZATION:
        return org_match_evidence(query, candidate, _org_corpus(corpus))
    if corpus is not None and not isinstance(corpus, (NameFrequencies, OrgCorpus)):
        # a coi.names.index.Corpus (which imports this module): its persons' frequencies and birthdays
        birthdays, corpus = birthdays or corpus.birthdays, corpus.persons
    features, prior_bits = name_evidence(query, candidate, kind, corpus=corpus)
    return person_evidence(query, candidate, features, prior_bits, dob_feature(query_dob, candidate_dob, birthdays))
