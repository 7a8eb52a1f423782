"""Imports show their plan and ask before they remove (issue 12, item 1): every import
computes what it would add, change, retire and keep, by name, first; a file never retires a
tie someone entered in the dashboard unless the plan names it and a person confirms; a plan
confirmed on data that changed since is not applied."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from coi.cli import imports as cli_imports
from coi.cli import main
from coi.decisions import service, views
from coi.decisions.accounts import Accounts
from coi.ingest.plan import Change, PlanChanged, plan_lines
from coi.policy import load_policy
from coi.store.database import Store
from tests.factories import AS_OF, SYSTEM, copy_database, demo_database, member, party, tie

POLICY = load_policy()
ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "coi_demo" / "files"
ROSTER = [member("M01", "Ana Diaz"), member("M02", "Ben Cole")]
FILE_TIES = [tie("spouse", "Luis Diaz", member_id="M01"), tie("friend", "Dee Park", member_id="M01"),
             tie("friend", "Omar Reyes", member_id="M02")]  # no party is Dee Park nor Omar Reyes
DOCKET = [party("Luis Diaz", case_id="C-1", role="respondent"), party("Jane Roe", case_id="C-1", role="complainant"),
          party("Kim Park", case_id="C-1", role="witness"), party("Carl Moss", case_id="C-2", role="witness")]


def dump(path) -> dict:
    """Every row of every table but the audit log and its chain (a plan writes nothing at all)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "coi.sqlite3"
    monkeypatch.setenv("COI_DB", str(path))
    with Store.open(path) as s:
        s.import_members(ROSTER, source="members.csv", fingerprint="m", actor="t")
        s.import_disclosures(FILE_TIES, source="disclosures.csv", fingerprint="d", actor="t")
        s.import_docket(DOCKET, source="docket.csv", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, POLICY, AS_OF)
        Accounts(s).create("m01", "member", "m01-password-1", member_id="M01", by=SYSTEM)
        Accounts(s).create("staff", "staff", "staff-password-1", by=SYSTEM)
    return path


@pytest.fixture
def store(db):
    with Store.open(db) as s:
        yield s


def member_adds(store, username: str, *added: dict, rows=None) -> None:
    """A member's own save on My disclosures."""
    acct = Accounts(store).get(username)
    rows = views.disclosure_rows(views.disclosures_for(store, acct)) if rows is None else rows
    views.save_disclosures(store, acct, rows + list(added), policy=POLICY, as_of=AS_OF)


def current_ties(store, member_id="M01") -> list[str]:
    return sorted(d.name for d in store.panel().disclosures if d.member_id == member_id)


def named(plan, change: Change) -> list[str]:
    return [r.what for r in plan.rows if r.change is change]


# -- the store: a tie entered in the dashboard -------------------------------------------------


def test_reimporting_a_disclosures_file_keeps_a_tie_the_member_entered_in_the_dashboard(store):
    member_adds(store, "m01", {"relation": "friend", "name": "Carl Moss"})
    prompt = next(p for p in store.prompts() if p.party_name == "Carl Moss")
    result = store.import_disclosures(FILE_TIES, source="disclosures-2.csv", fingerprint="d2", actor="staff")
    assert (result.added, result.changed, result.retired, result.kept) == (0, 0, 0, 1)
    assert current_ties(store) == ["Carl Moss", "Dee Park", "Luis Diaz"]
    [kept] = result.plan.kept
    assert kept.what == "M01 friend Carl Moss"
    assert kept.detail.startswith("entered by the member in the dashboard (m01, ")
    service.screen_stored(store, SYSTEM, POLICY, AS_OF)
    assert store.prompt(prompt.key).status == "open"


def test_a_tie_entered_by_staff_in_the_dashboard_is_kept_and_says_who_entered_it(store):
    staff = Accounts(store).get("staff")
    rows = views.disclosure_rows(views.disclosures_for(store, staff, "M01"))
    views.save_disclosures(store, staff, rows + [{"relation": "friend", "name": "Carl Moss"}], member_id="M01",
                           policy=POLICY, as_of=AS_OF)
    plan = store.plan_import("disclosures", FILE_TIES, source="disclosures-2.csv", fingerprint="d2")
    assert [(r.what, r.detail.split(" (")[0]) for r in plan.kept] == [
        ("M01 friend Carl Moss", "entered in the dashboard by staff")]


def test_a_tie_the_member_changed_in_the_dashboard_keeps_the_members_version(store):
    rows = views.disclosure_rows(views.disclosures_for(store, Accounts(store).get("m01")))
    rows[0]["date_of_birth"] = "1969-01-02"
    member_adds(store, "m01", rows=rows)
    result = store.import_disclosures(FILE_TIES, source="disclosures-2.csv", fingerprint="d2", actor="staff")
    assert (result.changed, result.kept) == (0, 1)
    assert "the file's version differs (date_of_birth) and is not applied" in result.plan.kept[0].detail
    [luis] = [d for d in store.panel().disclosures if d.name == "Luis Diaz"]
    assert luis.date_of_birth == dt.date(1969, 1, 2)


def test_retiring_member_entries_names_them_in_the_plan_and_retires_only_what_it_names(store):
    member_adds(store, "m01", {"relation": "friend", "name": "Carl Moss"})
    plan = store.plan_import("disclosures", FILE_TIES, source="disclosures-2.csv", fingerprint="d2",
                             retire_member_entries=True)
    assert named(plan, Change.RETIRED) == ["M01 friend Carl Moss"]
    assert plan.retired[0].detail.startswith("entered by the member in the dashboard") and plan.removes
    result = store.import_disclosures(FILE_TIES, source="disclosures-2.csv", fingerprint="d2", actor="staff",
                                      retire_member_entries=True, expect=plan)
    assert result.retired == 1 and current_ties(store) == ["Dee Park", "Luis Diaz"]
    retired = [d.name for d, at in store.disclosure_history("M01") if at is not None]
    assert "Carl Moss" in retired  # kept as history


def test_a_tie_the_member_removed_is_added_back_by_a_file_and_the_plan_says_so(store):
    member_adds(store, "m01", rows=[{"relation": "spouse", "name": "Luis Diaz"}])  # Dee Park deleted
    assert current_ties(store) == ["Luis Diaz"]
    plan = store.plan_import("disclosures", FILE_TIES, source="disclosures-2.csv", fingerprint="d2")
    [back] = plan.added
    assert back.what == "M01 friend Dee Park" and back.detail.startswith("removed by the member in the dashboard")


def test_the_members_own_save_retires_what_they_delete_whoever_entered_it(store):
    member_adds(store, "m01", {"relation": "friend", "name": "Nobody Known"})
    member_adds(store, "m01", rows=[{"relation": "spouse", "name": "Luis Diaz"}])  # file's and own deleted
    assert current_ties(store) == ["Luis Diaz"]


# -- the store: every kind names what it retires ---------------------------------------------


def test_a_docket_that_lists_some_parties_of_a_case_names_the_parties_it_retires(store):
    plan = store.plan_import("docket", DOCKET[:1] + DOCKET[3:], source="docket-2.csv", fingerprint="k2")
    assert named(plan, Change.RETIRED) == ["C-1 complainant Jane Roe", "C-1 witness Kim Park"]
    assert plan.unchanged == 2 and plan.removes
    lines = plan_lines(plan)
    assert lines[0] == "docket-2.csv (docket): 0 added, 0 changed, 2 retired, 2 unchanged."
    assert any("retired  C-1 complainant Jane Roe" in line for line in lines)


def test_a_roster_plan_names_the_members_it_makes_inactive_and_what_changes(store):
    plan = store.plan_import("members", [member("M01", "Ana Diaz-Park"), member("M03", "Cy Lee")],
                             source="members-2.csv", fingerprint="m2")
    assert [(r.change, r.what, r.detail) for r in plan.rows] == [
        (Change.CHANGED, "M01 Ana Diaz-Park", "name"), (Change.ADDED, "M03 Cy Lee", ""),
        (Change.RETIRED, "M02 Ben Cole", "made inactive (kept as history); their sign-in accounts are disabled")]


def test_a_plan_writes_nothing_and_is_what_the_import_then_does(store, db):
    records = DOCKET[:1] + [party("Nia Fox", case_id="C-1"), party("Carl Moss", case_id="C-2", role="victim")]
    before = dump(db)
    plan = service.plan_import(store, SYSTEM, "docket", records, source="docket-2.csv", fingerprint="k2")
    assert dump(db) == before
    result = service.import_records(store, SYSTEM, "docket", records, source="docket-2.csv", fingerprint="k2",
                                    plan=plan)
    assert result.plan == plan
    assert (result.added, result.changed, result.retired, result.unchanged) == (
        len(plan.added), len(plan.changed), len(plan.retired), plan.unchanged) == (2, 0, 3, 1)
    audited = store.audit_log(1, action="import")[0].detail
    assert sorted(audited["retired_rows"]) == sorted(named(plan, Change.RETIRED))


def test_an_import_confirmed_on_a_plan_the_data_has_outrun_imports_nothing_and_gives_the_new_plan(store, db):
    plan = store.plan_import("disclosures", FILE_TIES, source="disclosures-2.csv", fingerprint="d2")
    assert not plan.rows  # nothing to do: the file is what is stored
    member_adds(store, "m01", {"relation": "friend", "name": "Carl Moss"})  # meanwhile, on the dashboard
    with Store.open(db) as other:  # and staff's earlier edit the plan did not see
        other.import_disclosures([FILE_TIES[0], tie("friend", "Kim Park", member_id="M02")], source="x.csv",
                                 fingerprint="x", actor="staff")
    before = dump(db)
    with pytest.raises(PlanChanged) as exc:
        store.import_disclosures(FILE_TIES, source="disclosures-2.csv", fingerprint="d2", actor="staff", expect=plan)
    assert dump(db) == before
    assert named(exc.value.plan, Change.RETIRED) == ["M02 friend Kim Park"]
    assert named(exc.value.plan, Change.KEPT) == ["M01 friend Carl Moss"]


# -- the command line ------------------------------------------------------------------------


def coi(*args) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(main, [str(a) for a in args])


def write(tmp_path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


PARTIAL_DOCKET = "case_id,party_name,party_role\nC-1,Luis Diaz,respondent\n"


def test_import_that_would_retire_prints_the_plan_and_exits_1_without_yes(db, tmp_path):
    before = dump(db)
    result = coi("import", "--db", db, write(tmp_path, "docket-2.csv", PARTIAL_DOCKET))
    assert result.exit_code == 1
    assert "retired  C-1 complainant Jane Roe" in result.output and "retired  C-1 witness Kim Park" in result.output
    assert "nothing was imported" in result.output and "--yes" in result.output and "--dry-run" in result.output
    assert dump(db) == before


def test_import_dry_run_prints_the_plan_and_changes_nothing(db, tmp_path):
    before = dump(db)
    result = coi("import", "--db", db, "--dry-run", write(tmp_path, "docket-2.csv", PARTIAL_DOCKET))
    assert result.exit_code == 0
    assert "2 retired" in result.output and "Dry run: nothing was imported." in result.output
    assert dump(db) == before


def test_import_yes_retires_what_the_plan_names(db, tmp_path):
    result = coi("import", "--db", db, "--yes", write(tmp_path, "docket-2.csv", PARTIAL_DOCKET))
    assert result.exit_code == 0, result.output
    assert "retired  C-1 witness Kim Park" in result.output and "2 retired" in result.output
    with Store.open(db) as store:
        assert [p.name for p in store.parties(["C-1"])] == ["Luis Diaz"]


@pytest.mark.parametrize("answer, imported", [("y", True), ("n", False), ("", False)])
def test_import_on_a_terminal_asks_before_it_retires(db, tmp_path, monkeypatch, answer, imported):
    monkeypatch.setattr(cli_imports, "interactive", lambda: True)
    result = CliRunner().invoke(main, ["import", "--db", str(db), str(write(tmp_path, "docket-2.csv", PARTIAL_DOCKET))],
                                input=answer + "\n")
    assert "Retire the 2 row(s) named above" in result.output
    assert result.exit_code == (0 if imported else 1)
    with Store.open(db) as store:
        assert len(store.parties(["C-1"])) == (1 if imported else 3)


def test_import_that_only_adds_needs_no_confirmation(db, tmp_path):
    result = coi("import", "--db", db, write(tmp_path, "docket-2.csv", PARTIAL_DOCKET.replace("C-1", "C-9")))
    assert result.exit_code == 0, result.output
    assert "added    C-9 respondent Luis Diaz" in result.output


def test_import_keeps_member_entries_unless_told_and_then_asks(db, tmp_path):
    with Store.open(db) as store:
        member_adds(store, "m01", {"relation": "friend", "name": "Carl Moss"})
    ties = write(tmp_path, "disclosures-2.csv", "member_id,relation,name\nM01,spouse,Luis Diaz\nM01,friend,Dee Park\n"
                                                "M02,friend,Omar Reyes\n")
    kept = coi("import", "--db", db, ties)
    assert kept.exit_code == 0, kept.output
    assert "kept     M01 friend Carl Moss — entered by the member in the dashboard" in kept.output
    assert "--retire-member-entries" in kept.output and "1 kept (entered in the dashboard)" in kept.output
    refused = coi("import", "--db", db, "--retire-member-entries", ties)
    assert refused.exit_code == 1 and "retired  M01 friend Carl Moss" in refused.output
    done = coi("import", "--db", db, "--retire-member-entries", "--yes", ties)
    assert done.exit_code == 0, done.output
    with Store.open(db) as store:
        assert current_ties(store) == ["Dee Park", "Luis Diaz"]


def test_import_whose_plan_the_data_outran_shows_the_new_plan_and_refuses(db, tmp_path, monkeypatch):
    """The plan shown retired nothing; by the time of the import, it would: refused, not applied."""
    shown = []
    real = cli_imports.show_plan

    def show_then_someone_edits(plan, **kw):
        real(plan, **kw)
        if not shown:
            with Store.open(db) as other:
                other.import_docket(DOCKET + [party("Ivy Lane", case_id="C-1")], source="x", fingerprint="x",
                                    actor="staff")
        shown.append(plan)

    monkeypatch.setattr(cli_imports, "show_plan", show_then_someone_edits)
    result = coi("import", "--db", db, write(tmp_path, "docket-2.csv",
                                             "case_id,party_name,party_role\n" + "".join(
                                                 f"C-1,{p.name},{p.role}\n" for p in DOCKET[:3])))
    assert not shown[0].removes and shown[1].removes
    assert result.exit_code == 1
    assert "changed since the plan above was made" in result.output and "retired  C-1 witness Ivy Lane" in result.output
    with Store.open(db) as store:
        assert "Ivy Lane" in [p.name for p in store.parties(["C-1"])]


# -- the demo --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo_database(tmp_path_factory.mktemp("plan-demo"))


def demo_with_a_tie_m01_added(demo_db, tmp_path, monkeypatch) -> tuple[Path, str, str]:
    """A copy of the demo database where member M01 added a friend who is a party, on My disclosures."""
    db = copy_database(demo_db, tmp_path)
    monkeypatch.setenv("COI_DB", str(db))
    with Store.open(db) as store:
        party_name = next(p.name for p in store.parties() if p.kind.value == "person" and not p.confidential
                          and not any(pr.party_name == p.name for pr in store.prompts(member_id="M01")))
        member_adds(store, "m01", {"relation": "friend", "name": party_name})
        key = next(p.key for p in store.prompts(member_id="M01") if p.party_name == party_name)
    return db, party_name, key


def test_reimporting_the_demo_disclosures_keeps_the_tie_a_member_added_in_the_dashboard(demo_db, tmp_path,
                                                                                         monkeypatch):
    db, party_name, key = demo_with_a_tie_m01_added(demo_db, tmp_path, monkeypatch)
    result = coi("import", "--db", db, DEMO / "disclosures.csv")
    assert result.exit_code == 0, result.output
    assert "0 retired" in result.output and f"kept     M01 friend {party_name}" in result.output
    with Store.open(db) as store:
        assert party_name in current_ties(store)
        service.screen_stored(store, SYSTEM, POLICY, AS_OF)
        assert store.prompt(key).status == "open"


def test_demo_run_again_keeps_the_tie_a_member_added_in_the_dashboard_and_its_prompt(demo_db, tmp_path,
                                                                                     monkeypatch):
    db, party_name, key = demo_with_a_tie_m01_added(demo_db, tmp_path, monkeypatch)
    again = coi("demo", "--db", db, "--as-of", AS_OF)
    assert again.exit_code == 0, again.output
    assert f"kept     M01 friend {party_name} — entered by the member in the dashboard" in again.output
    with Store.open(db) as store:
        assert party_name in current_ties(store)
        assert store.prompt(key).status == "open"


# -- the dashboard's Docket page --------------------------------------------------------------


def staff_uploads(name: str, text: str):
    from tests.factories import dashboard_as

    at = dashboard_as("staff", "demo-staff-pass", page="docket")
    at.file_uploader(key="docket_file").set_value((name, text.encode(), "text/csv"))
    at.run()
    assert not at.exception, at.exception
    return at


def page_text(at) -> str:
    parts = [str(e.value) for kind in ("subheader", "markdown", "success", "info", "warning") for e in getattr(at, kind)]
    parts += [df.value.to_csv() for df in at.dataframe]
    return "\n".join(parts)


def a_demo_case(db) -> tuple[str, list]:
    with Store.open(db) as store:
        case = next(c for c in store.cases() if c.parties >= 3)
        return case.case_id, store.parties([case.case_id])


def test_uploading_a_docket_shows_the_plan_naming_what_it_retires_and_imports_only_on_confirm(demo_db, tmp_path,
                                                                                            monkeypatch):
    db = copy_database(demo_db, tmp_path)
    monkeypatch.setenv("COI_DB", str(db))
    case_id, parties = a_demo_case(db)
    first = parties[0]
    before = dump(db)
    at = staff_uploads("partial.csv", f"case_id,party_name,party_role\n{case_id},{first.name},{first.role}\n")
    text = page_text(at)
    assert "What importing it will do" in text and f"retires {len(parties) - 1} parties" in text
    for p in parties[1:]:
        assert f"{case_id} {p.role} {p.name}" in text
    at.run()  # a rerun (any widget) imports nothing
    data = ("members", "disclosures", "cases", "parties", "imports", "prompts")
    assert {t: dump(db)[t] for t in data} == {t: before[t] for t in data}
    at.button(key="docket_import").click().run()
    assert not at.exception, at.exception
    assert f"{len(parties) - 1} retired" in page_text(at)
    with Store.open(db) as store:
        assert [p.name for p in store.parties([case_id])] == [first.name]


def test_a_docket_plan_the_data_outran_before_the_click_is_not_applied_and_is_shown_again(demo_db, tmp_path,
                                                                                         monkeypatch):
    db = copy_database(demo_db, tmp_path)
    monkeypatch.setenv("COI_DB", str(db))
    case_id, parties = a_demo_case(db)
    at = staff_uploads("same.csv", "case_id,party_name,party_role\n" + "".join(
        f"{case_id},{p.name},{p.role}\n" for p in parties) + f"{case_id},Nia Fox,witness\n")
    assert "0 retired" in page_text(at)
    with Store.open(db) as other:  # another staff member adds a party to the case meanwhile
        other.import_docket(parties + [party("Ivy Lane", case_id=case_id)], source="other.csv", fingerprint="o",
                            actor="staff2")
    at.button(key="docket_import").click().run()
    assert not at.exception, at.exception
    text = page_text(at)
    assert "was not imported: the stored docket changed since you saw the plan" in text
    assert f"{case_id} witness Ivy Lane" in text
    with Store.open(db) as store:
        assert "Ivy Lane" in [p.name for p in store.parties([case_id])]
    at.button(key="docket_import").click().run()  # confirmed again, on the plan now shown
    with Store.open(db) as store:
        names = [p.name for p in store.parties([case_id])]
    assert "Ivy Lane" not in names and "Nia Fox" in names
