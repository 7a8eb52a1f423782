"""Screening speed on the demo Panel (data/demo): `coi screen` end to end, and the
in-process steps the dashboard will use (building the graph, screening one case)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"
CLI = ("coi screen --members data/demo/members.csv --disclosures data/demo/disclosures.csv "
       "--docket data/demo/docket.csv --out conflicts.csv")
RUNS = 5


def _cli_seconds(out: Path) -> float:
    cmd = [sys.executable, "-m", "coi", "screen", "--members", str(DEMO / "members.csv"),
           "--disclosures", str(DEMO / "disclosures.csv"), "--docket", str(DEMO / "docket.csv"),
           "--out", str(out), "--no-progress"]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - started


def run() -> list[Figure]:
    """Median wall time of `coi screen` on the demo data (process start included), and
    the median in-process time to build the graph and to screen one case."""
    from coi import ingest
    from coi.graph import build_graph
    from coi.model import Panel
    from coi.policy import load_policy
    from coi.screen import Screener, screen_docket

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "conflicts.csv"
        times = [_cli_seconds(out) for _ in range(RUNS)]
        prompts = sum(1 for _ in open(out, encoding="utf-8")) - 1

    policy = load_policy()
    members = ingest.load_members(DEMO / "members.csv")
    disclosures = ingest.load_disclosures(DEMO / "disclosures.csv", members.records)
    docket = ingest.load_docket(DEMO / "docket.csv")
    panel = Panel(members.records, disclosures.records)
    import datetime as dt

    as_of = dt.date.today()
    builds = []
    for _ in range(RUNS):
        t = time.perf_counter()
        screener = Screener.build(build_graph(panel, policy, as_of=as_of), policy)
        builds.append(time.perf_counter() - t)
    by_case: dict[str, list] = {}
    for p in docket.records:
        by_case.setdefault(p.case_id, []).append(p)
    per_case = []
    for parties in by_case.values():
        t = time.perf_counter()
        screen_docket(parties, screener)
        per_case.append(time.perf_counter() - t)

    note = (f"{len(panel.members)} members, {len(panel.disclosures)} disclosures, {len(by_case)} cases, "
            f"{len(docket.records)} parties; median of {RUNS} runs")
    bench = "demo screening"
    return [
        Figure(bench, "coi screen wall time", statistics.median(times), "s", CLI, note),
        Figure(bench, "prompts raised", prompts, "count", CLI, note),
        Figure(bench, "graph + index build", statistics.median(builds) * 1000, "ms",
               "make bench  # bench/demo_screen.py", note),
        Figure(bench, "one case, median", statistics.median(per_case) * 1000, "ms",
               "make bench  # bench/demo_screen.py", f"over {len(per_case)} cases"),
        Figure(bench, "one case, 95th percentile", statistics.quantiles(per_case, n=20)[-1] * 1000, "ms",
               "make bench  # bench/demo_screen.py", f"over {len(per_case)} cases"),
    ]
