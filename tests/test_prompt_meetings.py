"""Which meeting each prompt is for, and a member's prompts grouped by the Panel's calendar
(issue 14, item 1): a meeting already held is not presented as current."""

from __future__ import annotations

import datetime as dt

from coi.decisions import meetings, views
from coi.decisions.accounts import Accounts
from coi.decisions.prompt_meetings import PromptMeeting, case_meetings, group, unanswered_words
from coi.decisions.views import PromptView
from coi.model import Answer
from coi.store.database import Store
from tests.factories import SYSTEM

TODAY = dt.date(2026, 12, 3)  # a Thursday


def view(case_id: str, meeting: dt.date | None, *, answered: bool = False) -> PromptView:
    return PromptView(key=f"k-{case_id}", case_id=case_id, member_id="M01", member_name="Ana Diaz", party="P",
                      party_role="witness", category="sibling", tier="statutory", basis="", path=(), matched_name="P",
                      how="", score=1.0, status="open", answer=Answer.SELF_RECUSE if answered else None,
                      answered_by="m01" if answered else None, answered_at=None, reason=None, redacted=False,
                      meeting_date=meeting)


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def cases(dated) -> list[str]:
    return [d.view.case_id for d in dated]


def test_an_unanswered_prompt_whose_meeting_is_a_week_away_or_less_is_overdue():
    g = group([view("A", days(7)), view("B", days(8)), view("C", days(0))], {}, TODAY)
    assert cases(g.overdue) == ["C", "A"] and cases(g.upcoming) == ["B"]


def test_an_answered_prompt_whose_meeting_is_near_is_upcoming_not_overdue():
    g = group([view("A", days(2), answered=True)], {}, TODAY)
    assert cases(g.upcoming) == ["A"] and not g.overdue


def test_a_meeting_already_held_is_past_answered_or_not():
    g = group([view("A", days(-1)), view("B", days(-30), answered=True), view("C", days(1))], {}, TODAY)
    assert cases(g.past) == ["A", "B"] and cases(g.overdue) == ["C"] and not g.upcoming


def test_upcoming_are_the_soonest_first_and_past_the_latest_first():
    g = group([view("late", days(60)), view("soon", days(20)), view("old", days(-60)), view("recent", days(-5))],
              {}, TODAY)
    assert cases(g.upcoming) == ["soon", "late"] and cases(g.past) == ["recent", "old"]


def test_prompts_without_a_meeting_are_kept_apart_and_the_page_order_is_overdue_upcoming_undated_past():
    g = group([view("past", days(-3)), view("none", None), view("later", days(30)), view("now", days(1))], {}, TODAY)
    assert cases(g.undated) == ["none"]
    assert [v.case_id for v in g.in_order()] == ["now", "later", "none", "past"] and len(g) == 4


def test_within_a_meeting_the_given_order_is_kept():
    g = group([view("B", days(20)), view("A", days(20))], {}, TODAY)
    assert cases(g.upcoming) == ["B", "A"]


def test_an_agenda_decides_the_meeting_over_the_dockets_date():
    g = group([view("A", days(-10))], {"A": PromptMeeting(days(3), "special")}, TODAY)
    assert cases(g.overdue) == ["A"] and g.overdue[0].meeting.meeting_id == "special"


def test_a_case_on_two_agendas_is_for_the_next_meeting_then_once_both_are_held_the_latest(db):
    with Store.open(db) as store:
        case_id = store.cases()[0].case_id
        meetings.save_meeting(store, SYSTEM, "first-hearing", days(-14), [case_id])
        meetings.save_meeting(store, SYSTEM, "continued", days(14), [case_id])
        staff = Accounts(store).get("staff")
        assert case_meetings(store, staff, TODAY)[case_id] == PromptMeeting(days(14), "continued")
        assert case_meetings(store, staff, days(30))[case_id] == PromptMeeting(days(14), "continued")
        assert case_meetings(store, staff, days(-20))[case_id] == PromptMeeting(days(-14), "first-hearing")


def test_a_member_may_see_which_meeting_their_prompts_are_for(db):
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        own = views.prompts_for(store, m01)
        known = case_meetings(store, m01, TODAY)
    assert any(v.case_id in known for v in own)


def test_a_meeting_is_named_by_its_date_in_words_and_its_id_when_that_is_not_the_date():
    assert PromptMeeting(dt.date(2026, 12, 10), "2026-12-10").words() == "the meeting of Thu 10 Dec 2026"
    assert PromptMeeting(dt.date(2026, 12, 10), "special").words() == "the meeting of Thu 10 Dec 2026 (special)"
    assert PromptMeeting(dt.date(2026, 12, 10)).words() == "the meeting of Thu 10 Dec 2026"


def test_staffs_count_of_unanswered_prompts_names_each_meeting():
    prompts = [view("A", days(4)), view("B", days(4)), view("C", days(40)), view("D", days(40), answered=True),
               view("E", None), view("F", days(-2))]
    assert unanswered_words(prompts, {}, TODAY) == (
        "2 unanswered for the meeting of Mon 7 Dec 2026 (in 4 days, overdue); "
        "1 for the meeting of Tue 12 Jan 2027 (in 40 days); 1 on no meeting's agenda yet; "
        "1 for meetings already held.")


def test_staffs_count_says_when_nothing_awaits_an_answer():
    assert unanswered_words([view("A", days(4), answered=True)], {}, TODAY) == "No prompt awaits an answer."
