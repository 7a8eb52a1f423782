"""*My ties* (issue 14, item 13): the member's ties as one readable picture."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import views
from coi.decisions.accounts import Account
from coi.store.database import Store
from coi.ui.widgets import md, refusing


@refusing
def my_ties(store: Store, account: Account) -> None:
    """The member's ties in one picture (coi.ties_picture), and the ties of each group too
    large to draw listed below it."""
    st.title("My ties")
    picture = views.ties_picture(store, account)
    if picture is None:
        st.info("You have disclosed no ties yet.")
        return
    st.caption("You are in the centre; each box is a category of 50 ILCS 705/3.1(g) (dashed: advisory), each "
               "line says how you are tied. Former ties are dashed and marked *former*.")
    st.graphviz_chart(picture.dot, width="stretch")
    for group in picture.collapsed:
        with st.expander(f"{group.count} — {group.title}"):
            st.table(pd.DataFrame(
                [{"name": md(t.name), "how": md(" → ".join(str(s) for s in t.path[1:])),
                  "former": "former" if t.former else ""} for t in group.ties]), hide_index=True)


