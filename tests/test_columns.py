"""The columns of each input file are written once (coi.ingest.columns) and are CONTRACT.md's:
every column of the contract's tables, required as the contract says, and no column the contract
does not name (issue 15, item 1)."""

import pathlib
import re

import pytest

from coi.ingest import columns

CONTRACT = pathlib.Path(__file__).resolve().parent.parent / "docs" / "CONTRACT.md"


def contract_tables() -> dict[str, dict[str, bool]]:
    """Each "### <file>.csv — …" section's table: column → required (a cell "a, b" is two columns)."""
    tables: dict[str, dict[str, bool]] = {}
    current = None
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"### (\w+\.csv) — ", line)
        if heading:
            current = tables.setdefault(heading.group(1), {})
            continue
        if line.startswith("## "):
            current = None
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if current is None or not line.startswith("|") or len(cells) < 3 or cells[0] in ("column", "---"):
            continue
        for name in cells[0].split(","):
            current[name.strip()] = cells[1] == "yes"
    return tables


@pytest.mark.parametrize("file", sorted(columns.BY_FILE))
def test_every_contract_column_is_read_and_required_as_the_contract_says(file):
    contract = contract_tables()[file]
    spec = columns.BY_FILE[file]
    assert {c: spec.get(c) for c in contract} == contract


@pytest.mark.parametrize("file", sorted(columns.BY_FILE))
def test_every_column_read_is_one_the_contract_names(file):
    text = CONTRACT.read_text(encoding="utf-8")
    extra = set(columns.BY_FILE[file]) - set(contract_tables()[file])
    assert all(f"`{c}`" in text for c in extra), extra  # an extension (e.g. `email`) is written up


def test_the_contract_s_input_files_are_the_files_read():
    assert set(contract_tables()) == set(columns.BY_FILE)
