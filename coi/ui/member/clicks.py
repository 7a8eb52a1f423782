"""A click on a prompt's card, recorded once and only on the card it was clicked on: the
version each card was drawn with, the cards acted on, and the double-click window."""

from __future__ import annotations

import time
from collections.abc import Callable

import streamlit as st

from coi.decisions import views
from coi.decisions.views import PromptView
from coi.settings import load_settings
from coi.ui.widgets import md

#: session_state: prompt key → the version of the prompt its card was last drawn with: a click
#: on the card answers the prompt as the member saw it (coi.store.database.StoredPrompt.version)
CARD_VERSIONS = "card_versions"
#: session_state: (prompt key, version) of every card this browser session acted on
CARD_DONE = "card_done"
#: session_state: the last action recorded from this browser session: {at, key, what, case, drawn}
#: (``at``: when it was recorded, then when each card was drawn again after it, until all were)
LAST_ACTION = "last_card_action"
ENTERED_IN_ERROR = "entered in error"  # the card action besides the answers
# A click on a card within Settings.double_click_seconds (default 2 s, COI_DOUBLE_CLICK_SECONDS)
# after the cards were drawn again after an action of this browser session is the second half
# of a double-click (what it lands on moved under the pointer): ignored, unless it changes the
# answer on the same card. Operating systems end a double-click within 0.5 s by default; the
# rest is room for the network and a busy server.
clock: Callable[[], float] = time.monotonic  # the double-click window's clock; tests stop it


def act(view: PromptView, what: str, seen: int | None, record: Callable[[int], object], done: str,
         clicked_at: float | None = None) -> None:
    """Record an action clicked on a prompt's card — only once, and only on the card it was
    clicked on. ``seen``: the prompt's version when the card was drawn (a card never drawn
    before answers nothing). Ignored: a second click on a card this session already acted on
    as drawn, and any click right after an action (a double-click whose second half landed on
    what moved under the pointer: the next card, or this card's other button) — except a
    different answer on the same card, a change of mind. The library refuses an action given
    on a version another window overtook (:class:`coi.store.database.StaleAnswer`)."""
    acted = st.session_state.setdefault(CARD_DONE, set())
    last = st.session_state.get(LAST_ACTION)
    now = clock() if clicked_at is None else clicked_at
    if seen is None:
        st.info(f"The card for case {md(view.case_id)} changed before your click reached it: nothing was recorded. "
                "Look at it again, and click again if you meant it.")
        return
    if (view.key, seen) in acted:
        st.info(f"Your answer for case {md(view.case_id)} was already recorded: the second click was ignored.")
        return
    change_of_mind = (last is not None and last["key"] == view.key and ENTERED_IN_ERROR not in (what, last["what"])
                      and what != last["what"])
    if last is not None and now - last["at"] < load_settings().double_click_seconds and not change_of_mind:
        st.warning(f"A click right after your answer for case {md(last['case'])} was ignored, and nothing was "
                   f"recorded for case {md(view.case_id)}: if you meant it, click again.")
        return
    try:
        record(seen)
    except (ValueError, views.Forbidden) as exc:
        st.error(md(exc))
        return
    acted.add((view.key, seen))
    st.session_state[LAST_ACTION] = {"at": now, "key": view.key, "what": what, "case": view.case_id, "drawn": False}
    st.session_state["answered"] = done
    st.rerun()
