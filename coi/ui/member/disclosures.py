"""*My disclosures* (issue 14, item 12): the member's ties as a table of lists in everyday
words, to edit, save (checked, then screened again), confirm complete or discard. Everything
here is computed from the signed-in member's own data (coi.decisions.views asks
coi.decisions.access), and every data string shown in markdown is escaped (``widgets.md``)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import views
from coi.decisions.accounts import Account
from coi.model import Disclosure, InputRejected, Kind, Problem, Relation
from coi.names.org import disclosed_as_initials
from coi.store.database import Store
from coi.ui.widgets import md, refusing

#: The disclosures table's columns as the member reads them (the keys are CONTRACT.md's
#: columns, which the save checks): a problem names the column by this label.
COLUMN_LABELS: dict[str, str] = {
    "relation": "Relation", "name": "Name", "kind": "Person or organization", "via": "Through (via)",
    "aliases": "Other names (aliases)", "date_of_birth": "Date of birth", "since": "Since", "until": "Until",
    "role": "Role", "notes": "Notes",
}
assert tuple(COLUMN_LABELS) == views.DISCLOSURE_FIELDS  # one column each, in the editor's order

#: The table's row numbers as the editor shows them in its first column.
ROW_LABEL = "Row"


def via_choices(disclosures: list[Disclosure]) -> list[str]:
    """Who a tie may run through: the persons among the member's own saved disclosures (a
    ``via`` names a person, never an organization), and any ``via`` a saved row already holds
    (so every saved cell stays one of the choices). Nothing of another member's."""
    people = {d.name for d in disclosures if d.kind is Kind.PERSON}
    people |= {d.via for d in disclosures if d.via}
    return sorted(people, key=str.casefold)


def initials_only(disclosures: list[Disclosure]) -> list[str]:
    """The member's organizations written as initials alone, every name and alias (WCSO), each
    with the row the editor shows it on: to be written out (coi.names.org.disclosed_as_initials)."""
    return [f"{d.name} (row {row})" for row, d in enumerate(disclosures, start=1)
            if disclosed_as_initials(d.kind, (d.name, *d.aliases))]


def editor_frame(rows: list[dict[str, str]]) -> pd.DataFrame:
    """The saved disclosures as the editor shows them: rows numbered from 1 (the numbers a
    problem points at), an empty cell empty (None, drawn blank), never the word "None"."""
    frame = pd.DataFrame(rows, columns=views.DISCLOSURE_FIELDS, dtype=object)
    frame = frame.where(frame != "", None)
    frame.index = pd.RangeIndex(1, len(frame) + 1, name=ROW_LABEL)
    return frame


def column_config(via_options: list[str]) -> dict:
    """The editor's columns: relation, kind and via chosen from lists; the labels of the
    relations come from :attr:`coi.model.Relation.label`, one table for every page."""
    cc = st.column_config
    return {
        "_index": cc.NumberColumn(ROW_LABEL, disabled=True, width="small"),
        "relation": cc.SelectboxColumn(
            COLUMN_LABELS["relation"], options=[r.value for r in Relation], format_func=lambda v: Relation(str(v)).label,
            required=True, width="medium",
            help="Who the person or organization is to you — or, with *Through*, to the person chosen there."),
        "name": cc.TextColumn(COLUMN_LABELS["name"], required=True, width="medium",
                              help="The full name (Winnebago County Sheriff's Office): initials alone (WCSO) fit "
                                   "many bodies, and meet only a party written with the same initials."),
        "kind": cc.SelectboxColumn(
            COLUMN_LABELS["kind"], options=[k.value for k in Kind], format_func=lambda v: f"an {v}"
            if v == Kind.ORGANIZATION else f"a {v}",
            help="Left empty: an organization for an employer or an association, a person otherwise."),
        "via": cc.SelectboxColumn(
            COLUMN_LABELS["via"], options=via_options, width="medium",
            help="For a relative through another (your spouse's brother): the person they are related to. "
                 "Empty for your own tie. A person you add appears in this list once saved."),
        "aliases": cc.TextColumn(COLUMN_LABELS["aliases"], help="Other names, separated by ; (maiden name, "
                                                                "nickname, an organization's initials)."),
        "date_of_birth": cc.TextColumn(COLUMN_LABELS["date_of_birth"], help="YYYY-MM-DD, if you know it."),
        "since": cc.TextColumn(COLUMN_LABELS["since"], help="YYYY-MM-DD: when the tie began."),
        "until": cc.TextColumn(COLUMN_LABELS["until"], help="YYYY-MM-DD: when the tie ended (a former tie)."),
        "role": cc.TextColumn(COLUMN_LABELS["role"], help="e.g. the office you hold in an association."),
        "notes": cc.TextColumn(COLUMN_LABELS["notes"]),
    }


def problem_rows(problems: list[Problem], edited: pd.DataFrame) -> list[dict[str, str]]:
    """Each problem of a refused save where the member sees it: the row as the editor numbers
    it (with the row's name), the column by its label. The save numbers the rows it was given
    1, 2, … in the table's order; rows beyond them are ties kept as ended, not in the table."""
    labels = list(edited.index)
    names = [str(n) if isinstance(n, str) else "" for n in edited.get("name", pd.Series(dtype=object))]
    out = []
    for p in problems:
        if p.row is None:
            where = "the whole table"
        elif 1 <= p.row <= len(labels):
            row_name = names[p.row - 1].strip()
            where = f"row {_row_number(labels[p.row - 1], p.row)}" + (f" ({row_name})" if row_name else "")
        else:
            where = "a tie kept as ended (not in the table)"
        out.append({"row": where, "column": COLUMN_LABELS.get(p.column or "", p.column or ""),
                    "problem": p.problem, "how to fix": p.fix})
    return out


def _row_number(label: object, position: int) -> int:
    """The number the editor shows for a row (its index), else its position."""
    try:
        return int(label)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return position


def _problems(exc: InputRejected, edited: pd.DataFrame) -> None:
    st.error(f"Nothing was saved: {len(exc.problems)} problem(s) to fix, each below with the row and column of "
             "the table above.")
    st.dataframe(pd.DataFrame(problem_rows(exc.problems, edited)), hide_index=True, width="stretch")


def _records(edited: pd.DataFrame) -> list[dict[str, str | None]]:
    """The table's rows as the library reads them: column → text, an empty cell ""."""
    return [{str(column): str(value) for column, value in row.items()}
            for row in edited.fillna("").astype(str).to_dict("records")]


@refusing
def my_disclosures(store: Store, account: Account) -> None:
    """The member's ties as a table to edit, save (checked, then screened again), confirm
    complete or discard; relation, kind and via chosen from lists."""
    st.title("My disclosures")
    st.write("Your ties under 50 ILCS 705/3.1(g): employers, relatives, friends, the associations you serve in. "
             "Edit the table and save: it is checked as an imported file is, and your cases are screened again "
             "at once. A relative through another (your spouse's brother) is entered with that person chosen "
             "in *Through (via)*.")
    if done := st.session_state.pop("saved", None):
        st.success(done)
    if notice := st.session_state.pop("saved_notice", None):
        st.warning(md(notice))
    confirmed = views.confirmed_on(store, account)
    st.caption(f"Confirmed as complete on {md(confirmed[:10])}." if confirmed else "Not yet confirmed as complete.")
    own = views.disclosures_for(store, account)
    if initials := initials_only(own):
        st.info(f"Written as initials alone: {md('; '.join(initials))}. Initials fit many bodies, so they meet "
                "only a party written with the same initials: write the organization's full name (the initials "
                "may stay in *Other names*).")
    edited = st.data_editor(editor_frame(views.disclosure_rows(own)), num_rows="dynamic", width="stretch", hide_index=False,
                            column_config=column_config(via_choices(own)), placeholder="", key=editor_key())
    cols = st.columns(3)
    if cols[0].button("Save and re-screen", key="save_disclosures"):
        try:  # saving screens again, in the same transaction
            result = views.save_disclosures(store, account, _records(edited))
        except InputRejected as exc:
            _problems(exc, edited)
            return
        except views.SavesLimited as exc:
            st.error(md(exc))
            return
        st.session_state["saved"] = (f"Saved: {result.added} added, {result.changed} changed, {result.retired} "
                                     f"removed. Your cases were screened again.")
        if result.notice:
            st.session_state["saved_notice"] = result.notice
        st.rerun()
    if cols[1].button("Confirm my disclosures are complete", key="confirm_disclosures"):
        try:  # from the table as the member sees it: unsaved edits are refused, not lost
            views.confirm_disclosures(store, account, as_shown=_records(edited))
        except views.UnsavedEdits as exc:
            st.error(md(exc))
            return
        st.session_state["saved"] = "Thank you: your disclosures are confirmed as complete today."
        st.rerun()
    if cols[2].button("Discard my edits", key="discard_disclosures"):
        st.session_state[EDITOR_GENERATION] = st.session_state.get(EDITOR_GENERATION, 0) + 1
        st.rerun()


#: session_state: how many times the member discarded their edits (a new count is a new, unedited table)
EDITOR_GENERATION = "disclosures_editor_generation"


def editor_key() -> str:
    """The key of the disclosures table: a new one after "Discard my edits", so the table
    shows the stored disclosures again."""
    generation = st.session_state.get(EDITOR_GENERATION, 0)
    return "disclosures_editor" + (f"-{generation}" if generation else "")
