"""On a member's prompt card (issue 14, items 3 and 7): the thread with staff on an unsure
answer (:func:`prompt_panel`, above the answer buttons) and the judgement "a different
person" (:func:`judgement_panel`, below them). The rules are the library's
(:mod:`coi.decisions.threads`, :mod:`coi.decisions.judgements`); this draws them. Staff's side
is the *Unsure answers* page (:mod:`coi.ui.staff.unsure_answers`)."""

from __future__ import annotations

import streamlit as st

from coi.decisions import judgements, threads
from coi.decisions.accounts import Account
from coi.decisions.views import PromptView
from coi.model import Answer
from coi.store.database import Store
from coi.ui.member import clicks
from coi.ui.widgets import card_id, md, thread_lines, write_form

DIFFERENT_PERSON = "No conflict — a different person"
CONFIRM_JUDGEMENT = "Confirm: a different person, as I judged"
_DONE = "answered"  # the My prompts page shows (and clears) this notice after a rerun


def prompt_panel(store: Store, account: Account, view: PromptView, *, can_answer: bool = False,
                 seen: int | None = None, clicked_at: float | None = None) -> None:
    """On a prompt's card, above its answer buttons: the conversation with staff after an
    unsure answer (and a box to ask in it while it is open). Nothing of a party the member
    sees as [confidential]."""
    opaque = card_id(view.key)
    thread = threads.thread_for(store, account, view.key)
    if thread.state is not None:
        with st.expander(f"Conversation with staff — {thread.state}", expanded=thread.open):
            thread_lines(thread)
            if thread.state is threads.ThreadState.ADVISED:
                st.info("Staff advised: give your final answer with the buttons of this card.")
            if can_answer and thread.open:
                write_form(store, account, view.key, "ask", opaque, "Ask staff", "Send to staff", 80,
                            _DONE, f"Your message on case {md(view.case_id)} is sent to staff.")


def judgement_panel(store: Store, account: Account, view: PromptView, *, seen: int | None = None,
                    clicked_at: float | None = None) -> None:
    """On a prompt's card the member may answer, below *I recuse myself* (the statute's answer
    comes first): the member's earlier judgement "a different person" when it applies (one
    click confirms it), else the one-click answer *no conflict — a different person* on a
    person's name match."""
    opaque = card_id(view.key)
    if view.answer not in (None, Answer.UNSURE):  # unsure: the final answer may be this one
        return
    note = judgements.note_for(store, account, view.key)
    if note is not None:
        st.info(md(note.sentence) + " If this is the same party, it is a different person again: confirm below.")
        if st.button(CONFIRM_JUDGEMENT, key=f"judged-{opaque}"):
            clicks.act(view, "no_conflict", seen,
                       lambda version: judgements.confirm(store, account, view.key, note.judgement.id, version=version),
                       f"Your answer for case {md(view.case_id)} is recorded: a different person, as you judged.",
                       clicked_at)
    elif judgements.may_judge(store, account, view.key):
        if st.button(DIFFERENT_PERSON, key=f"different-{opaque}",
                     help="The party is not the person you disclosed. Recorded as No conflict, and remembered: "
                          "if this same person (name, date of birth, agency) is on another case, you will be "
                          "shown this judgement and can confirm it with one click."):
            clicks.act(view, "no_conflict", seen,
                       lambda version: judgements.record_different_person(store, account, view.key, version=version),
                       f"Your answer for case {md(view.case_id)} is recorded: a different person.", clicked_at)

