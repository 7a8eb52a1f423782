"""The `coi` command end to end: screen, match, import, rescreen, demo (CONTRACT.md)."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from coi.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "coi_demo" / "files"
CONTRACT_COLUMNS = ["case_id", "member_id", "member_name", "party_name", "party_role", "category", "tier", "score",
                    "matched_name", "path", "basis"]


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _run(*args: str) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_screen(tmp_path_factory) -> tuple[subprocess.CompletedProcess, list[dict[str, str]]]:
    """`coi screen` on the demo data, run as a user runs it: a separate process."""
    out = tmp_path_factory.mktemp("screen") / "conflicts.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "coi", "screen", "--members", str(DEMO / "members.csv"),
         "--disclosures", str(DEMO / "disclosures.csv"), "--docket", str(DEMO / "docket.csv"),
         "--out", str(out), "--reveal-confidential", "--as-of", "2026-11-22"],
        capture_output=True, text=True, check=False,
    )
    return proc, _read(out) if out.exists() else []


def test_screen_on_demo_writes_the_contract_columns(demo_screen):
    proc, rows = demo_screen
    assert proc.returncode == 0, proc.stderr
    assert rows and list(rows[0]) == CONTRACT_COLUMNS


def test_screen_on_demo_finds_every_planted_conflict_with_its_category(demo_screen):
    _, rows = demo_screen
    found = {(r["case_id"], r["member_id"], r["party_name"], r["category"]) for r in rows}
    expected = _read(DEMO / "expected_conflicts.csv")
    missed = [e for e in expected if (e["case_id"], e["member_id"], e["party_name"], e["category"]) not in found]
    assert not missed, "planted conflicts not found:\n" + "\n".join(
        f"  {e['case_id']} {e['member_id']} {e['party_name']!r} {e['category']} ({e['variation']})" for e in missed)
    categories = {e["category"] for e in expected}
    assert len(categories) == 22, f"the demo plants {len(categories)} of the 22 categories"


def test_screen_on_demo_raises_no_prompt_for_a_decoy(demo_screen):
    _, rows = demo_screen
    prompted = {(r["case_id"], r["member_id"], r["party_name"]) for r in rows}
    decoys = _read(DEMO / "decoys.csv")
    assert decoys
    wrong = [d for d in decoys if (d["case_id"], d["resembles_member_id"], d["party_name"]) in prompted]
    assert not wrong, "decoys prompted: " + ", ".join(f"{d['party_name']!r} ({d['why']})" for d in wrong)


def test_screen_prints_a_summary_by_category_and_member(demo_screen):
    proc, rows = demo_screen
    assert f"{len(rows):,} prompts" in proc.stderr
    assert "By category:" in proc.stderr and "By member:" in proc.stderr
    assert "M01" in proc.stderr


def test_screen_redacts_confidential_parties_by_default(tmp_path):
    docket = _read(DEMO / "docket.csv")
    secret = {r["party_name"] for r in docket if r.get("confidential") == "true"}
    assert secret, "the demo docket has confidential parties"
    result = _run("screen", "--members", str(DEMO / "members.csv"), "--disclosures", str(DEMO / "disclosures.csv"),
                  "--docket", str(DEMO / "docket.csv"), "--as-of", "2026-11-22")
    assert result.exit_code == 0
    rows = _rows(result.stdout)
    assert any(r["party_name"] == "[confidential]" for r in rows)
    leaked = [r for r in rows for name in secret if name in r["party_name"] or name in r["path"]]
    assert not leaked


def test_screen_rejects_a_bad_docket_with_file_row_column_and_exit_1(tmp_path):
    bad = tmp_path / "docket.csv"
    bad.write_text("case_id,party_name,party_role\nC1,Ann Lee,judge\nC2,,witness\n", encoding="utf-8")
    out = tmp_path / "conflicts.csv"
    result = CliRunner().invoke(main, ["screen", "--members", str(DEMO / "members.csv"), "--disclosures",
                                       str(DEMO / "disclosures.csv"), "--docket", str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert "row 2" in result.stderr and "party_role" in result.stderr and "judge" in result.stderr
    assert "row 3" in result.stderr and "party_name" in result.stderr
    assert not out.exists()


def test_screen_without_a_required_option_is_a_usage_error_exit_2():
    result = CliRunner().invoke(main, ["screen", "--members", str(DEMO / "members.csv")])
    assert result.exit_code == 2


def test_match_writes_one_row_per_pair_best_first_with_the_screen_threshold(tmp_path):
    q = tmp_path / "q.csv"
    c = tmp_path / "c.csv"
    q.write_text("query_id,name\nq1,Bill O'Brien\nq2,Zed Quxley\n", encoding="utf-8")
    c.write_text("candidate_id,name\nc1,William OBrien\nc2,Willa Brien\nc3,Maria Gonzalez\n", encoding="utf-8")
    result = _run("match", "--queries", str(q), "--candidates", str(c), "--kind", "person")
    rows = _rows(result.stdout)
    assert list(rows[0]) == ["query_id", "candidate_id", "score", "prompt"]
    q1 = [r for r in rows if r["query_id"] == "q1"]
    assert q1[0]["candidate_id"] == "c1" and q1[0]["prompt"] == "true"
    scores = [float(r["score"]) for r in q1]
    assert scores == sorted(scores, reverse=True)
    assert all(r["candidate_id"] != "c3" for r in q1)  # below the floor: not a pair it considers
    assert all(r["prompt"] == ("true" if float(r["score"]) >= 80 else "false") for r in rows)


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_import_twice_duplicates_nothing(tmp_path):
    db = tmp_path / "coi.sqlite3"
    files = [str(DEMO / f"{k}.csv") for k in ("members", "disclosures", "docket")]
    first = _run("import", "--db", str(db), *files)
    assert first.exit_code == 0, first.stderr
    counts = {t: _count(db, t) for t in ("members", "disclosures", "parties")}
    second = _run("import", "--db", str(db), *files)
    assert second.exit_code == 0
    assert "already imported" in second.stderr
    assert {t: _count(db, t) for t in counts} == counts
    assert counts["members"] == 13


def test_a_dry_run_creates_no_database(tmp_path):
    """Helper-143's review: `coi import --dry-run` created the database and its key file."""
    db = tmp_path / "panel" / "coi.sqlite3"
    result = _run("import", "--dry-run", "--db", str(db), str(DEMO / "members.csv"))
    assert result.exit_code == 0 and "added    M13" in result.stderr and "against an empty one" in result.stderr
    assert not db.exists() and not list(tmp_path.rglob("*.key"))


def test_votes_on_a_meeting_still_ahead_are_warned_of(tmp_path):
    """Helper-143's review: votes for a meeting not yet held were recorded without a word."""
    db = str(tmp_path / "coi.sqlite3")
    assert _run("demo", "--db", db, "--as-of", "2026-11-22").exit_code == 0
    agenda, votes = tmp_path / "agenda.csv", tmp_path / "votes.csv"
    agenda.write_text("meeting_id,meeting_date,item,case_id\nF-1,2099-01-14,1,C-2026-0020\n", encoding="utf-8")
    votes.write_text("meeting_id,item,member_id,vote\nF-1,1,M01,yes\n", encoding="utf-8")
    assert _run("import", "--db", db, str(agenda)).exit_code == 0
    done = _run("import", "--db", db, str(votes))
    assert done.exit_code == 0, done.output
    assert "votes.csv, row 2: meeting F-1 is on 2099-01-14, after today" in done.output
    assert "1 votes recorded" in done.output


def test_import_of_a_rejected_file_stores_nothing_from_any_file(tmp_path):
    db = tmp_path / "coi.sqlite3"
    bad = tmp_path / "disclosures.csv"
    bad.write_text("member_id,relation,name\nM01,spouse,Ana Lee\nM99,friend,Bo Chen\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "--db", str(db), str(DEMO / "members.csv"), str(bad)])
    assert result.exit_code == 1
    assert "M99" in result.stderr and "row 3" in result.stderr
    assert not db.exists() or _count(db, "members") == 0


def test_demo_loads_the_panel_and_stores_prompts_with_evidence(tmp_path):
    db = tmp_path / "coi.sqlite3"
    result = _run("demo", "--db", str(db), "--as-of", "2026-11-22")
    assert result.exit_code == 0, result.stderr
    assert _count(db, "members") == 13
    with sqlite3.connect(db) as con:
        n, with_path = con.execute(
            "SELECT count(*), sum(json_array_length(path) >= 2) FROM prompts WHERE status = 'open'").fetchone()
    assert n > 0 and with_path == n
    again = _run("demo", "--db", str(db), "--as-of", "2026-11-22")
    assert again.exit_code == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM prompts").fetchone()[0] == n


def test_report_and_audit_commands_on_the_demo_meetings(tmp_path):
    db = str(tmp_path / "coi.sqlite3")
    assert CliRunner().invoke(main, ["demo", "--db", db, "--as-of", "2026-11-22"]).exit_code == 0
    out = tmp_path / "report.csv"
    done = CliRunner().invoke(main, ["report", "--db", db, "--meeting", "2026-12-10", "--format", "csv",
                                     "--out", str(out)])
    assert done.exit_code == 0, done.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["meeting_id"] for r in rows} == {"2026-12-10"} and any(r["member_id"] for r in rows)
    assert "Quorum: a majority of the 13 seats" in done.output
    html = tmp_path / "report.html"
    assert CliRunner().invoke(main, ["report", "--db", db, "--meeting", "2026-12-10", "--format", "html",
                                     "--out", str(html)]).exit_code == 0
    assert '<table class="matrix">' in html.read_text(encoding="utf-8")  # the members × items matrix
    audit = CliRunner().invoke(main, ["audit", "--db", db, "--meeting", "2026-08-13"])
    assert audit.exit_code == 0 and "voted with a statutory prompt unanswered" in audit.output
    unknown = CliRunner().invoke(main, ["report", "--db", db, "--meeting", "1999-01-01", "--out", str(out)])
    assert unknown.exit_code == 2 and "no meeting '1999-01-01'" in unknown.output


def test_the_report_commands_choices_are_the_libraries():
    from coi.cli import meetings as cli
    from coi.decisions import meetings
    from coi.reports import render as report

    assert cli.REPORT_FORMATS == report.FORMATS
    assert cli.QUORUM_BASES == tuple(b.value for b in meetings.QuorumBasis)
    assert cli.VOTE_BASES == tuple(b.value for b in meetings.VoteBase)
