"""The Streamlit dashboard (``streamlit run app.py``): members answer their prompts, staff
see the docket's prompts, the roster and the audit log.

Every page is a thin layer over the library: it reads through :mod:`coi.views` (which
holds the access rules) and writes through the same store functions the CLI uses. The
database is the one the CLI uses (``COI_DB``, default ``data/coi.sqlite3``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import streamlit as st

from coi.accounts import Account, Accounts, session_expired
from coi.settings import load_settings
from coi.store import Store

TITLE = "coi — conflict-of-interest screening"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def open_store() -> Store:
    return Store.open(load_settings().db_path)


def _oidc_account(store: Store) -> Account | None:
    """The coi account of a user signed in through OpenID Connect: the account whose
    username is their e-mail address. An identity with no such account gets none."""
    try:
        user = st.user
        if not user.is_logged_in:
            return None
        email = str(user.get("email") or "").strip().lower()
    except Exception:  # no OIDC configured
        return None
    account = Accounts(store).get(email) if email else None
    if account is None or account.disabled:
        st.session_state["notice"] = (f"{email or 'Your organization account'} has no coi account: "
                                      "ask an administrator to add one.")
        return None
    store.audit("sign-in", account.username, {"username": account.username, "via": "openid connect"})
    return account


def signed_in(store: Store) -> Account | None:
    """The account of this browser session, or None (never signed in, signed out, or idle
    for longer than the limit: then the session is ended and says why)."""
    account: Account | None = st.session_state.get("account")
    if account is None:
        account = _oidc_account(store)
        if account is None:
            return None
        st.session_state["account"] = account
        st.session_state["last_seen"] = _now()
    last = st.session_state.get("last_seen", _now())
    if session_expired(last, _now()):
        _end_session("You were signed out after 30 minutes without activity. Please sign in again.")
        return None
    current = Accounts(store).get(account.username)  # an account disabled meanwhile ends its sessions
    if current is None or current.disabled:
        _end_session("Your account is disabled: ask an administrator.")
        return None
    st.session_state["last_seen"] = _now()
    return current


def sign_in_page(store: Store) -> None:
    st.title(TITLE)
    if notice := st.session_state.pop("notice", None):
        st.info(notice)
    st.write("Sign in to see your self-recusal prompts (members) or the Panel's docket (staff).")
    with st.form("sign_in"):
        username = st.text_input("Username", key="username")
        password = st.text_input("Password", type="password", key="password")
        submitted = st.form_submit_button("Sign in")
    if submitted:
        account = Accounts(store).authenticate(username, password)
        if account is None:
            st.error("The username or password is wrong, or the account is disabled, or locked for 15 minutes "
                     "after five wrong passwords.")
        else:
            st.session_state["account"] = account
            st.session_state["last_seen"] = _now()
            st.rerun()
    _oidc_button()


def _oidc_button() -> None:
    """Single sign-on through OpenID Connect, when the deployment configured it in
    .streamlit/secrets.toml ([auth]); without secrets the app starts all the same."""
    try:
        configured = "auth" in st.secrets
    except Exception:  # no secrets file at all
        configured = False
    if configured and st.button("Sign in with your organization's account"):
        st.login()


def _end_session(notice: str) -> None:
    """Forget the account, and the single sign-on identity with it (else it would sign the
    browser straight back in)."""
    st.session_state.clear()
    st.session_state["notice"] = notice
    try:
        if st.user.is_logged_in:
            st.logout()
    except Exception:  # no OIDC configured
        pass


def sign_out() -> None:
    _end_session("You are signed out.")
    st.rerun()


def main() -> None:
    st.set_page_config(page_title="coi", layout="wide")
    store = open_store()
    try:
        account = signed_in(store)
        if account is None:
            sign_in_page(store)
            return
        from coi.dashboard import pages

        # a link may name the page to open (?page=docket); a page the account does not
        # have is never offered, so the link falls back to the account's first page
        wanted = st.query_params.get("page")

        def page(fn: Callable[[Store, Account], None], title: str, url: str, *, first: bool = False) -> st.Page:
            default = url == wanted or (first and wanted not in urls)
            return st.Page(lambda: fn(store, account), title=title, url_path=url, default=default)

        urls = {"my-prompts", "my-disclosures", "my-ties"} if account.member_id is not None else set()
        if account.role.sees_everything:
            urls |= {"docket", "prompts", "roster", "meetings", "recusal-votes", "audit"}
        if account.role.value == "admin":
            urls.add("accounts")
        home = "my-prompts" if account.member_id is not None else "prompts"

        sections: dict[str, list] = {}
        if account.member_id is not None:
            sections["Me"] = [page(pages.my_prompts, "My prompts", "my-prompts", first=home == "my-prompts"),
                              page(pages.my_disclosures, "My disclosures", "my-disclosures"),
                              page(pages.my_ties, "My ties", "my-ties")]
        if account.role.sees_everything:
            sections["Staff"] = [page(pages.docket, "Docket", "docket"),
                                 page(pages.all_prompts, "Prompts", "prompts", first=home == "prompts"),
                                 page(pages.roster, "Roster", "roster"),
                                 page(pages.meetings_page, "Meetings", "meetings"),
                                 page(pages.recusal_votes, "Recusal votes", "recusal-votes"),
                                 page(pages.audit, "Audit", "audit")]
        if account.role.value == "admin":
            sections["Admin"] = [page(pages.accounts_page, "Accounts", "accounts")]
        with st.sidebar:
            st.caption(f"Signed in as **{pages.md(account.username)}** ({account.role})")
            if st.button("Sign out", key="sign_out"):
                sign_out()
        st.navigation(sections).run()
    finally:
        store.close()
