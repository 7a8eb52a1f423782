"""The person evidence model (issue 13): levels that add up, graded dates of birth, the
failure classes the issue names, and blocking that keeps a married name."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from coi.model import Kind
from coi.names import Candidate, NameIndex, compare_names
from coi.names.compare import name_evidence
from coi.names.dates import dob_feature, dob_level
from coi.names.reasons import feature_words
from coi.policy import load_policy

THRESHOLD = load_policy().prompt_threshold
P = Kind.PERSON
DOB = dt.date(1979, 11, 21)


@pytest.mark.parametrize("a, b, level", [
    (dt.date(1979, 11, 21), dt.date(1979, 11, 21), "exact"),
    (dt.date(1979, 11, 21), dt.date(1979, 11, 12), "two digits transposed"),
    (dt.date(1985, 3, 7), dt.date(1985, 7, 3), "day/month swapped"),
    (dt.date(1979, 11, 21), dt.date(1979, 11, 28), "one digit"),
    (dt.date(1979, 11, 21), dt.date(1980, 11, 21), "year off by one"),
    (dt.date(1985, 3, 1), dt.date(1985, 2, 28), "one day apart"),  # across a month's end (helper-144)
    (dt.date(1990, 1, 1), dt.date(1989, 12, 31), "one day apart"),  # and a year's
    (dt.date(1988, 10, 10), dt.date(1988, 10, 9), "one day apart"),  # 10 / 09: two digits, one day
    (dt.date(1988, 10, 10), dt.date(1988, 11, 9), "different"),  # a month and a day apart
    (dt.date(1979, 11, 21), dt.date(1962, 3, 3), "different"),
    (None, dt.date(1962, 3, 3), "missing"),
])
def test_dates_of_birth_land_on_graded_levels(a, b, level):
    assert dob_level(a, b) == level


@pytest.mark.parametrize("a, b, level", [
    (dt.date(1936, 4, 4), dt.date(1999, 4, 4), "different"),  # helper-137's: two digits of the year, 63 years
    (dt.date(1951, 6, 2), dt.date(1975, 6, 2), "different"),
    (dt.date(1979, 11, 21), dt.date(1978, 11, 20), "two digits"),  # the year's last digit and the day's
    (dt.date(1980, 3, 15), dt.date(1990, 3, 16), "two digits"),  # ten years: a slip still
    (dt.date(1983, 5, 17), dt.date(1988, 5, 12), "two digits"),
])
def test_two_digits_apart_is_a_slip_only_within_a_decade(a, b, level):
    from coi.names.dates import LEVELS, dob_levels, dob_numbers

    assert dob_level(a, b) == level
    assert LEVELS[int(dob_levels(dob_numbers([a]), dob_numbers([b]))[0])] == level


def test_date_of_birth_levels_are_ordered_from_strong_for_to_strong_against():
    def bits(a, b):
        return dob_feature(a, b).weight

    exact = bits(DOB, DOB)
    slip = bits(DOB, dt.date(1979, 11, 12))
    other = bits(DOB, dt.date(1962, 3, 3))
    assert exact > slip > 0 > other and bits(None, DOB) == 0


def test_the_score_is_the_sum_of_the_name_features_the_date_and_the_prior():
    ev = compare_names("Jon Pierce", "John Pierce", P, query_dob=DOB, candidate_dob=DOB)
    features, prior = name_evidence("Jon Pierce", "John Pierce", P)
    total = prior + sum(f.weight for f in features) + dob_feature(DOB, DOB).weight
    assert math.isclose(ev.match_weight, total) and ev.prior == prior
    assert ev.score == round(100 / (1 + 2 ** -total), 1)


def test_a_given_name_one_edit_away_with_the_same_surname_and_date_of_birth_is_a_match():
    # the end-to-end Panel's miss: one inserted letter, scored 55
    assert compare_names("Jonathhan Pierce", "Jonathan Pierce", P, query_dob=DOB, candidate_dob=DOB).score >= THRESHOLD


def test_two_real_short_surnames_a_vowel_apart_do_not_prompt():
    assert compare_names("Minjun Jang", "Min-jun Jung", P).score < THRESHOLD


def test_conflicting_middle_initials_do_not_prompt():
    ev = compare_names("Kavita N. Reddy", "Kavita K. Reddy", P)
    assert ev.score < THRESHOLD and "middle names or initials differ" in ev.reason


def test_a_surname_slip_no_census_list_knows_is_a_typo_and_prompts():
    assert compare_names("Rebecca Thompsonn", "Rebecca Thompson", P).score >= THRESHOLD


def test_an_exact_rare_surname_weighs_more_than_a_common_one():
    rare = {f.comparison: f for f in name_evidence("Luke Purdon", "Luke Purdon", P)[0]}["surname"]
    common = {f.comparison: f for f in name_evidence("Luke Smith", "Luke Smith", P)[0]}["surname"]
    assert rare.weight > common.weight
    assert "rare" in feature_words(rare) and "common" in feature_words(common)


def test_a_married_name_with_the_same_given_name_and_date_of_birth_prompts_and_is_blocked_together():
    index = NameIndex([Candidate("Teresa Kowal", P, 1, DOB)])
    hits = index.match("Teresa Vance", P, date_of_birth=DOB, floor=THRESHOLD)
    assert [h.candidate.ref for h in hits] == [1]
    assert compare_names("Teresa Vance", "Teresa Kowal", P).score < THRESHOLD  # without the date: two people


def test_a_namesake_with_another_date_of_birth_does_not_prompt_even_with_a_rare_name():
    assert compare_names("Kavita Reddy", "Kavita Reddy", P, query_dob=DOB,
                         candidate_dob=dt.date(1962, 3, 3)).score < THRESHOLD


@pytest.mark.parametrize("a, b", [(dt.date(1985, 3, 1), dt.date(1985, 2, 28)), (dt.date(1990, 1, 1), dt.date(1989, 12, 31))])
def test_one_person_whose_date_of_birth_shifted_by_a_day_across_a_months_end_prompts(a, b):
    """Helper-144's review: Linh Tran 1985-03-01 / 1985-02-28 met at 0.0, the dates "different"."""
    hit = compare_names("LINH QUORVANH", "Linh Quorvanh", P, query_dob=b, candidate_dob=a)
    assert hit.score >= THRESHOLD
    assert compare_names("LINH QUORVANH", "Linh Quorvanh", P, query_dob=b.replace(year=b.year - 3),
                         candidate_dob=a).score < THRESHOLD  # a namesake born years apart stays apart


def _given_level(disclosed: str, party: str) -> str:
    return next(f.level for f in name_evidence(party, disclosed, Kind.PERSON)[0] if f.comparison == "given")


@pytest.mark.parametrize("disclosed, party", [
    ("Blake Quillmaro", "ROBERT B QUILLMARO"),
    ("Blake Quillmaro", "QUILLMARO, ROBERT B."),
    ("Blake Quillmaro", "QUILLMARO ROBERT B"),  # surname first, no comma (helper-148's review: 0.1)
    ("ROBERT B QUILLMARO", "Blake Quillmaro"),  # the docket's way disclosed, the name gone by on the docket
])
def test_a_given_name_whose_initial_is_the_others_middle_initial_is_the_name_gone_by(disclosed, party):
    """One who goes by the middle name against the legal first name with that name's initial
    (helper-144's review: 0.0 before, the given names read as two names): weighed a little
    against, so a rare surname brings the pair to a prompt and a common one does not."""
    assert _given_level(disclosed, party) == "given as other's middle initial"
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD
    assert compare_names("WILLIAM S MILLER", "Scott Miller", Kind.PERSON).score < THRESHOLD
    # the same date of birth brings a common surname back
    day = dt.date(1971, 3, 9)
    assert compare_names("WILLIAM S MILLER", "Scott Miller", Kind.PERSON, query_dob=day, candidate_dob=day).score \
        >= THRESHOLD


def test_a_slip_of_the_given_name_is_not_read_as_the_name_gone_by():
    """davi d huddy / david: one letter dropped is a slip, which says more than an initial."""
    assert _given_level("davi d huddy", "david ried") != "given as other's middle initial"
    assert _given_level("Blake Quillmaro", "ROBERT T QUILLMARO") == "different"


def test_a_scanners_digits_in_a_name_are_read_as_letters():
    """0K0NKW0 (three zeros) was 'different' from Okonkwo; THI 1AN read Thi as the given name."""
    assert compare_names("0XB0LL0, L0LA", "Lola Oxbollo", Kind.PERSON).score >= 99
    assert compare_names("NGUYEN, THI 1AN", "Nguyen Thi Lan", Kind.PERSON).score >= THRESHOLD
    assert compare_names("A1 QUILLMARO", "Ana Quillmaro", Kind.PERSON).score < THRESHOLD  # a letter before a number


@pytest.mark.parametrize("disclosed, party", [
    ("Tanvir Chaudhry", "CHOWDHURY, TANVIR"),
    ("Tanvir Choudhary", "TANVIR CHAUDHRY"),
    ("Zafirah Mukherjee", "MUKERJI, ZAFIRAH"),
    ("Quasim Srivastava", "QUASIM SHRIVASTAVA"),
])
def test_a_south_asian_surnames_english_spellings_are_one_surname(disclosed, party):
    """helper-147's review: Rashid Chaudhry / CHOUDHARY, RASHEED met at 0.0 as two real
    surnames two letters apart; and blocking meets every spelling of such a surname."""
    features, _ = name_evidence(party, disclosed, Kind.PERSON)
    assert next(f.level for f in features if f.comparison == "surname") == "transliteration"
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD
    assert NameIndex([Candidate(disclosed, Kind.PERSON, 1)]).block(party, Kind.PERSON)


def test_two_arabic_names_of_one_root_borne_as_surnames_are_two_names():
    """Hassan / Hussein, Khalid / Khalil (as given names already: ROOT_NAMES)."""
    assert compare_names("HUSSEIN, ZAFIRAH", "Zafirah Hassan", Kind.PERSON).score < THRESHOLD
    assert compare_names("Omar bin Khalil Al-Harbi", "Omar bin Khalid Al-Harbi", Kind.PERSON).score < THRESHOLD


def test_a_last_h_after_a_vowel_is_a_spelling():
    """Abdullah / ABDULA (helper-147's review: 24.4, read as two letters apart): the last h
    after a vowel is unsaid, as Arabic and Hebrew names are written in English."""
    assert compare_names("ABDULA, YOUSEF", "Yusuf Abdullah", Kind.PERSON).score >= THRESHOLD
    features, _ = name_evidence("QUILLMARAH, ANA", "Ana Quillmara", Kind.PERSON)
    assert next(f.level for f in features if f.comparison == "surname") == "transliteration"


@pytest.mark.parametrize("party", ["John Smith -", "Mary Ann (", "JOHN A )"])
def test_a_name_that_parses_to_no_surname_does_not_crash_the_comparison(party):
    """helper-148's fuzzing: a given name and middles with no surname raised IndexError in the
    reading surname first, and `coi match` died on a one-row docket holding it."""
    assert 0 <= compare_names(party, "John Smith", Kind.PERSON).score <= 100


# ------------------------------------------------------------------ real surnames alike, one birthday

_BORN = dt.date(1971, 4, 9)


@pytest.mark.parametrize("disclosed, party", [
    # helper-153's blind review (and helper-147's before it): each scored 5.1 to 17.8
    ("Brenna Reid", "REED, BRENNA"),  # a vowel apart, the given name alike
    ("Geoffrey Reid", "REED, JEFFREY"),  # and the given name another spelling
    ("Taddeo Schaefer", "SHAFFER, TADDEO"),  # two letters apart
    ("Jon Peterson", "PETERSEN, JOHN"),
])
def test_two_real_surnames_alike_beside_one_birthday_are_one_surname(disclosed, party):
    hit = compare_names(party, disclosed, P, query_dob=_BORN, candidate_dob=_BORN)
    assert hit.score >= THRESHOLD
    assert "heard or typed another way" in hit.reason
    # and in screening, blocked and summed in batches
    index = NameIndex([Candidate(disclosed, P, "d", _BORN)])
    assert [h.score for h in index.match_dates(party, P, [_BORN], floor=THRESHOLD)[0]] == [hit.score]


@pytest.mark.parametrize("disclosed, disclosed_dob, party, party_dob", [
    ("Brenna Reid", None, "REED, BRENNA", None),  # no date: two families (Min-jun Jung / Minjun Jang)
    ("Brenna Reid", _BORN, "REED, BRENNA", None),  # a date on one side only
    ("Brenna Reid", _BORN, "REED, BRENNA", dt.date(1979, 11, 30)),  # another date
    ("Brenna Reid", _BORN, "REED, BRENNA", dt.date(1971, 4, 27)),  # the same month, another day: no slip
    ("B. Reid", _BORN, "REED, BRENNA", _BORN),  # an initial only: three weak coincidences
    ("Brenna Reid", _BORN, "REED, MARISOL", _BORN),  # another given name
])
def test_two_real_surnames_alike_stay_two_families_without_one_birthday_and_a_given_name(
        disclosed, disclosed_dob, party, party_dob):
    assert compare_names(party, disclosed, P, query_dob=party_dob, candidate_dob=disclosed_dob).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party, party_dob", [
    # helper-159's blind review: a slip in the surname and one in the date (0.8 to 9.9 before)
    ("Brenna Reid", "REED, BRENNA", dt.date(1971, 4, 19)),  # one digit
    ("Brian P. McGowan", "MCGOWEN, BRIAN P.", dt.date(1971, 4, 10)),  # a day apart
    ("Tamara L. Osborne", "OSBORN, TAMARA L.", dt.date(1971, 9, 4)),  # day and month swapped
    ("Monique D. Frazier", "FRAZER, MONIQUE D.", dt.date(1972, 4, 9)),  # the year one off
])
def test_two_real_surnames_alike_beside_a_birth_date_a_slip_apart_are_one_surname(disclosed, party, party_dob):
    hit = compare_names(party, disclosed, P, query_dob=party_dob, candidate_dob=_BORN)
    assert hit.score >= THRESHOLD
    assert "beside dates of birth a slip apart" in hit.reason
    index = NameIndex([Candidate(disclosed, P, "d", _BORN)])  # and in screening, in batches
    assert [h.score for h in index.match_dates(party, P, [party_dob], floor=THRESHOLD)[0]] == [hit.score]


@pytest.mark.parametrize("disclosed, party", [
    ("Brenna Reid", "REED, MARISOL"),  # another given name
    ("B. Reid", "REED, BRENNA"),  # an initial only
])
def test_two_real_surnames_alike_beside_a_near_date_need_a_given_name_alike(disclosed, party):
    assert compare_names(party, disclosed, P, query_dob=dt.date(1971, 4, 19), candidate_dob=_BORN).score < THRESHOLD


def test_on_the_first_of_january_two_real_surnames_alike_weigh_as_a_surname_that_differs():
    """helper-155's review: on the date given when none is known a surname that differs met at
    96.0 and a nearer one, left decisive, at 15.2."""
    jan1 = dt.date(1971, 1, 1)
    nearer = compare_names("REED, JOHN", "John Reid", P, query_dob=jan1, candidate_dob=jan1)
    other = compare_names("NIXON, JOHN", "John Reid", P, query_dob=jan1, candidate_dob=jan1)
    assert other.score >= THRESHOLD and nearer.score >= THRESHOLD



# ------------------------------------------------------------------ surname first, then initials

@pytest.mark.parametrize("disclosed, party, dated", [
    # helper-156's blind review: RAMIREZ L A met Luis Alberto Ramirez born on one day at 8.2 (a surname
    # eight times as often as a given name: Census odds, so real surnames here)
    ("Tadeo Efrain Gutierrez", "GUTIERREZ T E", True),
    ("Tadeo Efrain Gutierrez", "Gutierrez T. E.", True),
    ("Tadeo Efrain Gutierrez", "GUTIERREZ T E", False),
    ("Tadeo Gutierrez", "GUTIERREZ T", True),
])
def test_a_surname_written_first_with_only_initials_after_it_is_read_as_with_a_comma(disclosed, party, dated):
    dob = _BORN if dated else None
    hit = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    comma = party.split(" ", 1)
    assert hit.score >= THRESHOLD
    assert hit.score == compare_names(f"{comma[0]}, {comma[1]}", disclosed, P, query_dob=dob, candidate_dob=dob).score
    index = NameIndex([Candidate(disclosed, P, "d", dob)])
    assert [h.score for h in index.match_dates(party, P, [dob], floor=THRESHOLD)[0]] == [hit.score]


@pytest.mark.parametrize("party, dated", [("GUTIERREZ T B", True), ("GUTIERREZ E T", True),
                                          ("GUTIERREZ M E", False), ("GUTIERREZ T B", False)])
def test_initials_after_a_surname_that_conflict_stay_another_person(party, dated):
    # (another given name's initial beside one surname and birthday is a twin's: it prompts, as
    # with a comma)
    dob = _BORN if dated else None
    assert compare_names(party, "Tadeo Efrain Gutierrez", P, query_dob=dob, candidate_dob=dob).score < THRESHOLD


def test_a_given_name_before_initials_stays_a_given_name():
    from coi.names.person import parse_person

    assert parse_person("GUTIERREZ T").surname == "gutierrez"
    # helper-158's attack: a given name and a surname cut to initials, and a word borne both ways
    for name in ("JOHN S", "JAMES A B", "LEE K", "MORGAN T"):
        assert parse_person(name).given == name.split()[0].lower(), name


@pytest.mark.parametrize("disclosed, party, dated, met", [
    ("James A. Quillvane", "JAMES A Q", True, True),  # 99.8 -> 0.0 on the rule's first version
    ("Anthony Q. James", "JAMES A Q", False, False),  # 0.0 -> 100 on the rule's first version
    ("Kevin Lee", "LEE K", False, False),
])
def test_a_given_name_first_with_initials_after_it_is_read_straight(disclosed, party, dated, met):
    dob = _BORN if dated else None
    assert (compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob).score >= THRESHOLD) == met
