"""Comparing two names of one kind: the evidence, its weight and the score.

``compare_names`` is the one comparison every caller uses (the index after blocking,
``coi compare``, the benchmarks); dates of birth are compared here too.
"""

from __future__ import annotations

import datetime as dt

from coi.model import Kind, MatchEvidence
from coi.names.normalize import fold_forms
from coi.names.org import compare_orgs, parse_org_forms
from coi.names.person import compare_persons, loosely_near, person_forms
from coi.names.weights import PERSON as PERSON_WEIGHTS

def dob_effect(a: dt.date | None, b: dt.date | None) -> tuple[float | None, str]:
    """What two dates of birth say: (None, "") when either is missing; otherwise a cap or
    a bonus on the score. A one-digit slip or a day/month swap is taken as a typo."""
    if a is None or b is None:
        return None, ""
    if a == b:
        return PERSON_WEIGHTS.same_dob_bonus, f"same date of birth {a.isoformat()}"
    sa, sb = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    if sum(x != y for x, y in zip(sa, sb)) == 1 or _digits_swapped(sa, sb) or (
            a.year == b.year and a.month == b.day and a.day == b.month):
        return 0.0, f"dates of birth {a.isoformat()} / {b.isoformat()} nearly equal (a typo?)"
    return -100.0, f"different dates of birth ({a.isoformat()} / {b.isoformat()}): another person"


def _digits_swapped(a: str, b: str) -> bool:
    """1979-11-21 / 1979-11-12: two neighbouring digits typed the wrong way round."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


#: The most a pair can score when the dates of birth on both sides disagree.
REFUTED_BY_DOB_CAP = 45.0


def _refuted(components: list[tuple[str, float]]) -> bool:
    """Another generation (Jr./Sr.) or another middle name: the name says another person."""
    parts = dict(components)
    return parts.get("generation", 0) <= -100 or parts.get("middle", 0) < 0


def _near_on_both_parts(components: list[tuple[str, float]]) -> bool:
    """Surname near, given name near or missing, nothing against (generation, middle name,
    a weak swapped reading): what a same date of birth may lift to a prompt."""
    parts = dict(components)
    if _refuted(components) or parts.get("weak order", 0) < 0:
        return False
    return (parts.get("surname", 0) >= 100 * PERSON_WEIGHTS.surname_near
            and parts.get("given", 0) >= 100 * PERSON_WEIGHTS.missing_given)


def compare_names(
    query: str,
    candidate: str,
    kind: Kind,
    *,
    query_dob: dt.date | None = None,
    candidate_dob: dt.date | None = None,
) -> MatchEvidence:
    """Compare two names of the same kind; the evidence says how alike and why."""
    if kind is Kind.ORGANIZATION:
        best = max(
            (compare_orgs(q, c) for q in parse_org_forms(query) for c in parse_org_forms(candidate)),
            key=lambda r: r.score,
        )
    else:
        best = max(
            (compare_persons(c, q) for q in person_forms(query) for c in person_forms(candidate)),
            key=lambda r: r.score,
        )
    score, components, reasons = best.score, list(best.components), [best.reason]
    if kind is Kind.PERSON:
        effect, words = dob_effect(query_dob, candidate_dob)
        if effect is not None:
            if effect < 0:
                score = min(score, REFUTED_BY_DOB_CAP)
            elif effect > 0 and _near_on_both_parts(components):
                score = min(100.0, max(score + effect, PERSON_WEIGHTS.dob_corroborated))
                reasons.append("the same date of birth corroborates a name near on both parts")
            elif (effect > 0 and score + effect < PERSON_WEIGHTS.dob_corroborated and not _refuted(components)
                  and any(loosely_near(q, c) for q in person_forms(query) for c in person_forms(candidate))):
                score = PERSON_WEIGHTS.dob_corroborated
                reasons.append("the same date of birth, and the names alike but for slips (two letters, "
                               "or the sound): taken for one person")
            else:
                score = min(100.0, score + effect)
            components.append(("dob", effect))
            reasons.append(words)
    if len(fold_forms(query)) > 1 or len(fold_forms(candidate)) > 1:
        reasons.append("letters from another script read as the Latin letters they imitate")
    return MatchEvidence(
        query=query,
        matched=candidate,
        score=round(score, 1),
        components=tuple(components),
        reason="; ".join(r for r in reasons if r),
    )
