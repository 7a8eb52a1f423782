"""Reading of CSV and XLSX files into rows of strings, refusing what cannot be read
faithfully (an unknown encoding, a zip bomb, a broken workbook) rather than guessing.

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
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NoReturn

from coi.model import InputRejected, Problem
from coi.text import strip_invisible

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How large an input may be before coi refuses to read it."""

    max_file_bytes: int = 500 * MB
    max_unzipped_bytes: int = 200 * MB  # xlsx: total of all members once decompressed
    max_compression_ratio: float = 100.0  # xlsx: per member
    ratio_exempt_bytes: int = 1 * MB  # xlsx members smaller than this cannot be bombs
    max_cells: int = 1_000_000  # xlsx: non-empty cells on the first sheet


DEFAULT_LIMITS = Limits()

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


def read_table(path: str | os.PathLike, *, encoding: str | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Table:
    """Read a .csv or .xlsx file whole; raise InputRejected listing every problem of its shape."""
    with open_table(path, encoding=encoding, limits=limits) as stream:
        keys = [(k, i) for k, i in stream.index.items()]
        rows = [(n, {k: (cells[i] if cells[i].strip() else None) for k, i in keys}) for n, cells in stream]
        if stream.problems:
            raise InputRejected(stream.problems)
        return Table(stream.file, stream.columns, rows)


def open_table(path: str | os.PathLike, *, encoding: str | None = None,
               limits: Limits = DEFAULT_LIMITS) -> TableStream:
    """Open a .csv or .xlsx file for streaming, or raise InputRejected when it cannot be
    read at all (missing, too big, wrong format, unknown encoding, no header row)."""
    file = os.fspath(path)
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
        return _open_csv(file, encoding)
    if ext == ".xlsx":
        return _open_xlsx(file, limits)
    if ext in _OTHER_SPREADSHEETS:
        _reject(file, f"coi cannot read {ext} files", "save it as .xlsx (Excel Workbook) or as .csv (CSV UTF-8)")
    _reject(file, f"coi reads .csv and .xlsx files, not {ext or 'files without an extension'}",
            "save it as .csv (CSV UTF-8) or .xlsx, or rename it if it already is one")


def _reject(file: str, problem: str, fix: str, row: int | None = None, column: str | None = None) -> NoReturn:
    raise InputRejected([Problem(file, row, column, problem, fix)])


# --------------------------------------------------------------------------- CSV


def _open_csv(file: str, encoding: str | None) -> TableStream:
    enc = _choose_encoding(file, encoding)
    handle = open(file, encoding=enc, newline="")
    try:
        reader = csv.reader(handle, strict=True)
        header_row = 0
        header: list[str] | None = None
        for cells in reader:
            header_row += 1
            if any(c.strip() for c in cells):
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
    stream._rows = _csv_rows(stream, reader, header_row)
    return stream


def _csv_rows(stream: TableStream, reader, row: int) -> Iterator[tuple[int, list[str]]]:
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
            if not "".join(cells).strip():
                continue  # a blank row separates nothing and says nothing
            yield row, cells
    except csv.Error as e:
        stream.problems.append(Problem(
            stream.file, row + 1, None, f"the row cannot be read as CSV ({e}); reading stopped here",
            "a cell that contains a double quote must itself be in double quotes, with the "
            "quote doubled (\"O\"\"Brien\"); no cell may exceed 131,072 characters"))


def _choose_encoding(file: str, encoding: str | None) -> str:
    """The codec to read ``file`` with: the one given, else the one its byte-order mark
    names, else UTF-8 — checked over the whole file first, so nothing is ever garbled."""
    with open(file, "rb") as f:
        head = f.read(4096)
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            _reject(file, f"{encoding!r} is not an encoding coi knows",
                    "give a standard name such as utf-8, cp1252, latin-1 or utf-16")
        enc = "utf-8-sig" if name == "utf-8" else name
        bom = next((b for b, _ in _BOMS if head.startswith(b)), None)
        if bom is not None:  # the mark says which encoding; another one would garble the text
            try:
                fits = bom.decode(enc) in ("", "\ufeff")
            except UnicodeDecodeError:
                fits = False
            if not fits:
                marked = next(e for b, e in _BOMS if b == bom)
                shown = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}[marked]
                _reject(file, f"the file starts with a {shown} byte-order mark, but the encoding given is {encoding}",
                        "leave out --encoding; coi reads a file with a byte-order mark by itself", row=1)
    else:
        enc = next((e for bom, e in _BOMS if head.startswith(bom)), None)
        if enc is None:
            if head.count(0) > len(head) // 10:
                _reject(file, "the file looks like UTF-16 without a byte-order mark",
                        "re-save it as CSV UTF-8, or pass --encoding utf-16-le (or utf-16-be)")
            enc = "utf-8-sig"
    bad = _first_undecodable(file, enc)
    if bad is not None:
        offset, byte = bad
        row, column = _locate(file, enc, offset)
        guess = _guess_encoding(file, offset)
        shown = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(enc, enc)
        if encoding:
            fix = f"check the encoding; the file looks like {_words(guess)}" if guess else "check the encoding"
            fix += f" (pass --encoding {guess})" if guess and guess != enc else ""
        elif enc == "utf-8-sig" and head.startswith(codecs.BOM_UTF8):
            fix = ("the file starts with a UTF-8 byte-order mark but mixes in another encoding"
                   + (f" (it looks like {_words(guess)})" if guess else "")
                   + "; open it in the program that made it and re-save it as CSV UTF-8")
        elif enc == "utf-8-sig":
            fix = (f"it looks like {_words(guess)}; re-save it as CSV UTF-8, or pass --encoding {guess}"
                   if guess else "re-save it as CSV UTF-8, or pass --encoding with the file's encoding")
        else:
            fix = "the file is damaged or not text; re-save it as CSV UTF-8"
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
        cells = 0
        for values in rows:
            header_row += 1
            texts = [_xlsx_text(v) for v in values]
            if any(t.strip() for t in texts):
                cells += sum(v is not None for v in values)
                while texts and not texts[-1].strip():
                    texts.pop()
                header = [strip_invisible(t)[0].strip() for t in texts]
                break
        if header is None:
            _reject(file, f"the first sheet ({ws.title!r}) is empty: there is no header row",
                    "put the table on the first sheet, column names in the first row")
    except BaseException:
        wb.close()
        raise
    stream = TableStream(file, header, header_row, iter(()), wb.close)
    stream._rows = _xlsx_rows(stream, rows, header_row, cells, limits)
    return stream


def _xlsx_rows(stream: TableStream, rows, row: int, cells: int, limits: Limits):
    width = len(stream.columns)
    for values in rows:
        row += 1
        texts = [_xlsx_text(v) for v in values[:width]]
        if len(texts) < width:
            texts.extend([""] * (width - len(texts)))
        cells += sum(v is not None for v in values)
        if cells > limits.max_cells:
            stream.problems.append(Problem(
                stream.file, row, None,
                f"the sheet has more than {limits.max_cells:,} filled cells; reading stopped here",
                "split the workbook, or save the sheet as .csv (CSV files have no such limit)"))
            return
        if not "".join(texts).strip():
            continue
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
