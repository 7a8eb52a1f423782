"""The PDF renderer fetches nothing: URLs in the data (a meeting id that breaks out of a CSS
string, a party named ``url(…)``, an affiliation written as an image) reach no server, and
a report's HTML asking for a URL is refused by coi's URL fetcher (issue 11, item 5).
Marked ``pdf``: it needs the Pango library."""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.server
import threading

import pytest

from coi.decisions import meetings, service
from coi.policy import load_policy
from coi.reports import render as report
from coi.store.database import Store
from tests.factories import AS_OF, SYSTEM, member, party, tie

pytestmark = pytest.mark.pdf


@pytest.fixture
def requests_seen():
    """A local HTTP server that records every request it gets: (port, paths requested)."""
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def built(tmp_path, requests_seen):
    port, _ = requests_seen
    here = f"http://127.0.0.1:{port}"
    with Store.open(tmp_path / "coi.sqlite3") as s:
        s.import_members([member("M01", "Ana Diaz")], source="m", fingerprint="m", actor="t")
        s.import_disclosures([tie("employer", "Oak Ridge Police Department", member_id="M01"),
                              tie("friend", f"url({here}/name.png) Quill", member_id="M01")],
                             source="d", fingerprint="d", actor="t")
        s.import_docket([party("Zed Quill", case_id="C-1", role="respondent",
                               affiliations=(f"Oak Ridge Police Department ![x]({here}/affiliation.png)",)),
                         party(f"url({here}/name.png) Quill", case_id="C-1", role="witness"),
                         party(f'<img src="{here}/img.png"> Roe', case_id="C-1", role="victim")],
                        source="k", fingerprint="k", actor="t")
        service.screen_stored(s, SYSTEM, load_policy(), AS_OF)
        meetings.save_meeting(s, SYSTEM, "M-1", dt.date(2026, 12, 10), ["C-1"])
        r = meetings.build_report(s, SYSTEM, "M-1", today=AS_OF)
    # a meeting id stored before ids were checked: it would close the footer's CSS string
    evil = f'x\n}} }} body {{ background: url({here}/id.png) }} @page {{ @bottom-center {{ content: "'
    return dataclasses.replace(r, meeting=dataclasses.replace(r.meeting, meeting_id=evil))


def test_a_pdf_of_data_holding_urls_makes_no_request(built, requests_seen):
    _, seen = requests_seen
    assert report.render(built, "pdf").startswith(b"%PDF")
    assert report.render(built, "pdf", packet="M01").startswith(b"%PDF")
    assert seen == []


def test_the_pdf_renderer_refuses_a_url_even_when_the_html_asks_for_one(built, requests_seen, monkeypatch):
    port, seen = requests_seen
    monkeypatch.setattr(report, "html", lambda r, packet=None: (
        f'<html><head><link rel="stylesheet" href="http://127.0.0.1:{port}/sheet.css"></head>'
        f'<body><img src="http://127.0.0.1:{port}/img.png"><p>text</p></body></html>'))
    assert report.pdf(built).startswith(b"%PDF")
    assert seen == []
