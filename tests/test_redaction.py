"""One redaction rule (coi.redaction) in every output: the screen CSV, the dashboard's
views, the pre-meeting report and packets (HTML, CSV, Excel), the removal-exposure audit —
on a synthetic Panel built to reach each level of the rule, and on the demo's confidential
parties; ids validated at the boundary (issue 11, items 4 and 5)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re

import openpyxl
import pytest
from click.testing import CliRunner

from coi import explain
from coi.cli import main
from coi.decisions import meetings, service, views
from coi.decisions.access import may_reveal
from coi.decisions.accounts import Account, Role
from coi.decisions.meetings import MeetingError
from coi.ingest.records import VoteRow, load_agenda, load_docket
from coi.model import Category, Feature, InputRejected, MatchEvidence
from coi.names import evidence as evidence_model
from coi.policy import load_policy
from coi.redaction import CONFIDENTIAL, Detail, Group, Redactor, name_key
from coi.reports import render as report
from coi.screen import ScreeningResult
from coi.store.database import Store
from tests.factories import AS_OF, SYSTEM, copy_database, demo_database, member, party, tie, write_csv

ROSTER = [member("M01", "Ana Diaz"), member("M02", "Ben Cole"), member("M03", "Cara Moss")]
TIES = [
    tie("spouse", "Luis Diaz", member_id="M01"),
    tie("sibling", "Omar Diaz", member_id="M01"),
    tie("sibling", "Pia Diaz", member_id="M01"),
    tie("child", "Tomas Diaz", via="Omar Diaz", member_id="M01"),  # a nephew, through a sibling
    tie("employer", "Oak Ridge Police Department", member_id="M01"),
    tie("friend", "Rosa Vega", member_id="M02"),
    tie("spouse", "Eva Cole", member_id="M02"),
    tie("friend", "Ned Moss", member_id="M03"),
]
DOCKET = [
    party("Omar Diaz", case_id="C-1", role="complainant", confidential=True),  # 2 siblings: "sibling" shown
    party("Rosa Vega", case_id="C-1", role="complainant", confidential=True),  # 1 friend: tier only
    party("Vega, Rosa", case_id="C-1", role="witness"),  # the same person, a row not flagged
    party("Luis Diaz", case_id="C-2", role="complainant", confidential=True),  # 1 spouse of 4 relatives: group
    party("Zed Quill", case_id="C-3", role="complainant", confidential=True,
          affiliations=("Oak Ridge Police Department",)),  # matched through the member's employer
    party("Rosa Vega", case_id="C-4", role="witness"),  # not confidential in this case
    party("Tomas Diaz", case_id="C-5", role="victim", confidential=True, date_of_birth=dt.date(2001, 2, 3)),
    party("Ned Moss", case_id="C-6", role="respondent"),  # not confidential anywhere
]
# what a redacted output must never show of each confidential prompt: (case, member) → words
SECRETS = {
    ("C-1", "M01"): ("Omar Diaz",),
    ("C-1", "M02"): ("Rosa Vega", "Vega, Rosa"),
    ("C-2", "M01"): ("Luis Diaz",),
    ("C-3", "M01"): ("Zed Quill", "Oak Ridge Police Department"),
    ("C-5", "M01"): ("Tomas Diaz", "Omar Diaz", "2001-02-03"),  # the nephew, the sibling between, the birth date
}
SHOWN = {("C-1", "M01"): Group.RELATIVE.value, ("C-1", "M02"): "friend", ("C-2", "M01"): Group.RELATIVE.value,
         ("C-3", "M01"): "employment", ("C-5", "M01"): Group.RELATIVE.value}


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("COI_DB", str(tmp_path / "coi.sqlite3"))
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        s.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
        s.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-1", "C-2", "C-3", "C-4", "C-5", "C-6"])
        yield s


def leaks(text: str, case_id: str, member_id: str) -> list[str]:
    return [w for w in SECRETS[(case_id, member_id)] if w in text]


# ------------------------------------------------------------------ the rule itself

def test_the_synthetic_docket_raises_a_prompt_for_every_secret(store):
    raised = {(p.case_id, p.member_id) for p in store.prompts()}
    assert set(SECRETS) <= raised and ("C-1", "M02") in raised and ("C-4", "M02") in raised


def test_screening_stores_every_row_of_a_confidential_person_as_confidential(store):
    """So that a prompt on the unflagged row counts as confidential everywhere (the dashboard,
    the report, the audit, and the hold on prompts a member's own edit raises)."""
    rows = store.prompts(case_id="C-1", member_id="M02")
    assert {p.party_name for p in rows} == {"Rosa Vega", "Vega, Rosa"}
    assert all(p.party_confidential for p in rows)
    assert not any(p.party_confidential for p in store.prompts(case_id="C-4"))


@pytest.mark.parametrize("a, b", [("Jane Doe", "Doe, Jane"), ("José Núñez", "jose nunez"),
                                  ("O'Neil Ray", "ONeil  Ray")])
def test_names_compared_for_confidentiality_ignore_case_accents_punctuation_and_order(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("category", list(Category))
def test_a_named_relative_shows_as_its_group_and_every_other_category_as_itself(category):
    """The rule reads the category alone, never the member's other ties (which a member
    could add or remove to watch the card change)."""
    named_relative = category.is_kin and category is not Category.OTHER_RELATIVE
    assert (Detail.of(category) is Detail.GROUP) == named_relative


def test_only_an_account_that_may_see_confidential_parties_and_asks_gets_names():
    assert may_reveal(SYSTEM) and may_reveal(Account("staff", Role.STAFF, None))
    assert not may_reveal(SYSTEM, asked=False)
    assert not may_reveal(Account("m01", Role.MEMBER, "M01"))


# ------------------------------------------------------------------ coi screen (CSV)

@pytest.fixture
def files(tmp_path):
    def rows(header, records):
        return header + "".join(",".join(f'"{c}"' for c in r) + "\n" for r in records)
    members = write_csv(tmp_path, rows("member_id,name,appointed_by\n",
                                       [(m.member_id, m.name, "Governor") for m in ROSTER]), "members.csv")
    disclosures = write_csv(tmp_path, rows("member_id,relation,name,via\n",
                                           [(d.member_id, d.relation, d.name, d.via or "") for d in TIES]),
                            "disclosures.csv")
    docket = write_csv(tmp_path, rows("case_id,party_name,party_role,affiliations,date_of_birth,confidential\n",
                                      [(p.case_id, p.name, p.role, ";".join(p.affiliations),
                                        p.date_of_birth.isoformat() if p.date_of_birth else "",
                                        "true" if p.confidential else "false") for p in DOCKET]), "docket.csv")
    return ["--members", str(members), "--disclosures", str(disclosures), "--docket", str(docket)]


def screen_rows(files, *extra) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["screen", *files, "--as-of", AS_OF.isoformat(), *extra])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_screen_csv_redacts_name_matched_name_chain_affiliation_and_keeps_the_exact_category(files):
    rows = screen_rows(files)
    for (case_id, member_id) in SECRETS:
        found = [r for r in rows if (r["case_id"], r["member_id"]) == (case_id, member_id)]
        assert found
        for row in found:
            assert not leaks(" ".join(row.values()), case_id, member_id), row
            assert row["party_name"] == row["matched_name"] == CONFIDENTIAL
            assert row["path"] == f"Member {row['member_name']} → {Category(row['category']).words} {CONFIDENTIAL}"
            assert row["basis"] == load_policy().rule(Category(row["category"])).basis  # the rule, no affiliation
    nephew = next(r for r in rows if r["case_id"] == "C-5")
    assert nephew["category"] == "niece_or_nephew"  # the contract's column stays exact


def test_screen_csv_redacts_a_name_on_every_row_of_the_case_where_it_is_confidential(files):
    rows = screen_rows(files)
    c1 = [r for r in rows if (r["case_id"], r["member_id"]) == ("C-1", "M02")]
    assert c1 and all(r["party_name"] == CONFIDENTIAL and "Vega" not in " ".join(r.values()) for r in c1)
    (c4,) = [r for r in rows if r["case_id"] == "C-4"]
    assert c4["party_name"] == "Rosa Vega"  # the same name is not confidential in another case


def test_screen_csv_names_everyone_with_reveal_confidential(files):
    rows = screen_rows(files, "--reveal-confidential")
    nephew = next(r for r in rows if r["case_id"] == "C-5")
    assert nephew["party_name"] == "Tomas Diaz" and "Omar Diaz" in nephew["path"]
    assert {r["party_name"] for r in rows if r["case_id"] == "C-1"} >= {"Omar Diaz", "Rosa Vega"}


# ------------------------------------------------------------------ the dashboard's views

def member_views(store, member_id):
    account = Account(member_id.lower(), Role.MEMBER, member_id)
    redactor = Redactor.for_store(store)
    return [views.view_of(p, account, redactor=redactor) for p in store.prompts(member_id=member_id)]


@pytest.mark.parametrize("key", sorted(SECRETS))
def test_a_members_view_redacts_the_party_and_shows_a_named_relative_as_its_group(store, key):
    case_id, member_id = key
    shown = [v for v in member_views(store, member_id) if v.case_id == case_id]
    assert shown and all(v.redacted and v.party == CONFIDENTIAL for v in shown)
    for v in shown:
        text = " ".join(map(str, (v.party, v.matched_name, v.category, v.basis, v.path_text, v.how)))
        assert not leaks(text, case_id, member_id), text
        assert v.category == SHOWN[key] and v.path_text == f"Member {v.member_name} → {SHOWN[key]} {CONFIDENTIAL}"


def test_staff_views_name_confidential_parties(store):
    staff = Account("staff", Role.STAFF, None)
    redactor = Redactor.for_store(store, reveal=True)
    shown = [views.view_of(p, staff, redactor=redactor) for p in store.prompts(case_id="C-5")]
    assert shown and all(not v.redacted and v.party == "Tomas Diaz" and "Omar Diaz" in v.path_text for v in shown)


def test_a_member_view_is_redacted_even_from_a_revealing_redactor(store):
    redactor = Redactor.for_store(store, reveal=True)
    (v,) = [views.view_of(p, Account("m01", Role.MEMBER, "M01"), redactor=redactor)
            for p in store.prompts(case_id="C-2")]
    assert v.redacted and "Luis Diaz" not in v.path_text


# ------------------------------------------------------------------ the probability and the reasons (issue 13)

def named_evidence(p, strong: bool = True) -> MatchEvidence:
    """Hand-made evidence of the evidence model for stored prompt ``p``, whose features and
    words name both sides and the party's date of birth, as a careless matcher's might (the
    levels are ones whose plain words quote both names: coi.names.reasons)."""
    q, m = p.party_name.replace(",", "").split(), p.matched_name.split()
    features = [Feature("surname", "transliteration", 9.0, q[-1], m[-1], f"surname {q[-1]} equal and rare"),
                Feature("given", "transliteration" if strong else "initial fits", 6.0 if strong else 4.5, q[0], m[0],
                        f"given name {q[0]} equal")]
    if p.party_date_of_birth:
        dob = p.party_date_of_birth.isoformat()
        features.append(Feature("dob", "exact", 10.0, dob, dob, f"same date of birth {dob}"))
    features = tuple(features)
    weight = evidence_model.match_weight(-11.0, features)
    return MatchEvidence(p.party_name, p.matched_name, evidence_model.score(weight),
                         tuple((f.comparison, f.weight) for f in features), evidence_model.top_reasons(features),
                         features, -11.0)


def resave(store, evidence_of) -> None:
    """The stored prompts saved again as a screening saves them, each with ``evidence_of(prompt)``."""
    prompts = tuple(dataclasses.replace(p.as_prompt(), evidence=evidence_of(p)) for p in store.prompts())
    store.save_screening(ScreeningResult(prompts, len({p.case_id for p in prompts}), len(prompts)), as_of=AS_OF,
                         policy="3.1(g)", threshold=80.0, actor="t")


@pytest.mark.parametrize("key", sorted(SECRETS))
def test_a_members_view_of_a_confidential_prompt_withholds_its_probability_reasons_and_features(store, key):
    resave(store, named_evidence)
    case_id, member_id = key
    shown = [v for v in member_views(store, member_id) if v.case_id == case_id]
    assert shown
    for v in shown:
        assert v.likelihood == explain.WITHHELD and v.reasons == "" and v.features == () and v.score == 0
        assert not leaks(f"{v.likelihood} {v.reasons} {v.how}", case_id, member_id)


def test_a_confidential_card_reads_the_same_whether_its_hidden_match_is_likely_or_possibly(store):
    """What a member is shown of a redacted prompt is computed from nothing of the hidden match:
    a member who edits their ties and watches the card cannot learn what the edit did to it."""
    def shown(strong: bool) -> dict:
        resave(store, lambda p: named_evidence(p, strong))
        return {(v.key, v.member_id): v for m in ("M01", "M02", "M03") for v in member_views(store, m)}

    strong, weak = shown(True), shown(False)
    assert strong.keys() == weak.keys()
    for k, v in strong.items():
        if v.redacted:
            assert v == weak[k], k
    (open_card,) = [k for k, v in strong.items() if not v.redacted and v.member_id == "M03"]  # Ned Moss, C-6
    assert strong[open_card].likelihood.startswith("likely the same person (")
    assert weak[open_card].likelihood.startswith("possibly the same person (")  # the test can tell them apart


def test_a_members_view_of_an_open_party_says_how_likely_and_why(store):
    resave(store, named_evidence)
    (v,) = [v for v in member_views(store, "M03") if v.case_id == "C-6"]
    assert not v.redacted and v.likelihood.startswith("likely the same person (")
    assert v.reasons == "surname spelt another way (Moss / Moss); given name spelt another way (Ned / Ned)"
    assert len(v.features) == 2


def test_staff_views_give_a_confidential_prompts_probability_and_reasons(store):
    resave(store, named_evidence)
    staff = Account("staff", Role.STAFF, None)
    redactor = Redactor.for_store(store, reveal=True)
    (v,) = [views.view_of(p, staff, redactor=redactor) for p in store.prompts(case_id="C-5")]
    assert v.likelihood.startswith("likely the same person (") and "same date of birth" in v.reasons
    assert f"({v.party.split()[-1]} / " in v.reasons  # staff read the reasons that name the party


def test_the_report_and_packets_withhold_a_confidential_prompts_probability_and_reasons(store):
    resave(store, named_evidence)
    for packet in (None, "M01", "M03"):
        texts = report_texts(store, member_id=packet)
        for fmt, text in texts.items():
            for words in ("Omar", "Luis", "Tomas", "Zed", "Quill", "2001-02-03", "Oak Ridge"):
                assert words not in text, (packet, fmt, words)
        rows = list(csv.DictReader(io.StringIO(texts["csv"])))
        for r in rows:
            if not r["member_id"]:
                continue
            if r["party"] == CONFIDENTIAL:
                assert r["likelihood"] == explain.WITHHELD and r["reasons"] == "", r
            else:
                assert r["likelihood"].startswith("likely the same person (") and "spelt another way" in r["reasons"]
        if packet in (None, "M03"):
            assert "likely the same person" in texts["html"] and "surname spelt another way (Moss / Moss)" in texts["html"]
        assert explain.WITHHELD in texts["html"] or packet == "M03"


# ------------------------------------------------------------------ the report and packets

def report_texts(store, **kw) -> dict[str, str]:
    built = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF, **kw)
    packet = kw.get("member_id")
    out = {"html": report.render(built, "html", packet=packet).decode(),
           "csv": report.render(built, "csv", packet=packet).decode("utf-8-sig")}
    book = openpyxl.load_workbook(io.BytesIO(report.render(built, "xlsx", packet=packet)))
    out["xlsx"] = "\n".join(",".join(str(c) for c in row if c is not None)
                            for row in book.active.iter_rows(values_only=True))
    return out


@pytest.mark.parametrize("packet", [None, "M01", "M02"])
def test_the_report_and_packets_redact_in_html_csv_and_excel(store, packet):
    texts = report_texts(store, member_id=packet)
    for fmt, text in texts.items():
        # (Rosa Vega is named where she is not confidential, case C-4: see the parties-line test)
        for words in ("Omar Diaz", "Vega, Rosa", "Luis Diaz", "Zed Quill", "Tomas Diaz", "2001-02-03",
                      "Oak Ridge Police Department"):
            assert words not in text, (fmt, words)
    rows = list(csv.DictReader(io.StringIO(texts["csv"])))
    for (case_id, member_id), shown in SHOWN.items():
        if packet in (None, member_id):
            found = [r for r in rows if (r["case_id"], r["member_id"]) == (case_id, member_id)]
            assert found
            for line in found:
                assert line["party"] == CONFIDENTIAL and line["category"] == shown, line
                assert line["evidence"] == f"Member {line['member_name']} → {shown} {CONFIDENTIAL}"
    if packet in (None, "M02"):
        (c4,) = [r for r in rows if r["case_id"] == "C-4"]
        assert c4["party"] == "Rosa Vega"


def test_the_reports_parties_line_redacts_every_row_of_a_confidential_person(store):
    html = report_texts(store)["html"]
    c1 = html.split("case C-1")[1].split("case C-2")[0]
    assert "Vega" not in c1 and c1.count(CONFIDENTIAL) >= 3


def test_a_staff_copy_names_confidential_parties_only_when_asked(store):
    built = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF, reveal_confidential=True)
    html = report.render(built, "html").decode()
    assert "Tomas Diaz" in html and "Staff copy" in html
    assert "Tomas Diaz" not in report.render(meetings.build_report(store, SYSTEM, "M-1", today=AS_OF), "html").decode()


# ------------------------------------------------------------------ the removal-exposure audit

def test_the_exposure_audit_redacts_confidential_evidence_unless_asked(store):
    voted = [VoteRow("M-1", item, member_id, "yes") for item in (1, 2, 3, 5) for member_id in ("M01", "M02")]
    meetings.record_votes(store, SYSTEM, voted, source="t")
    exposures = [e for rows in meetings.exposure_audit(store, SYSTEM, "M-1").values() for e in rows]
    assert {(e.case_id, e.member_id) for e in exposures} == set(SECRETS)
    for e in exposures:
        assert not leaks(f"{e.category} {e.evidence}", e.case_id, e.member_id), e
        assert e.category == SHOWN[(e.case_id, e.member_id)]
    revealed = [e for rows in meetings.exposure_audit(store, SYSTEM, "M-1", reveal_confidential=True).values()
                for e in rows]
    assert any("Tomas Diaz" in e.evidence and "Omar Diaz" in e.evidence for e in revealed)


# ------------------------------------------------------------------ the demo's confidential parties, every output

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("redaction-demo"))
    with Store.open(db) as s:
        secret = [p for p in s.prompts() if p.party_confidential]
        agenda = {(r.case_id): (r.meeting_id, r.item) for r in load_agenda("coi_demo/files/agenda.csv").records}
    assert len(secret) >= 2
    return db, secret, agenda


def demo_secrets(p) -> list[str]:
    """What no redacted output may show of the demo's confidential prompt ``p``."""
    return [p.party_name, p.matched_name, *(s.name for s in p.path[1:])]


def test_every_cli_output_redacts_the_demos_confidential_parties(demo, tmp_path):
    db, secret, agenda = demo
    db = copy_database(db, tmp_path)
    votes = tmp_path / "votes.csv"
    votes.write_text("meeting_id,item,member_id,vote\n" + "".join(
        f"{agenda[p.case_id][0]},{agenda[p.case_id][1]},{p.member_id},yes\n" for p in secret), encoding="utf-8")
    run = CliRunner().invoke
    assert run(main, ["import", str(votes), "--db", str(db)]).exit_code == 0
    outputs: dict[str, str] = {}
    screened = run(main, ["screen", "--members", "coi_demo/files/members.csv", "--disclosures", "coi_demo/files/disclosures.csv",
                          "--docket", "coi_demo/files/docket.csv", "--as-of", AS_OF.isoformat()])
    outputs["screen"] = screened.stdout
    for p in secret:
        meeting_id = agenda[p.case_id][0]
        for fmt in ("html", "csv", "xlsx"):
            for packet in ([], ["--member", p.member_id]):
                out = tmp_path / f"r-{meeting_id}-{packet[-1] if packet else 'all'}.{fmt}"
                result = run(main, ["report", "--db", str(db), "--meeting", meeting_id, "--format", fmt,
                                    "--out", str(out), *packet])
                assert result.exit_code == 0, result.output
                if fmt == "xlsx":
                    book = openpyxl.load_workbook(out)
                    outputs[out.name] = "\n".join(",".join(str(c) for c in r if c is not None)
                                                  for r in book.active.iter_rows(values_only=True))
                else:
                    outputs[out.name] = out.read_text(encoding="utf-8-sig")
        outputs[f"audit-{meeting_id}"] = run(main, ["audit", "--db", str(db), "--meeting", meeting_id]).stdout
    for p in secret:
        for name, text in outputs.items():
            # a line about this prompt: its case and its member
            lines = [ln for ln in text.splitlines() if p.case_id in ln and (p.member_id in ln or p.member_name in ln)]
            if name == "screen" or (agenda[p.case_id][0] in name and not name.endswith((".html", ".xlsx"))):
                assert lines, (name, p.case_id, p.member_id)  # the prompt is there, redacted
            for ln in lines:
                assert not [w for w in demo_secrets(p) if w and w in ln], (name, ln)
            case_lines = [ln for ln in text.splitlines() if p.case_id in ln]
            assert not [ln for ln in case_lines if p.party_name in ln], name  # on no row of the case
    audits = [t for n, t in outputs.items() if n.startswith("audit-")]
    assert all(CONFIDENTIAL in t for t in audits)  # the exposure is listed, redacted


# ------------------------------------------------------------------ ids: a plain charset, checked at the boundary

def test_a_docket_case_id_with_markup_is_refused_naming_file_row_and_column(tmp_path):
    path = write_csv(tmp_path, 'case_id,party_name\nC-1,Ana\n"C-2 } @import url(http://x/y)",Ben\n', "docket.csv")
    with pytest.raises(InputRejected) as exc:
        load_docket(path)
    (problem,) = exc.value.problems
    assert (problem.row, problem.column) == (3, "case_id") and "'}'" in problem.problem and "docket.csv" in str(problem)


def test_an_agenda_meeting_id_with_css_is_refused_naming_row_and_column(tmp_path):
    path = write_csv(tmp_path, 'meeting_id,meeting_date,item,case_id\n'
                               '"x"" } @import url(http://127.0.0.1:9/a.css); x",2026-12-10,1,C-1\n', "agenda.csv")
    with pytest.raises(InputRejected) as exc:
        load_agenda(path)
    (problem,) = exc.value.problems
    assert (problem.row, problem.column) == (2, "meeting_id") and "'@'" in problem.problem


def test_save_meeting_refuses_a_meeting_id_with_css(store):
    with pytest.raises(MeetingError, match="an id may hold only"):
        meetings.save_meeting(store, SYSTEM, 'x" } @import url(http://127.0.0.1:9/a.css); x', AS_OF, ["C-1"])
    assert [m.meeting_id for m in meetings.meetings(store, SYSTEM)] == ["M-1"]


def test_the_report_keeps_data_out_of_its_style_sheet(store):
    built = meetings.build_report(store, SYSTEM, "M-1", today=AS_OF)
    evil = 'x\n} } body { background: url(http://127.0.0.1:9/b.png) } @page { @bottom-center { content: "'
    built = dataclasses.replace(built, meeting=dataclasses.replace(built.meeting, meeting_id=evil))
    html = report.html(built)
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert "127.0.0.1" not in style and "url(" not in style

