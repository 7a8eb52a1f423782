"""How a match is told (issue 13, items 4 and 5, the presentation half): `coi compare`'s
waterfall, the probability in words, the top reasons, and the evidence model's features
kept in the store beside rows stored before it — with hand-made evidence, so that these
tests hold whatever the matcher's weights are; the last ones run the real matcher."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from importlib import resources

import pytest
from click.testing import CliRunner

from coi import explain
from coi.cli import main
from coi.decisions import service
from coi.model import Feature, Kind, MatchEvidence
from coi.names import evidence as model
from coi.policy import load_policy
from coi.screen import ScreeningResult
from coi.store import chain
from coi.store.database import Store
from tests.factories import AS_OF, SYSTEM, member, party, tie

# ------------------------------------------------------------------ hand-made evidence

LIKELY_FEATURES = (
    Feature("surname", "exact", 9.25, "Purdon", "Purdon", "surname equal and rare"),
    Feature("given", "one edit", 4.5, "Micheal", "Michael", "given name one letter apart"),
    Feature("dob", "exact", 10.0, "1980-01-02", "1980-01-02", "same date of birth"),
    Feature("middle", "missing", 0.0, "", "J", ""),
)
POSSIBLY_FEATURES = (
    Feature("surname", "exact", 9.25, "Purdon", "Purdon", "surname equal and rare"),
    Feature("given", "initial", 5.25, "M", "Michael", "given name only an initial"),
)
PRIOR = -12.0


def handmade(features=LIKELY_FEATURES, prior=PRIOR, query="Micheal Purdon", matched="Michael J. Purdon") -> MatchEvidence:
    """Evidence as the evidence model makes it: the score is the sum, the parts its features."""
    weight = model.match_weight(prior, features)
    return MatchEvidence(query, matched, model.score(weight), tuple((f.comparison, round(f.weight, 2)) for f in features),
                         model.top_reasons(features), tuple(features), prior)


def test_the_probability_reads_likely_at_ninety_percent_and_possibly_from_the_threshold():
    assert explain.likelihood(0.97, 80) == "likely the same person (97%)"
    assert explain.likelihood(0.85, 80, Kind.ORGANIZATION) == "possibly the same organization (85%)"
    assert explain.likelihood(0.85, 90) == "unlikely the same person (85%)"
    assert explain.likelihood(0.9999, 80) == "likely the same person (over 99%)"


def test_an_explanation_gives_the_probability_in_words_and_the_strongest_reasons_first():
    told = explain.explain(handmade(), 80)
    assert told.likelihood == f"likely the same person ({explain.percent(handmade().probability)})"
    assert told.reasons == ("same date of birth; surname equal; given name one letter apart (Micheal / Michael), likely "
                            "a typing slip")
    possibly = explain.explain(handmade(POSSIBLY_FEATURES), 80)
    assert possibly.likelihood.startswith("possibly the same person (")


def test_another_given_name_on_the_same_birth_date_is_told_as_the_person_or_their_twin():
    twin = (
        Feature("surname", "exact", 11.5, "ibarra", "ibarra"),
        Feature("given", "another name, same surname and birth date", -10.0, "richard", "daniel"),
        Feature("dob", "exact", 15.0, "1980-03-04", "1980-03-04"),
    )
    told = explain.explain(handmade(twin, -11.5, "Richard Ibarra", "Daniel Ibarra"), 25)
    assert told.likelihood.startswith("likely the same person or their twin (")
    assert "a twin — for most relatives a relative too — or another name they go by" in told.reasons
    assert "1980" not in told.reasons


def test_evidence_stored_before_the_evidence_model_is_told_as_its_score_and_reason():
    old = MatchEvidence("Bill OBrien", "William OBrien", 94.8, (("surname", 100.0),), "nickname: william = bill")
    told = explain.explain(old, 80)
    assert told.likelihood == "match score 94.8 of 100" and told.reasons == "nickname: william = bill"
    assert told.features == ()


def test_the_kind_is_read_from_the_features_an_affiliation_is_an_organization():
    org = MatchEvidence("a", "b", 90.0, features=(Feature("words", "exact", 5.0, "elmhurst", "elmhurst", "x"),))
    assert explain.kind_of(org, Kind.PERSON) is Kind.ORGANIZATION
    assert explain.kind_of(handmade(), Kind.ORGANIZATION) is Kind.PERSON
    assert explain.kind_of(MatchEvidence("a", "b", 90.0), Kind.ORGANIZATION) is Kind.ORGANIZATION
    both = (Feature("order", "other", 1.0), Feature("kind", "same", 3.0, "police union", "police union", "x"))
    assert explain.kind_of(MatchEvidence("a", "b", 90.0, features=both), Kind.PERSON) is Kind.ORGANIZATION


# ------------------------------------------------------------------ coi compare

@pytest.fixture
def compared(monkeypatch):
    """`coi compare` on hand-made evidence; the call's arguments are kept."""
    calls = []

    def fake(query, candidate, kind, *, query_dob=None, candidate_dob=None, corpus=None):
        assert corpus is None  # no --docket given: the shipped tables alone
        calls.append((query, candidate, kind, query_dob, candidate_dob))
        return handmade()

    monkeypatch.setattr("coi.cli.screening.compare_names", fake)
    return calls


def test_compare_prints_the_waterfall_from_the_prior_through_each_feature_to_the_score(compared):
    result = CliRunner().invoke(main, ["compare", "Michael J. Purdon", "Micheal Purdon"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    ev = handmade()
    assert lines[0] == f"score {ev.score:.1f} (person)"  # the first line, as before
    assert lines[1].split() == ["comparison", "level", "left", "right", "bits", "total"]
    assert lines[2].split()[:3] == ["prior", "before", "any"] and lines[2].split()[-2:] == ["-12.00", "-12.00"]
    running = PRIOR
    for line, f in zip(lines[3:7], LIKELY_FEATURES):
        running += f.weight
        assert line.split()[0] == f.comparison and f.level in line
        assert line.split()[-2:] == [f"{f.weight:+.2f}", f"{running:+.2f}"]
        # the disclosed (LEFT) side's string first, then the party's (RIGHT)
        if f.left and f.right:
            assert line.index(f.right) <= line.index(f.left)
    assert f"match weight {running:+.2f} bits" in lines[7] and f"score {ev.score:g} of 100" in lines[7]
    assert f"probability {model.probability(running):.4f}" in lines[7]
    assert lines[8].strip().startswith("likely the same person (")
    assert lines[9].strip() == ("reasons: same date of birth; surname equal; given name one letter apart "
                                "(Micheal / Michael), likely a typing slip")


@pytest.mark.parametrize("left, right", [("Takara", "Takara Japanese Restaurant"),
                                         ("Takara Japanese Restaurant", "Takara")])
def test_compare_reads_a_pair_as_organizations_when_either_name_looks_like_one(compared, left, right):
    """A business written without its trade word reads as a surname alone; the other name
    says what the pair is (sixteenth session: the default read LEFT only)."""
    result = CliRunner().invoke(main, ["compare", left, right])
    assert result.exit_code == 0, result.output
    assert compared[-1][2] is Kind.ORGANIZATION


def test_compare_passes_each_date_of_birth_to_its_own_side(compared):
    result = CliRunner().invoke(main, ["compare", "Michael J. Purdon", "Micheal Purdon", "--left-dob", "1980-01-02",
                                       "--right-dob", "1980-02-01"])
    assert result.exit_code == 0, result.output
    # RIGHT is compared as a party (the query), LEFT as the disclosed name
    assert compared == [("Micheal Purdon", "Michael J. Purdon", Kind.PERSON, dt.date(1980, 2, 1), dt.date(1980, 1, 2))]


@pytest.mark.parametrize("bad, words", [("1980-13-01", "is not a date"), ("2999-01-01", "is in the future")])
def test_compare_refuses_a_date_of_birth_that_is_not_a_past_date(compared, bad, words):
    result = CliRunner().invoke(main, ["compare", "Ana Diaz", "Ana Diaz", "--left-dob", bad])
    assert result.exit_code == 2 and words in result.output and not compared


def test_compare_says_possibly_against_the_threshold_of_the_policy_given(compared, tmp_path, monkeypatch):
    monkeypatch.setattr("coi.cli.screening.compare_names", lambda *a, **k: handmade(POSSIBLY_FEATURES))
    shipped = CliRunner().invoke(main, ["compare", "Michael Purdon", "M. Purdon"])
    assert "possibly the same person" in shipped.output
    strict = tmp_path / "strict.toml"
    text = resources.files("coi").joinpath("policy_3_1_g.toml").read_text("utf-8")
    strict.write_text(re.sub(r"prompt_threshold = [0-9.]+", "prompt_threshold = 89", text), encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", "Michael Purdon", "M. Purdon", "--policy", str(strict)])
    assert result.exit_code == 0, result.output
    assert "unlikely the same person" in result.output and "coi prompts from score 89" in result.output


# ------------------------------------------------------------------ the store

@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members([member("M01", "Ana Diaz")], source="m", fingerprint="m", actor="t")
        s.import_disclosures([tie("spouse", "Luis Diaz"), tie("sibling", "Omar Diaz")], source="d", fingerprint="d",
                             actor="t")
        s.import_docket([party("Luis Diaz", case_id="C-1"), party("Omar Diaz", case_id="C-2")], source="k",
                        fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        yield s


def resave(store: Store, evidence_of) -> None:
    """Save the stored prompts again as a screening would, each with ``evidence_of(prompt)``."""
    prompts = tuple(dataclasses.replace(p.as_prompt(), evidence=evidence_of(p)) for p in store.prompts())
    store.save_screening(ScreeningResult(prompts, len({p.case_id for p in prompts}), len(prompts)), as_of=AS_OF,
                         policy="3.1(g)", threshold=80.0, actor="t")


def test_the_store_keeps_each_feature_and_the_prior(store):
    resave(store, lambda p: handmade(query=p.party_name, matched=p.matched_name))
    for p in store.prompts():
        assert p.evidence.features == LIKELY_FEATURES and p.evidence.prior == PRIOR
        assert p.evidence.match_weight == pytest.approx(model.match_weight(PRIOR, LIKELY_FEATURES))
        assert p.threshold == 80.0  # the threshold of the screening that raised it


def test_a_row_stored_before_the_evidence_model_reads_back_without_features(store):
    old = '{"query":"Luis Diaz","matched":"Luis Diaz","score":100,"components":[["surname",100]],"reason":"same name"}'
    store._conn.execute("UPDATE prompts SET evidence = ? WHERE case_id = 'C-1'", (old,))
    (p,) = store.prompts(case_id="C-1")
    assert p.evidence == MatchEvidence("Luis Diaz", "Luis Diaz", 100, (("surname", 100),), "same name", (), 0.0)


def test_old_and_new_evidence_rows_verify_and_the_new_format_chains_no_new_facts(store):
    with store.reading() as conn:
        facts_before = conn.execute("SELECT count(*) FROM prompt_facts").fetchone()[0]
    resave(store, lambda p: handmade(query=p.party_name, matched=p.matched_name))
    old = '{"query":"Luis Diaz","matched":"Luis Diaz","score":100,"components":[["surname",100]],"reason":"same name"}'
    store._conn.execute("UPDATE prompts SET evidence = ? WHERE case_id = 'C-1'", (old,))
    stored = {r[0]: json.loads(r[1]) for r in store._conn.execute("SELECT case_id, evidence FROM prompts")}
    assert "features" not in stored["C-1"] and stored["C-2"]["prior"] == PRIOR and len(stored["C-2"]["features"]) == 4
    with store.reading() as conn:
        # the chained facts are what a member is shown, not the evidence's format: nothing new to chain
        assert conn.execute("SELECT count(*) FROM prompt_facts").fetchone()[0] == facts_before
        assert chain.verify(conn).ok
    result = CliRunner().invoke(main, ["verify", "--db", str(store.path)])
    assert result.exit_code == 0, result.output


# ------------------------------------------------------------------ the real matcher, on the demo

def test_every_prompt_the_matcher_raises_reads_likely_or_possibly_with_its_reasons(demo_db, tried):
    from coi.redaction import Redactor

    with Store.open(demo_db) as s:
        prompts = s.prompts()
        redactor = Redactor.for_store(s, reveal=True)
        shown = [redactor.prompt(p) for p in prompts]
    assert prompts and all(p.evidence.features for p in prompts), "the matcher fills the evidence model's features"
    for p, v in zip(prompts, shown):
        assert v.likelihood.startswith(("likely the same", "possibly the same")), (p.party_name, v.likelihood)
        assert v.reasons and v.features == p.evidence.features
    tried(f"real matcher: {len(prompts)} demo prompts read likely or possibly, each with its reasons")


def test_the_meeting_report_quotes_no_date_of_birth_in_its_reasons(demo_db, tmp_path):
    """The report goes to every member and the public: a relative's date of birth that a
    member disclosed (or a party's) must not reach it through the matcher's words."""
    from coi.decisions import meetings
    from coi.reports import render as report

    with Store.open(demo_db) as s:
        panel = s.panel()
        dates = {d.date_of_birth.isoformat() for d in panel.disclosures if d.date_of_birth}
        dates |= {p.date_of_birth.isoformat() for p in s.parties() if p.date_of_birth}
        built = [meetings.build_report(s, SYSTEM, m.meeting_id, today=AS_OF) for m in meetings.meetings(s, SYSTEM)]
    assert dates and built
    lines = [c for b in built for i in b.items for c in i.conflicts]
    assert any(c.reasons for c in lines)
    for b in built:
        for fmt in ("html", "csv"):
            text = report.render(b, fmt).decode("utf-8-sig")
            assert not [d for d in dates if d in text], (b.meeting.meeting_id, fmt)


@pytest.mark.parametrize("left, right, said", [
    ("Frontera Grill", "Rick Bayless' Frontera Grill", "met through the name after its owner's: Frontera Grill"),
    ("Sullivan's Steak House", "Sullivan's Steakhouse Naperville", "a branch's place left out: Naperville"),
    ("Kowalski Enterprises LLC d/b/a Kowalski's Tavern", "Kowalski's Tavern",
     "met through one of its names: Kowalski's Tavern"),
])
def test_a_match_through_a_name_read_another_way_says_how_the_name_was_read(left, right, said):
    """The top reasons came from the features alone, so a hit met through a d/b/a's name, with
    an owner's name or a branch's place left out said "every word of both names accounted
    for" and no more (helper-75)."""
    from coi.model import Kind
    from coi.names import compare_names

    shown = explain.explain(compare_names(left, right, Kind.ORGANIZATION), 25.0, Kind.ORGANIZATION)
    assert said in shown.reasons.split("; ")
