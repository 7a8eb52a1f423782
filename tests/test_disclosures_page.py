"""Staff see the disclosures (issue 14, item 9): every member's ties read-only, with history and
the last confirmation (coi.reports.disclosure_record, the Disclosures page); and the Prompts page shows
each answer's reason, in its table and in its CSV and Excel downloads."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import openpyxl
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from coi.decisions import views
from coi.decisions.access import Forbidden
from coi.decisions.accounts import Accounts, demo_password
from coi.model import Answer
from coi.reports import disclosure_record
from coi.store.database import Store
from tests.factories import SYSTEM, dashboard_as, member, tie


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="members.csv",
                         fingerprint="m", actor="staff")
        s.import_disclosures([tie("spouse", "Luis Diaz"), tie("friend", "Rosa Vega")], source="ties-1.csv",
                             fingerprint="d1", actor="staff")
        s.import_disclosures([tie("spouse", "Luis Diaz")], source="ties-2.csv", fingerprint="d2", actor="clerk")
        yield s


def test_a_members_history_keeps_the_retired_tie_with_who_when_and_which_file(store):
    ana = disclosure_record.member_disclosures(store, SYSTEM, "M01")
    assert [r.disclosure.name for r in ana.current] == ["Luis Diaz"]
    (rosa,) = [r for r in ana.records if r.disclosure.name == "Rosa Vega"]
    assert (rosa.added_by, rosa.added_from, rosa.retired_by, rosa.retired_from) == ("staff", "ties-1.csv", "clerk",
                                                                                  "ties-2.csv")
    assert rosa.retired_at is not None and not rosa.current


def test_the_overview_counts_ties_and_says_who_confirmed_last(store):
    account = Accounts(store).create("ana", "member", "a long enough password", member_id="M01", by=SYSTEM)
    views.confirm_disclosures(store, account)
    rows = {r.member_id: r for r in disclosure_record.overview(store, SYSTEM)}
    assert (rows["M01"].ties, rows["M01"].confirmed_by) == (1, "ana") and rows["M01"].last_confirmed
    assert (rows["M02"].ties, rows["M02"].last_confirmed) == (0, None)


def test_a_member_reads_their_own_record_and_no_one_elses(store):
    account = Accounts(store).create("ben", "member", "a long enough password", member_id="M02", by=SYSTEM)
    assert disclosure_record.member_disclosures(store, account, "M02").member_id == "M02"
    with pytest.raises(Forbidden):
        disclosure_record.member_disclosures(store, account, "M01")
    with pytest.raises(Forbidden):
        disclosure_record.overview(store, account)


def text(at) -> str:
    parts = [re.sub(r"\\(.)", r"\1", str(e.value)) for kind in ("markdown", "caption", "info") for e in getattr(at, kind)]
    return "\n".join(parts + [df.value.to_csv() for df in at.dataframe])


def test_staff_read_a_members_ties_history_and_confirmation_on_the_disclosures_page(db):
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        views.confirm_disclosures(store, m01)
        ties = views.disclosures_for(store, m01)
        gone = next(d.name for d in ties if d.name not in {t.via for t in ties})  # no other tie runs through it
        views.save_disclosures(store, m01, [r for r in views.disclosure_rows(ties) if r["name"] != gone])
        now = [d.name for d in ties if d.name != gone]
    at = dashboard_as("staff", "demo-staff-pass", page="disclosures")
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Disclosures"]
    overview, current, history = at.dataframe
    assert "M01" in set(overview.value["member"])
    assert list(current.value["name"]) == now
    assert gone in set(history.value["name"]) and set(history.value["retired from"]) >= {"the dashboard"}
    assert "Confirmed complete on" in text(at) and "by m01" in text(at)
    assert not at.button or {b.key for b in at.button} == {"sign_out"}  # read-only: nothing to save


def test_a_member_has_no_disclosures_page_of_staff(db):
    at = dashboard_as("m01", demo_password("M01"), page="disclosures")
    assert [t.value for t in at.title] == ["My prompts"]


@pytest.fixture
def downloads(monkeypatch) -> dict:
    """File name → the bytes the page gave its download button."""
    found: dict = {}
    original = MediaFileManager.add

    def add(self, path_or_data, mimetype, coordinates, file_name=None, *args, **kw):
        found[file_name] = path_or_data
        return original(self, path_or_data, mimetype, coordinates, file_name, *args, **kw)

    monkeypatch.setattr(MediaFileManager, "add", add)
    return found


def test_the_prompts_page_shows_each_answers_reason_in_the_table_and_both_downloads(db, downloads):
    with Store.open(db) as store:
        p = next(p for p in store.prompts() if not p.party_confidential)
        store.record_decision(p.key, answer=Answer.NO_CONFLICT, reason="=not my cousin, another Jo Smith",
                              decided_by=p.member_id.lower())
    at = dashboard_as("staff", "demo-staff-pass", page="prompts")
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    row = table[table["case"].eq(p.case_id) & table["member"].str.startswith(p.member_id)
                & table["answer reason"].ne("")]
    assert list(row["answer reason"]) == ["=not my cousin, another Jo Smith"]
    assert list(row["answered by"]) == [p.member_id.lower()]
    rows = list(csv.DictReader(io.StringIO(downloads["prompts.csv"].decode("utf-8-sig"))))
    assert "'=not my cousin, another Jo Smith" in [r["answer reason"] for r in rows]  # never a formula
    ws = openpyxl.load_workbook(io.BytesIO(downloads["prompts.xlsx"])).active
    header = [c.value for c in ws[1]]
    reasons = [ws.cell(row=r, column=header.index("answer reason") + 1) for r in range(2, ws.max_row + 1)]
    assert "=not my cousin, another Jo Smith" in [c.value for c in reasons]
    assert all(c.data_type == "s" for c in reasons if c.value is not None)
    answered = [ws.cell(row=r, column=header.index("answered") + 1) for r in range(2, ws.max_row + 1)]
    assert any(c.is_date and isinstance(c.value, dt.datetime) for c in answered)
    meeting = [ws.cell(row=r, column=header.index("meeting") + 1) for r in range(2, ws.max_row + 1)]
    assert any(c.is_date for c in meeting) and ws.freeze_panes == "A2"
