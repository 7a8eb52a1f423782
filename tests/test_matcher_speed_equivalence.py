"""The fast matcher gives exactly what the straightforward one gives (issue 13, item 6).

Every speed-up of screening — blocking through per-word tables of buckets, the shortcut
for words no nickname table knows, person features from parses without the per-pair
cache, organization comparisons remembered per (name, disclosed name), parsing the docket
with a memo per column — is checked here against a plain reference written beside the
test: the reference calls the very level functions and weights the matcher uses, so the
check stays valid when the levels, rules or weights are retrained; only a change of the
*procedure* (a new reading, a new blocking key) must be made in both places.

The sample is generated (bench/generate.py: US Census name frequencies, Spanish,
Vietnamese, Korean, Polish and Greek names, typos, nicknames, swapped order, namesakes)
so that it holds thousands of blocked person and organization pairs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from coi.graph import build_graph
from coi.ingest import records as ingest
from coi.ingest.columns import DOCKET_COLUMNS
from coi.model import Kind, Panel
from coi.names import index as index_module
from coi.names import korean
from coi.names.compare import compare_names, name_evidence, person_name_features
from coi.names.dates import dob_level
from coi.names.evidence import level_weight
from coi.names.frequency import us_frequencies
from coi.names.index import (
    Hit,
    NameIndex,
    _dob_key,
    _formal_keys,
    _given_tokens,
    _org_query_keys,
    _person_query_readings,
    _surname_keys,
    _surname_slips,
    _surname_tokens,
)
from coi.names.person import COGNATES, SHORT_FORM, _related, given_canonicals, nickname_match, person_forms
from coi.policy import load_policy
from coi.screen import Screener

POLICY = load_policy()


# ------------------------------------------------------------------ the references


def reference_block(index: NameIndex, name: str, kind: Kind, date_of_birth: dt.date | None = None) -> set[int]:
    """NameIndex.block as first written: a look-up per (outer key, token), nothing kept."""
    found: set[int] = set()
    if kind is Kind.ORGANIZATION:
        for k in _org_query_keys(name):
            found.update(index._orgs.get(k, ()))
        return found
    people = index._people
    by_date = people.get(_dob_key(date_of_birth)) if date_of_birth is not None else None
    everyone = found
    for surname, givens, alone, spaced in _person_query_readings(name):
        # (since the forty-seventh session) a reading joined across a single letter meets only
        # the names bearing its surname as written
        found = set() if spaced else everyone
        if by_date:
            for token in _surname_keys(surname):
                found.update(by_date.get(token, ()))
            for token in _surname_slips(surname):
                found.update(by_date.get(token, ()))
            for given in givens:
                if len(given) > 1 and not given.startswith("m:"):
                    for token in _given_tokens(given, False, False):
                        found.update(by_date.get(token, ()))
            if alone and len(surname) > 1:  # one word: a given name alone, the surname left out
                for token in (t for t in _given_tokens(surname, False, False) if t[:2] not in ("q:", "1:")):
                    found.update(by_date.get(token, ()))
        for outer in _surname_keys(surname):
            inner = people.get(outer)
            if not inner:
                continue
            for given in givens:
                if given.startswith("m:"):  # a middle initial: met under the surname as written (below)
                    continue
                for token in _given_tokens(given, True):
                    found.update(inner.get(token, ()))
                if outer.startswith("k:") and given:  # a Korean surname: its given names' first syllables
                    for h in korean.first_syllables(given):
                        found.update(inner.get("kg:" + h, ()))
            if alone:
                found.update(inner.get("*q", ()))
        exact = people.get("x:" + surname, {})  # a middle initial: the names filed under it, by the surname as written
        for given in givens:
            if given.startswith("m:"):
                found.update(exact.get(given, ()))
                if date_of_birth is not None:  # and, with a date, those with a date under any surname
                    # (since the forty-seventh session) born on a date near it: a level that weighs for
                    for i in exact.get("md:" + given[2:], ()):
                        level = dob_level(index.candidates[i].date_of_birth, date_of_birth)
                        if level != "missing" and level_weight("person", "dob", level) > 0:
                            found.add(i)
        for given in givens:
            if len(given) > 1 and not given.startswith("m:"):
                for outer in _formal_keys(given):
                    for token in _surname_tokens(surname):
                        found.update(people.get(outer, {}).get(token, ()))
        if spaced:
            everyone |= found & set(exact.get("=", ()))
    return everyone


def reference_match(index: NameIndex, name: str, kind: Kind, date_of_birth: dt.date | None, floor: float
                    ) -> list[tuple[str, float, tuple]]:
    """NameIndex.match as first written: the reference blocking, then compare_names (no
    memo) on every candidate of the kind; (disclosed name, score, features), best first."""
    hits = []
    for i in sorted(reference_block(index, name, kind, date_of_birth)):
        c = index.candidates[i]
        if c.kind is not kind:
            continue
        corpus = index.corpus.organizations if kind is Kind.ORGANIZATION else index.corpus.persons
        ev = compare_names(name, c.text, kind, query_dob=date_of_birth, candidate_dob=c.date_of_birth, corpus=corpus)
        if ev.score >= floor:
            hits.append(Hit(c, ev))
    hits.sort(key=lambda h: (-h.score, h.candidate.text))
    return [_seen(h) for h in hits]


def _seen(hit: Hit) -> tuple:
    """What a hit says: the disclosed name, the score and every feature (level, weight, words)."""
    ev = hit.evidence
    return hit.candidate.text, ev.score, ev.features, ev.components, ev.reason, ev.prior


def reference_nickname_match(a: str, b: str) -> bool:
    """coi.names.person.nickname_match without its shortcut for words no table knows."""
    if a == b:
        return True
    ea, eb = COGNATES.get(a, a), COGNATES.get(b, b)
    if ea == eb or _related(a, b) or _related(ea, eb):
        return True
    return max(len(a), len(b)) <= SHORT_FORM and bool(given_canonicals(a) & given_canonicals(b))


# ------------------------------------------------------------------ the sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A generated Panel of 5,000 names and a docket of 6,000 rows (bench/generate.py)."""
    from bench.generate import build_panel, write_docket, write_panel

    folder = tmp_path_factory.mktemp("equivalence")
    panel = build_panel(folder, seed=41)
    members_csv, disclosures_csv = write_panel(panel, folder)
    write_docket(panel, folder / "docket.csv", 6_000, seed=41)
    members = ingest.load_members(members_csv).records
    disclosures = ingest.load_disclosures(disclosures_csv, members).records
    graph = build_graph(Panel(members, disclosures), POLICY, as_of=dt.date(2026, 11, 23))
    return graph, folder / "docket.csv"


@pytest.fixture(scope="module")
def screener(sample):
    return Screener.build(sample[0], POLICY)


@pytest.fixture(scope="module")
def parties(sample):
    return list(ingest.load_docket(sample[1]).records)


def _dates_by_name(parties, kind):
    out: dict[str, list] = {}
    for p in parties:
        if p.kind is kind:
            out.setdefault(p.name, []).append(p.date_of_birth)
    return out


def _blocked_pairs(screener, parties) -> list[tuple[str, str]]:
    index = screener.index
    return [(name, index.candidates[i].text) for name in _dates_by_name(parties, Kind.PERSON)
            for i in sorted(reference_block(index, name, Kind.PERSON))
            if index.candidates[i].kind is Kind.PERSON]


# ------------------------------------------------------------------ the checks


def test_blocking_finds_exactly_the_candidates_of_the_reference_blocking(screener, parties):
    index = screener.index
    disclosed_dates = [c.date_of_birth for c in index.candidates if c.date_of_birth is not None]
    checked = 0
    for name, dates in _dates_by_name(parties, Kind.PERSON).items():
        # the party's own dates and a disclosed person's (the date-of-birth keys)
        for date in {None, *dates, disclosed_dates[checked % len(disclosed_dates)]}:
            assert index.block(name, Kind.PERSON, date) == reference_block(index, name, Kind.PERSON, date), name
            checked += 1
    for name in {*_dates_by_name(parties, Kind.ORGANIZATION), *(a for p in parties for a in p.affiliations)}:
        assert index.block(name, Kind.ORGANIZATION) == reference_block(index, name, Kind.ORGANIZATION)
    assert checked > 3000


def test_the_sample_holds_thousands_of_blocked_pairs(screener, parties):
    pairs = _blocked_pairs(screener, parties)
    orgs = sum(len(reference_block(screener.index, n, Kind.ORGANIZATION))
               for n in {a for p in parties for a in p.affiliations})
    assert len(pairs) > 1000
    assert orgs > 1000


def test_person_features_from_parses_equal_name_evidence_on_every_blocked_pair(screener, parties):
    pairs = _blocked_pairs(screener, parties)
    rng = random.Random(13)
    names = list(_dates_by_name(parties, Kind.PERSON))
    disclosed = [c.text for c in screener.index.candidates if c.kind is Kind.PERSON]
    pairs += [(rng.choice(names), rng.choice(disclosed)) for _ in range(1000)]  # unblocked ones too
    local = us_frequencies().updated([("quennell", "vaszary")] * 50)  # a screened corpus
    for q, c in pairs:
        want, _ = name_evidence(q, c, Kind.PERSON)
        assert person_name_features(person_forms.__wrapped__(q), person_forms(c)) == want, (q, c)
        want_local, _ = name_evidence(q, c, Kind.PERSON, frequencies=local)
        assert person_name_features(person_forms(q), person_forms(c), local) == want_local, (q, c)


def test_the_nickname_shortcut_answers_as_the_tables_do(screener, parties):
    words = set()
    for name in [*_dates_by_name(parties, Kind.PERSON), *(c.text for c in screener.index.candidates)]:
        for form in person_forms(name):
            words |= {form.given, form.surname, *form.middles, *form.other_given} - {""}
    words |= {"bill", "william", "kasia", "katarzyna", "nick", "nikolaos", "betty", "lisa", "jim", "jimmy", "bob",
              "sasha", "alexander", "pepe", "jose", "B", "Bill", " bill "}
    rng = random.Random(3)
    ordered = sorted(words)
    pairs = list(itertools.product(sorted(w for w in words if len(w) <= 6)[:120], repeat=2))
    pairs += [(rng.choice(ordered), rng.choice(ordered)) for _ in range(20000)]
    assert any(reference_nickname_match(a, b) for a, b in pairs if a != b)  # the sample holds nicknames
    for a, b in pairs:
        assert nickname_match(a, b) == reference_nickname_match(a, b), (a, b)


def test_batched_matching_gives_the_hits_of_the_reference_match_for_every_date(screener, parties):
    """match_many (per-word blocking, features without the per-pair cache, the prefilter on
    the best date of birth, NumPy-graded dates, the organization memo shared with the
    affiliation index) against the reference match of each name and date, features and all."""
    floor = POLICY.prompt_threshold
    index = screener.index
    tasks = [(name, kind, tuple(dict.fromkeys(dates))) for kind in (Kind.PERSON, Kind.ORGANIZATION)
             for name, dates in _dates_by_name(parties, kind).items()]
    found = index.match_many(tasks, floor=floor)
    hits = 0
    for (name, kind, dates), per in zip(tasks, found):
        for date, got in zip(dates, per):
            want = reference_match(index, name, kind, date, floor)
            assert [_seen(h) for h in got] == want, (name, date)
            hits += len(want)
    assert hits > 50
    for affiliation in sorted({a for p in parties for a in p.affiliations}):
        got = screener.affiliation_index.match(affiliation, Kind.ORGANIZATION, floor=floor)
        assert [_seen(h) for h in got] == reference_match(screener.affiliation_index, affiliation,
                                                          Kind.ORGANIZATION, None, floor)


def test_the_organization_memo_is_shared_only_over_one_corpus(screener):
    from coi.names.index import Corpus

    assert screener.index._org_memo is screener.affiliation_index._org_memo
    other = NameIndex([], corpus=Corpus(organizations=object()))
    with pytest.raises(ValueError, match="one corpus"):
        screener.index.share_org_memo(other)


def test_parsing_a_docket_with_the_memo_gives_the_records_and_warnings_of_reading_each_cell(tmp_path):
    """Repeated cells (roles, kinds, agencies, dates, flags) are read once; a cell with a
    warning or a problem is still reported on every row that holds it."""
    rows = ["case_id,party_name,party_role,party_kind,affiliations,date_of_birth,confidential",
            "C-1,Ana Diaz,respondent,,Oak PD;Oak PD,1970-01-02,false",
            "C-1,Oak PD,agency,,,,",
            "C-2,Ana Diaz,Respondent,person,Oak PD,1970-01-02,FALSE",
            "C-2,Jo\u200bhn Roe,witness,,,1970-01-02,yes",
            "C-3,Jo\u200bhn Roe,witness,,,,",
            "C-3,Oak PD,agency,organization,,,",
            "C-3,Bo Li,other,,,2999-01-01,",
            "C-4,Bo Li,other,,,2999-01-01,"]
    path = tmp_path / "docket.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    loaded = ingest.load_docket(path, invalid_dates=ingest.InvalidDates.IGNORE)
    stream, checker = ingest._open(path, DOCKET_COLUMNS, None, "docket", ingest.InvalidDates.IGNORE)
    with stream:
        plain = [_read_row(checker, n, c) for n, c in ingest._cells(stream)]
    assert [(p.case_id, p.name, p.role, p.kind, p.affiliations, p.date_of_birth, p.confidential)
            for p in loaded.records] == plain
    assert [(w.row, w.column, w.message) for w in loaded.warnings] == [
        (w.row, w.column, w.message) for w in checker.warnings]
    assert sum("invisible" in w.message for w in loaded.warnings) == 2  # on both rows of Jo\u200bhn Roe
    assert sum("2999-01-01" in w.message for w in loaded.warnings) == 2  # on both rows of Bo Li


def _read_row(rows, n, c):
    """One docket row read cell by cell, as parse_docket did before its memo."""
    role = rows.choice(n, c, "party_role", ingest.PartyRole, default=ingest.PartyRole.OTHER)
    return (rows.ident(n, c, "case_id"), rows.text(n, c, "party_name", required=True, limit=ingest.MAX_NAME), role,
            rows.choice(n, c, "party_kind", Kind, default=role.default_kind), rows.names(n, c, "affiliations"),
            rows.date(n, c, "date_of_birth", not_after=dt.date.today(), ignorable=True),
            rows.flag(n, c, "confidential"))


def test_index_module_keeps_the_reference_names_this_test_imports():
    # the reference above builds on these key functions: renaming one must show here
    for name in ("_surname_keys", "_given_tokens", "_formal_keys", "_ends", "_dob_key", "_person_query_readings"):
        assert callable(getattr(index_module, name))
