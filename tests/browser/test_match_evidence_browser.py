"""A member's prompt cards in a real browser say how likely the party is the member's tie
and why, in plain words; a confidential card withholds both (issue 13, items 4 and 5)."""

from __future__ import annotations

import os

import pytest

from coi.decisions.accounts import demo_password
from coi.explain import WITHHELD
from coi.store.database import Store
from tests.browser.test_dashboard_browser import browser, server, sign_in  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


def test_a_members_cards_show_the_probability_in_words_and_the_reasons(server, browser, tmp_path):  # noqa: F811
    url, db = server
    with Store.open(db) as store:
        secret = next(p for p in store.prompts() if p.party_confidential)
        opened = [p for p in store.prompts(member_id=secret.member_id) if not p.party_confidential]
    assert opened
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    sign_in(page, url, secret.member_id.lower(), demo_password(secret.member_id))
    page.get_by_role("heading", name="My prompts").wait_for(timeout=30_000)
    cards = page.locator("[class*='st-key-card-']")
    cards.first.wait_for(timeout=30_000)
    page.get_by_text("How the names compare").first.click()  # open one card's waterfall for the picture
    page.get_by_text("before any comparison").first.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)  # the diagrams finish drawing
    shots = str(os.environ.get("COI_SCREENSHOTS", tmp_path))
    cards.first.screenshot(path=shots + "/member-card-probability.png")
    hidden_card = cards.filter(has_text=f"Case {secret.case_id}").filter(has_text="[confidential]").first
    hidden_card.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    hidden_card.screenshot(path=shots + "/member-card-confidential.png")
    texts = [cards.nth(i).inner_text() for i in range(cards.count())]
    hidden = [t for t in texts if f"Case {secret.case_id}" in t and "[confidential]" in t]
    assert hidden and all(WITHHELD[1:] in t and "%)" not in t and "Why:" not in t for t in hidden)
    assert all(secret.party_name not in t and secret.matched_name not in t for t in hidden)
    shown = [t for t in texts if "[confidential]" not in t]
    assert shown and all(("likely the same" in t or "possibly the same" in t) and "Why:" in t for t in shown)
