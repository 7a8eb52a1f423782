"""How a match is told to people: the probability in words with its percentage, the top
reasons in plain words, and the waterfall of the evidence (each feature's bits and the
running total) — one wording for ``coi compare``, the dashboard, the report and packets.

It explains only: which prompt may be explained to whom is coi.redaction's rule, which
calls :func:`explain` for a prompt it shows and :data:`WITHHELD` for one it redacts.
"""

from __future__ import annotations

from dataclasses import dataclass

from coi.model import Feature, Kind, MatchEvidence
from coi.names import evidence as model
from coi.names.compare import SAME_BIRTH

#: The comparisons that only a person's (an organization's) evidence has ("order" both have).
_PERSON_COMPARISONS = frozenset({"surname", "given", "middle", "generation", "dob"})
_ORGANIZATION_COMPARISONS = frozenset({"words", "kind", "number", "acronym"})

#: What a redacted prompt says in place of its probability and reasons: the same words for
#: every redacted prompt, computed from nothing of the match (coi.redaction).
WITHHELD = ("reached the threshold at which coi prompts; how likely and why are withheld "
            "because the party is confidential")


@dataclass(frozen=True, slots=True)
class Explanation:
    """A match as a person reads it: ``likelihood`` ("likely the same person (97%)"),
    ``reasons`` ("same date of birth; surname equal; given name a nickname (Bill for William)"),
    built from the features' levels and strings (coi.names.reasons), and the features behind
    them (empty for evidence stored before the evidence model, which had only a score)."""

    likelihood: str
    reasons: str
    features: tuple[Feature, ...] = ()
    prior: float = 0.0


def percent(p: float) -> str:
    """A probability as a member reads it: whole percent, never a flat 0% or 100%."""
    if p >= 0.995:
        return "over 99%"
    if p < 0.005:
        return "under 1%"
    return f"{p * 100:.0f}%"


def kind_of(evidence: MatchEvidence, fallback: Kind | str = Kind.PERSON) -> Kind:
    """Whether the evidence compared persons or organizations, from its features (an
    affiliation matched is an organization even on a person's row); ``fallback`` without them."""
    comparisons = {f.comparison for f in evidence.features}
    if comparisons & _ORGANIZATION_COMPARISONS and not comparisons & _PERSON_COMPARISONS:
        return Kind.ORGANIZATION
    if comparisons & _PERSON_COMPARISONS:
        return Kind.PERSON
    return Kind(fallback)


def likelihood(p: float, threshold: float, kind: Kind | str = Kind.PERSON, *, twin: bool = False) -> str:
    """"likely the same person (97%)", "possibly the same organization (84%)": the words of
    coi.names.evidence.likelihood_words for the policy's prompt threshold, with the percentage.
    ``twin``: another given name beside the same surname and date of birth, which may be the
    person or their twin (coi.names.compare.born_alike): "likely the same person or their twin"."""
    noun = "organization" if Kind(kind) is Kind.ORGANIZATION else "person or their twin" if twin else "person"
    return f"{model.likelihood_words(p, threshold)} {noun} ({percent(p)})"


#: The reasons a comparison adds to its features' (coi.names.org.org_match_evidence): how a
#: name was read, said alongside the top reasons wherever a match is explained.
NAME_READING_REASONS = ("met through", "a branch's place left out", "letters from another script",
                        "read as the body its unit belongs to", "read as the business one of whose sites it names")


def explain(evidence: MatchEvidence, threshold: float, kind: Kind | str = Kind.PERSON) -> Explanation:
    """The probability in words and the top reasons of one match. Evidence kept from before
    the evidence model (no features, a score that was no probability) is told as its score
    and its reason, as it was."""
    if not evidence.features:
        return Explanation(f"match score {evidence.score:g} of 100", evidence.reason)
    twin = any(f.level == SAME_BIRTH for f in evidence.features)
    words = likelihood(evidence.probability, threshold, kind_of(evidence, kind), twin=twin)
    reasons = model.top_reasons(evidence.features) or evidence.reason
    # how a name was read, which no feature says (a d/b/a's name, an owner's or a branch's place left out)
    said = [r for r in evidence.reason.split("; ") if r.startswith(NAME_READING_REASONS) and r not in reasons]
    return Explanation(words, "; ".join([reasons, *said]), evidence.features, evidence.prior)


def waterfall_rows(features: tuple[Feature, ...], prior: float) -> list[tuple[str, str, str, str, str, str]]:
    """The waterfall (coi.names.evidence.waterfall) as table rows: (comparison, level, the
    party's side, the disclosed side, bits added, running total), the prior first — each
    step of the sum behind the score."""
    steps = model.waterfall(features, prior)
    rows = [("prior", "before any comparison", "", "", f"{steps[0][1]:+.2f}", f"{steps[0][2]:+.2f}")]
    for f, (_, bits, total) in zip(features, steps[1:]):
        rows.append((f.comparison, f.level, f.left or "—", f.right or "—", f"{bits:+.2f}", f"{total:+.2f}"))
    return rows


def waterfall_words(features: tuple[Feature, ...], prior: float) -> list[tuple[str, str, str, str, str, str]]:
    """The waterfall as a member reads it on a card: (what was compared, in plain words, the
    party's side, the disclosed side, bits added, running total) — each level told in the
    words of coi.names.reasons, not by its name."""
    from coi.names.reasons import COMPARISONS, feature_words

    rows = waterfall_rows(features, prior)
    out = [("before any comparison", "how likely any two names are one, before comparing them", "", "",
            rows[0][4], rows[0][5])]
    for f, (_, _, left, right, bits, total) in zip(features, rows[1:]):
        out.append((COMPARISONS.get(f.comparison, f.comparison), feature_words(f) or f.level, left, right, bits,
                    total))
    return out


def waterfall_lines(evidence: MatchEvidence, threshold: float, kind: Kind | str, *,
                    query_label: str = "party", candidate_label: str = "disclosed") -> list[str]:
    """``coi compare``'s explanation after its first line: the waterfall (the disclosed side's
    column first), the match weight, the probability and score, and the top reasons in plain words."""
    if not evidence.features:  # a comparison without the evidence model's features: its parts, as they were
        return [*(f"  {part}: {value:g}" for part, value in evidence.components), f"  {evidence.reason}"]
    rows = [(c, level, candidate, query, bits, total)
            for c, level, query, candidate, bits, total in waterfall_rows(evidence.features, evidence.prior)]
    head = ("comparison", "level", candidate_label, query_label, "bits", "total")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def line(r: tuple[str, ...]) -> str:
        cells = [c.ljust(w) if i < 4 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))]
        return "  " + "  ".join(cells).rstrip()

    weight = evidence.match_weight
    shown = explain(evidence, threshold, kind)
    return [line(head), *(line(r) for r in rows),
            f"  match weight {weight:+.2f} bits → probability {model.probability(weight):.4f} → score "
            f"{evidence.score:g} of 100",
            f"  {shown.likelihood}; coi prompts from score {threshold:g}",
            f"  reasons: {shown.reasons or 'none strong enough to name'}"]


__all__ = ["Explanation", "WITHHELD", "explain", "kind_of", "likelihood", "percent", "waterfall_lines",
           "waterfall_rows", "waterfall_words"]
