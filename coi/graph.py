"""The relationship graph: each member's employers, relatives, friends and associations.

Nodes are members (``member:M01``), the persons a member disclosed (``person:M01:luis
diaz`` — one node per member and name, so two members' "John Smith"s stay apart) and
organizations (``org:oak ridge police department``, shared, so members of one
association meet at one node). Edges are typed and dated: ``member → tie`` for what a
member disclosed about themself, ``via → name`` for a tie disclosed through another
("Rosa Diaz is the parent of Luis Diaz", the edge naming the edge it continues in
``through``), and ``member → name`` *derived* edges carrying the member's own category
(parent-in-law) and the path that produced it, as codes (:class:`coi.model.PathStep`).

The member's categories are derived by walking the graph from the member's node
(:func:`kinship`): a direct edge's category is its relation's (coi.model's relation table),
each further edge's is :func:`derive_category` of the edge it continues. The flat list of
:class:`Tie` s, one per (member, node, category), is what screening matches parties
against; each names the disclosed edge it comes from, so a picture or an evidence path is
drawn from the graph, not rebuilt from words.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from coi.heap import without_cycle_collection
from coi.model import Category, Disclosure, Kind, Member, Panel, PathStep, Relation
from coi.names import fold
from coi.names.org import parse_org_forms
from coi.policy import Policy

#: A disclosed edge of the graph: (source node, target node, key).
Edge = tuple[str, str, int]

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
    """The member's category of someone they disclosed directly (coi.model's relation table)."""
    return relation.category


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
    path: tuple[PathStep, ...]  # Member Ana Diaz → spouse Luis Diaz → parent Rosa Diaz, as codes
    former: bool
    rows: tuple[int, ...]  # the disclosure rows it comes from
    by_affiliation: bool = False  # an employer or association: a party affiliated with it is tied too
    is_self: bool = False  # the member's own name
    edge: Edge | None = None  # the disclosed edge of the graph it comes from (None: the member themself)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class PanelGraph:
    graph: nx.MultiDiGraph[str]
    ties: tuple[Tie, ...]
    members: dict[str, Member]

    def ties_of(self, member_id: str) -> tuple[Tie, ...]:
        return tuple(t for t in self.ties if t.member_id == member_id)

    def through(self, tie: Tie) -> Edge | None:
        """The disclosed edge ``tie``'s edge continues (the tie it runs through), or None
        when the member disclosed it of themself."""
        if tie.edge is None:
            return None
        through: Edge | None = self.graph.edges[tie.edge].get("through")
        return through

    def relation(self, tie: Tie) -> Relation | None:
        """The relation of ``tie``'s own disclosed edge: what its name is to the step before."""
        return None if tie.edge is None else Relation(self.graph.edges[tie.edge]["relation"])


def member_node(member_id: str) -> str:
    return f"member:{member_id}"


def person_node(member_id: str, name: str) -> str:
    return f"person:{member_id}:{fold(name)}"


def org_node(name: str) -> str:
    """An organization's node: its parsed name, so that one body written two ways is one node
    (Oak Ridge Police Dept. and Oak Ridge Police Department), with the place a branch or a
    bracket keeps apart (Nick's Pizza & Pub Crystal Lake and … Oak Park, Spago (Los Angeles)
    and Spago (Las Vegas) are two nodes, so neither tie is lost), written in brackets so that
    no name written without one shares its node (Joe's Pizza on Main is not Joe's Pizza Main)."""
    n = parse_org_forms(name)[0]
    place = f" ({' '.join(n.qualifier)})" if n.qualifier else ""
    return f"org:{n.text or fold(name)}{place}"


def _tie_node(d: Disclosure) -> str:
    return org_node(d.name) if d.kind is Kind.ORGANIZATION else person_node(d.member_id, d.name)


@without_cycle_collection()
def build_graph(panel: Panel, policy: Policy, *, as_of: dt.date) -> PanelGraph:
    """Build the graph of ``panel`` and derive every member's categories as of ``as_of``.

    Ingest has already checked that every ``via`` names a person the member disclosed and
    that no ``via`` chain loops.
    """
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
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
                path=(PathStep.of_member(m.name), PathStep.party_itself()), former=False, rows=(), is_self=True)
        )
        edges = _add_disclosures(g, m, by_member.get(m.member_id, []))
        ties.extend(_member_ties(g, m, edges, policy, as_of))
    return PanelGraph(graph=g, ties=tuple(ties), members=members)


def _add_disclosures(g: nx.MultiDiGraph[str], m: Member, disclosures: list[Disclosure]) -> list[Edge]:
    """Add a member's disclosures to the graph, one edge each (in their order, which it
    returns): from the member, or from the person named in ``via``, the edge naming in
    ``through`` the edge of that person it continues."""
    me = member_node(m.member_id)
    # who each folded name (or alias) refers to, for resolving `via`; family rows first
    named: dict[str, Disclosure] = {}
    for d in sorted(disclosures, key=lambda d: (not d.relation.is_kin, d.row or 0)):
        for n in (d.name, *d.aliases):
            named.setdefault(fold(n), d)

    edge_of: dict[int, Edge] = {}  # id(disclosure) → its edge
    for d in disclosures:
        node = _tie_node(d)
        if node not in g:
            g.add_node(node, type=str(d.kind), name=d.name, aliases=list(d.aliases),
                       date_of_birth=d.date_of_birth)
        source = me if d.via is None else _tie_node(named[fold(d.via)])
        key = g.add_edge(source, node, relation=str(d.relation), since=d.since, until=d.until, row=d.row,
                         role=d.role, derived=False, member=m.member_id, disclosure=d, through=None)
        edge_of[id(d)] = (source, node, key)
    for d in disclosures:
        if d.via is not None:
            g.edges[edge_of[id(d)]]["through"] = edge_of[id(named[fold(d.via)])]
    return [edge_of[id(d)] for d in disclosures]


@dataclass(frozen=True, slots=True)
class Reached:
    """A disclosed edge as the walk from the member reaches it: the member's category of its
    name (before the policy's former rule), the path to it, and whether any step has ended."""

    edge: Edge
    category: Category
    path: tuple[PathStep, ...]
    former: bool


def kinship(g: nx.MultiDiGraph[str], member_id: str, *, as_of: dt.date) -> dict[Edge, Reached]:
    """Every disclosed edge of ``member_id`` in ``g``, reached by walking the graph breadth
    first from the member's node: an edge from the member has its relation's category; an
    edge from a person has :func:`derive_category` of the edge it continues (``through``)
    and its relation — a spouse's parent is a parent-in-law. An edge no walk reaches (a
    ``via`` chain that loops, which ingest refuses) is left out."""
    me = member_node(member_id)
    if me not in g:
        return {}
    member_name = str(g.nodes[me].get("name", ""))
    reached: dict[Edge, Reached] = {}
    queue: deque[Reached] = deque()

    def reach(edge: Edge, data: dict[str, Any], category: Category, before: tuple[PathStep, ...],
              former: bool) -> None:
        step = PathStep.of_relation(Relation(data["relation"]), _name(g, edge[1], data))
        found = Reached(edge, category, (*before, step), former or _ended(data, as_of))
        reached[edge] = found
        queue.append(found)

    for _, target, key, data in g.out_edges(me, keys=True, data=True):
        if not data.get("derived"):
            reach((me, target, key), data, direct_category(Relation(data["relation"])),
                  (PathStep.of_member(member_name),), False)
    while queue:
        via = queue.popleft()
        for source, target, key, data in g.out_edges(via.edge[1], keys=True, data=True):
            edge = (source, target, key)
            if data.get("derived") or data.get("through") != via.edge or edge in reached:
                continue
            reach(edge, data, derive_category(via.category, Relation(data["relation"])), via.path, via.former)
    return reached


def _name(g: nx.MultiDiGraph[str], node: str, data: dict[str, Any]) -> str:
    """The name an edge's disclosure gave its target (an organization's node is shared, and
    holds the name the first member wrote)."""
    d = data.get("disclosure")
    return d.name if isinstance(d, Disclosure) else str(g.nodes[node].get("name", ""))


def _ended(data: dict[str, Any], as_of: dt.date) -> bool:
    """An edge whose ``until`` is before ``as_of`` has ended."""
    until = data.get("until")
    return isinstance(until, dt.date) and until < as_of


def _member_ties(g: nx.MultiDiGraph[str], m: Member, edges: list[Edge], policy: Policy,
                 as_of: dt.date) -> Iterable[Tie]:
    """One member's ties, in the order of their disclosures: each disclosed edge with the
    category the walk of the graph gave it; a derived ``member → name`` edge for each tie
    through another person."""
    me = member_node(m.member_id)
    reached = kinship(g, m.member_id, as_of=as_of)
    direct_kin = {(fold(_disclosure(g, e).name), direct_category(_disclosure(g, e).relation))
                  for e in edges if e[0] == me}
    seen: dict[tuple[str, Category], Tie] = {}
    current: set[tuple[str, Category]] = set()  # (node, category) of the ties that hold now
    former_of: dict[tuple[str, Category], Category] = {}  # a former tie's key → the category it held
    for edge in edges:
        found = reached.get(edge)
        if found is None:
            continue  # a loop: ingest refuses it
        d = _disclosure(g, edge)
        category, path, former = found.category, found.path, found.former
        if category in _UNLESS_ALSO and any((fold(d.name), c) in direct_kin for c in _UNLESS_ALSO[category]):
            continue  # the member disclosed this person directly as their own child/parent
        if former:
            held = category
            category = policy.when_former(category)
            former_of[(edge[1], category)] = held
        else:
            current.add((edge[1], category))
        node = edge[1]
        if d.via is not None:
            g.add_edge(me, node, relation=str(category), derived=True, path=path, row=d.row, through=edge,
                       member=m.member_id)
        tie = Tie(
            key=node, member_id=m.member_id, category=category, name=d.name, aliases=d.aliases, kind=d.kind,
            date_of_birth=d.date_of_birth, path=path, former=former, rows=(d.row,) if d.row else (),
            by_affiliation=d.kind is Kind.ORGANIZATION and d.relation in (Relation.EMPLOYER, Relation.ASSOCIATION),
            edge=edge,
        )
        old = seen.get((node, category))
        # the shortest path; a tie that holds before one that ended, where the category is
        # the same either way (another relative, other: the policy maps them to themselves)
        if old is None or old.former and not tie.former \
                or old.former == tie.former and len(tie.path) < len(old.path):
            seen[(node, category)] = tie
    # a tie that ended and holds again (a member who left an employer and joined it again
    # discloses both stints) is the current tie alone: the former one would add an advisory
    # prompt beside the statutory one on the same party (helper-143's review)
    return [t for k, t in seen.items()
            if not (k in former_of and former_of[k] != k[1] and (k[0], former_of[k]) in current)]


def _disclosure(g: nx.MultiDiGraph[str], edge: Edge) -> Disclosure:
    d = g.edges[edge]["disclosure"]
    assert isinstance(d, Disclosure)
    return d
