"""My disclosures as a member reads it (issue 14, item 12): relation and kind chosen from
lists with everyday labels from one table, ``via`` chosen from the member's own people only,
empty cells blank, a refused save pointing at the row number and column label the editor
shows, and "did you mean" for a ``via`` that names nobody — among the member's own people."""

from __future__ import annotations

import json
from pathlib import Path

from coi.decisions import views
from coi.decisions.accounts import Accounts, demo_password
from coi.ingest import records as ingest
from coi.model import Kind, Relation
from coi.store.database import Store
from coi.ui.member import disclosures as my_disclosures
from tests.factories import dashboard_as, member

EDITOR = "disclosures_editor"


def own(db: Path, username: str = "m01"):
    with Store.open(db) as store:
        return views.disclosures_for(store, Accounts(store).get(username))


def others(db: Path, member_id: str = "M01"):
    with Store.open(db) as store:
        return [d for d in store.panel().disclosures if d.member_id != member_id]


def columns(at) -> dict:
    """The editor's column configuration as the browser receives it."""
    (editor,) = at.data_editor
    return json.loads(editor.proto.columns)


def problems(at) -> list[dict]:
    """The rows of the refused save's problem table."""
    tables = [df.value for df in at.dataframe if "how to fix" in df.value.columns]
    assert tables, [e.value for e in at.error]
    return tables[0].to_dict("records")


def opened(db: Path):
    at = dashboard_as("m01", demo_password("M01"), page="my-disclosures")
    assert not at.exception, at.exception
    return at


def edit(at, edited_rows=None, added_rows=(), deleted_rows=()):
    at.session_state[EDITOR] = {"edited_rows": edited_rows or {}, "added_rows": list(added_rows),
                                "deleted_rows": list(deleted_rows)}
    at.run()
    at.button(key="save_disclosures").click().run()
    assert not at.exception, at.exception
    return at


# ------------------------------------------------------------------ the lists


def test_every_relation_has_an_everyday_label_and_the_in_law_one_reads_as_people_say_it():
    assert Relation.SIBLING_IN_LAW.label == "sister-in-law or brother-in-law"
    assert all(r.label.strip() for r in Relation)
    assert len({r.label for r in Relation}) == len(Relation)  # no two relations read alike


def test_relation_and_kind_are_chosen_from_lists_labelled_from_the_one_table(db):
    config = columns(opened(db))
    relation = config["relation"]["type_config"]
    assert relation["type"] == "selectbox"
    assert relation["options"] == [{"value": r.value, "label": r.label} for r in Relation]
    assert config["relation"]["label"] == "Relation"
    kind = config["kind"]["type_config"]
    assert kind["type"] == "selectbox" and [o["value"] for o in kind["options"]] == [k.value for k in Kind]


def test_via_is_chosen_from_the_members_own_people_only(db):
    config = columns(opened(db))
    via = config["via"]["type_config"]
    assert via["type"] == "selectbox"
    mine = own(db)
    people = {d.name for d in mine if d.kind is Kind.PERSON}
    assert set(via["options"]) == people | {d.via for d in mine if d.via}
    assert not {d.name for d in mine if d.kind is Kind.ORGANIZATION} & set(via["options"])
    strangers = {d.name for d in others(db)} - {d.name for d in mine}
    assert strangers and not strangers & set(via["options"])


def test_empty_cells_are_drawn_blank_never_as_none(db):
    at = opened(db)
    (editor,) = at.data_editor
    assert editor.proto.placeholder == ""  # a missing value is drawn as nothing, not "None"
    frame = my_disclosures.editor_frame(views.disclosure_rows(own(db)))
    assert frame["via"].isna().any() and not (frame == "").any().any() and not (frame == "None").any().any()


def test_the_rows_are_numbered_from_one_as_problems_number_them(db):
    (editor,) = opened(db).data_editor
    assert list(editor.value.index) == list(range(1, len(own(db)) + 1))


# ------------------------------------------------------------------ initials alone


def test_an_organization_saved_as_initials_alone_is_pointed_out_until_written_in_full(db):
    """The member is told which of their organizations are initials alone (they meet only a
    party written with the same initials); written out, the notice goes."""
    n = len(own(db))
    at = edit(opened(db), added_rows=[{"relation": "employer", "name": "WCSO", "kind": "organization"}])
    assert not at.error, [e.value for e in at.error]
    assert [i.value for i in at.info if "initials alone" in i.value] == [
        f"Written as initials alone: WCSO \\(row {n + 1}\\). Initials fit many bodies, so they meet only a party "
        "written with the same initials: write the organization's full name (the initials may stay in *Other "
        "names*)."]
    at = edit(at, edited_rows={n: {"name": "Winnebago County Sheriff's Office", "aliases": "WCSO"}})
    assert not [i for i in at.info if "initials alone" in i.value]


# ------------------------------------------------------------------ a refused save


def test_a_refused_save_names_the_row_number_and_column_label_the_editor_shows(db):
    mine = own(db)
    # row 2 deleted: the bad cell is the third row the editor numbers, the second one saved
    at = edit(opened(db), edited_rows={2: {"date_of_birth": "1980-13-01"}}, deleted_rows=[1])
    (row,) = problems(at)
    assert row["row"] == f"row 3 ({mine[2].name})"
    assert row["column"] == "Date of birth"
    assert "not a date" in row["problem"]
    assert own(db) == mine  # nothing saved


def test_a_problem_on_an_added_row_names_the_number_after_the_last_row(db):
    n = len(own(db))
    at = edit(opened(db), added_rows=[{"relation": "friend", "name": "Zed Quill", "since": "soon"}])
    (row,) = problems(at)
    assert row["row"] == f"row {n + 1} (Zed Quill)" and row["column"] == "Since"


def test_a_via_left_naming_a_renamed_person_is_pointed_at_with_did_you_mean_the_new_name(db):
    mine = own(db)
    spouse = next(i for i, d in enumerate(mine) if d.name == "Segun Okafor")
    through = [i for i, d in enumerate(mine) if d.via == "Segun Okafor"]
    at = edit(opened(db), edited_rows={spouse: {"name": "Segun Okafor-Diaz"}})
    rows = problems(at)
    assert [r["row"] for r in rows] == [f"row {i + 1} ({mine[i].name})" for i in through]
    assert all(r["column"] == "Through (via)" for r in rows)
    assert all(r["how to fix"].startswith("did you mean 'Segun Okafor-Diaz'?") for r in rows)


# ------------------------------------------------------------------ did you mean (the save's check, files too)


def ties(*rows):
    return [(n, {"member_id": m, "relation": rel, "name": name, "via": via}) for n, (m, rel, name, via) in
            enumerate(rows, start=2)]


def check(cells):
    rows = ingest.row_checker("disclosures.csv")
    ingest.parse_disclosures(cells, rows, [member("M01", "Ana Diaz"), member("M02", "Bo Lin")])
    return rows.problems


def test_a_mistyped_via_gets_did_you_mean_the_members_own_person():
    (p,) = check(ties(("M01", "spouse", "Luis Diaz", None), ("M01", "parent", "Rosa Diaz", "Luiz Diax")))
    assert p.row == 3 and p.column == "via"
    assert p.fix.startswith("did you mean 'Luis Diaz'?")


def test_did_you_mean_never_offers_another_members_person():
    (p,) = check(ties(("M02", "spouse", "Luiz Diaz", None), ("M01", "friend", "Omar Haddad", None),
                      ("M01", "parent", "Rosa Diaz", "Luis Diaz")))
    assert "did you mean" not in p.fix and "Luiz" not in str(p)


def test_did_you_mean_offers_no_organization_and_nothing_far_off():
    (p,) = check(ties(("M01", "employer", "Luis Diaz Ltd", None), ("M01", "friend", "Omar Haddad", None),
                      ("M01", "parent", "Rosa Diaz", "Luis Diaz")))
    assert "did you mean" not in p.fix
