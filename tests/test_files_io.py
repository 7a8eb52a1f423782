"""Files are read as they are and written where asked (issue 12, items 9–11 and 13): the encoding
is decided per file and garbled text refused; a command that only reads the database never
creates an empty one; every --out failure is a plain message (exit 1), and --out - is standard
output; a batch docket's bad dates of birth may be left out, each one listed."""

from __future__ import annotations

import csv
import io
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from coi.cli import main
from tests.factories import demo_database

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "coi_demo" / "files"
ROSTER = "member_id,name,appointed_by\nM01,Ana Gómez,Governor\n"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def stored_names(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT name FROM members ORDER BY member_id")]


# ------------------------------------------------------------------ item 9: the encoding, per file


def test_a_utf8_file_imported_with_encoding_cp1252_keeps_its_accents(tmp_path):
    roster = tmp_path / "members.csv"
    roster.write_bytes(ROSTER.encode("utf-8"))
    db = tmp_path / "coi.sqlite3"
    done = run("import", "--db", str(db), "--encoding", "cp1252", str(roster))
    assert done.exit_code == 0, done.output
    assert stored_names(db) == ["Ana Gómez"]  # not "Ana GÃ³mez"


def test_one_encoding_option_reads_a_utf8_and_a_cp1252_file_each_as_it_is(tmp_path):
    roster = tmp_path / "members.csv"
    roster.write_bytes(ROSTER.encode("utf-8"))
    ties = tmp_path / "disclosures.csv"
    ties.write_bytes("member_id,relation,name\nM01,spouse,José Núñez\n".encode("cp1252"))
    db = tmp_path / "coi.sqlite3"
    done = run("import", "--db", str(db), "--encoding", "cp1252", str(roster), str(ties))
    assert done.exit_code == 0, done.output
    with sqlite3.connect(db) as con:
        assert [r[0] for r in con.execute("SELECT name FROM disclosures")] == ["José Núñez"]
    assert stored_names(db) == ["Ana Gómez"]


def test_encoding_given_for_one_file_applies_to_that_file(tmp_path):
    ties = tmp_path / "disclosures.csv"
    ties.write_bytes("member_id,relation,name\nM01,spouse,José Núñez\n".encode("cp1252"))
    roster = tmp_path / "members.csv"
    roster.write_bytes(ROSTER.encode("utf-8"))
    db = tmp_path / "coi.sqlite3"
    done = run("import", "--db", str(db), "--encoding", f"{ties}=cp1252", str(roster), str(ties))
    assert done.exit_code == 0, done.output
    with sqlite3.connect(db) as con:
        assert [r[0] for r in con.execute("SELECT name FROM disclosures")] == ["José Núñez"]


def test_an_encoding_for_a_file_that_does_not_exist_is_a_usage_error(tmp_path):
    roster = tmp_path / "members.csv"
    roster.write_bytes(ROSTER.encode("utf-8"))
    done = run("import", "--db", str(tmp_path / "coi.sqlite3"), "--encoding", "nowhere.csv=cp1252", str(roster))
    assert done.exit_code == 2 and "no file 'nowhere.csv'" in done.output


def test_an_unknown_encoding_name_is_a_usage_error(tmp_path):
    roster = tmp_path / "members.csv"
    roster.write_bytes(ROSTER.encode("utf-8"))
    done = run("import", "--db", str(tmp_path / "coi.sqlite3"), "--encoding", "klingon-8", str(roster))
    assert done.exit_code == 2 and "'klingon-8' is not an encoding coi knows" in done.output


def test_garbled_text_in_a_file_is_refused_naming_file_row_column_and_fix(tmp_path):
    # a roster some program already garbled (UTF-8 read as Windows-1252), saved again as UTF-8
    roster = tmp_path / "members.csv"
    roster.write_bytes("member_id,name,appointed_by\nM01,Ana Diaz,Governor\nM02,Ana GÃ³mez,Governor\n".encode())
    db = tmp_path / "coi.sqlite3"
    done = run("import", "--db", str(db), str(roster))
    assert done.exit_code == 1
    assert "members.csv, row 3, column 'name'" in done.output
    assert "'Ana GÃ³mez' is garbled text" in done.output and "correct the cell to 'Ana Gómez'" in done.output
    assert not db.exists() or stored_names(db) == []


# ------------------------------------------------------------------ item 10: the database must exist to be read

READ_ONLY = {
    "report": ["report", "--meeting", "M1", "--format", "csv", "--out", "{tmp}/r.csv"],
    "audit": ["audit", "--meeting", "M1"],
    "verify": ["verify"],
    "backup": ["backup", "--out", "{tmp}/b.sqlite3"],
    "account list": ["account", "list"],
}


@pytest.mark.parametrize("command", list(READ_ONLY))
def test_a_read_only_command_refuses_a_database_that_does_not_exist(tmp_path, command):
    db = tmp_path / "elsewhere" / "coi.sqlite3"
    args = [a.format(tmp=tmp_path) for a in READ_ONLY[command]]
    args[len(command.split()):len(command.split())] = ["--db", str(db)]
    done = run(*args)
    assert done.exit_code == 1, done.output
    assert f"the database {db} does not exist (given with --db)" in done.output
    assert "Traceback" not in done.output
    assert not db.exists() and not db.parent.exists()


def test_verify_in_another_folder_names_the_default_path_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    done = run("verify", env={"COI_DB": ""})
    assert done.exit_code == 1
    assert f"the database {tmp_path / 'data' / 'coi.sqlite3'} does not exist" in done.output
    assert "data/coi.sqlite3 under the current folder" in done.output and "The chain holds" not in done.output
    assert not (tmp_path / "data").exists()


def test_help_explains_where_the_database_is():
    text = run("--help").output
    assert "COI_DB" in text and "data/coi.sqlite3 under the folder the command is run in" in text


# ------------------------------------------------------------------ item 11: --out, plain messages


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("demo"))


def _commands(db: Path) -> dict[str, list[str]]:
    """Every command that writes --out, with what it needs but --out."""
    members, ties, docket = (str(DEMO / f"{k}.csv") for k in ("members", "disclosures", "docket"))
    return {
        "screen": ["screen", "--members", members, "--disclosures", ties, "--docket", docket, "--as-of", "2026-11-22"],
        "report csv": ["report", "--db", str(db), "--meeting", "2026-12-10", "--format", "csv"],
        "report html": ["report", "--db", str(db), "--meeting", "2026-12-10", "--format", "html"],
        "report xlsx": ["report", "--db", str(db), "--meeting", "2026-12-10", "--format", "xlsx"],
        "audit": ["audit", "--db", str(db), "--meeting", "2026-08-13"],
        "backup": ["backup", "--db", str(db)],
    }


COMMANDS = ["screen", "match", "report csv", "report html", "report xlsx", "audit", "backup"]


@pytest.fixture
def names_files(tmp_path, monkeypatch):
    """coi match needs query_id/candidate_id files: made in the test's folder."""
    q = tmp_path / "q.csv"
    q.write_text("query_id,name\nq1,Ana Diaz\n", encoding="utf-8")
    c = tmp_path / "c.csv"
    c.write_text("candidate_id,name\nc1,Ana Díaz\n", encoding="utf-8")
    return q, c


def _args(command: str, db: Path, names_files) -> list[str]:
    if command == "match":
        q, c = names_files
        return ["match", "--queries", str(q), "--candidates", str(c)]
    return _commands(db)[command]


@pytest.mark.parametrize("command", COMMANDS)
def test_out_into_a_missing_folder_is_a_plain_message_exit_1(demo_db, tmp_path, names_files, command):
    target = tmp_path / "no such folder" / "out.file"
    done = run(*_args(command, demo_db, names_files), "--out", str(target))
    assert done.exit_code == 1, done.output
    assert f"cannot write {target}: the folder {target.parent} does not exist" in done.output
    assert "Traceback" not in done.output and "database cannot be written" not in done.output
    assert not target.parent.exists()


@pytest.fixture
def unwritable(tmp_path) -> Path:
    """A folder this account may not write in: a read-only folder, or (for root, whom file modes
    do not stop) /sys, where nobody may create a file."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    try:
        (Path("/sys") / "coi-probe").touch()
    except PermissionError:
        yield Path("/sys")
        return
    pytest.skip("no folder here refuses a file to this account")


@pytest.mark.parametrize("command", COMMANDS)
def test_out_into_an_unwritable_folder_is_a_plain_message_exit_1(demo_db, unwritable, names_files, command):
    target = unwritable / "out.file"
    done = run(*_args(command, demo_db, names_files), "--out", str(target))
    assert done.exit_code == 1, done.output
    assert f"cannot write {target}: this account may not write in the folder {unwritable}" in done.output
    assert "Traceback" not in done.output and "database cannot be written" not in done.output


@pytest.mark.parametrize("command", COMMANDS)
def test_out_dash_writes_to_standard_output(demo_db, tmp_path, names_files, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, _args(command, demo_db, names_files) + ["--out", "-"])
    assert done.exit_code == 0, done.output
    data = done.stdout_bytes
    assert not (tmp_path / "-").exists()
    if command == "backup":
        copy = tmp_path / "copy.sqlite3"
        copy.write_bytes(data)
        with sqlite3.connect(copy) as con:
            assert con.execute("SELECT count(*) FROM members").fetchone()[0] == 13
    elif command == "report xlsx":
        assert data.startswith(b"PK")
    elif command == "report html":
        assert b"<html" in data.lower()
    else:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert len(rows) >= 2 and rows[0][0] in ("case_id", "query_id", "meeting_id", "appointed_by")


@pytest.mark.parametrize("args", [["report", "--meeting", "2026-12-10", "--format", "xlsx"], ["backup"]],
                         ids=["report xlsx", "backup"])
def test_a_binary_file_is_not_written_to_a_terminal(demo_db, args):
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "coi", *args, "--db", str(demo_db), "--out", "-"],
                              stdout=secondary, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(secondary)
        os.close(primary)
    assert proc.returncode == 1
    assert "is binary and would garble the terminal" in proc.stderr and "Traceback" not in proc.stderr


def test_out_that_is_a_folder_is_a_plain_message(demo_db, tmp_path):
    done = run("audit", "--db", str(demo_db), "--meeting", "2026-08-13", "--out", str(tmp_path))
    assert done.exit_code == 1 and "it is a folder" in done.output


# ------------------------------------------------------------------ item 13: --invalid-dates ignore

DOCKET = ("case_id,party_name,party_role,date_of_birth\n"
          "C-1,{name},witness,1970-02-30\n"
          "C-1,Bo Quill,witness,2999-01-01\n"
          "C-1,Cy Quill,witness,03/04/1970\n"
          "C-1,Di Quill,witness,1971-05-06\n")


def _panel(tmp_path: Path) -> tuple[Path, Path]:
    members = tmp_path / "members.csv"
    members.write_text("member_id,name,appointed_by\nM01,Ana Diaz,Governor\n", encoding="utf-8")
    ties = tmp_path / "disclosures.csv"
    ties.write_text("member_id,relation,name,date_of_birth\nM01,spouse,Luis Diaz,1969-03-01\n", encoding="utf-8")
    return members, ties


def test_screen_rejects_bad_dates_of_birth_by_default(tmp_path):
    members, ties = _panel(tmp_path)
    docket = tmp_path / "docket.csv"
    docket.write_text(DOCKET.format(name="Luis Diaz"), encoding="utf-8")
    done = run("screen", "--members", str(members), "--disclosures", str(ties), "--docket", str(docket))
    assert done.exit_code == 1 and "row 2" in done.output and "in the future" in done.output


def test_screen_with_invalid_dates_ignore_screens_the_rows_without_the_date_and_lists_each(tmp_path):
    members, ties = _panel(tmp_path)
    docket = tmp_path / "docket.csv"
    docket.write_text(DOCKET.format(name="Luis Diaz"), encoding="utf-8")
    done = CliRunner().invoke(main, ["screen", "--members", str(members), "--disclosures", str(ties), "--docket",
                                     str(docket), "--invalid-dates", "ignore", "--reveal-confidential"])
    assert done.exit_code == 0, done.output
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    # the spouse is prompted on the row whose date was left out: no date, no contradiction
    assert [(r["member_id"], r["party_name"], r["category"]) for r in rows] == [("M01", "Luis Diaz", "spouse")]
    warned = [line for line in done.stderr.splitlines() if "ignored (--invalid-dates ignore)" in line]
    assert len(warned) == 3
    assert "docket.csv, row 2, column 'date_of_birth': '1970-02-30' is not a date" in warned[0]
    assert "row 3, column 'date_of_birth': 2999-01-01 is in the future" in warned[1]
    assert "row 4, column 'date_of_birth': '03/04/1970' is not a date" in warned[2]


def test_a_date_left_out_is_never_replaced_by_another(tmp_path):
    from coi.ingest import records as ingest

    docket = tmp_path / "docket.csv"
    docket.write_text(DOCKET.format(name="Luis Diaz"), encoding="utf-8")
    loaded = ingest.load_docket(docket, invalid_dates=ingest.InvalidDates.IGNORE)
    assert [(p.name, p.date_of_birth and p.date_of_birth.isoformat()) for p in loaded.records] == [
        ("Luis Diaz", None), ("Bo Quill", None), ("Cy Quill", None), ("Di Quill", "1971-05-06")]


def test_every_ignored_date_is_listed_beyond_the_warning_cap(tmp_path):
    from coi.cli import common

    members, ties = _panel(tmp_path)
    docket = tmp_path / "docket.csv"
    n = common.WARNINGS_SHOWN + 20
    docket.write_text("case_id,party_name,date_of_birth\n" + "".join(f"C-1,P{i} Quill,1970-13-01\n" for i in range(n)),
                      encoding="utf-8")
    done = run("screen", "--members", str(members), "--disclosures", str(ties), "--docket", str(docket),
               "--invalid-dates", "ignore")
    assert done.exit_code == 0, done.output
    assert sum("ignored (--invalid-dates ignore)" in line for line in done.stderr.splitlines()) == n


def test_import_has_no_invalid_dates_option(tmp_path):
    docket = tmp_path / "docket.csv"
    docket.write_text(DOCKET.format(name="Luis Diaz"), encoding="utf-8")
    done = run("import", "--db", str(tmp_path / "coi.sqlite3"), "--invalid-dates", "ignore", str(docket))
    assert done.exit_code == 2


def test_match_with_invalid_dates_ignore_skips_a_nameless_row_and_a_bad_date_with_warnings(tmp_path):
    q = tmp_path / "q.csv"
    q.write_text("query_id,name,date_of_birth\nq1,Luis Diaz,1969-02-29\nq2,,1970-01-01\nq3,Bo Quill,\n",
                 encoding="utf-8")
    c = tmp_path / "c.csv"
    c.write_text("candidate_id,name,date_of_birth\nc1,Luis Diaz,1969-03-01\n", encoding="utf-8")
    strict = run("match", "--queries", str(q), "--candidates", str(c))
    assert strict.exit_code == 1 and "row 2" in strict.output and "row 3" in strict.output
    done = CliRunner().invoke(main, ["match", "--queries", str(q), "--candidates", str(c), "--invalid-dates", "ignore"])
    assert done.exit_code == 0, done.output
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {r["query_id"] for r in rows} == {"q1"}  # q2 skipped; q3 matches nothing
    # without the impossible date the pair is judged on the names alone, as if no date were given
    assert rows[0]["candidate_id"] == "c1" and rows[0]["prompt"] == "true"
    assert "q.csv, row 2, column 'date_of_birth': '1969-02-29' is not a date" in done.stderr
    assert "q.csv, row 3, column 'name': the name is empty; the row (query_id 'q2') was skipped" in done.stderr


def test_contract_lists_the_invalid_dates_option():
    text = (ROOT / "docs" / "CONTRACT.md").read_text(encoding="utf-8")
    assert "--invalid-dates ignore" in text


# ------------------------------------------------------------------ item 9 in the dashboard: the upload's encoding choice

CP1252_DOCKET = "case_id,party_name,party_role\nC-2027-0009,José Núñez,witness\n".encode("cp1252")


@pytest.fixture
def dashboard_db(demo_db, tmp_path, monkeypatch) -> Path:
    from tests.factories import copy_database

    copy = copy_database(demo_db, tmp_path)
    monkeypatch.setenv("COI_DB", str(copy))
    return copy


def _docket_page():
    from tests.factories import dashboard_as

    at = dashboard_as("staff", "demo-staff-pass", page="docket")
    assert not at.exception, at.exception
    return at


def _text(at) -> str:
    import re

    parts = [str(e.value) for kind in ("markdown", "success", "info", "warning", "error") for e in getattr(at, kind)]
    parts += [df.value.to_csv() for df in at.dataframe]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


def test_the_upload_offers_the_encodings_with_automatic_first(dashboard_db):
    from coi.ingest.tabular import CHOOSABLE_ENCODINGS

    box = _docket_page().selectbox(key="docket_encoding")
    assert box.value == "" and list(box.options)[0].startswith("Automatic")
    assert len(box.options) == 1 + len(CHOOSABLE_ENCODINGS)


def test_a_cp1252_upload_is_refused_automatically_naming_the_choice_in_the_page(dashboard_db):
    at = _docket_page()
    at.file_uploader(key="docket_file").set_value(("docket.csv", CP1252_DOCKET, "text/csv"))
    at.run()
    text = _text(at)
    assert "docket.csv was not imported" in text and "not valid UTF-8" in text
    assert "choose “Windows-1252 (Excel on Windows; Western European)” under “Encoding of a CSV file" in text
    assert "--encoding" not in text


def test_a_cp1252_upload_with_windows_1252_chosen_is_read_with_its_accents(dashboard_db):
    at = _docket_page()
    at.selectbox(key="docket_encoding").set_value("cp1252")
    at.file_uploader(key="docket_file").set_value(("docket.csv", CP1252_DOCKET, "text/csv"))
    at.run()
    assert not at.exception, at.exception
    text = _text(at)
    assert "was not imported" not in text and "José Núñez" in text


def test_a_utf8_upload_with_windows_1252_chosen_is_still_read_as_utf8(dashboard_db):
    at = _docket_page()
    at.selectbox(key="docket_encoding").set_value("cp1252")
    at.file_uploader(key="docket_file").set_value(("docket.csv", CP1252_DOCKET.decode("cp1252").encode(), "text/csv"))
    at.run()
    text = _text(at)
    assert "José Núñez" in text and "JosÃ©" not in text
