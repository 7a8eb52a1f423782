"""Attacks on issue 14's additions as a member (m01, m02): what a member's browser or a
library call made with a member's account may learn of a confidential party, of another
member, or of a staff page. Each test reproduces a finding (it failed before its fix)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from coi.decisions import judgements
from coi.decisions.access import Forbidden
from coi.store.database import Store
from tests.factories import account, party, prompt_key, tie, two_member_store


def _page_as(module: str, name: str, username: str) -> AppTest:
    """A dashboard page function called straight with ``username``'s account (not through the
    menu, which only lists the pages an account has): what the page itself does for it."""

    def script(module, name, username):
        import importlib

        from coi.decisions.accounts import Accounts
        from coi.settings import load_settings
        from coi.store.database import Store

        page = getattr(importlib.import_module(module), name)
        with Store.open(load_settings().db_path) as store:
            page(store, Accounts(store).get(username))

    return AppTest.from_function(script, args=(module, name, username), default_timeout=60).run()


# ------------------------------------------------------------------ staff pages called with a member's account

@pytest.mark.parametrize("module, name, title", [
    ("coi.ui.staff.files", "files", "Files"),
    ("coi.ui.staff.audit", "audit_page", "Audit"),
    ("coi.ui.staff.disclosures", "disclosures_page", "Disclosures"),
    ("coi.ui.staff.unsure_answers", "unsure_answers", "Unsure answers"),
])
def test_a_staff_page_called_with_a_members_account_refuses_before_drawing_anything(db, module, name, title):
    """Finding: the Files page drew its whole form (kinds of file, templates, the uploader) for a
    member, refusing only once a file was read; the Audit page crashed with a traceback; the
    Disclosures and Unsure answers pages drew their title and explanation before refusing."""
    at = _page_as(module, name, "m02")
    assert not at.exception, [e.message for e in at.exception]
    assert [e.value for e in at.error] and at.error[0].value.startswith("Not allowed")
    assert not at.title and not at.radio and not at.button and not at.selectbox and not at.text_input
    assert not at.get("file_uploader") and not at.get("download_button")


# ------------------------------------------------------------------ "a different person" on a hidden party

@pytest.fixture
def hidden(tmp_path, monkeypatch):
    """M01 with an employer tie and a friend; three confidential parties that match them:
    an organization by its name, a person by their affiliation, a person by their name."""
    monkeypatch.setenv("COI_DB", str(tmp_path / "coi.sqlite3"))
    ties = [tie("employer", "Oak Park Police Department", member_id="M01"),
            tie("friend", "Jordan Smith", member_id="M01")]
    docket = [party("Oak Park Police Department", case_id="C-ORG", role="respondent", kind="organization",
                    confidential=True),
              party("Wilhelmina Quarrington", case_id="C-AFF", affiliations=("Oak Park Police Department",),
                    confidential=True),
              party("Jordan Smith", case_id="C-NAME", confidential=True)]
    with two_member_store(tmp_path / "coi.sqlite3", ties, docket) as store:
        yield store


def test_judging_a_hidden_party_is_refused_alike_whether_it_is_a_person_an_organization_or_an_affiliation(hidden):
    """Finding: record_different_person checked "a person matched by name" before "a party you
    see as [confidential]", so on a redacted prompt its refusal (ValueError vs Forbidden, and
    the words) told a member whether the hidden party is an organization or was matched by its
    affiliation — what the redacted card withholds (coi.redaction strips the affiliation note)."""
    m01 = account(hidden, "m01")
    refusals = []
    for case_id in ("C-ORG", "C-AFF", "C-NAME"):
        key = prompt_key(hidden, case_id)
        assert hidden.prompt(key).party_confidential
        with pytest.raises(Exception) as caught:
            judgements.record_different_person(hidden, m01, key, version=0)
        refusals.append((type(caught.value), str(caught.value)))
        assert not judgements.may_judge(hidden, m01, key)
    assert refusals[0][0] is Forbidden and len(set(refusals)) == 1, refusals


# ------------------------------------------------------------------ the confirmation's words

def _confirmed_reason(path, *, other_member_judges_first: bool) -> str:
    """M01 judges Jordan Smith on C-1 a different person and confirms it on C-2; M02 (the same
    tie) judges on C-1 first or not at all. The reason recorded with M01's confirmation."""
    from coi.decisions import judgements

    docket = [party("Jordan Smith", case_id="C-1"), party("Smith, Jordan", case_id="C-2")]
    ties = [tie("friend", "Jordan Smith", member_id="M01"), tie("friend", "Jordan Smith", member_id="M02")]
    with two_member_store(path, ties, docket) as store:
        if other_member_judges_first:
            for _ in range(3):  # judged, marked in error, judged again: three judgements of M02's
                judgements.record_different_person(store, account(store, "m02"), prompt_key(store, "C-1", "M02"))
                from coi.decisions import views
                views.mark_entered_in_error(store, account(store, "m02"), prompt_key(store, "C-1", "M02"))
        m01 = account(store, "m01")
        judgement_id = judgements.record_different_person(store, m01, prompt_key(store, "C-1"), version=0)
        judgements.confirm(store, m01, prompt_key(store, "C-2"), judgement_id, version=0)
        reason = store.prompt(prompt_key(store, "C-2")).latest_decision.reason
        (confirmation,) = [j for j in store.judgements(member_id="M01")]
        assert confirmation.confirmations == 1  # the store links the answer to its judgement
        return reason


def test_a_confirmed_judgement_reason_tells_a_member_nothing_of_other_members_judgements(tmp_path, monkeypatch):
    """Finding: the reason recorded with a confirmation (shown on the member's card, their
    packet and the report) cited the judgement's id, a number counted over every member's
    judgements: a member read from it how many "a different person" answers others gave."""
    monkeypatch.setenv("COI_DB", str(tmp_path / "a" / "coi.sqlite3"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    alone = _confirmed_reason(tmp_path / "a" / "coi.sqlite3", other_member_judges_first=False)
    monkeypatch.setenv("COI_DB", str(tmp_path / "b" / "coi.sqlite3"))
    after_others = _confirmed_reason(tmp_path / "b" / "coi.sqlite3", other_member_judges_first=True)
    assert "case C-1" in alone and alone == after_others, (alone, after_others)


# ------------------------------------------------------------------ staff's words in a thread on a hidden party

def test_staff_may_not_name_a_confidential_party_in_the_possessive_and_the_member_never_reads_it(db):
    """Finding: "Mensah's" folded to one word "mensahs", which no withheld term matched: staff's
    advice "Ms. Mensah's complaint …" on m02's [confidential] prompt (the demo's Ngozi Mensah,
    case C-2026-0244) was recorded and shown to m02 as written — the confidential name."""
    from coi.decisions import threads, views
    from coi.model import Answer

    with Store.open(db) as store:
        m02, staff = account(store, "m02"), account(store, "staff")
        (p,) = [p for p in store.prompts(member_id="M02") if p.party_confidential]
        views.answer(store, m02, p.key, Answer.UNSURE)
        for advice in ("Ms. Mensah's complaint is about your family: recuse.",
                       "Ngozi\u2019s file names your spouse."):
            with pytest.raises(Forbidden, match="confidential"):
                threads.write(store, staff, p.key, advice)
        assert store.thread_entries(p.key) == []
        seen = threads.thread_for(store, m02, p.key)
        assert seen.redacted and not any("Mensah" in line.text or "Ngozi" in line.text for line in seen.lines)
        # written before the party was flagged: withheld from the member all the same
        assert threads.scrub("Ms. Mensah's complaint", threads.withheld_terms(p)) == "Ms. [withheld]'s complaint"


def test_staff_may_not_name_another_confidential_party_of_the_case_in_a_members_thread(tmp_path, monkeypatch):
    """Finding: the refusal looked only at the prompt's own party. On m01's prompt on Jordan
    Smith (shown by name), staff's advice naming the case's confidential complainant was
    recorded and shown to m01 — a confidential party's name, the one thing m01's packet and
    the case's parties list withhold. The party m01 sees by name may still be named."""
    from coi.decisions import threads, views
    from coi.model import Answer

    monkeypatch.setenv("COI_DB", str(tmp_path / "coi.sqlite3"))
    docket = [party("Jordan Smith", case_id="C-9", role="witness"),
              party("Wilhelmina Quarrington", case_id="C-9", role="complainant", date_of_birth=None,
                    affiliations=("Elm Grove PD",), confidential=True)]
    with two_member_store(tmp_path / "coi.sqlite3", [tie("friend", "Jordan Smith", member_id="M01")], docket) as store:
        m01, staff = account(store, "m01"), account(store, "staff")
        k = prompt_key(store, "C-9")
        assert not store.prompt(k).party_confidential
        views.answer(store, m01, k, Answer.UNSURE)
        for advice in ("Wilhelmina Quarrington filed this complaint, not your friend.",
                       "The complainant works at the Elm Grove PD: no conflict with your friend."):
            with pytest.raises(Forbidden, match="confidential"):
                threads.write(store, staff, k, advice)
        assert store.thread_entries(k) == []
        threads.write(store, staff, k, "Jordan Smith is only a witness here: recuse if he is your friend.")
        seen = threads.thread_for(store, m01, k)
        assert seen.lines[-1].text.startswith("Jordan Smith is only a witness")
        assert not any("Quarrington" in line.text or "Elm Grove" in line.text for line in seen.lines)
