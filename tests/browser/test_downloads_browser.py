"""Report downloads in a real browser (issue 11, item 7): the file is made when the button
is pressed, in Streamlit's worker thread, and the checks run again there — an account
disabled after the page was drawn gets no file. Marked ``browser``."""

from __future__ import annotations

import pytest

from coi.decisions.accounts import Accounts
from coi.store.database import Store
from tests.browser.test_dashboard_browser import browser, server, sign_in  # noqa: F401  (fixtures)
from tests.factories import SYSTEM

pytestmark = pytest.mark.browser


def test_a_download_is_made_on_click_and_refused_once_the_account_is_disabled(server, browser):  # noqa: F811
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    url, db = server
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    sign_in(page, url, "staff", "demo-staff-pass")
    page.get_by_role("heading", name="Prompts").wait_for(timeout=30_000)
    page.goto(f"{url}/meetings")
    page.get_by_role("heading", name="Meetings").wait_for(timeout=30_000)
    html = page.get_by_role("button", name="HTML")
    html.wait_for(timeout=30_000)
    with page.expect_download(timeout=30_000) as made:
        html.click()
    assert made.value.suggested_filename.startswith("conflict-report-")
    assert b"<html" in made.value.path().read_bytes()[:1000].lower()

    with Store.open(db) as store:  # the page stays as it was drawn; the account is disabled now
        Accounts(store).set_disabled("staff", True, by=SYSTEM)
    with pytest.raises(PlaywrightTimeout), page.expect_download(timeout=8_000):
        page.get_by_role("button", name="CSV").click()
    with Store.open(db) as store:
        refused = store.audit_log(None, action="download refused")
    assert [e.detail["file"].endswith(".csv") and "disabled" in e.detail["reason"] for e in refused] == [True]
    context.close()
