"""coi.ingest.records: CONTRACT.md's files → validated records, or every problem of the file at once."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from coi.ingest.records import (
    detect_kind,
    load_disclosures,
    load_docket,
    load_members,
    load_names,
    parse_members,
    row_checker,
)
from coi.model import Appointer, InputRejected, Kind, Member, PartyRole, Problem, Relation
from tests.factories import only, problem_at, write_csv

AS_OF = dt.date(2026, 11, 22)
ROSTER = (Member("M01", "Ana Diaz", Appointer.GOVERNOR), Member("M02", "Ben Cole", Appointer.ATTORNEY_GENERAL))

MEMBERS_HEADER = "member_id,name,appointed_by,seat,term_start,term_end,date_of_birth\n"
DISCLOSURES_HEADER = "member_id,relation,name,kind,via,aliases,date_of_birth,since,until,role,notes\n"
DOCKET_HEADER = "case_id,party_name,party_role,party_kind,affiliations,date_of_birth,confidential\n"

# ------------------------------------------------------------------ helpers


def members(tmp_path, *rows: str, **kw):
    return load_members(write_csv(tmp_path, MEMBERS_HEADER + "".join(r + "\n" for r in rows), "members.csv"), **kw)


def disclosures(tmp_path, *rows: str, roster=ROSTER):
    path = write_csv(tmp_path, DISCLOSURES_HEADER + "".join(r + "\n" for r in rows), "disclosures.csv")
    return load_disclosures(path, roster, as_of=AS_OF)


def docket(tmp_path, *rows: str):
    return load_docket(write_csv(tmp_path, DOCKET_HEADER + "".join(r + "\n" for r in rows), "docket.csv"))


def problems(load, *args, **kw) -> list[Problem]:
    """The problems ``load(*args)`` rejects its file with."""
    with pytest.raises(InputRejected) as exc:
        load(*args, **kw)
    assert exc.value.problems, "InputRejected without problems"
    return exc.value.problems


def a_member_row(member_id="M01", name="Ana Diaz", appointed_by="Governor", **cols) -> str:
    c = {"seat": "", "term_start": "", "term_end": "", "date_of_birth": ""} | cols
    return ",".join([member_id, name, appointed_by, c["seat"], c["term_start"], c["term_end"], c["date_of_birth"]])


# ------------------------------------------------------------------ columns


def test_missing_required_columns_are_listed_together_with_rename_hint(tmp_path):
    path = write_csv(tmp_path, "Member ID,full name\nM01,Ana Diaz\n")
    found = problems(load_members, path)
    assert len(found) == 3
    assert all(p.row == 1 for p in found)
    by_col = {p.problem.split(" column")[0].rsplit(" ", 1)[1]: p for p in found}
    assert set(by_col) == {"member_id", "name", "appointed_by"}
    assert by_col["member_id"].fix == "rename column 'Member ID' to member_id"
    assert by_col["appointed_by"].fix == "add a column named appointed_by"
    assert "required" in by_col["name"].problem


def test_columns_match_case_insensitively_with_spaces_trimmed(tmp_path):
    path = write_csv(tmp_path, " Member_ID , NAME,Appointed_By \nM01,Ana Diaz,Governor\n")
    (m,) = load_members(path).records
    assert (m.member_id, m.name, m.appointed_by) == ("M01", "Ana Diaz", Appointer.GOVERNOR)


def test_extra_columns_are_ignored(tmp_path):
    path = write_csv(tmp_path, "member_id,name,appointed_by,favourite colour\nM01,Ana Diaz,Governor,blue\n")
    (m,) = load_members(path).records
    assert m == Member("M01", "Ana Diaz", Appointer.GOVERNOR, row=2)


def test_rename_hint_never_names_a_column_coi_knows(tmp_path):
    # party_role is a docket column of its own, not a misspelt party_name
    path = write_csv(tmp_path, "case_id,party_role\nC1,witness\n")
    p = only(problems(load_docket, path))
    assert p.row == 1 and "no party_name column" in p.problem
    assert p.fix == "add a column named party_name"


def test_rename_hint_for_a_misspelt_column(tmp_path):
    path = write_csv(tmp_path, "case_id,Party-Name,party_role\nC1,Jo,witness\n")
    assert only(problems(load_docket, path)).fix == "rename column 'Party-Name' to party_name"


def test_header_only_file_is_rejected_with_no_data_rows(tmp_path):
    p = only(problems(load_members, write_csv(tmp_path, MEMBERS_HEADER)))
    assert p.row is None and "no data rows" in p.problem and "one row per member" in p.fix


def test_utf8_bom_is_accepted_and_first_column_is_member_id(tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(b"\xef\xbb\xbf" + b"member_id,name,appointed_by\r\nM01,Ana Diaz,Governor\r\n")
    (m,) = load_members(path).records
    assert m.member_id == "M01"


def test_cp1252_file_is_rejected_without_encoding_naming_row_column_and_cp1252(tmp_path):
    path = write_csv(tmp_path, "member_id,name,appointed_by\nM01,Ana Diaz,Governor\nM02,José Ruiz,Governor\n",
                     encoding="cp1252")
    p = only(problems(load_members, path))
    assert (p.row, p.column) == (3, "name")
    assert "not valid UTF-8" in p.problem and "--encoding cp1252" in p.fix


def test_cp1252_file_is_read_with_encoding(tmp_path):
    path = write_csv(tmp_path, "member_id,name,appointed_by\nM02,José Ruiz,Governor\n", encoding="cp1252")
    (m,) = load_members(path, encoding="cp1252").records
    assert m.name == "José Ruiz"


def test_utf16_with_bom_is_read(tmp_path):
    path = write_csv(tmp_path, "member_id,name,appointed_by\r\nM01,Zoë Núñez,Attorney General\r\n", encoding="utf-16")
    (m,) = load_members(path).records
    assert (m.name, m.appointed_by) == ("Zoë Núñez", Appointer.ATTORNEY_GENERAL)


def test_xlsx_roster_with_date_cell_and_integer_member_id(tmp_path):
    path = tmp_path / "members.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["member_id", "name", "appointed_by", "term_start", "date_of_birth"])
    wb.active.append([7, "Ana Diaz", "Governor", dt.datetime(2024, 1, 15), dt.date(1970, 11, 3)])
    wb.save(path)
    (m,) = load_members(path).records
    assert (m.member_id, m.term_start, m.date_of_birth, m.row) == ("7", dt.date(2024, 1, 15), dt.date(1970, 11, 3), 2)


# ------------------------------------------------------------------ members


def test_appointed_by_accepts_any_case_and_suggests_for_abbreviation(tmp_path):
    found = problems(members, tmp_path, a_member_row("M01", appointed_by="governor"), a_member_row("M02", appointed_by="AG"))
    p = only(found)
    assert (p.row, p.column) == (3, "appointed_by")
    assert "'AG' is not a appointed_by" in p.problem and "did you mean 'Attorney General'?" in p.fix


def test_us_style_date_is_rejected_with_iso_suggestion(tmp_path):
    p = only(problems(members, tmp_path, a_member_row(date_of_birth="11/03/1970")))
    assert (p.row, p.column) == (2, "date_of_birth")
    assert "YYYY-MM-DD" in p.problem
    assert "1970-11-03 if it is month/day" in p.fix and "1970-03-11 if it is day/month" in p.fix


def test_date_that_does_not_exist_is_rejected(tmp_path):
    p = only(problems(members, tmp_path, a_member_row(term_start="2026-02-30")))
    assert (p.row, p.column) == (2, "term_start")
    assert "'2026-02-30'" in p.problem and "does not exist" in p.fix


def test_future_date_of_birth_is_rejected(tmp_path):
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    p = only(problems(members, tmp_path, a_member_row(date_of_birth=future)))
    assert (p.row, p.column) == (2, "date_of_birth") and "in the future" in p.problem and "year" in p.fix


def test_term_start_after_term_end_is_rejected(tmp_path):
    p = only(problems(members, tmp_path, a_member_row(term_start="2025-01-01", term_end="2024-12-31")))
    assert (p.row, p.column) == (2, "term_end") and "ends (2024-12-31) before it starts (2025-01-01)" in p.problem


def test_duplicate_member_id_names_both_rows(tmp_path):
    p = only(problems(members, tmp_path, a_member_row("M01"), a_member_row("M02", "Ben"), a_member_row("M01", "Other")))
    assert (p.row, p.column) == (4, "member_id") and "'M01' is also on row 2" in p.problem


def test_empty_name_is_rejected(tmp_path):
    p = only(problems(members, tmp_path, a_member_row(name="  ")))
    assert (p.row, p.column) == (2, "name") and "name is empty" in p.problem and "fill in the name" in p.fix


@pytest.mark.parametrize("word", ["NA", "None", "Null", "nan", "N/A"])
def test_na_words_are_kept_as_member_names(tmp_path, word):
    (m,) = members(tmp_path, a_member_row(name=word)).records
    assert m.name == word


def test_invisible_characters_are_removed_with_a_warning(tmp_path):
    loaded = members(tmp_path, a_member_row("M01", "Ana Diaz"), a_member_row("M02", "Jo\u200bhn \u202eCole"))
    assert loaded.records[1].name == "John Cole"
    (w,) = loaded.warnings
    assert (w.row, w.column) == (3, "name")
    assert "U+200B ZERO WIDTH SPACE" in w.message and "U+202E RIGHT-TO-LEFT OVERRIDE" in w.message


def test_name_of_201_characters_is_rejected(tmp_path):
    assert members(tmp_path, a_member_row(name="A" * 200)).records[0].name == "A" * 200
    p = only(problems(members, tmp_path, a_member_row(name="A" * 201)))
    assert (p.row, p.column) == (2, "name") and "201 characters" in p.problem and "200" in p.problem


def test_all_problems_of_a_file_are_reported_together(tmp_path):
    found = problems(members, tmp_path,
                     a_member_row("M01"),
                     a_member_row("M02", appointed_by="Mayor"),
                     a_member_row("M03", date_of_birth="1970/11/03"),
                     a_member_row("M04", name=""))
    assert [(p.row, p.column) for p in found] == [(3, "appointed_by"), (4, "date_of_birth"), (5, "name")]


def test_member_record_keeps_seat_and_dates(tmp_path):
    (m,) = members(tmp_path, a_member_row(seat="Police chief", term_start="2024-01-01", term_end="2027-12-31",
                                          date_of_birth="1970-11-03")).records
    assert m == Member("M01", "Ana Diaz", Appointer.GOVERNOR, "Police chief", dt.date(2024, 1, 1),
                       dt.date(2027, 12, 31), dt.date(1970, 11, 3), row=2)


def test_row_checker_validates_rows_from_elsewhere():
    rows = row_checker("editor", {"name": "Name"})
    out = parse_members([(5, {"member_id": "M9", "name": None, "appointed_by": "Governor"})], rows)
    assert out == []
    p = only(rows.problems)
    assert (p.file, p.row, p.column) == ("editor", 5, "Name")


# ------------------------------------------------------------------ disclosures


def test_relation_unknown_word_suggests_the_vocabulary_word(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,brother,Carl Diaz"))
    assert (p.row, p.column) == (2, "relation")
    assert "'brother' is not a relation" in p.problem and "did you mean 'sibling'?" in p.fix
    assert "use one of:" in p.fix and "half_sibling" in p.fix


def test_relation_misspelling_suggests_close_word(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,spuose,Luis Diaz"))
    assert "did you mean 'spouse'?" in p.fix


def test_relation_is_matched_case_insensitively_and_with_hyphens(tmp_path):
    loaded = disclosures(tmp_path, "M01,Spouse,Luis Diaz", "M01,parent-in-law,Rosa Diaz", "M01,Step Sibling,Eva Ruiz")
    assert [d.relation for d in loaded.records] == [Relation.SPOUSE, Relation.PARENT_IN_LAW, Relation.STEP_SIBLING]


def test_kind_defaults_by_relation_and_unknown_kind_is_rejected(tmp_path):
    loaded = disclosures(tmp_path, "M01,employer,Springfield PD", "M01,association,FOP Lodge 7", "M01,friend,Bo Li",
                         "M01,other,Acme Corp,Organization")
    assert [d.kind for d in loaded.records] == [Kind.ORGANIZATION, Kind.ORGANIZATION, Kind.PERSON, Kind.ORGANIZATION]
    p = only(problems(disclosures, tmp_path, "M01,friend,Bo Li,persn"))
    assert (p.row, p.column) == (2, "kind") and "did you mean 'person'?" in p.fix


def test_disclosure_for_unknown_member_is_rejected_with_suggestion(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,spouse,Luis Diaz", "M1,spouse,Luis Diaz"))
    assert (p.row, p.column) == (3, "member_id")
    assert "'M1' is not on the roster" in p.problem and "did you mean 'M01'?" in p.fix


def test_since_after_until_is_rejected(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,employer,Acme,,,,,2020-05-01,2019-01-01"))
    assert (p.row, p.column) == (2, "until") and "ends (2019-01-01) before it begins (2020-05-01)" in p.problem


def test_future_date_of_birth_of_relative_is_rejected(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,child,Kim Diaz,,,,2099-01-01"))
    assert (p.row, p.column) == (2, "date_of_birth") and "in the future" in p.problem


def test_date_of_birth_after_as_of_but_in_the_past_is_accepted(tmp_path):
    path = write_csv(tmp_path, DISCLOSURES_HEADER + "M01,child,Kim Diaz,,,,2021-06-01\n")
    (d,) = load_disclosures(path, ROSTER, as_of=dt.date(2020, 1, 1)).records
    assert d.date_of_birth == dt.date(2021, 6, 1)


def test_via_naming_nobody_is_rejected(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,spouse,Luis Diaz", "M01,parent,Rosa Diaz,,Louis Dias"))
    assert (p.row, p.column) == (3, "via")
    assert "'Louis Dias' names nobody member M01 disclosed" in p.problem and "alias" in p.fix


def test_via_must_name_someone_the_same_member_disclosed(tmp_path):
    p = only(problems(disclosures, tmp_path, "M02,spouse,Luis Diaz", "M01,parent,Rosa Diaz,,Luis Diaz"))
    assert (p.row, p.column) == (3, "via") and "member M01" in p.problem


def test_via_naming_an_alias_is_accepted(tmp_path):
    loaded = disclosures(tmp_path, "M01,spouse,Luis Diaz,,,Lucho Diaz; Luis D. Diaz",
                         "M01,parent,Rosa Diaz,,lucho diaz")
    assert loaded.records[1].via == "lucho diaz"


def test_via_loop_is_rejected(tmp_path):
    found = problems(disclosures, tmp_path, "M01,spouse,Luis Diaz,,Rosa Diaz", "M01,parent,Rosa Diaz,,Luis Diaz")
    assert len(found) == 2
    p = problem_at(found, 2, "via")
    assert "loops: Luis Diaz → Rosa Diaz → Luis Diaz" in p.problem and "via empty" in p.fix
    assert "loops" in problem_at(found, 3, "via").problem


def test_self_via_is_rejected(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,spouse,Luis Diaz,,Luis Diaz"))
    assert (p.row, p.column) == (2, "via") and "loops" in p.problem


def test_via_naming_an_organization_is_rejected(tmp_path):
    p = only(problems(disclosures, tmp_path, "M01,employer,Acme Corp", "M01,spouse,Lee Chan,,Acme Corp"))
    assert (p.row, p.column) == (3, "via") and "is an organization" in p.problem


def test_via_chain_is_accepted(tmp_path):
    loaded = disclosures(tmp_path, "M01,spouse,Luis Diaz", "M01,parent,Rosa Diaz,,Luis Diaz",
                         "M01,sibling,Tia Diaz,,Rosa Diaz")
    assert [d.via for d in loaded.records] == [None, "Luis Diaz", "Rosa Diaz"]


def test_aliases_split_on_semicolon_with_empties_and_repeats_dropped(tmp_path):
    (d,) = disclosures(tmp_path, "M01,spouse,Luis Diaz,,,Lucho;; lucho ; Luis D. Diaz;").records
    assert d.aliases == ("Lucho", "Luis D. Diaz")


def test_note_of_2001_characters_is_rejected(tmp_path):
    (d,) = disclosures(tmp_path, "M01,friend,Bo Li,,,,,,,," + "n" * 2000).records
    assert len(d.notes) == 2000
    p = only(problems(disclosures, tmp_path, "M01,friend,Bo Li,,,,,,,," + "n" * 2001))
    assert (p.row, p.column) == (2, "notes") and "2,001 characters" in p.problem


def test_multiline_note_keeps_its_lines(tmp_path):
    (d,) = disclosures(tmp_path, 'M01,friend,Bo Li,,,,,,,,"met at  college\nsame dorm"').records
    assert d.notes == "met at college\nsame dorm"


def test_repeated_relationship_is_warned_and_kept_once(tmp_path):
    loaded = disclosures(tmp_path, "M01,spouse,Luis Diaz", "M01,spouse,LUIS  DIAZ")
    assert len(loaded.records) == 1
    (w,) = loaded.warnings
    assert w.row == 3 and "row 2" in w.message


def test_two_stints_with_one_employer_are_two_disclosures(tmp_path):
    """Helper-143's review: a member who left an employer and joined it again lists it twice,
    with two periods; the second row was dropped as the same relationship, so the current
    stint was lost and the tie read as former employment."""
    loaded = disclosures(tmp_path, "M01,employer,Safe Harbor Advocates Inc.,,,,,2015-01-01,2018-01-01",
                         "M01,employer,Safe Harbor Advocates Inc.,,,,,2019-01-01,",
                         "M01,employer,Safe Harbor Advocates Inc.,,,,,2019-01-01,")  # this one again: dropped
    assert [(d.since, d.until) for d in loaded.records] == [(dt.date(2015, 1, 1), dt.date(2018, 1, 1)),
                                                            (dt.date(2019, 1, 1), None)]
    (w,) = loaded.warnings
    assert w.row == 4 and "row 3" in w.message


def test_an_organization_disclosed_as_initials_alone_is_warned_with_its_row_and_column(tmp_path):
    """WCSO fits ten Illinois counties' sheriffs: a disclosed acronym alone meets only a party
    written with the same initials (docs/MATCHING.md), so the file is told to write the full
    name. Not with the full name beside it, nor a person's initials, nor a name in capitals."""
    loaded = disclosures(tmp_path, "M01,employer,WCSO", "M01,association,IBPS Inc.",
                         "M01,employer,Winnebago County Sheriff's Office,,,WCSO", "M01,association,BOCI,,,LPOA",
                         "M01,friend,JR", "M01,employer,ACME SECURITY", "M01,association,Hope")
    assert len(loaded.records) == 7
    assert [(w.row, w.column) for w in loaded.warnings] == [(2, "name"), (3, "name"), (5, "name")]
    assert "'WCSO' is an organization's initials alone" in loaded.warnings[0].message
    assert "write the organization's full name" in str(loaded.warnings[0])


def test_disclosure_problems_of_several_rows_are_reported_together(tmp_path):
    found = problems(disclosures, tmp_path, "M01,spouse,Luis Diaz", "M09,spouse,X Y", "M01,cousin,",
                     "M01,friend,Bo Li,,,,,last year")
    assert [(p.row, p.column) for p in found] == [(3, "member_id"), (4, "name"), (5, "since")]


# ------------------------------------------------------------------ docket


def test_docket_defaults_role_other_and_agency_is_an_organization(tmp_path):
    loaded = docket(tmp_path, "C1,Jo Smith", "C1,Springfield PD,Agency", "C1,Acme,witness,organization")
    assert [(p.role, p.kind) for p in loaded.records] == [
        (PartyRole.OTHER, Kind.PERSON), (PartyRole.AGENCY, Kind.ORGANIZATION), (PartyRole.WITNESS, Kind.ORGANIZATION)]


def test_docket_without_optional_columns_uses_defaults(tmp_path):
    (p,) = load_docket(write_csv(tmp_path, "Case_ID,Party_Name\nC1,Jo Smith\n")).records
    assert (p.role, p.kind, p.confidential, p.affiliations) == (PartyRole.OTHER, Kind.PERSON, False, ())


def test_unknown_party_role_is_rejected_with_suggestion(tmp_path):
    p = only(problems(docket, tmp_path, "C1,Jo Smith,respondant"))
    assert (p.row, p.column) == (2, "party_role") and "did you mean 'respondent'?" in p.fix


@pytest.mark.parametrize("text,value", [("true", True), ("Yes", True), ("1", True), ("false", False), ("", False)])
def test_confidential_flag(tmp_path, text, value):
    (p,) = docket(tmp_path, f"C1,Jo Smith,,,,,{text}").records
    assert p.confidential is value


def test_confidential_maybe_is_rejected(tmp_path):
    p = only(problems(docket, tmp_path, "C1,Jo Smith,,,,,maybe"))
    assert (p.row, p.column) == (2, "confidential") and "'maybe' is not true or false" in p.problem


def test_affiliations_split_with_empties_and_repeats_dropped(tmp_path):
    (p,) = docket(tmp_path, "C1,Jo Smith,respondent,,Springfield PD; ;FOP Lodge 7;springfield pd").records
    assert p.affiliations == ("Springfield PD", "FOP Lodge 7")


def test_repeated_party_in_a_case_is_warned_and_kept_once(tmp_path):
    loaded = docket(tmp_path, "C1,Jo Smith,respondent", "C2,Jo Smith,respondent", "C1,jo smith,Respondent")
    assert [(p.case_id, p.row) for p in loaded.records] == [("C1", 2), ("C2", 3)]
    (w,) = loaded.warnings
    assert w.row == 4 and "row 2" in w.message and "ignored" in w.message


@pytest.mark.parametrize("word", ["NA", "None", "Null", "nan", "N/A"])
def test_na_words_are_kept_as_party_names(tmp_path, word):
    (p,) = docket(tmp_path, f"C1,{word},witness").records
    assert p.name == word


def test_empty_party_name_is_rejected(tmp_path):
    p = only(problems(docket, tmp_path, "C1,Jo Smith", "C1,,witness"))
    assert (p.row, p.column) == (3, "party_name") and "empty" in p.problem


def test_invisible_character_in_party_name_is_warned(tmp_path):
    loaded = docket(tmp_path, "C1,\u2066Jo Smith\u2069")
    assert loaded.records[0].name == "Jo Smith"
    (w,) = loaded.warnings
    assert (w.row, w.column) == (2, "party_name") and "U+2066" in w.message and "U+2069" in w.message


# ------------------------------------------------------------------ names and detection


def test_load_names_reads_ids_names_and_dates(tmp_path):
    path = write_csv(tmp_path, "query_id,name,date_of_birth\nq1,Ana Diaz,1970-11-03\nq2,NA,\n")
    recs = load_names(path, id_column="query_id").records
    assert [(r.id, r.name, r.date_of_birth) for r in recs] == [("q1", "Ana Diaz", dt.date(1970, 11, 3)), ("q2", "NA", None)]


def test_load_names_id_column_is_matched_case_insensitively(tmp_path):
    path = write_csv(tmp_path, "Query_ID,Name\nq1,Ana\n")
    (r,) = load_names(path, id_column=" Query_ID").records
    assert (r.id, r.name) == ("q1", "Ana")


def test_load_names_rejects_duplicate_ids(tmp_path):
    path = write_csv(tmp_path, "candidate_id,name\nc1,Ana\nc2,Ben\nc1,Cy\n")
    p = only(problems(load_names, path, id_column="candidate_id"))
    assert (p.row, p.column) == (4, "candidate_id") and "'c1' is also on row 2" in p.problem


def test_load_names_requires_the_id_column(tmp_path):
    path = write_csv(tmp_path, "id,name\nc1,Ana\n")
    p = only(problems(load_names, path, id_column="candidate_id"))
    assert p.row == 1 and "no candidate_id column" in p.problem


@pytest.mark.parametrize("header,kind", [
    ("member_id,name,appointed_by", "members"),
    ("member_id,relation,name", "disclosures"),
    ("case_id,party_name,party_role", "docket"),
    ("meeting_id,meeting_date,item,case_id", "agenda"),
    ("meeting_id,item,member_id,vote", "votes"),
    (" Case_ID , Party_Name ", "docket"),
])
def test_detect_kind(tmp_path, header, kind):
    assert detect_kind(write_csv(tmp_path, header + "\n")) == kind


def test_detect_kind_unknown_header_is_rejected(tmp_path):
    p = only(problems(detect_kind, write_csv(tmp_path, "foo,bar\n1,2\n")))
    assert p.row == 1 and "cannot tell" in p.problem and "--kind" in p.fix


def test_a_line_break_inside_a_quoted_cell_is_a_space_in_a_name_and_a_line_break_in_notes(tmp_path):
    """Helper-143's review: a Windows line break inside a quoted cell was reported as removed
    invisible characters (U+000D UNNAMED CHARACTER), and in a name with an accent it joined
    the words ("JoséDiaz"), where the same name without the accent read "Jose Diaz"."""
    loaded = docket(tmp_path, 'C1,"José\r\nDíaz",witness,person,,,false', 'C1,"Jose\r\nDiaz Two",witness,person,,,false')
    assert [p.name for p in loaded.records] == ["José Díaz", "Jose Diaz Two"]
    assert not loaded.warnings
    notes = disclosures(tmp_path, 'M01,friend,Rosa Vega,,,,,,,,"first line\r\nsecond\tline"')
    assert notes.records[0].notes == "first line\nsecond line" and not notes.warnings
