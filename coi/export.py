"""Prompts as files a spreadsheet opens safely: CSV and Excel with no formula injection.

A cell a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return: a party named ``=HYPERLINK(...)`` in an uploaded docket) is
written as text: in CSV with a leading apostrophe, which spreadsheets show as text and
hide; in Excel as an explicit string cell.

Every text cell is first made printable (:func:`coi.text.printable`): control characters
(which openpyxl refuses, and a leading NUL would slip a formula past the check above),
invisible and bidirectional marks are removed, whatever the data stored before it was
cleaned at the boundary.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from coi.text import printable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> str:
    """A cell as CSV writes it: printable, and a would-be formula made text."""
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


def to_xlsx(columns: Sequence[str], rows: Iterable[Sequence[object]], *, sheet: str = "prompts") -> bytes:
    from openpyxl import Workbook  # loaded when a workbook is made, not by every command

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(columns))
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
            else:
                cell.value = "" if value is None else printable(str(value))
                cell.data_type = "s"  # never a formula, whatever it starts with
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


__all__ = ["csv_safe", "to_csv", "to_xlsx", "FORMULA_STARTS"]
