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
"""

from __future__ import annotations

import ctypes
import ctypes.util
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


__all__ = ["give_back"]
