"""My prompts in the dashboard (AppTest, demo database): prompts grouped by the Panel's calendar
with the meeting named, timestamps in the Panel's time zone in words (issue 14, item 1), and a
statutory card that looks mandatory, with "I recuse myself" its primary button (item 2)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from streamlit.testing.v1 import AppTest

from coi.decisions import prompt_meetings, views
from coi.decisions.accounts import Accounts, demo_password
from coi.model import Answer
from coi.store.database import Store
from coi.timefmt import panel_time
from coi.ui import widgets
from coi.ui.member.card import TIER_HEADERS
from coi.ui.widgets import CARD_IDS
from tests.factories import dashboard_as

TODAY = dt.date(2026, 12, 5)  # the demo's next meeting is Thu 10 Dec 2026, five days on
ISO_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(widgets, "today", lambda: TODAY)
    return TODAY


def signed_in(username: str, page: str | None = None) -> AppTest:
    password = demo_password(username.upper()) if username.startswith("m") else f"demo-{username}-pass"
    at = dashboard_as(username, password, page=page)
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> list[tuple[str, str]]:
    """What the page shows, in order: (kind, text) of every heading, markdown, caption and message."""
    out = []
    for node in at.main:
        kind = getattr(node, "type", "")
        if kind in ("title", "subheader", "markdown", "caption", "success", "warning", "info", "error"):
            out.append((kind, re.sub(r"\\(.)", r"\1", str(node.value))))
    return out


def grouped(db, username: str):
    with Store.open(db) as store:
        account = Accounts(store).get(username)
        prompts = views.prompts_for(store, account)
        return prompt_meetings.group(prompts, prompt_meetings.case_meetings(store, account, TODAY), TODAY)


def test_my_prompts_shows_overdue_then_upcoming_then_past_meetings_last(db, today):
    g = grouped(db, "m01")
    assert g.overdue and g.upcoming and g.past  # the demo as of 5 Dec: one of each at least
    at = signed_in("m01")
    items = shown(at)
    headings = [text for kind, text in items if kind == "subheader"]
    assert [h.split(" (")[0] for h in headings] == ["Overdue", "Upcoming", "Not yet on a meeting's agenda",
                                                    "Past meetings"]
    assert headings[0] == f"Overdue ({len(g.overdue)})" and headings[-1] == f"Past meetings ({len(g.past)})"
    cards = [text.split("**")[1].removeprefix("Case ") for kind, text in items
             if kind == "markdown" and text.startswith("**Case ")]
    assert cards == [v.case_id for v in g.in_order()]
    past_heading = next(i for i, (kind, text) in enumerate(items) if text.startswith("Past meetings ("))
    first_past = next(i for i, (kind, text) in enumerate(items) if text.startswith(f"**Case {g.past[0].view.case_id}**"))
    assert past_heading < first_past


def test_each_group_names_its_meeting_in_words_and_how_far_it_is(db, today):
    text = "\n".join(t for _, t in shown(signed_in("m01")))
    assert "For the meeting of Thu 10 Dec 2026, in 5 days" in text
    assert "For the meeting of Thu 12 Nov 2026, held 23 days ago" in text
    assert "overdue: the meeting is a week away or less" in text


def test_the_packet_list_names_upcoming_meetings_in_words(db, today):
    at = signed_in("m01")
    box = at.selectbox(key="packet_meeting")
    assert box.options[0] == "The meeting of Thu 10 Dec 2026" and box.value == "2026-12-10"
    assert not any("Nov 2026" in o for o in box.options)  # a meeting already held is no upcoming meeting


def test_an_answer_is_shown_with_its_time_in_the_panels_zone_never_a_raw_timestamp(db, today):
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        key = views.prompts_for(store, m01)[0].key
        views.answer(store, m01, key, Answer.UNSURE)
        views.mark_entered_in_error(store, m01, key)
        views.answer(store, m01, key, Answer.SELF_RECUSE)
        history = views.history_for(store, m01, key)
    at = signed_in("m01")
    text = "\n".join(t for _, t in shown(at))
    assert f"(by m01, {panel_time(history[-1].decided_at)})" in text
    assert re.search(r"by m01, (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} 20\d\d, \d{1,2}:\d\d (am|pm)\)", text)
    assert not ISO_TIMESTAMP.search(text), ISO_TIMESTAMP.search(text)
    assert f"{panel_time(history[0].decided_at)}: Unsure" in text


def test_staffs_prompt_count_names_the_meeting(db, today):
    at = signed_in("staff", page="prompts")
    text = "\n".join(t for _, t in shown(at))
    assert re.search(r"\d+ unanswered for the meeting of Thu 10 Dec 2026 \(in 5 days, overdue\); "
                     r"\d+ for the meeting of Thu 14 Jan 2027", text), text


# ---- item 2: the statute's "shall self-recuse" looks mandatory

def _cards(db, username: str):
    with Store.open(db) as store:
        return views.prompts_for(store, Accounts(store).get(username))


def test_a_statutory_cards_primary_button_is_i_recuse_myself_and_an_advisory_cards_is_not(db, today):
    prompts = _cards(db, "m01")
    statutory = next(v for v in prompts if v.tier == "statutory")
    advisory = next(v for v in prompts if v.tier == "advisory")
    at = signed_in("m01")
    ids = at.session_state[CARD_IDS]
    button = at.button(key=f"recuse-{ids[statutory.key]}")
    assert button.label == "I recuse myself" and button.proto.type == "primary"
    assert at.button(key=f"unsure-{ids[statutory.key]}").proto.type == "secondary"
    assert at.button(key=f"recuse-{ids[advisory.key]}").proto.type == "secondary"


def test_a_statutory_card_says_the_statute_requires_recusal_and_an_advisory_one_asks_to_consider(db, today):
    prompts = {v.case_id: v for v in _cards(db, "m01")}
    items = shown(signed_in("m01"))
    headers = {}
    for (_, before), (kind, text) in zip(items, items[1:]):
        if kind == "markdown" and text.startswith("**Case "):
            headers[text.split("**")[1].removeprefix("Case ")] = before
    assert headers and set(headers) == set(prompts)
    for case_id, header in headers.items():
        if prompts[case_id].tier == "statutory":
            assert "The statute requires you to recuse" in header and "Consider" not in header
        else:
            assert "Consider whether to recuse" in header and "requires" not in header


def test_a_confidential_cards_look_is_its_tiers_fixed_words_and_nothing_of_the_party(db, today):
    with Store.open(db) as store:
        p = next(p for p in store.prompts() if p.party_confidential and p.tier == "statutory")
    at = signed_in(p.member_id.lower())
    items = shown(at)
    at_card = next(i for i, (kind, text) in enumerate(items) if text.startswith(f"**Case {p.case_id}**")
                   and "[confidential]" in items[i + 1][1])
    assert re.sub(r"\\(.)", r"\1", TIER_HEADERS["statutory"]) == items[at_card - 1][1]
    card_text = "\n".join(t for _, t in items[at_card - 1:at_card + 6])
    assert p.party_name not in card_text and p.matched_name not in card_text


def test_an_unsure_answer_still_awaits_the_members_final_answer_in_the_count(db, today):
    """Unsure asks staff for advice; it is no final answer, so the count of prompts awaiting
    the member does not fall when they answer unsure."""
    def count() -> str:
        return next(text for kind, text in shown(signed_in("m01", "my-prompts")) if "prompts await your answer" in text)

    before = count()
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        view = next(v for v in views.prompts_for(store, m01) if v.answer is None and not v.redacted)
        views.answer(store, m01, view.key, Answer.UNSURE)
    after = count()
    assert before.split(" of ")[0] == after.split(" of ")[0]
    assert "1 answered unsure, awaiting your final answer" in after
