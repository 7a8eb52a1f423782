"""Sign-in and sessions (issue 11, items 9, 11 and 14): server-side sessions (coi.ui.sessions),
coi's sign-in page and middleware (coi.ui.server) driven as ASGI, the dashboard's use of
the session cookie through AppTest, and the deployment defaults (127.0.0.1, secrets out of
git, /_stcore/metrics closed). The real browser's side is tests/browser/test_sign_in_browser.py."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import sqlite3
import subprocess
import tomllib
from pathlib import Path
from urllib.parse import urlencode

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from coi.decisions.accounts import Accounts, demo_password
from coi.store.database import Store
from coi.ui.server import CSRF_COOKIE, SIGN_IN, SSO, Gate, routes, safe_next
from coi.ui.sessions import COOKIE, HAND_OVER, Sessions, token_id
from tests.factories import SYSTEM, dashboard_as, set_browser_cookie

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


# ------------------------------------------------------------------ coi.ui.sessions

def test_only_the_tokens_hash_is_kept_so_a_copy_of_the_database_signs_nobody_in(db):
    with Store.open(db) as store:
        token = Sessions(store).start("m01")
    dump = "\n".join(sqlite3.connect(db).iterdump())
    assert token not in dump and token_id(token) in dump


def test_a_session_expires_after_the_idle_setting(db, monkeypatch):
    monkeypatch.setenv("COI_IDLE_MINUTES", "5")
    clock = Clock()
    with Store.open(db) as store:
        sessions = Sessions(store, clock=clock)
        assert sessions.idle == dt.timedelta(minutes=5)
        token = sessions.start("m01")
        clock.now += dt.timedelta(minutes=4)
        assert sessions.resume(token).account.username == "m01"  # used: the idle clock restarts
        clock.now += dt.timedelta(minutes=4, seconds=59)
        assert sessions.resume(token).account is not None
        clock.now += dt.timedelta(minutes=5, seconds=1)
        expired = sessions.resume(token)
        assert (expired.account, expired.session_id, expired.why) == (None, token_id(token), "idle")
        clock.now += dt.timedelta(seconds=1)
        assert sessions.resume(token).why == "idle"  # ended for good, not revived


def test_sign_out_ends_the_session_everywhere(db):
    with Store.open(db) as store:
        sessions = Sessions(store)
        token = sessions.start("m01")
        sessions.end(token)
        assert sessions.resume(token).account is None and not sessions.is_open(token)
        assert store.audit_log(action="sign-out")[0].actor == "m01"


def test_disabling_or_resetting_an_account_ends_its_sessions_and_a_change_keeps_only_the_current(db):
    with Store.open(db) as store:
        sessions, accounts = Sessions(store), Accounts(store)
        a, b = sessions.start("m01"), sessions.start("m01")
        accounts.change_own_password(demo_password("M01"), "my own new password", by=accounts.get("m01"),
                                     keep_session=token_id(a))
        assert sessions.is_open(a) and not sessions.is_open(b)
        accounts.reset_password("m01", "temporary password", by=SYSTEM)
        assert not sessions.is_open(a) and sessions.resume(a).why == "password reset"
        c = sessions.start("m01")
        accounts.set_disabled("m01", True, by=SYSTEM)
        assert sessions.resume(c).why == "account disabled"


def test_a_hand_over_ticket_is_good_once_and_briefly(db):
    clock = Clock()
    with Store.open(db) as store:
        sessions = Sessions(store, clock=clock)
        ticket = sessions.hand_over("staff")
        assert sessions.resume(ticket).account is None  # a ticket is no session
        token = sessions.redeem(ticket)
        assert token and sessions.resume(token).account.username == "staff"
        assert sessions.redeem(ticket) is None
        late = sessions.hand_over("staff")
        clock.now += HAND_OVER + dt.timedelta(seconds=1)
        assert sessions.redeem(late) is None


# ------------------------------------------------------------------ coi's routes and middleware, as ASGI

async def _streamlit(request):
    return PlainTextResponse("streamlit")


def server_app() -> Starlette:
    """coi's routes and Gate in front of a stand-in for Streamlit (which answers everything)."""
    return Starlette(routes=[*routes(), Route("/{path:path}", _streamlit, methods=["GET", "POST"])],
                     middleware=[Middleware(Gate)])


def call(method: str, path: str, *, headers: dict[str, str] | None = None, body: bytes = b""):
    """One request to the app: (status, headers as a list of pairs, body text)."""
    raw_path, _, query = path.partition("?")
    scope = {"type": "http", "method": method, "path": raw_path, "raw_path": raw_path.encode(),
             "query_string": query.encode(), "root_path": "", "scheme": "http", "http_version": "1.1",
             "server": ("127.0.0.1", 8501), "client": ("127.0.0.1", 50000),
             "headers": [(k.lower().encode(), v.encode()) for k, v in {"host": "127.0.0.1:8501",
                                                                         **(headers or {})}.items()]}
    messages, delivered = [], False

    async def receive():
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    async def send(message):
        messages.append(message)

    asyncio.run(server_app()(scope, receive, send))
    start = messages[0]
    pairs = [(k.decode().lower(), v.decode()) for k, v in start["headers"]]
    return start["status"], pairs, b"".join(m.get("body", b"") for m in messages[1:]).decode()


def cookies_set(pairs) -> dict[str, str]:
    return {v.split("=", 1)[0]: v for k, v in pairs if k == "set-cookie"}


def header(pairs, name: str) -> str | None:
    return next((v for k, v in pairs if k == name), None)


def form_page(path: str = SIGN_IN + "?next=%2Fmeetings"):
    """The sign-in page: its CSRF token and cookie."""
    status, pairs, body = call("GET", path, headers={"accept": "text/html"})
    assert status == 200
    csrf = re.search(r'name="csrf" value="([^"]+)"', body).group(1)
    return body, csrf, cookies_set(pairs)[CSRF_COOKIE].split(";")[0].split("=", 1)[1]


def post_sign_in(username, password, *, csrf, csrf_cookie, next_="/meetings", headers=None):
    body = urlencode({"username": username, "password": password, "csrf": csrf, "next": next_}).encode()
    return call("POST", SIGN_IN, body=body, headers={"content-type": "application/x-www-form-urlencoded",
                                                      "cookie": f"{CSRF_COOKIE}={csrf_cookie}",
                                                      "origin": "http://127.0.0.1:8501", **(headers or {})})


def test_the_sign_in_page_is_a_real_form_password_managers_fill(db):
    body, csrf, cookie = form_page()
    assert '<form method="post"' in body and 'autocomplete="username"' in body
    assert 'type="password" autocomplete="current-password"' in body
    assert csrf == cookie and len(csrf) >= 32
    status, pairs, _ = call("GET", SIGN_IN, headers={"accept": "text/html"})
    csrf_cookie = cookies_set(pairs)[CSRF_COOKIE].lower()
    assert "httponly" in csrf_cookie and "samesite=strict" in csrf_cookie
    assert "frame-ancestors 'none'" in header(pairs, "content-security-policy")


def test_signing_in_sets_an_httponly_samesite_strict_cookie_and_returns_to_the_page_asked_for(db):
    _, csrf, cookie = form_page()
    status, pairs, _ = post_sign_in("m01", demo_password("M01"), csrf=csrf, csrf_cookie=cookie)
    assert status == 303 and header(pairs, "location") == "/meetings"  # a bookmarked page survives sign-in
    session_cookie = cookies_set(pairs)[COOKIE]
    attributes = [a.strip().lower() for a in session_cookie.split(";")]
    assert "httponly" in attributes and "samesite=strict" in attributes and "path=/" in attributes
    assert "secure" not in attributes  # plain http on this machine: a Secure cookie would never come back
    token = session_cookie.split(";")[0].split("=", 1)[1]
    with Store.open(db) as store:
        assert Sessions(store).resume(token).account.username == "m01"


def test_behind_an_https_proxy_the_cookie_is_secure(db):
    _, csrf, cookie = form_page()
    _, pairs, _ = post_sign_in("m01", demo_password("M01"), csrf=csrf, csrf_cookie=cookie,
                               headers={"x-forwarded-proto": "https", "origin": "https://127.0.0.1:8501"})
    assert "secure" in [a.strip().lower() for a in cookies_set(pairs)[COOKIE].split(";")]


@pytest.mark.parametrize("case", ["no csrf cookie", "wrong csrf", "another origin"])
def test_a_forged_sign_in_is_refused_and_signs_nobody_in(db, case):
    _, csrf, cookie = form_page()
    if case == "no csrf cookie":
        cookie = ""
    if case == "wrong csrf":
        csrf = "x" * 43
    status, pairs, _ = post_sign_in("m01", demo_password("M01"), csrf=csrf, csrf_cookie=cookie,
                                    headers={"origin": "https://evil.example"} if case == "another origin" else None)
    assert status in (400, 403) and COOKIE not in cookies_set(pairs)
    with Store.open(db) as store:
        assert Sessions(store).open_sessions("m01") == 0


def test_a_wrong_password_shows_the_form_again_with_the_refusal(db):
    _, csrf, cookie = form_page()
    status, pairs, body = post_sign_in("m01", "not the password", csrf=csrf, csrf_cookie=cookie)
    assert status == 200 and "username or password is wrong" in body and COOKIE not in cookies_set(pairs)
    assert "not the password" not in body


@pytest.mark.parametrize("asked", ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:x",
                                   "/coi/sign-out"])
def test_after_sign_in_coi_never_redirects_to_another_site(asked):
    assert safe_next(asked) == "/"
    assert safe_next("/meetings?page=docket") == "/meetings?page=docket"


def test_metrics_and_the_agent_api_are_closed(db):
    assert call("GET", "/_stcore/metrics")[0] == 404
    assert call("GET", "/_stcore/agent/openapi.json")[0] == 404
    assert call("GET", "/_stcore/health")[2] == "streamlit"  # the health check stays open


def test_a_page_load_without_a_live_session_goes_to_the_sign_in_page(db):
    status, pairs, _ = call("GET", "/meetings?x=1", headers={"accept": "text/html"})
    assert status == 303 and header(pairs, "location") == SIGN_IN + "?" + urlencode({"next": "/meetings?x=1"})
    with Store.open(db) as store:
        live, ended = Sessions(store).start("staff"), Sessions(store).start("staff")
        Sessions(store).end(ended)
    assert call("GET", "/meetings", headers={"accept": "text/html", "cookie": f"{COOKIE}={live}"})[2] == "streamlit"
    assert call("GET", "/meetings", headers={"accept": "text/html", "cookie": f"{COOKIE}={ended}"})[0] == 303
    # a link from another site brings no SameSite=Strict cookie: the page loads, the dashboard decides
    assert call("GET", "/meetings", headers={"accept": "text/html", "sec-fetch-site": "cross-site"})[0] == 200


def test_the_sign_out_route_ends_the_session_and_forgets_the_cookie(db):
    with Store.open(db) as store:
        token = Sessions(store).start("m01")
    status, pairs, _ = call("GET", "/coi/sign-out", headers={"cookie": f"{COOKIE}={token}"})
    assert status == 303 and 'max-age=0' in cookies_set(pairs)[COOKIE].lower()
    with Store.open(db) as store:
        assert not Sessions(store).is_open(token)


def test_the_single_sign_on_ticket_becomes_a_session_cookie_once(db):
    with Store.open(db) as store:
        ticket = Sessions(store).hand_over("staff")
    status, pairs, _ = call("GET", f"{SSO}?" + urlencode({"ticket": ticket, "next": "/docket"}))
    assert status == 303 and header(pairs, "location") == "/docket" and COOKIE in cookies_set(pairs)
    again = call("GET", f"{SSO}?" + urlencode({"ticket": ticket}))
    assert again[0] == 303 and COOKIE not in cookies_set(again[1])


# ------------------------------------------------------------------ the dashboard and the cookie (AppTest)

def titles(at) -> list[str]:
    return [t.value for t in at.title]


def test_a_streamlit_session_reconnected_without_the_cookie_gets_nothing(db):
    """A leaked Streamlit session id, reconnected from a browser without coi's cookie."""
    at = dashboard_as("m01", demo_password("M01"))
    assert titles(at) == ["My prompts"]
    set_browser_cookie(at, None)
    at.run()
    assert titles(at) == ["coi — conflict-of-interest screening"]
    assert "account" not in at.session_state and "coi_session_id" not in at.session_state
    assert not at.dataframe and "Case" not in "".join(m.value for m in at.markdown)


def test_a_new_sign_in_in_the_same_browser_starts_afresh(db):
    at = dashboard_as("m01", demo_password("M01"))
    at.session_state["left_over"] = "m01's"
    with Store.open(db) as store:
        set_browser_cookie(at, Sessions(store).start("staff"))
    at.run()
    assert titles(at) == ["Prompts"] and "left_over" not in at.session_state


def test_the_sign_out_button_ends_the_server_side_session(db):
    at = dashboard_as("m01", demo_password("M01"))
    at.button(key="sign_out").click().run()
    assert "You are signed out." in [i.value for i in at.info]
    with Store.open(db) as store:
        assert Sessions(store).open_sessions("m01") == 0
    at.run()  # the same cookie, sent again, signs nobody in
    assert titles(at) == ["coi — conflict-of-interest screening"]


def test_every_role_has_a_change_my_password_page(db):
    for username, password in [("m01", demo_password("M01")), ("staff", "demo-staff-pass"),
                               ("admin", "demo-admin-pass")]:
        at = dashboard_as(username, password, page="change-password")
        assert titles(at) == ["Change my password"], username


def test_a_member_changes_their_password_in_the_dashboard(db):
    at = dashboard_as("m01", demo_password("M01"), page="change-password")
    at.text_input(key="current_password").input(demo_password("M01"))
    at.text_input(key="new_password_1").input("my own new password")
    at.text_input(key="new_password_2").input("my own new password")
    at.button(key="FormSubmitter:change_password-Change my password").click().run()
    assert "Your password is changed" in "".join(s.value for s in at.success)
    with Store.open(db) as store:
        assert Accounts(store).authenticate("m01", "my own new password") is not None


def test_after_an_admins_reset_the_dashboard_offers_only_the_change(db):
    admin = dashboard_as("admin", "demo-admin-pass", page="accounts")
    admin.selectbox(key="reset_username").select("m01")
    admin.text_input(key="reset_password").input("temporary password")
    admin.button(key="FormSubmitter:reset_password-Reset the password").click().run()
    assert "must change it" in "".join(s.value for s in admin.success)
    at = dashboard_as("m01", "temporary password", page="my-prompts")
    assert titles(at) == ["Change my password"] and "An administrator reset your password" in at.warning[0].value
    at.text_input(key="current_password").input("temporary password")
    at.text_input(key="new_password_1").input("my own new password")
    at.text_input(key="new_password_2").input("my own new password")
    at.button(key="FormSubmitter:change_password-Change my password").click().run()
    assert "Your password is changed" in "".join(s.value for s in at.success)
    with Store.open(db) as store:
        assert not Accounts(store).get("m01").must_change_password
    assert titles(dashboard_as("m01", "my own new password", page="my-prompts")) == ["My prompts"]


# ------------------------------------------------------------------ deployment defaults (item 14)

def test_the_dashboard_listens_on_127_0_0_1_by_default():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"


def test_the_secrets_file_is_kept_out_of_git():
    result = subprocess.run(["git", "check-ignore", "-q", ".streamlit/secrets.toml"], cwd=ROOT)
    assert result.returncode == 0


def test_app_py_serves_coi_routes_and_middleware_through_st_app():
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(ROOT / "app.py")
    assert found.is_asgi_app and found.import_string == "app:app"
