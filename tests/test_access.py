"""Access, as a matrix: every page of the dashboard opened by a link, against every role and
a signed-out visitor (issue 6, item 8); and every action of the library (coi.decisions.access.require,
issue 11 item 6) against a visitor, a member, staff, an administrator, disabled accounts and a
member account whose member left the roster (issue 11, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coi.decisions import meetings, service, views, votes
from coi.decisions.access import Forbidden
from coi.decisions.accounts import Account, Accounts, demo_password
from coi.ingest.records import AgendaRow, VoteRow
from coi.model import Answer
from coi.policy import load_policy
from coi.store.database import Store
from tests.factories import AS_OF, SYSTEM, dashboard_as

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = {"my-prompts": "My prompts", "my-disclosures": "My disclosures", "my-ties": "My ties", "docket": "Docket",
         "prompts": "Prompts", "roster": "Roster", "meetings": "Meetings", "recusal-votes": "Recusal votes",
         "audit": "Audit", "accounts": "Accounts", "held-prompts": "Held prompts", "files": "Files",
         "disclosures": "Disclosures", "unsure-answers": "Unsure answers", "notifications": "Notifications",
         "change-password": "Change my password"}
ROLES = {"visitor": None, "member": ("m01", demo_password("M01")), "staff": ("staff", "demo-staff-pass"),
         "admin": ("admin", "demo-admin-pass")}
MEMBER_PAGES = {"my-prompts", "my-disclosures", "my-ties", "change-password"}
STAFF_PAGES = {"docket", "prompts", "roster", "meetings", "recusal-votes", "audit", "held-prompts", "files",
               "disclosures", "unsure-answers", "notifications", "change-password"}
ALLOWED = {"visitor": set(), "member": MEMBER_PAGES, "staff": STAFF_PAGES, "admin": STAFF_PAGES | {"accounts"}}
HOME = {"member": "My prompts", "staff": "Prompts", "admin": "Prompts"}


CASES = [(role, page) for role in ROLES for page in PAGES]


@pytest.mark.parametrize("role, page", CASES, ids=[f"{r}-{p}" for r, p in CASES])
def test_a_link_opens_a_page_only_for_the_roles_that_have_it(db, role, page, tried):
    at = dashboard_as(*(ROLES[role] or (None,)), page=page)
    assert not at.exception
    titles = [t.value for t in at.title]
    if role == "visitor":
        assert titles == ["coi — conflict-of-interest screening"] and not at.dataframe
    elif page in ALLOWED[role]:
        assert titles == [PAGES[page]]
    else:
        assert titles == [HOME[role]]
    if page == "accounts" and role == "admin":
        tried(f"access: {len(CASES)} (role, page) pairs opened by link; {len(ACTIONS)} library actions "
              f"x {len(KINDS)} accounts")


def test_the_link_matrix_covers_every_page_the_navigation_builds():
    """A page added to the menu fails here until the matrix says who may open it."""
    import re

    source = (Path(APP).parent / "coi" / "ui" / "__init__.py").read_text(encoding="utf-8")
    built = dict((url, title) for title, url in re.findall(r'page\([\w.]+, "([^"]+)", "([^"]+)"\)', source))
    built |= dict((url, title) for title, url in re.findall(r'title="([^"]+)",\s*url_path="([^"]+)"', source)
                  if url != "start")
    assert built == PAGES


# ------------------------------------------------------------------ every library action

MEMBER = "m02"  # its member, M02, has a prompt on a confidential party
OWN, OTHER = "M02", "M01"
MEETING = "2026-12-10"


def acting(store: Store, kind: str) -> Account | None:
    """The account an action is tried as, as a browser session would hold it: read at sign-in,
    then (for the last three) disabled, or its member taken off the roster, afterwards."""
    accounts = Accounts(store)
    if kind == "visitor":
        return None
    login = {"member": MEMBER, "staff": "staff", "admin": "admin", "disabled admin": "admin",
             "disabled member": MEMBER, "member off the roster": MEMBER}[kind]
    account = accounts.get(login)
    if kind.startswith("disabled"):
        accounts.set_disabled(login, True, by=SYSTEM)
    elif kind == "member off the roster":  # re-enabled by mistake: the roster still refuses it
        store.import_members([m for m in store.members(active_only=True) if m.member_id != OWN],
                             source="members-without-m02.csv", fingerprint="without-m02", actor="test")
        accounts.set_disabled(login, False, by=SYSTEM)
    return account


def _prompt(store, member_id):
    return store.prompts(member_id=member_id)[0]


def _answered(store, member_id) -> str:
    """A prompt of the member with an answer recorded (by the member's account), to mark as entered in error."""
    p = _prompt(store, member_id)
    store.record_decision(p.key, answer=Answer.UNSURE, reason=None, decided_by=member_id.lower())
    return p.key


def _see_confidential(store, a):
    p = next(p for p in store.prompts(member_id=OWN) if p.party_confidential)
    shown = views.prompts_for(store, a, member_id=OWN, status=None)
    if not any(v.party == p.party_name for v in shown):
        raise Forbidden("redacted")


def _disclosure_rows(store, member_id):
    return views.disclosure_rows([d for d, retired in store.disclosure_history(member_id) if retired is None])


def _motion(store):
    """The motion on OTHER: the one already moved (a second, while it awaits its roll call, is refused)."""
    moved = [m.id for m in votes.motions(store, SYSTEM) if m.member_id == OTHER]
    return moved[-1] if moved else votes.move(store, SYSTEM, case_id=_prompt(store, OTHER).case_id, member_id=OTHER,
                                              moved_by="M04")


def _held(store) -> str:
    """A prompt held for staff's review, as a member's own edit leaves one."""
    key = _prompt(store, OWN).key
    with store.transaction() as conn:
        conn.execute("UPDATE prompts SET review_since = '2026-11-22T00:00:00Z' WHERE key = ?", (key,))
    return key


def _import_docket(store, a):
    path = Path(store.path).parent / "docket-new.csv"
    path.write_text("case_id,party_name,party_role\nC-NEW-1,Zed Quill,witness\n", encoding="utf-8")
    service.import_docket_file(store, a, path, source="docket-new.csv")


def _policy_file(store) -> Path:
    """A policy of the Panel's own: the shipped one with a higher threshold."""
    from importlib import resources

    text = resources.files("coi").joinpath("policy_3_1_g.toml").read_text(encoding="utf-8")
    path = Path(store.path).parent / "policy-2027.toml"
    path.write_text(text.replace("prompt_threshold = 25", "prompt_threshold = 60", 1), encoding="utf-8")
    return path


def _plan_docket(store, a):
    path = Path(store.path).parent / "docket-plan.csv"
    path.write_text("case_id,party_name,party_role\nC-NEW-1,Zed Quill,witness\n", encoding="utf-8")
    service.plan_docket_file(store, a, path, source="docket-plan.csv")


M, S, A = "member", "staff", "admin"
EVERYONE, STAFF = {M, S, A}, {S, A}
ACTIONS = {  # action → (what it does, the accounts that may do it)
    # views: prompts, answers, disclosures, roster
    "see one's prompts": (lambda st, a: views.prompts_for(st, a), EVERYONE),
    "see another member's prompts": (lambda st, a: views.prompts_for(st, a, member_id=OTHER), STAFF),
    "see a confidential party's name": (_see_confidential, STAFF),
    "answer one's own prompt": (lambda st, a: views.answer(st, a, _prompt(st, OWN).key, Answer.SELF_RECUSE), {M}),
    "answer another member's prompt": (lambda st, a: views.answer(st, a, _prompt(st, OTHER).key, Answer.SELF_RECUSE),
                                       set()),
    "mark an answer entered in error: one's own": (
        lambda st, a: views.mark_entered_in_error(st, a, _answered(st, OWN)), {M}),
    "mark an answer entered in error: another's": (
        lambda st, a: views.mark_entered_in_error(st, a, _answered(st, OTHER)), set()),
    "read the answers to one's prompt": (lambda st, a: views.history_for(st, a, _prompt(st, OWN).key), EVERYONE),
    "read the answers to another's prompt": (lambda st, a: views.history_for(st, a, _prompt(st, OTHER).key), STAFF),
    "see one's disclosures": (lambda st, a: views.disclosures_for(st, a), {M}),
    "see another member's disclosures": (lambda st, a: views.disclosures_for(st, a, OTHER), STAFF),
    "save one's disclosures": (lambda st, a: views.save_disclosures(st, a, _disclosure_rows(st, OWN)), {M}),
    "save another member's disclosures": (
        lambda st, a: views.save_disclosures(st, a, [{"relation": "friend", "name": "Zed Quill"}], member_id=OTHER),
        STAFF),
    "confirm one's disclosures": (lambda st, a: views.confirm_disclosures(st, a), {M}),
    "see when one confirmed": (lambda st, a: views.confirmed_on(st, a), {M}),
    "see one's ties": (lambda st, a: views.ties_graph(st, a), {M}),
    "see another member's ties": (lambda st, a: views.ties_graph(st, a, OTHER), STAFF),
    "see the picture of one's ties": (lambda st, a: views.ties_picture(st, a), {M}),
    "see the picture of another member's ties": (lambda st, a: views.ties_picture(st, a, OTHER), STAFF),
    "see the roster": (lambda st, a: views.roster_rows(st, a, AS_OF), STAFF),
    "list the members on the roster": (lambda st, a: views.roster_names(st, a), STAFF),
    "see the prompts held after members' edits": (lambda st, a: views.held_prompts(st, a), STAFF),
    "release a held prompt": (lambda st, a: views.release_held_prompt(st, a, _held(st)), STAFF),
    "read the log of members' edits": (lambda st, a: views.member_edit_log(st, a), STAFF),
    # votes: 3.1(g)(2) motions
    "move a recusal": (lambda st, a: votes.move(st, a, case_id=_prompt(st, OWN).case_id, member_id=OWN,
                                                moved_by=OTHER), STAFF),
    "record a recusal vote": (lambda st, a: votes.vote(st, a, _motion(st), voter_id="M03", choice="yes"), STAFF),
    "list the motions": (lambda st, a: votes.motions(st, a), STAFF),
    "read a motion": (lambda st, a: votes.motion(st, a, _motion(st)), STAFF),
    "read a motion's result": (lambda st, a: votes.result(st, a, _motion(st)), STAFF),
    "list a motion's voters": (lambda st, a: votes.remaining(st, a, _motion(st)), STAFF),
    "record a roll call": (lambda st, a: votes.record_roll_call(
        st, a, _motion(st), {v: "yes" for v in votes.remaining(st, SYSTEM, _motion(st))}), STAFF),
    # meetings
    "list the meetings": (lambda st, a: meetings.meetings(st, a), EVERYONE),
    "read a meeting": (lambda st, a: meetings.meeting(st, a, MEETING), EVERYONE),
    "read who voted": (lambda st, a: meetings.voters(st, a, MEETING), EVERYONE),
    "save a meeting": (lambda st, a: meetings.save_meeting(st, a, "2099-01-01", AS_OF, [_prompt(st, OWN).case_id]),
                       STAFF),
    "record an absence": (lambda st, a: meetings.set_absent(st, a, MEETING, "M03", True), STAFF),
    "import an agenda": (lambda st, a: meetings.import_agenda(
        st, a, [AgendaRow("2099-02-01", AS_OF, 1, _prompt(st, OWN).case_id)], source="agenda.csv"), STAFF),
    "import votes on items": (lambda st, a: meetings.record_votes(
        st, a, [VoteRow(MEETING, 1, "M03", "yes")], source="votes.csv"), STAFF),
    "build the full report": (lambda st, a: meetings.build_report(st, a, MEETING, today=AS_OF), STAFF),
    "build one's own packet": (lambda st, a: meetings.build_report(st, a, MEETING, today=AS_OF, member_id=OWN),
                               EVERYONE),
    "build another member's packet": (
        lambda st, a: meetings.build_report(st, a, MEETING, today=AS_OF, member_id=OTHER), STAFF),
    "read the removal exposure": (lambda st, a: meetings.exposure_audit(st, a, "2026-08-13"), STAFF),
    # imports, screening, the audit log
    "import a docket file": (_import_docket, STAFF),
    "import a roster": (lambda st, a: service.import_records(st, a, "members", st.members(active_only=True),
                                                             source="members.csv", fingerprint="again"), STAFF),
    "see an import's plan": (lambda st, a: service.plan_import(st, a, "disclosures", st.panel().disclosures[:1],
                                                              source="d.csv", fingerprint="plan"), STAFF),
    "see a docket file's plan": (_plan_docket, STAFF),
    "screen the docket": (lambda st, a: service.screen_stored(st, a, load_policy(), AS_OF), STAFF),
    "screen after editing one's disclosures": (lambda st, a: service.screen_after_edit(st, a, load_policy(), AS_OF),
                                               EVERYONE),
    "read the audit log": (lambda st, a: service.audit_entries(st, a, 10), STAFF),
    "choose the Panel's policy": (lambda st, a: service.choose_policy(st, a, _policy_file(st)), STAFF),
    # accounts
    "list the accounts": (lambda st, a: Accounts(st).all(by=a), {A}),
    "add an account": (lambda st, a: Accounts(st).create("clerk", "staff", "a long enough password", by=a), {A}),
    "disable an account": (lambda st, a: Accounts(st).set_disabled("m05", True, by=a), {A}),
    "set another's password": (lambda st, a: Accounts(st).set_password("m05", "a long enough password", by=a), {A}),
    "set one's own password": (lambda st, a: Accounts(st).set_password(
        a.username if a else MEMBER, "a long enough password", by=a), EVERYONE),
    "change one's own password": (lambda st, a: Accounts(st).change_own_password(
        PASSWORDS[a.username if a else MEMBER], "a long enough password", by=a), EVERYONE),
    "reset another's password": (lambda st, a: Accounts(st).reset_password("m05", "a long enough password", by=a),
                                 {A}),
}
PASSWORDS = {MEMBER: demo_password(OWN), "staff": "demo-staff-pass", "admin": "demo-admin-pass"}
KINDS = ("visitor", "member", "staff", "admin", "disabled admin", "disabled member", "member off the roster")
ACTION_CASES = [(kind, action) for kind in KINDS for action in ACTIONS]


def _written(store) -> tuple[int, ...]:
    with store.reading() as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("audit_log", "decisions", "recusal_motions", "meetings", "imports"))


@pytest.mark.parametrize("kind, action", ACTION_CASES, ids=[f"{k}-{a}" for k, a in ACTION_CASES])
def test_an_action_is_allowed_only_to_the_accounts_that_have_it(db, kind, action):
    fn, allowed = ACTIONS[action]
    with Store.open(db) as store:
        account = acting(store, kind)
        if kind in allowed:
            fn(store, account)
            return
        before = _written(store)
        with pytest.raises(Forbidden):
            fn(store, account)
        # these move a motion, or record the answer to mark, first
        if not action.startswith(("record a recusal vote", "read a motion", "mark an answer", "list a motion's",
                                  "record a roll call")):
            assert _written(store) == before, "a refused action wrote to the database"


#: the library's functions the matrix above calls, by module; and those that take the store
#: but are no user action (building blocks of an action that checks its own access)
IN_THE_MATRIX = {
    "views": {"prompts_for", "answer", "mark_entered_in_error", "history_for", "disclosures_for", "save_disclosures", "confirm_disclosures",
              "confirmed_on", "ties_graph", "ties_picture", "roster_rows", "roster_names", "held_prompts", "release_held_prompt",
              "member_edit_log"},
    "votes": {"move", "vote", "motions", "motion", "result", "remaining", "record_roll_call"},
    "meetings": {"meetings", "meeting", "voters", "save_meeting", "set_absent", "import_agenda", "record_votes",
                 "build_report", "exposure_audit"},
    "service": {"import_docket_file", "import_records", "screen_stored", "screen_after_edit", "audit_entries",
                "plan_import", "plan_docket_file", "choose_policy"},
}
BUILDING_BLOCKS = {"views": {"last_confirmed"}, "votes": {"recused_by_vote", "recused_from_case"},
                   "service": {"policy_in_force"}}  # the policy a screening applies: read by actions that check


def test_every_account_management_action_is_in_the_matrix():
    import inspect

    acting = {n for n, f in inspect.getmembers(Accounts, inspect.isfunction)
              if not n.startswith("_") and "by" in inspect.signature(f).parameters}
    assert acting == {"create", "all", "set_disabled", "set_password", "change_own_password", "reset_password"}


@pytest.mark.parametrize("module", [views, votes, meetings, service], ids=lambda m: m.__name__)
def test_every_action_of_the_library_takes_the_account_and_is_in_the_matrix(module):
    """A function added to the library that acts on the store, without an account or without a
    row in the matrix above, fails here."""
    import inspect

    name = module.__name__.rsplit(".", 1)[1]
    acting_on_store = {n for n, f in inspect.getmembers(module, inspect.isfunction)
                       if f.__module__ == module.__name__ and not n.startswith("_")
                       and next(iter(inspect.signature(f).parameters), None) == "store"}
    actions = acting_on_store - BUILDING_BLOCKS.get(name, set())
    assert all("account" in inspect.signature(getattr(module, n)).parameters for n in actions), actions
    assert actions == IN_THE_MATRIX[name]


def test_the_member_concerned_cannot_vote_on_their_own_recusal(db):
    with Store.open(db) as store:
        case_id = store.prompts(member_id="M01")[0].case_id
        motion = votes.move(store, SYSTEM, case_id=case_id, member_id="M01", moved_by="M02")
        with pytest.raises(votes.VoteError):
            votes.vote(store, SYSTEM, motion, voter_id="M01", choice="no")
        assert votes.result(store, SYSTEM, motion).present == 0


# ------------------------------------------------------------------ accounts follow the roster (item 8)

@pytest.fixture
def panel_store(tmp_path):
    from tests.factories import member

    with Store.open(tmp_path / "coi.sqlite3") as store:
        store.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="members.csv",
                             fingerprint="m1", actor="staff")
        for login, mid in (("ana", "M01"), ("ben", "M02")):
            Accounts(store).create(login, "member", "a long enough password", member_id=mid, by=SYSTEM)
        yield store


def test_a_member_taken_off_the_roster_has_their_account_disabled_by_that_import_audited(panel_store):
    from tests.factories import member

    result = panel_store.import_members([member("M01", "Ana Diaz")], source="members-2.csv", fingerprint="m2",
                                        actor="cli:clerk")
    accounts = Accounts(panel_store)
    assert accounts.get("ben").disabled and not accounts.get("ana").disabled
    [entry] = panel_store.audit_log(None, action="account disabled")
    assert entry.actor == "cli:clerk"
    assert entry.detail["username"] == "ben" and entry.detail["member_id"] == "M02"
    assert entry.detail["import_id"] == result.import_id and "no longer on the roster" in entry.detail["reason"]
    with pytest.raises(Forbidden, match="disabled"):
        views.prompts_for(panel_store, accounts.get("ben"))


def test_the_accounts_are_disabled_in_the_roster_imports_own_transaction(tmp_path, panel_store):
    """The import fails at its last write: the member stays on the roster and the account enabled."""
    from tests.factories import member

    calls = []

    def clock() -> str:  # the third time stamp of the import is its closing audit entry
        calls.append(1)
        if len(calls) == 3:
            raise OSError("the disk is full")
        return "2026-11-22T12:00:00Z"

    with Store.open(tmp_path / "coi.sqlite3", clock=clock) as store:
        with pytest.raises(OSError):
            store.import_members([member("M01", "Ana Diaz")], source="members-2.csv", fingerprint="m2",
                                 actor="staff")
        assert not Accounts(store).get("ben").disabled and "M02" in store.active_member_ids()
        assert store.audit_log(None, action="account disabled") == []


def test_a_member_back_on_the_roster_stays_refused_until_an_administrator_enables_the_account(panel_store):
    from tests.factories import member

    ben = Accounts(panel_store).get("ben")
    panel_store.import_members([member("M01", "Ana Diaz")], source="members-2.csv", fingerprint="m2", actor="staff")
    panel_store.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="members-3.csv",
                               fingerprint="m3", actor="staff")
    assert "M02" in panel_store.active_member_ids()
    with pytest.raises(Forbidden, match="disabled"):
        views.prompts_for(panel_store, ben)
    Accounts(panel_store).set_disabled("ben", False, by=SYSTEM)
    assert views.prompts_for(panel_store, ben) == []


def test_an_enabled_account_whose_member_is_off_the_roster_is_refused(panel_store):
    from tests.factories import member

    ben = Accounts(panel_store).get("ben")
    panel_store.import_members([member("M01", "Ana Diaz")], source="members-2.csv", fingerprint="m2", actor="staff")
    Accounts(panel_store).set_disabled("ben", False, by=SYSTEM)  # re-enabled while still off the roster
    with pytest.raises(Forbidden, match="no longer on the Panel's roster"):
        views.prompts_for(panel_store, ben)


# ------------------------------------------------------------------ the command line's account

def test_the_command_line_acts_as_its_named_system_account(demo_db, db, tmp_path):
    from click.testing import CliRunner

    from coi.cli import main
    from coi.cli.common import default_actor

    with Store.open(demo_db) as store:  # loaded by `coi demo`
        actors = {e.action: e.actor for e in store.audit_log(None)}
    for action in ("import", "agenda imported", "votes recorded", "account created"):
        assert actors[action] == default_actor() and actors[action].startswith("cli")
    path = tmp_path / "docket-new.csv"
    path.write_text("case_id,party_name\nC-NEW-1,Zed Quill\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["import", str(path), "--db", str(db), "--actor", "cli:clerk"])
    assert done.exit_code == 0, done.output
    with Store.open(db) as store:
        assert store.audit_log(1, action="import")[0].actor == "cli:clerk"
