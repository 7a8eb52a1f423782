"""The pre-meeting conflict report and the per-member packets, rendered: HTML from a
template with autoescaping and print styles, PDF from that HTML (WeasyPrint), and CSV and
Excel safe from formula injection (coi.ingest.export).

The PDF needs the Pango text library (Debian: ``apt-get install libpango-1.0-0
libpangoft2-1.0-0``; CI installs it); HTML, CSV and Excel need nothing outside Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from coi.decisions.meetings import ItemReport, MeetingReport, Status, stale_words
from coi.ingest import export
from coi.settings import panel_timezone
from coi.store.screenings import ScreeningRun
from coi.text import printable
from coi.timefmt import panel_date, panel_time

FORMATS = ("pdf", "html", "csv", "xlsx")
COLUMNS = ("meeting_id", "meeting_date", "item", "case_id", "member_id", "member_name", "appointed_by", "category",
           "tier", "party", "party_role", "evidence", "answer", "reason", "recused", "remaining", "quorum_needed",
           "quorum_met", "likelihood", "reasons")


def _printable(value: object) -> object:
    """Every text the template prints, made printable (coi.text.printable): a control or
    bidirectional character stored before typed text was cleaned must not reorder or break
    the report. Markup made by the report itself is left as it is."""
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value


_ENV = Environment(loader=PackageLoader("coi.reports", "templates"), autoescape=select_autoescape(["html", "j2"]),
                   trim_blocks=True, lstrip_blocks=True, finalize=_printable)

#: a line's answer as a member's packet tells it to the member reading it
PACKET_STATUS = {Status.SELF_RECUSED: "you self-recused", Status.RECUSED_BY_VOTE: "recused by vote of the remaining members",
                 Status.NO_CONFLICT: "you answered no conflict", Status.UNSURE: "you answered unsure: staff to advise",
                 Status.UNANSWERED: "not answered yet", Status.WITHDRAWN_BY_EDIT: "withdrawn when you edited your disclosures"}

#: items per block of the members × items matrix: a block fits the width of a Letter page
#: and of a screen, and the member column is repeated in each
MATRIX_BLOCK = 20
_CELLS = {Status.SELF_RECUSED: ("R", "self-recused"), Status.RECUSED_BY_VOTE: ("V", "recused-by-vote"),
          Status.UNANSWERED: ("?", "unanswered"), Status.UNSURE: ("U", "unsure"),
          Status.NO_CONFLICT: ("✓", "no-conflict")}


def _cell_status(item: ItemReport, member_id: str) -> Status | None:
    statuses = [c.status for c in item.conflicts if c.member_id == member_id]
    for s in (Status.SELF_RECUSED, Status.RECUSED_BY_VOTE, Status.UNANSWERED, Status.UNSURE, Status.NO_CONFLICT):
        if s in statuses:
            return s
    return None


@dataclass(frozen=True, slots=True)
class MatrixCell:
    mark: str  # a letter, so the matrix reads in black and white too
    css: str  # the class that colours it (a fixed word, never data)
    title: str


@dataclass(frozen=True, slots=True)
class MatrixBlock:
    """Items ``first``–``last`` of the members × items matrix: one row per member."""

    items: tuple[int, ...]
    rows: tuple[tuple[str, tuple[MatrixCell, ...]], ...]  # (member "M01 Ana Diaz", a cell per item)
    caption: str


def matrix_blocks(report: MeetingReport, size: int = MATRIX_BLOCK) -> list[MatrixBlock]:
    """The members × items matrix in blocks of ``size`` items, the member column in each: a
    cell is marked where a member is prompted on an item (R self-recused, V recused by vote,
    ? unanswered, U unsure, ✓ no conflict) or absent (–). Never cut: every item is in a block."""
    items, total = report.items, len(report.items)
    blocks = []
    for start in range(0, total, size):
        chunk = items[start:start + size]
        rows = []
        for m in report.members:
            cells = []
            for item in chunk:
                status = _cell_status(item, m.member_id)
                if m.member_id in item.absent:
                    cells.append(MatrixCell("–", "absent", "absent"))
                elif status is None:
                    cells.append(MatrixCell("", "none", ""))
                else:
                    mark, css = _CELLS[status]
                    cells.append(MatrixCell(mark, css, str(status)))
            rows.append((f"{m.member_id} {m.name}", tuple(cells)))
        caption = f"Items {chunk[0].item}–{chunk[-1].item} of {total}" if len(chunk) > 1 else \
            f"Item {chunk[0].item} of {total}"
        blocks.append(MatrixBlock(tuple(i.item for i in chunk), tuple(rows), caption))
    return blocks


def item_ranges(numbers: list[int]) -> str:
    """Item numbers as runs: [3, 7, 12, 13, 14] → "3, 7, 12–14"."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def screened_with_words(run: ScreeningRun | None) -> str:
    """The cover's provenance line: the policy (its name and the SHA-256 of its file) and the
    version of the matcher's weights the latest screening used, so a reader can tell which
    rules and which scores the report stands on."""
    if run is None:
        return "not screened yet"
    policy = f"policy \u201c{run.policy}\u201d, SHA-256 {run.policy_sha256 or 'not recorded'}"
    weights = f"matcher weights {run.weights_version or 'not recorded'}"
    older = "" if run.policy_sha256 and run.weights_version else " (a screening made before coi recorded them)"
    return f"{policy}; {weights}{older}"


def html(report: MeetingReport, *, packet: str | None = None) -> str:
    names = {m.member_id: m.name for m in report.members}
    who = f"{packet} {names.get(packet, '')}".strip() if packet else None
    title = (f"Conflict packet for {who}" if packet else "Pre-meeting conflict report") + \
        f" — meeting {report.meeting.meeting_id}"
    if packet:  # a packet speaks of the reader's own prompts: the items where they have one are shown
        shown = [i for i in report.items if i.conflicts]
    else:
        shown = [i for i in report.items if i.conflicts or i.warnings]
    quiet = [i for i in report.items if i not in shown]
    tz = panel_timezone()
    return _ENV.get_template("report.html.j2").render(
        r=report, title=title, packet=packet, who=who, blocks=[] if packet else matrix_blocks(report),
        shown=shown, quiet=item_ranges([i.item for i in quiet]), quiet_items=quiet,
        generated=panel_time(report.generated_at, tz),
        data_as_of=panel_time(report.data_as_of, tz) if report.data_as_of[:1].isdigit() else report.data_as_of,
        meeting_day=panel_date(report.meeting.meeting_date, tz), packet_status=PACKET_STATUS,
        screened_with=screened_with_words(report.screened_with), stale=stale_words(report.changed_after))


def pdf_available() -> bool:
    """True when WeasyPrint and the Pango library it needs are installed."""
    try:
        import weasyprint  # noqa: F401
    except OSError:
        return False
    return True


def _refusing_fetcher():
    """A WeasyPrint URL fetcher that fetches nothing: the report is self-contained (its
    matrix is inline SVG), so any URL in it came from data and must not reach the network
    or the disk."""
    from weasyprint.urls import URLFetcher

    class RefuseEverything(URLFetcher):
        def fetch(self, url, headers=None):
            raise ValueError(f"the report fetches nothing; {url[:80]!r} refused")

    return RefuseEverything()


def pdf(report: MeetingReport, *, packet: str | None = None) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as exc:  # the Pango library is missing
        raise RuntimeError("the PDF needs the Pango library: apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
                           f"(or choose --format html); {exc}") from exc
    return HTML(string=html(report, packet=packet), url_fetcher=_refusing_fetcher()).write_pdf()


def rows(report: MeetingReport) -> list[tuple]:
    """One row per (item, member prompted); an item nobody is prompted on gets one row too.
    The contract's columns first; coi's own (how likely, the reasons) after them. The meeting
    date is a date: ISO text in the CSV, an Excel date in the workbook (coi.ingest.export)."""
    out = []
    m = report.meeting
    for i in report.items:
        common = (";".join(i.recused), ";".join(i.remaining), i.quorum_needed, "yes" if i.quorum_met else "no")
        if not i.conflicts:
            out.append((m.meeting_id, m.meeting_date, i.item, i.case_id, "", "", "", "", "", "", "", "",
                        "", "", *common, "", ""))
        for c in i.conflicts:
            out.append((m.meeting_id, m.meeting_date, i.item, i.case_id, c.member_id, c.member_name,
                        str(c.appointed_by), c.category_value or c.category, str(c.tier), c.party, c.party_role, c.path, str(c.status),
                        c.reason or "", *common, c.likelihood, c.reasons))
    return out


def render(report: MeetingReport, fmt: str, *, packet: str | None = None) -> bytes:
    if fmt == "pdf":
        return pdf(report, packet=packet)
    if fmt == "html":
        return html(report, packet=packet).encode("utf-8")
    if fmt == "csv":
        return export.to_csv(COLUMNS, rows(report))
    if fmt == "xlsx":
        return export.to_xlsx(COLUMNS, rows(report), sheet="conflicts")
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "COLUMNS", "MATRIX_BLOCK", "MatrixBlock", "html", "item_ranges", "matrix_blocks", "pdf",
           "pdf_available", "rows", "render"]
