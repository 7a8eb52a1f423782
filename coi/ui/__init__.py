"""The Streamlit dashboard (``streamlit run app.py``): members answer their prompts, staff
see the docket's prompts, the roster and the audit log.

This module is the shell: sign-in, sign-out and the navigation (:func:`main`), with
:mod:`~coi.ui.server` (coi's routes and middleware), :mod:`~coi.ui.sessions`,
:mod:`~coi.ui.sso` and :mod:`~coi.ui.refusal`. The pages live by role: a member's in
:mod:`coi.ui.member`, staff's (and the administrator's *Accounts*) in :mod:`coi.ui.staff`,
*Change my password* (every role) in :mod:`coi.ui.password`; what both roles draw in
:mod:`coi.ui.widgets`. A member's pages and staff's import nothing of each other.

Every page is a thin layer over the library: it reads through :mod:`coi.decisions.views` (which
holds the access rules) and writes through the same store functions the CLI uses. The
database is the one the CLI uses (``COI_DB``, default ``data/coi.sqlite3``).
"""

from __future__ import annotations

import datetime as dt
import hmac
import html
from collections.abc import Callable
from urllib.parse import urlencode

import streamlit as st

from coi.decisions.accounts import Account, AccountError
from coi.settings import load_settings
from coi.store.database import Store
from coi.ui.refusal import refused
from coi.ui.server import CONNECTION_COOKIE, SIGN_IN, SSO, base_path, bind_streamlit_session, cookie_hash, safe_next
from coi.ui.sessions import COOKIE, Sessions
from coi.ui.sso import pinned_issuer, sso_sign_in

TITLE = "coi — conflict-of-interest screening"


def open_store() -> Store:
    return Store.open(load_settings().db_path)


def browser_session_token() -> str | None:
    """The coi session token this browser sent with its connection (the HttpOnly cookie that
    coi's sign-in page set). AppTest cannot send cookies: tests.factories.dashboard_as
    replaces this function, and nothing else."""
    try:
        token = st.context.cookies.get(COOKIE)
    except Exception:  # outside a browser session
        return None
    return token if isinstance(token, str) else None


def asked_by_this_browser(token: str | None) -> bool:
    """Whether the connection asking for something made on click (a download) brings the coi
    cookie ``token`` the page was drawn with. A download id that leaks to another browser —
    even one signed in as someone else, in a Streamlit session of its own — makes nothing.
    Outside a browser connection (AppTest) there is nobody else to ask."""
    cookie = CONNECTION_COOKIE.get()
    return cookie is None or hmac.compare_digest(cookie, cookie_hash(token))


_WHY = {"idle": "You were signed out after {idle} without activity. Please sign in again.",
        "account disabled": "Your account is disabled: ask an administrator.",
        "password reset": "An administrator reset your password: sign in with the new one.",
        "password changed": "Your password was changed in another session: sign in again.",
        "signed out": "You are signed out.", "signed in again": "You signed in again in another window."}


def _minutes(limit: dt.timedelta) -> str:
    minutes = limit.total_seconds() / 60
    return f"{minutes:g} minutes" if minutes >= 1 else f"{limit.total_seconds():g} seconds"


def signed_in(store: Store) -> Account | None:
    """The account of this browser, or None. Every run looks the browser's session cookie up
    (coi.ui.sessions): an ended, idle or disabled session signs nobody in, and when the cookie's
    session is not the one this Streamlit session started with — another sign-in, or a
    Streamlit session id reconnected from another browser — nothing carries over."""
    token = browser_session_token()
    sessions = Sessions(store)
    resumed = sessions.resume(token) if token else None
    bound = st.session_state.get(_BOUND)
    if bound is not None and (resumed is None or resumed.session_id != bound):
        _forget()
    if resumed is None or resumed.account is None:
        if resumed is not None and resumed.why in _WHY:
            _forget(_WHY[resumed.why].format(idle=_minutes(sessions.idle)))
        return None
    if st.session_state.get(_BOUND) != resumed.session_id:
        _forget()  # a new session at sign-in: nothing from before it carries over
        st.session_state[_BOUND] = resumed.session_id
    # what a download made on click re-checks (widgets.session_refusal), outside this run
    st.session_state["account"] = resumed.account
    st.session_state["last_seen"] = dt.datetime.now(dt.UTC)
    return resumed.account


_BOUND = "coi_session_id"  # the server-side session this Streamlit session belongs to


def current_session_id() -> str | None:
    """The server-side session this browser is signed in with (kept when its own password changes)."""
    return st.session_state.get(_BOUND)


def _forget(notice: str | None = None) -> None:
    """Start afresh: nothing a previous sign-in left in this Streamlit session remains."""
    st.session_state.clear()
    if notice:
        st.session_state["notice"] = notice


#: Query parameters never carried through sign-in: a hand-over ticket is a secret, and
#: ``sso=start`` would start single sign-on again on the way back.
_NOT_CARRIED = frozenset({"ticket", "sso"})


def _here() -> str:
    """This page's path and query (a bookmarked /meetings, a link's ?page=docket), to come back
    to after signing in. The browser's own URL, not ``st.context.url``: that one drops the query
    and, once a page of the menu was registered, the page's own path."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        info = ctx.context_info if ctx is not None else None
        url = info.url if info is not None and info.HasField("url") else (st.context.url or "")
    except Exception:
        url = ""
    url = url.split("?", 1)[0].split("#", 1)[0]
    path = "/" + url.split("://", 1)[-1].split("/", 1)[1] if url.count("/") >= 3 else "/"
    try:
        query = [(k, v) for k in st.query_params if k not in _NOT_CARRIED for v in st.query_params.get_all(k)]
    except Exception:  # outside a Streamlit run
        query = []
    return safe_next(path + ("?" + urlencode(query) if query else ""))


def sign_in_page(store: Store) -> None:
    """What a signed-out browser sees in the dashboard: why, and the way to coi's sign-in
    page (a plain HTML form password managers fill) or to single sign-on."""
    st.title(TITLE)
    if notice := st.session_state.pop("notice", None):
        st.info(notice)
    if _sso_hand_over(store):
        return
    st.write("Sign in to see your self-recusal prompts (members) or the Panel's docket (staff).")
    target = html.escape(base_path() + SIGN_IN + "?" + urlencode({"next": _here()}))
    st.markdown(f'<a href="{target}" target="_self">Sign in</a>', unsafe_allow_html=True)
    _oidc_button()


def _oidc_button() -> None:
    """Single sign-on through OpenID Connect, when the deployment configured it in
    .streamlit/secrets.toml ([auth]); without secrets the app starts all the same."""
    try:
        configured = "auth" in st.secrets
    except Exception:  # no secrets file at all
        configured = False
    if configured and (st.button("Sign in with your organization's account")
                       or st.query_params.get("sso") == "start"):
        st.login()


def _sso_hand_over(store: Store) -> bool:
    """After single sign-on: check the identity (coi.ui.sso) and offer the one-time link that
    turns it into a coi session cookie. True when something was shown."""
    try:
        if not st.user.is_logged_in:
            return False
        claims = {k: st.user.get(k) for k in ("iss", "sub", "email", "email_verified")}
    except Exception:  # no OIDC configured
        return False
    try:
        account = sso_sign_in(store, claims, issuer=pinned_issuer(st.secrets))
    except AccountError as exc:
        st.error(md(exc))
        if st.button("Sign out of your organization account"):
            st.logout()
        return True
    ticket = Sessions(store).hand_over(account.username)
    target = html.escape(base_path() + SSO + "?" + urlencode({"ticket": ticket, "next": _here()}))
    st.markdown(f'<a href="{target}" target="_self">Continue to coi as {html.escape(account.username)}</a>',
                unsafe_allow_html=True)
    return True


def md(text: object) -> str:
    """Text from the data made safe in markdown (:func:`coi.ui.widgets.md`, imported only once
    signed in: the server imports this module too)."""
    from coi.ui.widgets import md as escaped

    return escaped(text)


def sign_out(store: Store) -> None:
    """End the server-side session (and the single sign-on identity, else it would sign the
    browser straight back in)."""
    Sessions(store).end(browser_session_token())
    _forget("You are signed out.")
    try:
        if st.user.is_logged_in:
            st.logout()
    except Exception:  # no OIDC configured
        pass
    st.rerun()


def main() -> None:
    st.set_page_config(page_title="coi", layout="wide")
    # only a connection bringing this run's cookie may resume this Streamlit session (server.Gate)
    bind_streamlit_session(browser_session_token())
    store = open_store()
    try:
        if refused(store):  # a real Panel's database with a published demo password working
            return
        account = signed_in(store)
        if account is None:
            sign_in_page(store)
            return
        from coi.ui import password
        from coi.ui.member import disclosures as my_disclosures
        from coi.ui.member import prompts as my_prompts
        from coi.ui.member import ties as my_ties
        from coi.ui.staff import (
            accounts,
            audit,
            disclosures,
            docket,
            files,
            held,
            meetings,
            notifications,
            prompts,
            roster,
            unsure_answers,
        )

        # a link may name the page to open (?page=docket); a page the account does not
        # have is never offered, so the link falls back to the account's first page
        wanted = st.query_params.get("page")
        built: dict[str, st.Page] = {}

        def page(fn: Callable[[Store, Account], None], title: str, url: str) -> st.Page:
            # no page of the menu is Streamlit's default: the default answers only at "/", so a
            # bookmarked /my-prompts would meet "page not found" if it were
            built[url] = st.Page(lambda: fn(store, account), title=title, url_path=url)
            return built[url]

        def start() -> None:
            """The root URL: on to the page a link asked for, or the account's first page."""
            st.switch_page((built.get(wanted) if wanted else None) or built[home])

        home = "my-prompts" if account.member_id is not None else "prompts"

        sections: dict[str, list] = {}
        if account.member_id is not None:
            sections["Me"] = [page(my_prompts.my_prompts, "My prompts", "my-prompts"),
                              page(my_disclosures.my_disclosures, "My disclosures", "my-disclosures"),
                              page(my_ties.my_ties, "My ties", "my-ties")]
        if account.role.sees_everything:
            sections["Staff"] = [page(docket.docket, "Docket", "docket"),
                                 page(files.files, "Files", "files"),  # item 14.8 (H5)
                                 page(disclosures.disclosures_page, "Disclosures", "disclosures"),  # item 14.9 (H5)
                                 page(prompts.all_prompts, "Prompts", "prompts"),
                                 page(held.held_prompts, "Held prompts", "held-prompts"),
                                 page(roster.roster, "Roster", "roster"),
                                 page(meetings.meetings_page, "Meetings", "meetings"),
                                 page(meetings.recusal_votes, "Recusal votes", "recusal-votes"),
                                 page(unsure_answers.unsure_answers, "Unsure answers", "unsure-answers"),  # 14.3, 14.7
                                 page(notifications.notifications_page, "Notifications", "notifications"),  # 14.6
                                 page(audit.audit_page, "Audit", "audit")]
        if account.role.value == "admin":
            sections["Admin"] = [page(accounts.accounts_page, "Accounts", "accounts")]
        sections.setdefault("Me", []).append(page(password.change_password, "Change my password", "change-password"))
        sections["Me"].append(st.Page(start, title="Start", url_path="start", default=True, visibility="hidden"))
        if account.must_change_password:  # after an administrator's reset: nothing else until it is changed
            sections = {"Me": [st.Page(lambda: password.change_password(store, account), title="Change my password",
                                       url_path="change-password", default=True)]}
        with st.sidebar:
            st.caption(f"Signed in as **{md(account.username)}** ({account.role})")
            if st.button("Sign out", key="sign_out"):
                sign_out(store)
        st.navigation(sections, expanded=True).run()  # every page in sight: an administrator has 13
    finally:
        store.close()
