"""Tamper evidence (coi.chain, `coi verify`): decisions, votes and the audit log are
hash-chained; an entry edited, deleted, inserted or reordered at any position is found."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from coi import chain
from coi.cli import main
from coi.model import Answer
from coi.store import Store
from tests.factories import SYSTEM, copy_database, demo_database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("chain"))
    with Store.open(db) as store:
        for p in store.prompts()[:6]:
            store.record_decision(p.key, answer=Answer.SELF_RECUSE, reason=None, decided_by=p.member_id.lower())
    return db


@pytest.fixture
def db(demo_db, tmp_path):
    return copy_database(demo_db, tmp_path)


def raw(db) -> sqlite3.Connection:
    """A connection as a tamperer has it: no coi, the append-only triggers dropped."""
    conn = sqlite3.connect(db, isolation_level=None)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def verdict(db) -> chain.Verdict:
    with Store.open(db) as store, store.reading() as conn:
        return chain.verify(conn)


def entries(db) -> list[tuple]:
    return sqlite3.connect(db).execute("SELECT id, tbl, row_id FROM chain ORDER BY id").fetchall()


def test_an_untouched_record_verifies(db, tried):
    v = verdict(db)
    conn = sqlite3.connect(db)
    rows = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in chain.TABLES)
    assert v.ok and v.entries == len(entries(db)) == rows > 2400
    assert CliRunner().invoke(main, ["verify", "--db", str(db)]).exit_code == 0
    tried(f"chain: {v.entries:,} entries verified on the demo record")


POSITIONS = ("first", "middle", "last")


def at(db, where: str) -> tuple:
    e = entries(db)
    return {"first": e[0], "middle": e[len(e) // 2], "last": e[-1]}[where]


@pytest.mark.parametrize("where", POSITIONS)
def test_an_edited_row_is_found(db, where):
    _, table, row_id = at(db, where)
    column = chain.TABLES[table][-1]
    raw(db).execute(f"UPDATE {table} SET {column} = {column} || ' ' WHERE id = ?", (row_id,))
    assert any(f"{table} row {row_id}): the row was changed" in p for p in verdict(db).problems)


@pytest.mark.parametrize("where", POSITIONS)
def test_a_deleted_row_is_found(db, where):
    _, table, row_id = at(db, where)
    raw(db).execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    assert any("the row is gone" in p for p in verdict(db).problems)


@pytest.mark.parametrize("where", POSITIONS)
def test_a_deleted_chain_entry_with_its_row_is_found_unless_it_was_the_last(db, where):
    entry_id, table, row_id = at(db, where)
    head_before = verdict(db).head
    conn = raw(db)
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    conn.execute("DELETE FROM chain WHERE id = ?", (entry_id,))
    v = verdict(db)
    if where == "last":
        # the tail alone can be cut cleanly; the head printed on the meeting report before
        # the cut no longer matches, which is why the report prints it
        assert v.ok and v.head != head_before
    else:
        assert any("does not follow" in p for p in v.problems)


def test_a_row_inserted_behind_cois_back_is_found(db):
    conn = raw(db)
    conn.execute("INSERT INTO audit_log (at, actor, action, detail) VALUES ('2026-01-01', 'x', 'forged', '{}')")
    assert any("not in the chain" in p for p in verdict(db).problems)


def test_a_writer_without_coi_cannot_even_append(db):
    with pytest.raises(sqlite3.OperationalError, match="coi_sha256"):
        sqlite3.connect(db).execute("INSERT INTO audit_log (at, actor, action, detail) VALUES ('x', 'x', 'x', '{}')")


@pytest.mark.parametrize("where", ("first", "middle"))
def test_reordered_entries_are_found(db, where):
    e = entries(db)
    i = 0 if where == "first" else len(e) // 2
    (a, ta, ra), (b, tb, rb) = e[i], e[i + 1]
    conn = raw(db)
    conn.execute("UPDATE chain SET id = -1 WHERE id = ?", (a,))
    conn.execute("UPDATE chain SET id = ? WHERE id = ?", (a, b))
    conn.execute("UPDATE chain SET id = ? WHERE id = -1", (b,))
    assert any("does not follow" in p for p in verdict(db).problems)


def test_verify_exits_1_naming_the_problem(db):
    _, table, row_id = at(db, "middle")
    raw(db).execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    result = CliRunner().invoke(main, ["verify", "--db", str(db)])
    assert result.exit_code == 1 and "the row is gone" in result.output


def test_rows_written_before_the_chain_existed_are_chained_once_on_upgrade(tmp_path):
    from coi.migrations import MIGRATIONS

    db = tmp_path / "old.sqlite3"
    with Store.open(db, migrations=MIGRATIONS[:5]) as old:
        old.audit("before the chain", "t", {})
    with Store.open(db) as store, store.reading() as conn:
        v = chain.verify(conn)
        assert v.ok and v.entries == 1
    with Store.open(db) as store:
        store.audit("after", "t", {})
        with store.reading() as conn:
            assert chain.verify(conn).ok and chain.verify(conn).entries == 2


def test_the_meeting_report_prints_the_chains_head(db):
    from coi import meetings

    with Store.open(db) as store:
        r = meetings.build_report(store, SYSTEM, "2026-12-10")
        with store.reading() as conn:
            assert r.chain_head == chain.head(conn) != chain.GENESIS
