"""Score a reviewer's labelled organization (or person) pairs (bench/reviewed/*.txt) with the matcher as it is.

Each line of such a file is ``LEFT|RIGHT|LABEL|NOTE``: LEFT a disclosed name, RIGHT a docket's
party (compared as ``coi compare LEFT RIGHT`` compares them), LABEL ``S`` when the reviewer
judged them one body, ``D`` two. The reviewers are helper agents that wrote the pairs blind,
without running coi; their labels are judgements, not truth, and the files are never used to
choose a threshold or a weight — only to see, before a change lands, which pairs it moves.

``python -m bench.reviewed FILE [--out SCORES]`` prints how many pairs of each label prompt;
with ``--out`` it writes each pair's score (``score<TAB>label<TAB>LEFT|RIGHT``), so that two
versions of the code can be compared line by line. ``--kind person`` compares person pairs.

``--dated`` reads person pairs with their dates of birth, ``LEFT|LEFT_DOB|RIGHT|RIGHT_DOB|LABEL|NOTE``
(a date as YYYY-MM-DD, or empty when that side does not know it), compared as ``coi compare
--kind person LEFT RIGHT --left-dob LEFT_DOB --right-dob RIGHT_DOB`` compares them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter
from pathlib import Path

from coi.model import Kind
from coi.names.compare import compare_names
from coi.policy import load_policy


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    """The (left, right, label) of each line of a reviewed file."""
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        parts = line.split("|")
        if len(parts) < 3 or parts[2] not in ("S", "D"):
            raise ValueError(f"{path}, line {number}: expected LEFT|RIGHT|S-or-D|NOTE, got {line!r}")
        rows.append((parts[0], parts[1], parts[2]))
    return rows


def read_dated_pairs(path: Path) -> list[tuple[str, dt.date | None, str, dt.date | None, str]]:
    """The (left, its date of birth, right, its date of birth, label) of each line of a dated file."""
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        parts = line.split("|")
        if len(parts) < 5 or parts[4] not in ("S", "D"):
            raise ValueError(f"{path}, line {number}: expected LEFT|LEFT_DOB|RIGHT|RIGHT_DOB|S-or-D|NOTE, got {line!r}")
        dates = [_date_of_birth(d, path, number) for d in (parts[1], parts[3])]
        rows.append((parts[0], dates[0], parts[2], dates[1], parts[4]))
    return rows


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_of_birth(text: str, path: Path, number: int) -> dt.date | None:
    """A dated line's date of birth: YYYY-MM-DD, on or before today, or None when empty."""
    if not text.strip():
        return None
    fix = "a date of birth is written YYYY-MM-DD or left empty"
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(f"{path}, line {number}: {fix}, got {text!r}")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{path}, line {number}: {fix} ({exc})") from exc
    if day > dt.date.today():
        raise ValueError(f"{path}, line {number}: the date of birth {text} is after today")
    return day


def _scored(path: Path, kind: Kind, dated: bool) -> list[tuple[float, str, str]]:
    """(score, label, the pair as written) of each line of ``path``."""
    if dated:
        return [(compare_names(right, left, Kind.PERSON, query_dob=right_dob, candidate_dob=left_dob).score, label,
                 f"{left}|{left_dob or ''}|{right}|{right_dob or ''}")
                for left, left_dob, right, right_dob, label in read_dated_pairs(path)]
    return [(compare_names(right, left, kind).score, label, f"{left}|{right}") for left, right, label in read_pairs(path)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reviewed", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--out", type=Path, help="write each pair's score here")
    parser.add_argument("--kind", choices=("organization", "person"),
                        help="compare the pairs as organizations (the default) or as persons")
    parser.add_argument("--dated", action="store_true",
                        help="person pairs with dates of birth: LEFT|LEFT_DOB|RIGHT|RIGHT_DOB|LABEL|NOTE")
    args = parser.parse_args(argv)
    if args.dated and args.kind == "organization":
        parser.error("--dated reads person pairs (with dates of birth): leave out --kind organization")
    kind = Kind.PERSON if args.kind == "person" or args.dated else Kind.ORGANIZATION
    threshold = load_policy().prompt_threshold
    scored = _scored(args.file, kind, args.dated)
    tally = Counter((label, score >= threshold) for score, label, _ in scored)
    for label, name in (("S", "one body"), ("D", "two bodies")):
        print(f"{name} ({label}): {tally[label, True]} prompt, {tally[label, False]} do not")
    if args.out:
        args.out.write_text("".join(f"{s:.1f}\t{label}\t{pair}\n" for s, label, pair in scored), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
