"""coi side by side with Splink (issue 13, item 7): the same generated docket, the same truth.

One docket of ``--rows`` party rows (bench/generate.py, default 20,000) against the
5,000-name Panel. Each tool runs in its own child process, so each peak memory is its own
(the largest sum of resident memory over the process and any workers it forks, sampled
every 20 ms, or ``os.wait4``'s max RSS if larger):

- **coi**: ``coi screen`` as a user runs it (every party, organizations included), at the
  shipped policy's prompt threshold; a second, untimed run at the policy's ``floor`` gives
  the scores below the threshold for "recall at precision ≥ 0.9".
- **coi on person rows**: the same, timed on Splink's input (the docket's person rows
  without their affiliations, :func:`persons_docket`), the same tool doing the same work.
- **Splink** 5 on DuckDB, as a user would set it up: the docket's person rows linked to
  the disclosed person names and aliases (``link_only``); names split into given name and
  surname after the usual clean-up (accents, case, titles, suffixes, "Last, First");
  ``NameComparison`` on surname (term-frequency adjusted) and given name,
  ``DateOfBirthComparison``; blocking on surname Soundex + first initial, and on date of
  birth (coi blocks on surname and given-name keys); the prior from a deterministic rule,
  u from random sampling, m by its own EM training (blocked on date of birth, then on
  surname + given name). A pair is a match at match probability ≥ 0.5.

Both are scored on person parties only (Splink is given no organizations): a prediction is
a (case, member, party as written) triple, counted true if it is a planted person conflict
(or another member disclosed the planted name too, with no or the same date of birth); a
namesake decoy that another member disclosed without a date of birth is counted neither way.
Figures: wall time, peak memory, precision, recall, F1 at each tool's own threshold, and
each tool's best recall at precision ≥ 0.9.

Run alone: ``python -m bench.splink_compare --rows 20000 100000`` (figures to
``bench/results/results-splink.*``); ``make bench`` runs it with the others.
"""

from __future__ import annotations

import argparse
import csv
import logging
import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bench.figures import Figure
from bench.scale import AS_OF, COI, DATA, ensure_data
from coi.text import clean_cell

DEFAULT_ROWS = 20_000
SPLINK_THRESHOLD = 0.5
PRECISION_FLOOR = 0.9
SEED_SPLINK = 3117  # Splink's random sampling for u
PANEL_OFFSET = 10_000_000  # the Panel's unique ids, apart from the docket's row numbers
RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "coi" / "policy_3_1_g.toml"

# ------------------------------------------------------------------ the Splink side

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sgt", "officer", "det", "lt", "capt", "sheriff", "deputy"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_SOUNDEX = {c: d for d, letters in {"1": "bfpv", "2": "cgjkqsxz", "3": "dt", "4": "l", "5": "mn", "6": "r"}.items()
            for c in letters}


def split_name(raw: str) -> tuple[str | None, str | None]:
    """(given name, surname) as a Splink user would prepare them: accents and invisible
    characters dropped, lower case, titles and suffixes removed, "Last, First" turned round."""
    s = unicodedata.normalize("NFKD", raw)
    s = "".join(c for c in s if not unicodedata.combining(c) and unicodedata.category(c) != "Cf").casefold()
    if "," in s:
        last, _, first = s.partition(",")
        s = f"{first} {last}"
    words = [w.strip("-'") for w in re.findall(r"[^\W\d_][\w'-]*", s)]
    words = [w for w in words if w and w not in _TITLES and w not in _SUFFIXES]
    if not words:
        return None, None
    return words[0], (words[-1] if len(words) > 1 else None)


def soundex(word: str | None) -> str | None:
    """American Soundex of a word (None for none)."""
    if not word:
        return None
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return None
    out, last = letters[0].upper(), _SOUNDEX.get(letters[0], "")
    for c in letters[1:]:
        code = _SOUNDEX.get(c, "")
        if code and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


def _frame(names: list[str], dobs: list[str], ids: list[int]):
    import pandas as pd

    given, surname = zip(*(split_name(n) for n in names)) if names else ((), ())
    return pd.DataFrame({
        "unique_id": ids,
        "given_name": list(given),
        "surname": list(surname),
        "dob": [d or None for d in dobs],
        "surname_sdx": [soundex(s) for s in surname],
        "given_initial": [g[0] if g else None for g in given],
    })


def splink_predict(rows: int, out: Path) -> None:
    """Train Splink on the docket's persons against the disclosed persons and write every
    predicted pair with match probability ≥ 0.01 (docket row, Panel id, probability)."""
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    docket = pd.read_csv(DATA / f"docket_{rows}.csv", dtype=str, keep_default_na=False)
    people = docket[docket.party_kind == "person"]
    disclosures = pd.read_csv(DATA / "disclosures.csv", dtype=str, keep_default_na=False)
    names, dobs = [], []
    for r in disclosures[disclosures.kind == "person"].itertuples():
        for n in (r.name, *(a for a in r.aliases.split(";") if a)):
            names.append(n)
            dobs.append(r.date_of_birth)
    left = _frame(people.party_name.tolist(), people.date_of_birth.tolist(), people.index.tolist())
    right = _frame(names, dobs, [PANEL_OFFSET + i for i in range(len(names))])

    settings = SettingsCreator(
        link_type="link_only",
        comparisons=[
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.NameComparison("given_name"),
            cl.DateOfBirthComparison("dob", input_is_string=True),
        ],
        blocking_rules_to_generate_predictions=[block_on("surname_sdx", "given_initial"), block_on("dob")],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    db = DuckDBAPI()
    linker = Linker([db.register(left, dataset_display_name="docket"), db.register(right, dataset_display_name="panel")],
                    settings, log_level=logging.ERROR)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "surname", "dob")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=SEED_SPLINK)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"), record_sample_proportion=1.0)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname", "given_name"),
                                                                       record_sample_proportion=1.0)
    pred = linker.inference.predict(threshold_match_probability=0.01).as_pandas_dataframe()
    a, b = pred.unique_id_l.astype(int), pred.unique_id_r.astype(int)
    docket_id = a.where(a < PANEL_OFFSET, b)
    panel_id = a.where(a >= PANEL_OFFSET, b) - PANEL_OFFSET
    pd.DataFrame({"row": docket_id, "panel": panel_id, "probability": pred.match_probability}).to_csv(out, index=False)


# ------------------------------------------------------------------ running each tool apart


@dataclass
class Run:
    seconds: float
    peak_mib: float


def _child(args: list[str], what: str, cwd: Path = DATA) -> Run:
    """Run ``args`` in its own process: wall time and its peak resident memory, its worker
    processes included (bench.scale.PeakMemory: coi screen forks workers for a large docket)."""
    from bench.scale import measured

    seconds, peak_mib, _ = measured(args, cwd, what)
    return Run(seconds, peak_mib)


def _coi_args(rows: int, out: str, policy: Path | None = None, docket: str | None = None) -> list[str]:
    args = [str(COI), "screen", "--members", "members.csv", "--disclosures", "disclosures.csv",
            "--docket", docket or f"docket_{rows}.csv", "--out", out, "--as-of", AS_OF, "--no-progress",
            "--reveal-confidential"]
    return args + (["--policy", str(policy)] if policy else [])


def persons_docket(rows: int, folder: Path = DATA) -> str:
    """The docket as Splink is given it: its person rows only, without their affiliations
    (Splink links names and dates of birth, no organizations). Written once beside the
    docket; returns its file name. coi screened on it raises the same person-to-person
    prompts as on the whole docket (the person name frequencies and the docket-size prior
    count person rows only); it times coi on Splink's input."""
    name = f"docket_persons_{rows}.csv"
    path = folder / name
    if not path.exists():
        tmp = path.with_suffix(".partial")
        with open(folder / f"docket_{rows}.csv", encoding="utf-8", newline="") as src, \
                open(tmp, "w", encoding="utf-8", newline="") as dst:
            reader = csv.DictReader(src)
            writer = csv.DictWriter(dst, fieldnames=reader.fieldnames or [], lineterminator="\n")
            writer.writeheader()
            writer.writerows({**r, "affiliations": ""} for r in reader if r["party_kind"] == "person")
        tmp.replace(path)
    return name


def _floor_policy() -> tuple[Path, float, float]:
    """The shipped policy with its prompt threshold lowered to its floor (for the scores
    below the threshold); returns (its path, the shipped threshold, the floor)."""
    text = POLICY.read_text(encoding="utf-8")
    matching = tomllib.loads(text)["matching"]
    threshold, floor = float(matching["prompt_threshold"]), float(matching["floor"])
    lowered = re.sub(r"(?m)^prompt_threshold\s*=.*$", f"prompt_threshold = {floor:g}", text)
    path = DATA / "policy-floor.toml"
    path.write_text(lowered, encoding="utf-8")
    return path, threshold, floor


# ------------------------------------------------------------------ scoring both alike

Key = tuple[str, str, str]  # case, member, party as cleaned


def _clean(name: str) -> str:
    return clean_cell(name)[0]


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def truth(rows: int) -> set[Key]:
    """The planted person conflicts: (case, member, party). A planted name that another
    member also disclosed (the same name, as the generator's common names allow, with no
    date of birth or the party's) is a true tie to that member too."""
    disclosers: dict[str, list[tuple[str, str]]] = {}
    for d in _read(DATA / "disclosures.csv"):
        if d["kind"] == "person":
            for n in (d["name"], *(a for a in d["aliases"].split(";") if a)):
                disclosers.setdefault(_clean(n).casefold(), []).append((d["member_id"], d["date_of_birth"]))
    dob = {(r["case_id"], _clean(r["party_name"])): r["date_of_birth"] for r in _read(DATA / f"docket_{rows}.csv")}
    out: set[Key] = set()
    for p in _read(DATA / f"planted_{rows}.csv"):
        if p["kind"] != "person":
            continue
        party = _clean(p["party_name"])
        born = dob.get((p["case_id"], party), "")
        out.add((p["case_id"], p["member_id"], party))
        out.update((p["case_id"], member, party) for member, d in disclosers.get(_clean(p["disclosed_name"]).casefold(), ())
                   if not d or not born or d == born)
    return out


def ambiguous(rows: int) -> set[Key]:
    """Keys neither true nor false: a namesake decoy (a disclosed name with another date of
    birth) that another member also disclosed, without a date of birth — no tool can tell."""
    undated: dict[str, set[str]] = {}
    for d in _read(DATA / "disclosures.csv"):
        if d["kind"] == "person" and not d["date_of_birth"]:
            for n in (d["name"], *(a for a in d["aliases"].split(";") if a)):
                undated.setdefault(_clean(n).casefold(), set()).add(d["member_id"])
    return {(d["case_id"], member, _clean(d["party_name"]))
            for d in _read(DATA / f"decoys_{rows}.csv")
            for member in undated.get(_clean(d["resembles"]).casefold(), set()) - {d["member_id"]}}


def coi_scores(rows: int, out: Path) -> dict[Key, float]:
    """Each person-to-person prompt's key and best score (prompts through an organization left out)."""
    docket = _read(DATA / f"docket_{rows}.csv")
    person_rows = {(r["case_id"], _clean(r["party_name"])) for r in docket if r["party_kind"] == "person"}
    disclosed = set()
    for d in _read(DATA / "disclosures.csv"):
        if d["kind"] == "person":
            disclosed.update(_clean(n) for n in (d["name"], *(a for a in d["aliases"].split(";") if a)))
    scores: dict[Key, float] = {}
    for p in _read(out):
        party = _clean(p["party_name"])
        if (p["case_id"], party) in person_rows and _clean(p["matched_name"]) in disclosed:
            key = (p["case_id"], p["member_id"], party)
            scores[key] = max(scores.get(key, 0.0), float(p["score"]))
    return scores


def splink_scores(rows: int, out: Path) -> dict[Key, float]:
    """Each predicted pair's key and best match probability."""
    docket = _read(DATA / f"docket_{rows}.csv")
    members = []
    for d in _read(DATA / "disclosures.csv"):
        if d["kind"] == "person":
            members += [d["member_id"]] * (1 + sum(1 for a in d["aliases"].split(";") if a))
    scores: dict[Key, float] = {}
    for p in _read(out):
        row = docket[int(p["row"])]
        key = (row["case_id"], members[int(p["panel"])], _clean(row["party_name"]))
        scores[key] = max(scores.get(key, 0.0), float(p["probability"]))
    return scores


@dataclass
class Quality:
    precision: float
    recall: float
    f1: float
    found: int
    predicted: int
    recall_at_precision: float
    threshold_at_precision: float | None


def quality(scores: dict[Key, float], true: set[Key], threshold: float, skip: set[Key] = frozenset()) -> Quality:
    """Precision, recall, F1 at ``threshold``; the best recall at precision ≥ 0.9 over every
    threshold the scores offer. Keys in ``skip`` are not counted either way."""
    scores = {k: v for k, v in scores.items() if k not in skip}
    predicted = {k for k, s in scores.items() if s >= threshold}
    found = len(predicted & true)
    precision = found / len(predicted) if predicted else 1.0
    recall = found / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    best, at, hits = 0.0, None, 0
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    for n, (key, score) in enumerate(ranked, 1):
        hits += key in true
        last_of_tie = n == len(ranked) or ranked[n][1] != score
        if last_of_tie and hits / n >= PRECISION_FLOOR and hits / len(true) > best:
            best, at = hits / len(true), score
    return Quality(precision, recall, f1, found, len(predicted), best, at)


# ------------------------------------------------------------------ the benchmark


def command(rows: int) -> str:
    return f"python -m bench.splink_compare --rows {rows}  # or several sizes: --rows 20000 100000; make bench: 20,000"


def run(rows: int = DEFAULT_ROWS) -> list[Figure]:
    print(f"  splink vs coi: {rows:,} rows …", file=sys.stderr, flush=True)
    ensure_data(rows)
    true = truth(rows)
    floor_policy, threshold, floor = _floor_policy()
    coi_run = _child(_coi_args(rows, f"splink-coi_{rows}.csv"), "coi screen")
    persons_run = _child(_coi_args(rows, f"splink-coi-persons_{rows}.csv", docket=persons_docket(rows)),
                         "coi screen on the person rows")
    _child(_coi_args(rows, f"splink-coi-floor_{rows}.csv", floor_policy), "coi screen at the floor")
    splink_out = DATA / f"splink-pred_{rows}.csv"
    splink_run = _child([sys.executable, "-m", "bench.splink_compare", "--child", "--rows", str(rows),
                         "--out", str(splink_out)], "Splink", cwd=ROOT)
    skip = ambiguous(rows)
    coi_at = quality(coi_scores(rows, DATA / f"splink-coi_{rows}.csv"), true, threshold, skip)
    persons_at = quality(coi_scores(rows, DATA / f"splink-coi-persons_{rows}.csv"), true, threshold, skip)
    coi_curve = quality(coi_scores(rows, DATA / f"splink-coi-floor_{rows}.csv"), true, threshold, skip)
    sp = quality(splink_scores(rows, splink_out), true, SPLINK_THRESHOLD, skip)
    cmd = command(rows)
    b = f"splink vs coi, {rows:,} rows"
    figures = []
    for tool, r, q, curve, thr, note in (
            ("coi", coi_run, coi_at, coi_curve, f"score ≥ {threshold:g}",
             "coi screen, every party (organizations too)"),
            ("coi on person rows", persons_run, persons_at, coi_curve, f"score ≥ {threshold:g}",
             "coi screen on Splink's input: the person rows, without affiliations"),
            ("Splink", splink_run, sp, sp, f"probability ≥ {SPLINK_THRESHOLD}",
             "training and prediction, person rows only")):
        at = "none" if curve.threshold_at_precision is None else f"{curve.threshold_at_precision:g}"
        figures += [
            Figure(b, f"{tool} wall time", r.seconds, "s", cmd, f"{note}; own process"),
            Figure(b, f"{tool} peak memory (max RSS)", round(r.peak_mib), "MiB", cmd,
                   "own process and its workers (psutil, every 20 ms)"),
            Figure(b, f"{tool} precision at {thr}", q.precision, "ratio", cmd, f"{q.found}/{q.predicted} predicted person pairs"),
            Figure(b, f"{tool} recall at {thr}", q.recall, "ratio", cmd, f"{q.found}/{len(true)} planted person conflicts"),
            Figure(b, f"{tool} F1 at {thr}", q.f1, "ratio", cmd),
            Figure(b, f"{tool} recall at precision ≥ {PRECISION_FLOOR}", curve.recall_at_precision, "ratio", cmd,
                   f"at threshold {at}" + (f" (scores down to the floor {floor:g})" if tool.startswith("coi") else "")),
        ]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.splink_compare", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[DEFAULT_ROWS],
                        help=f"party rows in the docket; several sizes, each in turn (default {DEFAULT_ROWS:,})")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:  # the Splink side, in its own process
        splink_predict(args.rows[0], args.out)
        return 0
    from bench.figures import table, write

    figures = [f for rows in args.rows for f in run(rows)]
    print(table(figures))
    for path in write(figures, RESULTS, "results-splink"):
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
