"""A prompt's card on *My prompts*: its tier in colour, the party, the path from the member as
a diagram, how the name matched, the answer and its history, the thread with staff, and the
answer buttons (each click recorded once: :mod:`coi.ui.member.clicks`)."""

from __future__ import annotations

import streamlit as st

from coi.decisions import prompt_meetings, views
from coi.decisions.accounts import Account
from coi.decisions.views import PromptView
from coi.model import Answer
from coi.settings import load_settings
from coi.store.database import Store
from coi.text import MAX_TEXT
from coi.timefmt import panel_time
from coi.ui.member import advice, clicks, evidence
from coi.ui.member.clicks import CARD_VERSIONS, ENTERED_IN_ERROR
from coi.ui.widgets import card_id, md

ANSWER_WORDS = {Answer.SELF_RECUSE: "I recuse myself", Answer.NO_CONFLICT: "No conflict",
                Answer.UNSURE: "Unsure — staff to advise"}


def _dot(view: PromptView) -> str:
    """The path from the member to the party as a small left-to-right diagram."""
    nodes = [step.name or step.words for step in view.path]
    lines = ["digraph { rankdir=LR; node [shape=box, style=rounded, fontsize=11]; edge [fontsize=10];"]
    for i, name in enumerate(nodes):
        lines.append(f"n{i} [label={views.dot_quote(name)}];")
    for i, step in enumerate(view.path[1:], 1):
        lines.append(f"n{i - 1} -> n{i} [label={views.dot_quote(step.words)}];")
    lines.append("}")
    return "\n".join(lines)


def card_key(prompt_key: str) -> str:
    """The key of a prompt's card (the page gives its element the class ``st-key-<key>``)."""
    return "card-" + card_id(prompt_key)


#: A card's look by its prompt's tier (shown to the member anyway, confidential or not): the
#: statute's "shall self-recuse" in red, an advisory "consider" in amber. The tier's own element
#: inside the card (class st-key-statutory-… / st-key-advisory-…) styles the whole card.
TIER_HEADERS = {
    "statutory": (":red-badge[:material/gavel: Statutory] **:red[The statute requires you to recuse]** — "
                  "50 ILCS 705/3.1(g): a member *shall* self-recuse when this party is the person the match "
                  "names. Recuse yourself unless the match is not your tie."),
    "advisory": (":orange-badge[:material/help: Advisory] **:orange[Consider whether to recuse]** — the statute "
                 "does not list this tie; decide whether it is a conflict or an appearance of bias."),
}
CARD_STYLE = """<style>
[class*="st-key-card-"]:has([class*="st-key-statutory-"]) {
  border: 2px solid #d92d20 !important; border-left: 10px solid #b42318 !important; background: #fff5f4; }
[class*="st-key-card-"]:has([class*="st-key-advisory-"]) {
  border: 1px solid #f79009 !important; border-left: 10px solid #dc6803 !important; }
</style>"""


def prompt_card(store: Store, account: Account, view: PromptView, *, can_answer: bool,
                 seen: int | None = None, clicked_at: float | None = None,
                 meeting: prompt_meetings.PromptMeeting | None = None) -> None:
    """One prompt's card; ``seen``: the version of the prompt the card was drawn with the
    last time, which is what a click on it now answers; ``clicked_at``: when this run began
    (the click's time, for the double-click window); ``meeting``: the meeting its case is for
    (default: the docket's date). A statutory prompt's card is red and its primary button is
    "I recuse myself"; an advisory one is amber and asks the member to consider."""
    opaque = card_id(view.key)
    st.session_state.setdefault(CARD_VERSIONS, {})[view.key] = view.version  # what the next click answers
    settings = load_settings()
    statutory = view.tier == "statutory"
    meeting = meeting or (prompt_meetings.PromptMeeting(view.meeting_date) if view.meeting_date else None)
    with st.container(border=True, key=card_key(view.key)):
        with st.container(key=f"{'statutory' if statutory else 'advisory'}-{opaque}"):
            st.markdown(TIER_HEADERS["statutory" if statutory else "advisory"])
        st.markdown(f"**Case {md(view.case_id)}** · {md(view.category)} · *{md(view.tier)}*"
                    + (f" · {md(meeting.words())}" if meeting else ""))
        st.markdown(f"Party: **{md(view.party)}** ({md(view.party_role)})")
        st.caption(md(view.basis))
        st.graphviz_chart(_dot(view))
        evidence.match_evidence(view)
        if view.answer is not None:
            st.success(f"Answered: {ANSWER_WORDS[view.answer]}"
                       + (f" — {md(view.reason)}" if view.reason else "")
                       + f" (by {md(view.answered_by)}, {md(panel_time(view.answered_at, settings))})")
        elif view.struck is not None:
            st.warning(f"Your answer {ANSWER_WORDS[view.struck.answer]} of "
                       f"{md(panel_time(view.struck.decided_at, settings))} was marked "
                       f"as entered in error (by {md(view.struck.entered_in_error_by)}, "
                       f"{md(panel_time(view.struck.entered_in_error_at, settings))}): this prompt awaits your "
                       "answer again.")
        if view.answer is not None or view.struck is not None:
            history = views.history_for(store, account, view.key)
            if len(history) > 1 or any(d.entered_in_error for d in history):
                with st.expander(f"History of answers ({len(history)})"):
                    for d in history:
                        st.markdown(f"{md(panel_time(d.decided_at, settings))}: {ANSWER_WORDS[d.answer]}"
                                    + (f" — {md(d.reason)}" if d.reason else "") + f" (by {md(d.decided_by)})"
                                    + (f" — **entered in error** (marked by {md(d.entered_in_error_by)}, "
                                       f"{md(panel_time(d.entered_in_error_at, settings))})"
                                       if d.entered_in_error else ""))
        advice.prompt_panel(store, account, view, can_answer=can_answer, seen=seen, clicked_at=clicked_at)
        if not can_answer:
            return
        cols = st.columns(3)
        if cols[0].button(ANSWER_WORDS[Answer.SELF_RECUSE], key=f"recuse-{opaque}",
                          type="primary" if statutory else "secondary"):
            _answer(store, account, view, Answer.SELF_RECUSE, None, seen, clicked_at)
        if cols[1].button(ANSWER_WORDS[Answer.UNSURE], key=f"unsure-{opaque}"):
            _answer(store, account, view, Answer.UNSURE, None, seen, clicked_at)
        with cols[2].form(f"no-conflict-{opaque}", border=False):
            reason = st.text_input("Why there is no conflict", key=f"reason-{opaque}", max_chars=MAX_TEXT)
            if st.form_submit_button(ANSWER_WORDS[Answer.NO_CONFLICT]):
                _answer(store, account, view, Answer.NO_CONFLICT, reason, seen, clicked_at)
        advice.judgement_panel(store, account, view, seen=seen, clicked_at=clicked_at)
        if view.answer is not None and st.button(
                "Mark this answer as entered in error", key=f"error-{opaque}",
                help="For an answer you did not mean to give (a click that landed on the wrong card). The answer "
                     "stays on record, marked with who marked it and when; the prompt awaits your answer again."):
            clicks.act(view, ENTERED_IN_ERROR, seen,
                 lambda version: views.mark_entered_in_error(store, account, view.key, version=version),
                 f"Your answer for case {md(view.case_id)} is marked as entered in error: the prompt awaits your "
                 "answer again.", clicked_at)


def _answer(store: Store, account: Account, view: PromptView, choice: Answer, reason: str | None,
            seen: int | None, clicked_at: float | None) -> None:
    clicks.act(view, str(choice), seen,
         lambda version: views.answer(store, account, view.key, choice, reason, version=version),
         f"Your answer for case {md(view.case_id)} is recorded.", clicked_at)
