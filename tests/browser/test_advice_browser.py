"""Staff advise on "Unsure" (issue 14, item 3 ★) in a real browser: Debian's chromium, driven
by Playwright, against ``streamlit run app.py`` on a demo database. A member answers a prompt
Unsure; staff, in their own browser, read the thread on the *Unsure answers* page and reply;
the member reloads, reads the reply on the card, and answers finally. Screenshots go to
``COI_SCREENSHOTS`` (default: the test's temporary folder). Marked ``browser``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coi.decisions.accounts import demo_password
from coi.model import Answer
from coi.store.database import Store
from tests.browser.test_dashboard_browser import browser, server, sign_in  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser
ADVICE = "The statute names this tie: recuse, unless the party is not the person you disclosed."


def _shot(what, tmp_path: Path, name: str) -> None:
    """A screenshot of a page or of one element (a card: the page scrolls inside Streamlit's own pane)."""
    folder = Path(os.environ.get("COI_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    (what.page if hasattr(what, "page") else what).wait_for_timeout(800)  # let Streamlit finish drawing
    what.screenshot(path=str(folder / name))


def _card(page, text: str):
    """The prompt card that shows ``text`` (cards' classes are opaque: found by what they show)."""
    return page.locator("[class*='st-key-card-']").filter(has_text=text).first


def test_a_member_answers_unsure_staff_reply_and_the_member_reads_it_and_answers_finally(server, browser, tmp_path):  # noqa: F811
    url, db = server
    member = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    sign_in(member, url, "m03", demo_password("M03"))
    member.get_by_role("heading", name="My prompts").wait_for(timeout=30_000)
    first = member.locator("[class*='st-key-card-']").first
    first.wait_for(timeout=30_000)
    case = next(line for line in first.inner_text().splitlines() if line.startswith("Case ")).split(" ·")[0]
    first.get_by_role("button", name="Unsure — staff to advise").click()
    member.get_by_text("is recorded").wait_for(timeout=30_000)
    card = _card(member, case)
    card.get_by_text("awaiting staff advice").first.wait_for(timeout=30_000)
    card.get_by_text("awaiting staff advice").first.scroll_into_view_if_needed()
    _shot(member, tmp_path, "h2_1_member_unsure.png")

    staff = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()  # another browser's cookies
    staff.goto(f"{url}/?page=unsure-answers")
    staff.get_by_role("textbox", name="Username").fill("staff")
    staff.get_by_role("textbox", name="Password").fill("demo-staff-pass")
    staff.get_by_role("button", name="Sign in").click()
    staff.get_by_role("heading", name="Unsure answers").wait_for(timeout=30_000)
    staff.get_by_text(case.removeprefix("Case ")).first.wait_for(timeout=30_000)
    staff.get_by_text("answered Unsure").first.wait_for(timeout=30_000)
    staff.get_by_role("textbox", name="Your advice").first.fill(ADVICE)
    _shot(staff, tmp_path, "h2_2_staff_writes_advice.png")
    staff.get_by_role("button", name="Send advice").first.click()
    staff.get_by_text("is sent").wait_for(timeout=30_000)
    staff.get_by_text("staff advised: awaiting the member's final answer").first.click()  # open the thread again
    staff.get_by_text(ADVICE[:30]).first.wait_for(timeout=30_000)
    _shot(staff, tmp_path, "h2_3_staff_advised.png")

    member.reload()
    card = _card(member, ADVICE[:30])
    card.wait_for(timeout=30_000)
    assert case in card.inner_text()
    card.get_by_text("Staff advised: give your final answer").wait_for(timeout=30_000)
    card.scroll_into_view_if_needed()
    _shot(card, tmp_path, "h2_4_member_reads_advice.png")
    card.get_by_role("button", name="I recuse myself").click()
    member.get_by_text("is recorded").wait_for(timeout=30_000)
    card = _card(member, ADVICE[:30])
    card.get_by_text("Conversation with staff — closed").click()  # a closed thread is folded away
    card.get_by_text("answered finally: I recuse myself").wait_for(timeout=30_000)
    card.get_by_text("Answered: I recuse myself").wait_for(timeout=30_000)
    card.scroll_into_view_if_needed()
    _shot(card, tmp_path, "h2_5_member_answered_finally.png")

    with Store.open(db) as store:
        (entry,) = [e for p in store.prompts(member_id="M03") for e in store.thread_entries(p.key)]
        assert (entry.author, entry.author_role, entry.body) == ("staff", "staff", ADVICE)
        assert [(d.answer, d.decided_by) for d in store.decisions(entry.prompt_key)] == [
            (Answer.UNSURE, "m03"), (Answer.SELF_RECUSE, "m03")]
