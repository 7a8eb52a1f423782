"""Safe by default (issue 11, items 13-15): the demo never touches a real Panel's database,
its published passwords never open one, `make run` serves the demo's own database on this
machine only, and every file coi writes is private (0600, folders 0700) and written under a
random name that a planted link cannot redirect."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.decisions.accounts import AccountError, Accounts, Role, create_demo_accounts, system_account
from coi.settings import DEMO_DB
from coi.store import demo_guard
from coi.store.backup import BackupError, backup, restore
from coi.store.database import Store
from tests.factories import copy_database, dashboard_as, demo_database, member

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "coi_demo" / "files"
SYSTEM = system_account("test")
OWN = "a password of their own 42"
OTHER_ROSTER = ("member_id,name,appointed_by\nP-101,Harriet Vane,Governor\nP-102,Peter Wimsey,Attorney General\n")


def dump(path: Path) -> list[str]:
    """Every row and the schema version: what a refused command must leave as it was."""
    conn = sqlite3.connect(path)
    try:
        return [f"user_version {conn.execute('PRAGMA user_version').fetchone()[0]}", *conn.iterdump()]
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def coi(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("safe"))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


# ------------------------------------------------------------------ item 13: the demo's own database

def _other_panel(tmp_path: Path, holds: str) -> Path:
    """A database holding another Panel's ``holds`` (a roster, a docket, an account)."""
    db = tmp_path / "panel.sqlite3"
    if holds == "roster":
        roster = tmp_path / "members.csv"
        roster.write_text(OTHER_ROSTER, encoding="utf-8")
        assert coi("import", "--db", db, roster).exit_code == 0
    elif holds == "docket":
        docket = tmp_path / "docket.csv"
        docket.write_text("case_id,party_name,party_role\nK-1,Mary Quant,complainant\n", encoding="utf-8")
        assert coi("import", "--db", db, docket).exit_code == 0
    else:
        with Store.open(db) as store:
            Accounts(store).create("clerk", Role.STAFF, OWN, by=SYSTEM)
    return db


@pytest.mark.parametrize("holds", ["roster", "docket", "account"])
def test_demo_refuses_a_database_holding_another_panels_data_and_changes_nothing(tmp_path, holds):
    db = _other_panel(tmp_path, holds)
    before = dump(db)
    result = coi("demo", "--db", db, "--as-of", "2026-11-22")
    assert result.exit_code == 1
    assert "is not a demo database" in result.output and f"coi demo --db {DEMO_DB}" in result.output
    assert "nothing was changed" in result.output
    assert dump(db) == before


def test_demo_refuses_a_database_at_an_older_schema_without_migrating_it(tmp_path):
    db = _other_panel(tmp_path, "roster")
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE demo_marker")
    conn.execute("DROP TABLE demo_made")
    conn.execute(f"PRAGMA user_version = {conn.execute('PRAGMA user_version').fetchone()[0] - 1}")
    conn.commit()
    conn.close()
    before = dump(db)
    assert coi("demo", "--db", db).exit_code == 1
    assert dump(db) == before


def test_demo_refuses_a_sqlite_file_that_is_another_programs(tmp_path):
    db = tmp_path / "other.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE invoices (n)").connection.commit()
    before = dump(db)
    result = coi("demo", "--db", db)
    assert result.exit_code == 1 and "not coi's" in result.output
    assert dump(db) == before


def test_demo_refuses_a_demo_database_a_real_roster_was_imported_into(demo_db, tmp_path):
    db = copy_database(demo_db, tmp_path)
    roster = tmp_path / "members.csv"
    roster.write_text(OTHER_ROSTER, encoding="utf-8")
    assert coi("import", "--db", db, "--yes", roster).exit_code == 0  # --yes: it makes the demo's members inactive
    before = dump(db)
    result = coi("demo", "--db", db, "--as-of", "2026-11-22")
    assert result.exit_code == 1 and "imports the demo did not make: members from" in result.output
    assert "P-101" in result.output  # the members it did not load, named
    assert dump(db) == before


def test_demo_refuses_a_demo_database_holding_an_account_it_did_not_make(demo_db, tmp_path):
    db = copy_database(demo_db, tmp_path)
    with Store.open(db) as store:
        Accounts(store).create("clerk", Role.STAFF, OWN, by=SYSTEM)
    before = dump(db)
    result = coi("demo", "--db", db, "--as-of", "2026-11-22")
    assert result.exit_code == 1 and "accounts the demo did not make: clerk" in result.output
    assert dump(db) == before


@pytest.mark.parametrize("start", ["missing", "empty file", "empty coi database"])
def test_demo_loads_into_an_empty_database_and_marks_it_as_the_demos(tmp_path, start):
    db = tmp_path / "demo.sqlite3"
    if start == "empty file":
        db.touch()
    elif start == "empty coi database":
        Store.open(db).close()
    result = coi("demo", "--db", db, "--as-of", "2026-11-22")
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert demo_guard.is_demo(store)
        assert len(store.members()) == 13 and len(Accounts(store).all(by=SYSTEM)) == 15


def test_demo_runs_again_on_its_own_database_and_changes_no_data(demo_db, tmp_path):
    db = copy_database(demo_db, tmp_path)
    tables = ("members", "disclosures", "parties", "accounts", "imports", "prompts", "demo_made")

    def counts() -> dict[str, int]:
        with sqlite3.connect(db) as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    before = counts()
    again = coi("demo", "--db", db, "--as-of", "2026-11-22")
    assert again.exit_code == 0, again.output
    assert "already imported" in again.output
    assert counts() == before


def test_demo_runs_again_after_members_edited_their_disclosures_in_the_dashboard(demo_db, tmp_path):
    db = copy_database(demo_db, tmp_path)
    with Store.open(db) as store:
        mine = [d for d in store.panel().disclosures if d.member_id == "M01"]
        store.import_disclosures(mine[:-1], source="dashboard: M01's disclosures", fingerprint="edit", actor="m01")
    result = coi("demo", "--db", db, "--as-of", "2026-11-22")
    assert result.exit_code == 0, result.output


def test_demo_accounts_are_not_made_in_a_database_that_is_not_the_demos(tmp_path):
    db = _other_panel(tmp_path, "roster")
    with Store.open(db) as store:
        with pytest.raises(AccountError, match="not a demo database"):
            create_demo_accounts(store, by=SYSTEM)
        assert Accounts(store).all(by=SYSTEM) == []


def test_demo_accounts_are_not_made_once_a_real_roster_is_imported_into_the_demo(demo_db, tmp_path):
    db = copy_database(demo_db, tmp_path)
    with Store.open(db) as store:
        store.import_members([member("P-101", "Harriet Vane")], source="real.csv", fingerprint="real", actor="test")
        with pytest.raises(AccountError, match="members the demo did not load: P-101"):
            create_demo_accounts(store, by=SYSTEM)
        assert Accounts(store).get("p-101") is None


def _real_panel_with_demo_passwords(tmp_path: Path) -> Path:
    """What `make run` used to leave in a real Panel's database: its members, and accounts
    with the passwords the README publishes."""
    db = _other_panel(tmp_path, "roster")
    with Store.open(db) as store:
        accounts = Accounts(store)
        accounts.create("staff", Role.STAFF, "demo-staff-pass", by=SYSTEM)
        accounts.create("p-101", Role.MEMBER, "demo-p-101-pass", member_id="P-101", by=SYSTEM)
        accounts.create("p-102", Role.MEMBER, OWN, member_id="P-102", by=SYSTEM)
    return db


def test_the_dashboard_refuses_a_real_database_where_a_demo_password_works(tmp_path, monkeypatch):
    db = _real_panel_with_demo_passwords(tmp_path)
    monkeypatch.setenv("COI_DB", str(db))
    at = dashboard_as(None)
    assert not at.exception
    assert [e.value for e in at.title] == ["coi — not started"]
    [refusal] = at.error
    assert "not the demo's database" in refusal.value and "2 account(s)" in refusal.value
    assert not at.text_input and not at.button and not at.markdown  # no sign-in form, nothing else


def test_the_refusal_names_the_accounts_in_the_servers_log_not_on_the_page(tmp_path, caplog):
    db = _real_panel_with_demo_passwords(tmp_path)
    with Store.open(db) as store, caplog.at_level("WARNING", logger="coi.store.demo_guard"):
        page = demo_guard.dashboard_refusal(store)
        demo_guard.dashboard_refusal(store)  # a second page view: logged once
    assert not any(name in page for name in ("staff", "p-101", "p-102"))  # a visitor learns no username
    [logged] = [r.getMessage() for r in caplog.records]
    assert logged.endswith("accounts that still sign in with a published demo password: p-101, staff")


def test_the_dashboard_serves_the_database_once_the_demo_passwords_are_changed(tmp_path, monkeypatch):
    db = _real_panel_with_demo_passwords(tmp_path)
    with Store.open(db) as store:
        Accounts(store).set_password("staff", OWN, by=SYSTEM)
        Accounts(store).set_disabled("p-101", True, by=SYSTEM)
    monkeypatch.setenv("COI_DB", str(db))
    at = dashboard_as("staff", OWN)
    assert not at.exception and not at.error
    assert "coi — not started" not in [e.value for e in at.title]
    assert "staff" in " ".join(str(c.value) for c in at.sidebar.caption)  # signed in, pages served


def test_the_published_password_check_costs_one_scrypt_per_password_hash(tmp_path, monkeypatch):
    import coi.decisions.accounts

    db = _real_panel_with_demo_passwords(tmp_path)
    calls = []
    real = coi.decisions.accounts.verify_password
    monkeypatch.setattr(coi.decisions.accounts, "verify_password", lambda pw, stored: calls.append(pw) or real(pw, stored))
    with Store.open(db) as store:
        for _ in range(5):  # five page views
            assert demo_guard.published_passwords_that_work(store) == ["p-101", "staff"]
        assert len(calls) == 3  # staff, p-101 and p-102: the accounts the demo makes by those names
        Accounts(store).set_password("staff", OWN, by=SYSTEM)
        for _ in range(5):
            assert demo_guard.published_passwords_that_work(store) == ["p-101"]
        assert len(calls) == 4  # the new hash, once


def test_the_dashboard_check_lets_the_demo_database_keep_its_published_passwords(demo_db, tmp_path):
    with Store.open(demo_db) as store:
        assert demo_guard.dashboard_refusal(store) is None
    db = copy_database(demo_db, tmp_path)  # trying the demo: a docket uploaded, an account added
    docket = tmp_path / "docket.csv"
    docket.write_text("case_id,party_name,party_role\nK-1,Mary Quant,complainant\n", encoding="utf-8")
    assert coi("import", "--db", db, docket).exit_code == 0
    with Store.open(db) as store:
        Accounts(store).create("clerk", Role.STAFF, OWN, by=SYSTEM)
        assert demo_guard.dashboard_refusal(store) is None


def test_the_dashboard_check_refuses_a_demo_database_a_real_roster_was_imported_into(demo_db, tmp_path):
    db = copy_database(demo_db, tmp_path)
    with Store.open(db) as store:
        store.import_members([*store.members(active_only=True), member("P-101", "Harriet Vane")],
                             source="real.csv", fingerprint="real", actor="test")
        refusal = demo_guard.dashboard_refusal(store)
    assert refusal is not None and "15 account(s)" in refusal


# ------------------------------------------------------------------ items 13 and 14: make run

def _make_n(target: str, **env: str) -> str:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    done = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **env}, check=True)
    return done.stdout


def test_make_run_loads_and_serves_the_demos_own_database_whatever_coi_db_says():
    out = _make_n("run", COI_DB="/srv/coi/panel.sqlite3")
    assert f"coi demo --db {DEMO_DB}" in out
    [serve] = [line for line in out.splitlines() if "streamlit run app.py" in line]
    assert serve.startswith(f"COI_DB={DEMO_DB} ")
    assert "/srv/coi/panel.sqlite3" not in out


def test_make_run_listens_on_this_machine_only_unless_told_otherwise():
    assert "--server.address 127.0.0.1" in _make_n("run")
    assert "--server.address 0.0.0.0" in _make_n("run", ADDRESS="0.0.0.0")


def test_make_clean_removes_the_demos_database_and_no_other():
    out = _make_n("clean")
    assert str(DEMO_DB) in out
    assert "*.sqlite3" not in out and "coi.sqlite3" not in out


# ------------------------------------------------------------------ item 15: private files

@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_a_new_database_its_wal_and_shm_files_and_its_folder_are_private(tmp_path, umask):
    old = os.umask(umask)
    try:
        db = tmp_path / "data" / "coi.sqlite3"
        with Store.open(db) as store:
            store.audit("test", "test", {})
            assert {p.name: mode(p) for p in db.parent.iterdir()} == {
                "coi.sqlite3": 0o600, "coi.sqlite3-wal": 0o600, "coi.sqlite3-shm": 0o600,
                "coi.sqlite3.key": 0o600}  # the chain key (coi.store.chain), made on first use
        assert mode(db.parent) == 0o700
    finally:
        os.umask(old)


def test_an_existing_database_loses_group_and_other_permissions_when_opened(tmp_path, umask_022):
    db = tmp_path / "coi.sqlite3"
    Store.open(db).close()
    os.chmod(db, 0o664)
    with Store.open(db) as store:
        store.audit("test", "test", {})
        assert mode(db) == 0o600 and mode(Path(f"{db}-wal")) == 0o600


def test_an_existing_folder_is_left_as_it_is(tmp_path, umask_022):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    Store.open(folder / "coi.sqlite3").close()
    assert mode(folder) == 0o755


def test_a_backup_and_a_restored_database_are_private(demo_db, tmp_path, umask_022):
    copy = tmp_path / "backup.sqlite3"
    assert coi("backup", "--db", demo_db, "--out", copy).exit_code == 0
    assert mode(copy) == 0o600
    restored = tmp_path / "new" / "coi.sqlite3"
    restore(copy, restored, key_path=f"{demo_db}.key")  # the chain key is kept apart from backups
    assert mode(restored) == 0o600 and mode(restored.parent) == 0o700


def test_a_backup_never_uses_the_old_predictable_temporary_name(demo_db, tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "backup.sqlite3"
    planted = tmp_path / ".backup.sqlite3.partial"
    planted.symlink_to(victim)
    opened = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda path, *a, **kw: opened.append(str(path)) or real_connect(path, *a, **kw))
    backup(demo_db, target)
    assert str(planted) not in opened  # nothing planted at a name known in advance is touched
    assert planted.is_symlink() and os.readlink(planted) == str(victim)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".backup.sqlite3.partial", "backup.sqlite3", "victim.txt"]


def test_a_backup_refuses_a_link_at_the_target(demo_db, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "backup.sqlite3"
    target.symlink_to(victim)
    with pytest.raises(BackupError, match="symbolic link"):
        backup(demo_db, target)
    assert victim.read_text(encoding="utf-8") == "keep me" and target.is_symlink()


@pytest.fixture
def out_commands(demo_db, tmp_path) -> dict[str, list]:
    """Every command that writes a file with --out, and what it needs (the path comes last)."""
    small = tmp_path / "in"
    small.mkdir()
    (small / "q.csv").write_text("query_id,name\nq1,Bill O'Brien\n", encoding="utf-8")
    (small / "c.csv").write_text("candidate_id,name\nc1,William OBrien\n", encoding="utf-8")
    (small / "members.csv").write_text("member_id,name,appointed_by\nM01,Ana Diaz,Governor\n", encoding="utf-8")
    (small / "disclosures.csv").write_text("member_id,relation,name\nM01,spouse,Luis Diaz\n", encoding="utf-8")
    (small / "docket.csv").write_text("case_id,party_name,party_role\nC1,Luis Diaz,witness\n", encoding="utf-8")
    return {
        "screen": ["screen", "--members", small / "members.csv", "--disclosures", small / "disclosures.csv",
                   "--docket", small / "docket.csv"],
        "match": ["match", "--queries", small / "q.csv", "--candidates", small / "c.csv"],
        "report": ["report", "--db", demo_db, "--meeting", "2026-12-10", "--format", "csv"],
        "audit": ["audit", "--db", demo_db, "--meeting", "2026-08-13"],
    }


COMMANDS = ["screen", "match", "report", "audit"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_written_with_out_is_private(out_commands, tmp_path, umask_022, command):
    out = tmp_path / f"{command}.csv"
    result = coi(*out_commands[command], "--out", out)
    assert result.exit_code == 0, result.output
    assert mode(out) == 0o600 and out.stat().st_size > 0
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_link_planted_at_the_old_temporary_name_is_not_followed(out_commands, tmp_path, command):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / f"{command}.csv"
    (tmp_path / f".{command}.csv.partial").symlink_to(victim)
    result = coi(*out_commands[command], "--out", out)
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not out.is_symlink() and mode(out) == 0o600


@pytest.mark.parametrize("command", COMMANDS)
def test_an_out_that_is_a_symbolic_link_is_refused(out_commands, tmp_path, command):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / f"{command}.csv"
    out.symlink_to(victim)
    result = coi(*out_commands[command], "--out", out)
    assert result.exit_code == 1 and "symbolic link" in result.output
    assert victim.read_text(encoding="utf-8") == "keep me" and out.is_symlink()


def test_the_sign_in_page_refuses_a_real_database_where_a_demo_password_works(tmp_path, monkeypatch):
    """A visitor meets the refusal on the sign-in page itself, and a sign-in is not accepted."""
    from tests.test_sessions import call, form_page

    monkeypatch.setenv("COI_DB", str(_real_panel_with_demo_passwords(tmp_path)))
    status, _, body = call("GET", "/coi/sign-in", headers={"accept": "text/html"})
    assert status == 503 and "will not start on this database" in body and "<form" not in body
    status, pairs, body = call("POST", "/coi/sign-in", body=b"username=staff&password=demo-staff-pass",
                               headers={"content-type": "application/x-www-form-urlencoded"})
    assert status == 503 and not any(k == "set-cookie" for k, _ in pairs)
    with Store.open(os.environ["COI_DB"]) as store:
        Accounts(store).set_password("staff", OWN, by=SYSTEM)
        Accounts(store).set_disabled("p-101", True, by=SYSTEM)
    assert "<form" in form_page()[0]
