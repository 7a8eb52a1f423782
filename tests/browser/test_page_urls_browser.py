"""Every page has its own URL that survives sign-in (issue 14, item 15), in a real browser:
a signed-out browser that opens /meetings (staff) or /my-ties (a member) — typed, bookmarked,
or a link from another site such as an e-mail, also as /?page=meetings — lands on that page
after the sign-in form, not on the account's home page."""

from __future__ import annotations

import re

import pytest

from coi.decisions.accounts import demo_password
from tests.browser.test_dashboard_browser import browser, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser
ACCOUNTS = {"staff": "demo-staff-pass", "m01": demo_password("M01")}


def _sign_in_form(page, username: str) -> None:
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(ACCOUNTS[username])
    page.get_by_role("button", name="Sign in").click()


def _lands_on(page, heading: str, path: str) -> None:
    page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=60_000)
    page.wait_for_url(f"**/{path}", timeout=30_000)


@pytest.mark.parametrize("username, path, heading", [("staff", "meetings", "Meetings"), ("m01", "my-ties", "My ties"),
                                                     ("m01", "my-disclosures", "My disclosures")])
def test_a_page_opened_signed_out_is_the_page_shown_after_signing_in(server, browser, username, path, heading):  # noqa: F811
    url, _ = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/{path}")
    _sign_in_form(page, username)
    _lands_on(page, heading, path)
    context.close()


def _follow_a_link_from_another_site(page, url: str, target: str) -> None:
    """Open ``target`` as a link on another site's page does (localhost is another site than
    127.0.0.1): the browser sends no SameSite=Strict cookie, and the dashboard itself offers
    the sign-in link."""
    other = url.replace("127.0.0.1", "localhost")
    page.goto(f"{other}/coi/sign-in")  # any page of the other site
    page.evaluate("t => { const a = document.createElement('a'); a.href = t; a.id = 'out'; a.textContent = 'open';"
                  " document.body.appendChild(a); }", target)
    page.click("#out")
    page.get_by_role("link", name="Sign in").click(timeout=60_000)


@pytest.mark.parametrize("username, target, heading, path", [
    ("staff", "/meetings", "Meetings", "meetings"),
    ("staff", "/?page=meetings", "Meetings", "meetings"),
    ("m01", "/?page=my-ties", "My ties", "my-ties"),
])
def test_a_link_from_another_site_is_the_page_shown_after_signing_in(server, browser, username, target, heading,  # noqa: F811
                                                                     path):
    url, _ = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _follow_a_link_from_another_site(page, url, url + target)
    _sign_in_form(page, username)
    _lands_on(page, heading, path)
    context.close()


def test_the_administrators_whole_menu_is_shown_without_view_more(server, browser):  # noqa: F811
    """An administrator has more pages than Streamlit shows before a "View more" button; the
    Accounts page (theirs alone), Audit and Change my password must not hide behind it."""
    url, _ = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/prompts")
    page.get_by_role("textbox", name="Username").fill("admin")
    page.get_by_role("textbox", name="Password").fill("demo-admin-pass")
    page.get_by_role("button", name="Sign in").click()
    _lands_on(page, "Prompts", "prompts")
    nav = page.get_by_test_id("stSidebarNav")
    for name in ("Accounts", "Audit", "Change my password", "Docket"):
        assert nav.get_by_role("link", name=name, exact=True).is_visible(), name
    assert page.get_by_text(re.compile(r"View \d+ more")).count() == 0
    context.close()
