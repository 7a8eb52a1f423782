"""The relationship graph: each member's employers, relatives, friends and associations.

Nodes are members (``member:M01``), the persons a member disclosed (``person:M01:luis
diaz`` — one node per member and name, so two members' "John Smith"s stay apart) and
organizations (``org:oak ridge police department``, shared, so members of one
association meet at one node). Edges are typed and dated: ``member → tie`` for what a
member disclosed about themself, ``via → name`` for a tie disclosed through another
("Rosa Diaz is the parent of Luis Diaz"), and ``member → name`` *derived* edges carrying
the member's own category (parent-in-law) and the path that produced it.

The flat list of :class:`Tie` s, one per (member, node, category), is what screening
matches parties against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from coi.model import Category, Disclosure, Kind, Member, Panel, PathStep, Relation, path_words
from coi.names import fold
from coi.names.org import parse_org_forms
from coi.policy import Policy

# A disclosed relation, said of the member themself, as a conflict category.
DIRECT_CATEGORY: dict[Relation, Category] = {
    Relation.EMPLOYER: Category.EMPLOYMENT,
    Relation.EMPLOYEE: Category.EMPLOYMENT,
    Relation.COWORKER: Category.EMPLOYMENT,
    Relation.SPOUSE: Category.SPOUSE,
    Relation.PARENT: Category.PARENT,
    Relation.CHILD: Category.CHILD,
    Relation.ADOPTED_CHILD: Category.ADOPTED_CHILD,
    Relation.LEGAL_WARD: Category.LEGAL_WARD,
    Relation.STEPCHILD: Category.STEPCHILD,
    Relation.STEPPARENT: Category.STEPPARENT,
    Relation.STEP_SIBLING: Category.STEP_SIBLING,
    Relation.HALF_SIBLING: Category.HALF_SIBLING,
    Relation.SIBLING: Category.SIBLING,
    Relation.PARENT_IN_LAW: Category.PARENT_IN_LAW,
    Relation.SIBLING_IN_LAW: Category.SIBLING_IN_LAW,
    Relation.CHILD_IN_LAW: Category.CHILD_IN_LAW,
    Relation.AUNT: Category.AUNT_OR_UNCLE,
    Relation.UNCLE: Category.AUNT_OR_UNCLE,
    Relation.NIECE: Category.NIECE_OR_NEPHEW,
    Relation.NEPHEW: Category.NIECE_OR_NEPHEW,
    Relation.GRANDPARENT: Category.OTHER_RELATIVE,
    Relation.GRANDCHILD: Category.OTHER_RELATIVE,
    Relation.COUSIN: Category.OTHER_RELATIVE,
    Relation.DOMESTIC_PARTNER: Category.OTHER_RELATIVE,
    Relation.FORMER_SPOUSE: Category.OTHER_RELATIVE,
    Relation.OTHER_RELATIVE: Category.OTHER_RELATIVE,
    Relation.FRIEND: Category.FRIEND,
    Relation.ASSOCIATION: Category.ASSOCIATION,
    Relation.OTHER: Category.OTHER,
}

# CONTRACT.md's derivation: (member's category of `via`, relation of `name` to `via`) → category.
# An adopted child is a child here: an adopted sibling is a sibling (50 ILCS 705 does not
# distinguish, and the contract's table names only "child").
_C, _R = Category, Relation
DERIVATION: dict[tuple[Category, Relation], Category] = {
    (_C.SPOUSE, _R.PARENT): _C.PARENT_IN_LAW,
    (_C.SPOUSE, _R.SIBLING): _C.SIBLING_IN_LAW,
    (_C.SIBLING, _R.SPOUSE): _C.SIBLING_IN_LAW,
    (_C.CHILD, _R.SPOUSE): _C.CHILD_IN_LAW,
    (_C.ADOPTED_CHILD, _R.SPOUSE): _C.CHILD_IN_LAW,
    (_C.SPOUSE, _R.CHILD): _C.STEPCHILD,
    (_C.SPOUSE, _R.ADOPTED_CHILD): _C.STEPCHILD,
    (_C.PARENT, _R.SPOUSE): _C.STEPPARENT,
    (_C.PARENT, _R.CHILD): _C.SIBLING,
    (_C.PARENT, _R.ADOPTED_CHILD): _C.SIBLING,
    (_C.STEPPARENT, _R.CHILD): _C.STEP_SIBLING,
    (_C.STEPPARENT, _R.ADOPTED_CHILD): _C.STEP_SIBLING,
    (_C.PARENT, _R.SIBLING): _C.AUNT_OR_UNCLE,
    (_C.SIBLING, _R.CHILD): _C.NIECE_OR_NEPHEW,
    (_C.SIBLING, _R.ADOPTED_CHILD): _C.NIECE_OR_NEPHEW,
}
# "(spouse → child) = stepchild unless also the member's child": the direct tie wins.
_UNLESS_ALSO = {
    _C.STEPCHILD: (_C.CHILD, _C.ADOPTED_CHILD),
    _C.STEPPARENT: (_C.PARENT,),
}


def direct_category(relation: Relation) -> Category:
    """The member's category of someone they disclosed directly."""
    return DIRECT_CATEGORY[relation]


def derive_category(via_category: Category, relation: Relation) -> Category:
    """The member's category of ``name``, who is the ``relation`` of someone the member
    holds in ``via_category``: spouse's parent → parent-in-law (CONTRACT.md).

    Kin of kin not in the table is ``other_relative``. A tie through a non-relative, or a
    non-family relation (a friend's spouse, a spouse's employer), is ``other``: calling a
    friend's spouse a relative would be wrong, and both are advisory.
    """
    if not via_category.is_kin or not relation.is_kin:
        return Category.OTHER
    return DERIVATION.get((via_category, relation), Category.OTHER_RELATIVE)


@dataclass(frozen=True, slots=True)
class Tie:
    """One tie of one member, as screening sees it."""

    key: str  # the graph node the tie points to
    member_id: str
    category: Category
    name: str
    aliases: tuple[str, ...]
    kind: Kind
    date_of_birth: dt.date | None
    path: tuple[PathStep, ...]  # Member Ana Diaz → spouse Luis Diaz → parent Rosa Diaz
    former: bool
    rows: tuple[int, ...]  # the disclosure rows it comes from
    by_affiliation: bool = False  # an employer or association: a party affiliated with it is tied too
    is_self: bool = False  # the member's own name

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class PanelGraph:
    graph: nx.MultiDiGraph
    ties: tuple[Tie, ...]
    members: dict[str, Member]

    def ties_of(self, member_id: str) -> tuple[Tie, ...]:
        return tuple(t for t in self.ties if t.member_id == member_id)


def member_node(member_id: str) -> str:
    return f"member:{member_id}"


def person_node(member_id: str, name: str) -> str:
    return f"person:{member_id}:{fold(name)}"


def org_node(name: str) -> str:
    forms = parse_org_forms(name)
    return f"org:{forms[0].text or fold(name)}"


def _tie_node(d: Disclosure) -> str:
    return org_node(d.name) if d.kind is Kind.ORGANIZATION else person_node(d.member_id, d.name)


def _step(relation: Relation, name: str) -> PathStep:
    return PathStep(relation.words, name)


def build_graph(panel: Panel, policy: Policy, *, as_of: dt.date) -> PanelGraph:
    """Build the graph of ``panel`` and derive every member's categories as of ``as_of``.

    Ingest has already checked that every ``via`` names a person the member disclosed and
    that no ``via`` chain loops.
    """
    g = nx.MultiDiGraph()
    members = {m.member_id: m for m in panel.members}
    for m in panel.members:
        g.add_node(member_node(m.member_id), type="member", name=m.name, appointed_by=str(m.appointed_by))

    by_member: dict[str, list[Disclosure]] = {}
    for d in panel.disclosures:
        by_member.setdefault(d.member_id, []).append(d)

    ties: list[Tie] = []
    for m in panel.members:
        ties.append(
            Tie(key=member_node(m.member_id), member_id=m.member_id, category=Category.OTHER, name=m.name,
                aliases=(), kind=Kind.PERSON, date_of_birth=m.date_of_birth,
                path=(PathStep("Member", m.name), PathStep("is the party", "")), former=False, rows=(), is_self=True)
        )
        ties.extend(_member_ties(g, m, by_member.get(m.member_id, []), policy, as_of))
    return PanelGraph(graph=g, ties=tuple(ties), members=members)


def _member_ties(g: nx.MultiDiGraph, m: Member, disclosures: list[Disclosure], policy: Policy,
                 as_of: dt.date) -> Iterable[Tie]:
    me = member_node(m.member_id)
    # who each folded name (or alias) refers to, for resolving `via`; family rows first
    named: dict[str, list[Disclosure]] = {}
    for d in sorted(disclosures, key=lambda d: (not d.relation.is_kin, d.row or 0)):
        for n in (d.name, *d.aliases):
            named.setdefault(fold(n), []).append(d)

    for d in disclosures:
        node = _tie_node(d)
        if node not in g:
            g.add_node(node, type=str(d.kind), name=d.name, aliases=list(d.aliases),
                       date_of_birth=d.date_of_birth)
        source = me if d.via is None else person_node(m.member_id, named[fold(d.via)][0].name)
        g.add_edge(source, node, relation=str(d.relation), since=d.since, until=d.until, row=d.row,
                   role=d.role, derived=False)

    resolved: dict[int, tuple[Category, tuple[PathStep, ...], bool]] = {}

    def resolve(d: Disclosure, depth: int = 0) -> tuple[Category, tuple[PathStep, ...], bool]:
        """(category before the former rule, path, whether any step has ended)."""
        if id(d) in resolved:
            return resolved[id(d)]
        if d.via is None or depth > 50:
            result = (direct_category(d.relation), (PathStep("Member", m.name), _step(d.relation, d.name)),
                      d.is_former(as_of))
        else:
            via = named[fold(d.via)][0]
            via_cat, via_path, via_former = resolve(via, depth + 1)
            result = (derive_category(via_cat, d.relation), via_path + (_step(d.relation, d.name),),
                      via_former or d.is_former(as_of))
        resolved[id(d)] = result
        return result

    direct_kin = {(fold(d.name), direct_category(d.relation)) for d in disclosures if d.via is None}
    seen: dict[tuple[str, Category], Tie] = {}
    for d in disclosures:
        category, path, former = resolve(d)
        if category in _UNLESS_ALSO and any((fold(d.name), c) in direct_kin for c in _UNLESS_ALSO[category]):
            continue  # the member disclosed this person directly as their own child/parent
        if former:
            category = policy.when_former(category)
        node = _tie_node(d)
        if d.via is not None:
            g.add_edge(me, node, relation=str(category), derived=True, path=path_words(path), row=d.row)
        tie = Tie(
            key=node, member_id=m.member_id, category=category, name=d.name, aliases=d.aliases, kind=d.kind,
            date_of_birth=d.date_of_birth, path=path, former=former, rows=(d.row,) if d.row else (),
            by_affiliation=d.kind is Kind.ORGANIZATION and d.relation in (Relation.EMPLOYER, Relation.ASSOCIATION),
        )
        old = seen.get((node, category))
        if old is None or len(tie.path) < len(old.path):
            seen[(node, category)] = tie
    return seen.values()
