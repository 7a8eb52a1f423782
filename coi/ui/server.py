"""coi's own web routes and middleware around the Streamlit dashboard (``st.App`` in
app.py): a plain HTML sign-in page that password managers can fill, sign-out, the single
sign-on hand-over, signed-out page loads sent to the sign-in page, and Streamlit's
``/_stcore/metrics`` (and its agent API) closed.

The sign-in sets the session cookie (:mod:`coi.ui.sessions`): HttpOnly (no script reads it),
SameSite=Strict (no other site's page sends it), Secure when the request came over HTTPS
(directly, or through a reverse proxy that says so in ``X-Forwarded-Proto``) or when
``COI_COOKIE_SECURE=1``. The form carries a CSRF token bound to a cookie of its own, and a
POST from another origin is refused.

A Streamlit session id is no bearer token: each dashboard run binds its Streamlit session
to the coi cookie it saw (:func:`bind_streamlit_session`), and a websocket that asks to
resume a Streamlit session (the reconnect) is refused unless it brings that same cookie.
Streamlit's media files (the downloads a button made) are served only to a browser with a
live coi session.
"""

from __future__ import annotations

import hmac
import html
import os
import re
import secrets
import threading
import weakref
from collections import OrderedDict
from contextvars import ContextVar
from urllib.parse import parse_qs, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import HTTPConnection, Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.websockets import WebSocketClose

from coi.decisions.accounts import Accounts, SignIn
from coi.settings import load_settings
from coi.store.database import Store
from coi.ui.sessions import COOKIE, Sessions, token_id

SIGN_IN = "/coi/sign-in"
SIGN_OUT = "/coi/sign-out"
SSO = "/coi/ui/sso"
CSRF_COOKIE = "coi_csrf"
SECURE_ENV = "COI_COOKIE_SECURE"  # "1": always mark the cookies Secure
#: Streamlit endpoints nobody outside the server needs: its Prometheus metrics (sessions,
#: memory, cache sizes) and the agent API.
CLOSED = ("_stcore/metrics", "_stcore/agent")
#: Paths that are no dashboard page: Streamlit's own endpoints and assets, coi's routes,
#: Streamlit's single sign-on routes.
_NOT_PAGES = ("_stcore/", "static/", "media/", "component/", "app/static/", "coi/", "auth/", "oauth2callback")
_NEXT = re.compile(r"/(?![/\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,1000}")
_MAX_FORM = 8192
_STREAMLIT_USER_COOKIE = "_streamlit_user"  # set by Streamlit after a single sign-on (st.login)
STREAM = "_stcore/stream"  # Streamlit's websocket: every browser session's messages
MEDIA = "media/"  # Streamlit's media files: what a download button made, at /media/<id>.<ext>
MAX_BOUND = 10_000  # Streamlit sessions remembered at once (the oldest bound is forgotten first)


def base_path() -> str:
    """Streamlit's ``server.baseUrlPath`` as a path prefix ("" at the root)."""
    try:
        from streamlit import config

        base = (config.get_option("server.baseUrlPath") or "").strip("/")
    except Exception:  # outside a Streamlit server
        base = ""
    return f"/{base}" if base else ""


def safe_next(value: str | None) -> str:
    """Where to go after signing in: a path on this site as asked (a bookmarked page
    survives sign-in), never another site (``//evil.example``, ``https://…``)."""
    if value and _NEXT.fullmatch(value) and not value.startswith(base_path() + "/coi/"):
        return value
    return base_path() + "/"


def _secure(request: Request) -> bool:
    return (request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "").lower() == "https"
            or os.environ.get(SECURE_ENV) == "1")


def set_session_cookie(response: Response, token: str, *, secure: bool) -> None:
    """The session cookie: HttpOnly, SameSite=Strict, for the whole site, gone when the
    browser closes; Secure over HTTPS."""
    response.set_cookie(COOKIE, token, path=base_path() + "/", httponly=True, samesite="strict", secure=secure)


def _page(*, csrf: str, next_: str, error: str = "", notice: str = "", sso: bool = False, status: int = 200,
          secure: bool = False) -> HTMLResponse:
    esc = html.escape
    sso_link = (f'<p class="alt"><a href="{esc(base_path())}/?sso=start">Sign in with your organization\'s '
                f'account</a></p>') if sso else ""
    body = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in — coi</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem;color:#262730}}
h1{{font-size:1.4rem}} label{{display:block;margin-top:1rem;font-weight:600}}
input{{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;margin-top:.25rem}}
button{{margin-top:1.25rem;padding:.5rem 1.25rem;font-size:1rem}}
.error{{color:#9b1c1c;background:#fde8e8;padding:.5rem}} .notice{{background:#e8f0fe;padding:.5rem}}
</style></head><body>
<h1>coi — conflict-of-interest screening</h1>
<p>Sign in to see your self-recusal prompts (members) or the Panel's docket (staff).</p>
{f'<p class="notice" role="status">{esc(notice)}</p>' if notice else ''}
{f'<p class="error" role="alert">{esc(error)}</p>' if error else ''}
<form method="post" action="{esc(base_path() + SIGN_IN)}">
<input type="hidden" name="csrf" value="{esc(csrf)}">
<input type="hidden" name="next" value="{esc(next_)}">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none"
 spellcheck="false" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
{sso_link}
</body></html>"""
    response = HTMLResponse(body, status_code=status, headers={
        # (not no-referrer: that would make the form's POST carry "Origin: null")
        "Cache-Control": "no-store", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                   "frame-ancestors 'none'; base-uri 'none'"})
    response.set_cookie(CSRF_COOKIE, csrf, path=base_path() + SIGN_IN, httponly=True, samesite="strict",
                        secure=secure)
    return response


def _sso_configured() -> bool:
    try:
        import streamlit as st

        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


_NOTICES = {"signed-out": "You are signed out.",
            "idle": "You were signed out after a while without activity. Please sign in again.",
            "disabled": "Your account is disabled: ask an administrator."}


def _refusal() -> str | None:
    """Why this database must not be served (coi.store.demo_guard), or None."""
    from coi.store.demo_guard import dashboard_refusal

    with Store.open(load_settings().db_path) as store:
        return dashboard_refusal(store)


def _refused(why: str) -> HTMLResponse:
    """The sign-in page's stand-in while the database must not be served: why, and no form."""
    return HTMLResponse(f"<!doctype html><html lang=en><head><meta charset=utf-8><title>coi — not started</title>"
                        f"</head><body><h1>coi — not started</h1><p>{html.escape(why)}</p></body></html>",
                        status_code=503)


async def sign_in_page(request: Request) -> Response:
    """GET: the sign-in form (a fresh CSRF token each time)."""
    if (why := await run_in_threadpool(_refusal)) is not None:
        return _refused(why)
    return _page(csrf=secrets.token_urlsafe(32), next_=safe_next(request.query_params.get("next")),
                 notice=_NOTICES.get(request.query_params.get("notice", ""), ""), sso=_sso_configured(),
                 secure=_secure(request))


def _same_origin(request: Request) -> bool:
    """A POST from a page of this site: its Origin (when the browser sends one) names this host."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("x-forwarded-host") or request.headers.get("host", "")
    return origin.split("://", 1)[-1].rstrip("/") == host


def _sign_in(username: str, password: str, old_token: str | None) -> tuple[SignIn, str | None]:
    with Store.open(load_settings().db_path) as store:
        result = Accounts(store).sign_in(username, password)
        if result.account is None:
            return result, None
        sessions = Sessions(store)
        sessions.end(old_token, "signed in again")  # a new session at every sign-in
        return result, sessions.start(result.account.username)


async def sign_in_post(request: Request) -> Response:
    """POST: check the CSRF token, the origin and the password; on success a new session,
    its cookie, and a redirect to the page asked for."""
    secure = _secure(request)
    if not _same_origin(request):
        return PlainTextResponse("Sign-in refused: the form was sent from another site.", status_code=403)
    if (why := await run_in_threadpool(_refusal)) is not None:
        return _refused(why)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_FORM:
            return PlainTextResponse("Sign-in refused: the form is too large.", status_code=413)
    form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=8)
    field = lambda k: (form.get(k) or [""])[0]  # noqa: E731
    next_ = safe_next(field("next"))
    expected = request.cookies.get(CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected.encode(), field("csrf").encode()):
        return _page(csrf=secrets.token_urlsafe(32), next_=next_, status=400, sso=_sso_configured(), secure=secure,
                     error="The sign-in form had expired. Please sign in again.")
    result, token = await run_in_threadpool(_sign_in, field("username"), field("password"), request.cookies.get(COOKIE))
    if token is None:
        return _page(csrf=secrets.token_urlsafe(32), next_=next_, error=result.message, sso=_sso_configured(),
                     secure=secure)
    response = RedirectResponse(next_, status_code=303)
    set_session_cookie(response, token, secure=secure)
    response.delete_cookie(CSRF_COOKIE, path=base_path() + SIGN_IN)
    return response


def _end(token: str | None) -> None:
    with Store.open(load_settings().db_path) as store:
        Sessions(store).end(token)


async def sign_out(request: Request) -> Response:
    """End this browser's session and forget its cookie. (A cross-site request carries no
    SameSite=Strict cookie, so no other site can sign anyone out.)"""
    await run_in_threadpool(_end, request.cookies.get(COOKIE))
    response = RedirectResponse(base_path() + SIGN_IN + "?notice=signed-out", status_code=303)
    response.delete_cookie(COOKIE, path=base_path() + "/")
    return response


def _redeem(ticket: str) -> str | None:
    with Store.open(load_settings().db_path) as store:
        return Sessions(store).redeem(ticket)


async def sso_hand_over(request: Request) -> Response:
    """Exchange the one-time ticket the dashboard issued after single sign-on for a session cookie."""
    token = await run_in_threadpool(_redeem, request.query_params.get("ticket", ""))
    if token is None:
        return RedirectResponse(base_path() + SIGN_IN, status_code=303)
    response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    set_session_cookie(response, token, secure=_secure(request))
    return response


def routes() -> list[Route]:
    base = base_path()
    return [Route(base + SIGN_IN, sign_in_page, methods=["GET"]),
            Route(base + SIGN_IN, sign_in_post, methods=["POST"]),
            Route(base + SIGN_OUT, sign_out, methods=["GET", "POST"]),
            Route(base + SSO, sso_hand_over, methods=["GET"])]


def cookie_hash(token: str | None) -> str:
    """What a connection's coi cookie is remembered as: its SHA-256 (the sessions table's
    key), "" for no cookie; never the token itself."""
    return token_id(token) if token else ""


class _Bindings:
    """Which coi cookie each live Streamlit session was drawn for (Streamlit session id →
    :func:`cookie_hash`), process-wide: bounded (the least recently run forgotten first) and
    an entry dropped when Streamlit lets go of its session."""

    def __init__(self, limit: int = MAX_BOUND):
        self._limit = limit
        self._lock = threading.Lock()
        self._bound: OrderedDict[str, str] = OrderedDict()

    def bind(self, session_id: str, token: str | None) -> bool:
        """Remember the cookie a run of ``session_id`` saw; True when the session is new here."""
        with self._lock:
            new = session_id not in self._bound
            self._bound[session_id] = cookie_hash(token)
            self._bound.move_to_end(session_id)
            while len(self._bound) > self._limit:
                self._bound.popitem(last=False)
        return new

    def drop(self, session_id: str) -> None:
        with self._lock:
            self._bound.pop(session_id, None)

    def get(self, session_id: str) -> str | None:
        with self._lock:
            return self._bound.get(session_id)

    def __len__(self) -> int:
        with self._lock:
            return len(self._bound)


BINDINGS = _Bindings()


def bind_streamlit_session(token: str | None) -> None:
    """Called by every dashboard run: bind this run's Streamlit session to the coi cookie
    (``token``) the run saw, so that only a connection bringing that cookie may resume it."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
    except Exception:  # outside a Streamlit run
        return
    if ctx is None:
        return
    if BINDINGS.bind(ctx.session_id, token):
        _drop_when_gone(ctx.session_id)


def _drop_when_gone(session_id: str) -> None:
    """Forget the binding once Streamlit's runtime lets go of the session (closed, or its
    reconnect window over); under AppTest there is no runtime, and the bound keeps the size."""
    try:
        from streamlit.runtime import Runtime

        session = Runtime.instance().get_app_session(session_id) if Runtime.exists() else None
    except Exception:
        return
    if session is not None:
        weakref.finalize(session, BINDINGS.drop, session_id)


#: The coi cookie (as :func:`cookie_hash`) of the websocket connection a message came in on:
#: set by the Gate for each connection to Streamlit's stream, and carried by Python's context
#: into what Streamlit does for that connection's messages (a download made on click). None
#: outside any connection (AppTest).
CONNECTION_COOKIE: ContextVar[str | None] = ContextVar("coi_connection_cookie", default=None)


def _resumed_session(headers: Headers) -> str | None:
    """The Streamlit session a websocket asks to resume: the third entry of its
    Sec-WebSocket-Protocol header, read as Streamlit reads it (starlette_websocket.py,
    ``_parse_subprotocols``: "streamlit", the XSRF token, the session id), or None."""
    raw = headers.get("sec-websocket-protocol")
    if not raw:
        return None
    entries = [value.strip() for value in raw.split(",")]
    return entries[2] if len(entries) >= 3 and entries[2] else None


def _without_session(scope, headers: Headers):
    """The websocket's scope with the session to resume struck from its subprotocols:
    Streamlit starts a new session for it."""
    entries = [value.strip() for value in headers["sec-websocket-protocol"].split(",")]
    kept = ", ".join(entries[:2]).encode("latin-1")
    raw = [(k, kept if k.lower() == b"sec-websocket-protocol" else v) for k, v in scope["headers"]]
    return {**scope, "headers": raw, "subprotocols": [e for e in entries[:2] if e]}


def _is_open(token: str | None) -> bool:
    with Store.open(load_settings().db_path) as store:
        return Sessions(store).is_open(token)


class Gate:
    """ASGI middleware in front of Streamlit: closed endpoints answer 404; a browser that
    loads a dashboard page without a live session goes to the sign-in page, with the page
    it asked for to come back to; media files are served only with a live session; and a
    websocket may resume a Streamlit session only with the coi cookie that session was
    drawn for."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "websocket":
            base = base_path()
            path = scope["path"]
            rel = path[len(base):] if base and path.startswith(base) else path
            if rel.lstrip("/") == STREAM:
                await self._stream(scope, receive, send)
                return
        if scope["type"] == "http":
            base = base_path()
            path = scope["path"]
            rel = path[len(base):] if base and path.startswith(base) else path
            if any(rel.lstrip("/").startswith(c) for c in CLOSED):
                await PlainTextResponse("Not found", status_code=404)(scope, receive, send)
                return
            request = Request(scope)
            if rel.lstrip("/").startswith(MEDIA) and not await self._signed_in(request):
                await PlainTextResponse("Forbidden: sign in to download this file.", status_code=403,
                                        headers={"Cache-Control": "no-store"})(scope, receive, send)
                return
            if request.method == "GET" and self._page_load(request, rel) and not await self._may_load(request):
                query = scope.get("query_string", b"").decode("latin-1")
                wanted = path + (f"?{query}" if query else "")
                target = base + SIGN_IN + "?" + urlencode({"next": safe_next(wanted)})
                await RedirectResponse(target, status_code=303)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    async def _stream(self, scope, receive, send) -> None:
        """Streamlit's websocket. Resuming a session (a reconnect names its id) needs the coi
        cookie that session was drawn for, else the connection is closed before Streamlit
        sees it (a leaked session id is no sign-in); an id no run here bound (the server
        restarted, or forgotten) starts a new session; no id: a new session, as ever."""
        headers = Headers(scope=scope)
        if len(headers.getlist("sec-websocket-protocol")) > 1:  # read one way by us, another by someone else
            await WebSocketClose(code=1008)(scope, receive, send)
            return
        cookie = cookie_hash(HTTPConnection(scope).cookies.get(COOKIE))
        if (named := _resumed_session(headers)) is not None:
            bound = BINDINGS.get(named)
            if bound is None:
                scope = _without_session(scope, headers)
            elif not hmac.compare_digest(bound, cookie):
                await WebSocketClose(code=1008)(scope, receive, send)  # 1008: policy violation
                return
        reset = CONNECTION_COOKIE.set(cookie)
        try:
            await self.app(scope, receive, send)
        finally:
            CONNECTION_COOKIE.reset(reset)

    @staticmethod
    async def _signed_in(request: Request) -> bool:
        token = request.cookies.get(COOKIE)
        return token is not None and await run_in_threadpool(_is_open, token)

    @staticmethod
    def _page_load(request: Request, rel: str) -> bool:
        """A browser loading a dashboard page (not an asset, not an API call). A page opened
        from another site's link brings no SameSite=Strict cookie: let it load, and the
        dashboard decides from the cookie its own connection brings."""
        return (not rel.lstrip("/").startswith(_NOT_PAGES) and "text/html" in request.headers.get("accept", "")
                and request.headers.get("sec-fetch-site") != "cross-site"
                and request.query_params.get("sso") != "start")

    @staticmethod
    async def _may_load(request: Request) -> bool:
        if any(name.startswith(_STREAMLIT_USER_COOKIE) for name in request.cookies):
            return True  # back from single sign-on: the dashboard hands the identity over to a session
        token = request.cookies.get(COOKIE)
        return token is not None and await run_in_threadpool(_is_open, token)


__all__ = ["Gate", "routes", "safe_next", "set_session_cookie", "SIGN_IN", "SIGN_OUT", "SSO", "CLOSED",
           "CSRF_COOKIE", "base_path", "BINDINGS", "bind_streamlit_session", "CONNECTION_COOKIE", "cookie_hash"]
