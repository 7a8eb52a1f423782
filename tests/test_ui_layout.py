"""The dashboard's layout by role (issue 15, item 1): a member's pages (coi/ui/member/) and
staff's pages (coi/ui/staff/) import nothing of each other — what both draw lives in
coi/ui/widgets.py."""

from __future__ import annotations

import ast
from pathlib import Path

import coi.ui

UI = Path(coi.ui.__file__).parent


def _imported(path: Path) -> set[str]:
    """Every coi module a file imports (``from coi.ui.member import card`` counts as coi.ui.member.card)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name == "coi" or name.startswith("coi.")}


def _crossings(role: str, other: str) -> list[str]:
    return [f"{path.relative_to(UI)} imports {name}" for path in sorted((UI / role).glob("*.py"))
            for name in sorted(_imported(path)) if name == f"coi.ui.{other}" or name.startswith(f"coi.ui.{other}.")]


def test_a_members_pages_import_nothing_of_staffs_pages():
    assert _crossings("member", "staff") == []


def test_staffs_pages_import_nothing_of_a_members_pages():
    assert _crossings("staff", "member") == []

