"""My ties on one screen (issue 14, item 13): the member in the centre, ties in a box per
3.1(g) category, former ties dashed and labelled "former", a category over the limit
collapsed into one node listed below — drawn from the member's own data only."""

from __future__ import annotations

import datetime as dt
import re

from coi.decisions import views
from coi.decisions.accounts import Accounts, demo_password
from coi.graph import build_graph
from coi.model import Category, Panel
from coi.policy import load_policy
from coi.store.database import Store
from coi.ties_picture import COLLAPSE_OVER, count_words, ties_picture
from tests.factories import AS_OF, dashboard_as, member, tie

PAST = AS_OF - dt.timedelta(days=400)


def picture(*ties, limit: int = COLLAPSE_OVER):
    graph = build_graph(Panel((member("M01", "Ana Diaz"),), tuple(ties)), load_policy(), as_of=AS_OF)
    return ties_picture(graph, "M01", load_policy(), limit=limit)


def node_id(dot: str, name: str) -> str:
    """The DOT id of the node labelled ``name`` (the label may go on with a line break)."""
    m = re.search(rf'^\s*(\w+) \[label="{re.escape(name)}(\\n[^"]*)?"', dot, re.M)
    assert m, (name, dot)
    return m.group(1)


def edge_to(dot: str, node: str) -> str:
    """The attributes of the one edge drawn to ``node`` (written either way round)."""
    (line,) = [ln for ln in dot.splitlines() if "->" in ln and (re.search(rf"-> {node} \[", ln) and "dir=back" not in ln
                                                               or re.match(rf"\s*{node} -> \w+ \[.*dir=back", ln))]
    return line


def test_former_ties_are_dashed_and_labelled_former():
    pic = picture(tie("friend", "Omar Haddad", since=PAST, until=AS_OF - dt.timedelta(days=30)),
                  tie("friend", "Lena Park"), tie("employer", "Oak Park Police Department", until=PAST))
    former_friend, friend = edge_to(pic.dot, node_id(pic.dot, "Omar Haddad")), edge_to(pic.dot, node_id(pic.dot, "Lena Park"))
    assert "style=dashed" in former_friend and 'label="friend\\nformer"' in former_friend
    assert "style=dashed" not in friend and "former" not in friend
    employer = edge_to(pic.dot, node_id(pic.dot, "Oak Park Police Department"))
    assert "style=dashed" in employer and "former" in employer
    assert re.search(r'label="Omar Haddad\\n\(former\)", style="rounded,dashed"', pic.dot)


def test_a_tie_through_a_former_tie_is_former_too():
    pic = picture(tie("spouse", "Luis Diaz", until=PAST), tie("parent", "Rosa Diaz", via="Luis Diaz"))
    assert "style=dashed" in edge_to(pic.dot, node_id(pic.dot, "Rosa Diaz"))


def test_ties_are_grouped_in_a_box_per_category_statutory_first():
    pic = picture(tie("other", "Orla Brennan"), tie("friend", "Lena Park"), tie("spouse", "Luis Diaz"),
                  tie("parent", "Rosa Diaz", via="Luis Diaz"))
    titles = re.findall(r'subgraph cluster_\d+ \{ label="([^"]+)"', pic.dot)
    assert titles == ["spouse (statutory)", "parent-in-law (statutory)", "friend (statutory)", "other (advisory)"]
    assert [g.category for g in pic.groups] == [Category.SPOUSE, Category.PARENT_IN_LAW, Category.FRIEND,
                                                Category.OTHER]
    # each name inside its category's box
    for title, name in (("parent-in-law (statutory)", "Rosa Diaz"), ("friend (statutory)", "Lena Park")):
        box = pic.dot.split(f'label="{title}"')[1].split("}")[0]
        assert f'label="{name}"' in box


def test_the_member_is_in_the_centre_with_ties_on_both_sides_and_a_chain_on_one():
    pic = picture(tie("spouse", "Luis Diaz"), tie("parent", "Rosa Diaz", via="Luis Diaz"),
                  tie("friend", "Lena Park"), tie("friend", "Omar Haddad"), tie("employer", "Oak Park Police Department"))
    assert re.search(r'^\s*me \[label="Ana Diaz", style="rounded,bold', pic.dot, re.M)
    edges = [ln for ln in pic.dot.splitlines() if "->" in ln]
    right = [ln for ln in edges if "dir=back" not in ln]
    left = [ln for ln in edges if "dir=back" in ln]
    assert right and left  # ties drawn on both sides of the member
    spouse, in_law = node_id(pic.dot, "Luis Diaz"), node_id(pic.dot, "Rosa Diaz")
    chain = [ln for ln in edges if spouse in ln]
    # the spouse and the spouse's parent on one side: both edges written the same way round
    assert len(chain) == 2 and len({"dir=back" in ln for ln in chain}) == 1
    assert any(re.search(rf"{spouse} -> {in_law}|{in_law} -> {spouse}", ln) and 'label="parent"' in ln for ln in chain)


def test_a_group_over_the_limit_collapses_into_one_node_counted_and_listed():
    friends = [tie("friend", f"Friend Number{i:02d}") for i in range(COLLAPSE_OVER + 1)]
    pic = picture(tie("spouse", "Luis Diaz"), *friends)
    assert f'label="{COLLAPSE_OVER + 1} friends\\nlisted below"' in pic.dot
    assert not [t.name for t in friends if t.name in pic.dot]
    (group,) = pic.collapsed
    assert group.category is Category.FRIEND and [t.name for t in group.ties] == [t.name for t in friends]
    assert "Luis Diaz" in pic.dot  # a group within the limit is drawn in full
    edges = [ln for ln in pic.dot.splitlines() if "->" in ln]
    assert len(edges) == 2  # one edge to the collapsed group, one to the spouse


def test_a_group_at_the_limit_is_drawn_in_full():
    friends = [tie("friend", f"Friend Number{i:02d}") for i in range(COLLAPSE_OVER)]
    pic = picture(*friends)
    assert not pic.collapsed and all(f'label="{t.name}"' in pic.dot for t in friends)


def test_a_collapsed_group_with_former_ties_says_how_many_and_chains_hang_from_it():
    cousins = [tie("cousin", f"Cousin Number{i}", until=PAST if i < 2 else None) for i in range(4)]
    pic = picture(*cousins, tie("friend", "Mo Number", via="Cousin Number3"), limit=3)
    assert 'label="4 other relatives\\n(2 former)\\nlisted below"' in pic.dot
    (group,) = pic.collapsed
    assert group.category is Category.OTHER_RELATIVE and len(group.ties) == 4
    collapsed = node_id(pic.dot, "4 other relatives")
    assert re.search(rf'{collapsed} -> \w+ \[label="friend"|\w+ -> {collapsed} \[label="friend".*dir=back', pic.dot)


def test_every_category_counts_in_words():
    assert count_words(Category.FRIEND, 12) == "12 friends" and count_words(Category.FRIEND, 1) == "1 friend"
    assert all(count_words(c, 2) for c in Category)


def test_names_are_quoted_and_ids_opaque():
    pic = picture(tie("friend", 'Ann "Nan" O\\Neil'))
    assert 'label="Ann \\"Nan\\" O\\\\Neil"' in pic.dot
    assert "person:" not in pic.dot and "neil" not in pic.dot.lower().replace("o\\\\neil", "")


def test_a_members_picture_holds_nothing_of_another_members_data(db):
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        pic = views.ties_picture(store, m01)
        dot = views.ties_graph(store, m01)
        mine = {n for d in views.disclosures_for(store, m01) for n in (d.name, *d.aliases)}
        others = {n for d in store.panel().disclosures if d.member_id != "M01" for n in (d.name, *d.aliases)}
        names = {m.name for m in store.members() if m.member_id != "M01"}
    labels = set(re.findall(r'label="([^"\\]+)', pic.dot))
    strangers = (others | names) - mine
    assert strangers and not [s for s in strangers if s in labels]
    assert not [s for s in strangers if f'"{s}' in pic.dot]
    assert dot == pic.dot


def test_my_ties_page_draws_the_picture_and_lists_a_collapsed_group(db):
    at = dashboard_as("m01", demo_password("M01"), page="my-ties")
    assert not at.exception, at.exception
    (chart,) = at.get("graphviz_chart")
    with Store.open(db) as store:
        pic = views.ties_picture(store, Accounts(store).get("m01"))
    assert chart.proto.spec == pic.dot and pic.collapsed
    group = pic.collapsed[0]
    expander = next(e for e in at.expander if e.label.startswith(group.count))
    listed = "\n".join(str(t.value.to_csv()) for t in expander.table)
    assert all(re.sub(r"([^\w ])", r"\\\1", t.name) in listed or t.name in listed for t in group.ties)
