"""Chain what the audit reads (issue 12, item 6): each prompt's facts, what each decision
answered and the case of each agenda item voted on are chained, and the removal-exposure
audit reads them — so editing the mutable ``prompts`` or ``agenda_items`` rows in the file
no longer changes `coi audit`, and editing the chained facts fails `coi verify`. The chained
facts show a confidential party as its member is shown it: never its name."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.decisions import meetings, service
from coi.ingest.records import load_votes
from coi.model import Answer
from coi.policy import load_policy
from coi.store.database import Store
from tests.factories import SYSTEM, write_csv
from tests.test_chain import tampering
from tests.test_meetings import AS_OF, DOCKET, ROSTER, TIES

VOTES = ("meeting_id,item,member_id,vote\n"
         "M-1,1,M01,yes\nM-1,1,M02,no\nM-1,1,M03,no\nM-1,2,M02,yes\nM-1,2,M03,yes\nM-1,3,M01,yes\n")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "coi.sqlite3"
    with Store.open(path) as s:
        s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        s.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
        s.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-1", "C-2", "C-3"])
        sibling = next(p for p in s.prompts() if p.member_id == "M02" and p.case_id == "C-2")
        s.record_decision(sibling.key, answer=Answer.SELF_RECUSE, reason=None, decided_by="m02")
        meetings.record_votes(s, SYSTEM, load_votes(write_csv(tmp_path, VOTES, "votes.csv")).records,
                              source="votes.csv")
    return path


def audit(db, *args) -> str:
    result = CliRunner().invoke(main, ["audit", "--db", str(db), "--meeting", "M-1", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def verify(db):
    return CliRunner().invoke(main, ["verify", "--db", str(db)])


def test_the_audit_lists_the_exposures_it_should(db):
    text = audit(db)
    assert "M01,Ana Diaz,1,C-1,voted with a statutory prompt unanswered,spouse" in text
    assert "M02,Ben Cole,2,C-2,voted after self-recusing,sibling" in text
    assert "M02,Ben Cole,1,C-1,voted with a statutory prompt unanswered,friend" in text


def test_a_prompts_tier_edited_in_the_file_does_not_change_the_audit(db):
    """The attack of issue 12, item 6: one UPDATE erased every removal exposure."""
    before = audit(db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE prompts SET tier = 'advisory'")
    conn.close()
    assert audit(db) == before
    assert verify(db).exit_code == 0  # nothing chained was touched: the audit never read that row


def test_an_agenda_item_edited_in_the_file_does_not_change_the_audit(db):
    before = audit(db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE agenda_items SET case_id = 'C-3' WHERE meeting_id = 'M-1' AND item IN (1, 2)")
    conn.close()
    assert audit(db) == before


@pytest.mark.parametrize("edit", [
    "UPDATE prompt_facts SET tier = 'advisory'",
    "UPDATE item_votes SET case_id = 'C-3' WHERE item = 1",
    "UPDATE decisions SET answered = json_set(answered, '$.tier', 'advisory')",
])
def test_the_chained_facts_edited_in_the_file_fail_verify(db, edit):
    with tampering(db) as conn:
        conn.execute(edit)
    result = verify(db)
    assert result.exit_code == 1 and "the row was changed after it was written" in result.output


def test_each_decision_carries_what_it_answered(db):
    with Store.open(db) as store:
        (decision,) = store.decisions()
        row = store._conn.execute("SELECT answered FROM decisions WHERE id = ?", (decision.id,)).fetchone()[0]
        facts = {f.id: f for f in store.prompt_facts()}
    answered = json.loads(row)
    assert {k: answered[k] for k in ("case_id", "member_id", "category", "tier", "party", "party_role")} == {
        "case_id": "C-2", "member_id": "M02", "category": "sibling", "tier": "statutory", "party": "Omar Cole",
        "party_role": "respondent"}
    assert facts[answered["fact_id"]].prompt_key == decision.prompt_key


def test_each_vote_carries_the_case_of_its_item(db):
    rows = sqlite3.connect(db).execute("SELECT item, case_id FROM item_votes ORDER BY id").fetchall()
    assert rows and all(case_id == f"C-{item}" for item, case_id in rows)


def test_a_confidential_party_is_never_named_in_what_is_chained(db):
    with Store.open(db) as store:
        friend = next(p for p in store.prompts() if p.member_id == "M02" and p.case_id == "C-1")
        store.record_decision(friend.key, answer=Answer.UNSURE, reason=None, decided_by="m02")
    conn = sqlite3.connect(db)
    chained = json.dumps([conn.execute(f"SELECT * FROM {t}").fetchall()
                          for t in ("prompt_facts", "decisions", "item_votes")])
    assert "Rosa Vega" not in chained and "[confidential]" in chained
    fact = json.loads(conn.execute("SELECT shown FROM prompt_facts WHERE prompt_key = ?", (friend.key,)).fetchone()[0])
    assert fact["party"] == "[confidential]" and fact["confidential"] is True
    assert "Rosa Vega" not in audit(db)
    assert "Rosa Vega" in audit(db, "--reveal-confidential")  # a staff copy names it, from the prompt's row


def test_a_change_of_a_prompt_is_chained_as_a_new_fact(db):
    """A legitimate change (here a withdrawal after the tie is removed) appends facts; the old
    ones stay in the chain."""
    with Store.open(db) as store:
        before = len(store._conn.execute("SELECT id FROM prompt_facts").fetchall())
        store.import_disclosures([t for t in TIES if t.name != "Omar Cole"], source="d2", fingerprint="d2",
                                 actor="t")
        service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
        sibling = [f for f in store.prompt_facts() if f.member_id == "M02" and f.case_id == "C-2"]
        assert [f.status for f in sibling] == ["withdrawn"]
        assert len(store._conn.execute("SELECT id FROM prompt_facts").fetchall()) == before + 1
    assert verify(db).exit_code == 0
