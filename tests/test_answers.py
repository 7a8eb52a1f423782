"""Answers are recorded only for the card they were given on (issue 12, item 3): each answer
is checked against the version of the prompt the card showed, a second click is ignored,
and an answer entered in error is marked — a new row, nothing deleted — after which the
prompt stands unanswered in the dashboard, the report and the audit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coi.decisions import meetings, prompt_meetings, views
from coi.decisions.accounts import Accounts, demo_password
from coi.model import Answer
from coi.settings import load_settings
from coi.store import chain
from coi.store.database import DECISION_ENTERED_IN_ERROR, StaleAnswer, Store
from coi.ui import widgets
from coi.ui.member import card, clicks
from tests.factories import AS_OF, SYSTEM, dashboard_as


def first_two(store: Store, username: str = "m01"):
    """The account and the first two cards of its My prompts page, in the page's order."""
    account = Accounts(store).get(username)
    prompts = views.prompts_for(store, account)  # grouped as the page groups them on AS_OF (coi.decisions.prompt_meetings)
    shown = prompt_meetings.group(prompts, prompt_meetings.case_meetings(store, account, AS_OF), AS_OF).in_order()
    assert len(shown) >= 2 and shown[0].answer is None and shown[1].answer is None
    return account, shown[0], shown[1]


# ------------------------------------------------------------------ the library: versions

def test_an_answer_given_on_the_version_shown_is_recorded_and_moves_the_version_on(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        assert a.version == 0
        views.answer(store, m01, a.key, Answer.SELF_RECUSE, version=a.version)
        assert store.prompt(a.key).version == 1 and store.prompt(a.key).latest_answer is Answer.SELF_RECUSE


def test_an_answer_given_on_a_version_another_answer_overtook_is_refused_and_nothing_is_written(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        views.answer(store, m01, a.key, Answer.SELF_RECUSE, version=a.version)  # the first click, or another window
        with pytest.raises(StaleAnswer, match="answered meanwhile"):
            views.answer(store, m01, a.key, Answer.UNSURE, version=a.version)  # given on the card as it was
        assert [d.answer for d in store.decisions(a.key)] == [Answer.SELF_RECUSE]


def test_a_mark_of_entered_in_error_given_on_an_overtaken_version_is_refused(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        views.answer(store, m01, a.key, Answer.SELF_RECUSE)
        seen = store.prompt(a.key).version
        views.answer(store, m01, a.key, Answer.UNSURE)  # a change of mind in another window
        with pytest.raises(StaleAnswer):
            views.mark_entered_in_error(store, m01, a.key, version=seen)
        assert store.prompt(a.key).latest_answer is Answer.UNSURE and store.prompt(a.key).struck is None


# ------------------------------------------------------------------ the library: entered in error

def test_marking_an_answer_entered_in_error_appends_who_and_when_and_the_prompt_stands_unanswered(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        decision_id = views.answer(store, m01, a.key, Answer.SELF_RECUSE, version=0)
        views.mark_entered_in_error(store, m01, a.key, version=1)
        (decision,) = store.decisions(a.key)  # nothing deleted, nothing changed: the answer stays on record
        assert (decision.id, decision.answer, decision.decided_by) == (decision_id, Answer.SELF_RECUSE, "m01")
        assert decision.entered_in_error_by == "m01" and decision.entered_in_error_at
        p = store.prompt(a.key)
        assert p.latest_decision is None and p.latest_answer is None and p.struck.id == decision_id
        assert p.version == 2 and a.key not in store.latest_decisions()
        (entry,) = store.audit_log(5, action=DECISION_ENTERED_IN_ERROR)
        assert entry.actor == "m01" and entry.detail["decision_id"] == decision_id
        view = next(v for v in views.prompts_for(store, m01) if v.key == a.key)
        assert view.answer is None and view.struck.id == decision_id
        # answered again, the new answer stands
        views.answer(store, m01, a.key, Answer.UNSURE, version=2)
        assert store.prompt(a.key).latest_answer is Answer.UNSURE and store.prompt(a.key).struck is None


def test_an_answer_entered_in_error_does_not_bring_back_an_earlier_answer(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        views.answer(store, m01, a.key, Answer.SELF_RECUSE)
        views.answer(store, m01, a.key, Answer.UNSURE)
        views.mark_entered_in_error(store, m01, a.key)
        assert store.prompt(a.key).latest_answer is None  # the member answers again; nothing is guessed


def test_only_an_answer_can_be_marked_and_only_once(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        with pytest.raises(ValueError, match="no answer to mark"):
            views.mark_entered_in_error(store, m01, a.key)
        views.answer(store, m01, a.key, Answer.SELF_RECUSE)
        views.mark_entered_in_error(store, m01, a.key)
        with pytest.raises(ValueError, match="already marked"):
            views.mark_entered_in_error(store, m01, a.key)
        assert len(store.decisions(a.key)) == 1


def test_only_the_member_marks_their_own_answer(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        views.answer(store, m01, a.key, Answer.SELF_RECUSE)
        for other in ("m02", "staff"):
            with pytest.raises(views.Forbidden):
                views.mark_entered_in_error(store, Accounts(store).get(other), a.key)
        assert store.prompt(a.key).latest_answer is Answer.SELF_RECUSE


def test_the_mark_is_append_only_and_chained(db):
    with Store.open(db) as store:
        m01, a, _ = first_two(store)
        views.answer(store, m01, a.key, Answer.SELF_RECUSE)
        mark = views.mark_entered_in_error(store, m01, a.key)
        with store.reading() as conn:
            assert chain.verify(conn).ok
            assert conn.execute("SELECT 1 FROM chain WHERE tbl = 'decision_errors' AND row_id = ?",
                                (mark,)).fetchone()
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            with store.transaction() as conn:
                conn.execute("DELETE FROM decision_errors WHERE id = ?", (mark,))
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            with store.transaction() as conn:
                conn.execute("UPDATE decision_errors SET marked_by = 'someone' WHERE id = ?", (mark,))
    # a writer without coi who drops the triggers and rewrites the mark is found
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("DROP TRIGGER decision_errors_no_update")
    raw.execute("UPDATE decision_errors SET marked_by = 'someone' WHERE id = ?", (mark,))
    raw.close()
    with Store.open(db) as store, store.reading() as conn:
        problems = chain.verify(conn).problems
    assert any(f"decision_errors row {mark}): the row was changed" in p for p in problems)


def test_the_report_shows_an_answer_entered_in_error_as_unanswered_and_says_so(db):
    with Store.open(db) as store:
        m = meetings.meeting(store, SYSTEM, "2026-12-10")
        cases = {case_id for _, case_id in m.items}
        p = next(p for p in store.prompts() if p.case_id in cases and p.tier.value == "statutory"
                 and not p.party_confidential)
        member = Accounts(store).get(p.member_id.lower())
        views.answer(store, member, p.key, Answer.SELF_RECUSE)
        views.mark_entered_in_error(store, member, p.key)
        report = meetings.build_report(store, SYSTEM, "2026-12-10", today=AS_OF)
    item = next(i for i in report.items if i.case_id == p.case_id)
    line = next(c for c in item.conflicts if c.member_id == p.member_id and c.category == p.category.words)
    assert line.status is meetings.Status.UNANSWERED
    assert "self recuse" in line.reason and "entered in error" in line.reason
    assert p.member_id not in item.recused and p.member_id in item.outstanding


# ------------------------------------------------------------------ the dashboard

@pytest.fixture
def clock(monkeypatch):
    """The dashboard's double-click clock, stopped: move it on with ``clock.now += seconds``."""
    class Clock:
        now = 1000.0

        def __call__(self) -> float:
            return self.now

    c = Clock()
    monkeypatch.setattr(clicks, "clock", c)
    monkeypatch.setattr(widgets, "today", lambda: AS_OF)  # the page's groups as first_two sees them
    return c


def page_text(at) -> str:
    import re

    parts = [e.value for kind in ("markdown", "success", "info", "warning", "error") for e in getattr(at, kind)]
    return "\n".join(re.sub(r"\\(.)", r"\1", str(p)) for p in parts)


def recuse_buttons(at) -> list:
    """The page's "I recuse myself" buttons, top to bottom: what is under the pointer at each place."""
    return [b for b in at.button if b.label == card.ANSWER_WORDS[Answer.SELF_RECUSE]]


def m01_page(db: Path, username: str = "m01"):
    at = dashboard_as(username, demo_password(username.upper()))
    assert not at.exception, at.exception
    with Store.open(db) as store:
        _, a, b = first_two(store, username)
    return at, a, b


def test_a_second_click_on_the_answered_card_records_nothing(db, clock):
    at, a, _ = m01_page(db)
    key = f"recuse-{at.session_state[widgets.CARD_IDS][a.key]}"
    at.button(key=key).click().run()
    at.button(key=key).click().run()  # the second click of a double-click, on the card redrawn
    assert not at.exception, at.exception
    with Store.open(db) as store:
        assert [d.answer for d in store.decisions(a.key)] == [Answer.SELF_RECUSE]
    assert "was ignored" in page_text(at)


def test_a_second_click_that_left_before_the_card_was_redrawn_records_nothing(db, clock):
    at, a, _ = m01_page(db)
    key = f"recuse-{at.session_state[widgets.CARD_IDS][a.key]}"
    at.button(key=key).click().run()
    clock.now += 60  # long after, and still as the card was drawn before the first click
    at.session_state[clicks.CARD_VERSIONS] = {**at.session_state[clicks.CARD_VERSIONS], a.key: 0}
    at.button(key=key).click().run()
    with Store.open(db) as store:
        assert len(store.decisions(a.key)) == 1
    assert "already recorded" in page_text(at)


def test_a_click_right_after_an_answer_on_the_card_that_slid_under_the_pointer_records_nothing(db, clock):
    # m03's first two cards are for the same meeting: the answered one moves below the other
    at, a, b = m01_page(db, "m03")
    recuse_buttons(at)[0].click().run()  # the first card's
    assert "is recorded" in page_text(at)
    recuse_buttons(at)[0].click().run()  # the same place on the page: now the next card's
    with Store.open(db) as store:
        assert [d.prompt_key for d in store.decisions() if d.member_id == "M03"] == [a.key]
    assert f"nothing was recorded for case {b.case_id}" in page_text(at)
    clock.now += load_settings().double_click_seconds + 1  # a click of its own, later: recorded
    recuse_buttons(at)[0].click().run()
    with Store.open(db) as store:
        assert [d.prompt_key for d in store.decisions() if d.member_id == "M03"] == [a.key, b.key]


def test_a_click_on_a_card_another_window_answered_meanwhile_is_refused(db, clock):
    at, a, _ = m01_page(db)
    with Store.open(db) as store:
        views.answer(store, Accounts(store).get("m01"), a.key, Answer.SELF_RECUSE, version=0)  # another window
    at.button(key=f"unsure-{at.session_state[widgets.CARD_IDS][a.key]}").click().run()
    with Store.open(db) as store:
        assert [d.answer for d in store.decisions(a.key)] == [Answer.SELF_RECUSE]
    assert "answered meanwhile" in page_text(at)


def test_a_change_of_mind_on_the_same_card_is_recorded_at_once(db, clock):
    at, a, _ = m01_page(db)
    opaque = at.session_state[widgets.CARD_IDS][a.key]
    at.button(key=f"recuse-{opaque}").click().run()
    at.button(key=f"unsure-{opaque}").click().run()
    with Store.open(db) as store:
        assert [d.answer for d in store.decisions(a.key)] == [Answer.SELF_RECUSE, Answer.UNSURE]


def test_a_member_marks_an_answer_entered_in_error_and_the_card_asks_again(db, clock):
    at, a, _ = m01_page(db)
    opaque = at.session_state[widgets.CARD_IDS][a.key]
    at.button(key=f"recuse-{opaque}").click().run()
    at.button(key=f"error-{opaque}").click().run()  # right after: the second half of a double-click?
    with Store.open(db) as store:
        assert store.prompt(a.key).struck is None  # ignored: it could be
    clock.now += 60
    at.button(key=f"error-{opaque}").click().run()
    assert not at.exception, at.exception
    with Store.open(db) as store:
        (decision,) = store.decisions(a.key)
        assert decision.entered_in_error_by == "m01" and store.prompt(a.key).latest_answer is None
    text = page_text(at)
    assert "is marked as entered in error" in text and "awaits your answer again" in text
    assert "History of answers (1)" in [e.label for e in at.expander]
    assert "entered in error" in "\n".join(m.value for m in at.markdown if "marked by" in m.value)
