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
import itertools
import multiprocessing
import multiprocessing.pool
import operator
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Hashable, TypeVar

from coi.graph import PanelGraph, Tie
from coi.heap import give_back, without_cycle_collection
from coi.model import Category, Kind, MatchEvidence, Party, PathStep, Prompt, Tier
from coi.names import Candidate, Hit, NameIndex, looks_like_organization, organizations_named
from coi.names.index import Blocked, Corpus
from coi.policy import Policy
from coi.redaction import Redactor, affiliation_basis, follow_the_person

if TYPE_CHECKING:
    import numpy as np

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
#: How much lower the workers' scheduling priority is than the process that forked them
#: (``nice``). While ``coi screen`` reads and counts the docket, it and the workers blocking its
#: names want more cores than there are; its work is the one the rest waits for, so the
#: workers give way to it then (on two cores, weight 1024 against two of 423: a core each way).
#: Once it waits on them, they have every core the machine's other work leaves (which, at
#: nice 0, comes before them); a screening that forks its own pool (the dashboard's) gains
#: nothing from it and loses nothing on an idle machine.
WORKER_NICENESS = 4
#: How many of the commonest US names (:func:`coi.names.frequency.common_words`) each worker
#: makes its blocking tables for as it starts, per byte of the docket (:func:`warm_words`),
#: and at most: ``coi screen`` reads the docket mostly in one process for its first seconds
#: (Arrow's parse alone uses every core), the workers idle; warmed then, the words cost
#: nothing when its names are blocked. About 70 bytes a party row: 50,000 words on a million
#: rows, about 1.6 CPU-s a worker on a slow machine, within the reading's time; the blocking
#: of a worker's share of those rows then took 8 to 25 % less CPU (measured interleaved).
WARM_PER_BYTE = 1 / 1_400
WARM_MOST = 50_000

_NAME = operator.attrgetter("name")
_KIND = operator.attrgetter("kind")
_DATE_OF_BIRTH = operator.attrgetter("date_of_birth")
_AFFILIATIONS = operator.attrgetter("affiliations")
_CASE_ID = operator.attrgetter("case_id")
_Word = TypeVar("_Word", bound=Hashable)  # a word counted: a name, or a (given name, middle name)


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
    @without_cycle_collection()
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

    def use_corpus(self, corpus: Corpus | None) -> None:
        """Screen from now on with ``corpus``'s frequencies (:func:`docket_corpus`): a screener
        built before its docket was read — and its workers forked then, holding none of the
        docket (:func:`worker_pool`) — is given the docket's frequencies once it is counted."""
        self.index.use_corpus(corpus)
        self.affiliation_index.use_corpus(corpus)
        self._memo.clear()

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

    def name_hits_many(self, tasks: Sequence[tuple[str, Kind, Sequence[dt.date | None]]],
                       blocked: Sequence[Blocked] | None = None) -> list[list[tuple[Hit, ...]]]:
        """:meth:`name_hits` of each (name, kind) for each of its dates of birth (the same
        hits), the names blocked and compared once each, in one batch (NameIndex.match_many;
        ``blocked``: the tasks' NameIndex.block_many, when already made)."""
        threshold = self.policy.prompt_threshold
        found = self.index.match_many(tasks, floor=threshold, blocked=blocked)
        out = []
        for (name, kind, _), per in zip(tasks, found):
            if kind is Kind.PERSON and looks_like_organization(name):
                extra = [h for org in organizations_named(name)
                         for h in self.index.match(org, Kind.ORGANIZATION, floor=threshold)]
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
                hits += [h for org in organizations_named(name)
                         for h in self.index.match(org, Kind.ORGANIZATION, floor=threshold)]
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


@without_cycle_collection()
def screen_docket(
    parties: Iterable[Party],
    screener: Screener,
    *,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    pool: "WorkerPool | None" = None,
    followed: bool = False,
    count: Callable[[], Corpus] | None = None,
) -> ScreeningResult:
    """Screen every party; ``progress`` is called with the number of parties done so far.
    A person confidential on one row of a case is screened as confidential on every row of it.

    Batched: the docket is grouped by distinct (name, kind), each blocked and compared once
    for all the dates of birth it comes with (NameIndex.match_dates), each distinct
    affiliation once; the distinct names are shared among ``workers`` forked processes
    (default: every core this process may use) when there are many, each name's hits the
    same wherever it is computed; ``pool``: workers started before the docket was read
    (:func:`worker_pool`); ``followed``: the parties are already :func:`follow_the_person`'s;
    ``count``: makes the docket's name frequencies (:func:`docket_corpus`), given to the
    screener before any name is compared — with workers, called while they block the
    persons' names, which the frequencies play no part in (``coi screen``: the counting and
    the blocking overlap). The prompts are exactly those of :meth:`Screener.screen_party`
    on each party in turn."""
    parties = parties if followed and isinstance(parties, list) else follow_the_person(parties)
    # a column a field, read in C: the parent's passes over a million parties are its share
    # of the time while the workers match
    names = list(map(_NAME, parties))
    kinds = list(map(_KIND, parties))
    dates = list(map(_DATE_OF_BIRTH, parties))
    # grouped once: by the pool, when it began blocking these very parties' names (coi screen)
    tasks = (pool.early_tasks(names, kinds, dates) if pool is not None else None) or docket_tasks(names, kinds, dates)
    del dates
    affiliations = dict.fromkeys(itertools.chain.from_iterable(map(_AFFILIATIONS, parties)))
    # the rows of each (name, kind), for the progress only
    rows = Counter(zip(names, kinds)) if progress is not None else None
    del kinds  # not kept while the names are matched
    name_hits: dict[tuple[str, Kind, dt.date | None], tuple[Hit, ...]] = {}
    affiliation_hits: dict[str, tuple[Hit, ...]] = {}
    done = 0
    for chunk, found, aff_found in _hits(screener, tasks, list(affiliations), workers, pool, count):
        for t, r, hits in found:
            name, kind, of_name = chunk[t]
            name_hits[name, kind, of_name[r]] = hits
        if rows is not None:
            done += sum(rows[name, kind] for name, kind, _ in chunk)
        affiliation_hits.update(aff_found)
        if progress is not None:
            progress(done)
    prompts: list[Prompt] = []
    nothing: tuple[Hit, ...] = ()
    # most parties meet nothing: the parties whose name or an affiliation met something
    hit_names = {name for name, _, _ in name_hits}
    met = [i for i, name in enumerate(names) if name in hit_names]
    if affiliation_hits:
        hit_affiliations = affiliation_hits.keys()
        met = sorted({*met, *(i for i, a in enumerate(map(_AFFILIATIONS, parties))
                              if a and not hit_affiliations.isdisjoint(a))})
    for i in met:
        party = parties[i]
        hits = name_hits.get((party.name, party.kind, party.date_of_birth), nothing)
        # a party whose name and affiliations met nothing raises nothing: _prompts is skipped
        if hits or (party.affiliations and not affiliation_hits.keys().isdisjoint(party.affiliations)):
            prompts.extend(screener._prompts(party, hits, lambda a: affiliation_hits.get(a, nothing)))
    if progress is not None:
        progress(len(parties))
    prompts.sort(key=lambda p: (p.case_id, p.member_id, -p.score, p.party.name, p.category))
    return ScreeningResult(
        prompts=tuple(prompts),
        cases=len(set(map(_CASE_ID, parties))),
        parties=len(parties),
        by_category=Counter(p.category for p in prompts),
        by_member=Counter(p.member_id for p in prompts),
        by_tier=Counter(p.tier for p in prompts),
    )


def docket_tasks(names: Sequence[str], kinds: Sequence[Kind], dates: Sequence[dt.date | None],
                 rows: Sequence[int] | None = None) -> list[Task]:
    """The names a docket screens, from its parties' names, kinds and dates of birth in row
    order: each distinct (name, kind) once, in the order first met, with its distinct dates
    of birth in the order met. ``rows``: where a reading knows them, the positions (in order)
    of rows that hold, between them, the first row of each distinct (name, kind, date of
    birth): only those rows are read, and the names are the same (:mod:`coi.ingest.columnar`
    finds them from its cells' codes; on a million-row docket about half the rows)."""
    if rows is not None:
        names, kinds, dates = (_picked(column, rows) for column in (names, kinds, dates))
    # (name, kind) → its first date of birth; the others, in order, only for names that have
    # several (most have one: no list a name, on a million rows)
    first: dict[tuple[str, Kind], dt.date | None] = {}
    more: dict[tuple[str, Kind], list[dt.date | None]] = {}
    for name, kind, date in dict.fromkeys(zip(names, kinds, dates)):  # each (name, kind, date) once, in order
        key = (name, kind)
        if first.setdefault(key, date) is not date:  # a date not met before with this name
            more.setdefault(key, []).append(date)
    alone: dict[dt.date | None, tuple[dt.date | None]] = {}  # one (date,) a date: most names have one
    return [(name, kind, (date, *more[name, kind]) if (name, kind) in more
             else alone.get(date) or alone.setdefault(date, (date,)))
            for (name, kind), date in first.items()]


def _picked(column: Sequence[Any], rows: Sequence[int]) -> list[Any]:
    """The entries of ``column`` at ``rows``: by NumPy's indexing for an array of objects."""
    import numpy as np

    if isinstance(column, np.ndarray):
        return column[np.asarray(rows, dtype=np.int64)].tolist()
    return [column[r] for r in rows]


@without_cycle_collection()
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
    import numpy as np

    from coi.names.dates import Birthdays
    from coi.names.frequency import us_frequencies
    from coi.names.index import given_middle_surname
    from coi.names.org_corpus import OrgCorpus

    if not followed:
        parties = follow_the_person(parties)
    elif not isinstance(parties, list):
        parties = list(parties)
    organization = Kind.ORGANIZATION
    shown = [not p.confidential for p in parties]
    # the organizations in the order they come: each shown row's affiliations, then its own
    # name when it is one
    orgs = dict.fromkeys(itertools.chain.from_iterable(
        (*p.affiliations, p.name) if p.kind is organization else p.affiliations
        for p in itertools.compress(parties, shown)))
    counted = [s and p.kind is not organization for s, p in zip(shown, parties)]
    del shown
    people = list(itertools.compress(parties, counted))
    del counted
    # each distinct name split once, in the order names first come (a docket repeats its
    # names): a word's number is the order it first comes in, as the counts are kept
    names = _numbered(map(_NAME, people))
    cases = _numbered(map(_CASE_ID, people))
    given_words: dict[str, int] = {}
    surname_words: dict[str, int] = {}
    middle_words: dict[tuple[str, str], int] = {}
    of_name: tuple[list[int], list[int], list[int]] = ([], [], [])  # a name's given, surname, middle (-1: none)
    for name in names.index:
        g, m, s = given_middle_surname(name)
        of_name[0].append(given_words.setdefault(g, len(given_words)) if g else -1)
        of_name[1].append(surname_words.setdefault(s, len(surname_words)) if s else -1)
        of_name[2].append(middle_words.setdefault((g, m), len(middle_words)) if m else -1)
    given_of_name, surname_of_name = np.array(of_name[0], dtype=np.int64), np.array(of_name[1], dtype=np.int64)
    given = _once_per_case(given_words, given_of_name[names.codes], cases.codes)
    surnames = _once_per_case(surname_words, surname_of_name[names.codes], cases.codes)
    middles = _once_per_case(middle_words, np.array(of_name[2], dtype=np.int64)[names.codes], cases.codes)
    # each shown person's date of birth once, however many rows and cases name them with it,
    # and however they are spelt ("John Smith", "SMITH, John", "Mr. John Smith": one given name
    # and surname as parsed, helper-134's review): each date counted once per person that gives
    # it (the person in the part a case plays above)
    # the person a name writes: its given name and surname as parsed (a name without both, itself)
    both = (given_of_name >= 0) & (surname_of_name >= 0)
    person_key = np.where(both, given_of_name * (len(surname_words) + 1) + surname_of_name,
                          -1 - np.arange(len(given_of_name), dtype=np.int64))
    person_of_name = np.unique(person_key, return_inverse=True)[1].reshape(-1)
    dates = _numbered(map(_DATE_OF_BIRTH, people))
    birthdays = Birthdays.counted(_once_per_case(dates.index, dates.codes, person_of_name[names.codes]).items())
    return Corpus(persons=us_frequencies().counted(given, surnames, len(people), rows=len(people),
                                                   middles=middles),
                  organizations=OrgCorpus.from_names(orgs), birthdays=birthdays if birthdays.total else None)


@dataclass(frozen=True)
class _Numbered:
    """Values numbered in the order they first come: ``index`` each distinct value once,
    ``codes`` each value's number."""

    index: dict[Any, int]
    codes: np.ndarray


def _numbered(values: Iterable[Any]) -> _Numbered:
    import numpy as np

    values = list(values)
    index = dict(zip(dict.fromkeys(values), itertools.count()))
    return _Numbered(index, np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values)))


def _once_per_case(words: dict[_Word, int], of_row: np.ndarray, case_of_row: np.ndarray) -> Counter[_Word]:
    """Each word's count: the number of cases it is met in, wherever the case's rows lie in
    the docket (``of_row``: each row's word number, -1 for none; ``case_of_row``: its case's)."""
    import numpy as np

    keep = of_row >= 0
    cases = int(case_of_row.max(initial=0)) + 1
    pairs = np.sort(of_row[keep] * cases + case_of_row[keep])
    # each (word, case) once: sorted and compared, 50 times sooner than np.unique (NumPy 2.4)
    first = np.ones(len(pairs), dtype=bool)
    first[1:] = pairs[1:] != pairs[:-1]
    counts = np.bincount(pairs[first] // cases, minlength=len(words))
    return Counter(dict(zip(words, counts.tolist())))


# ------------------------------------------------------------------ batches, on every core

Task = tuple[str, Kind, tuple[dt.date | None, ...]]
#: The hits of one chunk: (task number, date of birth number, hits) for each date of each task
#: that met something; and each affiliation's that met something.
Hits = tuple[list[tuple[int, int, tuple[Hit, ...]]], dict[str, tuple[Hit, ...]]]
#: The same, as a worker sends them back: (candidate number, evidence) for each hit.
Numbered = tuple[list[tuple[int, int, tuple[tuple[int, MatchEvidence], ...]]],
                 dict[str, tuple[tuple[int, MatchEvidence], ...]]]
#: A batch as a worker is handed it: the corpus to screen with (None: the one it was forked with;
#: else the file :meth:`WorkerPool.corpus_file` wrote it to), the names, the affiliations, and
#: the names' blocking when a worker made it before (:func:`_block_in_worker`).
Job = tuple[str | None, list[Task], list[str], list[Blocked] | None]
#: A chunk of persons' names as a worker blocked it (:func:`_block_in_worker`).
Blocking = tuple[list[tuple[int, dict[int, list[int]]]], list[int]]
_FORKED: Screener | None = None  # the screener a forked worker inherited
_FORKED_CORPUS: Corpus | None = None  # the corpus it was forked with
_BLOCKED = False  # a worker blocked names since it last scored: its blocking caches go before it scores
_WORKER_CORPUS: str | None = None  # the corpus file a worker screens with now (None: the forked one)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _batch(screener: Screener, tasks: list[Task], affiliations: list[str],
           blocked: Sequence[Blocked] | None = None) -> Hits:
    """The hits of a chunk of distinct names and of affiliations: (task, date of birth
    number, hits) for each date of each task that met something (most meet nothing), and
    each affiliation's that did. ``blocked``: the tasks' blocking, when already made."""
    threshold = screener.policy.prompt_threshold
    found = screener.name_hits_many(tasks, blocked) if tasks else []
    aff = {a: tuple(screener.affiliation_index.match(a, Kind.ORGANIZATION, floor=threshold)) for a in affiliations}
    return ([(t, r, hits) for t, per in enumerate(found) for r, hits in enumerate(per) if hits],
            {a: hits for a, hits in aff.items() if hits})


#: (the screener, its candidates' numbers): the screener itself, not its id — a forked worker
#: inherits this from its parent, whose earlier screener, gone, may have left its id to a new one
_NUMBERS: "tuple[Screener, dict[int, int], dict[int, int]] | None" = None


def _numbers(screener: Screener) -> tuple[dict[int, int], dict[int, int]]:
    """Each candidate's number in the index and in the affiliation index, by identity; made
    once in a worker, not once a batch."""
    global _NUMBERS
    if _NUMBERS is None or _NUMBERS[0] is not screener:
        _NUMBERS = (screener, {id(c): i for i, c in enumerate(screener.index.candidates)},
                    {id(c): i for i, c in enumerate(screener.affiliation_index.candidates)})
    return _NUMBERS[1], _NUMBERS[2]


def _in_worker(job: Job) -> Numbered:
    """A forked worker's batch; hits travel back as (candidate number, evidence). A batch
    that names another corpus than the worker's loads it first (once a worker)."""
    global _WORKER_CORPUS, _BLOCKED
    corpus_file, tasks, affiliations, blocked = job
    screener = _FORKED
    assert screener is not None, "a worker runs only in a pool worker_pool() forked"
    if corpus_file != _WORKER_CORPUS:
        if corpus_file is None:
            screener.use_corpus(_FORKED_CORPUS)
        else:
            with open(corpus_file, "rb") as fh:
                screener.use_corpus(_with_census(pickle.load(fh)))  # written by this program's parent process
        _WORKER_CORPUS = corpus_file
    if _BLOCKED:  # done blocking: its blocking caches go
        screener.index.forget_words()
        _BLOCKED = False
    found, aff = _batch(screener, tasks, affiliations, blocked)
    number, anumber = _numbers(screener)
    return ([(t, r, tuple((number[id(h.candidate)], h.evidence) for h in hits)) for t, r, hits in found],
            {a: tuple((anumber[id(h.candidate)], h.evidence) for h in hits) for a, hits in aff.items()})


def _without_census(corpus: Corpus) -> tuple[bool, Corpus]:
    """A corpus as its file holds it: the shipped Census tables left out when it holds them
    (True), for each worker shares its own, loaded before the fork, instead of a private copy
    (about 20 MB a worker); only the counts of the docket travel."""
    from coi.names.frequency import us_frequencies

    persons, census = corpus.persons, us_frequencies()
    if persons is None or persons.surnames is not census.surnames or persons.given is not census.given:
        return False, corpus
    return True, dataclasses.replace(corpus, persons=dataclasses.replace(persons, surnames={}, given={}))


def _with_census(filed: tuple[bool, Corpus]) -> Corpus:
    """The corpus a file holds, the shipped Census tables put back (:func:`_without_census`)."""
    from coi.names.frequency import us_frequencies

    left_out, corpus = filed
    if not left_out or corpus.persons is None:
        return corpus
    census = us_frequencies()
    return dataclasses.replace(corpus, persons=dataclasses.replace(corpus.persons, surnames=census.surnames,
                                                                   given=census.given))


def _block_in_worker(tasks: list[Task]) -> Blocking:
    """A forked worker's blocking of a chunk of persons' names (NameIndex.block_many): the
    (task number, blocked candidates) of each that met some candidate, and the numbers of
    those whose name reads as an organization's (Screener.name_hits_many tries them as one)
    or that are no person's (blocked as they are compared): the only names of the chunk that
    can meet anything. The frequencies play no part, so it runs before they are counted."""
    global _BLOCKED
    screener = _FORKED
    assert screener is not None, "a worker runs only in a pool worker_pool() forked"
    _BLOCKED = True
    return ([(t, b) for t, b in enumerate(screener.index.block_many(tasks)) if b],
            [t for t, (name, kind, _) in enumerate(tasks) if kind is not Kind.PERSON or looks_like_organization(name)])


@dataclass(frozen=True)
class _Early:
    """Blocking begun while a docket was read (:meth:`WorkerPool.block_early`): the parties'
    names, kinds and dates of birth it was begun for, their :func:`docket_tasks`, and the
    workers' results as they come."""

    columns: tuple[list[str], list[Kind], list[dt.date | None]]
    tasks: list[Task]
    blocking: Iterator[Blocking]


class WorkerPool:
    """Forked processes holding one Screener (:func:`worker_pool`), and the corpus they
    were forked with; a screening with another (:meth:`Screener.use_corpus`) hands it to
    them through a file (:meth:`corpus_file`), removed when the pool closes."""

    def __init__(self, pool: multiprocessing.pool.Pool, screener: Screener, workers: int):
        self.pool, self.screener, self.workers = pool, screener, workers
        self.forked_corpus = screener.index.corpus
        self._files: dict[int, tuple[Corpus, str]] = {}  # id of a corpus → (it, its file)
        self._early: _Early | None = None  # block_early's

    def block_early(self, names: Sequence[str], kinds: Sequence[Kind], dates: Sequence[dt.date | None],
                    rows: Sequence[int] | None = None) -> None:
        """Start the workers blocking the persons' names of a docket (its parties' names,
        kinds and dates of birth in row order) while this process goes on reading it
        (:func:`coi.ingest.records.load_docket`'s ``peek``; ``rows``: as
        :func:`docket_tasks` takes them): the blocking :func:`screen_docket` would start
        later, the same chunks, the same results. A screening of other names than these
        starts its own (:meth:`early_blocking`)."""
        tasks = docket_tasks(names, kinds, dates, rows)
        blocking = self.pool.imap(_block_in_worker, _person_chunks(tasks))  # begun before the columns are copied
        self._early = _Early((list(names), list(kinds), list(dates)), tasks, blocking)

    def early_tasks(self, names: list[str], kinds: list[Kind], dates: list[dt.date | None]) -> list[Task] | None:
        """The names :meth:`block_early` was begun with (:func:`docket_tasks`), when begun for
        these very parties' names, kinds and dates of birth (else None): a screening of them
        need not group them again."""
        early = self._early
        return early.tasks if early is not None and early.columns == (names, kinds, dates) else None

    def early_blocking(self, tasks: list[Task]) -> Iterator[Blocking] | None:
        """The blocking :meth:`block_early` started, chunk by chunk as :func:`_jobs` cuts
        ``tasks`` — only if it was started for these very tasks (else None) — once."""
        early, self._early = self._early, None
        return early.blocking if early is not None and (early.tasks is tasks or early.tasks == tasks) else None

    def corpus_file(self) -> str | None:
        """The file the workers read the screener's current corpus from (None: they were
        forked with it), written the first time it is asked for."""
        corpus = self.screener.index.corpus
        if corpus is self.forked_corpus or corpus == self.forked_corpus:
            return None
        if id(corpus) not in self._files:
            fd, path = tempfile.mkstemp(prefix="coi-corpus-", suffix=".pickle")
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(_without_census(corpus), fh, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                with suppress(OSError):
                    os.unlink(path)
                raise
            self._files[id(corpus)] = (corpus, path)
        return self._files[id(corpus)][1]

    def close(self) -> None:
        """Stop the workers and remove the corpus files."""
        self.pool.terminate()
        self.pool.join()
        for _, path in self._files.values():
            with suppress(OSError):
                os.unlink(path)
        self._files.clear()


def _start_worker(niceness: int, warm: int) -> None:
    """A forked worker's start: its lower priority (:data:`WORKER_NICENESS`), and the
    blocking tables of the ``warm`` commonest names made (:meth:`NameIndex.warm`) — noted
    as blocking done (``_BLOCKED``), so that a worker handed no names to block lets them go
    before it scores."""
    global _BLOCKED
    os.nice(niceness)
    if warm and _FORKED is not None:
        from coi.names.frequency import common_words

        _BLOCKED = True
        try:
            _FORKED.index.warm(common_words(warm))
        except Exception:  # noqa: BLE001 — only time is lost: the blocking makes what is missing
            # (an initializer that raised would have the pool start the worker again, and again)
            return


@contextmanager
def worker_pool(screener: Screener, workers: int | None = None, *, warm: int = 0) -> Iterator[WorkerPool | None]:
    """Worker processes forked now, each holding ``screener``: start them before reading a
    large docket, so that they hold none of its rows — a worker forked after keeps the pages
    of every row the parent then touches, a copy the parent no longer shares (measured on a
    million rows: about 180 MB a worker) — give the screener the docket's frequencies once
    counted (:meth:`Screener.use_corpus`; the workers read them from a file the first time a
    batch names it), and hand the pool to :func:`screen_docket`. ``warm``: how many of the
    commonest names each worker makes its blocking tables for as it starts (:func:`warm_words`).
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
    global _FORKED, _FORKED_CORPUS
    _FORKED, _FORKED_CORPUS = screener, screener.index.corpus
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(WORKER_NICENESS, warm))
    forked = WorkerPool(pool, screener, workers)
    try:
        yield forked
    finally:
        forked.close()
        _FORKED = _FORKED_CORPUS = None


def warm_words(path: str | os.PathLike[str]) -> int:
    """How many of the commonest names the workers warm for a docket file
    (:data:`WARM_PER_BYTE`, :data:`WARM_MOST`): as many as its reading leaves them time for."""
    try:
        return min(WARM_MOST, int(os.path.getsize(path) * WARM_PER_BYTE))
    except OSError:
        return 0


def worth_forking(path: str | os.PathLike[str]) -> bool:
    """True for a docket file large enough (``POOL_FROM`` distinct names or so) that
    screening it in worker processes pays."""
    try:
        return os.path.getsize(path) >= POOL_FROM * 100  # about 68 bytes a party row, 0.5–1 distinct names a row
    except OSError:
        return False


def _hits(screener: Screener, tasks: list[Task], affiliations: list[str], workers: int | None,
          pool: WorkerPool | None = None, count: Callable[[], Corpus] | None = None
          ) -> Iterator[tuple[list[Task], list[tuple[int, int, tuple[Hit, ...]]], dict[str, tuple[Hit, ...]]]]:
    """(chunk, (task, date number, hits) of each that met something, affiliation hits) for every
    chunk of the tasks: in this process for a small docket, else in forked workers (``pool``'s, or forked now)."""
    if pool is not None and pool.screener is not screener:
        raise ValueError("the worker pool holds another screener: start it with worker_pool(this screener)")
    workers = (pool.workers if pool is not None else _cores()) if workers is None else workers
    jobs = _jobs(tasks, affiliations)
    if workers <= 1 or len(tasks) < (PARALLEL_FROM if pool is None else POOL_FROM) or "fork" not in _start_methods():
        if count is not None:
            screener.use_corpus(count())
        for chunk, affs in jobs:
            found, aff = _batch(screener, chunk, affs)
            yield chunk, found, aff
        return
    with (nullcontext(pool) if pool is not None else worker_pool(screener, workers)) as forked:
        assert forked is not None  # more than one worker and fork: worker_pool forks them
        people, orgs = screener.index.candidates, screener.affiliation_index.candidates
        blocked: dict[int, Blocking] = {}  # job number → its names' blocking
        early = forked.early_blocking(tasks)
        if count is not None or early is not None:
            # the workers block the persons' names (begun while the docket was read, or now)
            # while this process counts the frequencies
            persons = [k for k, (chunk, affs) in enumerate(jobs) if chunk and chunk[0][1] is not Kind.ORGANIZATION]
            blocking = early or forked.pool.imap(_block_in_worker, [jobs[k][0] for k in persons])
            if count is not None:
                screener.use_corpus(count())
                # the counting's passes over every party freed far more than they kept: the
                # pages go back now, not at the end of the screening (coi.heap)
                give_back()
            blocked = dict(zip(persons, blocking, strict=True))
        corpus_file = forked.corpus_file()
        # a blocked chunk is handed on with only its names that can meet something (most meet
        # no candidate), each numbered back into the chunk as its hits come
        kept = {k: _can_meet(found) for k, found in blocked.items()}
        handed: list[Job] = [(corpus_file, [chunk[t] for t in kept[k]], affs, _unpacked(blocked[k][0], kept[k]))
                             if k in blocked else (corpus_file, chunk, affs, None)
                             for k, (chunk, affs) in enumerate(jobs)]
        for k, ((chunk, _), (numbered, anumbered)) in enumerate(zip(jobs, forked.pool.imap(_in_worker, handed))):
            number = kept.get(k)
            yield (chunk,
                   [(t if number is None else number[t], r, tuple(Hit(people[i], ev) for i, ev in hits))
                    for t, r, hits in numbered],
                   {a: tuple(Hit(orgs[i], ev) for i, ev in hits) for a, hits in anumbered.items()})


def _can_meet(found: Blocking) -> list[int]:
    """The numbers, in order, of a blocked chunk's names that can meet something: those
    blocked with some candidate, and those the blocking noted as compared without it (read
    as an organization's name, or no person's)."""
    blocked, unblocked = found
    return sorted({*(t for t, _ in blocked), *unblocked})


def _unpacked(found: list[tuple[int, dict[int, list[int]]]], kept: list[int]) -> list[Blocked]:
    """The blocking of a persons' chunk's names ``kept`` (their numbers in the chunk), one
    entry each (nothing blocked: one empty dict, shared)."""
    nothing: dict[int, list[int]] = {}
    at = {t: j for j, t in enumerate(kept)}
    out: list[Blocked] = [nothing] * len(kept)
    for t, b in found:
        out[at[t]] = b
    return out


def _jobs(tasks: list[Task], affiliations: list[str]) -> list[tuple[list[Task], list[str]]]:
    """The batches: organizations first, each organization name with its tasks and as an
    affiliation in one batch (an agency is both; its comparisons are made once, in the
    index's memo), ``ORG_CHUNK`` names a batch — they cost the most a name, so they go
    first and in small batches, for the workers to share them evenly; then the persons,
    ``CHUNK`` names a batch."""
    orgs: dict[str, list[Task]] = {}
    for task in tasks:
        if task[1] is Kind.ORGANIZATION:
            orgs.setdefault(task[0], []).append(task)
    affiliated = set(affiliations)
    names = list(dict.fromkeys([*orgs, *affiliations]))
    jobs = []
    for i in range(0, len(names), ORG_CHUNK):
        chunk = names[i:i + ORG_CHUNK]
        jobs.append(([t for n in chunk for t in orgs.get(n, ())], [n for n in chunk if n in affiliated]))
    return jobs + [(chunk, []) for chunk in _person_chunks(tasks)]


def _person_chunks(tasks: list[Task]) -> list[list[Task]]:
    """The persons' names of ``tasks`` (all but the organizations), ``CHUNK`` names a batch."""
    people = [task for task in tasks if task[1] is not Kind.ORGANIZATION]
    return [people[i:i + CHUNK] for i in range(0, len(people), CHUNK)]


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
