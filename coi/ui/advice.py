"""The dashboard's side of conversations and judgements (issue 14, items 3 and 7): on a
member's prompt card, the thread on an unsure answer and the judgement "a different person"
(:func:`prompt_panel` above its answer buttons, :func:`judgement_panel` below them); for staff, the *Unsure answers* page — open threads to advise on and
every judgement, with revocation (:func:`unsure_answers`). The rules are the library's
(:mod:`coi.decisions.threads`, :mod:`coi.decisions.judgements`); this draws them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import judgements
from coi.decisions import threads
from coi.decisions.access import Forbidden, Permission, require
from coi.decisions.accounts import Account
from coi.model import Answer
from coi.settings import load_settings
from coi.store.database import Store
from coi.text import MAX_TEXT
from coi.timefmt import panel_date, panel_time
from coi.decisions.views import PromptView

DIFFERENT_PERSON = "No conflict — a different person"
CONFIRM_JUDGEMENT = "Confirm: a different person, as I judged"
_ROLE = {"member": "member", "staff": "staff"}
_DONE = "answered"  # the My prompts page shows (and clears) this notice after a rerun
_STAFF_DONE = "advice_done"


def _md(text: object) -> str:
    from coi.ui.pages import md

    return md(text)


def _thread_lines(thread: threads.Thread) -> None:
    """Each line of a thread: who (as which role), when in the Panel's time, what."""
    settings = load_settings()
    for line in thread.lines:
        said = f" — {_md(line.text)}" if line.text else ""
        struck = " *(marked as entered in error)*" if line.struck else ""
        st.markdown(f"**{_md(line.who)}** ({_ROLE.get(line.role, line.role)}), "
                    f"{_md(panel_time(line.at, settings))}: {_md(line.what)}{said}{struck}")


def _write_form(store: Store, account: Account, prompt_key: str, name: str, opaque: str, label: str, button: str,
                height: int, done_key: str, done: str) -> None:
    """A box to write in a prompt's thread (the member asking, staff advising), keyed by
    ``name`` and the card's opaque id: refused in words, or written and the page drawn again
    with ``done`` shown (``done_key``)."""
    with st.form(f"{name}-{opaque}", clear_on_submit=True, border=False):
        text = st.text_area(label, key=f"{name}-text-{opaque}", max_chars=MAX_TEXT, height=height)
        if st.form_submit_button(button):
            try:
                threads.write(store, account, prompt_key, text)
            except (ValueError, Forbidden) as exc:
                st.error(_md(exc))
            else:
                st.session_state[done_key] = done
                st.rerun()


def prompt_panel(store: Store, account: Account, view: PromptView, *, can_answer: bool = False,
                 seen: int | None = None, clicked_at: float | None = None) -> None:
    """On a prompt's card, above its answer buttons: the conversation with staff after an
    unsure answer (and a box to ask in it while it is open). Nothing of a party the member
    sees as [confidential]."""
    from coi.ui import pages

    opaque = pages.card_id(view.key)
    thread = threads.thread_for(store, account, view.key)
    if thread.state is not None:
        with st.expander(f"Conversation with staff — {thread.state}", expanded=thread.open):
            _thread_lines(thread)
            if thread.state is threads.ThreadState.ADVISED:
                st.info("Staff advised: give your final answer with the buttons of this card.")
            if can_answer and thread.open:
                _write_form(store, account, view.key, "ask", opaque, "Ask staff", "Send to staff", 80,
                            _DONE, f"Your message on case {_md(view.case_id)} is sent to staff.")


def judgement_panel(store: Store, account: Account, view: PromptView, *, seen: int | None = None,
                    clicked_at: float | None = None) -> None:
    """On a prompt's card the member may answer, below *I recuse myself* (the statute's answer
    comes first): the member's earlier judgement "a different person" when it applies (one
    click confirms it), else the one-click answer *no conflict — a different person* on a
    person's name match."""
    from coi.ui import pages

    opaque = pages.card_id(view.key)
    if view.answer not in (None, Answer.UNSURE):  # unsure: the final answer may be this one
        return
    note = judgements.note_for(store, account, view.key)
    if note is not None:
        st.info(_md(note.sentence) + " If this is the same party, it is a different person again: confirm below.")
        if st.button(CONFIRM_JUDGEMENT, key=f"judged-{opaque}"):
            pages._act(view, "no_conflict", seen,
                       lambda version: judgements.confirm(store, account, view.key, note.judgement.id, version=version),
                       f"Your answer for case {_md(view.case_id)} is recorded: a different person, as you judged.",
                       clicked_at)
    elif judgements.may_judge(store, account, view.key):
        if st.button(DIFFERENT_PERSON, key=f"different-{opaque}",
                     help="The party is not the person you disclosed. Recorded as No conflict, and remembered: "
                          "if this same person (name, date of birth, agency) is on another case, you will be "
                          "shown this judgement and can confirm it with one click."):
            pages._act(view, "no_conflict", seen,
                       lambda version: judgements.record_different_person(store, account, view.key, version=version),
                       f"Your answer for case {_md(view.case_id)} is recorded: a different person.", clicked_at)


# ------------------------------------------------------------------ the staff page

def unsure_answers(store: Store, account: Account) -> None:
    """Staff: the open threads on unsure answers (awaiting advice first) with a reply box each,
    and every judgement "a different person", which staff may revoke."""
    from coi.ui import pages

    try:
        require(store, account, Permission.ADVISE)  # staff only: refused before anything is drawn
        _unsure_answers(store, account, pages)
    except Forbidden as exc:
        st.error(f"Not allowed: {_md(exc)}.")


def _unsure_answers(store: Store, account: Account, pages) -> None:
    settings = load_settings()
    st.title("Unsure answers")
    st.write("A member who answers Unsure asks staff for advice. Reply here; the member reads your reply on their "
             "prompt and answers finally. Every entry is kept with who wrote it and when, and nothing is changed "
             "afterwards.")
    if done := st.session_state.pop(_STAFF_DONE, None):
        st.success(done)
    found = threads.open_threads(store, account)
    waiting = sum(a.thread.state is threads.ThreadState.AWAITING_ADVICE for a in found)
    if not found:
        st.info("No unsure answer awaits advice.")
    else:
        st.write(f"{pages._count(len(found), 'open thread')}: {waiting} awaiting advice, "
                 f"{len(found) - waiting} advised and awaiting the member's final answer.")
    for a in found:
        p, opaque = a.prompt, pages.card_id(a.prompt.key)
        meeting = f" · meeting {panel_date(a.meeting_date, settings)}" if a.meeting_date else ""
        label = (f"Case {p.case_id} · {p.member_id} {p.member_name} · {p.party_name} · {p.category.words}"
                 f"{meeting} · {a.thread.state}")
        with st.expander(_md(label), expanded=a.thread.state is threads.ThreadState.AWAITING_ADVICE):
            st.markdown(f"Party **{_md(p.party_name)}** ({_md(p.party_role)}) · matched "
                        f"**{_md(p.matched_name)}** · {_md(' → '.join(str(s) for s in p.path))}")
            if p.party_confidential:
                st.warning("This party is confidential: the member sees it as [confidential]. Do not name the "
                           "party, the member's ties on the way, its affiliations or date of birth, and do not "
                           "confirm or deny a guess. A message that names them is refused.")
            _thread_lines(a.thread)
            _write_form(store, account, p.key, "advise", opaque, "Your advice", "Send advice", 100,
                        _STAFF_DONE, f"Your advice to {_md(p.member_id)} on case {_md(p.case_id)} is sent.")
    _judgements(store, account, settings)


def _judgements(store: Store, account: Account, settings) -> None:
    st.subheader("Judgements: \"a different person\"")
    st.write("When a member answers that a party is a different person from one of their ties, the judgement is "
             "shown on their later prompts on the same person (same name, date of birth and affiliations) for "
             "one-click confirmation. Revoke one that should no longer apply; it stays on record.")
    found = judgements.all_judgements(store, account)
    if not found:
        st.info("No judgement recorded yet.")
        return

    def status(j) -> str:
        if j.revoked:
            return f"revoked by {j.revoked_by}, {panel_time(j.revoked_at, settings)}: {j.revoke_reason}"
        if j.struck_at:
            return f"lapsed: its answer was marked as entered in error, {panel_time(j.struck_at, settings)}"
        return "stands"

    st.dataframe(pd.DataFrame([{
        "judgement": j.id, "member": j.member_id, "tie": j.tie_name, "party": j.party_name,
        "born": panel_date(j.date_of_birth, settings) if j.date_of_birth else "",
        "affiliations": "; ".join(j.affiliations), "case": j.case_id, "judged by": j.judged_by,
        "when": panel_time(j.judged_at, settings), "confirmed since": j.confirmations, "status": status(j)}
        for j in reversed(found)]), hide_index=True, width="stretch")
    standing = {f"{j.id}. {j.member_id} · {j.party_name} · case {j.case_id}": j.id for j in found if j.stands}
    if not standing:
        return
    with st.form("revoke_judgement"):
        chosen = st.selectbox("Judgement", list(standing), key="revoke_choice")
        reason = st.text_input("Why it should no longer apply", key="revoke_reason", max_chars=MAX_TEXT)
        if st.form_submit_button("Revoke this judgement") and chosen:
            try:
                judgements.revoke(store, account, standing[chosen], reason)
            except (ValueError, Forbidden) as exc:
                st.error(_md(exc))
            else:
                st.session_state[_STAFF_DONE] = f"Judgement {standing[chosen]} is revoked."
                st.rerun()


__all__ = ["prompt_panel", "judgement_panel", "unsure_answers", "DIFFERENT_PERSON", "CONFIRM_JUDGEMENT"]
