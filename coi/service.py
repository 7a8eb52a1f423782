"""The actions a user takes, as one function each, shared by the CLI and the dashboard:
they join the pure core (graph, screen) to the store, one user action per call."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable

from coi import ingest
from coi.graph import build_graph
from coi.model import Loaded
from coi.policy import Policy
from coi.screen import Screener, ScreeningResult, screen_docket
from coi.store import ImportResult, Store


def screen_stored(store: Store, policy: Policy, as_of: dt.date, actor: str, *,
                  progress: Callable[[int, int], None] | None = None) -> ScreeningResult:
    """Screen every stored case against the stored Panel and keep the prompts with their
    evidence; prompts no longer raised are withdrawn, never deleted, so answers stay.
    ``progress`` is called with (parties done, parties in all)."""
    panel = store.panel()
    screener = Screener.build(build_graph(panel, policy, as_of=as_of), policy)
    parties = store.parties()
    tick = (lambda n: progress(n, len(parties))) if progress is not None else None
    result = screen_docket(parties, screener, progress=tick)
    store.save_screening(result, as_of=as_of, policy=policy.name, threshold=policy.prompt_threshold, actor=actor)
    return result


def fingerprint(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes: the same file imported twice is known as such."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_docket_file(store: Store, path: str | os.PathLike, *, source: str, actor: str,
                       encoding: str | None = None) -> tuple[ImportResult, Loaded]:
    """Validate a docket file whole and import it in one transaction: every problem raises
    :class:`coi.model.InputRejected` and nothing changes. Returns the import's result and
    what the file held (its parties and warnings, e.g. invisible characters removed)."""
    loaded = ingest.load_docket(path, encoding=encoding)
    result = store.import_docket(loaded.records, source=source, fingerprint=fingerprint(path), actor=actor)
    return result, loaded
