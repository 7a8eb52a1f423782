"""A full disk during an import (simulated with PRAGMA max_page_count): the import rolls back
whole, the database is left as it was, and the command line says so in plain words."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.store.database import Store
from tests.factories import party


def test_an_import_that_fills_the_disk_rolls_back_whole(tmp_path, tried):
    with Store.open(tmp_path / "coi.sqlite3") as store:
        store.import_docket([party("Ana Diaz", case_id="C-0")], source="a", fingerprint="a", actor="t")
        pages = store.pragma("page_count")
        store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        big = [party(f"Party {n} " + "x" * 150, case_id=f"C-{n // 5}") for n in range(5000)]
        with pytest.raises(sqlite3.OperationalError, match="full"):
            store.import_docket(big, source="big", fingerprint="big", actor="t")
        assert [p.name for p in store.parties()] == ["Ana Diaz"]
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tried("disk full: a 5,000-party import into a database 2 pages from its limit rolled back whole, "
          "integrity ok; the command line said so without a traceback")


def test_the_command_line_says_the_disk_is_full_without_a_traceback(tmp_path, monkeypatch):
    db = tmp_path / "coi.sqlite3"
    docket = tmp_path / "docket.csv"
    docket.write_text("case_id,party_name,party_role\n" + "".join(
        f"C-{n // 5},Party {n} {'x' * 150},witness\n" for n in range(5000)), encoding="utf-8")
    opened = Store.open.__func__

    def small(cls, path, **kw):
        store = opened(cls, path, **kw)
        store._conn.execute(f"PRAGMA max_page_count = {store.pragma('page_count') + 2}")
        return store

    monkeypatch.setattr(Store, "open", classmethod(small))
    result = CliRunner().invoke(main, ["import", "--db", str(db), str(docket)])
    assert result.exit_code == 1 and "the disk is full" in result.output and "nothing was changed" in result.output
    assert "Traceback" not in result.output
    monkeypatch.undo()
    with Store.open(db) as store:
        assert store.parties() == [] and store.audit_log(action="import") == []
