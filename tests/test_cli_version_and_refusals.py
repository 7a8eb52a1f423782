"""Small things a new user hit (issue 14, item 15): `coi --version`, and a packet for a member
who is not on the roster refused with exit status 2 rather than written empty."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

from click.testing import CliRunner

from coi import __version__
from coi.cli import coi_version, main

ROOT = Path(__file__).resolve().parent.parent


def test_coi_version_prints_the_installed_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"coi {importlib.metadata.version('coi')}\n"


def test_the_version_falls_back_to_the_packages_own_when_coi_is_not_installed(monkeypatch):
    def not_installed(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    assert coi_version() == __version__


def test_the_packages_version_is_the_projects():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]


def test_a_packet_for_a_member_not_on_the_roster_is_refused_with_status_2(demo_db, tmp_path):
    out = tmp_path / "packet.html"
    result = CliRunner().invoke(main, ["report", "--db", str(demo_db), "--meeting", "2026-12-10", "--member", "M99",
                                       "--format", "html", "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "there is no member 'M99' on the roster: give a member_id from the roster (M01, M02, M03, …)" in result.output
    assert not out.exists()


def test_a_member_id_in_the_wrong_case_is_refused_with_the_right_one_named(demo_db, tmp_path):
    result = CliRunner().invoke(main, ["report", "--db", str(demo_db), "--meeting", "2026-12-10", "--member", "m01",
                                       "--format", "html", "--out", str(tmp_path / "p.html")])
    assert result.exit_code == 2 and "did you mean M01?" in result.output


def test_a_packet_for_a_member_on_the_roster_is_written(demo_db, tmp_path):
    out = tmp_path / "packet.html"
    result = CliRunner().invoke(main, ["report", "--db", str(demo_db), "--meeting", "2026-12-10", "--member", "M01",
                                       "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
