"""Typed text is cleaned and bounded like imported text (issue 12, item 5): a reason, a note
for the minutes or a meeting id typed in a form loses its control, invisible and
bidirectional characters at the library's boundary, and is refused past a limit; the
report's writers (CSV, Excel, HTML, PDF) make every cell printable even from data stored
before, so one control character no longer breaks the meeting's Excel report."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from coi.cli import main
from coi.decisions import meetings, views, votes
from coi.decisions.accounts import Accounts, demo_password
from coi.ingest import export
from coi.model import Answer
from coi.reports import render as report
from coi.store.database import Store
from coi.text import MAX_TEXT, TextRejected, clean_typed, printable
from tests.factories import AS_OF, SYSTEM, dashboard_as

MEETING = "2026-12-10"
#: A NUL first, a bell, an escape and a right-to-left override: each breaks or disguises a cell.
DIRTY = "\x00we have\x07 not\x1b spoken \u202esince 2009"
CLEAN = "we have not spoken since 2009"


def on_the_agenda(store: Store):
    """A prompt on a case of the meeting's agenda, not on a confidential party."""
    m = meetings.meeting(store, SYSTEM, MEETING)
    cases = {case_id for _, case_id in m.items}
    return next(p for p in store.prompts() if p.case_id in cases and not p.party_confidential)


def report_cells(data: bytes, fmt: str) -> list[dict[str, str]]:
    """The report's CSV or Excel rows as dicts of text."""
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    ws = load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], ("" if v is None else str(v) for v in r))) for r in rows[1:]]


def test_clean_typed_removes_what_breaks_or_hides_and_bounds_the_length():
    assert clean_typed(DIRTY, what="reason") == CLEAN
    assert clean_typed("first line\x0b\nsecond\u200b line", what="note") == "first line\nsecond line"
    assert clean_typed(" \x00\u202e ", what="reason") is None and clean_typed(None, what="reason") is None
    with pytest.raises(TextRejected, match=f"the reason is 2,001 characters long; the limit is {MAX_TEXT:,}"):
        clean_typed("x" * 2001, what="reason")


def test_a_reason_typed_on_the_dashboard_is_stored_clean(db):
    at = dashboard_as("m01", demo_password("M01"))
    with Store.open(db) as store:
        first = views.prompts_for(store, Accounts(store).get("m01"))[0]
    opaque = at.session_state["card_ids"][first.key]
    at.text_input(key=f"reason-{opaque}").input(DIRTY)
    at.button(key=f"FormSubmitter:no-conflict-{opaque}-No conflict").click().run()
    assert not at.exception, at.exception
    with Store.open(db) as store:
        (decision,) = store.decisions(first.key)
    assert decision.answer is Answer.NO_CONFLICT and decision.reason == CLEAN


def test_a_reason_past_the_limit_or_of_invisible_characters_only_is_refused_and_nothing_is_written(db):
    with Store.open(db) as store:
        p = on_the_agenda(store)
        member = Accounts(store).get(p.member_id.lower())
        with pytest.raises(TextRejected, match="the limit is 2,000"):
            views.answer(store, member, p.key, Answer.NO_CONFLICT, "x" * (MAX_TEXT + 1))
        with pytest.raises(ValueError, match="needs a reason"):
            views.answer(store, member, p.key, Answer.NO_CONFLICT, "\x00\u202e\u200b")
        assert store.decisions(p.key) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_report_holds_the_cleaned_reason_in_its_cell(db, fmt):
    with Store.open(db) as store:
        p = on_the_agenda(store)
        views.answer(store, Accounts(store).get(p.member_id.lower()), p.key, Answer.NO_CONFLICT, DIRTY)
        data = report.render(meetings.build_report(store, SYSTEM, MEETING, today=AS_OF), fmt)
    rows = [r for r in report_cells(data, fmt) if r["member_id"] == p.member_id and r["case_id"] == p.case_id]
    assert CLEAN in [r["reason"] for r in rows]


def test_the_html_report_holds_the_cleaned_reason(db):
    with Store.open(db) as store:
        p = on_the_agenda(store)
        views.answer(store, Accounts(store).get(p.member_id.lower()), p.key, Answer.NO_CONFLICT, DIRTY)
        html = report.render(meetings.build_report(store, SYSTEM, MEETING, today=AS_OF), "html").decode()
    assert CLEAN in html and not re.search("[\x00\x07\x1b\u202e]", html)


def legacy_reason(store: Store, reason: str):
    """A decision written with ``reason`` as it stands, the way a database from before the
    cleaning may hold one; returns its prompt."""
    p = on_the_agenda(store)
    with store.transaction() as conn:
        conn.execute("INSERT INTO decisions (prompt_key, member_id, answer, reason, decided_by, decided_at)"
                     " VALUES (?, ?, 'unsure', ?, ?, '2026-11-01T00:00:00Z')",
                     (p.key, p.member_id, reason, p.member_id.lower()))
    return p


def test_the_excel_report_from_the_command_line_survives_a_control_character_stored_before(db, tmp_path):
    with Store.open(db) as store:
        p = legacy_reason(store, "\x00=HYPERLINK(\"http://x.example\")\x07 old \u202ereason")
    out = tmp_path / "report.xlsx"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--meeting", MEETING, "--format", "xlsx",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    cells = [row[header.index("reason")] for row in ws.iter_rows(min_row=2)
             if row[header.index("member_id")].value == p.member_id and row[header.index("case_id")].value == p.case_id]
    reason = next(c for c in cells if c.value and "old" in c.value)
    # no NUL survives, and what follows it is a text cell, never a formula
    assert reason.value == "=HYPERLINK(\"http://x.example\") old reason" and reason.data_type == "s"


def test_the_csv_report_defuses_a_formula_a_leading_nul_hid(db):
    with Store.open(db) as store:
        p = legacy_reason(store, "\x00=1+1")
        data = report.render(meetings.build_report(store, SYSTEM, MEETING, today=AS_OF), "csv")
    rows = [r for r in report_cells(data, "csv") if r["member_id"] == p.member_id and r["case_id"] == p.case_id]
    assert "'=1+1" in [r["reason"] for r in rows] and "\x00" not in data.decode("utf-8-sig")


def test_the_html_report_prints_a_bidi_override_stored_before_as_nothing(db):
    with Store.open(db) as store:
        legacy_reason(store, "old \u202ereason\x07")
        html = report.render(meetings.build_report(store, SYSTEM, MEETING, today=AS_OF), "html").decode()
    assert "old reason" in html and not re.search("[\x00\x07\u202e]", html)


@pytest.mark.pdf
def test_the_pdf_report_renders_with_the_cleaned_reason(db):
    from pypdf import PdfReader

    with Store.open(db) as store:
        p = on_the_agenda(store)
        views.answer(store, Accounts(store).get(p.member_id.lower()), p.key, Answer.NO_CONFLICT, DIRTY)
        data = report.render(meetings.build_report(store, SYSTEM, MEETING, today=AS_OF), "pdf")
        legacy_reason(store, "\x00old\x07 \u202ereason")  # stored before the cleaning: the PDF still renders
        legacy = report.render(meetings.build_report(store, SYSTEM, MEETING, today=AS_OF), "pdf")

    def text(pdf: bytes) -> str:
        return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages).split())

    assert CLEAN in text(data) and "old reason" in text(legacy)


def test_export_cells_are_made_printable_whatever_the_data():
    cells = ("\x00=1+1", "a\x07b\x1bc", "lone \ud800 surrogate", "right\u202eleft", "tab\tand\nline")
    assert [printable(c) for c in cells] == ["=1+1", "abc", "lone  surrogate", "rightleft", "tab\tand\nline"]
    rows = report_cells(export.to_csv(("a", "b", "c", "d", "e"), [cells]), "csv")
    assert list(rows[0].values()) == ["'=1+1", "abc", "lone  surrogate", "rightleft", "tab\tand\nline"]
    data = export.to_xlsx(("a", "b", "c", "d", "e"), [cells])
    ws = load_workbook(io.BytesIO(data)).active
    assert [c.value for c in ws[2]] == ["=1+1", "abc", "lone  surrogate", "rightleft", "tab\tand\nline"]
    assert ws["A2"].data_type == "s"


def test_a_motion_note_and_case_typed_are_stored_clean(db):
    with Store.open(db) as store:
        p = on_the_agenda(store)
        other = next(m.member_id for m in store.members(active_only=True) if m.member_id != p.member_id)
        motion = votes.move(store, SYSTEM, case_id=f"\u200b{p.case_id}\x00", member_id=p.member_id, moved_by=other,
                            note="\x00moved\x07 at the \u202emeeting")
        m = votes.motion(store, SYSTEM, motion)
    assert m.case_id == p.case_id and m.note == "moved at the meeting"


def test_a_meeting_id_typed_with_an_invisible_character_is_stored_clean(db):
    with Store.open(db) as store:
        p = on_the_agenda(store)
        meetings.save_meeting(store, SYSTEM, " 2027-01-14\u200b\x00", AS_OF, [p.case_id])
        assert "2027-01-14" in [m.meeting_id for m in meetings.meetings(store, SYSTEM)]
        with pytest.raises(meetings.MeetingError, match="the limit is 2,000"):
            meetings.save_meeting(store, SYSTEM, "x" * 3000, AS_OF, [p.case_id])


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x1f", "\x85", "\t", "\r\n"])
def test_a_character_that_separates_words_leaves_them_two(separator):
    """Helper-143's and helper-145's reviews: a line break, a vertical tab (FileMaker's line break
    in a field) or a separator inside a name with an accent joined its words (JoséDiaz)."""
    from coi.text import clean_cell

    assert clean_cell(f"José{separator}Díaz")[0] == "José Díaz"
    assert clean_cell(f"Jose{separator}Diaz")[0] == "Jose Diaz"
