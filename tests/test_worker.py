"""coi.ingest.worker: an uploaded file is read in a process of its own under limits of CPU time, memory
and wall-clock time (issue 12, item 12), so one upload cannot stall the dashboard for everyone;
each limit crossed is a plain InputRejected naming the file."""

from __future__ import annotations

import os
import threading
import time

import pytest

from coi.ingest import records as ingest
from coi.ingest.worker import WorkerLimits, read_bounded
from coi.model import InputRejected, Problem

# the readers below run in the worker: module-level, so the child finds them by name


def spin(path: str) -> None:
    while True:
        pass


def sleep(path: str) -> None:
    time.sleep(60)


def hog(path: str) -> None:
    blocks = []
    while True:
        blocks.append(bytearray(64 * 1024 * 1024))


def refuse(path: str) -> None:
    raise InputRejected([Problem(path, 2, "name", "a problem", "a fix")])


def pid(path: str) -> int:
    return os.getpid()


def test_the_reader_runs_in_another_process_and_its_result_comes_back(tmp_path):
    assert read_bounded(pid, tmp_path / "x.csv") != os.getpid()
    docket = tmp_path / "docket.csv"
    docket.write_text("case_id,party_name\nC-1,Ana Diaz\n", encoding="utf-8")
    loaded = read_bounded(ingest.load_docket, docket)
    assert [p.name for p in loaded.records] == ["Ana Diaz"]


def test_the_readers_own_refusal_comes_back_with_its_problems(tmp_path):
    with pytest.raises(InputRejected) as exc:
        read_bounded(refuse, tmp_path / "x.csv")
    (p,) = exc.value.problems
    assert (p.row, p.column, p.problem) == (2, "name", "a problem")


def test_a_reader_past_its_cpu_time_is_stopped(tmp_path):
    started = time.perf_counter()
    with pytest.raises(InputRejected) as exc:
        read_bounded(spin, tmp_path / "x.csv", limits=WorkerLimits(cpu_seconds=1, timeout_seconds=60))
    assert time.perf_counter() - started < 30
    assert "more than 1 s of processor time" in str(exc.value) and "x.csv" in str(exc.value)


def test_a_reader_past_its_time_is_killed(tmp_path):
    started = time.perf_counter()
    with pytest.raises(InputRejected) as exc:
        read_bounded(sleep, tmp_path / "x.csv", limits=WorkerLimits(timeout_seconds=1))
    assert time.perf_counter() - started < 15
    assert "took longer than 1 s and was stopped" in str(exc.value)


def test_a_reader_past_its_memory_is_stopped(tmp_path):
    with pytest.raises(InputRejected) as exc:
        read_bounded(hog, tmp_path / "x.csv", limits=WorkerLimits(memory_bytes=512 * 1024 * 1024))
    assert "needed more than 512 MB of memory" in str(exc.value)


def test_the_server_stays_responsive_while_a_reader_works(tmp_path):
    """The dashboard's other sessions are threads of one interpreter: a read in this process
    would hold them up; a read in the worker leaves them free to run."""
    ticks = []
    stop = threading.Event()

    def other_session() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.01)

    thread = threading.Thread(target=other_session)
    thread.start()
    try:
        with pytest.raises(InputRejected):
            read_bounded(spin, tmp_path / "x.csv", limits=WorkerLimits(cpu_seconds=1, timeout_seconds=60))
    finally:
        stop.set()
        thread.join()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 50 and max(gaps) < 0.5
