"""coi timed on Splink's input (bench/splink_compare.py): the docket's person rows without
their affiliations. The comparison is fair only if coi screened on that input raises the
very person-to-person prompts it raises on the whole docket; these tests hold both."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

from bench.splink_compare import persons_docket
from coi.graph import build_graph
from coi.ingest import records as ingest
from coi.model import Kind, Panel
from coi.policy import load_policy
from coi.redaction import follow_the_person
from coi.screen import Screener, docket_corpus, screen_docket
from coi_demo import DEMO_FOLDER

AS_OF = dt.date(2026, 11, 23)


def _folder(tmp_path: Path) -> Path:
    shutil.copy(DEMO_FOLDER / "docket.csv", tmp_path / "docket_7.csv")
    return tmp_path


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_persons_docket_keeps_every_person_row_and_no_organization_nor_affiliation(tmp_path):
    folder = _folder(tmp_path)
    whole = _read(folder / "docket_7.csv")
    persons = _read(folder / persons_docket(7, folder))
    assert any(r["party_kind"] == "organization" for r in whole)
    assert any(r["affiliations"] for r in whole if r["party_kind"] == "person")
    assert [{**r, "affiliations": ""} for r in whole if r["party_kind"] == "person"] == persons


def _person_prompts(docket: Path) -> set[tuple[str, str, str, str, float]]:
    policy = load_policy()
    members = ingest.load_members(DEMO_FOLDER / "members.csv").records
    disclosures = ingest.load_disclosures(DEMO_FOLDER / "disclosures.csv", members, as_of=AS_OF).records
    graph = build_graph(Panel(members, disclosures), policy, as_of=AS_OF)
    parties = follow_the_person(ingest.load_docket(docket).records)
    screener = Screener.build(graph, policy, corpus=docket_corpus(parties, followed=True))
    result = screen_docket(parties, screener, workers=1, followed=True)
    people = {name for tie in graph.ties if tie.kind is Kind.PERSON for name in tie.names}
    # a party's own name against a disclosed person's (not through an affiliation): what Splink links
    return {(p.case_id, p.member_id, p.party.name, p.matched_name, p.score) for p in result.prompts
            if p.party.kind is Kind.PERSON and not p.tie_key.endswith("|affiliation") and p.matched_name in people}


def test_coi_on_the_person_rows_raises_the_person_prompts_it_raises_on_the_whole_docket(tmp_path):
    folder = _folder(tmp_path)
    whole = _person_prompts(folder / "docket_7.csv")
    persons = _person_prompts(folder / persons_docket(7, folder))
    assert whole, "the demo docket raises person prompts"
    assert persons == whole
