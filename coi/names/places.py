"""The names of Illinois places: its towns (every post office's name and the other names
its ZIP codes accept) and its counties, from the ``zipcodes`` package's table (pinned in
pyproject.toml; its data is read, the package is never imported: importing it loads every
state's codes).

A business often takes its town's name (Pekin Motel, Carbondale Cleaners): a name made only
of a place's words says where a business is, not which one, so :mod:`coi.names.org` does
not read it as a business's own name (``own name`` in docs/MATCHING.md, "Businesses").
"""

from __future__ import annotations

import bz2
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

#: The state whose places are read: the Panel's.
STATE = "IL"
_WORD = re.compile(r"[a-z0-9]+")


def _table() -> Path:
    spec = importlib.util.find_spec("zipcodes")
    if spec is None or spec.origin is None:
        raise RuntimeError("the zipcodes package is not installed: `make .venv/.installed` installs it")
    return Path(spec.origin).parent / "zips.json.bz2"


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every word of the name of an Illinois town or county, lower-cased (oak, brook, pekin,
    sangamon); ~0.8 s once per process, on the first business compared."""
    with bz2.open(_table(), "rt", encoding="ascii") as f:
        rows = json.load(f)
    names: set[str] = set()
    for row in rows:
        if row.get("state") != STATE:
            continue
        names.add(row["city"])
        names.update(row.get("acceptable_cities") or ())
        county = row.get("county") or ""
        names.add(county.removesuffix(" County"))
    return frozenset(w for name in names for w in _WORD.findall(name.lower()))


__all__ = ["STATE", "place_words"]
