"""``python -m bench`` (``make bench``): run every benchmark, print the table, write it
to bench/results/results.csv and results.json."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench import dashboard, demo_screen, golden, interactive, scale
from bench.figures import machine, table, write

BENCHMARKS = {"golden": golden.run, "demo": demo_screen.run, "interactive": interactive.run, "dashboard": dashboard.run, "scale": scale.run, "outside": lambda: __import__("bench.outside").outside.run(),
              "splink": lambda: __import__("bench.splink_compare").splink_compare.run()}
RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run: {', '.join(BENCHMARKS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}")
    figures = []
    for name in args.names or BENCHMARKS:
        print(f"running {name} …", file=sys.stderr, flush=True)
        figures.extend(BENCHMARKS[name]())
    m = machine()
    print(f"machine: {m['cpus']} CPUs, {m['processor']}, Python {m['python']}, {m['platform']}")
    print(table(figures))
    # a full run is results.*; a run of some benchmarks leaves it alone (results-scale.*)
    stem = "results" if not args.names or set(args.names) == set(BENCHMARKS) else "results-" + "-".join(args.names)
    for path in write(figures, RESULTS, stem):
        print(f"wrote {path}", file=sys.stderr)
    if stem == "results":  # the matching figures the docs show (bench/report.py) are the newest run's
        for path in write([f for f in figures if f.benchmark.startswith("outside")], RESULTS, "results-outside"):
            print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
