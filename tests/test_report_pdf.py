"""The pre-meeting report as a PDF (WeasyPrint): its content read back from the PDF's text,
page numbers, and the confidential party absent. Marked ``pdf``: it needs the Pango
library (apt-get install libpango-1.0-0 libpangoft2-1.0-0), which `.ci/run` installs."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from coi.decisions import meetings
from coi.reports import render as report
from tests.factories import SYSTEM
from tests.test_meetings import AS_OF, store  # noqa: F401  (the scripted meeting)

pytestmark = pytest.mark.pdf


def pdf_text(store, **kw) -> tuple[str, int]:  # noqa: F811  (the fixture passed in)
    data = report.render(meetings.build_report(store, SYSTEM, "M-1", today=AS_OF, **kw), "pdf", packet=kw.get("member_id"))
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_the_pdf_holds_the_cover_every_item_the_quorum_and_the_warnings(store):  # noqa: F811
    text, pages = pdf_text(store)
    for words in ("Pre-meeting conflict report", "meeting M-1", "Rule applied", "Quorum: a majority of the 13 seats",
                  "Item 1", "case C-1", "Item 2", "case C-2", "No prompts: item 3", "Luis Diaz", "spouse", "unanswered",
                  "Answers outstanding", "Recusals, for the minutes", f"page 1 of {pages}"):
        assert words in text, words


def test_the_pdf_never_names_the_confidential_party(store):  # noqa: F811
    text, _ = pdf_text(store)
    assert "Rosa Vega" not in text and "[confidential]" in text


def test_a_members_packet_pdf_has_only_their_prompts(store):  # noqa: F811
    text, _ = pdf_text(store, member_id="M02")
    assert "Conflict packet for M02" in text and "Ana Diaz" not in text


def test_html_in_a_name_is_printed_as_text_in_the_pdf(store):  # noqa: F811
    from tests.factories import party
    from tests.test_meetings import DOCKET

    store.import_docket(DOCKET + [party("<b>Bold</b> <script>alert(1)</script>", case_id="C-1", role="witness")],
                        source="k2", fingerprint="k2", actor="t")
    text, _ = pdf_text(store)
    assert "<b>Bold</b> <script>alert(1)</script>" in text
