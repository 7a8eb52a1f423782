"""coi's public API (issue 15, item 1): ``coi.__all__`` names each public type and function once,
each resolves from its home module, ``import coi`` stays cheap, and the names a type checker sees
are the same ones."""

import ast
import importlib
import pathlib
import subprocess
import sys

import pytest

import coi


@pytest.mark.parametrize("name", [n for n in coi.__all__ if n != "__version__"])
def test_every_public_name_resolves_to_the_object_of_its_home_module(name):
    home = importlib.import_module(coi._HOMES[name])
    assert getattr(coi, name) is getattr(home, name)


def test_the_public_names_are_listed_once_and_sorted_into_dir():
    assert len(coi.__all__) == len(set(coi.__all__))
    assert set(coi.__all__) == {"__version__", *coi._HOMES}
    assert set(coi.__all__) <= set(dir(coi))


def test_a_name_outside_the_api_is_an_attribute_error_and_submodules_still_import():
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        coi.nothing_here  # noqa: B018
    from coi import names, text  # submodules, not API names: still importable the usual way
    assert names.__name__ == "coi.names" and text.__name__ == "coi.text"


def test_import_coi_loads_no_heavy_library():
    """The command line's --version and each worker process import coi; the libraries come
    only with the stage that needs them."""
    code = ("import sys, coi; heavy = [m for m in ('pandas', 'networkx', 'rapidfuzz', 'streamlit', "
            "'coi.store.database', 'coi.screen') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_names_a_type_checker_sees_are_the_public_names():
    tree = ast.parse(pathlib.Path(coi.__file__).read_text(encoding="utf-8"))
    checked: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom)
                checked.update({a.name: imp.module for a in imp.names})
    assert checked == coi._HOMES
