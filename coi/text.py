"""Cleaning of text as it crosses into coi: what is invisible is removed and reported.

Zero-width characters, bidirectional controls and other format characters (Unicode
category Cf), control characters (Cc, except tab and newline in free text) and
variation selectors can hide or disguise a name ("Jo\u200bhn" would not equal "John").
They carry no meaning in a name, so they are removed, and the caller warns about it.
"""

from __future__ import annotations

import unicodedata

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


def is_invisible(ch: str, *, keep_newlines: bool = False) -> bool:
    """True for a character that shows nothing (or only reorders text) when printed."""
    cp = ord(ch)
    if keep_newlines and ch in "\n\t":
        return False
    if cp in _VARIATION_SELECTORS or cp in _BIDI_CONTROLS:
        return True
    cat = unicodedata.category(ch)
    return cat in ("Cf", "Cc", "Cs", "Co", "Cn") and ch != " "


def strip_invisible(value: str, *, keep_newlines: bool = False) -> tuple[str, list[str]]:
    """Return ``value`` without invisible characters, and the names of those removed
    (e.g. ``["U+200B ZERO WIDTH SPACE"]``), once each, in order of appearance."""
    removed: list[str] = []
    out: list[str] = []
    for ch in value:
        if is_invisible(ch, keep_newlines=keep_newlines):
            label = f"U+{ord(ch):04X} {unicodedata.name(ch, 'UNNAMED CHARACTER')}"
            if label not in removed:
                removed.append(label)
        else:
            out.append(ch)
    return "".join(out), removed


def clean_cell(value: str, *, keep_newlines: bool = False) -> tuple[str, list[str]]:
    """Normalise a cell for storage: invisible characters out, Unicode NFC, spaces
    collapsed and trimmed. Returns the clean text and the invisible characters removed."""
    if value.isascii() and (value.isprintable() or not keep_newlines and _ASCII_SPACES(value)):
        # printable ASCII holds nothing invisible and is already NFC: the common case, fast
        return " ".join(value.split()), []
    text, removed = strip_invisible(value, keep_newlines=keep_newlines)
    text = unicodedata.normalize("NFC", text)
    if keep_newlines:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        text = "\n".join(lines).strip()
    else:
        text = " ".join(text.split())
    return text, removed
