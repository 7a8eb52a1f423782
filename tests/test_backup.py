"""Backup and restore (coi.store.backup, `coi backup` / `coi restore`): a round trip keeps every
row, a backup is taken while a writer is busy, and a bad backup is refused untouched — a
booby-trapped one too (issue 12, item 8): a schema that is not exactly coi's for its version,
a chain that does not verify with the key, and the accounts a restore would change listed
and asked about before anything is replaced."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.store import chain
from coi.store.backup import BackupError, account_changes, backup, plan_restore, restore
from coi.store.database import Store
from tests.test_chain import tampering


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("backup") / "coi.sqlite3"
    assert CliRunner().invoke(main, ["demo", "--db", str(db), "--as-of", "2026-11-22"]).exit_code == 0
    return db


def test_backup_then_restore_gives_back_every_row(demo_db, tmp_path, tried):
    copy = tmp_path / "backup.sqlite3"
    runner = CliRunner()
    assert runner.invoke(main, ["backup", "--db", str(demo_db), "--out", str(copy)]).exit_code == 0
    restored = tmp_path / "restored.sqlite3"
    done = runner.invoke(main, ["restore", "--db", str(restored), str(copy), "--yes", "--key",
                                str(chain.key_file(demo_db))])
    assert done.exit_code == 0, done.output
    original = [line for line in dump(demo_db) if "audit_log" not in line]
    again = [line for line in dump(restored) if "audit_log" not in line]
    assert original == again and len(original) > 3000
    tried(f"backup and restore: round trip of {len(original):,} statements identical; "
          "5 backups taken under a busy writer, each passing the integrity check")


def _busy_rows(path) -> list[int]:
    """The ids of the busy writer's audit entries in a database, in order."""
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM audit_log WHERE action = 'busy' ORDER BY id")]
    finally:
        conn.close()


def test_a_backup_taken_while_a_writer_works_is_consistent(demo_db, tmp_path):
    """Five backups while a writer commits entry after entry: the writer is never refused, and
    each backup is sound and holds every entry committed before it began, with no hole."""
    live = tmp_path / "live.sqlite3"
    backup(demo_db, live)
    shutil.copy2(chain.key_file(demo_db), chain.key_file(live))  # the key is kept apart from backups
    stop = threading.Event()
    written: list[int] = []  # the ids of the entries the writer committed, in order
    errors: list[BaseException] = []

    def write():
        try:
            with Store.open(live) as store:
                while not stop.is_set():
                    written.append(store.audit("busy", "test", {"n": len(written)}))  # committed on return
        except BaseException as exc:  # a thread's exception would otherwise be lost: the test reports it
            errors.append(exc)

    def writer_moves_on(past: int) -> None:
        deadline = time.monotonic() + 30
        while len(written) <= past and not errors and time.monotonic() < deadline:
            time.sleep(0.005)

    writer = threading.Thread(target=write)
    writer.start()
    committed_before = []
    try:
        for n in range(5):
            writer_moves_on(len(written))  # each backup has entries of its own to hold
            committed_before.append(list(written))
            backup(live, tmp_path / f"b{n}.sqlite3")
    finally:
        stop.set()
        writer.join()
    assert errors == []
    for n, before in enumerate(committed_before):
        copy = tmp_path / f"b{n}.sqlite3"
        assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        held = _busy_rows(copy)
        assert len(held) >= len(before) > 0 and len(before) > (len(committed_before[n - 1]) if n else 0)
        assert held == written[:len(held)]  # what the writer committed, in order, up to one moment


@pytest.mark.parametrize("content, words", [(b"not a database at all" * 100, "not a SQLite database"),
                                            (None, "not a coi one")])
def test_a_bad_backup_is_refused_and_the_database_is_untouched(demo_db, tmp_path, content, words):
    bad = tmp_path / "bad.sqlite3"
    if content is None:
        sqlite3.connect(bad).execute("CREATE TABLE other (x)").connection.commit()
    else:
        bad.write_bytes(content)
    live = tmp_path / "live.sqlite3"
    backup(demo_db, live)
    before = dump(live)
    with pytest.raises(BackupError, match=words):
        restore(bad, live)
    assert dump(live) == before


def test_a_backup_from_a_newer_coi_is_refused(tmp_path):
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE prompts (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="upgrade coi"):
        restore(newer, tmp_path / "coi.sqlite3")


# ------------------------------------------------------------------ issue 12, item 8: booby-trapped backups

@pytest.fixture
def live(demo_db, tmp_path):
    """A live database (with its key) and a clean backup of it to booby-trap."""
    db = tmp_path / "live" / "coi.sqlite3"
    db.parent.mkdir()
    backup(demo_db, db)
    shutil.copy2(chain.key_file(demo_db), chain.key_file(db))
    copy = tmp_path / "backup.sqlite3"
    backup(db, copy)
    return db, copy


def coi_restore(db, copy, *args):
    return CliRunner().invoke(main, ["restore", "--db", str(db), str(copy), *args])


def add_account(copy, username="intruder", role="admin"):
    conn = sqlite3.connect(copy)
    conn.execute("INSERT INTO accounts (username, role, member_id, password_hash, created_at, disabled)"
                 " VALUES (?, ?, NULL, 'scrypt$1024$8$1$AAAA$AAAA', '2026-11-01T00:00:00Z', 0)", (username, role))
    conn.commit()
    conn.close()


RECUSE_TO_NO_CONFLICT = ("CREATE TRIGGER decisions_cleanup AFTER INSERT ON decisions WHEN NEW.answer = 'self_recuse'"
                         " BEGIN UPDATE decisions SET answer = 'no_conflict', reason = 'No conflict'"
                         " WHERE id = NEW.id; END")


def test_the_booby_trapped_backup_of_the_issue_is_refused_naming_each_trap(live):
    """An extra admin account, the append-only triggers removed and a hidden trigger that turns
    "I recuse myself" into "No conflict": it restored and verified green before."""
    db, copy = live
    before = dump(db)
    add_account(copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    for name in ("decisions_no_update", "decisions_no_delete", "audit_log_no_update", "audit_log_no_delete"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(RECUSE_TO_NO_CONFLICT)
    conn.close()
    result = coi_restore(db, copy, "--yes")
    assert result.exit_code == 1
    for words in ("trigger decisions_no_update is missing", "trigger audit_log_no_delete is missing",
                  "trigger decisions_cleanup is not part of coi's schema", "nothing was replaced"):
        assert words in result.output, result.output
    assert dump(db) == before


@pytest.mark.parametrize("trap, words", [
    ("DROP TRIGGER item_votes_append_only_update", "trigger item_votes_append_only_update is missing"),
    ("DROP TRIGGER prompt_facts_chained", "trigger prompt_facts_chained is missing"),
    (RECUSE_TO_NO_CONFLICT, "trigger decisions_cleanup is not part of coi's schema"),
    ("CREATE VIEW v AS SELECT * FROM accounts", "view v is not part of coi's schema"),
    ("CREATE INDEX decisions_extra ON decisions (answer)", "index decisions_extra is not part of coi's schema"),
    ("ALTER TABLE accounts ADD COLUMN backdoor TEXT", "table accounts differs from coi's"),
    ("DROP INDEX prompts_by_member", "index prompts_by_member is missing"),
])
def test_a_backup_whose_schema_is_not_cois_is_refused(live, trap, words):
    db, copy = live
    before = dump(db)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute(trap)
    conn.close()
    with pytest.raises(BackupError, match="not a coi database as coi made it") as exc:
        restore(copy, db)
    assert words in str(exc.value)
    assert dump(db) == before


def test_a_backup_whose_chain_was_rewritten_is_refused(live):
    db, copy = live
    before = dump(db)
    with tampering(copy) as conn:  # the triggers put back exactly: the schema is coi's
        conn.execute("UPDATE prompt_facts SET tier = CASE tier WHEN 'advisory' THEN 'statutory' ELSE 'advisory' END"
                     " WHERE id = (SELECT min(id) FROM prompt_facts)")
    result = coi_restore(db, copy, "--yes")
    assert result.exit_code == 1 and "hash chain does not verify" in result.output
    assert "prompt_facts row 1): the row was changed" in result.output and dump(db) == before


def test_a_backup_checked_with_another_databases_key_is_refused(live, tmp_path):
    db, copy = live
    other = tmp_path / "other.sqlite3"
    Store.open(other).close()
    with pytest.raises(BackupError, match="made with another key"):
        plan_restore(copy, db, chain.key_file(other))


def test_the_accounts_a_restore_would_change_are_listed_and_asked_about(live):
    db, copy = live
    before = dump(db)
    add_account(copy)
    result = coi_restore(db, copy)  # no terminal to ask on, no --yes
    assert result.exit_code == 1
    assert "intruder: added (admin, enabled)" in result.output and "nothing was replaced" in result.output
    assert dump(db) == before
    done = coi_restore(db, copy, "--yes")
    assert done.exit_code == 0 and "intruder: added (admin, enabled)" in done.output
    with Store.open(db) as store:
        (entry,) = store.audit_log(1, action="restored from backup")
        assert entry.detail["accounts"] == ["intruder: added (admin, enabled)"]


def test_a_restore_asks_on_a_terminal_and_a_no_changes_nothing(live, monkeypatch):
    db, copy = live
    before = dump(db)
    add_account(copy)
    monkeypatch.setattr("coi.cli.records.interactive", lambda: True)
    result = CliRunner().invoke(main, ["restore", "--db", str(db), str(copy)], input="n\n")
    assert "intruder: added (admin, enabled)" in result.output and "Replace" in result.output
    assert result.exit_code == 1 and dump(db) == before


@pytest.mark.parametrize("change, words", [
    (lambda a: a.pop("staff"), "staff: removed (was staff)"),
    (lambda a: a["staff"].update(role="admin"), "staff: role staff → admin"),
    (lambda a: a["staff"].update(password_hash="x"), "staff: password changed"),
    (lambda a: a["staff"].update(disabled=1), "staff: disabled"),
    (lambda a: a["m01"].update(disabled=0), "m01: enabled"),
])
def test_every_kind_of_account_change_is_named(change, words):
    now = {"staff": {"role": "staff", "member_id": None, "password_hash": "h", "disabled": 0},
           "m01": {"role": "member", "member_id": "M01", "password_hash": "h", "disabled": 1}}
    then = {k: dict(v) for k, v in now.items()}
    change(then)
    assert [str(c) for c in account_changes(now, then)] == [words]


def test_a_backup_restored_to_a_new_place_needs_the_key_and_takes_it_along(live, tmp_path):
    db, copy = live
    new = tmp_path / "new" / "coi.sqlite3"
    refused = coi_restore(new, copy, "--yes")
    assert refused.exit_code == 1 and "--key" in refused.output and not new.exists()
    done = coi_restore(new, copy, "--yes", "--key", str(chain.key_file(db)))
    assert done.exit_code == 0, done.output
    assert chain.key_file(new).read_bytes() == chain.key_file(db).read_bytes()
    assert CliRunner().invoke(main, ["verify", "--db", str(new)]).exit_code == 0


def test_a_backup_reminds_that_the_key_is_kept_apart(live, tmp_path):
    db, _ = live
    result = CliRunner().invoke(main, ["backup", "--db", str(db), "--out", str(tmp_path / "b.sqlite3")])
    assert result.exit_code == 0 and f"The chain key {chain.key_file(db)} is not in the backup" in result.output
