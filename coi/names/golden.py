"""Scoring the matcher against labelled name pairs (the golden file and outside sets).

Shared by the tests (precision and recall floors) and the benchmarks (the figures).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from coi.model import Kind
from coi.names.compare import compare_names


@dataclass(frozen=True, slots=True)
class LabelledPair:
    kind: Kind
    left: tuple[str, ...]  # the disclosed name, then its aliases
    left_dob: dt.date | None
    right: str
    right_dob: dt.date | None
    expected: bool
    variation: str
    note: str = ""

    def score(self) -> float:
        return max(
            compare_names(self.right, form, self.kind, query_dob=self.right_dob, candidate_dob=self.left_dob).score
            for form in self.left
        )


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text.strip() else None


def _expected(text: str, row: int) -> bool:
    value = text.strip()
    if value not in ("match", "different"):
        raise ValueError(f"golden pairs row {row}: expected is {value!r}; write match or different")
    return value == "match"


def read_pairs(path: Path) -> list[LabelledPair]:
    """The labelled pairs of a golden file (kind,left,left_dob,right,right_dob,expected,variation,note)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [
            LabelledPair(
                kind=Kind(row["kind"].strip()),
                left=tuple(s.strip() for s in row["left"].split(";") if s.strip()),
                left_dob=_date(row["left_dob"]),
                right=row["right"],
                right_dob=_date(row["right_dob"]),
                expected=_expected(row["expected"], n),
                variation=row["variation"].strip(),
                note=row.get("note", ""),
            )
            for n, row in enumerate(csv.DictReader(fh), start=2)
        ]


@dataclass(frozen=True, slots=True)
class Counts:
    """Pairs found that are true (tp), found that are not (fp), true and not found (fn)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Quality(Counts):
    tn: int
    recall_by_variation: dict[str, tuple[int, int]]  # variation -> (found, total) for positives
    errors: list[tuple[LabelledPair, float]]


def evaluate(pairs: list[LabelledPair], threshold: float) -> Quality:
    tp = fp = fn = tn = 0
    by_var: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    for pair in pairs:
        s = pair.score()
        predicted = s >= threshold
        if pair.expected:
            by_var[pair.variation][1] += 1
            by_var[pair.variation][0] += predicted
        if predicted and pair.expected:
            tp += 1
        elif predicted:
            fp += 1
            errors.append((pair, s))
        elif pair.expected:
            fn += 1
            errors.append((pair, s))
        else:
            tn += 1
    return Quality(tp, fp, fn, tn, {k: (v[0], v[1]) for k, v in sorted(by_var.items())}, errors)
