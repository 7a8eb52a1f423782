"""Where the database lives: an option beats $COI_DB, which beats data/coi.sqlite3."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from coi.cli import main
from coi.settings import DEFAULT_DB, load_settings

DEMO = Path(__file__).resolve().parent.parent / "coi_demo" / "files"


def test_the_default_database_is_a_sqlite_file_under_data():
    assert load_settings(environ={}).db_path == Path("data") / "coi.sqlite3" == DEFAULT_DB


def test_the_environment_variable_overrides_the_default():
    assert load_settings(environ={"COI_DB": "/srv/coi/panel.sqlite3"}).db_path == Path("/srv/coi/panel.sqlite3")


def test_the_option_overrides_the_environment_variable():
    s = load_settings(db="other.sqlite3", environ={"COI_DB": "/srv/coi/panel.sqlite3"})
    assert s.db_path == Path("other.sqlite3")


def test_coi_import_writes_to_the_database_named_by_the_environment(tmp_path, monkeypatch):
    db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("COI_DB", str(db))
    result = CliRunner().invoke(main, ["import", str(DEMO / "members.csv")])
    assert result.exit_code == 0, result.stderr
    assert db.exists() and str(db) in result.stderr
