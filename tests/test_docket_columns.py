"""Issue 13 item 6 (a million rows in 30 s): a docket read by columns (Arrow's CSV reader, each
distinct cell read once) gives exactly the parties, warnings and problems of the row-by-row
reading — and a file it cannot read exactly as the rows would goes the row way."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import pytest

from coi.ingest import columnar
from coi.ingest import records as ingest
from coi.model import InputRejected

ALL_COLUMNS = ["case_id", "party_name", "party_role", "party_kind", "affiliations", "date_of_birth",
               "confidential", "case_type", "stage", "meeting_date", "notes"]


def _outcome(path, **kwargs):
    try:
        loaded = ingest.load_docket(path, **kwargs)
    except InputRejected as exc:
        return "rejected", list(exc.problems)
    return list(loaded.records), list(loaded.warnings)


def _both(path, monkeypatch, **kwargs):
    """(the outcome by columns, whether the columns took the file, the outcome row by row)."""
    taken = []
    real = columnar.read_docket_columns

    def spy(*args):
        parties = real(*args)
        taken.append(parties is not None)
        return parties

    monkeypatch.setattr(columnar, "read_docket_columns", spy)
    by_columns = _outcome(path, **kwargs)
    monkeypatch.setattr(ingest, "_BY_COLUMNS", False)
    by_rows = _outcome(path, **kwargs)
    monkeypatch.setattr(ingest, "_BY_COLUMNS", True)
    return by_columns, bool(taken and taken[0]), by_rows


def _write(tmp_path, lines, *, newline="\n", bom=False, end=True, name="docket.csv", encoding="utf-8"):
    path = tmp_path / name
    text = newline.join(lines) + (newline if end else "")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def test_a_clean_docket_is_read_by_columns_with_the_rows_own_parties_and_warnings(tmp_path, monkeypatch):
    """Quoted cells, invisible characters, a repeated party (its case's rows together and
    apart), a blank row, an extra column and columns left out: the columns take the file,
    and every party, value, row number and warning is the row reading's, in its order."""
    path = _write(tmp_path, [
        "case_id,party_name,party_role,notes,date_of_birth,affiliations",
        'C-1,"Diaz, Ana",respondent,x,1980-02-03,"Elmhurst Police Department; elmhurst police department"',
        "C-1,Jo\u200bhn Hale,witness,,,",                 # row 3: an invisible character, warned of
        "C-1,DIAZ  ANA,respondent,,1980-02-03,",          # row 4: "DIAZ ANA" is not "Diaz, Ana"
        '"C-1","diaz, ana",Respondent,"say ""hi""",,',    # row 5: repeats row 2
        ",,,,,",                                          # row 6: blank, skipped
        "C-2,José Núñez,complainant,,1975-12-31,",
        "C-1,Jo\u200bhn Hale,witness,,,",                 # row 8: warned again, and repeats row 3
        "C-2,Metro Fraternal Order of Police Labor Council,,,,",
    ])
    by_columns, taken, by_rows = _both(path, monkeypatch)
    assert taken
    assert by_columns == by_rows
    parties, warnings = by_columns
    assert [(p.case_id, p.name, p.row) for p in parties] == [
        ("C-1", "Diaz, Ana", 2), ("C-1", "John Hale", 3), ("C-1", "DIAZ ANA", 4), ("C-2", "José Núñez", 7),
        ("C-2", "Metro Fraternal Order of Police Labor Council", 9)]
    assert parties[0].affiliations == ("Elmhurst Police Department",)
    assert parties[0].date_of_birth == dt.date(1980, 2, 3)
    assert [(w.row, w.column) for w in warnings] == [(3, "party_name"), (5, None), (8, "party_name"), (8, None)]
    assert "on row 2" in warnings[1].message and "on row 3" in warnings[3].message


@pytest.mark.parametrize("lines, why", [
    (["case_id,party_name", 'C-1,"Ana\nDiaz"'], "a line break inside a quoted cell"),
    (['case_id,party_name,"Notes (e.g.\nfiling date, clerk, room)"', "C-1,Ann Lee,", "C-1,Bob Roe,", "C-1,Ann Lee,"],
     "a line break inside a quoted column name"),
    (['case_id,party_name,"x', 'C1,Ann,y"', "C2,Bob,z"], "a header whose quote runs into the next line"),
    (["case_id,party_name", 'C-1,"Ana"Diaz'], "a quote Python's reader refuses"),
    (["case_id,party_name", "C-1,Ana Diaz,extra"], "a row wider than the header"),
    (["", "case_id,party_name", "C-1,Ana Diaz"], "the header below a blank line"),
    (["case_id,party_name", "C-1,Ana G\u00c3\u00b3mez"], "a garbled cell"),
    (["case_id,party_name", "C-1,"], "an empty name"),
    (["case_id,party_name,date_of_birth", "C-1,Ana Diaz,1980-13-01"], "an impossible date"),
])
def test_a_file_the_columns_cannot_read_alike_is_read_row_by_row(tmp_path, monkeypatch, lines, why):
    path = _write(tmp_path, lines)
    by_columns, taken, by_rows = _both(path, monkeypatch)
    assert not taken, why
    assert by_columns == by_rows


def test_other_encodings_and_lone_carriage_returns_are_read_row_by_row(tmp_path, monkeypatch):
    for path in (_write(tmp_path, ["case_id,party_name", "C-1,Zoë Ávila"], encoding="cp1252", name="a.csv"),
                 _write(tmp_path, ["case_id,party_name", "C-1,Ana Diaz", "C-2,Bo Li"], newline="\r", name="b.csv")):
        by_columns, taken, by_rows = _both(path, monkeypatch, encoding="cp1252")
        assert not taken
        assert by_columns == by_rows


def test_a_byte_order_mark_and_windows_line_ends_are_read_by_columns(tmp_path, monkeypatch):
    path = _write(tmp_path, ["case_id,party_name,party_role", "C-1,Ana Diaz,respondent", "", "C-2,Bo Li,"],
                  newline="\r\n", bom=True, end=False)
    by_columns, taken, by_rows = _both(path, monkeypatch)
    assert taken
    assert by_columns == by_rows
    assert [(p.name, p.row) for p in by_columns[0]] == [("Ana Diaz", 2), ("Bo Li", 4)]


@pytest.mark.parametrize("text", [
    "case_id,party_name\n",                                  # a header alone
    "case_id,party_name",                                    # a header alone, no line end
    "case_id,party_name\n,\n , \n",                          # blank rows alone
    "case_id,party_name,party_kind\n,,\nC-1,Ana,organization\n",  # no role column, a blank row
])
def test_files_without_parties_read_alike(tmp_path, monkeypatch, text):
    path = tmp_path / "docket.csv"
    path.write_text(text, encoding="utf-8")
    by_columns, _, by_rows = _both(path, monkeypatch)
    assert by_columns == by_rows


_NAMES = ["Ana Diaz", "ANA DIAZ", "ana  diaz", "Diaz, Ana", "Jo\u200bhn Hale", "José Núñez", "Thành Hồ",
          "O'Neil", 'Bob "Bo" Li', "Li", "Elmhurst Police Department", "Metro Council of Police", " Ann Lee ",
          "Zoë\u00adÁvila", "", "   ", "x" * 201, "Ana G\u00c3\u00b3mez"]
_CELLS = {
    "case_id": ["C-1", "C-2", "c-3", "C 4", "C-1", "", "C-2"],
    "party_role": ["respondent", "Complainant", "witness", "", "agency", "judge", "officer"],
    "party_kind": ["person", "organization", "", "Organisation", "thing"],
    "affiliations": ["", "Elmhurst PD", "A; B; a", "Metro Council of Police;", ";;"],
    "date_of_birth": ["", "1980-02-03", "1980-02-30", "2999-01-01", "03/02/1980", "1975-12-31"],
    "confidential": ["", "true", "false", "yes", "maybe", "N"],
    "case_type": ["", "complaint", "x" * 201],
    "stage": ["", "intake"],
    "meeting_date": ["", "2026-12-01", "soon"],
    "notes": ["", "a, b", 'say "hi"', "\u200b"],
}


def _cell(rng: random.Random, column: str) -> str:
    value = rng.choice(_NAMES) if column == "party_name" else rng.choice(_CELLS[column])
    if "," in value or '"' in value or rng.random() < 0.05:
        value = '"' + value.replace('"', '""') + '"'
    return value


def _docket(rng: random.Random, clean: bool) -> list[str]:
    """A small random docket: some columns in some order, cells drawn from the lists above
    (``clean``: only cells that raise no problem), blank rows, repeated parties."""
    columns = ["case_id", "party_name"] + rng.sample(ALL_COLUMNS[2:], rng.randint(0, len(ALL_COLUMNS) - 2))
    rng.shuffle(columns)
    lines = [",".join(columns)]
    for _ in range(rng.randint(1, 25)):
        roll = rng.random()
        if roll < 0.04:
            lines.append("")
        elif roll < 0.08:
            lines.append("," * (len(columns) - 1))
        elif roll < 0.2 and len(lines) > 1:
            lines.append(rng.choice(lines[1:]))  # a row again: a repeated party, or its warnings again
        else:
            row = []
            for column in columns:
                value = _cell(rng, column)
                while clean and not _harmless(column, value):
                    value = _cell(rng, column)
                row.append(value)
            lines.append(",".join(row))
    return lines


def _harmless(column: str, value: str) -> bool:
    raw = value.strip('"')
    if column == "party_name":
        return raw.strip() != "" and len(raw) <= 200 and "Ã" not in raw
    if column == "case_id":
        return raw in ("C-1", "C-2", "c-3")
    return raw not in ("judge", "officer", "thing", "Organisation", "1980-02-30", "2999-01-01", "03/02/1980",
                       "maybe", "x" * 201, "soon")


@pytest.mark.parametrize("invalid_dates", [ingest.InvalidDates.REJECT, ingest.InvalidDates.IGNORE])
def test_random_dockets_read_alike_by_columns_and_by_rows(tmp_path, monkeypatch, invalid_dates):
    """Hundreds of random small dockets, clean and not: the two readings give the same
    parties, warnings and problems, and the columns take most of the clean ones."""
    rng = random.Random(13)
    taken_clean = clean_files = 0
    for i in range(300):
        clean = i % 2 == 0
        path = _write(tmp_path, _docket(rng, clean), newline=rng.choice(["\n", "\r\n"]), bom=rng.random() < 0.2,
                      end=rng.random() < 0.8, name=f"d{i}.csv")
        by_columns, taken, by_rows = _both(path, monkeypatch, invalid_dates=invalid_dates)
        assert by_columns == by_rows, path.read_text(encoding="utf-8-sig")
        if clean:
            clean_files += 1
            taken_clean += taken
    assert taken_clean >= clean_files * 0.8


def test_reading_by_columns_does_not_import_pandas(tmp_path):
    """``Array.to_numpy`` and ``Table.take`` import pandas (half a second a run, for nothing)."""
    path = _write(tmp_path, ["case_id,party_name", 'C-1,"Diaz, Ana"', "C-2,Bo Li"])
    code = ("import sys; from coi.ingest import records as r; d = r.load_docket(sys.argv[1]); "
            "assert len(d.records) == 2; print(sorted(m for m in sys.modules if m.split('.')[0] == 'pandas'))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_docket_quoted_on_every_line_is_read_by_columns_alike(tmp_path, monkeypatch):
    """Excel quotes every cell holding a comma ("Lee, Ann"): when many lines hold a quote, the
    check that Python reads them alike compares whole columns, not a row at a time."""
    lines = ["case_id,party_name,affiliations"]
    lines += [f'C-{i // 3},"Lee{i % 7}, Ann","Elmhurst Police Department; ""The"" Union"' for i in range(600)]
    lines.append('C-999,"Lee, Ann"x,')  # one line Python's reader refuses
    path = _write(tmp_path, lines)
    by_columns, taken, by_rows = _both(path, monkeypatch)
    assert not taken
    assert by_columns == by_rows
    path = _write(tmp_path, lines[:-1], name="clean.csv")
    by_columns, taken, by_rows = _both(path, monkeypatch)
    assert taken
    assert by_columns == by_rows
    assert len(by_columns[0]) == 600  # three names a case, none repeated in it


_EDGE_CELLS = ["Ana Diaz", "ana  diaz", " Ann Lee", "Ann Lee ", "Ann\tLee", "Ann\nLee", "Jo\u200bhn Hale", "José Núñez",
               "Zoë\u00adÁvila", "", " ", "x" * 100, "x" * 101, "x" * 200, "x" * 201, "C-1", "C 4", "c-3", "-C1",
               "C1-", "C1.", "C/1", "C<1>", "C_1:2", "O'Neil", 'Bob "Bo" Li', "Ana G\u00c3\u00b3mez", "~", "\x7f"]


def test_a_cell_read_as_it_is_is_one_its_reader_returns_as_it_is():
    """The reading by columns takes a cell its column's plain test passes as it is, without
    its reader (most names and case ids: printable ASCII, spaced once, short enough): the
    test passes only cells the reader returns unchanged, with no warning and no problem."""
    passed = 0
    rows = ingest._Rows("d.csv", {}, ingest.InvalidDates.REJECT)
    readers = ingest._docket_readers(rows, dt.date(2026, 12, 4))
    for k, (reader, plain) in enumerate(zip(readers, ingest._plain_readers(), strict=True)):
        if plain is None:
            continue
        for cell in _EDGE_CELLS:
            if plain(cell):
                passed += 1
                assert reader(2, cell) is cell, (ingest._DOCKET_KEYS[k], cell)
                assert not rows.warnings and not rows.problems, (ingest._DOCKET_KEYS[k], cell)
    assert passed >= 12  # the test takes the plain cells, not none
