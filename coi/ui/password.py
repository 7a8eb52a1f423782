"""*Change my password*, for every role (and the only page after an administrator's reset)."""

from __future__ import annotations

import streamlit as st

from coi.decisions.accounts import Account, AccountError, Accounts
from coi.store.database import Store
from coi.ui.widgets import md


def change_password(store: Store, account: Account) -> None:
    """Every role: change one's own password, which needs the current one (item 11)."""
    from coi.ui import current_session_id

    st.title("Change my password")
    if done := st.session_state.pop("password_done", None):
        st.success(done)
    if account.must_change_password:
        st.warning("An administrator reset your password: choose a new one to continue.")
    with st.form("change_password", clear_on_submit=True):
        current = st.text_input("Current password", type="password", key="current_password",
                                autocomplete="current-password")
        new = st.text_input("New password (at least 10 characters)", type="password", key="new_password_1",
                            autocomplete="new-password")
        again = st.text_input("New password again", type="password", key="new_password_2",
                              autocomplete="new-password")
        if st.form_submit_button("Change my password"):
            if new != again:
                st.error("The two new passwords differ: type the same one twice.")
                return
            try:
                Accounts(store).change_own_password(current, new, by=account, keep_session=current_session_id())
            except AccountError as exc:
                st.error(md(exc))
            else:
                st.session_state["password_done"] = "Your password is changed; your other sessions are signed out."
                st.rerun()
