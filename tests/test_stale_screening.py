"""A report never stands on a screening older than the data (helper-143's review): `coi import`
screens the docket again after a roster, disclosures or docket file changed it, as the
dashboard's Files page does, and `coi report` refuses a screening the data has moved past."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from coi.cli import main
from coi.store.screenings import ScreeningRun, changed_since

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "coi_demo" / "files"
MEETING = "2026-12-10"
CASE = "C-2026-0020"  # item 1 of the demo's meeting of 2026-12-10
RELATIVE = "Kwame Okafor"  # M01's brother-in-law (the demo's disclosures): a statutory sibling-in-law


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _docket_with_a_new_respondent(tmp_path: Path, name: str) -> Path:
    """The demo's docket with one more respondent on the meeting's first item."""
    text = (DEMO / "docket.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    extra = dict(rows[0], case_id=CASE, party_name=name, party_role="respondent", party_kind="person",
                 affiliations="", date_of_birth="", confidential="false")
    template = next(r for r in rows if r["case_id"] == CASE)
    extra.update(case_type=template["case_type"], stage=template["stage"], meeting_date=template["meeting_date"])
    out = tmp_path / f"docket-{name.split()[0].lower()}.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows([*rows, extra])
    return out


def _report_rows(db: str, out: Path):
    done = _run("report", "--db", db, "--meeting", MEETING, "--format", "csv", "--out", str(out))
    return done, (list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))) if out.exists() else [])


def test_an_imported_docket_is_screened_again_so_the_report_shows_what_it_raises(tmp_path):
    db = str(tmp_path / "coi.sqlite3")
    assert _run("demo", "--db", db, "--as-of", "2026-11-22").exit_code == 0
    before, rows = _report_rows(db, tmp_path / "before.csv")
    assert before.exit_code == 0 and not any(r["party"] == RELATIVE for r in rows)
    imported = _run("import", "--db", db, "--yes", str(_docket_with_a_new_respondent(tmp_path, RELATIVE)))
    assert imported.exit_code == 0, imported.output
    assert "Screened again" in imported.output
    after, rows = _report_rows(db, tmp_path / "after.csv")
    assert after.exit_code == 0, after.output
    new = [r for r in rows if r["party"] == RELATIVE]
    assert [(r["case_id"], r["member_id"], r["tier"]) for r in new] == [(CASE, "M01", "statutory")]


def test_a_report_on_a_screening_the_data_moved_past_is_refused_naming_the_import(tmp_path):
    db = str(tmp_path / "coi.sqlite3")
    assert _run("demo", "--db", db, "--as-of", "2026-11-22").exit_code == 0
    docket = _docket_with_a_new_respondent(tmp_path, RELATIVE)
    imported = _run("import", "--db", db, "--yes", "--no-screen", str(docket))
    assert imported.exit_code == 0 and "coi rescreen" in imported.output
    out = tmp_path / "report.csv"
    refused, _ = _report_rows(db, out)
    assert refused.exit_code == 1
    assert docket.name in refused.output and "coi rescreen" in refused.output and "1 added" in refused.output
    assert not out.exists()
    packet = _run("report", "--db", db, "--meeting", MEETING, "--member", "M01", "--format", "html",
                  "--out", str(tmp_path / "packet.html"))
    assert packet.exit_code == 1 and "coi rescreen" in packet.output
    assert _run("rescreen", "--db", db, "--as-of", "2026-11-22").exit_code == 0
    done, rows = _report_rows(db, out)
    assert done.exit_code == 0 and any(r["party"] == RELATIVE and r["member_id"] == "M01" for r in rows)


def test_an_import_that_changes_nothing_leaves_the_screening_standing(tmp_path):
    db = str(tmp_path / "coi.sqlite3")
    assert _run("demo", "--db", db, "--as-of", "2026-11-22").exit_code == 0
    copy = tmp_path / "docket.csv"  # the same rows, another file: an import, no change
    copy.write_bytes((DEMO / "docket.csv").read_bytes() + b"\n")
    again = _run("import", "--db", db, "--yes", str(copy))
    assert again.exit_code == 0 and "Screened again" not in again.output
    done, _ = _report_rows(db, tmp_path / "report.csv")
    assert done.exit_code == 0, done.output


def test_a_run_from_before_the_data_version_was_kept_is_judged_by_the_imports_times(tmp_path):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE imports (id INTEGER PRIMARY KEY, kind TEXT, source TEXT, imported_at TEXT,"
                " added INT, changed INT, retired INT)")
    con.executemany("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?)", [
        (1, "docket", "a.csv", "2026-12-01T10:00:00Z", 5, 0, 0),
        (2, "docket", "b.csv", "2026-12-02T10:00:00Z", 0, 0, 0),  # nothing changed
        (3, "disclosures", "c.csv", "2026-12-03T10:00:00Z", 0, 1, 0)])
    old = ScreeningRun(1, "2026-12-01T12:00:00Z", "2026-12-01", "p", None, None, "staff")
    assert [c.source for c in changed_since(con, old)] == ["c.csv"]
    kept = ScreeningRun(2, "2026-12-04T12:00:00Z", "2026-12-04", "p", None, None, "staff", data_version=1)
    assert [c.source for c in changed_since(con, kept)] == ["c.csv"]  # the version, not the time, decides
    assert [c.source for c in changed_since(con, None)] == ["a.csv", "c.csv"]  # never screened


def test_the_refusal_gives_the_import_time_in_the_panels_time_zone(tmp_path, monkeypatch):
    """The refusal speaks the Panel's time as the rest of coi's output does, not UTC."""
    from coi.decisions.meetings import stale_words
    from coi.store.screenings import ChangeAfter

    monkeypatch.setenv("COI_TIMEZONE", "America/New_York")
    change = ChangeAfter(kind="docket", source="docket.csv", imported_at="2026-12-01T03:30:00+00:00",
                         added=1, changed=0, retired=0)
    words = stale_words((change,))
    assert "Mon 30 Nov 2026, 10:30 pm" in words and "UTC" not in words
