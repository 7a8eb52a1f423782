"""Reading of CSV and XLSX files into rows of strings, refusing what cannot be read
faithfully (an unknown encoding, garbled text, a zip bomb, a broken workbook, a file built
to exhaust the reader) rather than guessing.

This module knows nothing of members or dockets: it hands ``ingest`` a header and rows
of raw text numbered as a spreadsheet numbers them (header = row 1, first data row = 2;
for CSV a quoted cell spanning lines is still one row). Everything stays a string, so
``NA`` or ``nan`` in a name cell is a name.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NoReturn

from coi.model import InputRejected, Problem
from coi.text import mojibake, strip_invisible

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How large an input may be before coi refuses to read it."""

    max_file_bytes: int = 500 * MB
    max_unzipped_bytes: int = 200 * MB  # xlsx: total of all members once decompressed
    max_compression_ratio: float = 100.0  # xlsx: per member
    ratio_exempt_bytes: int = 1 * MB  # xlsx members smaller than this cannot be bombs
    max_cells: int = 1_000_000  # xlsx: non-empty cells on the first sheet
    max_columns: int = 1_000  # the header's columns: a roster or docket has a dozen
    max_cell_chars: int = 32_767  # as in Excel; ingest keeps names far shorter
    max_sheet_bytes: int = 150 * MB  # xlsx: a worksheet part once decompressed (1M filled cells take ~60 MB)
    max_shared_strings_bytes: int = 100 * MB  # xlsx: the shared strings part, which openpyxl holds in memory
    max_shared_strings: int = 1_000_000  # xlsx: strings in that part (a filled cell uses at most one)
    max_scanned_cells: int = 2_000_000  # xlsx: cells, empty ones too (~25 µs each to parse): bounds a sheet's time


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Encodings:
    """How the CSV files of one command are decoded. A file with a byte-order mark is read
    as the mark says, and a file that is valid UTF-8 as UTF-8, whatever is given here: the
    encoding given is only the fallback for a file that is not UTF-8 (``fallback`` for
    every file, ``per_file`` for one), so one option can never garble another file.
    ``ask`` says, in the caller's own words, how a person names an encoding (``{name}`` is
    the codec, ``{words}`` its usual name, ``{label}`` its description in
    :data:`CHOOSABLE_ENCODINGS`); ``offered``, when set, the codecs they can pick."""

    fallback: str | None = None
    per_file: tuple[tuple[str, str], ...] = ()
    ask: str = "pass --encoding {name}"
    offered: tuple[str, ...] | None = None

    def for_file(self, file: str | os.PathLike) -> str | None:
        """The fallback encoding for ``file``: its own if one was given for it, else the common one."""
        if self.per_file:
            key = os.path.realpath(file)
            for named, encoding in self.per_file:
                if os.path.realpath(named) == key:
                    return encoding
        return self.fallback

    def how(self, name: str) -> str | None:
        """The words telling a person to choose encoding ``name``; None when they cannot."""
        name = _codec(name) or name
        if self.offered is not None and name not in {_codec(o) for o in self.offered}:
            return None
        labels = {_codec(k): v for k, v in CHOOSABLE_ENCODINGS.items()}
        return self.ask.format(name=name, words=_words(name), label=labels.get(name, _words(name)))


#: The encodings a person may pick for a CSV file that is not UTF-8 (the dashboard's upload
#: offers these): what spreadsheet programs and older systems in the United States write.
CHOOSABLE_ENCODINGS = {
    "cp1252": "Windows-1252 (Excel on Windows; Western European)",
    "latin_1": "Latin-1 (ISO-8859-1)",
    "iso8859_15": "Latin-9 (ISO-8859-15)",
    "mac_roman": "Mac OS Roman (older Excel on a Mac)",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1257": "Windows-1257 (Baltic)",
    "cp437": "DOS (code page 437)",
    "cp850": "DOS Latin-1 (code page 850)",
    "utf_16_le": "UTF-16 little-endian, without a byte-order mark",
    "utf_16_be": "UTF-16 big-endian, without a byte-order mark",
    "gb18030": "Chinese (GB18030)",
    "big5": "Chinese, traditional (Big5)",
    "shift_jis": "Japanese (Shift JIS)",
    "euc_kr": "Korean (EUC-KR)",
}


def _codec(name: str) -> str | None:
    """Python's own name for an encoding (``UTF8`` → ``utf-8``), None for one it does not know."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None

#: Excel shows these in a cell whose formula failed; they are never data.
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})

_OTHER_SPREADSHEETS = {".xls", ".xlsm", ".xlsb", ".ods", ".numbers"}
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an encrypted .xlsx
_CHUNK = 1 << 20


def canonical(column: str) -> str:
    """The name a column is matched by: invisible characters out, trimmed, lower case."""
    return strip_invisible(column)[0].strip().lower()


@dataclass(frozen=True, slots=True)
class Table:
    """A whole file read into strings: the header as written and, for each data row, its
    spreadsheet row number and ``{canonical column: raw text, or None when empty}``."""

    file: str
    columns: tuple[str, ...]
    rows: list[tuple[int, dict[str, str | None]]] = field(default_factory=list)


class TableStream:
    """A file opened for reading row by row, so a million-row docket never sits in memory
    twice. Problems of the file's shape (a ragged row, a repeated header) gather in
    ``problems``; the caller reports them with its own."""

    def __init__(self, file: str, columns: list[str], header_row: int, rows: Iterator, closer=None):
        self.file = file
        self.columns = tuple(columns)  # as written, trimmed
        self.keys = tuple(canonical(c) for c in columns)
        self.header_row = header_row
        self.problems: list[Problem] = []
        # how the file is read: its codec (None for a workbook) and the limits its cells are held to
        self.encoding: str | None = None
        self.limits = DEFAULT_LIMITS
        self._rows = rows
        self._closer = closer
        self.index: dict[str, int] = {}
        seen: dict[str, str] = {}
        for i, (name, key) in enumerate(zip(self.columns, self.keys)):
            if not key:
                continue  # a column without a header is an unknown extra column
            if key in seen:
                self.problems.append(Problem(
                    file, header_row, name,
                    f"the header names column {name!r} twice (also as {seen[key]!r})",
                    "give every column a different name, or delete the repeated column"))
                continue
            seen[key] = name
            self.index[key] = i

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        """Data rows as (row number, one raw string per header column); blank rows skipped."""
        return self._rows

    def close(self) -> None:
        if self._closer is not None:
            self._closer()
            self._closer = None

    def __enter__(self) -> TableStream:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_table(path: str | os.PathLike, *, encoding: str | Encodings | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Table:
    """Read a .csv or .xlsx file whole; raise InputRejected listing every problem of its shape."""
    with open_table(path, encoding=encoding, limits=limits) as stream:
        keys = [(k, i) for k, i in stream.index.items()]
        rows = [(n, {k: (cells[i] if cells[i].strip() else None) for k, i in keys}) for n, cells in stream]
        if stream.problems:
            raise InputRejected(stream.problems)
        return Table(stream.file, stream.columns, rows)


def open_table(path: str | os.PathLike, *, encoding: str | Encodings | None = None,
               limits: Limits = DEFAULT_LIMITS) -> TableStream:
    """Open a .csv or .xlsx file for streaming, or raise InputRejected when it cannot be
    read at all (missing, too big, wrong format, unknown encoding, no header row).
    ``encoding``: the fallback for a CSV file that is not UTF-8 (see :class:`Encodings`)."""
    file = os.fspath(path)
    choice = encoding if isinstance(encoding, Encodings) else Encodings(fallback=encoding)
    try:
        size = os.stat(file).st_size
    except FileNotFoundError:
        _reject(file, "the file does not exist", "check the file name and folder")
    except OSError as e:
        _reject(file, f"the file cannot be opened ({e.strerror})", "check the file name and your permissions")
    if os.path.isdir(file):
        _reject(file, "this is a folder, not a file", "give the path of a .csv or .xlsx file")
    if size > limits.max_file_bytes:
        _reject(file, f"the file is {size / MB:,.0f} MB; coi reads files up to {limits.max_file_bytes / MB:,.0f} MB",
                "split the file into smaller ones")
    ext = os.path.splitext(file)[1].lower()
    if ext == ".csv":
        return _open_csv(file, choice, limits)
    if ext == ".xlsx":
        return _open_xlsx(file, limits)
    if ext in _OTHER_SPREADSHEETS:
        _reject(file, f"coi cannot read {ext} files", "save it as .xlsx (Excel Workbook) or as .csv (CSV UTF-8)")
    _reject(file, f"coi reads .csv and .xlsx files, not {ext or 'files without an extension'}",
            "save it as .csv (CSV UTF-8) or .xlsx, or rename it if it already is one")


def _reject(file: str, problem: str, fix: str, row: int | None = None, column: str | None = None) -> NoReturn:
    raise InputRejected([Problem(file, row, column, problem, fix)])


# --------------------------------------------------------------------------- CSV


def _open_csv(file: str, choice: Encodings, limits: Limits) -> TableStream:
    enc = _choose_encoding(file, choice)
    handle = open(file, encoding=enc, newline="")
    try:
        reader = csv.reader(handle, strict=True)
        header_row = 0
        header: list[str] | None = None
        for cells in reader:
            header_row += 1
            if any(c.strip() for c in cells):
                _check_header(file, cells, header_row, limits)  # before any work in proportion to its width
                header = [strip_invisible(c)[0].strip() for c in cells]
                break
        if header is None:
            _reject(file, "the file is empty: there is no header row",
                    "put the column names in the first row, e.g. " + "member_id,name,appointed_by")
    except csv.Error as e:
        handle.close()
        _reject(file, f"the header row cannot be read as CSV ({e})",
                "check for a stray double quote in the column names", row=header_row + 1)
    except BaseException:
        handle.close()
        raise
    stream = TableStream(file, header, header_row, iter(()), handle.close)
    stream.encoding, stream.limits = enc, limits
    stream._rows = _csv_rows(stream, reader, header_row, limits)
    return stream


def _check_header(file: str, header: list[str], row: int, limits: Limits) -> None:
    """Refuse a header too wide to be a roster or a docket before any row is read: every row
    costs time in proportion to it (a million columns cost a third of a second a row)."""
    if len(header) > limits.max_columns:
        _reject(file, f"the header row has {len(header):,} columns; coi reads files of up to "
                f"{limits.max_columns:,} columns", "keep only the columns coi reads (docs/CONTRACT.md) and "
                "delete the others", row=row)
    long = next((c for c in header if len(c) > limits.max_cell_chars), None)
    if long is not None:
        _reject(file, f"a column name is {len(long):,} characters long; a cell may hold up to "
                f"{limits.max_cell_chars:,}", "check that the first row holds the column names", row=row)


def _check_cells(stream: TableStream, row: int, cells: list[str], limits: Limits) -> None:
    """Each cell of a data row, by :func:`cell_problem`."""
    for i, cell in enumerate(cells):
        found = cell_problem(cell, limits)
        if found is not None:
            column = stream.columns[i] or None if i < len(stream.columns) else None
            stream.problems.append(Problem(stream.file, row, column, *found))


def cell_problem(cell: str, limits: Limits) -> tuple[str, str] | None:
    """(problem, fix) of a cell coi refuses, else None: longer than a spreadsheet cell can
    be, or garbled text (UTF-8 that some program read as Windows-1252: "Ana GÃ³mez"), which
    coi refuses rather than store a name that will never match."""
    if cell.isascii() and len(cell) <= limits.max_cell_chars:
        return None
    if len(cell) > limits.max_cell_chars:
        return (f"the cell holds {len(cell):,} characters; a cell may hold up to {limits.max_cell_chars:,}",
                "check the cell: text this long is almost surely pasted by mistake")
    if (meant := mojibake(cell)) is not None:
        return (f"{_shown(cell)} is garbled text: it reads as {_shown(meant)} written in UTF-8 and then read "
                "as Windows-1252 by some program on its way",
                f"correct the cell to {_shown(meant)}, or export the file again from the system it came from "
                "as CSV UTF-8 (or .xlsx) without opening it in between")
    return None


def _shown(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _csv_rows(stream: TableStream, reader, row: int, limits: Limits) -> Iterator[tuple[int, list[str]]]:
    width = len(stream.columns)
    try:
        for cells in reader:
            row += 1
            n = len(cells)
            if n != width:
                if n > width:
                    if any(c.strip() for c in cells[width:]):
                        stream.problems.append(Problem(
                            stream.file, row, None,
                            f"the row has {n} cells but the header names {width} columns",
                            "a name or note containing a comma must be in double quotes; "
                            "remove the extra cells or add a header for them"))
                        continue
                    del cells[width:]
                else:
                    cells.extend([""] * (width - n))
            joined = "".join(cells)
            if not joined.strip():
                continue  # a blank row separates nothing and says nothing
            if not joined.isascii() or len(joined) > limits.max_cell_chars:
                _check_cells(stream, row, cells, limits)
            yield row, cells
    except csv.Error as e:
        stream.problems.append(Problem(
            stream.file, row + 1, None, f"the row cannot be read as CSV ({e}); reading stopped here",
            "a cell that contains a double quote must itself be in double quotes, with the "
            "quote doubled (\"O\"\"Brien\"); no cell may exceed 131,072 characters"))


def _choose_encoding(file: str, choice: Encodings) -> str:
    """The codec to read ``file`` with, decided for this file alone: the one its byte-order
    mark names; else UTF-8 when the whole file is valid UTF-8; else the fallback given for
    it — each checked over the whole file first, so nothing is ever read garbled."""
    given = choice.for_file(file)
    fallback = None
    if given:
        fallback = _codec(given)
        if fallback is None:
            _reject(file, f"{given!r} is not an encoding coi knows",
                    "give a standard name such as utf-8, cp1252, latin-1 or utf-16")
        if fallback == "utf-8":
            fallback = "utf-8-sig"
    with open(file, "rb") as f:
        head = f.read(4096)
    wide = head.count(0) > len(head) // 10  # ASCII text in UTF-16 or UTF-32: every other byte is zero
    enc = next((e for bom, e in _BOMS if head.startswith(bom)), None)
    if enc is None and not wide and fallback is None:
        enc = "utf-8-sig"
    elif enc is None and not wide and _first_undecodable(file, "utf-8-sig") is None:
        return "utf-8-sig"  # valid UTF-8 is read as UTF-8, whatever fallback was given
    elif enc is None and wide and (fallback is None or not fallback.startswith(("utf-16", "utf-32"))):
        how = choice.how("utf-16-le")
        _reject(file, "the file looks like UTF-16 without a byte-order mark",
                "re-save it as CSV UTF-8" + (f", or {how} (or utf-16-be)" if how else ""))
    elif enc is None:
        assert fallback is not None  # the branches above took every file read without one
        if not wide and fallback.startswith(("utf-16", "utf-32")):
            _reject(file, f"the file is not {_words(fallback)}: it has none of the zero bytes such text has",
                    "check the encoding; re-save the file as CSV UTF-8 if in doubt")
        enc = fallback
    bad = _first_undecodable(file, enc)
    if bad is not None:
        offset, byte = bad
        row, column = _locate(file, enc, offset)
        guess = _guess_encoding(file, offset)
        shown = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(enc, enc)
        how = choice.how(guess) if guess else None
        if head.startswith(codecs.BOM_UTF8):
            fix = ("the file starts with a UTF-8 byte-order mark but mixes in another encoding"
                   + (f" (it looks like {_words(guess)})" if guess else "")
                   + "; open it in the program that made it and re-save it as CSV UTF-8")
        elif enc != "utf-8-sig" and head.startswith(tuple(bom for bom, _ in _BOMS)):
            fix = "the file is damaged or not text; re-save it as CSV UTF-8"
        elif fallback is not None:
            fix = f"check the encoding; the file looks like {_words(guess)}" if guess else "check the encoding"
            fix += f" ({how})" if how and guess and _codec(guess) != _codec(enc) else ""
        elif guess:
            fix = f"it looks like {_words(guess)}; re-save it as CSV UTF-8" + (f", or {how}" if how else "")
        else:
            fix = "re-save it as CSV UTF-8" + (f", or {choice.ask.format(name='NAME', words='its encoding')} with "
                                               "the file's encoding" if choice.offered is None else "")
        _reject(file, f"the file is not valid {shown}: byte 0x{byte:02X} cannot be read", fix, row, column)
    return enc


def _first_undecodable(file: str, enc: str) -> tuple[int, int] | None:
    """The offset and value of the first byte ``enc`` cannot decode, or None."""
    pos = 0
    with open(file, "rb") as f:
        if enc == "utf-8-sig":  # that decoder reports offsets past its BOM; skip it ourselves
            enc = "utf-8"
            pos = 3 if f.read(3) == codecs.BOM_UTF8 else 0
            f.seek(pos)
        decoder = codecs.getincrementaldecoder(enc)("strict")
        while True:
            chunk = f.read(_CHUNK)
            final = not chunk
            pending = decoder.getstate()[0]
            try:
                decoder.decode(chunk, final=final)
            except UnicodeDecodeError as e:
                start = pos - len(pending) + e.start
                return start, e.object[e.start]
            if final:
                return None
            pos += len(chunk)


def _locate(file: str, enc: str, offset: int) -> tuple[int | None, str | None]:
    """The CSV row (records counted, header = 1) and column holding byte ``offset``."""
    with open(file, "rb") as f:
        prefix = f.read(offset)
    try:
        text = prefix.decode(enc) + "\ufffd"  # the unreadable byte, as a placeholder
    except UnicodeDecodeError:  # a multi-byte codec cut mid-character: row only matters
        text = prefix.decode(enc, "replace") + "\ufffd"
    records = list(csv.reader(io.StringIO(text, newline="")))
    if not records:
        return 1, None
    header = records[0]
    col = len(records[-1]) - 1
    name = strip_invisible(header[col])[0].strip() if len(records) > 1 and col < len(header) else None
    return len(records), name or None


def _guess_encoding(file: str, offset: int) -> str | None:
    """charset-normalizer's best guess from the bytes around ``offset``; for the few
    accented letters of a short file, where the guess is weak, Windows-1252 (what Excel
    on US Windows writes) when the bytes read as such."""
    from charset_normalizer import from_bytes

    with open(file, "rb") as f:
        f.seek(max(0, offset - 32768))
        sample = f.read(65536)
    best = from_bytes(sample).best()
    high = sum(b > 0x7F for b in sample)
    try:
        sample.decode("cp1252")
        fits_1252 = True
    except UnicodeDecodeError:
        fits_1252 = False
    if best is not None and "cp1252" in best.could_be_from_charset:
        return "cp1252"
    if fits_1252 and (best is None or high < 20):
        return "cp1252"
    return best.encoding if best is not None else None


def _words(encoding: str) -> str:
    """A codec as people name it: cp1252 → windows-1252."""
    if encoding.startswith("cp125"):
        return "windows-" + encoding[2:]
    return encoding.replace("_", "-")


# -------------------------------------------------------------------------- XLSX


def _open_xlsx(file: str, limits: Limits) -> TableStream:
    _check_zip(file, limits)
    import openpyxl  # uses defusedxml when installed, so entity tricks are refused too

    try:
        wb = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged workbook
        _reject(file, f"the workbook cannot be read ({type(e).__name__}: {e})",
                "open it in Excel and save it again as .xlsx, or save it as .csv")
    try:
        if not wb.worksheets:
            _reject(file, "the workbook has no worksheet", "put the table on the first sheet")
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # a stated size can be wrong; read every row actually there
        rows = ws.iter_rows(values_only=True)
        header_row = 0
        header = None
        cells = scanned = 0
        for values in rows:
            header_row += 1
            scanned += len(values)
            if scanned > limits.max_scanned_cells:
                _reject(file, f"the first sheet has no header row in its first {limits.max_scanned_cells:,} cells",
                        "put the table on the first sheet, column names in the first row", row=header_row)
            texts = [_xlsx_text(v) for v in values]
            if any(t.strip() for t in texts):
                cells += sum(v is not None for v in values)
                while texts and not texts[-1].strip():
                    texts.pop()
                _check_header(file, texts, header_row, limits)
                header = [strip_invisible(t)[0].strip() for t in texts]
                break
        if header is None:
            _reject(file, f"the first sheet ({ws.title!r}) is empty: there is no header row",
                    "put the table on the first sheet, column names in the first row")
    except BaseException:
        wb.close()
        raise
    stream = TableStream(file, header, header_row, iter(()), wb.close)
    stream.limits = limits
    stream._rows = _xlsx_rows(stream, rows, header_row, cells, scanned, limits)
    return stream


def _xlsx_rows(stream: TableStream, rows, row: int, cells: int, scanned: int, limits: Limits):
    width = len(stream.columns)
    for values in rows:
        row += 1
        texts = [_xlsx_text(v) for v in values[:width]]
        if len(texts) < width:
            texts.extend([""] * (width - len(texts)))
        cells += sum(v is not None for v in values)
        scanned += len(values)
        if cells > limits.max_cells or scanned > limits.max_scanned_cells:
            what = (f"more than {limits.max_cells:,} filled cells" if cells > limits.max_cells
                    else f"more than {limits.max_scanned_cells:,} cells, empty or not")
            stream.problems.append(Problem(
                stream.file, row, None, f"the sheet has {what}; reading stopped here",
                "split the workbook, or save the sheet as .csv (CSV files have no such limit)"))
            return
        joined = "".join(texts)
        if not joined.strip():
            continue
        if not joined.isascii() or len(joined) > limits.max_cell_chars:
            _check_cells(stream, row, texts, limits)
        for i, t in enumerate(texts):
            if t in EXCEL_ERRORS:
                stream.problems.append(Problem(
                    stream.file, row, stream.columns[i] or None,
                    f"the cell shows the Excel error {t}",
                    "type the value itself; a name starting with =, +, - or @ must be typed "
                    "with a leading apostrophe ('=...) so Excel keeps it as text"))
        yield row, texts


def _xlsx_text(value) -> str:
    """A cell's value as the text a person sees: 7 not 7.0, dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _check_zip(file: str, limits: Limits) -> None:
    """Refuse a workbook that is no zip, or that would decompress to far more than it
    weighs (a zip bomb), before any XML parser sees it."""
    with open(file, "rb") as f:
        magic = f.read(8)
    if magic == _OLE_MAGIC:
        _reject(file, "this is an old-style .xls workbook, or a password-protected one, named .xlsx",
                "remove any password, then save it as .xlsx (Excel Workbook) or .csv")
    try:
        with zipfile.ZipFile(file) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as e:
        _reject(file, f"the file is not a valid .xlsx workbook ({e})",
                "open it in Excel and save it as .xlsx (Excel Workbook), or save it as .csv")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        _reject(file, "the file is a zip archive but not an Excel workbook",
                "save the table as .xlsx (Excel Workbook) or .csv")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_bytes:
        _reject(file, f"the workbook would unpack to {total / MB:,.0f} MB; the limit is "
                f"{limits.max_unzipped_bytes / MB:,.0f} MB", "split it, or save the sheet as .csv")
    for i in infos:
        if i.file_size >= limits.ratio_exempt_bytes:
            ratio = i.file_size / max(i.compress_size, 1)
            if ratio > limits.max_compression_ratio:
                _reject(file, f"the workbook part {i.filename} would unpack {ratio:,.0f} times its size "
                        f"(the limit is {limits.max_compression_ratio:,.0f}:1); it may be a zip bomb",
                        "if the file is genuine, open it in Excel and save it as .csv")
        if i.filename.lower().startswith("xl/worksheets/") and i.file_size > limits.max_sheet_bytes:
            _reject(file, f"the worksheet {i.filename} would unpack to {i.file_size / MB:,.0f} MB; coi reads "
                    f"sheets of up to {limits.max_sheet_bytes / MB:,.0f} MB", _SPLIT)
    _check_parts(file, infos, limits)


_SPLIT = "split the workbook into smaller ones, or save the sheet as .csv"
_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")


def _check_parts(file: str, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse a workbook whose shared strings (which openpyxl holds in memory, all of them,
    before the first row is read) are too big or too many, or whose first sheet has more
    cells than coi reads (openpyxl parses the whole sheet just to size it when it states no
    size): sizes from the zip directory (zipfile never unpacks a part past the size written
    there), counts by streaming the part once and stopping as soon as it is over the limit.
    The parts are found as openpyxl finds them, so the parts checked are the parts read."""
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.reader.excel import _find_workbook_part
    from openpyxl.reader.workbook import WorkbookParser
    from openpyxl.xml.constants import SHARED_STRINGS
    from openpyxl.xml.functions import fromstring

    sizes = {i.filename: i.file_size for i in infos}
    if sizes.get("[Content_Types].xml", 0) > 10 * MB:
        _reject(file, "the workbook's list of parts ([Content_Types].xml) is far larger than any real one",
                "open it in Excel and save it as .csv")
    try:
        with zipfile.ZipFile(file) as z:
            manifest = Manifest.from_tree(fromstring(z.read("[Content_Types].xml")))
            part = manifest.find(SHARED_STRINGS)
            name = part.PartName[1:] if part is not None else None
            if name is not None and name in sizes and sizes[name] > limits.max_shared_strings_bytes:
                _reject(file, f"the workbook's shared strings would unpack to {sizes[name] / MB:,.0f} MB; coi reads "
                        f"up to {limits.max_shared_strings_bytes / MB:,.0f} MB", _SPLIT)
            if name is not None and name in sizes and _more_than(z, name, _SHARED_STRING, limits.max_shared_strings):
                _reject(file, f"the workbook holds more than {limits.max_shared_strings:,} shared strings, "
                        f"more than a sheet of {limits.max_cells:,} filled cells can use", _SPLIT)
    except InputRejected:
        raise
    except Exception:  # KeyError, BadZipFile, a damaged manifest: openpyxl says what is wrong in its own words
        pass
    try:
        with zipfile.ZipFile(file) as z:
            manifest = Manifest.from_tree(fromstring(z.read("[Content_Types].xml")))
            part = _find_workbook_part(manifest).PartName[1:]
            if sizes.get(part, 0) > 10 * MB:
                _reject(file, f"the workbook part {part} is far larger than any real one", _SPLIT)
            parser = WorkbookParser(z, part)
            parser.parse()
            first = next((rel.target for _, rel in parser.find_sheets()
                          if rel.target in sizes and "chartsheet" not in rel.Type), None)
            too_many = first is not None and _more_than(z, first, _CELL, limits.max_scanned_cells)
    except InputRejected:
        raise
    except Exception:  # a damaged workbook: openpyxl says what is wrong in its own words
        return
    if too_many:
        _reject(file, f"the first sheet has more than {limits.max_scanned_cells:,} cells, empty or not; coi reads "
                f"up to {limits.max_cells:,} filled cells", _SPLIT)


_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")


def _more_than(z: zipfile.ZipFile, name: str, pattern: re.Pattern, limit: int) -> bool:
    """Whether part ``name`` holds more than ``limit`` matches of ``pattern``, read in blocks
    (constant memory) and stopped as soon as it does."""
    count, tail = 0, b""
    with z.open(name) as src:
        while chunk := src.read(_CHUNK):
            block = tail + chunk
            count += len(pattern.findall(block))
            tail = block[-16:]
            count -= len(pattern.findall(tail))  # counted again with the next block
            if count > limit:
                return True
    return False
