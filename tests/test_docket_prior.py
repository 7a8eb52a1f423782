"""What a docket's size and its own names say before any comparison (issue 13, item 7): the
prior odds that one docket row is a given disclosed person fall as the docket grows, and a
middle name that usually follows its given name in the docket (compound given names:
Marco Antonio, Luis Miguel) says little more than the given name did. Both are measured
against Splink in bench/splink_compare.py; these tests hold the behaviour."""

from __future__ import annotations

import datetime as dt
import math

from coi.graph import build_graph
from coi.model import Kind
from coi.names import evidence
from coi.names.compare import name_evidence
from coi.names.frequency import us_frequencies
from coi.names.index import given_middle_surname
from coi.policy import load_policy
from coi.screen import Screener, docket_corpus
from tests.factories import panel, party, tie

POLICY = load_policy()
AS_OF = dt.date(2026, 11, 23)
DOB = dt.date(1971, 4, 2)
TRAINED = evidence.prior("person")


def _strangers(n: int, *, start: int = 0) -> list:
    """``n`` person rows of invented, distinct names, one case each."""
    return [party(f"Given{k} Family{k}", case_id=f"C-{k}") for k in range(start, start + n)]


def _screener(parties) -> Screener:
    graph = build_graph(panel(tie("sibling", "James Jones", date_of_birth=DOB),
                              tie("friend", "Quennell Vaszary"),
                              tie("friend", "Marco Antonio Perez")), POLICY, as_of=AS_OF)
    return Screener.build(graph, POLICY, corpus=docket_corpus(parties))


def _prompted(screener: Screener, name: str, date_of_birth: dt.date | None = None) -> bool:
    return bool(screener.screen_party(party(name, case_id="C-X", date_of_birth=date_of_birth)))


def test_the_person_prior_is_the_trained_one_for_a_small_docket_and_one_in_the_rows_for_a_large():
    assert evidence.prior("person", 0) == TRAINED
    assert evidence.prior("person", 200) == TRAINED  # never above the trained prior
    assert evidence.prior("person", 1_000_000) == -math.log2(1_000_000)
    assert evidence.prior("person", 1_000_000) < evidence.prior("person", 100_000) < TRAINED
    assert evidence.prior("organization", 1_000_000) == evidence.prior("organization")  # an employer recurs


def test_the_docket_counts_its_person_rows_but_not_a_confidential_one():
    rows = _strangers(30) + [party("Ottoline Brzezicki", case_id="C-S", confidential=True)]
    assert docket_corpus(rows).persons.rows == 30


def test_a_common_name_without_a_date_of_birth_prompts_in_a_small_docket_and_not_among_fifty_thousand_rows():
    small, large = _screener(_strangers(40)), _screener(_strangers(50_000))
    assert _prompted(small, "James Jones")
    assert not _prompted(large, "James Jones")  # hundreds of James Joneses come before a Panel of that size
    # what identifies the person still prompts however large the docket: the date of birth, a rare name
    assert _prompted(large, "James Jones", DOB)
    assert _prompted(large, "Quennell Vaszary")


def test_the_fast_tokenizer_finds_the_first_middle_name():
    assert given_middle_surname("Marco Antonio Pérez") == ("marco", "antonio", "perez")
    assert given_middle_surname("Pérez, Marco Antonio") == ("marco", "antonio", "perez")
    assert given_middle_surname("John A. Smith") == ("john", "", "smith")
    assert given_middle_surname("Smith") == ("", "", "smith")


def test_a_middle_name_the_docket_shows_after_its_given_name_weighs_little():
    """Marco Antonio is one compound given name in a docket that writes it thirty times with
    thirty surnames: the agreeing "Antonio" no longer outweighs another surname."""
    compound = [party(f"Marco Antonio Family{k}", case_id=f"C-M{k}") for k in range(30)]
    rows = compound + _strangers(1_200)
    corpus = docket_corpus(rows)
    assert corpus.persons.middle_share("marco", "antonio") > 0.5
    middle = dict((f.comparison, f.weight) for f in
                  name_evidence("Marco Antonio Adame", "Marco Antonio Perez", Kind.PERSON, corpus=corpus.persons)[0])
    alone = dict((f.comparison, f.weight) for f in
                 name_evidence("Marco Antonio Adame", "Marco Antonio Perez", Kind.PERSON)[0])
    assert middle["middle"] < 2.5 < alone["middle"] - 5
    assert not _prompted(_screener(rows), "Marco Antonio Adame")


def test_a_rare_middle_name_still_counts_as_much_as_the_tuning_data_says():
    share = us_frequencies().middle_share("kavita", "zenobia")
    bits = evidence.middle_weight(share)
    counted = evidence.level_weight("person", "middle", "agree")
    assert bits == counted
    assert evidence.middle_weight(us_frequencies().middle_share("john", "michael")) < counted


def test_a_middle_name_common_as_a_surname_weighs_as_common_as_it_is():
    """Helper-144: a middle name was weighed by its share as a *given* name, so family names
    that follow given names as middle names (Lee, Allen) weighed as rare ones do: Kevin Lee
    Brown / Kevin Lee Wilson met at 89.8. A middle name is as common as it is as either."""
    frequencies = us_frequencies()
    for middle in ("lee", "allen"):
        assert frequencies.surname_share(middle) > frequencies.given_share(middle)
        share = frequencies.middle_share("kevin", middle)
        assert share >= frequencies.surname_share(middle)
        assert evidence.middle_weight(share) < evidence.level_weight("person", "middle", "agree") - 1
