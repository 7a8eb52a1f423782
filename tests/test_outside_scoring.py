"""bench/outside.py's scoring of generated sets: false alerts per kind of look-alike, and the
prompt threshold chosen on tuning sets only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.outside import (
    Evaluation,
    OutsideSet,
    Record,
    _listing_name,
    _telephone,
    baseline_scores,
    choose_threshold,
    lookalike_alerts,
    matcher_scores,
    true_pairs,
)
from coi.model import Kind


def _set(name: str, *, held_out: bool = False, untuned: bool = False) -> OutsideSet:
    q = [Record("q0", "e0", "a"), Record("q1", "e1r", "b"), Record("q2", "e2r", "c")]
    c = [Record("c0", "e0", "a"), Record("c1", "e1", "b"), Record("c2", "e2", "c")]
    labels = {("q0", "c0"): (True, "OCR typo"), ("q1", "c1"): (False, "twin"), ("q2", "c2"): (False, "twin")}
    return OutsideSet(name, Kind.PERSON, q, c, "test", held_out=held_out, untuned=untuned, labels=labels)


def _eval(s: OutsideSet, scores: dict) -> Evaluation:
    e = Evaluation(s, {("q0", "c0")})
    e.matcher["DOB"] = scores
    return e


def test_a_look_alike_at_or_above_the_threshold_is_a_false_alert_and_an_unoffered_one_is_not():
    e = _eval(_set("t"), {("q0", "c0"): 95.0, ("q1", "c1"): 80.0})
    assert lookalike_alerts(e, e.matcher["DOB"], 80.0) == {"twin": (1, 2)}
    assert lookalike_alerts(e, e.matcher["DOB"], 80.5) == {"twin": (0, 2)}


def test_the_threshold_is_chosen_on_tuning_sets_only():
    tuning = _eval(_set("tuning"), {("q0", "c0"): 90.0, ("q1", "c1"): 70.0})
    # a held-out and an untuned set whose scores would pull the threshold elsewhere
    held = _eval(_set("held", held_out=True), {("q0", "c0"): 60.0, ("q1", "c1"): 75.0})
    untuned = _eval(_set("fz", untuned=True), {("q0", "c0"): 50.0})
    chosen = choose_threshold([tuning, held, untuned])
    assert chosen["person"] == (90.0, 1.0, 1.0)
    assert chosen["overall"] == (90.0, 1.0, 1.0)
    assert "organization" not in chosen


def test_no_threshold_is_chosen_on_a_set_whose_labels_are_read_off_another_field():
    """The restaurant listings' truth is a telephone number (a chain's branch written with a
    word more counts as another restaurant): their errors are listed, no threshold is chosen."""
    tuning = _eval(_set("tuning"), {("q0", "c0"): 90.0, ("q1", "c1"): 70.0})
    s = _set("listings")
    silver = _eval(OutsideSet(s.name, s.kind, s.queries, s.candidates, s.source, labels=s.labels, silver=True),
                   {("q0", "c0"): 60.0, ("q1", "c1"): 75.0})
    assert silver.set.tuning and not silver.set.sets_thresholds
    assert choose_threshold([tuning, silver])["person"] == (90.0, 1.0, 1.0)


def test_no_threshold_when_precision_never_reaches_the_target():
    # the true pair scores below two look-alikes: every threshold that finds it has precision 1/3
    e = _eval(_set("tuning"), {("q0", "c0"): 90.0, ("q1", "c1"): 95.0, ("q2", "c2"): 95.0})
    assert choose_threshold([e])["person"][0] is None
    e = _eval(_set("tuning"), {("q0", "c0"): 96.0, ("q1", "c1"): 95.0, ("q2", "c2"): 95.0})
    assert choose_threshold([e])["person"][0] == 96.0


def test_a_pair_whose_truth_the_set_does_not_know_is_neither_found_nor_false():
    """The restaurant listings know one restaurant by its telephone number: two numbers
    under one name (a chain's branches) are left out of every figure, by the matcher and by
    the baselines alike, while a pair of one number and one of two names stay."""
    q = [Record("a1", "3125550101", "Lumaro Cafe"), Record("a2", "3125550102", "Velmora Grill")]
    c = [Record("b1", "3125550101", "Lumaro Cafe & Bakery"), Record("b2", "3125550199", "Lumaro Cafe"),
         Record("b3", "3125550103", "Velmora Grille")]
    unknown = frozenset({("a1", "b2")})
    s = OutsideSet("t", Kind.ORGANIZATION, q, c, "test", unknown=unknown)
    for scores in (matcher_scores(s, with_dob=False), baseline_scores(s, floor=0.0)):
        assert ("a1", "b2") not in scores
        assert ("a1", "b1") in scores and ("a2", "b3") in scores
    assert true_pairs(s) == {("a1", "b1")}


def test_a_listing_number_is_its_ten_digits():
    assert _telephone("(312) 555-0101") == "3125550101"
    assert _telephone("+1 312 555 0101") == "3125550101"
    assert _telephone("12346") == ""  # too short to be one
    assert _listing_name(" Dove\ufffd\u06eas Luncheonette ") == "Dove's Luncheonette"


def _person(rid: str, given: str, surname: str) -> Record:
    return Record(rid, "e", f"{given} {surname}", parts=(given, surname))


def test_a_name_written_the_other_way_round_with_a_slip_in_each_part_is_read_as_swapped():
    from bench.outside import person_changes

    # Febrl writes a duplicate surname first and mistypes both parts: a swap, not two names replaced
    assert person_changes(_person("a", "jack", "stubbhw"), _person("b", "stubbs", "jaxck")) == [
        "swapped given/surname", "given: typo", "surname: two typos"]
    assert person_changes(_person("a", "jack", "stubbs"), _person("b", "stubbs", "jack")) == ["swapped given/surname"]
    # two other names stay replaced
    assert person_changes(_person("a", "jack", "stubbs"), _person("b", "maria", "lopez")) == [
        "given: replaced", "surname: replaced"]


_SCORES_DIGEST = """
import hashlib
from bench import outside as o
s = o.LOADERS["persons-tuning"]()
print(hashlib.sha256(repr(sorted(o.matcher_scores(s, with_dob=True).items())).encode()).hexdigest())
"""


def test_one_set_scores_alike_in_every_process():
    """coi's scores depend on the data, not on the order Python's string hashing gives a set
    in one process: the generated persons set scored twice, under two hash seeds, is scored
    pair for pair alike (the term-frequency counts, the local names, the blocking)."""
    root = Path(__file__).resolve().parents[1]
    digests = {subprocess.run([sys.executable, "-c", _SCORES_DIGEST], cwd=root, capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
                              ).stdout.strip() for seed in ("1", "2")}
    assert len(digests) == 1 and "" not in digests
