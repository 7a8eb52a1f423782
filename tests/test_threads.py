"""Staff advise on "Unsure" (issue 14, item 3): an unsure answer opens a thread on the prompt,
staff reply, the member answers finally; who and when on every line, append-only, audited; a
member reads only their own threads, and one on a confidential party follows its redaction."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from coi.decisions import service, threads, views
from coi.decisions.access import Forbidden
from coi.decisions.threads import ThreadState
from coi.model import Answer
from coi.policy import load_policy
from coi.store.database import THREAD_ENTRY, Store, ThreadClosed
from tests.factories import AS_OF, SYSTEM, account, party, prompt_key, tie, two_member_store

OAK = ("Oak Park PD",)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("COI_DB", str(tmp_path / "coi.sqlite3"))
    docket = [party("Jordan Smith", case_id="C-1"), party("Omar Reyes", case_id="C-2"),
              party("Jordan Smith", case_id="C-6", affiliations=OAK, confidential=True)]
    with two_member_store(tmp_path / "coi.sqlite3", [tie("friend", "Jordan Smith", member_id="M01"),
                                                     tie("friend", "Omar Reyes", member_id="M02")], docket) as s:
        yield s


who, key = account, prompt_key


def unsure(store: Store, case_id: str = "C-1", username: str = "m01", member_id: str = "M01") -> str:
    k = key(store, case_id, member_id)
    views.answer(store, who(store, username), k, Answer.UNSURE)
    return k


def test_a_prompt_never_answered_unsure_has_no_thread_and_takes_no_entry(store):
    k = key(store, "C-1")
    assert threads.thread_for(store, who(store, "m01"), k).state is None
    with pytest.raises(ThreadClosed):
        threads.write(store, who(store, "staff"), k, "Are you sure?")
    assert store.thread_entries(k) == []


def test_an_unsure_answer_opens_a_thread_awaiting_staff_advice_with_who_and_when(store):
    k = unsure(store)
    thread = threads.thread_for(store, who(store, "m01"), k)
    assert thread.state is ThreadState.AWAITING_ADVICE and thread.open
    (line,) = thread.lines
    assert (line.who, line.role, line.what) == ("m01", "member", "answered Unsure — staff to advise") and line.at


def test_staff_reply_the_member_reads_it_and_answers_finally_which_closes_the_thread(store):
    k = unsure(store)
    m01, staff = who(store, "m01"), who(store, "staff")
    threads.write(store, m01, k, "Is a friend from college a friend under 3.1(g)?")
    assert threads.thread_for(store, staff, k).state is ThreadState.AWAITING_ADVICE  # a member's question is no advice
    threads.write(store, staff, k, "Yes, if you are still in touch: the statute lists friends.")
    thread = threads.thread_for(store, m01, k)
    assert thread.state is ThreadState.ADVISED
    assert [(s.who, s.role, s.what) for s in thread.lines] == [
        ("m01", "member", "answered Unsure — staff to advise"), ("m01", "member", "wrote"), ("staff", "staff", "wrote")]
    assert thread.lines[-1].text == "Yes, if you are still in touch: the statute lists friends." and thread.lines[-1].at
    views.answer(store, m01, k, Answer.SELF_RECUSE)
    thread = threads.thread_for(store, m01, k)
    assert thread.state is ThreadState.CLOSED
    assert (thread.lines[-1].who, thread.lines[-1].what) == ("m01", "answered finally: I recuse myself")
    with pytest.raises(ThreadClosed):
        threads.write(store, staff, k, "One more thing")
    assert len(store.thread_entries(k)) == 2


def test_every_entry_is_audited_with_who_and_a_hash_of_its_words(store):
    k = unsure(store)
    entry_id = threads.write(store, who(store, "staff"), k, "Recuse if in doubt.")
    (entry,) = store.audit_log(5, action=THREAD_ENTRY)
    assert entry.actor == "staff" and entry.detail["entry_id"] == entry_id and entry.detail["prompt_key"] == k
    assert entry.detail["text_sha256"] == hashlib.sha256(b"Recuse if in doubt.").hexdigest()


def test_thread_entries_are_append_only(store):
    k = unsure(store)
    threads.write(store, who(store, "staff"), k, "Recuse if in doubt.")
    for sql in ("UPDATE thread_entries SET body = 'x'", "DELETE FROM thread_entries"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store._conn.execute(sql)


def test_a_thread_entry_rewritten_behind_coi_is_caught_by_the_chain(store):
    from coi.store import chain

    k = unsure(store)
    threads.write(store, who(store, "staff"), k, "Recuse if in doubt.")
    conn = store._conn
    (entry_id,) = conn.execute("SELECT max(id) FROM thread_entries").fetchone()
    triggers = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                           "AND tbl_name = 'thread_entries'")]
    with chain.suspended(conn, triggers):
        conn.execute("UPDATE thread_entries SET body = 'No need to recuse.' WHERE id = ?", (entry_id,))
    with store.reading() as conn:
        problems = chain.verify(conn).problems
    assert any(f"thread_entries row {entry_id}): the row was changed" in p for p in problems)


def test_a_member_reads_and_writes_only_threads_on_their_own_prompts(store):
    k = unsure(store)
    m02 = who(store, "m02")
    with pytest.raises(Forbidden):
        threads.thread_for(store, m02, k)
    with pytest.raises(Forbidden):
        threads.write(store, m02, k, "hello")
    with pytest.raises(Forbidden):
        threads.open_threads(store, m02)
    assert store.thread_entries(k) == []


def test_staff_see_every_open_thread_those_awaiting_advice_first(store):
    advised = unsure(store)
    threads.write(store, who(store, "staff"), advised, "Recuse if in doubt.")
    waiting = unsure(store, "C-2", "m02", "M02")
    found = threads.open_threads(store, who(store, "staff"))
    assert [a.prompt.key for a in found] == [waiting, advised]
    assert [a.thread.state for a in found] == [ThreadState.AWAITING_ADVICE, ThreadState.ADVISED]


def test_staff_see_each_thread_for_the_meeting_its_members_page_gives_it(store):
    """The case on two agendas: the next meeting after today, as on My prompts — not another one."""
    import datetime as dt

    from coi.decisions import meetings, prompt_meetings

    unsure(store)
    staff = who(store, "staff")
    today = dt.date(2026, 12, 1)
    meetings.save_meeting(store, SYSTEM, "2027-02-11", dt.date(2027, 2, 11), ["C-1"])
    meetings.save_meeting(store, SYSTEM, "2026-12-17", dt.date(2026, 12, 17), ["C-1"])
    (found,) = threads.open_threads(store, staff, today)
    assert found.meeting_date == prompt_meetings.case_meetings(store, staff, today)["C-1"].date == dt.date(2026, 12, 17)


def test_staff_may_not_name_a_confidential_party_in_the_thread_and_nothing_is_recorded(store):
    k = unsure(store, "C-6")
    staff = who(store, "staff")
    with pytest.raises(Forbidden, match="'Smith'.*'Oak Park PD'"):
        threads.write(store, staff, k, "Is this about Mr Smith of the Oak Park PD?")
    assert store.thread_entries(k) == []
    threads.write(store, staff, k, "This party is not anyone you disclosed by name; answer No conflict.")
    assert threads.thread_for(store, who(store, "m01"), k).state is ThreadState.ADVISED


def test_what_staff_wrote_before_a_party_became_confidential_is_withheld_from_the_member_not_from_staff(store):
    k = unsure(store)
    threads.write(store, who(store, "staff"), k, "Jordan Smith was your college friend?")
    # C-1's party flagged confidential since
    store.import_docket([party("Jordan Smith", case_id="C-1", confidential=True)], source="k2", fingerprint="k2",
                        actor="t")
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
    member_view = threads.thread_for(store, who(store, "m01"), k)
    assert member_view.redacted and member_view.lines[-1].text == "[withheld] [withheld] was your college friend?"
    assert threads.thread_for(store, who(store, "staff"), k).lines[-1].text == "Jordan Smith was your college friend?"


def test_a_members_own_words_are_shown_to_them_as_written_on_a_confidential_prompt(store):
    k = unsure(store, "C-6")
    m01 = who(store, "m01")
    threads.write(store, m01, k, "Is this Jordan Smith, my friend?")
    thread = threads.thread_for(store, m01, k)
    assert thread.redacted and thread.lines[-1].text == "Is this Jordan Smith, my friend?"


@pytest.mark.parametrize("text, named", [
    ("about O'Brien", ["O'Brien"]), ("OBRIEN-Kavanagh?", ["OBRIEN", "Kavanagh"]), ("Oak  Park pd", ["Oak  Park pd"]),
    ("the park", []), ("Kavanaghs", []),
])
def test_mentions_finds_withheld_words_however_they_are_written(text, named):
    terms = (("obrien",), ("kavanagh",), ("oak", "park", "pd"))
    assert threads.mentions(text, terms) == named
