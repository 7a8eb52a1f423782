"""Write the last full benchmark run (bench/results/results.csv) into the docs: the figures
section of docs/BENCHMARKS.md and the outside-data table of docs/MATCHING.md, each between
its ``<!-- figures -->`` / ``<!-- /figures -->`` (``<!-- outside -->``) markers.

``python -m bench.report`` after ``make bench``; ``python -m bench.report --outside`` after
``python -m bench outside`` writes the matching-quality tables alone."""

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
    b = "outside: fodors-zagat (untuned)"
    rows.append(f"| Fodors–Zagat | {fig[(b, 'coi precision')]:.3f} / {fig[(b, 'coi recall')]:.3f} / "
                f"{fig[(b, 'coi F1')]:.3f} | | | | {fig[(b, 'baseline F1')]:.3f} | |")
    return "\n".join(rows)


#: The sets of the issue-13 benchmark table: (figure bench name, shown name, person?)
SETS = (
    ("outside: febrl1", "Febrl 1 (tuning)", True), ("outside: febrl2", "Febrl 2 (tuning)", True),
    ("outside: febrl3", "Febrl 3 (tuning)", True), ("outside: febrl4 (held out)", "Febrl 4 (held out)", True),
    ("outside: persons-tuning", "generated persons (tuning, seed 1)", True),
    ("outside: persons-held-out (held out)", "generated persons (held out, seed 2)", True),
    ("outside: fodors-zagat (untuned)", "Fodors–Zagat (untuned)", False),
    ("outside: orgs-tuning", "generated organizations (tuning, seed 1)", False),
    ("outside: orgs-held-out (held out)", "generated organizations (held out, seed 2)", False),
)


def _g(fig: dict[tuple[str, str], float], bench: str, name: str) -> str:
    v = fig.get((bench, name))
    return "—" if v is None or v != v else f"{v:.3f}"


def benchmark_table(fig: dict[tuple[str, str], float]) -> str:
    """Issue 13's table: every set, precision/recall/F1 at the prompt threshold, recall at
    precision ≥ 0.9 (coi with dates of birth where a set has them), and the baselines' F1."""
    rows = ["| set | coi P / R / F1 | coi recall at P≥0.9 | baseline token_sort F1 | "
            "baseline token_sort + DOB (persons) or token_set (organizations) F1 |", "|---|---|---|---|---|"]
    for bench, shown, person in SETS:
        if not any(k[0] == bench for k in fig):
            continue
        t = " (DOB)" if person else ""
        other = "baseline (token_sort + DOB) F1" if person else "baseline (token_set) F1"
        rows.append(f"| {shown} | {_g(fig, bench, 'coi precision' + t)} / {_g(fig, bench, 'coi recall' + t)} / "
                    f"{_g(fig, bench, 'coi F1' + t)} | {_g(fig, bench, 'coi recall at P≥0.9' + t)} | "
                    f"{_g(fig, bench, 'baseline F1')} | {_g(fig, bench, other)} |")
    return "\n".join(rows)


def _coi_by_label(fig: dict[tuple[str, str], float], bench_prefix: str, prefix: str) -> dict[str, dict[str, float]]:
    """coi's figures named ``prefix + label`` (organizations: no tag; persons: "[coi (DOB)]")
    per bench starting with ``bench_prefix``: label -> bench -> value."""
    out: dict[str, dict[str, float]] = {}
    for (bench, name), v in fig.items():
        if not (bench.startswith(bench_prefix) and name.startswith(prefix)):
            continue
        label = name.removeprefix(prefix)
        if label.endswith(" [coi (DOB)]"):
            label = label.removesuffix(" [coi (DOB)]")
        elif "[" in label:
            continue
        out.setdefault(label, {})[bench] = v
    return out


def generated_tables(fig: dict[tuple[str, str], float]) -> str:
    """Recall per kind of variation and false alerts per kind of look-alike on the generated
    sets (coi at the prompt threshold, with dates of birth), tuning and held out side by side."""
    parts = []
    for kind, sets in (("persons", ("persons-tuning", "persons-held-out (held out)")),
                       ("organizations", ("orgs-tuning", "orgs-held-out (held out)"))):
        rows = []
        for title, bench_prefix, prefix, what in (
                ("kind of variation", "outside variations: ", "recall: ", "recall"),
                ("kind of look-alike", "outside look-alikes: ", "false alerts: ", "false alerts")):
            table = _coi_by_label(fig, bench_prefix, prefix)
            benches = [f"{bench_prefix}{s}" for s in sets]
            rows += ["" if rows else None, f"| {kind}: {title} | {what}, tuning | {what}, held out |", "|---|---|---|"]
            for label, by in sorted(table.items()):
                if any(b in by for b in benches):
                    rows.append(f"| {label} | " + " | ".join(f"{by[b]:.3f}" if b in by else "—" for b in benches)
                                + " |")
        parts.append("\n".join(r for r in rows if r is not None))
    chosen = [(name, v) for (bench, name), v in fig.items() if bench == "outside: prompt threshold chosen on tuning data"]
    if chosen:
        parts.append("Prompt threshold with the best recall at precision ≥ 0.9 on the tuning sets "
                     "(`python -m bench.outside --choose-threshold`): "
                     + "; ".join(f"{n.removeprefix('threshold ')} {'not reached' if v != v else f'{v:g}'}"
                                 for n, v in chosen) + ".")
    return "\n\n".join(parts)


def figures_section(rows: list[dict[str, str]], fig: dict[tuple[str, str], float]) -> str:
    lines = ["Machine: 2 CPUs (x86_64), Python 3.11.7, Linux 6.18, 24 GiB. Command: `make bench`.", "",
             f"Golden pairs: precision {fig[('golden pairs', 'precision')]:.3f}, recall "
             f"{fig[('golden pairs', 'recall')]:.3f}, F1 {fig[('golden pairs', 'F1')]:.3f}. Demo Panel: "
             f"`coi screen` {fig[('demo screening', 'coi screen wall time')]:.2f} s, "
             f"{fig[('demo screening', 'prompts raised')]:.0f} prompts.", "",
             "| benchmark | figure | value | note |", "|---|---|---|---|"]
    for r in rows:
        if r["benchmark"].startswith(("golden pairs", "outside", "demo")):
            continue
        lines.append(f"| {r['benchmark']} | {r['name']} | {_shown(float(r['value']), r['unit'])} | {r['note']} |")
    lines += ["", 'Outside data (details in docs/MATCHING.md, "Outside data"):', "", outside_table(fig)]
    lines += ["", "Every set at the prompt threshold (issue 13; held-out and untuned sets are never tuned on):", "",
              benchmark_table(fig), "", generated_tables(fig)]
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
    _replace(ROOT / "docs" / "BENCHMARKS.md", "quality", quality_section(fig))


def quality_section(fig: dict[tuple[str, str], float]) -> str:
    """The matching-quality tables alone (every set, per variation, per look-alike): what
    ``python -m bench outside`` measures, written by ``python -m bench.report --outside``
    from bench/results/results-outside.csv between the ``<!-- quality -->`` markers."""
    return "\n".join(["Every set at the prompt threshold (issue 13; held-out and untuned sets are never tuned on):",
                      "", benchmark_table(fig), "", generated_tables(fig)])


def outside_only() -> None:
    """After ``python -m bench outside``: the quality tables of docs/BENCHMARKS.md and the
    outside table of docs/MATCHING.md from bench/results/results-outside.csv."""
    rows = list(csv.DictReader(open(RESULTS.with_name("results-outside.csv"), encoding="utf-8")))
    fig = {(r["benchmark"], r["name"]): float(r["value"]) for r in rows}
    _replace(ROOT / "docs" / "MATCHING.md", "outside", outside_table(fig))
    _replace(ROOT / "docs" / "BENCHMARKS.md", "quality", quality_section(fig))


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--outside"]:
        outside_only()
        raise SystemExit(0)
    main()
