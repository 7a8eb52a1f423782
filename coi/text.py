"""Cleaning of text as it crosses into coi: what is invisible is removed and reported.

Zero-width characters, bidirectional controls and other format characters (Unicode
category Cf), control characters (Cc, except tab and newline in free text) and
variation selectors can hide or disguise a name ("Jo\u200bhn" would not equal "John").
They carry no meaning in a name, so they are removed, and the caller warns about it.
"""

from __future__ import annotations

import unicodedata

from coi.errors import CoiError

# Variation selectors are category Mn, not Cf, but are just as invisible in a name.
_VARIATION_SELECTORS = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0xE0100, 0xE01F0))
_BIDI_CONTROLS = frozenset(
    {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}
)


def _ASCII_SPACES(value: str) -> bool:
    """True when the only unprintable characters of an ASCII text are tabs and line breaks,
    which collapse to spaces outside free text."""
    return value.translate(_SPACE_TABLE).isprintable()


_SPACE_TABLE = str.maketrans("\t\n\r", "   ")


def is_invisible(ch: str) -> bool:
    """True for a character that shows nothing (or only reorders text) when printed."""
    cp = ord(ch)
    if ch in _WHITESPACE_CONTROLS:
        # a tab or a line break shows as space: the cell's spaces are collapsed (a line break
        # inside a quoted name cell joined its words, "JoséDiaz", as an invisible character)
        return False
    if cp in _VARIATION_SELECTORS or cp in _BIDI_CONTROLS:
        return True
    cat = unicodedata.category(ch)
    return cat in ("Cf", "Cc", "Cs", "Co", "Cn") and ch != " "


#: Control characters that are white space: collapsed with the cell's spaces, never removed.
_WHITESPACE_CONTROLS = frozenset("\t\n\r")
#: Other characters that separate words or lines (vertical tab — FileMaker's line break in a
#: field —, form feed, the information separators, next line): removed as invisible, each
#: leaving a space, so the words on either side stay two (helper-145's review: "JoséDiaz").
_SEPARATING = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85")
#: The names of control characters a file holds most (Unicode names none of them).
_CONTROL_NAMES = {"\x00": "NULL", "\x08": "BACKSPACE", "\x0b": "LINE TABULATION", "\x0c": "FORM FEED",
                  "\x1b": "ESCAPE", "\x1c": "FILE SEPARATOR", "\x1d": "GROUP SEPARATOR",
                  "\x1e": "RECORD SEPARATOR", "\x1f": "UNIT SEPARATOR", "\x7f": "DELETE", "\x85": "NEXT LINE"}


def strip_invisible(value: str) -> tuple[str, list[str]]:
    """Return ``value`` without invisible characters, and the names of those removed
    (e.g. ``["U+200B ZERO WIDTH SPACE"]``), once each, in order of appearance."""
    removed: list[str] = []
    out: list[str] = []
    for ch in value:
        if is_invisible(ch):
            label = f"U+{ord(ch):04X} {unicodedata.name(ch, _CONTROL_NAMES.get(ch, 'UNNAMED CHARACTER'))}"
            if label not in removed:
                removed.append(label)
            if ch in _SEPARATING:
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out), removed


def clean_cell(value: str, *, keep_newlines: bool = False) -> tuple[str, list[str]]:
    """Normalise a cell for storage: invisible characters out, Unicode NFC, spaces
    collapsed and trimmed. Returns the clean text and the invisible characters removed."""
    if value.isascii() and (value.isprintable() or not keep_newlines and _ASCII_SPACES(value)):
        # printable ASCII holds nothing invisible and is already NFC: the common case, fast;
        # a cell already clean is returned itself, not a copy of it
        text = " ".join(value.split())
        return (value if text == value else text), []
    if keep_newlines and "\r" in value:  # a Windows line break in a multi-line cell is a line break
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = strip_invisible(value)
    text = unicodedata.normalize("NFC", text)
    if keep_newlines:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        text = "\n".join(lines).strip()
    else:
        text = " ".join(text.split())
    return text, removed


#: The longest free text coi keeps from a file cell or a form (a note, a reason): longer
#: is almost surely pasted by mistake. Names and ids have their own, shorter limits.
MAX_TEXT = 2000


class TextRejected(CoiError, ValueError):
    """Typed text coi will not store (too long); the message names what and the limit."""


def clean_typed(value: str | None, *, what: str, limit: int = MAX_TEXT, keep_newlines: bool = True) -> str | None:
    """Text a person typed (a reason, a note for the minutes, an id in a form) as coi stores
    it: cleaned exactly as an imported cell is (:func:`clean_cell`: control, invisible and
    bidirectional characters out, NFC, spaces collapsed), None when nothing is left, and
    refused beyond ``limit`` characters with a message naming ``what``. Cleaning happens at
    the library's boundary so that no page, command or caller can store a character that
    breaks a spreadsheet, reorders a report's text or hides in a name."""
    if value is None:
        return None
    text, _ = clean_cell(str(value), keep_newlines=keep_newlines)
    if not text:
        return None
    if len(text) > limit:
        raise TextRejected(f"the {what} is {len(text):,} characters long; the limit is {limit:,}: shorten it")
    return text


def printable(value: str) -> str:
    """``value`` with every character a file format cannot hold or a reader would not see
    removed (control characters but tab and line breaks, invisible and bidirectional marks,
    lone surrogates): for writing a cell of a spreadsheet or a report, even from data stored
    before it was cleaned (openpyxl refuses control characters; a leading NUL would hide a
    formula from the check that defuses it)."""
    if value.isascii() and value.isprintable():
        return value
    return "".join(ch for ch in value if not is_invisible(ch))


def mojibake(value: str) -> str | None:
    """What ``value`` most likely said when it reads as UTF-8 decoded as Windows-1252 or
    Latin-1 somewhere on its way ("Ana GÃ³mez" for "Ana Gómez", "Oâ€™Brien" for "O’Brien"),
    else None. The test is strict — the text must turn back, whole, into valid UTF-8 with
    multi-byte characters — so a real name (whose accented letters are not followed by the
    symbols UTF-8's continuation bytes become) is never taken for garbled text."""
    if value.isascii():
        return None
    for codec in ("cp1252", "latin-1"):  # Latin-1 for the bytes Windows-1252 leaves undefined (0x81, 0x8D…)
        try:
            raw = value.encode(codec)
        except UnicodeEncodeError:
            continue
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return fixed if fixed != value else None
    return None
