"""*My prompts*: the member's prompts grouped by their meeting (overdue first), each a card
to answer (:mod:`coi.ui.member.card`), and the member's packet for an upcoming meeting."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from coi.decisions import meetings, prompt_meetings, views
from coi.decisions.accounts import Account
from coi.model import Answer
from coi.store.database import Store
from coi.ui import widgets
from coi.ui.member import clicks
from coi.ui.member.card import CARD_STYLE, prompt_card
from coi.ui.member.clicks import CARD_VERSIONS, LAST_ACTION
from coi.ui.widgets import download_refusal, md, refusing, report_downloads

#: My prompts' groups: (heading, what it holds), in the page's order
PROMPT_GROUPS = {
    "overdue": ("Overdue", "Unanswered, and the meeting is a week away or less: please answer these first."),
    "upcoming": ("Upcoming", "For meetings ahead, the soonest first."),
    "undated": ("Not yet on a meeting's agenda", "Cases that no meeting lists yet."),
    "past": ("Past meetings", "Meetings already held, the latest first: kept for the record."),
}


@refusing
def my_prompts(store: Store, account: Account) -> None:
    clicked_at = clicks.clock()  # before the page's work: a busy server does not stretch the double-click window
    st.title("My prompts")
    if done := st.session_state.pop("answered", None):
        st.success(done)
    download_refusal()
    today = widgets.today()
    upcoming = [m for m in meetings.meetings(store, account) if m.meeting_date >= today]
    if upcoming:
        with st.expander("My packet for an upcoming meeting"):
            words = {m.meeting_id: prompt_meetings.PromptMeeting(m.meeting_date, m.meeting_id).words()
                     for m in upcoming}
            chosen = st.selectbox("Meeting", list(words), format_func=lambda i: words[i][:1].upper() + words[i][1:],
                                  key="packet_meeting")
            report_downloads(account, chosen, packet=account.member_id, formats=("pdf", "html"))
    prompts = views.prompts_for(store, account)
    if not prompts:
        st.info("You have no open prompts: nothing on the docket matches your disclosed ties.")
        return
    grouped = prompt_meetings.group(prompts, prompt_meetings.case_meetings(store, account, today), today)
    # an unsure answer is no final answer: it still awaits one, after staff's advice
    unanswered = [v for v in prompts if v.answer in (None, Answer.UNSURE)]
    unsure = sum(v.answer is Answer.UNSURE for v in prompts)
    st.write(f"{len(unanswered)} of {len(prompts)} prompts await your answer"
             + (f" ({unsure} answered unsure, awaiting your final answer)" if unsure else "")
             + (f"; {len(grouped.overdue)} overdue: the meeting is a week away or less." if grouped.overdue else "."))
    st.html(CARD_STYLE)  # statutory cards red, advisory amber (style only: takes no room on the page)
    seen = dict(st.session_state.get(CARD_VERSIONS, {}))  # as the cards were drawn before this click
    last = st.session_state.get(LAST_ACTION)
    for name, (heading, about) in PROMPT_GROUPS.items():
        group = getattr(grouped, name)
        if not group:
            continue
        st.subheader(f"{heading} ({len(group)})")
        st.caption(about)
        shown_meeting = None
        for dated in group:
            if dated.meeting is not None and dated.meeting != shown_meeting:
                shown_meeting = dated.meeting
                st.markdown(f"**For {md(_when(dated.meeting, today))}**")
            prompt_card(store, account, dated.view, can_answer=True, seen=seen.get(dated.view.key),
                         clicked_at=clicked_at, meeting=dated.meeting)
            if last is not None and not last["drawn"]:  # a card moved just now: the double-click window runs on
                last["at"] = clicks.clock()
    if last is not None:
        last["drawn"] = True  # every card is in its new place


def _when(meeting: prompt_meetings.PromptMeeting, today: dt.date) -> str:
    """"the meeting of Thu 3 Dec 2026, in 4 days" / "..., held 17 days ago"."""
    days = (meeting.date - today).days
    ago = -days
    return meeting.words() + (", today" if days == 0 else ", tomorrow" if days == 1 else f", in {days} days"
                              if days > 0 else ", held yesterday" if ago == 1 else f", held {ago} days ago")
