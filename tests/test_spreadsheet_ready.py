"""Spreadsheet downloads ready to use (issue 14, item 11): every Excel file coi writes has
its columns sized, the header frozen, a filter on, and dates as real Excel dates."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from coi.decisions import meetings, service
from coi.ingest import export
from coi.policy import load_policy
from coi.reports import render as report
from coi.store.database import Store
from tests.factories import SYSTEM, member, party, tie

COLUMNS = ("case", "meeting", "party", "answered at", "score")
ROWS = [("C-1", dt.date(2026, 12, 8), "A party with a rather long name indeed, of an agency",
         dt.datetime(2026, 12, 1, 20, 14, tzinfo=dt.UTC), 97.5),
        ("C-2", dt.date(2027, 1, 12), "Bo", None, 3)]


def sheet(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data)).active


def test_the_header_row_is_frozen_and_bold():
    ws = sheet(export.to_xlsx(COLUMNS, ROWS))
    assert ws.freeze_panes == "A2"
    assert all(c.font.bold for c in ws[1])
    assert [c.value for c in ws[1]] == list(COLUMNS)


def test_a_filter_covers_every_column_and_row():
    ws = sheet(export.to_xlsx(COLUMNS, ROWS))
    assert ws.auto_filter.ref == "A1:E3"


def test_the_filter_covers_the_header_of_an_empty_download():
    ws = sheet(export.to_xlsx(COLUMNS, []))
    assert ws.auto_filter.ref == "A1:E1"


def test_each_column_is_as_wide_as_its_longest_cell_within_limits():
    ws = sheet(export.to_xlsx(COLUMNS, ROWS + [("C-3", None, "x" * 500, None, 1)]))
    widths = {c: ws.column_dimensions[c].width for c in "ABCDE"}
    assert widths["A"] >= export.MIN_WIDTH  # a short column keeps room for its header and filter button
    assert widths["C"] == export.MAX_WIDTH  # 500 characters: capped, not a sheet-wide column
    assert widths["D"] >= len("answered at") + 2
    assert widths["B"] >= len("2026-12-08")


def test_dates_are_excel_dates_with_a_date_format():
    ws = sheet(export.to_xlsx(COLUMNS, ROWS))
    cell = ws["B2"]
    assert cell.is_date
    assert cell.value == dt.datetime(2026, 12, 8)
    assert cell.number_format == export.DATE_FORMAT


def test_a_timestamp_is_an_excel_date_and_time_in_the_panels_time_zone():
    ws = sheet(export.to_xlsx(COLUMNS, ROWS))
    cell = ws["D2"]
    assert cell.is_date
    assert cell.number_format == export.DATETIME_FORMAT
    assert cell.value == dt.datetime(2026, 12, 1, 14, 14)  # 20:14 UTC is 2:14 pm in Chicago (CST)
    assert sheet(export.to_xlsx(COLUMNS, ROWS, tz="UTC"))["D2"].value == dt.datetime(2026, 12, 1, 20, 14)


def test_a_date_in_the_csv_is_iso_text():
    text = export.to_csv(COLUMNS, ROWS).decode("utf-8-sig")
    assert "C-1,2026-12-08," in text
    assert "2026-12-01T20:14:00+00:00" in text


def test_numbers_stay_numbers_and_text_stays_text():
    ws = sheet(export.to_xlsx(COLUMNS, [("=1+1", dt.date(2026, 1, 1), "2026-01-01", None, 2.5)]))
    assert ws["A2"].data_type == "s" and ws["A2"].value == "=1+1"
    assert ws["C2"].data_type == "s" and ws["C2"].value == "2026-01-01"  # a name that looks like a date is a name
    assert ws["E2"].value == 2.5


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="m", fingerprint="m",
                         actor="t")
        s.import_disclosures([tie("spouse", "Luis Diaz", member_id="M01")], source="d", fingerprint="d", actor="t")
        s.import_docket([party("Luis Diaz", case_id="C-1", role="witness")], source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), dt.date(2026, 11, 22))
        meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-1"])
        yield s


def test_the_meeting_reports_excel_is_ready_to_use(store):
    built = meetings.build_report(store, SYSTEM, "M-1", today=dt.date(2026, 11, 22))
    ws = sheet(report.render(built, "xlsx"))
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(report.COLUMNS))}2"
    date = ws.cell(row=2, column=report.COLUMNS.index("meeting_date") + 1)
    assert date.is_date and date.value == dt.datetime(2026, 12, 10)
    assert "2026-12-10" in report.render(built, "csv").decode("utf-8-sig")  # the CSV keeps ISO text
