"""Korean names in their several romanizations.

One Korean name reaches an American docket in several spellings: the Revised Romanization
of 2000 (Choe, Jeong, Myeong-suk), McCune–Reischauer without its breves and apostrophes
(Ch'oe → Choe, Chŏng → Chong, Myŏng → Myong) and the spellings families chose before either
(Choi, Chung, Jung, Myung, Park, Lee). Folding letters (coi.names.person.transliteration_key)
cannot join them without joining other names too — Jo/Cho, Bak/Park, Lee/Yi/Rhee share no
letters worth folding — so this module reads a spelling back into the Hangul it may stand for
and calls two spellings one name when they may stand for the same Hangul:

- **surnames** by a table of the Korean surnames borne by about 99 % of Koreans (Statistics
  Korea's 2015 census lists them; the spellings are those of the Revised and
  McCune–Reischauer systems and the common ones in US records, as the National Institute of
  Korean Language's surname romanization survey and the US Census surname list show them).
  A spelling one system gives another surname's common form is left out (McCune–Reischauer
  writes 성 Sŏng, which in the US is Song, 송, a different family);
- **given names** syllable by syllable, each syllable read into its letters (initial
  consonant, vowel, final consonant) by the romanizations of each letter
  (:data:`_INITIALS`, :data:`_VOWELS`, :data:`_FINALS`): Myung and Myeong are both 명,
  Seung is 승 and Seong 성 — two names.

A spelling is read as Korean only where the name looks Korean: a given name of two or three
syllables, written with a hyphen or a space between them (Myung-sug, Ha yun) or as one word no
name list knows (Minjun). So John Park and John Bak stay two surnames; Min-jun Park and
Min-jun Bak are one written two ways.
"""

from __future__ import annotations

from functools import lru_cache

# ---------------------------------------------------------------- surnames

#: Each Korean surname with its spellings: Revised Romanization, McCune–Reischauer (no
#: diacritics) and the common US spellings. A spelling under two surnames (Chun: 전 and 천)
#: may be either. Left out: a spelling that is also another people's surname of another
#: family than a spelling beside it — Chinese Yee and Lee, Yim and Lim, Chong and Chung, Wu
#: and Woo, Chin and Jin, Chi and Ji, Chu and Joo, Tan, Tong, Vietnamese Ho, To, Tu — and the
#: surnames (가, 부, 순, 시, 호) rarer in Korea than those spellings are elsewhere.
_SURNAMES = """
김 kim gim ghim
이 lee yi i rhee ri rhie
박 park pak bak bahk
최 choi choe choy
정 jung jeong chung jong joung
강 kang gang kahng
조 cho jo joh
윤 yoon yun youn yune
장 jang chang jahng
임 lim im rim leem
한 han hahn
오 oh o
서 seo suh seoh
신 shin sin shinn
권 kwon gwon kweon kwun
황 hwang whang
안 ahn an
송 song soung
유 yoo yu ryu lyu ryoo rhyu
전 jeon jun chun chon
홍 hong
고 ko go koh
문 moon mun moun
양 yang ryang
손 son sohn
배 bae pae
백 baek paek paik baik back
허 heo huh hur
남 nam nahm
심 shim sim
노 noh no roh ro rho
하 ha hah
곽 kwak gwak
성 sung seong
차 cha
주 joo ju
우 woo u
구 koo ku
민 min minn
지 ji jee
엄 eom um uhm
채 chae chai
원 won weon
천 cheon chun chon
방 bang pang
공 kong gong
현 hyun hyeon hyon
함 ham hahm
변 byun byeon pyun pyon byon
염 yeom yum youm yom
여 yeo yuh yoh
추 choo
도 do doh
소 so soh
석 seok suk
선 seon sun
설 seol sul sol
마 ma
길 gil kil
연 yeon youn yon
위 wi wee
표 pyo pyoh
명 myung myeong myong
기 ki gi
반 ban pan
나 na ra nah rah
왕 wang
금 keum geum kum
옥 ok ock
육 yuk yook
인 in
맹 maeng
제 je che
모 mo moh
탁 tak tahk
국 kook guk kuk
어 eo uh
은 eun un
편 pyeon pyun pyon
용 yong
예 ye yeh
경 kyung gyeong kyeong kyong
봉 bong pong
사 sa
빈 bin been
갈 kal gal
감 kam gam
계 kye gye
두 doo du
만 man
목 mok
복 bok pok
상 sang
승 seung
영 young yeong
옹 ong
태 tae tai
팽 paeng
피 pi pee
필 pil
형 hyung hyeong
화 hwa
해 hae
황보 hwangbo
남궁 namgoong namkung namgung
선우 sunwoo seonwoo seonu
제갈 jegal chegal
독고 dokko dokgo
"""


@lru_cache(maxsize=1)
def _surname_table() -> dict[str, frozenset[str]]:
    """spelling → the surnames (in Hangul) it may stand for."""
    table: dict[str, set[str]] = {}
    for line in _SURNAMES.strip().splitlines():
        hangul, *spellings = line.split()
        for spelling in spellings:
            table.setdefault(spelling, set()).add(hangul)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def surname_spellings() -> frozenset[str]:
    """Every lower-case spelling :func:`surname_readings` reads (a look-up sooner than the call,
    for blocking's every surname word, coi.names.index): a set of its own, not the table."""
    return frozenset(_surname_table())


def surname_readings(spelling: str) -> frozenset[str]:
    """The Korean surnames (in Hangul) a lower-case spelling may stand for; empty for a
    spelling of none."""
    return _surname_table().get(spelling, frozenset())


def same_surname(a: str, b: str) -> bool:
    """Two spellings of one Korean surname (Choi/Choe, Cho/Jo, Park/Bak, Lee/Yi, Oh/O)."""
    ra = surname_readings(a)
    return bool(ra) and not ra.isdisjoint(surname_readings(b))


# ---------------------------------------------------------------- given names, by syllable

#: The syllables of Korean given names: a list written here (about 300) of the syllables
#: common in the given names of people born since the 1940s, the readings of the name hanja
#: in common use; not a frequency list, and a rare syllable is missing from it. A spelling is
#: read only as one of these, so a Cantonese or Mandarin syllable (ming, ling, kit, wing,
#: ting) reads as none, and an English given name seldom reads as two.
_NAME_SYLLABLES = frozenset("".join("""
가각간갈감강개건걸검겸경계고곤공관광교구국군굴궁권귀규균근글금기길김
나낙난날남내녀년녕노농누눈늘니
다단달담당대덕도돈동두득들
라란람랑래량려력련렬령례로록론뢰료룡루류륜률름리린림립
마만말매맹면명모목몽묘무문미민밀
바박반발방배백번범법벽변별병보복본봄봉부분비빈빛
사산삼상새색샘생서석선설섭성세소솔송수숙순술숭슬승시식신실심
아안암애야약양어언엄여역연열염엽영예오옥온올완왕요용우욱운울웅원월위유육윤율융은을음응의이익인일임입
자작잔장재전절점정제조종주준중지직진질집
차찬창채책천철청초총최추축춘충취치칠
탁탄태택토통
판팔평포표품풍필
하학한할함항해행향헌혁현협형혜호혼홍화환활황회효후훈휘휴흔흠흥희힘
""".split()))

#: The letters of a syllable in Unicode's order (a Hangul syllable is composed from them).
_INITIAL_ORDER = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWEL_ORDER = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINAL_ORDER = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
                "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")


def _syllable(initial: str, vowel: str, final: str) -> str:
    return chr(0xAC00 + (_INITIAL_ORDER.index(initial) * 21 + _VOWEL_ORDER.index(vowel)) * 28
               + _FINAL_ORDER.index(final))


#: How each initial consonant is romanized (Revised, McCune–Reischauer, common): ㄱ g/k,
#: ㄷ d/t, ㅂ b/p, ㅈ j/ch, ㅅ s/sh (Sin/Shin), ㄹ r/l — or, at the start of a name only, n or
#: nothing (the initial-sound rule: 류 is Ryu or Yu, 령 Ryeong or Yeong), ㅇ nothing. The tense
#: consonants (ㄲ ㄸ ㅃ ㅆ ㅉ) are all but absent from given names and are left out, as are the
#: compound finals below.
_INITIALS = {
    "ㄱ": ("g", "k"), "ㄴ": ("n",), "ㄷ": ("d", "t"), "ㄹ": ("r", "l", "n", ""), "ㅁ": ("m",), "ㅂ": ("b", "p"),
    "ㅅ": ("s", "sh"), "ㅇ": ("",), "ㅈ": ("j", "ch"), "ㅊ": ("ch",), "ㅋ": ("k",), "ㅌ": ("t",), "ㅍ": ("p",),
    "ㅎ": ("h",),
}
#: ㄹ's spellings only at the start of a name (the initial-sound rule): dropped before i and
#: the y-vowels (리 → 이, 류 → 유, 령 → 영), written n before the others (라 → 나, 로 → 노).
_FIRST_ONLY = {("ㄹ", ""), ("ㄹ", "n")}
_DROPPED_BEFORE = frozenset("ㅣㅑㅕㅛㅠㅖㅒ")
#: Vowels: ㅓ eo (Revised) or u (common: Jung, Sung, Hyun) — not McCune–Reischauer's o (ŏ),
#: which would make Yong (용) and Yeong, Song (송) and Seong one syllable; ㅕ yeo,
#: yo, you, yu (Myeong, Myong, Young, Myung — yu only after a consonant or in Yung: Yun
#: alone is 윤, not 연, the two commonest syllables of given names); ㅡ eu or u (ŭ); ㅜ u or oo (Joon,
#: Soo); ㅣ i or ee (Hee); ㅢ ui, eui or ee; ㅚ oe or oi.
_VOWELS = {
    "ㅏ": ("a",), "ㅐ": ("ae",), "ㅑ": ("ya",), "ㅓ": ("eo", "u"), "ㅔ": ("e",), "ㅕ": ("yeo", "yo", "you", "yu"),
    "ㅖ": ("ye", "yea"), "ㅗ": ("o",), "ㅘ": ("wa",), "ㅚ": ("oe", "oi"), "ㅛ": ("yo",), "ㅜ": ("u", "oo"),
    "ㅝ": ("wo", "weo"), "ㅟ": ("wi", "wee"), "ㅠ": ("yu", "yoo"), "ㅡ": ("eu", "u"), "ㅢ": ("ui", "eui", "ee"),
    "ㅣ": ("i", "ee"),
}
#: Final consonants: ㄱ k (g before a vowel, as anyascii and many families write it: Sug),
#: ㄴ n, ㄷ/ㅅ/ㅈ/ㅊ/ㅌ t, ㄹ l (r), ㅁ m, ㅂ p (b), ㅇ ng.
_FINALS = {
    "": ("",), "ㄱ": ("k", "g"), "ㄴ": ("n",), "ㄷ": ("t", "d"), "ㄹ": ("l", "r"), "ㅁ": ("m",), "ㅂ": ("p", "b"),
    "ㅅ": ("t", "s"), "ㅇ": ("ng",), "ㅈ": ("t",), "ㅊ": ("t",), "ㅌ": ("t",),
}
#: 우 written with a w (Woo, Wu), as families write it.
_W_SYLLABLES = {("ㅇ", "ㅜ"): ("woo", "wu")}


def _spellings_of(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """spelling → the letters it may write."""
    out: dict[str, list[str]] = {}
    for letter, spellings in table.items():
        for s in spellings:
            out.setdefault(s, []).append(letter)
    return {s: tuple(v) for s, v in out.items()}


_INITIAL_OF = _spellings_of(_INITIALS)
_VOWEL_OF = _spellings_of(_VOWELS)
#: McCune–Reischauer's ŏ written o (Kon-woo for Geon-woo, Chong for Jeong) also reads ㅓ,
#: but only loosely (:func:`syllable_readings`): Yong is 용 and Song 송 as often.
_VOWEL_OF_LOOSE = _spellings_of({**_VOWELS, "ㅓ": (*_VOWELS["ㅓ"], "o")})
_FINAL_OF = _spellings_of(_FINALS)
_W_OF = {s: key for key, spellings in _W_SYLLABLES.items() for s in spellings}
_LONGEST_SYLLABLE = 7  # shin + yeo… : no syllable spelling is longer (tests/test_korean.py)


@lru_cache(maxsize=16384)
def syllable_readings(spelling: str, first: bool = True, loose: bool = False) -> frozenset[str]:
    """The syllables of Korean given names (:data:`_NAME_SYLLABLES`) a lower-case spelling
    may write; empty for none. ``first``: the spelling begins the name (ㄹ may then be
    written n or not at all). ``loose``: also the readings that join two syllables as often
    as one romanized two ways — ㅓ written o, ㅕ written yo with no consonant before it (Kon
    for 건 as for 곤, Yong for 영 as for 용)."""
    out: set[str] = set()
    if not spelling or len(spelling) > _LONGEST_SYLLABLE or not spelling.isalpha():
        return frozenset()
    for i in range(0, min(2, len(spelling)) + 1):
        initials = _INITIAL_OF.get(spelling[:i])
        if initials is None:
            continue
        for j in range(i + 1, min(i + 3, len(spelling)) + 1):
            vowels = (_VOWEL_OF_LOOSE if loose else _VOWEL_OF).get(spelling[i:j])
            finals = _FINAL_OF.get(spelling[j:]) if vowels is not None else None
            if vowels is None or finals is None:
                continue
            for c in initials:
                if (c, spelling[:i]) in _FIRST_ONLY and not first:
                    continue
                for v in vowels:
                    if (c, spelling[:i]) in _FIRST_ONLY and (spelling[:i] == "") != (v in _DROPPED_BEFORE):
                        continue  # 리 written i, 라 written na — not 리 written ni, 라 written a
                    if v == "ㅕ" and i == 0 and (spelling[i:j] == "yu" or spelling[i:j] == "yo" and not loose):
                        # with no consonant before it, yu is ㅕ only in Yung (영, as Young):
                        # Yun is 윤, not 연 (Seo-yun and Seo-yeon, two of the commonest
                        # names); and yo is 요/용 but for the loose reading (Yong for 영)
                        out.update(_syllable(c, v, f) for f in finals if f == "ㅇ" and spelling[i:j] == "yu")
                        continue
                    out.update(_syllable(c, v, f) for f in finals)
    for w, (c, v) in _W_OF.items():
        if spelling.startswith(w):
            out.update(_syllable(c, v, f) for f in _FINAL_OF.get(spelling[len(w):], ()))
    return frozenset(out & _NAME_SYLLABLES)


def _splits(word: str, parts: int, first: bool) -> list[tuple[str, ...]]:
    """Every way of cutting ``word`` into ``parts`` syllable spellings."""
    if parts == 1:
        return [(word,)] if syllable_readings(word, first) else []
    out = []
    for i in range(1, min(len(word), _LONGEST_SYLLABLE) + 1):
        if syllable_readings(word[:i], first):
            out += [(word[:i], *rest) for rest in _splits(word[i:], parts - 1, False)]
    return out


@lru_cache(maxsize=16384)
def given_syllables(word: str) -> tuple[tuple[str, ...], ...]:
    """The readings of a given name written as one word as two syllables (Minjun → min-jun;
    Haeun → ha-eun or hae-un), as nine Korean given names in ten are, or else as three;
    empty when it is none. Three are read only where two cannot be: Seungmin read as
    se-ung-min would meet Seongmin's se-ong-min, a syllable no one meant."""
    return tuple(_splits(word, 2, True)) or tuple(_splits(word, 3, True))


def written_syllables(parts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The syllable readings of a given name written in ``parts`` (Myung-sug: ("myung",
    "sug"); Minjun: ("minjun",)): a part written apart is one syllable, a name written as one
    word is cut as :func:`given_syllables` cuts it; empty when it is no Korean given name."""
    if len(parts) == 1:
        return given_syllables(parts[0])
    if len(parts) > 3 or not all(syllable_readings(p, i == 0) for i, p in enumerate(parts)):
        return ()
    return (parts,)


def _alike(x: tuple[str, ...], y: tuple[str, ...], loose: bool) -> bool:
    return len(x) == len(y) and all(
        not syllable_readings(p, i == 0, loose).isdisjoint(syllable_readings(q, i == 0, loose))
        for i, (p, q) in enumerate(zip(x, y)))


def same_given(a: tuple[str, ...], b: tuple[str, ...], *, loose: bool = False) -> bool:
    """Two given names, as written in parts (:func:`written_syllables`), that may be one
    Korean name romanized two ways, syllable by syllable (Myung-sug/Myeong-sug,
    Jung-hun/Jeonghun); Seung-min/Seong-min (승/성) are two names. ``loose``: by the loose
    readings too (:func:`syllable_readings`: Geon-woo/Kon-woo, Yeong-ho/Yong-ho) — names
    that may be one, though as often two."""
    xs, ys = written_syllables(a), written_syllables(b)
    return any(_alike(x, y, loose) for x in xs for y in ys)


@lru_cache(maxsize=4096)
def first_syllables(word: str) -> frozenset[str]:
    """The syllables, loosely read (:func:`syllable_readings`), a given name's first may be —
    the word itself read as one syllable (a part of a hyphenated name: Gyeong of Gyeong-su)
    or the first of a name written as one word (Kyung of Kyungsoo); for blocking, which
    offers Kyung-soo Kim to Gyeong-su Kim (coi.names.index)."""
    out = set(syllable_readings(word, True, True))
    for split in given_syllables(word):
        out |= syllable_readings(split[0], True, True)
    return frozenset(out)
