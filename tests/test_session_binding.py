"""A leaked Streamlit session id is not a bearer token (issue 11, item 9), at the transport:
a websocket may resume a Streamlit session only with the coi cookie that session was drawn
for; a download is made only for the browser whose page offered it; and Streamlit's media
files (the downloads made) are served only to a browser with a live coi session. Driven as
ASGI through coi's Gate, in front of a stand-in for Streamlit."""

from __future__ import annotations

import asyncio
import contextvars
import datetime as dt
import json
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from streamlit.runtime.media_file_manager import MediaFileManager

from coi.decisions import meetings
from coi.decisions.access import Forbidden
from coi.decisions.accounts import demo_password
from coi.store.database import Store
from coi.ui import server
from coi.ui.server import CONNECTION_COOKIE, Gate, _Bindings, cookie_hash, routes
from coi.ui.sessions import COOKIE, Sessions, token_id
from tests.factories import SYSTEM, dashboard_as

SID = "0b1f4a52-5d1e-4c8e-9a3b-3e2f1d0c9b8a"  # a Streamlit session id, as Streamlit makes them


@pytest.fixture
def bindings(monkeypatch) -> _Bindings:
    """A registry of its own for each test (the process-wide one is shared)."""
    fresh = _Bindings()
    monkeypatch.setattr(server, "BINDINGS", fresh)
    return fresh


def token_of(db: Path, username: str) -> str:
    with Store.open(db) as store:
        return Sessions(store).start(username)


# ------------------------------------------------------------------ the stand-in for Streamlit

async def _page(request):
    return PlainTextResponse("streamlit")


async def _stream(websocket):
    """What Streamlit's websocket would be handed: the subprotocols (the session to resume)
    and the cookie the connection is known by."""
    await websocket.accept()
    await websocket.send_text(json.dumps({"protocols": websocket.headers.get("sec-websocket-protocol"),
                                          "cookie": CONNECTION_COOKIE.get()}))
    await websocket.close()


def server_app() -> Starlette:
    return Starlette(routes=[*routes(), WebSocketRoute("/_stcore/stream", _stream),
                             WebSocketRoute("/panel/_stcore/stream", _stream),
                             Route("/{path:path}", _page, methods=["GET", "HEAD", "POST"])],
                     middleware=[Middleware(Gate)])


def connect(protocols: list[str] | None, *, cookie: str | None = None, path: str = "/_stcore/stream",
            extra: list[tuple[str, str]] = ()) -> list[dict]:
    """One websocket handshake through the Gate: the ASGI messages the server sent."""
    headers = [("host", "127.0.0.1:8501"), ("origin", "http://127.0.0.1:8501")]
    if protocols is not None:
        headers.append(("sec-websocket-protocol", ", ".join(protocols)))
    if cookie is not None:
        headers.append(("cookie", f"{COOKIE}={cookie}"))
    headers += list(extra)
    scope = {"type": "websocket", "path": path, "raw_path": path.encode(), "query_string": b"",
             "root_path": "", "scheme": "ws", "http_version": "1.1", "server": ("127.0.0.1", 8501),
             "client": ("127.0.0.1", 50000), "subprotocols": [p.strip() for p in (protocols or [])],
             "headers": [(k.encode(), v.encode()) for k, v in headers]}
    incoming = [{"type": "websocket.connect"}]
    sent: list[dict] = []

    async def receive():
        return incoming.pop(0) if incoming else {"type": "websocket.disconnect", "code": 1000}

    async def send(message):
        sent.append(message)

    asyncio.run(server_app()(scope, receive, send))
    return sent


def accepted(sent: list[dict]) -> dict | None:
    """What the stand-in Streamlit saw, or None when the connection was closed before it."""
    if not sent or sent[0]["type"] != "websocket.accept":
        return None
    return json.loads(next(m["text"] for m in sent if m["type"] == "websocket.send"))


def refused(sent: list[dict]) -> bool:
    return [m["type"] for m in sent] == ["websocket.close"] and sent[0].get("code") == 1008


def call(method: str, path: str, *, cookie: str | None = None) -> tuple[int, str]:
    headers = [(b"host", b"127.0.0.1:8501")] + ([(b"cookie", f"{COOKIE}={cookie}".encode())] if cookie else [])
    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": b"",
             "root_path": "", "scheme": "http", "http_version": "1.1", "server": ("127.0.0.1", 8501),
             "client": ("127.0.0.1", 50000), "headers": headers}
    messages: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        messages.append(message)

    asyncio.run(server_app()(scope, receive, send))
    return messages[0]["status"], b"".join(m.get("body", b"") for m in messages[1:]).decode()


# ------------------------------------------------------------------ item 1: resuming a Streamlit session

def test_a_stolen_session_id_without_the_cookie_is_refused_before_streamlit_sees_it(db, bindings):
    bindings.bind(SID, token_of(db, "m02"))
    assert refused(connect(["streamlit", "x", SID]))  # the attacker's reconnect: no cookie at all


def test_a_stolen_session_id_with_another_members_live_cookie_is_refused(db, bindings):
    bindings.bind(SID, token_of(db, "m02"))
    assert refused(connect(["streamlit", "x", SID], cookie=token_of(db, "m13")))


def test_the_browser_with_the_sessions_cookie_resumes_it(db, bindings):
    token = token_of(db, "m02")
    bindings.bind(SID, token)
    seen = accepted(connect(["streamlit", "x", SID], cookie=token))
    assert seen == {"protocols": f"streamlit, x, {SID}", "cookie": token_id(token)}


def test_a_signed_out_session_resumes_only_without_a_cookie(db, bindings):
    bindings.bind(SID, None)  # drawn for a browser that had not signed in
    assert accepted(connect(["streamlit", "x", SID]))["protocols"].endswith(SID)
    assert refused(connect(["streamlit", "x", SID], cookie=token_of(db, "m02")))


def test_a_new_session_connects_as_before(db, bindings):
    token = token_of(db, "m02")
    assert accepted(connect(["streamlit", "x"], cookie=token)) == {"protocols": "streamlit, x",
                                                                   "cookie": token_id(token)}
    assert accepted(connect(["streamlit"])) == {"protocols": "streamlit", "cookie": ""}


def test_an_unknown_session_id_starts_a_new_session(db, bindings):
    """No run here bound it (the server restarted, or it was forgotten): Streamlit is not
    asked to resume it, whatever it may hold."""
    assert accepted(connect(["streamlit", "x", SID]))["protocols"] == "streamlit, x"


def test_two_subprotocol_headers_are_refused(db, bindings):
    token = token_of(db, "m02")
    bindings.bind(SID, token)
    assert refused(connect(["streamlit", "x"], cookie=token, extra=[("sec-websocket-protocol", f"streamlit, x, {SID}")]))


def test_the_stream_under_a_base_path_is_guarded_too(db, bindings, monkeypatch):
    monkeypatch.setattr(server, "base_path", lambda: "/panel")
    bindings.bind(SID, token_of(db, "m02"))
    assert refused(connect(["streamlit", "x", SID], path="/panel/_stcore/stream"))


def test_every_dashboard_run_binds_its_streamlit_session_to_the_cookie_it_saw(db, bindings):
    at = dashboard_as("m02", demo_password("M02"))
    assert not at.exception, at.exception
    with Store.open(db) as store, store.reading() as conn:
        (hashed,) = conn.execute("SELECT token_hash FROM sessions WHERE username = 'm02' AND ended_at IS NULL").fetchone()
    assert bindings.get("test session id") == hashed  # AppTest's session id


def test_the_registry_is_bounded_and_forgets_ended_sessions():
    registry = _Bindings(limit=3)
    for n in range(5):
        registry.bind(f"s{n}", f"token-{n}")
    assert len(registry) == 3 and registry.get("s0") is None and registry.get("s4") == cookie_hash("token-4")
    registry.bind("s2", "token-2")  # run again: the most recent now
    registry.bind("s5", "token-5")
    assert registry.get("s2") is not None and registry.get("s3") is None
    registry.drop("s2")
    assert registry.get("s2") is None and len(registry) == 2


# ------------------------------------------------------------------ a download id that leaks

@pytest.fixture
def makers(monkeypatch) -> dict:
    found: dict = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        found[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return found


def members_packet(db: Path, makers: dict):
    with Store.open(db) as store:  # a meeting that stays upcoming whenever the test runs
        meetings.save_meeting(store, SYSTEM, "2099-01-01", dt.date(2099, 1, 1),
                              [store.prompts(member_id="M01")[0].case_id])
    at = dashboard_as("m01", demo_password("M01"))
    assert not at.exception, at.exception
    with Store.open(db) as store, store.reading() as conn:
        (hashed,) = conn.execute("SELECT token_hash FROM sessions WHERE username = 'm01' AND ended_at IS NULL").fetchone()
    name = next(n for n in makers if n.startswith("packet-m01-") and n.endswith(".html"))
    return makers[name], hashed


def on_connection(cookie: str, fn):
    """Call ``fn`` as Streamlit does for a message that came in on a connection with ``cookie``."""
    def run():
        CONNECTION_COOKIE.set(cookie)
        return fn()
    return contextvars.copy_context().run(run)


def test_a_download_asked_for_from_another_browser_makes_nothing(db, makers):
    make, _ = members_packet(db, makers)
    other = cookie_hash(token_of(db, "m13"))  # signed in as someone else, in a Streamlit session of its own
    with pytest.raises(Forbidden, match="another browser"):
        on_connection(other, make)
    with pytest.raises(Forbidden, match="another browser"):
        on_connection("", make)  # no cookie at all
    with Store.open(db) as store:
        assert [e.detail["reason"] for e in store.audit_log(None, action="download refused")] == [
            "the download was asked for from another browser"] * 2


def test_the_browser_that_drew_the_page_downloads_its_packet(db, makers):
    make, hashed = members_packet(db, makers)
    assert b"M01" in on_connection(hashed, make)


# ------------------------------------------------------------------ item 2: media files need a session

@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_a_media_file_without_a_session_is_refused(db, method):
    assert call(method, "/media/0123abcd.html")[0] == 403


def test_a_media_file_with_an_ended_session_is_refused(db):
    token = token_of(db, "m02")
    with Store.open(db) as store:
        Sessions(store).end(token)
    assert call("GET", "/media/0123abcd.html", cookie=token)[0] == 403
    assert call("GET", "/media/0123abcd.html", cookie="made-up")[0] == 403


def test_a_media_file_with_a_live_session_is_served(db):
    assert call("GET", "/media/0123abcd.html", cookie=token_of(db, "m02")) == (200, "streamlit")


def test_a_media_file_under_a_base_path_needs_a_session_too(db, monkeypatch):
    monkeypatch.setattr(server, "base_path", lambda: "/panel")
    assert call("GET", "/panel/media/0123abcd.html")[0] == 403
