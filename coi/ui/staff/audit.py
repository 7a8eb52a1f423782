"""The staff Audit page: the log searched and filtered by who, what, when, member and case, a
page of entries at a time however long the log, each entry told in words (:mod:`coi.reports.audit_words`)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import views
from coi.decisions.access import Forbidden, Permission, require
from coi.decisions.accounts import Account
from coi.reports import audit_words
from coi.settings import load_settings
from coi.store.database import Store
from coi.ui.widgets import md, refusing

PER_PAGE = 100
#: session_state: the filters the page number belongs to (new filters start again at page 1)
FILTERS_SHOWN = "audit_filters_shown"


@refusing  # a refusal later in the page too is shown in words (the navigation did this)
def audit_page(store: Store, account: Account) -> None:
    """The Audit page (staff: ``SEE_AUDIT``); anyone else is refused in words before anything is drawn."""
    try:
        require(store, account, Permission.SEE_AUDIT)
    except Forbidden as exc:
        st.error(f"Not allowed: {md(exc)}.")
        return
    st.title("Audit")
    settings = load_settings()
    actors, actions = audit_words.vocabulary(store, account)
    if not actions:
        st.info("Nothing recorded yet.")
        return
    members = views.roster_names(store, account)
    who = st.columns(3)
    actor = who[0].selectbox("Who", ["", *actors], format_func=lambda a: a or "everyone", key="audit_actor")
    action = who[1].selectbox("What", ["", *actions], format_func=lambda a: a or "every action", key="audit_action")
    member = who[2].selectbox("Member concerned", ["", *members],
                              format_func=lambda m: f"{m} {members[m]}" if m else "any member", key="audit_member")
    when = st.columns(4)
    since = when[0].date_input("From", value=None, key="audit_since", format="YYYY-MM-DD")
    until = when[1].date_input("To (included)", value=None, key="audit_until", format="YYYY-MM-DD")
    case_id = when[2].text_input("Case", key="audit_case", max_chars=100)
    text = when[3].text_input("Search the words", key="audit_text", max_chars=200,
                              help="Found in who, what or the entry's details (a file name, a username, a meeting).")
    query = audit_words.AuditQuery(actor or None, action or None, since, until, member or None, case_id, text)
    if st.session_state.get(FILTERS_SHOWN) != query:  # other filters: back to the newest entries
        st.session_state[FILTERS_SHOWN] = query
        st.session_state["audit_page_number"] = 1
    number = int(st.session_state.get("audit_page_number", 1))
    found = audit_words.search(store, account, query, page=number, per_page=PER_PAGE, tz=settings)
    if not found.total:
        st.info("No entry matches these filters.")
        return
    first = (found.page - 1) * PER_PAGE + 1
    st.write(f"Entries {first:,}–{first + len(found.lines) - 1:,} of {found.total:,}, newest first "
             f"(times in {md(settings.timezone)}).")
    st.dataframe(pd.DataFrame([{"when": line.when, "who": line.actor, "what": line.action, "in words": line.words}
                               for line in found.lines]), hide_index=True, width="stretch",
                 column_config={"in words": st.column_config.TextColumn(width="large")})
    if found.pages > 1:
        cols = st.columns([1, 1, 3])
        if cols[0].button("Newer", key="audit_newer", disabled=found.page <= 1):
            st.session_state["audit_page_number"] = found.page - 1
            st.rerun()
        if cols[1].button("Older", key="audit_older", disabled=found.page >= found.pages):
            st.session_state["audit_page_number"] = found.page + 1
            st.rerun()
        cols[2].caption(f"Page {found.page:,} of {found.pages:,}")


__all__ = ["audit_page", "PER_PAGE"]
