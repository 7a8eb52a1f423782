"""Issue 15, items 2 and 3: the relationship graph is the graph — the member's categories
are derived by walking it, My ties and every evidence path are drawn from it, a path is kept
as codes (step kind, relation) and put in words only when shown — and each relation's
meaning is written in one table."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3

import pytest

from coi.graph import build_graph, derive_category, direct_category, kinship, member_node
from coi.model import (
    CATEGORIES,
    RELATIONS,
    Category,
    Disclosure,
    Kind,
    Panel,
    PartyRole,
    PathStep,
    Relation,
    StepKind,
    path_words,
    read_path,
    stored_path,
)
from coi.names import fold
from coi.policy import Policy, load_policy
from coi.screen import Screener, prompt_row, screen_docket
from coi.ties_picture import ties_picture
from tests.factories import AS_OF, member, panel, party, tie, two_member_store

POLICY = load_policy()
PAST = AS_OF - dt.timedelta(days=400)


# ------------------------------------------------------------------ derived by walking the graph


def _recursive_ties(p: Panel, policy: Policy, as_of: dt.date) -> list[tuple[str, str, str, str, bool]]:
    """The derivation as coi did it before issue 15 — recursion over a dictionary of names,
    the path in words — kept here as the reference the walk of the graph must agree with:
    (member, name, category, path in words, former) of every tie, in order."""
    unless_also = {Category.STEPCHILD: (Category.CHILD, Category.ADOPTED_CHILD), Category.STEPPARENT: (Category.PARENT,)}
    out: list[tuple[str, str, str, str, bool]] = []
    for m in p.members:
        out.append((m.member_id, m.name, "other", f"Member {m.name} → is the party", False))
        ds = [d for d in p.disclosures if d.member_id == m.member_id]
        named: dict[str, list[Disclosure]] = {}
        for d in sorted(ds, key=lambda d: (not d.relation.is_kin, d.row or 0)):
            for n in (d.name, *d.aliases):
                named.setdefault(fold(n), []).append(d)

        def resolve(d: Disclosure) -> tuple[Category, tuple[str, ...], bool]:
            if d.via is None:
                return direct_category(d.relation), (f"Member {m.name}", f"{d.relation.words} {d.name}"), d.is_former(as_of)
            via_cat, via_path, via_former = resolve(named[fold(d.via)][0])
            return (derive_category(via_cat, d.relation), (*via_path, f"{d.relation.words} {d.name}"),
                    via_former or d.is_former(as_of))

        direct = {(fold(d.name), direct_category(d.relation)) for d in ds if d.via is None}
        node = {id(d): (f"org:{fold(d.name)}" if d.kind is Kind.ORGANIZATION else fold(d.name)) for d in ds}
        seen: dict[tuple[str, Category], tuple[str, str, str, str, bool]] = {}
        lengths: dict[tuple[str, Category], int] = {}
        held: dict[tuple[str, Category], Category] = {}  # a former tie's key → the category it held
        holds: set[tuple[str, Category]] = set()
        for d in ds:
            category, path, former = resolve(d)
            if category in unless_also and any((fold(d.name), c) in direct for c in unless_also[category]):
                continue
            if former:
                held[(node[id(d)], policy.when_former(category))] = category
                category = policy.when_former(category)
            else:
                holds.add((node[id(d)], category))
            k = (node[id(d)], category)
            # (since the forty-fifth session) a tie that holds before one that ended, then the shorter path
            if k not in seen or seen[k][4] and not former or seen[k][4] == former and len(path) < lengths[k]:
                seen[k], lengths[k] = (m.member_id, d.name, str(category), " → ".join(path), former), len(path)
        # (since the forty-fifth session) a tie that ended and holds again is the current one alone;
        # where the policy keeps the category when a tie ends (other relative), the one tie stands
        out.extend(t for k, t in seen.items() if not (k in held and held[k] != k[1] and (k[0], held[k]) in holds))
    return out


# mostly the relations the derivation table reads, so that its every rule is met many times
CHOICES = [*[Relation.SPOUSE, Relation.PARENT, Relation.CHILD, Relation.SIBLING, Relation.ADOPTED_CHILD,
             Relation.STEPPARENT] * 6, *Relation]
FIRST = ["Luis", "Rosa", "Marta", "Nico", "Pedro", "Juan", "Ines", "Teo"]


def _random_panel(rng: random.Random) -> Panel:
    """A member's ties with chains through relatives and friends, names disclosed twice under
    two relations, aliases that a ``via`` may use, ended ties, and an organization or two."""
    people: list[Disclosure] = []
    for row in range(2, rng.randint(3, 12)):
        name = f"{rng.choice(FIRST)} Diaz"
        relation = rng.choice(CHOICES)
        via = None
        if people and rng.random() < 0.6:
            through = rng.choice(people)
            via = rng.choice((through.name, *through.aliases))
            if fold(via) == fold(name):
                continue
        if via is not None and _loops(people, name, via):
            continue
        until = PAST if rng.random() < 0.2 else None
        aliases = (f"{name.split()[0][0]}. Diaz",) if rng.random() < 0.2 else ()
        people.append(tie(str(relation), name, via=via, until=until, aliases=aliases, row=row))
    orgs = [tie(rng.choice(["employer", "association"]), "Oak Ridge Police Department", row=20,
                kind=Kind.ORGANIZATION)] if rng.random() < 0.5 else []
    return panel(*people, *orgs)


def _loops(people: list[Disclosure], name: str, via: str) -> bool:
    """Whether adding ``name`` via ``via`` would let a chain come back to ``name`` (ingest refuses it)."""
    named: dict[str, Disclosure] = {}
    for d in sorted(people, key=lambda d: (not d.relation.is_kin, d.row or 0)):
        for n in (d.name, *d.aliases):
            named.setdefault(fold(n), d)
    seen, at = {fold(name)}, named.get(fold(via))
    while at is not None:
        if fold(at.name) in seen:
            return True
        seen.add(fold(at.name))
        at = named.get(fold(at.via)) if at.via else None
    return False


def test_the_walk_of_the_graph_derives_what_the_recursive_derivation_did_on_random_panels():
    rng = random.Random(15)
    for _ in range(300):
        p = _random_panel(rng)
        g = build_graph(p, POLICY, as_of=AS_OF)
        got = [(t.member_id, t.name, str(t.category), path_words(t.path), t.former) for t in g.ties]
        assert got == _recursive_ties(p, POLICY, AS_OF), p.disclosures


def test_categories_are_read_from_the_graph_s_edges():
    g = build_graph(panel(tie("spouse", "Luis Diaz"), tie("parent", "Rosa Diaz", via="Luis Diaz")), POLICY,
                    as_of=AS_OF)
    (rosa,) = [t for t in g.ties if t.name == "Rosa Diaz"]
    assert kinship(g.graph, "M01", as_of=AS_OF)[rosa.edge].category is Category.PARENT_IN_LAW
    # the graph, not the disclosures, decides: Luis as a sibling makes his parent the member's parent too
    (luis,) = [t for t in g.ties if t.name == "Luis Diaz"]
    g.graph.edges[luis.edge]["relation"] = "sibling"
    reached = kinship(g.graph, "M01", as_of=AS_OF)
    assert reached[luis.edge].category is Category.SIBLING
    assert reached[rosa.edge].category is Category.OTHER_RELATIVE  # sibling's parent: kin, not in the table
    assert [s.words for s in reached[rosa.edge].path] == ["Member", "sibling", "parent"]


def test_an_ended_edge_makes_every_edge_through_it_former():
    g = build_graph(panel(tie("spouse", "Luis Diaz", until=PAST), tie("sibling", "Marta Diaz", via="Luis Diaz"),
                          tie("child", "Nico Ruiz", via="Marta Diaz")), POLICY, as_of=AS_OF)
    reached = kinship(g.graph, "M01", as_of=AS_OF)
    assert [r.former for r in reached.values()] == [True, True, True]


def test_each_tie_names_its_edge_and_the_edge_it_runs_through():
    g = build_graph(panel(tie("spouse", "Luis Diaz"), tie("parent", "Rosa Diaz", via="Luis Diaz")), POLICY,
                    as_of=AS_OF)
    luis, rosa = (next(t for t in g.ties if t.name == n) for n in ("Luis Diaz", "Rosa Diaz"))
    assert luis.edge is not None and luis.edge[0] == member_node("M01") and g.through(luis) is None
    assert g.through(rosa) == luis.edge and rosa.edge is not None and rosa.edge[0] == luis.key
    assert g.relation(rosa) is Relation.PARENT
    derived = [d for _, v, d in g.graph.edges(data=True) if d.get("derived") and v == rosa.key]
    assert derived and derived[0]["path"] == rosa.path and derived[0]["through"] == rosa.edge


# ------------------------------------------------------------------ drawn from the graph


def test_my_ties_labels_each_tie_with_its_own_edge_s_relation():
    # one organization disclosed twice: an employer and an association; each edge labelled as disclosed
    graph = build_graph(panel(tie("employer", "Oak Ridge Police Department", kind=Kind.ORGANIZATION),
                              tie("association", "Oak Ridge Police Department", kind=Kind.ORGANIZATION)),
                        POLICY, as_of=AS_OF)
    dot = ties_picture(graph, "M01", POLICY).dot
    labels = sorted(line.split('label="')[1].split('"')[0] for line in dot.splitlines() if "->" in line)
    assert labels == ["association", "employer"]


def test_a_chain_hangs_from_the_tie_whose_edge_it_continues():
    # Luis is both the spouse and a friend; his parent hangs from the spouse (the relative)
    graph = build_graph(panel(tie("friend", "Luis Diaz", row=2), tie("spouse", "Luis Diaz", row=3),
                              tie("parent", "Rosa Diaz", via="Luis Diaz", row=4)), POLICY, as_of=AS_OF)
    pic = ties_picture(graph, "M01", POLICY)
    (rosa,) = [t for t in graph.ties if t.name == "Rosa Diaz"]
    assert rosa.category is Category.PARENT_IN_LAW
    spouse_box = pic.dot.split('label="spouse (statutory)"')[1].split("}")[0]
    spouse_node = spouse_box.split("[")[0].split()[-1]
    assert any(spouse_node in line and "parent" in line for line in pic.dot.splitlines() if "->" in line)


# ------------------------------------------------------------------ a path as codes


def test_a_prompt_s_path_is_stored_as_codes_and_shown_in_words(tmp_path):
    disclosures = [tie("spouse", "Luis Diaz"), tie("parent", "Rosa Diaz", via="Luis Diaz"),
                   tie("employer", "Oak Ridge Police Department", kind=Kind.ORGANIZATION)]
    docket = [party("Rosa Diaz", case_id="C1"),
              party("Jo Quill", case_id="C2", role="respondent", affiliations=("Oak Ridge Police Department",))]
    store = two_member_store(tmp_path / "coi.sqlite3", disclosures, docket)
    rows = dict(sqlite3.connect(tmp_path / "coi.sqlite3").execute(
        "SELECT case_id, path FROM prompts WHERE member_id = 'M01' AND category IN ('parent_in_law', 'employment')"))
    assert json.loads(rows["C1"]) == [["member", "", "Ana Diaz"], ["relation", "spouse", "Luis Diaz"],
                                      ["relation", "parent", "Rosa Diaz"]]
    assert json.loads(rows["C2"]) == [["member", "", "Ana Diaz"],
                                      ["relation", "employer", "Oak Ridge Police Department"],
                                      ["affiliated", "respondent", "Jo Quill"]]
    (rosa,) = store.prompts(member_id="M01", case_id="C1")
    assert prompt_row(rosa.as_prompt())["path"] == "Member Ana Diaz → spouse Luis Diaz → parent Rosa Diaz"
    (quill,) = [p for p in store.prompts(member_id="M01", case_id="C2") if p.category is Category.EMPLOYMENT]
    assert path_words(quill.path) == ("Member Ana Diaz → employer Oak Ridge Police Department → "
                                      "affiliated respondent Jo Quill")


def test_a_path_stored_in_words_before_issue_15_is_read_back_as_codes(tmp_path):
    store = two_member_store(tmp_path / "coi.sqlite3", [tie("spouse", "Luis Diaz"),
                                                        tie("parent_in_law", "Rosa Diaz")],
                             [party("Rosa Diaz", case_id="C1")])
    old = [["Member", "Ana Diaz"], ["parent-in-law", "Rosa Diaz"]]
    with sqlite3.connect(tmp_path / "coi.sqlite3") as conn:
        conn.execute("UPDATE prompts SET path = ? WHERE case_id = 'C1'", (json.dumps(old),))
    (p,) = store.prompts(member_id="M01", case_id="C1")
    assert p.path == (PathStep.of_member("Ana Diaz"), PathStep.of_relation(Relation.PARENT_IN_LAW, "Rosa Diaz"))
    assert path_words(p.path) == "Member Ana Diaz → parent-in-law Rosa Diaz"


@pytest.mark.parametrize("step", [
    PathStep.of_member("Ana Diaz"), PathStep.party_itself(),
    *(PathStep.of_relation(r, "Luis Diaz") for r in Relation),
    *(PathStep.of_affiliation(role, "Jo Quill") for role in PartyRole),
])
def test_every_step_reads_back_from_its_codes_and_from_its_old_words(step):
    assert read_path(stored_path((step,))) == (step,)
    assert read_path([[step.words, step.name]]) == (step,)  # a row written before issue 15


def test_old_words_no_vocabulary_knows_are_kept_as_they_were():
    (step,) = read_path([["godparent", "Ines Diaz"]])
    assert step.kind is StepKind.WORDS and str(step) == "godparent Ines Diaz"


def test_the_words_of_a_step_are_the_vocabulary_s():
    assert str(PathStep.of_relation(Relation.SIBLING_IN_LAW, "Marta Diaz")) == "sibling-in-law Marta Diaz"
    assert str(PathStep.party_itself()) == "is the party"
    assert str(PathStep(StepKind.WITHHELD, Category.AUNT_OR_UNCLE.value, "[confidential]")) == \
        "aunt or uncle [confidential]"


def test_screening_puts_no_words_in_a_path():
    g = build_graph(panel(tie("spouse", "Luis Diaz"), tie("parent", "Rosa Diaz", via="Luis Diaz"),
                          tie("employer", "Oak Ridge Police Department", kind=Kind.ORGANIZATION)), POLICY, as_of=AS_OF)
    result = screen_docket([party("Rosa Diaz"), party("Jo Quill", role="respondent",
                                                      affiliations=("Oak Ridge Police Department",))],
                           Screener.build(g, POLICY))
    steps = [s for p in result.prompts for s in p.path]
    assert steps and all(s.kind in (StepKind.MEMBER, StepKind.RELATION, StepKind.AFFILIATED, StepKind.IS_PARTY)
                         for s in steps)
    assert {s.code for s in steps if s.kind is StepKind.RELATION} <= {r.value for r in Relation}


# ------------------------------------------------------------------ one relation table


def test_one_table_gives_every_relation_its_category_and_label_and_every_category_its_words():
    assert set(RELATIONS) == set(Relation) and set(CATEGORIES) == set(Category)
    for relation in Relation:
        assert relation.category is RELATIONS[relation][0] and relation.label == RELATIONS[relation][1]
        assert relation.is_kin == relation.category.is_kin
    for category in Category:
        assert category.plural == CATEGORIES[category][1] and category.is_kin == CATEGORIES[category][0]
    # a relation and the category of the same name are said alike
    for relation in Relation:
        if relation.value in {c.value for c in Category}:
            assert relation.words == Category(relation.value).words


def test_the_graph_s_direct_categories_are_the_relation_table_s():
    for relation in Relation:
        (t,) = [t for t in build_graph(panel(tie(str(relation), "Pat Quill")), POLICY, as_of=AS_OF).ties
                if not t.is_self]
        assert t.category is relation.category


def test_two_members_ties_stay_apart_in_the_walk():
    p = panel(tie("spouse", "Luis Diaz"), tie("parent", "Rosa Diaz", via="Luis Diaz"),
              tie("friend", "Luis Diaz", member_id="M02"), tie("spouse", "Rosa Diaz", via="Luis Diaz", member_id="M02"),
              members=(member("M01", "Ana Diaz"), member("M02", "Ben Cole")))
    g = build_graph(p, POLICY, as_of=AS_OF)
    assert {(t.member_id, t.name, t.category) for t in g.ties if not t.is_self} == {
        ("M01", "Luis Diaz", Category.SPOUSE), ("M01", "Rosa Diaz", Category.PARENT_IN_LAW),
        ("M02", "Luis Diaz", Category.FRIEND), ("M02", "Rosa Diaz", Category.OTHER)}
    assert all(e[0] != member_node("M01") for e in kinship(g.graph, "M02", as_of=AS_OF))
