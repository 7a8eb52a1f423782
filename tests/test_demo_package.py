"""The demo installs whole (issue 15, item 5): coi_demo is a data package whose name lists
(lists/*.toml) and demo files (files/*.csv) ship inside it, so an installed wheel — away from
any checkout — runs ``coi demo``."""

from __future__ import annotations

import os
import shutil
import site
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import coi_demo

ROOT = Path(__file__).resolve().parents[1]
# what a wheel is built from: the package sources and the files pyproject.toml names
SOURCES = ("pyproject.toml", "README.md", "coi", "coi_demo")


def test_the_name_lists_are_data_files_of_the_package():
    lists = Path(coi_demo.__file__).parent / "lists"
    assert sorted(p.name for p in lists.glob("*.toml")) == ["names.toml", "places.toml"]
    # the generator reads them: a name is in the module because it is in the file
    text = (lists / "names.toml").read_text(encoding="utf-8")
    assert all(f'"{surname}"' in text for surname in coi_demo.CULTURES["polish"][2])
    assert all(f'"{town}"' in (lists / "places.toml").read_text(encoding="utf-8") for town in coi_demo.TOWNS)


def test_the_demo_files_live_inside_the_package():
    assert coi_demo.DEMO_FOLDER == Path(coi_demo.__file__).parent / "files"
    assert {p.name for p in coi_demo.DEMO_FOLDER.glob("*.csv")} >= {
        "members.csv", "disclosures.csv", "docket.csv", "agenda.csv", "votes.csv"}


def _run(*args: str | os.PathLike, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """coi's wheel, built without network from a copy of the sources (never in the checkout,
    where a build would leave build/ behind)."""
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", out, src, cwd=src)
    (built,) = out.glob("coi-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_carries_the_demo_whole(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"coi_demo/__init__.py", "coi_demo/lists/names.toml", "coi_demo/lists/places.toml",
            "coi_demo/files/members.csv", "coi_demo/files/disclosures.csv", "coi_demo/files/docket.csv",
            "coi_demo/files/agenda.csv", "coi_demo/files/votes.csv"} <= names


@pytest.mark.slow
def test_coi_demo_runs_from_an_installed_wheel(wheel, tmp_path):
    # a fresh environment: the wheel installed without its dependencies, which it finds in this
    # test's environment through a .pth line (a plain path: the editable install of the checkout
    # there is not loaded, so coi and coi_demo can only come from the wheel)
    env_dir = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", env_dir, cwd=tmp_path)
    python = env_dir / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    purelib = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                        cwd=tmp_path).stdout.strip())
    (purelib / "zz_test_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COI_DB", "VIRTUAL_ENV")}
    where = _run(python, "-c", "import coi, coi_demo; print(coi.__file__); print(coi_demo.DEMO_FOLDER)",
                 cwd=tmp_path, env=env).stdout.split()
    assert all(Path(p).is_relative_to(env_dir) for p in where), where

    db = tmp_path / "panel" / "demo.sqlite3"
    done = _run(env_dir / "bin" / "coi", "demo", "--db", db, "--as-of", "2026-11-22", cwd=tmp_path, env=env)
    assert f"Database: {db}" in done.stderr
    with sqlite3.connect(db) as conn:
        members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        cases = conn.execute("SELECT count(DISTINCT case_id) FROM parties").fetchone()[0]
        prompts = conn.execute("SELECT count(*) FROM prompts WHERE status = 'open'").fetchone()[0]
    with open(coi_demo.DEMO_FOLDER / "docket.csv", encoding="utf-8") as fh:
        docket_cases = len({line.split(",", 1)[0] for line in fh.readlines()[1:]})
    assert (members, cases) == (13, docket_cases)
    assert prompts > 0
