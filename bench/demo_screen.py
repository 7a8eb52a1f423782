"""Screening speed on the demo Panel (coi_demo/files): `coi screen` end to end."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure

DEMO = Path(__file__).resolve().parent.parent / "coi_demo" / "files"
CLI = ("coi screen --members coi_demo/files/members.csv --disclosures coi_demo/files/disclosures.csv "
       "--docket coi_demo/files/docket.csv --out conflicts.csv")
RUNS = 5


def _cli_seconds(out: Path) -> float:
    cmd = [sys.executable, "-m", "coi", "screen", "--members", str(DEMO / "members.csv"),
           "--disclosures", str(DEMO / "disclosures.csv"), "--docket", str(DEMO / "docket.csv"),
           "--out", str(out), "--no-progress"]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - started


def run() -> list[Figure]:
    """Median wall time of `coi screen` on the demo data, process start included (the
    in-process steps are bench/interactive.py's)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "conflicts.csv"
        times = [_cli_seconds(out) for _ in range(RUNS)]
        prompts = sum(1 for _ in open(out, encoding="utf-8")) - 1
    note = f"median of {RUNS} runs"
    bench = "demo screening"
    return [
        Figure(bench, "coi screen wall time", statistics.median(times), "s", CLI, note),
        Figure(bench, "prompts raised", prompts, "count", CLI, note),
    ]
