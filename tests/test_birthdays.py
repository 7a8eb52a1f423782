"""A birthday many records give says less than another (issue 13's term-frequency adjustment,
made on dates of birth as Splink makes it on any column): a docket that writes the first of
January for whoever's birthday is unknown gives that day many times its share, and two
parties born on it share it by assignment as often as by birth. The docket's own counts say
so (coi.names.dates.Birthdays), never a confidential party's date, and each person's date
once however many rows repeat it."""

from __future__ import annotations

import csv
import datetime as dt
import math

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.cli.screening import match_rows
from coi.graph import build_graph
from coi.ingest.records import NameRecord
from coi.model import Kind
from coi.names import evidence
from coi.names.compare import SAME_BIRTH, SAME_BIRTH_MIDDLE, compare_names
from coi.names.dates import HEAP_FROM, HEAP_SMOOTHING, Birthdays, dob_feature, mixed_bits, year_level
from coi.names.index import Candidate, Corpus, NameIndex
from coi.names.reasons import feature_words
from coi.policy import load_policy
from coi.screen import Screener, docket_corpus, screen_docket
from tests.factories import panel, party, tie

POLICY = load_policy()
THRESHOLD = POLICY.prompt_threshold
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


def test_corpus_of_counts_the_dates_it_is_given():
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


def _weight(evidence_, comparison: str) -> float:
    return next(f.weight for f in evidence_.features if f.comparison == comparison)


def test_a_twin_on_a_heaped_first_of_january_says_its_birthdays_bits_less_alike_in_both_screenings():
    even, heaped = _screener(_docket(on_new_year=0)), _screener(_docket(on_new_year=100))
    (even_alone, even_batched), (heaped_alone, heaped_batched) = (_twin_evidence(s, NEW_YEAR) for s in (even, heaped))
    assert len(even_alone) == len(heaped_alone) == len(even_batched) == len(heaped_batched) == 1
    before, after = even_alone[0].evidence, heaped_alone[0].evidence
    k = 2.0 ** _expected_bits(100, 1000)  # (the party screened is not in the docket counted)
    real = (1 + (HEAP_FROM - 1) * HEAP_FROM / k) / k
    assert 1 / k < real < HEAP_FROM / k
    full_dob = evidence.level_weight("person", "dob", "exact")
    assert _weight(before, "dob") == pytest.approx(full_dob)
    same_year = evidence.level_weight("person", "birth year", "same year")
    # the day and month say about log2(k) less; the year, which no default gives, says what it says
    assert _weight(after, "dob") == pytest.approx(math.log2(real * 2.0 ** full_dob + (1 - real) * 2.0 ** same_year))
    assert _weight(after, "dob") == pytest.approx(mixed_bits(full_dob, real, same_year))
    assert before.match_weight - after.match_weight == pytest.approx(full_dob - _weight(after, "dob"))
    # the twin's rule stands: the date's weight says how often two records meet on it by chance
    assert _weight(after, "given") == _weight(before, "given") == evidence.level_weight("person", "given", SAME_BIRTH)
    assert heaped_batched[0].score == heaped_alone[0].score and even_batched[0].score == even_alone[0].score
    assert heaped_alone[0].score < even_alone[0].score
    dob = next(f for f in after.features if f.comparison == "dob")
    assert "a birthday many records give" in feature_words(dob)
    assert "a birthday many records give" not in feature_words(next(f for f in before.features if f.comparison == "dob"))


def test_another_birthday_in_the_heaped_docket_weighs_as_much_as_ever():
    even, heaped = _screener(_docket(on_new_year=0)), _screener(_docket(on_new_year=100))
    weights = [s.screen_party(party("Quennell Vaszary", case_id="C-X", date_of_birth=SPRING))[0].evidence.match_weight
               for s in (even, heaped)]
    assert weights[0] == weights[1]


def test_a_middle_initial_slip_is_not_read_on_a_heaped_birthday_as_on_the_first_of_january():
    # a docket giving the first of July to 3,000 of its 10,000 dated parties (a second default day)
    rows = [party(f"Given{k} Family{k}", case_id=f"C-{k}",
                  date_of_birth=dt.date(1950 + k % 50, 7, 1) if k < 3000 else dt.date(1950 + k % 50, 1 + k % 12, 2 + k % 27))
            for k in range(10_000)]
    corpus = docket_corpus(rows)
    for born, heaped_day in ((dt.date(1959, 7, 1), True), (dt.date(1959, 7, 2), False)):
        kw = {"query_dob": born, "candidate_dob": born}
        even = compare_names("JOHN B SMITH", "John A. Smith", Kind.PERSON, **kw)
        counted = compare_names("JOHN B SMITH", "John A. Smith", Kind.PERSON, corpus=corpus, **kw)
        assert next(f.level for f in even.features if f.comparison == "middle") == SAME_BIRTH_MIDDLE
        level = next(f.level for f in counted.features if f.comparison == "middle")
        assert (level == "conflict") is heaped_day
        assert even.score >= THRESHOLD
        assert (counted.score < THRESHOLD) is heaped_day


def _year_bits(a: dt.date, b: dt.date) -> float:
    return evidence.level_weight("person", "birth year", year_level(a, b))


@pytest.mark.parametrize("disclosed", [
    dt.date(1985, 1, 1), dt.date(1986, 1, 1), dt.date(1984, 1, 1), dt.date(1958, 1, 1), dt.date(1985, 1, 10),
    dt.date(1985, 10, 1), dt.date(1985, 1, 21), dt.date(1962, 7, 4), dt.date(1985, 6, 15), dt.date(1999, 1, 1),
])
def test_every_level_of_a_partys_heaped_date_says_less_toward_what_its_year_says(disclosed):
    counts = Birthdays.of(r.date_of_birth for r in _docket(on_new_year=300))
    real = counts.real_share(19850101)
    plain, heaped = dob_feature(NEW_YEAR, disclosed), dob_feature(NEW_YEAR, disclosed, counts)
    year = _year_bits(NEW_YEAR, disclosed)
    assert plain.level == heaped.level
    assert heaped.weight == pytest.approx(mixed_bits(plain.weight, real, year))
    assert min(plain.weight, year) - 1e-9 <= heaped.weight <= max(plain.weight, year) + 1e-9
    assert "a birthday many records give" in feature_words(heaped)
    assert "a birthday many records give" not in feature_words(plain)


def test_a_partys_heaped_date_years_apart_stays_as_strongly_against_and_one_of_its_year_weighs_the_year():
    # helper-134: "Rebecca Moore" born 1999-01-01 prompted at 93.8 as a member's sister born
    # 1958 once 25 of 1,002 dated parties gave the first of January: the assigned day threw
    # the year away with it
    counts = Birthdays.of(r.date_of_birth for r in _docket(on_new_year=300))
    real = counts.real_share(19850101)
    same_year = evidence.level_weight("person", "birth year", "same year")
    exact = dob_feature(NEW_YEAR, NEW_YEAR, counts).weight
    apart = [dob_feature(NEW_YEAR, d, counts) for d in (dt.date(1962, 7, 4), dt.date(1947, 3, 9), dt.date(1999, 6, 1))]
    assert [f.weight for f in apart] == pytest.approx([-30.0] * 3)
    assert all(feature_words(f).endswith("born years apart)") for f in apart)
    later = dob_feature(NEW_YEAR, dt.date(1985, 6, 15), counts)  # its day may be the one a default hid
    assert dob_feature(NEW_YEAR, dt.date(1985, 6, 15)).weight == pytest.approx(-30.0)
    assert later.weight == pytest.approx(math.log2(real * 2.0 ** -30 + (1 - real) * 2.0 ** same_year))
    assert 0 < later.weight < same_year < exact
    assert feature_words(later).endswith("born in the same year)")


def test_a_namesake_born_decades_apart_on_a_heaped_first_of_january_is_not_prompted_however_many_share_the_day():
    # 1999: two digits other; 1998, 1918: one digit, 40 years apart; 1985: two digits the wrong
    # way round, 27 years apart (helper-136: 1998 still prompted at 75.3 as a "year slip")
    sister = panel(tie("sibling", "Rebecca Moore", date_of_birth=dt.date(1958, 3, 9)))
    for on_new_year in (0, 24, 25, 26, 100, 300):
        screener = Screener.build(build_graph(sister, POLICY, as_of=AS_OF), POLICY,
                                  corpus=docket_corpus(_docket(on_new_year)))
        for year in (1999, 1998, 1918, 1985):
            one = party("Rebecca Moore", case_id="C-X", date_of_birth=dt.date(year, 1, 1))
            assert screener.screen_party(one) == [], (on_new_year, year)
            assert [p for p in screen_docket([one], screener).prompts if p.party.name == "Rebecca Moore"] == []


def test_only_the_partys_date_is_weighed_by_the_docket_not_the_disclosed_one():
    counts = Birthdays.of(r.date_of_birth for r in _docket(on_new_year=300))
    assert dob_feature(SPRING, NEW_YEAR, counts) == dob_feature(SPRING, NEW_YEAR)


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


def test_an_index_over_a_heaped_corpus_weighs_the_birthday_alike_one_pair_and_many():
    rows = _docket(on_new_year=100)
    corpus = Corpus.of(((r.name, Kind.PERSON) for r in rows), dates=(r.date_of_birth for r in rows))
    index = NameIndex([Candidate("Rebecca Moore", Kind.PERSON, "r", NEW_YEAR)], corpus=corpus)
    plain = NameIndex([Candidate("Rebecca Moore", Kind.PERSON, "r", NEW_YEAR)])
    for born in (NEW_YEAR, dt.date(1986, 1, 1), dt.date(1985, 1, 10), dt.date(1985, 6, 15), dt.date(1999, 1, 1)):
        one = index.match("Gabriela Moore", Kind.PERSON, date_of_birth=born)
        many = index.match_dates("Gabriela Moore", Kind.PERSON, [born, SPRING])
        assert [h.score for h in many[0]] == [h.score for h in one]
    one = index.match("Gabriela Moore", Kind.PERSON, date_of_birth=NEW_YEAR)[0]
    before = plain.match("Gabriela Moore", Kind.PERSON, date_of_birth=NEW_YEAR)[0]
    assert _weight(one.evidence, "dob") == pytest.approx(
        mixed_bits(_weight(before.evidence, "dob"), corpus.birthdays.real_share(19850101),
                   evidence.level_weight("person", "birth year", "same year")))


def test_a_corpus_handed_to_compare_names_gives_its_frequencies_and_its_birthdays():
    rows = _docket(on_new_year=100) + [party("Ann Quorvane", case_id=f"C-Q{k}") for k in range(300)]
    corpus = docket_corpus(rows)
    kw = {"query_dob": NEW_YEAR, "candidate_dob": NEW_YEAR}
    whole = compare_names("Ann Quorvane", "Ann Quorvane", Kind.PERSON, corpus=corpus, **kw)
    parts = compare_names("Ann Quorvane", "Ann Quorvane", Kind.PERSON, corpus=corpus.persons,
                          birthdays=corpus.birthdays, **kw)
    assert whole.features == parts.features
    assert _weight(whole, "surname") < _weight(compare_names("Ann Quorvane", "Ann Quorvane", Kind.PERSON, **kw), "surname")


def test_coi_match_weighs_a_birthday_the_records_it_matches_give_many_times():
    def records(on_new_year: int) -> list[NameRecord]:
        return [NameRecord(f"c{k}", r.name, r.date_of_birth) for k, r in enumerate(_docket(on_new_year))]

    query = [NameRecord("q", "Gabriela Moore", NEW_YEAR)]
    scores = []
    for n in (0, 100):
        candidates = [*records(n), NameRecord("r", "Rebecca Moore", NEW_YEAR)]
        scores.append(next(float(row[2]) for row in match_rows(query, candidates, Kind.PERSON, POLICY) if row[1] == "r"))
    assert scores[1] < scores[0]


def _docket_csv(path, on_new_year: int, extra: str) -> None:
    rows = ["case_id,party_name,party_role,date_of_birth,confidential"]
    rows += [f"{r.case_id},{r.name},witness,{r.date_of_birth.isoformat()}," for r in _docket(on_new_year)]
    path.write_text("\n".join([*rows, extra]) + "\n", encoding="utf-8")


def _screened_prompt(tmp_path, docket_extra: str, *options: str) -> dict[str, str]:
    """coi screen of the sister Rebecca Moore (1985-01-01) against a docket of 100 of 1,000 on
    the first of January and ``docket_extra``: Gabriela Moore's prompt row."""
    (tmp_path / "members.csv").write_text("member_id,name,appointed_by\nM01,Ana Diaz,Governor\n", encoding="utf-8")
    (tmp_path / "disclosures.csv").write_text(
        "member_id,relation,name,date_of_birth\nM01,sibling,Rebecca Moore,1985-01-01\n", encoding="utf-8")
    _docket_csv(tmp_path / "docket.csv", 100, docket_extra)
    screened = CliRunner().invoke(main, ["screen", "--members", str(tmp_path / "members.csv"), "--disclosures",
                                         str(tmp_path / "disclosures.csv"), "--docket", str(tmp_path / "docket.csv"),
                                         "--out", str(tmp_path / "conflicts.csv"), "--as-of", "2026-11-23", *options])
    assert screened.exit_code == 0, screened.output
    return next(r for r in csv.DictReader((tmp_path / "conflicts.csv").open(encoding="utf-8"))
                if r["party_name"] == "Gabriela Moore")


def test_coi_compare_against_a_docket_gives_the_score_coi_screen_gives_the_prompt(tmp_path):
    # the party screened, and a confidential one on the same day that must count for nothing
    prompt = _screened_prompt(tmp_path, "C-X,Gabriela Moore,witness,1985-01-01,\n"
                                        "C-Y,Hidden Party,witness,1985-01-01,true")
    runner = CliRunner()
    args = ["compare", "Rebecca Moore", "Gabriela Moore", "--kind", "person",
            "--left-dob", "1985-01-01", "--right-dob", "1985-01-01"]
    weighed = runner.invoke(main, [*args, "--docket", str(tmp_path / "docket.csv")])
    alone = runner.invoke(main, args)
    assert weighed.exit_code == 0 and alone.exit_code == 0, weighed.output + alone.output
    assert weighed.output.splitlines()[0] == f"score {float(prompt['score']):.1f} (person)"
    assert float(weighed.output.split()[1]) < float(alone.output.split()[1])
    assert "a birthday many records give" in weighed.output and "a birthday many records give" not in alone.output


def test_coi_compare_refuses_a_broken_docket_naming_the_problem(tmp_path):
    (tmp_path / "docket.csv").write_text("case_id,party_name,date_of_birth\nC1,Ada Quill,1985-13-01\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", "Ada Quill", "Ada Quill", "--docket", str(tmp_path / "docket.csv")])
    assert result.exit_code != 0
    assert "docket.csv" in result.output and "date_of_birth" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("on_new_year", [200, 300, 500])
def test_a_twin_of_a_rare_name_on_a_heavily_heaped_birthday_is_found_by_the_batch_as_by_one_pair(on_new_year):
    # helper-134: the batch allowed for the twin's gain only when the name and the full date
    # fell short, and then summed the heaped (smaller) date without it: a pair scoring 100
    # one at a time was dropped from coi screen from 200 of 1,000 rows on the first of January
    rows = _docket(on_new_year=on_new_year)
    corpus = Corpus.of(((r.name, Kind.PERSON) for r in rows), dates=(r.date_of_birth for r in rows))
    index = NameIndex([Candidate("Rebecca Quennell Vaszary", Kind.PERSON, "r", NEW_YEAR)], corpus=corpus)
    one = index.match("Maria Quennell Vaszary", Kind.PERSON, date_of_birth=NEW_YEAR, floor=THRESHOLD)
    many = index.match_many([("Maria Quennell Vaszary", Kind.PERSON, (NEW_YEAR, SPRING))], floor=THRESHOLD)
    assert one and one[0].score >= THRESHOLD
    assert [h.score for h in many[0][0]] == [h.score for h in one]


def test_the_years_alone_land_on_the_same_level_one_pair_and_many():
    import numpy as np

    from coi.names.dates import YEAR_LEVELS, dob_numbers, year_levels

    years = [1901, 1910, 1919, 1958, 1959, 1968, 1984, 1985, 1986, 1995, 1999, 2000, 2009, 2010, 2026]
    a = [dt.date(y, 1, 1) for y in years for _ in years]
    b = [dt.date(y, 6, 15) for _ in years for y in years]
    batched = year_levels(dob_numbers(a), dob_numbers(b))
    assert [YEAR_LEVELS[k] for k in batched] == [year_level(x, y) for x, y in zip(a, b)]
    assert set(np.unique(batched)) == {0, 1, 2}  # every level met
    assert year_level(dt.date(1989, 1, 1), dt.date(1998, 3, 9)) == "year slip"  # two digits the wrong way round
    assert year_level(dt.date(1985, 1, 1), dt.date(1958, 3, 9)) == "other year"  # so, but 27 years apart
    assert year_level(dt.date(1998, 1, 1), dt.date(1958, 3, 9)) == "other year"  # one digit, 40 years (helper-136)
    assert year_level(dt.date(1999, 1, 1), dt.date(2000, 5, 5)) == "year slip"  # one apart, every digit other


def test_one_more_record_on_a_birthday_takes_a_little_of_what_its_date_says_never_half():
    # helper-134: at twice its even share the date's share of births fell from 1 to 1/2 in one
    # record, and a namesake's other date from 30 bits against to one; the year now keeps the
    # namesake away (above), and the share falls continuously from where the heap begins
    shares, exact = [], []
    for on_new_year in range(15, 120):
        counts = Birthdays.of(r.date_of_birth for r in _docket(on_new_year))
        shares.append(counts.real_share(19850101))
        exact.append(dob_feature(NEW_YEAR, NEW_YEAR, counts).weight)
    assert shares[0] == 1.0 and shares[-1] < 0.3  # none heaped, then heaped
    steps = [a - b for a, b in zip(shares, shares[1:])]
    assert all(0.0 <= step < 0.04 for step in steps)  # never up, never a jump (the old step was 0.5)
    assert all(0.0 <= a - b < 0.2 for a, b in zip(exact, exact[1:]))  # the same date's bits, record by record


@pytest.mark.parametrize("disclosed", [
    dt.date(1985, 1, 1), dt.date(1985, 6, 15), dt.date(1986, 1, 1), dt.date(1984, 7, 4), dt.date(1985, 1, 10),
    dt.date(1958, 3, 9), dt.date(1989, 1, 1), dt.date(1985, 10, 1), dt.date(1962, 7, 4),
])
def test_one_more_record_on_a_birthday_moves_no_level_of_its_date_far(disclosed):
    # helper-136: with the share continuous, a date of another day of the same year still went
    # from 30 bits against to +0.6 on one record (26 -> 27 of 1,000 on the first of January);
    # the weight now goes from the level's own to the mixture's in bits as the heap grows
    weights = [dob_feature(NEW_YEAR, disclosed, Birthdays.of(r.date_of_birth for r in _docket(n))).weight
               for n in range(15, 160)]
    plain = dob_feature(NEW_YEAR, disclosed).weight
    assert weights[0] == pytest.approx(plain)
    assert max(abs(a - b) for a, b in zip(weights, weights[1:])) < 1.5


def test_one_person_spelt_many_ways_gives_their_birthday_once():
    # helper-134: a party in 40 cases written eight ways gave its birthday eight times
    spellings = ["John Smith", "JOHN SMITH", "Smith, John", "john smith", "John  Smith", "SMITH, JOHN",
                 "Mr. John Smith", "John Smith Jr."]
    born = dt.date(1971, 6, 15)
    rows = [party(spellings[k % len(spellings)], case_id=f"C-{k}", date_of_birth=born) for k in range(40)]
    rows += [party("Joan Smith", case_id="C-J", date_of_birth=born)]  # another person that day
    birthdays = docket_corpus(rows).birthdays
    assert birthdays is not None
    assert birthdays.by_day[615] == 2 and birthdays.total == 2


def test_coi_compare_reads_a_docket_with_a_bad_date_as_coi_screen_was_told_to(tmp_path):
    # helper-134: coi compare --docket, the way to reproduce a prompt's score, refused the
    # docket coi screen --invalid-dates ignore had screened
    prompt = _screened_prompt(tmp_path, "C-X,Gabriela Moore,witness,1985-01-01,\nC-Z,Odd Date,witness,1985-02-30,",
                              "--invalid-dates", "ignore")
    runner = CliRunner()
    args = ["compare", "Rebecca Moore", "Gabriela Moore", "--kind", "person", "--left-dob", "1985-01-01",
            "--right-dob", "1985-01-01", "--docket", str(tmp_path / "docket.csv")]
    refused = runner.invoke(main, args)
    assert refused.exit_code != 0 and "1985-02-30" in refused.output
    weighed = runner.invoke(main, [*args, "--invalid-dates", "ignore"])
    assert weighed.exit_code == 0, weighed.output
    assert weighed.stdout.splitlines()[0] == f"score {float(prompt['score']):.1f} (person)"
    assert "1985-02-30" in weighed.stderr  # the date left out is said, as coi screen says it
