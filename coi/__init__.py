"""coi: conflict-of-interest screening for the Illinois Law Enforcement Certification Review Panel.

The public API is what ``__all__`` names: the records of a Panel and its docket, the statute's rule
as data, the relationship graph, screening, name comparison, the file readers, the store and the
settings. Everything else is coi's own and may change between releases. The names are loaded on
first use (PEP 562), so ``import coi`` stays cheap for the command line's ``--version`` and for the
worker processes, and no stage is imported before the ones it builds on.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: The release, as pyproject.toml says (coi --version reads the installed metadata first).
__version__ = "0.1.0"

#: Each public name and the module that defines it, in pipeline order.
_HOMES: dict[str, str] = {
    # the records and vocabularies every part shares
    "Kind": "coi.model", "Relation": "coi.model", "Category": "coi.model", "Tier": "coi.model",
    "PartyRole": "coi.model", "Answer": "coi.model", "Member": "coi.model",
    "Disclosure": "coi.model", "Party": "coi.model", "Panel": "coi.model", "Problem": "coi.model",
    "Loaded": "coi.model", "Feature": "coi.model", "MatchEvidence": "coi.model",
    "PathStep": "coi.model", "Prompt": "coi.model",
    # errors
    "CoiError": "coi.errors",
    # the statute's rule as data
    "Policy": "coi.policy", "load_policy": "coi.policy",
    # ingest: CONTRACT.md's files → records
    "load_members": "coi.ingest.records", "load_disclosures": "coi.ingest.records",
    "load_docket": "coi.ingest.records", "load_agenda": "coi.ingest.records",
    "load_votes": "coi.ingest.records",
    # the relationship graph, screening and name comparison
    "PanelGraph": "coi.graph", "build_graph": "coi.graph",
    "Screener": "coi.screen", "ScreeningResult": "coi.screen", "screen_docket": "coi.screen",
    "compare_names": "coi.names.compare",
    # where it is kept, and how it is set up
    "Store": "coi.store.database", "Settings": "coi.settings", "load_settings": "coi.settings",
}

__all__ = [  # spelled out for the tools that read it without running it; a test keeps it equal to _HOMES
    "__version__",
    "Kind", "Relation", "Category", "Tier", "PartyRole", "Answer", "Member", "Disclosure", "Party", "Panel",
    "Problem", "Loaded", "Feature", "MatchEvidence", "PathStep", "Prompt",
    "CoiError",
    "Policy", "load_policy",
    "load_members", "load_disclosures", "load_docket", "load_agenda", "load_votes",
    "PanelGraph", "build_graph", "Screener", "ScreeningResult", "screen_docket", "compare_names",
    "Store", "Settings", "load_settings",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its home on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'coi' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # the same names, for type checkers and editors
    from coi.errors import CoiError
    from coi.graph import PanelGraph, build_graph
    from coi.ingest.records import load_agenda, load_disclosures, load_docket, load_members, load_votes
    from coi.model import (
        Answer,
        Category,
        Disclosure,
        Feature,
        Kind,
        Loaded,
        MatchEvidence,
        Member,
        Panel,
        Party,
        PartyRole,
        PathStep,
        Problem,
        Prompt,
        Relation,
        Tier,
    )
    from coi.names.compare import compare_names
    from coi.policy import Policy, load_policy
    from coi.screen import Screener, ScreeningResult, screen_docket
    from coi.settings import Settings, load_settings
    from coi.store.database import Store
