"""Tamper evidence (coi.store.chain, `coi verify`): decisions, votes, the prompts' facts and the
audit log are hash-chained with a key kept outside the database; an entry edited, deleted,
inserted or reordered at any position is found, so is a chain recomputed without the key, a
trigger dropped, changed or added, and — against a head exported earlier — a history cut
back or rewritten by someone who has the key too."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.model import Answer
from coi.store import chain
from coi.store.database import Store
from coi.store.migrations import MIGRATIONS
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


@contextmanager
def tampering(db):
    """A connection as a careful tamperer has it: no coi, the append-only triggers dropped
    while they work and created again, exactly as they were, afterwards."""
    conn = sqlite3.connect(db, isolation_level=None)
    saved = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in saved:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        yield conn
    finally:
        for _, sql in saved:
            conn.execute(sql)
        conn.close()


def verdict(db) -> chain.Verdict:
    with Store.open(db) as store, store.reading() as conn:
        return chain.verify(conn)


def coi_verify(db, *args):
    return CliRunner().invoke(main, ["verify", "--db", str(db), *args])


def entries(db) -> list[tuple]:
    return sqlite3.connect(db).execute("SELECT id, tbl, row_id FROM chain ORDER BY id").fetchall()


def recompute(conn, link) -> None:
    """Recompute every link of the chain from the rows as they are, with ``link(text)``."""
    prev = chain.GENESIS
    for entry_id, table, row_id in conn.execute("SELECT id, tbl, row_id FROM chain ORDER BY id").fetchall():
        cols = ", ".join(chain.TABLES[table])
        row = conn.execute(f"SELECT json_array({cols}) FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
        h = link(f"{prev}|{table}|{row_id}|{row}")
        conn.execute("UPDATE chain SET prev = ?, hash = ? WHERE id = ?", (prev, h, entry_id))
        prev = h


def rewrite_a_recusal(conn) -> int:
    """Turn the first "I recuse myself" into "No conflict"; returns the decision's id."""
    (decision_id,) = conn.execute("SELECT min(id) FROM decisions WHERE answer = 'self_recuse'").fetchone()
    conn.execute("UPDATE decisions SET answer = 'no_conflict', reason = 'not my relative' WHERE id = ?",
                 (decision_id,))
    return decision_id


def test_an_untouched_record_verifies(db, tried):
    v = verdict(db)
    conn = sqlite3.connect(db)
    rows = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in chain._existing(conn, chain.TABLES))
    assert v.ok and v.entries == len(entries(db)) == rows > 2400
    assert coi_verify(db).exit_code == 0
    tried(f"chain: {v.entries:,} entries verified on the demo record")


POSITIONS = ("first", "middle", "last")


def at(db, where: str) -> tuple:
    e = entries(db)
    return {"first": e[0], "middle": e[len(e) // 2], "last": e[-1]}[where]


@pytest.mark.parametrize("where", POSITIONS)
def test_an_edited_row_is_found(db, where):
    _, table, row_id = at(db, where)
    column = chain.TABLES[table][-1]
    with tampering(db) as conn:
        conn.execute(f"UPDATE {table} SET {column} = coalesce({column}, '') || ' ' WHERE id = ?", (row_id,))
    assert any(f"{table} row {row_id}): the row was changed" in p for p in verdict(db).problems)


@pytest.mark.parametrize("where", POSITIONS)
def test_a_deleted_row_is_found(db, where):
    _, table, row_id = at(db, where)
    with tampering(db) as conn:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    assert any("the row is gone" in p for p in verdict(db).problems)


@pytest.mark.parametrize("where", POSITIONS)
def test_a_deleted_chain_entry_with_its_row_is_found_unless_it_was_the_last(db, where):
    entry_id, table, row_id = at(db, where)
    head_before = verdict(db).head
    with tampering(db) as conn:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        conn.execute("DELETE FROM chain WHERE id = ?", (entry_id,))
    v = verdict(db)
    if where == "last":
        # the tail alone can be cut cleanly; the head printed on the meeting report before
        # the cut is no longer in the chain, which `coi verify --against` finds
        assert v.ok and v.head != head_before
        result = coi_verify(db, "--against", head_before)
        assert result.exit_code == 1 and f"head {head_before} is not in this chain" in result.output
    else:
        assert any("does not follow" in p for p in v.problems)


def test_a_row_inserted_behind_cois_back_is_found(db):
    with tampering(db) as conn:
        conn.execute("INSERT INTO audit_log (at, actor, action, detail) VALUES ('2026-01-01', 'x', 'forged', '{}')")
    assert any("not in the chain" in p for p in verdict(db).problems)


def test_a_writer_without_coi_cannot_even_append(db):
    with pytest.raises(sqlite3.OperationalError, match="coi_chain_mac"):
        sqlite3.connect(db).execute("INSERT INTO audit_log (at, actor, action, detail) VALUES ('x', 'x', 'x', '{}')")


@pytest.mark.parametrize("where", ("first", "middle"))
def test_reordered_entries_are_found(db, where):
    e = entries(db)
    i = 0 if where == "first" else len(e) // 2
    (a, _, _), (b, _, _) = e[i], e[i + 1]
    with tampering(db) as conn:
        conn.execute("UPDATE chain SET id = -1 WHERE id = ?", (a,))
        conn.execute("UPDATE chain SET id = ? WHERE id = ?", (a, b))
        conn.execute("UPDATE chain SET id = ? WHERE id = -1", (b,))
    assert any("does not follow" in p for p in verdict(db).problems)


def test_verify_exits_1_naming_the_problem(db):
    _, table, row_id = at(db, "middle")
    with tampering(db) as conn:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    result = coi_verify(db)
    assert result.exit_code == 1 and "the row is gone" in result.output


# ------------------------------------------------------------------ item 7: a rewritten chain is caught

def test_a_chain_recomputed_by_hand_without_the_key_fails_verify(db):
    """The attack of issue 12, item 7: rewrite an answer, recompute every hash with the
    SHA-256 formula, put the triggers back. The old chain verified green."""
    with tampering(db) as conn:
        rewrite_a_recusal(conn)
        recompute(conn, lambda text: hashlib.sha256(text.encode("utf-8")).hexdigest())
    v = verdict(db)
    assert not v.ok and any("recomputed without the key" in p for p in v.problems)
    assert coi_verify(db).exit_code == 1


def test_a_chain_recomputed_with_the_key_is_caught_against_a_head_exported_before(db, tried):
    """Someone with the key too can make the chain verify; the head printed on the last
    meeting report no longer stands in it."""
    exported = verdict(db).head
    assert coi_verify(db, "--against", exported).exit_code == 0
    key = chain.read_key(chain.key_file(db))
    with tampering(db) as conn:
        decision_id = rewrite_a_recusal(conn)
        recompute(conn, lambda text: chain.mac(key, text))
    assert verdict(db).ok  # the key holder's rewrite is self-consistent ...
    result = coi_verify(db, "--against", exported)
    assert result.exit_code == 1 and f"head {exported} is not in this chain" in result.output  # ... but not this
    tried(f"chain: decision {decision_id} rewritten and the chain re-keyed by a key holder, caught against the head")


def test_a_head_still_in_the_record_is_found_at_its_position(db):
    head_then = verdict(db).head
    with Store.open(db) as store:
        store.audit("later", "t", {})
    result = coi_verify(db, "--against", head_then)
    assert result.exit_code == 0 and f"head {head_then} is entry {len(entries(db)) - 1} of" in result.output.lower()


def test_against_something_that_is_not_a_head_is_a_usage_error(db):
    result = coi_verify(db, "--against", "not-a-head")
    assert result.exit_code == 2 and "64 hexadecimal digits" in result.output


@pytest.mark.parametrize("trap", ["dropped", "changed", "added"])
def test_a_trigger_dropped_changed_or_added_fails_verify(db, trap):
    conn = sqlite3.connect(db, isolation_level=None)
    if trap == "dropped":
        conn.execute("DROP TRIGGER decisions_no_update")
        words = "trigger decisions_no_update is missing"
    elif trap == "changed":
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END")
        words = "trigger audit_log_no_delete differs from coi's"
    else:
        conn.execute("CREATE TRIGGER quiet_no_conflict BEFORE INSERT ON decisions WHEN NEW.answer = 'self_recuse'"
                     " BEGIN SELECT RAISE(IGNORE); END")
        words = "trigger quiet_no_conflict is not part of coi's schema"
    conn.close()
    v = verdict(db)
    assert any(words in p for p in v.problems), v.problems
    result = coi_verify(db)
    assert result.exit_code == 1 and words in result.output


# ------------------------------------------------------------------ the key

def test_the_key_is_made_on_first_use_beside_the_database_and_private(tmp_path):
    db = tmp_path / "coi.sqlite3"
    Store.open(db).close()
    key = chain.key_file(db)
    assert key.exists() and oct(key.stat().st_mode & 0o777) == oct(0o600)
    assert len(bytes.fromhex(key.read_text().strip())) == chain.KEY_BYTES
    before = key.read_text()
    Store.open(db).close()
    assert key.read_text() == before  # made once


def test_a_missing_key_is_said_naming_the_file_and_never_made_anew(db):
    key = chain.key_file(db)
    key.unlink()
    with pytest.raises(chain.ChainKeyError, match="restore it from your backup of the key"):
        Store.open(db)
    assert not key.exists()
    result = coi_verify(db)
    assert result.exit_code == 1 and str(key) in result.output and "Traceback" not in result.output
    report = CliRunner().invoke(main, ["audit", "--db", str(db), "--meeting", "2026-12-10"])
    assert report.exit_code == 1 and str(key) in report.output


def test_another_databases_key_is_refused(db, tmp_path):
    other = tmp_path / "other" / "coi.sqlite3"
    Store.open(other).close()
    chain.key_file(db).write_bytes(chain.key_file(other).read_bytes())
    with pytest.raises(chain.ChainKeyError, match="not the key this database's chain was made with"):
        Store.open(db)


# ------------------------------------------------------------------ the upgrade from the unkeyed chain

_EVIDENCE = '{"query":"","matched":"","score":100,"components":[],"reason":"same name"}'


def legacy_database(tmp_path):
    """A database of schema version 9 (the unkeyed chain) with two prompts, an answer and votes."""
    from tests.test_meetings import DOCKET, ROSTER, TIES

    db = tmp_path / "old.sqlite3"
    with Store.open(db, migrations=MIGRATIONS[:9]) as old:
        old.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        old.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
        old.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
        c = old._conn
        c.execute("INSERT INTO screen_runs (started_at, finished_at, as_of, policy, threshold, parties, cases,"
                  " prompts, opened, withdrawn, actor) VALUES ('t', 't', 't', 'p', 80, 0, 0, 0, 0, 0, 't')")
        for key, case, member, name, party, category in (("k1", "C-1", "M01", "Ana Diaz", "Luis Diaz", "spouse"),
                                                         ("k2", "C-2", "M02", "Ben Cole", "Omar Cole", "sibling")):
            c.execute("INSERT INTO prompts (key, case_id, member_id, member_name, party_name, party_role, party_kind,"
                      " party_confidential, category, tier, score, matched_name, path, basis, evidence, tie_key,"
                      " first_run, last_run, status) VALUES (?, ?, ?, ?, ?, 'witness', 'person', 0, ?, 'statutory',"
                      " 100, ?, ?, '50 ILCS 705/3.1(g)', ?, 't', 1, 1, 'open')",
                      (key, case, member, name, party, category, party,
                       json.dumps([["Member", name], [category, party]]), _EVIDENCE))
        c.execute("INSERT INTO decisions (prompt_key, member_id, answer, reason, decided_by, decided_at)"
                  " VALUES ('k2', 'M02', 'self_recuse', NULL, 'm02', '2026-11-20T10:00:00Z')")
        c.execute("INSERT INTO meetings VALUES ('M-1', '2026-12-10', 't', 't')")
        c.execute("INSERT INTO agenda_items VALUES ('M-1', 1, 'C-1'), ('M-1', 2, 'C-2')")
        c.execute("INSERT INTO item_votes (meeting_id, item, member_id, vote, recorded_at, recorded_by)"
                  " VALUES ('M-1', 1, 'M01', 'yes', 't', 't'), ('M-1', 2, 'M02', 'no', 't', 't')")
    assert not chain.key_file(db).exists()
    return db


def test_an_unkeyed_chain_is_verified_then_keyed_on_upgrade(tmp_path):
    db = legacy_database(tmp_path)
    conn = sqlite3.connect(db)
    conn.create_function("coi_sha256", 1, chain.sha256)
    old_head = chain.head(conn)
    conn.close()
    with Store.open(db) as store:
        assert store.schema_version == len(MIGRATIONS) and chain.key_file(db).exists()
        with store.reading() as conn:
            v = chain.verify(conn)
            assert v.ok, v.problems
        (decision,) = store.decisions()
        answered = json.loads(sqlite3.connect(db).execute("SELECT answered FROM decisions").fetchone()[0])
        assert (answered["case_id"], answered["member_id"], answered["tier"]) == ("C-2", "M02", "statutory")
        assert decision.answer is Answer.SELF_RECUSE
        assert {(f.prompt_key, f.tier) for f in store.prompt_facts()} == {("k1", "statutory"), ("k2", "statutory")}
    cases = sqlite3.connect(db).execute("SELECT item, case_id FROM item_votes ORDER BY id").fetchall()
    assert cases == [(1, "C-1"), (2, "C-2")]
    # a head printed on a report before the upgrade is still recognised
    result = coi_verify(db, "--against", old_head)
    assert result.exit_code == 0 and "from before the chain was keyed" in result.output
    # and the keyed chain is no longer recomputable with the old formula
    with tampering(db) as conn:
        recompute(conn, lambda text: hashlib.sha256(text.encode("utf-8")).hexdigest())
    assert not verdict(db).ok


def test_an_upgrade_refuses_to_key_an_unkeyed_chain_that_does_not_verify(tmp_path):
    db = legacy_database(tmp_path)
    with tampering(db) as conn:
        conn.execute("UPDATE decisions SET answer = 'no_conflict', reason = 'x'")
    with pytest.raises(chain.ChainBroken, match="will not key it"):
        Store.open(db)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == 9  # nothing keyed, nothing laundered
    result = coi_verify(db)
    assert result.exit_code == 1 and "decisions row 1" in result.output


def test_schema_version_6_is_unchanged():
    """Version 6's script is generated from coi.store.chain; databases in the field ran it."""
    assert hashlib.sha256(MIGRATIONS[5].encode()).hexdigest().startswith("f70a480114f317dd")


def test_the_meeting_report_prints_the_chains_head(db):
    from coi.decisions import meetings

    with Store.open(db) as store:
        r = meetings.build_report(store, SYSTEM, "2026-12-10")
        with store.reading() as conn:
            assert r.chain_head == chain.head(conn) != chain.GENESIS


def test_an_in_memory_store_has_a_key_of_its_own():
    with Store.open(":memory:") as store:
        store.audit("x", "t", {})
        with store.reading() as conn:
            assert chain.verify(conn).ok
    assert not os.path.exists(":memory:.key")
