"""The dashboard (app.py) through Streamlit's AppTest, on a demo database: sign-in, the
member's and staff's pages, answering a prompt, idle expiry, and the access rules (a
member never sees another member's records nor a confidential party's name)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coi.decisions import views
from coi.decisions.accounts import Accounts, demo_password
from coi.model import Answer
from coi.store.database import Store
from coi.ui.widgets import CARD_IDS
from tests.factories import SYSTEM, dashboard_as

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def signed_in(username: str, password: str, *, page: str | None = None) -> AppTest:
    """Signed in (tests.factories.dashboard_as); ``page``: the app opened by a link to that page."""
    at = dashboard_as(username, password, page=page)
    assert not at.exception, at.exception
    return at


def page_text(at: AppTest) -> str:
    parts = [e.value for kind in ("title", "subheader", "markdown", "caption", "text", "success", "info", "warning", "error")
             for e in getattr(at, kind)]
    parts = [re.sub(r"\\(.)", r"\1", str(p)) for p in parts]  # markdown escapes, as the page shows them
    parts += [str(df.value.to_csv()) for df in at.dataframe]
    return "\n".join(parts)


def confidential_prompt(db: Path):
    with Store.open(db) as store:
        return next(p for p in store.prompts() if p.party_confidential)


def test_without_signing_in_only_the_sign_in_form_shows(db):
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "Sign in" in page_text(at) and "My prompts" not in page_text(at)


def test_a_wrong_password_is_refused_in_plain_words(db):
    at = signed_in("m01", "not the password")
    assert "username or password is wrong" in page_text(at)
    assert "account" not in at.session_state


def test_a_member_sees_their_own_prompts_and_nobody_elses(db):
    at = signed_in("m01", demo_password("M01"))
    text = page_text(at)
    assert "My prompts" in text
    with Store.open(db) as store:
        own = store.prompts(member_id="M01")
        others = [p for p in store.prompts() if p.member_id != "M01" and not p.party_confidential]
    assert f"of {len(own)} prompts await your answer" in text
    assert all(f"Case {p.case_id}" in text for p in own)
    assert not any(f"**{p.party_name}**" in text for p in others if p.party_name not in {o.party_name for o in own})


def card(at: AppTest, prompt_key: str) -> str:
    """The opaque id the page gave a prompt's card and buttons in this session (kept on the server)."""
    return at.session_state[CARD_IDS][prompt_key]


def m01_with_first_prompt(db: Path):
    """M01 signed in, and the first prompt on their page."""
    at = signed_in("m01", demo_password("M01"))
    with Store.open(db) as store:
        return at, views.prompts_for(store, Accounts(store).get("m01"))[0]


def test_a_member_answers_in_one_click_and_the_answer_is_kept_with_who_and_when(db):
    at, first = m01_with_first_prompt(db)
    at.button(key=f"recuse-{card(at, first.key)}").click().run()
    assert "is recorded" in page_text(at)
    with Store.open(db) as store:
        (decision,) = store.decisions(first.key)
    assert decision.answer is Answer.SELF_RECUSE and decision.decided_by == "m01" and decision.decided_at


def test_a_change_of_mind_is_a_new_answer_and_the_history_shows_both(db):
    at, first = m01_with_first_prompt(db)
    at.button(key=f"recuse-{card(at, first.key)}").click().run()
    at.button(key=f"unsure-{card(at, first.key)}").click().run()
    with Store.open(db) as store:
        assert [d.answer for d in store.decisions(first.key)] == [Answer.SELF_RECUSE, Answer.UNSURE]
    assert "History of answers (2)" in [e.label for e in at.expander]


def test_staff_filter_prompts_by_category_and_see_withdrawn_ones(db):
    at = signed_in("staff", "demo-staff-pass")
    at.selectbox(key="prompts_category").select("spouse").run()
    (table,) = at.dataframe
    assert len(table.value) > 0 and set(table.value["category"]) == {"spouse"}
    at.radio(key="filter_status").set_value("withdrawn").run()
    assert "No withdrawn prompts" in page_text(at)


def test_no_conflict_without_a_reason_is_refused_and_nothing_is_written(db):
    at, first = m01_with_first_prompt(db)
    at.button(key=f"FormSubmitter:no-conflict-{card(at, first.key)}-No conflict").click().run()
    assert "needs a reason" in page_text(at)
    with Store.open(db) as store:
        assert store.decisions(first.key) == []


def test_no_conflict_with_a_reason_is_recorded_with_the_reason(db):
    at, first = m01_with_first_prompt(db)
    at.text_input(key=f"reason-{card(at, first.key)}").input("we have not spoken since 2009")
    at.button(key=f"FormSubmitter:no-conflict-{card(at, first.key)}-No conflict").click().run()
    with Store.open(db) as store:
        (decision,) = store.decisions(first.key)
    assert decision.answer is Answer.NO_CONFLICT and decision.reason == "we have not spoken since 2009"


def confidential_prompts(db: Path):
    with Store.open(db) as store:
        return [p for p in store.prompts() if p.party_confidential]


@pytest.mark.parametrize("n", [0, 1])
def test_a_member_never_sees_a_confidential_partys_name(db, n):
    # the demo's two: a spouse (direct), and a nephew through a sibling (a chain)
    p = confidential_prompts(db)[n]
    at = signed_in(p.member_id.lower(), demo_password(p.member_id))
    markdown = [re.sub(r"\\(.)", r"\1", m.value) for m in at.markdown]
    starts = [i for i, m in enumerate(markdown) if m.startswith("**Case ")]
    k = next(n for n, i in enumerate(starts) if markdown[i].startswith(f"**Case {p.case_id}**"))
    card = markdown[starts[k]:starts[k + 1] if k + 1 < len(starts) else None]
    diagram = at.get("graphviz_chart")[k].proto.spec
    assert "[confidential]" in "\n".join(card)
    # the card names neither the party, nor the tie it matched, nor the chain of ties that
    # would say which relative (the member's other cards may name that tie)
    intermediate = [s.name for s in p.path[1:-1]]
    assert intermediate or n == 0
    for text in (*card, diagram):
        assert p.party_name not in text and p.matched_name not in text
        assert not any(name and name in text for name in intermediate)


def test_staff_see_every_prompt_with_confidential_names(db):
    at = signed_in("staff", "demo-staff-pass")
    text = page_text(at)
    with Store.open(db) as store:
        everything = store.prompts()
    assert f"{len(everything)} of {len(everything)} prompts" in text
    assert confidential_prompt(db).party_name in text


def test_an_idle_session_is_signed_out(db):
    at = signed_in("m01", demo_password("M01"))
    with Store.open(db) as store, store.transaction() as conn:  # the server-side session last used 31 minutes ago
        conn.execute("UPDATE sessions SET last_seen = ?",
                     ((dt.datetime.now(dt.UTC) - dt.timedelta(minutes=31)).isoformat(timespec="seconds"),))
    at.run()
    text = page_text(at)
    assert "signed out after 30 minutes" in text and "My prompts" not in text


def test_the_access_rules_hold_in_the_library_whatever_the_page_asks(db):
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        other = next(p for p in store.prompts() if p.member_id != "M01")
        with pytest.raises(views.Forbidden):
            views.disclosures_for(store, m01, "M02")
        with pytest.raises(views.Forbidden):
            views.prompts_for(store, m01, member_id="M02")
        with pytest.raises(views.Forbidden):
            views.answer(store, m01, other.key, Answer.SELF_RECUSE)
        with pytest.raises(views.Forbidden):
            views.history_for(store, m01, other.key)
        staff = Accounts(store).get("staff")
        with pytest.raises(views.Forbidden):
            views.answer(store, staff, other.key, Answer.SELF_RECUSE)
        assert store.decisions(other.key) == []


def staff_on_docket_page() -> AppTest:
    at = signed_in("staff", "demo-staff-pass", page="docket")
    assert "Docket" in [t.value for t in at.title]
    return at


DOCKET = ("case_id,party_name,party_role,party_kind,affiliations,date_of_birth,confidential\n"
          "C-2027-0001,{name},witness,person,,,false\n"
          "C-2027-0001,Riverbend Police Department,agency,organization,,,false\n")


def test_staff_upload_a_docket_and_see_its_prompts(db):
    with Store.open(db) as store:
        tie = next(d for d in store.panel().disclosures if d.relation.value == "spouse")
    at = staff_on_docket_page()
    at.file_uploader(key="docket_file").set_value(("new.csv", DOCKET.format(name=tie.name).encode(), "text/csv"))
    at.run()
    assert not at.exception, at.exception
    at.button(key="docket_import").click().run()  # the plan is shown first; imported on confirm (issue 12)
    assert not at.exception, at.exception
    text = page_text(at)
    assert "new.csv: 2 parties added" in text and "Prompts in this docket's 1 case: 1" in text
    assert tie.name in text
    with Store.open(db) as store:
        assert any(p.case_id == "C-2027-0001" and p.member_id == tie.member_id for p in store.prompts())


def test_a_docket_with_a_bad_row_is_refused_whole_with_row_column_and_fix(db):
    bad = DOCKET.format(name="Ana Diaz") + "C-2027-0001,Someone,judge,person,,13/01/1980,false\n"
    at = staff_on_docket_page()
    at.file_uploader(key="docket_file").set_value(("bad.csv", bad.encode(), "text/csv"))
    at.run()
    text = page_text(at)
    assert "bad.csv was not imported: 2 problem(s)" in text and "Nothing was changed" in text
    assert "party_role" in text and "date_of_birth" in text and "YYYY-MM-DD" in text
    with Store.open(db) as store:
        assert not [p for p in store.parties() if p.case_id == "C-2027-0001"]


@pytest.mark.parametrize("page", ["docket", "prompts", "roster", "audit", "accounts"])
def test_a_link_to_a_staff_page_gives_a_member_their_own_page(db, page):
    at = signed_in("m01", demo_password("M01"), page=page)
    assert [t.value for t in at.title] == ["My prompts"]


def test_my_disclosures_shows_the_members_ties_and_records_a_confirmation(db):
    at = signed_in("m01", demo_password("M01"), page="my-disclosures")
    with Store.open(db) as store:
        own = views.disclosures_for(store, Accounts(store).get("m01"))
    assert "Not yet confirmed as complete." in page_text(at)
    (editor,) = at.dataframe
    assert list(editor.value["name"]) == [d.name for d in own]
    at.button(key="confirm_disclosures").click().run()
    assert "confirmed as complete today" in page_text(at) and "Confirmed as complete on" in page_text(at)


def test_saving_unchanged_disclosures_rescreens_and_reports_no_change(db):
    at = signed_in("m01", demo_password("M01"), page="my-disclosures")
    at.button(key="save_disclosures").click().run()
    assert not at.exception, at.exception
    assert "Saved: 0 added, 0 changed, 0 removed" in page_text(at)


def test_my_ties_draws_the_members_graph(db):
    at = signed_in("m01", demo_password("M01"), page="my-ties")
    (chart,) = at.get("graphviz_chart")
    with Store.open(db) as store:
        spouse = next(d for d in views.disclosures_for(store, Accounts(store).get("m01")) if d.relation.value == "spouse")
    assert spouse.name in chart.proto.spec


def test_staff_record_a_motion_and_a_vote(db):
    at = signed_in("staff", "demo-staff-pass", page="recusal-votes")
    meeting = at.selectbox(key="motion_meeting").value
    at.selectbox(key=f"motion_item-{meeting}").select_index(0)
    at.selectbox(key=f"motion_member-{meeting}").select("M01")
    at.selectbox(key=f"motion_mover-{meeting}").select("M02")
    at.button(key=f"FormSubmitter:motion-{meeting}-Record the motion").click().run()
    assert not at.exception, at.exception
    assert "Motion recorded: recuse M01" in page_text(at)
    rows = [s for s in at.selectbox if s.key and s.key.startswith("roll-1-")]
    for s in rows:
        s.select("no" if s.key == "roll-1-M03" else "yes")
    at.button(key="FormSubmitter:rollcall-1-Record the roll call").click().run()
    assert f"{len(rows) - 1} yes, 1 no, 0 abstaining" in page_text(at)
    # the member concerned is not offered as a voter
    assert "roll-1-M01" not in {s.key for s in rows}


def test_single_sign_on_is_offered_only_when_configured(db):
    plain = AppTest.from_file(APP, default_timeout=60).run()
    assert not plain.exception and not [b for b in plain.button if "organization" in b.label]
    configured = AppTest.from_file(APP, default_timeout=60)
    configured.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                                  "client_id": "coi", "client_secret": "s",
                                  "server_metadata_url": "https://idp.example/.well-known/openid-configuration"}
    configured.run()
    assert not configured.exception
    assert [b for b in configured.button if "organization" in b.label]


PAGES = [("m01", demo_password("M01"), "my-prompts", "My prompts"),
         ("m01", demo_password("M01"), "my-disclosures", "My disclosures"),
         ("m01", demo_password("M01"), "my-ties", "My ties"),
         ("staff", "demo-staff-pass", "docket", "Docket"), ("staff", "demo-staff-pass", "prompts", "Prompts"),
         ("staff", "demo-staff-pass", "roster", "Roster"), ("staff", "demo-staff-pass", "recusal-votes", "Recusal votes"),
         ("staff", "demo-staff-pass", "audit", "Audit"), ("admin", "demo-admin-pass", "accounts", "Accounts"),
         ("admin", "demo-admin-pass", "prompts", "Prompts")]


@pytest.mark.parametrize("username, password, page, title", PAGES, ids=[f"{u}-{p}" for u, _, p, _ in PAGES])
def test_every_page_opens_for_its_role_without_an_error(db, username, password, page, title):
    at = signed_in(username, password, page=page)
    assert [t.value for t in at.title] == [title]
    assert not at.exception and not at.error


@pytest.mark.parametrize("page", ["accounts"])
def test_staff_have_no_accounts_page(db, page):
    at = signed_in("staff", "demo-staff-pass", page=page)
    assert [t.value for t in at.title] == ["Prompts"]


def test_an_admin_adds_and_disables_an_account_and_it_can_then_not_sign_in(db):
    at = signed_in("admin", "demo-admin-pass", page="accounts")
    at.text_input(key="new_username").input("clerk")
    at.selectbox(key="new_role").select("staff")
    at.text_input(key="new_password").input("a long enough password")
    at.button(key="FormSubmitter:add_account-Add the account").click().run()
    assert "Account clerk (staff) added." in page_text(at)
    at.selectbox(key="toggle_username").select("clerk")
    at.radio(key="toggle_state").set_value("disabled")
    at.button(key="FormSubmitter:disable_account-Apply").click().run()
    assert "Account clerk is disabled." in page_text(at)
    assert "username or password is wrong" in page_text(signed_in("clerk", "a long enough password"))


def test_staff_see_a_meetings_warnings_downloads_and_removal_exposure(db):
    at = signed_in("staff", "demo-staff-pass", page="meetings")
    at.selectbox(key="meeting_choice").select("2026-08-13").run()
    assert not at.exception, at.exception
    text = page_text(at)
    assert "Quorum: a majority of the 13 seats (7)" in text
    assert "Appointed by the Governor" in text and "voted with a statutory prompt unanswered" in text
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"HTML", "CSV", "XLSX"} <= labels


def test_staff_record_absences_and_votes_on_the_meetings_page(db):
    at = signed_in("staff", "demo-staff-pass", page="meetings")
    at.selectbox(key="meeting_choice").select("2026-12-10").run()
    at.multiselect(key="absent-2026-12-10").select("M05").run()
    at.multiselect(key="vote_members").select("M01").select("M02")
    at.radio(key="vote_how").set_value("yes")
    at.button(key="FormSubmitter:votes-2026-12-10-Record the votes").click().run()
    assert not at.exception, at.exception
    assert "2 votes recorded on item 1" in page_text(at)
    from coi.decisions import meetings
    with Store.open(db) as store:
        assert meetings.meeting(store, SYSTEM, "2026-12-10").absent == ("M05",)
        assert meetings.voters(store, SYSTEM, "2026-12-10")[1] == {"M01": "yes", "M02": "yes"}


def test_a_member_can_download_their_packet_for_an_upcoming_meeting(db):
    from coi.decisions import meetings
    with Store.open(db) as store:  # a meeting that stays upcoming whenever the test runs
        meetings.save_meeting(store, SYSTEM, "future", dt.date(2099, 1, 1), [store.cases()[0].case_id])
    at = signed_in("m01", demo_password("M01"))
    labels = {b.proto.label for b in at.get("download_button")}
    assert "HTML" in labels


def test_disabling_an_account_ends_its_open_session(db):
    at = signed_in("m01", demo_password("M01"))
    with Store.open(db) as store:
        Accounts(store).set_disabled("m01", True, by=SYSTEM)
    at.run()
    text = page_text(at)
    assert "Your account is disabled" in text and "My prompts" not in text
