"""The staff Files page (issue 14, item 8): every file kind uploaded with the command line's
validation, its plan shown, imported only on confirm — and a rerun of the page neither reads
the file again nor imports or screens it twice."""

from __future__ import annotations

import re

import pytest

from coi.decisions import meetings, uploads
from coi.model import ImportKind
from coi.store.database import Store
from tests.factories import SYSTEM, dashboard_as


def page_text(at) -> str:
    parts = [e.value for kind in ("title", "subheader", "markdown", "caption", "success", "info", "warning", "error")
             for e in getattr(at, kind)]
    parts = [re.sub(r"\\(.)", r"\1", str(p)) for p in parts]  # markdown escapes, as the page shows them
    parts += [str(df.value.to_csv()) for df in at.dataframe]
    return "\n".join(parts)


def files_page(kind: str):
    at = dashboard_as("staff", "demo-staff-pass", page="files")
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Files"]
    at.radio(key="files_kind").set_value(kind).run()
    return at


def upload(at, kind: str, name: str, text: str):
    at.file_uploader(key=f"files_{kind}_file").set_value((name, text.encode(), "text/csv"))
    at.run()
    assert not at.exception, at.exception
    return at


def actions(db, action: str) -> int:
    with Store.open(db) as store:
        return len(store.audit_log(None, action=action))


@pytest.fixture
def two_cases(db):
    with Store.open(db) as store:
        return [c.case_id for c in store.cases()[:2]]


def test_an_agenda_is_planned_imported_on_confirm_and_a_rerun_imports_nothing_more(db, two_cases):
    first, second = two_cases
    at = upload(files_page("agenda"), "agenda", "agenda.csv",
                f"meeting_id,meeting_date,item,case_id\nMTG-NEW,2027-02-11,1,{first}\nMTG-NEW,2027-02-11,2,{second}\n")
    text = page_text(at)
    assert "What importing it will do" in text and "2 agenda items added" in text
    assert f"MTG-NEW item 1: case {first}" in text and "new meeting on Thu 11 Feb 2027" in text
    at.run()  # any rerun before the click imports nothing
    with Store.open(db) as store:
        assert "MTG-NEW" not in [m.meeting_id for m in meetings.meetings(store, SYSTEM)]
    at.button(key="files_agenda_import").click().run()
    assert not at.exception, at.exception
    text = page_text(at)
    assert "agenda.csv: agenda imported — 2 items added" in text
    assert "What importing it will do" not in text and "files_agenda_import" not in [b.key for b in at.button]
    with Store.open(db) as store:
        assert meetings.meeting(store, SYSTEM, "MTG-NEW").items == ((1, first), (2, second))
    imported = actions(db, "agenda imported")
    at.run()
    at.run()
    assert actions(db, "agenda imported") == imported
    assert "agenda.csv: agenda imported" in page_text(at)  # what was done stays said


def test_a_rerun_of_the_page_does_not_read_the_file_again(db, two_cases, monkeypatch):
    calls = []
    real = uploads.read_file
    monkeypatch.setattr(uploads, "read_file", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    at = upload(files_page("agenda"), "agenda", "agenda.csv",
                f"meeting_id,meeting_date,item,case_id\nMTG-NEW,2027-02-11,1,{two_cases[0]}\n")
    at.run()
    at.run()
    assert calls == ["agenda"]
    at.file_uploader(key="files_agenda_file").set_value(
        ("agenda.csv", f"meeting_id,meeting_date,item,case_id\nMTG-NEW,2027-02-11,1,{two_cases[1]}\n".encode(),
         "text/csv")).run()
    assert calls == ["agenda", "agenda"]  # another file (same name): read again


def test_a_docket_from_the_files_page_is_imported_and_screened_once(db):
    with Store.open(db) as store:
        tie = next(d for d in store.panel().disclosures if d.relation.value == "spouse")
    at = upload(files_page("docket"), "docket", "new.csv",
                f"case_id,party_name,party_role\nC-2027-0901,{tie.name},witness\n")
    screens = actions(db, "screen")
    at.button(key="files_docket_import").click().run()
    assert not at.exception, at.exception
    text = page_text(at)
    assert "new.csv: 1 party added" in text
    assert actions(db, "screen") == screens + 1
    imports = actions(db, "import")
    at.run()
    at.run()
    assert actions(db, "screen") == screens + 1 and actions(db, "import") == imports
    with Store.open(db) as store:
        assert any(p.case_id == "C-2027-0901" and p.member_id == tie.member_id for p in store.prompts())


def test_a_refused_file_names_the_file_row_column_and_fix(db):
    at = upload(files_page("votes"), "votes", "votes.csv",
                "meeting_id,item,member_id,vote\nNO-SUCH,1,M01,maybe\nNO-SUCH,x,M01,yes\n")
    text = page_text(at)
    assert "votes.csv was not imported: 2 problem(s) to fix. Nothing was changed." in text
    (table,) = at.dataframe
    rows = table.value.to_dict("records")
    assert {(r["file"], r["row"], r["column"]) for r in rows} == {("votes.csv", 2, "vote"), ("votes.csv", 3, "item")}
    assert all(r["how to fix"] for r in rows)
    assert "files_votes_import" not in [b.key for b in at.button]  # nothing to confirm


def test_votes_naming_an_item_no_agenda_has_are_refused_before_any_confirm(db):
    before = actions(db, "votes recorded")
    at = upload(files_page("votes"), "votes", "votes.csv", "meeting_id,item,member_id,vote\nNO-SUCH,1,M01,yes\n")
    assert "meeting NO-SUCH has no item 1" in page_text(at)
    assert actions(db, "votes recorded") == before
    assert "files_votes_import" not in [b.key for b in at.button]


def test_a_roster_uploaded_as_disclosures_is_named_as_a_roster(db):
    at = upload(files_page("disclosures"), "disclosures", "members.csv",
                "member_id,name,appointed_by\nM01,Ana Diaz,Governor\n")
    assert "this looks like a roster file, not a disclosures file" in page_text(at)


@pytest.mark.parametrize("kind", [k.value for k in ImportKind])
def test_every_kind_offers_its_template_as_csv_and_excel(db, kind):
    at = files_page(kind)
    buttons = [e for e in at.get("download_button")]
    names = {b.proto.label for b in buttons}
    label = ImportKind(kind).label
    assert {f"{label} template (CSV)", f"{label} template (Excel)"} <= names
    assert "Required columns: " + ", ".join(c for c, r in uploads.columns(ImportKind(kind)).items() if r) in page_text(at)


def test_a_member_has_no_files_page(db):
    from coi.decisions.accounts import demo_password

    at = dashboard_as("m01", demo_password("M01"), page="files")
    assert [t.value for t in at.title] == ["My prompts"]


def test_a_rerun_of_the_docket_page_does_not_read_the_docket_again(db, monkeypatch):
    import coi.ingest.worker

    reads = []
    real = coi.ingest.worker.read_bounded
    monkeypatch.setattr(coi.ingest.worker, "read_bounded", lambda reader, *a, **k: reads.append(reader.__name__)
                        or real(reader, *a, **k))
    at = dashboard_as("staff", "demo-staff-pass", page="docket")
    at.file_uploader(key="docket_file").set_value(
        ("new.csv", b"case_id,party_name,party_role\nC-2027-0902,Nia Fox,witness\n", "text/csv")).run()
    at.run()
    at.run()
    assert reads == ["load_docket"]
