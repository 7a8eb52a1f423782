"""Downloads that are safe to open in a spreadsheet (coi.ingest.export): no cell becomes a formula."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from coi.ingest.export import csv_safe, to_csv, to_xlsx

EVIL = ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.mark.parametrize("text", EVIL)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text_in_csv(text):
    (row,) = list(csv.reader(io.StringIO(to_csv(["name"], [[text]]).decode("utf-8-sig"))))[1:]
    assert row == ["'" + text]


def test_ordinary_names_and_numbers_are_left_alone():
    assert csv_safe("María José O'Neil-Smith") == "María José O'Neil-Smith"
    assert csv_safe(97.8) == "97.8"
    rows = list(csv.reader(io.StringIO(to_csv(["name", "score"], [["Ana Diaz", 93.3]]).decode("utf-8-sig"))))
    assert rows == [["name", "score"], ["Ana Diaz", "93.3"]]


def test_csv_starts_with_a_byte_order_mark_for_excel():
    assert to_csv(["a"], [["é"]]).startswith("\ufeff".encode("utf-8"))


def test_no_excel_cell_is_a_formula():
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx(["name", "score"], [[t, 1.5] for t in EVIL])))
    ws = wb.active
    values = [ws.cell(row=r, column=1) for r in range(2, 2 + len(EVIL))]
    assert [c.value for c in values] == [t.replace("\r", "\n") for t in EVIL]  # XML keeps no bare CR
    assert all(c.data_type == "s" for c in values)
    assert ws.cell(row=2, column=2).value == 1.5
