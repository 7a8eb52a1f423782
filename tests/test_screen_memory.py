"""Issue 13 item 6 (memory, at most 1 GiB on a million rows): what ``coi screen`` keeps while it
reads and screens a docket — the docket's repeated parties checked case by case, party names
kept out of the name caches, a worker's blocking caches dropped once its blocking is done —
each giving exactly what it gave before."""

from __future__ import annotations

from coi import screen
from coi.ingest import records as ingest
from coi.model import Kind
from coi.names.index import NameIndex, given_middle_surname, looks_like_organization
from coi.names.normalize import fold_forms
from coi.names.person import person_forms
from coi.policy import load_policy
from coi.redaction import name_key
from coi.screen import Screener
from tests.test_screen_speed import _demo

POLICY = load_policy()


def test_a_repeated_party_is_warned_of_whether_its_cases_rows_are_together_or_apart(tmp_path):
    """The reader keeps only the case being read to find a party repeated in it; a case met
    again after another makes it check against every party read. Either way each repeat is
    warned of with the row it repeats, and kept once."""
    rows = ["case_id,party_name,party_role",
            "C-1,Ana Diaz,respondent",       # row 2
            "C-1,Bo Li,witness",             # row 3
            "C-1,ANA DIAZ,respondent",       # row 4: repeats row 2, the case's rows together
            "C-2,Cy Ng,respondent",          # row 5
            "C-1,Bo Li,witness",             # row 6: repeats row 3, its case met again after C-2
            "C-1,Bo Li,complainant",         # row 7: another role, another party
            "C-2,Cy Ng,respondent",          # row 8: repeats row 5
            "C-3,Di Oh,respondent",          # row 9
            "C-3,di oh,respondent"]          # row 10: repeats row 9
    path = tmp_path / "docket.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    loaded = ingest.load_docket(path)
    assert [(p.case_id, p.name, p.role.value, p.row) for p in loaded.records] == [
        ("C-1", "Ana Diaz", "respondent", 2), ("C-1", "Bo Li", "witness", 3), ("C-2", "Cy Ng", "respondent", 5),
        ("C-1", "Bo Li", "complainant", 7), ("C-3", "Di Oh", "respondent", 9)]
    assert [(w.row, w.message) for w in loaded.warnings] == [
        (4, "'ANA DIAZ' is already a respondent of case C-1 on row 2; this row was ignored"),
        (6, "'Bo Li' is already a witness of case C-1 on row 3; this row was ignored"),
        (8, "'Cy Ng' is already a respondent of case C-2 on row 5; this row was ignored"),
        (10, "'di oh' is already a respondent of case C-3 on row 9; this row was ignored")]


def test_names_met_once_are_not_kept_in_the_fold_cache():
    """Splitting a name for the counting, asking whether it reads as an organization, parsing
    it as a person (its parses are cached by person_forms) and keying it for confidentiality
    leave fold_forms' cache as it was: a million rows' names would fill it with forms no
    comparison asks for again."""
    names = [f"Zelda{i} Quon{i}" for i in range(50)] + ["Þórunn Ólafsdóttir", "José Núñez Jr."]
    fold_forms.cache_clear()
    person_forms.cache_clear()
    for name in names:
        given_middle_surname(name)
        looks_like_organization(name)
        person_forms(name)
        name_key(name)
    assert fold_forms.cache_info().currsize == 0
    assert person_forms.cache_info().currsize == len(names)
    assert given_middle_surname("Þórunn Ólafsdóttir") == ("thorunn", "", "olafsdottir")
    assert person_forms("José Núñez Jr.")[0].surname == "nunez"
    assert looks_like_organization("Oak Ridge Police Dept.") and not looks_like_organization("Ana Diaz")
    assert name_key("Núñez, José") == name_key("jose nunez") == "jose nunez"


def test_an_index_blocks_alike_after_forgetting_the_words_it_met():
    graph, parties = _demo()
    index = Screener.build(graph, POLICY).index
    tasks = list({(p.name, p.kind, (p.date_of_birth,)): None for p in parties if p.kind is not Kind.ORGANIZATION})
    first = index.block_many(tasks)
    assert index._surname_inners and index._given_words
    index.forget_words()
    assert not index._surname_inners and not index._given_words and not index._star_words
    assert index.block_many(tasks) == first
    assert isinstance(index, NameIndex)


def test_a_worker_drops_its_blocking_caches_once_it_scores(monkeypatch):
    """A worker that blocked names (``coi screen``'s first pass) forgets the words it met when it
    is handed its first batch to score, and scores it as a worker that never blocked."""
    graph, parties = _demo()
    screener = Screener.build(graph, POLICY)
    monkeypatch.setattr(screen, "_FORKED", screener)
    monkeypatch.setattr(screen, "_FORKED_CORPUS", screener.index.corpus)
    monkeypatch.setattr(screen, "_WORKER_CORPUS", None)
    monkeypatch.setattr(screen, "_BLOCKED", False)
    tasks = list({(p.name, p.kind, (p.date_of_birth,)): None for p in parties if p.kind is not Kind.ORGANIZATION})
    found = screen._block_in_worker(tasks)
    assert screener.index._given_words and screen._BLOCKED
    everything = list(range(len(tasks)))
    blocked = screen._unpacked(found[0], everything)
    scored = screen._in_worker((None, tasks, [], blocked))
    assert not screener.index._given_words and not screen._BLOCKED
    fresh = Screener.build(graph, POLICY)
    monkeypatch.setattr(screen, "_FORKED", fresh)
    assert screen._in_worker((None, tasks, [], None)) == scored
    assert any(hits for _, _, hits in scored[0])


def test_a_worker_scores_only_the_names_their_blocking_says_can_meet_something(monkeypatch):
    """``coi screen`` hands a blocked chunk on with only its names that met some candidate or
    read as an organization's (most of a docket's meet no one): their hits, numbered back into
    the chunk, are the whole chunk's — a person's name that is an agency's among them."""
    graph, parties = _demo()
    screener = Screener.build(graph, POLICY)
    for name, value in (("_FORKED", screener), ("_FORKED_CORPUS", screener.index.corpus),
                        ("_WORKER_CORPUS", None), ("_BLOCKED", False)):
        monkeypatch.setattr(screen, name, value)
    agency = next(c.text for c in screener.index.candidates if c.kind is Kind.ORGANIZATION)
    tasks = [*{(p.name, p.kind, (p.date_of_birth,)): None for p in parties if p.kind is not Kind.ORGANIZATION},
             (agency, Kind.PERSON, (None,))]  # an agency filed as a person: tried as an organization
    found = screen._block_in_worker(tasks)
    kept = screen._can_meet(found)
    assert len(tasks) - 1 in kept and kept == sorted(set(kept))
    assert 0 < len(kept) < len(tasks)  # the demo docket's names that meet no one are left out
    scored, _ = screen._in_worker((None, [tasks[t] for t in kept], [], screen._unpacked(found[0], kept)))
    monkeypatch.setattr(screen, "_FORKED", Screener.build(graph, POLICY))
    whole, _ = screen._in_worker((None, tasks, [], None))
    assert [(kept[t], r, hits) for t, r, hits in scored] == whole
    assert any(t == len(tasks) - 1 for t, _, _ in whole)  # the agency met its disclosed self


def test_a_repeated_party_is_warned_of_even_under_the_same_row_number():
    """parse_docket's callers number the rows (the dashboard's editor among them): a party
    given twice is warned of by its key, whatever the numbers say."""
    checker = ingest.row_checker("editor")
    cells = [(5, {"case_id": "C-1", "party_name": "Ana Diaz", "party_role": "respondent"}),
             (5, {"case_id": "C-1", "party_name": "ana diaz", "party_role": "respondent"})]
    parties = ingest.parse_docket(cells, checker)
    assert [p.name for p in parties] == ["Ana Diaz"]
    assert [(w.row, w.message) for w in checker.warnings] == [
        (5, "'ana diaz' is already a respondent of case C-1 on row 5; this row was ignored")]


def test_a_plain_ascii_name_is_split_and_read_as_its_folding_would(monkeypatch):
    """A plain ASCII name skips the folding (which only collapses its spaces): its split and
    its reading as an organization are those of the folded name, spaces, commas, titles,
    apostrophes and other scripts alike."""
    from coi.names import index
    from coi.names.normalize import fold_once

    names = ["Ana   Diaz", "Diaz,  Ana  Lee", "Dr. Ana Diaz Jr.", "O'Brien, Sean", "D`Arcy Pike", "Ana\tDiaz",
             "OAK RIDGE  POLICE DEPT.", "de la  Cruz, Maria Luisa", "Nguyễn Văn An", "Jоhn Smith", "X", ""]
    plain = [n for n in names if index._folded_text(n) != fold_once(n)]
    assert plain  # some names do take the shortcut
    for name in names:
        assert index._WORD.findall(index._folded_text(name)) == index._WORD.findall(fold_once(name)), name
        assert index._folded_text(name).partition(",")[0].split() == fold_once(name).partition(",")[0].split(), name
    by_folding = [(given_middle_surname(n), looks_like_organization(n)) for n in names]
    monkeypatch.setattr(index, "_folded_text", fold_once)
    assert [(given_middle_surname(n), looks_like_organization(n)) for n in names] == by_folding
