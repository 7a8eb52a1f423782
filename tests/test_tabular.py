"""coi.ingest.tabular: CSV and XLSX files → header and rows of strings, or every problem of their shape."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from coi.ingest.tabular import Limits, open_table, read_table
from coi.model import InputRejected, Problem
from tests.factories import only, problem_at, write_csv

# ------------------------------------------------------------------ helpers


def write_xlsx(tmp_path: Path, rows: list[list], name: str = "t.xlsx") -> Path:
    path = tmp_path / name
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def rejected(path: Path, **kw) -> list[Problem]:
    """The problems read_table reports for ``path`` (it must reject it)."""
    with pytest.raises(InputRejected) as exc:
        read_table(path, **kw)
    assert exc.value.problems, "InputRejected without problems"
    return exc.value.problems


# ------------------------------------------------------------------ CSV


def test_csv_header_and_rows_are_numbered_as_a_spreadsheet(tmp_path):
    t = read_table(write_csv(tmp_path, "Member_ID , Name\nM1,Ana Diaz\nM2,Luis Diaz\n"))
    assert t.columns == ("Member_ID", "Name")
    assert t.rows == [(2, {"member_id": "M1", "name": "Ana Diaz"}), (3, {"member_id": "M2", "name": "Luis Diaz"})]


def test_utf8_bom_is_not_part_of_the_first_column(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfmember_id,name\r\nM1,Ana\r\n")
    t = read_table(path)
    assert t.columns[0] == "member_id"
    assert t.rows == [(2, {"member_id": "M1", "name": "Ana"})]


def test_utf16_with_bom_is_read(tmp_path):
    path = write_csv(tmp_path, "member_id,name\r\nM1,José Núñez\r\n", encoding="utf-16")
    assert read_table(path).rows == [(2, {"member_id": "M1", "name": "José Núñez"})]


def test_utf16_without_bom_is_rejected_with_encoding_hint(tmp_path):
    path = write_csv(tmp_path, "member_id,name\r\nM1,Ana\r\n", encoding="utf-16-le")
    p = only(rejected(path))
    assert "UTF-16 without a byte-order mark" in p.problem
    assert "--encoding utf-16-le" in p.fix


def test_cp1252_file_is_rejected_naming_row_column_and_encoding(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM1,Ana Diaz\nM2,José Ruiz\n", encoding="cp1252")
    p = only(rejected(path))
    assert (p.row, p.column) == (3, "name")
    assert "not valid UTF-8" in p.problem and "0xE9" in p.problem
    assert "cp1252" in p.fix


def test_cp1252_file_is_read_with_its_encoding(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM2,José Ruiz\n", encoding="cp1252")
    assert read_table(path, encoding="cp1252").rows == [(2, {"member_id": "M2", "name": "José Ruiz"})]


def test_unknown_encoding_name_is_rejected(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM1,Ana\n")
    p = only(rejected(path, encoding="klingon-8"))
    assert "not an encoding coi knows" in p.problem and "cp1252" in p.fix


def test_ragged_row_with_extra_nonempty_cells_is_a_problem_naming_the_row(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM1,Ana\nM2,Diaz, Luis\nM3,Rosa\n")
    p = only(rejected(path))
    assert (p.row, p.column) == (3, None)
    assert "3 cells but the header names 2 columns" in p.problem
    assert "double quotes" in p.fix


def test_extra_empty_cells_at_the_end_of_a_row_are_ignored(tmp_path):
    t = read_table(write_csv(tmp_path, "member_id,name\nM1,Ana,,\n"))
    assert t.rows == [(2, {"member_id": "M1", "name": "Ana"})]


def test_short_rows_are_padded_with_empty_cells(tmp_path):
    t = read_table(write_csv(tmp_path, "member_id,name,seat\nM1,Ana\nM2\n"))
    assert t.rows == [(2, {"member_id": "M1", "name": "Ana", "seat": None}),
                      (3, {"member_id": "M2", "name": None, "seat": None})]


def test_repeated_header_column_is_a_problem(tmp_path):
    path = write_csv(tmp_path, "member_id,Name,name \nM1,Ana,Ana\n")
    p = only(rejected(path))
    assert (p.row, p.column) == (1, "name")
    assert "twice" in p.problem and "'Name'" in p.problem
    assert "different name" in p.fix


def test_column_without_header_is_an_ignored_extra(tmp_path):
    t = read_table(write_csv(tmp_path, "member_id,,name\nM1,x,Ana\n"))
    assert t.rows == [(2, {"member_id": "M1", "name": "Ana"})]


def test_quoted_multiline_cell_is_one_row_and_rows_count_records(tmp_path):
    path = write_csv(tmp_path, 'member_id,notes\nM1,"line one\nline two\nline three"\nM2,short\nM3,x,y\n')
    t = open_table(path)
    with t:
        rows = list(t)
    assert [n for n, _ in rows] == [2, 3]
    assert rows[0][1] == ["M1", "line one\nline two\nline three"]
    # the ragged record after them is spreadsheet row 4, not file line 6
    assert problem_at(t.problems, 4).problem.startswith("the row has 3 cells")


def test_blank_rows_are_skipped_but_counted(tmp_path):
    t = read_table(write_csv(tmp_path, "member_id,name\n\nM1,Ana\n,\n  ,  \nM2,Luis\n"))
    assert [n for n, _ in t.rows] == [3, 6]


def test_blank_lines_before_the_header_are_skipped(tmp_path):
    t = read_table(write_csv(tmp_path, "\n\nmember_id,name\nM1,Ana\n"))
    assert t.columns == ("member_id", "name")
    assert t.rows == [(4, {"member_id": "M1", "name": "Ana"})]


def test_cells_stay_strings_na_and_nan_are_text(tmp_path):
    t = read_table(write_csv(tmp_path, "id,name\n007,NA\n1e3,nan\n"))
    assert [r for _, r in t.rows] == [{"id": "007", "name": "NA"}, {"id": "1e3", "name": "nan"}]


def test_empty_file_is_rejected(tmp_path):
    p = only(rejected(write_csv(tmp_path, "")))
    assert p.row is None and "empty" in p.problem and "no header row" in p.problem


def test_file_of_blank_lines_is_rejected_as_empty(tmp_path):
    p = only(rejected(write_csv(tmp_path, "\n \n,,\n")))
    assert "no header row" in p.problem


def test_broken_quote_is_a_problem_naming_the_row(tmp_path):
    path = write_csv(tmp_path, 'member_id,name\nM1,Ana\nM2,"O"Brien\n')
    p = only(rejected(path))
    assert p.row == 3 and "cannot be read as CSV" in p.problem and "O\"\"Brien" in p.fix


# ------------------------------------------------------------------ file checks


def test_missing_file_is_rejected(tmp_path):
    p = only(rejected(tmp_path / "nowhere.csv"))
    assert p.file.endswith("nowhere.csv") and "does not exist" in p.problem


def test_folder_is_rejected(tmp_path):
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    assert "folder" in only(rejected(folder)).problem


def test_unknown_extension_is_rejected(tmp_path):
    path = tmp_path / "members.txt"
    path.write_text("member_id,name\nM1,Ana\n")
    p = only(rejected(path))
    assert "not .txt" in p.problem and ".csv" in p.fix


def test_file_without_extension_is_rejected(tmp_path):
    path = tmp_path / "members"
    path.write_text("member_id,name\nM1,Ana\n")
    assert "without an extension" in only(rejected(path)).problem


@pytest.mark.parametrize("ext", [".xls", ".XLS", ".ods", ".xlsm"])
def test_other_spreadsheet_formats_are_rejected_with_save_as_xlsx(tmp_path, ext):
    path = tmp_path / f"members{ext}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    p = only(rejected(path))
    assert f"cannot read {ext.lower()}" in p.problem and "save it as .xlsx" in p.fix


def test_ole_file_named_xlsx_is_rejected_with_save_as_xlsx(tmp_path):
    path = tmp_path / "members.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    p = only(rejected(path))
    assert "old-style .xls" in p.problem and "save it as .xlsx" in p.fix


def test_file_too_big_is_rejected(tmp_path):
    path = write_csv(tmp_path, "member_id,name\n" + "M1,Ana\n" * 100)
    p = only(rejected(path, limits=Limits(max_file_bytes=100)))
    assert "split the file" in p.fix


# ------------------------------------------------------------------ XLSX


def test_xlsx_values_become_the_text_a_person_sees(tmp_path):
    path = write_xlsx(tmp_path, [
        ["member_id", "name", "date_of_birth", "score", "flag"],
        [7, "Ana Diaz", dt.datetime(1970, 11, 3), 2.5, True],
        [8.0, "NA", dt.date(1981, 1, 2), None, False],
    ])
    t = read_table(path)
    assert t.columns == ("member_id", "name", "date_of_birth", "score", "flag")
    assert t.rows == [
        (2, {"member_id": "7", "name": "Ana Diaz", "date_of_birth": "1970-11-03", "score": "2.5", "flag": "true"}),
        (3, {"member_id": "8", "name": "NA", "date_of_birth": "1981-01-02", "score": None, "flag": "false"}),
    ]


def test_xlsx_blank_rows_skipped_and_short_rows_padded(tmp_path):
    path = write_xlsx(tmp_path, [[None], ["member_id", "name", "seat"], ["M1", "Ana"], [None, None], ["M2", "Luis", "A"]])
    t = read_table(path)
    assert t.rows == [(3, {"member_id": "M1", "name": "Ana", "seat": None}),
                      (5, {"member_id": "M2", "name": "Luis", "seat": "A"})]


def test_xlsx_excel_error_cell_is_a_problem(tmp_path):
    path = write_xlsx(tmp_path, [["member_id", "name"], ["M1", "Ana"], ["M2", "#REF!"]])
    p = only(rejected(path))
    assert (p.row, p.column) == (3, "name")
    assert "Excel error #REF!" in p.problem and "apostrophe" in p.fix


def test_xlsx_repeated_header_column_is_a_problem(tmp_path):
    path = write_xlsx(tmp_path, [["member_id", "name", "NAME"], ["M1", "Ana", "Ana"]])
    p = only(rejected(path))
    assert (p.row, p.column) == (1, "NAME") and "twice" in p.problem


def test_xlsx_empty_first_sheet_is_rejected(tmp_path):
    p = only(rejected(write_xlsx(tmp_path, [])))
    assert "is empty" in p.problem and "first sheet" in p.fix


def test_xlsx_cell_limit_stops_reading_with_a_problem(tmp_path):
    path = write_xlsx(tmp_path, [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
    p = only(rejected(path, limits=Limits(max_cells=5)))
    assert p.row == 3 and "more than 5 filled cells" in p.problem


def test_zip_that_is_not_a_workbook_is_rejected(tmp_path):
    path = tmp_path / "members.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("members.csv", "member_id,name\nM1,Ana\n")
    p = only(rejected(path))
    assert "zip archive but not an Excel workbook" in p.problem and ".xlsx" in p.fix


def test_file_that_is_not_a_zip_named_xlsx_is_rejected(tmp_path):
    path = tmp_path / "members.xlsx"
    path.write_text("member_id,name\nM1,Ana\n")
    p = only(rejected(path))
    assert "not a valid .xlsx workbook" in p.problem and "save it as .xlsx" in p.fix


def test_damaged_workbook_is_rejected(tmp_path):
    path = tmp_path / "members.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<not really")
    p = only(rejected(path))
    assert "cannot be read" in p.problem and "save it again" in p.fix


def _bomb(tmp_path: Path, size: int = 2 * 1024 * 1024) -> Path:
    """A real workbook with one extra, highly compressible part of ``size`` bytes."""
    good = write_xlsx(tmp_path, [["member_id", "name"], ["M1", "Ana"]], name="good.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    shutil.copy(good, bomb)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/padding.bin", b"\0" * size)
    return bomb


def test_zip_bomb_is_rejected_by_compression_ratio(tmp_path):
    p = only(rejected(_bomb(tmp_path)))
    assert "xl/media/padding.bin" in p.problem and "zip bomb" in p.problem


def test_zip_bomb_is_rejected_by_unpacked_size(tmp_path):
    p = only(rejected(_bomb(tmp_path), limits=Limits(max_unzipped_bytes=1024 * 1024)))
    assert "would unpack to" in p.problem and "limit" in p.problem


def test_small_compressible_parts_are_exempt_from_the_ratio_check(tmp_path):
    # a genuine workbook's small parts compress well; they must not be taken for bombs
    assert read_table(_bomb(tmp_path, size=64 * 1024)).rows == [(2, {"member_id": "M1", "name": "Ana"})]


def test_ratio_limit_applies_with_small_limits(tmp_path):
    path = write_xlsx(tmp_path, [["member_id", "name"]] + [["M1", "Ana Diaz " * 50]] * 200)
    p = only(rejected(path, limits=Limits(ratio_exempt_bytes=1, max_compression_ratio=1.5)))
    assert "zip bomb" in p.problem


# ------------------------------------------------------------------ byte-order mark vs --encoding


def test_a_byte_order_mark_decides_over_the_fallback_encoding(tmp_path):
    # read as cp1252, a UTF-8 BOM would become 'ï»¿' in the first column and 'é' would become 'Ã©';
    # the encoding given is the fallback for files that are not UTF-8, which this one is (issue 12, item 9)
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "member_id,name\nM1,José\n".encode("utf-8"))
    t = read_table(path, encoding="cp1252")
    assert t.columns[0] == "member_id" and t.rows[0][1]["name"] == "José"


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "utf-8-sig"])
def test_encoding_that_agrees_with_the_byte_order_mark_is_accepted(tmp_path, encoding):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "member_id,name\nM1,José\n".encode("utf-8"))
    t = read_table(path, encoding=encoding)
    assert t.columns[0] == "member_id" and t.rows[0][1]["name"] == "José"


def test_utf16_le_given_for_a_utf16_le_file_with_bom_is_accepted(tmp_path):
    path = write_csv(tmp_path, "\ufeffmember_id,name\r\nM1,Ana\r\n", encoding="utf-16-le")
    assert read_table(path, encoding="utf-16-le").rows == [(2, {"member_id": "M1", "name": "Ana"})]


def test_bom_file_with_cp1252_bytes_is_not_told_to_pass_encoding(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "member_id,name\nM1,José\n".encode("cp1252"))
    p = only(rejected(path))
    assert (p.row, p.column) == (2, "name")
    assert "--encoding" not in p.fix and "re-save it as CSV UTF-8" in p.fix


# ------------------------------------------------------------------ the encoding, decided per file (issue 12, item 9)


def test_a_utf8_file_is_read_as_utf8_whatever_fallback_is_given(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM1,Ana Gómez\n")
    for fallback in ("cp1252", "latin-1", "mac_roman", "utf-16-le"):
        assert read_table(path, encoding=fallback).rows == [(2, {"member_id": "M1", "name": "Ana Gómez"})], fallback


def test_the_fallback_applies_to_a_file_that_is_not_utf8(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM1,Ana Gómez\n", encoding="cp1252")
    assert read_table(path, encoding="cp1252").rows == [(2, {"member_id": "M1", "name": "Ana Gómez"})]


def test_an_encoding_given_for_one_file_is_that_files_alone(tmp_path):
    from coi.ingest.tabular import Encodings

    other = write_csv(tmp_path, "member_id,name\nM1,Zoë\n", name="other.csv", encoding="mac_roman")
    mine = write_csv(tmp_path, "member_id,name\nM1,Zoë\n", name="mine.csv", encoding="cp1252")
    choice = Encodings(fallback="mac_roman", per_file=((str(mine), "cp1252"),))
    assert read_table(mine, encoding=choice).rows[0][1]["name"] == "Zoë"
    assert read_table(other, encoding=choice).rows[0][1]["name"] == "Zoë"


def test_a_utf16_fallback_for_a_file_without_zero_bytes_is_refused(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM1,Ana Gómez\n", encoding="cp1252")
    p = only(rejected(path, encoding="utf-16-le"))
    assert "not utf-16-le" in p.problem and "zero bytes" in p.problem


def test_a_single_byte_fallback_for_a_utf16_file_is_refused(tmp_path):
    path = write_csv(tmp_path, "member_id,name\r\nM1,Ana\r\n", encoding="utf-16-le")
    p = only(rejected(path, encoding="cp1252"))
    assert "UTF-16 without a byte-order mark" in p.problem and "--encoding utf-16-le" in p.fix


def test_the_fix_names_the_callers_way_of_choosing_an_encoding(tmp_path):
    from coi.ingest.tabular import CHOOSABLE_ENCODINGS, Encodings

    path = write_csv(tmp_path, "member_id,name\nM1,Ana Gómez\n", encoding="cp1252")
    dashboard = Encodings(ask="choose “{label}” in the box", offered=tuple(CHOOSABLE_ENCODINGS))
    p = only(rejected(path, encoding=dashboard))
    assert "choose “Windows-1252 (Excel on Windows; Western European)” in the box" in p.fix
    assert "--encoding" not in p.fix


@pytest.mark.parametrize("garbled, meant", [("Ana GÃ³mez", "Ana Gómez"), ("Oâ€™Brien", "O’Brien"),
                                            ("JosÃ© NÃºÃ±ez", "José Núñez")])
def test_garbled_text_is_refused_naming_row_column_and_what_it_said(tmp_path, garbled, meant):
    path = write_csv(tmp_path, f"member_id,name\nM1,Ana Diaz\nM2,{garbled}\n")
    p = only(rejected(path))
    assert (p.row, p.column) == (3, "name")
    assert f"{garbled!r} is garbled text" in p.problem and f"correct the cell to {meant!r}" in p.fix


@pytest.mark.parametrize("name", ["José Núñez", "Zoë Françoise", "SÃO PAULO", "JOÃO", "Müller-Straße", "Łódź",
                                  "Œuvre", "Čapek", "İstanbul", "Ñandú"])
def test_real_accented_names_are_not_taken_for_garbled_text(tmp_path, name):
    assert read_table(write_csv(tmp_path, f"member_id,name\nM1,{name}\n")).rows[0][1]["name"] == name


def test_garbled_text_in_a_workbook_is_refused(tmp_path):
    path = write_xlsx(tmp_path, [["member_id", "name"], ["M1", "Ana GÃ³mez"]])
    p = only(rejected(path))
    assert (p.row, p.column) == (2, "name") and "garbled" in p.problem


# ------------------------------------------------------------------ hostile files are bounded (issue 12, item 12)


def test_a_header_wider_than_the_column_limit_is_refused_before_any_row(tmp_path):
    header = ",".join(["member_id", "name"] + [f"c{i}" for i in range(1_000)])
    path = write_csv(tmp_path, header + "\nM1,Ana\n")
    p = only(rejected(path))
    assert p.row == 1 and "the header row has 1,002 columns" in p.problem and "up to 1,000 columns" in p.problem


def test_a_workbook_header_wider_than_the_column_limit_is_refused(tmp_path):
    path = write_xlsx(tmp_path, [[f"c{i}" for i in range(12)], ["x"] * 12])
    p = only(rejected(path, limits=Limits(max_columns=10)))
    assert p.row == 1 and "12 columns" in p.problem


def test_a_cell_longer_than_a_spreadsheet_cell_is_refused_naming_row_and_column(tmp_path):
    path = write_csv(tmp_path, "member_id,name\nM1,Ana\nM2," + "x" * 40_000 + "\n")
    p = only(rejected(path))
    assert (p.row, p.column) == (3, "name") and "40,000 characters" in p.problem and "32,767" in p.problem


def _workbook_with_shared_strings(tmp_path: Path, extra: int) -> Path:
    """A workbook whose cells use the shared strings table, with ``extra`` unused strings in it."""
    from tests.test_hostile_files import shared_strings_workbook

    return shared_strings_workbook(tmp_path / "shared.xlsx", extra)


def test_a_workbook_with_shared_strings_is_read(tmp_path):
    t = read_table(_workbook_with_shared_strings(tmp_path, 10))
    assert t.rows == [(2, {"case_id": "C-1", "party_name": "Ana Diaz"})]


def test_shared_strings_too_big_in_the_zip_directory_are_refused(tmp_path):
    p = only(rejected(_workbook_with_shared_strings(tmp_path, 10_000), limits=Limits(max_shared_strings_bytes=10_000)))
    assert "shared strings would unpack to" in p.problem and "save the sheet as .csv" in p.fix


def test_too_many_shared_strings_are_refused_while_streaming_them(tmp_path):
    p = only(rejected(_workbook_with_shared_strings(tmp_path, 5_000), limits=Limits(max_shared_strings=1_000)))
    assert "more than 1,000 shared strings" in p.problem


def test_a_worksheet_too_big_in_the_zip_directory_is_refused(tmp_path):
    path = write_xlsx(tmp_path, [["member_id", "name"]] + [["M1", "Ana Diaz"]] * 500)
    p = only(rejected(path, limits=Limits(max_sheet_bytes=1_000)))
    assert "the worksheet xl/worksheets/sheet1.xml would unpack to" in p.problem


def test_reading_stops_at_the_limit_of_cells_empty_or_not(tmp_path):
    path = write_xlsx(tmp_path, [["member_id", "name"], ["M1", "Ana"]] + [[None] * 30 + ["x"]] * 10)
    p = only(rejected(path, limits=Limits(max_scanned_cells=100)))
    assert "more than 100 cells, empty or not" in p.problem
