"""A member's own disclosure edits are no oracle (issue 11, item 2) and cannot hide their own
open prompt (item 3): prompts an edit opens on a confidential party are held for staff, a
withdrawal keeps showing as it was until staff acknowledge it, saves are rate-limited and
audited, a tie with an unanswered prompt is ended rather than deleted, and withdrawals made
by a member's edit are flagged to staff and in the pre-meeting report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from coi.decisions import meetings, service, views
from coi.decisions.accounts import Accounts
from coi.decisions.meetings import Status
from coi.model import Answer
from coi.policy import load_policy
from coi.reports import render as report
from coi.store.database import PROMPT_HELD, PROMPT_RELEASED, PROMPT_WITHDRAWN_BY_EDIT, Store, UnknownPrompt
from coi.store.migrations import MIGRATIONS, v0008_held_prompts
from tests.factories import AS_OF, SYSTEM, dashboard_as, member, party, tie

ROSTER = [member(f"M{i:02d}", n) for i, n in enumerate(
    ["Ana Diaz", "Ben Cole", "Cara Moss", "Dev Patel", "Eva Lund", "Finn Roe", "Gia Bell", "Hal Ortiz", "Ida Wong",
     "Jon Park", "Kay Lee", "Lou Kim", "Max Fox"], start=1)]
TIES = [tie("spouse", "Luis Diaz", member_id="M01"),
        tie("sibling", "Omar Cole", member_id="M05"), tie("cousin", "Nadia Said", member_id="M05"),
        tie("friend", "Tia Brooks", member_id="M05")]
DOCKET = [party("Rosa Vega", case_id="C-1", role="complainant", confidential=True),
          party("Luis Diaz", case_id="C-1", role="witness"),
          party("Omar Cole", case_id="C-2", role="respondent"),
          party("Nadia Said", case_id="C-3", role="complainant", confidential=True),
          party("Tia Brooks", case_id="C-4", role="witness")]
GUESSES = [{"relation": "friend", "name": "Rosa Vega"}, {"relation": "employer", "name": "Quint Holdings"},
           {"relation": "association", "name": "Quint Lodge 9"}]
TODAY = dt.date.today()


@pytest.fixture
def store(tmp_path, monkeypatch):
    db = tmp_path / "coi.sqlite3"
    monkeypatch.setenv("COI_DB", str(db))
    with Store.open(db) as s:
        s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        s.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
        s.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-1", "C-2", "C-3", "C-4"])
        accounts = Accounts(s)
        accounts.create("m05", "member", "m05-password-1", member_id="M05", by=SYSTEM)
        accounts.create("staff", "staff", "staff-password-1", by=SYSTEM)
        yield s


def account(store, username):
    return Accounts(store).get(username)


def rows_of(store, acct):
    return views.disclosure_rows(views.disclosures_for(store, acct))


def save(store, acct, rows, **kw):
    return views.save_disclosures(store, acct, rows, as_of=AS_OF, **kw)


def member_sees(store, acct):
    """Everything a member's session is shown of their prompts: the open ones and all of
    them (as the library hands them to the pages), and their packet's content and CSV."""
    packet = meetings.build_report(store, acct, "M-1", member_id=acct.member_id, today=AS_OF)
    return ([dataclasses.astuple(v) for v in views.prompts_for(store, acct)],
            [dataclasses.astuple(v) for v in views.prompts_for(store, acct, status=None)],
            [dataclasses.astuple(i) for i in packet.items], packet.unconfirmed,
            report.render(packet, "csv", packet=acct.member_id))


def truth(store, case_id, member_id="M05"):
    return [p for p in store.prompts(status=None) if p.case_id == case_id and p.member_id == member_id]


# ------------------------------------------------------------------ item 2: guesses are held

def test_a_members_guess_matching_a_confidential_party_changes_nothing_they_are_shown(store):
    m05 = account(store, "m05")
    before = member_sees(store, m05)
    original = rows_of(store, m05)
    save(store, m05, original + GUESSES)
    (guessed,) = truth(store, "C-1")  # the guess found the confidential complainant ...
    assert guessed.status == "open" and guessed.party_confidential and guessed.held
    assert member_sees(store, m05) == before  # ... and the member is shown nothing of it
    save(store, m05, original)  # the guesses deleted: no trace either
    assert member_sees(store, m05) == before
    assert rows_of(store, m05) == original  # not kept as ended: the member never saw that prompt


def test_a_guess_under_the_relation_of_an_existing_confidential_card_does_not_change_that_card(store):
    m05 = account(store, "m05")
    before = member_sees(store, m05)
    save(store, m05, rows_of(store, m05) + [{"relation": "other", "name": "Mara Quint"}])
    assert member_sees(store, m05) == before


def test_staff_see_the_held_prompt_and_the_audit_names_the_edit_that_opened_it(store):
    m05, staff = account(store, "m05"), account(store, "staff")
    save(store, m05, rows_of(store, m05) + GUESSES)
    (held,) = views.held_prompts(store, staff)
    assert (held.member_id, held.case_id, held.party, held.member_sees) == ("M05", "C-1", "Rosa Vega",
                                                                             "nothing (held)")
    (entry,) = store.audit_log(action=PROMPT_HELD)
    assert entry.actor == "m05" and entry.detail["member_id"] == "M05" and entry.detail["case_id"] == "C-1"
    assert entry in views.member_edit_log(store, staff)
    with pytest.raises(views.Forbidden):
        views.held_prompts(store, m05)


def test_after_staff_release_it_the_member_sees_the_prompt(store):
    m05, staff = account(store, "m05"), account(store, "staff")
    save(store, m05, rows_of(store, m05) + GUESSES)
    (held,) = views.held_prompts(store, staff)
    assert "C-1" not in {v.case_id for v in views.prompts_for(store, m05)}
    with pytest.raises(views.Forbidden):
        views.release_held_prompt(store, m05, held.key)
    views.release_held_prompt(store, staff, held.key)
    shown = [v for v in views.prompts_for(store, m05) if v.case_id == "C-1"]
    assert len(shown) == 1 and shown[0].redacted and shown[0].party == "[confidential]"
    assert views.held_prompts(store, staff) == []
    (entry,) = store.audit_log(action=PROMPT_RELEASED)
    assert entry.actor == "staff" and entry.detail["shown_after"] == "open"


def test_a_held_prompt_stays_held_when_staff_screen_again(store):
    m05 = account(store, "m05")
    before = member_sees(store, m05)
    save(store, m05, rows_of(store, m05) + GUESSES)
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
    store.import_docket(DOCKET + [party("Zed Quill", case_id="C-5")], source="k2", fingerprint="k2", actor="t")
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
    (guessed,) = truth(store, "C-1")
    assert guessed.status == "open" and guessed.held and guessed.shown is None
    assert member_sees(store, m05) == before


def test_a_member_cannot_answer_nor_read_the_history_of_a_held_prompt(store):
    m05 = account(store, "m05")
    save(store, m05, rows_of(store, m05) + GUESSES)
    (guessed,) = truth(store, "C-1")
    with pytest.raises(UnknownPrompt):
        views.answer(store, m05, guessed.key, Answer.SELF_RECUSE)
    with pytest.raises(UnknownPrompt):
        views.history_for(store, m05, guessed.key)
    assert store.decisions(guessed.key) == []


def test_the_full_report_does_not_list_a_held_prompt(store):
    m05 = account(store, "m05")
    save(store, m05, rows_of(store, m05) + GUESSES)
    full = meetings.build_report(store, account(store, "staff"), "M-1", today=AS_OF)
    item1 = full.items[0]
    assert "M05" not in {c.member_id for c in item1.conflicts}
    assert not any("M05" in w for w in item1.warnings)


def test_deleting_a_guess_withdraws_its_held_prompt_and_staff_are_told(store):
    m05, staff = account(store, "m05"), account(store, "staff")
    before = member_sees(store, m05)
    original = rows_of(store, m05)
    save(store, m05, original + GUESSES)
    save(store, m05, original)
    (guessed,) = truth(store, "C-1")
    assert guessed.status == "withdrawn" and guessed.held and guessed.edit_withdrawn_by == "m05"
    (entry,) = store.audit_log(action=PROMPT_WITHDRAWN_BY_EDIT)
    assert entry.detail["confidential"] and entry.detail["case_id"] == "C-1" and entry.actor == "m05"
    (held,) = views.held_prompts(store, staff)
    assert held.status == "withdrawn" and held.member_sees == "nothing (held)" and "m05" in held.change
    views.release_held_prompt(store, staff, held.key)  # acknowledged: the member never saw it, still does not
    assert member_sees(store, m05) == before


def test_deleting_the_tie_of_a_confidential_prompt_keeps_its_card_until_staff_acknowledge(store):
    m05, staff = account(store, "m05"), account(store, "staff")
    views.answer(store, m05, truth(store, "C-3")[0].key, Answer.NO_CONFLICT, "we have not met in years")
    before = member_sees(store, m05)
    assert "C-3" in {v.case_id for v in views.prompts_for(store, m05)}
    save(store, m05, [r for r in rows_of(store, m05) if r["name"] != "Nadia Said"])
    (cousin,) = truth(store, "C-3")
    assert cousin.status == "withdrawn" and cousin.held
    assert member_sees(store, m05) == before  # a disappearing card would say which tie it was
    assert "Nadia Said" not in {r["name"] for r in rows_of(store, m05)}  # deleted, not kept: no tell either
    (held,) = views.held_prompts(store, staff)
    assert held.case_id == "C-3" and held.member_sees == "open"
    views.release_held_prompt(store, staff, held.key)
    assert "C-3" not in {v.case_id for v in views.prompts_for(store, m05)}


def test_an_unanswered_confidential_prompt_does_not_keep_its_tie(store):
    # keeping it would tell the member which of their ties the confidential party is
    m05 = account(store, "m05")
    before = member_sees(store, m05)
    result = save(store, m05, [r for r in rows_of(store, m05) if r["name"] != "Nadia Said"])
    assert result.kept_as_ended == () and result.notice is None
    assert member_sees(store, m05) == before


# ------------------------------------------------------------------ item 2: saves limited and audited

def test_saves_are_limited_per_hour_and_the_refusal_says_when_one_can_save_again(store):
    m05 = account(store, "m05")
    rows = rows_of(store, m05)
    for n in range(3):
        save(store, m05, rows + GUESSES[:n], saves_per_hour=3)
    with pytest.raises(views.SavesLimited, match=r"3 times in the last hour.*save again at \d\d:\d\d UTC") as exc:
        save(store, m05, rows, saves_per_hour=3)
    first = store.audit_log(action=views.DISCLOSURES_SAVED)[-1]
    retry = dt.datetime.strptime(first.at, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(hours=1)
    assert exc.value.retry_at == retry.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [d["name"] for d in rows_of(store, m05)][-1] == GUESSES[1]["name"]  # the refused save changed nothing
    (refusal,) = store.audit_log(action=views.DISCLOSURE_SAVE_REFUSED)
    assert refusal.actor == "m05" and refusal.detail["member_id"] == "M05"
    save(store, account(store, "staff"), rows, member_id="M05", saves_per_hour=3)  # staff are not limited


def test_the_limit_is_a_setting(store, monkeypatch):
    monkeypatch.setenv("COI_DISCLOSURE_SAVES_PER_HOUR", "1")
    m05 = account(store, "m05")
    rows = rows_of(store, m05)
    save(store, m05, rows)
    with pytest.raises(views.SavesLimited):
        save(store, m05, rows + GUESSES[:1])


def test_every_save_is_audited_with_who_and_counts(store):
    m05 = account(store, "m05")
    save(store, m05, rows_of(store, m05) + GUESSES)
    (entry,) = store.audit_log(action=views.DISCLOSURES_SAVED)
    assert entry.actor == "m05" and entry.detail["member_id"] == "M05" and entry.detail["own_edit"]
    assert (entry.detail["added"], entry.detail["retired"], entry.detail["rows"]) == (3, 0, 6)
    (run,) = store.audit_log(1, action="screen")
    assert run.detail["cause"] == "member edit" and run.detail["member_id"] == "M05"


# ------------------------------------------------------------------ item 3: a member cannot hide an open prompt

def test_deleting_the_tie_of_an_unanswered_prompt_ends_it_instead(store):
    m05 = account(store, "m05")
    result = save(store, m05, [r for r in rows_of(store, m05) if r["name"] != "Omar Cole"])
    (kept,) = [d for d in views.disclosures_for(store, m05) if d.name == "Omar Cole"]
    assert kept.until == TODAY and result.kept_as_ended == (dataclasses.replace(kept, row=None),)
    assert "kept as ended, not deleted, because a prompt on it is unanswered" in result.notice
    (sibling,) = truth(store, "C-2")
    assert sibling.status == "open" and sibling.edit_withdrawn_by is None
    (entry,) = store.audit_log(action=views.DISCLOSURES_SAVED)
    assert entry.detail["kept_as_ended"] == [{"relation": "sibling", "name": "Omar Cole", "via": None,
                                              "until": TODAY.isoformat()}]


def test_a_tie_that_ended_earlier_keeps_its_earlier_end(store):
    m05 = account(store, "m05")
    rows = rows_of(store, m05)
    earlier = (AS_OF + dt.timedelta(days=1)).isoformat()  # still current as of the screening
    for r in rows:
        if r["name"] == "Omar Cole":
            r["until"] = earlier
    save(store, m05, rows)
    save(store, m05, [r for r in rows if r["name"] != "Omar Cole"])
    (kept,) = [d for d in views.disclosures_for(store, m05) if d.name == "Omar Cole"]
    assert kept.until.isoformat() == earlier


def test_deleting_the_tie_of_an_answered_prompt_deletes_it_and_flags_the_withdrawal(store):
    m05, staff = account(store, "m05"), account(store, "staff")
    views.answer(store, m05, truth(store, "C-4")[0].key, Answer.NO_CONFLICT, "a neighbour, not a friend")
    result = save(store, m05, [r for r in rows_of(store, m05) if r["name"] != "Tia Brooks"])
    assert result.kept_as_ended == () and "Tia Brooks" not in {r["name"] for r in rows_of(store, m05)}
    (friend,) = truth(store, "C-4")
    assert friend.status == "withdrawn" and friend.edit_withdrawn_by == "m05" and friend.edit_withdrawn_at
    assert not friend.held  # not confidential: the member sees it go, staff are told
    (held,) = views.held_prompts(store, staff)
    assert held.case_id == "C-4" and held.change.startswith("withdrawn by m05's own edit")
    (entry,) = store.audit_log(action=PROMPT_WITHDRAWN_BY_EDIT)
    assert not entry.detail["confidential"]


def test_the_report_lists_a_withdrawal_by_a_members_edit_and_warns(store):
    m05, staff = account(store, "m05"), account(store, "staff")
    rows = rows_of(store, m05)
    for r in rows:
        if r["name"] == "Omar Cole":
            r["until"] = (AS_OF - dt.timedelta(days=30)).isoformat()  # ended: the sibling prompt is withdrawn
    save(store, m05, rows)
    day = store.audit_log(action=PROMPT_WITHDRAWN_BY_EDIT)[0].at[:10]
    item2 = meetings.build_report(store, staff, "M-1", today=AS_OF).items[1]
    (line,) = [c for c in item2.conflicts if c.status is Status.WITHDRAWN_BY_EDIT]
    assert (line.member_id, line.category, line.party) == ("M05", "sibling", "Omar Cole")
    warning = f"M05 withdrew a prompt on this case by editing their disclosures on {day}: staff to review."
    assert warning in item2.warnings
    assert "withdrawn by the member editing their disclosures" in report.render(
        meetings.build_report(store, staff, "M-1", today=AS_OF), "csv").decode()
    (held,) = [h for h in views.held_prompts(store, staff) if h.case_id == "C-2"]
    views.release_held_prompt(store, staff, held.key)
    item2 = meetings.build_report(store, staff, "M-1", today=AS_OF).items[1]
    assert f"M05 withdrew a prompt on this case by editing their disclosures on {day}: reviewed by staff." \
        in item2.warnings


def test_a_withdrawal_by_staff_is_not_flagged_as_the_members(store):
    store.import_disclosures(TIES[:1] + TIES[2:], source="d2", fingerprint="d2", actor="staff")
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
    (sibling,) = truth(store, "C-2")
    assert sibling.status == "withdrawn" and sibling.edit_withdrawn_by is None and sibling.review_since is None
    item2 = meetings.build_report(store, account(store, "staff"), "M-1", today=AS_OF).items[1]
    assert item2.conflicts == () and not any("withdrew" in w for w in item2.warnings)


# ------------------------------------------------------------------ the schema

def test_an_older_database_upgrades_with_members_shown_their_prompts_as_they_stand(tmp_path):
    before = MIGRATIONS[:MIGRATIONS.index(v0008_held_prompts.SCRIPT)]
    db = tmp_path / "old.sqlite3"
    with Store.open(db, migrations=before) as old:
        old.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        old.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
        old.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
        old._conn.execute("INSERT INTO screen_runs (started_at, finished_at, as_of, policy, threshold, parties, cases,"
                          " prompts, opened, withdrawn, actor) VALUES ('t', 't', 't', 'p', 80, 0, 0, 0, 0, 0, 't')")
        old._conn.execute("INSERT INTO prompts (key, case_id, member_id, member_name, party_name, party_role,"
                          " party_kind, party_confidential, category, tier, score, matched_name, path, basis, evidence,"
                          " tie_key, first_run, last_run, status) VALUES ('k1', 'C-3', 'M05', 'Eva Lund',"
                          " 'Nadia Said', 'complainant', 'person', 1, 'other_relative', 'advisory', 100, 'Nadia Said',"
                          " '[]', 'b', '{\"query\":\"\",\"matched\":\"\",\"score\":100,\"components\":[],"
                          "\"reason\":\"\"}',"
                          " 'n', 1, 1, 'withdrawn')")
    with Store.open(db) as new:
        (p,) = new.prompts(status=None)
        assert (p.status, p.shown, p.review_since, p.held) == ("withdrawn", "withdrawn", None, False)


# ------------------------------------------------------------------ the dashboard

def page_text(at) -> str:
    assert not at.exception, at.exception
    parts = [str(e.value) for kind in ("title", "subheader", "markdown", "caption", "text", "success", "info",
                                       "warning", "error") for e in getattr(at, kind)]
    parts += [df.value.to_csv() for df in at.dataframe]
    return "\n".join(re.sub(r"\\(.)", r"\1", p) for p in parts)


def test_the_members_pages_show_nothing_of_a_held_prompt_until_staff_release_it_on_their_page(store):
    m05 = account(store, "m05")
    pages = ("my-prompts",)
    seen = lambda: {p: page_text(dashboard_as("m05", "m05-password-1", page=p)) for p in pages}  # noqa: E731
    before = seen()
    original = rows_of(store, m05)
    save(store, m05, original + GUESSES)
    save(store, m05, original)
    save(store, m05, original + GUESSES[:1])
    assert seen()["my-prompts"] == before["my-prompts"]
    at = dashboard_as("staff", "staff-password-1", page="held-prompts")
    text = page_text(at)
    assert "Held prompts" in text and "Rosa Vega" in text and "nothing (held)" in text
    assert PROMPT_HELD in text  # the members' edits, from the audit log
    at.button(key="FormSubmitter:release_held-Release: show the member this prompt as it now is").click().run()
    assert "Released: M05 is now shown the prompt on case C-1 as open" in page_text(at)
    assert "C-1" in seen()["my-prompts"] and "C-1" not in before["my-prompts"]


def test_the_disclosures_page_refuses_a_save_over_the_limit_in_plain_words(store, monkeypatch):
    monkeypatch.setenv("COI_DISCLOSURE_SAVES_PER_HOUR", "1")
    at = dashboard_as("m05", "m05-password-1", page="my-disclosures")
    at.button(key="save_disclosures").click().run()
    assert "Saved: 0 added" in page_text(at)
    at.button(key="save_disclosures").click().run()
    assert re.search(r"You saved your disclosures once in the last hour, the most allowed: nothing was saved\. "
                     r"You can save again at \d\d:\d\d UTC", page_text(at))
