"""One exception hierarchy (issue 15, item 2): every exception class coi defines derives from
``coi.errors.CoiError``, keeps its builtin base, and is drawn in coi/errors.py's tree."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import coi
import coi_demo
from coi.errors import CoiError


def _module_names() -> list[str]:
    """Every module of coi and coi_demo, except the ``__main__`` ones (importing them runs the command)."""
    names = []
    for package in (coi, coi_demo):
        names.append(package.__name__)
        names += [info.name for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    return sorted(n for n in names if not n.endswith(".__main__"))


def _exception_classes() -> dict[str, type[BaseException]]:
    """``module.Class`` → class, for every exception class defined in a coi module (nested ones too)."""
    found: dict[str, type[BaseException]] = {}

    def visit(owner: object, module: str) -> None:
        for obj in vars(owner).values():
            if inspect.isclass(obj) and obj.__module__ == module and obj is not owner:
                if issubclass(obj, BaseException):
                    found[f"{module}.{obj.__qualname__}"] = obj
                visit(obj, module)

    for name in _module_names():
        visit(importlib.import_module(name), name)
    return found


EXCEPTIONS = _exception_classes()
# the tree in coi/errors.py's docstring: "├── Name   module   ..." lines
DRAWN = dict(re.findall(r"[├└]── (\w+)\s+([\w.]+)", importlib.import_module("coi.errors").__doc__ or ""))


def test_the_walk_finds_coi_s_exceptions():
    """A walk that found nothing would pass every check below: it must see the known ones."""
    names = {cls.__name__ for cls in EXCEPTIONS.values()}
    assert {"InputRejected", "Forbidden", "VoteError", "RollCallIncomplete", "UnknownPrompt"} <= names


@pytest.mark.parametrize("where", sorted(EXCEPTIONS))
def test_every_coi_exception_derives_from_coi_error(where):
    assert issubclass(EXCEPTIONS[where], CoiError), f"{where} is outside the tree: derive it from coi.errors.CoiError"


@pytest.mark.parametrize("where", sorted(w for w in EXCEPTIONS if EXCEPTIONS[w] is not CoiError))
def test_every_coi_exception_is_drawn_in_the_tree_with_its_module(where):
    cls = EXCEPTIONS[where]
    assert DRAWN.get(cls.__name__) == cls.__module__, (
        f"{where} is not drawn in coi/errors.py's docstring: add a line '├── {cls.__name__}  {cls.__module__}  …'")


def test_the_tree_draws_no_exception_that_does_not_exist():
    defined = {(cls.__name__, cls.__module__) for cls in EXCEPTIONS.values()}
    assert set(DRAWN.items()) <= defined


@pytest.mark.parametrize("module, name, builtin", [
    ("coi.decisions.votes", "VoteError", ValueError), ("coi.decisions.votes", "RollCallIncomplete", ValueError),
    ("coi.decisions.access", "Forbidden", PermissionError), ("coi.store.database", "UnknownPrompt", KeyError),
    ("coi.store.database", "StaleScreening", RuntimeError), ("coi.text", "TextRejected", ValueError),
    ("coi.policy", "PolicyError", ValueError), ("coi.store.chain", "ChainBroken", RuntimeError),
])
def test_an_exception_keeps_its_builtin_base_so_old_handlers_still_catch_it(module, name, builtin):
    cls = getattr(importlib.import_module(module), name)
    assert issubclass(cls, CoiError) and issubclass(cls, builtin)


def test_a_coi_refusal_is_caught_as_coi_error_and_keeps_its_words():
    from coi.decisions.access import Forbidden
    from coi.store.database import UnknownPrompt

    with pytest.raises(CoiError, match="sign in first"):
        raise Forbidden("sign in first")
    assert str(UnknownPrompt("abc")).startswith("no prompt with key 'abc'")  # its own words, not KeyError's
