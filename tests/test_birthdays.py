"""A birthday many records give says less than another (issue 13's term-frequency adjustment,
made on dates of birth as Splink makes it on any column): a docket that writes the first of
January for whoever's birthday is unknown gives that day many times its share, and two
parties born on it share it by assignment as often as by birth. The docket's own counts say
so (coi.names.dates.Birthdays), never a confidential party's date, and each person's date
once however many rows repeat it."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from coi.graph import build_graph
from coi.model import Kind
from coi.names.dates import HEAP_SMOOTHING, Birthdays, dob_feature
from coi.names.index import Candidate, Corpus, NameIndex
from coi.names.reasons import feature_words
from coi.policy import load_policy
from coi.screen import Screener, docket_corpus, screen_docket
from tests.factories import panel, party, tie

POLICY = load_policy()
AS_OF = dt.date(2026, 11, 23)
NEW_YEAR = dt.date(1985, 1, 1)
SPRING = dt.date(1985, 4, 14)


def _docket(on_new_year: int, n: int = 1000) -> list:
    """``n`` strangers of invented names, one case each, ``on_new_year`` of them born on the
    first of January of some year and the rest spread over the year's other days."""
    rows = []
    for k in range(n):
        year = 1950 + k % 50
        born = dt.date(year, 1, 1) if k < on_new_year else dt.date(year, 1 + k % 12, 2 + k % 27)
        rows.append(party(f"Given{k} Family{k}", case_id=f"C-{k}", date_of_birth=born))
    return rows


def _screener(parties: list) -> Screener:
    graph = build_graph(panel(tie("sibling", "Rebecca Moore", date_of_birth=NEW_YEAR),
                              tie("friend", "Quennell Vaszary", date_of_birth=SPRING)), POLICY, as_of=AS_OF)
    return Screener.build(graph, POLICY, corpus=docket_corpus(parties))


def _expected_bits(on_day: int, dated: int) -> float:
    """What Birthdays.heaped_bits should say of a day ``on_day`` of ``dated`` records give."""
    return math.log2((on_day - 1 + HEAP_SMOOTHING) / ((dated - 1) / 365.2425 + HEAP_SMOOTHING))


def test_a_birthday_given_ten_times_its_share_says_its_share_less_and_another_day_says_as_much():
    counts = Birthdays.of(r.date_of_birth for r in _docket(on_new_year=100))
    assert counts.total == 1000
    assert counts.heaped_bits(19850101) == pytest.approx(_expected_bits(100, 1000))
    assert counts.heaped_bits(19850101) > 2  # 100 of 1,000 against 2.7 at an even share
    assert counts.heaped_bits(19850414) == 0.0
    # a few records on one day of a small docket, or a day at even share, say nothing
    assert Birthdays.of(r.date_of_birth for r in _docket(on_new_year=3, n=40)).heaped_bits(19850101) == 0.0
    assert Birthdays.of(r.date_of_birth for r in _docket(on_new_year=3)).heaped_bits(19850101) == 0.0


def test_a_placeholder_and_a_missing_date_are_not_counted():
    counts = Birthdays.of([dt.date(1900, 1, 1), None, dt.date(1753, 1, 1), NEW_YEAR])
    assert counts.total == 1
    assert counts.by_day == {101: 1}


def test_the_docket_counts_each_persons_date_once_and_never_a_confidential_partys():
    rows = _docket(on_new_year=0, n=30)
    # one person in five cases counts once; a confidential party's date, and the same
    # person's other rows in its case, not at all
    rows += [party("Ada Quill", case_id=f"C-Q{k}", date_of_birth=NEW_YEAR) for k in range(5)]
    rows += [party("Otto Brzezicki", case_id="C-S", date_of_birth=NEW_YEAR, confidential=True),
             party("Otto Brzezicki", case_id="C-S", date_of_birth=NEW_YEAR)]
    birthdays = docket_corpus(rows).birthdays
    assert birthdays is not None
    assert birthdays.total == 31
    assert birthdays.by_day[101] == 1


def test_coi_match_counts_the_dates_of_the_records_it_matches():
    corpus = Corpus.of([("Ada Quill", Kind.PERSON), ("Otto Brzezicki", Kind.PERSON)], dates=[NEW_YEAR, None])
    assert corpus.birthdays is not None and corpus.birthdays.total == 1
    assert Corpus.of([("Ada Quill", Kind.PERSON)]).birthdays is None  # no dates given: none counted


def _twin_evidence(screener: Screener, born: dt.date):
    """The prompt of Gabriela Moore, another given name beside the disclosed sibling Rebecca
    Moore's surname and ``born``, from the one-party screening and the docket's batched one."""
    one = party("Gabriela Moore", case_id="C-X", date_of_birth=born)
    alone = screener.screen_party(one)
    batched = [p for p in screen_docket([one], screener).prompts if p.party.name == "Gabriela Moore"]
    return alone, batched


def test_a_twin_on_a_heaped_first_of_january_scores_less_by_the_birthdays_bits_in_both_screenings():
    even, heaped = _screener(_docket(on_new_year=0)), _screener(_docket(on_new_year=100))
    (even_alone, even_batched), (heaped_alone, heaped_batched) = (_twin_evidence(s, NEW_YEAR) for s in (even, heaped))
    assert len(even_alone) == len(heaped_alone) == len(even_batched) == len(heaped_batched) == 1
    drop = even_alone[0].evidence.match_weight - heaped_alone[0].evidence.match_weight
    assert drop == pytest.approx(_expected_bits(100, 1000), abs=0.01)  # (the party screened is not in the docket counted)
    assert heaped_alone[0].score < even_alone[0].score
    assert heaped_batched[0].score == heaped_alone[0].score and even_batched[0].score == even_alone[0].score
    dob = next(f for f in heaped_alone[0].evidence.features if f.comparison == "dob")
    assert "a birthday many records give" in feature_words(dob)
    assert "a birthday many records give" not in feature_words(
        next(f for f in even_alone[0].evidence.features if f.comparison == "dob"))


def test_another_birthday_in_the_heaped_docket_weighs_as_much_as_ever():
    even, heaped = _screener(_docket(on_new_year=0)), _screener(_docket(on_new_year=100))
    scores = [s.screen_party(party("Quennell Vaszary", case_id="C-X", date_of_birth=SPRING))[0].score
              for s in (even, heaped)]
    assert scores[0] == scores[1]


@pytest.mark.parametrize(("left", "right", "level"), [
    (dt.date(1989, 1, 1), dt.date(1990, 1, 1), "year off by one"),
    (dt.date(1985, 1, 1), dt.date(1986, 1, 1), "one digit"),
])
def test_a_heaped_birthday_in_another_year_says_less_and_never_counts_against(left, right, level):
    counts = Birthdays.of(r.date_of_birth for r in _docket(on_new_year=300))
    plain, heaped = dob_feature(left, right), dob_feature(left, right, counts)
    assert plain.level == heaped.level == level
    assert heaped.weight == pytest.approx(max(0.0, plain.weight - counts.heaped_bits(19850101)))
    assert 0.0 <= heaped.weight < plain.weight
    # dates on two birthdays keep their level's weight, for or against
    for other in (dt.date(1985, 1, 10), dt.date(1985, 1, 2), dt.date(1962, 7, 4)):
        assert dob_feature(left, other, counts).weight == dob_feature(left, other).weight


def test_an_index_over_a_heaped_corpus_weighs_the_birthday_down_alike_one_pair_and_many():
    rows = _docket(on_new_year=100)
    corpus = Corpus.of(((r.name, Kind.PERSON) for r in rows), dates=(r.date_of_birth for r in rows))
    index = NameIndex([Candidate("Rebecca Moore", Kind.PERSON, "r", NEW_YEAR)], corpus=corpus)
    plain = NameIndex([Candidate("Rebecca Moore", Kind.PERSON, "r", NEW_YEAR)])
    one = index.match("Gabriela Moore", Kind.PERSON, date_of_birth=NEW_YEAR)
    many = index.match_dates("Gabriela Moore", Kind.PERSON, [NEW_YEAR, SPRING])
    assert len(one) == 1 and many[0][0].score == one[0].score
    before = plain.match("Gabriela Moore", Kind.PERSON, date_of_birth=NEW_YEAR)[0]
    assert before.evidence.match_weight - one[0].evidence.match_weight == pytest.approx(
        corpus.birthdays.heaped_bits(19850101), abs=0.01)


@pytest.mark.parametrize(("left", "right"), [
    (dt.date(1985, 1, 1), dt.date(1985, 1, 1)),
    (dt.date(1985, 1, 1), dt.date(1986, 1, 1)),  # a year's digit
    (dt.date(1989, 1, 1), dt.date(1990, 1, 1)),  # a year off by one
    (dt.date(1958, 1, 1), dt.date(1985, 1, 1)),  # a year's digits transposed
])
def test_every_level_on_a_heaped_birthday_says_so_in_its_reason(left, right):
    counts = Birthdays.of(r.date_of_birth for r in _docket(on_new_year=300))
    assert "a birthday many records give" in feature_words(dob_feature(left, right, counts))
    assert "a birthday many records give" not in feature_words(dob_feature(left, right))
