"""The administrator's page *Accounts*: add, disable or enable an account, reset a password."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import views
from coi.decisions.accounts import Account, AccountError, Accounts, Role
from coi.store.database import Store
from coi.ui.widgets import md, refusing


@refusing
def accounts_page(store: Store, account: Account) -> None:
    st.title("Accounts")
    if done := st.session_state.pop("account_done", None):
        st.success(done)
    accounts = Accounts(store)
    st.dataframe(pd.DataFrame([{"username": a.username, "role": str(a.role), "member": a.member_id or "",
                                "disabled": a.disabled} for a in accounts.all(by=account)]),
                 hide_index=True, width="stretch")
    members = list(views.roster_names(store, account))
    with st.form("add_account"):
        st.subheader("Add an account")
        cols = st.columns(3)
        username = cols[0].text_input("Username", key="new_username")
        role = cols[1].selectbox("Role", [r.value for r in Role], key="new_role")
        member_id = cols[2].selectbox("Member (member accounts only)", ["", *members], key="new_member")
        password = st.text_input("Password (at least 10 characters)", type="password", key="new_password")
        if st.form_submit_button("Add the account"):
            try:
                made = accounts.create(username, role, password, member_id=member_id or None, by=account)
            except AccountError as exc:
                st.error(md(exc))
            else:
                st.session_state["account_done"] = f"Account {md(made.username)} ({made.role}) added."
                st.rerun()
    with st.form("disable_account"):
        st.subheader("Disable or enable an account")
        others = [a.username for a in accounts.all(by=account) if a.username != account.username]
        who = st.selectbox("Account", others, key="toggle_username")
        disable = st.radio("Set to", ["disabled", "enabled"], horizontal=True, key="toggle_state") == "disabled"
        if st.form_submit_button("Apply") and who:
            accounts.set_disabled(who, disable, by=account)
            st.session_state["account_done"] = f"Account {md(who)} is {'disabled' if disable else 'enabled'}."
            st.rerun()
    with st.form("reset_password"):
        st.subheader("Reset a password")
        st.caption("The account's sessions end, and its user must choose a new password at the next sign-in.")
        who = st.selectbox("Account", others, key="reset_username")
        temporary = st.text_input("Temporary password (at least 10 characters)", type="password",
                                  key="reset_password", autocomplete="new-password")
        if st.form_submit_button("Reset the password") and who:
            try:
                accounts.reset_password(who, temporary, by=account)
            except AccountError as exc:
                st.error(md(exc))
            else:
                st.session_state["account_done"] = (f"The password of {md(who)} is reset: they must change it "
                                                     "at their next sign-in.")
                st.rerun()
