"""The records and closed vocabularies that every part of coi shares.

Vocabularies are ``StrEnum``s whose values are exactly the words of CONTRACT.md, so a
value read from a file, stored in SQLite or written to an output is the enum itself.
Records are frozen dataclasses: once ingest has validated them, the core trusts them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


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
    def is_kin(self) -> bool:
        """True for family ties, listed in the statute or not."""
        return self in _KIN_RELATIONS

    @property
    def is_employment(self) -> bool:
        return self in (Relation.EMPLOYER, Relation.EMPLOYEE, Relation.COWORKER)

    @property
    def words(self) -> str:
        """The relation as a person would say it: ``parent_in_law`` → ``parent-in-law``."""
        return _RELATION_WORDS.get(self, self.value.replace("_", " "))

    @property
    def label(self) -> str:
        """The relation as a list offers it to a member, in everyday words:
        ``sibling_in_law`` → "sister-in-law or brother-in-law" (issue 14, item 12)."""
        return _RELATION_LABELS[self]


_KIN_RELATIONS = frozenset(
    {
        Relation.SPOUSE,
        Relation.PARENT,
        Relation.CHILD,
        Relation.ADOPTED_CHILD,
        Relation.LEGAL_WARD,
        Relation.STEPCHILD,
        Relation.STEPPARENT,
        Relation.STEP_SIBLING,
        Relation.HALF_SIBLING,
        Relation.SIBLING,
        Relation.PARENT_IN_LAW,
        Relation.SIBLING_IN_LAW,
        Relation.CHILD_IN_LAW,
        Relation.AUNT,
        Relation.UNCLE,
        Relation.NIECE,
        Relation.NEPHEW,
        Relation.GRANDPARENT,
        Relation.GRANDCHILD,
        Relation.COUSIN,
        Relation.DOMESTIC_PARTNER,
        Relation.FORMER_SPOUSE,
        Relation.OTHER_RELATIVE,
    }
)

_RELATION_WORDS = {
    Relation.PARENT_IN_LAW: "parent-in-law",
    Relation.SIBLING_IN_LAW: "sibling-in-law",
    Relation.CHILD_IN_LAW: "child-in-law",
    Relation.STEP_SIBLING: "step-sibling",
    Relation.HALF_SIBLING: "half-sibling",
    Relation.ADOPTED_CHILD: "adopted child",
    Relation.LEGAL_WARD: "legal ward",
    Relation.DOMESTIC_PARTNER: "domestic partner",
    Relation.FORMER_SPOUSE: "former spouse",
    Relation.OTHER_RELATIVE: "other relative",
}


# The relations as My disclosures lists them (Relation.label): one label for each, said as a
# member would say it of one person; the file's word stays the value stored.
_RELATION_LABELS = {
    Relation.EMPLOYER: "employer (who employs you)",
    Relation.EMPLOYEE: "employee (someone you employ or supervise)",
    Relation.COWORKER: "coworker",
    Relation.SPOUSE: "spouse (wife or husband)",
    Relation.PARENT: "mother or father",
    Relation.CHILD: "daughter or son",
    Relation.ADOPTED_CHILD: "adopted daughter or son",
    Relation.LEGAL_WARD: "legal ward",
    Relation.STEPCHILD: "stepdaughter or stepson",
    Relation.STEPPARENT: "stepmother or stepfather",
    Relation.STEP_SIBLING: "stepsister or stepbrother",
    Relation.HALF_SIBLING: "half-sister or half-brother",
    Relation.SIBLING: "sister or brother",
    Relation.PARENT_IN_LAW: "mother-in-law or father-in-law",
    Relation.SIBLING_IN_LAW: "sister-in-law or brother-in-law",
    Relation.CHILD_IN_LAW: "daughter-in-law or son-in-law",
    Relation.AUNT: "aunt",
    Relation.UNCLE: "uncle",
    Relation.NIECE: "niece",
    Relation.NEPHEW: "nephew",
    Relation.GRANDPARENT: "grandmother or grandfather",
    Relation.GRANDCHILD: "granddaughter or grandson",
    Relation.COUSIN: "cousin",
    Relation.DOMESTIC_PARTNER: "domestic partner",
    Relation.FORMER_SPOUSE: "former wife or husband",
    Relation.OTHER_RELATIVE: "other relative",
    Relation.FRIEND: "friend",
    Relation.ASSOCIATION: "association you serve in (union, lodge, professional body)",
    Relation.OTHER: "other tie to screen",
}


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
        return self in _KIN_CATEGORIES

    @property
    def words(self) -> str:
        return _CATEGORY_WORDS.get(self, self.value.replace("_", " "))


_KIN_CATEGORIES = frozenset(
    {
        Category.SPOUSE,
        Category.PARENT,
        Category.CHILD,
        Category.ADOPTED_CHILD,
        Category.LEGAL_WARD,
        Category.STEPCHILD,
        Category.STEPPARENT,
        Category.STEP_SIBLING,
        Category.HALF_SIBLING,
        Category.SIBLING,
        Category.PARENT_IN_LAW,
        Category.SIBLING_IN_LAW,
        Category.CHILD_IN_LAW,
        Category.AUNT_OR_UNCLE,
        Category.NIECE_OR_NEPHEW,
        Category.OTHER_RELATIVE,
    }
)

_CATEGORY_WORDS = {
    Category.PARENT_IN_LAW: "parent-in-law",
    Category.SIBLING_IN_LAW: "sibling-in-law",
    Category.CHILD_IN_LAW: "child-in-law",
    Category.STEP_SIBLING: "step-sibling",
    Category.HALF_SIBLING: "half-sibling",
    Category.ADOPTED_CHILD: "adopted child",
    Category.LEGAL_WARD: "legal ward",
    Category.AUNT_OR_UNCLE: "aunt or uncle",
    Category.NIECE_OR_NEPHEW: "niece or nephew",
    Category.FORMER_EMPLOYMENT: "former employment",
    Category.FORMER_ASSOCIATION: "former association",
    Category.OTHER_RELATIVE: "other relative",
}


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


class InputRejected(Exception):
    """An input file failed validation; ``problems`` lists every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class Loaded:
    """What ingest returns: the validated records and the warnings raised on the way."""

    records: tuple = ()
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


@dataclass(frozen=True, slots=True)
class PathStep:
    """One step of the chain from a member to a party: ``spouse`` + ``Luis Diaz``."""

    relation: str  # in words: "Member", "spouse", "parent-in-law", "affiliated respondent"
    name: str

    def __str__(self) -> str:
        return f"{self.relation} {self.name}".strip()


def path_words(path: tuple["PathStep", ...]) -> str:
    """A path in words: ``Member Ana Diaz → spouse Luis Diaz → parent Rosa Diaz``."""
    return " → ".join(str(s) for s in path)


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


def utc_timestamp() -> str:
    """Now, in UTC, to the second, as the meeting, vote, confirmation and account rows record it."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
