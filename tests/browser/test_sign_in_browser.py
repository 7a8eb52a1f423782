"""Sign-in and sessions in a real browser (issue 11, items 9, 11, 14): Debian's chromium,
driven by Playwright, against ``streamlit run app.py`` (the ``st.App`` with coi's routes and
middleware) on a demo database. Marked ``browser``."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from coi.decisions.accounts import demo_password
from coi.store.database import Store
from coi.ui.sessions import COOKIE, Sessions

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
IDLE_SECONDS = 6


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(folder: Path, **env):
    """The demo database and `streamlit run app.py` on it (no --server.address: the
    config's default), on a free local port; yields (url, db, log file)."""
    if CHROMIUM is None:
        pytest.fail("chromium is not installed: apt-get install chromium (.ci/run does)")
    db = folder / "coi.sqlite3"
    coi = Path(sys.executable).with_name("coi")
    subprocess.run([str(coi), "demo", "--db", str(db), "--as-of", "2026-11-22"], check=True, capture_output=True)
    port = _free_port()
    log = folder / "streamlit.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(Path(sys.executable).with_name("streamlit")), "run", str(ROOT / "app.py"),
                                 "--server.port", str(port), "--server.headless", "true"], cwd=ROOT,
                                env={**os.environ, "COI_DB": str(db), **env}, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("the dashboard did not start within 30 s")
        yield url, db, log
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from _serve(tmp_path_factory.mktemp("sign-in"))


@pytest.fixture(scope="module")
def short_idle_server(tmp_path_factory):
    yield from _serve(tmp_path_factory.mktemp("idle"), COI_IDLE_MINUTES=str(IDLE_SECONDS / 60))


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def sign_in_form(page, username: str, password: str) -> None:
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def heading(page, name: str) -> None:
    page.get_by_role("heading", name=name).wait_for(timeout=30_000)


def test_signed_in_across_reload_second_tab_and_bookmark_until_sign_out(server, browser, tmp_path):
    url, db, _ = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/my-disclosures")  # a bookmark, before signing in
    assert "/coi/sign-in" in page.url
    assert page.get_by_role("textbox", name="Username").get_attribute("autocomplete") == "username"
    assert page.get_by_role("textbox", name="Password").get_attribute("autocomplete") == "current-password"
    page.screenshot(path=str(os.environ.get("COI_SCREENSHOTS", tmp_path)) + "/sign-in.png")
    sign_in_form(page, "m01", demo_password("M01"))
    heading(page, "My disclosures")  # the bookmarked page survived sign-in
    (cookie,) = [c for c in context.cookies() if c["name"] == COOKIE]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and not cookie["secure"]  # plain http here
    assert page.evaluate("document.cookie").find(COOKIE) == -1  # no script can read it
    page.reload()
    heading(page, "My disclosures")
    tab = context.new_page()
    tab.goto(url)
    heading(tab, "My prompts")
    bookmark = context.new_page()
    bookmark.goto(f"{url}/my-ties")
    heading(bookmark, "My ties")
    page.get_by_role("button", name="Sign out").click()
    page.get_by_text("You are signed out.").wait_for(timeout=30_000)
    tab.reload()
    tab.get_by_role("textbox", name="Username").wait_for(timeout=30_000)
    with Store.open(db) as store:
        assert Sessions(store).open_sessions("m01") == 0
    context.close()


@pytest.mark.parametrize("username, home", [("m01", "my-prompts"), ("staff", "prompts")])
def test_the_home_page_opens_by_its_own_path_without_a_page_not_found_notice(server, browser, username, home):
    """Streamlit's default page answers only at "/": the home page by its own path (a bookmark)
    once met "Page not found" over the right page; the root now goes on to the home page."""
    url, _, _ = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/{home}")
    password = demo_password("M01") if username == "m01" else "demo-staff-pass"
    sign_in_form(page, username, password)
    title = "My prompts" if home == "my-prompts" else "Prompts"
    heading(page, title)
    page.wait_for_timeout(1500)  # the notice, when there was one, came with the first run
    assert page.get_by_text("Page not found").count() == 0
    page.goto(url)  # the root goes on to the home page, under its own path
    heading(page, title)
    page.wait_for_url(f"**/{home}", timeout=30_000)
    context.close()


def test_a_wrong_password_is_refused_on_the_form_and_a_right_one_then_works(server, browser):
    url, _, _ = server
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    sign_in_form(page, "staff", "not the password")
    page.get_by_text("The username or password is wrong").wait_for(timeout=30_000)
    assert not [c for c in context.cookies() if c["name"] == COOKIE]
    sign_in_form(page, "staff", "demo-staff-pass")
    heading(page, "Prompts")
    context.close()


def test_an_idle_session_is_signed_out(short_idle_server, browser):
    url, db, _ = short_idle_server
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    sign_in_form(page, "m01", demo_password("M01"))
    heading(page, "My prompts")
    page.wait_for_timeout((IDLE_SECONDS + 3) * 1000)
    page.get_by_role("link", name="My ties").click()  # the next action, after the idle limit
    page.get_by_text("You were signed out after 6 seconds without activity").wait_for(timeout=30_000)
    page.reload()
    page.get_by_role("textbox", name="Username").wait_for(timeout=30_000)
    with Store.open(db) as store:
        assert store.audit_log(action="session ended")[0].detail["why"] == "idle"
    context.close()


def test_a_leaked_streamlit_session_id_gets_nothing_in_a_browser_without_the_cookie(server, browser):
    """Another browser reconnects to a signed-in member's Streamlit session by its id (the
    websocket's third subprotocol, as Streamlit's own reconnect sends it): without coi's
    cookie the connection is refused before Streamlit sees it (coi.ui.server.Gate), so
    it shows nothing and the member's session is not taken over."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    url, _, log = server
    ids: list[str] = []

    def watch(ws):
        def frame(payload):
            if isinstance(payload, (bytes, bytearray)):
                msg = ForwardMsg()
                try:
                    msg.ParseFromString(bytes(payload))
                except Exception:
                    return
                if msg.HasField("new_session") and msg.new_session.initialize.session_id:
                    ids.append(msg.new_session.initialize.session_id)
        ws.on("framereceived", frame)

    victim = browser.new_context()
    page = victim.new_page()
    page.on("websocket", watch)
    page.goto(url)
    sign_in_form(page, "m02", demo_password("M02"))
    heading(page, "My prompts")
    page.get_by_text("Case ").first.wait_for(timeout=30_000)
    leaked = ids[-1]

    attacker = browser.new_context()
    attacker.add_init_script(f"""
        const Real = window.WebSocket;
        window.WebSocket = function (url, protocols) {{
            if (Array.isArray(protocols) && protocols.length === 2) protocols = [...protocols, "{leaked}"];
            return new Real(url, protocols);
        }};
        Object.assign(window.WebSocket, Real);
        window.WebSocket.prototype = Real.prototype;
    """)
    other = attacker.new_page()
    refused: list[str] = []
    other.on("websocket", lambda ws: ws.on("socketerror", lambda error: refused.append(error)))
    other.goto(f"{url}/?sso=start")  # loads the dashboard's page without a session (nothing configured)
    for _ in range(120):  # the refusal comes when the socket opens: seconds on a loaded machine
        if refused:
            break
        other.wait_for_timeout(250)
    other.wait_for_timeout(1000)
    text = other.locator("body").inner_text()
    assert "My prompts" not in text and "Case " not in text and "m02" not in text
    assert refused  # its websocket was refused
    assert f"Session with id {leaked} is already connected" not in log.read_text(errors="replace")  # not taken over
    page.get_by_role("link", name="My ties").click()  # the member's page is still connected and answers
    heading(page, "My ties")
    victim.close()
    attacker.close()


def test_metrics_are_closed_on_the_running_server(server):
    url, _, _ = server
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{url}/_stcore/metrics", timeout=5)
    assert refused.value.code == 404
    assert urllib.request.urlopen(f"{url}/_stcore/health", timeout=5).read() == b"ok"


NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def test_the_readmes_nginx_configuration_serves_the_dashboard_over_https(server, browser, tmp_path):
    """The README's reverse-proxy example, as written (ports and certificate swapped for a
    local run): sign-in, the websocket, a Secure cookie, reload, and metrics closed."""
    if NGINX is None:
        pytest.skip("nginx is not installed (apt-get install nginx-light) — the README example is not checked")
    url, _, _ = server
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```nginx") + len("```nginx")
    block = readme[start:readme.index("```", start)]
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")], check=True,
                   capture_output=True)
    https_port, http_port = _free_port(), _free_port()
    block = (block.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
             .replace("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
             .replace("/etc/letsencrypt/live/coi.example.org/fullchain.pem", str(tmp_path / "cert.pem"))
             .replace("/etc/letsencrypt/live/coi.example.org/privkey.pem", str(tmp_path / "key.pem"))
             .replace("http://127.0.0.1:8501", url))
    assert block.count(str(tmp_path)) == 2 and url in block
    conf = tmp_path / "nginx.conf"
    conf.write_text(f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; daemon off;\nevents {{}}\n"
                    f"http {{ access_log {tmp_path}/access.log; client_body_temp_path {tmp_path}/body; "
                    f"proxy_temp_path {tmp_path}/proxy;\n{block}\n}}\n", encoding="utf-8")
    nginx = subprocess.Popen([NGINX, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proxied = f"https://127.0.0.1:{https_port}"
    try:
        time.sleep(1)
        context = browser.new_context(ignore_https_errors=True)
        page = context.new_page()
        page.goto(f"{proxied}/my-ties")
        sign_in_form(page, "m03", demo_password("M03"))
        heading(page, "My ties")
        (cookie,) = [c for c in context.cookies() if c["name"] == COOKIE]
        assert cookie["secure"] and cookie["httpOnly"] and cookie["sameSite"] == "Strict"
        page.reload()
        heading(page, "My ties")
        assert page.request.get(f"{proxied}/_stcore/metrics").status == 404
        context.close()
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
