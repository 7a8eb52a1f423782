"""Report and packet downloads are made when their button is pressed, and check again then
(issue 11, item 7): a session whose account was disabled, or that sat idle, after the page
was drawn gets no file, is told why, and the refusal is audited. And a member taken off the
roster gets no packet (item 8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from coi.decisions import meetings
from coi.decisions.access import Forbidden
from coi.decisions.accounts import Accounts, demo_password
from coi.store.database import Store
from tests.factories import SYSTEM, dashboard_as


@pytest.fixture
def makers(monkeypatch) -> dict:
    """File name → the function the page gave its download button, which Streamlit calls (in
    a worker thread, outside the page's run) when the button is pressed."""
    found: dict = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        found[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return found


def staff_on_the_meetings_page():
    at = dashboard_as("staff", "demo-staff-pass", page="meetings")
    at.selectbox(key="meeting_choice").select("2026-08-13").run()
    assert not at.exception, at.exception
    return at


def member_with_an_upcoming_meeting(db: Path):
    with Store.open(db) as store:  # a meeting that stays upcoming whenever the test runs
        meetings.save_meeting(store, SYSTEM, "2099-01-01", dt.date(2099, 1, 1),
                              [store.prompts(member_id="M01")[0].case_id])
    at = dashboard_as("m01", demo_password("M01"))
    assert not at.exception, at.exception
    return at


def packet(makers: dict) -> str:
    """The file name of the member's packet (HTML) the page offers."""
    return next(name for name in makers if name.startswith("packet-m01-") and name.endswith(".html"))


def refusals(db: Path) -> list[dict]:
    with Store.open(db) as store:
        return [e.detail for e in store.audit_log(None, action="download refused")]


def shown(at) -> str:
    return "\n".join(str(e.value) for kind in ("error", "info", "warning") for e in getattr(at, kind))


def test_the_full_report_is_made_on_click_for_a_live_session(db, makers):
    staff_on_the_meetings_page()
    html = makers["conflict-report-2026-08-13.html"]()
    assert html.startswith(b"<!DOCTYPE html>") or b"<html" in html[:500]
    assert refusals(db) == []


def test_an_account_disabled_after_the_page_was_drawn_downloads_nothing(db, makers):
    at = staff_on_the_meetings_page()
    with Store.open(db) as store:
        Accounts(store).set_disabled("staff", True, by=SYSTEM)
    for name in ("conflict-report-2026-08-13.html", "conflict-report-2026-08-13.csv"):
        with pytest.raises(Forbidden, match="disabled"):
            makers[name]()
    assert sorted(r["file"] for r in refusals(db)) == ["conflict-report-2026-08-13.csv",
                                                       "conflict-report-2026-08-13.html"]
    assert all("disabled" in r["reason"] for r in refusals(db))
    at.run()  # the next page the browser asks for says why
    assert "disabled" in shown(at)


def test_an_idle_session_downloads_no_packet(db, makers):
    member_with_an_upcoming_meeting(db)
    name = packet(makers)
    with Store.open(db) as store, store.transaction() as conn:  # the sign-in session, last used long ago
        idle_since = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)).isoformat(timespec="seconds")
        conn.execute("UPDATE sessions SET last_seen = ? WHERE username = 'm01'", (idle_since,))
    with pytest.raises(Forbidden, match="idle"):
        makers[name]()
    assert [(r["file"], "idle" in r["reason"]) for r in refusals(db)] == [(name, True)]


def test_a_signed_out_session_downloads_nothing(db, makers):
    member_with_an_upcoming_meeting(db)
    with Store.open(db) as store, store.transaction() as conn:  # signed out in another tab (Sessions.end)
        conn.execute("UPDATE sessions SET ended_at = ?, ended_why = 'signed out' WHERE username = 'm01'",
                     (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),))
    with pytest.raises(Forbidden, match="signed out"):
        makers[packet(makers)]()


def test_a_live_session_downloads_its_packet(db, makers):
    member_with_an_upcoming_meeting(db)
    assert b"M01" in makers[packet(makers)]()


def test_a_member_off_the_roster_with_an_enabled_account_gets_no_packet(db, makers):
    """Belt and braces: a database whose member left the roster while the account stayed
    enabled (made before roster imports disabled accounts, or re-enabled by mistake)."""
    with Store.open(db) as store, store.transaction() as conn:
        conn.execute("UPDATE members SET active = 0 WHERE member_id = 'M01'")
    at = member_with_an_upcoming_meeting(db)
    assert not [name for name in makers if name.startswith("packet-")]
    assert "no longer on the Panel's roster" in shown(at)


def test_a_member_taken_off_the_roster_after_the_page_was_drawn_downloads_nothing(db, makers):
    """The session is still open: the permission layer (coi.decisions.access.require), asked again at
    the click, is what refuses."""
    member_with_an_upcoming_meeting(db)
    with Store.open(db) as store, store.transaction() as conn:
        conn.execute("UPDATE members SET active = 0 WHERE member_id = 'M01'")
    with pytest.raises(Forbidden, match="roster"):
        makers[packet(makers)]()
    assert ["roster" in r["reason"] for r in refusals(db)] == [True]
