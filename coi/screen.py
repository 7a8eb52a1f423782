"""Screening: every party of every case against every member's ties → self-recusal prompts.

A party raises a prompt for a member when
- its name matches a tie's name or alias (the tie's category: spouse, friend, employment…),
- it is an organization matching the member's employer or association, or
- one of its ``affiliations`` matches the member's employer or an association the member
  serves in (a fellow employee → employment, a fellow member → association),
- or its name is the member's own (``other``: a member can be a party).
One prompt per (case, member, party, category): the best-scoring evidence is kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from coi.graph import PanelGraph, Tie
from coi.model import Kind, Party, PathStep, Prompt, Tier
from coi.names import Candidate, Hit, NameIndex, looks_like_organization
from coi.policy import Policy
from coi.redaction import Redactor, affiliation_basis, follow_the_person

MEMO_LIMIT = 1_000_000  # names remembered by one Screener before it starts afresh


@dataclass(frozen=True, slots=True)
class Screener:
    """A Panel's ties, indexed once, ready to screen any number of cases."""

    graph: PanelGraph
    policy: Policy
    index: NameIndex
    affiliation_index: NameIndex
    # what each name met: a docket repeats its agencies, officers and attorneys
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, graph: PanelGraph, policy: Policy) -> "Screener":
        def candidates(ties: Iterable[tuple[int, Tie]]) -> list[Candidate]:
            return [
                Candidate(text=name, kind=tie.kind, ref=(i, name), date_of_birth=tie.date_of_birth)
                for i, tie in ties
                for name in tie.names
            ]

        numbered = list(enumerate(graph.ties))
        return cls(
            graph=graph,
            policy=policy,
            index=NameIndex(candidates(numbered)),
            affiliation_index=NameIndex(candidates((i, t) for i, t in numbered if t.by_affiliation)),
        )

    def screen_party(self, party: Party) -> list[Prompt]:
        """Every prompt one party raises, at most one per (member, category)."""
        threshold = self.policy.prompt_threshold
        best: dict[tuple[str, str], Prompt] = {}

        def offer(prompt: Prompt) -> None:
            k = (prompt.member_id, prompt.category)
            if k not in best or prompt.score > best[k].score:
                best[k] = prompt

        for hit in self.name_hits(party.name, party.kind, party.date_of_birth):
            tie = self.graph.ties[hit.candidate.ref[0]]
            offer(self._prompt(party, tie, hit.evidence, tie.path))
        for affiliation in party.affiliations:
            for hit in self._remember(("affiliation", affiliation), lambda: self.affiliation_index.match(
                    affiliation, Kind.ORGANIZATION, floor=threshold)):
                tie = self.graph.ties[hit.candidate.ref[0]]
                path = tie.path + (PathStep(f"affiliated {party.role}", party.name),)
                offer(self._prompt(party, tie, hit.evidence, path, via_affiliation=affiliation))
        return sorted(best.values(), key=lambda p: (p.member_id, p.category))

    def name_hits(self, name: str, kind: Kind, date_of_birth: dt.date | None = None) -> Sequence[Hit]:
        """The ties a party's name matches at the threshold; a person's name that reads as an
        organization's ("Oak Ridge PD" filed as a person) is tried as both."""
        def find() -> list[Hit]:
            threshold = self.policy.prompt_threshold
            hits = self.index.match(name, kind, date_of_birth=date_of_birth, floor=threshold)
            if kind is Kind.PERSON and looks_like_organization(name):
                hits += self.index.match(name, Kind.ORGANIZATION, floor=threshold)
            return hits

        return self._remember((name, kind, date_of_birth), find)

    def _remember(self, key: tuple, find: Callable[[], list[Hit]]) -> Sequence[Hit]:
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[key] = tuple(find())
        return found

    def _prompt(self, party: Party, tie: Tie, evidence, path: tuple[PathStep, ...], via_affiliation: str | None = None) -> Prompt:
        rule = self.policy.rule(tie.category)
        member = self.graph.members[tie.member_id]
        basis = rule.basis
        if via_affiliation is not None:
            basis = affiliation_basis(rule.basis, via_affiliation, tie.category.words)
        return Prompt(
            case_id=party.case_id,
            member_id=tie.member_id,
            member_name=member.name,
            party=party,
            category=tie.category,
            tier=rule.tier,
            score=evidence.score,
            matched_name=evidence.matched,
            path=path,
            basis=basis,
            evidence=evidence,
            tie_key=tie.key + ("|affiliation" if via_affiliation is not None else ""),
        )


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    prompts: tuple[Prompt, ...]
    cases: int
    parties: int
    by_category: Counter = field(default_factory=Counter)
    by_member: Counter = field(default_factory=Counter)
    by_tier: Counter = field(default_factory=Counter)


def screen_docket(
    parties: Iterable[Party],
    screener: Screener,
    *,
    progress: Callable[[int], None] | None = None,
) -> ScreeningResult:
    """Screen every party; ``progress`` is called with the number of parties done so far.
    A person confidential on one row of a case is screened as confidential on every row of it."""
    parties = follow_the_person(parties)
    prompts: list[Prompt] = []
    cases: set[str] = set()
    n = 0
    for n, party in enumerate(parties, 1):
        cases.add(party.case_id)
        prompts.extend(screener.screen_party(party))
        if progress is not None and n % 500 == 0:
            progress(n)
    if progress is not None:
        progress(n)
    prompts.sort(key=lambda p: (p.case_id, p.member_id, -p.score, p.party.name, p.category))
    return ScreeningResult(
        prompts=tuple(prompts),
        cases=len(cases),
        parties=n,
        by_category=Counter(p.category for p in prompts),
        by_member=Counter(p.member_id for p in prompts),
        by_tier=Counter(p.tier for p in prompts),
    )


OUTPUT_COLUMNS = ("case_id", "member_id", "member_name", "party_name", "party_role", "category", "tier", "score",
                  "matched_name", "path", "basis")


def redacted_path(prompt: Prompt, redactor: Redactor | None = None) -> tuple[PathStep, ...]:
    """The path as a redacted output writes it (coi.redaction): for a confidential party
    ``Member <member> → <category> [confidential]``, none of the ties between."""
    return (redactor or Redactor.of(prompts=(prompt,), exact=True)).prompt(prompt).path


def prompt_row(prompt: Prompt, *, reveal_confidential: bool = False,
               redactor: Redactor | None = None) -> dict[str, str]:
    """One output row of ``coi screen`` (CONTRACT.md). A confidential party is redacted by
    the one rule (coi.redaction): its name, the name it matched, the chain of ties and the
    affiliation in the basis; ``category`` stays exact (the contract's column).
    ``redactor``: the docket's (a name confidential on one row of a case is so on all)."""
    redactor = redactor or Redactor.of(prompts=(prompt,), exact=True)
    if reveal_confidential and not redactor.reveal:
        redactor = dataclasses.replace(redactor, reveal=True)
    shown = redactor.prompt(prompt)
    return {
        "case_id": prompt.case_id,
        "member_id": prompt.member_id,
        "member_name": prompt.member_name,
        "party_name": shown.party,
        "party_role": str(prompt.party.role),
        "category": str(prompt.category),
        "tier": str(prompt.tier),
        "score": f"{prompt.score:.1f}",
        "matched_name": shown.matched_name,
        "path": shown.path_text,
        "basis": shown.basis,
    }


def summary_lines(result: ScreeningResult, members: dict[str, str]) -> list[str]:
    """The one-screen summary `coi screen` prints at the end."""
    lines = [
        f"Screened {result.parties:,} parties in {result.cases:,} cases: {len(result.prompts):,} prompts "
        f"({result.by_tier.get(Tier.STATUTORY, 0):,} statutory, {result.by_tier.get(Tier.ADVISORY, 0):,} advisory).",
    ]
    if result.by_category:
        lines.append("By category:")
        width = max(len(str(c)) for c in result.by_category)
        for category, count in sorted(result.by_category.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {str(category):<{width}}  {count:>6,}")
    if result.by_member:
        lines.append("By member:")
        for member_id, count in sorted(result.by_member.items()):
            lines.append(f"  {member_id:<6} {members.get(member_id, ''):<30} {count:>6,}")
    return lines


__all__: Sequence[str] = ("Screener", "ScreeningResult", "screen_docket", "prompt_row", "redacted_path", "summary_lines",
                          "OUTPUT_COLUMNS")
