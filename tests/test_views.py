"""The library behind the dashboard's member pages (coi.decisions.views): editing disclosures with
import's validation, confirming them complete, the ties picture, and who may do each."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest

from coi.decisions import service, views
from coi.decisions.accounts import Accounts
from coi.model import InputRejected
from coi.policy import load_policy
from coi.store.database import Store
from tests.factories import copy_database, demo_database

AS_OF = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo_database(tmp_path_factory.mktemp("views"))


@pytest.fixture
def store(demo_db, tmp_path):
    with Store.open(copy_database(demo_db, tmp_path)) as s:
        yield s


def account(store, username):
    return Accounts(store).get(username)


def test_saving_the_same_disclosures_changes_nothing(store):
    m01 = account(store, "m01")
    rows = views.disclosure_rows(views.disclosures_for(store, m01))
    result = views.save_disclosures(store, m01, rows)
    assert (result.added, result.changed, result.retired) == (0, 0, 0)


def test_a_bad_edited_row_is_refused_with_its_row_and_column_and_nothing_is_saved(store):
    m01 = account(store, "m01")
    before = views.disclosures_for(store, m01)
    rows = views.disclosure_rows(before)
    rows.append({"relation": "cousinn", "name": "Dana Reyes", "date_of_birth": "03/04/1990"})
    with pytest.raises(InputRejected) as exc:
        views.save_disclosures(store, m01, rows)
    where = {(p.row, p.column) for p in exc.value.problems}
    assert (len(rows), "relation") in where and (len(rows), "date_of_birth") in where
    assert views.disclosures_for(store, m01) == before


def test_a_tie_added_on_the_page_is_screened_at_once(store):
    m01 = account(store, "m01")
    party = next(p for p in store.parties() if p.kind.value == "person"
                 and not any(pr.party_name == p.name for pr in store.prompts()))
    rows = views.disclosure_rows(views.disclosures_for(store, m01))
    rows.append({"relation": "friend", "name": party.name})
    assert views.save_disclosures(store, m01, rows).added == 1
    service.screen_after_edit(store, m01, load_policy(), AS_OF)
    assert any(p.member_id == "M01" and p.party_name == party.name for p in store.prompts())


def test_a_member_cannot_save_or_see_anothers_disclosures(store):
    m01 = account(store, "m01")
    with pytest.raises(views.Forbidden):
        views.save_disclosures(store, m01, [{"relation": "friend", "name": "X Y"}], member_id="M02")
    with pytest.raises(views.Forbidden):
        views.ties_graph(store, m01, "M02")


def test_saving_an_empty_table_is_refused(store):
    with pytest.raises(InputRejected, match="no ties left"):
        views.save_disclosures(store, account(store, "m01"), [{"relation": "", "name": ""}])


def test_confirming_disclosures_is_recorded_and_never_rewritten(store):
    m02 = account(store, "m02")
    assert "M02" not in views.last_confirmed(store)
    at = views.confirm_disclosures(store, m02)
    assert views.last_confirmed(store)["M02"] == at
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store._conn.execute("UPDATE disclosure_confirmations SET confirmed_at = 'x'")
    with pytest.raises(views.Forbidden):
        views.confirm_disclosures(store, account(store, "staff"))


def test_the_ties_picture_shows_derived_categories_along_their_chains(store):
    m01 = account(store, "m01")
    dot = views.ties_graph(store, m01)
    spouse = next(d for d in views.disclosures_for(store, m01) if d.relation.value == "spouse")
    in_law = next(d for d in views.disclosures_for(store, m01) if d.via == spouse.name and d.relation.value == "parent")
    # the chain's edge (spouse → the spouse's parent, written either way round: coi.ties_picture
    # draws a side of the picture backwards) and the in-law inside the parent-in-law box
    ids = {name: re.search(rf'(\w+) \[label="{re.escape(name)}"', dot).group(1) for name in (spouse.name, in_law.name)}
    assert re.search(rf'{ids[spouse.name]} -> {ids[in_law.name]} \[label="parent"\]|'
                     rf'{ids[in_law.name]} -> {ids[spouse.name]} \[label="parent", dir=back\]', dot)
    box = dot.split('label="parent-in-law (statutory)"')[1].split("}")[0]
    assert f'label="{in_law.name}"' in box


@pytest.mark.parametrize("term_end, words", [
    (dt.date(2027, 6, 7), "in term until 2027-06-07"),
    (dt.date(2026, 6, 1), "holdover since 2026-06-01"),
    (None, "not on the roster"),
])
def test_term_status_names_holdovers(term_end, words):
    assert words in views.term_status(term_end, AS_OF)


def test_the_roster_shows_confirmations_and_is_for_staff_only(store):
    views.confirm_disclosures(store, account(store, "m03"))
    rows = {r["member"]: r for r in views.roster_rows(store, account(store, "staff"), AS_OF)}
    assert len(rows) == 13 and rows["M03"]["disclosures confirmed"] != "never"
    assert rows["M01"]["disclosures confirmed"] == "never"
    with pytest.raises(views.Forbidden):
        views.roster_rows(store, account(store, "m01"), AS_OF)


def test_prompts_come_unanswered_first_then_by_the_soonest_meeting(store):
    staff = account(store, "staff")
    listed = views.prompts_for(store, staff)
    unanswered = [v for v in listed if v.answer is None]
    dated = [v.meeting_date for v in unanswered if v.meeting_date]
    assert dated == sorted(dated) and len(dated) > 1
    first_undated = next(i for i, v in enumerate(unanswered) if v.meeting_date is None)
    assert all(v.meeting_date is None for v in unanswered[first_undated:])


def test_a_prompt_is_overdue_when_unanswered_a_week_before_its_meeting(store):
    v = next(v for v in views.prompts_for(store, account(store, "staff")) if v.meeting_date)
    assert v.overdue(v.meeting_date - dt.timedelta(days=7))
    assert not v.overdue(v.meeting_date - dt.timedelta(days=8))
