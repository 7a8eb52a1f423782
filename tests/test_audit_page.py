"""The audit page (issue 14, item 10): searched and filtered by who, what, when, member and case
(coi.store.database.Store.audit_search), paged beyond 500 entries, each entry told in words
(coi.reports.audit_words), never as a raw dictionary."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from coi.decisions import service
from coi.model import Answer
from coi.policy import load_policy
from coi.reports import audit_words
from coi.reports.audit_words import AuditQuery, describe, search
from coi.store.database import EMAIL_FAILED, EMAIL_SENT, JUDGEMENT_REVOKED, THREAD_ENTRY, AuditEntry, Store
from tests.factories import SYSTEM, dashboard_as, member, party, tie


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        yield s


def ticking(store, start: dt.datetime, step: dt.timedelta = dt.timedelta(hours=1)):
    """The store's clock, one ``step`` further at each entry."""
    times = (start + i * step for i in itertools.count())
    store._clock = lambda: next(times).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_log_is_paged_past_500_entries(store):
    with store.transaction():
        for i in range(1234):
            store.audit("screen", "staff", {"n": i})
    newest, total = store.audit_search(limit=100)
    assert total == 1234 and [e.detail["n"] for e in newest][:2] == [1233, 1232]
    last, _ = store.audit_search(limit=100, offset=1200)
    assert [e.detail["n"] for e in last] == list(range(33, -1, -1))
    page = search(store, SYSTEM, page=13, per_page=100)
    assert (page.page, page.pages, len(page.lines)) == (13, 13, 34)


def test_a_page_past_the_last_shows_the_last(store):
    for i in range(5):
        store.audit("screen", "staff", {"n": i})
    page = search(store, SYSTEM, page=9, per_page=2)
    assert (page.page, page.pages, [line.entry.detail["n"] for line in page.lines]) == (3, 3, [0])


def test_who_and_what_narrow_the_log(store):
    store.audit("sign-in", "ana", {"username": "ana"})
    store.audit("sign-in", "ben", {"username": "ben"})
    store.audit("sign-out", "ana", {"username": "ana", "why": "signed out"})
    assert [e.action for e in store.audit_search(actor="ana")[0]] == ["sign-out", "sign-in"]
    assert [e.actor for e in store.audit_search(action="sign-in")[0]] == ["ben", "ana"]
    assert store.audit_search(actor="ana", action="sign-in")[1] == 1
    assert store.audit_vocabulary() == (["ana", "ben"], ["sign-in", "sign-out"])


def test_a_date_range_is_read_in_the_panels_time_zone_both_days_included(store):
    # one entry an hour from 1 Dec 2026 00:00 UTC (6 pm on 30 Nov in Chicago)
    ticking(store, dt.datetime(2026, 12, 1, 0, 0))
    with store.transaction():
        for i in range(72):
            store.audit("screen", "staff", {"n": i})
    found = search(store, SYSTEM, AuditQuery(since=dt.date(2026, 12, 1), until=dt.date(2026, 12, 1)), per_page=500)
    hours = sorted(line.entry.detail["n"] for line in found.lines)
    # 1 Dec in Chicago (UTC-6) runs from 06:00 UTC on 1 Dec to 06:00 UTC on 2 Dec
    assert hours == list(range(6, 30))
    assert found.lines[0].when == "Tue 1 Dec 2026, 11:00 pm"


def test_a_search_finds_words_in_the_detail_and_percent_is_no_wildcard(store):
    store.audit("import", "staff", {"kind": "docket", "source": "docket-100%.csv"})
    store.audit("import", "staff", {"kind": "docket", "source": "docket-1.csv"})
    assert [e.detail["source"] for e in store.audit_search(text="100%")[0]] == ["docket-100%.csv"]
    assert store.audit_search(text="_")[1] == 0
    assert store.audit_search(text="DOCKET-1.CSV")[1] == 1  # case does not matter


@pytest.fixture
def panel(store):
    store.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="m", fingerprint="m",
                         actor="t")
    store.import_disclosures([tie("spouse", "Luis Diaz", member_id="M01")], source="d", fingerprint="d", actor="t")
    store.import_docket([party("Luis Diaz", case_id="C-1", role="witness"),
                         party("Omar Roe", case_id="C-2", role="witness")], source="k", fingerprint="k", actor="t")
    service.screen_stored(store, SYSTEM, load_policy(), dt.date(2026, 11, 22))
    return store


def test_a_case_finds_the_answers_on_its_prompts(panel):
    from coi.decisions.accounts import Accounts

    Accounts(panel).create("ana", "member", "a long enough password", member_id="M01", by=SYSTEM)
    (prompt,) = panel.prompts(case_id="C-1")
    panel.record_decision(prompt.key, answer=Answer.SELF_RECUSE, reason=None, decided_by="ana")
    panel.audit("meeting saved", "staff", {"meeting_id": "MTG-1", "items": 2})
    found = search(panel, SYSTEM, AuditQuery(case_id="C-1"))
    assert [line.words for line in found.lines] == ["ana answered the prompt on case C-1 for member M01: "
                                                    "I recuse myself"]
    assert search(panel, SYSTEM, AuditQuery(case_id="C-2")).total == 0


def test_a_member_finds_what_they_did_and_what_was_done_about_them(panel):
    from coi.decisions.accounts import Accounts

    Accounts(panel).create("ana", "member", "a long enough password", member_id="M01", by=SYSTEM)
    panel.audit("sign-in", "ana", {"username": "ana"})
    panel.audit("recusal vote", "staff", {"motion_id": 1, "voter_id": "M01", "vote": "yes"})
    panel.audit("recusal vote", "staff", {"motion_id": 1, "voter_id": "M02", "vote": "no"})
    words = [line.words for line in search(panel, SYSTEM, AuditQuery(member_id="M01")).lines]
    assert "ana signed in" in words and "staff recorded M01's vote on motion 1: yes" in words
    assert not any("M02" in w for w in words)


ENTRIES = [
    ("import", {"kind": "docket", "source": "docket.csv", "added": 40, "changed": 2, "retired": 1, "unchanged": 7},
     "staff imported the docket docket.csv: 40 added, 2 changed, 1 retired, 7 unchanged"),
    ("import", {"kind": "members", "source": "members.csv", "skipped_as_duplicate": True},
     "staff imported the roster members.csv again: the same file, nothing changed"),
    ("screen", {"cases": 40, "parties": 120, "prompts": 9, "opened": 3, "withdrawn": 1, "cause": "rescreen"},
     "staff screened the docket (rescreen): 40 cases, 120 parties, 9 open prompts — 3 new, 1 withdrawn"),
    ("agenda imported", {"source": "agenda.csv", "meetings": ["MTG-1", "MTG-2"]},
     "staff imported the agenda agenda.csv: meetings MTG-1, MTG-2"),
    ("votes recorded", {"source": "votes.csv", "votes": 12, "fingerprint": "ab"}, "staff recorded 12 votes from votes.csv"),
    ("recusal motion", {"motion_id": 3, "case_id": "C-1", "member_id": "M01", "moved_by": "M02"},
     "staff recorded motion 3: that M01 be recused from case C-1, moved by M02"),
    ("account created", {"username": "ana", "role": "member", "member_id": "M01"},
     "staff created the member account ana for member M01"),
    ("sign-in refused", {"username": "ana", "throttled": True, "wait_seconds": 4},
     "ana was refused sign-in, made to wait 4 s"),
    ("password check refused", {"username": "ana"}, "ana was refused (password check)"),
]


@pytest.mark.parametrize("action, detail, words", ENTRIES, ids=[e[0] for e in ENTRIES])
def test_each_kind_of_entry_is_told_in_words(action, detail, words):
    assert describe(AuditEntry(1, "2026-12-01T20:14:00Z", "staff", action, detail)) == words


def test_an_action_without_a_describer_is_told_plainly_not_as_a_dictionary():
    entry = AuditEntry(1, "2026-12-01T20:14:00Z", "staff", "a later coi's action",
                       {"recipient": "ana@example.org", "items": 2, "kinds": ["new", "reminder"], "ok": True,
                        "prompt_key": "abc123", "empty": None})
    words = describe(entry)
    assert words == ("staff: a later coi's action — recipient: ana@example.org; items: 2; kinds: new, reminder; "
                     "ok: yes")
    assert "{" not in words and "abc123" not in words


def test_a_describer_that_cannot_read_its_entry_falls_back():
    entry = AuditEntry(1, "2026-12-01T20:14:00Z", "staff", "recusal roll call", {"motion_id": 1, "votes": 7})
    assert describe(entry) == "staff recorded the roll call on motion 1: 7"
    broken = AuditEntry(2, "2026-12-01T20:14:00Z", "staff", "screen", {"cases": object()})
    assert describe(broken).startswith("staff screened the docket") or describe(broken).startswith("staff: screen")


def test_every_action_the_demo_records_has_its_own_describer(demo_db):
    with Store.open(demo_db) as store:
        _, actions = store.audit_vocabulary()
    assert actions and all(a in audit_words.DESCRIBERS for a in actions), actions


def test_every_action_coi_writes_to_the_audit_log_has_its_own_describer():
    """Read from the source: each ``.audit("…")`` or ``.audit(CONSTANT`` of coi; a new action
    without words fails here rather than reaching the audit page as key: value pairs."""
    import importlib
    import pathlib

    root = pathlib.Path(audit_words.__file__).parent.parent
    actions: set[str] = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        actions |= set(re.findall(r'\.audit\(\s*"([^"]+)"', text))
        constants = re.findall(r"\.audit\(\s*([A-Z][A-Z_]+)\b", text)
        if constants:  # only the modules that name one are imported (never coi.__main__, which runs)
            module = importlib.import_module("coi." + ".".join(path.relative_to(root).with_suffix("").parts))
            actions |= {getattr(module, name) for name in constants}
    assert {"decision", THREAD_ENTRY, EMAIL_SENT, JUDGEMENT_REVOKED} <= actions
    lacking = sorted(a for a in actions if a not in audit_words.DESCRIBERS and not a.endswith(" refused"))
    assert not lacking, lacking


def test_a_thread_entry_and_an_e_mail_are_told_in_words():
    entry = AuditEntry(1, "2026-12-01T20:14:00Z", "staff", THREAD_ENTRY,
                       {"entry_id": 2, "prompt_key": "k1", "member_id": "M01", "author_role": "staff",
                        "text_sha256": "ae18"})
    words = describe(entry, {"k1": ("C-2026-0258", "M01")})
    assert words == "staff (staff advised) on the unsure answer to the prompt on case C-2026-0258 for member M01: " \
                    "thread entry 2"
    mail = AuditEntry(2, "2026-12-01T20:14:00Z", "notify", EMAIL_FAILED,
                      {"recipient": "m01@panel.example", "subject": "coi: 1 prompt", "kind": "reminder",
                       "error": "connection refused"})
    assert describe(mail) == ("e-mail failed (connection refused) to m01@panel.example: “coi: 1 prompt” "
                              "(reminder, notify)")


def test_a_member_may_not_read_the_audit_log(panel):
    from coi.decisions.access import Forbidden
    from coi.decisions.accounts import Accounts

    ana = Accounts(panel).create("ana", "member", "a long enough password", member_id="M01", by=SYSTEM)
    with pytest.raises(Forbidden):
        search(panel, ana)


# -- the page -------------------------------------------------------------------------------------------


def page_text(at) -> str:
    parts = [re.sub(r"\\(.)", r"\1", str(e.value)) for kind in ("markdown", "caption", "info") for e in getattr(at, kind)]
    return "\n".join(parts + [df.value.to_csv() for df in at.dataframe])


def test_the_audit_page_shows_words_pages_past_500_and_filters(db):
    with Store.open(db) as store:
        with store.transaction():
            for i in range(620):
                store.audit("import", "staff", {"kind": "docket", "source": f"docket-{i}.csv", "added": i})
        total = store.audit_search()[1]
    at = dashboard_as("staff", "demo-staff-pass", page="audit")
    assert not at.exception, at.exception
    assert f"Entries 1–100 of {total + 1:,}" in page_text(at)  # + the staff's own sign-in
    (table,) = at.dataframe
    assert list(table.value.columns) == ["when", "who", "what", "in words"]
    assert "staff imported the docket docket-619.csv: 619 added, 0 changed, 0 retired, 0 unchanged" in set(table.value["in words"])
    assert not table.value["in words"].str.contains("{", regex=False).any()
    for _ in range(6):
        at.button(key="audit_older").click().run()
    assert f"Entries 601–{total + 1:,} of {total + 1:,}" in page_text(at)  # the oldest, past the 500th
    assert len(at.dataframe[0].value) == total + 1 - 600
    at.text_input(key="audit_text").input("docket-7.csv").run()
    assert "Entries 1–1 of 1" in page_text(at)  # new filters: back to the first page
    at.text_input(key="audit_text").input("").run()
    at.selectbox(key="audit_action").set_value("sign-in").run()
    assert set(at.dataframe[0].value["what"]) == {"sign-in"}
