"""What each stage may import (issue 15, item 8; ARCHITECTURE.md draws it): the pipeline's stages
stand in layers — the core (model, errors, text, timefmt, settings, policy, names, graph, screen,
redaction, explain, ties_picture), then ingest, store, decisions, reports, and on top the two skins, cli and ui —
and a module imports only its own stage and the stages below it. An upward import would let a
lower stage reach into what is built on it (the screen into the store, the store into the pages)."""

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
ORDER = {"core": 0, "ingest": 1, "store": 2, "decisions": 3, "reports": 4, "cli": 5, "ui": 5}
PACKAGES = ("ingest", "store", "decisions", "reports", "cli", "ui")

# Upward imports made inside a function, each for a reason the module's own comment gives; a new
# one fails here until it is either moved down or written up in this list and ARCHITECTURE.md.
LATE = {
    # the dashboard's refusal of a database whose demo passwords still work: it checks the
    # published demo passwords with the accounts' own password check
    ("coi.store.demo_guard", "coi.decisions.accounts"),
}


def stage(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "coi_demo":
        return "demo"
    if len(parts) > 1 and parts[1] in PACKAGES:
        return parts[1]
    return "core"


def imports():
    """(importer, imported, inside a function) for every import of coi by coi and coi_demo."""
    for path in sorted([*(ROOT / "coi").rglob("*.py"), *(ROOT / "coi_demo").rglob("*.py")]):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if module in ("coi", "coi.__main__"):  # the public API (loaded on use) and `python -m coi`
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        late = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                for n in ast.walk(f)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("coi", "coi_demo"):
                folder = ROOT / node.module.replace(".", "/")  # `from package import module` names the module
                targets = [f"{node.module}.{a.name}" if (folder / f"{a.name}.py").exists() or (folder / a.name).is_dir()
                           else node.module for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.split(".")[0] in ("coi", "coi_demo")]
            else:
                continue
            for target in targets:
                yield module, target, id(node) in late


def test_no_stage_imports_a_stage_above_it():
    upward = []
    for importer, imported, late in imports():
        src, dst = stage(importer), stage(imported)
        if src == "demo":
            ok = dst in ("core", "ingest", "store", "decisions", "demo")  # the demo builds a Panel and loads it
        elif dst == "demo":
            ok = importer.startswith("coi.cli")  # `coi demo`
        else:
            ok = ORDER[dst] <= ORDER[src] and {src, dst} != {"cli", "ui"}
        if not ok and not (late and (importer, imported) in LATE):
            upward.append(f"{importer} → {imported}" + (" (in a function)" if late else ""))
    assert not upward, upward


def test_every_late_upward_import_listed_is_still_made():
    made = {(importer, imported) for importer, imported, late in imports() if late}
    assert LATE <= made, LATE - made


@pytest.mark.parametrize("core", ["coi.model", "coi.policy", "coi.graph", "coi.screen", "coi.names.compare",
                                  "coi.redaction", "coi.explain"])
def test_the_core_imports_no_library_of_the_outside_world(core):
    """The pure core takes records and returns records: no SQL, no web, no files of its own."""
    outside = {"sqlite3", "streamlit", "click", "jinja2", "weasyprint", "openpyxl", "smtplib"}
    path = ROOT / (core.replace(".", "/") + ".py")
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    assert not names & outside, names & outside
