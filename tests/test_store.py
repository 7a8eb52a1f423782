"""The SQLite store: schema and migrations, imports, screening results, decisions, audit."""

import datetime as dt
import sqlite3

import pytest

from coi.graph import build_graph
from coi.model import Answer, Appointer, Category, Kind, PartyRole, Relation, Tier
from coi.policy import load_policy
from coi.screen import Screener, prompt_row, screen_docket
from coi.store.database import MIGRATIONS, SchemaTooNew, Store, UnknownPrompt
from tests.factories import AS_OF, member, party, tie

POLICY = load_policy()

ANA = member("M01", "Ana Diaz", date_of_birth=dt.date(1970, 3, 4), seat="victims' advocate",
             term_start=dt.date(2024, 6, 3), term_end=dt.date(2027, 6, 7))
BO = member("M02", "Bo Chen", appointed_by=Appointer.ATTORNEY_GENERAL)
ROSTER = (ANA, BO)
ANA_TIES = (
    tie("spouse", "Luis Diaz", aliases=("Lu Diaz", "Luis Díaz"), date_of_birth=dt.date(1969, 1, 2)),
    tie("parent", "Rosa Diaz", via="Luis Diaz"),
    tie("employer", "Oak Ridge Police Department", since=dt.date(2001, 1, 1), until=dt.date(2019, 5, 1),
        role="sergeant", notes="retired"),
)
BO_TIES = (tie("friend", "Carl Moss", member_id="M02"),)
DOCKET = (
    party("Luis Diaz", case_id="C1", role="respondent", case_type="decertification", stage="hearing",
          meeting_date=dt.date(2026, 12, 1)),
    party("Jane Roe", case_id="C1", role="complainant", confidential=True, case_type="decertification",
          stage="hearing", meeting_date=dt.date(2026, 12, 1)),
    party("Carl Moss", case_id="C2", role="witness", affiliations=("Fraternal Order of Police Lodge 7",)),
)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "coi.sqlite3"


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as s:
        yield s


def load(store, *, members=ROSTER, disclosures=ANA_TIES + BO_TIES, docket=DOCKET, tag="1"):
    results = []
    if members is not None:
        results.append(store.import_members(members, source="members.csv", fingerprint=f"m{tag}", actor="staff"))
    if disclosures is not None:
        results.append(store.import_disclosures(disclosures, source="disclosures.csv", fingerprint=f"d{tag}",
                                                actor="staff"))
    if docket is not None:
        results.append(store.import_docket(docket, source="docket.csv", fingerprint=f"k{tag}", actor="staff"))
    return results


def screen(store, *, case_ids=None):
    screener = Screener.build(build_graph(store.panel(), POLICY, as_of=AS_OF), POLICY)
    result = screen_docket(store.parties(case_ids), screener)
    run = store.save_screening(result, as_of=AS_OF, policy=POLICY.name, threshold=POLICY.prompt_threshold,
                               actor="staff", case_ids=case_ids)
    return result, run


def dump(path) -> dict:
    """Every row of every table, through a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


def count(path, table) -> int:
    return len(dump(path)[table])


# -- schema ----------------------------------------------------------------------------------


def test_open_creates_the_folder_and_turns_on_wal_and_foreign_keys(store, db_path):
    assert db_path.exists()
    assert store.pragma("journal_mode") == "wal"
    assert store.pragma("foreign_keys") == 1
    assert store.pragma("busy_timeout") == 10000


def test_schema_version_is_the_number_of_migrations(store):
    assert store.schema_version == len(MIGRATIONS) >= 1


def test_reopening_a_migrated_database_changes_nothing(store, db_path):
    load(store)
    before = dump(db_path), sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    with Store.open(db_path) as again:
        assert again.schema_version == len(MIGRATIONS)
    after = dump(db_path), sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert after == before


def test_a_v1_database_upgrades_to_a_later_migration_keeping_its_data(db_path):
    with Store.open(db_path, migrations=MIGRATIONS[:1]) as v1:
        load(v1)
        assert v1.schema_version == 1
    later = MIGRATIONS[:1] + ("ALTER TABLE members ADD COLUMN email TEXT;"
                              " CREATE INDEX members_email ON members (email);",)
    with Store.open(db_path, migrations=later) as v2:
        assert v2.schema_version == 2
        assert [m.member_id for m in v2.members()] == ["M01", "M02"]
    conn = sqlite3.connect(db_path)
    assert "email" in [r[1] for r in conn.execute("PRAGMA table_info(members)")]


def test_a_database_newer_than_the_code_is_refused(db_path):
    with Store.open(db_path, migrations=MIGRATIONS + ("CREATE TABLE future (x);",)):
        pass
    with pytest.raises(SchemaTooNew, match="upgrade coi"):
        Store.open(db_path)


def test_a_failed_migration_leaves_the_database_at_its_old_version(db_path):
    with Store.open(db_path):
        pass
    broken = MIGRATIONS + ("CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);",)
    with pytest.raises(sqlite3.OperationalError):
        Store.open(db_path, migrations=broken)
    with Store.open(db_path) as s:
        assert s.schema_version == len(MIGRATIONS)
    assert "half_done" not in dump(db_path)


# -- imports ---------------------------------------------------------------------------------


def test_import_roundtrip_restores_enums_dates_and_aliases(store):
    load(store)
    panel = store.panel()
    assert panel.members == ROSTER
    assert panel.disclosures == ANA_TIES + BO_TIES
    luis = panel.disclosures[0]
    assert luis.relation is Relation.SPOUSE and luis.kind is Kind.PERSON
    assert luis.aliases == ("Lu Diaz", "Luis Díaz") and luis.date_of_birth == dt.date(1969, 1, 2)
    assert panel.members[1].appointed_by is Appointer.ATTORNEY_GENERAL
    assert store.parties() == list(DOCKET)
    assert store.parties(["C2"]) == [DOCKET[2]]
    assert store.parties([]) == []
    assert [(c.case_id, c.case_type, c.meeting_date, c.parties) for c in store.cases()] == [
        ("C1", "decertification", dt.date(2026, 12, 1), 2), ("C2", None, None, 1)]


def test_importing_the_same_file_twice_duplicates_nothing(store, db_path):
    first = load(store)
    before = dump(db_path)
    second = load(store)
    assert all(r.skipped_as_duplicate for r in second)
    assert [r.import_id for r in second] == [r.import_id for r in first]
    after = dump(db_path)
    # the audit log (and the hash chain over it) records the skipped imports; nothing else moves
    assert {t: rows for t, rows in after.items() if t not in ("audit_log", "chain")} == \
           {t: rows for t, rows in before.items() if t not in ("audit_log", "chain")}
    skipped = [e for e in store.audit_log(action="import") if e.detail["skipped_as_duplicate"]]
    assert len(skipped) == 3


def test_reimporting_the_same_content_under_a_new_fingerprint_adds_nothing(store, db_path):
    load(store)
    results = load(store, tag="2")
    assert [(r.added, r.changed, r.retired) for r in results] == [(0, 0, 0)] * 3
    assert [r.unchanged for r in results] == [2, 4, 3]
    assert count(db_path, "disclosures") == 4 and count(db_path, "parties") == 3


def test_reimporting_changed_disclosures_retires_old_rows_and_keeps_history(store, db_path):
    load(store)
    new_ties = (
        ANA_TIES[0],  # unchanged
        tie("parent", "Rosa Diaz", via="Luis Diaz", date_of_birth=dt.date(1940, 2, 2)),  # changed
        tie("friend", "Dee Park"),  # added; the employer row is gone → retired
    )
    result = store.import_disclosures(new_ties, source="d2.csv", fingerprint="d2", actor="staff")
    assert (result.added, result.changed, result.retired, result.unchanged) == (1, 1, 1, 1)
    assert [d for d in store.panel().disclosures if d.member_id == "M01"] == list(new_ties)
    history = store.disclosure_history("M01")
    assert len(history) == 5
    retired = sorted(d.name for d, retired_at in history if retired_at is not None)
    assert retired == ["Oak Ridge Police Department", "Rosa Diaz"]
    assert count(db_path, "disclosures") == 6


def test_disclosures_of_members_absent_from_the_file_are_kept(store):
    load(store)
    store.import_disclosures((tie("friend", "Dee Park"),), source="d2.csv", fingerprint="d2", actor="staff")
    assert [d.name for d in store.panel().disclosures if d.member_id == "M02"] == ["Carl Moss"]


def test_disclosures_for_a_member_not_on_the_roster_are_refused_and_change_nothing(store, db_path):
    load(store)
    before = dump(db_path)
    with pytest.raises(ValueError, match="M99"):
        store.import_disclosures((tie("friend", "Dee Park"), tie("friend", "X Y", member_id="M99")),
                                 source="d2.csv", fingerprint="d2", actor="staff")
    assert dump(db_path) == before


def test_a_member_missing_from_a_new_roster_becomes_inactive_not_deleted(store):
    load(store)
    result = store.import_members((ANA,), source="m2.csv", fingerprint="m2", actor="staff")
    assert (result.retired, result.unchanged) == (1, 1)
    assert [m.member_id for m in store.panel().members] == ["M01"]
    assert all(d.member_id == "M01" for d in store.panel().disclosures)
    assert [m.member_id for m in store.members()] == ["M01", "M02"]
    assert [m.member_id for m in store.members(active_only=True)] == ["M01"]
    back = store.import_members(ROSTER, source="m3.csv", fingerprint="m3", actor="staff")
    assert back.changed == 1
    assert store.panel().disclosures == ANA_TIES + BO_TIES


def test_an_empty_roster_is_refused_rather_than_making_everyone_inactive(store, db_path):
    load(store)
    before = dump(db_path)
    with pytest.raises(ValueError, match="empty"):
        store.import_members((), source="m2.csv", fingerprint="m2", actor="staff")
    assert dump(db_path) == before


def test_reimporting_an_older_file_after_a_newer_one_applies_it_again(store):
    load(store)
    store.import_disclosures((tie("friend", "Dee Park"),), source="d2.csv", fingerprint="d2", actor="staff")
    again = store.import_disclosures(ANA_TIES, source="disclosures.csv", fingerprint="d1", actor="staff")
    assert not again.skipped_as_duplicate and (again.added, again.retired) == (3, 1)
    assert store.panel().disclosures == ANA_TIES + BO_TIES


def test_a_roster_change_counts_as_changed(store):
    load(store)
    renamed = member("M02", "Bo Chen-Park", appointed_by=Appointer.ATTORNEY_GENERAL)
    result = store.import_members((ANA, renamed), source="m2.csv", fingerprint="m2", actor="staff")
    assert (result.added, result.changed, result.unchanged) == (0, 1, 1)
    assert store.panel().member("M02").name == "Bo Chen-Park"


def test_a_failed_import_leaves_no_trace(store, db_path, monkeypatch):
    load(store)
    before = dump(db_path)
    calls = []
    real = Store._insert_row

    def fail_on_second_row(self, kind, record, import_id):
        calls.append(record)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        real(self, kind, record, import_id)

    monkeypatch.setattr(Store, "_insert_row", fail_on_second_row)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.import_disclosures((tie("friend", "Dee Park"), tie("friend", "Eve Ng")),
                                 source="d2.csv", fingerprint="d2", actor="staff")
    assert len(calls) == 2
    assert dump(db_path) == before
    assert store.panel().disclosures == ANA_TIES + BO_TIES


def test_a_row_violating_a_constraint_rolls_back_the_whole_docket(store, db_path):
    load(store)
    before = dump(db_path)
    bad = party("Ivy Lane", case_id="C3")
    object.__setattr__(bad, "kind", "alien")  # bypasses ingest's validation on purpose
    with pytest.raises(sqlite3.IntegrityError):
        store.import_docket((party("New Person", case_id="C1"), bad), source="k2.csv", fingerprint="k2",
                            actor="staff")
    assert dump(db_path) == before


def test_docket_import_replaces_parties_case_by_case(store, db_path):
    load(store)
    result = store.import_docket((party("Luis Diaz", case_id="C1", role="respondent"),
                                  party("Nia Fox", case_id="C1", role="witness"),
                                  party("Zed Ray", case_id="C3")),
                                 source="k2.csv", fingerprint="k2", actor="staff")
    # Luis Diaz stays as he was, Jane Roe is retired, Nia Fox and Zed Ray are added; C2 is untouched
    assert (result.added, result.changed, result.retired, result.unchanged) == (2, 0, 1, 1)
    by_case = {}
    for p in store.parties():
        by_case.setdefault(p.case_id, []).append(p.name)
    assert by_case == {"C1": ["Luis Diaz", "Nia Fox"], "C2": ["Carl Moss"], "C3": ["Zed Ray"]}
    assert store.cases()[0].case_type is None  # the file is authoritative for its cases' details
    assert count(db_path, "parties") == 5  # the retired complainant is kept


# -- screening -------------------------------------------------------------------------------


def test_save_screening_stores_evidence_and_path(store):
    load(store)
    result, run = screen(store)
    assert run == 1
    stored = {p.key: p for p in store.prompts()}
    assert set(stored) == {p.key for p in result.prompts}
    spouse = next(p for p in store.prompts(member_id="M01") if p.category is Category.SPOUSE)
    original = next(p for p in result.prompts if p.key == spouse.key)
    assert spouse.path == original.path
    assert [str(s) for s in spouse.path][0] == "Member Ana Diaz"
    assert spouse.evidence == original.evidence and spouse.evidence.components
    assert spouse.tier is Tier.STATUTORY and spouse.party_role is PartyRole.RESPONDENT
    assert (spouse.first_run, spouse.last_run, spouse.status, spouse.latest_answer) == (1, 1, "open", None)
    assert spouse.as_prompt().key == spouse.key
    assert prompt_row(spouse.as_prompt()) == prompt_row(original)


def test_rescreening_keeps_prompt_keys_stable_and_withdraws_vanished_prompts(store):
    load(store)
    screen(store)
    moss = next(p for p in store.prompts() if p.party_name == "Carl Moss")
    store.record_decision(moss.key, answer=Answer.SELF_RECUSE, reason=None, decided_by="M02")
    keys = {p.key for p in store.prompts()}
    _, run2 = screen(store)
    assert {p.key for p in store.prompts()} == keys
    assert all(p.first_run == 1 and p.last_run == run2 for p in store.prompts())
    # Carl Moss leaves case C2: his prompt is withdrawn, not deleted, and keeps its answer
    store.import_docket((party("Zed Ray", case_id="C2"),), source="k2.csv", fingerprint="k2", actor="staff")
    screen(store)
    assert moss.key not in {p.key for p in store.prompts()}
    withdrawn = store.prompts(status="withdrawn")
    assert [p.key for p in withdrawn] == [moss.key]
    assert withdrawn[0].latest_answer is Answer.SELF_RECUSE


def test_a_withdrawn_prompt_reopens_when_raised_again(store):
    load(store)
    screen(store)
    moss = next(p for p in store.prompts() if p.party_name == "Carl Moss")
    store.import_docket((party("Zed Ray", case_id="C2"),), source="k2.csv", fingerprint="k2", actor="staff")
    screen(store)
    store.import_docket((DOCKET[2],), source="k3.csv", fingerprint="k3", actor="staff")
    _, run = screen(store)
    again = store.prompt(moss.key)
    assert (again.status, again.first_run, again.last_run) == ("open", 1, run)


def test_screening_some_cases_withdraws_prompts_only_in_those_cases(store):
    load(store)
    screen(store)
    store.import_members((ANA, member("M02", "Bo Chen", appointed_by=Appointer.ATTORNEY_GENERAL)),
                         source="m2.csv", fingerprint="m2", actor="staff")
    store.import_disclosures((tie("friend", "Nobody Atall", member_id="M02"),), source="d2.csv",
                             fingerprint="d2", actor="staff")
    screen(store, case_ids=["C1"])  # C2's Carl Moss prompt is out of scope: stays open
    assert any(p.party_name == "Carl Moss" for p in store.prompts())
    screen(store)
    assert not any(p.party_name == "Carl Moss" for p in store.prompts())


# -- decisions -------------------------------------------------------------------------------


@pytest.fixture
def prompt_key(store):
    load(store)
    screen(store)
    return next(p.key for p in store.prompts() if p.category is Category.SPOUSE)


def test_decisions_are_append_only(store, db_path, prompt_key):
    store.record_decision(prompt_key, answer=Answer.SELF_RECUSE, reason=None, decided_by="M01")
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE decisions SET answer = 'unsure'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM decisions")
    assert [d.answer for d in store.decisions()] == [Answer.SELF_RECUSE]


def test_audit_log_and_imports_are_append_only(store, db_path):
    load(store)
    conn = sqlite3.connect(db_path)
    for table in ("audit_log", "imports"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(f"UPDATE {table} SET actor = 'someone else'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(f"DELETE FROM {table}")


def test_a_change_of_mind_is_a_new_row_and_latest_answer_is_the_newest(store, prompt_key):
    first = store.record_decision(prompt_key, answer=Answer.UNSURE, reason=None, decided_by="M01")
    second = store.record_decision(prompt_key, answer="no_conflict", reason="  separated since 2020 ",
                                   decided_by="M01", member_id="M01")
    assert second > first
    history = store.decisions(prompt_key)
    assert [(d.answer, d.reason) for d in history] == [(Answer.UNSURE, None),
                                                       (Answer.NO_CONFLICT, "separated since 2020")]
    assert history[1].decided_at.endswith("Z") and history[1].member_id == "M01"
    assert store.prompt(prompt_key).latest_answer is Answer.NO_CONFLICT
    assert store.latest_decisions()[prompt_key].id == second


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_no_conflict_without_a_reason_is_refused(store, prompt_key, reason):
    with pytest.raises(ValueError, match="needs a reason"):
        store.record_decision(prompt_key, answer=Answer.NO_CONFLICT, reason=reason, decided_by="M01")
    assert store.decisions() == []


def test_a_decision_on_an_unknown_prompt_is_refused(store):
    with pytest.raises(UnknownPrompt):
        store.record_decision("nope", answer=Answer.SELF_RECUSE, reason=None, decided_by="M01")
    with pytest.raises(KeyError):
        store.prompt("nope")


def test_a_decision_for_another_member_is_refused(store, prompt_key):
    with pytest.raises(ValueError, match="M01, not M02"):
        store.record_decision(prompt_key, answer=Answer.SELF_RECUSE, reason=None, decided_by="M02",
                              member_id="M02")
    assert store.decisions() == []


# -- audit and transactions -----------------------------------------------------------------


def test_every_action_writes_one_audit_row(store, prompt_key):
    store.record_decision(prompt_key, answer=Answer.SELF_RECUSE, reason=None, decided_by="M01")
    log = store.audit_log()
    assert [e.action for e in log] == ["decision", "screen", "import", "import", "import"]
    assert log[0].actor == "M01" and log[0].detail["prompt_key"] == prompt_key
    assert log[1].detail["run_id"] == 1 and log[1].detail["prompts"] > 0
    assert log[-1].detail["kind"] == "members" and log[-1].detail["added"] == 2
    assert store.audit_log(limit=1) == log[:1]


def test_a_transaction_rolls_back_everything_on_an_exception(store, db_path):
    store.audit("note", "staff", {"n": 1})
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.audit("note", "staff", {"n": 2})
            with store.transaction():  # nested: a savepoint
                store.audit("note", "staff", {"n": 3})
            raise RuntimeError
    assert [e.detail["n"] for e in store.audit_log()] == [1]


def test_a_second_connection_sees_committed_writes(store, db_path):
    with Store.open(db_path) as other:
        load(store)
        assert other.panel() == store.panel()
