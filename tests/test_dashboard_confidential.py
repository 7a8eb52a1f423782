"""What a member's browser receives (AppTest's element tree: every element's and block's
message, with its ids, keys, classes and text): nothing computed from a party's identity —
no prompt key nor any hash prefix of one, no confidential name — and data shown as text,
never as live markdown (issue 11, items 1 and 5)."""

from __future__ import annotations

import hashlib
import re

from click.testing import CliRunner

from coi.cli import main
from coi.decisions.accounts import demo_password
from coi.store.database import Store
from tests.factories import AS_OF, dashboard_as

IMAGE = "![x](http://127.0.0.1:9/x.png)"


def sent(at) -> str:  # an AppTest, or one node of its tree
    """Everything of the page that goes to the browser: each element's and block's message
    (ids, keys, labels, bodies, diagrams), as text."""
    from google.protobuf.json_format import MessageToDict

    out: list[str] = []

    def strings(value) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                out.append(str(k))
                strings(v)
        elif isinstance(value, list):
            for v in value:
                strings(v)
        else:
            out.append(str(value))

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            strings(MessageToDict(proto))
        for attr in ("id", "key"):
            value = getattr(node, attr, None)
            if isinstance(value, str):
                out.append(value)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(getattr(at, "_tree", at))
    text = "\n".join(out)
    return text + "\n" + unescaped(text)  # as sent, and as shown


def cards(at) -> list[str]:
    """The text sent for each prompt's card (a block keyed ``card-…``)."""
    main = at._tree.children[0]
    return [sent(block) for block in main.children.values()
            if "card-" in str(getattr(getattr(block, "proto", None), "id", ""))]


def unescaped(text: str) -> str:
    """Markdown text as the page shows it (the escapes of ``widgets.md`` taken off)."""
    return re.sub(r"\\(.)", r"\1", text)


def derived(key: str) -> list[str]:
    """What an id computed from a prompt key could carry: the key, its prefixes, its hashes' prefixes."""
    hashes = [hashlib.sha1(key.encode()).hexdigest(), hashlib.sha256(key.encode()).hexdigest(),
              hashlib.md5(key.encode()).hexdigest()]
    return [key, key[:8], *(h[:8] for h in hashes)]


def test_a_members_page_carries_nothing_computed_from_a_prompt_key_or_a_confidential_name(db, tried):
    with Store.open(db) as store:
        secret = [p for p in store.prompts() if p.party_confidential]
        everything = store.prompts(status=None)
    assert secret
    probes = 0
    for p in secret:
        at = dashboard_as(p.member_id.lower(), demo_password(p.member_id))
        assert not at.exception, at.exception
        text = sent(at)
        assert f"Case {p.case_id}" in text and "[confidential]" in text  # the card is there, redacted
        own = [q for q in everything if q.member_id == p.member_id]
        for q in own:
            for piece in derived(q.key):
                probes += 1
                assert piece not in text, (q.case_id, piece)
        # the member's own ties are named on their other cards (an alias may equal the party's
        # name): the confidential name is probed wherever else it could only have come from the party
        own_words = {w for q in own if not q.party_confidential for w in (q.party_name, q.matched_name,
                                                                          *(s.name for s in q.path))}
        for name in {p.party_name, p.matched_name} - own_words:
            probes += 1
            assert name not in text, name
        (card,) = [c for c in cards(at) if f"Case {p.case_id}" in c]
        for name in {p.party_name, p.matched_name, *(s.name for s in p.path[1:])}:
            probes += 1
            assert name not in card, name
        assert re.findall(r"card-[0-9a-f]{16}", text), "the cards carry opaque ids"
    tried(f"member browser (AppTest): {probes} probes for prompt keys, their hash prefixes and confidential names")


def test_a_members_buttons_keep_working_across_reruns_with_opaque_ids(db):
    with Store.open(db) as store:
        p = next(p for p in store.prompts() if p.party_confidential)
    at = dashboard_as(p.member_id.lower(), demo_password(p.member_id))
    before = sorted(b.key for b in at.button if b.key and b.key.startswith("recuse-"))
    at.run()
    after = sorted(b.key for b in at.button if b.key and b.key.startswith("recuse-"))
    assert before and before == after
    assert not any(q in key for key in before for q in derived(p.key))


def test_an_affiliation_written_as_a_markdown_image_shows_as_text(db):
    """The basis caption names the affiliation that matched: it must not become an image the
    member's browser fetches."""
    with Store.open(db) as store:
        employer = next(d.name for d in store.panel().disclosures
                        if d.member_id == "M01" and d.relation.value == "employer" and d.until is None)
    docket = db.parent / "docket-image.csv"
    docket.write_text("case_id,party_name,party_role,affiliations\n"
                      f'C-2027-0900,Quentin Zabrowski,respondent,"{employer} {IMAGE}"\n', encoding="utf-8")
    run = CliRunner().invoke
    assert run(main, ["import", str(docket), "--db", str(db)]).exit_code == 0
    assert run(main, ["rescreen", "--db", str(db), "--as-of", AS_OF.isoformat()]).exit_code == 0
    at = dashboard_as("m01", demo_password("M01"))
    captions = [c.value for c in at.caption if "x.png" in unescaped(c.value)]
    assert captions, "the prompt's basis names the affiliation"
    for body in captions:
        assert IMAGE not in body and "](" not in body  # escaped: Streamlit shows it as the characters typed
        assert IMAGE in unescaped(body)


# ------------------------------------------------------------------ the probability and reasons on a card (issue 13)

def _with_evidence(db, strong: bool) -> None:
    """The demo's prompts saved again with hand-made evidence of the evidence model whose
    features and words name both sides (tests.test_redaction.named_evidence)."""
    from tests.test_redaction import named_evidence, resave

    with Store.open(db) as store:
        resave(store, lambda p: named_evidence(p, strong))


def _opaque(text: str) -> str:
    """A card's text with its random per-session ids taken out."""
    return re.sub(r"[0-9a-f]{16}", "<id>", text)


def test_a_members_card_says_how_likely_and_why_and_a_confidential_card_withholds_both(db):
    from coi.explain import WITHHELD

    _with_evidence(db, strong=True)
    with Store.open(db) as store:
        p = next(p for p in store.prompts() if p.party_confidential)
        own = store.prompts(member_id=p.member_id)
    opened = [q for q in own if not q.party_confidential]
    at = dashboard_as(p.member_id.lower(), demo_password(p.member_id))
    assert not at.exception, at.exception
    (card,) = [c for c in cards(at) if f"Case {p.case_id}" in c and "[confidential]" in c]
    assert WITHHELD[1:] in card and "likely the same" not in card and "Why:" not in card and "%)" not in card
    assert "How the names compare" not in card
    for piece in {p.party_name, *p.party_name.replace(",", "").split(), *p.matched_name.split(), "spelt another way"}:
        assert piece not in card, piece
    if p.party_date_of_birth:
        assert p.party_date_of_birth.isoformat() not in card
    assert opened, "the member has a card they may read"
    shown = [c for c in cards(at) if "[confidential]" not in c]
    assert any("likely the same person (" in c and "Why: surname" in c and "How the names compare" in c
               for c in shown), shown[:1]


def test_a_confidential_card_sends_the_same_whether_its_hidden_match_is_likely_or_possibly(db):
    with Store.open(db) as store:
        p = next(p for p in store.prompts() if p.party_confidential)

    def card(strong: bool) -> str:
        _with_evidence(db, strong)
        at = dashboard_as(p.member_id.lower(), demo_password(p.member_id))
        (c,) = [c for c in cards(at) if f"Case {p.case_id}" in c and "[confidential]" in c]
        return _opaque(c)

    assert card(True) == card(False)


def test_staff_see_the_probability_and_reasons_of_every_prompt_in_the_prompts_table(db):
    _with_evidence(db, strong=True)
    at = dashboard_as("staff", "demo-staff-pass", page="prompts")
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert {"probability", "reasons"} <= set(table.columns)
    assert table["probability"].str.startswith("likely the same").all()
    assert table["reasons"].str.contains("spelt another way").all()
