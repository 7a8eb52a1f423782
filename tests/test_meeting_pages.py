"""The meeting pages (coi.ui.staff.meetings) through AppTest on the demo database: the
Meetings page opens on the next meeting (issue 14, item 1), and the Recusal votes page takes
the case from the meeting's agenda, preselects nothing, and records the remaining members'
votes in one roll call that is refused until every row is chosen (item 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from coi.decisions import votes
from coi.store.database import Store
from coi.ui import widgets
from tests.factories import SYSTEM
from tests.test_dashboard import page_text, signed_in

MEETING = "2026-12-10"


@pytest.fixture
def on(monkeypatch):
    """Set the Panel's today for the pages."""
    def set_today(day: dt.date) -> None:
        monkeypatch.setattr(widgets, "today", lambda: day)
    return set_today


@pytest.mark.parametrize("today, opened", [(dt.date(2026, 11, 22), "2026-12-10"), (dt.date(2026, 12, 10), "2026-12-10"),
                                           (dt.date(2026, 12, 11), "2027-01-14"), (dt.date(2027, 6, 1), "2027-02-11")])
def test_the_meetings_page_opens_on_the_next_meeting_else_the_latest(db, on, today, opened):
    on(today)
    at = signed_in("staff", "demo-staff-pass", page="meetings")
    assert at.selectbox(key="meeting_choice").value == opened
    day = dt.date.fromisoformat(opened)
    assert f"{day:%a} {day.day} {day:%b %Y}" in page_text(at)  # the date in words (coi.timefmt), not ISO


def test_a_motion_takes_its_case_from_the_agenda_and_nothing_is_chosen_in_advance(db, on):
    on(dt.date(2026, 11, 22))
    at = signed_in("staff", "demo-staff-pass", page="recusal-votes")
    assert at.selectbox(key="motion_meeting").value == MEETING
    item, member, mover = (at.selectbox(key=f"motion_{k}-{MEETING}") for k in ("item", "member", "mover"))
    assert (item.value, member.value, mover.value) == (None, None, None)
    with Store.open(db) as store:
        agenda = dict(store._conn.execute("SELECT item, case_id FROM agenda_items WHERE meeting_id = ?", (MEETING,)))
    assert item.options == [f"Item {n}: case {c}" for n, c in sorted(agenda.items())]
    at.button(key=f"FormSubmitter:motion-{MEETING}-Record the motion").click().run()
    assert "Choose the case and the member to recuse and the member moving" in page_text(at)
    with Store.open(db) as store:
        assert votes.motions(store, SYSTEM) == []


def record_motion(at):
    at.selectbox(key=f"motion_item-{MEETING}").select_index(2)
    at.selectbox(key=f"motion_member-{MEETING}").select("M01")
    at.selectbox(key=f"motion_mover-{MEETING}").select("M02")
    at.text_input(key=f"motion_note-{MEETING}").input("Moved from the floor.")
    at.button(key=f"FormSubmitter:motion-{MEETING}-Record the motion").click().run()
    assert not at.exception, at.exception


def test_the_roll_call_is_refused_until_every_row_is_chosen_then_the_minutes_show_the_outcome(db, on):
    on(dt.date(2026, 11, 22))
    at = signed_in("staff", "demo-staff-pass", page="recusal-votes")
    record_motion(at)
    with Store.open(db) as store:
        (motion,) = votes.motions(store, SYSTEM, meeting_id=MEETING)
        rows = votes.remaining(store, SYSTEM, motion.id)
    assert (motion.item, motion.member_id, motion.moved_by) == (3, "M01", "M02")
    assert "Motion recorded: recuse M01" in page_text(at)
    roll = {mid: at.selectbox(key=f"roll-{motion.id}-{mid}") for mid in rows}
    assert "M01" not in roll and all(box.value is None for box in roll.values())
    for mid in rows[:-1]:
        roll[mid].select(votes.Vote.YES)
    at.button(key=f"FormSubmitter:rollcall-{motion.id}-Record the roll call").click().run()
    assert f"still empty: {rows[-1]}" in page_text(at)
    with Store.open(db) as store:
        assert votes.result(store, SYSTEM, motion.id).votes == {}
    at.selectbox(key=f"roll-{motion.id}-{rows[-1]}").select(votes.Vote.ABSENT)
    at.button(key=f"FormSubmitter:rollcall-{motion.id}-Record the roll call").click().run()
    text = page_text(at)
    assert f"Tally: {len(rows) - 1} yes, 0 no, 0 abstaining, 1 absent." in text
    assert "Outcome: carried: M01" in text and "Moved by M02" in text
    assert any(b.proto.label == "Download the notes for the minutes (.txt)" for b in at.get("download_button"))


def test_the_meetings_page_says_when_the_data_changed_after_the_screening_it_shows(db, on, tmp_path):
    """Helper-143's review: a docket imported with coi import (here --no-screen) left the report
    standing on the old screening without a word. The page names the import and the fix."""
    from click.testing import CliRunner

    from coi.cli import main
    from tests.test_stale_screening import RELATIVE, _docket_with_a_new_respondent

    on(dt.date(2026, 11, 22))
    assert signed_in("staff", "demo-staff-pass", page="meetings").get("download_button")  # screened: downloads
    docket = _docket_with_a_new_respondent(tmp_path, RELATIVE)
    assert CliRunner().invoke(main, ["import", "--db", str(db), "--yes", "--no-screen", str(docket)]).exit_code == 0
    at = signed_in("staff", "demo-staff-pass", page="meetings")
    assert not at.exception, at.exception
    shown = " ".join(e.value for e in at.error).replace("\\", "")  # as markdown escapes it
    assert "changed after the screening" in shown and docket.name in shown and "coi rescreen" in shown
    assert not at.get("download_button")  # no report standing on the old screening to download
