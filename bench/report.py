"""Write the last full benchmark run (bench/results/results.csv) into the docs: the figures
section of docs/BENCHMARKS.md and the outside-data table of docs/MATCHING.md, each between
its ``<!-- figures -->`` / ``<!-- /figures -->`` (``<!-- outside -->``) markers.

``python -m bench.report`` after ``make bench``."""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "results.csv"


def _shown(value: float, unit: str) -> str:
    return {"ratio": f"{value:.3f}", "s": f"{value:,.2f} s", "ms": f"{value:.1f} ms", "count": f"{value:,.0f}",
            "MiB": f"{value:,.0f} MiB", "x": f"{value:,.1f}x"}.get(unit, f"{value:g} {unit}")


def outside_table(fig: dict[tuple[str, str], float]) -> str:
    rows = ["| set | coi, DOB: P / R / F1 | F1, identifiable pairs (DOB) | coi, no DOB: F1 | F1 identifiable (no DOB) "
            "| baseline F1 | baseline F1 identifiable |", "|---|---|---|---|---|---|---|"]
    for s in ("febrl1", "febrl2", "febrl3", "febrl4 (held out)"):
        b = f"outside: {s}"
        g = lambda n: fig[(b, n)]  # noqa: E731
        rows.append(f"| {s} | {g('coi precision (DOB)'):.3f} / {g('coi recall (DOB)'):.3f} / {g('coi F1 (DOB)'):.3f} "
                    f"| **{g('coi F1, identifiable pairs (DOB)'):.3f}** | {g('coi F1 (no DOB)'):.3f} "
                    f"| {g('coi F1, identifiable pairs (no DOB)'):.3f} | {g('baseline F1'):.3f} "
                    f"| {g('baseline F1, identifiable pairs'):.3f} |")
    b = "outside: fodors-zagat"
    rows.append(f"| Fodors–Zagat | {fig[(b, 'coi precision')]:.3f} / {fig[(b, 'coi recall')]:.3f} / "
                f"{fig[(b, 'coi F1')]:.3f} | | | | {fig[(b, 'baseline F1')]:.3f} | |")
    return "\n".join(rows)


def figures_section(rows: list[dict[str, str]], fig: dict[tuple[str, str], float]) -> str:
    lines = ["Machine: 2 CPUs (x86_64), Python 3.11.7, Linux 6.18, 24 GiB. Command: `make bench`.", "",
             f"Golden pairs: precision {fig[('golden pairs', 'precision')]:.3f}, recall "
             f"{fig[('golden pairs', 'recall')]:.3f}, F1 {fig[('golden pairs', 'F1')]:.3f} (207 pairs). Demo Panel: "
             f"`coi screen` {fig[('demo screening', 'coi screen wall time')]:.2f} s, "
             f"{fig[('demo screening', 'prompts raised')]:.0f} prompts.", "",
             "| benchmark | figure | value | note |", "|---|---|---|---|"]
    for r in rows:
        if r["benchmark"].startswith(("golden pairs", "outside", "demo")):
            continue
        lines.append(f"| {r['benchmark']} | {r['name']} | {_shown(float(r['value']), r['unit'])} | {r['note']} |")
    lines += ["", 'Outside data (details in docs/MATCHING.md, "Outside data"):', "", outside_table(fig)]
    return "\n".join(lines)


def _replace(path: Path, marker: str, body: str) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"(<!-- {marker} -->\n).*?(\n<!-- /{marker} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path}: no <!-- {marker} --> ... <!-- /{marker} --> markers")
    path.write_text(pattern.sub(lambda m: m.group(1) + body + m.group(2), text), encoding="utf-8")


def main() -> None:
    rows = list(csv.DictReader(open(RESULTS, encoding="utf-8")))
    fig = {(r["benchmark"], r["name"]): float(r["value"]) for r in rows}
    _replace(ROOT / "docs" / "BENCHMARKS.md", "figures", figures_section(rows, fig))
    _replace(ROOT / "docs" / "MATCHING.md", "outside", outside_table(fig))


if __name__ == "__main__":
    main()
