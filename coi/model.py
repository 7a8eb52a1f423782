"""The records and closed vocabularies that every part of coi shares.

Vocabularies are ``StrEnum``s whose values are exactly the words of CONTRACT.md, so a
value read from a file, stored in SQLite or written to an output is the enum itself.
Records are frozen dataclasses: once ingest has validated them, the core trusts them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from coi.errors import CoiError


class Kind(StrEnum):
    """Whether a name belongs to a natural person or to an organization."""

    PERSON = "person"
    ORGANIZATION = "organization"


class Appointer(StrEnum):
    """The official who appoints a Panel member (3.1(a)); they alone may remove them."""

    GOVERNOR = "Governor"
    ATTORNEY_GENERAL = "Attorney General"


class Relation(StrEnum):
    """A tie a member discloses, in the words of CONTRACT.md's relation vocabulary."""

    # employment
    EMPLOYER = "employer"
    EMPLOYEE = "employee"
    COWORKER = "coworker"
    # relatives listed in 50 ILCS 705/3.1(g)
    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    ADOPTED_CHILD = "adopted_child"
    LEGAL_WARD = "legal_ward"
    STEPCHILD = "stepchild"
    STEPPARENT = "stepparent"
    STEP_SIBLING = "step_sibling"
    HALF_SIBLING = "half_sibling"
    SIBLING = "sibling"
    PARENT_IN_LAW = "parent_in_law"
    SIBLING_IN_LAW = "sibling_in_law"
    CHILD_IN_LAW = "child_in_law"
    AUNT = "aunt"
    UNCLE = "uncle"
    NIECE = "niece"
    NEPHEW = "nephew"
    # relatives not listed
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    COUSIN = "cousin"
    DOMESTIC_PARTNER = "domestic_partner"
    FORMER_SPOUSE = "former_spouse"
    OTHER_RELATIVE = "other_relative"
    # the rest
    FRIEND = "friend"
    ASSOCIATION = "association"
    OTHER = "other"

    @property
    def default_kind(self) -> Kind:
        """``employer`` and ``association`` name organizations; every other tie a person."""
        if self in (Relation.EMPLOYER, Relation.ASSOCIATION):
            return Kind.ORGANIZATION
        return Kind.PERSON

    @property
    def category(self) -> Category:
        """The member's conflict category of someone they disclose so of themself:
        ``aunt`` → ``aunt_or_uncle`` (the relation table, :data:`RELATIONS`)."""
        return RELATIONS[self][0]

    @property
    def is_kin(self) -> bool:
        """True for family ties, listed in the statute or not: the relations whose category is kin."""
        return self.category.is_kin

    @property
    def is_employment(self) -> bool:
        return self in (Relation.EMPLOYER, Relation.EMPLOYEE, Relation.COWORKER)

    @property
    def words(self) -> str:
        """The relation as a person would say it: ``parent_in_law`` → ``parent-in-law``."""
        return _words(self.value)

    @property
    def label(self) -> str:
        """The relation as a list offers it to a member, in everyday words:
        ``sibling_in_law`` → "sister-in-law or brother-in-law" (issue 14, item 12)."""
        return RELATIONS[self][1]


class Category(StrEnum):
    """A conflict category of CONTRACT.md: what tie makes the member conflicted."""

    # statutory: listed in 50 ILCS 705/3.1(g)
    EMPLOYMENT = "employment"
    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    ADOPTED_CHILD = "adopted_child"
    LEGAL_WARD = "legal_ward"
    STEPCHILD = "stepchild"
    STEPPARENT = "stepparent"
    STEP_SIBLING = "step_sibling"
    HALF_SIBLING = "half_sibling"
    SIBLING = "sibling"
    PARENT_IN_LAW = "parent_in_law"
    SIBLING_IN_LAW = "sibling_in_law"
    CHILD_IN_LAW = "child_in_law"
    AUNT_OR_UNCLE = "aunt_or_uncle"
    NIECE_OR_NEPHEW = "niece_or_nephew"
    FRIEND = "friend"
    ASSOCIATION = "association"
    # advisory: "appearance of bias", a person decides
    FORMER_EMPLOYMENT = "former_employment"
    FORMER_ASSOCIATION = "former_association"
    OTHER_RELATIVE = "other_relative"
    OTHER = "other"

    @property
    def is_kin(self) -> bool:
        """True for family, listed in the statute or not (the category table, :data:`CATEGORIES`)."""
        return CATEGORIES[self][0]

    @property
    def words(self) -> str:
        """The category as a person would say it: ``aunt_or_uncle`` → ``aunt or uncle``."""
        return _words(self.value)

    @property
    def plural(self) -> str:
        """How several ties of the category are counted: "friends", "aunts or uncles"."""
        return CATEGORIES[self][1]


# The relation table, the one place each relation's meaning is written: the member's category
# of someone they disclose so of themself (CONTRACT.md; kin of kin is coi.graph's DERIVATION),
# and the label a list offers it under (Relation.label: one label for each, said as a member
# would say it of one person; the file's word stays the value stored).
RELATIONS: dict[Relation, tuple[Category, str]] = {
    Relation.EMPLOYER: (Category.EMPLOYMENT, "employer (who employs you)"),
    Relation.EMPLOYEE: (Category.EMPLOYMENT, "employee (someone you employ or supervise)"),
    Relation.COWORKER: (Category.EMPLOYMENT, "coworker"),
    Relation.SPOUSE: (Category.SPOUSE, "spouse (wife or husband)"),
    Relation.PARENT: (Category.PARENT, "mother or father"),
    Relation.CHILD: (Category.CHILD, "daughter or son"),
    Relation.ADOPTED_CHILD: (Category.ADOPTED_CHILD, "adopted daughter or son"),
    Relation.LEGAL_WARD: (Category.LEGAL_WARD, "legal ward"),
    Relation.STEPCHILD: (Category.STEPCHILD, "stepdaughter or stepson"),
    Relation.STEPPARENT: (Category.STEPPARENT, "stepmother or stepfather"),
    Relation.STEP_SIBLING: (Category.STEP_SIBLING, "stepsister or stepbrother"),
    Relation.HALF_SIBLING: (Category.HALF_SIBLING, "half-sister or half-brother"),
    Relation.SIBLING: (Category.SIBLING, "sister or brother"),
    Relation.PARENT_IN_LAW: (Category.PARENT_IN_LAW, "mother-in-law or father-in-law"),
    Relation.SIBLING_IN_LAW: (Category.SIBLING_IN_LAW, "sister-in-law or brother-in-law"),
    Relation.CHILD_IN_LAW: (Category.CHILD_IN_LAW, "daughter-in-law or son-in-law"),
    Relation.AUNT: (Category.AUNT_OR_UNCLE, "aunt"),
    Relation.UNCLE: (Category.AUNT_OR_UNCLE, "uncle"),
    Relation.NIECE: (Category.NIECE_OR_NEPHEW, "niece"),
    Relation.NEPHEW: (Category.NIECE_OR_NEPHEW, "nephew"),
    # relatives the statute does not list
    Relation.GRANDPARENT: (Category.OTHER_RELATIVE, "grandmother or grandfather"),
    Relation.GRANDCHILD: (Category.OTHER_RELATIVE, "granddaughter or grandson"),
    Relation.COUSIN: (Category.OTHER_RELATIVE, "cousin"),
    Relation.DOMESTIC_PARTNER: (Category.OTHER_RELATIVE, "domestic partner"),
    Relation.FORMER_SPOUSE: (Category.OTHER_RELATIVE, "former wife or husband"),
    Relation.OTHER_RELATIVE: (Category.OTHER_RELATIVE, "other relative"),
    Relation.FRIEND: (Category.FRIEND, "friend"),
    Relation.ASSOCIATION: (Category.ASSOCIATION, "association you serve in (union, lodge, professional body)"),
    Relation.OTHER: (Category.OTHER, "other tie to screen"),
}

# The category table: whether the category is family (listed in the statute or not), and how
# several ties of it are counted ("12 friends").
CATEGORIES: dict[Category, tuple[bool, str]] = {
    Category.EMPLOYMENT: (False, "employment ties"),
    Category.SPOUSE: (True, "spouses"),
    Category.PARENT: (True, "parents"),
    Category.CHILD: (True, "children"),
    Category.ADOPTED_CHILD: (True, "adopted children"),
    Category.LEGAL_WARD: (True, "legal wards"),
    Category.STEPCHILD: (True, "stepchildren"),
    Category.STEPPARENT: (True, "stepparents"),
    Category.STEP_SIBLING: (True, "step-siblings"),
    Category.HALF_SIBLING: (True, "half-siblings"),
    Category.SIBLING: (True, "siblings"),
    Category.PARENT_IN_LAW: (True, "parents-in-law"),
    Category.SIBLING_IN_LAW: (True, "siblings-in-law"),
    Category.CHILD_IN_LAW: (True, "children-in-law"),
    Category.AUNT_OR_UNCLE: (True, "aunts or uncles"),
    Category.NIECE_OR_NEPHEW: (True, "nieces or nephews"),
    Category.FRIEND: (False, "friends"),
    Category.ASSOCIATION: (False, "associations"),
    Category.FORMER_EMPLOYMENT: (False, "former employment ties"),
    Category.FORMER_ASSOCIATION: (False, "former associations"),
    Category.OTHER_RELATIVE: (True, "other relatives"),
    Category.OTHER: (False, "other ties"),
}

# The words of a relation or category that are not its value with spaces for underscores.
_HYPHENATED = {"parent_in_law": "parent-in-law", "sibling_in_law": "sibling-in-law",
               "child_in_law": "child-in-law", "step_sibling": "step-sibling", "half_sibling": "half-sibling"}


def _words(value: str) -> str:
    """A relation's or category's value in words: ``parent_in_law`` → ``parent-in-law``."""
    return _HYPHENATED.get(value, value.replace("_", " "))


class Tier(StrEnum):
    """How strongly a category calls for recusal; the policy assigns one per category."""

    STATUTORY = "statutory"  # listed in 3.1(g): the member is prompted to self-recuse
    ADVISORY = "advisory"  # "appearance of bias": the member is asked to consider it


class PartyRole(StrEnum):
    """A party's part in a case (CONTRACT.md docket.csv ``party_role``)."""

    RESPONDENT = "respondent"
    COMPLAINANT = "complainant"
    AGENCY = "agency"
    WITNESS = "witness"
    ATTORNEY = "attorney"
    VICTIM = "victim"
    OTHER = "other"

    @property
    def default_kind(self) -> Kind:
        return Kind.ORGANIZATION if self is PartyRole.AGENCY else Kind.PERSON


class Answer(StrEnum):
    """A member's answer to a self-recusal prompt (append-only in the store)."""

    SELF_RECUSE = "self_recuse"
    NO_CONFLICT = "no_conflict"  # requires a reason
    UNSURE = "unsure"  # goes to staff


class PromptStatus(StrEnum):
    """Whether a stored prompt stands: the latest screening raised it, or no longer does."""

    OPEN = "open"
    WITHDRAWN = "withdrawn"  # kept with its answers: the tie or the party changed


class Vote(StrEnum):
    """A vote as coi records it: on an agenda item (votes.csv: yes, no or abstain) and in the
    roll call of a 3.1(g)(2) recusal motion, where yes recuses the member and a remaining
    member may be recorded absent."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"  # present, not voting
    ABSENT = "absent"  # roll calls only: not present for the vote, counted neither as present nor as voting

    @property
    def on_items(self) -> bool:
        """Whether votes.csv may record it (who voted on an agenda item, and how)."""
        return self is not Vote.ABSENT


class QuorumBasis(StrEnum):
    """What a quorum is a majority of (3.1(h): a vacancy does not impair a quorum)."""

    SEATS = "seats"  # a majority of all seats, vacancies included (the default)
    FILLED = "filled"  # a majority of the members on the roster


class VoteBase(StrEnum):
    """What "simple majority" counts (3.1(g)(2)): the statute does not settle it, the Panel chooses."""

    SEATS = "seats"  # a decision needs a majority of all seats
    PRESENT = "present"  # ... of the members present and not recused
    VOTING = "voting"  # ... of those voting


class MotionOutcome(StrEnum):
    """A 3.1(g)(2) recusal motion's outcome under the meeting's quorum rule, as the minutes say it."""

    CARRIED = "carried"
    NOT_CARRIED = "not carried"
    NO_QUORUM = "no quorum"
    PENDING = "votes not all recorded"


class ImportKind(StrEnum):
    """The files of CONTRACT.md that coi imports, in the order they build on each other."""

    MEMBERS = "members"
    DISCLOSURES = "disclosures"
    DOCKET = "docket"
    AGENDA = "agenda"
    VOTES = "votes"

    @property
    def label(self) -> str:
        """The file as staff call it: "Roster", "Disclosures", "Docket", "Agenda", "Votes"."""
        return _IMPORT_WORDS[self][0]

    @property
    def one(self) -> str:
        """What one row of the file is ("party"), and many of them (:attr:`many`): the words of its plan."""
        return _IMPORT_WORDS[self][1]

    @property
    def many(self) -> str:
        return _IMPORT_WORDS[self][2]

    @property
    def screens(self) -> bool:
        """Whether importing it changes what screening finds (the Panel's ties or the docket)."""
        return self in (ImportKind.MEMBERS, ImportKind.DISCLOSURES, ImportKind.DOCKET)

    @property
    def replaces(self) -> bool:
        """Whether the file replaces what is stored of its kind (rows it leaves out are retired,
        kept as history), so the store plans its import and a person confirms it: the roster,
        disclosures and docket. An agenda and votes go to :mod:`coi.decisions.meetings`."""
        return self in (ImportKind.MEMBERS, ImportKind.DISCLOSURES, ImportKind.DOCKET)


_IMPORT_WORDS = {
    ImportKind.MEMBERS: ("Roster", "member", "members"),
    ImportKind.DISCLOSURES: ("Disclosures", "tie", "ties"),
    ImportKind.DOCKET: ("Docket", "party", "parties"),
    ImportKind.AGENDA: ("Agenda", "agenda item", "agenda items"),
    ImportKind.VOTES: ("Votes", "vote", "votes"),
}


@dataclass(frozen=True, slots=True)
class Member:
    """A Panel member, as the roster gives them."""

    member_id: str
    name: str
    appointed_by: Appointer
    seat: str | None = None
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    date_of_birth: dt.date | None = None
    row: int | None = None  # the source row, for messages
    email: str | None = None  # where coi's notifications to the member go (roster column ``email``; coi.decisions.notify)


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One relationship a member discloses: "``name`` is the ``relation`` of ``via``"
    (or of the member, when ``via`` is empty)."""

    member_id: str
    relation: Relation
    name: str
    kind: Kind
    via: str | None = None
    aliases: tuple[str, ...] = ()
    date_of_birth: dt.date | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    role: str | None = None
    notes: str | None = None
    row: int | None = None

    def is_former(self, as_of: dt.date) -> bool:
        """A tie whose ``until`` is before ``as_of`` has ended."""
        return self.until is not None and self.until < as_of


@dataclass(frozen=True, slots=True)
class Party:
    """One party of one case, as the docket gives it."""

    case_id: str
    name: str
    role: PartyRole = PartyRole.OTHER
    kind: Kind = Kind.PERSON
    affiliations: tuple[str, ...] = ()
    date_of_birth: dt.date | None = None
    confidential: bool = False
    case_type: str | None = None
    stage: str | None = None
    meeting_date: dt.date | None = None
    row: int | None = None


@dataclass(frozen=True, slots=True)
class Panel:
    """Everything screening needs about the Panel: the roster and its disclosures."""

    members: tuple[Member, ...]
    disclosures: tuple[Disclosure, ...] = ()

    def member(self, member_id: str) -> Member:
        for m in self.members:
            if m.member_id == member_id:
                return m
        raise KeyError(member_id)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, said so that a person can fix it."""

    file: str
    row: int | None  # 1 is the header row, as a spreadsheet numbers it; None = whole file
    column: str | None
    problem: str
    fix: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.problem} — {self.fix}"


@dataclass(frozen=True, slots=True)
class Warning_:
    """Something ingest changed or noticed but accepted (e.g. removed an invisible character)."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


class InputRejected(CoiError):
    """An input file failed validation; ``problems`` lists every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class Loaded:
    """What ingest returns: the validated records and the warnings raised on the way."""

    # one file's records, all of one type (Member, Disclosure, Party, or ingest's AgendaRow, VoteRow,
    # NameRecord): Any, because which one is known only from the file's kind
    records: tuple[Any, ...] = ()
    warnings: tuple[Warning_, ...] = field(default_factory=tuple)
    source: str = ""


@dataclass(frozen=True, slots=True)
class Feature:
    """One comparison's contribution to a match weight (coi.names.evidence explains the model)."""

    comparison: str  # "surname", "given", "middle", "generation", "dob", "order"; "words", "kind", "number", "acronym"
    level: str  # "exact", "nickname", "one edit", "phonetic", "initial", "conflicting", "missing", …
    weight: float  # bits: log2(m / u), adjusted for the frequency of the word where the level is "exact"
    left: str = ""  # what the party's side held ("" when missing)
    right: str = ""  # what the disclosed side held
    words: str = ""  # the matcher's own words, shown only for a level coi.names.reasons has no phrase for


@dataclass(frozen=True, slots=True)
class MatchEvidence:
    """Why two names were taken for the same person or organization: the features of the
    evidence model, whose sum (with the prior) is the match weight behind the score."""

    query: str  # the name as the party gives it
    matched: str  # the disclosed name or alias it matched
    score: float  # 0-100: 100 x the probability
    components: tuple[tuple[str, float], ...] = ()  # (comparison, bits) of each feature, for older readers
    reason: str = ""  # in words: the top reasons, for and against
    features: tuple[Feature, ...] = ()
    prior: float = 0.0  # bits

    @property
    def match_weight(self) -> float:
        return self.prior + sum(f.weight for f in self.features)

    @property
    def probability(self) -> float:
        """The probability that the two names are one person or organization (0-1)."""
        return self.score / 100.0


class StepKind(StrEnum):
    """What one step of a path from a member to a party is. A path is kept as these codes
    (in the graph, in the store); its words are made when it is shown (:attr:`PathStep.words`)."""

    MEMBER = "member"  # the start: the member (code empty)
    RELATION = "relation"  # a disclosed tie: code is the Relation of this name to the step before
    IS_PARTY = "is_party"  # the member is the party themself (code and name empty)
    AFFILIATED = "affiliated"  # the party, affiliated with the tie before: code is the party's PartyRole
    WITHHELD = "withheld"  # a confidential party's one step: code is the category's value, or its group's words
    WORDS = "words"  # read from a row stored before paths were codes and not recognised: code is its words


@dataclass(frozen=True, slots=True)
class PathStep:
    """One step of the chain from a member to a party: (relation, ``spouse``) + ``Luis Diaz``."""

    kind: StepKind
    code: str = ""  # what the kind says: a Relation's, PartyRole's or Category's value
    name: str = ""

    @classmethod
    def of_member(cls, name: str) -> PathStep:
        return cls(StepKind.MEMBER, "", name)

    @classmethod
    def of_relation(cls, relation: Relation, name: str) -> PathStep:
        return cls(StepKind.RELATION, relation.value, name)

    @classmethod
    def party_itself(cls) -> PathStep:
        return cls(StepKind.IS_PARTY)

    @classmethod
    def of_affiliation(cls, role: PartyRole, name: str) -> PathStep:
        return cls(StepKind.AFFILIATED, PartyRole(role).value, name)

    @property
    def words(self) -> str:
        """The step's relation in words: "Member", "parent-in-law", "affiliated respondent"."""
        match self.kind:
            case StepKind.MEMBER:
                return "Member"
            case StepKind.RELATION:
                return Relation(self.code).words
            case StepKind.IS_PARTY:
                return "is the party"
            case StepKind.AFFILIATED:
                return f"affiliated {self.code}"
            case StepKind.WITHHELD:
                return Category(self.code).words if self.code in _CATEGORY_VALUES else self.code
        return self.code

    def __str__(self) -> str:
        return f"{self.words} {self.name}".strip()

    def stored(self) -> list[str]:
        """The step as the store keeps it: ``["relation", "spouse", "Luis Diaz"]``."""
        return [self.kind.value, self.code, self.name]

    @classmethod
    def from_stored(cls, item: Sequence[str]) -> PathStep:
        """A step as :meth:`stored` wrote it, or as rows written before issue 15 hold it (the
        words and the name: ``["parent-in-law", "Rosa Diaz"]``), read back into codes."""
        if len(item) == 3:
            return cls(StepKind(item[0]), item[1], item[2])
        words, name = item
        if words == "Member":
            return cls.of_member(name)
        if words == "is the party":
            return cls(StepKind.IS_PARTY, "", name)
        relation = _RELATION_BY_WORDS.get(words)
        if relation is not None:
            return cls.of_relation(relation, name)
        role = words.removeprefix("affiliated ")
        if role != words and role in _PARTY_ROLE_VALUES:
            return cls(StepKind.AFFILIATED, role, name)
        return cls(StepKind.WORDS, words, name)


_RELATION_BY_WORDS = {r.words: r for r in Relation}
_CATEGORY_VALUES = frozenset(c.value for c in Category)
_PARTY_ROLE_VALUES = frozenset(r.value for r in PartyRole)


def path_words(path: Sequence[PathStep]) -> str:
    """A path in words: ``Member Ana Diaz → spouse Luis Diaz → parent Rosa Diaz``."""
    return " → ".join(str(s) for s in path)


def stored_path(path: Sequence[PathStep]) -> list[list[str]]:
    """A path as the store keeps it (JSON): its steps' codes, never their words."""
    return [s.stored() for s in path]


def read_path(items: Iterable[Sequence[str]]) -> tuple[PathStep, ...]:
    """A path the store kept (:func:`stored_path`, or the words of a row written before)."""
    return tuple(PathStep.from_stored(item) for item in items)


@dataclass(frozen=True, slots=True)
class Prompt:
    """A self-recusal prompt: one (case, member, party, category) with all its evidence.

    ``path`` is the chain from the member to the party, e.g. the steps
    ``Member Ana Diaz``, ``spouse Luis Diaz``, ``parent Rosa Diaz``.
    """

    case_id: str
    member_id: str
    member_name: str
    party: Party
    category: Category
    tier: Tier
    score: float
    matched_name: str
    path: tuple[PathStep, ...]
    basis: str
    evidence: MatchEvidence
    tie_key: str = ""  # the graph node of the member's tie that the party matched

    @property
    def path_words(self) -> str:
        return path_words(self.path)

    @property
    def key(self) -> str:
        """A stable identity across re-screenings, so a member's answer stays attached."""
        import hashlib

        raw = "\x1f".join(
            (self.case_id, self.member_id, self.party.name, self.party.role, self.category, self.tie_key)
        )
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def cell_text(value: object, *, list_sep: str = ";") -> str:
    """A record's value as CONTRACT.md writes it in a cell: empty for None, ``true``/``false``,
    ISO dates, lists joined by ``list_sep``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list_sep.join(value)
    return str(value)
