"""Name matching for persons and organizations, every result with its evidence.

The public surface: :func:`compare_names` for one pair, :class:`NameIndex` for one name
against many (with blocking), :func:`looks_like_organization`. The parts live in
``normalize`` (folding, confusables), ``person``, ``org`` and ``index``.
"""

from coi.names.compare import compare_names
from coi.names.index import Candidate, Hit, NameIndex, looks_like_organization, organizations_named
from coi.names.normalize import fold, fold_forms

__all__ = [
    "Candidate",
    "Hit",
    "NameIndex",
    "compare_names",
    "fold",
    "fold_forms",
    "looks_like_organization",
    "organizations_named",
]
