"""One member's ties as a picture that reads on one screen (issue 14, item 13): the member
in the centre, each tie in a box of its 3.1(g) category (statutory first), former ties
dashed and labelled "former", and a category with more ties than fit collapsed into one
node ("12 friends") whose ties the page lists below it.

Drawn from the relationship graph (coi.graph: each tie names its disclosed edge, whose
``through`` says which edge, and so which tie, it runs through, and whose relation labels it)
as Graphviz DOT, for ``st.graphviz_chart``. Pure: it
reads one member's graph and returns text; which member's graph may be drawn for whom is
coi.decisions.views' question (coi.decisions.access). The graph's node ids (which hold the folded names) never
leave the server: the DOT's ids are numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from coi.graph import Edge, PanelGraph, Tie
from coi.model import Category, Tier
from coi.policy import Policy

#: A category with more ties than this is drawn as one node, its ties listed below the picture.
COLLAPSE_OVER = 6

def count_words(category: Category, n: int) -> str:
    """"12 friends", "1 friend": how many ties of a category."""
    return f"{n} {category.words if n == 1 else category.plural}"


@dataclass(frozen=True, slots=True)
class TieGroup:
    """The ties of one category, and whether the picture draws them as one node."""

    category: Category
    tier: Tier
    ties: tuple[Tie, ...]
    collapsed: bool

    @property
    def title(self) -> str:
        return f"{self.category.words} ({self.tier})"

    @property
    def count(self) -> str:
        return count_words(self.category, len(self.ties))


@dataclass(frozen=True, slots=True)
class TiesPicture:
    """The DOT text and the groups it drew (the page lists a collapsed group's ties)."""

    dot: str
    groups: tuple[TieGroup, ...]

    @property
    def collapsed(self) -> tuple[TieGroup, ...]:
        return tuple(g for g in self.groups if g.collapsed)


def quote(text: str) -> str:
    """``text`` as a Graphviz quoted string (a line break stays a line break)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _groups(ties: list[Tie], policy: Policy, limit: int) -> list[TieGroup]:
    """The member's ties by category: statutory categories first, each in the vocabulary's order."""
    by: dict[Category, list[Tie]] = {}
    for t in ties:
        by.setdefault(t.category, []).append(t)
    order = list(Category)
    cats = sorted(by, key=lambda c: (policy.tier(c) is not Tier.STATUTORY, order.index(c)))
    return [TieGroup(c, policy.tier(c), tuple(by[c]), len(by[c]) > limit) for c in cats]


def ties_picture(graph: PanelGraph, member_id: str, policy: Policy, *, limit: int = COLLAPSE_OVER) -> TiesPicture:
    """The picture of ``member_id``'s ties in ``graph`` (built from that member's data only)."""
    member = graph.members[member_id]
    ties = [t for t in graph.ties_of(member_id) if not t.is_self]
    groups = _groups(ties, policy, limit)

    # one DOT node per tie (a person may be in two categories), or per collapsed group
    node_of: dict[int, str] = {}  # id(tie) → DOT node
    lines = ["digraph {", "  rankdir=LR; newrank=true; compound=true; nodesep=0.12; ranksep=0.5;",
             "  node [shape=box, style=rounded, fontsize=10, margin=\"0.08,0.03\"]; edge [fontsize=9];",
             f"  me [label={quote(member.name)}, style=\"rounded,bold,filled\", fillcolor=\"#eef2ff\", "
             "fontsize=12];"]
    by_key: dict[str, list[Tie]] = {}
    for t in ties:
        by_key.setdefault(t.key, []).append(t)
    by_edge = {t.edge: t for t in ties if t.edge is not None}
    parents = {id(t): _parent(graph, t, by_edge, by_key) for t in ties}
    sides = _sides(groups, parents)

    for i, g in enumerate(groups):
        dashed = "dashed" if g.tier is Tier.ADVISORY else "solid"
        lines.append(f"  subgraph cluster_{i} {{ label={quote(g.title)}; style=\"rounded,{dashed}\"; "
                     "color=\"#9aa5b1\"; fontsize=10;")
        if g.collapsed:
            former = sum(t.former for t in g.ties)
            label = g.count + (f"\n({former} former)" if former else "") + "\nlisted below"
            lines.append(f"    g{i} [label={quote(label)}, style=\"rounded,filled\", fillcolor=\"#f5f5f5\"];")
            for t in g.ties:
                node_of[id(t)] = f"g{i}"
        else:
            for j, t in enumerate(g.ties):
                node = f"t{i}_{j}"
                node_of[id(t)] = node
                style = "rounded,dashed" if t.former else "rounded"
                lines.append(f"    {node} [label={quote(t.name + (chr(10) + '(former)' if t.former else ''))}, "
                             f"style=\"{style}\"];")
        lines.append("  }")

    drawn: set[tuple[str, str]] = set()
    for i, g in enumerate(groups):
        left = sides[i] == "left"
        for t in g.ties:
            parent = parents[id(t)]
            a = "me" if parent is None else node_of[id(parent)]
            b = node_of[id(t)]
            if a == b or (a, b) in drawn:
                continue
            drawn.add((a, b))
            if g.collapsed:
                all_former = all(x.former for x in g.ties)
                label = g.category.words + ("\nformer" if all_former else "")
            else:
                all_former = t.former
                relation = graph.relation(t)
                label = (relation.words if relation else g.category.words) + ("\nformer" if t.former else "")
            attrs = f"label={quote(label)}" + (", style=dashed" if all_former else "")
            # left of the member: the edge written backwards (and drawn forwards), so the tie ranks left
            lines.append(f"  {b} -> {a} [{attrs}, dir=back];" if left else f"  {a} -> {b} [{attrs}];")
    lines.append("}")
    return TiesPicture("\n".join(lines), tuple(groups))


def _sides(groups: list[TieGroup], parents: dict[int, Tie | None]) -> dict[int, str]:
    """Which side of the member each group is drawn on: groups joined by a chain (a spouse's
    parent: the spouse's group and the parents-in-law's) stay on one side, so no chain
    crosses the member; the sides are balanced by how many nodes they draw (the family
    usually on one side, work, friends and associations on the other)."""
    home = {id(t): i for i, g in enumerate(groups) for t in g.ties}
    root = list(range(len(groups)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i, g in enumerate(groups):
        for t in g.ties:
            parent = parents[id(t)]
            if parent is not None:
                root[find(i)] = find(home[id(parent)])
    units: dict[int, list[int]] = {}
    for i in range(len(groups)):
        units.setdefault(find(i), []).append(i)
    size = {u: sum(1 if groups[i].collapsed else len(groups[i].ties) for i in members) for u, members in units.items()}
    weight = {"right": 0, "left": 0}
    sides: dict[int, str] = {}
    for u in sorted(units, key=lambda u: (-size[u], min(units[u]))):  # the largest first, then the first drawn
        side = "right" if weight["right"] <= weight["left"] else "left"
        weight[side] += size[u]
        for i in units[u]:
            sides[i] = side
    return sides


def _parent(graph: PanelGraph, tie: Tie, by_edge: dict[Edge, Tie], by_key: dict[str, list[Tie]]) -> Tie | None:
    """The tie ``tie`` runs through (None: the member), read from the graph: the tie of the
    disclosed edge its own edge continues — or, when that edge's tie gave way to another of
    the same person (a shorter path, a direct child rather than a stepchild), that other."""
    through = graph.through(tie)
    if through is None:
        return None
    return by_edge.get(through) or next(iter(by_key.get(through[1], ())), None)


__all__ = ["COLLAPSE_OVER", "TieGroup", "TiesPicture", "count_words", "quote", "ties_picture"]
