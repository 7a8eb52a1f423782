"""The staff page *Prompts*: every prompt, filtered, as a table with CSV and Excel downloads
(the same table shows a docket's prompts after its upload)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import prompt_meetings, views
from coi.decisions.accounts import Account
from coi.decisions.views import PromptView
from coi.ingest import export
from coi.model import Answer
from coi.settings import load_settings
from coi.store.database import Store
from coi.timefmt import panel_date, panel_time, parse_timestamp
from coi.ui import widgets
from coi.ui.widgets import md, refusing

PROMPT_COLUMNS = ("case", "meeting", "overdue", "status", "member", "party", "role", "category", "tier", "score",
                  "probability", "reasons", "matched", "answer", "answer reason", "answered by", "answered", "path")


@refusing
def all_prompts(store: Store, account: Account) -> None:
    st.title("Prompts")
    status = st.radio("Status", ["open", "withdrawn", "all"], horizontal=True, key="filter_status",
                      help="A prompt is withdrawn when a later screening no longer raises it; its answers stay.")
    prompts = views.prompts_for(store, account, status=None if status == "all" else status)
    if not prompts:
        st.info(f"No {'' if status == 'all' else status + ' '}prompts. Upload a docket on the Docket page "
                "(or coi import and coi rescreen).")
        return
    shown = filtered(prompts, "prompts")
    today = widgets.today()  # item 14.1 (H1): the counts name their meeting
    st.write(f"{len(shown)} of {len(prompts)} prompts, unanswered first and the soonest meeting first. " + md(
        prompt_meetings.unanswered_words(shown, prompt_meetings.case_meetings(store, account, today), today)))
    prompt_table(shown, "prompts")


def filtered(prompts: list[PromptView], key: str) -> list[PromptView]:
    """The prompts narrowed by member, category, tier and answer status."""
    cols = st.columns(4)
    member = cols[0].selectbox("Member", ["all", *sorted({v.member_id for v in prompts})], key=f"{key}_member")
    category = cols[1].selectbox("Category", ["all", *sorted({v.category for v in prompts})], key=f"{key}_category")
    tier = cols[2].selectbox("Tier", ["all", "statutory", "advisory"], key=f"{key}_tier")
    state = cols[3].selectbox("Answer", ["all", "unanswered", "answered", *(str(a) for a in Answer)],
                              key=f"{key}_answer")
    return [v for v in prompts
            if member in ("all", v.member_id) and category in ("all", v.category) and tier in ("all", v.tier)
            and (state == "all" or (state == "unanswered" and v.answer is None)
                 or (state == "answered" and v.answer is not None) or state == str(v.answer))]


def prompt_rows(shown: list[PromptView]) -> list[tuple]:
    """One row per prompt, as the downloads write it: the meeting a date and the answer's time a
    timestamp (Excel dates; ISO text in the CSV), the answer with the member's reason."""
    today = load_settings().as_of
    return [(v.case_id, v.meeting_date or "", "yes" if v.overdue(today) else "",
             v.status, f"{v.member_id} {v.member_name}", v.party, v.party_role, v.category, v.tier, v.score,
             v.likelihood, v.reasons, v.matched_name,
             str(v.answer) if v.answer else "", v.reason or "", v.answered_by or "",
             parse_timestamp(v.answered_at) or "", v.path_text) for v in shown]


def prompt_table(shown: list[PromptView], name: str) -> None:
    """The prompts as a table (times in the Panel's time zone, in words), and as CSV and Excel
    downloads ready to use in a spreadsheet and safe to open there."""
    settings = load_settings()
    rows = prompt_rows(shown)
    table = pd.DataFrame(rows, columns=PROMPT_COLUMNS)
    table["meeting"] = [panel_date(v) if v else "" for v in table["meeting"]]
    table["answered"] = [panel_time(v, settings) if v else "" for v in table["answered"]]
    st.dataframe(table, hide_index=True, width="stretch")
    cols = st.columns(2)
    cols[0].download_button("Download CSV", export.to_csv(PROMPT_COLUMNS, rows), file_name=f"{name}.csv",
                            mime="text/csv", key=f"csv-{name}")
    cols[1].download_button("Download Excel", export.to_xlsx(PROMPT_COLUMNS, rows, tz=settings),
                            file_name=f"{name}.xlsx",
                            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            key=f"xlsx-{name}")
