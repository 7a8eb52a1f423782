"""Screenings that overlap (issue 12, item 2): a screening reads one snapshot and saves only
if the data has not changed since, so the older of two results never withdraws a prompt that
newer data raises; the prompts left are those of a fresh full screening."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from coi.decisions import service, views
from coi.decisions.accounts import Accounts
from coi.graph import build_graph
from coi.policy import load_policy
from coi.screen import Screener, screen_docket
from coi.store.database import StaleScreening, Store
from tests.factories import AS_OF, SYSTEM, member, party, tie

POLICY = load_policy()
ROSTER = [member("M01", "Ana Diaz"), member("M02", "Ben Cole")]
TIES = [tie("spouse", "Luis Diaz", member_id="M01"), tie("friend", "Omar Reyes", member_id="M02")]
DOCKET = [party("Luis Diaz", case_id="C-1", role="respondent"),
          party("Carl Moss", case_id="C-2", role="witness"),
          party("Zed Quill", case_id="C-3", role="witness")]


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "coi.sqlite3"
    monkeypatch.setenv("COI_DB", str(path))
    with Store.open(path) as s:
        s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        s.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
        s.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, POLICY, AS_OF)
        accounts = Accounts(s)
        accounts.create("m01", "member", "m01-password-1", member_id="M01", by=SYSTEM)
        accounts.create("m02", "member", "m02-password-1", member_id="M02", by=SYSTEM)
    return path


def fresh_prompts(store: Store) -> set[str]:
    """The keys a full screening of the data as it is now raises."""
    screener = Screener.build(build_graph(store.panel(), POLICY, as_of=AS_OF), POLICY)
    return {p.key for p in screen_docket(store.parties(), screener).prompts}


def open_prompts(store: Store) -> set[str]:
    return {p.key for p in store.prompts(status="open")}


def save_tie(db, username: str, added: dict) -> None:
    """A member saves their disclosures with one tie more, on a connection of their own."""
    with Store.open(db) as other:
        acct = Accounts(other).get(username)
        rows = views.disclosure_rows(views.disclosures_for(other, acct)) + [added]
        views.save_disclosures(other, acct, rows, policy=POLICY, as_of=AS_OF)


def prompt_of(store: Store, member_id: str, party_name: str):
    return next(p for p in store.prompts(status=None) if p.member_id == member_id and p.party_name == party_name)


def between_snapshot_and_save(monkeypatch, *actions):
    """Runs ``actions[i]`` while the i-th screening has read its snapshot and not yet saved
    (service screens with coi.screen.screen_docket in between)."""
    real = service.screen_docket
    calls = []

    def screening(parties, screener, **kw):
        result = real(parties, screener, **kw)
        calls.append(len(parties))
        if len(calls) <= len(actions):
            actions[len(calls) - 1]()  # a screening inside this action counts as the next call
        return result

    monkeypatch.setattr(service, "screen_docket", screening)
    return calls


def test_a_screening_overtaken_by_a_members_save_does_not_withdraw_the_prompt_that_save_opened(db, monkeypatch):
    with Store.open(db) as store:
        # member A's edit is stored, and A's screening reads its snapshot ...
        store.import_disclosures(TIES[:1] + [tie("friend", "Zed Quill")], source="dashboard: M01's disclosures",
                                 fingerprint="a", actor="m01")
        # ... member B's save (and its screening) lands before A's result is saved
        calls = between_snapshot_and_save(monkeypatch, lambda: save_tie(db, "m02", {"relation": "friend",
                                                                                     "name": "Carl Moss"}))
        service.screen_after_edit(store, Accounts(store).get("m01"), POLICY, AS_OF, member_id="M01")
        assert prompt_of(store, "M02", "Carl Moss").status == "open"  # B's prompt: its disclosure is there
        assert prompt_of(store, "M01", "Zed Quill").status == "open"  # A's own
        assert open_prompts(store) == fresh_prompts(store)
        assert len(calls) == 3  # A, B (inside B's save), A again: A's stale result was thrown away


def test_a_rescreen_overtaken_by_a_docket_import_keeps_the_new_cases_prompts(db, monkeypatch):
    def new_case() -> None:
        with Store.open(db) as other:
            other.import_docket([party("Omar Reyes", case_id="C-4")], source="k2", fingerprint="k2", actor="staff")
            service.screen_stored(other, SYSTEM, POLICY, AS_OF)

    with Store.open(db) as store:
        between_snapshot_and_save(monkeypatch, new_case)
        service.screen_stored(store, SYSTEM, POLICY, AS_OF)
        assert prompt_of(store, "M02", "Omar Reyes").status == "open"
        assert open_prompts(store) == fresh_prompts(store)


def test_save_screening_refuses_a_result_of_older_data_and_writes_nothing(db):
    with Store.open(db) as store:
        version, panel, parties = store.screening_input()
        stale = screen_docket(parties, Screener.build(build_graph(panel, POLICY, as_of=AS_OF), POLICY))
        store.import_disclosures([tie("friend", "Carl Moss", member_id="M02")], source="d2", fingerprint="d2",
                                 actor="staff")
        runs = len(store.audit_log(None, action="screen"))
        with pytest.raises(StaleScreening, match="changed while screening"):
            store.save_screening(stale, as_of=AS_OF, policy=POLICY.name, threshold=POLICY.prompt_threshold,
                                 actor="staff", data_version=version)
        assert len(store.audit_log(None, action="screen")) == runs


def test_the_data_version_moves_with_every_import_and_every_disclosure_save(db):
    with Store.open(db) as store:
        seen = [store.data_version()]
        store.import_docket([party("Ivy Lane", case_id="C-5")], source="k2", fingerprint="k2", actor="staff")
        seen.append(store.data_version())
        store.import_members(ROSTER, source="m2", fingerprint="m2", actor="staff")
        seen.append(store.data_version())
    save_tie(db, "m01", {"relation": "friend", "name": "Ivy Lane"})
    with Store.open(db) as store:
        seen.append(store.data_version())
        store.import_docket([party("Ivy Lane", case_id="C-5")], source="k2", fingerprint="k2", actor="staff")
        seen.append(store.data_version())  # the same file again changes nothing, and nor does the version
    assert seen[:4] == sorted(set(seen[:4])) and seen[4] == seen[3]


def test_a_screening_overtaken_every_time_finishes_holding_the_write_lock(db, monkeypatch):
    refused = []

    def another_save(n: int):
        def act() -> None:
            try:
                with Store.open(db) as other:
                    other._conn.execute("PRAGMA busy_timeout = 200")
                    other.import_docket([party(f"Person {n}", case_id=f"C-{10 + n}")], source=f"k{n}",
                                        fingerprint=f"k{n}", actor="staff")
            except sqlite3.OperationalError as exc:
                refused.append(str(exc))
        return act

    attempts = service.SNAPSHOT_ATTEMPTS + 1
    with Store.open(db) as store:
        calls = between_snapshot_and_save(monkeypatch, *(another_save(n) for n in range(attempts)))
        service.screen_stored(store, SYSTEM, POLICY, AS_OF)
        assert len(calls) == attempts
        # the last attempt held the write lock: the change tried meanwhile had to wait (and gave up)
        assert len(refused) == 1 and "locked" in refused[0]
        assert open_prompts(store) == fresh_prompts(store)
        assert len(store.cases()) == 3 + service.SNAPSHOT_ATTEMPTS


def test_two_members_saving_at_the_same_moment_end_with_the_prompts_of_a_fresh_screening(db, monkeypatch):
    """Two threads, two connections: A's save is screening when B's arrives; B waits for A's
    write transaction, then screens what A left. Both members' new prompts stand."""
    b_started = threading.Event()
    errors: list[BaseException] = []

    def b_saves() -> None:
        b_started.set()
        try:
            save_tie(db, "m02", {"relation": "friend", "name": "Carl Moss"})
        except BaseException as exc:  # noqa: BLE001 — reported by the assertion below
            errors.append(exc)

    b = threading.Thread(target=b_saves)

    def start_b_while_a_screens() -> None:
        b.start()
        b_started.wait(5)
        threading.Event().wait(0.3)  # B is now queued behind A's write transaction

    between_snapshot_and_save(monkeypatch, start_b_while_a_screens)
    save_tie(db, "m01", {"relation": "friend", "name": "Zed Quill"})
    b.join(30)
    assert not b.is_alive() and not errors, errors
    with Store.open(db) as store:
        assert prompt_of(store, "M01", "Zed Quill").status == "open"
        assert prompt_of(store, "M02", "Carl Moss").status == "open"
        assert open_prompts(store) == fresh_prompts(store)
