"""The demo Panel and docket (coi_demo/: the generator, its name lists in lists/, the files in
files/): reproducible, true to DOMAIN.md and CONTRACT.md, and every planted conflict found by
the real pipeline."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from coi.graph import build_graph
from coi.model import Appointer, Category, PartyRole
from coi.policy import load_policy
from coi.screen import Screener, ScreeningResult, screen_docket
from coi_demo import DEMO_FOLDER, DemoData, generate, write

FILES = ("members.csv", "disclosures.csv", "docket.csv", "expected_conflicts.csv", "decoys.csv", "agenda.csv", "votes.csv")

def _read(name: str) -> list[dict[str, str]]:
    with open(DEMO_FOLDER / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


EXPECTED_ROWS = _read("expected_conflicts.csv")
DECOY_ROWS = _read("decoys.csv")


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return generate()


@pytest.fixture(scope="module")
def screened(demo) -> ScreeningResult:
    policy = load_policy()
    screener = Screener.build(build_graph(demo.panel, policy, as_of=demo.as_of), policy)
    return screen_docket(demo.parties, screener)


def test_generation_is_reproducible(demo):
    assert generate() == demo


def test_another_seed_gives_another_panel(demo):
    assert generate(7).members != demo.members


def test_checked_in_files_equal_freshly_written_ones(demo, tmp_path: Path):
    paths = write(demo, tmp_path)
    assert [p.name for p in paths] == list(FILES)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DEMO_FOLDER / name).read_bytes(), (
            f"coi_demo/files/{name} is stale: regenerate it with python -m coi_demo")


def test_files_carry_the_contract_columns():
    with open(DEMO_FOLDER / "docket.csv", encoding="utf-8") as fh:
        assert fh.readline().strip() == ("case_id,party_name,party_role,party_kind,affiliations,date_of_birth,"
                                         "confidential,case_type,stage,meeting_date")
    with open(DEMO_FOLDER / "disclosures.csv", encoding="utf-8") as fh:
        assert fh.readline().strip() == ("member_id,relation,name,kind,via,aliases,date_of_birth,since,until,role,"
                                         "notes")
    assert {r["confidential"] for r in _read("docket.csv")} == {"true", "false"}


def test_thirteen_members_in_the_statutory_seats(demo):
    members = demo.members
    assert [m.member_id for m in members] == [f"M{i:02d}" for i in range(1, 14)]
    by = Counter(m.appointed_by for m in members)
    assert by == {Appointer.GOVERNOR: 4, Appointer.ATTORNEY_GENERAL: 9}
    seats = Counter((m.appointed_by, m.seat.split()[0]) for m in members)
    assert seats == {
        (Appointer.GOVERNOR, "G-SA"): 1, (Appointer.GOVERNOR, "G-COM"): 3,
        (Appointer.ATTORNEY_GENERAL, "AG-20K"): 2, (Appointer.ATTORNEY_GENERAL, "AG-3K"): 1,
        (Appointer.ATTORNEY_GENERAL, "AG-SHERIFF"): 1, (Appointer.ATTORNEY_GENERAL, "AG-CHIEF"): 1,
        (Appointer.ATTORNEY_GENERAL, "AG-MINORITY"): 2, (Appointer.ATTORNEY_GENERAL, "AG-VICTIM"): 1,
        (Appointer.ATTORNEY_GENERAL, "AG-RES"): 1,
    }
    for m in members:
        assert m.term_start.weekday() == 0 and m.term_start.month == 6 and m.term_start.day <= 7
        assert m.term_end.year == m.term_start.year + 3 and m.date_of_birth is not None


def test_dozens_of_disclosures_per_member(demo):
    counts = Counter(d.member_id for d in demo.disclosures)
    assert all(25 <= counts[m.member_id] <= 60 for m in demo.members), counts


def test_via_chains_resolve_and_include_a_two_step_chain(demo):
    named = {(d.member_id, d.name): d for d in demo.disclosures}
    vias = [d for d in demo.disclosures if d.via]
    assert len(vias) > 100
    assert all((d.member_id, d.via) in named for d in vias), "every via names a person the member disclosed"
    two_step = [d for d in vias if named[(d.member_id, d.via)].via]
    assert two_step, "a chain such as spouse → sibling → child"


def test_disclosures_carry_aliases_former_ties_and_dates_of_birth(demo):
    ds = demo.disclosures
    assert sum(bool(d.aliases) for d in ds) > 30
    assert sum(d.is_former(demo.as_of) for d in ds) > 13
    assert sum(d.date_of_birth is not None for d in ds) > len(ds) / 3


def test_several_hundred_cases_with_every_party_role(demo):
    cases = Counter(p.case_id for p in demo.parties)
    assert len(cases) == 400
    assert all(2 <= n <= 7 for n in cases.values())
    assert {p.role for p in demo.parties} == set(PartyRole)
    assert all(p.kind == "organization" for p in demo.parties if p.role is PartyRole.AGENCY)
    assert all(p.affiliations for p in demo.parties if p.role is PartyRole.RESPONDENT)
    assert any(p.confidential for p in demo.parties)


def test_every_category_is_planted_at_least_twice(demo):
    planted = Counter(e.category for e in demo.expected)
    assert {c: planted[c] for c in Category if planted[c] < 2} == {}


def test_a_conflict_is_planted_on_a_confidential_party(demo):
    secret = {(p.case_id, p.name) for p in demo.parties if p.confidential}
    assert any((e.case_id, e.party_name) in secret for e in demo.expected)


def test_at_least_twenty_decoys(demo):
    assert len({(d.case_id, d.party_name) for d in demo.decoys}) >= 20


def _expected_params():
    for r in EXPECTED_ROWS:
        key = (r["case_id"], r["member_id"], r["party_name"], r["category"])
        yield pytest.param(r, id=f"{key[0]}-{key[1]}-{key[3]}-{r['variation']}")


@pytest.mark.parametrize("row", list(_expected_params()))
def test_pipeline_finds_the_planted_conflict(row, screened):
    prompts = [p for p in screened.prompts if p.case_id == row["case_id"] and p.party.name == row["party_name"]]
    mine = [p for p in prompts if p.member_id == row["member_id"]]
    assert any(p.category == row["category"] for p in mine), (
        f"{row['case_id']}: {row['party_name']!r} should prompt {row['member_id']} for {row['category']} "
        f"({row['variation']}: {row['note']}); prompts for this member: "
        f"{[(str(p.category), p.score, p.matched_name, p.evidence.reason) for p in mine]}")


@pytest.mark.parametrize("row", DECOY_ROWS, ids=lambda r: f"{r['case_id']}-{r['resembles_member_id']}")
def test_decoy_raises_no_prompt_for_the_member_it_resembles(row, screened):
    wrong = [p for p in screened.prompts if p.case_id == row["case_id"] and p.party.name == row["party_name"]
             and p.member_id == row["resembles_member_id"]]
    assert not wrong, (f"{row['party_name']!r} ({row['why']}) prompted {row['resembles_member_id']}: "
                       f"{[(str(p.category), p.score, p.matched_name, p.evidence.reason) for p in wrong]}")
