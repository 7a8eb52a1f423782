"""The order of a member's cards (My prompts, the packet) follows only what the member is
shown: a member who edits a tie and watches a ``[confidential]`` card move past a card they
can read would learn which tie matched and how well — an outside tester's finding on issue
11, item 2 (an alias edit re-scored a confidential prompt in place, and the cards swapped)."""

from __future__ import annotations

import datetime as dt

import pytest

from coi.decisions import meetings, service, views
from coi.decisions.accounts import Accounts
from coi.policy import load_policy
from coi.store.database import Store
from tests.factories import AS_OF, SYSTEM, member, party, tie

ROSTER = [member("M01", "Ana Diaz"), member("M02", "Ben Cole")]
TIES = [tie("spouse", "Ngozi Jefferson", member_id="M02", aliases=("Ngozi Mensah",)),
        tie("friend", "Tia Brooks", member_id="M02")]
DOCKET = [party("Ngozi Mensah", case_id="C-9", role="complainant", confidential=True),
          party("Lan Hoàng", case_id="C-9", role="respondent"),
          party("Tia Brooks", case_id="C-8", role="witness")]


@pytest.fixture
def store(tmp_path, monkeypatch):
    db = tmp_path / "coi.sqlite3"
    monkeypatch.setenv("COI_DB", str(db))
    with Store.open(db) as s:
        s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        s.import_disclosures(TIES, source="d", fingerprint="d", actor="t")
        s.import_docket(DOCKET, source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-8", "C-9"])
        Accounts(s).create("m02", "member", "m02-password-1", member_id="M02", by=SYSTEM)
        yield s


def cards(store, acct) -> list[tuple[str, str]]:
    """(case, party as shown) of the member's cards on My prompts, in order."""
    return [(v.case_id, v.party) for v in views.prompts_for(store, acct)]


def packet(store, acct) -> list[tuple[str, str]]:
    built = meetings.build_report(store, acct, "M-1", member_id="M02", today=AS_OF)
    return [(i.case_id, line.party) for i in built.items for line in i.conflicts]


def save_with(store, acct, spouse_aliases: str) -> None:
    rows = views.disclosure_rows(views.disclosures_for(store, acct))
    for r in rows:
        if r["relation"] == "spouse":
            r["aliases"] = spouse_aliases
    if not any(r["name"] == "Lan Hoag" for r in rows):
        rows.append({"relation": "friend", "name": "Lan Hoag"})  # a card the member can read, in C-9
    views.save_disclosures(store, acct, rows, as_of=AS_OF)


def test_a_confidential_card_keeps_its_place_whatever_the_members_edit_does_to_its_score(store):
    acct = Accounts(store).get("m02")
    save_with(store, acct, "Ngozi Mensah")
    before_cards, before_packet = cards(store, acct), packet(store, acct)
    assert ("C-9", "[confidential]") in before_cards and ("C-9", "Lan Hoàng") in before_cards
    (hidden,) = [p for p in store.prompts(member_id="M02") if p.party_confidential]
    save_with(store, acct, "N. Mensah")  # the same tie, a weaker alias: the hidden match re-scored in place
    (rescored,) = [p for p in store.prompts(member_id="M02") if p.party_confidential]
    assert rescored.key == hidden.key and rescored.score < hidden.score  # the edit did move the hidden score
    assert cards(store, acct) == before_cards
    assert packet(store, acct) == before_packet
