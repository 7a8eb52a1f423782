"""Folding of names to comparable ASCII: what looks or sounds alike becomes alike.

Every name passes through the same steps before it is compared:
invisible and bidirectional characters removed (coi.text), Unicode NFKC (fullwidth
``Ｊｏｈｎ`` → ``John``), transliteration to ASCII with anyascii (``José`` → ``Jose``,
``Łukasz`` → ``Lukasz``, ``Иван`` → ``Ivan``), apostrophes dropped (``O'Brien`` →
``OBrien``). A second, *skeleton* form maps characters of other scripts that look like
Latin letters to those letters (Unicode's confusables data, via confusable_homoglyphs),
so a Cyrillic ``о`` inside ``Jоhn`` cannot hide the name: transliteration alone would
read Cyrillic ``р`` as ``r`` where the eye reads ``p``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

from coi.text import strip_invisible

_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4"


@lru_cache(maxsize=1)
def _skeleton_map() -> dict[str, str]:
    """Non-ASCII character → the ASCII letter or digit it is confusable with."""
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    data = json.loads(raw)
    mapping: dict[str, str] = {}
    for key, glyphs in data.items():
        if len(key) == 1 and key.isascii() and key.isalnum():
            for g in glyphs:
                c = g["c"].strip("\u200e")
                if len(c) == 1 and not c.isascii():
                    mapping.setdefault(c, key)
    for key, glyphs in data.items():
        if len(key) == 1 and not key.isascii() and key not in mapping:
            for g in glyphs:
                c = g["c"]
                if len(c) == 1 and c.isascii() and c.isalpha():
                    mapping[key] = c
                    break
    return mapping


def _ascii(text: str) -> str:
    if not text.isascii():  # ASCII is its own transliteration: the common case costs nothing
        text = anyascii(text)
        for a in _APOSTROPHES:
            text = text.replace(a, "")
    elif "'" in text or "`" in text:  # the apostrophes ASCII text can hold
        text = text.replace("'", "").replace("`", "")
    return " ".join(text.split())


def folds_to_its_words(text: str) -> bool:
    """True for plain printable ASCII without an apostrophe: text whose folding only collapses
    its spaces, so its words and commas are read off it lower-cased, unfolded."""
    return text.isascii() and text.isprintable() and "'" not in text and "`" not in text


@lru_cache(maxsize=262144)
def fold_forms(text: str) -> tuple[str, ...]:
    """The ASCII forms of ``text`` (case kept): its transliteration, then its confusable
    skeleton where that differs. Matching takes the best of them."""
    if text.isascii() and text.isprintable():  # the common case: nothing to remove or fold
        return (_ascii(text),)
    visible, _ = strip_invisible(text)
    visible = unicodedata.normalize("NFKC", visible)
    if visible.isascii():
        return (_ascii(visible),)
    forms = [_ascii(visible)]
    skel = _skeleton_map()
    if any(ch in skel for ch in visible):
        skeleton = _ascii("".join(skel.get(ch, ch) for ch in visible))
        if skeleton != forms[0]:
            forms.append(skeleton)
    return tuple(forms)


def fold(text: str) -> str:
    """The primary ASCII form of ``text``, lower-cased: for keys and exact comparisons."""
    return fold_forms(text)[0].lower()


def fold_forms_once(text: str) -> tuple[str, ...]:
    """:func:`fold_forms` without its cache, for text met once — a docket's party names, each
    split, keyed or parsed once, would fill the cache with forms nothing asks for again (on a
    million rows, ~50 MB in each process that met them)."""
    return fold_forms.__wrapped__(text)


def fold_once(text: str) -> str:
    """:func:`fold` without the cache (:func:`fold_forms_once`)."""
    return fold_forms_once(text)[0].lower()


def is_mixed_script(text: str) -> bool:
    """True when letters of more than one script appear in one word: a sign of disguise."""
    for word in text.split():
        scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in word if ch.isalpha()}
        if len(scripts) > 1:
            return True
    return False


#: A word of letters with digits a scanner put for letters (5anchez, 80sko, M00n,
#: 5aridstead), not an ordinal (21st); lower-case.
_OCR_MIXED = re.compile(r"(?=.*[a-z])(?=.*[0158])(?![0-9]+(?:st|nd|rd|th)$)(?![a-z][0-9]+$)[a-z0158]+")
_OCR_DIGITS = str.maketrans("0158", "olsb")
_OCR_DIGIT = re.compile(r"[0158]")


def may_hold_ocr_digits(text: str) -> bool:
    """Whether ``text`` holds a digit :func:`ocr_letters` may read as a letter: a cheap test
    before reading its words one by one."""
    return _OCR_DIGIT.search(text) is not None


_OCR_WORD = re.compile(r"[A-Za-z0-9]+")


def ocr_read(text: str) -> str:
    """``text`` with each word that mixes letters and a scanner's digits read as
    :func:`ocr_letters` reads it (0K0NKW0 → OKONKWO, 1an → lan), the rest as written."""

    def read(m: re.Match[str]) -> str:
        word = m.group()
        low = word.lower()
        letters = ocr_letters(low)
        if letters == low:
            return word
        return letters.upper() if word.isupper() else letters

    return _OCR_WORD.sub(read, text)


def ocr_letters(word: str) -> str:
    """A lower-case ``word`` with the digits a scanner read for letters put back (0 o, 1 l,
    5 s, 8 b: 5anchez → sanchez, H0bbs → hobbs), where it mixes them with letters; else
    ``word`` itself, as is one letter before a number (A1, K9: a brand's way of writing). No
    name is written with such digits, and a scanner's misreading would otherwise spoil the
    very first letter blocking keys are made from."""
    return word.translate(_OCR_DIGITS) if _OCR_MIXED.fullmatch(word) else word

