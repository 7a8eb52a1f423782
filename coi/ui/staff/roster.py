"""The staff page *Roster*: the members, who holds over, who never confirmed their disclosures."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import views
from coi.decisions.accounts import Account
from coi.settings import load_settings
from coi.store.database import Store
from coi.ui.widgets import refusing


@refusing
def roster(store: Store, account: Account) -> None:
    st.title("Roster")
    rows = views.roster_rows(store, account, load_settings().as_of)
    if not rows:
        st.info("No roster yet: import members.csv (coi import).")
        return
    holdovers = sum(r["status"].startswith("holdover") for r in rows)
    never = sum(r["disclosures confirmed"] == "never" for r in rows)
    st.write(f"{len(rows)} members; {holdovers} holding over; {never} never confirmed their disclosures.")
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
