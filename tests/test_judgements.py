""""Not the same person" remembered (issue 14, item 7): a member's answer *no conflict — a
different person* records a judgement on (their tie, the party's identity); a prompt on the
same identity shows it in words and takes one click to confirm; changed party data, a
revocation, another member's judgement or a confidential party and it is not shown."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from coi.decisions import judgements, service, views
from coi.decisions.access import Forbidden
from coi.model import Answer
from coi.policy import load_policy
from coi.store.database import JUDGEMENT_CONFIRMED, JUDGEMENT_RECORDED, JUDGEMENT_REVOKED, Store
from tests.factories import AS_OF, SYSTEM, account, party, prompt_key, tie, two_member_store

OAK = ("Oak Park PD",)
BORN = dt.date(1980, 3, 4)
DOCKET = [
    party("Jordan Smith", case_id="C-1", affiliations=OAK, date_of_birth=BORN),
    party("Smith, Jordan", case_id="C-2", affiliations=OAK, date_of_birth=BORN),  # the same identity
    party("Jordan Smith", case_id="C-3", affiliations=OAK, date_of_birth=dt.date(1981, 3, 4)),  # another DOB
    party("Jordan Smith", case_id="C-4", affiliations=("Elm Grove PD",), date_of_birth=BORN),  # another agency
    party("Jordan Smith", case_id="C-5", affiliations=OAK),  # no date of birth
    party("Jordan Smith", case_id="C-6", affiliations=OAK, date_of_birth=BORN, confidential=True),
]


def screen(store: Store) -> None:
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("COI_DB", str(tmp_path / "coi.sqlite3"))
    with two_member_store(tmp_path / "coi.sqlite3", [tie("friend", "Jordan Smith", member_id="M01"),
                                                     tie("friend", "Jordan Smith", member_id="M02")], DOCKET) as s:
        yield s


who, key = account, prompt_key


def judge_c1(store: Store, username: str = "m01", member_id: str = "M01") -> int:
    return judgements.record_different_person(store, who(store, username), key(store, "C-1", member_id), version=0)


def test_a_different_person_answer_records_the_answer_and_a_judgement_on_the_tie_and_the_partys_identity(store):
    judgement_id = judge_c1(store)
    p = store.prompt(key(store, "C-1"))
    assert p.latest_answer is Answer.NO_CONFLICT and p.latest_decision.reason.startswith("A different person")
    (j,) = store.judgements()
    assert (j.id, j.member_id, j.tie_key, j.case_id, j.judged_by) == (judgement_id, "M01", p.tie_key, "C-1", "m01")
    assert (j.name_key, j.date_of_birth, j.affiliation_keys) == ("jordan smith", BORN, ("oak park pd",))
    assert j.decision_id == p.latest_decision.id and j.stands
    (entry,) = store.audit_log(5, action=JUDGEMENT_RECORDED)
    assert entry.actor == "m01" and entry.detail["judgement_id"] == judgement_id


def test_the_judgement_is_shown_on_another_case_of_the_same_identity_in_words_and_nothing_is_answered_for_the_member(store):
    judge_c1(store)
    m01 = who(store, "m01")
    note = judgements.note_for(store, m01, key(store, "C-2"))
    assert note is not None
    assert note.sentence.startswith("You judged Jordan Smith (born ") and "of Oak Park PD a different person on case C-1" \
        in note.sentence
    assert store.prompt(key(store, "C-2")).latest_decision is None  # never answered automatically


def test_one_click_confirms_the_judgement_recording_an_answer_that_cites_it(store):
    judgement_id = judge_c1(store)
    m01 = who(store, "m01")
    decision_id = judgements.confirm(store, m01, key(store, "C-2"), judgement_id, version=0)
    d = store.prompt(key(store, "C-2")).latest_decision
    assert (d.id, d.answer, d.decided_by) == (decision_id, Answer.NO_CONFLICT, "m01")
    # cited by its case and day (not its id, counted over every member's: tests/test_attack_issue14.py)
    assert d.reason.startswith("A different person, as I judged on case C-1 on ")
    assert store.judgements()[0].confirmations == 1
    (entry,) = store.audit_log(5, action=JUDGEMENT_CONFIRMED)
    assert entry.detail["judgement_id"] == judgement_id and entry.detail["decision_id"] == decision_id
    assert judgements.note_for(store, m01, key(store, "C-2")) is None  # answered now


@pytest.mark.parametrize("case_id", ["C-3", "C-4", "C-5"], ids=["another date of birth", "another agency",
                                                                 "no date of birth"])
def test_a_party_whose_data_differs_from_the_judged_identity_gets_a_plain_prompt(store, case_id):
    judgement_id = judge_c1(store)
    m01 = who(store, "m01")
    assert judgements.note_for(store, m01, key(store, case_id)) is None
    with pytest.raises(ValueError, match="does not apply"):
        judgements.confirm(store, m01, key(store, case_id), judgement_id, version=0)
    assert store.prompt(key(store, case_id)).latest_decision is None


def test_a_judgement_made_without_a_date_of_birth_stops_applying_once_one_is_on_the_docket(store):
    m01 = who(store, "m01")
    judgements.record_different_person(store, m01, key(store, "C-5"), version=0)  # judged with no date of birth
    assert judgements.note_for(store, m01, key(store, "C-2")) is None  # the same name and agency, a date of birth


def test_screened_again_under_a_new_prompt_the_judgement_shows_and_with_a_new_date_of_birth_it_does_not(store):
    judge_c1(store)
    m01 = who(store, "m01")
    old = key(store, "C-1")
    # the docket again: C-1's party now a respondent (a new prompt), C-2's with a new date of birth
    store.import_docket([party("Jordan Smith", case_id="C-1", role="respondent", affiliations=OAK, date_of_birth=BORN),
                         party("Smith, Jordan", case_id="C-2", affiliations=OAK, date_of_birth=dt.date(1990, 1, 1))],
                        source="k2", fingerprint="k2", actor="t")
    screen(store)
    new = key(store, "C-1")
    assert new != old and store.prompt(new).latest_decision is None
    assert "on case C-1" in judgements.note_for(store, m01, new).sentence
    assert judgements.note_for(store, m01, key(store, "C-2")) is None


def test_a_revoked_judgement_stops_applying_and_stays_on_record(store):
    judgement_id = judge_c1(store)
    m01, staff = who(store, "m01"), who(store, "staff")
    with pytest.raises(Forbidden):
        judgements.revoke(store, m01, judgement_id, "mine")  # a member does not revoke
    with pytest.raises(ValueError, match="reason"):
        judgements.revoke(store, staff, judgement_id, "  ")
    judgements.revoke(store, staff, judgement_id, "the agency confirmed it is the same officer")
    (j,) = judgements.all_judgements(store, staff)
    assert j.revoked and j.revoked_by == "staff" and not j.stands
    assert judgements.note_for(store, m01, key(store, "C-2")) is None
    with pytest.raises(ValueError):
        judgements.confirm(store, m01, key(store, "C-2"), judgement_id, version=0)
    with pytest.raises(ValueError, match="already revoked"):
        judgements.revoke(store, staff, judgement_id, "again")
    (entry,) = store.audit_log(5, action=JUDGEMENT_REVOKED)
    assert entry.actor == "staff" and entry.detail["judgement_id"] == judgement_id
    # the answer given with it stands as recorded
    assert store.prompt(key(store, "C-1")).latest_answer is Answer.NO_CONFLICT


def test_a_judgement_whose_answer_was_marked_entered_in_error_lapses(store):
    judge_c1(store)
    m01 = who(store, "m01")
    views.mark_entered_in_error(store, m01, key(store, "C-1"), version=1)
    assert not store.judgements()[0].stands
    assert judgements.note_for(store, m01, key(store, "C-2")) is None


def test_another_members_judgement_is_never_shown(store):
    judge_c1(store)  # M01's
    m02 = who(store, "m02")
    assert judgements.note_for(store, m02, key(store, "C-2", "M02")) is None
    with pytest.raises(ValueError):
        judgements.confirm(store, m02, key(store, "C-2", "M02"), store.judgements()[0].id, version=0)
    with pytest.raises(Forbidden):
        judgements.note_for(store, m02, key(store, "C-2"))  # M01's prompt
    with pytest.raises(Forbidden):
        judgements.all_judgements(store, m02)


def test_a_judgement_is_never_shown_on_a_prompt_the_member_sees_redacted(store):
    judge_c1(store)
    m01 = who(store, "m01")
    confidential = key(store, "C-6")
    view = next(v for v in views.prompts_for(store, m01) if v.key == confidential)
    assert view.redacted
    assert judgements.note_for(store, m01, confidential) is None
    with pytest.raises(ValueError):
        judgements.confirm(store, m01, confidential, store.judgements()[0].id, version=0)


def test_a_member_cannot_judge_a_party_they_see_as_confidential(store):
    m01 = who(store, "m01")
    assert not judgements.may_judge(store, m01, key(store, "C-6"))
    with pytest.raises(Forbidden, match="confidential"):
        judgements.record_different_person(store, m01, key(store, "C-6"), version=0)
    assert store.judgements() == [] and store.prompt(key(store, "C-6")).latest_decision is None


def test_a_judgement_on_a_case_whose_party_is_confidential_now_does_not_name_it_on_another_case(store):
    judge_c1(store)
    m01 = who(store, "m01")
    assert judgements.note_for(store, m01, key(store, "C-2")) is not None
    # C-1's party is flagged confidential since: the sentence would say who C-1's hidden party is
    store.import_docket([party("Jordan Smith", case_id="C-1", affiliations=OAK, date_of_birth=BORN, confidential=True)],
                        source="k3", fingerprint="k3", actor="t")
    screen(store)
    assert judgements.note_for(store, m01, key(store, "C-2")) is None


def test_judgements_and_their_revocations_are_append_only(store):
    judgement_id = judge_c1(store)
    judgements.revoke(store, who(store, "staff"), judgement_id, "wrong")
    for sql in ("UPDATE judgements SET party_name = 'x'", "DELETE FROM judgements",
                "UPDATE judgement_revocations SET reason = 'x'", "DELETE FROM judgement_revocations"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store._conn.execute(sql)


def test_a_judgement_rewritten_behind_coi_is_caught_by_the_chain(store):
    """A judgement clears later prompts: one changed behind coi's back (triggers dropped, the
    party's date of birth rewritten so that it applies elsewhere) must not pass verification."""
    from coi.store import chain

    judgement_id = judge_c1(store)
    judgements.revoke(store, who(store, "staff"), judgement_id, "wrong")
    with store.reading() as conn:
        assert chain.verify(conn).ok
    conn = store._conn
    triggers = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                           "AND tbl_name IN ('judgements', 'judgement_revocations')")]
    with chain.suspended(conn, triggers):
        conn.execute("UPDATE judgements SET date_of_birth = NULL WHERE id = ?", (judgement_id,))
        conn.execute("DELETE FROM judgement_revocations WHERE judgement_id = ?", (judgement_id,))
    with store.reading() as conn:
        problems = chain.verify(conn).problems
    assert any(f"judgements row {judgement_id}): the row was changed" in p for p in problems)
    assert any("judgement_revocations" in p and "the row is gone" in p for p in problems)


def test_a_judgement_is_shown_on_a_prompt_answered_unsure_for_the_final_answer_but_not_once_answered_finally(store):
    judgement_id = judge_c1(store)
    m01 = who(store, "m01")
    views.answer(store, m01, key(store, "C-2"), Answer.UNSURE)
    assert judgements.note_for(store, m01, key(store, "C-2")).judgement.id == judgement_id
    views.answer(store, m01, key(store, "C-2"), Answer.SELF_RECUSE)
    assert judgements.note_for(store, m01, key(store, "C-2")) is None
