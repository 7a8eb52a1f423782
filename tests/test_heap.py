"""coi.heap: the C heap's freed pages go back to the operating system (issue 13's memory limit)."""

from __future__ import annotations

import os
import platform
import time
import types

import pytest

from coi import heap, screen
from coi.screen import Screener, screen_docket
from tests.test_screen_speed import POLICY, _demo


def _resident() -> int:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmRSS:"))


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc" or heap._trim() is None,
                    reason="malloc_trim is glibc's")
def test_the_pages_freed_between_live_blocks_go_back_when_asked():
    """Blocks freed between blocks still alive stay in the process — glibc returns on its own
    only what is freed at the top of the heap — until give_back returns their pages."""
    # 64 KiB blocks come from the heap (below glibc's 128 KiB mmap threshold), not from mmap;
    # every other one freed, each sits between two live ones wherever the heap put them
    blocks = [bytearray(64 * 1024) for _ in range(1600)]  # 100 MiB, every page written
    del blocks[::2]
    held = _resident()
    assert heap.give_back() is True
    assert held - _resident() > 30 * 1024 * 1024  # of the 50 MiB freed, all but each block's edges
    del blocks


def test_give_back_is_a_no_op_without_the_c_librarys_trim(monkeypatch):
    """A C library without malloc_trim (musl, macOS): nothing is called, False."""
    heap._trim.cache_clear()
    monkeypatch.setattr(heap.ctypes, "CDLL", lambda name: types.SimpleNamespace())  # no malloc_trim in it
    try:
        assert heap.give_back() is False
    finally:
        heap._trim.cache_clear()


def test_a_pooled_screening_gives_back_what_counting_freed_before_it_scores(monkeypatch):
    """``screen_docket(count=...)`` with workers (``coi screen`` on a large docket): the
    frequencies are counted in this process while the workers block the names, and the pages
    the counting's passes over every party freed go back before the scoring — at a million
    rows about 100 MB this process would otherwise hold to the end (docs/BENCHMARKS.md)."""
    graph, parties = _demo()
    events: list[str] = []

    def count():
        events.append("count")
        return screen.docket_corpus(parties)

    monkeypatch.setattr(screen, "POOL_FROM", 1)
    monkeypatch.setattr(screen, "give_back", lambda: events.append("give back") or True)
    screener = Screener.build(graph, POLICY)
    with screen.worker_pool(screener, 2) as pool:
        assert pool is not None
        real = pool.pool.imap

        def imap(func, jobs):
            events.append(func.__name__)
            return real(func, jobs)

        pool.pool.imap = imap
        screen_docket(parties, screener, pool=pool, count=count)
    assert events == ["_block_in_worker", "count", "give back", "_in_worker"]


# ------------------------------------------------------------------ the cyclic collector paused

#: The steps of a screening (file, function) that run with the collector paused.
STEPS = {("service.py", "attempt"), ("graph.py", "build_graph"), ("screen.py", "build"),
         ("screen.py", "docket_corpus"), ("screen.py", "screen_docket")}


@pytest.fixture
def collector_running():
    """The cyclic collector running, as a process runs by default; left as it was found."""
    import gc

    enabled = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        (gc.enable if enabled else gc.disable)()


@pytest.fixture
def collections_within_steps(collector_running):
    """The cyclic collector's passes that start while a step of :data:`STEPS` is running (the
    steps on the stack, for each), with the collector running and its thresholds low (a pass
    every 50 objects made), so that any stretch of code that makes objects with it running is
    seen to collect. (A pass just after a step, the first object made with the collector
    running again, is not within it.)"""
    import gc
    import sys

    passes: list[set[tuple[str, str]]] = []

    def seen(phase: str, info: dict) -> None:
        if phase != "start":
            return
        frame, within = sys._getframe(1), set()
        while frame is not None:
            step = (os.path.basename(frame.f_code.co_filename), frame.f_code.co_name)
            if step in STEPS and "/coi/" in frame.f_code.co_filename:
                within.add(step)
            frame = frame.f_back
        if within:
            passes.append(within)

    thresholds = gc.get_threshold()
    gc.set_threshold(50, 2, 2)
    gc.callbacks.append(seen)
    try:
        yield passes
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)


def test_the_pause_nests_and_restores_the_collector_as_it_found_it(collector_running):
    import gc

    with heap.without_cycle_collection():
        assert not gc.isenabled()
        with heap.without_cycle_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause's end does not resume it
    assert gc.isenabled()
    gc.disable()  # a process that runs without it (a worker forked inside a pause) keeps it off
    with heap.without_cycle_collection():
        pass
    assert not gc.isenabled()


def test_pauses_that_overlap_in_two_threads_resume_the_collector_when_the_last_ends(collector_running):
    """The dashboard screens in its sessions' threads: a screening that ends while another
    runs leaves the collector paused for it, and the last to end resumes it — whichever."""
    import gc
    import threading

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def second() -> None:
        first_in.wait(10)
        with heap.without_cycle_collection():
            second_in.set()
            first_out.wait(10)
            seen["while the second runs alone"] = gc.isenabled()

    t = threading.Thread(target=second, daemon=True)
    t.start()
    try:
        with heap.without_cycle_collection():
            first_in.set()
            assert second_in.wait(10)
        first_out.set()
        t.join(10)
        assert seen == {"while the second runs alone": False}
        assert gc.isenabled()
    finally:
        first_in.set(), first_out.set()  # (a failure above leaves no thread waiting)
        t.join(10)


def test_pauses_that_keep_overlapping_pass_over_everything_after_the_longest_pause(monkeypatch, collector_running):
    """Sessions screening one after another with no gap would keep the collector paused for
    good, and the cycles a screening drops (a built graph's networkx views) with it: a thread's
    last pause that closes after :data:`coi.heap.LONGEST_PAUSE` seconds, another still open,
    runs a full pass; a pause nested in its own thread's does not (``coi screen``'s steps)."""
    import gc
    import threading

    clock = [1000.0]
    monkeypatch.setattr(heap, "_clock", lambda: clock[0])
    passes: list[int] = []
    monkeypatch.setattr(heap, "_collect", lambda: passes.append(2))
    other_in, other_out = threading.Event(), threading.Event()

    def another_session() -> None:
        with heap.without_cycle_collection():
            other_in.set()
            other_out.wait(10)

    t = threading.Thread(target=another_session, daemon=True)
    t.start()
    try:
        assert other_in.wait(10)
        with heap.without_cycle_collection():
            with heap.without_cycle_collection():
                clock[0] += heap.LONGEST_PAUSE
            assert passes == []  # nested in this thread's own pause: nothing yet
        assert passes == [2]  # this thread's last pause closed, the other's open, 60 s paused
        assert not gc.isenabled()
        with heap.without_cycle_collection():
            clock[0] += heap.LONGEST_PAUSE / 2
        assert passes == [2]  # counted from the pass, not from the first pause
    finally:
        other_out.set()
        t.join(10)
    assert gc.isenabled() and passes == [2]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX's")
def test_a_process_forked_while_a_thread_opens_a_pause_gets_a_count_that_agrees_with_its_collector(
        collector_running):
    """The lock is held across a fork: a child forked while another thread is inside it waits
    for it, and gets the count and the collector as they then agree, and a lock it can take."""
    import gc
    import threading

    holding, fork_now = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        with heap._PAUSE:
            holding.set()
            fork_now.wait(0.3)  # the fork below starts while this holds the lock

    t = threading.Thread(target=hold_the_lock, daemon=True)
    t.start()
    try:
        assert holding.wait(10)
        pid = os.fork()
        if pid == 0:  # the child: a pause opens and closes, and the collector runs after
            try:
                with heap.without_cycle_collection():
                    ok = not gc.isenabled()
                os._exit(0 if ok and gc.isenabled() and heap._paused == 0 else 1)
            finally:
                os._exit(2)
        fork_now.set()
        deadline = time.monotonic() + 20
        while (done := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        if done[0] == 0:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            pytest.fail("the child hung on the pause's lock")
        assert os.waitstatus_to_exitcode(done[1]) == 0
    finally:
        fork_now.set()
        t.join(10)


def test_a_stored_screening_runs_without_the_cyclic_collector(db, collections_within_steps):
    """A screening as the dashboard runs one after an edit or an import, and ``coi rescreen``
    (coi.decisions.service): read, built, counted, screened and saved with the collector
    paused. Its passes cost a quarter of a 100,000-party screening and half the graph and
    index build (docs/BENCHMARKS.md, the fifty-first session); the collector runs again after."""
    import gc

    from coi.decisions import service
    from coi.store.database import Store
    from tests.factories import AS_OF, SYSTEM

    with Store.open(db) as store:
        policy = service.policy_in_force(store)
        collections_within_steps.clear()
        result = service.screen_stored(store, SYSTEM, policy, AS_OF)
    assert result.prompts
    assert collections_within_steps == []
    assert gc.isenabled()


def test_each_step_of_a_screening_runs_without_the_cyclic_collector(collections_within_steps):
    """Each step a screening is made of pauses the collector itself, for every caller (the
    interactive path screens case by case with one screener; a member's page builds their graph)."""
    from coi.graph import build_graph
    from coi.ingest import records as ingest
    from coi.model import Panel
    from tests.test_screen_speed import DEMO_AS_OF, DEMO_FOLDER

    members = ingest.load_members(DEMO_FOLDER / "members.csv").records
    disclosures = ingest.load_disclosures(DEMO_FOLDER / "disclosures.csv", members).records
    parties = list(ingest.load_docket(DEMO_FOLDER / "docket.csv").records)

    collections_within_steps.clear()
    panel_graph = build_graph(Panel(members, disclosures), POLICY, as_of=DEMO_AS_OF)
    assert collections_within_steps == []
    screener = Screener.build(panel_graph, POLICY)
    assert collections_within_steps == []
    corpus = screen.docket_corpus(parties)
    assert collections_within_steps == []
    screener.use_corpus(corpus)
    result = screen_docket(parties, screener)
    assert result.prompts
    assert collections_within_steps == []
