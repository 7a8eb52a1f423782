"""SQL lives in coi/store/ and nowhere else (issue 15, item 1): no module outside the store
runs a statement or holds the text of one."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "coi" / "store"
# statements as SQL writes them (upper case, as coi's SQL is written): prose does not match
SQL = re.compile(r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
                 r"|\bDELETE\s+FROM\b|\b(?:CREATE|DROP)\s+(?:TABLE|INDEX|TRIGGER|VIEW)\b|\bPRAGMA\s+\w+"
                 r"|\bBEGIN\s+IMMEDIATE\b|\bVACUUM\s+INTO\b")
RUNS_SQL = {"execute", "executemany", "executescript"}


def _modules() -> list[Path]:
    return sorted(p for folder in ("coi", "coi_demo") for p in (ROOT / folder).rglob("*.py")
                  if STORE not in p.parents)


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string nodes that are docstrings (prose about the code, not SQL it runs)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def sql_in(source: str, where: str) -> list[str]:
    """Where a module's ``source`` runs SQL (a call of ``execute``/``executemany``/``executescript``)
    or holds a statement's text, as ``where:line: what``."""
    tree = ast.parse(source, filename=where)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RUNS_SQL:
            found.append(f"{where}:{node.lineno}: runs SQL ({node.func.attr})")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
              and SQL.search(node.value)):
            found.append(f"{where}:{node.lineno}: SQL text {node.value[:60]!r}")
    return found


def test_no_module_outside_the_store_runs_or_holds_sql():
    found = [line for path in _modules()
             for line in sql_in(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())]
    assert found == [], "SQL outside coi/store/ (move it into a store module):\n" + "\n".join(found)


def test_every_module_is_walked_and_the_store_is_left_out():
    walked = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert {"coi/decisions/accounts.py", "coi/decisions/votes.py", "coi/decisions/meetings.py",
            "coi/decisions/views.py", "coi/ui/sessions.py"} <= walked
    assert not any(p.startswith("coi/store/") for p in walked)


@pytest.mark.parametrize("source", [
    'conn.execute("SELECT 1 FROM accounts WHERE username = ?", (name,))',
    'rows = conn.executemany(sql, values)',
    'SQL = "UPDATE sessions SET last_seen = ? WHERE token_hash = ?"',
    'q = f"INSERT INTO votes (a) VALUES ({x})"',
    'q = "DELETE FROM absences WHERE meeting_id = ?"',
    'q = ("SELECT member_id, max(confirmed_at)"\n     " FROM disclosure_confirmations")',
])
def test_the_check_finds_sql_written_in_a_module(source):
    assert sql_in(source, "probe.py")


@pytest.mark.parametrize("source", [
    '"""Each function runs SELECT ... FROM inside the caller\'s transaction."""',
    'words = "select the member from the list, then update the roster"',
    'with store.transaction() as conn:\n    rows.insert_session(conn, sid, name, via, now)',
])
def test_the_check_leaves_prose_and_store_calls_alone(source):
    assert sql_in(source, "probe.py") == []
