"""Screening at scale: `coi screen` end to end on generated dockets of 10,000, 100,000 and
1,000,000 party rows (bench/generate.py), against the I/O floor and a naive all-pairs match.

For each size: wall time and peak memory of the `coi screen` process, prompts raised,
recall of the planted conflicts (statutory ones apart), false prompts per 1,000 cases,
decoys prompted; in the same run the time of a plain ``pandas.read_csv(dtype=str)`` of the
docket (the I/O floor) and, up to 100,000 rows, a naive ``rapidfuzz.process.cdist`` of every
party name against every disclosed name (``token_sort_ratio``: what one would write by hand),
its recall at the cutoff that prompts the most, and the cutoff it needs to equal coi's recall.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from bench.figures import Figure
from bench.generate import (
    GENERATOR,
    LATEST_BIRTH,
    SEED,
    build_panel,
    fingerprint,
    write_docket,
    write_panel,
    write_truth,
)
from coi.graph import build_graph
from coi.ingest import records as ingest
from coi.model import Panel, Tier
from coi.policy import load_policy
from coi.text import clean_cell

DATA = Path(__file__).resolve().parent / "data" / f"scale-{SEED}-{GENERATOR}"
SIZES = (10_000, 100_000, 300_000, 1_000_000)
NAIVE_UP_TO = 100_000  # all-pairs beyond this takes longer than a benchmark run should
COI = Path(sys.executable).with_name("coi")
AS_OF = LATEST_BIRTH.isoformat()  # the day the benchmark screens as of: no date of birth after it


def command(rows: int) -> str:
    return (f"coi screen --members members.csv --disclosures disclosures.csv --docket docket_{rows}.csv "
            f"--out conflicts.csv --as-of {AS_OF}  # in {DATA.relative_to(Path.cwd()) if DATA.is_relative_to(Path.cwd()) else DATA}; "
            f"make bench (python -m bench scale)")


def ensure_data(rows: int) -> None:
    """Generate the Panel and the docket of ``rows`` rows once; later runs reuse them while
    what they are made of is unchanged (:func:`bench.generate.fingerprint`). A folder made of
    other inputs is emptied first: it holds only what the benchmarks generated and wrote."""
    stamp = DATA / "generator.txt"
    made_of = fingerprint()
    if DATA.exists() and (not stamp.exists() or stamp.read_text("utf-8").strip() != made_of):
        print(f"  {DATA.name}: generated from other inputs; made anew", file=sys.stderr)
        for stale in DATA.iterdir():
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    DATA.mkdir(parents=True, exist_ok=True)
    stamp.write_text(made_of + "\n", "utf-8")
    if not (DATA / "disclosures.csv").exists():
        write_panel(build_panel(DATA), DATA)
    if not (DATA / f"docket_{rows}.csv").exists():
        panel = build_panel(DATA)
        tmp = DATA / f".docket_{rows}.csv.partial"
        truth = write_docket(panel, tmp, rows)
        write_truth(truth, DATA, rows)
        tmp.replace(DATA / f"docket_{rows}.csv")


@dataclass
class Run:
    seconds: float
    peak_mib: float
    out: Path
    peak_pss_mib: float = 0.0
    cpu_seconds: float = 0.0  # user + system time of coi screen and its workers


def run_coi(rows: int) -> Run:
    """`coi screen` as a user runs it, in its own process: wall time and peak resident memory."""
    out = DATA / f"conflicts_{rows}.csv"
    args = [str(COI), "screen", "--members", "members.csv", "--disclosures", "disclosures.csv",
            "--docket", f"docket_{rows}.csv", "--out", out.name, "--as-of", AS_OF, "--no-progress"]
    seconds, peak_mib, peak_pss_mib, cpu = measured_with_cpu(args, DATA, f"coi screen on {rows} rows")
    return Run(seconds, peak_mib, out, peak_pss_mib, cpu)


def measured(args: list[str], cwd: Path, what: str) -> tuple[float, float, float]:
    """Run ``args`` in its own process: its wall time (s), its peak resident memory and its
    peak PSS (MiB, its worker processes included: :class:`PeakMemory`)."""
    return measured_with_cpu(args, cwd, what)[:3]


def measured_with_cpu(args: list[str], cwd: Path, what: str) -> tuple[float, float, float, float]:
    """:func:`measured` and the CPU seconds (user + system) of the process and of the worker
    processes it waited for: on a shared machine the wall time says how busy it was, the
    CPU seconds what the run cost."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = PeakMemory(proc.pid)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    peak.stop()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{what} failed:\n{stderr.decode()[-3000:]}")
    # not ``usage.ru_maxrss``: Linux carries a process's high-water mark across exec, and
    # subprocess starts the child by vfork from this process, so a benchmark run that had
    # grown to gigabytes reported its own size as every later child's (8,446 MiB for
    # `coi screen` on 20,000 rows); the children's own high-water marks are sampled instead
    return seconds, peak.mib, peak.pss_mib, usage.ru_utime + usage.ru_stime


def high_water_bytes(pid: int) -> int | None:
    """The peak resident memory of process ``pid`` so far (Linux's VmHWM, which a sample
    taken between two peaks still sees), or None where /proc does not tell."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


class PeakMemory:
    """The largest sum of peak resident memory of a process and all its children (coi
    screen's forked workers): each one's high-water mark (:func:`high_water_bytes`, else its
    RSS), sampled every 20 ms in a thread until :meth:`stop`. Pages a worker shares with its
    parent count in both, and two peaks count together even if they came apart: an upper
    bound. Beside it, the
    largest sum of their proportional set sizes (PSS: a page shared by n processes counts
    1/n in each), the memory the processes take together, sampled every half second."""

    def __init__(self, pid: int, every: float = 0.02):
        import threading

        import psutil

        self._process = psutil.Process(pid)
        self._every = every
        self._done = threading.Event()
        self.bytes = 0
        self.pss_bytes = 0
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        import psutil

        tick = 0
        while not self._done.is_set():
            try:
                procs = [self._process, *self._process.children(recursive=True)]
                # PSS (smaps_rollup: the kernel walks every page) costs milliseconds a large
                # process: taken one sample in 25 (every half second), lest the watching slow
                # what it watches; RSS every sample
                full = tick % 25 == 0
                total = pss = 0
                for p in procs:
                    try:
                        if full:
                            info = p.memory_full_info()
                            pss += info.pss
                        else:
                            info = p.memory_info()
                        total += max(info.rss, high_water_bytes(p.pid) or 0)
                    except psutil.Error:
                        pass
                self.bytes = max(self.bytes, total)
                if full:
                    self.pss_bytes = max(self.pss_bytes, pss)
                tick += 1
            except psutil.Error:
                return
            self._done.wait(self._every)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    @property
    def mib(self) -> float:
        return self.bytes / 2**20

    @property
    def pss_mib(self) -> float:
        return self.pss_bytes / 2**20


def io_floor(rows: int) -> float:
    """The best of three plain ``pandas.read_csv(dtype=str)`` of the docket."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        pd.read_csv(DATA / f"docket_{rows}.csv", dtype=str, keep_default_na=False)
        times.append(time.perf_counter() - started)
    return min(times)


def _categories() -> dict[tuple[str, str], str]:
    """(member, disclosed name) → the tier of the tie's category, through coi's own graph."""
    members = ingest.load_members(DATA / "members.csv").records
    disclosures = ingest.load_disclosures(DATA / "disclosures.csv", members).records
    policy = load_policy()
    graph = build_graph(Panel(members, disclosures), policy, as_of=dt.date.fromisoformat(AS_OF))
    return {(t.member_id, name): str(policy.rule(t.category).tier) for t in graph.ties for name in t.names}


def _clean(name: str) -> str:
    return clean_cell(name)[0]


@dataclass
class Quality:
    prompts: int
    cases: int
    planted: int
    found: int
    statutory: int
    statutory_found: int
    false_prompts: int
    decoys: int
    decoys_prompted: int
    missed: list[tuple[str, str, str]]


def quality(rows: int, out: Path, tiers: dict[tuple[str, str], str]) -> Quality:
    prompts = list(csv.DictReader(open(out, encoding="utf-8", newline="")))
    planted = list(csv.DictReader(open(DATA / f"planted_{rows}.csv", encoding="utf-8", newline="")))
    decoys = list(csv.DictReader(open(DATA / f"decoys_{rows}.csv", encoding="utf-8", newline="")))
    cases = pd.read_csv(DATA / f"docket_{rows}.csv", dtype=str, usecols=["case_id"]).case_id.nunique()
    raised = {(p["case_id"], p["member_id"], p["party_name"]) for p in prompts}
    truth = {(p["case_id"], p["member_id"], _clean(p["party_name"])) for p in planted}
    found = [p for p in planted if (p["case_id"], p["member_id"], _clean(p["party_name"])) in raised]
    statutory = [p for p in planted if tiers.get((p["member_id"], p["disclosed_name"])) == str(Tier.STATUTORY)]
    statutory_found = [p for p in statutory if p in found]
    decoy_keys = {(d["case_id"], d["member_id"], d["party_name"]) for d in decoys}
    false = [p for p in prompts if (p["case_id"], p["member_id"], p["party_name"]) not in truth]
    return Quality(
        prompts=len(prompts), cases=cases, planted=len(planted), found=len(found), statutory=len(statutory),
        statutory_found=len(statutory_found), false_prompts=len(false), decoys=len(decoys),
        decoys_prompted=sum(1 for p in false if (p["case_id"], p["member_id"], p["party_name"]) in decoy_keys),
        missed=[(p["party_name"], p["disclosed_name"], p["variation"]) for p in planted if p not in found],
    )


@dataclass
class Naive:
    seconds: float
    recall_at: dict[int, float]
    false_at: dict[int, int]


def naive(rows: int) -> Naive:
    """Every party name against every disclosed name and alias, ``token_sort_ratio``, both
    sides lower-cased (rapidfuzz's default processor), on both cores."""
    started = time.perf_counter()
    docket = pd.read_csv(DATA / f"docket_{rows}.csv", dtype=str, keep_default_na=False)
    disclosures = pd.read_csv(DATA / "disclosures.csv", dtype=str, keep_default_na=False)
    names, owners = [], []
    for r in disclosures.itertuples():
        for n in (r.name, *(a for a in r.aliases.split(";") if a)):
            names.append(n)
            owners.append(r.member_id)
    queries = docket.party_name.tolist()
    cutoffs = list(range(50, 101, 5))
    hits_at = {c: 0 for c in cutoffs}
    planted = list(csv.DictReader(open(DATA / f"planted_{rows}.csv", encoding="utf-8", newline="")))
    want = {(p["case_id"], p["party_name"]): p["disclosed_name"] for p in planted if p["kind"] == "person"}
    best_planted: dict[tuple[str, str], float] = {}
    column = {n: i for i, n in enumerate(names)}
    cases = docket.case_id.tolist()
    chunk = 20_000
    for start in range(0, len(queries), chunk):
        block = process.cdist(queries[start:start + chunk], names, scorer=fuzz.token_sort_ratio,
                              processor=str.lower, dtype=np.uint8, workers=-1)
        for c in cutoffs:
            hits_at[c] += int(np.count_nonzero(block >= c))
        for i in range(block.shape[0]):
            key = (cases[start + i], queries[start + i])
            if key in want:
                best_planted[key] = float(block[i, column[want[key]]])
    seconds = time.perf_counter() - started
    total = len(want)
    recall_at = {c: sum(1 for s in best_planted.values() if s >= c) / total for c in cutoffs}
    return Naive(seconds, recall_at, {c: hits_at[c] - sum(1 for s in best_planted.values() if s >= c) for c in cutoffs})


def naive_same_scorer(rows: int, sample: int = 20_000) -> tuple[float, float, int]:
    """All pairs scored by coi's own comparison, without blocking: recall equal to coi's by
    construction. Timed on a random sample of ``sample`` pairs (each name parsed before, as
    an all-pairs run would have them), then multiplied out to every distinct party name
    against every disclosed name and alias. Returns (estimated seconds, µs a pair, pairs)."""
    import random

    from coi.model import Kind
    from coi.names import compare_names

    docket = pd.read_csv(DATA / f"docket_{rows}.csv", dtype=str, keep_default_na=False)
    disclosures = pd.read_csv(DATA / "disclosures.csv", dtype=str, keep_default_na=False)
    people = disclosures[disclosures.kind == "person"]
    disclosed = [n for r in people.itertuples() for n in (r.name, *(a for a in r.aliases.split(";") if a))]
    queries = docket[docket.party_kind == "person"].party_name.unique().tolist()
    rng = random.Random(7)
    pairs = [(rng.choice(queries), rng.choice(disclosed)) for _ in range(sample)]
    for q, c in pairs:  # parse once, as an all-pairs run parses each name once
        compare_names(q, c, Kind.PERSON)
    started = time.perf_counter()
    for q, c in pairs:
        compare_names(q, c, Kind.PERSON)
    per_pair = (time.perf_counter() - started) / sample
    total = len(queries) * len(disclosed)
    return per_pair * total, per_pair * 1e6, total


def run(sizes: tuple[int, ...] = SIZES) -> list[Figure]:
    figures: list[Figure] = []
    previous: tuple[int, float] | None = None
    for rows in sizes:
        print(f"  scale: {rows:,} rows …", file=sys.stderr, flush=True)
        ensure_data(rows)
        tiers = _categories()
        floor = io_floor(rows)
        # three runs at every size: this machine's speed drifts by a quarter within minutes (the
        # 1,000,000 rows took 29 to 35 s back to back), and one run of the largest said little
        runs = [run_coi(rows) for _ in range(3)]
        wall = statistics.median(r.seconds for r in runs)
        peak = max(r.peak_mib for r in runs)
        q = quality(rows, runs[0].out, tiers)
        cmd = command(rows)
        b = f"scale {rows:,} rows"
        note = f"{q.cases:,} cases; median of {len(runs)}" + ("; target ≤ 30 s on 2 cores" if rows == 1_000_000 else "")
        figures += [
            Figure(b, "coi screen wall time", wall, "s", cmd, note),
            Figure(b, "coi screen CPU time", statistics.median(r.cpu_seconds for r in runs), "s", cmd,
                   f"user + system, workers included; median of {len(runs)}; load average "
                   f"{os.getloadavg()[0]:.1f} after the runs"),
            Figure(b, "I/O floor: pandas.read_csv(dtype=str)", floor, "s", cmd, "best of 3, in the bench process"),
            Figure(b, "coi screen / I/O floor", wall / floor, "x", cmd, "target ≤ 5"),
            Figure(b, "peak memory (RSS, workers included)", peak, "MiB", cmd,
                   "psutil, parent + forked workers: an upper bound, a page a worker shares with its parent "
                   "counted in each and each process's own peak added though they came apart"),
            Figure(b, "peak memory (PSS, workers included)", max(r.peak_pss_mib for r in runs), "MiB", cmd,
                   "psutil, parent + forked workers, a shared page split among its sharers: the memory they "
                   "take together; target ≤ 1024 (issue 13)"),
            Figure(b, "prompts raised", q.prompts, "count", cmd),
            Figure(b, "recall of planted conflicts", q.found / q.planted, "ratio", cmd, f"{q.found}/{q.planted}"),
            Figure(b, "recall of planted statutory conflicts", q.statutory_found / q.statutory, "ratio", cmd,
                   f"{q.statutory_found}/{q.statutory}; target 1.000"),
            Figure(b, "false prompts per 1,000 cases", 1000 * q.false_prompts / q.cases, "ratio", cmd,
                   f"{q.false_prompts} prompts on no planted party"),
            Figure(b, "namesake decoys prompted", q.decoys_prompted, "count", cmd, f"of {q.decoys}"),
        ]
        for party, disclosed, variation in q.missed[:10]:
            print(f"    missed: {party!r} (disclosed {disclosed!r}, {variation})", file=sys.stderr)
        if previous is not None:
            ratio = wall / previous[1]
            figures.append(Figure(b, f"time ratio to {previous[0]:,} rows", ratio, "x", cmd,
                                  f"{rows / previous[0]:g}x the rows; linear: ≤ {rows / previous[0] * 1.2:g}x"))
        previous = (rows, wall)
        if rows <= NAIVE_UP_TO:
            n = naive(rows)
            coi_recall = q.found / q.planted
            equal = [c for c, r in n.recall_at.items() if r >= coi_recall]
            ncmd = "make bench (python -m bench scale): bench/scale.py naive()"
            figures.append(Figure(b, "naive cdist(token_sort_ratio) wall time", n.seconds, "s", ncmd,
                                  "read_csv + all pairs on 2 cores"))
            figures.append(Figure(b, "naive recall at cutoff 80", n.recall_at[80], "ratio", ncmd,
                                  f"{n.false_at[80]:,} pairs over the cutoff besides"))
            if equal:
                c = max(equal)
                figures.append(Figure(b, "naive cutoff for coi's recall", c, "count", ncmd,
                                      f"{n.false_at[c]:,} false pairs at that cutoff"))
            else:
                figures.append(Figure(b, "naive cutoff for coi's recall", 0, "count", ncmd,
                                      f"no cutoff ≥ 50 reaches recall {coi_recall:.3f} (best {max(n.recall_at.values()):.3f})"))
            figures.append(Figure(b, "speed-up over naive cdist", n.seconds / wall, "x", ncmd,
                                  "naive time / coi time; cdist never reaches coi's recall"))
            est, per_pair, pairs = naive_same_scorer(rows)
            figures.append(Figure(b, "naive all-pairs at equal recall (coi's scorer), estimated", est, "s", ncmd,
                                  f"{pairs:,} pairs × {per_pair:.1f} µs a pair, timed on 20,000 random pairs"))
            figures.append(Figure(b, "speed-up over naive all-pairs at equal recall", est / wall, "x", ncmd,
                                  "target ≥ 20 at 100,000 rows"))
    return figures


if __name__ == "__main__":
    from bench.figures import table

    chosen = tuple(int(a) for a in sys.argv[1:]) or SIZES
    print(table(run(chosen)))
