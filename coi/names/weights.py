"""The matcher's weights and caps, in one place, each with the reason for its value.

The prompt threshold (80) and the floor (50) are the policy's (``[matching]`` in
``coi/policy_3_1_g.toml``); these numbers are placed so that each rule of evidence lands on
its side of that threshold (docs/MATCHING.md, "The threshold and the floor" and
"Weights"). They were set by reasoning about single rules (an initial that fits must
prompt, a different given name must not) and checked on the golden pairs and the
outside tuning sets (Febrl 1–3, Fodors–Zagat); none was fitted to an evaluation set, and
none was changed while the held-out set (Febrl 4) was measured.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PersonWeights:
    """How a person's name parts add up to a score of 0-100."""

    surname: float = 0.55  # the surname says more than the given name: fewer people share it
    given: float = 0.45
    # part scores (0-1)
    initial: float = 0.85  # an initial that fits: 0.85 x 45 + 55 = 93, above the threshold
    nickname: float = 0.95  # Bill = William: 97.8
    one_slip: float = 0.9  # one edit: 94.5 (surname) or 93.5 (given); two in one part cannot prompt
    two_slips: float = 0.8  # two edits in a long word: 89 with the other part equal
    given_spelling: float = 0.95  # a given name's spelling score is scaled by this (names vary more)
    sound_alike: float = 0.85  # same metaphone, five letters or more
    missing_given: float = 0.5  # a given name on one side only: 77.5 with the surname equal, no prompt
    shared_surname_part: float = 0.92  # one part of a double surname: 96.4
    double_surname_middle: float = 0.9  # "Ana García Márquez" read as middle García: 94.5
    part_spelling: float = 0.95  # a slip in one part of a double surname is scaled by this
    # caps and penalties (score points)
    surname_near: float = 0.75  # a surname part below this is another surname ...
    surname_differs_cap: float = 55.0  # ... and caps the score here, whatever the given name
    given_differs_cap: float = 60.0  # a different given name (Paul/Paula) caps the score here
    middle_conflict: float = 25.0  # middle initials that disagree: 100 -> 75
    generation_cap: float = 40.0  # Jr. against Sr.: another person of the family
    one_sided_suffix: float = 3.0
    swapped: float = 2.0  # a reading in swapped order ranks below the straight one
    joined: float = 2.0  # so does a reading with a space taken out ("Geo Rge" = "George")
    swapped_weak_cap: float = 70.0  # a swapped reading must match on both parts, not stack slips
    swapped_strong: float = 0.9  # ... each part at least this, and one of them exact
    # dates of birth
    same_dob_bonus: float = 5.0  # the same date adds this ...
    dob_corroborated: float = 85.0  # ... and lifts a name that is near on both parts (surname
    # at least ``surname_near``, given name at least ``missing_given``) to at least this: two
    # different people of one surname and one birth date are rare; twins differ in given name
    loose_similarity: float = 0.88  # with the same date of birth, two parts this near (Jaro-Winkler)
    # are taken as one person's name written with slips (person.loosely_near)


@dataclass(frozen=True, slots=True)
class OrgWeights:
    """How an organization's core (which one) and kind (what sort) add up to 0-100."""

    core: float = 0.7
    kind: float = 0.3
    core_near: float = 0.9  # a core below this is another organization ...
    differs_cap: float = 60.0  # ... as is another kind: capped here
    numbers_cap: float = 40.0  # Lodge 7 against Lodge 73
    number_one_side: float = 10.0
    acronym: float = 90.0  # an acronym equal to the other name's initials


PERSON = PersonWeights()
ORG = OrgWeights()
