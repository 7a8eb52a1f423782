"""Hostile files are bounded (issue 12, item 12), at the sizes the issue measured: a 7.5 MB CSV
with a million columns, and a workbook whose shared strings unpack to 190 MB (81 s and 1.5 GB
before). Each is refused quickly, with a message, in a process of its own whose time and peak
memory are measured — as `coi import` runs for a user, and as the dashboard reads an upload."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

COI = str(Path(sys.executable).with_name("coi"))
MB = 1024 * 1024

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
         'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook '
             'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
             '<sheet name="Docket" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
                  'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  'worksheet" Target="worksheets/sheet1.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet '
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
          '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>')


def shared_strings_workbook(path: Path, extra: int, *, seed: int = 7) -> Path:
    """A docket workbook (case_id, party_name; one row, C-1 / Ana Diaz) whose cells use the
    shared strings table, as Excel writes it, followed by ``extra`` short random strings that
    no cell uses — compressible enough to be small, random enough to pass the ratio check."""
    import random

    rnd = random.Random(seed)
    letters = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", _SHEET)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8"?><sst '
                      b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      b"<si><t>case_id</t></si><si><t>party_name</t></si><si><t>C-1</t></si><si><t>Ana Diaz</t></si>")
            done = 0
            while done < extra:
                n = min(100_000, extra - done)
                raw = bytes(letters[b % 52] for b in rnd.randbytes(4 * n))
                out.write(b"".join(b"<si><t>" + raw[i:i + 4] + b"</t></si>" for i in range(0, 4 * n, 4)))
                done += n
            out.write(b"</sst>")
    return path


def measured(args: list[str], timeout: float = 120) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run ``args`` in a child process; return it, its wall-clock seconds and its peak memory
    (MB), measured by a small Python parent of its own (so no other child of the test run counts)."""
    probe = ("import json, resource, subprocess, sys, time\n"
             "t = time.perf_counter()\n"
             "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
             "print(json.dumps([p.returncode, p.stdout, p.stderr, time.perf_counter() - t,\n"
             "                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))\n")
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=timeout,
                         check=True)
    code, stdout, stderr, seconds, rss_kb = json.loads(out.stdout)
    return subprocess.CompletedProcess(args, code, stdout, stderr), seconds, rss_kb / 1024


@pytest.mark.slow
def test_a_csv_with_a_million_columns_is_refused_in_seconds(tmp_path):
    path = tmp_path / "docket.csv"
    columns = ["case_id", "party_name"] + [f"c{i}" for i in range(1_000_000)]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(",".join(columns) + "\n")
        for n in range(20):
            fh.write(f"C-{n},Party {n}\n")
    assert path.stat().st_size > 7 * MB
    proc, seconds, _ = measured([COI, "import", "--db", str(tmp_path / "coi.sqlite3"), str(path)])
    assert proc.returncode == 1, proc.stderr
    assert "docket.csv, row 1: the header row has 1,000,002 columns; coi reads files of up to 1,000 columns" \
        in proc.stderr
    assert "Traceback" not in proc.stderr
    assert seconds < 10, f"took {seconds:.1f} s"


@pytest.mark.slow
def test_a_shared_strings_bomb_is_refused_in_seconds_and_little_memory(tmp_path):
    bomb = shared_strings_workbook(tmp_path / "docket.xlsx", 9_500_000)
    with zipfile.ZipFile(bomb) as z:
        assert z.getinfo("xl/sharedStrings.xml").file_size > 180 * MB  # the 190 MB
    proc, seconds, peak = measured([COI, "import", "--db", str(tmp_path / "coi.sqlite3"), str(bomb)])
    assert proc.returncode == 1, proc.stderr
    assert "the workbook's shared strings would unpack to 181 MB; coi reads up to 100 MB" in proc.stderr
    assert seconds < 15, f"took {seconds:.1f} s (81 s before)"
    assert peak < 300, f"peaked at {peak:.0f} MB (1.5 GB before)"


@pytest.mark.slow
def test_too_many_shared_strings_under_the_size_limit_are_refused_while_streaming(tmp_path):
    bomb = shared_strings_workbook(tmp_path / "docket.xlsx", 4_500_000)
    with zipfile.ZipFile(bomb) as z:
        assert z.getinfo("xl/sharedStrings.xml").file_size < 100 * MB  # passes the size check: counted instead
    proc, seconds, peak = measured([COI, "import", "--db", str(tmp_path / "coi.sqlite3"), str(bomb)])
    assert proc.returncode == 1, proc.stderr
    assert "holds more than 1,000,000 shared strings" in proc.stderr
    assert seconds < 15, f"took {seconds:.1f} s"
    assert peak < 300, f"peaked at {peak:.0f} MB"


@pytest.mark.slow
def test_the_dashboards_upload_refuses_the_bomb_in_its_worker(tmp_path):
    from coi.decisions import service
    from coi.model import InputRejected

    bomb = shared_strings_workbook(tmp_path / "docket.xlsx", 9_500_000)
    started = time.perf_counter()
    with pytest.raises(InputRejected) as exc:
        service.read_uploaded_docket(bomb)
    assert time.perf_counter() - started < 15
    assert "shared strings would unpack to 181 MB" in str(exc.value)


@pytest.mark.slow
def test_a_workbook_of_millions_of_empty_cells_is_refused_in_seconds(tmp_path):
    """A sheet of 8 million empty cells (each costs the XML parser as much as a filled one)
    under the size and ratio limits: counted before parsing and refused in seconds."""
    path = tmp_path / "docket.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT.replace(
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>', ""))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
                      b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                      b'<row r="1"><c r="A1" t="inlineStr"><is><t>case_id</t></is></c>'
                      b'<c r="B1" t="inlineStr"><is><t>party_name</t></is></c></row>')
            for r in range(2, 400_000):
                out.write(f'<row r="{r}">'.encode() + "".join(f'<c r="{c}{r}"/>' for c in "ABCDEFGHIJKLMNOPQRST")
                          .encode() + b"</row>")
            out.write(b"</sheetData></worksheet>")
    assert os.path.getsize(path) < 30 * MB
    proc, seconds, peak = measured([COI, "import", "--db", str(tmp_path / "coi.sqlite3"), str(path)], timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "the first sheet has more than 2,000,000 cells, empty or not" in proc.stderr
    assert seconds < 15, f"took {seconds:.1f} s (75 s of processor time to parse 3,000,000 of them)"
    assert peak < 400, f"peaked at {peak:.0f} MB"
