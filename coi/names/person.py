"""Person names: parse into parts, then compare part by part, saying why.

Parsing is nameparser's (``Last, First``, titles, suffixes, middle names) on the folded
ASCII form, plus what nameparser does not do: maiden names written ``(née Jones)``,
particles kept with the surname (``de la Cruz`` = ``Delacruz``), hyphenated and double
surnames split into parts. Comparison says, part by part, which *level* of evidence two
names reach (surname, given name, middle names, generation, order: exact, nickname, one
edit, phonetic, initial, conflicting, missing…); coi.names.compare weighs the levels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import jellyfish
from nameparser import HumanName
from nicknames import NickNamer
from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from coi.names import korean
from coi.names.lexicon import is_known_given_name, opposite_sexes
from coi.names.normalize import fold_forms, fold_forms_once, may_hold_ocr_digits, ocr_read

PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "dos", "das", "do", "du", "la", "le", "van", "von", "vander",
     "ten", "ter", "af", "al", "el", "bin", "ibn", "st", "ste", "y", "e"}
)
GENERATIONS = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "i": "i", "ii": "ii", "2nd": "ii",
               "iii": "iii", "3rd": "iii", "iv": "iv", "4th": "iv", "v": "v", "5th": "v", "2d": "ii", "3d": "iii"}
#: A generation written as an ordinal (Arthur Bennett 2nd, HART, EUGENE 3RD), which nameparser
#: reads as a surname or a middle name: a word of its own, last or before a comma.
_ORDINAL_GENERATION = re.compile(r"(?:^|(?<=\s))(2nd|3rd|4th|5th|2d|3d)\.?(?=\s*(?:,|$))", re.IGNORECASE)
#: A nickname in single quotes (Robert 'Bobby' Lee), as in double ones: the quote not an
#: apostrophe inside a word (O'Neil, D'Angelo).
_SINGLE_QUOTED = re.compile(r"(?<![a-z])['\u2018\u2019]([a-z][a-z .-]*[a-z])['\u2018\u2019](?![a-z])", re.IGNORECASE)
#: Saint written out before a surname's other word (Justin Saint Clair, Saint John, Mary):
#: the particle St., as nameparser reads it (ST CLAIR, JUSTIN) — not the surname Saint before a
#: generation (John Saint Jr.: helper-121's review).
_SAINT = re.compile(r"(?:(?<=\S\s)|^(?=saint\s+\S+\s*,))(saint|sainte)\s+"
                    r"(?=[a-z])(?!(?:jr|sr|i{1,3}|iv|v|2nd|3rd|4th|5th)\b\.?\s*(?:,|$))", re.IGNORECASE)
_MAIDEN = re.compile(r"\(?\b(?:nee|née|born|formerly|maiden name|f/k/a|fka)\b\.?\s+([^()]+?)\)?\s*$", re.IGNORECASE)
#: A Spanish widow's name: her own surname, then "viuda de" (Vda. de) and her late husband's
#: (Carmen Delgado Vda. de Rios is Carmen Delgado, and was Carmen Rios: helper-113's review).
_WIDOW_OF = re.compile(r"\s+(?:vda\.?|viuda)\s+de\s+([a-z][a-z' -]*?)\s*$", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]*)\)")
_QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")


# Titles that are only ever titles: a name written with one of them first has no given name
# in it ("Sgt Smith", "Judge Smith"); nameparser's other titles are also surnames (Goodman).
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sgt", "sergeant", "officer", "ofc", "det", "detective", "lt",
     "lieutenant", "capt", "captain", "cpl", "corporal", "chief", "sheriff", "deputy", "judge", "justice", "hon",
     "honorable", "rev", "reverend", "fr", "father", "sister", "brother", "prof", "professor", "sir", "dame",
     "lady", "lord", "atty", "attorney", "gov", "governor", "sen", "senator", "rep", "mayor", "commander",
     "inspector", "trooper", "agent", "president", "dean", "president"}
)

# Spanish and Portuguese given names built with a particle (María del Carmen, José de Jesús,
# María de los Ángeles): the word after the particle is part of the given name.
DEVOTIONAL_NAMES = frozenset(
    {"carmen", "jesus", "lourdes", "guadalupe", "rosario", "pilar", "socorro", "angeles", "mar", "montserrat",
     "fatima", "luz", "refugio", "consuelo", "dolores", "mercedes", "remedios", "rocio", "asuncion", "concepcion",
     "trinidad", "jose", "dios", "belen", "lujan", "gracia", "gloria", "paz", "soledad", "milagros"}
)


#: The particles between a given name and the devotional name that completes it (María del
#: Carmen, José de Jesús, María de los Ángeles, María de la Luz; Portuguese Maria da Glória,
#: Maria do Socorro, Maria das Graças).
_DEVOTIONAL_PARTICLES = frozenset({"de", "del", "la", "los", "las", "da", "do", "dos", "das"})


def _devotional_first(words: list[str]) -> list[str]:
    """The given name's words before a devotional name, Ma written for María as Spanish and
    Filipino records write it, with its period or without: before "del Carmen" Ma is no
    surname (Ma del Carmen López; helper-144's review)."""
    return ["maria", *words[1:]] if words and words[0] == "ma" else words


def _devotional_middle(words: list[str]) -> tuple[tuple[str, ...], list[str]] | None:
    """A middle name that is particles and a devotional name, as a name written surname
    first holds it ("LOPEZ, MARIA DEL CARMEN": del Carmen), with the devotional name and the
    words after it; None for any other middle name."""
    lead = next((i for i, w in enumerate(words) if w not in _DEVOTIONAL_PARTICLES), len(words))
    if 0 < lead < len(words) and words[lead] in DEVOTIONAL_NAMES:
        return (words[lead],), words[lead + 1:]
    return None


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name in comparable parts (all lower-case ASCII)."""

    given: str  # "" when only a surname is known; a single letter when an initial
    middles: tuple[str, ...]
    surname: str  # the whole surname, particles and hyphens joined: "delacruzperez"
    surname_parts: tuple[str, ...]  # without particles: ("cruz", "perez")
    generation: str  # "jr", "sr", "ii", ... or ""
    other_given: tuple[str, ...] = ()  # quoted nicknames: William "Bill" Smith → ("bill",)
    other_surnames: tuple[str, ...] = ()  # maiden names written into the name
    sex_marker: str = ""  # a Vietnamese middle name that says a woman (Thi) or a man (Van, Huu, Duc…)

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for t in (self.given, *self.middles, *self.surname_parts) if t)


def _words(text: str) -> list[str]:
    return _NON_WORD.sub(" ", text.lower().replace("-", " ")).split()


def _surname(text: str) -> tuple[str, tuple[str, ...]]:
    words = _words(text)
    parts = tuple(w for w in words if w not in PARTICLES) or tuple(words)
    return "".join(words), parts


#: The capacity a pleading names a person party in, written after the name and a comma:
#: "John Kowalski, individually", "Robert Lee, in his official capacity as Chief of Police",
#: "Maria Garcia, as administrator of the estate of Jose Garcia", "Robert Lee, Star No. 1234",
#: "A.G., a minor", "Jane Roe, deceased", "John Doe, et al." — no part of the name (they were read
#: as "Surname, Given": Individually a given name). Only after a word that cannot begin a given
#: name there (Nguyen, An and Park, In are names; a capacity says "an individual", "in his …").
_CAPACITY = re.compile(
    r"\s*,\s*(?:individually\b"
    r"|in\s+(?:his|her|their|its)\s+(?:individual|official|personal|representative)\b"
    r"|as\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,3}?(?:administrat(?:or|rix)|executor|executrix|guardian|trustee"
    r"|next\s+friend|representative|parent|mother|father|heir|agent|successor|conservator|receiver|spouse"
    r"|widow(?:er)?|legal|special|independent|personal)\b"
    r"|(?:star|badge|employee|payroll|unit|id)\s*(?:no\.?|number|num\.?)?\s*#?\s*\d"
    r"|#\s*\d"
    r"|an?\s+(?:minor|individual|disabled|deceased|incompetent|person)\b"
    r"|by\s+(?:his|her|their|its)\s+|deceased\b|et\s+al\b|et\s+ux\b).*$",
    re.IGNORECASE)


#: A decedent's estate named for them (the Estate of Jose Garcia): the person's name follows.
_ESTATE_OF = re.compile(r"^\s*(?:the\s+)?estate\s+of\s+(?=\S)", re.IGNORECASE)
#: A star or badge number written after the name without a comma (Officer Robert Lee #1234).
_BADGE_LAST = re.compile(r"\s+(?:(?:star|badge)\s*(?:no\.?|number|num\.?)?\s*#?|#)\s*\d+\s*$", re.IGNORECASE)
_NUMBERED = re.compile(r"[#0-9]")
#: A rank or post written before the name in letters a name could be read from (P.O. a
#: police officer, C.O. a correctional officer, S.A. a special agent) or in words nameparser
#: does not know for titles (Correctional Officer): only before two words or more.
_RANK_FIRST = re.compile(
    r"^\s*(?:p\s*[./]\s*o\b\.?|c\s*[./]\s*o\b\.?|s\s*\.\s*a\b\.?"
    r"|(?:correction(?:al|s)|probation|detention|police|peace)\s+officer|parole\s+agent|special\s+agent)"
    r"\s+(?=\S+\s+\S)", re.IGNORECASE)


def without_capacity(text: str) -> str:
    """``text`` without the capacity a pleading names its person party in (:data:`_CAPACITY`),
    a star or badge number after it (:data:`_BADGE_LAST`) and a rank before it written in
    letters (:data:`_RANK_FIRST`: P.O. Robert Lee was read as given name P), and "Estate of"
    before a decedent's name (:data:`_ESTATE_OF`)."""
    if "," in text:
        m = _CAPACITY.search(text)
        if m is not None and m.start() > 0:
            text = text[: m.start()]
    if _NUMBERED.search(text) is not None:
        text = _BADGE_LAST.sub("", text)
    return _RANK_FIRST.sub("", _ESTATE_OF.sub("", text))


#: What a pleading writes after a person party's name and a comma to say who they are in the
#: case, beyond the capacities of :data:`_CAPACITY`: a role in the case (Plaintiff-Appellant,
#: Defendants), an office or post (Judge of the Circuit Court, Sheriff of Kankakee County,
#: Trustee of the Mansour Family Trust, Attorney at Law), the couple they are one of (husband
#: and wife), a prisoner's or an employee's number (#M12345, N-54321), and the body they serve
#: or are held in (Cook County Sheriff's Office, Stateville Correctional Center). None of these
#: words is a given name many bear (Justice, Dean, Major are left out): "Judge, Roy" is still
#: Roy Judge, the word must follow the comma.
_DESCRIBING_WORDS = re.compile(
    r"\b(?:(?:counter|cross|third)[- ]?(?:party\s+)?)?(?:plaintiff|defendant|appellant|appellee|petitioner|respondent"
    r"|intervenor|claimant|complainant|movant|garnishee|judge|magistrate|sheriff|chief|officer|deputy|sergeant"
    r"|lieutenant|captain|commander|detective|superintendent|director|warden|trustee|attorney|counsel|esquire|mayor"
    r"|president|chairman|chairperson|chairwoman|secretary|treasurer|clerk|commissioner|administrator|supervisor"
    r"|inspector|investigator|manager|owner|employee|husband|wife|spouses|department|dept|office|county|police"
    r"|center|correctional|university|district|board|village|city|school|hospital|bureau|division|agency"
    r"|commission|company|corporation|incorporated)s?\b"
    r"|\bon\s+(?:his|her|their|its)\s+own\b|\bon\s+behalf\b|\bsimilarly\s+situated\b|\bpro\s+se\b"
    r"|#\s*[a-z]{0,2}-?\d|\b[a-z]{0,2}-?\d{4,}\b",
    re.IGNORECASE)
#: Letters after a person's name saying a degree, a licence or a firm's form (M.D., D.D.S.,
#: Ph.D., Esq., CPA, P.C., Ltd.): the whole of what follows a comma, after two words or more
#: (Smith, M.D. may be initials).
_POST_NOMINALS = re.compile(
    r"(?:\s*,\s*(?:m\.?\s?d|d\.?\s?d\.?\s?s|d\.?\s?m\.?\s?d|d\.?\s?o|d\.?\s?v\.?\s?m|o\.?\s?d|ph\.?\s?d|j\.?\s?d"
    r"|ed\.?\s?d|psy\.?\s?d|r\.?\s?n|l\.?\s?p\.?\s?n|n\.?\s?p|c\.?\s?p\.?\s?a|esq|p\.?\s?c|s\.?\s?c|ltd"
    r"|l\.?\s?l\.?\s?c|p\.?\s?l\.?\s?l\.?\s?c|inc|m\.?\s?b\.?\s?a|l\.?\s?c\.?\s?s\.?\s?w|l\.?\s?c\.?\s?p\.?\s?c)\.?)+\s*$", re.IGNORECASE)


def without_description(text: str) -> str:
    """``text`` :func:`without_capacity`, and without what a pleading writes after the name and
    a comma to say who the person is (:data:`_DESCRIBING_WORDS`, :data:`_POST_NOMINALS`):
    Latoya Harris, Plaintiff-Appellant was read as given name Plaintiffappellant of the
    surname Latoya Harris, Dr. Sunil Mehta, M.D. as given name M. A description begins at the
    first comma after which one follows; the name is what comes before it."""
    text = without_capacity(text)
    if "," not in text:
        return text
    start = text.index(",")
    mixed = any(c.isupper() for c in text) and any(c.islower() for c in text)
    while start >= 0:
        end = text.find(",", start + 1)
        segment = text[start + 1: end if end >= 0 else len(text)].strip()
        lowered = bool(segment) and segment[0].islower() and len(segment.split()) >= 2 and _MAIDEN.match(segment) is None
        if segment and (_DESCRIBING_WORDS.search(segment) is not None or (mixed and lowered)
                        or _post_nominals(text[:start], text[start:], mixed)):
            return text[:start].rstrip()
        start = end
    return text


def _post_nominals(before: str, rest: str, mixed: bool) -> bool:
    """Whether ``rest`` (from a comma to the end) is only :data:`_POST_NOMINALS`, after two
    words or more, each written with periods or in capitals in a name that has small letters
    (John Smith, Do is no doctor of osteopathy; Do is a name)."""
    named = [w for w in before.replace(",", " ").split() if w.lower().strip(".") not in PARTICLES]
    if len(named) < 2 or _POST_NOMINALS.fullmatch(rest) is None:
        return False  # (Van Dyke, R.N. may be initials: a particle is no word of the name)
    return not mixed or all("." in p or p.strip().isupper() or len(p.strip()) >= 3 for p in rest.split(",")[1:])


#: Vietnamese surnames no one bears as a given name, and the middle names Vietnamese names
#: put between surname and given name that are seldom given names themselves (Van, Thi).
VIETNAMESE_SURNAMES = frozenset({"nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo",
                                 "duong", "truong", "trinh", "luong", "doan", "quach"})
VIETNAMESE_MIDDLES = frozenset({"van", "thi", "huu", "duc", "cong", "quoc"})
#: Vietnamese surnames that are also given names or words elsewhere (Le, Ly, Do, Ho, Mai, Lam):
#: read as a surname written first only before Van, Thi or another such middle name (Le Van
#: Hung, Do Thi Lan: helper-113's review), and never when the last word may be one too.
VIETNAMESE_SURNAMES_ALSO_GIVEN = frozenset({"le", "ly", "do", "ho", "mai", "lam", "cao", "dinh", "ta", "ha", "la",
                                            "lu", "luu", "tong", "chau", "thai", "kieu", "lieu", "quan", "khuu",
                                            "tang", "vuong", "ton", "diep", "ong", "mac", "ngoc"})


#: The words a Vietnamese name's surname or middle name may be, none of them its given name last.
_VIETNAMESE_NAME_WORDS = VIETNAMESE_SURNAMES | VIETNAMESE_SURNAMES_ALSO_GIVEN | VIETNAMESE_MIDDLES
#: One Vietnamese syllable written without its marks: an initial, vowels, one of the finals the
#: language ends a syllable with (Hung, Minh, Phuong, Nguyet; not Horn: Mai Van Horn is Dutch).
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(?:ng|nh|ch|[cmnpt])?")


def _vietnamese(text: str) -> PersonName | None:
    """A Vietnamese name's parts, as nameparser does not read them (None for any other name):
    written in its own order, surname first (Nguyen Van Minh, Tran Thi Lan: Minh and Lan the
    given names, Van and Thi middle names) — three or four words, the first a Vietnamese surname
    no one bears as a given name, the last none (:data:`VIETNAMESE_SURNAMES`); surname first
    after a comma, the given names in either order (NGUYEN, VAN MINH; TRAN, LAN THI); or given
    name first with a middle name nameparser takes for a Dutch particle (Minh Van Nguyen was
    surname Van Nguyen). Read as written, Nguyen was the given name: Nguyen Van Minh / Minh Van Nguyen
    met at 0.0. A title before it and a suffix or letters after it are set aside (Dr. Nguyen
    Van Minh, Nguyen Van Minh MD, Pham Van Dong Sr.), and the middle names that only say a
    man or a woman (:data:`VIETNAMESE_MIDDLES`) are left out of the parts."""
    comma = "," in text
    surname_part, _, given_part = text.partition(",") if comma else ("", "", text)
    words = [w.strip(".").lower() for w in given_part.split()]
    if not comma:
        while words and words[0] in _VIETNAMESE_SKIPPED and words[0] not in _AFTER_A_NAME:
            words.pop(0)  # a title before the name (Dr. Nguyen Van Minh; not Do of Do Thi Lan)
    generation = ""
    while words and (words[-1] in GENERATIONS or words[-1] in _VIETNAMESE_SKIPPED):
        generation = GENERATIONS.get(words.pop(), generation)  # after it (…, Jr.; Nguyen Van Minh MD)
    if not words or not all(w.isalpha() for w in words):
        return None
    if comma:
        surname = surname_part.strip().lower()
        if (2 <= len(words) <= 3 and words[0] in VIETNAMESE_SURNAMES and surname not in VIETNAMESE_SURNAMES
                and _VIETNAMESE_SYLLABLE.fullmatch(surname) and all(w in VIETNAMESE_MIDDLES for w in words[1:])):
            # MINH, NGUYEN VAN: Nguyen Van Minh, written in its own order, filed as though its
            # last word were the surname (helper-113's review); the given name before the comma
            surname, words = words[0], [surname, *words[1:]]
        elif not 2 <= len(words) <= 3 or surname not in VIETNAMESE_SURNAMES and not (
                surname in VIETNAMESE_SURNAMES_ALSO_GIVEN and not VIETNAMESE_MIDDLES.isdisjoint(words)):
            return None  # (LE, DUC HUNG is Vietnamese; LE, HUNG V. may be any name)
        if words[0] in VIETNAMESE_MIDDLES and words[-1] not in VIETNAMESE_MIDDLES and len(words[-1]) > 1:
            words = [words[-1], *words[:-1]]  # NGUYEN, VAN MINH: the given name written last
    elif 3 <= len(words) <= 4 and words[0] in VIETNAMESE_SURNAMES and words[-1] not in VIETNAMESE_SURNAMES \
            and len(words[-1]) > 1:
        surname, words = words[0], [words[-1], *words[1:-1]]
    elif 3 <= len(words) <= 4 and words[-1] in VIETNAMESE_SURNAMES and words[1] in VIETNAMESE_MIDDLES:
        surname, words = words[-1], words[:-1]
    elif 3 <= len(words) <= 4 and words[0] in VIETNAMESE_SURNAMES_ALSO_GIVEN and words[1] in VIETNAMESE_MIDDLES \
            and words[-1] not in _VIETNAMESE_NAME_WORDS \
            and len(words[-1]) > 1 and _VIETNAMESE_SYLLABLE.fullmatch(words[-1]):
        surname, words = words[0], [words[-1], *words[1:-1]]  # Le Van Hung, Do Thi Lan
    else:
        return None
    # Van, Thi and the like say a man or a woman, not who: so many bear them that agreeing
    # on one said as much as a rare middle name (Nguyen Van Minh / Tran Van Minh met at 99.8)
    middles = tuple(w for w in words[1:] if w not in VIETNAMESE_MIDDLES)
    return PersonName(given=words[0], middles=middles, surname=surname, surname_parts=(surname,),
                      generation=generation, sex_marker=_sex_marker(words[1:]))


#: Words before or after a Vietnamese name written surname first that are no part of it:
#: titles and ranks, letters after a name, a decedent's word.
_AFTER_A_NAME = frozenset({"md", "dds", "do", "phd", "esq", "rn", "cpa", "deceased", "dec'd", "decd"})
_VIETNAMESE_SKIPPED = frozenset({"dr", "mr", "mrs", "ms", "miss", "hon", "rev", "officer", "sgt", "det", "lt", "capt",
                                 "deputy"}) | _AFTER_A_NAME


def _korean_surname_first(text: str) -> str | None:
    """A Korean name written in its own order, surname first, without a comma (Choi Min-jung,
    LEE JI-EUN, Park Minjun), as "Surname, Given" (None for any other name): two words, the
    first a Korean surname's spelling (coi.names.korean), the second a Korean given name — in
    syllables joined by a hyphen, or one word no list knows as a given name or a surname.
    Read as written, the surname was the given name: Choi Min-jung / Choe Min-jung met at 0.0,
    and Min-jung Choi at the swap's cost."""
    words = text.split()
    if len(words) != 2 or "," in text:
        return None
    surname, given = (w.lower().strip(".") for w in words)
    if not korean.surname_readings(surname):
        return None
    parts = tuple(given.split("-"))
    if len(parts) > 1:
        korean_given = bool(korean.written_syllables(parts))
    else:
        korean_given = bool(korean.given_syllables(given)) and _rare_given(given) and not _known_surname(given)
    return f"{words[0]}, {words[1]}" if korean_given else None


#: Chinese surnames as Mandarin (pinyin, Wade-Giles) and Cantonese romanizations write the
#: commonest of them (a hand list, written for this project).
CHINESE_SURNAMES = frozenset("""
    wang li lee zhang chang cheung liu lau chen chan lin lam lim huang hwang wong zhao chao chiu wu ng
    zhou chou chow xu hsu hui tsui sun ma mah zhu chu hu woo guo kuo kwok he ho gao kao ko luo lo law zheng
    cheng liang leung xie hsieh tse song sung tang tong han hon feng fung deng teng cao tsao peng pang
    zeng tseng tsang xiao hsiao siu tian tien dong tung pan poon yuan yuen cai tsai choi jiang chiang kong yu
    yee lu lui loo wei ye yeh yip du tu to su so ding ting shen sham shum yang yeung fan fong fang wen man mo
    mok mak guan kuan kwan qiu yao yiu tan tam ong goh koh teo yap chua low loh foo fu hou hau lai lei jin kam
    kim qin chin shi shih sze xiong hsiung hong hung meng mang qian chien yan yen""".split())
_CHINESE_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|hs|ts|tz|ss|sz|kw|gw|ng|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|iung|uang|ueng|eung|yuen|yun|iew|eow|ang|eng|ing|ong|ung|ian|ien|iao|ieh|uai|uan|uei|ueh|uen|euk|"
    r"oey|erh|ai|ei|ao|au|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|ih|ee|oo|oi|ok|uk|ik|ak|ek|at|it|ut|ip|ap|am|"
    r"im|um|om|yu|a|o|e|i|u|v)")


def _chinese_surname_first(text: str) -> str | None:
    """A Chinese name written in its own order, surname first, without a comma (Lin Mei-ling,
    CHEN YI-HSUAN, Ho Wing-kei), as "Surname, Given" (None for any other name): two words, the
    first a Chinese surname's spelling (:data:`CHINESE_SURNAMES`), the second two syllables of
    Mandarin or Cantonese joined by a hyphen (:data:`_CHINESE_SYLLABLE`; Jo-Ann, Mary-Kate are
    none). Read as written, the surname was the given name: Lin Mei-ling / LIN, MEI L. met at
    0.0 (helper-113's review)."""
    words = text.split()
    if len(words) != 2 or "," in text:
        return None
    surname, given = (w.lower().strip(".") for w in words)
    parts = given.split("-")
    if surname not in CHINESE_SURNAMES or len(parts) != 2:
        return None
    return f"{words[0]}, {words[1]}" if all(_CHINESE_SYLLABLE.fullmatch(p) for p in parts) else None


#: Cantonese given names' first syllables nameparser takes for a title (Wing, as in Wing
#: Commander); its other titles a syllable's letters may spell (Gen, King, Me) are titles.
_CANTONESE_TITLES = frozenset({"wing"})
#: "Ma." before a given name is Maria written short, as Filipino and Spanish names write it
#: (REYES, MA. CRISTINA; Ma. de la Luz Hernandez: helper-113's review); Ma without its period
#: may be the surname Ma, and is left as written.
_MA_FOR_MARIA = re.compile(r"(^|,\s*)ma\.\s*(?=[a-z])", re.IGNORECASE)


@lru_cache(maxsize=262144)
def parse_person(text: str) -> PersonName:
    """Parse one folded (ASCII) person name."""
    other_surnames: list[str] = []
    other_given: list[str] = []
    text = without_description(text)
    if "." in text:
        text = _MA_FOR_MARIA.sub(r"\1Maria ", text)  # REYES, MA. CRISTINA; Ma. Luz Hernandez
    vietnamese = _vietnamese(text)
    if vietnamese is not None:
        return vietnamese
    text = _korean_surname_first(text) or _chinese_surname_first(text) or text
    m = _MAIDEN.search(text) or _WIDOW_OF.search(text)
    if m:
        other_surnames.append(m.group(1))
        text = text[: m.start()]
    for q in _QUOTED.findall(text):
        other_given.extend(_words(q))
    text = _QUOTED.sub(" ", text)
    ordinal = ""
    if any(c.isdigit() for c in text):
        m = _ORDINAL_GENERATION.search(text)
        if m is not None:
            ordinal = GENERATIONS[m.group(1).lower()]
            text = (text[: m.start()] + text[m.end():]).strip(" ,")
    if "aint" in text.lower():
        text = _SAINT.sub(lambda m: ("St. " if m.group(1).lower() == "saint" else "Ste. "), text)
    for p in _PAREN.findall(text):
        other_given.extend(_words(p))
    text = _PAREN.sub(" ", text)
    text = " ".join(text.replace(".", ". ").split())
    if (surname_first := _surname_then_initials(text)) is not None:
        return replace(surname_first, other_given=tuple(other_given),
                       other_surnames=tuple(_surname(s)[0] for s in other_surnames))

    h = HumanName(text)
    first, middle, last = h.first, h.middle, h.last
    generation = ordinal
    for s in _words(h.suffix):
        generation = GENERATIONS.get(s, generation)
    if h.nickname:
        other_given.extend(_words(h.nickname))
    title_words = _words(h.title)
    if len(title_words) == 1 and "." not in h.title and title_words[0] not in HONORIFICS and not middle:
        if not first and last:
            # a surname that is also an old title, written first ("Goodman Timothy"): a name
            first = title_words[0]
        elif first and not last and known_given(title_words[0]):
            # a given name the Census lists that nameparser takes for a title, before one
            # other word: "Princess Grigsby", "Prince Walker" (not "Sheikh Ahmed", "Swami Prakash")
            first, last = title_words[0], first
        elif first and last and last.lower() in CHINESE_SURNAMES and title_words[0] in _CANTONESE_TITLES:
            # a Cantonese given name's first syllable nameparser takes for a title (Wing, as in
            # Wing Commander): "HO, WING KEI", "Wing Kei Ho" are given Wing Kei, not Kei
            first, middle = title_words[0], first
    words = _words(text)
    if not first and len(words) >= 3 and words[0] in PARTICLES and words[-1] not in PARTICLES:
        # "de la Cruz Esperanza": a surname with its particles, written first
        first, last = words[-1], " ".join(words[:-1])
    if not first and not last and not middle and h.title:
        # nothing but title words ("Bishop", "Judge"): they are the name, Bishop and Judge
        # being surnames too; "Judge Smith" still reads Judge as a title
        title_words = _words(h.title)
        first, last = " ".join(title_words[:-1]), title_words[-1] if title_words else ""
    if not last and first and not middle:  # a single word: take it for a surname
        first, last = "", first
    elif not last and first and middle:
        last, middle = middle, ""
    # nameparser leaves a trailing particle-less "Jr" in last for some inputs
    last_words = _words(last)
    if last_words and last_words[-1] in GENERATIONS and len(last_words) > 1 and not generation:
        generation = GENERATIONS[last_words[-1]]
        last = " ".join(last_words[:-1])
    last_words = _words(last)
    lead = next((i for i, w in enumerate(last_words) if w not in _DEVOTIONAL_PARTICLES), 0)
    devotional: tuple[str, ...] = ()
    if 0 < lead < len(last_words) - 1 and last_words[lead] in DEVOTIONAL_NAMES and first:
        # "María del Carmen Loya": del Carmen belongs to the given name, Loya is the surname
        first_words = _devotional_first(_words(first))
        other_given.append(first_words[0])
        devotional = (last_words[lead],)
        first = "".join(first_words + last_words[: lead + 1])
        last = " ".join(last_words[lead + 1:])
    elif first and middle.strip() and (compound := _devotional_middle(_words(middle))) is not None:
        # "LOPEZ, MARIA DEL CARMEN": the same given name written after the surname
        first_words = _devotional_first(_words(first))
        other_given.append(first_words[0])
        devotional, rest = compound
        middle_words = _words(middle)
        first = "".join(first_words + middle_words[: len(middle_words) - len(rest)])
        middle = " ".join(rest)
    surname, parts = _surname(last)
    given_words = _words(first)
    if "-" in first and len(given_words) > 1:
        # a hyphenated given name is one name (Min-jun, Jean-Luc); its first part is
        # also how it is often shortened (Jean)
        other_given.append(given_words[0])
        given_words = ["".join(given_words)]
    given = given_words[0] if given_words else ""
    middles = devotional + tuple(given_words[1:]) + tuple(_words(middle))
    if given in GIVEN_WRITTEN_SHORT:
        given = GIVEN_WRITTEN_SHORT[given]  # Wm Harmon: William Harmon
    elif len(given) == 2 and _two_initials(given, surname):
        given, middles = given[0], (given[1], *middles)  # JD Hargrove: J. D. Hargrove
    return PersonName(
        given=given,
        middles=middles,
        surname=surname,
        surname_parts=parts,
        generation=generation,
        other_given=tuple(other_given),
        other_surnames=tuple(_surname(s)[0] for s in other_surnames),
    )


def _surname_then_initials(text: str) -> PersonName | None:
    """A name written surname first with no comma and only initials after it (RAMIREZ L A,
    Kowalski J.): the surname and the initials of the given names, as "RAMIREZ, L A" is read.
    Read straight, its last initial would be a surname of one letter (RAMIREZ L A met Luis
    Alberto Ramirez born on one day at 8.2: helper-156's blind review), when the word is a
    surname eight times or more as often as a given name (:data:`SURNAME_ODDS`: Ramirez, Smith,
    Nguyen; not John S, James A B, a given name and a surname cut to initials, nor Lee K or
    Kim J H, either way round: helper-158's attack). None for any other name."""
    if "," in text:
        return None
    words = _words(text)
    if (len(words) < 2 or len(words[0]) < 2 or any(len(w) > 1 for w in words[1:])
            or words[0] in _parser_words()):
        return None
    if _given_odds(words[0]) > SURNAME_ODDS:
        return None
    return PersonName(given=words[1], middles=tuple(words[2:]), surname=words[0], surname_parts=(words[0],),
                      generation="")


def _two_initials(word: str, other: str) -> bool:
    """Whether a given name of two letters is two initials written together (JD, TJ, CJ, AJ:
    John David, Thomas James), not a name (Al, Ed, Jo, Ty): no vowel, or a J last after one;
    nor a surname many more bear than a given name, written first, unless the word after it
    is a surname far more than a given name (:data:`SURNAME_ODDS`): Ng Amy, NG WEN, Ng Kwok
    Wah are written surname first (helper-137's review), NG Patel is N. G. Patel (helper-138's
    attack)."""
    if not _VOWELS.intersection(word) or word[1] == "j" and word[0] in "aeiou":
        from coi.names.frequency import name_bearers

        surname, given = name_bearers(word)
        return surname <= given or _given_odds(other) <= SURNAME_ODDS
    return False


#: The bits by which a word is likelier a surname than a given name (its Census shares,
#: coi.names.frequency.NameFrequencies.given_odds) for it to be read as a surname whatever
#: its place: eight to one (Patel, Smith; not Wen, Wah, Kim).
SURNAME_ODDS = -3.0


#: Given names as old records and some peoples write them short (Wm, Chas, Thos; Md, Mohd for
#: Mohammed, as Bangladeshi names are written): the name, not two initials (Wm read as W. M.
#: met SMITH, WILLIAM M at 90.6: helper-121's review; Wm Harmon / HARMON, WILLIAM 0.0 before).
GIVEN_WRITTEN_SHORT = {"wm": "william", "chas": "charles", "thos": "thomas", "jas": "james", "geo": "george",
                       "jno": "john", "robt": "robert", "saml": "samuel", "benj": "benjamin", "edw": "edward",
                       "richd": "richard", "danl": "daniel", "alexr": "alexander", "fredk": "frederick",
                       "md": "mohammed", "mohd": "mohammed", "muhd": "muhammad"}


def parse_person_forms(text: str) -> tuple[PersonName, ...]:
    """Every parse of ``text``: one per folded form (transliteration, skeleton)."""
    return tuple(parse_person(f) for f in fold_forms(text))


# ---------------------------------------------------------------- given names

_NICKNAMER: NickNamer | None = None


def _nicknamer() -> NickNamer:
    global _NICKNAMER
    if _NICKNAMER is None:
        _NICKNAMER = NickNamer()
    return _NICKNAMER


# Other languages' forms of English given names, and their diminutives. The nicknames
# library covers English usage only (Bill = William, not Nick = Nikolaos or Kasia =
# Katarzyna); this table maps each form to the English name whose nicknames it shares.
COGNATES: dict[str, str] = {
    # Greek
    "nikolaos": "nicholas", "nikos": "nicholas", "georgios": "george", "giorgos": "george", "yiorgos": "george",
    "konstantinos": "constantine", "kostas": "constantine", "dimitrios": "demetrius", "dimitris": "demetrius",
    "ioannis": "john", "giannis": "john", "yannis": "john", "panagiotis": "peter", "vasilios": "basil",
    "vasileios": "basil", "christos": "christopher", "athanasios": "thomas", "spyridon": "spiro",
    "aikaterini": "katherine", "katerina": "katherine", "eleni": "helen", "sofia": "sophia",
    # Italian
    "giuseppe": "joseph", "giovanni": "john", "francesco": "francis", "giacomo": "james", "pietro": "peter",
    "alessandro": "alexander", "guglielmo": "william", "luigi": "louis", "caterina": "katherine",
    "giuseppina": "josephine", "francesca": "frances",
    # Spanish and Portuguese
    "jose": "joseph", "juan": "john", "joao": "john", "alejandro": "alexander", "guillermo": "william",
    "francisco": "francis", "pedro": "peter", "miguel": "michael",
    "enrique": "henry", "ricardo": "richard", "roberto": "robert", "catalina": "katherine",
    "guadalupe": "lupe", "pepe": "joseph", "paco": "francis", "pancho": "francis",
    # Polish
    "katarzyna": "katherine", "kasia": "katherine", "malgorzata": "margaret", "gosia": "margaret",
    "aleksander": "alexander", "olek": "alexander", "wojciech": "adalbert", "wojtek": "adalbert",
    "tomasz": "thomas", "tomek": "thomas", "krzysztof": "christopher", "krzys": "christopher",
    "piotr": "peter", "janek": "john", "pawel": "paul", "michal": "michael",
    "stanislaw": "stanley", "staszek": "stanley", "stan": "stanley", "jozef": "joseph", "jozek": "joseph",
    "agnieszka": "agnes", "aga": "agnes", "elzbieta": "elizabeth", "ela": "elizabeth",
    "lukasz": "luke", "maciej": "matthew", "maciek": "matthew", "grzegorz": "gregory", "grzes": "gregory",
    # more Spanish, Polish (helper-105's blind review: Jim / Jaime, Chuy / Jesus, Hank / Henryk)
    "jaime": "james", "chuy": "jesus", "chucho": "jesus", "jorge": "george", "luis": "louis", "carlos": "charles",
    "antonio": "anthony", "rafael": "raphael", "andres": "andrew", "mateo": "matthew", "tomas": "thomas",
    "pablo": "paul", "felipe": "philip", "esteban": "stephen", "gregorio": "gregory", "lorenzo": "lawrence",
    "vicente": "vincent", "nicolas": "nicholas", "patricio": "patrick", "eduardo": "edward", "lalo": "edward",
    "memo": "william", "nacho": "ignatius", "ignacio": "ignatius", "quique": "henry", "isabel": "elizabeth",
    "margarita": "margaret", "henryk": "henry", "heniek": "henry", "jerzy": "george",
    "andrzej": "andrew", "marek": "mark", "jakub": "jacob", "kuba": "jacob", "tadeusz": "thaddeus",
    "kazimierz": "casimir", "zofia": "sophia", "krystyna": "christine", "ewa": "eve", "dorota": "dorothy",
    "mikolaj": "nicholas", "szymon": "simon", "filip": "philip", "antoni": "anthony", "karol": "charles",
    "ryszard": "richard", "rafal": "raphael", "artur": "arthur", "wiktor": "victor", "dawid": "david",
    # German, Irish, Slavic
    "johann": "john", "wilhelm": "william", "seamus": "james", "siobhan": "joan",
    "liam": "william", "shawn": "sean", "shaun": "sean", "yoli": "yolanda", "aleksandr": "alexander", "sasha": "alexander", "dmitri": "demetrius",
    "mikhail": "michael", "yekaterina": "katherine",
    # Ukrainian and Russian, and their diminutives (helper-108's blind review: Sasha /
    # Oleksandr, Serhiy / Sergei); a name with no English form keeps its own as the key (Alexei
    # is not Alexis, a woman's name here; short forms many women bear, Dima, Misha, Chava, are
    # left out: helper-110's review)
    "oleksandr": "alexander", "olexandr": "alexander", "oleksander": "alexander", "alexandr": "alexander",
    "oleksiy": "alexei", "oleksii": "alexei", "olexiy": "alexei", "aleksei": "alexei", "alexey": "alexei",
    "aleksey": "alexei", "alyosha": "alexei", "lyosha": "alexei",
    "serhiy": "sergei", "serhii": "sergei", "sergiy": "sergei", "sergii": "sergei", "sergey": "sergei",
    "seryozha": "sergei", "volodymyr": "vladimir", "volodya": "vladimir", "vova": "vladimir",
    "mykola": "nicholas", "nikolai": "nicholas", "nikolay": "nicholas", "kolya": "nicholas",
    "mykhailo": "michael", "mykhaylo": "michael", "petro": "peter", "pyotr": "peter",
    "petya": "peter", "pavlo": "paul", "pavel": "paul", "pasha": "paul", "andriy": "andrew", "andrii": "andrew",
    "andrei": "andrew", "andrey": "andrew", "yuriy": "yuri", "yurii": "yuri", "yura": "yuri",
    "vasyl": "basil", "vasiliy": "basil", "vasily": "basil", "vasya": "basil", "dmytro": "demetrius",
    "dmitriy": "demetrius", "dmitry": "demetrius", "bohdan": "bogdan",
    "yevhen": "eugene", "yevgeniy": "eugene", "yevgeny": "eugene", "evgeny": "eugene", "evgeniy": "eugene",
    "viktor": "victor", "olena": "helen", "iryna": "irene", "irina": "irene",
    "nataliya": "natalie", "natalya": "natalie", "natalia": "natalie", "natasha": "natalie", "tetiana": "tatiana", "tetyana": "tatiana",
    "tatyana": "tatiana", "tanya": "tatiana", "yuliya": "julia", "yulia": "julia", "kateryna": "katherine",
    "ekaterina": "katherine", "katya": "katherine", "mariya": "mary", "masha": "mary", "anastasiya": "anastasia",
    "nastya": "anastasia", "svitlana": "svetlana", "sveta": "svetlana", "liudmyla": "ludmila",
    "lyudmyla": "ludmila", "lyudmila": "ludmila", "lyuda": "ludmila", "halyna": "galina", "galya": "galina",
    "olha": "olga", "olya": "olga", "larysa": "larisa", "valentyna": "valentina", "nadiya": "nadia",
    "nadezhda": "nadia",
    # more Greek
    "takis": "peter", "panos": "peter", "vasilis": "basil", "spyros": "spiro", "thanasis": "thomas",
    "thanos": "thomas", "emmanouil": "manuel", "manolis": "manuel", "theodoros": "theodore",
    "thodoris": "theodore", "alexandros": "alexander", "vangelis": "evangelos", "sotiris": "sotirios",
    "charalambos": "haralambos", "babis": "haralambos", "ioanna": "joan", "giota": "panagiota",
    "yiota": "panagiota", "eleftherios": "lefteris", "michail": "michael", "michalis": "michael",
    "petros": "peter", "pavlos": "paul", "andreas": "andrew", "stylianos": "stelios",
    # more Spanish (hypocorisms a docket may write for the name a member discloses)
    "chayo": "rosario", "concha": "concepcion", "conchita": "concepcion", "dolores": "delores",
    "chelo": "consuelo", "meche": "mercedes", "cuca": "refugio", "cuco": "refugio", "gilberto": "gilbert",
    "alfredo": "alfred", "fredo": "alfred", "fernando": "ferdinando",
    "tere": "teresa", "chela": "graciela", "josefina": "josephine", "pepa": "josephine",
    "lupita": "lupe", "rodolfo": "rudolph", "manolo": "manuel", "kike": "henry", "licha": "alicia",
    "lety": "leticia",
    # diminutives a docket writes for a name the tables above hold (thirty-ninth session): Polish
    # (Basia, Jurek, Zosia, Piotrek, Bartek, Tadek, Jasiu, Ania), Greek (Tasos, Yiannis), Spanish
    # (Rafa, Charo, Pili, Chema, Toño, Santi), Russian (Tolya), German (Greta, Ilse)
    "basia": "barbara", "jurek": "george", "zosia": "sophia", "piotrek": "peter", "bartlomiej": "bartholomew",
    "bartek": "bartholomew", "tadek": "thaddeus", "jasiu": "john", "ania": "anna", "tasos": "anastasios",
    "yiannis": "john", "rafa": "raphael", "charo": "rosario", "chayito": "rosario", "pili": "pilar",
    "chema": "joseph", "tono": "anthony", "santi": "santiago", "anatoliy": "anatoly", "anatolii": "anatoly",
    "tolya": "anatoly", "greta": "margaret", "ilse": "elizabeth",
    # and English ones the nicknames library lacks (it gives Robbie for Roberta only; Nelly,
    # not Nell nor Nellie, for Eleanor: Nell Garrity / GARRITY, ELEANOR scored 0.0, helper-163)
    "robbie": "robert", "vern": "vernon", "alf": "alfred", "lulu": "louise", "nell": "eleanor", "nellie": "eleanor",
    # Yoruba and Igbo short forms
    "babatunde": "tunde", "adewale": "wale", "olufemi": "femi", "oluwafemi": "femi", "oluwaseun": "seun",
    "adebayo": "bayo", "chukwuemeka": "emeka", "oluwatobi": "tobi", "oluwatosin": "tosin",
    # German, Italian, Russian and Filipino full forms and diminutives the tables lacked
    # (fortieth session, helper-135's reviewed pairs: Fritz / Friedrich and Gianni / Giovanni
    # scored 0.0; Friedrich itself was in no table)
    "johannes": "john", "hans": "john", "friedrich": "frederick", "josef": "joseph", "sepp": "joseph",
    "heinrich": "henry", "heinz": "henry", "klaus": "nicholas", "margarethe": "margaret", "grete": "margaret",
    "gretchen": "margaret", "willi": "william", "liesl": "elizabeth",
    "vincenzo": "vincent", "enzo": "vincent", "peppe": "joseph", "beppe": "joseph", "pino": "joseph",
    "pina": "josephine", "gianni": "john", "toto": "salvatore", "turi": "salvatore", "tonino": "anthony",
    "ciccio": "francis",
    "vanya": "john",  # (not Dima nor Misha: short forms many American women bear, helper-110)
    "ernesto": "ernest", "erning": "ernest", "rolando": "roland", "lando": "roland",
    "olufunmilayo": "funmi", "funmilayo": "funmi", "chiamaka": "amaka", "chinonso": "nonso", "chinedu": "nedu",
    "oluwaseyi": "seyi",
    # Hebrew and Yiddish forms of English given names, as Orthodox families write them
    # (forty-fifth session, helper-144's review: Yitzchak / Isaac, Shlomo / Solomon, Moshe /
    # Moses scored 0.0); Menachem has no English form and keeps its own, with Mendel
    "yitzchak": "isaac", "yitzhak": "isaac", "yitzchok": "isaac", "itzhak": "isaac", "itzchak": "isaac",
    "shlomo": "solomon", "yaakov": "jacob", "yaacov": "jacob", "yakov": "jacob", "yankel": "jacob",
    "chana": "hannah", "chanah": "hannah", "channa": "hannah", "moshe": "moses", "moishe": "moses",
    "yosef": "joseph", "yossi": "joseph", "yehuda": "judah", "yehudah": "judah",
    "menahem": "menachem", "mendel": "menachem", "eliyahu": "elijah", "yisroel": "israel", "yisrael": "israel",
    "avraham": "abraham", "avrohom": "abraham", "avrum": "abraham", "shmuel": "samuel",
    "rivka": "rebecca", "rivkah": "rebecca", "rifka": "rebecca", "devorah": "deborah", "dvora": "deborah",
    "dovid": "david", "binyamin": "benjamin", "yonah": "jonah", "yona": "jonah", "rochel": "rachel",
    "mordechai": "mordecai", "shimon": "simon", "yehoshua": "joshua", "yochanan": "john",
    # Arabic: one name's English spellings
    "youssef": "yusuf", "yousef": "yusuf", "yusef": "yusuf", "yousif": "yusuf", "youssif": "yusuf",
}


def given_canonicals(name: str) -> frozenset[str]:
    """The formal names ``name`` may stand for, itself included: bill → {bill, william, ...};
    nick → {nicholas, ...}; nikolaos → {nicholas}, through :data:`COGNATES`; and the short form
    a Yoruba or an Igbo name is called by without its first part (adetokunbo → tokunbo:
    :func:`_called_without`), under which blocking files it too."""
    if len(name) < 2 or name.lower().strip() not in _tabled_names():
        # a word in no table stands for no other name: the tables would be read in vain, and
        # its one-word set is made afresh rather than kept (a docket's long tail of words met
        # once held 13 MB of them in each process that met them)
        canonicals = frozenset((name,))
    else:
        canonicals = _tabled_canonicals(name)
    short = _called_without(name)
    return canonicals if short is None else canonicals | {short}


@lru_cache(maxsize=65536)
def _tabled_canonicals(name: str) -> frozenset[str]:
    """:func:`given_canonicals` of a name the nickname tables hold."""
    nn = _nicknamer()
    out = {name, *nn.canonicals_of(name)}
    english = COGNATES.get(name)
    if english is not None:
        out |= {english, *nn.canonicals_of(english)}
    return frozenset(out)


def _related(a: str, b: str) -> bool:
    nn = _nicknamer()
    return b in nn.canonicals_of(a) or a in nn.canonicals_of(b) or b in nn.nicknames_of(a) or a in nn.nicknames_of(b)


#: What the caches of pairs of words (and of a word's transliteration key) keep in one
#: process. A screening meets most pairs once: the 163,000 person names of the generated
#: 300,000-row docket (bench/scale.py), screened in one process, asked 67,000 distinct pairs
#: of given names of nickname_match, and the caches answered 24 % (word levels) to 68 %
#: (transliteration keys) of their questions. Holding 262,144 entries, they kept 10–13 MB
#: more a worker of the million-row docket's screening, for no CPU time measured.
PAIR_CACHE = 32768


@lru_cache(maxsize=PAIR_CACHE)
def nickname_match(a: str, b: str) -> bool:
    """True when one given name is a known nickname of the other (Bill = William, Kasia =
    Katarzyna through its English form), or both are short forms of one name (Betty and
    Lisa of Elizabeth). Two full names that merely share a short form are two names: the
    tables give Bill for both William and Robert, and Nathan and John both lead to Jonathan."""
    if a == b:
        return True
    if _called_without(a) == b or _called_without(b) == a:
        return True  # (Oluwakemi / Kemi)
    tabled = _tabled_names()
    if a.lower().strip() not in tabled or b.lower().strip() not in tabled:
        # a word in no table (neither nicknames' nor COGNATES) relates to no other word: each
        # test below would look it up in vain (an exact shortcut, for speed)
        return False
    ea, eb = COGNATES.get(a, a), COGNATES.get(b, b)
    if ea == eb or _related(a, b) or _related(ea, eb):
        return True
    return max(len(a), len(b)) <= SHORT_FORM and bool(given_canonicals(a) & given_canonicals(b))


SHORT_FORM = 5  # letters: a name this short may be a short form (Betty, Lisa, Peggy)

#: The first parts a Yoruba or an Igbo given name is called without (Oluwakemi / Kemi, Olufemi /
#: Femi, Adewale / Wale, Chukwuemeka / Emeka), each with the fewest letters the
#: rest must have: the short form is the name's own, as Bill is William's (Kemi Adeyemi /
#: Oluwakemi Adeyemi-Okoro, one date of birth, scored 0.0: helper-162's blind review). The
#: table of :data:`COGNATES` held some; the rule holds the class.
_CALLED_WITHOUT = (("oluwa", 3), ("olu", 3), ("ade", 4), ("chukwu", 4))
#: The share of Americans bearing a given name (the Census first-name list) from which it is no
#: name of those parts and another: Adeline and Adelina are borne by 1 in 8,000 and 1 in 19,000
#: (not Ade and Line), Adewale and Oluwaseun by 3 and 5 in a million. (Chi-, before Igbo names,
#: begins Japanese ones too, Chihiro not Hiro: the tables keep its short forms, Nedu, Nonso, Amaka.)
CALLED_WITHOUT_SHARE = 1e-5
#: The share of Americans bearing the rest from which it is a name of its own, not a short form:
#: Linda (1 in 300), not Kemi, Wale, Tokunbo, Seun (each under 1 in 100,000).
CALLED_SHORT_SHARE = 1e-4


@lru_cache(maxsize=PAIR_CACHE)
def _called_without(name: str) -> str | None:
    """``name`` without the first of :data:`_CALLED_WITHOUT`'s parts it begins with, where the
    rest is long enough; None where it begins with none (blocking files a name under it too:
    :func:`given_canonicals`)."""
    from coi.names.frequency import us_frequencies

    for part, rest in _CALLED_WITHOUT:
        if name.startswith(part):
            short = name[len(part):]
            f = us_frequencies()
            if len(short) < rest or f.given_share(name) >= CALLED_WITHOUT_SHARE \
                    or f.given_share(short) >= CALLED_SHORT_SHARE:
                # (Adeline, Adelina: European names Americans bear, not Ade- and a name; Adelinda
                # is not Linda, a name of its own borne by 1 in 300: helper-166's attack)
                return None
            return short
    return None


@lru_cache(maxsize=1)
def _tabled_names() -> frozenset[str]:
    """Every name some table knows: the nicknames library's names and nicknames (both its
    tables, each the other's inverse) and both sides of :data:`COGNATES`. A word outside it
    is no nickname, canonical name or cognate of anything (:func:`nickname_match`)."""
    nn = _nicknamer()
    return frozenset(nn.nickname_lookup) | frozenset(nn.canonical_lookup) | frozenset(COGNATES) | frozenset(
        COGNATES.values())


def _final_vowel_swap(a: str, b: str) -> bool:
    """Maria/Mario, Daniela/Daniele: a different name, not a typo."""
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in "aeiouy" and b[-1] in "aeiouy"


def _doubled(a: str, b: str) -> bool:
    """True when the longer word is the shorter with one letter doubled (Ana/Anna)."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[i] == long_[i + 1] and long_[:i] + long_[i + 1:] == short for i in range(len(long_) - 1))


# What a name adds to become its feminine (or masculine) form: Paul/Paula, Daniel/Danielle,
# Eric/Erica, Justin/Justine, Henri/Henriette.
_GENDER_ENDINGS = ("a", "e", "le", "lle", "ne", "na", "ina", "ine", "ette", "etta", "o", "us")


def _gendered_pair(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_.startswith(short) and long_[len(short):] in _GENDER_ENDINGS


# ---------------------------------------------------------------- levels of evidence
#
# Each comparison of two parsed names lands on one *level* (docs/MATCHING.md, "The person
# model"); the weights of the levels are trained (bench/train_persons.py) and kept in
# coi/data/weights_person.json. The functions below only say which level: no numbers here.

# Spellings that transliterations of one name differ by (Jürgen/Juergen, Mikhail/Michail,
# Aleksandr/Alexandr, Yusuf/Jusuf): folded away, the two are one spelling.
_TRANSLIT = (("sch", "sh"), ("tch", "ch"), ("ue", "u"), ("oe", "o"), ("ae", "a"), ("ph", "f"), ("kh", "h"),
             ("ck", "k"), ("ks", "x"), ("cz", "ch"), ("sz", "sh"), ("zh", "j"), ("dzh", "j"), ("dj", "j"),
             ("ou", "u"), ("w", "v"), ("y", "i"), ("q", "k"), ("c", "k"))


@lru_cache(maxsize=PAIR_CACHE)
def transliteration_key(word: str) -> str:
    """``word`` with the spellings transliterations differ by folded away, doubled letters
    written once and an ``h`` after a consonant dropped (Mohammed, Muhamad), a last ``h``
    after a vowel dropped in a word of five letters or more (Abdullah / Abdulla: helper-147's
    review, 24.4 before as two letters apart; Arabic's and Hebrew's last h, as Hannah's), and
    Mac written Mc (MacDonald / McDonald: one name, Mc its short form)."""
    word = _house_spelling(word)
    for old, new in _TRANSLIT:
        word = word.replace(old, new)
    return _letters_once(word, h_after_consonant=True)


def _letters_once(word: str, *, h_after_consonant: bool) -> str:
    """``word`` with each doubled letter written once, a last h after a vowel dropped in a word
    of five letters or more (unsaid: Abdullah / Abdulla, Fatimah / Fatima, Hannah / Hanna) and,
    with ``h_after_consonant``, an h after a consonant dropped (Mohammed / Muhamad). The folds
    :func:`transliteration_key` and :func:`_one_name_spelling` share."""
    out: list[str] = []
    for ch in word:
        if out and (ch == out[-1] or (h_after_consonant and ch == "h" and out[-1] not in "aeiou")):
            continue
        out.append(ch)
    if len(out) >= 5 and out[-1] == "h" and out[-2] in "aeiou":
        out.pop()
    return "".join(out)


#: A surname or given name is "real" (a name of its own, not a slip) when at least this share of
#: people in the Census lists bear it: 4 in a million surnames (about 1,300 people), 30 in a
#: million given names (about 9,000). Rarer spellings there (Thompsen, Hanah, Charli) are
#: mostly the slips of others' names.
KNOWN_SURNAME_SHARE = 4e-6
KNOWN_GIVEN_SHARE = 3e-5


def _known_surname(word: str) -> bool:
    from coi.names.frequency import us_frequencies

    return us_frequencies().surname_share(word) >= KNOWN_SURNAME_SHARE


def _given_odds(word: str) -> float:
    """The bits by which ``word`` is likelier a given name than a surname in the Census tables
    (coi.names.frequency.NameFrequencies.given_odds)."""
    from coi.names.frequency import us_frequencies

    return us_frequencies().given_odds(word)


def _known_word(word: str, surname: bool) -> bool:
    """A surname or given name of its own in the Census lists or the name lists; a two-letter
    spelling the Census lists at all (100 people or more) is one too: the two-letter names
    (Vu, Vo, Le, Ly, Lu, Do, Ho, Ji, Yi) lie one letter from each other, so one letter
    changed is another name, not a slip."""
    if (_known_surname if surname else known_given)(word):
        return True
    if len(word) != 2:
        return False
    from coi.names.frequency import us_frequencies

    f = us_frequencies()
    return word in (f.surnames if surname else f.given)


@lru_cache(maxsize=65536)
def known_given(word: str) -> bool:
    """A given name of its own: in the name lists (coi.names.lexicon) or borne by at least
    ``KNOWN_GIVEN_SHARE`` of people in the Census first-name list."""
    from coi.names.frequency import us_frequencies

    return is_known_given_name(word) or us_frequencies().given_share(word) >= KNOWN_GIVEN_SHARE


def _given_borne(word: str) -> bool:
    """A given name at least ``KNOWN_SURNAME_SHARE`` of Americans bear (about 1,300 people):
    two letters from another such name and unalike in sound, it is a name of its own, not a
    slip of two letters (Khaled / Khalil); so is one a consonant apart (:func:`_consonant_apart`:
    Rajesh / Rakesh). Alike in sound (Hanah / Hanna), :func:`known_given`'s higher bar stands:
    the rarer spelling is mostly the other's slip."""
    from coi.names.frequency import us_frequencies

    return us_frequencies().given_share(word) >= KNOWN_SURNAME_SHARE


_VOWELS = frozenset("aeiouy")


#: Consonants one name is spelt with either of, as Spanish (b/v, c/s/z, j/x/h), Slavic (k/x)
#: and English (c/k, c/s, s/z) write it: Fabiola / Faviola, Dionicio / Dionisio, Alejandra /
#: Alexandra, Aleksandra / Alexsandra, Chloe / Khloe (helper-115's review).
_INTERCHANGEABLE = frozenset(frozenset(pair) for pair in (
    "bv", "cs", "cz", "sz", "ck", "kq", "jx", "jh", "xs", "kx", "gj", "vw", "fv"))


def _consonant_apart(a: str, b: str, local: tuple[bool, bool] = (False, False)) -> bool:
    """Two given names one consonant apart that sound unalike, each borne by about 1,300
    Americans or more (``_given_borne``) or by the data screened: two names of their own
    (Rajesh / Rakesh, Ravinder / Rajinder, Ryan / Bryan: helper-113's review), not one's slip.
    A silent h (Teresa / Theresa), a doubled letter (Ana / Anna) and a vowel (Dana / Dina, one
    name's slip as often as another's) are not such an edit — a first letter put for a consonant
    or a consonant for it is (Earl / Carl: helper-117's review) — nor letters one name is spelt with
    either of (:data:`_INTERCHANGEABLE`: Fabiola / Faviola), nor a spelling 20 times rarer
    than the other (``_RARER_SPELLING``: Any / Amy, Davi / David are slips of the common name)."""
    if _doubled(a, b) or jellyfish.metaphone(a) == jellyfish.metaphone(b):
        return False
    ops = Levenshtein.editops(a, b)
    if len(ops) != 1:
        return False
    op = next(iter(ops))
    letters = {a[op.src_pos:op.src_pos + 1] if op.tag != "insert" else "",
               b[op.dest_pos:op.dest_pos + 1] if op.tag != "delete" else ""} - {""}
    # a first letter, one of the two a consonant: Earl / Carl (helper-117); not two vowels
    # (Eileen / Aileen, Elyse / Alyse) nor a vowel added (Lena / Elena: helper-121)
    first = op.src_pos == 0 and op.dest_pos == 0 and op.tag == "replace" and not letters <= _VOWELS
    if letters & _VOWELS and not first or "h" in letters or frozenset(letters) in _INTERCHANGEABLE:
        return False
    if op.tag == "replace" and {a[-1], b[-1]} == {"m", "n"} and op.src_pos == len(a) - 1:
        return False  # a last m for n (Belen / Belem): one name as Portuguese and Spanish write it
    if not all(flag or _given_borne(word) for word, flag in zip((a, b), local)):
        return False
    from coi.names.frequency import us_frequencies

    f = us_frequencies()
    return local[0] and local[1] or _comparably_common(f.given_share(a), f.given_share(b))


def _umlaut(a: str, b: str) -> bool:
    """Mueller/Muller, Schoen/Schon: an umlaut written out (ue) on one side, folded (u) on the
    other — one name."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) == len(short) + 1 and any(
        long_[i] in "aou" and long_[i + 1] == "e" and long_[:i + 1] + long_[i + 2:] == short for i in range(len(long_) - 1))


def _same_sex(a: str, b: str) -> bool:
    """Two given names each borne (nine times in ten or more) by the same sex in the Census
    first-name list: Steven/Stephen, Catherine/Kathryn — but not Tyler/Taylor, which sound
    alike and are two names, one of them worn by both sexes."""
    from coi.names.frequency import female_share

    fa, fb = female_share(a), female_share(b)
    if fa is None or fb is None:
        return False
    return (fa >= 0.9 and fb >= 0.9) or (fa <= 0.1 and fb <= 0.1)


#: How many times rarer one spelling of two with a vowel and a consonant swapped must be for the
#: rarer to read as the other's slip (Prak is 83 times rarer than Park; Kahn 7 times than Khan).
_RARER_SPELLING = 20


def _comparably_common(x: float, y: float) -> bool:
    """Whether neither of two spellings' shares is :data:`_RARER_SPELLING` times the other's:
    two names of their own, not the commoner one and its slip."""
    low, high = sorted((x, y))
    return low * _RARER_SPELLING >= high


def _vowel_edit(a: str, b: str) -> bool:
    """True when the one edit between two words touches a vowel (Jung/Jang, Liu/Lu, Kerr/Karr):
    in a short name the vowel is the name; a consonant added or dropped (Chen/Cheng) is a slip,
    and so is a vowel swapped with a consonant beside it where one spelling is far rarer
    (Park/Prak: helper-108's review) — not two vowels swapped (Liu/Lui, Rao/Roa, Dietz/Deitz:
    two families, helper-110's), nor two common spellings (Khan/Kahn, Ali/Lai: helper-111's)."""
    if Levenshtein.distance(a, b) > 1:  # two letters swapped (OSA's one edit, two of Levenshtein's)
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), 0)
        if all(c in _VOWELS for c in a[i:i + 2]):
            return True
        # a vowel swapped with a consonant: a slip where one spelling is far rarer (Park/Prak),
        # two families where both are common (Khan/Kahn, Ali/Lai, Slater/Salter: helper-111)
        from coi.names.frequency import us_frequencies

        f = us_frequencies()
        return _comparably_common(f.surname_share(a), f.surname_share(b))
    for op in Levenshtein.editops(a, b):
        if a[op.src_pos:op.src_pos + 1] in _VOWELS and op.tag != "insert" or (
                op.tag != "delete" and b[op.dest_pos:op.dest_pos + 1] in _VOWELS):
            return True
    return False


#: A surname's men's and women's forms in the languages that give it two (the man's ending, the
#: woman's endings): Russian and Bulgarian Ivanov / Ivanova, Sergeev / Sergeeva, Ilyin / Ilyina,
#: Polish and Ukrainian Kowalski / Kowalska, Zelenskyy / Zelenska, Russian Tolstoy / Tolstaya,
#: Greek Papadopoulos / Papadopoulou, Lithuanian Kazlauskas / Kazlauskiene / Kazlauskaite.
_GENDERED_ENDINGS = (
    ("ov", ("ova",)), ("ev", ("eva",)), ("yov", ("yova",)), ("in", ("ina",)), ("yn", ("yna",)),
    ("ski", ("ska", "skaya", "skaja")), ("sky", ("ska", "skaya", "skaja")), ("skyy", ("ska",)),
    ("skyi", ("ska",)), ("skiy", ("skaya", "ska")), ("skii", ("skaya", "ska")), ("skij", ("skaja", "ska")),
    ("cki", ("cka",)), ("dzki", ("dzka",)), ("tsky", ("tska", "tskaya")), ("oy", ("aya",)),
    ("os", ("ou",)), ("is", ("iene", "yte")), ("as", ("iene", "aite")), ("ys", ("iene", "yte")),
    ("us", ("iene", "ute")),
)
#: A man's form borne by more than this share of Americans (about 65,000: Martin, Collins, Harris,
#: Austin) is a surname of English and other languages whose woman's form is another surname
#: (Martina, Collina: helper-116's review), not one of these surnames' two forms.
_GENDERED_COMMON = 2e-4
#: Czech and Slovak: the woman's form adds -ova to the man's (Novak / Novakova, Horvath /
#: Horvathova) or puts it for his last a (Svoboda / Svobodova); five letters or more, since
#: Russian -ova ends other short names (Mark / Markova, Pope / Popova, Marek / Markova:
#: helper-115's review; -ek's e dropped, Havlicek / Havlickova, is left out for Marek's sake).
_CZECH_FEMININE = "ova"


def gendered_surname(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one surname's man's and woman's forms (``_GENDERED_ENDINGS``,
    ``_CZECH_FEMININE``): a clerk writing the man's form for a woman writes her name, not
    another's (helper-113's review). The stem must keep four letters (five for Czech), so short
    words that merely end alike (Ross / Rossi) are not read as such forms, and a man's form many
    Americans bear is another language's surname (:data:`_GENDERED_COMMON`)."""
    if a == b:
        return False
    from coi.names.frequency import us_frequencies

    shares = us_frequencies()
    for man, woman in ((a, b), (b, a)):
        if shares.surname_share(man) > _GENDERED_COMMON:
            continue
        for m_end, w_ends in _GENDERED_ENDINGS:
            if man.endswith(m_end) and len(man) - len(m_end) >= 4:
                stem = man[:-len(m_end)]
                if any(woman == stem + w_end for w_end in w_ends):
                    return True
        if len(man) >= 5 and (woman == man + _CZECH_FEMININE or man.endswith("a") and woman == man[:-1] + _CZECH_FEMININE):
            return True
    return False


def _one_name_spelling(word: str) -> str:
    """``word`` with the spellings of one name :func:`transliteration_key` folds made one, and
    not its folds of sound: Mac as Mc, Saint as St and Abd-'s vowel (:func:`_house_spelling`),
    each doubled letter written once (Hoffman / Hofmann, Trammell / Tramel), and a last h after
    a vowel in a word of five letters or more (Abdullah / Abdulla)."""
    return _letters_once(_house_spelling(word), h_after_consonant=False)


def _written_two_ways(a: str, b: str) -> bool:
    """Two ways one name is written, each a habit of a language, not a vowel put for another:
    an umlaut written out (:func:`_umlaut`), Mac and Mc, Abd al-'s vowel (:func:`_house_spelling`),
    and French "ou" for another language's u in a last syllable -ou- and one consonant
    (Mansour / Mansur, Mahmoud / Mahmud, Daoud / Daud; not Yu / You, Zhou / Zhu, Young / Yung,
    Boucher / Bucher: two families, helper-110's review), and the nisba's ending -qi written
    -qui (Siddiqui / Siddiqi: helper-123's review)."""
    if _umlaut(a, b) or a != b and _house_spelling(a) == _house_spelling(b):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) >= 5 and long_[-3:-1] == "ou" and long_[-1] not in _VOWELS and short == long_[:-3] + "u" + long_[-1]:
        return True
    # the ending of Arabic's and Urdu's nisba, -qi written -qui (Siddiqui / Siddiqi, Farooqui /
    # Farooqi); not a qu said kw (Quinn / Qin, Quiles / Kiles, Aquino / Akino: helper-124)
    return len(short) >= 4 and long_.endswith("qui") and short == long_[:-2] + "i"


_ABD = re.compile(r"^abd[aeiou]l")


def _house_spelling(word: str) -> str:
    """``word`` with two spellings one name is written in made one: Mac as its short form Mc
    (MacDonald / McDonald), Saint closed up as St (Saintclair / St. Clair, Saintonge / St. Onge:
    helper-120's review), the vowel of Arabic's "Abd al-" left out (Abdullah / Abdallah)."""
    if word.startswith("mac") and len(word) > 5:
        word = "mc" + word[3:]
    elif word.startswith("saint") and len(word) > 7:
        word = "st" + word[5:]
    return _ABD.sub("abd_l", word)


#: Groups of letters a scanner reads as one letter of like shape, and back (GeCO's OCR
#: variations, as pseudopeople ships them: m / rn, m / iii, d / cl, w / vv, n / ri, k / lc,
#: b / lo): one misread letter, though two or three edits apart.
_OCR_SHAPES = (("iii", "m"), ("rn", "m"), ("cl", "d"), ("vv", "w"), ("ri", "n"), ("lc", "k"), ("lo", "b"))


def ocr_shape(word: str) -> str:
    """``word`` with each group of :data:`_OCR_SHAPES` written as the one letter it looks like."""
    for group, letter in _OCR_SHAPES:
        if group in word:
            word = word.replace(group, letter)
    return word


def _misread(a: str, b: str) -> bool:
    """Whether two spellings are one word whose letters a scanner misread in one place: equal
    once each group of letters of one letter's shape is written as that letter (Kirig / King,
    Sori / Son, Arnold / Amold), and no more than one such group apart."""
    return ocr_shape(a) == ocr_shape(b) and abs(len(a) - len(b)) <= 2 and _misread_once(a, b)


def _misread_once(a: str, b: str) -> bool:
    # the two spellings differ in one stretch only: the common start and end leave one group
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return len(a) - i - j <= 3 and len(b) - i - j <= 3


@lru_cache(maxsize=PAIR_CACHE)
def word_level(a: str, b: str, *, surname: bool, local: tuple[bool, bool] = (False, False)) -> str:
    """How near two spellings of one name part are: ``one edit`` (a slip: one spelling is no
    known name), ``one edit, both real`` / ``…, short`` (two names of their own a letter
    apart: Jung/Jang, Chen/Cheng), ``transliteration``, ``two edits``, ``phonetic``,
    ``similar`` (Jaro-Winkler at least 0.9, first letter equal) or ``different``. ``local``:
    whether ``a`` and ``b`` are names of the data being screened (borne by the parties of
    several cases, coi.names.compare.locally_known), names of their own there whatever the
    Census says."""
    if a == b:
        return "exact"
    shorter = min(len(a), len(b))
    d = OSA.distance(a, b)
    if d > 1 and _misread(a, b):
        d = 1  # one letter misread by its shape (Kirig / King): a slip, as one letter typed wrong
    flags = {a: local[0], b: local[1]}

    def known(word: str) -> bool:
        return flags[word] or _known_word(word, surname)
    if surname and gendered_surname(a, b):
        return "transliteration"  # Ivanov / Ivanova, Papadopoulos / Papadopoulou: one name's two forms
    if surname and (spelt := surname_spelling(a)) and spelt == surname_spelling(b):
        return "transliteration"  # Chaudhry / Choudhary: one surname romanized two ways
    if surname and (root_a := ROOT_NAMES.get(a)) and (root_b := ROOT_NAMES.get(b)) and root_a != root_b:
        # Hassan / Hussein, Khalid / Khalil: two Arabic given names of one root borne as
        # surnames are two names of their own. Two spellings of one (Ahmad / Ahmed, Omar /
        # Omer) are left to their letters: as surnames they are as often two families' (the
        # generated sets' look-alikes) as one name romanized two ways
        return "different"
    if transliteration_key(a) == transliteration_key(b):
        if (surname and d >= 2 and _one_name_spelling(a) != _one_name_spelling(b) and known(a) and known(b)
                and not _written_two_ways(a, b)):
            # two real surnames the key joins by its folds of sound (c for k, an h dropped after
            # a consonant, ph for f, w for v, y for i), two letters or more apart: two families,
            # as Klein / Kline, however far apart or short (Chen / Keen, Cook / Koch, Lin /
            # Lynn, Schiller / Siler); the folds of one name's spellings alone (Mac and Mc, a
            # letter doubled, Abd-'s vowel, a last h) leave one name (McDougal / MacDougall)
            return "two edits, both real"
        if surname and d == 1 and _vowel_edit(a, b) and not _written_two_ways(a, b) and known(a) and known(b):
            return "one vowel apart, both real"  # Smith/Smyth, Levi/Levy: two real surnames, y for i
        return "transliteration"
    if (d == 1 and shorter >= 5 and not surname and known(a) and known(b)
            and jellyfish.metaphone(a) == jellyfish.metaphone(b) and _same_sex(a, b)):
        return "variant"  # Hannah/Hanna, Philip/Phillip, Kristin/Kristen: one name's two spellings
    if d == 1 and shorter >= 2:
        if not (known(a) and known(b)):
            return "one edit"
        if surname and _written_two_ways(a, b):
            return "transliteration"  # (keys apart: Siddiqui / Siddiqi's u after the q)
        return "one vowel apart, both real" if surname and _vowel_edit(a, b) else "one edit, both real"
    sound = shorter >= 3 and (jellyfish.metaphone(a) == jellyfish.metaphone(b)
                              or jellyfish.soundex(a) == jellyfish.soundex(b))
    if not surname and sound and known(a) and known(b) and _same_sex(a, b):
        # two given names any list knows, written as one name sounds: Catherine/Kathryn,
        # Steven/Stephen, Geoffrey/Jeffrey, Kristofer/Christopher — one name's spellings, as
        # a nickname is one name's forms (given_level keeps other-sex forms and short names apart)
        return "variant"
    if d == 2 and shorter >= 4:
        def borne(word: str) -> bool:  # (given names two letters apart, unalike in sound: the surname's bar)
            return known(word) or not surname and not sound and _given_borne(word)
        return "two edits, both real" if borne(a) and borne(b) else "two edits"
    if sound:
        return "phonetic"
    if shorter >= 4 and a[0] == b[0] and JaroWinkler.normalized_similarity(a, b) >= 0.9:
        return "similar"
    return "different"


def _mans_generation_womans_name(a: PersonName, b: PersonName) -> bool:
    """Whether one name writes a generation only men write (:data:`_MENS_GENERATIONS`) and
    either given name is a woman's (:data:`WOMANS_SHARE` of its Census bearers or more)."""
    if a.generation not in _MENS_GENERATIONS and b.generation not in _MENS_GENERATIONS:
        return False
    from coi.names.frequency import female_share

    return any(len(x) > 1 and (share := female_share(x)) is not None and share >= WOMANS_SHARE
               for x in (a.given, b.given))


def _opposite_sexes(a: str, b: str) -> bool:
    """A man's given name against a woman's: in every list read (coi.names.lexicon), or in the
    Census first-name list (each borne by men or by women 95 times in 100 or more; 90 times
    for a name and its form with a woman's ending, :func:`_gendered_pair`: Deshawn / Deshawna,
    Shawn / Shawna, 93 and 99 in 100 — helper-117's review)."""
    if opposite_sexes(a, b):
        return True
    from coi.names.frequency import female_share

    fa, fb = female_share(a), female_share(b)
    if fa is None or fb is None:
        return False
    low, high = min(fa, fb), max(fa, fb)
    return low <= 0.05 and high >= 0.95 or low <= 0.1 and high >= 0.9 and _gendered_pair(a, b)


@lru_cache(maxsize=PAIR_CACHE)
def given_level(a: str, b: str, local: tuple[bool, bool] = (False, False)) -> str:
    """The level two given names land on (either may be an initial or missing). ``local``:
    whether each is a given name of the data being screened (:func:`word_level`)."""
    if not a or not b:
        return "missing"
    if a == b:
        return "exact" if len(a) > 1 else "initial fits"
    if len(a) == 1 or len(b) == 1:
        initial, full = (a, b) if len(a) == 1 else (b, a)
        return "initial fits" if full.startswith(initial) else "initial conflicts"
    root_a, root_b = ROOT_NAMES.get(a), ROOT_NAMES.get(b)
    if root_a and root_b:
        return "transliteration" if root_a == root_b else "different"
    if _opposite_sexes(a, b) and COGNATES.get(a, a) != COGNATES.get(b, b):
        # Michael/Michelle, Stephen/Stephanie, Erin/Aaron: alike, and a man's and a woman's;
        # only our own table of other languages' forms overrides (Sasha is Alexander's).
        # Two unalike names of two sexes (Mia/Luke) are merely different
        alike = nickname_match(a, b) or _gendered_pair(a, b) or word_level(a, b, surname=False) != "different"
        return "other-sex form" if alike else "different"
    if nickname_match(a, b):
        return "nickname"
    slip = (local[0] or _known_word(a, False)) != (local[1] or _known_word(b, False))
    if not slip and (_final_vowel_swap(a, b) or _gendered_pair(a, b)):
        # related names the lists above do not set apart by sex (Jean/Jeanne: one of them borne
        # by both, or unknown): two people, boy-and-girl twins among them. Two such names
        # the Census says one sex bears (Helen/Helena, Rosie/Rosi) are no twins' names: two
        # people without a date of birth, one with the same
        return "related form, one sex" if _same_sex(a, b) else "other-sex form"
    level = word_level(a, b, surname=False, local=local)
    if level.startswith("one edit") and _consonant_apart(a, b, local):
        return "different"  # Rajesh/Rakesh, Ryan/Bryan: two names of their own, not a slip
    if level.startswith("one edit") and min(len(a), len(b)) == 3 and level != "one edit" and not _doubled(a, b):
        return "different"  # Jon/Joan, Ana/Ava: two short names of their own
    if level in ("phonetic", "variant") and (min(len(a), len(b)) < 5 or (
            a.endswith("a") != b.endswith("a") and OSA.distance(a, b) > 1 and not _ah_spelling(a, b))):
        return "different"  # Peter/Petra; short names that merely share a sound
    if level == "variant":
        return "nickname"  # weighed as one name's other form (the level's words say both)
    if level == "two edits, both real":
        return "different"  # Cody/Andy, Quang/Dung: two names of their own, not a slip
    return level


def _ah_spelling(a: str, b: str) -> bool:
    """Whether a name ending in -ah is the other's spelling in -a, its h left off, with only
    consonants spelt otherwise (Rebekah / Rebecca, Hannah / Hana, Leah / Lea: helper-117's
    review), not another name (Dinah / Diana, Deborah / Debra: helper-120's)."""
    ah, plain = (a, b) if a.endswith("ah") else (b, a)
    return ah.endswith("ah") and plain.endswith("a") and transliteration_key(ah[:-1]) == transliteration_key(plain)


#: The given-name levels a Korean name romanized another way (coi.names.korean) may reach
#: from spelling alone, all weaker than a transliteration: Myung-sug/Myeong-sug is two edits.
_KOREAN_WEAKER = frozenset({"one edit, both real", "two edits", "two edits, both real", "phonetic", "similar",
                            "different"})


#: A given name written without a hyphen is read as a Korean one only when fewer than this
#: share of Americans bear it (the Census first-name list): Minjun, Jiwon, Seoyeon are borne
#: by 1 to 5 in a million, Karim, Omari and Chaim (whose letters also read as Korean
#: syllables) by 3 in 100,000.
KOREAN_UNHYPHENATED_SHARE = 1e-5


def _rare_given(word: str) -> bool:
    from coi.names.frequency import us_frequencies

    return not is_known_given_name(word) and us_frequencies().given_share(word) < KOREAN_UNHYPHENATED_SHARE


#: Surname levels a Korean reading adds nothing to.
_SURNAME_SPELT_ALIKE = frozenset({"exact", "former name", "part shared"})

#: The weaker levels that say "alike" from spelling alone; between two Korean given names
#: that are not one romanized two ways they are two names.
_KOREAN_NEAR = frozenset({"two edits", "phonetic", "similar"})


def _korean_given_parts(n: PersonName) -> tuple[tuple[str, ...], bool]:
    """The given name as written, when it may be a Korean one (coi.names.korean), and
    whether it is written in syllables apart: two or three syllables with a hyphen
    (Myung-sug: ("myung", "sug"), True), with a space (Ha yun, True) or as one word (Minjun:
    ("minjun",), False); a name written with a space or as one word only when few Americans
    bear it (:data:`KOREAN_UNHYPHENATED_SHARE`). ((), False) otherwise — John, Jason, Karim."""
    if n.other_given and len(n.given) > len(first := n.other_given[0]) and n.given.startswith(first):
        parts: tuple[str, ...] = (first, n.given[len(first):])
    elif len(n.middles) == 1 and _rare_given(n.given + n.middles[0]):
        parts = (n.given, n.middles[0])
    elif not n.middles and n.given and _rare_given(n.given):
        parts = (n.given,)
    else:
        return (), False
    return (parts, len(parts) > 1) if korean.written_syllables(parts) else ((), False)


def _korean_pair(a: PersonName, b: PersonName) -> tuple[tuple[str, ...], tuple[str, ...], int] | None:
    """The written given names of two names that may both be Korean — each surname a
    spelling of a Korean surname (coi.names.korean), each given name Korean-shaped
    (:func:`_korean_given_parts`), one at least written in syllables apart (Min-jun; two
    words run together, Hongbin, Asim, Naseem, are as often another people's) — and how
    many of the two are written apart; None otherwise."""
    if not korean.surname_readings(a.surname) or not korean.surname_readings(b.surname):
        return None
    pa, apart_a = _korean_given_parts(a)
    if not pa:
        return None
    pb, apart_b = _korean_given_parts(b)
    if not pb or not (apart_a or apart_b):
        return None
    return pa, pb, apart_a + apart_b


#: The given-name levels a Chinese given name of another syllable may reach from spelling alone.
_CHINESE_NEAR = frozenset({"one edit", "one edit, both real", "two edits", "phonetic", "similar"})


def _chinese_syllables(n: PersonName) -> tuple[str, str] | None:
    """A given name's two Chinese syllables as written apart (Mei-ling: ("mei", "ling")); None
    for any other name. (Whether a surname beside it is Chinese, :func:`_chinese_syllable_apart`
    asks of the two names together: Lin / Ling Mei-ling.)"""
    if not n.other_given:
        return _joined_syllables(n.given)
    if len(n.other_given) != 1:
        return None
    first = n.other_given[0]
    if not n.given.startswith(first) or len(n.given) == len(first):
        return None
    second = n.given[len(first):]
    return (first, second) if _CHINESE_SYLLABLE.fullmatch(first) and _CHINESE_SYLLABLE.fullmatch(second) else None


@lru_cache(maxsize=PAIR_CACHE)
def _joined_syllables(given: str) -> tuple[str, str] | None:
    """A given name written joined that splits one way only into two Chinese syllables of two
    letters or more (Jianguo: jian guo; Xiaoming: xiao ming), as a name written in syllables
    apart is read (helper-137's review: Jianguo Li / Jianhua Li met at 88.5 as two edits). A
    word that is one syllable whole is one (Xian, not Xi An), and a syllable after another
    begins with a consonant other than ng (Jianguo, not Jia Nguo nor Jiang Uo: pinyin writes
    an apostrophe before a vowel there)."""
    if len(given) < 4 or _CHINESE_SYLLABLE.fullmatch(given):
        return None
    splits = [(given[:i], given[i:]) for i in range(2, len(given) - 1)
              if given[i] not in _VOWELS and not given.startswith("ng", i)
              and _CHINESE_SYLLABLE.fullmatch(given[:i]) and _CHINESE_SYLLABLE.fullmatch(given[i:])]
    return splits[0] if len(splits) == 1 else None


def _chinese_syllable_apart(a: PersonName, b: PersonName, level: str) -> bool:
    """Two Chinese given names, each written in two syllables, that agree on one syllable and
    write another, whole, in the other place (Mei-ling / Mei-li; not a syllable romanized two
    ways, :func:`_syllables_alike`). Written joined (Jianguo / Jianhua), only beyond a letter's
    slip: one letter typed wrong in a joined name often lands on another syllable (Jianguo /
    Jiangou), as in a Korean one (docs/MATCHING.md), and is read as the slip."""
    pa, pb = _chinese_syllables(a), _chinese_syllables(b)
    if pa is None or pb is None or not (a.surname in CHINESE_SURNAMES or b.surname in CHINESE_SURNAMES):
        return False
    if level.startswith("one edit") and not (a.other_given and b.other_given):
        return False
    same = [_syllables_alike(x, y) for x, y in zip(pa, pb)]
    return same[0] != same[1]


def _syllables_alike(x: str, y: str) -> bool:
    """One syllable as romanizations write it: with and without an h (Chih / Chi, Hsiao / Siao),
    a final g (Ling / Lin: Cantonese and Taiwanese speakers' n), ei for ai (Wei / Wai)
    (helper-115's review), Wade-Giles hs for pinyin x (Hsuan / Xuan); Fung / Fong, Jie / Jia,
    Ming / Wing stay two."""
    def key(s: str) -> str:
        s = s.replace("h", "").replace("ei", "ai")
        return s[:-1] if s.endswith("ng") else s

    def pinyin(s: str) -> str:
        return "x" + s[2:] if s.startswith("hs") else s
    return x == y or key(x) == key(y) or key(pinyin(x)) == key(pinyin(y))


#: Arabic given names built on one root, each a name of its own whose spellings sound alike
#: to a phonetic code (Mahmoud and Mohammed, Hassan and Hussein, Jamal and Jamil, Said and Saad:
#: helper-113's review; Mahmoud / Mohammed Hassan met at 99.9 as "another spelling"), with the
#: spellings each is written in: two of one name are one name romanized two ways, two of two
#: names are two people. A hand list, written for this project.
ROOT_NAMES: dict[str, str] = {
    spelling: name
    for name, spellings in {
        "muhammad": "muhammad muhammed mohammed mohammad mohamed mohamad mohammud muhamad muhamed mehmet mehmed",
        "mahmoud": "mahmoud mahmud mahmood mehmood mahmut",
        "ahmad": "ahmad ahmed ahmet",
        "hamid": "hamid hamed hameed",
        "hamdi": "hamdi hamdy",
        "hammad": "hammad hamad",
        "hassan": "hassan hasan",
        "hussein": "hussein hussain husain husein hussien huseyin hossein hosein hossain",
        "jamal": "jamal jamaal jamel",
        "jamil": "jamil jameel",
        "said": "said saeed saied saeid",
        "saad": "saad",
        "amir": "amir ameer",
        "amr": "amr amro",
        "omar": "omar umar omer",
        "rahman": "rahman rehman",
        "karim": "karim kareem",
        "khalid": "khalid khaled",
        "khalil": "khalil khaleel",
    }.items()
    for spelling in spellings.split()
}


#: South Asian surnames English writes in several spellings, each a family's own habit, with
#: the spellings of each (helper-147's review: Rashid Chaudhry / CHOUDHARY, RASHEED met at
#: 0.0 as two real surnames two letters apart). Two spellings of one are one surname romanized
#: two ways. A hand list, written for this project.
SURNAME_SPELLINGS: dict[str, str] = {
    spelling: name
    for name, spellings in {
        "chaudhry": "chaudhry chaudhary chaudhari chaudhri choudhry choudhary choudhury chowdhury chowdhry "
                    "chaudhuri",
        "qureshi": "qureshi qureishi quraishi kureshi koreshi",
        "shaikh": "shaikh sheikh shaik sheik",
        "mukherjee": "mukherjee mukerjee mukherji mukerji mookerjee",
        "banerjee": "banerjee banerji bannerjee",
        "chatterjee": "chatterjee chatterji",
        "agarwal": "agarwal aggarwal agrawal agarwala",
        "srivastava": "srivastava shrivastava srivastav",
        "upadhyay": "upadhyay upadhyaya",
        "bhattacharya": "bhattacharya bhattacharyya",
        "rizvi": "rizvi rizwi",
        "naqvi": "naqvi naqvee",
    }.items()
    for spelling in spellings.split()
}


def surname_spelling(word: str) -> str | None:
    """The surname ``word`` is a spelling of (:data:`SURNAME_SPELLINGS`), None for any other word."""
    return SURNAME_SPELLINGS.get(word)


def _given_options(n: PersonName) -> tuple[str, ...]:
    return tuple(dict.fromkeys((n.given, *n.other_given)))


def surname_level(a: PersonName, b: PersonName, local: LocalNames | None = None) -> tuple[str, str, str]:
    """(level, a's word, b's word) of two surnames: whole, former or maiden name, a part of a
    double surname, then the nearest spelling of any of them (``local``: :func:`person_levels`)."""
    if not a.surname or not b.surname:
        return "missing", a.surname, b.surname
    if a.surname == b.surname:
        return "exact", a.surname, b.surname
    a_all = (a.surname, *a.other_surnames) if a.other_surnames else (a.surname,)
    b_all = (b.surname, *b.other_surnames) if b.other_surnames else (b.surname,)
    if len(a_all) > 1 or len(b_all) > 1:  # one surname each: unequal, as just seen
        for x in a_all:
            for y in b_all:
                if x and x == y:
                    return "former name", x, y
    if _parts_shared(a, b):
        if (apart := _double_surnames_differ(a, b)) is not None:
            # Smith-Jones / Smith-Williams: two double surnames sharing one part, the other two
            # families' (helper-117's review), as García López / García Martínez are
            return "second surname differs", *apart
        return "part shared", a.surname, b.surname
    # a double surname read as middle name + surname: "Ana García Márquez" / "Ana García"
    if (in_a_b := _middle_as_surname(a, b)) != (False, False):
        one, other = (a, b) if in_a_b[0] else (b, a)
        rest = [p for p in other.surname_parts if p != one.middles[-1]]
        if rest and _second_surnames_differ(one, other, one.surname_parts[-1], rest):
            # García López / García Martínez: the first surnames agree and the second ones are
            # two families' (two cousins), not one name with a part left out (helper-113's review)
            return "second surname differs", one.surname_parts[-1], rest[-1]
        return "part shared", a.surname, b.surname
    best = ("different", a.surname, b.surname)
    pairs = [(x, y) for x in a_all for y in b_all if x and y]
    if len(a.surname_parts) > 1 or len(b.surname_parts) > 1:
        pairs += [(x, y) for x in a.surname_parts for y in b.surname_parts]
    for x, y in pairs:
        level = word_level(x, y, surname=True, local=_local_flags(x, y, True, local))
        if level in _FAMILY_SUFFIX_LEVELS and _built_on(x, y):
            level = "different"  # Nowak / Nowakowski: two families' names, one built on the other
        if _SURNAME_RANK[level] < _SURNAME_RANK[best[0]]:
            best = (level, x, y)
    if best[0] == "different" and _first_surname_shared(a, b) \
            and _second_surnames_differ(a, b, a.surname, [b.surname]):
        # Francisco Javier Ruiz Ortega / Francisco Javier Ruiz Medina, José Luis García López /
        # José Luis García Martínez: a first surname both write, read as a middle name, beside
        # two second surnames of two families — two cousins, as with no middle name between
        # (97.4 and 71.2 as a middle name agreeing beside a married name: helper-162's blind review)
        return "second surname differs", a.surname, b.surname
    return best


def _first_surname_shared(a: PersonName, b: PersonName) -> bool:
    """Whether two names of a given name, a middle name or more and a surname each write the
    same last middle name, a word far likelier a surname than a given name (:data:`SURNAME_ODDS`):
    a double surname's first part, read as a middle name (Ruiz of Francisco Javier Ruiz Ortega)."""
    return bool(a.middles and b.middles) and a.middles[-1] == b.middles[-1] and len(a.middles[-1]) > 2 \
        and _given_odds(a.middles[-1]) <= SURNAME_ODDS


#: The endings that build a family's surname on another name (Polish Nowak / Nowakowski,
#: Kowal / Kowalczyk; Ukrainian Bondar / Bondarenko, Koval / Kovalchuk; Armenian Petros /
#: Petrosian; Russian Ivan / Ivanov, Ivanov / Ivanovsky; Serbian and Croatian Petrov /
#: Petrović; Scandinavian and English John / Johnson, Hans / Hansen): a hand list, written for
#: this project. Not a woman's form of the same surname (Ivanov / Ivanova, Kowalski /
#: Kowalska: both are the one family's).
FAMILY_SUFFIXES = ("owski", "ewski", "ski", "sky", "cki", "czyk", "czak", "enko", "chuk", "czuk", "uk", "ian", "yan",
                   "ov", "ev", "ovich", "evich", "ic", "son", "sen")
#: The surname levels a name built on another may reach by its letters alone.
_FAMILY_SUFFIX_LEVELS = frozenset({"two edits", "phonetic", "similar"})


def _built_on(x: str, y: str) -> bool:
    """Whether the longer of two surnames is the shorter (three letters or more) with a family
    suffix after it (:data:`FAMILY_SUFFIXES`), the shorter a surname the Census lists: two
    families' names, however alike they sound (helper-144's review: Piotr Nowak / PIOTR
    NOWAKOWSKI met at 77.7 as "similar"). A name cut short by a field's end is seldom a
    surname of its own (Krolikowski cut to KROLIKOW stays one name cut short)."""
    short, long = sorted((x, y), key=len)
    if len(short) < 3 or not long.startswith(short) or long[len(short):] not in FAMILY_SUFFIXES:
        return False
    from coi.names.frequency import us_frequencies

    return us_frequencies().is_known_surname(short)


def _second_surnames_differ(one: PersonName, other: PersonName, second: str, rest: list[str]) -> bool:
    """Whether ``one``'s second surname and the rest of ``other``'s double surname are two
    families' (García López / GARCIA MARTINEZ): neither a slip, a spelling nor a short form of
    the other (an initial, Hdez for Hernandez), and both a married name written with de
    (Rodríguez de Pérez / de Gómez: two husbands) or neither — a woman's married name against
    her own double surname is one woman (María García de López / GARCIA MARTINEZ), and without
    de only a man's double surname is read so (María López García may be López married to García:
    helper-115's review)."""
    if second in other.surname_parts or len(second) < 3:
        return False
    for r in rest:
        if len(r) < 3 or word_level(second, r, surname=True) != "different" or _short_form(second, r):
            return False
    married = ("de" + second in one.surname, any("de" + r in other.surname for r in rest))
    if married[0] != married[1]:
        return False
    if not married[0]:
        from coi.names.frequency import female_share

        share = female_share(one.given or other.given)
        return share is not None and share <= 0.1
    return True


#: The levels two surnames' parts are two families' names at beside a part both share: beyond
#: a slip, two names each borne (Sutton-Drake / Sutton-Blake, Merriweather-Dunn / -Duncan).
_TWO_FAMILIES = frozenset({"different", "two edits, both real"})


def _double_surnames_differ(a: PersonName, b: PersonName) -> tuple[str, str] | None:
    """The parts two double surnames do not share, when each is two parts, they share one, and
    the other two are two families' names (:data:`_TWO_FAMILIES`, not a short form of the other;
    both married names written with de or neither). None for any other pair."""
    if len(a.surname_parts) != 2 or len(b.surname_parts) != 2:
        return None
    x = [p for p in a.surname_parts if p not in b.surname_parts]
    y = [p for p in b.surname_parts if p not in a.surname_parts]
    if len(x) != 1 or len(y) != 1 or len(x[0]) < 3 or len(y[0]) < 3:
        return None
    if word_level(x[0], y[0], surname=True) not in _TWO_FAMILIES or _short_form(x[0], y[0]):
        return None
    if ("de" + x[0] in a.surname) != ("de" + y[0] in b.surname):
        return None  # a married name written with de against a double surname: one woman maybe
    return x[0], y[0]


def _short_form(a: str, b: str) -> bool:
    """Whether the shorter word is the longer written short: its letters in order, the first the
    same (Hdez / Hernandez, Glez / Gonzalez, Rdgz / Rodriguez)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short[0] != long_[0]:
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


def _parts_shared(a: PersonName, b: PersonName) -> bool:
    """Whether two surnames share a part (Garcia of Garcia Marquez)."""
    a_parts, b_parts = a.surname_parts, b.surname_parts
    return a_parts[0] == b_parts[0] if len(a_parts) == 1 == len(b_parts) else not set(a_parts).isdisjoint(b_parts)


def _middle_as_surname(a: PersonName, b: PersonName) -> tuple[bool, bool]:
    """Whether ``a``'s, or else ``b``'s, last middle name is a part of the other's surname: a
    double surname read as middle name and surname ("Ana García Márquez" / "Ana García")."""
    for one, other, found in ((a, b, (True, False)), (b, a, (False, True))):
        if one.middles and len(one.middles[-1]) > 1 and one.middles[-1] in other.surname_parts:
            return found
    return False, False


@dataclass(frozen=True, slots=True)
class LocalNames:
    """The names of the data being screened (coi.names.compare.locally_known)."""

    #: (word, is it a surname) → is it borne by the parties of several cases
    known: Callable[[str, bool], bool]
    #: the other side of each pair is a member's disclosure (a docket screened), not a record
    #: of a file like the first (``coi match``)
    disclosures: bool = False


def _local_flags(x: str, y: str, surname: bool, local: LocalNames | None) -> tuple[bool, bool]:
    """Whether the party's word ``x`` and the disclosed word ``y`` are names of the data being
    screened. In a screening the disclosed spelling is the name of a person the member knows: against a
    party's spelling that the data knows as a name and the Census does not (Yejin, borne by
    several cases' parties, against the disclosed Yejun), the two are two names a letter
    apart, not a slip."""
    if local is None:
        return False, False
    lx, ly = local.known(x, surname), local.known(y, surname)
    if local.disclosures and lx and not ly and not _known_word(x, surname):
        ly = True
    return lx, ly

#: Surname levels, the nearest first (which spelling of a double or former name to report).
SURNAME_ORDER = ("exact", "former name", "part shared", "transliteration", "one edit", "one edit, both real",
                 "one vowel apart, both real", "two edits", "two edits, both real", "phonetic", "similar",
                 "second surname differs", "different", "missing")
_SURNAME_RANK = {level: i for i, level in enumerate(SURNAME_ORDER)}


def middle_level(a: PersonName, b: PersonName) -> tuple[str, str, str] | None:
    """Middle names and initials: ``agree``, ``initial agrees`` (one an initial of the other,
    or two spellings of one name: :func:`_one_middle`), ``one side only``, ``conflict`` (Kavita
    K. / Kavita N., Mohammed Ali Khan / Mohammed Asif Khan); None when neither side has one."""
    if a.given == b.given and _devotional_middle_of(a) and _devotional_middle_of(b):
        # María del Carmen on both sides: Carmen is their given name's, already compared
        a, b = replace(a, middles=a.middles[1:]), replace(b, middles=b.middles[1:])
    written = (" ".join(a.middles), " ".join(b.middles))  # as the names write them, for the evidence
    for one, other in ((a, b), (b, a)):
        if _devotional_middle_of(one) and other.middles and _devotional_initials(one, other.middles[0]):
            # MARIA D LOPEZ, LOPEZ MARIA DC: a record keeping the middle field's first letters
            # writes del Carmen as D or DC (helper-145's review: 90.2 -> 0.0 as a conflict)
            read = replace(other, middles=(one.middles[0][0], *other.middles[1:]))
            a, b = (one, read) if one is a else (read, one)
            break
    if not a.middles and not b.middles:
        return None
    x, y = written
    if not a.middles or not b.middles:
        return "one side only", x, y
    if len(a.middles) == len(b.middles):
        # as many middle names on each side: each against its own (José Luis Hernández / José
        # Luis Fernández Ramírez agreed on Luis alone: helper-137's review), the same names in
        # another order being the same names (John Michael Paul / John Paul Michael: helper-138's)
        pairs = zip(*map(sorted, (a.middles, b.middles))) if sorted(a.middles) == sorted(b.middles) \
            else zip(a.middles, b.middles)
        levels = [_middle_pair(p, q) for p, q in pairs]
        if "conflict" in levels:
            return "conflict", x, y
        return ("agree" if all(lv == "agree" for lv in levels) else "initial agrees"), x, y
    level = _middle_pair(a.middles[0], b.middles[0])
    if level != "conflict":
        return level, x, y
    kept = _middles_kept(a.middles, b.middles)
    if kept is not None:
        return ("agree" if kept else "initial agrees"), x, y
    return "conflict", x, y


def _devotional_middle_of(n: PersonName) -> bool:
    """Whether ``n``'s first middle name is the devotional name its given name ends with
    (María del Carmen: given mariadelcarmen, middle carmen, as :func:`parse_person` writes it)."""
    return bool(n.middles) and n.middles[0] in DEVOTIONAL_NAMES and bool(n.other_given) \
        and n.given.endswith(n.middles[0]) and n.given != n.middles[0]


def _devotional_initials(n: PersonName, written: str) -> bool:
    """Whether ``written`` (another name's first middle name) is initials of ``n``'s
    devotional compound after its first name, in order: D, C, DC of del Carmen, D, L, A,
    DLA of de los Ángeles — the particles' first letters and the devotional name's."""
    first = n.other_given[0]
    particles = n.given[len(first):len(n.given) - len(n.middles[0])]
    letters = "d" + ("l" if particles.startswith(("dela", "delo")) else "")  # de la, de los, de las
    letters += n.middles[0][0]
    it = iter(letters)
    return 0 < len(written) <= len(letters) and written.isalpha() and all(ch in it for ch in written)


def _middle_pair(p: str, q: str) -> str:
    """One middle name against another: ``agree`` (written out alike), ``initial agrees`` (an
    initial alike, one an initial of the other, or one name's two spellings) or ``conflict``."""
    if p == q:
        return "agree" if len(p) > 1 else "initial agrees"
    if (p[0] == q[0] and min(len(p), len(q)) == 1) or (min(len(p), len(q)) > 1 and _one_middle(p, q)):
        return "initial agrees"
    return "conflict"


#: Given-name levels at which two names are two people's names, not one name's spellings.
_OTHER_NAMES = frozenset({"different", "other-sex form", "related form, one sex", "initial conflicts",
                          "one edit, both real", "two edits, both real"})


def _one_middle(p: str, q: str) -> bool:
    """Whether two middle names written out, of one first letter, may be one name: a slip
    (Micheal / Michael), a nickname, another spelling or another language's form (Bill /
    William, Mohammed / Muhammad, Katherine / Kathryn: :func:`given_level`). Two names of
    their own (Ali / Asif, Ann / Alice) are two people's, as their initials would be if they
    differed (Mohammed Ali Khan / Mohammed Asif Khan was "initial agrees" at 100); nor are two
    surnames of their own a letter or two apart, where the words are likelier surnames (a
    Spanish first surname read as a middle name: Juan Hernandez Soto / Juan Fernandez Soto was
    100, helper-137's review; Rivera / Rivero), unless the letters are one sound's (Hernandez /
    Hernandes, Carvajal / Carbajal). Names alike to the ear are one name's spellings (Ines /
    Inez, Ybarra / Ibarra: helper-138's attack)."""
    level = given_level(p, q)
    if level in ("nickname", "transliteration"):
        return True  # (Hussain / Hussein: one name romanized two ways)
    if level == "one edit" and _inner_vowel_apart(p, q) and max(_given_odds(p), _given_odds(q)) > SURNAME_ODDS:
        # Raza / Reza, Hassan / Hessan: one name's vowel romanized two ways; not two given
        # names of their own (Jean / Joan, Jane / June, Dana / Dina: "one edit, both real";
        # Jamal / Jamil, Diane / Duane: other names, helper-166's attack), nor two words far
        # likelier surnames, a Spanish first surname read as a middle name (Pena / Pina)
        return True
    surnames = _given_odds(p) + _given_odds(q) < 0  # (likelier surnames: a first surname read as a middle name)
    if surnames and word_level(p, q, surname=True) in _REAL_SURNAMES_AS_GIVEN and not _interchanged(p, q):
        return False  # Hernandez / Fernandez, Rivera / Rivero: two families' names
    if _spelt_alike(p, q):
        return True  # Ines / Inez, Carvajal / Carbajal, Ybarra / Ibarra (helper-138's attack)
    return level not in _OTHER_NAMES


def _inner_vowel_apart(p: str, q: str) -> bool:
    """Whether two words of four letters or more differ in one vowel only, put for another
    inside the word (Raza / Reza: Ali Raza Naqvi / Ali Reza Naqvi was a conflict of middle
    names, 0.0, helper-162's blind review) — not its last letter, which makes another family's
    or the other sex's name (Rivera / Rivero, Mario / Maria)."""
    if len(p) != len(q) or len(p) < 4:
        return False
    apart = [i for i, (x, y) in enumerate(zip(p, q)) if x != y]
    return len(apart) == 1 and 0 < apart[0] < len(p) - 1 and p[apart[0]] in _VOWELS and q[apart[0]] in _VOWELS


def _spelt_alike(p: str, q: str) -> bool:
    """Two spellings of one name as a clerk hears it: alike to the metaphone code (Ines / Inez,
    Katharina / Catherine), or :func:`_interchanged`."""
    return jellyfish.metaphone(p) == jellyfish.metaphone(q) or _interchanged(p, q)


def _interchanged(p: str, q: str) -> bool:
    """One letter apart by letters one sound is written with (b / v, s / z, c / k …:
    :data:`_INTERCHANGEABLE`; y / i: Ybarra / Ibarra, Carvajal / Carbajal)."""
    if len(p) != len(q):
        return False
    apart = [(x, y) for x, y in zip(p, q) if x != y]
    return len(apart) == 1 and (frozenset(apart[0]) in _INTERCHANGEABLE or set(apart[0]) == {"i", "y"})


def _middles_kept(a: tuple[str, ...], b: tuple[str, ...]) -> bool | None:
    """Whether the fewer middle names of one side are some of the other's, in order, a name
    written out or as its initial (Francisco Javier Madrigal Rojas / F. Madrigal Rojas,
    John Michael Paul Smith / John Paul Smith: one of two middle names left out): True when
    each is written out on both sides, False when one is an initial, None when they are not
    the other's (a conflict)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == len(long):
        return None
    whole, rest = True, iter(long)
    for word in short:
        for other in rest:
            if word == other or (len(word) == 1 or len(other) == 1) and word[0] == other[0]:
                whole = whole and word == other and len(word) > 1
                break
        else:
            return None
    return whole


def _middle_tf(a: PersonName, b: PersonName) -> str:
    """The given name and the middle name two agreeing names share, as the middle comparison's
    term frequency is looked up ("john paul"): the first middle name both write, after the
    given name written out."""
    given = max(a.given, b.given, key=len)
    shared = next((m for m in a.middles if m in b.middles), a.middles[0])
    return f"{given} {shared}"


def generation_level(a: PersonName, b: PersonName) -> str | None:
    if not a.generation and not b.generation:
        return None
    if a.generation == b.generation:
        return "same"
    if a.generation and b.generation:
        return "conflict"
    return "one side"


#: Levels that are one name written alike (for the swapped-order guard).
_STRONG = frozenset({"exact", "former name", "part shared", "nickname", "transliteration"})
#: Levels of one name a letter apart, a slip or two real names (whose own bits say which): a
#: swapped reading with one beside a part written alike is the swap and one slip (Sylvia
#: Brandt / Brant Sylvia, helper-137's review: Brandt and Brant are both real surnames, which
#: the surname's level weighs; the swap's cost is that of any slip beside it).
_NEAR = frozenset({"one edit", "one edit, both real"})
#: Levels that are one name with a slip: a swapped reading with one in each part is a
#: reordering and two slips (Jack Stubbhw / Stubbs Jaxck).
_SLIPS = frozenset({"one edit", "one edit, both real", "two edits"})
#: How many letters a swapped reading's part may be from the other name's part for the
#: reading to be tried without a part written alike (:func:`readings`): the levels decide.
SWAP_SLIP = 2


@dataclass(frozen=True, slots=True)
class Level:
    """One comparison's level before it is weighed: the weight comes from the weights file,
    or for an ``exact`` surname or given name from the word's frequency (``tf``: the word)."""

    comparison: str
    level: str
    left: str
    right: str
    tf: str = ""


#: The names men go by after their generation (a hand list, written for this project: US
#: usage): a Jr.'s Junior, Chip or Sonny, a II's Deuce, a III's Trey or Tripp.
GENERATION_CALL_NAMES = {"jr": frozenset({"junior", "chip", "sonny"}), "ii": frozenset({"deuce"}),
                         "iii": frozenset({"trey", "tripp", "trip", "tre"})}
#: The given-name levels a generation's call name may lift (two names of their own otherwise).
_CALL_NAME_LEVELS = frozenset({"different", "other-sex form", "related form, one sex"})


def _first_given(n: PersonName) -> str:
    """The first name of a compound given name (José of José del Carmen), else the given name:
    whose sex a middle name taken for a given name is checked against (helper-145's review:
    Carmen López met José del Carmen López at 33.2, a woman's name against a man's)."""
    return n.other_given[0] if _devotional_middle_of(n) else n.given


def _generation_call_name(a: PersonName, b: PersonName) -> bool:
    """Whether one name's given name is a call name of the other's generation, the other
    name writing no generation of its own (Robert Johnson III / Trey Johnson; not Robert
    Johnson Jr. / Trey Johnson, nor Robert Johnson / Trey Johnson: the father, or anyone)."""
    return any(x.generation and not y.generation and y.given in GENERATION_CALL_NAMES.get(x.generation, ())
               for x, y in ((a, b), (b, a)))


def person_levels(a: PersonName, b: PersonName, *, order: str = "", local: LocalNames | None = None
                  ) -> list[Level]:
    """The levels of every comparison of two parsed names (one reading): surname, given
    name, middle names, generation and, for a reading other than the straight one, order.
    ``local``: the names of the data being screened (borne by the parties of several cases),
    names of their own there whatever the Census says."""
    sur, sx, sy = surname_level(a, b, local)

    def given(x: str, y: str) -> str:
        if local is None or x == y:
            return given_level(x, y)
        return given_level(x, y, _local_flags(x, y, False, local))

    out = [Level("surname", sur, sx, sy, sx if sur == "exact" else "")]
    # a second given form on both sides (Jean of Jean-Luc, Jean of Jean-Pierre) proves nothing;
    # a form standing for the whole name (Ji of Ji-yeon, Bill of William "Bill") counts only
    # written alike: a slip of a fragment (Jiu / Ji) is a slip of no name at all
    if not a.other_given and not b.other_given:  # one given form each: the options below are one
        giv = (given(a.given, b.given), a.given, b.given)
    else:
        options = [(lv, x, y) for i, x in enumerate(_given_options(a)) for j, y in enumerate(_given_options(b))
                   if (i == 0 or j == 0) and _given_option(lv := given(x, y), x, y, i == j == 0)]
        giv = min(options, key=lambda o: _GIVEN_RANK[o[0]])
    korean_names = _korean_pair(a, b)
    if korean_names is not None:
        pa, pb, apart = korean_names
        same = korean.same_given(pa, pb)
        if giv[0] in _KOREAN_WEAKER:
            if same:
                # Myung-sug/Myeong-sug, Jung-hun/Jeong-hun: one Korean given name romanized
                # two ways, read so only beside two Korean surnames (Leola and Nora Johnson
                # stay two names)
                giv = ("transliteration", a.given, b.given)
            elif giv[0] in _KOREAN_NEAR and apart == 2 and not korean.same_given(pa, pb, loose=True):
                # Sung-soo / Young-soo, Young-eun / Young-min, each written in syllables: two
                # Korean given names a syllable apart are two related names of their own (as
                # Helen and Helena are: 8 bits against), not two slips; the same date of birth
                # brings back a romanization no table here knows
                giv = ("related form, one sex", a.given, b.given)
        elif giv[0] == "one edit" and apart == 2 and not korean.same_given(pa, pb, loose=True):
            # Seo-jun / Seo-jin, Su-bin / Su-min, each written in syllables: one letter makes
            # another syllable, a name of its own (a sibling's, who shares the other syllable
            # by custom), not a slip (98.5 to 99.8 without a date: helper-162's blind review), as
            # two Chinese names written so are (:func:`_chinese_syllable_apart`)
            giv = ("related form, one sex", a.given, b.given)
        elif (len(pa) >= 2 and len(pb) >= 2 and giv[0] in FRAGMENT_LEVELS and "".join(pa) != "".join(pb)
              and not korean.same_given(pa, pb, loose=True)):
            # Eun-ji / EUN JU, Mi-sook / Mi Sun, Eun Ji / Eun Ju: two Korean given names whose
            # first syllables agree were met on that syllable alone (100, the second read as a
            # middle name or a fragment); whole, they are a syllable apart
            giv = ("related form, one sex", "".join(pa), "".join(pb))
        if (sur not in _SURNAME_SPELT_ALIKE and (same or giv[0] == "exact")
                and korean.same_surname(a.surname, b.surname)):
            # Choi/Choe, Cho/Jo, Park/Bak, Lee/Yi: one Korean surname romanized two ways, read
            # so only beside one Korean given name (John Park and John Bak are two families;
            # Min-jun Jo and Min-eun Cho, a slip and a romanization, two coincidences)
            sur, sx, sy = "transliteration", a.surname, b.surname
            out[0] = Level("surname", sur, sx, sy)
    elif (giv[0] in _CHINESE_NEAR and a.sex_marker and b.sex_marker and a.given != b.given
          and _VIETNAMESE_SYLLABLE.fullmatch(a.given) and _VIETNAMESE_SYLLABLE.fullmatch(b.given)):
        # Minh / Manh, Thanh / Thang: two Vietnamese given names (each name read as one, a middle
        # name saying a man or a woman on both sides) a letter apart are two names of one
        # syllable each, not a slip (helper-113's and helper-116's reviews); a letter no syllable
        # ends in is one (Nhien / Nhieb, a generated slip)
        giv = ("related form, one sex", a.given, b.given)
    elif giv[0] in _CHINESE_NEAR and _chinese_syllable_apart(a, b, giv[0]):
        # Mei-ling / Mei-li, Yi-hsuan / Yi-hsin: two Chinese given names written in syllables,
        # one of them another syllable, are two related names of their own, as two Korean ones
        # are (helper-113's review), not one's slip
        giv = ("related form, one sex", a.given, b.given)
    if giv[0] in _CALL_NAME_LEVELS and _generation_call_name(a, b):
        # Trey for a III, Junior or Chip for a Jr., Deuce for a II: the name a man goes by
        # after his generation, against his given name beside that generation (helper-144's
        # review: Robert Johnson III / TREY JOHNSON met at 0.0); read as a nickname is
        giv = ("nickname", a.given, b.given)
    if giv[0] in _NEAR_GIVEN and _mans_generation_womans_name(a, b):
        # a generation says a man (Jr., Sr., III), a woman's name on either side another person:
        # Pat Flynn Sr. / FLYNN, PATRICIA A., Charlie Dunne Jr. / DUNNE, CHARLOTTE met at 94.5-94.7
        # as a nickname (helper-172's blind review)
        giv = ("other-sex form", a.given, b.given)
    if _GIVEN_RANK[giv[0]] > _INITIAL_FITS:
        # a given name written where the other side has its middle name ("J. Robert Smith" / "Robert Smith")
        sides = ((a.given, b.middles, _first_given(b)), (b.given, a.middles, _first_given(a)))
        for x, y, other in sides:
            # (or the last of two middle names or more, as an English name is written after a
            # Korean or a Chinese one: Grace Kim / KIM, EUN HYE GRACE met at 0.0, helper-172's
            # blind review)
            if x and y and len(x) > 1 and (x == y[0] or len(y) >= 2 and x == y[-1]) and not _opposite_sexes(x, other):
                giv = ("given as other's middle", a.given, b.given)
        if _GIVEN_RANK[giv[0]] > _MISSING:
            # the name a person goes by against the legal first name and that name's initial
            # as the middle initial, as records write them (Scott Miller / WILLIAM S MILLER:
            # helper-144's review; 0.0 before, the given names read as two names), read only
            # where the given names are two names (a slip, davi / david, says more)
            for x, y, other in sides:
                if (x and y and len(x) > 1 and len(y[0]) == 1 and x[0] == y[0] and len(other) > 1
                        and not _opposite_sexes(x, other)):
                    giv = ("given as other's middle initial", a.given, b.given)
    out.append(Level("given", giv[0], giv[1], giv[2], giv[1] if giv[0] == "exact" else ""))
    ma, mb = a, b
    if sur in ("part shared", "second surname differs") and not _parts_shared(a, b):
        # the middle name read as a part of the other's double surname is no middle name of its
        # own ("Avelia Dawn Eastwood" / "Avelia Eastwood Ly": Dawn against no middle name, not
        # against Eastwood)
        in_a, in_b = _middle_as_surname(a, b)
        if sur == "second surname differs" and (in_a, in_b) == (False, False) and _first_surname_shared(a, b):
            in_a = in_b = True  # a first surname both write, weighed in the surname's level (Ruiz Ortega / Ruiz Medina)
        ma = replace(a, middles=a.middles[:-1]) if in_a else a
        mb = replace(b, middles=b.middles[:-1]) if in_b else b
    mid = middle_level(ma, mb)
    if a.sex_marker and b.sex_marker and _markers_conflict(a.sex_marker.split(), b.sex_marker.split()):
        # Thi (a woman) against Van, Duc… (a man): two people, whatever else agrees (Lan Thi
        # Nguyen / Lan Van Nguyen met at 99.9 with both left out of the parts); and two men's
        # middle names none of which the other writes are two names (Le Van Hung / Le Duc Hung:
        # helper-113's review; not Nguyen Van Quoc Hung / Nguyen Quoc Hung, Van left out)
        mid = ("conflict", a.sex_marker, b.sex_marker)
    if mid is not None and giv[0] not in _GIVEN_AS_MIDDLE:
        # an agreeing middle name is weighed by how often it follows this given name (tf)
        out.append(Level("middle", *mid, _middle_tf(ma, mb) if mid[0] == "agree" else ""))
    gen = generation_level(a, b)
    if gen is not None:
        out.append(Level("generation", gen, a.generation, b.generation))
    if order == "swapped":
        # a given name against the surname made from it is two names, however near the letters
        if sur != "exact" and _made_from(a.surname, b.surname):
            sur = "different"
        if giv[0] != "exact" and _made_from(a.given, b.given):
            giv = ("different", giv[1], giv[2])
        sur, giv = _real_in_either_role(sur, giv, sx, sy)
        out = [Level("surname", sur, sx, sy) if lv.comparison == "surname" and lv.level != sur
               else Level("given", *giv) if lv.comparison == "given" and lv.level != giv[0] else lv for lv in out]
        # with three words or more, the surname must be written alike ("Anna Michael Brown" read
        # as Michael Brown Anna is not Michael Brown): a reordering plus a near part is two coincidences
        three = bool(a.middles or b.middles)
        whole = sur in ("exact", "former name") or sur == "part shared" and _double_written_out(a, b)
        # (a given name whose initial is the other's middle initial, beside the surname written
        # alike, is as strong: THORNBURY ROBERT B, the comma left out, is Blake Thornbury's docket
        # as ROBERT B THORNBURY is — helper-148's review, 0.1 before; not a middle name written
        # out, which met every three-word name read the other way round: Douglas Allen Grant /
        # Grant Allen Douglas, helper-138's review)
        strong = (sur in _STRONG and giv[0] in _STRONG and not (three and not whole)
                  or giv[0] == "given as other's middle initial" and whole)
        near = ((sur in _STRONG and giv[0] in _NEAR) or (giv[0] in _STRONG and sur in _NEAR)) and not (
            three and sur not in _STRONG)
        # a slip in each part (no part written alike) is the swap and two slips, each costing
        # what a slip beside a swap costs; with three words or more it is no reading
        slips = sur in _SLIPS and giv[0] in _SLIPS and not three
        level = ("swapped" if strong else "swapped, a part one edit" if near
                 else "swapped, a slip in each part" if slips else "swapped, a part not exact")
        out.append(Level("order", level, "", ""))
    elif order == "joined":
        # a space taken out, and the other part written alike: "Geo Rge Artis" / "George Artis";
        # a slip on both parts on top of it ("John A. Smith" / "Johna Smith") is not one name
        fits = sur in _STRONG or giv[0] in _STRONG
        out.append(Level("order", "joined" if fits else "joined, a part not exact", "", ""))
    elif order:
        out.append(Level("order", order, "", ""))
    return out


#: The levels of a slip: a word that is no name of its own.
_SLIP_LEVELS = frozenset({"one edit", "two edits"})
#: Surname levels of two real surnames a letter or two apart, and the given-name level each
#: stands for when the two words are read as given names.
_REAL_SURNAMES_AS_GIVEN = {"one edit, both real": "one edit, both real",
                           "one vowel apart, both real": "one edit, both real", "two edits, both real": "different"}
#: Given-name levels of two given names of their own a letter or two apart, and the surname
#: level each stands for when the two words are read as surnames.
_REAL_GIVEN_AS_SURNAMES = {"one edit, both real": "one edit, both real", "different": "different",
                           "other-sex form": "different", "related form, one sex": "different"}


def _real_in_either_role(sur: str, giv: tuple[str, str, str], sx: str, sy: str) -> tuple[str, tuple[str, str, str]]:
    """A swapped reading's surname and given-name levels, where a pair it reads as a slip is
    two names of their own in the other role: a reading written the other way round is
    unsure which words are the surnames, and a word that is a name of its own either way is
    no slip of another (Sato / Saito, both real surnames, read as given names beside Yuki;
    Ada / Ida, two given names, read as surnames beside Wu: helper-137's review) — where the
    pair's words are likelier in the other role (Brian / Brain read as given names stays a slip
    of Brian, though Brain is a surname)."""
    if giv[0] in _SLIP_LEVELS and _given_odds(giv[1]) + _given_odds(giv[2]) < 0:
        as_surnames = word_level(giv[1], giv[2], surname=True)
        if as_surnames in _REAL_SURNAMES_AS_GIVEN:
            giv = (_REAL_SURNAMES_AS_GIVEN[as_surnames], giv[1], giv[2])
    if sur in _SLIP_LEVELS and sx and sy and _given_odds(sx) + _given_odds(sy) > 0:
        as_given = given_level(sx, sy)
        if as_given in _REAL_GIVEN_AS_SURNAMES:
            sur = _REAL_GIVEN_AS_SURNAMES[as_given]
    return sur, giv


def _double_written_out(a: PersonName, b: PersonName) -> bool:
    """Whether one side's double surname is written whole on the other side, in its order, as
    its last middle names and surname (Navarro Gil / Francisco Javier Navarro Gil): the surname
    is then the same, though its parts are read apart. In the other order it is another
    (García López / López García: two families' lines, helper-138's attack)."""
    for one, other in ((a, b), (b, a)):
        parts = one.surname_parts
        if len(parts) >= 2:
            written = (*other.middles, *other.surname_parts)
            if any(written[i:i + len(parts)] == parts for i in range(len(written) - len(parts) + 1)):
                return True
    return False


def _given_option(level: str, x: str, y: str, whole: bool) -> bool:
    """Whether a pair of given forms is an option of the given-name comparison: the two whole
    names always; a second form (a hyphenated name's first part, a quoted nickname, a joined
    reading's first part) only at :data:`FRAGMENT_LEVELS`."""
    if whole:
        return True
    return level in FRAGMENT_LEVELS


#: The given-name levels at which a second given form (the first part of a hyphenated name,
#: a quoted nickname) stands for the name: written alike, as an initial or as a nickname.
FRAGMENT_LEVELS = frozenset({"exact", "nickname", "initial fits"})

#: Given-name levels, the strongest first (which of several given forms to report).
GIVEN_ORDER = ("exact", "nickname", "transliteration", "one edit", "initial fits", "one edit, both real",
               "two edits", "phonetic", "similar", "given as other's middle", "given as other's middle initial",
               "missing", "related form, one sex", "another name, same surname and birth date",
               "initial conflicts", "different", "other-sex form")
_GIVEN_RANK = {level: i for i, level in enumerate(GIVEN_ORDER)}
#: The generations only men write after their names.
_MENS_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: The given-name levels of two forms of one name or a slip, which a man's generation beside a
#: woman's name overrules (:func:`person_levels`).
_NEAR_GIVEN = frozenset({"nickname", "transliteration", "one edit", "one edit, both real", "two edits", "phonetic",
                         "similar"})
#: The share of women among a given name's bearers from which it is a woman's name.
WOMANS_SHARE = 0.95
_INITIAL_FITS = _GIVEN_RANK["initial fits"]
_MISSING = _GIVEN_RANK["missing"]
#: The levels at which one side's given name is the other's middle name, written out or as its
#: initial: that middle name is the given name's, not a middle name of its own to compare.
_GIVEN_AS_MIDDLE = frozenset({"given as other's middle", "given as other's middle initial"})


def _swap(n: PersonName) -> PersonName | None:
    """The same words read surname first, without a comma: ``Zhang Wei`` → Wei Zhang,
    ``Chavarría Julio César`` → Julio César Chavarría."""
    parts = _swapped_parts(n)
    return None if parts is None else _swapped(n, parts)


def _swapped(n: PersonName, parts: tuple[str, str]) -> PersonName:
    """:func:`_swap`'s reading of ``n``, whose (given name, surname) are ``parts``."""
    given, surname = parts
    surname_parts: tuple[str, ...] = (surname,)
    if surname == n.given and n.other_given and _double_surname(n.other_given[0], n.given[len(n.other_given[0]):]):
        # a hyphenated double surname written first is read as a hyphenated given name (its first
        # part a second form): read surname first, it is its two parts (Mendoza-Ruiz Ana)
        surname_parts = (n.other_given[0], n.given[len(n.other_given[0]):])
    return PersonName(given=given, middles=(*n.middles[1:], n.surname) if n.middles else (), surname=surname,
                      surname_parts=surname_parts, generation=n.generation, other_given=(),
                      other_surnames=n.other_surnames, sex_marker=n.sex_marker)


def _double_surname(first: str, second: str) -> bool:
    """Whether two words, a hyphenated given name's parts, are two surnames (Mendoza and Ruiz,
    not Jean and Luc): each more borne as a surname than as a given name."""
    return len(second) > 1 and _given_odds(first) < 0 and _given_odds(second) < 0


def _joined(n: PersonName) -> tuple[PersonName, ...]:
    """The readings of a name with a space typed inside one of its parts taken out: the
    middle words joined to the given name ("Geo Rge Artis" → George Artis) or to the
    surname ("Jade P Aine" → Jade Paine)."""
    if not n.middles or not n.given:
        return ()
    glued = "".join(n.middles)
    surname = glued + n.surname
    joined_surname = replace(n, middles=(), surname=surname, surname_parts=(surname,))
    if any(len(m) == 1 for m in n.middles):
        return (joined_surname,)  # a middle initial ("John A. Smith") is no part of the given name
    # the given name joined keeps its first part as a second form, as a hyphenated one does
    # (HA YUN read as Hayun is still Ha-yun: a Korean given name in syllables)
    return replace(n, given=n.given + glued, middles=(), other_given=(n.given, *n.other_given)), joined_surname


def readings(a: PersonName, b: PersonName) -> list[tuple[PersonName, PersonName, str]]:
    """The ways two names may be read against each other: straight; either side written
    surname first (``Zhang Wei`` / ``Wei Zhang``); and, when only one side has middle words,
    with a space inside a part taken out (``Geo Rge`` / ``George``), straight or swapped.
    Each is (a, b, order): order "" (straight), "swapped" or "joined"."""
    if _written_surname_first(a) and _written_surname_first(b):
        # both written surname first (Chen Jianguo / Chen Jianhua): the straight reading is
        # each read so, its given names the joined ones (not Chen as the given name, which met
        # at 99.6 with the two given names' syllables read as a surname's two slips:
        # helper-162's blind review)
        a, b = _swapped(a, (a.surname, a.given)), _swapped(b, (b.surname, b.given))
    out = [(a, b, "")]
    if a.surname == b.surname and a.given == b.given:
        return out
    bases = [(a, b, "")]
    if a.middles and (not b.middles or _prefix_apart(a, b)):
        bases += [(x, b, "joined") for x in _joined(a)]
    elif b.middles and (not a.middles or _prefix_apart(b, a)):
        bases += [(a, y, "joined") for y in _joined(b)]
    for x, y, joined in bases:
        if joined and _lines_up(x, y, a, b):
            out.append((x, y, joined))
        # a swapped reading is tried only where it lines up a part written alike: otherwise it
        # only reshuffles two different names (each side's swap looked at before it is made)
        # (a Korean surname spelt another way lines up too: Bak Ji-hun / Ji-hun Park)
        # (or, with no part alike, puts each part a slip from the other's: Jack Stubbhw / Stubbs
        # Jaxck, which person_levels weighs as the swap and two slips)
        two_words = not x.middles and not y.middles  # (with three, a slip in each part is no reading)
        swapped = _swapped_parts(y)
        if swapped is not None and (x.surname == swapped[1] or _same_given(x.given, swapped[0])
                                    or korean.same_surname(x.surname, swapped[1])
                                    or two_words and _slips_apart(x, swapped)):
            out.append((x, _swapped(y, swapped), "swapped"))
        swapped = _swapped_parts(x)
        if swapped is not None and (swapped[1] == y.surname or _same_given(swapped[0], y.given)
                                    or korean.same_surname(swapped[1], y.surname)
                                    or two_words and _slips_apart(y, swapped)):
            out.append((_swapped(x, swapped), y, "swapped"))
        if not joined:
            # a name of three words or more written with a double surname first (Navarro Gil
            # Francisco J)
            if (r := _surname_first(y, x)) is not None:
                out.append((x, r, "swapped"))
            if (r := _surname_first(x, y)) is not None:
                out.append((r, y, "swapped"))
    return out


#: The prefixes a surname is written with, joined or after an apostrophe, which a name may write
#: apart from it where the other writes a middle initial (O'Connor, McKenna; blocking files the
#: name joined too). Not D and L, common middle initials (Thomas D. Amato / DAMATO, THOMAS J. met
#: at 99.9 in a first version: helper-174's review).
SURNAME_PREFIXES = frozenset({"o", "mc", "mac"})


def _prefix_apart(x: PersonName, y: PersonName) -> bool:
    """Whether ``x``'s one middle word is a surname's prefix written apart from it that, joined,
    is ``y``'s surname (Kathleen O Connor / O'Connor, Kathleen M.: the O read as a middle
    initial conflicting with M met at 0.0, helper-172's blind review)."""
    return len(x.middles) == 1 and x.middles[0] in SURNAME_PREFIXES and x.middles[0] + x.surname == y.surname


def _written_surname_first(n: PersonName) -> bool:
    """Whether ``n``, two words, is a Chinese name written surname first without a comma: its
    first word a Chinese surname (:data:`CHINESE_SURNAMES`), its last none, and that last a
    given name joined from two syllables (:func:`_joined_syllables`: Chen Jianguo, Li Jiahui).
    (Joined with a hyphen, :func:`_chinese_surname_first` reads such a name so as it is parsed.)"""
    return (not n.middles and not n.other_given and not n.generation and n.given in CHINESE_SURNAMES
            and n.surname not in CHINESE_SURNAMES and _joined_syllables(n.surname) is not None
            and not _known_surname(n.surname))  # (Lee Logan, Lee Hogan: an American's, helper-166's attack)


def _surname_first(n: PersonName, other: PersonName) -> PersonName | None:
    """The reading of ``n``, a name of three words or more, written surname first other than
    :func:`_swap`'s, where it lines up with ``other`` (helper-137's review): its first two words a
    double surname, the third the given name, kept where that given name is the other's and the
    other writes both surnames (Navarro Gil Francisco J / Francisco Javier Navarro Gil,
    Hernandez Ramirez Jose L: a middle initial last, with no comma, was read as the surname).
    Written in the other order (Blanco Romero Lucia / Lucia Romero Blanco) the surnames are not
    the same (:func:`_double_written_out`): the date of birth decides. (Every word the other way
    round was tried too, and withdrawn: Thomas Lee James / James Lee Thomas met at 100,
    helper-138's attack.) None where it has no such reading."""
    if not n.middles or not n.given or n.generation or n.other_given:
        return None
    words = (n.given, *n.middles, *n.surname_parts)
    if len(words) < 3:
        return None  # a given name and a middle one, no surname ("John Smith -": helper-148's review)
    first, second, given = words[0], words[1], words[2]
    theirs = {*other.surname_parts, *other.middles}
    if (min(len(first), len(second), len(given)) > 1 and first != second and first in theirs and second in theirs
            and len(other.surname_parts) + len(other.middles) >= 2 and _same_given(given, other.given)):
        return PersonName(given=given, middles=words[3:], surname=first + second, surname_parts=(first, second),
                          generation="", other_surnames=n.other_surnames, sex_marker=n.sex_marker)
    return None


def _lines_up(x: PersonName, y: PersonName, a: PersonName, b: PersonName) -> bool:
    """Whether a joined reading (x, y) of (a, b) lines up the part it joined with the other
    side's, written alike or a letter apart (Geo Rge / George, P Aine / Paine): otherwise the
    space taken out only made a new word (PARK, EUN JU read as Eun Jupark met Eun-ji Park's
    first syllable at 99.2). A middle initial joined to the surname lines it up only written
    alike (Jade P Aine / Paine): there the letter is far more often a middle initial, and a slip
    on top of it read SOCORRO C RUIZ as Socorro Cruz at 99.9 (as blocking meets it:
    coi.names.index.Reading). A surname of one letter joined (Phoebe Melhm A) may have its slip."""
    if x is not a:
        return (x.given != a.given and OSA.distance(x.given, y.given) <= 1) or (
            x.surname != a.surname and OSA.distance(x.surname, y.surname) <= _join_slack(a))
    return (y.given != b.given and OSA.distance(y.given, x.given) <= 1) or (
        y.surname != b.surname and OSA.distance(y.surname, x.surname) <= _join_slack(b))


def _join_slack(n: PersonName) -> int:
    """The slips a surname joined from ``n``'s words may have beside the other's and line up
    (:func:`_lines_up`): none where a middle initial was joined to a surname of its own, one
    otherwise — as where the letter is a prefix written apart (:data:`PREFIX_LETTERS`: Liam O
    Neil / Liam O'Neill, Paul D Soza / Paul D'Souza; 0.0 on the first version, helper-149)."""
    return 0 if len(n.surname) > 1 and any(len(m) == 1 and m not in PREFIX_LETTERS for m in n.middles) else 1


#: The letters a surname's prefix is written with apart from it (O Brien, D Angelo, L Esperance):
#: not taken for a middle initial where they are joined to the word after them, in blocking
#: (coi.names.index) as in the comparison (:func:`_join_slack`).
PREFIX_LETTERS = frozenset("odl")


def _swapped_parts(n: PersonName) -> tuple[str, str] | None:
    """(given name, surname) of :func:`_swap`'s reading of ``n`` (None where it has none),
    without making it: most swapped readings line up nothing and are not tried."""
    if not n.given or not n.surname or len(n.given) == 1:
        return None
    if not n.middles:
        return n.surname, n.given
    if len(n.middles[0]) == 1:
        return None  # "John R. Smith" is not surname-first
    return n.middles[0], n.given


#: Endings a surname made from a father's given name adds to it (the given name's own ending
#: left off first: Nikolaos → Nikolaou, Ioannis → Ioannou, Ivan → Ivanov, Peter → Peters,
#: Martin → Martinez, Fernando → Fernandez), as far as a swapped reading tries (two letters).
_PATRONYMIC_ENDINGS = ("ou", "ov", "ova", "ev", "eva", "s", "es", "ez", "ovich")
_GIVEN_ENDINGS = ("os", "as", "is", "es", "o", "a", "e", "")


def _patronymic(given: str, surname: str) -> bool:
    """Whether ``surname`` is a surname made from the given name ``given`` (a given name many
    bear): Christos / Christou, Ivan / Ivanov, William / Williams."""
    if len(given) < 3 or not known_given(given):
        return False
    for end in _GIVEN_ENDINGS:
        if given.endswith(end) and len(given) - len(end) >= 3:
            stem = given[:len(given) - len(end)]
            if any(surname == stem + p for p in _PATRONYMIC_ENDINGS):
                return True
    return False


def _made_from(a: str, b: str) -> bool:
    """In a swapped reading one of two words stood as a given name and the other as a surname:
    whether either is the surname made from the other (Nikolaos Christou / Christos Nikolaou
    are two Greek names, not one written the other way round)."""
    return _patronymic(a, b) or _patronymic(b, a)


def _slips_apart(n: PersonName, parts: tuple[str, str]) -> bool:
    """Whether the swapped reading ``parts`` (given name, surname) of the other name puts each
    of its parts at most :data:`SWAP_SLIP` letters from ``n``'s, neither written alike: the
    reading is then worth weighing (its levels say whether each is a slip)."""
    given, surname = parts
    return (n.given != given and n.surname != surname and len(n.given) > 1
            and OSA.distance(n.given, given, score_cutoff=SWAP_SLIP) <= SWAP_SLIP
            and OSA.distance(n.surname, surname, score_cutoff=SWAP_SLIP) <= SWAP_SLIP)


def _same_given(a: str, b: str) -> bool:
    return a == b or (len(a) > 1 and len(b) > 1 and nickname_match(a, b))



# ---------------------------------------------------------------- parsing, fast

#: Two or three plain words, or a given name and a surname with one or two initials between
#: them ("Henry B Keeble", "Ana M. L. Diaz": a docket's commonest writing after the plain one).
_PLAIN_NAME = re.compile(r"[a-z]{2,}(?: [a-z]{2,}| [a-z]\.?(?: [a-z]\.?)?)? [a-z]{2,}")


@lru_cache(maxsize=1)
def _parser_words() -> frozenset[str]:
    """The words nameparser reads as something other than a name part (titles, suffixes,
    particles, conjunctions): a name holding one of them goes to nameparser."""
    from nameparser.config import CONSTANTS

    words = set(CONSTANTS.titles) | set(CONSTANTS.suffix_acronyms) | set(CONSTANTS.suffix_not_acronyms)
    words |= set(CONSTANTS.prefixes) | set(CONSTANTS.conjunctions)
    return frozenset(words) | PARTICLES | frozenset(GENERATIONS)


def _plain_person(form: str) -> PersonName | None:
    """Two or three plain words ("Ana Maria Diaz"), or a given name and a surname with one or
    two initials between them ("Henry B. Keeble"): given, middles, surname, as nameparser
    would read them, without its cost. None for anything else."""
    low = form.lower()
    if not _PLAIN_NAME.fullmatch(low):
        return _hyphenated_person(low)
    words = low.replace(".", "").split()
    if len(words[0]) == 2 and _two_initials(words[0], words[-1]) or words[0] in GIVEN_WRITTEN_SHORT:
        return None  # (JD Hargrove: two initials; Wm Harmon: William; as parse_person reads them)
    # (one initial between two words is a middle initial to nameparser too, even one that spells
    # a conjunction or a generation: Nolan E. Shea, Ana Y Diaz, Larry I. Gordon; two are not)
    if not _parser_words().isdisjoint(words[::2] if len(words) == 3 and len(words[1]) == 1 else words) \
            or (len(words) >= 3 and _vietnamese(low) is not None) \
            or (len(words) == 2 and _korean_surname_first(low) is not None):
        return None  # (a Vietnamese or Korean name written surname first: parse_person reads it)
    return PersonName(given=words[0], middles=tuple(words[1:-1]), surname=words[-1], surname_parts=(words[-1],),
                      generation="", sex_marker=_sex_marker(words[1:-1]) if words[-1] in VIETNAMESE_SURNAMES else "")


def _markers_conflict(a: list[str], b: list[str]) -> bool:
    """Whether two Vietnamese names' middle names say two people: a woman's against a man's, or
    two men's that share none."""
    return ("thi" in a) != ("thi" in b) or set(a).isdisjoint(b)


def _sex_marker(middles: list[str] | tuple[str, ...]) -> str:
    """The middle names a Vietnamese name says its bearer's sex by: Thi (a woman), or Van, Huu,
    Duc, Cong, Quoc (a man), each once in the order written; "" when none."""
    return " ".join(dict.fromkeys(w for w in middles if w in VIETNAMESE_MIDDLES))


_HYPHENATED_NAME = re.compile(r"([a-z]+)-([a-z]+) ([a-z]{2,})")


def _hyphenated_person(low: str) -> PersonName | None:
    """A hyphenated given name and a plain surname ("Seo-yeon Kim", lower-cased) as
    :func:`parse_person` reads it — the given name written as one (seoyeon), its first part
    also (seo) — without nameparser's cost. None for anything else."""
    m = _HYPHENATED_NAME.fullmatch(low)
    if m is None:
        return None
    first, second, surname = m.groups()
    words = _parser_words()
    if first in words or second in words or surname in words or f"{first}-{second}" in words:
        return None
    return PersonName(given=first + second, middles=(), surname=surname, surname_parts=(surname,), generation="",
                      other_given=(first,))


@lru_cache(maxsize=262144)
def person_forms(text: str) -> tuple[PersonName, ...]:
    """Every parse of ``text``: one per folded form (transliteration, skeleton), folded uncached
    (:func:`fold_forms_once`): this cache holds what the forms serve, and a screening's party
    names, each parsed once (coi.names.index.NameIndex.match_many), would only fill fold_forms'.
    A name that joins a person's names (Jose Garcia a/k/a Joe Garcia: :data:`_PERSON_ALIAS`)
    has the forms of each name it joins, which a comparison takes the best of."""
    parts = persons_named(text)
    if parts != [text]:
        return tuple(dict.fromkeys(form for p in parts for form in one_name_forms(p)))
    return one_name_forms(text)


def one_name_forms(text: str) -> tuple[PersonName, ...]:
    """The parses of ``text`` read as one person's name, whatever other names it holds; not
    kept in :func:`person_forms`' cache (each parse is :func:`parse_person`'s)."""
    if "'" in text or "\u2018" in text or "\u2019" in text:
        text = _SINGLE_QUOTED.sub(r' "\1" ', text)  # Robert 'Bobby' Lee: a nickname, as in double quotes
    forms = fold_forms_once(text)
    if may_hold_ocr_digits(text):
        # a scanner's digits read as the letters they stand for (0K0NKW0, THI 1AN), as blocking
        # reads them (coi.names.index): a form of its own beside the name as written
        forms = tuple(dict.fromkeys((*forms, *(ocr_read(f) for f in forms))))
    return tuple(_plain_person(f) or parse_person(f) for f in forms)


def persons_named(text: str) -> list[str]:
    """The names one person party's name holds: each it joins (a/k/a: :data:`_PERSON_ALIAS`),
    and the persons its capacity names beside it (:data:`_NAMED_IN`: the decedent of an estate
    its administrator sues for, the parent or next friend a minor sues by) — parties in
    interest, whose ties are as much the case's."""
    parts = [text]
    if ("/" in text or "AKA" in text or "FKA" in text or "k.a" in text or "nown" in text or "NOWN" in text) \
            and _PERSON_ALIAS.search(text) is not None:  # (the words it is written in first: most names have none)
        parts = [p.strip(" ,;") for p in _PERSON_ALIAS.split(text) if p.strip(" ,;")] or parts
    if "," in text:
        for part in list(parts):
            m = _CAPACITY.search(part)
            if m is not None and m.start() > 0:
                parts += [n.group("name") for n in _NAMED_IN.finditer(part, m.start())]
    if "/" in text or "dba" in text.lower() or "doing" in text.lower():
        # a person doing business under a name (Joseph Esposito d/b/a Joe's Auto Repair): the
        # person is the name before it (the business is screened as an organization's name)
        parts = [DOING_BUSINESS.split(p, maxsplit=1)[0].strip(" ,;") or p for p in parts]
    if " and " in text.lower() or "&" in text:
        parts = [p for part in parts for p in (_couple(part) or [part])]
    return list(dict.fromkeys(parts))


DOING_BUSINESS = re.compile(r"(?:\s*[,;]\s*|\s+)(?:d/b/a|d\.b\.a\.?|dba|doing\s+business\s+as)\b\s*[:,]?\s*",
                             re.IGNORECASE)


#: "and" or "&" between two persons one party names.
AND_JOINED = re.compile(r"\s+(?:and|&)\s+|\s*&\s*", re.IGNORECASE)
#: A word that makes a joined name a firm's or an office's, not two persons': it is then left whole.
_NOT_PERSONS = re.compile(r"\b(?:co|company|inc|llc|ltd|corp|associates|sons|bros|brothers|partners|law|offices?"
                          r"|heirs|unknown|association|foundation)\b\.?", re.IGNORECASE)  # (not Church, Bank: surnames)


def _couple(text: str) -> list[str] | None:
    """The persons a party of two names (a couple, two owners, two trustees) names, each as a
    whole name: John and Mary Smith, Smith, John & Mary, Joshi, Rahul and Meena name John Smith
    and Mary Smith, Rahul and Meena Joshi (the surname written once is both's), Hector Fuentes
    and Lidia Fuentes both; None when ``text`` joins no two persons (one "and", at most four
    words a side, no firm's word: Patrick Flynn and Flynn Roofing Co. names a person and a firm,
    the person is the first name)."""
    whole = without_description(text)
    halves = AND_JOINED.split(whole)
    described = False
    if len(halves) == 1 and whole != text:
        split = _described_halves(text)
        if split is not None:
            halves, described = split, True
    if len(halves) != 2 or not all(h.strip(" ,") for h in halves):
        return None
    first, second = (h.strip(" ,") for h in halves)
    same_surname = first.split()[-1].lower() == second.split()[-1].lower()  # (John Law and Mary Law)
    if _NOT_PERSONS.search(second) is not None and not same_surname:
        return [first] if len(first.split()) >= 2 and "," not in first else None
    if described:
        # each half wrote its own description after a name of its own: two whole names, not a
        # given name before "and" and a surname after (John Smith Lee, helper-110's review)
        return [first, second] if len(first.split()) >= 2 and len(second.split()) >= 2 else None
    if len(first.split()) > 4 or len(second.split()) > 4 or "," in second:
        return None
    if "," in first:  # Smith, John & Mary: the surname before the comma is both's
        surname, given = (w.strip() for w in first.split(",", 1))
        if not surname or not given or len(surname.split()) > 3:
            return None
        return [f"{surname}, {given}", f"{surname}, {second}"]
    second_words = second.split()
    if len(first.split()) == 1 and len(second_words) >= 2:  # John and Mary Smith
        return [f"{first} {' '.join(second_words[1:])}", second]
    if len(first.split()) >= 2 and len(second_words) >= 2:
        if not same_surname and known_given(first.split()[-1].lower().strip(".")):
            # Jose Luis and Maria Garcia: a given and a middle name before "and" and the surname
            # after, or two whole names (John Paul and Mary Smith, Hector Fuentes and Lidia Cruz)
            return [first, f"{first} {' '.join(second_words[1:])}", second]
        return [first, second]  # Hector Fuentes and Lidia Fuentes
    return None


def _described_halves(text: str) -> list[str] | None:
    """The two persons' names of a party that writes a description after each (John Smith,
    Trustee and Mary Smith, Trustee), each without it: the first description cut the rest
    (Mary Smith 0.0). None unless one "and" joins two halves and the second, without its
    description, is a name (no describing word, not begun in small letters in a name that has
    capitals: John Smith, individually and as Trustee names one person)."""
    halves = AND_JOINED.split(text)
    if len(halves) != 2:
        return None
    first, second = (without_description(h).strip(" ,") for h in halves)
    if not first or not second or _DESCRIBING_WORDS.search(second) is not None \
            or (second[0].islower() and any(c.isupper() for c in second)) or second.split()[0].lower() in ("as", "by"):
        return None
    return [first, second]


#: A person a capacity names (…, as administrator of the estate of Jose Garcia; …, by his mother
#: and next friend Maria Garcia): two to four words written with capitals after the word that
#: says who they are (initials alone, a minor's, are left out).
_NAMED_IN = re.compile(r"\b(?i:estate\s+of|next\s+friend(?:\s+of)?|guardian(?:\s+of)?|administrat(?:or|rix)|executor"
                       r"|executrix|representative|mother|father|parent)\s+"
                       r"(?P<name>[A-Z][\w'.-]*[a-zA-Z](?:\s+[A-Z][\w'.-]*[a-zA-Z]){1,3}\.?)(?=\s*(?:,|$|\s+(?i:a|an|as|and|by)\b))")


#: The words that join the names one person goes by in a docket (a/k/a, also known as, n/k/a;
#: AKA in capitals — Aka is a given name too), and a former name written whole (Mary Smith
#: f/k/a Mary Jones: a person who bore it). A former surname alone (f/k/a Jones, née Nowak) is
#: a maiden name's comparison (:data:`_MAIDEN`).
_PERSON_ALIAS = re.compile(r"(?:\s*[,;]\s*|\s+)(?:a/k/a|a\.k\.a\.?|(?-i:AKA)|also\s+known\s+as|n/k/a|n\.k\.a\.?|now\s+known\s+as"
                           r"|(?:f/k/a|f\.k\.a\.?|(?-i:FKA)|formerly\s+known\s+as)(?=\s*[:,]?\s+\S+\s+\S))"
                           r"\s*[:,]?\s+", re.IGNORECASE)
