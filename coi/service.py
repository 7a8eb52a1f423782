"""The actions a user takes, as one function each, shared by the CLI and the dashboard:
they join the pure core (graph, screen) to the store, one user action per call."""

from __future__ import annotations

import datetime as dt

from coi.graph import build_graph
from coi.policy import Policy
from coi.screen import Screener, ScreeningResult, screen_docket
from coi.store import Store


def screen_stored(store: Store, policy: Policy, as_of: dt.date, actor: str) -> ScreeningResult:
    """Screen every stored case against the stored Panel and keep the prompts with their
    evidence; prompts no longer raised are withdrawn, never deleted, so answers stay."""
    panel = store.panel()
    screener = Screener.build(build_graph(panel, policy, as_of=as_of), policy)
    result = screen_docket(store.parties(), screener)
    store.save_screening(result, as_of=as_of, policy=policy.name, threshold=policy.prompt_threshold, actor=actor)
    return result
