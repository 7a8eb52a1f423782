"""Meetings (coi.decisions.meetings, coi.reports.render): the agenda file, the quorum arithmetic under every
rule, the report's content, and confidential parties redacted in every format."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import openpyxl
import pytest

from coi.decisions import meetings, service
from coi.decisions.meetings import QuorumBasis, QuorumRule, VoteBase
from coi.ingest.records import load_agenda, load_votes
from coi.model import Answer, Appointer, InputRejected, Kind
from coi.policy import load_policy
from coi.reports import render as report
from coi.store.database import Store
from tests.factories import SYSTEM, member, party, tie, write_csv

AS_OF = dt.date(2026, 11, 22)
ROSTER = [member(f"M{i:02d}", n) for i, n in enumerate(
    ["Ana Diaz", "Ben Cole", "Cara Moss", "Dev Patel", "Eva Lund", "Finn Roe", "Gia Bell", "Hal Ortiz", "Ida Wong",
     "Jon Park", "Kay Lee", "Lou Kim", "Max Fox"], start=1)]
TIES = [tie("spouse", "Luis Diaz", member_id="M01"), tie("friend", "Rosa Vega", member_id="M02"),
        tie("sibling", "Omar Cole", member_id="M02")]
DOCKET = [party("Luis Diaz", case_id="C-1", role="witness"),
          party("Rosa Vega", case_id="C-1", role="complainant", confidential=True),
          party("Omar Cole", case_id="C-2", role="respondent"),
          party("Nobody Known", case_id="C-3", role="witness")]


def _panel_store(path, clock=None):
    """The Panel above, screened, with the meeting M-1 on 2026-12-10 (``clock``: the store's)."""
    s = Store.open(path, clock=clock)
    s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
    s.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
    s.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
    service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
    meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-1", "C-2", "C-3"])
    return s


@pytest.fixture
def store(tmp_path):
    with _panel_store(tmp_path / "coi.sqlite3") as s:
        yield s


@pytest.fixture
def dated_store(tmp_path):
    """The store above, screened on 2026-12-01 (before the meeting of 2026-12-10) by its own
    clock, whatever today is: tests of what stood at the meeting move the clock after."""
    with _panel_store(tmp_path / "dated.sqlite3", clock=lambda: "2026-12-01T12:00:00Z") as s:
        yield s


def prompt(store, member_id, case_id):
    return next(p for p in store.prompts() if p.member_id == member_id and p.case_id == case_id)


# ------------------------------------------------------------------ quorum arithmetic

@pytest.mark.parametrize("rule, on_roster, needed", [
    (QuorumRule(), 13, 7), (QuorumRule(), 10, 7),  # vacancies still count as seats
    (QuorumRule(QuorumBasis.FILLED), 10, 6), (QuorumRule(QuorumBasis.FILLED), 13, 7),
    (QuorumRule(seats=12), 12, 7),
])
def test_quorum_needed_under_each_basis(rule, on_roster, needed):
    assert rule.needed(on_roster) == needed


def test_the_reports_csv_and_workbook_write_the_contracts_category_values(tmp_path):
    """Helper-143's review: the CSV wrote parent-in-law, former employment (the words the
    PDF and HTML show), where the contract's value is parent_in_law, former_employment."""
    with Store.open(tmp_path / "c.sqlite3") as s:
        s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        s.import_disclosures([tie("parent_in_law", "Nora Quillby", member_id="M01"),
                              tie("employer", "Quillby Tool Works", member_id="M02", until=dt.date(2020, 1, 1))],
                             source="d", fingerprint="d", actor="t")
        s.import_docket([party("Nora Quillby", case_id="C-1", role="witness"),
                         party("Quillby Tool Works", case_id="C-1", role="complainant", kind=Kind.ORGANIZATION)],
                        source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-1"])
        r = meetings.build_report(s, SYSTEM, "M-1", today=AS_OF)
    rows = list(csv.DictReader(io.StringIO(report.render(r, "csv").decode("utf-8-sig"))))
    assert sorted(x["category"] for x in rows) == ["former_employment", "parent_in_law"]
    sheet = openpyxl.load_workbook(io.BytesIO(report.render(r, "xlsx"))).active
    header = [c.value for c in sheet[1]]
    assert sorted(row[header.index("category")] for row in sheet.iter_rows(min_row=2, values_only=True)) == \
        ["former_employment", "parent_in_law"]
    assert "parent-in-law" in report.render(r, "html").decode()  # the words stay the readers'


def test_an_item_with_no_recusal_keeps_every_member(store):
    r = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF)
    item3 = r.items[2]
    assert item3.conflicts == () and len(item3.remaining) == 13 and item3.quorum_met


def test_self_recusals_and_absences_leave_the_remaining_members(store):
    store.record_decision(prompt(store, "M01", "C-1").key, answer=Answer.SELF_RECUSE, reason=None, decided_by="m01")
    for m in ("M03", "M04"):
        meetings.set_absent(store, SYSTEM, "M-1", m, True)
    item1 = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF).items[0]
    assert item1.recused == ("M01",) and item1.absent == ("M03", "M04")
    assert len(item1.remaining) == 10 and item1.quorum_met
    assert "M02" in item1.outstanding  # a friend prompt, unanswered


def test_every_member_conflicted_and_recused_leaves_no_quorum(store):
    store.import_disclosures([tie("friend", "Nobody Known", member_id=m.member_id) for m in ROSTER] + TIES,
                             source="d2", fingerprint="d2", actor="t")
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
    for p in store.prompts(case_id="C-3"):
        store.record_decision(p.key, answer=Answer.SELF_RECUSE, reason=None, decided_by="t")
    item3 = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF).items[2]
    assert item3.remaining == () and not item3.quorum_met
    assert any("No quorum" in w for w in item3.warnings)


def test_absences_can_break_the_quorum_and_counting_recused_members_can_keep_it(store):
    store.record_decision(prompt(store, "M01", "C-1").key, answer=Answer.SELF_RECUSE, reason=None, decided_by="m01")
    for m in ("M05", "M06", "M07", "M08", "M09", "M10"):
        meetings.set_absent(store, SYSTEM, "M-1", m, True)
    strict = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF).items[0]
    assert len(strict.remaining) == 6 and not strict.quorum_met
    lenient = meetings.build_report(store, SYSTEM, "M-1", rule=QuorumRule(recused_count=True), today=AS_OF).items[0]
    assert lenient.quorum_met


def test_vacancies_count_as_seats_for_the_quorum_unless_the_rule_says_filled(store):
    store.import_members(ROSTER[:9], source="m2", fingerprint="m2", actor="t")  # four seats now vacant
    for m in ("M05", "M06", "M07"):
        meetings.set_absent(store, SYSTEM, "M-1", m, True)
    seats = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF).items[2]
    filled = meetings.build_report(store, SYSTEM, "M-1", rule=QuorumRule(QuorumBasis.FILLED), today=AS_OF).items[2]
    assert len(seats.remaining) == 6 and seats.quorum_needed == 7 and not seats.quorum_met
    assert filled.quorum_needed == 5 and filled.quorum_met


@pytest.mark.parametrize("base, words", [(VoteBase.SEATS, "7 votes (a majority of the 13 seats)"),
                                         (VoteBase.PRESENT, "7 votes (a majority of the 13 members present"),
                                         (VoteBase.VOTING, "a majority of those voting")])
def test_the_report_states_the_vote_rule_it_applied(store, base, words):
    r = meetings.build_report(store, SYSTEM, "M-1", rule=QuorumRule(vote_base=base), today=AS_OF)
    assert r.items[2].votes_needed.startswith(words) and "Quorum: a majority of the 13 seats (7)" in r.rule


# ------------------------------------------------------------------ agenda file

def test_a_bad_agenda_file_reports_every_problem(tmp_path):
    path = write_csv(tmp_path, "meeting_id,meeting_date,item,case_id\n"
                               "M-2,2026-12-10,1,C-1\nM-2,2026-12-11,2,C-2\nM-2,2026-12-10,1,C-3\nM-2,2026-12-10,x,C-3\n",
                     "agenda.csv")
    with pytest.raises(InputRejected) as exc:
        load_agenda(path)
    found = {(p.row, p.column) for p in exc.value.problems}
    assert found == {(3, "meeting_date"), (4, "item"), (5, "item")}


def test_an_agenda_naming_a_case_not_on_the_docket_changes_nothing(store, tmp_path):
    path = write_csv(tmp_path, "meeting_id,meeting_date,item,case_id\nM-2,2026-12-17,1,C-1\nM-2,2026-12-17,2,C-9\n",
                     "agenda.csv")
    with pytest.raises(InputRejected, match="C-9"):
        meetings.import_agenda(store, SYSTEM, load_agenda(path).records, source="agenda.csv")
    assert [m.meeting_id for m in meetings.meetings(store, SYSTEM)] == ["M-1"]


def test_the_same_agenda_file_twice_changes_nothing_not_even_its_audit_log(store, tmp_path):
    """Helper-143's review: importing the same agenda again rewrote each meeting's saved-at and
    saved-by and added audit entries."""
    path = write_csv(tmp_path, "meeting_id,meeting_date,item,case_id\nM-2,2026-12-17,1,C-1\nM-2,2026-12-17,2,C-2\n"
                               "M-3,2027-01-14,1,C-3\n", "agenda.csv")
    rows = load_agenda(path).records
    assert meetings.import_agenda(store, SYSTEM, rows, source="agenda.csv") == ["M-2", "M-3"]

    def stored() -> tuple:
        with store.reading() as conn:
            return (conn.execute("SELECT * FROM meetings ORDER BY meeting_id").fetchall(),
                    conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    before = [tuple(r) for r in stored()[0]], stored()[1]
    store._clock = lambda: "2026-12-20T10:00:00Z"
    assert meetings.import_agenda(store, SYSTEM, rows, source="agenda.csv") == []
    assert ([tuple(r) for r in stored()[0]], stored()[1]) == before
    moved = [dataclasses.replace(r, meeting_date=dt.date(2027, 1, 21)) if r.meeting_id == "M-3" else r for r in rows]
    assert meetings.import_agenda(store, SYSTEM, moved, source="agenda2.csv") == ["M-3"]


# ------------------------------------------------------------------ rendering

def texts(store, packet=None) -> dict[str, str]:
    r = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF, member_id=packet)
    out = {"html": report.render(r, "html", packet=packet).decode(), "csv": report.render(r, "csv").decode("utf-8-sig")}
    wb = openpyxl.load_workbook(io.BytesIO(report.render(r, "xlsx")))
    out["xlsx"] = "\n".join(str(c.value) for row in wb.active.iter_rows() for c in row)
    return out


def test_confidential_parties_are_redacted_in_html_csv_and_excel(store):
    for fmt, text in texts(store).items():
        assert "Rosa Vega" not in text, fmt
        assert "[confidential]" in text, fmt
    assert "Luis Diaz" in texts(store)["html"]  # a party that is not confidential is named


def test_the_html_escapes_what_the_docket_holds(store):
    store.import_docket(DOCKET + [party("<script>alert(1)</script>", case_id="C-1", role="witness")],
                        source="k2", fingerprint="k2", actor="t")
    html = texts(store)["html"]
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_a_members_packet_holds_only_their_own_prompts(store):
    packet = texts(store, packet="M01")["html"]
    assert "sibling" not in packet  # M02's tie to Omar Cole is not in M01's packet
    r = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF, member_id="M01")
    assert {c.member_id for i in r.items for c in i.conflicts} == {"M01"}
    assert "Members × items" not in packet and "for the minutes" not in packet


# ------------------------------------------------------------------ after the meeting

VOTES = ("meeting_id,item,member_id,vote\n"
         "M-1,1,M01,yes\nM-1,1,M03,no\nM-1,2,M02,yes\nM-1,2,M03,yes\nM-1,3,M01,yes\n")


def record(store, tmp_path, text=VOTES, name="votes.csv") -> int:
    return meetings.record_votes(store, SYSTEM, load_votes(write_csv(tmp_path, text, name)).records, source=name)


def test_votes_are_recorded_once_and_a_bad_file_records_nothing(store, tmp_path):
    with pytest.raises(InputRejected) as exc:
        record(store, tmp_path, VOTES + "M-1,9,M01,yes\nM-1,1,M99,no\n", "bad.csv")
    assert {(p.row, p.column) for p in exc.value.problems} == {(7, "item"), (8, "member_id")}
    assert meetings.voters(store, SYSTEM, "M-1") == {}
    assert record(store, tmp_path) == 5
    assert record(store, tmp_path) == 0  # the same file again counts nothing new
    assert meetings.voters(store, SYSTEM, "M-1")[2] == {"M02": "yes", "M03": "yes"}


def test_an_earlier_votes_file_recorded_again_after_a_correction_counts_again(store, tmp_path):
    """Helper-143's review: yes, then a correction to abstain, then the first file again: the
    votes were skipped as recorded before, and abstain kept counting."""
    assert record(store, tmp_path) == 5
    assert record(store, tmp_path, "meeting_id,item,member_id,vote\nM-1,1,M01,abstain\n", "correction.csv") == 1
    assert meetings.voters(store, SYSTEM, "M-1")[1]["M01"] == "abstain"
    assert record(store, tmp_path) == 1  # only M01's vote on item 1 changes what counts
    assert meetings.voters(store, SYSTEM, "M-1")[1] == {"M01": "yes", "M03": "no"}
    assert record(store, tmp_path) == 0


def test_one_file_with_two_votes_of_one_member_on_one_item_is_refused(tmp_path):
    text = VOTES + "M-1,1,M01,no\nM-1,2,M02,yes\n"
    with pytest.raises(InputRejected) as exc:
        load_votes(write_csv(tmp_path, text, "votes.csv"))
    (problem,) = exc.value.problems
    assert (problem.row, problem.column) == (7, "vote") and "row 2" in problem.problem
    same = load_votes(write_csv(tmp_path, VOTES + "M-1,2,M02,yes\n", "same.csv"))  # the same vote twice: kept once
    assert len(same.records) == 5 and [w.row for w in same.warnings] == [7]


def test_the_audit_lists_who_voted_while_conflicted_grouped_by_appointing_official(store, tmp_path):
    store.record_decision(prompt(store, "M02", "C-2").key, answer=Answer.SELF_RECUSE, reason=None, decided_by="m02")
    record(store, tmp_path)
    grouped = meetings.exposure_audit(store, SYSTEM, "M-1")
    found = {(e.member_id, e.item, e.why) for rows in grouped.values() for e in rows}
    assert found == {("M01", 1, "voted with a statutory prompt unanswered"),  # spouse Luis Diaz, never answered
                     ("M02", 2, "voted after self-recusing")}  # sibling Omar Cole
    assert {e.member_id for e in grouped[Appointer.GOVERNOR]} == {"M01", "M02"}
    m01 = next(e for e in grouped[Appointer.GOVERNOR] if e.member_id == "M01")
    assert "spouse Luis Diaz" in m01.evidence and m01.vote == "yes"


def test_a_member_who_answered_no_conflict_or_had_an_advisory_prompt_is_not_exposed(store, tmp_path):
    store.record_decision(prompt(store, "M01", "C-1").key, answer=Answer.NO_CONFLICT, reason="divorced in 2019",
                          decided_by="m01")
    record(store, tmp_path)
    assert all(e.member_id != "M01" for rows in meetings.exposure_audit(store, SYSTEM, "M-1").values() for e in rows)


@pytest.mark.parametrize("answer, words", [(Answer.NO_CONFLICT, "no conflict"), (Answer.SELF_RECUSE, "self recuse")])
def test_an_answer_given_after_the_meeting_does_not_undo_the_exposure(dated_store, tmp_path, answer, words):
    """Helper-143's review: M01 voted on item 1 with a statutory prompt unanswered; a no-conflict
    answer given days after the meeting took M01 off the audit (and a self-recusal after the
    fact read as a vote after self-recusing). The answer that stood at the meeting decides;
    the later one is shown beside it."""
    store = dated_store
    record(store, tmp_path)
    store._clock = lambda: "2026-12-12T15:00:00Z"  # two days after the meeting of 2026-12-10
    store.record_decision(prompt(store, "M01", "C-1").key, answer=answer, reason="answered late", decided_by="m01")
    rows = [e for rows in meetings.exposure_audit(store, SYSTEM, "M-1").values() for e in rows if e.member_id == "M01"]
    assert [(e.item, e.why, e.later) for e in rows] == [
        (1, "voted with a statutory prompt unanswered", f"{words}, 2026-12-12")]
    assert rows[0].category == "spouse"  # the contract's value, as the report's CSV writes it too


def test_an_answer_given_on_the_meeting_day_in_the_panels_time_zone_counts(dated_store, tmp_path):
    store = dated_store
    record(store, tmp_path)
    store._clock = lambda: "2026-12-11T04:00:00Z"  # 10 pm on 2026-12-10 in Chicago
    store.record_decision(prompt(store, "M01", "C-1").key, answer=Answer.NO_CONFLICT, reason="divorced",
                          decided_by="m01")
    assert all(e.member_id != "M01" for rows in meetings.exposure_audit(store, SYSTEM, "M-1").values() for e in rows)


def test_a_prompt_first_raised_after_the_meeting_is_judged_by_the_answers_now(dated_store, tmp_path):
    """Helper-145's review: a prompt no one was shown at the vote (a tie disclosed after the
    meeting), answered no conflict, was listed as a vote with a statutory prompt unanswered."""
    store = dated_store
    record(store, tmp_path)
    store._clock = lambda: "2026-12-12T15:00:00Z"
    store.import_disclosures([*TIES, tie("sibling", "Ida Moss", member_id="M03")], source="d2", fingerprint="d2",
                             actor="t")
    store.import_docket([*DOCKET, party("Ida Moss", case_id="C-1", role="witness")], source="k2",
                        fingerprint="k2", actor="t")
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
    late = prompt(store, "M03", "C-1")
    assert [e.member_id for rows in meetings.exposure_audit(store, SYSTEM, "M-1").values() for e in rows
            if e.member_id == "M03" and e.item == 1] == ["M03"]  # unanswered: still listed, as before
    store.record_decision(late.key, answer=Answer.NO_CONFLICT, reason="not my sister", decided_by="m03")
    assert not [e for rows in meetings.exposure_audit(store, SYSTEM, "M-1").values() for e in rows
                if e.member_id == "M03" and e.item == 1]


def test_a_member_recused_by_vote_is_on_the_audit(store, tmp_path):
    from coi.decisions import votes

    motion = votes.move(store, SYSTEM, case_id="C-1", member_id="M02", moved_by="M03")
    for voter in ("M01", "M03", "M04", "M05", "M06", "M07", "M08"):
        votes.vote(store, SYSTEM, motion, voter_id=voter, choice="yes")
    record(store, tmp_path)
    rows = meetings.exposure_audit(store, SYSTEM, "M-1")[Appointer.GOVERNOR]
    assert ("M02", 1, "recused by vote of the remaining members") in {(e.member_id, e.item, e.why) for e in rows}
    assert "M02" in meetings.build_report(store, SYSTEM, "M-1", today=AS_OF).items[0].recused
