"""The staff Disclosures page (issue 14, item 9): every member's ties, read-only — the list now,
every change it went through (added and retired, when, by whom, from which file or the
dashboard) and each confirmation that it is complete."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.reports import disclosure_record
from coi.settings import load_settings
from coi.store.database import Store
from coi.timefmt import panel_date, panel_time
from coi.ui.widgets import md, refusing


@refusing
def disclosures_page(store: Store, account: Account) -> None:
    require(store, account, Permission.SEE_ALL_DISCLOSURES)  # staff only: refused before anything is drawn
    st.title("Disclosures")
    st.write("Every member's ties under 50 ILCS 705/3.1(g), as they stand and as they changed, read-only: members "
             "edit their own on their My disclosures page, and files are imported on the Files page.")
    settings = load_settings()
    rows = disclosure_record.overview(store, account)
    if not rows:
        st.info("No roster yet: import one on the Files page.")
        return
    never = sum(r.last_confirmed is None for r in rows)
    st.write(f"{len(rows)} members; {never} never confirmed their disclosures complete.")
    st.dataframe(pd.DataFrame([{"member": r.member_id, "name": r.name, "ties now": r.ties,
                                "last confirmed": panel_date(r.last_confirmed, settings) if r.last_confirmed
                                else "never", "confirmed by": r.confirmed_by or "",
                                "last change": panel_time(r.last_change, settings) if r.last_change else ""}
                               for r in rows]), hide_index=True, width="stretch")
    names = {r.member_id: r.name for r in rows}
    chosen = st.selectbox("Member", list(names), format_func=lambda m: f"{m} {names[m]}", key="disclosures_member")
    member = disclosure_record.member_disclosures(store, account, chosen)
    st.subheader(f"{member.member_id} {member.name}")
    if member.last_confirmed:
        at, by = member.last_confirmed
        st.caption(f"Confirmed complete on {md(panel_time(at, settings))} by {md(by)}.")
    else:
        st.caption("Never confirmed as complete.")
    current = member.current
    if current:
        st.dataframe(pd.DataFrame(_when(disclosure_record.record_rows(current), settings)).drop(
            columns=["retired", "retired by", "retired from"]), hide_index=True, width="stretch")
    else:
        st.info("No ties disclosed now.")
    former = tuple(r for r in member.records if not r.current)
    with st.expander(f"History: {len(member.records)} ties ever recorded, {len(former)} retired"):
        st.dataframe(pd.DataFrame(_when(disclosure_record.record_rows(member.records), settings)),
                     hide_index=True, width="stretch")
    with st.expander(f"Confirmations ({len(member.confirmations)})"):
        for at, by in member.confirmations:
            st.markdown(f"{md(panel_time(at, settings))} — by {md(by)}")


def _when(rows: list[dict[str, str]], settings) -> list[dict[str, str]]:
    """The added and retired times in the Panel's time zone, in words."""
    return [{**r, "added": panel_time(r["added"], settings), "retired": panel_time(r["retired"], settings)}
            for r in rows]


__all__ = ["disclosures_page"]
