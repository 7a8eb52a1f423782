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


_PAUSE = threading.Lock()
_paused = 0  # the pauses now open, in any thread
_resume = False  # whether the collector ran when the first of them opened


def _unlocked_in_child() -> None:
    """A process forked while another thread held the lock (the pool's thread starting a
    worker again) gets it unheld; the pauses open in it stay counted, as its collector stays off."""
    global _PAUSE
    _PAUSE = threading.Lock()


os.register_at_fork(after_in_child=_unlocked_in_child)


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Run without the cyclic garbage collector, then as before. Building a Panel's graph and
    index, counting a docket's names and screening it make millions of small objects and
    free few, none of them in reference cycles: the collector's passes over them find
    nothing and cost time — on the 5,000-name Panel, half the graph and index build (about
    0.8 s against 0.4 s) and a quarter of screening 100,000 stored parties (9.0 s against
    6.6 s); in a long-lived process one full pass over a built index takes about 0.25 s,
    whenever it falls. Reference counting still frees what is dropped. Usable as a
    decorator; pauses nest and may overlap across threads (the dashboard screens in its
    sessions' threads): the collector resumes when the last closes, if it ran before the
    first opened."""
    global _paused, _resume
    with _PAUSE:
        if _paused == 0:
            _resume = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _PAUSE:
            _paused -= 1
            if _paused == 0 and _resume:
                gc.enable()


__all__ = ["give_back", "without_cycle_collection"]
