"""The staff page *Docket*: upload a docket (the Files page's upload), then its prompts."""

from __future__ import annotations

import streamlit as st

from coi.decisions import views
from coi.decisions.accounts import Account
from coi.model import ImportKind
from coi.store.database import Store
from coi.ui.staff.files import upload_flow
from coi.ui.staff.prompts import filtered, prompt_table
from coi.ui.widgets import count, refusing


@refusing
def docket(store: Store, account: Account) -> None:
    st.title("Docket")
    st.write("Upload a docket (CSV or Excel, one row per party; the columns are in docs/CONTRACT.md, and the "
             "Files page has a template). It is checked whole: if any row has a problem, every problem is listed "
             "and nothing is stored. Then you see the plan — every party it adds, changes or retires, by name — "
             "and nothing is stored until you import it with the button.")
    upload = upload_flow(store, account, ImportKind.DOCKET, key="docket")
    if upload is None or upload.problems:
        return
    if upload.done or (upload.plan is not None and upload.plan.duplicate_of is not None):
        _docket_prompts(store, account, upload.cases)


def _docket_prompts(store: Store, account: Account, cases: set[str]) -> None:
    shown = [v for v in views.prompts_for(store, account) if v.case_id in cases]
    st.subheader(f"Prompts in this docket's {count(len(cases), 'case')}: {len(shown):,}")
    prompt_table(filtered(shown, "docket"), "docket-prompts")
