"""Matching quality on the golden name pairs (tests/golden/name_pairs.csv)."""

from __future__ import annotations

from pathlib import Path

from bench.figures import Figure
from coi.names.golden import evaluate, read_pairs
from coi.policy import load_policy

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden" / "name_pairs.csv"
COMMAND = "make bench  # bench/golden.py"


def run() -> list[Figure]:
    """Precision, recall and F1 of the matcher on the golden pairs at the default threshold,
    and recall per kind of variation."""
    policy = load_policy()
    pairs = read_pairs(GOLDEN)
    q = evaluate(pairs, policy.prompt_threshold)
    note = f"{len(pairs)} pairs, threshold {policy.prompt_threshold:g}"
    figures = [
        Figure("golden pairs", "pairs", len(pairs), "count", COMMAND, note),
        Figure("golden pairs", "precision", q.precision, "ratio", COMMAND, note),
        Figure("golden pairs", "recall", q.recall, "ratio", COMMAND, note),
        Figure("golden pairs", "F1", q.f1, "ratio", COMMAND, note),
        Figure("golden pairs", "false prompts", q.fp, "count", COMMAND, note),
        Figure("golden pairs", "missed matches", q.fn, "count", COMMAND, note),
    ]
    for variation, (found, total) in q.recall_by_variation.items():
        figures.append(Figure("golden pairs", f"recall: {variation}", found / total, "ratio", COMMAND,
                              f"{found}/{total}"))
    return figures
