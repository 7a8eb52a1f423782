"""coi.screen on its own: which party raises which prompt for which member — affiliations,
the member as a party, an organization filed as a person — through one party
(``Screener.screen_party``) and a whole docket (``screen_docket``), which must agree."""

from __future__ import annotations

import datetime as dt

import pytest

from coi.graph import build_graph
from coi.model import Category, Kind, Party, Tier
from coi.policy import load_policy
from coi.screen import Screener, prompt_row, screen_docket, summary_lines
from tests.factories import AS_OF, member, panel, party, tie

ANA_BORN = dt.date(1970, 3, 4)
OAK_RIDGE = "Oak Ridge Police Department"
ELM_CITY = "Elm City Police Department"  # Ana's employer until 2020
FOP = "Illinois Fraternal Order of Police"
ACME = "Acme Security LLC"  # an organization Ana has another tie to: neither employer nor association


@pytest.fixture(scope="module")
def screener() -> Screener:
    """Ana Diaz (M01): an employer, a former employer, an association, a friend, another organization;
    Ben Cole (M02): no ties."""
    ties = panel(tie("employer", OAK_RIDGE), tie("employer", ELM_CITY, until=dt.date(2020, 1, 1)),
                 tie("association", FOP), tie("friend", "Carla Mendez"),
                 tie("other", ACME, kind=Kind.ORGANIZATION),
                 members=(member("M01", "Ana Diaz", date_of_birth=ANA_BORN), member("M02", "Ben Cole")))
    policy = load_policy()
    return Screener.build(build_graph(ties, policy, as_of=AS_OF), policy)


def raised(screener: Screener, p: Party) -> set[tuple[str, str]]:
    """(member, category) of every prompt the party raises, one party at a time."""
    return {(pr.member_id, str(pr.category)) for pr in screener.screen_party(p)}


def raised_in_docket(screener: Screener, p: Party) -> set[tuple[str, str]]:
    """The same, the party screened as a one-row docket (the batched path)."""
    return {(pr.member_id, str(pr.category)) for pr in screen_docket([p], screener).prompts}


BOTH_WAYS = pytest.mark.parametrize("screen", [raised, raised_in_docket], ids=["one party", "docket"])


# ------------------------------------------------------------------ affiliations

@BOTH_WAYS
def test_a_party_affiliated_with_the_members_employer_raises_an_employment_prompt(screener, screen):
    assert screen(screener, party("Zed Quill", affiliations=(OAK_RIDGE,))) == {("M01", "employment")}


@BOTH_WAYS
def test_a_party_affiliated_with_an_association_the_member_serves_in_raises_an_association_prompt(screener, screen):
    assert screen(screener, party("Zed Quill", role="respondent", affiliations=(FOP,))) == {("M01", "association")}


@BOTH_WAYS
def test_a_party_affiliated_with_a_former_employer_raises_a_former_employment_prompt(screener, screen):
    assert screen(screener, party("Zed Quill", affiliations=(ELM_CITY,))) == {("M01", "former_employment")}


@BOTH_WAYS
def test_an_affiliation_naming_a_person_the_member_knows_raises_nothing(screener, screen):
    """Only an employer or an association ties its affiliates to the member: a friend is not an organization."""
    assert screen(screener, party("Zed Quill", affiliations=("Carla Mendez",))) == set()


@BOTH_WAYS
def test_an_affiliation_with_an_organization_the_member_is_otherwise_tied_to_raises_nothing(screener, screen):
    """The organization itself, as a party, is the member's tie; its affiliates are not."""
    assert screen(screener, party("Zed Quill", affiliations=(ACME,))) == set()
    assert screen(screener, party(ACME, role="agency")) == {("M01", "other")}


@BOTH_WAYS
def test_an_affiliation_with_an_organization_the_member_has_no_tie_to_raises_nothing(screener, screen):
    assert screen(screener, party("Zed Quill", affiliations=("Cook County Sheriff's Office",))) == set()


def test_an_affiliation_prompt_names_the_party_the_affiliation_and_the_tie_it_matched(screener):
    [pr] = screener.screen_party(party("Zed Quill", role="respondent", affiliations=(OAK_RIDGE,)))
    assert pr.category is Category.EMPLOYMENT and pr.tier is Tier.STATUTORY
    assert pr.party.name == "Zed Quill" and pr.matched_name == OAK_RIDGE
    assert pr.tie_key.endswith("|affiliation")
    assert pr.basis.startswith(load_policy().rule(Category.EMPLOYMENT).basis)
    assert repr(OAK_RIDGE) in pr.basis and "employment tie" in pr.basis
    assert prompt_row(pr)["path"] == f"Member Ana Diaz → employer {OAK_RIDGE} → affiliated respondent Zed Quill"


def test_a_party_whose_name_and_affiliation_meet_the_same_tie_raises_one_prompt_for_its_name(screener):
    """One prompt per (member, category): the name's hit is met first and the affiliation's scores no higher."""
    [pr] = screener.screen_party(party(OAK_RIDGE, role="agency", affiliations=(OAK_RIDGE,)))
    assert pr.category is Category.EMPLOYMENT and not pr.tie_key.endswith("|affiliation")


# ------------------------------------------------------------------ the member as a party

@BOTH_WAYS
def test_a_party_with_a_members_own_name_raises_an_other_prompt_for_that_member(screener, screen):
    assert screen(screener, party("Ana Diaz")) == {("M01", "other")}
    assert screen(screener, party("Ben Cole")) == {("M02", "other")}


def test_the_member_as_a_party_is_advisory_and_says_the_member_is_the_party(screener):
    [pr] = screener.screen_party(party("Ben Cole", role="complainant"))
    assert pr.tier is Tier.ADVISORY and pr.member_name == "Ben Cole"
    assert prompt_row(pr)["path"] == "Member Ben Cole → is the party"


@BOTH_WAYS
def test_a_party_with_a_members_name_and_the_members_date_of_birth_is_the_member(screener, screen):
    assert screen(screener, party("Ana Diaz", date_of_birth=ANA_BORN)) == {("M01", "other")}


@BOTH_WAYS
def test_a_party_with_a_members_name_but_another_date_of_birth_is_not_the_member(screener, screen):
    assert screen(screener, party("Ana Diaz", date_of_birth=dt.date(1999, 9, 9))) == set()


# ------------------------------------------------------------------ an organization filed as a person

@BOTH_WAYS
def test_an_organization_filed_as_a_person_still_matches_the_members_employer(screener, screen):
    """A docket that lists "Oak Ridge PD" with the person kind: the name reads as an organization's."""
    filed = party("Oak Ridge PD", role="witness")
    assert filed.kind is Kind.PERSON
    assert screen(screener, filed) == {("M01", "employment")}


@BOTH_WAYS
def test_a_society_filed_as_a_person_still_matches_the_association_a_member_serves_in(screen):
    """Issue 13: a body of members whose name says "Society" (or Foundation, Brotherhood…)
    listed with the person kind is screened as an organization too."""
    society = "Illinois Society of Arson Examiners"
    ties = panel(tie("association", society), members=(member("M01", "Ana Diaz"),))
    policy = load_policy()
    alone = Screener.build(build_graph(ties, policy, as_of=AS_OF), policy)
    filed = party(society, role="witness")
    assert filed.kind is Kind.PERSON
    assert screen(alone, filed) == {("M01", "association")}


@BOTH_WAYS
def test_a_business_filed_as_a_person_under_its_legal_name_matches_the_employer_a_member_named(screen):
    """Issue 13 (businesses): a party listed with the person kind whose name says a trade or
    joins a legal name to a trade name ("dba") is screened as an organization too, by each
    of its names."""
    ties = panel(tie("employer", "Wenzlak's Tavern"), members=(member("M01", "Ana Diaz"),))
    policy = load_policy()
    alone = Screener.build(build_graph(ties, policy, as_of=AS_OF), policy)
    for name in ("Brelwick Enterprises LLC dba Wenzlak's Tavern", "Wenzlak's Tavern & Grill", "Wenzlak's Saloon"):
        filed = party(name, role="witness")
        assert filed.kind is Kind.PERSON
        assert screen(alone, filed) == {("M01", "employment")}, name


@BOTH_WAYS
@pytest.mark.parametrize("name", [
    "Deputy Zed Quill, Oak Ridge Police Department",  # the body a person party serves, after a comma
    "Zed Quill, #M12345, Oak Ridge Police Department",
])
def test_the_body_a_person_partys_description_names_matches_the_members_employer(screener, screen, name):
    """Issue 13 (person parties): a body named after a person party's name and a comma is read
    as an organization on its own; the whole name, compared as an organization's, held the
    person's words too and met nothing (0.0)."""
    filed = party(name)
    assert filed.kind is Kind.PERSON
    assert screen(screener, filed) == {("M01", "employment")}


@BOTH_WAYS
def test_a_legal_description_after_a_person_partys_name_is_no_body_of_its_own(screen):
    ties = panel(tie("employer", "Illinois Municipal League"), members=(member("M01", "Ana Diaz"),))
    policy = load_policy()
    alone = Screener.build(build_graph(ties, policy, as_of=AS_OF), policy)
    assert screen(alone, party("Zed Quill, an Illinois municipal officer")) == set()


@BOTH_WAYS
def test_a_person_whose_name_does_not_read_as_an_organization_is_not_tried_as_one(screener, screen):
    assert screen(screener, party("Oakley Ridge")) == set()


@BOTH_WAYS
def test_an_organization_party_does_not_match_a_person_tie_of_the_same_name(screener, screen):
    assert screen(screener, party("Carla Mendez", role="agency", kind=Kind.ORGANIZATION)) == set()


# ------------------------------------------------------------------ a docket

def test_a_docket_raises_exactly_the_prompts_of_its_parties_screened_one_at_a_time(screener):
    docket = [party("Zed Quill", case_id="C1", affiliations=(OAK_RIDGE, FOP)), party("Carla Mendez", case_id="C1"),
              party("Oak Ridge PD", case_id="C2"), party("Ben Cole", case_id="C2"), party("Yuri Vance", case_id="C3")]
    one_by_one = sorted(((pr.case_id, pr.member_id, pr.party.name, pr.category, pr.tie_key, pr.score)
                         for p in docket for pr in screener.screen_party(p)))
    result = screen_docket(docket, screener)
    batched = sorted((pr.case_id, pr.member_id, pr.party.name, pr.category, pr.tie_key, pr.score)
                     for pr in result.prompts)
    assert batched == one_by_one and len(batched) == 5
    assert (result.cases, result.parties) == (3, 5)
    assert result.by_member == {"M01": 4, "M02": 1}
    assert result.by_tier == {Tier.STATUTORY: 4, Tier.ADVISORY: 1}


def test_the_summary_counts_the_prompts_by_tier_category_and_member(screener):
    result = screen_docket([party("Zed Quill", affiliations=(OAK_RIDGE, FOP)), party("Ben Cole")], screener)
    lines = summary_lines(result, {"M01": "Ana Diaz", "M02": "Ben Cole"})
    assert lines[0] == "Screened 2 parties in 1 cases: 3 prompts (2 statutory, 1 advisory)."
    assert [line.split() for line in lines[lines.index("By member:") + 1:]] == [
        ["M01", "Ana", "Diaz", "2"], ["M02", "Ben", "Cole", "1"]]
