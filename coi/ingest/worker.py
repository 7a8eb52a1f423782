"""A file read in a process of its own, under limits of CPU time, memory and wall-clock time,
so that one hostile or enormous upload can neither stall the dashboard for everyone (the
server's threads share one interpreter) nor take the machine's memory.

The child is forked from a small server process started once (multiprocessing's
"forkserver", with the reading code loaded in advance), so each read costs a fork, not an
interpreter start, and never forks the dashboard's own threads. Limits are set in the child
with ``resource.setrlimit`` before it reads: past its CPU time the kernel stops it, past its
memory its allocations fail; past the wall-clock time the parent kills it. Each way, the
caller gets :class:`~coi.model.InputRejected` naming the file and the limit, in plain words.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from coi.model import InputRejected, Problem

MB = 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class WorkerLimits:
    """How much one read may take. The defaults let the largest file coi reads through
    (a workbook of a million filled cells takes about a minute and a few hundred MB)."""

    cpu_seconds: int = 150
    memory_bytes: int = 2048 * MB  # address space of the child, the reading code included
    timeout_seconds: float = 240.0  # wall clock: a child waiting for a busy machine's CPU still ends


UPLOAD_LIMITS = WorkerLimits()

_PRELOAD = ["coi.ingest.records"]
_context: Any = None


def _forkserver():
    global _context
    if _context is None:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        _context = ctx
    return _context


def read_bounded(reader: Callable[..., T], path: str | os.PathLike, *, limits: WorkerLimits = UPLOAD_LIMITS,
                 **options) -> T:
    """``reader(path, **options)`` run in a child process under ``limits`` (``reader`` must
    be a module-level function, e.g. :func:`coi.ingest.records.load_docket`). Returns what it
    returns; raises the InputRejected it raises, or one that names the limit it crossed."""
    file = os.fspath(path)
    ctx = _forkserver()
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, reader, file, limits, options), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(limits.timeout_seconds):
            _stop(child)
            raise _refused(file, f"reading the file took longer than {limits.timeout_seconds:,.0f} s and was stopped")
        try:
            outcome, value = receive.recv()
        except (EOFError, OSError):  # the child ended without a word: killed by a limit
            child.join(5)
            raise _refused(file, _death(child.exitcode, limits)) from None
    finally:
        _stop(child)
        receive.close()
    if outcome == "ok":
        return value
    if outcome == "rejected":
        raise InputRejected(value)
    if outcome == "memory":
        raise _refused(file, f"reading the file needed more than {limits.memory_bytes / MB:,.0f} MB of memory")
    raise _refused(file, f"the file could not be read ({value})")


def _refused(file: str, problem: str) -> InputRejected:
    return InputRejected([Problem(file, None, None, problem + "; nothing was changed",
                                  "check that it is the right file; split a very large file into smaller ones, "
                                  "or save a workbook as .csv")])


def _death(code: int | None, limits: WorkerLimits) -> str:
    if code == -signal.SIGXCPU:
        return f"reading the file took more than {limits.cpu_seconds:,} s of processor time and was stopped"
    if code == -signal.SIGKILL:
        return (f"reading the file was stopped at a limit ({limits.cpu_seconds:,} s of processor time, "
                f"{limits.memory_bytes / MB:,.0f} MB of memory)")
    return f"the reader stopped unexpectedly (exit {code})"


def _stop(child) -> None:
    if child.is_alive():
        child.kill()
    child.join(5)


def _child(send, reader, file: str, limits: WorkerLimits, options: dict) -> None:
    """In the child: set the limits, read, send the outcome back."""
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    try:
        message: tuple[str, Any] = ("ok", reader(file, **options))
    except InputRejected as exc:
        message = ("rejected", exc.problems)
    except MemoryError:
        message = ("memory", None)
    except Exception as exc:  # a reader's bug is reported as the file not being read, never a traceback
        message = ("error", f"{type(exc).__name__}: {exc}")
    try:
        send.send(message)
    except MemoryError:
        send.send(("memory", None))
    finally:
        send.close()


__all__ = ["WorkerLimits", "UPLOAD_LIMITS", "read_bounded"]
