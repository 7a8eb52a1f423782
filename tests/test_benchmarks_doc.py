"""Every figure docs/BENCHMARKS.md and docs/MATCHING.md give for the committed benchmark runs is
the generated one (issue 15, item 6): each block between ``<!-- name -->`` markers is exactly
what ``python -m bench.report`` writes from bench/results/, and each row of the Splink table
that bench/results/results-splink.csv holds is written as the results give it. The targets
table was once copied by hand and disagreed with the generated figures on eight figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import report

BLOCKS = report.blocks()


def stale(pages: dict[Path, str], blocks: dict[tuple[Path, str], str]) -> list[str]:
    """Which generated blocks ``pages`` (page -> its text) do not hold as ``blocks`` says, in words."""
    problems = []
    for (page, marker), body in blocks.items():
        found = re.search(rf"<!-- {marker} -->\n(.*?)\n<!-- /{marker} -->", pages[page], re.S)
        if found is None:
            problems.append(f"{page.name}: no <!-- {marker} --> block")
        elif found.group(1) != body:
            wrong = sorted(set(found.group(1).splitlines()) - set(body.splitlines()))
            problems.append(f"{page.name} <!-- {marker} -->: not the generated figures: {wrong}")
    return problems


def _pages() -> dict[Path, str]:
    return {page: page.read_text(encoding="utf-8") for page in {p for p, _ in BLOCKS}}


@pytest.mark.parametrize("block", list(BLOCKS), ids=lambda b: f"{b[0].name}:{b[1]}")
def test_each_generated_block_of_the_docs_is_what_bench_report_writes(block):
    assert stale(_pages(), {block: BLOCKS[block]}) == []


def test_the_targets_table_is_generated_from_the_results_not_copied_by_hand():
    targets = report.written(report.BENCHMARKS_MD, "targets")
    assert targets is not None and "| target (issue 3) | figure | met |" in targets
    _, fig = report.read(report.RESULTS)
    assert f"| {fig[('scale 1,000,000 rows', 'coi screen wall time')]:.1f} s |" in targets
    outside_blocks = re.sub(r"<!-- (\w+) -->\n.*?\n<!-- /\1 -->", "", report.BENCHMARKS_MD.read_text(encoding="utf-8"),
                            flags=re.S)
    assert "| target (issue 3) |" not in outside_blocks  # no second, hand-written copy


def test_every_splink_row_the_results_hold_is_written_as_they_give_it():
    _, fig = report.read(report.SPLINK_RESULTS)
    rows = report.splink_rows(fig)
    assert len(rows) >= 2  # coi and Splink at one docket size at least
    text = report.BENCHMARKS_MD.read_text(encoding="utf-8")
    assert [row for row in rows if row not in text] == []


def test_the_check_finds_a_hand_edited_figure_and_a_missing_block():
    pages = _pages()
    targets = (report.BENCHMARKS_MD, "targets")
    wall = report.read(report.RESULTS)[1][("scale 1,000,000 rows", "coi screen wall time")]
    edited = dict(pages)
    text = pages[report.BENCHMARKS_MD]
    start = text.index("<!-- targets -->")  # the figure in the block: an older table may hold the same figure
    hand = f"{wall + 1.1:.1f} s"  # a figure the run did not measure (a fixed one may coincide with it)
    edited[report.BENCHMARKS_MD] = text[:start] + text[start:].replace(f"| {wall:.1f} s |", f"| {hand} |", 1)
    assert edited != pages
    found = stale(edited, {targets: BLOCKS[targets]})
    assert len(found) == 1 and hand in found[0]
    removed = {report.BENCHMARKS_MD: re.sub(r"<!-- targets -->.*?<!-- /targets -->", "", pages[report.BENCHMARKS_MD],
                                            flags=re.S)}
    assert stale(removed, {targets: BLOCKS[targets]}) == ["BENCHMARKS.md: no <!-- targets --> block"]


def test_the_targets_say_no_when_a_figure_misses_its_target():
    rows, fig = report.read(report.RESULTS)
    slow = dict(fig)
    slow[("scale 1,000,000 rows", "coi screen wall time")] = 61.0
    table = report.targets_section(rows, slow, report.matching_figures())
    assert "| 1,000,000 rows in at most 60 s | 61.0 s | **no** |" in table


def test_a_full_run_also_writes_the_matching_figures_the_docs_read(tmp_path, monkeypatch):
    import bench.__main__ as runner
    from bench.figures import Figure

    made = {"scale": [Figure("scale 10 rows", "coi screen wall time", 1.0, "s", "x")],
            "outside": [Figure("outside: febrl1", "coi F1 (DOB)", 0.9, "ratio", "x")]}
    monkeypatch.setattr(runner, "BENCHMARKS", {name: (lambda figs=figs: figs) for name, figs in made.items()})
    monkeypatch.setattr(runner, "RESULTS", tmp_path)
    assert runner.main([]) == 0
    assert report.read(tmp_path / "results-outside.csv")[1] == {("outside: febrl1", "coi F1 (DOB)"): 0.9}
    assert len(report.read(tmp_path / "results.csv")[1]) == 2
    (tmp_path / "results-outside.csv").unlink()
    assert runner.main(["scale"]) == 0  # a run of some benchmarks writes results-scale.* alone
    assert not (tmp_path / "results-outside.csv").exists()
