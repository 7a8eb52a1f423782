"""The words of everyday English: those written at least once in about three million words
of English text.

A business's name alone, without a word of its trade (Takara against Takara Japanese
Restaurant), names that business only when its words are its own: a word of everyday
English names anything (Express, Mother's, Blue Moon, Caterpillar), so :mod:`coi.names.org`
does not read a name made of such words as one business's (docs/MATCHING.md, "A business
without its trade word").

The words ship in ``coi/data/en_words.txt.gz`` (about 51,000 words, read in a few
milliseconds on the first business compared). They are derived from the ``wordfreq``
package's English list (pinned in pyproject.toml's test extras; its frequencies pool
Wikipedia, subtitles, news, books, the web and social media): every word of letters only
whose Zipf frequency is at least :data:`ZIPF_EVERYDAY` (the base-10 log of its count per
billion words; 2.5 is about 0.3 per million). ``python -m coi.names.english`` writes the
file again, and tests/test_names.py checks the shipped file is what the list gives.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

WORDS_FILE = "en_words.txt.gz"
#: The Zipf frequency from which a word is everyday English (Kowalski 2.7, Napoli 3.3,
#: Caterpillar 3.4, Express 4.7 are; Takara 2.1, Spago 1.5, Maharana 1.7 are not).
ZIPF_EVERYDAY = 2.5
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Every word of everyday English, lower-cased, letters only."""
    data = resources.files("coi").joinpath("data", WORDS_FILE).read_bytes()
    text = gzip.decompress(data).decode("ascii")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def everyday(word: str) -> bool:
    """Whether ``word`` (as coi.names.org folds a name's words: Texas as texa, Mother's as
    mother, Mo's as mos) is a word of everyday English, as written, with an s, or without its
    last s."""
    words = everyday_words()
    return word in words or word + "s" in words or (word.endswith("s") and word[:-1] in words)


#: The spelling rules of British and American English whose two spellings are one letter
#: apart (:func:`british_american`): (British pattern, American replacement, the fewest letters
#: of a word it reads), each applied where the pattern matches the whole word.
_SPELLING_RULES = (
    (re.compile(r"([a-z]{3,})our([a-z]*)"), r"\1or\2", 0),  # colour, harbour, labourers (not four, scour, amour)
    (re.compile(r"([a-z]{3,})tre(s?)"), r"\1ter\2", 0),  # centre, theatres (not entre, timbre, libre)
    (re.compile(r"([a-z]{3,})is(e|ed|es|ing|ation|ations|er|ers)"), r"\1iz\2", 0),  # organisation, realised
    (re.compile(r"([a-z]+)ys(e|ed|es|ing)"), r"\1yz\2", 0),  # analyse, paralysed
    (re.compile(r"([a-z]+)ence(s?)"), r"\1ense\2", 0),  # defence, licences
    (re.compile(r"([a-z]+)ae([a-z]+)"), r"\1e\2", 7),  # paediatric, orthopaedic, anaemia (not Mae, Caen)
    (re.compile(r"([a-z]{3,})ll(ed|ing|er|ers|or|ors)"), r"\1l\2", 0),  # travelled, counsellor, jewellers
)


@lru_cache(maxsize=1)
def british_american() -> frozenset[frozenset[str]]:
    """Pairs of everyday words (:func:`everyday_words`) one of which is the other spelled the
    British way (Harbour / Harbor, Centre / Center, Organisation / Organization, Paediatric /
    Pediatric, Counsellor / Counselor): one word, though both are words. Made from the word
    list by :data:`_SPELLING_RULES` (a plural's pair only with its singular's: not Chartres /
    Charters). The rules also pair a few names (Michael / Michel, Osbourne / Osborne) and
    Analyses / Analyzes: coi.names.org reads a pair as one word only where neither is a name
    many bear."""
    words = everyday_words()
    pairs: set[frozenset[str]] = set()
    for word in words:
        for pattern, american, shortest in _SPELLING_RULES:
            if len(word) < shortest or (m := pattern.fullmatch(word)) is None:
                continue
            other = m.expand(american)
            if other in words and (not word.endswith("s") or frozenset((word[:-1], other[:-1])) <= words):
                pairs.add(frozenset((word, other)))
    return frozenset(pairs)


def derive_everyday_words() -> frozenset[str]:
    """:func:`everyday_words` as the ``wordfreq`` package's English list gives them."""
    try:
        from wordfreq import iter_wordlist, zipf_frequency
    except ImportError as e:  # pragma: no cover - the test extras install it
        raise RuntimeError("the wordfreq package is not installed: `make .venv/.installed` installs it") from e
    words: set[str] = set()
    for word in iter_wordlist("en"):  # most frequent first
        if zipf_frequency(word, "en") < ZIPF_EVERYDAY:
            break
        if _LETTERS.fullmatch(word):
            words.add(word)
    return frozenset(words)


def main() -> None:
    """Write ``coi/data/en_words.txt.gz`` from the wordfreq package's English list."""
    path = Path(__file__).resolve().parent.parent / "data" / WORDS_FILE
    words = sorted(derive_everyday_words())
    text = (f"# the words of everyday English (Zipf frequency >= {ZIPF_EVERYDAY}): python -m coi.names.english "
            "(the wordfreq package's English list)\n" + "\n".join(words) + "\n")
    path.write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))
    print(f"wrote {path}: {len(words)} words")


__all__ = ["WORDS_FILE", "ZIPF_EVERYDAY", "british_american", "derive_everyday_words", "everyday", "everyday_words"]

if __name__ == "__main__":
    main()
