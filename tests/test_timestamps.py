"""One timestamp format (issue 15, item 2): every timestamp coi writes is UTC to the second
ending in Z (coi.timefmt.STORED_FORMAT), from the store's clock; rows written before, ending
in "+00:00", are still read."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

from coi.decisions import meetings, views, votes
from coi.decisions.accounts import Accounts
from coi.model import Answer
from coi.store.database import Store
from coi.timefmt import stored_moment, utc_stamp
from coi.ui.sessions import Sessions, token_id
from tests.factories import AS_OF, SYSTEM

ONE_FORMAT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
LOOKS_LIKE_A_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")  # a date and a time, in whatever format
MEETING = "2026-12-10"  # a meeting of the demo's agenda


def _stored_times(path) -> dict[tuple[str, str], list[str]]:
    """Every value in the database that holds a time, by (table, column); the audit log's
    details are searched too (``audit_log.detail/<key>``)."""
    found: dict[tuple[str, str], list[str]] = {}

    def walk(table: str, column: str, value: object) -> None:
        if isinstance(value, str) and LOOKS_LIKE_A_TIME.match(value):
            found.setdefault((table, column), []).append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(table, f"{column}/{k}", v)
        elif isinstance(value, list):
            for v in value:
                walk(table, column, v)

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row):
                    walk(table, column, value)
                    if table == "audit_log" and column == "detail":
                        walk(table, column, json.loads(value))
    finally:
        conn.close()
    return found


def _write_what_the_demo_does_not(path) -> None:
    """A session (started, used, ended by a password reset), a confirmation, an answer, a motion
    with a vote, an absence and a saved meeting: each kind of row with a time the demo leaves empty."""
    with Store.open(path) as store:
        accounts = Accounts(store)
        staff, m02 = accounts.get("staff"), accounts.get("m02")
        sessions = Sessions(store)
        sessions.resume(sessions.start("m02"))
        sessions.start("m01")
        accounts.reset_password("m01", "a-temporary-pass", by=SYSTEM)  # ends m01's session
        views.confirm_disclosures(store, m02)
        prompt = store.prompts(member_id="M02")[0]
        store.record_decision(prompt.key, answer=Answer.UNSURE, reason=None, decided_by="m02")
        motion = votes.move(store, staff, case_id=store.prompts(member_id="M01")[0].case_id, member_id="M01",
                            moved_by="M04")
        votes.vote(store, staff, motion, voter_id="M03", choice="yes")
        meetings.set_absent(store, staff, MEETING, "M05", True)
        meetings.save_meeting(store, staff, "2099-01-01", AS_OF, [prompt.case_id])


def test_every_timestamp_stored_in_a_demo_database_has_the_one_format(db):
    _write_what_the_demo_does_not(db)
    found = _stored_times(db)
    other = {f"{table}.{column}": sorted(set(values) - {v for v in values if ONE_FORMAT.fullmatch(v)})[:3]
             for (table, column), values in found.items()}
    assert {k: v for k, v in other.items() if v} == {}
    # every table whose rows carry a time was looked at (the check above is not passed by finding none)
    assert {("accounts", "created_at"), ("sessions", "created_at"), ("sessions", "last_seen"),
            ("sessions", "ended_at"), ("meetings", "updated_at"), ("item_votes", "recorded_at"),
            ("recusal_motions", "recorded_at"), ("recusal_votes", "recorded_at"),
            ("disclosure_confirmations", "confirmed_at"), ("decisions", "decided_at"), ("audit_log", "at"),
            ("imports", "imported_at"), ("screen_runs", "finished_at"), ("demo_marker", "marked_at"),
            ("prompt_facts", "recorded_at")} <= set(found)


def test_the_reports_cover_times_have_the_one_format(db):
    with Store.open(db) as store:
        report = meetings.build_report(store, SYSTEM, MEETING, today=AS_OF)
    assert ONE_FORMAT.fullmatch(report.generated_at) and ONE_FORMAT.fullmatch(report.data_as_of)


def test_a_stored_time_reads_the_same_in_either_format():
    z, offset = "2026-12-08T20:14:00Z", "2026-12-08T20:14:00+00:00"
    assert stored_moment(z) == stored_moment(offset) == dt.datetime(2026, 12, 8, 20, 14, tzinfo=dt.UTC)
    assert utc_stamp(stored_moment(offset)) == z
    assert utc_stamp(dt.datetime(2026, 12, 8, 14, 14, tzinfo=dt.timezone(dt.timedelta(hours=-6)))) == z


def test_a_session_written_before_the_one_format_still_resumes_and_expires(db):
    token = "an-old-session-token"
    last_seen = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    with sqlite3.connect(db) as conn:  # as coi wrote it before issue 15: "+00:00"
        conn.execute("INSERT INTO sessions (token_hash, username, via, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
                     (token_id(token), "m01", "password", last_seen.isoformat(), last_seen.isoformat()))
    now = [last_seen + dt.timedelta(minutes=10)]
    with Store.open(db) as store:
        sessions = Sessions(store, idle=dt.timedelta(minutes=30), clock=lambda: now[0])
        assert sessions.resume(token).account.username == "m01"
        now[0] += dt.timedelta(minutes=31)
        assert sessions.resume(token).why == "idle"


def test_the_latest_confirmation_is_found_across_both_formats(db):
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO disclosure_confirmations (member_id, confirmed_at, confirmed_by) VALUES (?, ?, ?)",
                     ("M02", "2026-01-05T10:00:00+00:00", "m02"))
    with Store.open(db) as store:
        at = views.confirm_disclosures(store, Accounts(store).get("m02"))
        assert ONE_FORMAT.fullmatch(at) and views.last_confirmed(store)["M02"] == at
