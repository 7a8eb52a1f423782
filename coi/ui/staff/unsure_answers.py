"""The staff page *Unsure answers* (issue 14, items 3 and 7): the open threads on unsure answers,
awaiting advice first, with a reply box each, and every judgement "a different person", which
staff may revoke. The member's side is on the prompt card (:mod:`coi.ui.member.advice`)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import judgements, threads
from coi.decisions.access import Forbidden, Permission, require
from coi.decisions.accounts import Account
from coi.settings import load_settings
from coi.store.database import Store
from coi.text import MAX_TEXT
from coi.timefmt import panel_date, panel_time
from coi.ui.widgets import card_id, count, md, thread_lines, write_form

_STAFF_DONE = "advice_done"


def unsure_answers(store: Store, account: Account) -> None:
    """Staff: the open threads on unsure answers (awaiting advice first) with a reply box each,
    and every judgement "a different person", which staff may revoke."""
    try:
        require(store, account, Permission.ADVISE)  # staff only: refused before anything is drawn
        _unsure_answers(store, account)
    except Forbidden as exc:
        st.error(f"Not allowed: {md(exc)}.")


def _unsure_answers(store: Store, account: Account) -> None:
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
        st.write(f"{count(len(found), 'open thread')}: {waiting} awaiting advice, "
                 f"{len(found) - waiting} advised and awaiting the member's final answer.")
    for a in found:
        p, opaque = a.prompt, card_id(a.prompt.key)
        meeting = f" · meeting {panel_date(a.meeting_date, settings)}" if a.meeting_date else ""
        label = (f"Case {p.case_id} · {p.member_id} {p.member_name} · {p.party_name} · {p.category.words}"
                 f"{meeting} · {a.thread.state}")
        with st.expander(md(label), expanded=a.thread.state is threads.ThreadState.AWAITING_ADVICE):
            st.markdown(f"Party **{md(p.party_name)}** ({md(p.party_role)}) · matched "
                        f"**{md(p.matched_name)}** · {md(' → '.join(str(s) for s in p.path))}")
            if p.party_confidential:
                st.warning("This party is confidential: the member sees it as [confidential]. Do not name the "
                           "party, the member's ties on the way, its affiliations or date of birth, and do not "
                           "confirm or deny a guess. A message that names them is refused.")
            thread_lines(a.thread)
            write_form(store, account, p.key, "advise", opaque, "Your advice", "Send advice", 100,
                        _STAFF_DONE, f"Your advice to {md(p.member_id)} on case {md(p.case_id)} is sent.")
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
                st.error(md(exc))
            else:
                st.session_state[_STAFF_DONE] = f"Judgement {standing[chosen]} is revoked."
                st.rerun()

