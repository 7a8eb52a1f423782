"""The columns of each file CONTRACT.md fixes, written once: name → required, in the contract's order.

The readers (:mod:`coi.ingest.records`), the templates and the Files page (:mod:`coi.decisions.uploads`)
and the test that holds this table to CONTRACT.md's all read it from here.
"""

from __future__ import annotations

Columns = dict[str, bool]

MEMBER_COLUMNS: Columns = {"member_id": True, "name": True, "appointed_by": True, "seat": False, "term_start": False,
                           "term_end": False, "date_of_birth": False, "email": False}
DISCLOSURE_COLUMNS: Columns = {"member_id": True, "relation": True, "name": True, "kind": False, "via": False,
                               "aliases": False, "date_of_birth": False, "since": False, "until": False,
                               "role": False, "notes": False}
DOCKET_COLUMNS: Columns = {"case_id": True, "party_name": True, "party_role": False, "party_kind": False,
                           "affiliations": False, "date_of_birth": False, "confidential": False,
                           "case_type": False, "stage": False, "meeting_date": False}
AGENDA_COLUMNS: Columns = {"meeting_id": True, "meeting_date": True, "item": True, "case_id": True}
VOTES_COLUMNS: Columns = {"meeting_id": True, "item": True, "member_id": True, "vote": False}

#: each file of CONTRACT.md's "Input files" by its name there
BY_FILE: dict[str, Columns] = {"members.csv": MEMBER_COLUMNS, "disclosures.csv": DISCLOSURE_COLUMNS,
                               "docket.csv": DOCKET_COLUMNS, "agenda.csv": AGENDA_COLUMNS,
                               "votes.csv": VOTES_COLUMNS}
