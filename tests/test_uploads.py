"""Every file kind from the dashboard (issue 14, item 8), the library half (coi.decisions.uploads):
templates made from the validation's own columns, read back cleanly; plans of an agenda and of
votes; an import applies only the plan confirmed."""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest

from coi.decisions import meetings, service, uploads
from coi.decisions.uploads import import_file, plan_file, read_file, template, template_csv, template_xlsx
from coi.ingest.plan import Change, PlanChanged
from coi.model import ImportKind, InputRejected
from coi.policy import load_policy
from coi.store.database import Store
from tests.factories import SYSTEM

CONTRACT = (__import__("pathlib").Path(__file__).resolve().parents[1] / "docs" / "CONTRACT.md").read_text()


def contract_columns(heading: str) -> list[str]:
    """The columns CONTRACT.md's table under ``### heading`` lists (``a, b`` rows split)."""
    section = CONTRACT.split(f"### {heading}", 1)[1].split("###", 1)[0]
    cells = re.findall(r"^\| ([a-z_, ]+) \|", section, flags=re.M)
    return [c.strip() for cell in cells if cell.strip() != "column" for c in cell.split(",")]


@pytest.mark.parametrize("kind, heading", [(ImportKind.MEMBERS, "members.csv"), (ImportKind.DISCLOSURES, "disclosures.csv"),
                                           (ImportKind.DOCKET, "docket.csv"), (ImportKind.AGENDA, "agenda.csv"),
                                           (ImportKind.VOTES, "votes.csv")])
def test_each_template_has_every_column_of_the_contract_and_those_the_validation_reads(kind, heading):
    columns, rows = template(kind)
    assert set(contract_columns(heading)) <= set(columns)
    assert columns == tuple(uploads.columns(kind))  # the validation's own spec: coi's extensions (e.g. email) included
    assert rows and all(len(r) == len(columns) for r in rows)


@pytest.mark.parametrize("kind", list(ImportKind))
def test_every_example_names_only_columns_the_validation_reads(kind):
    from coi.decisions.uploads import EXAMPLES

    assert all(set(example) <= set(uploads.columns(kind)) for example in EXAMPLES[kind])
    assert all(all(example.get(c) not in (None, "") for c, required in uploads.columns(kind).items() if required)
               for example in EXAMPLES[kind])


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        yield s


def load(store, kind, path):
    loaded = read_file(store, SYSTEM, kind, path, as_of=dt.date(2026, 11, 22))
    plan = plan_file(store, SYSTEM, kind, loaded, source=path.name, fingerprint=service.fingerprint(path))
    return loaded, plan


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_templates_import_cleanly_one_after_the_other(store, tmp_path, fmt):
    for kind in ImportKind:
        path = tmp_path / f"{kind}.{fmt}"
        path.write_bytes(template_csv(kind) if fmt == "csv" else template_xlsx(kind))
        loaded, plan = load(store, kind, path)
        assert len(plan.added) == len(template(kind)[1]) and not plan.retired, kind
        import_file(store, SYSTEM, kind, loaded, source=path.name, fingerprint=service.fingerprint(path), plan=plan)
    (m,) = meetings.meetings(store, SYSTEM)
    assert m.meeting_date == dt.date(2027, 1, 14) and m.items == ((1, "C-2027-0001"), (2, "C-2027-0002"))
    assert meetings.voters(store, SYSTEM, m.meeting_id)[1] == {"M01": "yes", "M02": "abstain"}
    assert {d.name for d in store.panel().disclosures} >= {"Luis Diaz", "Riverbend Police Department"}


def test_the_excel_template_writes_dates_as_dates():
    ws = openpyxl.load_workbook(io.BytesIO(template_xlsx(ImportKind.AGENDA))).active
    assert ws["B2"].is_date and ws.freeze_panes == "A2"


@pytest.fixture
def docketed(store, tmp_path):
    for kind in (ImportKind.MEMBERS, ImportKind.DISCLOSURES, ImportKind.DOCKET):
        path = tmp_path / f"{kind}.csv"
        path.write_bytes(template_csv(kind))
        loaded, plan = load(store, kind, path)
        import_file(store, SYSTEM, kind, loaded, source=path.name, fingerprint=service.fingerprint(path), plan=plan)
    service.screen_stored(store, SYSTEM, load_policy(), dt.date(2026, 11, 22))
    return store


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_agenda_plan_names_items_added_changed_and_taken_off(docketed, tmp_path):
    meetings.save_meeting(docketed, SYSTEM, "MTG-1", dt.date(2027, 1, 14), ["C-2027-0001", "C-2027-0002"])
    path = write(tmp_path, "agenda.csv", "meeting_id,meeting_date,item,case_id\nMTG-1,2027-01-21,1,C-2027-0002\n"
                                         "MTG-2,2027-02-11,1,C-2027-0001\n")
    _, plan = load(docketed, ImportKind.AGENDA, path)
    words = {(r.change, r.what, r.detail) for r in plan.rows}
    assert (Change.CHANGED, "MTG-1", "meeting date Thu 14 Jan 2027 → Thu 21 Jan 2027") in words
    assert (Change.CHANGED, "MTG-1 item 1", "case C-2027-0001 → C-2027-0002") in words
    assert (Change.RETIRED, "MTG-1 item 2: case C-2027-0002", "not in the file: taken off the meeting's agenda") in words
    assert (Change.ADDED, "MTG-2 item 1: case C-2027-0001", "new meeting on Thu 11 Feb 2027") in words
    assert plan.removes


def test_an_agenda_naming_a_case_not_on_the_docket_is_refused_at_the_plan_with_its_row(docketed, tmp_path):
    path = write(tmp_path, "agenda.csv", "meeting_id,meeting_date,item,case_id\nMTG-1,2027-01-14,1,C-2027-0001\n"
                                         "MTG-1,2027-01-14,2,C-9\n")
    with pytest.raises(InputRejected) as exc:
        load(docketed, ImportKind.AGENDA, path)
    assert [(p.row, p.column) for p in exc.value.problems] == [(3, "case_id")]
    assert meetings.meetings(docketed, SYSTEM) == []


def test_an_agenda_import_the_data_outran_is_not_applied(docketed, tmp_path):
    path = write(tmp_path, "agenda.csv", "meeting_id,meeting_date,item,case_id\nMTG-1,2027-01-14,1,C-2027-0001\n")
    loaded, plan = load(docketed, ImportKind.AGENDA, path)
    meetings.save_meeting(docketed, SYSTEM, "MTG-1", dt.date(2027, 1, 14), ["C-2027-0002"])  # meanwhile
    with pytest.raises(PlanChanged) as exc:
        import_file(docketed, SYSTEM, ImportKind.AGENDA, loaded, source="agenda.csv", fingerprint="f", plan=plan)
    assert [r.what for r in exc.value.plan.changed] == ["MTG-1 item 1"]
    assert meetings.meeting(docketed, SYSTEM, "MTG-1").items == ((1, "C-2027-0002"),)


def test_a_votes_plan_names_new_and_changed_votes_and_a_second_import_records_nothing(docketed, tmp_path):
    meetings.save_meeting(docketed, SYSTEM, "MTG-1", dt.date(2027, 1, 14), ["C-2027-0001"])
    first = write(tmp_path, "votes.csv", "meeting_id,item,member_id,vote\nMTG-1,1,M01,yes\nMTG-1,1,M02,\n")
    loaded, plan = load(docketed, ImportKind.VOTES, first)
    assert [(r.what, r.detail) for r in plan.added] == [("MTG-1 item 1: M01 Ana Diaz", "yes"),
                                                         ("MTG-1 item 1: M02 Ben Cole", "voted, how not recorded")]
    import_file(docketed, SYSTEM, ImportKind.VOTES, loaded, source="votes.csv", fingerprint="f", plan=plan)
    again = write(tmp_path, "votes2.csv", "meeting_id,item,member_id,vote\nMTG-1,1,M01,no\nMTG-1,1,M02,\n")
    loaded, plan = load(docketed, ImportKind.VOTES, again)
    assert [r.detail for r in plan.changed] == ["yes → no (the latest vote counts; the earlier stays on record)"]
    assert plan.unchanged == 1
    same = write(tmp_path, "votes3.csv", "meeting_id,item,member_id,vote\nMTG-1,1,M01,yes\n")
    loaded, plan = load(docketed, ImportKind.VOTES, same)
    done = import_file(docketed, SYSTEM, ImportKind.VOTES, loaded, source="votes3.csv", fingerprint="f", plan=plan)
    assert "nothing new" in done.words
    assert len(docketed.audit_log(None, action="votes recorded")) == 1


def test_a_file_of_another_kind_is_named_as_such(docketed, tmp_path):
    path = tmp_path / "docket.csv"
    path.write_bytes(template_csv(ImportKind.DOCKET))
    with pytest.raises(InputRejected) as exc:
        read_file(docketed, SYSTEM, ImportKind.AGENDA, path)
    assert exc.value.problems[0].problem == "this looks like a docket file, not an agenda file"
    assert exc.value.problems[0].fix == "upload it as Docket, or choose the agenda file"


def test_a_member_may_not_read_plan_or_import_a_file(docketed, tmp_path):
    from coi.decisions.access import Forbidden
    from coi.decisions.accounts import Accounts

    member = Accounts(docketed).create("ana", "member", "a long enough password", member_id="M01", by=SYSTEM)
    path = tmp_path / "agenda.csv"
    path.write_bytes(template_csv(ImportKind.AGENDA))
    for kind in ImportKind:
        with pytest.raises(Forbidden):
            read_file(docketed, member, kind, path)
