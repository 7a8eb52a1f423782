"""Organization names: reduce to what identifies the organization, then compare.

``Village of Oak Ridge Police Dept., Inc.`` and ``Oak Ridge PD`` are the same agency;
``Oak Ridge Fire Department`` and ``FOP Lodge 73`` are not ``Oak Ridge Police
Department`` and ``FOP Lodge 7``. So a name is split into its *core* (the words that say
which one: ``oak ridge``), its *type* (``police department``) and its *numbers* (``7``),
after legal forms (cleanco), filler words and the kind of place (village, county, …) are
removed and common abbreviations expanded. Cores are compared in any word order; types
must agree; numbers must be equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from cleanco import basename

from coi.names.normalize import fold_forms

# Abbreviation → its words. Applied token by token after folding and lower-casing.
ABBREVIATIONS: dict[str, str] = {
    "dept": "department", "dep": "department", "depts": "department", "pd": "police department",
    "so": "sheriff office", "fd": "fire department", "sao": "state attorney office",
    "doc": "department of corrections", "isp": "illinois state police",
    "assn": "association", "assoc": "association", "asso": "association", "ass'n": "association",
    "fop": "fraternal order of police", "intl": "international", "natl": "national",
    "univ": "university", "ofc": "office", "off": "office", "dist": "district", "twp": "township",
    "cty": "county", "cnty": "county", "co": "county", "mt": "mount", "ft": "fort", "il": "illinois",
    "ill": "illinois", "st": "saint", "comm": "commission", "svc": "service", "svcs": "service",
    "pol": "police", "sherriff": "sheriff", "sheriffs": "sheriff", "atty": "attorney",
    "attys": "attorney", "attorneys": "attorney", "chiefs": "chief", "officers": "officer",
    "corrections": "correction", "dpt": "department",
}
FILLER = frozenset({"the", "of", "and", "for", "a", "an", "in", "at", "on", "to"})
# The kind of place an agency belongs to: dropped, "Village of Oak Ridge PD" = "Oak Ridge PD".
PLACE_KINDS = frozenset({"village", "city", "town", "township", "county", "borough", "municipality", "metropolitan"})
# Words that say what kind of organization it is, not which one.
TYPE_WORDS = frozenset(
    {"police", "department", "sheriff", "office", "fire", "state", "attorney", "public", "defender",
     "association", "union", "lodge", "council", "labor", "fraternal", "order", "officer", "chief",
     "court", "circuit", "school", "district", "university", "college", "board", "commission", "service",
     "correction", "jail", "agency", "bureau", "division", "unit", "patrol", "marshal", "security",
     "transit", "airport", "hospital", "law", "enforcement", "benevolent",
     "protective", "national", "international", "organization", "society", "league", "coalition",
     "network", "foundation", "center", "centre", "group", "committee", "clinic", "church", "club", "local"}
)
# Type words that say little on their own: "Police Department" = "Police" = "Police Office".
GENERIC_TYPES = frozenset({"department", "office", "service", "agency", "bureau", "division", "unit",
                           "organization", "group", "center", "centre"})
_LEGAL_FORMS = frozenset({"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "company", "nfp",
                          "plc", "lp", "llp", "pc", "pllc", "nonprofit", "non profit"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_DOTTED = re.compile(r"\b(?:[a-z]\. ?){2,}")
_NUMBER_MARKS = frozenset({"no", "nr", "num", "number"})
_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
# A word of letters with a digit a scanner put for a letter (5aridstead, 8rookwell), not an ordinal (21st)
_MIXED = re.compile(r"(?=.*[a-z])(?=.*[0158])(?![0-9]+(?:st|nd|rd|th)$)[a-z0158]+")
_OCR_DIGITS = str.maketrans("0158", "olsb")
_OCR_DIGITS_RE = re.compile(r"[0158]")


@dataclass(frozen=True, slots=True)
class OrgName:
    core: tuple[str, ...]
    types: tuple[str, ...]
    numbers: tuple[str, ...]
    acronym: str  # the initials of core and type words: "illinois association chief police" → "iacp"
    written_acronym: str = ""  # the initials as written, place kinds kept: Lakemoor County Sheriff's Office → lcso
    qualifier: tuple[str, ...] = ()  # words written in brackets: Spago (Los Angeles) → ("los", "angeles")
    words: tuple[str, ...] = ()  # the content words (core and type) in written order: what the evidence compares
    written: tuple[str, ...] = ()  # every word as written (filler, place kinds, legal forms kept), for acronyms

    @property
    def tokens(self) -> tuple[str, ...]:
        return self.core + self.types + self.numbers

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=262144)
def parse_org(text: str) -> OrgName:
    """Reduce one folded (ASCII) organization name to its core, type and numbers; words in
    brackets are kept apart as its *qualifier* (a place, a branch, an acronym)."""
    qualifier = tuple(w for q in _BRACKETED.findall(text) for w in _SPLIT.split(q.lower()) if w)
    bare = _BRACKETED.sub(" ", text)
    if qualifier and bare.strip():
        return replace(_parse_plain(bare), qualifier=qualifier)
    return _parse_plain(text)


def _qualifier_words(org: OrgName) -> tuple[str, ...]:
    """The bracketed words reduced as a name's words are (abbreviations, filler, stems)."""
    parsed = _parse_plain(" ".join(org.qualifier))
    return (*parsed.core, *parsed.types, *parsed.numbers)


@lru_cache(maxsize=262144)
def _parse_plain(text: str) -> OrgName:
    text = basename(text) or text
    text = text.lower().replace("&", " and ").replace("'", "")
    text = _DOTTED.sub(lambda m: m.group().replace(".", "").replace(" ", "") + " ", text)  # F.O.P. → fop
    words: list[str] = []
    raws = [_OCR_DIGITS_RE.sub(lambda m: m.group().translate(_OCR_DIGITS), r)
            if _MIXED.fullmatch(r) else r for r in _SPLIT.split(text) if r]
    for i, raw in enumerate(raws):
        if raw in _NUMBER_MARKS and i + 1 < len(raws) and raws[i + 1].isdigit():
            continue  # "Lodge No. 17", "Local Nr 7": the mark says a number follows
        words.extend(ABBREVIATIONS.get(raw, raw).split())
    core: list[str] = []
    types: list[str] = []
    numbers: list[str] = []
    written = "".join(w[0] for w in words if w not in FILLER and w not in _LEGAL_FORMS and not w[0].isdigit())
    content: list[str] = []
    as_written: list[str] = []
    for w in words:
        if w in FILLER or w in PLACE_KINDS or w in _LEGAL_FORMS:
            as_written.append(w)
            continue
        w = ABBREVIATIONS.get(w, w)
        if w.isdigit():
            numbers.append(str(int(w)))
        elif w.rstrip("stndrdth").isdigit() and w[0].isdigit():  # 7th, 21st
            numbers.append(str(int(w.rstrip("stndrdth"))))
        elif w in TYPE_WORDS or _stem(w) in TYPE_WORDS:
            types.append(_stem(w) if _stem(w) in TYPE_WORDS else w)
            content.append(types[-1])
            as_written.append(types[-1])
        else:
            core.append(_stem(w))
            content.append(core[-1])
            as_written.append(core[-1])
    acronym = "".join(w[0] for w in core + types)
    return OrgName(tuple(core), tuple(types), tuple(numbers), acronym, written, words=tuple(content),
                   written=tuple(as_written))


def parse_org_forms(text: str) -> tuple[OrgName, ...]:
    return tuple(parse_org(f) for f in fold_forms(text))


# ------------------------------------------------------------------ the evidence model
#
# Two organization names are compared word by word, and as wholes: each comparison lands
# on a level whose weight (bits, log2 m/u) is read from coi/data/weights_organization.json,
# trained by bench/train_orgs.py; the match weight is their sum (coi.names.evidence).
#
#   words    each word of either name, once: "shared" (weighted by how rare the word is in
#            the organization corpus: coi.names.org_corpus), "one edit" (a spelling slip),
#            "abbreviated" (Lab. / Labor),
#            or "missing" on the other side, by how distinctive the word is (its band:
#            generic, common, uncommon, rare): a word replaced is missing on both sides
#   acronym  a short word equal to the initials of a run of the other name's words
#   kind     what sort of body: same, compatible, different, a membership body against an agency
#   number   Lodge 7 against Lodge 7 / 71 / none
#   coverage every word of both names accounted for, or all but generic ones that leave
#            the kind as it is (else no feature: the missing words speak)
#   order    the shared words in the same order or another
# Legal forms (Inc, LLC), filler words and the kind of place (Village of) are dropped when
# the name is parsed, so they weigh nothing.

from coi.model import Feature, MatchEvidence  # noqa: E402
from coi.names.org_corpus import OrgCorpus, joint_share, word_share  # noqa: E402

#: Bands of distinctiveness for an unmatched word, by its share of organization names: a
#: level each, so the data says how much an extra "county" costs against an extra "Elmhurst".
BANDS = ((0.05, "generic"), (0.01, "common"), (0.001, "uncommon"), (0.0, "rare"))
#: Words that make another place of the place they stand before (North Maple Heights is not
#: Maple Heights): missing on one side, they count as a distinctive word, however common.
PLACE_PREFIXES = frozenset({"north", "south", "east", "west", "new", "upper", "lower", "old"})
#: The shortest words a one-letter slip is read in (shorter ones are other words: Oak/Oat).
SLIP_MIN = 4

_UNION = frozenset({"union", "lodge", "local", "fraternal", "brotherhood", "teamster", "afscme", "benevolent",
                    "protective", "labor", "guild", "council", "worker", "employee"})
_ASSOCIATION = frozenset({"association", "society", "league", "coalition", "federation", "alliance", "club",
                          "foundation", "network", "committee"})
# (field, words any of which say it), first match wins; agency fields are those a sworn body has
_FIELDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("prosecutor", frozenset({"prosecutor"})),
    ("defender", frozenset({"defender"})),
    ("sheriff", frozenset({"sheriff", "deputy"})),
    ("fire", frozenset({"fire", "firefighter", "firefighters"})),
    ("corrections", frozenset({"correction", "correctional", "jail", "prison", "detention"})),
    ("court", frozenset({"court", "circuit", "judicial", "judge"})),
    ("police", frozenset({"police", "patrol", "marshal", "enforcement", "trooper", "constable"})),
    ("bar", frozenset({"bar"})),
    ("law", frozenset({"law", "legal", "attorney", "lawyer"})),
    ("school", frozenset({"school", "academy", "elementary"})),
    ("university", frozenset({"university", "college", "campus"})),
    ("hospital", frozenset({"hospital", "clinic", "medical", "health"})),
    ("utility", frozenset({"electric", "gas", "water", "power", "energy", "utility", "light", "telephone",
                           "sanitary", "wastewater"})),
    ("transit", frozenset({"transit", "transportation", "railroad", "airport"})),
    ("security", frozenset({"security", "guard", "alarm"})),
    ("insurance", frozenset({"insurance", "underwriter"})),
    ("bank", frozenset({"bank", "credit", "savings", "trust"})),
)
_AGENCY_FIELDS = frozenset({"prosecutor", "defender", "sheriff", "fire", "corrections", "court", "police"})


@dataclass(frozen=True, slots=True)
class OrgKind:
    """What sort of body a name says it is: ``body`` (union, association, agency, other)
    and ``field`` (police, sheriff, fire, university police, utility…), either may be ""."""

    body: str
    field: str

    @property
    def words(self) -> str:
        return " ".join(w for w in (self.field, self.body if self.body != "other" else "") if w) or "unknown"


def org_kind(n: OrgName) -> OrgKind:
    """The kind of body a parsed name says it is: "<Town> University Police" is university
    police, not the town's; "Fraternal Order of Police Lodge 7" a police union."""
    words = set(n.words)
    field = next((f for f, ws in _FIELDS if words & ws), "")
    if field == "law" and "state" in words and "attorney" in words:
        field = "prosecutor"  # State's Attorney
    if field == "police" and words & {"university", "college", "campus"}:
        field = "university police"
    if "cooperative" in words:
        body = "other"  # a cooperative association is a utility's legal form, not a body of members
    elif words & _UNION:
        body = "union"
    elif words & _ASSOCIATION or field == "bar":
        body = "association"
    elif field in _AGENCY_FIELDS or field == "university police":
        body = "agency"
    elif field or words & {"department", "office", "agency", "bureau", "division", "commission", "board"}:
        body = "other"
    else:
        body = ""
    if field == "police" and body == "agency" and "state" in words:
        field = "state police"
    return OrgKind(body, field)


def kind_level(a: OrgKind, b: OrgKind) -> str | None:
    """The kind comparison's level, or None when neither name says its kind."""
    if not (a.body or a.field) and not (b.body or b.field):
        return None
    if not (a.body or a.field) or not (b.body or b.field):
        return "one side"
    membership = {"union", "association"}
    if (a.body in membership) != (b.body in membership) and a.body and b.body:
        return "membership vs agency"
    if a.field and b.field and a.field != b.field:
        return "different"
    if a.body != b.body and a.body and b.body and not ({a.body, b.body} <= membership):
        return "different"
    if a == b:
        return "same"
    return "compatible"


ACRONYM_LEVELS = {2: "two initials", 3: "three initials"}


def band(share: float) -> str:
    return next(name for floor, name in BANDS if share >= floor)


@dataclass(frozen=True, slots=True)
class Comparison:
    """One comparison before it is weighed: the trainer counts these, the matcher weighs them."""

    comparison: str
    level: str
    left: str = ""
    right: str = ""
    share: float | None = None  # the word's share of organization names, where the level is tf-adjusted


#: Letters a scanner reads as others (rn / m, cl / d, ri / n, vv / w): one slip, not two.
_OCR = (("rn", "m"), ("cl", "d"), ("ri", "n"), ("vv", "w"), ("li", "h"))


def _ocr_folded(word: str) -> str:
    for seen, meant in _OCR:
        word = word.replace(seen, meant)
    return word


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, dropped, changed, or two neighbours swapped (OSA distance 1), in
    words of SLIP_MIN letters or more; a scanner's misreading (Shenff / Sheriff) counts as one."""
    if a == b or min(len(a), len(b)) < SLIP_MIN - 1 or max(len(a), len(b)) < SLIP_MIN or not (a + b).isalpha():
        return False
    from rapidfuzz.distance import OSA

    if abs(len(a) - len(b)) <= 1 and OSA.distance(a, b) == 1:
        return True
    fa, fb = _ocr_folded(a), _ocr_folded(b)
    return (fa, fb) != (a, b) and abs(len(fa) - len(fb)) <= 1 and OSA.distance(fa, fb) <= 1


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is ``long`` cut short: two letters or more, shorter, the same first letter,
    and its letters found in order in ``long`` (Lab / Labor, Grp / Group, Mgmt / Management)."""
    if not (2 <= len(short) < len(long)) or short[0] != long[0] or not short.isalpha():
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:])


#: Words an acronym may spell or leave out (Department of Corrections: DOC; Lakemoor County
#: Sheriff's Office: LCSO or LSO; Bearmont Water and Sewer Company: BWSC or BWS).
_NOT_CONTENT = FILLER | PLACE_KINDS | _LEGAL_FORMS
_ACRONYM_SKIPS: tuple[frozenset[str], ...] = (_LEGAL_FORMS, frozenset(), FILLER | _LEGAL_FORMS, _NOT_CONTENT)


def org_initial_runs(n: OrgName, longest: int = 8, needs: frozenset[str] | None = None) -> set[str]:
    """The initials of every run of two or more of a name's written words (filler and place
    kinds counted or skipped): what an acronym of all or part of the name may be. With
    ``needs``, only runs holding one of those words (blocking: a distinctive word)."""
    out: set[str] = set()
    written = n.written[:16]
    for skip in _ACRONYM_SKIPS:
        words = [w for w in written if w not in skip]
        for i in range(len(words)):
            if words[i] in FILLER:
                continue
            letters, held = "", needs is None
            for j in range(i, min(len(words), i + longest)):
                letters += words[j][0]
                held = held or (needs is not None and words[j] in needs)
                if j > i and words[j] not in FILLER and held:
                    out.add(letters)
    return out


def _acronym_run(token: str, other: OrgName, free: set[int]) -> list[int] | None:
    """The positions (in ``other.words``) of a run of free words whose initials spell
    ``token``, filler and place kinds counted or skipped as the acronym needs."""
    if not (2 <= len(token) <= 8 and token.isalpha()):
        return None
    written = other.written
    # map each written word to its position in other.words (content words only)
    positions: list[int | None] = []
    k = 0
    for w in written:
        if w in _NOT_CONTENT:
            positions.append(None)
        else:
            positions.append(k)
            k += 1
    for skip in _ACRONYM_SKIPS:
        for i in range(len(written)):
            if positions[i] is None or written[i][0] != token[0]:
                continue
            letters, run = "", []
            for j in range(i, len(written)):
                w, pos = written[j], positions[j]
                if w in skip:
                    continue
                if pos is not None and pos not in free:
                    break
                letters += w[0]
                if pos is not None:
                    run.append(pos)
                if not token.startswith(letters):
                    break
                if letters == token and pos is not None:
                    return run
    return None


def compare_words(a: OrgName, b: OrgName, corpus: OrgCorpus | None = None,
                  *, b_acronym_whole: bool = True) -> list[Comparison]:
    """The comparisons of two parsed names (``a`` the party's, ``b`` the disclosed one)."""
    out: list[Comparison] = []
    wa, wb = list(a.words), list(b.words)
    free_a, free_b = set(range(len(wa))), set(range(len(wb)))
    shared_pairs: list[tuple[int, int]] = []
    shared: list[tuple[str, str, str]] = []  # (left, right, the word counted)
    # 1. the same word on both sides
    for i, w in enumerate(wa):
        j = next((j for j in sorted(free_b) if wb[j] == w), None)
        if j is not None:
            free_a.discard(i)
            free_b.discard(j)
            shared_pairs.append((i, j))
            shared.append((w, w, w))
    # 2. two words written as one (Oak Brook / Oakbrook)
    for x, y, fx, fy, flip in ((wa, wb, free_a, free_b, False), (wb, wa, free_b, free_a, True)):
        for i in sorted(fx):
            if i + 1 in fx:
                joined = x[i] + x[i + 1]
                j = next((j for j in sorted(fy) if y[j] == joined), None)
                if j is not None:
                    fx -= {i, i + 1}
                    fy.discard(j)
                    left, right = (joined, f"{x[i]} {x[i + 1]}") if flip else (f"{x[i]} {x[i + 1]}", joined)
                    shared.append((left, right, joined))
    # 3. an acronym on one side spelled out on the other
    for one, other, f_one, f_other, flip in ((a, b, free_a, free_b, False), (b, a, free_b, free_a, True)):
        for i in sorted(f_one):
            token = one.words[i]
            if flip and not b_acronym_whole and len(one.words) == 1:
                continue  # a disclosed acronym alone is not met by a party's full name (other bodies share initials)
            run = _acronym_run(token, other, f_other)
            if run and len(run) >= 2:
                f_one.discard(i)
                f_other.difference_update(run)
                spelled = " ".join(other.words[p] for p in run)
                left, right = (spelled, token) if flip else (token, spelled)
                out.append(Comparison("acronym", ACRONYM_LEVELS.get(len(token), "four or more initials"), left, right))
    if shared:  # one comparison: the words shared, weighed by how rare they are together
        out.insert(0, Comparison("words", "shared", " ".join(x[0] for x in shared), " ".join(x[1] for x in shared),
                                 joint_share([x[2] for x in shared], corpus)))
    # 4. a spelling slip in a word
    for i in sorted(free_a):
        j = next((j for j in sorted(free_b) if _one_edit(wa[i], wb[j])), None)
        if j is not None:
            free_a.discard(i)
            free_b.discard(j)
            shared_pairs.append((i, j))
            out.append(Comparison("words", "one edit", wa[i], wb[j],
                                  max(word_share(wa[i], corpus), word_share(wb[j], corpus))))
    # 5. a word cut short (Lab. / Labor, Grp. / Group): its letters begin the other and run in order through it
    for i in sorted(free_a):
        j = next((j for j in sorted(free_b) if _abbreviates(wa[i], wb[j]) or _abbreviates(wb[j], wa[i])), None)
        if j is not None:
            free_a.discard(i)
            free_b.discard(j)
            shared_pairs.append((i, j))
            out.append(Comparison("words", "abbreviated", wa[i], wb[j]))
    # 6. what is left: added or dropped, or replaced by another word
    for x, fx, fy, flip in ((wa, free_a, free_b, False), (wb, free_b, free_a, True)):
        for i in sorted(fx):
            level = "missing rare" if x[i] in PLACE_PREFIXES else "missing " + band(word_share(x[i], corpus))
            out.append(Comparison("words", level,
                                  "" if flip else x[i], x[i] if flip else ""))
    # every word of both names accounted for, or all but generic words
    missing = {c.level for c in out if c.level.startswith("missing")}
    na, nb = set(a.numbers), set(b.numbers)
    ka, kb = org_kind(a), org_kind(b)
    kinds = kind_level(ka, kb)
    only_two_initials = not shared and all(c.level == "two initials" for c in out)
    # numbers that differ say another body; two initials alone (WC) fit too many names to cover one
    if out and (na == nb or not na or not nb) and not only_two_initials:
        if not missing:
            out.append(Comparison("coverage", "complete"))
        elif missing == {"missing generic"} and kinds not in ("different", "membership vs agency"):
            out.append(Comparison("coverage", "all but generic words"))
    # the order of the shared words
    if len(shared_pairs) >= 2:
        order = [j for _, j in sorted(shared_pairs)]
        out.append(Comparison("order", "same" if order == sorted(order) else "other", "", ""))
    # numbers
    na, nb = set(a.numbers), set(b.numbers)
    if na or nb:
        level = "equal" if na == nb else "one side" if na <= nb or nb <= na else "different"
        out.append(Comparison("number", level, " ".join(a.numbers), " ".join(b.numbers)))
    if kinds is not None:
        out.append(Comparison("kind", kinds, ka.words, kb.words))
    return out


def _feature_words(c: Comparison, weight: float) -> str:
    left, r = c.left or "—", c.right or "—"
    if c.comparison == "words":
        if c.level == "shared":
            return f"{c.left} on both" + (" (distinctive)" if weight >= 6 else " (common words)" if weight < 3 else "")
        if c.level == "one edit":
            return f"{c.left} / {c.right} one letter apart"
        if c.level == "abbreviated":
            return f"{c.left} / {c.right}: one cut short"
        side = c.left or c.right
        what = c.level.split()[-1]
        return f"{side} on one side only ({what} word)"
    if c.comparison == "acronym":
        return f"{left.upper() if len(left) < len(r) else r.upper()} = initials of {r if len(left) < len(r) else left}"
    if c.comparison == "kind":
        return {"same": f"same kind ({left})", "compatible": f"compatible kinds ({left} / {r})",
                "different": f"kinds differ ({left} / {r})", "one side": f"kind said on one side only ({left} / {r})",
                "membership vs agency": f"a membership body against an agency ({left} / {r})"}[c.level]
    if c.comparison == "number":
        return {"equal": f"same number {left}", "one side": f"a number on one side only ({left} / {r})",
                "different": f"numbers differ ({left} / {r})"}[c.level]
    if c.comparison == "coverage":
        return "every word of both names accounted for" if c.level == "complete" else \
            "every word but generic ones accounted for"
    if c.comparison == "order":
        return "words in another order" if c.level == "other" else ""
    return ""


def weigh(comparisons: list[Comparison]) -> tuple[Feature, ...]:
    """The features of a list of comparisons: each level's trained weight (log2 m/u, term-
    frequency adjusted where the level says which word it was), times the fitted scale."""
    from coi.names.evidence import level_weight, load_weights, tf_weight

    scale = load_weights("organization").get("scale", 1.0)
    features = []
    for c in comparisons:
        if c.share is not None:
            w = scale * tf_weight("organization", c.comparison, c.level, c.share)
        else:
            w = scale * level_weight("organization", c.comparison, c.level)
        features.append(Feature(c.comparison, c.level, round(w, 3), c.left, c.right, _feature_words(c, w)))
    return tuple(features)


def _with_qualifier(n: OrgName) -> OrgName:
    if not n.qualifier:
        return n
    extra = _qualifier_words(n)
    return replace(n, core=n.core + extra, words=n.words + extra, written=n.written + extra, qualifier=())


def _readings(a: OrgName, b: OrgName) -> list[tuple[OrgName, OrgName]]:
    """A qualifier in brackets on one side only (a city, a branch) may be left out (Spago (Los
    Angeles) = Spago) or read inline (Collaborative (Illinois) = Collaborative of Illinois);
    on both sides it is part of the name (Spago (Los Angeles) ≠ Spago (Las Vegas))."""
    if a.qualifier and b.qualifier:
        return [(_with_qualifier(a), _with_qualifier(b))]
    if a.qualifier or b.qualifier:
        return [(a, b), (_with_qualifier(a), _with_qualifier(b))]
    return [(a, b)]


def org_features(a: OrgName, b: OrgName, corpus: OrgCorpus | None = None) -> tuple[Feature, ...]:
    """The features of the best reading of two parsed names (``a`` the party's)."""
    best: tuple[Feature, ...] | None = None
    for x, y in _readings(a, b):
        if not x.words and not x.numbers or not y.words and not y.numbers:
            continue
        # a disclosed acronym alone is not met by a party's full name: other bodies share its
        # initials (BOCI: Black Officers Coalition of Illinois, and of Indiana)
        feats = weigh(compare_words(x, y, corpus, b_acronym_whole=False))
        if best is None or sum(f.weight for f in feats) > sum(f.weight for f in best):
            best = feats
    return best or ()


def org_evidence(query: str, candidate: str, corpus: OrgCorpus | None = None) -> tuple[tuple[Feature, ...], float]:
    """The features of two organization names (the best of their folded forms) and the prior."""
    from coi.names.evidence import prior

    best: tuple[Feature, ...] = ()
    best_w = float("-inf")
    for q in parse_org_forms(query):
        for c in parse_org_forms(candidate):
            feats = org_features(q, c, corpus)
            w = sum(f.weight for f in feats)
            if feats and w > best_w:
                best, best_w = feats, w
    return best, prior("organization")


def org_match_evidence(query: str, candidate: str, corpus: OrgCorpus | None = None) -> MatchEvidence:
    """The MatchEvidence of two organization names: features, their sum, the score."""
    from coi.names.evidence import match_weight, score, top_reasons

    features, prior_bits = org_evidence(query, candidate, corpus)
    if not features:
        return MatchEvidence(query, candidate, 0.0, (), "nothing left to compare", (), prior_bits)
    reason = top_reasons(features, 3)
    if len(fold_forms(query)) > 1 or len(fold_forms(candidate)) > 1:
        reason += "; letters from another script read as the Latin letters they imitate"
    return MatchEvidence(query=query, matched=candidate, score=score(match_weight(prior_bits, features)),
                         components=tuple((f.comparison, round(f.weight, 2)) for f in features),
                         reason=reason, features=features, prior=prior_bits)
