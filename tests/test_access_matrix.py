"""The access matrix beyond tests/test_access.py's views, votes, meetings and service (issue 15,
item 7): what each role may do, permission by permission; every other action of the library —
threads, judgements, notifications, uploads, the audit search, the disclosure record, the
minutes, prompt meetings, demo accounts — against a visitor, a member, staff, an administrator,
disabled accounts and a member off the roster; and a check, read from coi's source, that no
function asking coi.decisions.access is left out of the matrix."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import coi
from coi.decisions import judgements, minutes, notify, prompt_meetings, threads, uploads
from coi.decisions.access import ROLE_PERMISSIONS, Forbidden, Permission, allowed, require
from coi.decisions.accounts import Accounts, Role, create_demo_accounts
from coi.decisions.judgements import judgeable
from coi.decisions.service import screen_stored
from coi.model import Answer, ImportKind
from coi.policy import load_policy
from coi.reports import audit_words, disclosure_record
from coi.settings import load_settings
from coi.store.database import Store
from tests.factories import AS_OF, SYSTEM
from tests.test_access import IN_THE_MATRIX as CORE_IN_THE_MATRIX
from tests.test_access import KINDS, MEETING, MEMBER, OTHER, OWN, _motion, _written, acting

# ------------------------------------------------------------------ every role, every permission

_OWN_WORK = {Permission.SEE_OWN_PROMPTS, Permission.ANSWER_OWN_PROMPTS, Permission.EDIT_OWN_DISCLOSURES,
             Permission.SEE_OWN_PACKET, Permission.CHANGE_OWN_PASSWORD, Permission.SEE_MEETINGS}
_STAFF_WORK = {Permission.CHANGE_OWN_PASSWORD, Permission.SEE_MEETINGS, Permission.SEE_ALL_PROMPTS,
               Permission.SEE_CONFIDENTIAL, Permission.SEE_ALL_DISCLOSURES, Permission.EDIT_ALL_DISCLOSURES,
               Permission.SEE_ROSTER, Permission.IMPORT_FILES, Permission.SCREEN, Permission.RELEASE_HELD_PROMPTS,
               Permission.MANAGE_MEETINGS, Permission.RECORD_VOTES, Permission.SEE_MOTIONS, Permission.SEE_REPORTS,
               Permission.SEE_AUDIT, Permission.SEND_NOTIFICATIONS, Permission.ADVISE, Permission.REVOKE_JUDGEMENTS}
#: What each role may do, written out as the Panel decided it (DOMAIN.md: a member's disclosures
#: are seen by the member and staff, nobody else; confidential complainants never by members).
EXPECTED = {
    Role.MEMBER: _OWN_WORK,
    Role.STAFF: _STAFF_WORK,
    Role.ADMIN: _STAFF_WORK | {Permission.MANAGE_ACCOUNTS, Permission.BACKUP_RESTORE},
}
NEVER_FOR_MEMBERS = {Permission.SEE_ALL_PROMPTS, Permission.SEE_CONFIDENTIAL, Permission.SEE_ALL_DISCLOSURES,
                     Permission.EDIT_ALL_DISCLOSURES, Permission.SEE_AUDIT, Permission.MANAGE_ACCOUNTS}
LOGINS = {Role.MEMBER: MEMBER, Role.STAFF: "staff", Role.ADMIN: "admin"}
ROLE_CASES = [(role, permission) for role in Role for permission in Permission]


def test_every_role_has_exactly_the_permissions_the_panel_decided():
    assert ROLE_PERMISSIONS == EXPECTED
    assert not EXPECTED[Role.MEMBER] & NEVER_FOR_MEMBERS


@pytest.mark.parametrize("role, permission", ROLE_CASES, ids=[f"{r}-{p.name}" for r, p in ROLE_CASES])
def test_a_signed_in_account_is_granted_a_permission_only_when_its_role_has_it(db, role, permission):
    with Store.open(db) as store:
        account = Accounts(store).get(LOGINS[role])
        assert account.role is role
        if permission in EXPECTED[role]:
            assert require(store, account, permission) == account
        else:
            with pytest.raises(Forbidden, match=f"a {role} account may not {permission}"):
                require(store, account, permission)


@pytest.mark.parametrize("permission", list(Permission), ids=lambda p: p.name)
def test_no_permission_is_granted_to_a_visitor_nor_to_a_disabled_account(db, permission):
    with Store.open(db) as store:
        admin = Accounts(store).get("admin")
        Accounts(store).set_disabled("admin", True, by=SYSTEM)
        with pytest.raises(Forbidden, match="sign in first"):
            require(store, None, permission)
        with pytest.raises(Forbidden, match="disabled"):
            require(store, admin, permission)
    assert not allowed(None, permission)


def test_the_command_line_account_has_an_administrators_permissions_without_a_row_in_the_accounts_table(db):
    """It is no member: a member's own work (their prompts, answers, packet) is not the command line's."""
    with Store.open(db) as store:
        assert Accounts(store).get(SYSTEM.username) is None
        for permission in Permission:
            if permission in EXPECTED[Role.ADMIN]:
                assert require(store, SYSTEM, permission) is SYSTEM
            else:
                with pytest.raises(Forbidden):
                    require(store, SYSTEM, permission)


# ------------------------------------------------------------------ every other action of the library

M, S, A = "member", "staff", "admin"
EVERYONE, STAFF = {M, S, A}, {S, A}


@dataclass(frozen=True)
class Action:
    """One action of the library: ``run(store, account, made)`` where ``made`` is what ``setup``
    (run as the command line, before the account is read and disabled) returned; who may do it;
    and the functions it exercises (``module:qualname``)."""

    run: Callable
    allowed: set[str]
    covers: tuple[str, ...]
    setup: Callable | None = None


def _judgeable(store: Store, member_id: str) -> str:
    """A prompt of the member they may judge a different person (a person's name, shown by name)."""
    return next(p.key for p in store.prompts(member_id=member_id)
                if judgeable(p) and not p.party_confidential and p.shown is not None)


def _unsure(store: Store, member_id: str = OWN) -> str:
    """A prompt of the member answered unsure by the member's account: its thread is open."""
    key = store.prompts(member_id=member_id)[0].key
    store.record_decision(key, answer=Answer.UNSURE, reason=None, decided_by=member_id.lower())
    return key


def _unsure_other(store: Store) -> str:
    return _unsure(store, OTHER)


def _judged(store: Store) -> dict:
    """A judgement "a different person" by the member, and a second case on the same party
    (a prompt the judgement applies to, to confirm)."""
    key = _judgeable(store, OWN)
    judged = store.prompt(key)
    [party] = [p for p in store.parties([judged.case_id]) if p.name == judged.party_name]
    store.import_docket([dataclasses.replace(party, case_id="C-COPY", row=None)], source="copy.csv",
                        fingerprint="copy", actor="test")
    screen_stored(store, SYSTEM, load_policy(), AS_OF)
    judgement_id = judgements.record_different_person(store, Accounts(store).get(MEMBER), key)
    (copy,) = store.prompts(member_id=OWN, case_id="C-COPY")
    return {"judgement": judgement_id, "copy": copy.key}


def _may_judge(store: Store, account, key: str) -> bool:
    """may_judge answers staff "no" (False) rather than refusing: read as a refusal here."""
    if not judgements.may_judge(store, account, key):
        raise Forbidden("told it may not judge")
    return True


def _docket_file(store: Store) -> Path:
    path = Path(store.path).parent / "docket-upload.csv"
    path.write_text("case_id,party_name,party_role\nC-NEW-1,Zed Quill,witness\n", encoding="utf-8")
    return path


def _loaded(store: Store):
    return uploads.read_file(store, SYSTEM, ImportKind.DOCKET, _docket_file(store))


def _plan_upload(store: Store, account) -> object:
    return uploads.plan_file(store, account, ImportKind.DOCKET, _loaded(store), source="docket-upload.csv",
                             fingerprint="upload")


def _import_upload(store: Store, account) -> object:
    loaded = _loaded(store)
    plan = uploads.plan_file(store, SYSTEM, ImportKind.DOCKET, loaded, source="docket-upload.csv",
                             fingerprint="upload")
    return uploads.import_file(store, account, ImportKind.DOCKET, loaded, source="docket-upload.csv",
                               fingerprint="upload", plan=plan)


ACTIONS = {
    # threads on unsure answers (issue 14, item 3)
    "read the thread on one's prompt": Action(
        lambda st, a, key: threads.thread_for(st, a, key), EVERYONE, ("threads:thread_for",), _unsure),
    "read the thread on another's prompt": Action(
        lambda st, a, key: threads.thread_for(st, a, key), STAFF, ("threads:thread_for",), _unsure_other),
    "write in the thread on one's prompt": Action(
        lambda st, a, key: threads.write(st, a, key, "Please look at this again."), EVERYONE,
        ("threads:write",), _unsure),
    "write in the thread on another's prompt": Action(
        lambda st, a, key: threads.write(st, a, key, "Please look at this again."), STAFF,
        ("threads:write",), _unsure_other),
    "list the open threads": Action(lambda st, a, _: threads.open_threads(st, a, AS_OF), STAFF,
                                    ("threads:open_threads",), _unsure),
    # judgements "a different person" (issue 14, item 7)
    "ask whether one may judge one's prompt": Action(
        lambda st, a, _: _may_judge(st, a, _judgeable(st, OWN)), {M}, ("judgements:may_judge",)),
    "judge one's prompt a different person": Action(
        lambda st, a, _: judgements.record_different_person(st, a, _judgeable(st, OWN)), {M},
        ("judgements:record_different_person",)),
    "judge another's prompt a different person": Action(
        lambda st, a, _: judgements.record_different_person(st, a, _judgeable(st, OTHER)), set(),
        ("judgements:record_different_person",)),
    "read the judgement shown on one's prompt": Action(
        lambda st, a, made: judgements.note_for(st, a, made["copy"]), {M}, ("judgements:note_for",), _judged),
    "confirm a judgement on one's prompt": Action(
        lambda st, a, made: judgements.confirm(st, a, made["copy"], made["judgement"]), {M},
        ("judgements:confirm",), _judged),
    "list every judgement": Action(lambda st, a, _: judgements.all_judgements(st, a), STAFF,
                                   ("judgements:all_judgements",)),
    "revoke a judgement": Action(lambda st, a, made: judgements.revoke(st, a, made["judgement"], "not so"), STAFF,
                                 ("judgements:revoke",), _judged),
    # notifications (issue 14, item 6)
    "plan the notification e-mails": Action(
        lambda st, a, _: notify.plan_notices(st, a, load_settings(), today=AS_OF), STAFF, ("notify:plan_notices",)),
    "send the notification e-mails": Action(
        lambda st, a, _: notify.send_notices(st, a, load_settings(), today=AS_OF, dry_run=True), STAFF,
        ("notify:send_notices",)),
    # uploads on the Files page (issue 14, item 8)
    "read an uploaded file": Action(lambda st, a, _: uploads.read_file(st, a, ImportKind.DOCKET,
                                                                        _docket_file(st)), STAFF,
                                    ("uploads:read_file",)),
    "see an uploaded file's plan": Action(lambda st, a, _: _plan_upload(st, a), STAFF, ("uploads:plan_file",)),
    "import an uploaded file": Action(lambda st, a, _: _import_upload(st, a), STAFF, ("uploads:import_file",)),
    # the audit page, the disclosure record, the minutes, the meetings of prompts
    "search the audit log": Action(lambda st, a, _: audit_words.search(st, a), STAFF, ("audit_words:search",)),
    "list the audit log's actors and actions": Action(lambda st, a, _: audit_words.vocabulary(st, a), STAFF,
                                                      ("audit_words:vocabulary",)),
    "see every member's disclosure record": Action(lambda st, a, _: disclosure_record.overview(st, a), STAFF,
                                                   ("disclosure_record:overview",)),
    "see one's own disclosure record": Action(
        lambda st, a, _: disclosure_record.member_disclosures(st, a, OWN), EVERYONE,
        ("disclosure_record:member_disclosures",)),
    "see another member's disclosure record": Action(
        lambda st, a, _: disclosure_record.member_disclosures(st, a, OTHER), STAFF,
        ("disclosure_record:member_disclosures",)),
    "read a motion's minute": Action(lambda st, a, motion: minutes.motion_minute(st, a, motion), STAFF,
                                     ("minutes:motion_minute",), _motion),
    "read a meeting's minutes": Action(lambda st, a, _: minutes.meeting_minutes(st, a, MEETING), STAFF,
                                       ("minutes:meeting_minutes",)),
    "see the meeting of each case": Action(lambda st, a, _: prompt_meetings.case_meetings(st, a, AS_OF), EVERYONE,
                                           ("prompt_meetings:case_meetings",)),
    # the demo's accounts (only in a demo database)
    "make the demo's accounts": Action(lambda st, a, _: create_demo_accounts(st, by=a), {A},
                                       ("accounts:create_demo_accounts",)),
}
CASES = [(kind, action) for kind in KINDS for action in ACTIONS]


@pytest.mark.parametrize("kind, action", CASES, ids=[f"{k}-{a}" for k, a in CASES])
def test_an_action_is_allowed_only_to_the_accounts_that_have_it(db, kind, action, tried):
    row = ACTIONS[action]
    with Store.open(db) as store:
        made = row.setup(store) if row.setup is not None else None
        account = acting(store, kind)
        if kind in row.allowed:
            row.run(store, account, made)
            return
        before = _written(store)
        with pytest.raises(Forbidden):
            row.run(store, account, made)
        assert _written(store) == before, "a refused action wrote to the database"
    if (kind, action) == CASES[-1]:
        tried(f"access matrix (issue 15): {len(ACTIONS)} more library actions x {len(KINDS)} accounts, "
              f"{len(ROLE_CASES)} (role, permission) pairs")


# ------------------------------------------------------------------ nothing asks for access outside the matrix

ROOT = Path(coi.__file__).resolve().parent
#: adapters with their own matrices: the dashboard's pages (test_access's page links) and the
#: command line (it acts as the system account, which may do anything)
ADAPTERS = ("ui", "cli")
ACCESS = {"require", "require_scope", "_by"}  # Accounts._by asks require for the account methods


def _library_modules() -> list[Path]:
    return [p for p in sorted(ROOT.rglob("*.py"))
            if p.relative_to(ROOT).parts[0] not in ADAPTERS and p != ROOT / "decisions" / "access.py"]


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    """Every function of a module by qualified name (methods as ``Class.method``)."""
    out: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            out[node.name] = node
        elif isinstance(node, ast.ClassDef):
            out.update({f"{node.name}.{f.name}": f for f in node.body if isinstance(f, ast.FunctionDef)})
    return out


def _called(fn: ast.FunctionDef) -> set[str]:
    return {c.func.id if isinstance(c.func, ast.Name) else c.func.attr
            for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, (ast.Name, ast.Attribute))}


def _module_name(path: Path) -> str:
    return ".".join(("coi", *path.relative_to(ROOT).with_suffix("").parts))


def _short(module: str, qualname: str) -> str:
    return f"{module.rsplit('.', 1)[1]}:{qualname}"


def asking_functions() -> dict[str, set[str]]:
    """Each library function that asks coi.decisions.access (require, require_scope), directly or
    through a private helper of its module, by ``module:qualname`` → the helpers it goes through."""
    found: dict[str, set[str]] = {}
    for path in _library_modules():
        functions = _functions(ast.parse(path.read_text(encoding="utf-8")))
        calls = {name: _called(fn) for name, fn in functions.items()}
        asking = {name for name, called in calls.items() if called & ACCESS}
        while True:  # helpers: a function calling (by its last name) a function of the module that asks
            more = {name for name, called in calls.items()
                    if name not in asking and any(a.rsplit(".", 1)[-1] in called for a in asking)}
            if not more:
                break
            asking |= more
        module = _module_name(path)
        for name in asking:
            found[_short(module, name)] = {n for n in asking if n.rsplit(".", 1)[-1] in calls[name]}
    return found


def _is_private(qualname: str) -> bool:
    return any(part.startswith("_") for part in qualname.split("."))


def in_the_matrix() -> set[str]:
    covered = {f"{module}:{name}" for module, names in CORE_IN_THE_MATRIX.items() for name in names}
    covered |= {f"accounts:Accounts.{name}" for name in
                ("create", "all", "set_disabled", "set_password", "change_own_password", "reset_password")}
    return covered | {c for row in ACTIONS.values() for c in row.covers}


def test_every_public_function_that_asks_for_access_is_in_the_matrix():
    """A function added to the library that asks coi.decisions.access but has no row in this
    matrix or test_access's fails here."""
    public = {name for name in asking_functions() if not _is_private(name.split(":", 1)[1])}
    assert public - in_the_matrix() == set()


def test_every_private_helper_that_asks_for_access_is_reached_by_a_function_in_the_matrix():
    asking = asking_functions()
    covered = in_the_matrix()
    helpers = {name for name in asking if _is_private(name.split(":", 1)[1])}
    reached = {f"{name.split(':')[0]}:{via}" for name in covered if name in asking for via in asking[name]}
    assert helpers - reached - {"accounts:Accounts._by"} == set()  # _by is the account methods' check itself


def test_every_function_in_the_matrix_exists_and_takes_the_acting_account():
    for name in in_the_matrix():
        module, qualname = name.split(":")
        found = next(m for m in (f"coi.decisions.{module}", f"coi.reports.{module}", f"coi.ingest.{module}")
                     if importlib.util.find_spec(m) is not None)
        obj = importlib.import_module(found)
        for part in qualname.split("."):
            obj = getattr(obj, part)
        assert {"account", "by"} & set(inspect.signature(obj).parameters), name


#: permissions no library action asks for, and why
NOT_ASKED = {Permission.BACKUP_RESTORE: "backup and restore run only on the command line (coi backup, coi restore), "
                                        "which acts as the system account"}


def test_every_permission_is_asked_for_by_some_action_of_the_library_or_the_dashboard():
    # access.py itself only defines the permissions — except may_reveal, an action's question
    # ("may this output show confidential identities?") that lives beside require
    access_py = (ROOT / "decisions" / "access.py").read_text(encoding="utf-8")
    source = "\n".join([*(p.read_text(encoding="utf-8") for p in sorted(ROOT.rglob("*.py"))
                          if p != ROOT / "decisions" / "access.py"),
                         access_py[access_py.index("def may_reveal("):]])
    asked = {p for p in Permission if f"Permission.{p.name}" in source or f'"{p.name}"' in source}
    assert set(Permission) - asked == set(NOT_ASKED)

