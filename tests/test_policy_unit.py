"""coi.policy on its own: the shipped 3.1(g) policy, a custom policy file (its tiers, former
rule and threshold reach the prompts), and bad policy files refused with a message naming the
file and what to fix."""

from __future__ import annotations

import hashlib
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from coi.graph import build_graph
from coi.model import Category, Tier
from coi.policy import Policy, PolicyError, load_policy
from coi.screen import Screener
from tests.factories import AS_OF, panel, party, tie

SHIPPED = resources.files("coi").joinpath("policy_3_1_g.toml").read_text(encoding="utf-8")


def shipped_data() -> dict:
    return tomllib.loads(SHIPPED)


def write_policy(tmp_path: Path, text: str, name: str = "policy.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def edited(old: str, new: str, text: str = SHIPPED) -> str:
    """The shipped policy with one passage replaced (which must be there)."""
    assert old in text, old
    return text.replace(old, new, 1)


def refusal(tmp_path: Path, text: str) -> str:
    path = write_policy(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message  # names the file
    return message


# ------------------------------------------------------------------ the shipped policy

def test_the_shipped_policy_has_a_rule_for_every_category_with_the_files_tier_and_words():
    policy = load_policy()
    data = shipped_data()
    assert set(policy.rules) == set(Category)
    for category in Category:
        entry = data["categories"][category.value]
        rule = policy.rule(category)
        assert (rule.tier, rule.citation, rule.words) == (Tier(entry["tier"]), entry["citation"], entry["words"])
        assert rule.basis == f"{entry['citation']}: {entry['words']}"


def test_the_shipped_policy_reads_its_name_threshold_and_floor_from_the_file():
    policy = load_policy()
    data = shipped_data()
    assert policy.name == data["name"]
    assert (policy.prompt_threshold, policy.floor) == (data["matching"]["prompt_threshold"],
                                                        data["matching"]["floor"])


def test_a_policys_hash_is_the_sha256_of_its_files_bytes(tmp_path):
    path = write_policy(tmp_path, SHIPPED)
    assert load_policy(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest() == load_policy().sha256
    other = write_policy(tmp_path, SHIPPED + "\n# one comment more\n", "other.toml")
    assert load_policy(other).sha256 == hashlib.sha256(other.read_bytes()).hexdigest() != load_policy().sha256


def test_a_rule_is_found_by_the_categorys_word_as_well_as_its_enum():
    policy = load_policy()
    assert policy.rule("friend") is policy.rule(Category.FRIEND)
    assert policy.tier("friend") is policy.rule(Category.FRIEND).tier


def test_an_ended_tie_falls_under_the_former_category_the_policy_names():
    policy = load_policy()
    former = shipped_data()["former"]
    assert policy.when_former(Category.EMPLOYMENT) is Category(former["employment"])
    assert policy.when_former(Category.FRIEND) is Category(former["friend"])


def test_an_ended_kin_tie_without_its_own_former_rule_falls_under_default_kin():
    policy = load_policy()
    assert "parent_in_law" not in shipped_data()["former"] and Category.PARENT_IN_LAW.is_kin
    assert policy.when_former(Category.PARENT_IN_LAW) is Category(shipped_data()["former"]["default_kin"])


def test_an_ended_tie_with_no_former_rule_and_not_kin_keeps_its_category():
    policy = load_policy()
    assert "other" not in shipped_data()["former"] and not Category.OTHER.is_kin
    assert policy.when_former(Category.OTHER) is Category.OTHER


# ------------------------------------------------------------------ a custom policy

CUSTOM = edited('name = "50 ILCS 705/3.1(g) (coi default)"', 'name = "Panel policy of 2027"',
                edited('[categories.friend]\ntier = "statutory"', '[categories.friend]\ntier = "advisory"',
                       edited('friend = "other"', 'friend = "former_association"',
                              edited("prompt_threshold = 25", "prompt_threshold = 99.5"))))


@pytest.fixture
def custom(tmp_path) -> Policy:
    return load_policy(write_policy(tmp_path, CUSTOM))


def test_a_custom_policy_is_read_as_written(custom):
    assert custom.name == "Panel policy of 2027"
    assert custom.tier(Category.FRIEND) is Tier.ADVISORY and load_policy().tier(Category.FRIEND) is Tier.STATUTORY
    assert custom.when_former(Category.FRIEND) is Category.FORMER_ASSOCIATION
    assert custom.prompt_threshold == 99.5


def test_a_policy_file_without_a_name_is_named_by_its_path(tmp_path):
    path = write_policy(tmp_path, edited('name = "50 ILCS 705/3.1(g) (coi default)"\n', ""))
    assert load_policy(path).name == str(path)


def test_a_policy_file_without_a_matching_section_takes_the_threshold_80_and_the_floor_50(tmp_path):
    text = SHIPPED.split("[matching]")[0] + "[former]" + SHIPPED.split("[former]", 1)[1]
    policy = load_policy(write_policy(tmp_path, text))
    assert (policy.prompt_threshold, policy.floor) == (80.0, 50.0)


def _screened(policy: Policy, *parties):
    ties = panel(tie("friend", "Carla Mendez"), tie("friend", "Dora Quill", until=AS_OF.replace(year=2020)))
    screener = Screener.build(build_graph(ties, policy, as_of=AS_OF), policy)
    return [pr for p in parties for pr in screener.screen_party(p)]


def test_a_custom_policys_tier_is_the_tier_of_its_prompts(custom):
    [shipped] = _screened(load_policy(), party("Carla Mendez"))
    [custom_prompt] = _screened(custom, party("Carla Mendez"))
    assert (shipped.tier, custom_prompt.tier) == (Tier.STATUTORY, Tier.ADVISORY)
    assert custom_prompt.basis == custom.rule(Category.FRIEND).basis


def test_a_custom_policys_former_rule_is_the_category_of_an_ended_tie(custom):
    [shipped] = _screened(load_policy(), party("Dora Quill"))
    [custom_prompt] = _screened(custom, party("Dora Quill"))
    assert (shipped.category, custom_prompt.category) == (Category.OTHER, Category.FORMER_ASSOCIATION)


def test_a_custom_policys_threshold_drops_the_prompts_scoring_below_it(custom):
    near = party("Carla Mendes")  # one letter off: a prompt at the shipped threshold, below 99.5
    [shipped] = _screened(load_policy(), near)
    assert shipped.score < custom.prompt_threshold
    assert _screened(custom, near) == []
    assert [p.score >= 99.5 for p in _screened(custom, party("Carla Mendez"))] == [True]


# ------------------------------------------------------------------ bad policy files

def test_a_missing_policy_file_is_refused_naming_the_path(tmp_path):
    path = tmp_path / "no-such-policy.toml"
    with pytest.raises(PolicyError, match="cannot read the policy file") as caught:
        load_policy(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_a_policy_file_that_is_not_toml_is_refused(tmp_path):
    assert "not a valid TOML policy file" in refusal(tmp_path, "name = \n[categories\n")


def test_a_policy_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_bytes(SHIPPED.encode("utf-8") + "# Révision\n".encode("latin-1"))
    with pytest.raises(PolicyError, match="not a valid TOML policy file") as caught:
        load_policy(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_a_policy_missing_a_category_names_the_section_to_add(tmp_path):
    start = SHIPPED.index("[categories.spouse]")
    end = SHIPPED.index("[categories.parent]")
    message = refusal(tmp_path, SHIPPED[:start] + SHIPPED[end:])
    assert message.endswith("no [categories.spouse] section")


def test_a_policy_with_an_unknown_tier_names_the_category_and_the_two_tiers(tmp_path):
    message = refusal(tmp_path, edited('[categories.friend]\ntier = "statutory"', '[categories.friend]\ntier = "high"'))
    assert message.endswith("[categories.friend] tier must be 'statutory' or 'advisory'")


def test_a_policy_with_a_category_the_contract_does_not_know_names_it(tmp_path):
    message = refusal(tmp_path, SHIPPED + '\n[categories.cousin]\ntier = "advisory"\ncitation = "x"\nwords = "y"\n')
    assert message.endswith("[categories.cousin] is not a category of CONTRACT.md")


def test_a_policy_whose_former_rule_names_no_category_names_the_line(tmp_path):
    message = refusal(tmp_path, edited('friend = "other"', 'friend = "acquaintance"'))
    assert message.endswith("[former] friend = 'acquaintance' is not a category")


@pytest.mark.parametrize("threshold", ["0", "-5", "100.5", '"high"'])
def test_a_policy_whose_threshold_is_not_a_score_says_the_range(tmp_path, threshold):
    message = refusal(tmp_path, edited("prompt_threshold = 25", f"prompt_threshold = {threshold}"))
    assert "[matching] prompt_threshold must be a number in (0, 100]" in message


@pytest.mark.parametrize("floor", ["-1", "26", '"low"'])
def test_a_policy_whose_floor_is_not_between_0_and_the_threshold_says_so(tmp_path, floor):
    message = refusal(tmp_path, edited("floor = 1", f"floor = {floor}"))
    assert message.endswith("[matching] floor must be a number between 0 and prompt_threshold")


def test_a_policy_with_a_threshold_of_100_and_a_floor_of_0_is_accepted(tmp_path):
    policy = load_policy(write_policy(tmp_path, edited("prompt_threshold = 25", "prompt_threshold = 100",
                                                       edited("floor = 1", "floor = 0"))))
    assert (policy.prompt_threshold, policy.floor) == (100.0, 0.0)


def test_every_problem_of_a_policy_file_is_named_at_once(tmp_path):
    text = edited('[categories.friend]\ntier = "statutory"', '[categories.friend]\ntier = "high"',
                  edited('friend = "other"', 'friend = "acquaintance"', edited("floor = 1", "floor = 26")))
    problems = refusal(tmp_path, text).split(": ", 1)[1].split("; ")
    assert sorted(problems) == sorted(["[categories.friend] tier must be 'statutory' or 'advisory'",
                                       "[former] friend = 'acquaintance' is not a category",
                                       "[matching] floor must be a number between 0 and prompt_threshold"])


def test_a_policy_error_is_a_value_error_for_callers_that_catch_those():
    assert issubclass(PolicyError, ValueError)


# ------------------------------------------------------------------ found while writing these tests (issue 15, item 7)

@pytest.mark.parametrize("section, text", [
    ("categories", 'categories = "all statutory"\n'),
    ("former", "former = [1, 2]\n"),
    ("matching", "matching = 80\n"),
], ids=["categories", "former", "matching"])
def test_a_section_written_as_a_single_value_is_refused_naming_the_section(tmp_path, section, text):
    """Was: AttributeError ('str' object has no attribute 'get'), with nothing said about the file."""
    body = SHIPPED.replace(f"[{section}]", "[unused]", 1) if section != "categories" else \
        SHIPPED.replace("[categories.", "[unused.")
    message = refusal(tmp_path, text + body)
    assert f"{section} must be a [{section}] section, not a single value" in message


def test_a_category_written_as_a_single_value_is_refused_naming_it(tmp_path):
    start, end = SHIPPED.index("[categories.friend]"), SHIPPED.index("[categories.association]")
    message = refusal(tmp_path, SHIPPED[:start] + SHIPPED[end:] + '\n[categories]\nfriend = "statutory"\n')
    assert message.endswith("[categories.friend] must be a section with tier, citation and words")


@pytest.mark.parametrize("key, value", [("prompt_threshold", "true"), ("floor", "false")])
def test_a_true_or_false_is_not_a_score(tmp_path, key, value):
    """Was: ``prompt_threshold = true`` loaded as a threshold of 1 (Python counts a bool as an int)."""
    default = {"prompt_threshold": "prompt_threshold = 25", "floor": "floor = 1"}[key]
    message = refusal(tmp_path, edited(default, f"{key} = {value}"))
    assert f"[matching] {key} must be a number" in message


@pytest.mark.parametrize("line", ['citation = "50 ILCS 705/3.1(g)(2)"\n', 'words = "a friend"\n'])
def test_a_rule_without_its_citation_or_words_is_refused(tmp_path, line):
    """Was: loaded, and every friend prompt then cited ``50 ILCS 705/3.1(g)(2): `` (no words) as its basis."""
    start = SHIPPED.index("[categories.friend]")
    text = SHIPPED[:start] + SHIPPED[start:].replace(line, "", 1)
    message = refusal(tmp_path, text)
    assert message.endswith("[categories.friend] needs a citation and words (the rule every prompt cites)")


def test_a_former_rule_for_a_misspelt_category_is_refused_naming_it(tmp_path):
    """Was: ignored, so an ended friendship stayed a statutory ``friend`` prompt without a word."""
    message = refusal(tmp_path, edited('friend = "other"', 'frend = "other"'))
    assert message.endswith("[former] frend is neither a category nor default_kin")
