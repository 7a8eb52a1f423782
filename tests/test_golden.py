"""The matcher against the golden name pairs (tests/golden/name_pairs.csv): precision and
recall floors at the default threshold, and the hard negatives one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from coi.names.golden import evaluate, read_pairs
from coi.policy import load_policy

PAIRS = read_pairs(Path(__file__).parent / "golden" / "name_pairs.csv")
THRESHOLD = load_policy().prompt_threshold
# Floors a little under what the matcher reaches (precision 1.0, recall 1.0 on the 207 pairs
# before issue 13, `make bench`), so a real regression fails and a harmless change of score
# does not.
PRECISION_FLOOR = 0.97
RECALL_FLOOR = 0.97
VARIATION_RECALL_FLOOR = 0.75


def _explain(errors) -> str:
    return "\n".join(f"  {s:5.1f} {'missed' if p.expected else 'false prompt'} [{p.variation}] "
                     f"{' / '.join(p.left)} ~ {p.right}" for p, s in errors)


def test_the_golden_file_holds_persons_organizations_and_hard_negatives():
    kinds = {p.kind for p in PAIRS}
    negatives = {p.variation for p in PAIRS if not p.expected}
    assert len(PAIRS) >= 200 and len(kinds) == 2
    assert {"near surname", "father and son", "namesake with different DOB"} <= negatives


#: The failure classes issue 13 names (from the owners' held-out sets and their end-to-end
#: Panel), each with several invented pairs in the golden file.
ISSUE_13_MATCHES = ("one letter and same DOB", "OCR typo", "given initial", "nickname", "added surname part",
                    "keyboard typo", "swapped order", "phonetic", "acronym", "extra or missing words",
                    "kind restated", "trade synonym", "trade name", "branch place")
ISSUE_13_DIFFERENT = ("university vs city police", "union inside union", "similar short surname",
                      "conflicting middle initials", "namesake with different DOB", "qualifier replaced",
                      "place prefix", "another body of the field", "another trade", "another branch",
                      "rare word cut short", "short name one letter apart")


def test_the_golden_file_holds_every_failure_class_of_issue_13():
    for variation in ISSUE_13_MATCHES:
        assert sum(p.expected and p.variation == variation for p in PAIRS) >= 3, variation
    for variation in ISSUE_13_DIFFERENT:
        assert sum(not p.expected and p.variation == variation for p in PAIRS) >= 3, variation


def test_precision_at_the_default_threshold_meets_its_floor():
    q = evaluate(PAIRS, THRESHOLD)
    assert q.precision >= PRECISION_FLOOR, _explain([e for e in q.errors if not e[0].expected])


def test_recall_at_the_default_threshold_meets_its_floor():
    q = evaluate(PAIRS, THRESHOLD)
    assert q.recall >= RECALL_FLOOR, _explain([e for e in q.errors if e[0].expected])


def test_recall_of_every_kind_of_variation_meets_its_floor():
    q = evaluate(PAIRS, THRESHOLD)
    weak = {v: f"{found}/{total}" for v, (found, total) in q.recall_by_variation.items()
            if found / total < VARIATION_RECALL_FLOOR}
    assert not weak, f"weak variations: {weak}\n" + _explain(q.errors)


HARD = [p for p in PAIRS if not p.expected and p.variation in ("father and son", "namesake with different DOB",
                                                                  "near surname", "fragment of a given name",
                                                                  *ISSUE_13_DIFFERENT)]


@pytest.mark.parametrize("pair", HARD, ids=[f"{p.left[0]}~{p.right}" for p in HARD])
def test_a_hard_negative_scores_below_the_threshold(pair):
    assert pair.score() < THRESHOLD, f"{pair.left[0]} ~ {pair.right} ({pair.variation}) scored {pair.score():.1f}"


ISSUE_13_TIES = [p for p in PAIRS if p.expected and p.variation in ISSUE_13_MATCHES]


@pytest.mark.parametrize("pair", ISSUE_13_TIES, ids=[f"{p.left[0]}~{p.right}" for p in ISSUE_13_TIES])
def test_a_true_tie_of_a_class_issue_13_names_is_found(pair):
    assert pair.score() >= THRESHOLD, f"{pair.left[0]} ~ {pair.right} ({pair.variation}) scored {pair.score():.1f}"


def test_a_namesake_with_another_birth_date_is_refuted_even_when_the_names_are_equal():
    namesakes = [p for p in PAIRS if p.variation == "namesake with different DOB"]
    assert any(p.left[0] == p.right for p in namesakes)
    assert all(p.score() < THRESHOLD for p in namesakes)
