"""How distinctive an organization word is: its share of the organization names seen.

The term-frequency adjustment for organizations (docs/MATCHING.md, "Organizations"): two
names sharing "Elmhurst" say much more than two sharing "Police", and a distinctive word
on one side only says "another organization". A word's *share* is the fraction of
organization names that hold it (a document frequency), smoothed:

    share(w) = (names holding w here + PRIOR_NAMES × prior share(w)) / (names here + PRIOR_NAMES)

"Here" is the corpus being screened — the disclosed organizations plus the docket's
(never a confidential party's name: a member's scores must not depend on them). The
prior is shipped in ``coi/data/org_word_prior.tsv``: the document frequencies of a
generated population of organization names (agencies, unions, associations, utilities,
firms; ``bench/train_orgs.py`` writes it and says how), so that with a small corpus (a
Panel of a few names, ``coi compare`` of two names) "department" and "county" still
weigh little. A word the prior never saw takes ``PRIOR_UNSEEN``: rare.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

PRIOR_FILE = "org_word_prior.tsv"
#: How many names' worth of weight the shipped prior carries against the local corpus: a
#: corpus of a few hundred names starts to speak for itself, one of thousands decides.
PRIOR_NAMES = 300


@lru_cache(maxsize=1)
def _prior() -> tuple[dict[str, float], float]:
    """The shipped prior: word → share, and the share of a word it never saw."""
    shares: dict[str, float] = {}
    unseen = 1e-4
    text = resources.files("coi").joinpath("data", PRIOR_FILE).read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            if line.startswith("#unseen\t"):
                unseen = float(line.split("\t")[1])
            continue
        word, share = line.split("\t")[:2]
        shares[word] = float(share)
    return shares, unseen


def org_words(name: str) -> frozenset[str]:
    """The words of one organization name as the corpus counts them (each once)."""
    from coi.names.org import parse_org_forms  # org imports this module

    forms = parse_org_forms(name)
    return frozenset(w for f in forms[:1] for w in (*f.words, *f.qualifier, *f.locality)) if forms else frozenset()


@dataclass(frozen=True, slots=True)
class OrgCorpus:
    """Organization names seen (word → how many names hold it), over the shipped prior."""

    counts: Counter[str] = field(default_factory=Counter)
    names: int = 0
    postings: dict[str, frozenset[int]] = field(default_factory=dict)  # word → the names holding it
    # what comparisons over this corpus worked out once (joint shares, a word's level): see memo()
    _memos: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> "OrgCorpus":
        """The corpus of these organization names (disclosed names, aliases, docket parties)."""
        return cls().updated(names)

    def updated(self, names: Iterable[str]) -> "OrgCorpus":
        """This corpus with more organization names counted in."""
        counts, n = Counter(self.counts), self.names
        added: dict[str, set[int]] = {}
        for name in names:
            words = org_words(name)
            if words:
                counts.update(words)
                for w in words:
                    added.setdefault(w, set()).add(n)
                n += 1
        postings = dict(self.postings)
        for w, ids in added.items():
            postings[w] = postings.get(w, frozenset()) | ids
        return OrgCorpus(counts, n, postings)

    def share(self, word: str) -> float:
        """The smoothed share of organization names holding ``word`` (0-1)."""
        return _share(self, word)

    def memo(self, name: str) -> dict[Any, Any]:
        """A dict of this corpus's own for results worked out from it (and the shipped prior)
        that many comparisons ask again: emptied when the prior is reloaded or it grows past
        :data:`MEMO_LIMIT`, so the caller stores only what the corpus and prior decide."""
        return _memo(self._memos, name)

    def __hash__(self) -> int:  # one corpus is one screening's: identity is enough for caches
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


#: Entries one corpus memo holds before it starts afresh (a million-row docket has ~100,000
#: distinct organization words and word sets).
MEMO_LIMIT = 200_000
#: The memos of no corpus (the shipped prior alone).
_PRIOR_MEMOS: dict[str, Any] = {}


def _memo(memos: dict[str, Any], name: str) -> dict[Any, Any]:
    """The memo ``name`` of ``memos`` (one corpus's), all of them emptied when the shipped
    prior was reloaded (bench/train_orgs.py rewrites it): "" holds the prior they were made with."""
    prior = _prior()
    if memos.get("") is not prior:
        memos.clear()
        memos[""] = prior
    found: dict[Any, Any] | None = memos.get(name)
    if found is None or len(found) >= MEMO_LIMIT:
        found = memos[name] = {}
    return found


def prior_memo(name: str) -> dict[Any, Any]:
    """:meth:`OrgCorpus.memo` for comparisons over the shipped prior alone (no corpus)."""
    return _memo(_PRIOR_MEMOS, name)


def _share(corpus: OrgCorpus | None, word: str) -> float:
    prior, unseen = _prior()
    base = prior.get(word, unseen)
    if corpus is None or not corpus.names:
        return base
    return (corpus.counts.get(word, 0) + PRIOR_NAMES * base) / (corpus.names + PRIOR_NAMES)


def word_share(word: str, corpus: OrgCorpus | None = None) -> float:
    """The share of ``word`` in ``corpus`` (None: the shipped prior alone)."""
    return _share(corpus, word)


def joint_share(words: Iterable[str], corpus: OrgCorpus | None = None) -> float:
    """The smoothed share of organization names holding *all* these words: the words of one
    name go together ("Oak" and "Ridge" of Oak Ridge), so sharing both says little more than
    sharing the rarer. The prior's part is the rarest word's share (an upper bound)."""
    words = list(dict.fromkeys(words))
    if not words:
        return 1.0
    prior, unseen = _prior()
    if len(words) == 1:  # the names holding it: its postings
        base = prior.get(words[0], unseen)
        if corpus is None or not corpus.names:
            return base
        return (len(corpus.postings.get(words[0], ())) + PRIOR_NAMES * base) / (corpus.names + PRIOR_NAMES)
    base = min(prior.get(w, unseen) for w in words)
    if corpus is None or not corpus.names:
        return base
    # the names holding all the words: worked out once per set of words (sets of common words
    # such as "police department" are large and recur in pair after pair)
    memo = corpus.memo("joint")
    key = frozenset(words)
    held_count = memo.get(key)
    if held_count is None:
        postings = sorted((corpus.postings.get(w, frozenset()) for w in words), key=len)
        held = postings[0]
        for more in postings[1:]:
            if not held:
                break
            held = held & more
        held_count = memo[key] = len(held)
    return (held_count + PRIOR_NAMES * base) / (corpus.names + PRIOR_NAMES)


__all__ = ["MEMO_LIMIT", "OrgCorpus", "PRIOR_NAMES", "joint_share", "org_words", "prior_memo", "word_share"]
