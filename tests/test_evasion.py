"""Evasion: every disclosed name of the demo Panel rewritten the ways a hostile party might
hide it — zero-width characters, look-alike letters of other scripts, fullwidth letters,
combining marks, bidirectional controls — must still be found (issue 6, item 5)."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from coi.model import Kind
from coi.names import Candidate, NameIndex
from coi.policy import load_policy

DEMO = Path(__file__).resolve().parent.parent / "coi_demo" / "files"
THRESHOLD = load_policy().prompt_threshold
# Cyrillic and Greek letters that look like Latin ones
LOOKALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
             "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "K": "\u039a",
             "M": "\u039c", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7"}


def zero_width(name: str) -> str:
    return "\u200b".join(name[:3]) + "\u200d" + name[3:] + "\ufeff"


def homoglyphs(name: str) -> str:
    return "".join(LOOKALIKE.get(ch, ch) for ch in name)


def fullwidth(name: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in name)


def combining(name: str) -> str:
    return "".join(ch + "\u0301" if ch.isalpha() and i % 2 else ch for i, ch in enumerate(name))


def bidi(name: str) -> str:
    return "\u2066" + name[:2] + "\u202e" + name[2:] + "\u202c\u2069\u200f"


REWRITES = {"zero-width characters": zero_width, "look-alike letters (Cyrillic, Greek)": homoglyphs,
            "fullwidth letters": fullwidth, "combining marks": combining, "bidirectional controls": bidi}


def disclosed_names() -> list[tuple[str, Kind]]:
    with open(DEMO / "disclosures.csv", encoding="utf-8", newline="") as fh:
        return sorted({(r["name"], Kind(r["kind"] or "person")) for r in csv.DictReader(fh)})


@pytest.mark.parametrize("kind_of_rewrite", list(REWRITES))
def test_every_disclosed_name_rewritten_is_still_found(kind_of_rewrite, tried):
    names = disclosed_names()
    index = NameIndex([Candidate(n, k, n) for n, k in names])
    rewrite = REWRITES[kind_of_rewrite]
    missed, rewritten = [], 0
    for name, kind in names:
        hidden = rewrite(name)
        if unicodedata.normalize("NFC", hidden) == name:
            continue  # no letter of this name has a look-alike in the table (Dũng Dương)
        rewritten += 1
        hits = index.match(hidden, kind, floor=THRESHOLD)
        if not any(h.candidate.text == name for h in hits):
            missed.append((name, hidden))
    recall = 1 - len(missed) / rewritten
    tried(f"evasion, {kind_of_rewrite}: {rewritten} of {len(names)} disclosed names rewritten, "
          f"recall {recall:.3f}")
    assert rewritten >= 0.9 * len(names) and not missed, f"{len(missed)} missed, e.g. {missed[:5]}"
