"""The names of Illinois places: its towns (every post office's name and the other names
its ZIP codes accept) and its counties, as the words they are written in.

A business often takes its town's name (Pekin Motel, Carbondale Cleaners): a name made only
of a place's words says where a business is, not which one, so :mod:`coi.names.org` does
not read it as a business's own name (docs/MATCHING.md, "Businesses").

The words ship in ``coi/data/il_place_words.txt`` (read in about a millisecond, on the
first business compared). They are derived from the ``zipcodes`` package's table (pinned in
pyproject.toml's test extras): ``python -m coi.names.places`` writes the file again, and
tests/test_names.py checks the shipped file is what the table gives.
"""

from __future__ import annotations

import bz2
import importlib.util
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: The state whose places are read: the Panel's.
STATE = "IL"
PLACES_FILE = "il_place_words.txt"
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every word of the name of an Illinois town or county, lower-cased (oak, brook, pekin,
    sangamon)."""
    text = resources.files("coi").joinpath("data", PLACES_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def derive_place_words() -> frozenset[str]:
    """The words of :func:`place_words` as the ``zipcodes`` package's table gives them (its
    data is read; the package is never imported: importing it loads every state's codes)."""
    spec = importlib.util.find_spec("zipcodes")
    if spec is None or spec.origin is None:
        raise RuntimeError("the zipcodes package is not installed: `make .venv/.installed` installs it")
    with bz2.open(Path(spec.origin).parent / "zips.json.bz2", "rt", encoding="ascii") as f:
        rows = json.load(f)
    names: set[str] = set()
    for row in rows:
        if row.get("state") != STATE:
            continue
        names.add(row["city"])
        names.update(row.get("acceptable_cities") or ())
        names.add((row.get("county") or "").removesuffix(" County"))
    return frozenset(w for name in names for w in _WORD.findall(name.lower()))


def main() -> None:
    """Write ``coi/data/il_place_words.txt`` from the zipcodes table."""
    path = Path(__file__).resolve().parent.parent / "data" / PLACES_FILE
    words = sorted(derive_place_words())
    path.write_text("# the words of Illinois towns' and counties' names: python -m coi.names.places "
                    "(the zipcodes package's table)\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(words)} words")


__all__ = ["PLACES_FILE", "STATE", "derive_place_words", "place_words"]

if __name__ == "__main__":
    main()
