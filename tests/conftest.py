"""Shared test plumbing: tests that try many cases report how many (issue 6 asks each such
test to say what it tried); the counts print in pytest's summary."""

from __future__ import annotations

import pytest

_TRIED: list[str] = []


@pytest.fixture
def tried():
    """Call ``tried("evasion: 2,785 rewritten names, recall 1.000")`` to report a count."""
    return _TRIED.append


def pytest_terminal_summary(terminalreporter):
    if _TRIED:
        terminalreporter.section("cases tried")
        for line in _TRIED:
            terminalreporter.write_line(line)
