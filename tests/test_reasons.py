"""Explanations in plain words (issue 14, item 14): every level of every comparison has a
phrase built from the feature (its level and, where it helps, the two strings), the reasons
everywhere a match is shown are those phrases, and no date of birth is ever quoted."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from click.testing import CliRunner

from coi import explain
from coi.cli import main
from coi.model import Feature, Kind
from coi.names import dates, evidence, person
from coi.names.compare import ROLES_UNLIKELY, compare_names
from coi.names.reasons import PHRASES, feature_words, has_phrase

LEVELS = sorted(
    {(c, level) for kind in ("person", "organization")
     for c, levels in evidence.load_weights(kind)["comparisons"].items() for level in levels}
    | {("dob", level) for level in dates.LEVELS}
    | {("surname", level) for level in person.SURNAME_ORDER}
    | {("given", level) for level in person.GIVEN_ORDER}
    | {("roles", ROLES_UNLIKELY)})


@pytest.mark.parametrize("comparison, level", LEVELS, ids=[f"{c}:{lv}" for c, lv in LEVELS])
def test_every_level_has_a_plain_words_phrase(comparison, level):
    """Fails when a level is added to a weights file or a comparison without its words."""
    assert has_phrase(comparison, level), f"no plain words for {comparison} {level!r}: add them to PHRASES"
    said = feature_words(Feature(comparison, level, 1.0, "anna", "ann", "the matcher's own words"))
    assert said and said != "the matcher's own words" and "{" not in said


def test_the_issues_example_reads_as_the_issue_asks():
    born = dt.date(1980, 1, 2)
    ev = compare_names("Bill OBrien", "William O'Brien", Kind.PERSON, query_dob=born, candidate_dob=born)
    assert explain.explain(ev, 25).reasons == "same date of birth; surname equal; given name a nickname (Bill for William)"
    assert ev.reason.startswith("same date of birth; surname equal; given name a nickname (Bill for William)")


def test_the_reasons_are_built_from_the_features_not_from_the_words_a_matcher_stored():
    old = (Feature("dob", "exact", 10.0, "1980-01-02", "1980-01-02",
                   "the same date of birth corroborates a name near on both parts"),)
    assert evidence.top_reasons(old) == "same date of birth"


def test_a_level_without_a_phrase_falls_back_to_the_matchers_words():
    assert feature_words(Feature("surname", "a level yet to come", 3.0, "a", "b", "some words")) == "some words"


@pytest.mark.parametrize("left, right, words", [
    ("bill", "william", "given name a nickname (Bill for William)"),
    ("william", "bill", "given name a nickname (Bill for William)"),
    ("guglielmo", "william", "given name another language's form (Guglielmo for William)"),
    ("katherine", "kathryn", "given name another spelling (Katherine / Kathryn)"),
])
def test_a_given_names_other_form_says_which_form_with_the_pair(left, right, words):
    assert feature_words(Feature("given", "nickname", 4.0, left, right)) == words


def test_an_equal_surname_says_rare_or_common_from_its_own_bits():
    rare = compare_names("Michael Purdon", "Michael Purdon", Kind.PERSON)
    common = compare_names("Michael Smith", "Michael Smith", Kind.PERSON)
    assert "surname equal and rare" in explain.explain(rare, 25).reasons
    assert "surname equal and common" in explain.explain(common, 25).reasons


@pytest.mark.parametrize("level", [lv for lv in dates.LEVELS if lv != "missing"])
def test_no_date_of_birth_is_ever_quoted(level):
    words = feature_words(Feature("dob", level, 3.0, "1979-11-05", "1979-11-28", "born 1979-11-05"))
    assert words and not re.search(r"\d", words)


def test_organizations_read_with_their_words_written_as_names():
    ev = compare_names("Elmhurst Police Dept", "Elmhurst Police Department", Kind.ORGANIZATION)
    assert "Elmhurst Police Department in both names" in explain.explain(ev, 25, Kind.ORGANIZATION).reasons


def test_a_cards_table_tells_each_step_in_words():
    born = dt.date(1980, 1, 2)
    ev = compare_names("Bill OBrien", "William O'Brien", Kind.PERSON, query_dob=born, candidate_dob=born)
    rows = explain.waterfall_words(ev.features, ev.prior)
    assert rows[0][0] == "before any comparison"
    assert [r[1] for r in rows[1:]] == [feature_words(f) for f in ev.features]
    assert ("given name", "given name a nickname (Bill for William)") in [(r[0], r[1]) for r in rows]
    assert [r[4:] for r in rows] == [r[4:] for r in explain.waterfall_rows(ev.features, ev.prior)]  # the same sums


def test_compare_ends_with_the_reasons_in_plain_words():
    result = CliRunner().invoke(main, ["compare", "William O'Brien", "Bill OBrien", "--left-dob", "1980-01-02",
                                       "--right-dob", "1980-01-02"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].strip() == (
        "reasons: same date of birth; surname equal; given name a nickname (Bill for William)")


def test_every_phrase_is_for_a_level_that_exists():
    """A phrase for a level no comparison gives is a misspelt key."""
    assert not set(PHRASES) - set(LEVELS) - {("dob", "missing")}


def test_a_members_card_shows_the_reasons_and_each_step_in_plain_words(db):
    from coi.decisions import views
    from coi.decisions.accounts import Accounts, demo_password
    from coi.store.database import Store
    from tests.factories import dashboard_as

    at = dashboard_as("m01", demo_password("M01"))
    assert not at.exception, at.exception
    with Store.open(db) as store:
        shown = [v for v in views.prompts_for(store, Accounts(store).get("m01")) if v.features and not v.redacted]
    assert shown
    text = "\n".join(re.sub(r"\\(.)", r"\1", str(m.value)) for m in at.markdown)
    assert all(f"Why: {v.reasons}" in text for v in shown)
    tables = [t.value for t in at.table if "in plain words" in t.value.columns]
    assert len(tables) == len(shown)
    said = {re.sub(r"\\(.)", r"\1", str(w)) for t in tables for w in t["in plain words"]}
    assert {feature_words(f) for v in shown for f in v.features} <= said
