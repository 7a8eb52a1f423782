"""A statutory prompt looks mandatory in a real browser (issue 14, item 2): its card is framed
in red under "The statute requires you to recuse", with "I recuse myself" the primary button;
an advisory card is framed in amber under "Consider whether to recuse", no button primary."""

from __future__ import annotations

import os

import pytest

from coi.decisions.accounts import demo_password
from tests.browser.test_dashboard_browser import browser, server, sign_in  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("COI_SCREENSHOTS", "/work/scratch")


def _style(locator) -> dict[str, str]:
    return locator.evaluate("e => { const s = getComputedStyle(e); return {left: s.borderLeftWidth, "
                            "color: s.borderLeftColor, top: s.borderTopColor, background: s.backgroundColor}; }")


def test_a_statutory_card_is_red_with_i_recuse_myself_primary_and_an_advisory_card_is_amber(server, browser):  # noqa: F811
    url, _ = server
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    sign_in(page, url, "m01", demo_password("M01"))
    page.get_by_role("heading", name="My prompts").wait_for(timeout=30_000)
    cards = page.locator("[class*='st-key-card-']")
    statutory = cards.filter(has_text="The statute requires you to recuse").first
    advisory = cards.filter(has_text="Consider whether to recuse").first
    statutory.wait_for(timeout=30_000)
    advisory.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)  # the diagrams finish drawing

    recuse = statutory.get_by_role("button", name="I recuse myself")
    assert recuse.get_attribute("data-testid") == "stBaseButton-primary"
    assert statutory.get_by_role("button", name="Unsure — staff to advise").get_attribute(
        "data-testid") == "stBaseButton-secondary"
    assert advisory.get_by_role("button", name="I recuse myself").get_attribute(
        "data-testid") == "stBaseButton-secondary"
    assert statutory.locator("[data-testid='stBaseButton-primary']").count() == 1
    assert advisory.locator("[data-testid='stBaseButton-primary']").count() == 0

    red, amber = _style(statutory), _style(advisory)
    assert red["left"] == "10px" and red["color"] == "rgb(180, 35, 24)" and red["top"] == "rgb(217, 45, 32)"
    assert red["background"] == "rgb(255, 245, 244)"
    assert amber["left"] == "10px" and amber["color"] == "rgb(220, 104, 3)"
    assert amber["background"] != red["background"]
    # the primary button is filled (Streamlit's primary colour), the others are not
    fill = recuse.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = advisory.get_by_role("button", name="I recuse myself").evaluate("e => getComputedStyle(e).backgroundColor")
    assert fill != plain

    statutory.scroll_into_view_if_needed()
    statutory.locator("svg").first.wait_for(timeout=30_000)  # its diagram drawn
    statutory.get_by_text("Why there is no conflict").wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    statutory.screenshot(path=f"{SHOTS}/h1_statutory_card.png")
    advisory.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    advisory.screenshot(path=f"{SHOTS}/h1_advisory_card.png")
    page.screenshot(path=f"{SHOTS}/h1_my_prompts.png", full_page=True)
