"""Each comparison level in plain words, built from the feature itself (issue 14, item 14):
its comparison, its level and — where they help — the two strings compared: "same date of
birth", "surname equal", "given name a nickname (Bill for William)".

One table, :data:`PHRASES`, for every level of coi.names.person, coi.names.dates and
coi.names.org; :func:`coi.names.evidence.top_reasons` reads it for the dashboard's cards,
the report and packets, the Prompts page and its downloads, and ``coi compare``. A level
without a phrase falls back to the words the matcher gave the feature (and the tests over
the weights files fail until it has one). The dates themselves are never quoted: the report
goes to the public, and a relative's date of birth must not reach it through the reasons.
"""

from __future__ import annotations

from coi.model import Feature
from coi.names.dates import YEAR_WORDS

#: An exact surname or given name as common as this share of the population or less is
#: "rare", and as common as :data:`COMMON_SHARE` or more is "common" (coi.names.frequency).
RARE_SHARE = 2e-5
COMMON_SHARE = 2e-3

# (comparison, level) → the phrase; {left} is the party's side, {right} the disclosed side
# (names written as names: "O'Brien"), {short}/{long} the shorter and the longer of the
# two, {side} the one side that has it, {rarity} " and rare"/" and common"/"", {form} what
# kind of other form a given name is, {distinct} " (distinctive words)"/" (common words)"/"",
# {what} the last word of the level ("rare" of "missing rare").
PHRASES: dict[tuple[str, str], str] = {
    # persons: the surname
    ("surname", "exact"): "surname equal{rarity}",
    ("surname", "former name"): "surname equal to a former or maiden name ({left})",
    ("surname", "part shared"): "one part of a double surname shared ({left} / {right})",
    ("surname", "second surname differs"): "first surnames agree, second surnames differ ({left} / {right})",
    ("surname", "transliteration"): "surname spelt another way ({left} / {right})",
    ("surname", "one edit"): "surname one letter apart ({left} / {right}), likely a typing slip",
    ("surname", "one edit, both real"): "surnames one letter apart ({left} / {right}), both real surnames",
    ("surname", "one vowel apart, both real"): "surnames one vowel apart ({left} / {right}): two real surnames, "
                                               "likely two families",
    ("surname", "real surnames alike, same birth date"): "surnames a letter or two apart ({left} / {right}), "
                                                         "both real, beside the same date of birth: likely one "
                                                         "surname heard or typed another way",
    ("surname", "real surnames alike, birth date near"): "surnames a letter or two apart ({left} / {right}), "
                                                          "both real, beside dates of birth a slip apart: "
                                                          "possibly one surname heard or typed another way",
    ("surname", "two edits"): "surname two letters apart ({left} / {right}), likely a typing slip",
    ("surname", "two edits, both real"): "surnames two letters or more apart ({left} / {right}), both real surnames",
    ("surname", "phonetic"): "surnames sound alike ({left} / {right})",
    ("surname", "similar"): "surnames spelt alike ({left} / {right})",
    ("surname", "different"): "surnames differ ({left} / {right})",
    ("surname", "missing"): "surname missing on one side",
    # persons: the given name
    ("given", "exact"): "given name equal{rarity}",
    ("given", "nickname"): "given name {form}",
    ("given", "transliteration"): "given name spelt another way ({left} / {right})",
    ("given", "one edit"): "given name one letter apart ({left} / {right}), likely a typing slip",
    ("given", "one edit, both real"): "given names one letter apart ({left} / {right}), both real names",
    ("given", "two edits"): "given name two letters apart ({left} / {right}), likely a typing slip",
    ("given", "phonetic"): "given names sound alike ({left} / {right})",
    ("given", "similar"): "given names spelt alike ({left} / {right})",
    ("given", "initial fits"): "given name only an initial ({short} for {long})",
    ("given", "initial conflicts"): "initial does not fit the given name ({short} / {long})",
    ("given", "given as other's middle"): "given name is the other's middle name",
    ("given", "given as other's middle initial"): "given name's initial is the other's middle initial",
    ("given", "missing"): "given name missing on one side",
    ("given", "different"): "given names differ ({left} / {right})",
    ("given", "other-sex form"): "given names a man's and a woman's ({left} / {right}): likely two people",
    ("given", "related form, one sex"): "given names two related names of their own ({left} / {right})",
    ("given", "another name, same surname and birth date"): "another given name ({left} / {right}), surname and "
                                                            "date of birth alike: a twin — for most relatives a "
                                                            "relative too — or another name they go by",
    # persons: middle names, generation, order
    ("middle", "agree"): "middle names agree ({left})",
    ("middle", "initial agrees"): "middle initials agree",
    ("middle", "one side only"): "middle name on one side only",
    ("middle", "conflict"): "middle names or initials differ ({left} / {right})",
    ("middle", "initial conflicts, same birth date"): "middle initials differ ({left} / {right}) beside the same "
                                                      "given name and date of birth: likely a slip",
    ("generation", "same"): "same suffix ({left})",
    ("generation", "one side"): "suffix (Jr., Sr.) on one side only",
    ("generation", "conflict"): "suffixes differ ({left} / {right}): another person of the family",
    ("order", "swapped"): "given name and surname written the other way round",
    ("order", "swapped, a part one edit"): "written the other way round and a part one letter apart: "
                                           "weaker than either alone",
    ("order", "swapped, a slip in each part"): "written the other way round and each part a letter or two apart: "
                                               "weaker than the slips alone",
    ("roles", "given name likelier the surname"): "read with {left} as the given name and {right} as the "
                                                  "surname, though the other way round is likelier",
    ("order", "swapped, a part not exact"): "only written the other way round, and a part spelt differently",
    ("order", "joined"): "one name written as two words on one side",
    ("order", "joined, a part not exact"): "only with one name written as two words and a slip on both parts",
    # persons: the date of birth (never the dates themselves)
    ("dob", "exact"): "same date of birth{heaped}",
    ("dob", "day/month swapped"): "same date of birth but for day and month swapped{heaped}",
    ("dob", "two digits transposed"): "same date of birth but for two digits typed the wrong way round{heaped}",
    ("dob", "one digit"): "dates of birth one digit apart{heaped}",
    ("dob", "year off by one"): "born on the same day a year apart{heaped}",
    ("dob", "one day apart"): "born a day apart, across a month's or a year's end{heaped}",
    ("dob", "two digits"): "dates of birth two digits apart{heaped}",
    ("dob", "same year and month"): "born in the same month, another day",
    ("dob", "different"): "different dates of birth{heaped}",
    ("dob", "missing"): "date of birth missing on one side",
    # the years alone: weighed only inside a date on a birthday many records give (coi.names.dates.mixed_bits)
    **{("birth year", level): words for level, words in YEAR_WORDS.items()},
    # organizations
    ("words", "shared"): "{left} in both names{distinct}",
    ("words", "one edit"): "{left} / {right} one letter apart",
    ("words", "spelt by ear"): "{left} / {right}: one word written down by ear two ways",
    ("words", "abbreviated"): "{left} / {right}: one written short",
    ("words", "missing generic"): "{side} in one name only ({generic})",
    ("words", "missing common"): "{side} in one name only (a common word)",
    ("words", "missing uncommon"): "{side} in one name only (an uncommon word)",
    ("words", "missing rare"): "{side} in one name only (a rare word)",
    ("acronym", "two initials"): "{short_upper} the initials of {long}",
    ("acronym", "three initials"): "{short_upper} the initials of {long}",
    ("acronym", "four or more initials"): "{short_upper} the initials of {long}",
    ("kind", "same"): "same kind of body ({left})",
    ("kind", "compatible"): "kinds of body that fit together ({left} / {right})",
    ("kind", "one side"): "kind of body said in one name only ({side})",
    ("kind", "different"): "different kinds of body ({left} / {right})",
    ("kind", "membership vs agency"): "a membership body against another sort of body ({left} / {right})",
    ("number", "equal"): "same number ({left})",
    ("number", "one side"): "a number in one name only ({side})",
    ("number", "different"): "numbers differ ({left} / {right})",
    ("order", "same"): "words in the same order",
    ("order", "other"): "words in another order",
    ("coverage", "complete"): "every word of both names accounted for",
    ("coverage", "all but generic words"): "every word but generic ones accounted for",
    ("coverage", "all but the trade of an everyday name"):
        "every word but the trade accounted for (an everyday name many places may bear)",
}

#: Each comparison as a person names it (the cards' table of the evidence).
COMPARISONS: dict[str, str] = {
    "surname": "surname", "given": "given name", "middle": "middle names", "generation": "suffix (Jr., Sr.)",
    "order": "order of the words", "roles": "which word is the given name", "dob": "date of birth", "words": "words of the name", "acronym": "initials",
    "kind": "kind of body", "number": "number", "coverage": "words accounted for",
    "initials": "other places' initials",
}

#: Comparisons whose strings are organization words, not parts of a person's name.
_ORGANIZATION = frozenset({"words", "acronym", "kind", "number", "coverage", "initials"})


def has_phrase(comparison: str, level: str) -> bool:
    return (comparison, level) in PHRASES


def _as_name(text: str) -> str:
    """A folded name part as a name is written: "o'brien" → "O'Brien"."""
    return text.title() if text.islower() else text


def _rarity(f: Feature) -> str:
    """" and rare" / " and common" / "" of an exact surname or given name: its share of the
    population, read back from its bits by the model's own formula (bits = log2(m / share))."""
    from coi.names.evidence import load_weights

    try:
        m = load_weights("person")["comparisons"][f.comparison]["exact"]["m"]
    except KeyError:
        return ""
    share = m / 2.0 ** f.weight
    return " and rare" if share < RARE_SHARE else " and common" if share > COMMON_SHARE else ""


def _heaped(f: Feature) -> str:
    """" (a birthday many records give, …)" for dates of birth on a birthday weighed down as
    many records give it (coi.names.dates.Birthdays: the first of January given to whoever's
    is unknown), as the feature's words say."""
    from coi.names.dates import heaped_words

    words = heaped_words(f)
    return f" {words}" if words else ""


def _form(left: str, right: str) -> str:
    """What kind of other form of a given name the ``nickname`` level found, with the pair:
    "a nickname (Bill for William)", "another language's form (Guglielmo for William)",
    "another spelling (Katherine / Kathryn)"."""
    from coi.names.person import COGNATES, GENERATION_CALL_NAMES, nickname_match

    a, b = left.lower(), right.lower()
    if COGNATES.get(a) == b or COGNATES.get(b) == a or (a in COGNATES and COGNATES.get(a) == COGNATES.get(b)):
        foreign, english = (left, right) if a in COGNATES else (right, left)
        return f"another language's form ({_as_name(foreign)} for {_as_name(english)})"
    if nickname_match(a, b):
        short, long = sorted((left, right), key=lambda s: (len(s), s))
        return f"a nickname ({_as_name(short)} for {_as_name(long)})"
    called = next((x for x in (a, b) if any(x in names for names in GENERATION_CALL_NAMES.values())), None)
    if called is not None:  # Trey beside a III (coi.names.person.GENERATION_CALL_NAMES)
        other = right if called == a else left
        return f"the name a man goes by after his generation ({_as_name(called)} for {_as_name(other)})"
    return f"another spelling ({_as_name(left)} / {_as_name(right)})"


def feature_words(f: Feature) -> str:
    """The feature in plain words, from its comparison, level and strings (the matcher's
    own words when the table has no phrase for the level)."""
    phrase = PHRASES.get((f.comparison, f.level))
    if phrase is None:
        return f.words
    org = f.comparison in _ORGANIZATION
    left = f.left if org else _as_name(f.left)
    right = f.right if org else _as_name(f.right)
    short, long = sorted((left, right), key=lambda s: (len(s), s))
    if f.comparison in ("words", "acronym"):  # organization words as a name is written
        left, right, long = left.title(), right.title(), long.title()
    fields = {
        "left": left, "right": right, "side": left or right, "short": short, "long": long,
        "short_upper": short.upper().replace(" ", ""), "what": f.level.split()[-1],
        "generic": "generic words" if " " in (left or right) else "a generic word",
        "rarity": _rarity(f) if "{rarity}" in phrase else "",
        "form": _form(f.left, f.right) if "{form}" in phrase else "",
        "distinct": (" (distinctive words)" if f.weight >= 6 else " (common words)" if f.weight < 3 else "")
        if "{distinct}" in phrase else "",
        "heaped": _heaped(f) if "{heaped}" in phrase else "",
    }
    return phrase.format(**fields)


__all__ = ["COMMON_SHARE", "COMPARISONS", "PHRASES", "RARE_SHARE", "feature_words", "has_phrase"]
