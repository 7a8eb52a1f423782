"""The boundary: CONTRACT.md's files → validated model records, or every problem at once.

Each ``load_*`` reads a .csv or .xlsx (through :mod:`coi.ingest.tabular`), checks the columns,
then every row, and either returns the records with the warnings raised on the way
(an invisible character removed, a repeated row dropped) or raises
:class:`~coi.model.InputRejected` listing *all* problems of the file — file, row, column,
what is wrong and how to fix it. The row checks (``parse_*``) are separate from the file
reading so that the dashboard validates an edited row with the very same rules.

Nothing here guesses: a value outside a vocabulary is refused with the likely intended
word, a date must be ISO, and ``NA``/``Null`` in a name cell is a name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import operator
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from coi.ingest.columns import AGENDA_COLUMNS, DISCLOSURE_COLUMNS, DOCKET_COLUMNS, MEMBER_COLUMNS, VOTES_COLUMNS
from coi.ingest.tabular import Encodings, canonical, open_table
from coi.model import (
    Appointer,
    Disclosure,
    ImportKind,
    InputRejected,
    Kind,
    Loaded,
    Member,
    Party,
    PartyRole,
    Problem,
    Relation,
    Vote,
    Warning_,
)
from coi.names import fold
from coi.names.org import disclosed_as_initials
from coi.settings import mail_address_problem
from coi.text import MAX_TEXT, clean_cell

MAX_NAME = 200
MAX_ID = 100
MAX_CASE_TEXT = 200  # a docket's case type or stage

#: What a case or meeting id may hold: it goes into file names, widget keys and the report's
#: page furniture, so markup, quotes, braces and slashes are refused at the boundary.
_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 ._:-]*[A-Za-z0-9._-])?")
ID_CHARACTERS = "letters A-Z, digits, spaces (inside), and - _ . :"


def id_problem(value: str, what: str = "id") -> str | None:
    """Why ``value`` cannot be a case or meeting id (None: it can)."""
    if len(value) > MAX_ID:
        return f"the {what} is {len(value):,} characters long; the limit is {MAX_ID}"
    if _ID.fullmatch(value):
        return None
    bad = sorted({ch for ch in value if not (ch.isascii() and (ch.isalnum() or ch in " ._:-"))})
    shown = ", ".join(repr(ch) for ch in bad) if bad else "a space or punctuation at an end"
    return f"the {what} {value[:40]!r} holds {shown}: an id may hold only {ID_CHARACTERS}"

Row = tuple[int, dict[str, str | None]]

# Words people write for a relation, and the vocabulary word they mean: offered in the fix,
# never applied silently (a "brother" may be a half- or step-brother).
_RELATION_HINTS = {
    "wife": "spouse", "husband": "spouse", "partner": "domestic_partner", "mother": "parent", "father": "parent",
    "son": "child", "daughter": "child", "brother": "sibling", "sister": "sibling", "ward": "legal_ward",
    "stepson": "stepchild", "stepdaughter": "stepchild", "stepmother": "stepparent", "stepfather": "stepparent",
    "stepbrother": "step_sibling", "stepsister": "step_sibling", "halfbrother": "half_sibling",
    "halfsister": "half_sibling", "motherinlaw": "parent_in_law", "fatherinlaw": "parent_in_law",
    "brotherinlaw": "sibling_in_law", "sisterinlaw": "sibling_in_law", "soninlaw": "child_in_law",
    "daughterinlaw": "child_in_law", "exwife": "former_spouse", "exhusband": "former_spouse",
    "exspouse": "former_spouse", "grandmother": "grandparent", "grandfather": "grandparent",
    "grandson": "grandchild", "granddaughter": "grandchild", "boss": "employer", "supervisor": "employer",
    "colleague": "coworker", "subordinate": "employee", "union": "association", "lodge": "association",
    "relative": "other_relative", "acquaintance": "other",
}
_APPOINTER_HINTS = {"ag": "Attorney General", "gov": "Governor", "attorneygeneral": "Attorney General"}
_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class NameRecord:
    """One row of a ``coi match`` queries or candidates file."""

    id: str
    name: str
    date_of_birth: dt.date | None = None


# ------------------------------------------------------------------ cells

#: What a command may say for the encoding of its files: a fallback name, or the full choice.
EncodingChoice = str | Encodings | None


class InvalidDates(StrEnum):
    """What an impossible, future or unreadable date of birth in a docket or a ``coi match``
    file does: ``reject`` the file (the default, and the only way of ``coi import``), or
    ``ignore`` the date — the row is read without it (a missing date is never made into a
    wrong one) and the cell is listed as a warning."""

    REJECT = "reject"
    IGNORE = "ignore"


@dataclass(frozen=True, slots=True)
class Ignored(Warning_):
    """A cell (or a row) left out under ``InvalidDates.IGNORE``: every one is listed, never summarised."""


class _Rows:
    """The problems and warnings of one file, and the checked reading of its cells."""

    def __init__(self, file: str, header: dict[str, str] | None = None,
                 invalid_dates: InvalidDates = InvalidDates.REJECT):
        self.file = file
        self.header = header or {}  # canonical column → the column as written, for messages
        self.problems: list[Problem] = []
        self.warnings: list[Warning_] = []
        self.invalid_dates = InvalidDates(invalid_dates)

    def ignore(self, row: int, key: str, message: str) -> None:
        """Note a cell left out under ``--invalid-dates ignore``."""
        self.warnings.append(Ignored(self.file, row, self.col(key), message))

    def col(self, key: str) -> str:
        return self.header.get(key, key)

    def problem(self, row: int | None, key: str | None, problem: str, fix: str) -> None:
        self.problems.append(Problem(self.file, row, self.col(key) if key else None, problem, fix))

    def text(self, row: int, cells: dict, key: str, *, required: bool = False, limit: int = MAX_TEXT,
             newlines: bool = False) -> str | None:
        """A cleaned cell: invisible characters removed (and warned about), spaces collapsed."""
        raw = cells.get(key)
        if raw is None or not raw.strip():
            if required:
                self.problem(row, key, f"{self.col(key)} is empty", f"fill in the {self.col(key)}")
            return None
        value, removed = clean_cell(raw, keep_newlines=newlines)
        if removed:
            self.warnings.append(Warning_(self.file, row, self.col(key),
                                          f"removed invisible characters: {', '.join(removed)}"))
        if not value:
            if required:
                self.problem(row, key, f"{self.col(key)} holds only invisible characters",
                             f"type the {self.col(key)} again")
            return None
        if len(value) > limit:
            self.problem(row, key, f"the {self.col(key)} is {len(value):,} characters long; the limit is {limit:,}",
                         "shorten it; a name or note this long is almost surely pasted by mistake")
            return None
        return value

    def ident(self, row: int, cells: dict, key: str) -> str | None:
        """A required case or meeting id in the plain characters of :func:`id_problem`."""
        value = self.text(row, cells, key, required=True, limit=MAX_ID)
        if value is not None and (why := id_problem(value, self.col(key))) is not None:
            self.problem(row, key, why, f"write the {self.col(key)} with {ID_CHARACTERS} only (e.g. C-2026-0001)")
            return None
        return value

    def date(self, row: int, cells: dict, key: str, *, required: bool = False,
             not_after: dt.date | None = None, ignorable: bool = False) -> dt.date | None:
        """An ISO date; ``ignorable``: under ``InvalidDates.IGNORE`` a bad one is left out
        (None) and listed as a warning with its value, instead of rejecting the file."""
        lenient = ignorable and self.invalid_dates is InvalidDates.IGNORE
        text = self.text(row, cells, key, required=required, limit=MAX_TEXT if lenient else 40)
        if text is None:
            return None
        value = None
        if _ISO.fullmatch(text):
            try:
                value = dt.date.fromisoformat(text)
            except ValueError:
                pass
        if value is None:
            problem, fix = f"{text[:40]!r} is not a date in the form YYYY-MM-DD", _date_fix(text)
        elif not_after is not None and value > not_after:
            problem, fix = f"{text} is in the future", "check the year; a date of birth cannot be ahead"
        else:
            return value
        if lenient:
            self.ignore(row, key, f"{problem}; ignored (--invalid-dates ignore): the row is read without a "
                        f"{self.col(key)}")
        else:
            self.problem(row, key, problem, fix)
        return None

    def choice(self, row: int, cells: dict, key: str, enum: type[StrEnum], *, default=None,
               hints: dict[str, str] | None = None):
        """A vocabulary word, matched ignoring case, spaces and hyphens (``Parent-in-law``)."""
        text = self.text(row, cells, key, required=default is None, limit=100)
        if text is None:
            return default
        by_key = _vocabulary(enum)
        found = by_key.get(text) or by_key.get(_squash(text))
        if found is not None:
            return found
        allowed = ", ".join(e.value for e in enum)
        guess = (hints or {}).get(_squash(text).replace("_", ""))
        if guess is None:
            close = difflib.get_close_matches(_squash(text), list(by_key), n=1, cutoff=0.75)
            guess = by_key[close[0]].value if close else None
        fix = f"did you mean {guess!r}? " if guess else ""
        self.problem(row, key, f"{text!r} is not a {self.col(key)} coi knows", f"{fix}use one of: {allowed}")
        return default

    def flag(self, row: int, cells: dict, key: str) -> bool:
        text = self.text(row, cells, key, limit=20)
        if text is None or text.lower() in _FALSE:
            return False
        if text.lower() in _TRUE:
            return True
        self.problem(row, key, f"{text!r} is not true or false", "write true (or yes) or false (or no); empty means false")
        return False

    def names(self, row: int, cells: dict, key: str) -> tuple[str, ...]:
        """A ``;``-separated list, each part cleaned, empty and repeated parts dropped."""
        text = self.text(row, cells, key, limit=MAX_TEXT)
        if text is None:
            return ()
        out: list[str] = []
        for part in text.split(";"):
            part = part.strip()
            if len(part) > MAX_NAME:
                self.problem(row, key, f"one of the names is {len(part):,} characters long; the limit is {MAX_NAME}",
                             "separate names with ; and shorten the long one")
            elif part and part.casefold() not in {o.casefold() for o in out}:
                out.append(part)
        return tuple(out)


_SEPARATORS = re.compile(r"[\s\-]+")


def _squash(text: str) -> str:
    return _SEPARATORS.sub("_", text.strip().lower())


@functools.cache
def _vocabulary(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """A vocabulary's words as written (``witness``) and squashed (``parent-in-law``)."""
    return {**{_squash(e.value): e for e in enum}, **{e.value: e for e in enum}}


def _date_fix(text: str) -> str:
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        a, b, y = (int(g) for g in m.groups())
        if a <= 12 and b <= 12 and a != b:
            return (f"write it as YYYY-MM-DD: {y}-{a:02d}-{b:02d} if it is month/day, "
                    f"{y}-{b:02d}-{a:02d} if it is day/month")
        if a <= 12:
            return f"it looks like month/day/year; write {y}-{a:02d}-{b:02d}"
        return f"it looks like day/month/year; write {y}-{b:02d}-{a:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return "the month or day does not exist; check it"
    return "write dates as YYYY-MM-DD, e.g. 1970-11-03"


# ------------------------------------------------------------------ files


def _open(path, spec: dict[str, bool], encoding: EncodingChoice, what: str,
          invalid_dates: InvalidDates = InvalidDates.REJECT):
    """Open ``path`` and check its columns; returns (stream, _Rows) or raises InputRejected."""
    stream = open_table(path, encoding=encoding)
    rows = _Rows(stream.file, {k: c for k, c in zip(stream.keys, stream.columns) if k}, invalid_dates)
    missing = [c for c, required in spec.items() if required and c not in stream.index]
    # only a column coi does not know may be the missing one misspelt: never suggest renaming
    # party_role to party_name, and never the same column for two missing ones
    unknown = {k.replace(" ", "_"): k for k in stream.index if k not in spec}
    for col in missing:
        near = difflib.get_close_matches(col, list(unknown), n=1, cutoff=0.7)
        written = rows.header[unknown.pop(near[0])] if near else None
        fix = f"rename column {written!r} to {col}" if written else f"add a column named {col}"
        rows.problems.append(Problem(stream.file, stream.header_row, None,
                                     f"the {what} file has no {col} column (it is required)", fix))
    if missing:
        stream.close()
        raise InputRejected(rows.problems + stream.problems)
    # only the columns coi reads are taken from each row: extra columns cost nothing
    stream.index = {k: i for k, i in stream.index.items() if k in spec}
    return stream, rows


def _cells(stream) -> Iterator[Row]:
    index = stream.index.items()
    for n, values in stream:
        yield n, {k: (values[i] if values[i] else None) for k, i in index}


def _finish(stream, rows: _Rows, records: list, what: str) -> Loaded:
    problems = stream.problems + rows.problems
    if not records and not problems:
        problems.append(Problem(stream.file, None, None, "the file has no data rows, only a header",
                                f"add one row per {what} under the header"))
    if problems:
        problems.sort(key=lambda p: (p.row or 0))
        raise InputRejected(problems)
    return Loaded(tuple(records), tuple(rows.warnings), stream.file)


def load_members(path: str | os.PathLike, *, encoding: EncodingChoice = None) -> Loaded:
    """Read the Panel roster (members.csv / .xlsx)."""
    stream, rows = _open(path, MEMBER_COLUMNS, encoding, "roster")
    with stream:
        records = parse_members(_cells(stream), rows)
        return _finish(stream, rows, records, "member")


def load_disclosures(path: str | os.PathLike, members: Iterable[Member], *, encoding: EncodingChoice = None,
                     as_of: dt.date | None = None) -> Loaded:
    """Read the members' disclosures, checked against the roster ``members``."""
    stream, rows = _open(path, DISCLOSURE_COLUMNS, encoding, "disclosures")
    with stream:
        records = parse_disclosures(_cells(stream), rows, members, as_of=as_of)
        return _finish(stream, rows, records, "relationship")


#: What :func:`load_docket` may be given to see the parties' names, kinds and dates of birth early:
#: called with the three columns and the positions in them of the rows that hold each distinct
#: (name, kind, date) first, four NumPy arrays (which no ``Sequence`` type admits).
Peek = Callable[..., object]


def load_docket(path: str | os.PathLike, *, encoding: EncodingChoice = None,
                invalid_dates: InvalidDates = InvalidDates.REJECT, peek: Peek | None = None) -> Loaded:
    """Read a docket: one row per party of a case. ``invalid_dates``: what a bad date of
    birth does (:class:`InvalidDates`; ``coi screen --invalid-dates ignore``). ``peek``: given
    the parties' names, kinds and dates of birth, in order (three NumPy arrays of objects, a
    party an entry: blank rows and a party named again in its case are none), and the positions
    in them, in order, of the parties that hold between them the first of each distinct (name,
    kind, date of birth) (:func:`coi.screen.docket_tasks` reads only those), as soon as they
    are read and before the parties are made — only when the file is read by columns, and
    never for a file refused — so that work on them can start (``coi screen``: the workers'
    blocking, :meth:`coi.screen.WorkerPool.block_early`)."""
    from coi.ingest.columnar import read_docket_columns

    stream, rows = _open(path, DOCKET_COLUMNS, encoding, "docket", invalid_dates)
    with stream:
        # by columns when the file allows it (about half the time on a large docket), else
        # row by row: the same parties, warnings and problems either way
        noted, today = (len(rows.warnings), len(rows.problems)), dt.date.today()
        records = read_docket_columns(stream, rows, today, peek) if _BY_COLUMNS else None
        if records is None:  # anything the columns noted before they gave up goes
            del rows.warnings[noted[0]:], rows.problems[noted[1]:]
            records = _parse_docket(_raw_cells(stream, _DOCKET_KEYS), rows, today)
        return _finish(stream, rows, records, "party")


#: Whether :func:`load_docket` reads a file by columns when it can (tests compare the two readings).
_BY_COLUMNS = True


_VOTES = tuple(v.value for v in Vote if v.on_items)  # yes, no, abstain


@dataclass(frozen=True, slots=True)
class AgendaRow:
    meeting_id: str
    meeting_date: dt.date
    item: int
    case_id: str
    row: int | None = None


@dataclass(frozen=True, slots=True)
class VoteRow:
    meeting_id: str
    item: int
    member_id: str
    vote: Vote | None
    row: int | None = None


def _item_number(rows: _Rows, n: int, c: dict) -> int | None:
    text = rows.text(n, c, "item", required=True, limit=10)
    if text is None:
        return None
    if not text.isdigit() or int(text) < 1:
        rows.problem(n, "item", f"{text!r} is not an agenda item number", "write the item's number: 1, 2, 3…")
        return None
    return int(text)


def load_agenda(path: str | os.PathLike, *, encoding: EncodingChoice = None) -> Loaded:
    """Read agenda.csv: meetings, their dates and their numbered items, each a case."""
    stream, rows = _open(path, AGENDA_COLUMNS, encoding, "agenda")
    with stream:
        out: list[AgendaRow] = []
        dates: dict[str, tuple[dt.date, int]] = {}
        seen: dict[tuple[str, int], int] = {}
        for n, c in _cells(stream):
            meeting = rows.ident(n, c, "meeting_id")
            date = rows.date(n, c, "meeting_date", required=True)
            item = _item_number(rows, n, c)
            case_id = rows.ident(n, c, "case_id")
            if not (meeting and date and item and case_id):
                continue
            if meeting in dates and dates[meeting][0] != date:
                rows.problem(n, "meeting_date", f"meeting {meeting} is dated {dates[meeting][0]} on row "
                             f"{dates[meeting][1]} and {date} here", "give every row of a meeting the same date")
                continue
            dates.setdefault(meeting, (date, n))
            if (meeting, item) in seen:
                rows.problem(n, "item", f"item {item} of meeting {meeting} is already on row {seen[(meeting, item)]}",
                             "number each item of a meeting once")
                continue
            seen[(meeting, item)] = n
            out.append(AgendaRow(meeting, date, item, case_id, row=n))
        return _finish(stream, rows, out, "agenda item")


def load_votes(path: str | os.PathLike, *, encoding: EncodingChoice = None) -> Loaded:
    """Read votes.csv: who voted on each agenda item (and how, when given)."""
    stream, rows = _open(path, VOTES_COLUMNS, encoding, "votes")
    with stream:
        out: list[VoteRow] = []
        seen: dict[tuple[str, int, str], VoteRow] = {}
        for n, c in _cells(stream):
            meeting = rows.ident(n, c, "meeting_id")
            item = _item_number(rows, n, c)
            member = rows.text(n, c, "member_id", required=True, limit=100)
            vote = rows.text(n, c, "vote", limit=20)
            if vote is not None and vote.lower() not in _VOTES:
                rows.problem(n, "vote", f"{vote!r} is not a vote coi knows", "write yes, no or abstain, or leave it empty")
                continue
            if meeting and item and member:
                row = VoteRow(meeting, item, member, Vote(vote.lower()) if vote else None, row=n)
                first = seen.get((meeting, item, member))
                if first is None:
                    seen[meeting, item, member] = row
                    out.append(row)
                elif first.vote == row.vote:
                    rows.warnings.append(Warning_(rows.file, n, None, f"the same vote is on row {first.row}; "
                                                  "this row was ignored"))
                else:  # one file, two votes of one member on one item: which was cast?
                    rows.problem(n, "vote", f"{member} votes on {meeting} item {item} on row {first.row} too, "
                                 "another way", "keep the vote the member cast; record a correction in another file")
        return _finish(stream, rows, out, "vote")


def load_names(path: str | os.PathLike, *, id_column: str, encoding: EncodingChoice = None,
               invalid_dates: InvalidDates = InvalidDates.REJECT) -> Loaded:
    """Read a ``coi match`` file: ``id_column``, ``name`` and optionally ``date_of_birth``.
    Under ``InvalidDates.IGNORE`` a bad date of birth is left out and a row without a name
    skipped, each listed as a warning."""
    id_column = canonical(id_column)  # columns are matched case-insensitively, trimmed
    stream, rows = _open(path, {id_column: True, "name": True, "date_of_birth": False}, encoding, "names",
                         invalid_dates)
    skip_nameless = rows.invalid_dates is InvalidDates.IGNORE
    records: list[NameRecord] = []
    seen: dict[str, int] = {}
    today = dt.date.today()
    with stream:
        for n, cells in _cells(stream):
            rid = rows.text(n, cells, id_column, required=True, limit=200)
            name = rows.text(n, cells, "name", required=not skip_nameless, limit=MAX_NAME)
            if name is None and skip_nameless:
                rows.ignore(n, "name", f"the {rows.col('name')} is empty; the row ({id_column} {rid!r}) was skipped "
                            "(--invalid-dates ignore)")
                continue
            dob = rows.date(n, cells, "date_of_birth", not_after=today, ignorable=True)
            if rid is not None and rid in seen:
                rows.problem(n, id_column, f"{id_column} {rid!r} is also on row {seen[rid]}",
                             f"give every row its own {id_column}")
            elif rid is not None:
                seen[rid] = n
            if rid and name:
                records.append(NameRecord(rid, name, dob))
        return _finish(stream, rows, records, "name")


def detect_kind(path: str | os.PathLike, *, encoding: EncodingChoice = None) -> ImportKind:
    """Which CONTRACT.md file ``path`` is, from its columns: members, disclosures, docket,
    agenda or votes."""
    with open_table(path, encoding=encoding) as stream:
        cols = set(stream.index)
        file = stream.file
    if {"case_id", "party_name"} <= cols:
        return ImportKind.DOCKET
    if "relation" in cols:
        return ImportKind.DISCLOSURES
    if "appointed_by" in cols:
        return ImportKind.MEMBERS
    if {"meeting_id", "case_id"} <= cols:
        return ImportKind.AGENDA
    if {"meeting_id", "member_id"} <= cols:
        return ImportKind.VOTES
    raise InputRejected([Problem(
        file, 1, None, "coi cannot tell from its columns whether this is a roster, disclosures or a docket",
        "a roster has member_id,name,appointed_by; disclosures member_id,relation,name; a docket "
        "case_id,party_name — fix the header, or say which with --kind")])


# ------------------------------------------------------------------ rows


def parse_members(cells: Iterable[Row], rows: _Rows) -> list[Member]:
    """Check roster rows; problems and warnings gather in ``rows``."""
    today = dt.date.today()
    out: list[Member] = []
    seen: dict[str, int] = {}
    for n, c in cells:
        member_id = rows.text(n, c, "member_id", required=True, limit=100)
        name = rows.text(n, c, "name", required=True, limit=MAX_NAME)
        appointed_by = rows.choice(n, c, "appointed_by", Appointer, hints=_APPOINTER_HINTS)
        start, end = rows.date(n, c, "term_start"), rows.date(n, c, "term_end")
        if start and end and start > end:
            rows.problem(n, "term_end", f"the term ends ({end}) before it starts ({start})", "check both dates")
        dob = rows.date(n, c, "date_of_birth", not_after=today)
        email = rows.text(n, c, "email", limit=300)
        if email is not None and (why := mail_address_problem(email)) is not None:
            rows.problem(n, "email", why, "write one address the member reads coi's e-mails at, or leave it empty")
            email = None
        if member_id is not None:
            if member_id in seen:
                rows.problem(n, "member_id", f"member_id {member_id!r} is also on row {seen[member_id]}",
                             "give every member their own member_id, or delete the repeated row")
                continue
            seen[member_id] = n
        if member_id and name and appointed_by:
            out.append(Member(member_id, name, appointed_by, rows.text(n, c, "seat"), start, end, dob, row=n,
                              email=email))
    return out


#: What a disclosed organization written as initials alone (WCSO) is told, its name given.
INITIALS_ALONE = ("{name!r} is an organization's initials alone: they fit many bodies, so they meet only a party "
                  "written with the same initials; write the organization's full name (the initials may stay as "
                  "an alias)")


def parse_disclosures(cells: Iterable[Row], rows: _Rows, members: Iterable[Member], *,
                      as_of: dt.date | None = None) -> list[Disclosure]:
    """Check disclosure rows against the roster, then each member's ``via`` references."""
    # a date of birth is checked against the real today: screening as of a past date
    # must not refuse a relative born since then (``as_of`` plays no part in ingest)
    today = dt.date.today()
    known = {m.member_id for m in members}
    out: list[Disclosure] = []
    seen: dict[tuple, int] = {}
    for n, c in cells:
        member_id = rows.text(n, c, "member_id", required=True, limit=100)
        relation = rows.choice(n, c, "relation", Relation, hints=_RELATION_HINTS)
        name = rows.text(n, c, "name", required=True, limit=MAX_NAME)
        kind = rows.choice(n, c, "kind", Kind, default=relation.default_kind if relation else Kind.PERSON)
        via = rows.text(n, c, "via", limit=MAX_NAME)
        aliases = rows.names(n, c, "aliases")
        dob = rows.date(n, c, "date_of_birth", not_after=today)
        since, until = rows.date(n, c, "since"), rows.date(n, c, "until")
        if since and until and since > until:
            rows.problem(n, "until", f"the tie ends ({until}) before it begins ({since})", "check both dates")
        if member_id is not None and member_id not in known:
            close = difflib.get_close_matches(member_id, sorted(known), n=1)
            rows.problem(n, "member_id", f"member_id {member_id!r} is not on the roster",
                         (f"did you mean {close[0]!r}? " if close else "") + "add the member to the roster first, "
                         "or correct the id")
            continue
        if not (member_id and relation and name):
            continue
        # the same tie over the same years (a period is part of it: a member who left an
        # employer and joined it again discloses two stints, the later one current)
        key = (member_id, relation, fold(name), fold(via) if via else None, since, until)
        if key in seen:
            rows.warnings.append(Warning_(rows.file, n, None, f"the same relationship is on row {seen[key]}; "
                                          "this row was ignored"))
            continue
        seen[key] = n
        if disclosed_as_initials(kind, (name, *aliases)):
            rows.warnings.append(Warning_(rows.file, n, rows.col("name"), INITIALS_ALONE.format(name=name)))
        out.append(Disclosure(member_id, relation, name, kind, via, aliases, dob, since, until,
                              rows.text(n, c, "role", limit=MAX_TEXT), rows.text(n, c, "notes", newlines=True),
                              row=n))
    _check_via(out, rows)
    return out


def _check_via(disclosures: list[Disclosure], rows: _Rows) -> None:
    """Every ``via`` must name a person the same member disclosed, and no chain may loop.

    A name is looked up as the graph looks it up (folded, aliases included, relatives
    first), so what passes here resolves there."""
    by_member: dict[str, list[Disclosure]] = {}
    for d in disclosures:
        by_member.setdefault(d.member_id, []).append(d)
    for member_id, ds in by_member.items():
        named: dict[str, Disclosure] = {}
        for d in sorted(ds, key=lambda d: (not d.relation.is_kin, d.row or 0)):
            for n in (d.name, *d.aliases):
                named.setdefault(fold(n), d)
        for d in ds:
            if d.via is None:
                continue
            target = named.get(fold(d.via))
            if target is None:
                guess = _via_guess(d.via, [p for p in ds if p.kind is Kind.PERSON and p is not d])
                rows.problem(d.row, "via", f"via {d.via!r} names nobody member {member_id} disclosed",
                             (f"did you mean {guess!r}? " if guess else "")
                             + "write the via exactly as that person's name (or an alias) appears in another row "
                             "of this member, or add a row for them")
            elif target.kind is Kind.ORGANIZATION:
                rows.problem(d.row, "via", f"via {d.via!r} is an organization; via must name a person",
                             "leave via empty for a tie of the member's own, or name the person it runs through")
            else:
                loop = _loop(d, named)
                if loop:
                    rows.problem(d.row, "via", "the via chain loops: " + " → ".join(loop),
                                 "one person in the chain must be tied to the member directly (via empty)")


def _via_guess(via: str, people: list[Disclosure]) -> str | None:
    """The person of this member's own rows (names and aliases) that a mistyped ``via`` most
    likely meant, or None: only the member's own people are offered, never another's."""
    from rapidfuzz import fuzz, process, utils

    choices = {n: fold(n) for p in people for n in (p.name, *p.aliases)}
    best = process.extractOne(fold(via), choices, scorer=fuzz.WRatio, processor=utils.default_process,
                              score_cutoff=70)
    return best[2] if best else None


def _loop(start: Disclosure, named: dict[str, Disclosure]) -> list[str] | None:
    chain, seen, d = [start.name], {fold(start.name)}, start
    while d.via is not None:
        nxt = named.get(fold(d.via))
        if nxt is None:
            return None
        chain.append(nxt.name)
        if fold(nxt.name) in seen or nxt is d:
            return chain
        seen.add(fold(nxt.name))
        d = nxt
    return None


def parse_docket(cells: Iterable[Row], rows: _Rows) -> list[Party]:
    """Check docket rows; a party repeated within a case is warned about and kept once.

    A docket repeats its cells (roles, kinds, agencies, dates, names): each column's reading
    of a raw cell is remembered once it was read without a problem or a warning, so a
    repeated cell costs one look-up and yields the very value a first reading would (a cell
    that raised a problem or a warning is read afresh on every row, as each row must report it)."""
    return _parse_docket(((n, tuple(map(c.get, _DOCKET_KEYS))) for n, c in cells), rows)


#: The docket's columns in the order a row's raw cells reach :func:`_parse_docket`.
_DOCKET_KEYS = ("case_id", "party_name", "party_role", "party_kind", "affiliations", "date_of_birth",
                "confidential", "case_type", "stage", "meeting_date")


def _raw_cells(stream, keys: tuple[str, ...]) -> Iterator[tuple[int, tuple[str | None, ...]]]:
    """(row number, the raw cells of ``keys`` in that order — "" for an empty cell or a column
    the file lacks) for each data row, read by column position: no dict a row (a million-row
    docket would build a million); :func:`_parse_docket` makes one only for a cell it reads."""
    width = len(stream.columns)
    positions = [stream.index.get(k, width) for k in keys]
    get = operator.itemgetter(*positions)
    if width not in positions:
        for n, values in stream:
            yield n, get(values)
    else:  # a column the file lacks is read from one empty cell after the row's last
        for n, values in stream:
            values.append("")
            yield n, get(values)


def _parse_docket(cells: Iterable[tuple[int, tuple[str | None, ...]]], rows: _Rows,
                  today: dt.date | None = None) -> list[Party]:
    """:func:`parse_docket` on rows of raw cells in the order of ``_DOCKET_KEYS`` (None or ""
    for an empty one): no dict a row. A cell not met before is read by the ``_Rows`` checks,
    handed to them as a row of that one cell (each check reads one cell), so every problem
    and warning names the file, row and column, in the order, it always did."""
    today = today or dt.date.today()  # a future date of birth is one after it
    out: list[Party] = []
    # the parties met, (case, casefolded name, role) → row, to warn of one repeated: a case's
    # rows come together in a docket, so only the case being read is kept (``seen``, its own
    # parties); a case met again after another (its rows apart) switches to one table for the
    # whole docket (``everywhere``), made from the parties read so far — the same warnings,
    # without a million-entry table on a docket whose cases are together
    seen: dict[tuple, int | None] = {}  # (casefolded name, role) → row
    seen_case: str | None = None
    read_cases: set[str] = set()  # the cases read before the one being read
    everywhere: dict[tuple, int | None] | None = None  # (case, casefolded name, role) → row
    m_name: dict = {}
    m_role: dict = {}
    m_kind: dict = {}
    m_aff: dict = {}
    m_dob: dict = {}
    m_conf: dict = {}
    m_type: dict = {}
    m_stage: dict = {}
    m_meeting: dict = {}
    m_folded: dict[str, str] = {}  # a name's casefold, made once a name
    last_raw: str | None = None  # a case's rows come together: its id is read once
    last_case: str | None = None
    problems, warnings = rows.problems, rows.warnings
    new_party = _party_maker()

    r_case, r_name, r_role, r_kind, r_aff, r_dob, r_conf, r_type, r_stage, r_meeting = _docket_readers(rows, today)

    def read(table: dict, key, reader, n: int, cell: str | None, *extra):
        # a cell not met before, read by its column's check; remembered when it raised nothing
        before = len(problems), len(warnings)
        value = reader(n, cell, *extra)
        if (len(problems), len(warnings)) == before:
            table[key] = value
        return value

    for n, raw in cells:
        case_raw, name_raw, role_raw, kind_raw, aff_raw, dob_raw, conf_raw, type_raw, stage_raw, meeting_raw = raw
        if case_raw and case_raw == last_raw:
            case_id = last_case
        else:
            before = len(problems), len(warnings)
            case_id = r_case(n, case_raw)
            if (len(problems), len(warnings)) == before:
                last_raw, last_case = case_raw, case_id
        name = m_name.get(name_raw, _MISS)
        if name is _MISS:
            name = read(m_name, name_raw, r_name, n, name_raw)
        role = m_role.get(role_raw, _MISS)
        if role is _MISS:
            role = read(m_role, role_raw, r_role, n, role_raw)
        kind = m_kind.get(key := (kind_raw, role), _MISS)  # its default is the role's
        if kind is _MISS:
            kind = read(m_kind, key, r_kind, n, kind_raw, role)
        affiliations = m_aff.get(aff_raw, _MISS)
        if affiliations is _MISS:
            affiliations = read(m_aff, aff_raw, r_aff, n, aff_raw)
        dob = m_dob.get(dob_raw, _MISS)
        if dob is _MISS:
            dob = read(m_dob, dob_raw, r_dob, n, dob_raw)
        confidential = m_conf.get(conf_raw, _MISS)
        if confidential is _MISS:
            confidential = read(m_conf, conf_raw, r_conf, n, conf_raw)
        case_type = m_type.get(type_raw, _MISS)
        if case_type is _MISS:
            case_type = read(m_type, type_raw, r_type, n, type_raw)
        stage = m_stage.get(stage_raw, _MISS)
        if stage is _MISS:
            stage = read(m_stage, stage_raw, r_stage, n, stage_raw)
        meeting = m_meeting.get(meeting_raw, _MISS)
        if meeting is _MISS:
            meeting = read(m_meeting, meeting_raw, r_meeting, n, meeting_raw)
        if not (case_id and name):
            continue
        folded = m_folded.get(name)
        if folded is None:
            folded = m_folded[name] = name.casefold()
        if everywhere is None and case_id != seen_case:
            if case_id in read_cases:
                everywhere = {(p.case_id, m_folded[p.name], p.role): p.row for p in out}
            else:
                if seen_case is not None:
                    read_cases.add(seen_case)
                seen, seen_case = {}, case_id
        table: dict[tuple, int | None]
        party_key: tuple
        if everywhere is None:
            table, party_key = seen, (folded, role)
        else:
            table, party_key = everywhere, (case_id, folded, role)
        if party_key in table:
            warnings.append(_repeated(rows, n, name, role, case_id, table[party_key]))
            continue
        table[party_key] = n
        out.append(new_party(case_id, name, role, kind, affiliations, dob, confidential, case_type, stage, meeting, n))
    return out


def _docket_readers(rows: _Rows, today: dt.date) -> tuple[Callable[..., Any], ...]:
    """How a docket's cells are read, one reader a column in the order of ``_DOCKET_KEYS``:
    ``reader(row, cell)`` — the kind's ``reader(row, cell, role)``, its default being the
    role's. Each hands its cell to the ``_Rows`` check as a one-cell row, so every problem
    and warning names the file, row and column. Shared by the row-by-row reading and
    :mod:`coi.ingest.columnar`, so the two read every cell alike."""
    def one(check: Callable[..., Any], column: str, *args: Any, **kwargs: Any) -> Callable[[int, str | None], Any]:
        return lambda n, cell: check(n, {column: cell}, column, *args, **kwargs)

    return (
        one(rows.ident, "case_id"),
        one(rows.text, "party_name", required=True, limit=MAX_NAME),
        one(rows.choice, "party_role", PartyRole, default=PartyRole.OTHER),
        lambda n, cell, role: rows.choice(n, {"party_kind": cell}, "party_kind", Kind, default=role.default_kind),
        one(rows.names, "affiliations"),
        one(rows.date, "date_of_birth", not_after=today, ignorable=True),
        one(rows.flag, "confidential"),
        one(rows.text, "case_type", limit=MAX_CASE_TEXT),
        one(rows.text, "stage", limit=MAX_CASE_TEXT),
        one(rows.date, "meeting_date"),
    )


def plain_text(cell: str, limit: int) -> bool:
    """Whether :meth:`_Rows.text` reads ``cell`` as the cell itself, with no warning and no
    problem: printable ASCII (nothing invisible, already NFC), no space at an end or two
    together, not empty, and within ``limit``. Most cells of a docket are so: a reading by
    columns takes them as they are rather than through the check (:func:`_plain_readers`)."""
    return (bool(cell) and len(cell) <= limit and cell.isascii() and cell.isprintable() and "  " not in cell
            and cell[0] != " " and cell[-1] != " ")


def _plain_readers() -> tuple[Callable[[str], bool] | None, ...]:
    """For each column of :func:`_docket_readers`, in its order, a test of a cell its reader
    returns as it is, with no warning or problem (:func:`plain_text`; a case id also written
    in an id's characters: :func:`id_problem`), or None for a column read otherwise (a
    choice, a date, a list). The same readings, quicker: a test holds only where its
    reader would return the very cell."""
    return (
        lambda cell: plain_text(cell, MAX_ID) and _ID.fullmatch(cell) is not None,
        lambda cell: plain_text(cell, MAX_NAME),
        None, None, None, None, None,
        lambda cell: plain_text(cell, MAX_CASE_TEXT),
        lambda cell: plain_text(cell, MAX_CASE_TEXT),
        None,
    )


def _repeated(rows: _Rows, n: int, name: str, role: PartyRole, case_id: str, first: int | None) -> Warning_:
    """The warning of a party named again in its case (the row is ignored)."""
    return Warning_(rows.file, n, None, f"{name!r} is already a {role} of case {case_id} on row {first}; "
                    "this row was ignored")


def _party_maker() -> Callable[..., Party]:
    """A maker of :class:`Party` taking every field in order, which sets the fields as the
    frozen dataclass's own ``__init__`` does but without its ``object.__setattr__`` a field
    (a third of the time of reading a million-row docket): the same object, ~2 µs sooner.
    Falls back to ``Party`` itself should the class ever gain a ``__post_init__`` or lose its slots."""
    names = [f.name for f in dataclasses.fields(Party)]
    if hasattr(Party, "__post_init__") or not all(
            type(Party.__dict__.get(name)).__name__ == "member_descriptor" for name in names):
        return Party
    new = object.__new__
    setters = tuple(Party.__dict__[name].__set__ for name in names)
    args = ", ".join(f"v{i}" for i in range(len(names)))
    body = "; ".join(f"s{i}(p, v{i})" for i in range(len(names)))
    scope = {"new": new, "Party": Party, **{f"s{i}": s for i, s in enumerate(setters)}}
    exec(f"def make({args}):\n    p = new(Party); {body}\n    return p", scope)
    return scope["make"]


_MISS = object()  # not yet read (parse_docket's memo)


def row_checker(file: str, header: dict[str, str] | None = None) -> _Rows:
    """A collector for ``parse_*`` when rows come from elsewhere than a file (the dashboard's
    editor): pass it in, then read its ``problems`` and ``warnings``."""
    return _Rows(file, header)


__all__ = ["id_problem", "ID_CHARACTERS", "InvalidDates", "Ignored", "EncodingChoice",
           "NameRecord", "AgendaRow", "VoteRow", "load_members", "load_disclosures", "load_docket", "load_agenda",
           "load_votes", "load_names", "detect_kind",
           "parse_members", "parse_disclosures", "parse_docket", "row_checker"]
