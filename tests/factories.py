"""Tiny factories for the records the tests need."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coi.decisions.accounts import system_account
from coi.model import Appointer, Disclosure, Kind, Member, Panel, Party, PartyRole, Problem, Relation

AS_OF = dt.date(2026, 11, 22)
#: The account a test acts as when it is not testing access: the command line's, which may do anything.
SYSTEM = system_account("cli:test")


def member(member_id: str = "M01", name: str = "Ana Diaz", **kw) -> Member:
    return Member(member_id, name, kw.pop("appointed_by", Appointer.GOVERNOR), **kw)


def tie(relation: str, name: str, *, member_id: str = "M01", via: str | None = None, **kw) -> Disclosure:
    rel = Relation(relation)
    return Disclosure(member_id, rel, name, kw.pop("kind", rel.default_kind), via=via, **kw)


def party(name: str, *, case_id: str = "C1", role: str = "witness", **kw) -> Party:
    r = PartyRole(role)
    return Party(case_id, name, r, kw.pop("kind", r.default_kind), **kw)


def panel(*disclosures: Disclosure, members: tuple[Member, ...] | None = None) -> Panel:
    return Panel(members or (member(),), tuple(disclosures))


def write_csv(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    """Write ``text`` as the bytes of ``encoding``: the file a user would hand coi."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problem_at(found: list[Problem], row: int | None, column: str | None = None) -> Problem:
    """The problem reported at ``row`` and ``column``; fails naming what was reported instead."""
    hits = [p for p in found if p.row == row and p.column == column]
    assert hits, f"no problem at row {row}, column {column!r}; got: {[str(p) for p in found]}"
    return hits[0]


def only(found: list[Problem]) -> Problem:
    """The one problem reported; fails if there were more or none."""
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def demo_database(folder: Path) -> Path:
    """The demo Panel loaded by `coi demo` into ``folder``/coi.sqlite3 (as of AS_OF)."""
    from click.testing import CliRunner

    from coi.cli import main

    db = folder / "coi.sqlite3"
    result = CliRunner().invoke(main, ["demo", "--db", str(db), "--as-of", AS_OF.isoformat()])
    assert result.exit_code == 0, result.output
    return db


def copy_database(source: Path, folder: Path) -> Path:
    """A consistent copy of a database, for a test that writes to it."""
    import shutil

    from coi.store import chain
    from coi.store.database import Store

    copy = folder / "coi.sqlite3"
    with Store.open(source) as src:
        src._conn.execute("VACUUM INTO ?", (str(copy),))
    if chain.key_file(source).exists():  # the chain's key lives beside the database, not in it
        shutil.copy2(chain.key_file(source), chain.key_file(copy))
    return copy


def dashboard_as(username: str | None, password: str | None = None, *, page: str | None = None,
                 app: str | None = None):
    """The dashboard (AppTest) opened by a link to ``page`` and signed in as ``username``
    (None: a signed-out visitor). Every dashboard test signs in through here, so that how
    a browser signs in is written once.

    A browser signs in on coi's HTML sign-in page, which sets a session cookie; AppTest can
    neither post that form nor send cookies. So this signs in through the same library calls
    the page makes (a throttled, audited ``Accounts.sign_in``, then ``Sessions.start``) and
    hands the token to the AppTest as its cookie (:func:`set_browser_cookie`). A refused
    sign-in leaves the visitor signed out, with the page's refusal as the notice."""
    from streamlit.testing.v1 import AppTest

    from coi.decisions.accounts import Accounts
    from coi.settings import load_settings
    from coi.store.database import Store
    from coi.ui.sessions import Sessions

    at = AppTest.from_file(app or APP, default_timeout=60)
    if page is not None:
        at.query_params["page"] = page
    set_browser_cookie(at, None)
    if username is not None:
        with Store.open(load_settings().db_path) as store:
            result = Accounts(store).sign_in(username, password or "")
            if result.account is not None:
                set_browser_cookie(at, Sessions(store).start(result.account.username))
            else:
                at.session_state["notice"] = result.message
    at.run()
    return at


_COOKIE_JARS: dict[int, tuple[object, str | None]] = {}


def set_browser_cookie(at, token: str | None) -> None:
    """Give an AppTest's "browser" the coi session cookie ``token`` (None: no cookie, as a
    browser that never signed in — or another browser reconnecting with a leaked Streamlit
    session id)."""
    import coi.ui

    coi.ui.browser_session_token = _cookie_of_this_apptest
    state = at._session_state._state  # the SessionState the script's runs share (AppTest keeps one)
    _COOKIE_JARS[id(state)] = (state, token)


def _cookie_of_this_apptest() -> str | None:
    """Stands in for coi.ui.browser_session_token under AppTest: the cookie this
    AppTest's browser holds."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    state = getattr(ctx.session_state, "_state", None) if ctx is not None else None
    jar = _COOKIE_JARS.get(id(state))
    return jar[1] if jar is not None and jar[0] is state else None


APP = str(Path(__file__).resolve().parent.parent / "app.py")

__all__ = ["AS_OF", "SYSTEM", "APP", "dashboard_as", "set_browser_cookie", "demo_database", "copy_database", "member", "tie", "party", "panel", "Kind", "write_csv", "problem_at", "only"]


def two_member_store(path: Path, disclosures: list[Disclosure], docket: list[Party]):
    """A Panel database at ``path``: members M01 Ana Diaz and M02 Ben Cole with these
    disclosures, this docket screened with the shipped policy, and accounts m01, m02 (their
    members') and staff. A context manager: the open Store."""
    from coi.decisions import service
    from coi.decisions.accounts import Accounts
    from coi.policy import load_policy
    from coi.store.database import Store

    store = Store.open(path)
    store.import_members([member("M01", "Ana Diaz"), member("M02", "Ben Cole")], source="m", fingerprint="m",
                         actor="t")
    store.import_disclosures(disclosures, source="d", fingerprint="d", actor="t")
    store.import_docket(docket, source="k", fingerprint="k", actor="t")
    service.screen_stored(store, SYSTEM, load_policy(), AS_OF)
    accounts = Accounts(store)
    accounts.create("m01", "member", "m01-password-1", member_id="M01", by=SYSTEM)
    accounts.create("m02", "member", "m02-password-1", member_id="M02", by=SYSTEM)
    accounts.create("staff", "staff", "staff-password-1", by=SYSTEM)
    return store


def account(store, username: str):
    """The stored account ``username``."""
    from coi.decisions.accounts import Accounts

    return Accounts(store).get(username)


def prompt_key(store, case_id: str, member_id: str = "M01") -> str:
    """The key of the one prompt of ``member_id`` on ``case_id``."""
    (p,) = store.prompts(member_id=member_id, case_id=case_id)
    return p.key
