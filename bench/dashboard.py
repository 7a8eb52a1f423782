"""Dashboard page timings on the demo data: each page's script run, signed in as the role
that sees it, through Streamlit's AppTest (the server side of a page load: reading the
store, the access rules, building the elements; the browser's drawing is not in it). And
the pre-meeting report of the demo's 2026-12-10 meeting in each format."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from bench.figures import Figure
from coi.decisions.accounts import system_account

APP = str(Path(__file__).resolve().parent.parent / "app.py")
COMMAND = "make bench (python -m bench dashboard): bench/dashboard.py"
PAGES = (("m01", "demo-m01-pass", "my-prompts"), ("m01", "demo-m01-pass", "my-disclosures"),
         ("m01", "demo-m01-pass", "my-ties"), ("staff", "demo-staff-pass", "prompts"),
         ("staff", "demo-staff-pass", "docket"), ("staff", "demo-staff-pass", "roster"),
         ("staff", "demo-staff-pass", "recusal-votes"), ("staff", "demo-staff-pass", "audit"),
         ("admin", "demo-admin-pass", "accounts"))
RUNS = 5


def run() -> list[Figure]:
    from coi.cli import main
    from tests.factories import dashboard_as  # the session cookie AppTest cannot send, given as the tests give it

    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "coi.sqlite3"
        CliRunner().invoke(main, ["demo", "--db", str(db), "--as-of", "2026-11-22"], catch_exceptions=False)
        old = os.environ.get("COI_DB")
        os.environ["COI_DB"] = str(db)
        try:
            for username, password, page in PAGES:
                at = dashboard_as(username, password, page=page, app=APP)  # signed in as a browser is
                times = []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    at.run()
                    times.append(time.perf_counter() - started)
                if at.exception:
                    raise RuntimeError(f"page {page} failed: {at.exception}")
                figures.append(Figure("dashboard pages (demo data)", f"{page} ({username})",
                                      statistics.median(times) * 1000, "ms", COMMAND,
                                      f"median of {RUNS} reruns after sign-in; target about 1,000 ms"))
            figures += _report_timings(db)
        finally:
            if old is None:
                os.environ.pop("COI_DB", None)
            else:
                os.environ["COI_DB"] = old
    return figures


def _report_timings(db: Path) -> list[Figure]:
    from coi.decisions import meetings
    from coi.reports import render as report
    from coi.store.database import Store

    out = []
    with Store.open(db) as store:
        for fmt in report.FORMATS:
            if fmt == "pdf" and not report.pdf_available():
                continue
            times = []
            for _ in range(3):
                started = time.perf_counter()
                built = meetings.build_report(store, system_account("bench"), "2026-12-10")
                data = report.render(built, fmt)
                times.append(time.perf_counter() - started)
            out.append(Figure("pre-meeting report (demo meeting 2026-12-10)", f"{fmt} generation",
                              statistics.median(times), "s", "coi report --meeting 2026-12-10 --format "
                              f"{fmt} --out report.{fmt}  # make bench: bench/dashboard.py",
                              f"{len(built.items)} items, {len(data):,} bytes; median of 3"))
    return out
