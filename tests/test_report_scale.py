"""The pre-meeting report at scale (issue 14, item 5): a generated 100-item meeting's PDF
keeps the whole members × items matrix (in blocks of 20 items, the member column repeated),
lists the items nobody is prompted on in one line, keeps each heading with what follows it,
and a member's packet speaks to the member. The pages are rendered to PNG (pypdfium2) in
/work/scratch (or $COI_REPORT_PNG_DIR) to be looked at. The PDF tests are marked ``pdf`` (Pango)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from coi.decisions import meetings, service
from coi.model import Answer
from coi.policy import load_policy
from coi.reports import render as report
from coi.store.database import Store
from tests.factories import SYSTEM, member, party, tie

AS_OF = dt.date(2026, 11, 22)
ITEMS = 100
NAMES = ["Ana Diaz", "Ben Cole", "Cara Moss", "Dev Patel", "Eva Lund", "Finn Roe", "Gia Bell", "Hal Ortiz", "Ida Wong",
         "Jon Park", "Kay Lee", "Lou Kim", "Max Fox"]
ROSTER = [member(f"M{i:02d}", n) for i, n in enumerate(NAMES, start=1)]
#: the relatives whose names appear as witnesses, one per member
KIN = ["Luis Quarrington", "Omar Feltwell", "Rosa Brightwater", "Tomas Okonkwo", "Nadia Villanueva",
       "Pavel Lindqvist", "Greta Abernathy", "Hugo Castellanos", "Iris Montgomery", "Jude Whitacre",
       "Kira Szymanski", "Lena Oyelaran", "Milo Fairbanks"]


def case_of(n: int) -> str:
    return f"C-2026-{n:04d}"


def prompted(n: int) -> list[int]:
    """The members (0-based) prompted on item ``n``: a pattern with a third of the items untouched."""
    if n % 3 == 0:
        return []
    return [k for k in range(13) if (n * 7 + k * 5) % 13 < (2 if n % 2 else 4)]


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "coi.sqlite3"
    with Store.open(path) as s:
        s.import_members(ROSTER, source="m", fingerprint="m", actor="t")
        s.import_disclosures([tie("sibling", KIN[k], member_id=f"M{k + 1:02d}") for k in range(13)],
                             source="d", fingerprint="d", actor="t")
        docket = []
        for n in range(1, ITEMS + 1):
            docket.append(party(f"Officer Number{n} Respondent", case_id=case_of(n), role="respondent"))
            docket += [party(KIN[k], case_id=case_of(n), role="witness") for k in prompted(n)]
        s.import_docket(docket, source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "BIG", dt.date(2026, 12, 10), [case_of(n) for n in range(1, ITEMS + 1)])
        for p in s.prompts():  # some answered, so the matrix shows every colour
            n = int(p.case_id[-4:])
            if n % 5 == 1:
                s.record_decision(p.key, answer=Answer.SELF_RECUSE, reason=None, decided_by="t")
            elif n % 5 == 2:
                s.record_decision(p.key, answer=Answer.NO_CONFLICT, reason="not in touch for years", decided_by="t")
        meetings.set_absent(s, SYSTEM, "BIG", "M13", True)
    return path


def build(path: Path, member_id: str | None = None):
    with Store.open(path) as s:
        return meetings.build_report(s, SYSTEM, "BIG", today=AS_OF, member_id=member_id)


def save_pngs(data: bytes, stem: str) -> list[Path]:
    """Every page of the PDF as a PNG, for a person to look at."""
    import pypdfium2

    folder = Path(os.environ.get("COI_REPORT_PNG_DIR", "/work/scratch"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    pdf = pypdfium2.PdfDocument(data)
    for i in range(len(pdf)):
        target = folder / f"{stem}{i + 1}.png"
        pdf[i].render(scale=1.4).to_pil().save(target)
        out.append(target)
    return out


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def full_pdf(big) -> list[str]:
    """The full report's PDF (rendered once: a 100-item report takes a while), its pages saved as PNG."""
    data = report.render(build(big), "pdf")
    save_pngs(data, "h3_page")
    return page_texts(data)


# ------------------------------------------------------------------ fast: the HTML

def test_item_numbers_are_written_as_runs():
    assert report.item_ranges([3, 7, 12, 13, 14, 15, 16, 17, 18, 19]) == "3, 7, 12–19"
    assert report.item_ranges([]) == "" and report.item_ranges([5]) == "5"


def test_the_html_matrix_comes_in_blocks_of_20_items_each_with_the_member_column(big):
    html = report.html(build(big))
    tables = re.findall(r'<table class="matrix">(.*?)</table>', html, re.S)
    assert len(tables) == 5
    for n, table in enumerate(tables):
        head = re.search(r"<thead>(.*?)</thead>", table, re.S).group(1)
        assert re.findall(r'<th class="n">(\d+)</th>', head) == [str(i) for i in range(20 * n + 1, 20 * n + 21)]
        assert all(f"M{k:02d} {NAMES[k - 1]}" in table for k in range(1, 14))


def test_items_nobody_is_prompted_on_are_listed_in_one_line_not_each_in_a_section(big):
    html = report.html(build(big))
    quiet = [n for n in range(1, ITEMS + 1) if not prompted(n)]
    assert f"No prompts: items {report.item_ranges(quiet)}." in html
    assert not any(f"Item {n} — case" in html for n in quiet)
    assert all(f"Item {n} — case" in html for n in range(1, ITEMS + 1) if prompted(n))


# ------------------------------------------------------------------ the PDF, looked at

@pytest.mark.pdf
def test_every_item_of_a_100_item_meeting_is_in_the_matrix_of_the_pdf(full_pdf):
    text = "\n".join(full_pdf)
    last = max(n for n, page in enumerate(full_pdf) if f"of {ITEMS}\n" in page and "Items " in page)
    matrix = "\n".join(full_pdf[: last + 1])  # the pages the matrix is on
    for start in range(1, ITEMS + 1, 20):
        assert f"Items {start}–{min(start + 19, ITEMS)} of {ITEMS}" in matrix
    numbers = set(re.findall(r"\b(\d{1,3})\b", matrix))
    missing = [n for n in range(1, ITEMS + 1) if str(n) not in numbers]
    assert not missing, f"items missing from the matrix: {missing}"
    assert all(matrix.count(f"M{k:02d} {NAMES[k - 1]}") >= 5 for k in range(1, 14))  # the member column, each block
    assert all(f"Item {n} — case {case_of(n)}" in text for n in range(1, ITEMS + 1) if prompted(n))


@pytest.mark.pdf
def test_no_item_heading_is_left_at_the_foot_of_a_page_without_its_table(full_pdf):
    stranded = []
    for number, page in enumerate(full_pdf, start=1):
        for found in re.finditer(r"Item (\d+) — case", page):
            rest = page[found.end():]
            if "Category" not in rest and "No member is prompted" not in rest:
                stranded.append((number, found.group(1)))
    assert not stranded, f"(page, item) headings without their table on the page: {stranded}"


@pytest.mark.pdf
def test_a_members_packet_speaks_to_the_member_reading_it(big):
    data = report.render(build(big, "M05"), "pdf", packet="M05")
    save_pngs(data, "h3_packet")
    text = re.sub(r"\s+", " ", "\n".join(page_texts(data)).replace("-\n", "-"))  # words as read, not as wrapped
    assert "Conflict packet for M05 Eva Lund" in text and "This packet holds only your own prompts" in text
    assert "Your answer" in text and "you self-recused" in text and "You have no prompts on items" in text
    assert "Members × items" not in text and "Answers outstanding" not in text
