"""A docket read by columns: the same parties, warnings and row numbers as the row-by-row
reading of :mod:`coi.ingest.records`, in about half the time on a large file.

A million-row docket repeats its cells (a case id on each of its rows, the same roles,
kinds, agencies, dates and many names), yet the row-by-row reading pays a few
microseconds of Python a row to look each cell up. Here Arrow's CSV reader (C++, on every
core) parses the file into columns; each column is dictionary-encoded, each *distinct*
cell is read once by the very check the row reading uses (``records._docket_readers``),
and the rows take their values by index. Python work a row is left only for making its
:class:`~coi.model.Party`.

It takes only a file it reads exactly as the rows would — a UTF-8 CSV whose header is whole on
its first line, each record on one line (no line break inside a quoted cell), no lone
carriage return or NUL byte, every row as wide as the header, each line holding a double
quote read alike by Python's own CSV reader, and no cell that the file's checks refuse.
Any other file returns None and is read row by row, which reports every problem with its
file, row, column and fix as it always did. A cell that raised a warning is read again on
each of its rows, in row and column order, so the warnings are those of the row reading.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
from typing import Any

import numpy as np

from coi.ingest.records import _DOCKET_KEYS, Peek, _docket_readers, _party_maker, _plain_readers, _repeated, _Rows
from coi.ingest.tabular import TableStream, cell_problem
from coi.model import Party


def read_docket_columns(stream: TableStream, rows: _Rows, today: dt.date, peek: Peek | None = None
                        ) -> list[Party] | None:
    """The parties of the docket ``stream`` opened, read by columns (their warnings added to
    ``rows``), or None when the file is not one this reading takes (read it row by row).
    ``peek``: given the parties' names, kinds and dates of birth before the parties are made
    (:func:`coi.ingest.records.load_docket`)."""
    if stream.encoding != "utf-8-sig" or stream.header_row != 1 or stream.problems:
        return None
    with open(stream.file, "rb") as fh:
        data = fh.read()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    width = len(stream.columns)
    if b"\x00" in data or data.count(b"\r") != data.count(b"\r\n") or not _header_on_first_line(data, width):
        return None
    holder = [_arrow_table(data, width)]  # the table's only reference: each column goes once encoded
    columns, count = None, 0
    try:
        if _read_alike(data, holder[0]):
            count = holder[0].num_rows
            del data
            columns = _encoded(holder)
    finally:
        holder.clear()
        _release_arrow_memory()  # after the table is gone, whichever way the reading goes
    return None if columns is None else _parties(stream, rows, today, columns, count, peek)


def _encoded(holder: list[Any]) -> list[tuple[np.ndarray, list[str]]]:
    """(the code of each row's cell, the distinct cells) of each column of the table in
    ``holder``, which is emptied: a column's text is let go as soon as it is encoded."""
    table = holder.pop()
    columns = []
    while table.num_columns:
        encoded = table.column(0).combine_chunks().dictionary_encode()
        table = table.remove_column(0)
        columns.append((_codes(encoded.indices), encoded.dictionary.to_pylist()))
        del encoded
    return columns


def _header_on_first_line(data: bytes, width: int) -> bool:
    """Whether the file's first line is its whole header, as Python's reader read it: Arrow
    skips one line for the header, Python one record (a quoted line break in a column name
    would make the rest of it Arrow's first row)."""
    end = data.find(b"\n")
    first = data[:len(data) if end == -1 else end].decode("utf-8").removesuffix("\r")
    try:
        cells = next(csv.reader([first], strict=True), [])
    except csv.Error:
        return False
    return len(cells) == width


def _read_alike(data: bytes, table: Any) -> bool:
    """Whether Arrow read the data rows as Python's reader would: one record a line (a
    record over two lines, or a line Arrow could not read, goes the row way), and each line
    holding a double quote split alike."""
    lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    if table is None or table.num_rows + 1 != lines:
        return False
    return b'"' not in data or _quoted_lines_agree(data, table)


def _arrow_table(data: bytes, width: int) -> Any:
    """Every column of the file as text, cells as written ("" for an empty one); None when
    Arrow cannot read it (a row wider or narrower than the header, say)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    names = [f"c{i}" for i in range(width)]  # by position: a header cell may be empty or odd
    try:
        return pacsv.read_csv(
            pa.BufferReader(data),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1),
            # an empty line is a row of empty cells: Python's reader yields [] for it, which the
            # row reading pads to the header's width and skips as blank, keeping its number
            parse_options=pacsv.ParseOptions(ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
    except pa.ArrowException:  # ArrowInvalid among them
        return None


def _quoted_lines_agree(data: bytes, table: Any) -> bool:
    """Whether Python's CSV reader (strict, as the row reading uses it) reads each line that
    holds a double quote into the cells Arrow read from it. The lines without one are split
    at their commas alike by both; a quote is where they may differ (``"ab"c`` is an error
    for Python and ``abc`` for Arrow)."""
    texts: list[str] = []
    records: list[int] = []  # Arrow's row of each (the record after the header's)
    line = start = 0
    at = data.find(b'"')
    while at != -1:
        line += data.count(b"\n", start, at)
        begin = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end == -1 else end
        if line > 0:  # the header was read by Python's reader already
            texts.append(data[begin:end].decode("utf-8").removesuffix("\r"))
            records.append(line - 1)
        start = end
        at = data.find(b'"', end)
    if not texts:
        return True
    try:  # one reader over all of them: a quote left open joins the next, and the counts differ
        parsed = list(csv.reader(texts, strict=True))
    except csv.Error:
        return False
    if len(parsed) != len(texts):
        return False
    if len(records) * 20 > table.num_rows:  # many (Excel quotes every cell with a comma): whole columns
        columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
        return all(cells == [column[r] for column in columns] for cells, r in zip(parsed, records))
    # a few: a slice a row (``Table.take`` would import pyarrow.compute and pandas, 0.6 s)
    return all(cells == list(table.slice(r, 1).to_pylist()[0].values()) for cells, r in zip(parsed, records))


_CASE, _NAME, _ROLE, _KIND, _DATE_OF_BIRTH = (_DOCKET_KEYS.index(k) for k in (
    "case_id", "party_name", "party_role", "party_kind", "date_of_birth"))
_REPEATED = len(_DOCKET_KEYS)  # a repeated party's warning comes after its row's cells'


def _parties(stream: TableStream, rows: _Rows, today: dt.date, columns: list[tuple[np.ndarray, list[str]]],
             count: int, peek: Peek | None = None) -> list[Party] | None:
    """The parties of the encoded ``columns`` (``count`` rows), or None for the row reading."""
    # a row whose every cell is blank is skipped (it keeps its number), as the rows do
    live = np.zeros(count, dtype=bool)
    for codes, cells in columns:
        # a cell the file's checks refuse is reported by the row reading (a column all ASCII
        # and short enough holds none: one look at its joined text, not a call a cell)
        if not ("".join(cells).isascii() and max(map(len, cells), default=0) <= stream.limits.max_cell_chars) \
                and any(cell_problem(cell, stream.limits) is not None for cell in cells):
            return None
        live |= np.array([bool(c.strip()) for c in cells], dtype=bool)[codes]
    raw = [columns[stream.index[k]] if k in stream.index else (np.zeros(count, dtype=np.int64), [""])
           for k in _DOCKET_KEYS]  # a column the file lacks reads as an empty cell on every row

    # each distinct cell read once, by a reader writing to a scratch list: a cell that raised
    # a problem sends the file to the row reading; one that raised a warning is read again,
    # below, on each of its rows
    scratch = _Rows(rows.file, rows.header, rows.invalid_dates)
    values: list[np.ndarray] = []  # each docket column's value on each row
    reads: list[list[Any]] = []  # each docket column's value of each distinct cell (pair, for the kind)
    codes_of: list[np.ndarray] = []  # each docket column's code on each row, into ``reads``
    noisy: list[tuple[int, np.ndarray]] = []  # (column, the rows whose cell there raised a warning)
    role_codes: np.ndarray = np.zeros(0, dtype=np.int64)
    role_read: list[Any] = []
    for k, (reader, plain) in enumerate(zip(_docket_readers(scratch, today), _plain_readers(), strict=True)):
        codes, cells = raw[k]
        if k == _KIND:  # its default is the role's: each (kind, role) pair read once
            pairs, codes = np.unique(codes * len(role_read) + role_codes, return_inverse=True)
            met = np.zeros(len(pairs), dtype=bool)
            met[codes[live]] = True  # a cell only blank rows hold is never read
            read = [reader(j, cells[p // len(role_read)], role_read[p % len(role_read)]) if used else None
                    for j, (p, used) in enumerate(zip(pairs.tolist(), met.tolist()))]
        else:
            met = np.zeros(len(cells), dtype=bool)
            met[codes[live]] = True
            # read with its index for a row number, so a warning names the cell that raised it;
            # a cell its reader would return as it is, as it is (most names and case ids)
            as_it_is = plain or _never
            read = [(cell if as_it_is(cell) else reader(j, cell)) if used else None
                    for j, (cell, used) in enumerate(zip(cells, met.tolist()))]
        if scratch.problems:
            return None
        warned = list({w.row or 0 for w in scratch.warnings})  # each the index of its cell
        scratch.warnings.clear()
        if k == _ROLE:
            role_codes, role_read = codes, read
        reads.append(read)
        codes_of.append(codes)
        values.append(np.fromiter(read, dtype=object, count=len(read))[codes])
        if warned:
            noisy.append((k, np.flatnonzero(np.isin(codes, warned) & live)))
    case_ids, names, roles = values[_CASE], values[_NAME], values[_ROLE]

    # a party named again in its case: (case, casefolded name, role) met on an earlier row
    key = np.zeros(count, dtype=np.int64)
    for read, codes in ((reads[_CASE], codes_of[_CASE]), ([n and n.casefold() for n in reads[_NAME]],
                        codes_of[_NAME]), (reads[_ROLE], codes_of[_ROLE])):
        ids = _by_value(read, codes)
        key = np.unique(key * (int(ids.max(initial=0)) + 1) + ids, return_inverse=True)[1]  # each below the row count
    live_rows = np.flatnonzero(live)
    _, first_of, which = np.unique(key[live_rows], return_index=True, return_inverse=True)
    again = first_of[which] != np.arange(len(live_rows))
    repeated, kept = live_rows[again], live_rows[~again]

    # the warnings, in the order the rows raise them: a row's cells in column order, then
    # its being a repeated party
    events: list[tuple[int, int]] = [(r, k) for k, at in noisy for r in at.tolist()]
    first = live_rows[first_of[which]]  # the row each live row's party was first met on
    events += [(r, _REPEATED) for r in repeated.tolist()]
    events.sort()
    offset = stream.header_row + 1  # the file's row number of Arrow's row 0
    readers = _docket_readers(rows, today)
    for r, k in events:
        if k == _REPEATED:
            at = int(first[np.searchsorted(live_rows, r)])
            rows.warnings.append(_repeated(rows, r + offset, names[r], roles[r], case_ids[r], at + offset))
            continue
        codes, cells = raw[k]
        readers[k](r + offset, cells[codes[r]], *((roles[r],) if k == _KIND else ()))
    if rows.problems:  # not expected: the same cells raised none above (load_docket drops what this added)
        return None
    make = _party_maker()
    firsts = _first_rows(kept, codes_of[_NAME], codes_of[_KIND], codes_of[_DATE_OF_BIRTH]) if peek is not None else None
    del columns, raw, reads, codes_of, key
    if len(kept) < count:  # rows repeated or blank: only the others are parties
        values = [v[kept] for v in values]
    if peek is not None and len(kept):  # the parties are read: nothing below refuses the file
        peek(values[_NAME], values[_KIND], values[_DATE_OF_BIRTH], firsts)
    # each party made from the columns' arrays as they are iterated: no list of a column
    return list(map(make, *values, (kept + offset).tolist()))


def _first_rows(kept: np.ndarray, *codes: np.ndarray) -> np.ndarray:
    """The positions among the ``kept`` rows, in order, of the first row of each distinct
    combination of their cells (each column's ``codes``, a row an entry): two cells read alike
    (" Ann Lee", "Ann Lee") are two combinations, so the first row of each distinct value is
    among them — what :func:`coi.screen.docket_tasks` needs to read, not every row."""
    key = np.zeros(len(kept), dtype=np.int64)
    for column in codes:
        column = column[kept]
        width = int(column.max(initial=0)) + 1
        if (int(key.max(initial=0)) + 1) * width >= 2 ** 62:  # numbered again, below the row count
            key = np.unique(key, return_inverse=True)[1].reshape(-1)
        key = key * width + column
    return np.sort(np.unique(key, return_index=True)[1])


def _never(cell: str) -> bool:
    """The plain test of a column read only by its reader (:func:`coi.ingest.records._plain_readers`)."""
    return False


def _by_value(read: list[Any], codes: np.ndarray) -> np.ndarray:
    """A code a row for the value read from its cell: rows whose cells read alike share it."""
    ids: dict[Any, int] = {}
    return np.fromiter((ids.setdefault(v, len(ids)) for v in read), dtype=np.int64, count=len(read))[codes]


def _codes(indices: Any) -> np.ndarray:
    """An Arrow array of integer codes (no nulls) as NumPy int64, read off its buffer:
    ``Array.to_numpy`` would import pandas (half a second) for nothing."""
    width = {8: np.int8, 16: np.int16, 32: np.int32, 64: np.int64}[indices.type.bit_width]
    return np.frombuffer(indices.buffers()[1], dtype=width)[indices.offset:indices.offset + len(indices)].astype(np.int64)


def _release_arrow_memory() -> None:
    """Arrow's allocator (mimalloc) keeps what the reading freed for a next use that never
    comes: a million-row docket's columns would stay ~130 MB of the process for the whole
    screening. (Arrow's system allocator instead, tried, left the process larger still:
    the C heap's large blocks freed by the reading fragment it for the screening's lists.)"""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
