"""Issue 15, item 2: one quorum rule, used everywhere. The Panel's rule is a setting read from the
environment (:func:`coi.settings.load_quorum`); ``coi report``, ``coi audit`` and the dashboard's
rule controls start from it, and the Recusal votes page records a roll call under the rule it
shows — who remains to vote is who the page lists."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.decisions import votes
from coi.model import QuorumBasis, VoteBase
from coi.settings import QuorumRule, Settings, load_settings
from coi.store.database import Store
from coi.ui import widgets
from tests.factories import SYSTEM
from tests.test_dashboard import page_text, signed_in

MEETING = "2026-12-10"
CASE = "C-2026-0023"  # item 3 of the demo meeting: no member has answered on it
VOTING = QuorumRule(vote_base=VoteBase.VOTING)


def test_the_quorum_rule_is_read_from_the_environment():
    assert load_settings(environ={}).quorum == QuorumRule() == Settings().quorum
    rule = load_settings(environ={"COI_QUORUM_BASIS": "filled", "COI_RECUSED_COUNT": "true",
                                  "COI_VOTE_BASE": "voting"}).quorum
    assert rule == QuorumRule(QuorumBasis.FILLED, True, VoteBase.VOTING)


@pytest.mark.parametrize("name, value, words", [("COI_VOTE_BASE", "most", "is not one of seats, present, voting"),
                                                ("COI_QUORUM_BASIS", "half", "is not one of seats, filled"),
                                                ("COI_RECUSED_COUNT", "maybe", "is not true or false")])
def test_a_quorum_setting_outside_its_choices_is_refused_naming_them(name, value, words):
    with pytest.raises(ValueError, match=f"{name}='{value}' {words}"):
        load_settings(environ={name: value})


def motions_voted_out_only_under_the_voting_rule(db) -> tuple[int, int]:
    """Motion 1 recuses M01 from CASE: 4 yes and 8 abstaining — carried under "a majority of those
    voting", not under the default "of the members present". Motion 2, on the same case, recuses
    M02: M01 votes on it under the default rule, and is recused from the case under the voting one."""
    with Store.open(db) as store:
        first = votes.move(store, SYSTEM, case_id=CASE, member_id="M01", moved_by="M02", meeting_id=MEETING)
        rows = votes.remaining(store, SYSTEM, first)
        votes.record_roll_call(store, SYSTEM, first, {mid: "yes" if n < 4 else "abstain" for n, mid in enumerate(rows)})
        second = votes.move(store, SYSTEM, case_id=CASE, member_id="M02", moved_by="M03", meeting_id=MEETING)
        assert "M01" in votes.remaining(store, SYSTEM, second)
        assert "M01" not in votes.remaining(store, SYSTEM, second, rule=VOTING)
    return first, second


@pytest.fixture
def staff_page(db, monkeypatch):
    monkeypatch.setattr(widgets, "today", lambda: dt.date(2026, 11, 22))
    return lambda: signed_in("staff", "demo-staff-pass", page="recusal-votes")


def roll_call_rows(at, motion_id: int) -> set[str]:
    prefix = f"roll-{motion_id}-"
    return {box.key[len(prefix):] for box in at.selectbox if box.key and box.key.startswith(prefix)}


def test_the_roll_call_the_page_records_is_read_under_the_rule_the_page_shows(db, staff_page):
    _, second = motions_voted_out_only_under_the_voting_rule(db)
    at = staff_page()
    assert "M01" in roll_call_rows(at, second)  # the default rule: M01 was not recused by motion 1
    at.selectbox(key="motion_rule_base").select("voting").run()
    shown = roll_call_rows(at, second)
    assert "M01" not in shown and "M02" not in shown  # recused by motion 1 under this rule; the member concerned
    for mid in sorted(shown):
        at.selectbox(key=f"roll-{second}-{mid}").select(votes.Vote.NO)
    at.button(key=f"FormSubmitter:rollcall-{second}-Record the roll call").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert f"Roll call on motion {second} recorded ({len(shown)} votes added)." in page_text(at)
    with Store.open(db) as store:
        assert set(votes.result(store, SYSTEM, second).votes) == shown


def test_the_pages_rule_controls_start_from_the_panels_rule(db, staff_page, monkeypatch):
    _, second = motions_voted_out_only_under_the_voting_rule(db)
    monkeypatch.setenv("COI_VOTE_BASE", "voting")
    monkeypatch.setenv("COI_RECUSED_COUNT", "true")
    at = staff_page()
    assert at.selectbox(key="motion_rule_base").value == "voting"
    assert at.checkbox(key="motion_rule_counted").value is True
    assert "M01" not in roll_call_rows(at, second)  # under the Panel's rule, without touching the controls


def test_coi_report_and_coi_audit_start_from_the_panels_rule(db, tmp_path, monkeypatch):
    motions_voted_out_only_under_the_voting_rule(db)

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    report = ["report", "--db", str(db), "--meeting", MEETING, "--format", "csv", "--out", str(tmp_path / "r.csv")]
    audit = ["audit", "--db", str(db), "--meeting", MEETING, "--out", str(tmp_path / "a.csv")]
    assert "A decision needs a majority of the members present and not recused." in run(*report)
    run(*audit)
    assert "M01" not in (tmp_path / "a.csv").read_text()  # not recused by vote under the default rule
    monkeypatch.setenv("COI_VOTE_BASE", "voting")
    assert "A decision needs a majority of those voting." in run(*report)
    assert "A decision needs a majority of the members present" in run(*report, "--vote-base", "present")
    run(*audit)
    assert "recused by vote" in (tmp_path / "a.csv").read_text()  # M01, under the Panel's rule
