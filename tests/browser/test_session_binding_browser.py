"""A leaked Streamlit session id, or download id, is no bearer token (issue 11, item 9), in a
real browser: the outside tester's attack — m02 signed in with the packet open; a cookie-less
websocket resuming m02's Streamlit session asks for the packet's download — is refused, as is
the download id asked for from another member's own session, and a media link m02's browser
got is refused to a browser without the cookie; m02's own download still works. Marked
``browser``."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
import urllib.error
import urllib.request
import uuid

import pytest

from coi.decisions.accounts import demo_password
from coi.store.database import Store
from coi.ui.sessions import COOKIE, Sessions
from tests.browser.test_sign_in_browser import browser, heading, server, sign_in_form  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def _forward(payload) -> object | None:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    if not isinstance(payload, bytes):
        return None
    msg = ForwardMsg()
    try:
        msg.ParseFromString(payload)
    except Exception:
        return None
    return msg


def _deferred(file_id: str, session_id: str) -> bytes:
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    msg.backend_operation_request.request_id = str(uuid.uuid4())
    msg.backend_operation_request.session_id = session_id
    msg.backend_operation_request.deferred_file.file_id = file_id
    return msg.SerializeToString()


def _rerun() -> bytes:
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    msg.rerun_script.query_string = ""
    return msg.SerializeToString()


def _attack(url: str, subprotocols: list[str], file_id: str, *, session_id: str | None,
            cookie: str | None = None) -> dict:
    """A raw websocket to Streamlit's stream (no browser): ask for the download ``file_id``
    in ``session_id`` (None: the session the connection is given). What happened:
    ``refused`` (the handshake), ``url`` (a media link made) or ``error``."""
    import websockets

    async def run() -> dict:
        headers = {"Origin": url}
        if cookie is not None:
            headers["Cookie"] = f"{COOKIE}={cookie}"
        try:
            ws = await websockets.connect(url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=subprotocols,
                                          additional_headers=headers, max_size=None, open_timeout=20)
        except websockets.exceptions.InvalidStatus as exc:
            return {"refused": exc.response.status_code}
        async with ws:
            sid = session_id
            if sid is not None:
                await ws.send(_deferred(file_id, sid))
            else:  # a new session is drawn (and named) on its first run
                await ws.send(_rerun())
            end = time.monotonic() + 20
            while time.monotonic() < end:
                try:
                    msg = _forward(await asyncio.wait_for(ws.recv(), timeout=end - time.monotonic()))
                except (TimeoutError, asyncio.TimeoutError, websockets.exceptions.ConnectionClosed):
                    break
                if msg is None:
                    continue
                if msg.HasField("new_session") and sid is None:  # a session of its own: name it
                    sid = msg.new_session.initialize.session_id
                    await ws.send(_deferred(file_id, sid))
                if msg.HasField("backend_operation_response"):
                    response = msg.backend_operation_response
                    return {"url": response.deferred_file.url, "error": response.error_msg}
        return {}

    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # off Playwright's event loop
        return pool.submit(asyncio.run, run()).result()


def _fetch(url: str, cookie: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Cookie": f"{COOKIE}={cookie}"} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_a_stolen_session_id_or_download_id_gets_no_packet_and_the_member_still_downloads(server, browser):  # noqa: F811
    url, db, _ = server
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    frames: list[bytes] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(payload)))
    page.goto(url)
    sign_in_form(page, "m02", demo_password("M02"))
    heading(page, "My prompts")
    page.get_by_text("My packet for an upcoming meeting").click()
    html = page.get_by_role("button", name="HTML", exact=True)
    html.wait_for(timeout=30_000)
    time.sleep(1)  # the last frames in

    session_id, file_ids = None, {}
    for msg in filter(None, map(_forward, frames)):  # what anyone watching m02's frames would learn
        if msg.HasField("new_session"):
            session_id = msg.new_session.initialize.session_id
        if msg.HasField("delta") and msg.delta.new_element.HasField("download_button"):
            button = msg.delta.new_element.download_button
            file_ids[button.label] = button.deferred_file_id
    assert session_id and file_ids.get("HTML")

    # the member's own download works, with the cookie her browser sends (SameSite=Strict, same origin)
    with page.expect_download(timeout=60_000) as made:
        html.click()
    packet = made.value.path().read_bytes()
    assert made.value.suggested_filename.startswith("packet-m02-") and b"M02" in packet
    media = made.value.url
    assert "/media/" in media

    # 1. the tester's reconnect: no cookie, m02's Streamlit session id and the button's download id
    stolen = _attack(url, ["streamlit", "x", session_id], file_ids["HTML"], session_id=session_id)
    assert stolen == {"refused": 403}
    # the same with another member's live cookie
    with Store.open(db) as store:
        other = Sessions(store).start("m13")
    assert _attack(url, ["streamlit", "x", session_id], file_ids["HTML"], session_id=session_id,
                   cookie=other) == {"refused": 403}
    # 2. the download id alone, asked for from m13's own (signed-in) Streamlit session
    leaked = _attack(url, ["streamlit", "x"], file_ids["HTML"], session_id=None, cookie=other)
    assert leaked.get("error") and not leaked.get("url")
    with Store.open(db) as store:
        reasons = [e.detail["reason"] for e in store.audit_log(None, action="download refused")]
    assert reasons == ["the download was asked for from another browser"]

    # 3. the media link m02's browser got, from a browser without the cookie
    status, body = _fetch(media)
    assert status == 403 and b"M02" not in body
    outsider = browser.new_context()
    response = outsider.request.get(media)
    assert response.status == 403 and b"M02" not in response.body()
    outsider.close()

    # m02's page, untouched by the refused attempts, still downloads
    page.reload()  # the refused download wrote its notice into m02's session: a fresh page
    heading(page, "My prompts")
    page.get_by_text("My packet for an upcoming meeting").click()
    again = page.get_by_role("button", name="HTML", exact=True)
    again.wait_for(timeout=30_000)
    with page.expect_download(timeout=60_000) as made:
        again.click()
    assert b"M02" in made.value.path().read_bytes()
    context.close()
