"""The dashboard's side of items 14.3 and 14.7 (coi.ui.member.advice, coi.ui.staff.unsure_answers), under AppTest: staff
advise on an unsure answer on the *Unsure answers* page and the member reads it on their
card; a member answers *a different person* on a card and staff see the judgement and
revoke it."""

from __future__ import annotations

from coi.decisions import judgements, threads, views
from coi.decisions.accounts import Accounts, demo_password
from coi.model import Answer
from coi.store.database import Store
from coi.ui.member.advice import DIFFERENT_PERSON
from tests.factories import dashboard_as

ADVICE = "A friend from college you still see counts: recuse."


def _unsure_prompt(db) -> str:
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        view = next(v for v in views.prompts_for(store, m01) if not v.redacted)
        views.answer(store, m01, view.key, Answer.UNSURE)
        return view.key


def test_staff_advise_on_the_unsure_answers_page_and_the_member_reads_it_on_their_card(db):
    key = _unsure_prompt(db)
    at = dashboard_as("staff", "demo-staff-pass", page="unsure-answers")
    assert not at.exception and at.title[0].value == "Unsure answers"
    assert any("1 open thread: 1 awaiting advice" in m.value for m in at.markdown)
    at.text_area(key=at.text_area[0].key).input(ADVICE)
    next(b for b in at.button if b.label == "Send advice").click().run()
    assert not at.exception and any("is sent" in s.value for s in at.success)
    with Store.open(db) as store:
        (entry,) = store.thread_entries(key)
        assert (entry.author, entry.author_role, entry.body) == ("staff", "staff", ADVICE)
    member = dashboard_as("m01", demo_password("M01"), page="my-prompts")
    assert not member.exception
    said = [m.value for m in member.markdown]
    assert any(s.startswith("**staff** (staff), ") and "A friend from college you still see counts" in s for s in said), said
    assert any("Staff advised" in i.value for i in member.info)


def test_a_member_never_sees_the_unsure_answers_page(db):
    _unsure_prompt(db)
    at = dashboard_as("m01", demo_password("M01"), page="unsure-answers")
    assert not at.exception and all(t.value != "Unsure answers" for t in at.title)


def test_a_member_answers_a_different_person_on_a_card_and_staff_see_and_revoke_the_judgement(db):
    at = dashboard_as("m01", demo_password("M01"), page="my-prompts")
    next(b for b in at.button if b.label == DIFFERENT_PERSON).click().run()
    assert not at.exception and any("a different person" in s.value for s in at.success)
    with Store.open(db) as store:
        (j,) = store.judgements()
        assert j.member_id == "M01" and j.judged_by == "m01"
        assert store.prompt(j.prompt_key).latest_decision.id == j.decision_id
    staff = dashboard_as("staff", "demo-staff-pass", page="unsure-answers")
    table = staff.dataframe[0].value
    assert list(table["party"]) == [j.party_name] and list(table["status"]) == ["stands"]
    staff.text_input(key="revoke_reason").input("the same officer after all")
    next(b for b in staff.button if b.label == "Revoke this judgement").click().run()
    assert not staff.exception
    with Store.open(db) as store:
        assert store.judgements()[0].revoked_by == "staff"
        assert judgements.all_judgements(store, Accounts(store).get("staff"))[0].revoke_reason == \
            "the same officer after all"
    assert threads  # the library the page draws


def test_on_a_card_i_recuse_myself_comes_before_a_different_person(db):
    """The statute's answer is the card's first button (issue 14, item 2): the one-click
    "a different person" stands below the answer buttons, never above them."""
    at = dashboard_as("m01", demo_password("M01"), page="my-prompts")
    labels = [b.label for b in at.button]
    first_different = labels.index(DIFFERENT_PERSON)
    assert "I recuse myself" in labels[:first_different]
    # card by card: each card's "I recuse myself" comes before its own "a different person"
    recuse = [b.key for b in at.button if b.label == "I recuse myself"]
    different = [b.key for b in at.button if b.label == DIFFERENT_PERSON]
    order = [b.key for b in at.button]
    for key in different:
        card = key.removeprefix("different-")
        assert order.index(f"recuse-{card}") < order.index(key), card
    assert recuse
