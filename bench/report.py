"""Write the committed benchmark results into the docs, so no figure there is copied by hand:
docs/BENCHMARKS.md's figures, targets and matching-quality sections and docs/MATCHING.md's
outside-data table, each between its ``<!-- name -->`` / ``<!-- /name -->`` markers.

The run figures (scale, interactive, dashboard, report) come from the last full run,
bench/results/results.csv; the matching-quality figures from bench/results/results-outside.csv,
which ``python -m bench outside`` and a full ``make bench`` both write (the older results.csv
alone when it is missing). ``python -m bench.report`` after either rewrites every block;
tests/test_benchmarks_doc.py fails when a block is not what it would write."""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "results.csv"
MATCHING_RESULTS = RESULTS.with_name("results-outside.csv")
SPLINK_RESULTS = RESULTS.with_name("results-splink.csv")
BENCHMARKS_MD = ROOT / "docs" / "BENCHMARKS.md"
MATCHING_MD = ROOT / "docs" / "MATCHING.md"

#: (benchmark, figure name) -> value, as a results file holds them
Figures = dict[tuple[str, str], float]

#: the Fodors–Zagat set's benchmark name, before issue 13 and since
FODORS = ("outside: fodors-zagat (untuned)", "outside: fodors-zagat")


def read(path: Path) -> tuple[list[dict[str, str]], Figures]:
    """A results file's rows, in order, and its figures by (benchmark, name)."""
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return rows, {(r["benchmark"], r["name"]): float(r["value"]) for r in rows}


def matching_figures() -> Figures:
    """The latest matching-quality figures: results-outside.csv, or the full run's without it."""
    return read(MATCHING_RESULTS if MATCHING_RESULTS.exists() else RESULTS)[1]


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
    b = next((name for name in FODORS if (name, "coi precision") in fig), FODORS[0])
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
    ("outside: restaurant-listings", "restaurant listings, two review sites (tuning)", False),
    ("outside: orgs-tuning", "generated organizations (tuning, seed 1)", False),
    ("outside: orgs-held-out (held out)", "generated organizations (held out, seed 2)", False),
    ("outside: business-tuning", "generated businesses (tuning, seed 1)", False),
    ("outside: business-held-out (held out)", "generated businesses (held out, seed 2)", False),
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
                       ("organizations", ("orgs-tuning", "orgs-held-out (held out)")),
                       ("businesses", ("business-tuning", "business-held-out (held out)"))):
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


def figures_section(rows: list[dict[str, str]], fig: Figures, matching: Figures) -> str:
    """The full run's figures, one table, and the outside-data table of the matching figures."""
    lines = ["Machine: 2 CPUs (x86_64), Python 3.11.7, Linux 6.18, 24 GiB. Command: `make bench`.", "",
             f"Golden pairs: precision {fig[('golden pairs', 'precision')]:.3f}, recall "
             f"{fig[('golden pairs', 'recall')]:.3f}, F1 {fig[('golden pairs', 'F1')]:.3f} "
             f"({fig[('golden pairs', 'pairs')]:,.0f} pairs). Demo Panel: "
             f"`coi screen` {fig[('demo screening', 'coi screen wall time')]:.2f} s, "
             f"{fig[('demo screening', 'prompts raised')]:.0f} prompts.", "",
             "| benchmark | figure | value | note |", "|---|---|---|---|"]
    for r in rows:
        if r["benchmark"].startswith(("golden pairs", "outside", "demo")):
            continue
        lines.append(f"| {r['benchmark']} | {r['name']} | {_shown(float(r['value']), r['unit'])} | {r['note']} |")
    lines += ["", 'Outside data (details in docs/MATCHING.md, "Outside data"):', "", outside_table(matching)]
    return "\n".join(lines)


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def _planted(note: str) -> str:
    """"1985/1985; target 1.000" -> "1,985/1,985"."""
    found, _, total = note.split(";")[0].strip().partition("/")
    return f"{int(found):,}/{int(total):,}"


def targets_section(rows: list[dict[str, str]], fig: Figures, matching: Figures) -> str:
    """Issue 3's targets, each with the figure that meets it or not: every number from the
    full run (scale, interactive) or the matching figures (F1 on the outside sets)."""
    notes = {(r["benchmark"], r["name"]): r["note"] for r in rows}
    small, mid, big = "scale 10,000 rows", "scale 100,000 rows", "scale 1,000,000 rows"
    demo, panel = "interactive, demo Panel", "interactive, 5,000-name Panel"
    wall = fig[(big, "coi screen wall time")]
    # the memory the processes take together (PSS: a page the workers share with the parent
    # counts once), beside the sum of their resident sizes (which counts it in each)
    memory, rss = fig[(big, "peak memory (PSS, workers included)")], fig[(big, "peak memory (RSS, workers included)")]
    growth = [fig[(mid, "coi screen wall time")] / fig[(small, "coi screen wall time")],
              wall / fig[(mid, "coi screen wall time")]]
    statutory = "recall of planted statutory conflicts"
    recall = [fig[(b, statutory)] for b in (small, mid, big)]
    case = [fig[(demo, "one case, median")], fig[(panel, "one case, median")]]
    build = [fig[(demo, "graph + index build, median")], fig[(panel, "graph + index build, median")]]
    febrl = [f"outside: {s}" for s in ("febrl1", "febrl2", "febrl3", "febrl4 (held out)")]
    identifiable = [matching[(b, "coi F1, identifiable pairs (DOB)")] for b in febrl]
    raw = [matching[(b, "coi F1 (DOB)")] for b in febrl]
    all_pairs = fig[(mid, "speed-up over naive all-pairs at equal recall")]
    cdist = fig[(mid, "speed-up over naive cdist")]
    cdist_reaches = fig[(mid, "naive cutoff for coi's recall")] > 0
    floor = fig[(big, "coi screen / I/O floor")]
    f1_met = ("yes" if min(raw) >= 0.95 else "yes, on the identifiable pairs" if min(identifiable) >= 0.95
              else "**no**")
    lines = [
        "Every figure from `bench/results/results.csv` (the last full run, the figures above) and, for",
        "matching quality, `bench/results/results-outside.csv`; written by `python -m bench.report`.", "",
        "| target (issue 3) | figure | met |", "|---|---|---|",
        f"| 1,000,000 rows in at most 60 s | {wall:.1f} s | {_met(wall <= 60)} |",
        f"| peak memory at most 2 GiB | {memory:,.0f} MiB PSS at 1,000,000 rows ({rss:,.0f} MiB RSS summed over "
        f"the workers) | {_met(memory <= 2048)} |",
        f"| 10x the rows costs at most 12x the time | {growth[0]:.1f}x (10k → 100k), {growth[1]:.1f}x (100k → 1M) "
        f"| {_met(max(growth) <= 12)} |",
        "| recall of planted statutory conflicts 100% | "
        + ", ".join(_planted(notes[(b, statutory)]) for b in (small, mid, big)) + f" | {_met(min(recall) >= 1)} |",
        f"| one case at most 20 ms median, in-process | {case[0]:.2f} ms (demo), {case[1]:.2f} ms (5,000 names) "
        f"| {_met(max(case) <= 20)} |",
        f"| graph build for the demo Panel at most 1 s | {build[0]:.0f} ms ({build[1]:.0f} ms for 5,000 names) "
        f"| {_met(build[0] <= 1000)} |",
        f"| F1 ≥ 0.95 with dates of birth, every outside set | {min(identifiable):.3f}–{max(identifiable):.3f} on the "
        f"identifiable pairs (raw F1 {min(raw):.3f}–{max(raw):.3f}: see docs/MATCHING.md) | {f1_met} |",
        f"| at least 20x faster than naive all-pairs at equal recall, 100,000 rows | {all_pairs:,.0f}x against all "
        f"pairs scored by coi's own comparison; {cdist:.1f}x against `cdist(token_sort_ratio)`"
        + (" |" if cdist_reaches else ", which reaches no equal recall |")
        + (f" {_met(cdist >= 20)} |" if cdist_reaches else " see below |"),
        f"| within 5x the I/O floor at 1,000,000 rows | {floor:.0f}x | {_met(floor <= 5)} |",
    ]
    return "\n".join(lines)


def splink_rows(fig: Figures) -> list[str]:
    """The rows of the Splink comparison table (docs/BENCHMARKS.md) that a results file holds:
    one per tool per docket size, as the page writes them."""
    out = []
    for bench in dict.fromkeys(b for b, _ in fig if b.startswith("splink vs coi, ")):
        docket = bench.removeprefix("splink vs coi, ")
        for tool, shown, at in (("coi", "coi (score ≥ 25)", "score ≥ 25"),
                                ("coi on person rows", "coi on Splink's input: person rows (score ≥ 25)", "score ≥ 25"),
                                ("Splink", "Splink (p ≥ 0.5)", "probability ≥ 0.5")):
            if (bench, f"{tool} wall time") not in fig:
                continue  # a results file from before the figure was measured
            g = lambda n: fig[(bench, f"{tool} {n}")]  # noqa: E731
            out.append(f"| {docket} | {shown} | {g('wall time'):.1f} s | {g('peak memory (max RSS)'):,.0f} MiB "
                       f"| {g('precision at ' + at):.3f} | {g('recall at ' + at):.3f} | {g('F1 at ' + at):.3f} "
                       f"| {g('recall at precision ≥ 0.9'):.3f} |")
    return out


def blocks() -> dict[tuple[Path, str], str]:
    """Every generated block of the docs, by (page, marker), from the committed results."""
    rows, fig = read(RESULTS)
    matching = matching_figures()
    return {(BENCHMARKS_MD, "figures"): figures_section(rows, fig, matching),
            (BENCHMARKS_MD, "targets"): targets_section(rows, fig, matching),
            (BENCHMARKS_MD, "quality"): quality_section(matching),
            (MATCHING_MD, "outside"): outside_table(matching)}


def _pattern(marker: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- {marker} -->\n)(.*?)(\n<!-- /{marker} -->)", re.S)


def written(path: Path, marker: str) -> str | None:
    """What ``path`` holds between its ``marker`` markers now (None: no such markers)."""
    found = _pattern(marker).search(path.read_text(encoding="utf-8"))
    return found.group(2) if found else None


def _replace(path: Path, marker: str, body: str) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = _pattern(marker)
    if not pattern.search(text):
        raise SystemExit(f"{path}: no <!-- {marker} --> ... <!-- /{marker} --> markers")
    path.write_text(pattern.sub(lambda m: m.group(1) + body + m.group(3), text), encoding="utf-8")


def main() -> None:
    """Rewrite every generated block of the docs from the committed results."""
    for (path, marker), body in blocks().items():
        _replace(path, marker, body)


def quality_section(fig: dict[tuple[str, str], float]) -> str:
    """The matching-quality tables alone (every set, per variation, per look-alike): what
    ``python -m bench outside`` measures, between the ``<!-- quality -->`` markers."""
    return "\n".join(["Every set at the prompt threshold (issue 13; held-out and untuned sets are never tuned on):",
                      "", benchmark_table(fig), "", generated_tables(fig)])


if __name__ == "__main__":
    # ``--outside`` (after ``python -m bench outside``) is kept: every block is written from the
    # files either way
    main()
