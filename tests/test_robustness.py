"""Crash safety and concurrency, with real processes (issue 6, items 2 and 3). Marked
``slow``: `make test-system` (and CI) runs them.

- kill -9 during a large import, 100 times at random points: the database passes
  ``PRAGMA integrity_check`` and holds all of a docket file or none of it, never a mix,
  never a duplicate;
- 8 concurrent writers (6 members answering prompts as the dashboard does, 2 staff imports
  from the command line) × 500 transactions each: no answer lost or doubled, no "database
  is locked" reaching anyone; the 99th-percentile write latency is reported.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coi.store.database import Store
from tests.factories import demo_database

pytestmark = pytest.mark.slow
COI = str(Path(sys.executable).with_name("coi"))
HEADER = "case_id,party_name,party_role\n"


def docket(path: Path, variant: str, cases: int = 2000) -> set[tuple[str, str]]:
    """A docket of ``cases`` cases, 3 parties each; the two variants name different parties."""
    rows = [(f"K-{c:05d}", f"Party {variant} {c} {k}") for c in range(cases) for k in range(3)]
    path.write_text(HEADER + "".join(f"{c},{n},witness\n" for c, n in rows), encoding="utf-8")
    return set(rows)


def current(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT case_id, name FROM parties WHERE retired_at IS NULL AND case_id LIKE 'K-%'"
                            ).fetchall()
    finally:
        conn.close()


def test_kill_9_during_imports_leaves_all_or_nothing(tmp_path, tried):
    db = tmp_path / "coi.sqlite3"
    Store.open(db).close()
    files = {v: tmp_path / f"docket-{v}.csv" for v in "AB"}
    contents = {v: docket(files[v], v) for v in "AB"}
    started = time.perf_counter()  # one import without a kill, to know how long one takes
    subprocess.run([COI, "import", "--db", str(db), str(files["A"])], check=True, capture_output=True)
    duration = time.perf_counter() - started
    rng = random.Random(9)
    kills = whole = 0
    for n in range(100):
        f = files["B" if n % 2 == 0 else "A"]
        proc = subprocess.Popen([COI, "import", "--db", str(db), "--yes", str(f)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, duration * 1.1))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        rows = current(db)
        assert len(rows) == len(set(rows)), "duplicated parties"
        assert set(rows) in (contents["A"], contents["B"]), f"a mix after run {n}"
        whole += 1
    tried(f"crash safety: 100 imports of 6,000 rows, {kills} killed with SIGKILL at random points; "
          f"{whole} checks of integrity and all-or-nothing passed")


# ------------------------------------------------------------------ concurrency

N_TX = 500


def _answering(db: str, member: str, keys: list[str], out: mp.Queue) -> None:
    """A member answering prompts, one transaction each, as the dashboard does."""
    from coi.decisions import views
    from coi.decisions.accounts import Accounts
    from coi.model import Answer

    latencies, errors = [], []
    with Store.open(db) as store:
        account = Accounts(store).get(member.lower())
        for i in range(N_TX):
            started = time.perf_counter()
            try:
                views.answer(store, account, keys[i % len(keys)], Answer.UNSURE if i % 2 else Answer.SELF_RECUSE)
            except Exception as exc:  # noqa: BLE001 — counted and reported, the test fails on any
                errors.append(repr(exc))
            latencies.append(time.perf_counter() - started)
    out.put((member, latencies, errors))


def _importing(db: str, name: str, folder: str, out: mp.Queue) -> None:
    """Staff importing small dockets, one transaction each, as `coi import` does."""
    from coi.decisions import service
    from coi.decisions.accounts import system_account

    latencies, errors = [], []
    with Store.open(db) as store:
        for i in range(N_TX):
            path = Path(folder) / f"{name}-{i % 2}.csv"
            started = time.perf_counter()
            try:
                service.import_docket_file(store, system_account(name), path, source=f"{path.name}#{i}")
            except Exception as exc:  # noqa: BLE001
                errors.append(repr(exc))
            latencies.append(time.perf_counter() - started)
    out.put((name, latencies, errors))


def test_eight_concurrent_writers_lose_and_double_nothing(tmp_path, tried):
    db = demo_database(tmp_path)
    with Store.open(db) as store:
        members = ["M01", "M02", "M03", "M05", "M08", "M09"]
        keys = {m: [p.key for p in store.prompts(member_id=m)] for m in members}
        before = len(store.decisions())
    for name in ("staff1", "staff2"):
        for v in (0, 1):
            (tmp_path / f"{name}-{v}.csv").write_text(
                HEADER + "".join(f"S-{name}-{c},Person {v} {c},witness\n" for c in range(20)), encoding="utf-8")
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    workers = [ctx.Process(target=_answering, args=(str(db), m, keys[m], out)) for m in members]
    workers += [ctx.Process(target=_importing, args=(str(db), n, str(tmp_path), out)) for n in ("staff1", "staff2")]
    started = time.perf_counter()
    for w in workers:
        w.start()
    results = [out.get(timeout=600) for _ in workers]
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    errors = [e for _, _, errs in results for e in errs]
    assert not errors, errors[:5]
    latencies = sorted(x for _, lat, _ in results for x in lat)
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    with Store.open(db) as store:
        decisions = store.decisions()
        assert len(decisions) - before == len(members) * N_TX
        assert len({d.id for d in decisions}) == len(decisions)
        per_member = {m: sum(1 for d in decisions[before:] if d.member_id == m) for m in members}
        assert set(per_member.values()) == {N_TX}
        with store.reading() as conn:
            from coi.store import chain

            assert chain.verify(conn).ok
    tried(f"concurrency: 8 writers x {N_TX} transactions ({len(latencies):,} in {elapsed:.1f} s): none lost, "
          f"none doubled, no lock error; write latency p50 {statistics.median(latencies) * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms")
