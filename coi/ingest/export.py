"""Prompts as files a spreadsheet opens safely: CSV and Excel with no formula injection.

A cell a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return: a party named ``=HYPERLINK(...)`` in an uploaded docket) is
written as text: in CSV with a leading apostrophe, which spreadsheets show as text and
hide; in Excel as an explicit string cell.

Every text cell is first made printable (:func:`coi.text.printable`): control characters
(which openpyxl refuses, and a leading NUL would slip a formula past the check above),
invisible and bidirectional marks are removed, whatever the data stored before it was
cleaned at the boundary.

An Excel download is ready to use as it opens: the header row bold and frozen, a filter on
every column, each column as wide as its contents (within limits), and dates — a
:class:`datetime.date` or :class:`datetime.datetime` in a row — written as real Excel dates
with a date format, so they sort and filter as dates (a CSV writes them as ISO text).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence

from coi.text import printable
from coi.timefmt import _tz

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


#: Excel's number formats for the dates and times of a download (ISO order: no day/month ambiguity).
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
#: Column widths, in characters: at least the header's, at most this (longer text wraps in the cell's view).
MIN_WIDTH, MAX_WIDTH = 8, 60
DATE_WIDTH, DATETIME_WIDTH = 12, 17


def csv_safe(value: object) -> str:
    """A cell as CSV writes it: printable, and a would-be formula made text."""
    if isinstance(value, dt.datetime):
        value = value.isoformat(timespec="seconds")
    text = "" if value is None else printable(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel reads the accents right."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(columns: Sequence[str], rows: Iterable[Sequence[object]], *, sheet: str = "prompts",
            tz: object = None) -> bytes:
    """An Excel workbook of one sheet: the header bold, frozen and filtered, the columns sized
    to their contents, numbers as numbers, dates as Excel dates, and every other cell a string
    (never a formula). ``tz``: the zone a timestamp is shown in (Excel keeps no time zones):
    a :class:`coi.settings.Settings`, a zone name or a tzinfo; default the Panel's (America/Chicago)."""
    from openpyxl import Workbook  # loaded when a workbook is made, not by every command
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(columns))
    widths = [max(MIN_WIDTH, len(str(c)) + 2) for c in columns]  # +2: room for the filter's button
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    zone = None
    last_row = 1
    for r, row in enumerate(rows, start=2):
        last_row = r
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, dt.datetime):
                if value.tzinfo is not None:
                    zone = zone or _tz(tz)
                    value = value.astimezone(zone).replace(tzinfo=None)
                cell.value = value
                cell.number_format = DATETIME_FORMAT
                shown = DATETIME_WIDTH
            elif isinstance(value, dt.date):
                cell.value = value
                cell.number_format = DATE_FORMAT
                shown = DATE_WIDTH
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
                shown = len(f"{value:g}" if isinstance(value, float) else str(value))
            else:
                cell.value = "" if value is None else printable(str(value))
                cell.data_type = "s"  # never a formula, whatever it starts with
                shown = max((len(line) for line in cell.value.split("\n")), default=0)
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], shown + 1)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(width, MAX_WIDTH)
    ws.freeze_panes = "A2"  # the header stays in view while scrolling
    if columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


__all__ = ["csv_safe", "to_csv", "to_xlsx", "FORMULA_STARTS", "DATE_FORMAT", "DATETIME_FORMAT"]
