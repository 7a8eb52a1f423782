"""The pre-meeting conflict report and the per-member packets, rendered: HTML from a
template with autoescaping and print styles, PDF from that HTML (WeasyPrint), and CSV and
Excel safe from formula injection (coi.export).

The PDF needs the Pango text library (Debian: ``apt-get install libpango-1.0-0
libpangoft2-1.0-0``; CI installs it); HTML, CSV and Excel need nothing outside Python.
"""

from __future__ import annotations

from html import escape

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from coi import export
from coi.meetings import ItemReport, MeetingReport, Status
from coi.text import printable

FORMATS = ("pdf", "html", "csv", "xlsx")
COLUMNS = ("meeting_id", "meeting_date", "item", "case_id", "member_id", "member_name", "appointed_by", "category",
           "tier", "party", "party_role", "evidence", "answer", "reason", "recused", "remaining", "quorum_needed",
           "quorum_met", "likelihood", "reasons")


def _printable(value: object) -> object:
    """Every text the template prints, made printable (coi.text.printable): a control or
    bidirectional character stored before typed text was cleaned must not reorder or break
    the report. The report's own markup (the matrix) is left as it is."""
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value


_ENV = Environment(loader=PackageLoader("coi", "templates"), autoescape=select_autoescape(["html", "j2"]),
                   trim_blocks=True, lstrip_blocks=True, finalize=_printable)
_COLOURS = {Status.SELF_RECUSED: "#c62828", Status.RECUSED_BY_VOTE: "#6a1b9a", Status.UNANSWERED: "#f9a825",
            Status.UNSURE: "#ef6c00", Status.NO_CONFLICT: "#2e7d32"}


def _cell_status(item: ItemReport, member_id: str) -> Status | None:
    statuses = [c.status for c in item.conflicts if c.member_id == member_id]
    for s in (Status.SELF_RECUSED, Status.RECUSED_BY_VOTE, Status.UNANSWERED, Status.UNSURE, Status.NO_CONFLICT):
        if s in statuses:
            return s
    return None


def matrix_svg(report: MeetingReport) -> str:
    """The members × items matrix as an SVG picture: a coloured square where a member is
    prompted on an item (red: self-recused, purple: recused by vote, yellow: unanswered,
    orange: unsure, green: no conflict), grey for an absent member."""
    members, items = report.members, report.items
    cw, ch, left, top = 26, 18, 190, 30
    legend = [(str(s), c) for s, c in _COLOURS.items()] + [("absent", "#bdbdbd")]
    legend_width = sum(13 + 6 * len(label) + 12 for label, _ in legend)
    width, height = max(left + cw * max(len(items), 1) + 10, legend_width), top + ch * len(members) + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
           f'font-size="9">']
    for j, item in enumerate(items):
        out.append(f'<text x="{left + j * cw + cw / 2}" y="{top - 8}" text-anchor="middle">{item.item}</text>')
    for i, m in enumerate(members):
        y = top + i * ch
        out.append(f'<text x="4" y="{y + 12}">{escape(printable(m.member_id))} {escape(printable(m.name)[:26])}</text>')
        for j, item in enumerate(items):
            status = _cell_status(item, m.member_id)
            fill = "#bdbdbd" if m.member_id in item.absent else _COLOURS.get(status, "#ffffff")
            out.append(f'<rect x="{left + j * cw + 2}" y="{y + 2}" width="{cw - 4}" height="{ch - 4}" '
                       f'fill="{fill}" stroke="#999" stroke-width="0.5"><title>{escape(str(status or ""))}</title></rect>')
    legend_y = top + ch * len(members) + 20
    x = 4
    for label, colour in legend:
        out.append(f'<rect x="{x}" y="{legend_y - 9}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{x + 13}" y="{legend_y}">{escape(label)}</text>')
        x += 13 + 6 * len(label) + 12
    out.append("</svg>")
    return "".join(out)


def html(report: MeetingReport, *, packet: str | None = None) -> str:
    title = (f"Conflict packet for {packet}" if packet else "Pre-meeting conflict report") + \
        f" — meeting {report.meeting.meeting_id}"
    return _ENV.get_template("report.html.j2").render(r=report, title=title, packet=packet,
                                                     matrix=matrix_svg(report))


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
    The contract's columns first; coi's own (how likely, the reasons) after them."""
    out = []
    m = report.meeting
    for i in report.items:
        common = (";".join(i.recused), ";".join(i.remaining), i.quorum_needed, "yes" if i.quorum_met else "no")
        if not i.conflicts:
            out.append((m.meeting_id, m.meeting_date.isoformat(), i.item, i.case_id, "", "", "", "", "", "", "", "",
                        "", "", *common, "", ""))
        for c in i.conflicts:
            out.append((m.meeting_id, m.meeting_date.isoformat(), i.item, i.case_id, c.member_id, c.member_name,
                        str(c.appointed_by), c.category, str(c.tier), c.party, c.party_role, c.path, str(c.status),
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


__all__ = ["FORMATS", "COLUMNS", "html", "pdf", "pdf_available", "rows", "render", "matrix_svg"]
