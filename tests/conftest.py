"""Shared test plumbing: tests that try many cases report how many (issue 6 asks each such
test to say what it tried); the counts print in pytest's summary."""

from __future__ import annotations

import os

import pytest

# Password hashes at scrypt N=2^10 instead of OWASP's 2^17 (coi.settings, COI_SCRYPT_LOG2N): the
# suite signs in hundreds of times and makes dozens of demo accounts; production keeps 2^17.
os.environ.setdefault("COI_SCRYPT_LOG2N", "10")

_TRIED: list[str] = []


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo Panel's database, made once for a test module (tests write only to copies)."""
    from tests.factories import demo_database

    return demo_database(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def db(demo_db, tmp_path, monkeypatch):
    """A fresh copy of the demo database for each test, named by COI_DB."""
    from tests.factories import copy_database

    copy = copy_database(demo_db, tmp_path)
    monkeypatch.setenv("COI_DB", str(copy))
    return copy


@pytest.fixture
def tried():
    """Call ``tried("evasion: 2,785 rewritten names, recall 1.000")`` to report a count."""
    return _TRIED.append


def pytest_terminal_summary(terminalreporter):
    if _TRIED:
        terminalreporter.section("cases tried")
        for line in _TRIED:
            terminalreporter.write_line(line)
