"""Access, as a matrix: every page of the dashboard opened by a link, and every action of
the library behind it, against every role and a signed-out visitor (issue 6, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coi import views, votes
from coi.accounts import Accounts, demo_password
from coi.model import Answer
from coi.store import Store
from tests.factories import copy_database, demo_database

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = {"my-prompts": "My prompts", "my-disclosures": "My disclosures", "my-ties": "My ties", "docket": "Docket",
         "prompts": "Prompts", "roster": "Roster", "meetings": "Meetings", "recusal-votes": "Recusal votes",
         "audit": "Audit", "accounts": "Accounts"}
ROLES = {"visitor": None, "member": ("m01", demo_password("M01")), "staff": ("staff", "demo-staff-pass"),
         "admin": ("admin", "demo-admin-pass")}
MEMBER_PAGES = {"my-prompts", "my-disclosures", "my-ties"}
STAFF_PAGES = {"docket", "prompts", "roster", "meetings", "recusal-votes", "audit"}
ALLOWED = {"visitor": set(), "member": MEMBER_PAGES, "staff": STAFF_PAGES, "admin": STAFF_PAGES | {"accounts"}}
HOME = {"member": "My prompts", "staff": "Prompts", "admin": "Prompts"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo_database(tmp_path_factory.mktemp("access"))


@pytest.fixture
def db(demo_db, tmp_path, monkeypatch):
    copy = copy_database(demo_db, tmp_path)
    monkeypatch.setenv("COI_DB", str(copy))
    return copy


CASES = [(role, page) for role in ROLES for page in PAGES]


@pytest.mark.parametrize("role, page", CASES, ids=[f"{r}-{p}" for r, p in CASES])
def test_a_link_opens_a_page_only_for_the_roles_that_have_it(db, role, page, tried):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = page
    at.run()
    if ROLES[role] is not None:
        username, password = ROLES[role]
        at.text_input(key="username").input(username)
        at.text_input(key="password").input(password)
        at.button(key="FormSubmitter:sign_in-Sign in").click().run()
    assert not at.exception
    titles = [t.value for t in at.title]
    if role == "visitor":
        assert titles == ["coi — conflict-of-interest screening"] and not at.dataframe
    elif page in ALLOWED[role]:
        assert titles == [PAGES[page]]
    else:
        assert titles == [HOME[role]]
    if page == "accounts" and role == "admin":
        tried(f"access: {len(CASES)} (role, page) pairs opened by link; {len(ACTIONS)} library actions per role")


def _account(store, role):
    return Accounts(store).get(ROLES[role][0])


def _answer(store, account):
    p = store.prompts(member_id="M01")[0]
    views.answer(store, account, p.key, Answer.SELF_RECUSE)


def _answer_another(store, account):
    p = store.prompts(member_id="M02")[0]
    views.answer(store, account, p.key, Answer.SELF_RECUSE)


def _see_other_disclosures(store, account):
    views.disclosures_for(store, account, "M02")


def _save_other_disclosures(store, account):
    views.save_disclosures(store, account, [{"relation": "friend", "name": "Zed Quill"}], member_id="M02")


def _see_other_prompts(store, account):
    views.prompts_for(store, account, member_id="M02")


def _see_confidential(store, account):
    p = next(p for p in store.prompts() if p.party_confidential)
    if views.view_of(p, account).party != p.party_name:
        raise views.Forbidden("redacted")


def _roster(store, account):
    views.roster_rows(store, account, store.members()[0].term_end)


def _confirm(store, account):
    views.confirm_disclosures(store, account)


ACTIONS = {  # action → the roles that may do it
    "answer one's own prompt": (_answer, {"member"}),
    "answer another member's prompt": (_answer_another, set()),
    "see another member's disclosures": (_see_other_disclosures, {"staff", "admin"}),
    "save another member's disclosures": (_save_other_disclosures, {"staff", "admin"}),
    "see another member's prompts": (_see_other_prompts, {"staff", "admin"}),
    "see a confidential party's name": (_see_confidential, {"staff", "admin"}),
    "see the roster": (_roster, {"staff", "admin"}),
    "confirm one's disclosures": (_confirm, {"member"}),
}
ACTION_CASES = [(role, action) for role in ("member", "staff", "admin") for action in ACTIONS]


@pytest.mark.parametrize("role, action", ACTION_CASES, ids=[f"{r}-{a}" for r, a in ACTION_CASES])
def test_an_action_is_allowed_only_to_the_roles_that_have_it(db, role, action):
    fn, allowed = ACTIONS[action]
    with Store.open(db) as store:
        account = _account(store, role)
        if role in allowed:
            fn(store, account)
        else:
            with pytest.raises(views.Forbidden):
                fn(store, account)


def test_the_member_concerned_cannot_vote_on_their_own_recusal(db):
    with Store.open(db) as store:
        case_id = store.prompts(member_id="M01")[0].case_id
        motion = votes.move(store, case_id=case_id, member_id="M01", moved_by="M02", actor="staff")
        with pytest.raises(votes.VoteError):
            votes.vote(store, motion, voter_id="M01", choice="no", actor="staff")
        assert votes.result(store, motion).present == 0
