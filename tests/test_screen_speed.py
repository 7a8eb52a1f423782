"""Issue 13 item 6/7 (speed): the docket read by column position, the parties made without the
frozen dataclass's per-field setattr, the workers of ``coi screen`` used from a small docket —
each giving exactly what the slower way gave."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pickle

import numpy as np
import pytest

from coi import screen
from coi.graph import build_graph
from coi.ingest import records as ingest
from coi.ingest.columns import DOCKET_COLUMNS
from coi.model import InputRejected, Kind, Panel, Party, PartyRole
from coi.names.index import Corpus
from coi.policy import load_policy
from coi.screen import Screener, screen_docket
from coi_demo import AS_OF as DEMO_AS_OF
from coi_demo import DEMO_FOLDER

POLICY = load_policy()


def _cell_by_cell(path, invalid_dates=ingest.InvalidDates.REJECT):
    """Every row read through the dict of its cells and each ``_Rows`` check in the order
    parse_docket reads them (as before the reader worked on column positions): the problems
    and warnings of each cell, in order."""
    stream, checker = ingest._open(path, DOCKET_COLUMNS, None, "docket", invalid_dates)
    with stream:
        for n, c in ingest._cells(stream):
            checker.ident(n, c, "case_id")
            checker.text(n, c, "party_name", required=True, limit=ingest.MAX_NAME)
            role = checker.choice(n, c, "party_role", PartyRole, default=PartyRole.OTHER)
            checker.choice(n, c, "party_kind", Kind, default=role.default_kind)
            checker.names(n, c, "affiliations")
            checker.date(n, c, "date_of_birth", not_after=dt.date.today(), ignorable=True)
            checker.flag(n, c, "confidential")
            checker.text(n, c, "case_type", limit=200)
            checker.text(n, c, "stage", limit=200)
            checker.date(n, c, "meeting_date")
    return stream.problems + checker.problems, checker.warnings


def _shown(items):
    return [(p.file, p.row, p.column, p.problem, p.fix) for p in items]


def _warned(items):
    return [(w.file, w.row, w.column, w.message) for w in items]


def test_a_bad_cell_read_by_column_position_reports_the_problem_of_reading_its_row_dict(tmp_path):
    """The reader builds a row's cells only for a cell it has not met: a bad cell on row N
    still names the file, row N, the column as written and the same fix — on every row."""
    rows = ["Case_ID,Party_Name,Party_Role,Date_Of_Birth,Affiliations,Meeting_Date",
            "C-1,Ana Diaz,respondent,1970-01-02,Oak PD,",
            "C-1,Bo Li,respondant,1970-13-02,,",          # a misspelt role, a month 13
            "C-2,,witness,,,2026-02-30",                  # no name, a day that does not exist
            "C/3,Bo Li,respondant,1970-13-02,,",          # the same bad cells again, a bad case id
            "C-4,Jo\u200bhn Roe,witness,,Oak PD;Oak PD,",   # an invisible character: a warning
            "C-5,Jo\u200bhn Roe,witness,1970-01-02,,",
            "C-5,Ana Diaz,respondent,1970-01-02,Oak PD,"]
    path = tmp_path / "docket.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(InputRejected) as caught:
        ingest.load_docket(path)
    problems, _ = _cell_by_cell(path)
    assert _shown(caught.value.problems) == _shown(sorted(problems, key=lambda p: p.row or 0))
    assert [(p.row, p.column) for p in caught.value.problems] == [
        (3, "Party_Role"), (3, "Date_Of_Birth"), (4, "Party_Name"), (4, "Meeting_Date"),
        (5, "Case_ID"), (5, "Party_Role"), (5, "Date_Of_Birth")]


def test_reading_by_column_position_gives_the_records_and_warnings_of_the_row_dicts(tmp_path):
    """A file without some optional columns (no kind, no confidential, no stage...), with
    repeated, invisible and ignored cells: the records and every warning as reading each
    row's dict gives them (``parse_docket``, the dashboard's way in)."""
    rows = ["party_name,case_id,date_of_birth,party_role",
            "Ana Diaz,C-1,1970-01-02,respondent",
            "Oak PD,C-1,,agency",
            "Jo\u200bhn Roe,C-2,2999-01-01,witness",
            "Jo\u200bhn Roe,C-3,2999-01-01,witness",
            "ana diaz,C-1,1970-01-02,respondent",  # the same party again: warned, kept once
            "Bo Li,C-3,,"]
    path = tmp_path / "docket.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    loaded = ingest.load_docket(path, invalid_dates=ingest.InvalidDates.IGNORE)
    stream, checker = ingest._open(path, DOCKET_COLUMNS, None, "docket", ingest.InvalidDates.IGNORE)
    with stream:
        by_dict = ingest.parse_docket(ingest._cells(stream), checker)
    assert list(loaded.records) == by_dict
    assert _warned(loaded.warnings) == _warned(checker.warnings)
    _, warnings = _cell_by_cell(path, ingest.InvalidDates.IGNORE)
    assert [w for w in _warned(loaded.warnings) if "already a" not in w[3]] == _warned(warnings)
    assert len(warnings) == 4  # the invisible character and the future date, on both rows
    assert [p.kind for p in loaded.records] == [Kind.PERSON, Kind.ORGANIZATION, Kind.PERSON, Kind.PERSON, Kind.PERSON]


def test_the_party_maker_makes_the_party_the_constructor_makes():
    values = ("C-1", "Ana Diaz", PartyRole.WITNESS, Kind.PERSON, ("Oak PD",), dt.date(1970, 1, 2), True,
              "complaint", "review", dt.date(2026, 3, 4), 17)
    made = ingest._party_maker()(*values)
    assert type(made) is Party
    assert made == Party(*values)
    assert dataclasses.astuple(made) == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "other"  # still frozen


def test_the_party_maker_falls_back_to_the_constructor_for_a_class_with_post_init(monkeypatch):
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        name: str

        def __post_init__(self):
            if not self.name:
                raise ValueError("empty")

    monkeypatch.setattr(ingest, "Party", Checked)
    assert ingest._party_maker() is Checked


def _demo():
    members = ingest.load_members(DEMO_FOLDER / "members.csv").records
    disclosures = ingest.load_disclosures(DEMO_FOLDER / "disclosures.csv", members).records
    graph = build_graph(Panel(members, disclosures), POLICY, as_of=DEMO_AS_OF)
    return graph, list(ingest.load_docket(DEMO_FOLDER / "docket.csv").records)


def test_a_pool_started_by_the_caller_is_used_from_pool_from_distinct_names(monkeypatch):
    """``coi screen`` starts its workers for a docket file of ``POOL_FROM`` names or so and
    they are used from that many distinct names; a screening that would fork its own (the
    dashboard's, ``coi rescreen``) still waits for ``PARALLEL_FROM``."""
    graph, parties = _demo()
    distinct = len({(p.name, p.kind) for p in parties})
    one = screen_docket(parties, Screener.build(graph, POLICY), workers=1).prompts
    monkeypatch.setattr(screen, "POOL_FROM", distinct)  # the demo docket as large as the bar
    monkeypatch.setattr(screen, "PARALLEL_FROM", distinct + 1)
    forks = []
    real = screen.worker_pool

    def counting(screener, workers=None):
        forks.append(workers)
        return real(screener, workers)

    monkeypatch.setattr(screen, "worker_pool", counting)
    unpooled = screen_docket(parties, Screener.build(graph, POLICY), workers=2).prompts
    assert forks == []  # below PARALLEL_FROM: no fork of its own
    screener = Screener.build(graph, POLICY)
    with real(screener, 2) as pool:
        assert pool is not None
        used = []
        pool.pool.imap = _spy(pool.pool.imap, used)
        pooled = screen_docket(parties, screener, pool=pool).prompts
    assert used  # the batches went to the workers
    assert pooled == unpooled == one


def _spy(imap, used):
    def spying(fn, jobs):
        used.append(len(jobs))
        return imap(fn, jobs)
    return spying


def test_a_docket_file_of_about_pool_from_names_is_worth_forking_for(tmp_path):
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    small.write_text("x" * (screen.POOL_FROM * 50))
    large.write_text("x" * (screen.POOL_FROM * 100))
    assert not screen.worth_forking(small)
    assert screen.worth_forking(large)
    assert screen.POOL_FROM < screen.PARALLEL_FROM


def _scores(prompts):
    return [(p.case_id, p.member_id, p.party.name, p.category, p.score, p.evidence) for p in prompts]


def test_workers_forked_before_the_docket_is_read_screen_with_its_frequencies(monkeypatch):
    """``coi screen`` forks its workers before it reads the docket (they hold none of its
    rows) and gives the screener the docket's frequencies afterwards: the workers read them
    from a file the first time a batch names it, and score exactly as one process with the
    frequencies from the start; the file is gone when the pool closes."""
    graph, parties = _demo()
    corpus = screen.docket_corpus(parties)
    one = screen_docket(parties, Screener.build(graph, POLICY, corpus=corpus), workers=1).prompts
    without = screen_docket(parties, Screener.build(graph, POLICY), workers=1).prompts
    assert _scores(one) != _scores(without)  # the frequencies move scores: a worker ignoring them shows
    monkeypatch.setattr(screen, "POOL_FROM", 1)
    screener = Screener.build(graph, POLICY)  # as coi screen builds it: before the docket is read
    with screen.worker_pool(screener, 2) as pool:
        assert pool is not None
        screener.use_corpus(corpus)
        used = []
        pool.pool.imap = _spy(pool.pool.imap, used)
        pooled = screen_docket(parties, screener, pool=pool).prompts
        path = pool.corpus_file()
        assert path is not None and os.path.exists(path)
        # and back to the frequencies the workers were forked with: no file, the forked ones
        screener.use_corpus(None)
        assert pool.corpus_file() is None
        assert _scores(screen_docket(parties, screener, pool=pool).prompts) == _scores(without)
    assert used
    assert _scores(pooled) == _scores(one)
    assert pooled == one
    assert not os.path.exists(path)


def test_a_screener_given_new_frequencies_forgets_the_comparisons_made_under_the_old():
    graph, parties = _demo()
    corpus = screen.docket_corpus(parties)
    screener = Screener.build(graph, POLICY)
    before = screen_docket(parties, screener, workers=1).prompts  # fills the organization memo
    screener.use_corpus(corpus)
    assert screener.index.corpus is corpus and screener.affiliation_index.corpus is corpus
    fresh = screen_docket(parties, Screener.build(graph, POLICY, corpus=corpus), workers=1).prompts
    assert _scores(screen_docket(parties, screener, workers=1).prompts) == _scores(fresh)
    assert _scores(before) != _scores(fresh)


def test_folding_ascii_text_removes_only_the_apostrophes_ascii_can_hold():
    """``_ascii`` looks for the two ASCII apostrophes only in ASCII text: the same as removing
    every apostrophe after transliterating, on random text mixing them with others."""
    import random

    from anyascii import anyascii

    from coi.names import normalize

    def plain(text):
        if not text.isascii():
            text = anyascii(text)
        for a in normalize._APOSTROPHES:
            text = text.replace(a, "")
        return " ".join(text.split())

    rng = random.Random(7)
    alphabet = "ab '`\u2019\u2018\u02bc\u02bb\u00b4\u00e9  \t\u0416"
    samples = ["O'Brien", "D`Angelo", "O\u2019Neil", "Jo\u00b4e", "x'`'y"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    assert [normalize._ascii(t) for t in samples] == [plain(t) for t in samples]
    assert normalize._ascii("O'Brien") == "OBrien" and normalize._ascii("O\u2019Neil") == "ONeil"


def test_the_workers_block_the_names_while_the_caller_counts_them(monkeypatch):
    """``screen_docket(count=...)`` (``coi screen``): the workers block the persons' names
    while the frequencies are counted, then score them with the frequencies: the same
    prompts as one process holding the frequencies from the start; counted once, also
    without workers."""
    graph, parties = _demo()
    corpus = screen.docket_corpus(parties)
    one = screen_docket(parties, Screener.build(graph, POLICY, corpus=corpus), workers=1).prompts
    calls = []

    def count():
        calls.append(1)
        return screen.docket_corpus(parties)

    monkeypatch.setattr(screen, "POOL_FROM", 1)
    monkeypatch.setattr(screen, "CHUNK", 20)  # several persons' batches
    screener = Screener.build(graph, POLICY)
    with screen.worker_pool(screener, 2) as pool:
        assert pool is not None
        used = []
        pool.pool.imap = _spy(pool.pool.imap, used)
        pooled = screen_docket(parties, screener, pool=pool, count=count).prompts
    assert len(used) == 2  # the blocking, then the scoring
    assert calls == [1]
    assert _scores(pooled) == _scores(one) and pooled == one
    alone = Screener.build(graph, POLICY)
    assert screen_docket(parties, alone, workers=1, count=count).prompts == one
    assert calls == [1, 1] and alone.index.corpus is not None


def test_names_blocked_beforehand_score_as_names_blocked_in_the_match():
    """``NameIndex.match_many(blocked=block_many(...))`` gives the hits of ``match_many``
    blocking as it goes, on every floor, for every date of birth of the demo docket's names."""
    graph, parties = _demo()
    screener = Screener.build(graph, POLICY, corpus=screen.docket_corpus(parties))
    dates: dict = {}
    for p in parties:
        dates.setdefault((p.name, p.kind), {})[p.date_of_birth] = None
    dates[("Dana Whitfield", Kind.PERSON)] = {None: None, dt.date(1970, 1, 2): None}
    tasks = [(name, kind, tuple(d)) for (name, kind), d in dates.items()]
    blocked = screener.index.block_many(tasks)
    assert [b is None for b in blocked] == [kind is Kind.ORGANIZATION for _, kind, _ in tasks]
    assert any(blocked_ for blocked_ in blocked)
    for floor in (0.0, 25.0):
        assert (screener.index.match_many(tasks, floor=floor, blocked=blocked)
                == screener.index.match_many(tasks, floor=floor))


def test_the_corpus_file_leaves_out_the_census_tables_and_restores_them():
    graph, parties = _demo()
    corpus = screen.docket_corpus(parties)
    left_out, filed = screen._without_census(corpus)
    assert left_out and filed.persons.surnames == {} and filed.persons.given == {}
    assert len(pickle.dumps((left_out, filed))) * 10 < len(pickle.dumps(corpus))
    restored = screen._with_census(pickle.loads(pickle.dumps((left_out, filed))))
    assert restored.persons == corpus.persons
    orgs, restored_orgs = corpus.organizations, restored.organizations  # an OrgCorpus equals only itself
    assert (restored_orgs.counts, restored_orgs.names, restored_orgs.postings) == (orgs.counts, orgs.names, orgs.postings)
    from coi.names.frequency import us_frequencies
    assert restored.persons.surnames is us_frequencies().surnames  # the worker's own, shared since the fork
    assert screen._without_census(Corpus()) == (False, Corpus())


def _peeking(peeked, firsts=None):
    def peek(names, kinds, dates, rows):
        peeked.append((list(names), list(kinds), list(dates)))
        if firsts is not None:
            firsts.append(list(rows))
    return peek


def test_the_docket_is_peeked_at_as_its_parties_are_about_to_be_made(tmp_path):
    """``load_docket``'s ``peek`` (``coi screen`` starts the workers' blocking with it) is given
    each party's name, kind and date of birth, in the order of the parties, once: a party
    named again in its case and a blank row are no parties, and are not in it."""
    lines = (DEMO_FOLDER / "docket.csv").read_text(encoding="utf-8").splitlines()
    width = lines[0].count(",")
    path = tmp_path / "docket.csv"
    path.write_text("\n".join([*lines, lines[1], "," * width, lines[2]]) + "\n", encoding="utf-8")
    peeked = []
    parties = ingest.load_docket(path, peek=_peeking(peeked)).records
    assert len(parties) == len(lines) - 1  # the added rows are the same parties again, or blank
    assert peeked == [([p.name for p in parties], [p.kind for p in parties], [p.date_of_birth for p in parties])]
    assert any(p.date_of_birth for p in parties) and {p.kind for p in parties} == {Kind.PERSON, Kind.ORGANIZATION}


def test_the_names_are_grouped_from_the_first_rows_of_each_distinct_cell_the_reading_gives(tmp_path):
    """The reading by columns gives ``peek`` the rows that hold each distinct (name, kind, date
    of birth) cells first (positions among the parties: a blank row and a party named again in
    its case are none); grouped from those rows alone, the docket's names are those grouped
    from every row (docket_tasks) — also where two cells read alike (a name written with and
    without spaces at its ends is one name, a blank kind is its role's) and a name comes with
    several dates and kinds."""
    lines = (DEMO_FOLDER / "docket.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    at = {k: header.index(k) for k in ("case_id", "party_name", "party_kind", "date_of_birth")}
    written = [lines[0], *lines[1:]]
    for case, name, kind, born, role in [
            ("X-1", "Ann Lee", "person", "1980-01-02", "witness"), ("X-1", "Ann Lee", "person", "1980-01-02", "witness"),
            ("", "", "", "", ""), ("X-2", " Ann Lee ", "person", "1980-01-02", "witness"),
            ("X-3", "Ann Lee", "person", "1981-05-06", "witness"), ("X-4", "Ann Lee", "organization", "", "witness"),
            ("X-5", "Ann Lee ", "person", "1981-05-06", "witness"), ("X-6", "Ann Lee", "person", "", "witness"),
            ("X-7", "Ann Lee", "", "", "agency"), ("X-8", "Ann Lee", "", "1981-05-06", "respondent")]:
        cells = [""] * len(header)
        cells[header.index("party_role")] = role
        for key, value in zip(at, (case, name, kind, born)):
            cells[at[key]] = value
        written.append(",".join(cells))
    path = tmp_path / "docket.csv"
    path.write_text("\n".join(written) + "\n", encoding="utf-8")
    peeked, firsts = [], []
    parties = ingest.load_docket(path, peek=_peeking(peeked, firsts)).records
    (names, kinds, dates), = peeked
    rows, = firsts
    assert len(parties) == len(names) == len(written) - 3  # the header, the blank row, X-1 named again
    assert rows == sorted(set(rows)) and len(rows) < len(parties) and max(rows) == len(names) - 1
    assert names.count("Ann Lee") == 8  # the names read alike: one name, on eight parties
    grouped = screen.docket_tasks(names, kinds, dates)
    assert screen.docket_tasks(names, kinds, dates, rows) == grouped
    as_read = [np.array(column, dtype=object) for column in (names, kinds, dates)]  # as the reading gives them
    assert screen.docket_tasks(*as_read, rows) == grouped
    assert ("Ann Lee", Kind.PERSON, (dt.date(1980, 1, 2), dt.date(1981, 5, 6), None)) in grouped
    assert ("Ann Lee", Kind.ORGANIZATION, (None,)) in grouped


def test_a_docket_refused_is_never_peeked_at(tmp_path):
    lines = (DEMO_FOLDER / "docket.csv").read_text(encoding="utf-8").splitlines()
    bad = lines[1].replace(",respondent,", ",judge,")
    assert bad != lines[1]
    path = tmp_path / "docket.csv"
    path.write_text("\n".join([*lines, bad]) + "\n", encoding="utf-8")
    peeked = []
    with pytest.raises(InputRejected, match="judge"):
        ingest.load_docket(path, peek=_peeking(peeked))
    assert peeked == []


def _imap_spy(pool, calls):
    real = pool.pool.imap

    def spying(fn, jobs):
        calls.append(fn)
        return real(fn, jobs)
    pool.pool.imap = spying


@pytest.mark.parametrize("same", [True, False], ids=["its own names", "other names"])
def test_blocking_begun_while_the_docket_is_read_is_used_only_for_its_own_names(monkeypatch, same):
    """``coi screen`` has the workers block the docket's names while it goes on reading it
    (WorkerPool.block_early): the screening then uses that blocking, not a second, and gives
    exactly the prompts of one process. Blocking begun for other names than the screening's
    is not used: the screening blocks its own."""
    import functools

    graph, parties = _demo()
    one = screen_docket(parties, Screener.build(graph, POLICY, corpus=screen.docket_corpus(parties)),
                        workers=1).prompts
    monkeypatch.setattr(screen, "POOL_FROM", 1)
    monkeypatch.setattr(screen, "CHUNK", 40)  # blocked in several chunks
    screener = Screener.build(graph, POLICY)
    early = parties if same else parties[:-3]
    grouped = []
    real_tasks = screen.docket_tasks
    monkeypatch.setattr(screen, "docket_tasks", lambda *columns: grouped.append(1) or real_tasks(*columns))
    with screen.worker_pool(screener, 2) as pool:
        assert pool is not None
        calls = []
        _imap_spy(pool, calls)
        pool.block_early([p.name for p in early], [p.kind for p in early], [p.date_of_birth for p in early])
        pooled = screen_docket(parties, screener, pool=pool,
                               count=functools.partial(screen.docket_corpus, parties)).prompts
        groupings = len(grouped)
        assert pool.early_blocking(screen.docket_tasks(*zip(*((p.name, p.kind, p.date_of_birth)
                                                               for p in early)))) is None  # used once
    assert calls.count(screen._block_in_worker) == (1 if same else 2)
    assert groupings == (1 if same else 2)  # the names grouped once, by the pool, when they are the same
    assert calls[-1] is screen._in_worker
    assert pooled == one


def _warmed_words():
    index = screen._FORKED.index
    return index._surname_inners.keys() & index._given_words.keys()


def test_the_workers_make_the_commonest_names_blocking_tables_as_they_start(monkeypatch):
    """worker_pool(warm=n): each worker makes the blocking tables of the n commonest names as
    it starts (NameIndex.warm; ``coi screen``: while it reads the docket, warm_words), and the
    screening's prompts are those of one process."""
    import functools

    from coi.names.frequency import common_words

    graph, parties = _demo()
    one = screen_docket(parties, Screener.build(graph, POLICY, corpus=screen.docket_corpus(parties)),
                        workers=1).prompts
    monkeypatch.setattr(screen, "POOL_FROM", 1)
    screener = Screener.build(graph, POLICY)
    with screen.worker_pool(screener, 2, warm=500) as pool:
        assert pool is not None
        assert set(common_words(500)) <= pool.pool.apply(_warmed_words)
        pooled = screen_docket(parties, screener, pool=pool,
                               count=functools.partial(screen.docket_corpus, parties)).prompts
    assert pooled == one
    with screen.worker_pool(screener, 2) as pool:
        assert pool is not None and not pool.pool.apply(_warmed_words)  # unasked, none


def test_a_worker_whose_warming_fails_starts_all_the_same(monkeypatch):
    """Warming is time only: a worker whose warming raised starts all the same, to block the
    names without the tables (an initializer that raised would have the pool start the worker
    again, without end). A warmed worker counts as having blocked: it lets the tables go before
    it scores, even when no names come for it to block."""
    graph, _ = _demo()
    screener = Screener.build(graph, POLICY)

    def fails(self, words):
        raise RuntimeError("warming failed")

    monkeypatch.setattr(screen, "_FORKED", screener)
    monkeypatch.setattr(screen, "_BLOCKED", False)
    monkeypatch.setattr(os, "nice", lambda n: 0)
    monkeypatch.setattr(type(screener.index), "warm", fails)
    screen._start_worker(screen.WORKER_NICENESS, 100)  # no exception
    assert screen._BLOCKED


def test_the_commonest_names_are_counted_over_both_census_tables():
    from coi.names.frequency import common_words, name_bearers, us_frequencies

    words = common_words(2000)
    assert len(words) == len(set(words)) == 2000 and common_words(0) == []
    census = us_frequencies()
    borne = [max(census.surnames.get(w, 0), census.given.get(w, 0)) for w in words]
    assert borne == sorted(borne, reverse=True)
    assert {"smith", "johnson", "garcia", "nguyen", "kim", "michael", "maria", "james"} <= set(words)
    assert min(borne) > 0 and name_bearers(words[0]) != (0, 0)


def test_the_words_warmed_grow_with_the_docket_file_to_a_cap(tmp_path):
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    for path, size in ((small, 70_000), (large, 70_000_000)):
        with open(path, "wb") as fh:
            fh.truncate(size)  # that size, written sparse
    assert 0 < screen.warm_words(small) < screen.warm_words(large) == screen.WARM_MOST
    assert screen.warm_words(tmp_path / "missing.csv") == 0


def test_the_workers_give_way_to_the_process_that_forked_them():
    """While coi screen reads and counts the docket, its work is what the rest waits for:
    the workers run at a lower priority."""
    graph, _ = _demo()
    with screen.worker_pool(Screener.build(graph, POLICY), 2) as pool:
        assert pool is not None
        assert screen.WORKER_NICENESS > 0
        assert pool.pool.apply(os.nice, (0,)) == min(19, os.nice(0) + screen.WORKER_NICENESS)


def test_coi_screen_has_its_workers_block_the_names_as_soon_as_they_are_read(tmp_path, monkeypatch):
    """``coi screen`` on a docket worth forking for hands its pool's ``block_early`` to the
    reading; the file it writes is the one a screening in one process writes."""
    from click.testing import CliRunner

    import coi.cli.screening as screening
    from coi.cli import main

    files = ["--members", str(DEMO_FOLDER / "members.csv"), "--disclosures", str(DEMO_FOLDER / "disclosures.csv"),
             "--docket", str(DEMO_FOLDER / "docket.csv"), "--as-of", DEMO_AS_OF.isoformat()]
    alone = tmp_path / "alone.csv"
    assert CliRunner().invoke(main, ["screen", *files, "--out", str(alone)]).exit_code == 0
    monkeypatch.setattr(screening, "worth_forking", lambda path: True)
    monkeypatch.setattr(screening, "worker_pool", lambda screener, **kw: screen.worker_pool(screener, 2, **kw))  # on any machine
    monkeypatch.setattr(screen, "POOL_FROM", 1)
    begun, used = [], []
    real_begin, real_use = screen.WorkerPool.block_early, screen.WorkerPool.early_blocking

    def block_early(self, names, kinds, dates, rows):
        begun.append(len(names))
        real_begin(self, names, kinds, dates, rows)

    def early_blocking(self, tasks):
        found = real_use(self, tasks)
        used.append(found is not None)
        return found

    monkeypatch.setattr(screen.WorkerPool, "block_early", block_early)
    monkeypatch.setattr(screen.WorkerPool, "early_blocking", early_blocking)
    pooled = tmp_path / "pooled.csv"
    result = CliRunner().invoke(main, ["screen", *files, "--out", str(pooled)])
    assert result.exit_code == 0, result.output
    assert begun == [len(ingest.load_docket(DEMO_FOLDER / "docket.csv").records)]
    assert used == [True]  # the blocking begun early is the one the screening used
    assert pooled.read_bytes() == alone.read_bytes()


@pytest.mark.parametrize("name", ["John Smith", "Mr John Smith Jr", "MARIA DE LA CRUZ", "Juan Carlos Perez Garcia",
                                  "J Smith", "Ana", "Ann B Lee", "Officer Dana Van Der Berg III", "Smith",
                                  "Nguyen Van An", "Marco Antonio Ruiz", "Dr Sgt"])
def test_a_name_of_letters_and_spaces_is_counted_as_the_folding_reads_it(name):
    """The name frequencies split a name of ASCII letters and single spaces at its spaces
    (given_middle_surname's quick way); a name with a period takes the folding's way: the
    same given name, middle name and surname."""
    from coi.names.index import given_middle_surname

    assert given_middle_surname(name) == given_middle_surname(name + ".") == given_middle_surname(f"{name} .")
    assert given_middle_surname(name.replace(" ", "  ")) == given_middle_surname(name)  # two spaces: the folding's way
