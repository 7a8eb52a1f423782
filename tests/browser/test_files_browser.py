"""The staff Files page in a real browser (issue 14, item 8 ★): Debian's chromium, driven by
Playwright, against ``streamlit run app.py`` on a demo database. Staff upload an agenda, see its
plan, confirm, see it applied — and a rerun of the page imports nothing twice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coi.decisions import meetings
from coi.store.database import Store
from tests.browser.test_dashboard_browser import browser, server  # noqa: F401 (fixtures)
from tests.factories import SYSTEM

pytestmark = pytest.mark.browser


def shots(tmp_path) -> str:
    return str(os.environ.get("COI_SCREENSHOTS", tmp_path))


def idle(page) -> None:
    """Wait until the script's run has ended (a click on a button mid-run may be drawn over)."""
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=60_000)


def agenda_imports(db) -> int:
    with Store.open(db) as store:
        return len(store.audit_log(None, action="agenda imported"))


def test_staff_upload_an_agenda_see_the_plan_confirm_and_a_rerun_imports_nothing_twice(server, browser, tmp_path):  # noqa: F811
    url, db = server
    with Store.open(db) as store:
        first, second = [c.case_id for c in store.cases()[:2]]
    agenda = tmp_path / "agenda.csv"
    agenda.write_text(f"meeting_id,meeting_date,item,case_id\nMTG-2027-03,2027-03-11,1,{first}\n"
                      f"MTG-2027-03,2027-03-11,2,{second}\n", encoding="utf-8")
    before = agenda_imports(db)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(f"{url}/files")
    page.get_by_role("textbox", name="Username").fill("staff")
    page.get_by_role("textbox", name="Password").fill("demo-staff-pass")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Files").wait_for(timeout=30_000)
    page.get_by_text("Agenda", exact=True).click()
    page.get_by_text("Agenda file (CSV or Excel)").wait_for(timeout=30_000)
    idle(page)
    page.locator("input[type=file]").set_input_files(str(agenda))
    page.get_by_text("What importing it will do").wait_for(timeout=60_000)
    page.get_by_text("2 agenda items added").wait_for(timeout=30_000)
    idle(page)
    page.wait_for_timeout(2500)  # the plan's table draws on a canvas: give it time before the screenshot
    page.screenshot(path=shots(tmp_path) + "/h5_files_plan.png", full_page=True)
    with Store.open(db) as store:  # shown, not imported
        assert "MTG-2027-03" not in [m.meeting_id for m in meetings.meetings(store, SYSTEM)]
    page.get_by_role("button", name="Import agenda.csv").click(timeout=30_000)
    page.get_by_text("agenda imported — 2 items added").wait_for(timeout=60_000)
    # the rerun after the import takes the plan and its button away
    page.get_by_role("button", name="Import agenda.csv").wait_for(state="detached", timeout=30_000)
    idle(page)
    page.screenshot(path=shots(tmp_path) + "/h5_files_imported.png", full_page=True)
    with Store.open(db) as store:
        assert meetings.meeting(store, SYSTEM, "MTG-2027-03").items == ((1, first), (2, second))
    assert agenda_imports(db) == before + 1
    # rerun the page twice: a click on a template's download reruns the script in this browser session
    page.get_by_text("Agenda template, with example rows").click()
    for _ in range(2):
        with page.expect_download() as download:
            page.get_by_role("button", name="Agenda template (CSV)").click()
        assert download.value.suggested_filename == "agenda-template.csv"
        page.wait_for_timeout(1000)
        idle(page)
    template = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert template.splitlines()[0] == "meeting_id,meeting_date,item,case_id"
    page.get_by_text("agenda imported — 2 items added").wait_for(timeout=30_000)
    assert agenda_imports(db) == before + 1
    page.screenshot(path=shots(tmp_path) + "/h5_files_after_rerun.png", full_page=True)


def test_staff_read_the_audit_in_words_and_a_members_disclosures(server, browser, tmp_path):  # noqa: F811
    url, db = server
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(f"{url}/audit")
    page.get_by_role("textbox", name="Username").fill("staff")
    page.get_by_role("textbox", name="Password").fill("demo-staff-pass")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Audit").wait_for(timeout=30_000)
    page.get_by_text("newest first").wait_for(timeout=30_000)
    idle(page)
    page.wait_for_timeout(2000)
    page.screenshot(path=shots(tmp_path) + "/h5_audit.png", full_page=True)
    page.goto(f"{url}/disclosures")
    page.get_by_role("heading", name="Disclosures").wait_for(timeout=30_000)
    page.get_by_text("Confirmed complete on").or_(page.get_by_text("Never confirmed as complete")).wait_for(
        timeout=30_000)
    idle(page)
    page.wait_for_timeout(2000)
    page.screenshot(path=shots(tmp_path) + "/h5_disclosures.png", full_page=True)
