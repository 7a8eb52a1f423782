"""coi's own web routes and middleware around the Streamlit dashboard (``st.App`` in
app.py): a plain HTML sign-in page that password managers can fill, sign-out, the single
sign-on hand-over, signed-out page loads sent to the sign-in page, and Streamlit's
``/_stcore/metrics`` (and its agent API) closed.

The sign-in sets the session cookie (:mod:`coi.sessions`): HttpOnly (no script reads it),
SameSite=Strict (no other site's page sends it), Secure when the request came over HTTPS
(directly, or through a reverse proxy that says so in ``X-Forwarded-Proto``) or when
``COI_COOKIE_SECURE=1``. The form carries a CSRF token bound to a cookie of its own, and a
POST from another origin is refused.
"""

from __future__ import annotations

import hmac
import html
import os
import re
import secrets
from urllib.parse import parse_qs, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from coi.accounts import Accounts, SignIn
from coi.sessions import COOKIE, Sessions
from coi.settings import load_settings
from coi.store import Store

SIGN_IN = "/coi/sign-in"
SIGN_OUT = "/coi/sign-out"
SSO = "/coi/sso"
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
    """Why this database must not be served (coi.demo_guard), or None."""
    from coi.demo_guard import dashboard_refusal

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


def _is_open(token: str | None) -> bool:
    with Store.open(load_settings().db_path) as store:
        return Sessions(store).is_open(token)


class Gate:
    """ASGI middleware in front of Streamlit: closed endpoints answer 404; a browser that
    loads a dashboard page without a live session goes to the sign-in page, with the page
    it asked for to come back to."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            base = base_path()
            path = scope["path"]
            rel = path[len(base):] if base and path.startswith(base) else path
            if any(rel.lstrip("/").startswith(c) for c in CLOSED):
                await PlainTextResponse("Not found", status_code=404)(scope, receive, send)
                return
            request = Request(scope)
            if request.method == "GET" and self._page_load(request, rel) and not await self._may_load(request):
                query = scope.get("query_string", b"").decode("latin-1")
                wanted = path + (f"?{query}" if query else "")
                target = base + SIGN_IN + "?" + urlencode({"next": safe_next(wanted)})
                await RedirectResponse(target, status_code=303)(scope, receive, send)
                return
        await self.app(scope, receive, send)

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
           "CSRF_COOKIE", "base_path"]
