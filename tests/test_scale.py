"""Screening at scale (issue 13, item 6): batched screening gives exactly the prompts of
screening party by party, in one process or in several; dates of birth graded with NumPy
land on the levels of the scalar comparison; the term-frequency corpus leaves out
confidential parties."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from coi import screen
from coi.graph import build_graph
from coi.ingest import records as ingest
from coi.model import Kind, Panel, Party
from coi.names.dates import LEVELS, dob_level, dob_levels, dob_numbers
from coi.names.frequency import us_frequencies
from coi.policy import load_policy
from coi.screen import Screener, docket_corpus, screen_docket
from coi_demo import AS_OF as DEMO_AS_OF
from coi_demo import DEMO_FOLDER

POLICY = load_policy()
D = dt.date

# one pair on each level of coi.names.dates.LEVELS that dob_level gives ("same year and
# month" never comes: two dates of one year and month differ in at most two digits, "two digits")
REACHED = set(LEVELS) - {"same year and month"}
LEVEL_PAIRS = {
    "exact": (D(1979, 11, 21), D(1979, 11, 21)),
    "day/month swapped": (D(1979, 11, 5), D(1979, 5, 11)),
    "two digits transposed": (D(1979, 11, 21), D(1979, 11, 12)),
    "one digit": (D(1979, 11, 21), D(1979, 11, 24)),
    "year off by one": (D(1979, 11, 21), D(1980, 11, 21)),
    "one day apart": (D(1985, 3, 1), D(1985, 2, 28)),
    "two digits": (D(1979, 11, 21), D(1978, 11, 20)),
    "different": (D(1979, 11, 21), D(1954, 3, 8)),
    "missing": (D(1979, 11, 21), None),
}


def test_every_level_has_a_pair_here():
    assert {dob_level(a, b) for a, b in LEVEL_PAIRS.values()} == REACHED
    assert all(dob_level(a, b) == level for level, (a, b) in LEVEL_PAIRS.items())


def test_vectorised_dob_levels_equal_the_scalar_level_for_every_level():
    rng = random.Random(5)
    lefts, rights = [], []
    for a, b in LEVEL_PAIRS.values():
        lefts += [a, b]
        rights += [b, a]
    base = [D(rng.randint(1930, 2010), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(300)]
    for d in base:  # slips of each kind around random dates, and unrelated dates
        for other in (d, d.replace(day=d.month) if d.month <= 28 else d, d.replace(year=d.year + 1),
                      d + dt.timedelta(days=rng.choice((1, 9, 10, 30, 400))), rng.choice(base), None,
                      d.replace(day=1) - dt.timedelta(days=1)):  # the day before the month began
            lefts.append(d)
            rights.append(other)
    got = dob_levels(dob_numbers(lefts), dob_numbers(rights))
    want = [LEVELS.index(dob_level(a, b)) for a, b in zip(lefts, rights)]
    assert got.tolist() == want
    assert {LEVELS[i] for i in want} == REACHED


def test_dob_levels_broadcast_a_column_against_a_row():
    ours = [D(1979, 11, 21), None]
    theirs = [D(1979, 11, 21), D(1979, 11, 12), None]
    got = dob_levels(dob_numbers(ours)[:, None], dob_numbers(theirs)[None, :])
    assert got.shape == (2, 3)
    assert got.tolist() == [[LEVELS.index(dob_level(a, b)) for b in theirs] for a in ours]


def _one_by_one(parties, screener):
    prompts = [p for party in screen.follow_the_person(parties) for p in screener.screen_party(party)]
    prompts.sort(key=lambda p: (p.case_id, p.member_id, -p.score, p.party.name, p.category))
    return tuple(prompts)


def _demo():
    """The shipped demo Panel's graph and docket (coi_demo/files)"""
    members = ingest.load_members(DEMO_FOLDER / "members.csv").records
    disclosures = ingest.load_disclosures(DEMO_FOLDER / "disclosures.csv", members).records
    graph = build_graph(Panel(members, disclosures), POLICY, as_of=DEMO_AS_OF)
    return graph, list(ingest.load_docket(DEMO_FOLDER / "docket.csv").records)


def test_batched_screening_gives_the_prompts_of_screening_party_by_party_on_the_demo():
    graph, parties = _demo()
    batched = screen_docket(parties, Screener.build(graph, POLICY), workers=1).prompts
    assert batched  # the demo raises prompts
    assert batched == _one_by_one(parties, Screener.build(graph, POLICY))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A small Panel and docket from the scale generator (bench/generate.py)."""
    from bench.generate import build_panel, write_docket, write_panel

    folder = tmp_path_factory.mktemp("scale")
    panel = build_panel(folder, names=800)
    members_csv, disclosures_csv = write_panel(panel, folder)
    write_docket(panel, folder / "docket.csv", 1500)
    members = ingest.load_members(members_csv).records
    disclosures = ingest.load_disclosures(disclosures_csv, members).records
    graph = build_graph(Panel(members, disclosures), POLICY, as_of=D(2026, 11, 23))
    return graph, list(ingest.load_docket(folder / "docket.csv").records)


@pytest.mark.slow
def test_batched_screening_gives_the_prompts_of_screening_party_by_party_on_a_generated_docket(generated):
    graph, parties = generated
    batched = screen_docket(parties, Screener.build(graph, POLICY), workers=1).prompts
    assert batched
    assert batched == _one_by_one(parties, Screener.build(graph, POLICY))


@pytest.mark.slow
def test_forked_workers_give_the_prompts_of_one_process(generated, monkeypatch):
    graph, parties = generated
    one = screen_docket(parties, Screener.build(graph, POLICY), workers=1).prompts
    monkeypatch.setattr(screen, "PARALLEL_FROM", 0)  # fork even for a docket this small
    monkeypatch.setattr(screen, "CHUNK", 97)  # and in many chunks
    two = screen_docket(parties, Screener.build(graph, POLICY), workers=2).prompts
    assert two == one


def test_forked_workers_are_used_for_a_large_docket(monkeypatch):
    """With many distinct names the batches go to worker processes, and the hits they send
    back are the disclosed names' own candidates."""
    graph, parties = _demo()
    one = screen_docket(parties, Screener.build(graph, POLICY), workers=1).prompts
    monkeypatch.setattr(screen, "PARALLEL_FROM", 0)
    monkeypatch.setattr(screen, "CHUNK", 50)
    forked = []
    real = screen._hits

    def spy(screener, tasks, affiliations, workers, pool=None, count=None):
        forked.append(workers > 1 and len(tasks) >= screen.PARALLEL_FROM)
        yield from real(screener, tasks, affiliations, workers, pool, count)

    monkeypatch.setattr(screen, "_hits", spy)
    two = screen_docket(parties, Screener.build(graph, POLICY), workers=2).prompts
    assert forked == [True]
    assert two == one


def test_the_corpus_counts_the_docket_but_never_a_confidential_party():
    open_party = Party("C-9", "Quennell Vaszary", kind=Kind.PERSON)
    secret = Party("C-9", "Ottoline Brzezicki", kind=Kind.PERSON, confidential=True)
    same_person_open_row = Party("C-9", "Ottoline Brzezicki", kind=Kind.PERSON)  # confidential on another row
    corpus = docket_corpus([open_party, secret, same_person_open_row])
    assert corpus.persons.local_surnames["vaszary"] == 1
    assert corpus.persons.local_given["quennell"] == 1
    assert "brzezicki" not in corpus.persons.local_surnames
    assert "ottoline" not in corpus.persons.local_given
    without = docket_corpus([open_party])
    assert corpus.persons.local_surnames == without.persons.local_surnames
    assert corpus.organizations.counts == without.organizations.counts


def test_the_corpus_never_counts_a_members_disclosures():
    """A member's probabilities must not move with what other members disclosed: the corpus
    holds the docket's names alone, never a disclosed relative's name no party bears."""
    from coi.names.index import given_and_surname

    graph, parties = _demo()
    corpus = docket_corpus(parties)
    in_docket = {given_and_surname(p.name)[1] for p in parties if p.kind is Kind.PERSON}
    disclosed_only = {given_and_surname(name)[1] for tie in graph.ties if tie.kind is Kind.PERSON
                      for name in tie.names} - in_docket
    assert disclosed_only
    assert not disclosed_only & set(corpus.persons.local_surnames)


def test_a_family_named_in_one_case_counts_its_surname_once():
    """Five Quills in one case are one family: their surname must not look common, least of
    all to the member whose relative is a Quill; five Quills in five cases do count."""
    family = [Party("C-1", f"{g} Quill", kind=Kind.PERSON) for g in ("Ana", "Ben", "Cy", "Dee", "Eve")]
    strangers = [Party(f"C-{k}", f"Stranger{k} Person{k}", kind=Kind.PERSON) for k in range(2, 1200)]
    one_case = docket_corpus(family + strangers)
    assert one_case.persons.local_surnames["quill"] == 1
    assert one_case.persons.surname_share("quill") == us_frequencies().surname_share("quill")
    spread = [Party(f"C-{k}", f"{g} Quill", kind=Kind.PERSON) for k, g in enumerate(("Ana", "Ben", "Cy", "Dee", "Eve"))]
    five_cases = docket_corpus(spread + strangers)
    assert five_cases.persons.surname_share("quill") > us_frequencies().surname_share("quill")


def test_a_family_counts_once_even_where_its_cases_rows_come_apart():
    """Nothing in a docket keeps a case's rows together: a family named on rows the other
    cases' rows come between is still one family (the count was once per run of rows)."""
    strangers = [Party(f"C-{k}", f"Stranger{k} Person{k}", kind=Kind.PERSON) for k in range(2, 1200)]
    together = [Party("C-1", f"{g} Quill", kind=Kind.PERSON) for g in ("Ana", "Ben", "Cy", "Dee", "Eve")]
    apart = [row for pair in zip(together, strangers) for row in pair] + strangers[len(together):]
    corpus = docket_corpus(apart)
    assert corpus.persons.local_surnames["quill"] == 1
    assert corpus.persons.surname_share("quill") == us_frequencies().surname_share("quill")
    assert corpus.persons.local_surnames == docket_corpus(together + strangers).persons.local_surnames


def _corpus_by_definition(parties: list[Party]) -> tuple[dict, dict, dict, int, list[str]]:
    """docket_corpus's counts as its docstring defines them, row by row: each word the
    number of cases it is met in, a confidential person's rows (after following) left out;
    the organizations as they come."""
    from coi.names.index import given_middle_surname
    from coi.redaction import follow_the_person

    given: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    middles: dict[tuple[str, str], set[str]] = {}
    orgs: dict[str, None] = {}
    people = 0
    for p in follow_the_person(parties):
        if p.confidential:
            continue
        orgs.update(dict.fromkeys(p.affiliations))
        if p.kind is Kind.ORGANIZATION:
            orgs[p.name] = None
            continue
        people += 1
        g, m, s = given_middle_surname(p.name)
        if g:
            given.setdefault(g, set()).add(p.case_id)
        if s:
            surnames.setdefault(s, set()).add(p.case_id)
        if m:
            middles.setdefault((g, m), set()).add(p.case_id)
    return ({w: len(c) for w, c in given.items()}, {w: len(c) for w, c in surnames.items()},
            {w: len(c) for w, c in middles.items()}, people, list(orgs))


@pytest.mark.parametrize("seed", range(6))
def test_the_corpus_counts_as_its_definition_says_in_any_row_order(seed):
    """Random dockets, rows in any order, confidential rows and organizations among them:
    the counts (and the order words first come in) are those of the definition."""
    from coi.names.org_corpus import OrgCorpus

    rng = random.Random(seed)
    givens = ["Ana", "Ben", "Maria", "José", "Jean-Luc", "J.", "Thanh", "Łukasz", ""]
    middles = ["", "", "Lee", "Ann", "R."]
    surnames = ["Quill", "Garcia", "Nguyen", "de la Cruz", "O'Brien", "Kowalski", "Smith Jr."]
    orgs = ["Metro Police Department", "Fraternal Order of Police Lodge 7", "Cook County Sheriff"]
    parties = []
    for _ in range(rng.randrange(1, 400)):
        case = f"C-{rng.randrange(40)}"
        if rng.random() < 0.1:
            parties.append(Party(case, rng.choice(orgs), kind=Kind.ORGANIZATION))
            continue
        name = " ".join(w for w in (rng.choice(givens), rng.choice(middles), rng.choice(surnames)) if w)
        if rng.random() < 0.3:
            name = f"{rng.choice(surnames)}, {rng.choice(givens)}"
        parties.append(Party(case, name, kind=Kind.PERSON, confidential=rng.random() < 0.1,
                             affiliations=tuple(rng.sample(orgs, rng.randrange(2)))))
    given, surname, middle, people, org_names = _corpus_by_definition(parties)
    corpus = docket_corpus(parties)
    persons = corpus.persons
    assert list(persons.local_given.items()) == list(given.items())
    assert list(persons.local_surnames.items()) == list(surname.items())
    assert list(persons.local_middles.items()) == list(middle.items())
    assert (persons.local_total, persons.rows - us_frequencies().rows) == (people, people)
    expected = OrgCorpus.from_names(org_names)
    assert (corpus.organizations.counts, corpus.organizations.names, corpus.organizations.postings) == (
        expected.counts, expected.names, expected.postings)


def test_a_small_docket_leaves_the_census_frequencies_alone():
    """In a docket of a few names, five of anything is a large share that says nothing about
    who comes before the Panel: the Census speaks alone."""
    small = [Party(f"C-{k}", f"{g} Quill", kind=Kind.PERSON) for k, g in enumerate(("Ana", "Ben", "Cy", "Dee", "Eve"))]
    assert docket_corpus(small).persons.surname_share("quill") == us_frequencies().surname_share("quill")


def test_the_corpus_reaches_the_index():
    graph, parties = _demo()
    corpus = docket_corpus(parties)
    screener = Screener.build(graph, POLICY, corpus=corpus)
    assert screener.index.corpus is corpus and screener.affiliation_index.corpus is corpus
    assert Screener.build(graph, POLICY).index.corpus.persons is None  # the shipped tables alone


def test_a_pool_forked_before_the_docket_is_read_gives_the_prompts_of_one_process(monkeypatch):
    """coi screen forks its workers before reading a large docket (they then hold the Panel,
    not its rows) and hands the pool to screen_docket: the same prompts as one process."""
    graph, parties = _demo()
    screener = Screener.build(graph, POLICY)
    one = screen_docket(parties, screener, workers=1).prompts
    monkeypatch.setattr(screen, "PARALLEL_FROM", 0)
    monkeypatch.setattr(screen, "CHUNK", 40)
    monkeypatch.setattr(screen, "ORG_CHUNK", 7)
    with screen.worker_pool(screener, 2) as pool:
        assert pool is not None and pool.workers == 2
        two = screen_docket(parties, screener, pool=pool).prompts
    assert two == one


def test_a_pool_serves_only_the_screener_it_was_forked_with(monkeypatch):
    graph, parties = _demo()
    monkeypatch.setattr(screen, "PARALLEL_FROM", 0)
    with screen.worker_pool(Screener.build(graph, POLICY), 2) as pool:
        with pytest.raises(ValueError, match="another screener"):
            screen_docket(parties, Screener.build(graph, POLICY), pool=pool)


def test_an_agency_is_compared_once_as_a_party_and_as_an_affiliation():
    """An organization party's name and the same name as an affiliation go to one batch, and
    the two indexes share one memo: each (name, disclosed name) pair is compared once."""
    tasks = [("Oak PD", Kind.ORGANIZATION, (None,)), ("Ann Lee", Kind.PERSON, (None,)),
             ("Elm PD", Kind.ORGANIZATION, (None,))]
    jobs = screen._jobs(tasks, ["Elm PD", "Pine Sheriff", "Oak PD"])
    for names, affiliations in jobs:
        assert {n for n, k, _ in names if k is Kind.ORGANIZATION} <= set(affiliations) | {"Oak PD", "Elm PD"}
    together = {n: i for i, (names, affs) in enumerate(jobs) for n in affs}
    for i, (names, _) in enumerate(jobs):
        for n, k, _ in names:
            if k is Kind.ORGANIZATION:
                assert together[n] == i
    assert sorted(t for names, _ in jobs for t in names) == sorted(tasks)
    graph, _ = _demo()
    screener = Screener.build(graph, POLICY)
    assert screener.index._org_memo is screener.affiliation_index._org_memo
    agency = next(c.text for c in screener.affiliation_index.candidates)
    screener.index.match(agency, Kind.ORGANIZATION)
    remembered = len(screener.index._org_memo)
    assert remembered
    screener.affiliation_index.match(agency, Kind.ORGANIZATION)
    assert len(screener.index._org_memo) == remembered  # met again, not compared again


def test_only_a_large_docket_file_is_worth_forking_for(tmp_path):
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    small.write_text("x" * 1000)
    large.write_text("x" * (screen.PARALLEL_FROM * 100))
    assert not screen.worth_forking(small)
    assert screen.worth_forking(large)
    assert not screen.worth_forking(tmp_path / "missing.csv")



def test_coi_screen_follows_the_person_once(tmp_path, monkeypatch):
    """`coi screen` flags a confidential person's other rows once, for the counting and the
    screening alike, and the prompts are those of following them in each."""
    from click.testing import CliRunner

    from coi import redaction
    from coi.cli import main, screening

    calls = []
    real = redaction.follow_the_person

    def counted(parties):
        calls.append(1)
        return real(parties)

    monkeypatch.setattr(screening, "follow_the_person", counted)
    monkeypatch.setattr(screen, "follow_the_person", counted)
    out = tmp_path / "conflicts.csv"
    result = CliRunner().invoke(main, [
        "screen", "--members", str(DEMO_FOLDER / "members.csv"), "--disclosures", str(DEMO_FOLDER / "disclosures.csv"),
        "--docket", str(DEMO_FOLDER / "docket.csv"), "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
        "--no-progress"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(calls) == 1
    graph, parties = _demo()
    assert len(out.read_text(encoding="utf-8").splitlines()) - 1 == len(
        screen_docket(parties, Screener.build(graph, POLICY, corpus=docket_corpus(parties)), workers=1).prompts)


def test_followed_parties_give_the_corpus_and_prompts_of_following_them_again():
    from coi.redaction import follow_the_person

    graph, parties = _demo()
    followed = follow_the_person(parties)
    once, twice = docket_corpus(followed, followed=True), docket_corpus(parties)
    assert once.persons == twice.persons
    assert (once.organizations.counts, once.organizations.names, once.organizations.postings) == (
        twice.organizations.counts, twice.organizations.names, twice.organizations.postings)
    corpus = docket_corpus(parties)
    assert (screen_docket(followed, Screener.build(graph, POLICY, corpus=corpus), workers=1, followed=True).prompts
            == screen_docket(parties, Screener.build(graph, POLICY, corpus=corpus), workers=1).prompts)


def test_a_generated_date_of_birth_slip_is_never_a_date_a_docket_refuses():
    # the 300,000-row docket held "2060-05-07" (2006 with two digits transposed): coi refused
    # it, as it must; the generator's slips stay on or before its latest birth date
    from bench.generate import LATEST_BIRTH, docket_slip
    from bench.synthetic import dob_typo

    born = dt.date(2006, 5, 7)
    assert any(dob_typo(random.Random(seed), born)[0] > LATEST_BIRTH for seed in range(200))  # the old slip could
    slips = [docket_slip(random.Random(seed), born) for seed in range(200)]
    assert all(d <= LATEST_BIRTH and d != born for d, _ in slips)
    assert len({how for _, how in slips}) >= 3  # still every kind of slip the date allows, not one


def test_a_childs_peak_memory_is_its_own_not_that_of_the_benchmark_that_started_it():
    # Linux carries the high-water mark across exec and subprocess starts children by vfork:
    # wait4's ru_maxrss gave `coi screen` on 20,000 rows the 8,446 MiB of the `make bench`
    # process that ran it. The benchmarks read each child's own VmHWM instead.
    import os
    import subprocess
    import sys
    import time

    from bench.scale import high_water_bytes

    big = bytearray(700 * 1024 * 1024)  # this process, grown as a long benchmark run grows
    big[::4096] = b"x" * len(big[::4096])
    child = subprocess.Popen([sys.executable, "-c", "import sys; b = bytearray(150 * 2**20); b[::4096] = "
                              "b'x' * len(b[::4096]); sys.stdin.read()"], stdin=subprocess.PIPE)
    peak = None
    for _ in range(200):  # until the child has touched its 150 MiB
        peak = high_water_bytes(child.pid)
        if peak and peak >= 150 * 2**20:
            break
        time.sleep(0.05)
    assert child.stdin is not None
    child.stdin.close()
    _, _, usage = os.wait4(child.pid, 0)
    del big
    assert peak is not None and 150 * 2**20 <= peak < 400 * 2**20
    assert usage.ru_maxrss * 1024 >= 700 * 2**20  # what the benchmarks read before: this process's size


def test_the_generators_fingerprint_moves_with_the_name_tables_it_reads(tmp_path):
    # the generator's namesake test reads coi's nickname tables: 27 diminutives added to them
    # moved which strangers the 20,000-row docket may hold (35 planted person conflicts → 33),
    # while a folder generated before was reused wherever it had been kept
    import shutil

    from bench.generate import _INPUTS, fingerprint

    root = Path(__file__).resolve().parents[1]
    for entry in _INPUTS:
        (tmp_path / entry).parent.mkdir(parents=True, exist_ok=True)
        copy = shutil.copytree if (root / entry).is_dir() else shutil.copyfile
        copy(root / entry, tmp_path / entry)
    assert fingerprint(tmp_path) == fingerprint(root)
    person = tmp_path / "coi" / "names" / "person.py"
    person.write_text(person.read_text("utf-8") + "\n# one more diminutive\n", "utf-8")
    assert fingerprint(tmp_path) != fingerprint(root)


def test_data_generated_from_other_inputs_are_made_anew(tmp_path, monkeypatch):
    import bench.scale

    monkeypatch.setattr(bench.scale, "DATA", tmp_path / "scale")
    monkeypatch.setattr(bench.scale, "fingerprint", lambda: "before")
    bench.scale.ensure_data(2_000)
    docket = tmp_path / "scale" / "docket_2000.csv"
    (tmp_path / "scale" / "conflicts_2000.csv").write_text("case_id\n", "utf-8")  # a run's output
    written = docket.stat().st_mtime_ns
    bench.scale.ensure_data(2_000)  # the same inputs: reused
    assert docket.stat().st_mtime_ns == written and (tmp_path / "scale" / "conflicts_2000.csv").exists()
    monkeypatch.setattr(bench.scale, "fingerprint", lambda: "after")
    bench.scale.ensure_data(2_000)
    assert docket.stat().st_mtime_ns != written
    assert not (tmp_path / "scale" / "conflicts_2000.csv").exists()
    assert (tmp_path / "scale" / "generator.txt").read_text("utf-8").strip() == "after"
