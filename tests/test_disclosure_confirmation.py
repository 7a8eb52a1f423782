"""Confirming disclosures as complete with unsaved edits in the table is refused, in plain
words, and the edits stay (issue 12, item 4): what a member confirms is what is stored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coi.decisions import views
from coi.decisions.accounts import Accounts, demo_password
from coi.store.database import Store
from coi.ui.member import disclosures as my_disclosures
from tests.factories import dashboard_as

NEW_TIE = {"relation": "friend", "name": "Zed Quill"}


def confirmations(db: Path) -> int:
    with Store.open(db) as store, store.reading() as conn:
        return conn.execute("SELECT count(*) FROM disclosure_confirmations").fetchone()[0]


def texts(at) -> str:
    """The page's messages as shown (markdown escapes undone)."""
    return "\n".join(re.sub(r"\\(.)", r"\1", str(e.value)) for kind in ("success", "error", "caption")
                     for e in getattr(at, kind))


def with_an_unsaved_row(db: Path):
    """M01 on My disclosures with a row added to the table and not saved."""
    at = dashboard_as("m01", demo_password("M01"), page="my-disclosures")
    assert not at.exception, at.exception
    at.session_state["disclosures_editor"] = {"edited_rows": {}, "added_rows": [NEW_TIE], "deleted_rows": []}
    at.run()
    return at


def test_confirming_with_an_unsaved_row_is_refused_and_the_row_stays_in_the_table(db):
    at = with_an_unsaved_row(db)
    before = confirmations(db)
    at.button(key="confirm_disclosures").click().run()
    assert not at.exception, at.exception
    assert confirmations(db) == before
    assert "save them (Save and re-screen) or discard them first" in texts(at)
    assert "confirmed as complete today" not in texts(at)
    assert at.session_state["disclosures_editor"]["added_rows"] == [NEW_TIE]  # the edit is still in the grid
    with Store.open(db) as store:  # and nothing of it was saved
        assert "Zed Quill" not in [d.name for d in views.disclosures_for(store, Accounts(store).get("m01"))]


def test_confirming_with_a_changed_cell_is_refused(db):
    at = dashboard_as("m01", demo_password("M01"), page="my-disclosures")
    at.session_state["disclosures_editor"] = {"edited_rows": {0: {"notes": "met at the academy"}}, "added_rows": [],
                                              "deleted_rows": []}
    at.run()
    at.button(key="confirm_disclosures").click().run()
    assert confirmations(db) == 0 and "Nothing was confirmed" in texts(at)


def test_after_saving_the_edit_the_confirmation_is_recorded(db):
    at = with_an_unsaved_row(db)
    at.button(key="save_disclosures").click().run()
    assert not at.exception, at.exception
    assert "Saved: 1 added" in texts(at)
    at.button(key="confirm_disclosures").click().run()
    assert confirmations(db) == 1 and "confirmed as complete today" in texts(at)


def test_discarding_the_edits_shows_the_stored_table_and_the_confirmation_is_recorded(db):
    at = with_an_unsaved_row(db)
    at.button(key="discard_disclosures").click().run()
    assert at.session_state[my_disclosures.EDITOR_GENERATION] == 1  # a fresh table, without the edit
    (editor,) = at.data_editor
    assert "Zed Quill" not in list(editor.value["name"])
    at.button(key="confirm_disclosures").click().run()
    assert confirmations(db) == 1 and "confirmed as complete today" in texts(at)


def test_the_library_refuses_a_confirmation_from_a_table_that_differs_from_the_stored_one(db):
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        shown = views.disclosure_rows(views.disclosures_for(store, m01))
        with pytest.raises(views.UnsavedEdits, match="discard them first"):
            views.confirm_disclosures(store, m01, as_shown=shown + [NEW_TIE])
        with pytest.raises(views.UnsavedEdits):
            views.confirm_disclosures(store, m01, as_shown=shown[1:])  # a row deleted, not saved
        assert views.confirmed_on(store, m01) is None
        # the same table, with an empty row the editor added and spaces around a cell: nothing unsaved
        padded = [{**shown[0], "name": f"  {shown[0]['name']} "}, *shown[1:], {f: "" for f in views.DISCLOSURE_FIELDS}]
        views.confirm_disclosures(store, m01, as_shown=padded)
        assert views.confirmed_on(store, m01) is not None
