"""A measured figure and the table the benchmark run prints and writes."""

from __future__ import annotations

import csv
import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured number, with what it is and how to measure it again."""

    benchmark: str
    name: str
    value: float
    unit: str
    command: str
    note: str = ""

    def shown(self) -> str:
        if self.unit in ("ratio",):
            return f"{self.value:.3f}"
        if self.unit == "s":
            return f"{self.value:.3f} s"
        if self.unit == "ms":
            return f"{self.value:.1f} ms"
        if self.unit == "count":
            return f"{self.value:,.0f}"
        return f"{self.value:g} {self.unit}".strip()


def machine() -> dict[str, str]:
    """The machine the figures were measured on."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": str(os.cpu_count()),
    }


def table(figures: list[Figure]) -> str:
    """The figures as a fixed-width text table."""
    rows = [("benchmark", "figure", "value", "command")]
    rows += [(f.benchmark, f.name, f.shown(), f.command) for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = []
    for n, r in enumerate(rows):
        lines.append("  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3])
        if n == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 7)
    return "\n".join(lines)


def write(figures: list[Figure], folder: Path, stem: str = "results") -> list[Path]:
    """Write the figures as ``stem``.csv and ``stem``.json (with the machine) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, json_path = folder / f"{stem}.csv", folder / f"{stem}.json"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(Figure.__dataclass_fields__), lineterminator="\n")
        w.writeheader()
        for f in figures:
            w.writerow(asdict(f))
    json_path.write_text(json.dumps({"machine": machine(), "figures": [asdict(f) for f in figures]}, indent=2) + "\n",
                         encoding="utf-8")
    return [csv_path, json_path]
