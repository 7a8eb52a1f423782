"""The dashboard in a real browser: Debian's chromium, driven by Playwright, against
``streamlit run app.py`` on a demo database. A member signs in, answers a prompt, reloads
(still signed in) and finds the answer kept; a confidential party's name never reaches the
member's browser. Marked ``browser`` (run by ``make test-all`` and CI)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from coi.decisions.accounts import demo_password
from coi.store.database import Store

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The demo database and `streamlit run app.py` on it, on a free local port."""
    if CHROMIUM is None:
        pytest.fail("chromium is not installed: apt-get install chromium (.ci/run does)")
    db = tmp_path_factory.mktemp("browser") / "coi.sqlite3"
    coi = Path(sys.executable).with_name("coi")
    subprocess.run([str(coi), "demo", "--db", str(db), "--as-of", "2026-11-22"], check=True, capture_output=True)
    port = _free_port()
    env = {**os.environ, "COI_DB": str(db)}
    proc = subprocess.Popen([str(Path(sys.executable).with_name("streamlit")), "run", str(ROOT / "app.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--server.headless", "true"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
        yield url, db
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def sign_in(page, url: str, username: str, password: str) -> None:
    page.goto(url)
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_a_member_answers_a_prompt_reloads_and_finds_the_answer_kept(server, browser, tmp_path):
    url, db = server
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, url, "m01", demo_password("M01"))
    page.get_by_role("heading", name="My prompts").wait_for(timeout=30_000)
    page.screenshot(path=str(os.environ.get("COI_SCREENSHOTS", tmp_path)) + "/my-prompts.png", full_page=True)
    page.get_by_role("button", name="I recuse myself").first.click()
    page.get_by_text("is recorded").wait_for(timeout=30_000)
    page.reload()  # a new Streamlit session; the sign-in (coi's session cookie) survives it
    page.get_by_text("Answered: I recuse myself").first.wait_for(timeout=30_000)
    with Store.open(db) as store:
        assert [d.decided_by for d in store.decisions() if d.member_id == "M01"] == ["m01"]


def test_a_confidential_partys_name_never_reaches_the_members_browser(server, browser):
    url, db = server
    with Store.open(db) as store:
        p = next(p for p in store.prompts() if p.party_confidential)
    page = browser.new_page(viewport={"width": 820, "height": 1180})  # a tablet
    sign_in(page, url, p.member_id.lower(), demo_password(p.member_id))
    page.get_by_text(f"Case {p.case_id}").wait_for(timeout=30_000)
    # a card's class is opaque (random per session): find it by what it shows
    card = page.locator("[class*='st-key-card-']").filter(has_text=f"Case {p.case_id}").first.inner_text()
    assert f"Case {p.case_id}" in card and "[confidential]" in card
    assert p.party_name not in card and p.matched_name not in card


def test_staff_upload_a_docket_and_see_its_prompts(server, browser, tmp_path):
    url, db = server
    with Store.open(db) as store:
        tie = next(d for d in store.panel().disclosures if d.relation.value == "sibling")
    docket = tmp_path / "new-docket.csv"
    docket.write_text("case_id,party_name,party_role,party_kind,affiliations,date_of_birth,confidential\n"
                      f"C-2027-0100,{tie.name},witness,person,,,false\n", encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{url}/?page=docket")
    page.get_by_role("textbox", name="Username").fill("staff")
    page.get_by_role("textbox", name="Password").fill("demo-staff-pass")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Docket").wait_for(timeout=30_000)
    page.locator("input[type=file]").set_input_files(str(docket))
    # the upload shows its plan first; nothing is stored until the import is confirmed (issue 12, item 1)
    page.get_by_role("button", name="Import new-docket.csv").click(timeout=60_000)
    page.get_by_text("Prompts in this docket's 1 case: 1").wait_for(timeout=60_000)
    page.get_by_role("button", name="Download Excel").wait_for(timeout=30_000)
    page.wait_for_timeout(1000)  # let the table and the progress bar finish drawing for the screenshot
    page.screenshot(path=str(os.environ.get("COI_SCREENSHOTS", tmp_path)) + "/docket.png", full_page=True)
    with Store.open(db) as store:
        assert any(p.case_id == "C-2027-0100" and p.member_id == tie.member_id for p in store.prompts())
