"""The additive evidence model: each comparison lands on a level, each level has a weight.

In the manner of Fellegi and Sunter (the model Splink implements): a pair of names is
compared part by part — for persons the surname, the given name, middle names and
initials, the generation suffix, the date of birth; for organizations their distinctive
words, their kind, their numbers, an acronym — and each comparison lands on one of its
ordered *levels* (exact, nickname, one edit, phonetic, initial only, conflicting,
missing…). A level's weight is ``log2(m / u)`` in bits: ``m`` the chance of that level
when the two names are one person or organization, ``u`` the chance when they are not.
Where the level is "equal", ``u`` is the frequency of the very word compared (a rare
surname, a distinctive organization word), so a match on "Purdon" says more than a match
on "Smith". The match weight is the prior plus the sum of the weights; it maps to a
probability (``1 / (1 + 2^-weight)``) and to the 0–100 score (100 × the probability).
How each ``m`` and ``u`` was set is written beside it in the weights files
(``coi/data/weights_person.json``, ``coi/data/weights_organization.json``) and in
docs/MATCHING.md.

Every hit carries its features — which comparison, which level, how many bits, the two
strings compared and the words for it — and its score is their sum: nothing is capped or
read back from magic numbers. :func:`waterfall` and :func:`top_reasons` say them.
"""

from __future__ import annotations

import hashlib
import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from coi.model import Feature


def probability(match_weight: float) -> float:
    """The probability that two names are one person or organization, from the match weight
    in bits (prior included)."""
    if match_weight >= 60:
        return 1.0
    if match_weight <= -60:
        return 0.0
    return 1.0 / (1.0 + float(2.0 ** (-match_weight)))


def score(match_weight: float) -> float:
    """The 0–100 score of ``coi match`` and ``coi screen``: 100 × the probability, one decimal."""
    return round(100.0 * probability(match_weight), 1)


def match_weight(prior: float, features: tuple[Feature, ...]) -> float:
    return prior + math.fsum(f.weight for f in features)


@lru_cache(maxsize=4)
def load_weights(kind: str) -> dict[str, Any]:
    """The trained weights of ``kind`` ("person" or "organization"): the prior (bits) and, per
    comparison and level, ``m``, ``u`` and the bits, with how each was set."""
    raw = resources.files("coi").joinpath("data", f"weights_{kind}.json").read_text("utf-8")
    weights: dict[str, Any] = json.loads(raw)
    return weights


WEIGHT_KINDS = ("person", "organization")


@lru_cache(maxsize=1)
def weights_version() -> str:
    """The version of the trained weights the matcher scores with: the first 16 hex digits of
    the SHA-256 over both weights files' bytes, so any retraining gives another version and a
    screening run can say which weights made its scores."""
    h = hashlib.sha256()
    for kind in WEIGHT_KINDS:
        raw = resources.files("coi").joinpath("data", f"weights_{kind}.json").read_bytes()
        h.update(f"{kind}\0{len(raw)}\0".encode())
        h.update(raw)
    return h.hexdigest()[:16]


def level_weight(kind: str, comparison: str, level: str) -> float:
    """The bits of one level, as trained: ``log2(m / u)``."""
    entry = load_weights(kind)["comparisons"][comparison][level]
    return math.log2(entry["m"] / entry["u"])


def tf_weight(kind: str, comparison: str, level: str, frequency: float) -> float:
    """The bits of an "equal" level with its term-frequency adjustment: ``log2(m / u_word)``,
    ``u_word`` being the chance that two unrelated names share this very word — its share
    of the population (never below the floor the weights file sets)."""
    entry = load_weights(kind)["comparisons"][comparison][level]
    floor = entry.get("u_floor", 0.0)
    return math.log2(entry["m"] / max(frequency, floor, 1e-12))


def middle_weight(share: float) -> float:
    """The bits of two middle names that agree, with the term-frequency adjustment:
    ``log2(m / (u_both x share))``, ``u_both`` the chance two unrelated people both have a
    middle name and ``share`` the chance it is this one after this given name
    (coi.names.frequency.NameFrequencies.middle_share); never above the counted bits, an
    average over the tuning data's middle names, most of them rare there."""
    entry = load_weights("person")["comparisons"]["middle"]["agree"]
    counted = math.log2(entry["m"] / entry["u"])
    return min(counted, math.log2(entry["m"] / (entry["u_both"] * max(share, 1e-12))))


def prior(kind: str, rows: int = 0) -> float:
    """The prior, in bits: the log-odds that two records compared are one, before any
    comparison. As trained (the Fellegi-Sunter prior of the tuning sets, a few thousand
    records each); for persons screened in a docket of ``rows`` person rows, at most
    ``log2(1 / rows)``: a disclosed person is one of a docket's rows a few times at most,
    so the larger the docket, the less likely any one row is them, and the more a name
    alone must say (a common name without a date of birth prompts in a hundred-case docket,
    not among a million rows, where hundreds bear it). Never above the trained prior: a
    small docket is screened as the tuning sets were scored."""
    trained: float = load_weights(kind)["prior"]
    if kind != "person" or rows <= 1:
        return trained
    return min(trained, -math.log2(rows))


def waterfall(features: tuple[Feature, ...], prior_bits: float) -> list[tuple[str, float, float]]:
    """Each step of the sum: (label, bits added, running total), starting from the prior."""
    steps = [("prior (before any comparison)", prior_bits, prior_bits)]
    total = prior_bits
    for f in features:
        total += f.weight
        left = f.left or "—"
        right = f.right or "—"
        steps.append((f"{f.comparison}: {f.level} ({left} / {right})", f.weight, total))
    return steps


def top_reasons(features: tuple[Feature, ...], n: int = 3) -> str:
    """The strongest features in plain words, strongest first, for and against, each built
    from its level and strings (coi.names.reasons): "same date of birth; surname equal; given
    name a nickname (Bill for William)"."""
    from coi.names.reasons import feature_words

    worded = ((f, feature_words(f)) for f in features if abs(f.weight) >= 0.5)
    ranked = sorted(((f, w) for f, w in worded if w), key=lambda fw: -abs(fw[0].weight))
    return "; ".join(w for _, w in ranked[:n])


def likelihood_words(p: float, threshold: float) -> str:
    """How a member reads the probability: "likely the same person" at 0.9 or more,
    "possibly the same person" from the prompt threshold up, "unlikely" below it."""
    if p >= 0.9:
        return "likely the same"
    if p * 100 >= threshold:
        return "possibly the same"
    return "unlikely the same"
