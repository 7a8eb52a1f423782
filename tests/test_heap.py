"""coi.heap: the C heap's freed pages go back to the operating system (issue 13's memory limit)."""

from __future__ import annotations

import os
import platform
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
