"""Giving the operating system back the memory a large screening's passes freed.

Reading, counting and blocking a million-row docket make and drop millions of small
objects. Python frees them, but the C library (glibc's malloc) keeps the freed pages in
the process for a next use: after ``coi screen`` counted a million rows' name frequencies
(coi.screen.docket_corpus) the process held about 100 MB more than it used, for the rest
of the screening (measured on the generated v3 docket, issue 13's 1,000,000 rows).
:func:`give_back` asks the C library to return such pages; where it cannot (not glibc), it
does nothing. What Python's own small-object allocator holds it returns by itself, an arena
at a time, once every object in the arena is gone: a worker's caches dropped after blocking
(NameIndex.forget_words) leave arenas partly full, which no trimming returns (measured: a
worker's peak the same with and without).

:func:`without_cycle_collection` pauses Python's cyclic garbage collector while a Panel's
graph and index are built and a docket is counted and screened, wherever that runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _trim() -> Any:
    """glibc's ``malloc_trim``, or None where the C library has none: looked up among the
    symbols the process has loaded (no ``ldconfig`` run), else in the C library by name."""
    for name in (None, ctypes.util.find_library("c")):
        try:
            trim = getattr(ctypes.CDLL(name), "malloc_trim", None)
        except (OSError, TypeError):
            continue
        if trim is not None:
            trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
            return trim
    return None


def give_back() -> bool:
    """Return the C heap's free pages to the operating system (``malloc_trim(0)``: a walk
    of the heap, a few milliseconds at a million rows). True when some were returned; False
    when none were, or the C library cannot (it is then a no-op)."""
    trim = _trim()
    return bool(trim(0)) if trim is not None else False


#: The longest the collector stays paused while pauses in several threads overlap with no gap
#: (the dashboard's sessions screening one after another): a thread's last pause that closes
#: after it, others still open, runs a full pass. A screening leaves some cycles when it
#: drops what it built (a graph's networkx views refer to the graph), and they are freed only
#: by a pass; a single screening, however long (``coi screen`` on a million rows), is left alone.
LONGEST_PAUSE = 60.0

_PAUSE = threading.Lock()
_paused = 0  # the pauses now open, in every thread
_resume = False  # whether the collector ran when the first of them opened
_since = 0.0  # when the collector was last paused or passed over everything (``_clock``)
_own = threading.local()  # the pauses open in this thread (``depth``)
_clock = time.monotonic
_collect = gc.collect  # a full pass


def _hold() -> None:
    """Take the lock before a fork: the lock of the moment, not one bound when this module
    was loaded (a child makes its own, :func:`_unlocked_in_child`, and forks in turn)."""
    _PAUSE.acquire()


def _release() -> None:
    _PAUSE.release()


def _unlocked_in_child() -> None:
    """The lock is held across a fork (:func:`_hold`), so the child's count and collector agree;
    the child gets a lock of its own, unheld, and keeps the pauses it was forked in as open
    (its collector stays off, as ``coi screen``'s workers run)."""
    global _PAUSE
    _PAUSE = threading.Lock()


os.register_at_fork(before=_hold, after_in_parent=_release, after_in_child=_unlocked_in_child)


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Run without the cyclic garbage collector, then as before. Building a Panel's graph and
    index, counting a docket's names and screening it make millions of small objects and
    free few, almost none of them in reference cycles: the collector's passes over them find
    little and cost time — on the 5,000-name Panel, half the graph and index build (about
    0.8 s against 0.4 s) and a quarter of screening 100,000 parties (9.0 s against 6.6 s);
    in a process that keeps a built index, one full pass over it takes about 0.25 s,
    whenever it falls. Reference counting still frees what is dropped; the few cycles wait
    for the collector's next pass. Usable as a decorator; pauses nest and may overlap across
    threads (the dashboard screens in its sessions' threads): the collector resumes when the
    last closes, if it ran before the first opened, and passes over everything when pauses
    have overlapped for :data:`LONGEST_PAUSE` seconds."""
    global _paused, _resume, _since
    with _PAUSE:
        _paused += 1
        if _paused == 1:
            _resume = gc.isenabled()
            gc.disable()
            _since = _clock()
    _own.depth = getattr(_own, "depth", 0) + 1
    try:
        yield
    finally:
        _own.depth -= 1
        collect = False
        with _PAUSE:
            _paused -= 1
            if _paused == 0:
                if _resume:
                    gc.enable()
            elif _resume and _own.depth == 0 and _clock() - _since >= LONGEST_PAUSE:
                collect, _since = True, _clock()
        if collect:
            _collect()


__all__ = ["give_back", "without_cycle_collection"]
