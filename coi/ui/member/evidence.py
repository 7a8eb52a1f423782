"""How a match is told on a prompt's card (issue 14, item 14): the probability in words, the
top reasons, and the evidence step by step in plain words."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi import explain
from coi.decisions.views import PromptView
from coi.ui.widgets import md

#: The evidence's table on a card (coi.explain.waterfall_words).
EVIDENCE_COLUMNS = ("compared", "in plain words", "party", "disclosed", "bits", "total")


def match_evidence(view: PromptView) -> None:
    """How the party's name matched: the probability in words with its percentage, the top
    reasons in plain words built from the features, and the evidence step by step, each
    step in words. A redacted card says the same withheld words as every other redacted card
    (coi.redaction): nothing of the hidden match."""
    if view.redacted:
        st.markdown(f"Matched **{md(view.matched_name)}**: {md(view.how)}")
        st.caption(md(view.likelihood[:1].upper() + view.likelihood[1:]) + ".")
        return
    st.markdown(f"Matched **{md(view.matched_name)}** — **{md(view.likelihood)}**")
    if view.reasons:
        st.markdown(f"Why: {md(view.reasons)}")
    if view.features:
        with st.expander("How the names compare"):
            # a static table (drawn as HTML, readable by a screen reader); its cells are markdown: escaped
            rows = [[md(cell) for cell in row] for row in explain.waterfall_words(view.features, view.prior)]
            st.table(pd.DataFrame(rows, columns=EVIDENCE_COLUMNS), hide_index=True)
            st.caption("Each comparison adds its bits (log-odds, for or against) to the one before; the total "
                       "gives the probability.")
