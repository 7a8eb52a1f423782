"""The interactive path, as the dashboard takes it: the graph built once per Panel, then
one case (a handful of parties) screened against the whole graph, in-process.

Measured on the demo Panel (coi_demo/files) and on the 5,000-name Panel of the scale
benchmark. Each case is screened cold: the screener's memory of names already seen is
emptied first, so a case costs what a case never seen before costs.

The builds and the cases run inside one pause of the cyclic garbage collector
(coi.heap.without_cycle_collection), as a screening runs its build and its cases
(coi.decisions.service, ``coi screen``): the passes the pause defers come after the screening,
when what it built is gone. Until the fifty-first session they ran with the collector on: the
build cost about twice as much (983 ms at the 5,000-name Panel in the fiftieth session's run),
and in some runs one case took 270 to 320 ms, a full pass of the collector over the built
index falling into it. A process that kept a built index with the collector running between
cases (nothing in coi does) would still meet such a pass now and then.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from bench.scale import DATA, ensure_data
from coi.graph import build_graph
from coi.heap import without_cycle_collection
from coi.ingest import records as ingest
from coi.model import Disclosure, Member, Panel, Party
from coi.policy import load_policy
from coi.screen import Screener, screen_docket

DEMO = Path(__file__).resolve().parent.parent / "coi_demo" / "files"
COMMAND = "make bench (python -m bench interactive): bench/interactive.py"
BUILDS = 5
AS_OF = dt.date(2026, 11, 23)


def _files(folder: Path, docket_file: str) -> tuple[list[Member], list[Disclosure], list[Party]]:
    """The roster, the disclosures and the docket of ``folder``, read as coi reads them."""
    members = list(ingest.load_members(folder / "members.csv").records)
    disclosures = list(ingest.load_disclosures(folder / "disclosures.csv", members).records)
    return members, disclosures, list(ingest.load_docket(folder / docket_file).records)


@without_cycle_collection()
def _measure(label: str, folder: Path, docket_file: str, max_cases: int) -> list[Figure]:
    policy = load_policy()
    members, disclosures, parties = _files(folder, docket_file)
    panel = Panel(members, disclosures)
    builds = []
    for _ in range(BUILDS):
        started = time.perf_counter()
        screener = Screener.build(build_graph(panel, policy, as_of=AS_OF), policy)
        builds.append(time.perf_counter() - started)
    by_case: dict[str, list] = {}
    for p in parties:
        by_case.setdefault(p.case_id, []).append(p)
    cases = list(by_case.values())[:max_cases]
    per_case = []
    for case in cases:
        screener._memo.clear()
        started = time.perf_counter()
        screen_docket(case, screener)
        per_case.append(time.perf_counter() - started)
    names = sum(len(t.names) for t in screener.graph.ties)
    note = f"{len(members)} members, {len(disclosures):,} disclosures, {names:,} names and aliases in the graph"
    bench = f"interactive, {label}"
    sizes = statistics.mean(len(c) for c in cases)
    return [
        Figure(bench, "graph + index build, median", statistics.median(builds) * 1000, "ms", COMMAND,
               f"{note}; median of {BUILDS}; target ≤ 1000 ms"),
        Figure(bench, "one case, median", statistics.median(per_case) * 1000, "ms", COMMAND,
               f"{len(cases):,} cases of {sizes:.1f} parties on average; target ≤ 20 ms"),
        Figure(bench, "one case, 95th percentile", statistics.quantiles(per_case, n=20)[-1] * 1000, "ms", COMMAND,
               f"{len(cases):,} cases"),
        Figure(bench, "one case, slowest", max(per_case) * 1000, "ms", COMMAND, f"{len(cases):,} cases"),
    ]


STORED_RUNS = 3


def _stored(folder: Path, docket_file: str) -> list[Figure]:
    """A screening of the stored docket, as the dashboard runs one after a disclosure is
    edited or a file imported and ``coi rescreen`` runs one (coi.decisions.service): the
    Panel and the docket imported into a SQLite file, then every stored case screened and
    the prompts saved, ``STORED_RUNS`` times (the first saves every prompt, the others find
    them saved)."""
    from coi.decisions import service
    from coi.decisions.accounts import system_account
    from coi.model import ImportKind
    from coi.store.database import Store

    policy = load_policy()
    members, disclosures, parties = _files(folder, docket_file)
    system = system_account("bench")
    times = []
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "coi.db") as store:
        for kind, records, name in ((ImportKind.MEMBERS, members, "members.csv"),
                                    (ImportKind.DISCLOSURES, disclosures, "disclosures.csv"),
                                    (ImportKind.DOCKET, parties, docket_file)):
            service.import_records(store, system, kind, records, source=name,
                                   fingerprint=service.fingerprint(folder / name))
        for _ in range(STORED_RUNS):
            started = time.perf_counter()
            result = service.screen_stored(store, system, policy, AS_OF)
            times.append(time.perf_counter() - started)
    return [Figure("stored screening, 5,000-name Panel", f"{len(parties):,} parties, median", statistics.median(times),
                   "s", COMMAND, f"read from a SQLite file, screened and saved: {len(result.prompts):,} prompts; "
                   f"median of {STORED_RUNS} (the first, which saves every prompt, {times[0]:.2f} s)")]


def run() -> list[Figure]:
    ensure_data(10_000)
    return (_measure("demo Panel", DEMO, "docket.csv", 10_000)
            + _measure("5,000-name Panel", DATA, "docket_10000.csv", 2_000)
            + _stored(DATA, "docket_10000.csv"))
