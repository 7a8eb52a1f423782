"""The staff page *Held prompts*: prompts a member's own disclosure edit opened on a
confidential party, or withdrew, held until staff release them; and members' edits."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import views
from coi.decisions.accounts import Account
from coi.settings import load_settings
from coi.store.database import Store
from coi.timefmt import panel_date, panel_time
from coi.ui.widgets import count, md, refusing


@refusing
def held_prompts(store: Store, account: Account) -> None:
    st.title("Held prompts")
    st.write("Prompts that a member's own disclosure edit opened on a confidential party, or withdrew. Until "
             "staff review them here, the member is not shown a prompt their edit opened on a confidential party, "
             "and keeps seeing one their edit withdrew from a confidential party as it was: otherwise adding and "
             "deleting guessed names would tell a member who a confidential party is. Releasing shows the member "
             "the prompt as it now is (a withdrawal is acknowledged); every release is audited.")
    if done := st.session_state.pop("held_done", None):
        st.success(done)
    held = views.held_prompts(store, account)
    zone = load_settings().timezone  # item 14.1: times in the Panel's zone, in words
    if not held:
        st.info("No prompt awaits review.")
    else:
        st.write(f"{count(len(held), 'prompt')} to review, oldest first.")
        st.dataframe(pd.DataFrame([{
            "since": panel_time(h.since, zone), "member": f"{h.member_id} {h.member_name}", "case": h.case_id,
            "meeting": panel_date(h.meeting_date), "party": h.party, "role": h.party_role,
            "category": h.category, "tier": h.tier, "confidential": "yes" if h.confidential else "",
            "change": h.change, "now": h.status, "member sees": h.member_sees} for h in held]),
            hide_index=True, width="stretch")
        # the choice is a label kept on the server: no prompt key reaches the browser
        labels = {f"{n}. {h.member_id} · case {h.case_id} · {h.category} · {h.change}": h.key
                  for n, h in enumerate(held, 1)}
        with st.form("release_held"):
            chosen = st.selectbox("Prompt", list(labels), key="held_choice")
            if st.form_submit_button("Release: show the member this prompt as it now is") and chosen:
                released = views.release_held_prompt(store, account, labels[chosen])
                st.session_state["held_done"] = (f"Released: {md(released.member_id)} is now shown the prompt on "
                                                 f"case {md(released.case_id)} as {released.shown or 'nothing'}.")
                st.rerun()
    st.subheader("Members' disclosure edits")
    entries = views.member_edit_log(store, account)
    if not entries:
        st.info("No member has saved their disclosures on the dashboard yet.")
        return
    st.dataframe(pd.DataFrame([{"when": panel_time(e.at, zone), "who": e.actor, "what": e.action,
                                "detail": str(e.detail)} for e in entries]), hide_index=True, width="stretch")

