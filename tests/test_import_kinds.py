"""Issue 15, item 2: one vocabulary of import kinds, :class:`coi.model.ImportKind` — the CLI's
``--kind``, the dashboard's uploads, :func:`coi.ingest.records.detect_kind`, the plans and the
store's imports all speak it, and no module writes a kind as a bare string of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from coi.cli import imports as cli_imports
from coi.decisions import service, uploads
from coi.ingest.plan import ImportPlan
from coi.ingest.records import detect_kind
from coi.model import Appointer, ImportKind, Member
from coi.store.database import Store
from tests.factories import SYSTEM

ROOT = Path(__file__).resolve().parents[1]
WORDS = {k.value for k in ImportKind}


def test_the_vocabulary_keeps_contract_words():
    """The stored values and CONTRACT.md's words: members, disclosures, docket, agenda, votes."""
    assert [k.value for k in ImportKind] == ["members", "disclosures", "docket", "agenda", "votes"]
    contract = (ROOT / "docs" / "CONTRACT.md").read_text()
    assert all(f"{k}.csv" in contract for k in ImportKind)


def test_the_cli_offers_exactly_the_vocabulary():
    option = next(p for p in cli_imports.import_.params if p.name == "kind")
    assert set(option.type.choices) == WORDS  # type: ignore[attr-defined]
    assert cli_imports.IMPORT_ORDER == tuple(ImportKind)
    assert all(isinstance(k, ImportKind) for k in cli_imports.IMPORT_ORDER + cli_imports.PLANNED_KINDS)
    assert set(cli_imports.PLANNED_KINDS) == set(service.IMPORT_KINDS) == {k for k in ImportKind if k.replaces}


def test_uploads_know_exactly_the_vocabulary():
    assert set(uploads.EXAMPLES) == set(ImportKind)
    for kind in ImportKind:
        assert uploads.columns(kind)  # a function of the kind, for every kind
        assert uploads.permission(kind) is not None
    assert not hasattr(uploads, "FileKind")  # no second vocabulary beside ImportKind


def test_detect_kind_returns_every_kind_and_only_kinds(tmp_path):
    found = set()
    for kind in ImportKind:
        path = tmp_path / f"{kind}.csv"
        path.write_bytes(uploads.template_csv(kind))
        detected = detect_kind(path)
        assert isinstance(detected, ImportKind) and detected is kind
        found.add(detected)
    assert found == set(ImportKind)


def test_a_plan_holds_an_import_kind_and_refuses_another_word():
    assert ImportPlan("docket", "docket.csv", 0).kind is ImportKind.DOCKET  # the word is held as the kind
    with pytest.raises(ValueError, match="unknown import kind 'dockets'"):
        ImportPlan("dockets", "docket.csv", 0)


def test_the_store_plans_with_the_kind(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as store:
        roster = [Member("M01", "Ana Diaz", Appointer.GOVERNOR)]
        plan = service.plan_import(store, SYSTEM, "members", roster, source="members.csv",  # type: ignore[arg-type]
                                   fingerprint="f")
        assert plan.kind is ImportKind.MEMBERS
        with pytest.raises(ValueError, match="use one of members, disclosures, docket"):
            service.plan_import(store, SYSTEM, "agenda", [], source="agenda.csv",  # type: ignore[arg-type]
                                fingerprint="f")


def _kind_strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Where a kind is written as a bare word: compared with something named ``kind``, returned
    by a function named for a kind, or listed with another kind's word (a second vocabulary,
    e.g. ``("members", "disclosures")``)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and "kind" in node.name:
            found += [(r.lineno, ast.unparse(r)) for r in ast.walk(node) if isinstance(r, ast.Return)
                      and isinstance(r.value, ast.Constant) and r.value.value in WORDS]
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            words = [s.value for s in sides if isinstance(s, ast.Constant) and s.value in WORDS]
            if words and any("kind" in ast.unparse(s) for s in sides if not isinstance(s, ast.Constant)):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) >= 2 and len(words) == len(node.elts) and set(words) <= WORDS:
                found.append((node.lineno, ast.unparse(node)))
    return found


def test_no_module_writes_a_kind_as_a_bare_word():
    """Fails when a module compares a kind with a word ("kind == 'docket'") or lists kinds' words
    of its own: write ImportKind.DOCKET, or derive the set from ImportKind."""
    offending = []
    for folder in ("coi", "coi_demo"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for line, text in _kind_strings(ast.parse(path.read_text(), str(path))):
                offending.append(f"{path.relative_to(ROOT)}:{line}: {text}")
    assert not offending, "kinds written as words, outside coi.model.ImportKind:\n" + "\n".join(offending)


def test_the_scan_finds_a_bare_kind():
    """The scan above can fail: it finds each way of writing a kind of one's own."""
    assert _kind_strings(ast.parse('if kind == "docket": pass'))
    assert _kind_strings(ast.parse('if kinds[f] != "votes": pass'))
    assert _kind_strings(ast.parse('ORDER = ("members", "disclosures", "docket")'))
    assert _kind_strings(ast.parse('def detect_kind(path):\n    return "docket"'))
    assert not _kind_strings(ast.parse('table = "disclosures" if x else "parties"'))
