"""Injection: OWASP's CSV-injection payloads and HTML/script in every text field reach every
export — `coi screen` CSV, the dashboard's CSV and Excel, the meeting report's CSV, Excel,
HTML (and PDF, in test_report_pdf) — neutralised, and show as text (issue 6, item 6)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.decisions import meetings, service
from coi.ingest import export
from coi.ingest.export import FORMULA_STARTS
from coi.policy import load_policy
from coi.reports import render as report
from coi.store.database import Store
from tests.factories import SYSTEM, member, party, tie

# OWASP's CSV injection examples, and the HTML a name might carry
PAYLOADS = ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"Click\")", "+SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+2", "\r=1+2",
            "=1+2\";=1+2", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]
AS_OF = dt.date(2026, 11, 22)


def named(payload: str) -> str:
    """A person name carrying the payload (the matcher needs a surname to find it by)."""
    return f"{payload} Quill" if payload[0] in FORMULA_STARTS or payload[0] == "<" else payload


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members([member("M01", "Ana Diaz")], source="m", fingerprint="m", actor="t")
        s.import_disclosures([tie("friend", named(p), member_id="M01") for p in PAYLOADS], source="d",
                             fingerprint="d", actor="t")
        s.import_docket([party(named(p), case_id=f"C-{i}", role="witness", affiliations=(p,))
                         for i, p in enumerate(PAYLOADS)], source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "M-1", AS_OF, [f"C-{i}" for i in range(len(PAYLOADS))])
        yield s


def dangerous(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS)


def test_the_payloads_raise_prompts_so_they_reach_the_exports(store, tried):
    assert {p.party_name for p in store.prompts()} == {named(p) for p in PAYLOADS}
    tried(f"injection: {len(PAYLOADS)} payloads through screen CSV, dashboard CSV/Excel, report CSV/Excel/HTML/PDF")


def test_screen_csv_writes_every_payload_as_text(tmp_path):
    folder = tmp_path
    (folder / "members.csv").write_text("member_id,name,appointed_by\nM01,Ana Diaz,Governor\n", encoding="utf-8")
    rows = "".join(f"M01,friend,\"{named(p).replace(chr(34), chr(34) * 2)}\"\n" for p in PAYLOADS)
    (folder / "disclosures.csv").write_text("member_id,relation,name\n" + rows, encoding="utf-8")
    parties = "".join(f"C-{i},\"{named(p).replace(chr(34), chr(34) * 2)}\",witness\n" for i, p in enumerate(PAYLOADS))
    (folder / "docket.csv").write_text("case_id,party_name,party_role\n" + parties, encoding="utf-8")
    out = folder / "conflicts.csv"
    result = CliRunner().invoke(main, ["screen", "--members", str(folder / "members.csv"), "--disclosures",
                                       str(folder / "disclosures.csv"), "--docket", str(folder / "docket.csv"),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    cells = [c for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8"))) for c in row]
    assert not [c for c in cells if dangerous(c)]
    assert sum(c.startswith("'") for c in cells) >= 2 * 8  # party and matched names of the formula payloads


def test_the_dashboard_downloads_write_every_payload_as_text(store):
    rows = [(p.party_name, p.matched_name, p.path[-1].name) for p in store.prompts()]
    text = export.to_csv(("party", "matched", "path"), rows).decode("utf-8-sig")
    assert not [c for row in csv.reader(io.StringIO(text)) for c in row if dangerous(c)]
    ws = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(("party", "matched", "path"), rows))).active
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row)


def test_the_meeting_report_writes_every_payload_as_text(store):
    built = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF)
    text = report.render(built, "csv").decode("utf-8-sig")
    assert not [c for row in csv.reader(io.StringIO(text)) for c in row if dangerous(c)]
    ws = openpyxl.load_workbook(io.BytesIO(report.render(built, "xlsx"))).active
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if isinstance(c.value, str))
    html = report.render(built, "html").decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
