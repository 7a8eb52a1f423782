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
import multiprocessing
import multiprocessing.pool
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field

from coi.graph import PanelGraph, Tie
from coi.model import Category, Kind, MatchEvidence, Party, PathStep, Prompt, Tier
from coi.names import Candidate, Hit, NameIndex, looks_like_organization
from coi.names.index import Corpus
from coi.policy import Policy
from coi.redaction import Redactor, affiliation_basis, follow_the_person

MEMO_LIMIT = 1_000_000  # names remembered by one Screener before it starts afresh
#: A docket with fewer distinct names than this is screened in this process: starting
#: worker processes costs more than it saves. Kept high for the forks made here, in the
#: dashboard's process (a disclosure's save screens again) or ``coi rescreen``'s.
PARALLEL_FROM = 20_000
#: ... and with workers a caller started before it read the docket (``coi screen``:
#: :func:`worth_forking`, :func:`worker_pool`), from this many: a docket's organizations
#: cost the most a name and come first, so two workers share the time from about 1,000
#: distinct names (measured on the generated v3 docket: 974 distinct names take 0.9 CPU-s
#: to screen in one process, 1,893 take 2.1; forking two workers costs a few tenths).
POOL_FROM = 1_000
CHUNK = 2_000  # distinct names handed to a worker at a time
ORG_CHUNK = 200  # distinct organization names (parties and affiliations) handed to a worker at a time
_NONE = object()  # no date of birth seen yet (screen_docket: None is a date of birth, missing)


@dataclass(frozen=True, slots=True)
class Screener:
    """A Panel's ties, indexed once, ready to screen any number of cases."""

    graph: PanelGraph
    policy: Policy
    index: NameIndex
    affiliation_index: NameIndex
    # what each name met: a docket repeats its agencies, officers and attorneys
    _memo: dict[tuple[object, ...], tuple[Hit, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, graph: PanelGraph, policy: Policy, corpus: Corpus | None = None) -> "Screener":
        """``corpus``: the frequencies of the names being screened (:func:`docket_corpus`);
        None: the shipped tables alone."""
        def candidates(ties: Iterable[tuple[int, Tie]]) -> list[Candidate]:
            return [
                Candidate(text=name, kind=tie.kind, ref=(i, name), date_of_birth=tie.date_of_birth)
                for i, tie in ties
                for name in tie.names
            ]

        numbered = list(enumerate(graph.ties))
        index = NameIndex(candidates(numbered), corpus=corpus)
        affiliation_index = NameIndex(candidates((i, t) for i, t in numbered if t.by_affiliation), corpus=corpus)
        index.share_org_memo(affiliation_index)  # an agency is a party and an affiliation: compared once
        return cls(graph=graph, policy=policy, index=index, affiliation_index=affiliation_index)

    def screen_party(self, party: Party) -> list[Prompt]:
        """Every prompt one party raises, at most one per (member, category)."""
        threshold = self.policy.prompt_threshold
        return self._prompts(party, self.name_hits(party.name, party.kind, party.date_of_birth),
                             lambda affiliation: self._remember(("affiliation", affiliation), lambda: self.affiliation_index.match(
                                 affiliation, Kind.ORGANIZATION, floor=threshold)))

    def _prompts(self, party: Party, name_hits: Sequence[Hit], affiliation_hits: Callable[[str], Sequence[Hit]]
                 ) -> list[Prompt]:
        """The prompts of one party from the hits of its name and of its affiliations, the
        best-scoring one per (member, category) (the first met on a tie)."""
        best: dict[tuple[str, str], Prompt] = {}

        def offer(prompt: Prompt) -> None:
            k = (prompt.member_id, prompt.category)
            if k not in best or prompt.score > best[k].score:
                best[k] = prompt

        for hit in name_hits:
            tie = self._tie(hit)
            offer(self._prompt(party, tie, hit.evidence, tie.path))
        for affiliation in party.affiliations:
            for hit in affiliation_hits(affiliation):
                tie = self._tie(hit)
                path = tie.path + (PathStep.of_affiliation(party.role, party.name),)
                offer(self._prompt(party, tie, hit.evidence, path, via_affiliation=affiliation))
        return sorted(best.values(), key=lambda p: (p.member_id, p.category))

    def name_hits_many(self, tasks: Sequence[tuple[str, Kind, Sequence[dt.date | None]]]
                       ) -> list[list[tuple[Hit, ...]]]:
        """:meth:`name_hits` of each (name, kind) for each of its dates of birth (the same
        hits), the names blocked and compared once each, in one batch (NameIndex.match_many)."""
        threshold = self.policy.prompt_threshold
        found = self.index.match_many(tasks, floor=threshold)
        out = []
        for (name, kind, _), per in zip(tasks, found):
            if kind is Kind.PERSON and looks_like_organization(name):
                extra = self.index.match(name, Kind.ORGANIZATION, floor=threshold)
                per = [hits + extra for hits in per]
            out.append([tuple(hits) for hits in per])
        return out

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

    def _tie(self, hit: Hit) -> Tie:
        """The tie a hit found: its candidate's ``ref`` is (the tie's number, the name matched)."""
        ref = hit.candidate.ref
        assert isinstance(ref, tuple)
        number: int = ref[0]
        return self.graph.ties[number]

    def _remember(self, key: tuple[object, ...], find: Callable[[], list[Hit]]) -> Sequence[Hit]:
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[key] = tuple(find())
        return found

    def _prompt(self, party: Party, tie: Tie, evidence: MatchEvidence, path: tuple[PathStep, ...],
                via_affiliation: str | None = None) -> Prompt:
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
    by_category: Counter[Category] = field(default_factory=Counter)
    by_member: Counter[str] = field(default_factory=Counter)
    by_tier: Counter[Tier] = field(default_factory=Counter)


def screen_docket(
    parties: Iterable[Party],
    screener: Screener,
    *,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    pool: "WorkerPool | None" = None,
    followed: bool = False,
) -> ScreeningResult:
    """Screen every party; ``progress`` is called with the number of parties done so far.
    A person confidential on one row of a case is screened as confidential on every row of it.

    Batched: the docket is grouped by distinct (name, kind), each blocked and compared once
    for all the dates of birth it comes with (NameIndex.match_dates), each distinct
    affiliation once; the distinct names are shared among ``workers`` forked processes
    (default: every core this process may use) when there are many, each name's hits the
    same wherever it is computed; ``pool``: workers started before the docket was read
    (:func:`worker_pool`); ``followed``: the parties are already :func:`follow_the_person`'s.
    The prompts are exactly those of :meth:`Screener.screen_party` on each party in turn."""
    parties = parties if followed and isinstance(parties, list) else follow_the_person(parties)
    # (name, kind) → its first date of birth; the others, in order, only for names that have
    # several (most have one: no dict a name, on a million rows)
    first: dict[tuple[str, Kind], dt.date | None] = {}
    more: dict[tuple[str, Kind], dict[dt.date | None, None]] = {}
    affiliations: dict[str, None] = {}
    for party in parties:
        key = (party.name, party.kind)
        date = party.date_of_birth
        had = first.get(key, _NONE)
        if had is _NONE:
            first[key] = date
        elif date != had:
            more.setdefault(key, {})[date] = None
        if party.affiliations:
            for affiliation in party.affiliations:
                affiliations[affiliation] = None
    # the rows of each (name, kind), for the progress only
    rows = Counter((party.name, party.kind) for party in parties) if progress is not None else None
    tasks = [(name, kind, (date, *more[name, kind]) if (name, kind) in more else (date,))
             for (name, kind), date in first.items()]
    del first, more
    name_hits: dict[tuple[str, Kind, dt.date | None], tuple[Hit, ...]] = {}
    affiliation_hits: dict[str, tuple[Hit, ...]] = {}
    done = 0
    for chunk, found, aff_found in _hits(screener, tasks, list(affiliations), workers, pool):
        for (name, kind, dates), per_date in zip(chunk, found):
            for date, hits in zip(dates, per_date):
                if hits:
                    name_hits[name, kind, date] = hits
            if rows is not None:
                done += rows[name, kind]
        affiliation_hits.update(aff_found)
        if progress is not None:
            progress(done)
    prompts: list[Prompt] = []
    cases: set[str] = set()
    nothing: tuple[Hit, ...] = ()
    hit_names = {name for name, _, _ in name_hits}  # most parties meet nothing: one look-up of the name tells
    for party in parties:
        cases.add(party.case_id)
        hits = (name_hits.get((party.name, party.kind, party.date_of_birth), nothing) if party.name in hit_names
                else nothing)
        # a party whose name and affiliations met nothing raises nothing: _prompts is skipped
        if hits or (party.affiliations and not affiliation_hits.keys().isdisjoint(party.affiliations)):
            prompts.extend(screener._prompts(party, hits, lambda a: affiliation_hits.get(a, nothing)))
    if progress is not None:
        progress(len(parties))
    prompts.sort(key=lambda p: (p.case_id, p.member_id, -p.score, p.party.name, p.category))
    return ScreeningResult(
        prompts=tuple(prompts),
        cases=len(cases),
        parties=len(parties),
        by_category=Counter(p.category for p in prompts),
        by_member=Counter(p.member_id for p in prompts),
        by_tier=Counter(p.tier for p in prompts),
    )


def docket_corpus(parties: Iterable[Party], *, followed: bool = False) -> Corpus:
    """The name frequencies of a screening (issue 13's term-frequency adjustment): the
    docket's party names and affiliations — never a confidential party's (its row nor any
    row of the same person in its case), and never the members' disclosures, so that no
    member's scores depend on a name they may not see (another member's relatives, a
    confidential complainant). A given name or surname counts once per case: a family
    named together in one case (the Quills of a dispute) is one family, and must not make
    its own name look common — least of all when a member's relative is one of them.
    ``followed``: the parties are already :func:`follow_the_person`'s (``coi screen`` follows
    them once for the counting and the screening)."""
    from coi.names.frequency import us_frequencies
    from coi.names.index import given_middle_surname
    from coi.names.org_corpus import OrgCorpus

    given: Counter[str] = Counter()
    surnames: Counter[str] = Counter()
    # the case each word was last counted in: a case's rows come together in a docket, so a
    # word met again in the same case is not counted again (one entry a word, not a row)
    last_given: dict[str, str] = {}
    last_surname: dict[str, str] = {}
    middles: Counter[tuple[str, str]] = Counter()  # (given name, middle name), once per case as the words are
    last_middle: dict[tuple[str, str], str] = {}
    orgs: dict[str, None] = {}
    people = 0
    split: dict[str, tuple[str, str, str]] = {}  # each distinct name split once (a docket repeats its names)
    for party in (parties if followed else follow_the_person(parties)):
        if party.confidential:
            continue
        for a in party.affiliations:
            orgs[a] = None
        if party.kind is Kind.ORGANIZATION:
            orgs[party.name] = None
            continue
        people += 1
        g, m, s = split.get(party.name) or split.setdefault(party.name, given_middle_surname(party.name))
        if m and last_middle.get((g, m)) != party.case_id:
            last_middle[g, m] = party.case_id
            middles[g, m] += 1
        if g and last_given.get(g) != party.case_id:
            last_given[g] = party.case_id
            given[g] += 1
        if s and last_surname.get(s) != party.case_id:
            last_surname[s] = party.case_id
            surnames[s] += 1
    return Corpus(persons=us_frequencies().counted(given, surnames, people, rows=people, middles=middles),
                  organizations=OrgCorpus.from_names(orgs))


# ------------------------------------------------------------------ batches, on every core

Task = tuple[str, Kind, tuple[dt.date | None, ...]]
#: The hits of one chunk: for each task, for each of its dates of birth, the hits; and each affiliation's.
Hits = tuple[list[list[tuple[Hit, ...]]], dict[str, tuple[Hit, ...]]]
#: The same, as a worker sends them back: (candidate number, evidence) for each hit.
Numbered = tuple[list[list[tuple[tuple[int, MatchEvidence], ...]]], dict[str, tuple[tuple[int, MatchEvidence], ...]]]
_FORKED: Screener | None = None  # the screener a forked worker inherited


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _batch(screener: Screener, tasks: list[Task], affiliations: list[str]) -> Hits:
    """The hits of a chunk of distinct names (per date of birth) and of affiliations."""
    threshold = screener.policy.prompt_threshold
    found = screener.name_hits_many(tasks) if tasks else []
    aff = {a: tuple(screener.affiliation_index.match(a, Kind.ORGANIZATION, floor=threshold)) for a in affiliations}
    return found, {a: hits for a, hits in aff.items() if hits}


_NUMBERS: tuple[int, dict[int, int], dict[int, int]] | None = None  # (id of the screener, its candidates' numbers)


def _numbers(screener: Screener) -> tuple[dict[int, int], dict[int, int]]:
    """Each candidate's number in the index and in the affiliation index, by identity; made
    once in a worker, not once a batch."""
    global _NUMBERS
    if _NUMBERS is None or _NUMBERS[0] != id(screener):
        _NUMBERS = (id(screener), {id(c): i for i, c in enumerate(screener.index.candidates)},
                    {id(c): i for i, c in enumerate(screener.affiliation_index.candidates)})
    return _NUMBERS[1], _NUMBERS[2]


def _in_worker(job: tuple[list[Task], list[str]]) -> Numbered:
    """A forked worker's batch; hits travel back as (candidate number, evidence)."""
    tasks, affiliations = job
    screener = _FORKED
    assert screener is not None, "a worker runs only in a pool worker_pool() forked"
    found, aff = _batch(screener, tasks, affiliations)
    number, anumber = _numbers(screener)
    return ([[tuple((number[id(h.candidate)], h.evidence) for h in hits) for hits in per] for per in found],
            {a: tuple((anumber[id(h.candidate)], h.evidence) for h in hits) for a, hits in aff.items()})


class WorkerPool:
    """Forked processes holding one Screener (:func:`worker_pool`)."""

    def __init__(self, pool: multiprocessing.pool.Pool, screener: Screener, workers: int):
        self.pool, self.screener, self.workers = pool, screener, workers


@contextmanager
def worker_pool(screener: Screener, workers: int | None = None) -> Iterator[WorkerPool | None]:
    """Worker processes forked now, each holding ``screener``: start them before reading a
    large docket, so that they neither copy nor share its rows (a forked worker's resident
    memory counts every page of its parent's), and hand the pool to :func:`screen_docket`.
    Yields None where one process is all there is (one core, or no ``fork``)."""
    workers = _cores() if workers is None else workers
    if workers <= 1 or "fork" not in _start_methods():
        yield None
        return
    from coi.names.compare import compare_names

    # the tables every comparison reads (Census frequencies, weights, nicknames), loaded once
    # here and shared with the workers rather than loaded in each
    compare_names("Ann B. Lee", "Anne Lee Jr", Kind.PERSON)
    compare_names("Oak Ridge PD", "Oak Ridge Police Department", Kind.ORGANIZATION)
    global _FORKED
    _FORKED = screener
    pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        yield WorkerPool(pool, screener, workers)
    finally:
        pool.terminate()
        pool.join()
        _FORKED = None


def worth_forking(path: str | os.PathLike[str]) -> bool:
    """True for a docket file large enough (``POOL_FROM`` distinct names or so) that
    screening it in worker processes pays."""
    try:
        return os.path.getsize(path) >= POOL_FROM * 100  # about 68 bytes a party row, 0.5–1 distinct names a row
    except OSError:
        return False


def _hits(screener: Screener, tasks: list[Task], affiliations: list[str], workers: int | None,
          pool: WorkerPool | None = None
          ) -> Iterator[tuple[list[Task], list[list[tuple[Hit, ...]]], dict[str, tuple[Hit, ...]]]]:
    """(chunk, hits per task and date, affiliation hits) for every chunk of the tasks: in
    this process for a small docket, else in forked workers (``pool``'s, or forked now)."""
    if pool is not None and pool.screener is not screener:
        raise ValueError("the worker pool holds another screener: start it with worker_pool(this screener)")
    workers = (pool.workers if pool is not None else _cores()) if workers is None else workers
    jobs = _jobs(tasks, affiliations)
    if workers <= 1 or len(tasks) < (PARALLEL_FROM if pool is None else POOL_FROM) or "fork" not in _start_methods():
        for chunk, affs in jobs:
            found, aff = _batch(screener, chunk, affs)
            yield chunk, found, aff
        return
    with (nullcontext(pool) if pool is not None else worker_pool(screener, workers)) as forked:
        assert forked is not None  # more than one worker and fork: worker_pool forks them
        people, orgs = screener.index.candidates, screener.affiliation_index.candidates
        for (chunk, _), (numbered, anumbered) in zip(jobs, forked.pool.imap(_in_worker, jobs)):
            yield (chunk,
                   [[tuple(Hit(people[i], ev) for i, ev in hits) for hits in per] for per in numbered],
                   {a: tuple(Hit(orgs[i], ev) for i, ev in hits) for a, hits in anumbered.items()})


def _jobs(tasks: list[Task], affiliations: list[str]) -> list[tuple[list[Task], list[str]]]:
    """The batches: organizations first, each organization name with its tasks and as an
    affiliation in one batch (an agency is both; its comparisons are made once, in the
    index's memo), ``ORG_CHUNK`` names a batch — they cost the most a name, so they go
    first and in small batches, for the workers to share them evenly; then the persons,
    ``CHUNK`` names a batch."""
    orgs: dict[str, list[Task]] = {}
    people: list[Task] = []
    for task in tasks:
        if task[1] is Kind.ORGANIZATION:
            orgs.setdefault(task[0], []).append(task)
        else:
            people.append(task)
    affiliated = set(affiliations)
    names = list(dict.fromkeys([*orgs, *affiliations]))
    jobs = []
    for i in range(0, len(names), ORG_CHUNK):
        chunk = names[i:i + ORG_CHUNK]
        jobs.append(([t for n in chunk for t in orgs.get(n, ())], [n for n in chunk if n in affiliated]))
    jobs += [(people[i:i + CHUNK], []) for i in range(0, len(people), CHUNK)]
    return jobs


def _start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()


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


__all__: Sequence[str] = ("Screener", "ScreeningResult", "screen_docket", "docket_corpus", "prompt_row", "redacted_path", "summary_lines",
                          "OUTPUT_COLUMNS")
