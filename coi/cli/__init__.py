"""The ``coi`` command line: a thin skin over the library (CONTRACT.md fixes its words).

Data goes to ``--out`` or stdout; progress and messages to stderr. Exit 0 on success,
1 when an input is rejected (every problem named by file, row and column), 2 on usage
errors. A rejected input changes nothing stored.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import gc
import io
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import click

from coi.store import chain
from coi.reports import explain
from coi.ingest import records as ingest
from coi.decisions import service
from coi.decisions.accounts import Account, AccountError, Accounts, Role, create_demo_accounts, system_account
from coi.reports.export import csv_safe
from coi.graph import build_graph
from coi.ingest.plan import PlanChanged, plan_lines
from coi.model import InputRejected, Kind, Panel, Problem, Warning_
from coi.names import Candidate, NameIndex, compare_names, looks_like_organization
from coi.names.index import Corpus
from coi.policy import Policy, PolicyError, load_policy
from coi.decisions.redaction import Redactor, follow_the_person, may_reveal
from coi.screen import (OUTPUT_COLUMNS, Screener, docket_corpus, prompt_row, screen_docket, summary_lines, worker_pool,
                        worth_forking)
from coi.settings import load_settings
from coi.store.database import Store
from coi.ingest.tabular import Encodings


def _iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


_db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                          help="The SQLite database (default: $COI_DB, else data/coi.sqlite3 under the current "
                               "folder). Commands that only read it refuse one that does not exist.")


def _encodings(ctx, param, values) -> Encodings | None:
    """``--encoding NAME`` (the fallback for every CSV that is not UTF-8) and ``--encoding
    FILE=NAME`` (one file's), checked before any file is read."""
    fallback, per_file = None, []
    for value in values:
        file, _, name = value.rpartition("=")  # an encoding's name never holds "="
        if codecs_name(name) is None:
            raise click.BadParameter(f"{name!r} is not an encoding coi knows: give a standard name such as cp1252, "
                                     "latin-1 or utf-16-le (or FILE=NAME for one file)")
        if file:
            if not os.path.isfile(file):
                raise click.BadParameter(f"{value!r}: there is no file {file!r}; write FILE=NAME with the file's path "
                                         "as given to the command")
            per_file.append((file, name))
        elif fallback is not None and codecs_name(fallback) != codecs_name(name):
            raise click.BadParameter(f"two fallback encodings ({fallback}, {name}): give one, and FILE=NAME for a "
                                     "file that differs")
        else:
            fallback = name
    return Encodings(fallback, tuple(per_file)) if fallback or per_file else None


def codecs_name(name: str) -> str | None:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_encoding_option = click.option(
    "--encoding", multiple=True, callback=_encodings, metavar="[FILE=]NAME",
    help="The encoding of CSV input that is not UTF-8 (e.g. cp1252): a file that is valid UTF-8 (or starts with a "
         "byte-order mark) is read as such whatever is given, so one option never garbles another file. "
         "FILE=NAME gives one file its own; may be repeated.")
_invalid_dates_option = click.option(
    "--invalid-dates", "invalid_dates", type=click.Choice([v.value for v in ingest.InvalidDates]),
    default=ingest.InvalidDates.REJECT.value, show_default=True,
    help="An impossible, future or unreadable date of birth: reject the file, or ignore the date (the row is "
         "screened without it) and list every such cell as a warning.")


class _Commands(click.Group):
    """The command group; a database that cannot be written says so in plain words (nothing
    was changed: every write is one transaction), never with a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if "full" in text:
                raise click.ClickException("the disk is full (or the database reached its size limit): nothing was "
                                           "changed; free some space and run the command again") from exc
            if "locked" in text or "busy" in text:
                raise click.ClickException("the database is busy with another long write: nothing was changed; "
                                           "run the command again in a moment") from exc
            if "readonly" in text or "unable to open" in text:
                raise click.ClickException(f"the database cannot be written ({exc}): check the file's permissions "
                                           "and the folder's; nothing was changed") from exc
            raise
        except OSError as exc:  # a file coi could not read or write: said in plain words, never a traceback
            if exc.errno == errno.EPIPE:  # the reader of standard output stopped reading (| head): nothing to say
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 — the interpreter's last flush must not fail again
                sys.exit(1)
            where = f" {exc.filename}" if exc.filename else ""
            raise click.ClickException(f"coi could not use the file{where}: {exc.strerror or exc}") from exc
        except (chain.ChainKeyError, chain.ChainBroken) as exc:  # the key, or an upgrade that will not key a broken chain
            raise click.ClickException(str(exc)) from exc


def coi_version() -> str:
    """coi's version (issue 14, item 15): the installed package's metadata, else the source's own."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coi")
    except PackageNotFoundError:  # run from a source tree that was never installed
        from coi import __version__

        return __version__


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(coi_version(), "--version", "-V", prog_name="coi", message="%(prog)s %(version)s")
def main() -> None:
    """coi — conflict-of-interest screening for the Illinois Law Enforcement
    Certification Review Panel (50 ILCS 705/3.1(g)).

    \b
    The database: --db PATH, else the environment variable COI_DB, else
    data/coi.sqlite3 under the folder the command is run in. Commands that
    write (import, demo, rescreen, restore, account add…) create it there;
    commands that only read it (report, audit, verify, backup, account list)
    refuse a database that does not exist, naming where they looked.

    \b
    --out FILE writes a file (private to you); --out - writes to standard
    output (a PDF, Excel file or backup only when it is sent to a file or
    a program, never to a terminal)."""


WARNINGS_SHOWN = 50  # per file; the rest are counted, so a big docket cannot bury the summary


def _warn(warnings: Iterable[Warning_]) -> None:
    warnings = list(warnings)
    for w in warnings:  # every value left out under --invalid-dates ignore is listed, never summarised
        if isinstance(w, ingest.Ignored):
            click.echo(f"warning: {w}", err=True)
    warnings = [w for w in warnings if not isinstance(w, ingest.Ignored)]
    for w in warnings[:WARNINGS_SHOWN]:
        click.echo(f"warning: {w}", err=True)
    if len(warnings) > WARNINGS_SHOWN:
        click.echo(f"warning: … and {len(warnings) - WARNINGS_SHOWN:,} more warnings for {warnings[0].file} "
                   f"({len(warnings):,} in all); correct the first ones and run again to see the rest", err=True)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Loading and screening a docket make millions of small objects and free few, none of
    them in reference cycles: the cyclic collector's passes over them cost a third of the
    time (measured on 100,000 rows) and find nothing. Plain reference counting still frees."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load_policy(path: str | None) -> Policy:
    try:
        return load_policy(path)
    except PolicyError as exc:
        raise click.UsageError(str(exc)) from exc


@contextmanager
def _output(path: str | None) -> Iterator[io.TextIOBase]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    # a private file (0600) written under a random name beside the target, then moved into
    # place: an interrupted run leaves no half file, and a planted link redirects nothing
    from coi.store.files import private_output

    _check_out(path)
    try:
        with private_output(path, "w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as exc:
        raise _write_failed(path, exc) from exc


def _check_out(path: str | None) -> None:
    """Refuse an ``--out`` that cannot be written, in plain words (exit 1), before any work is
    done: a missing or unwritable folder, a folder given as the file, a symbolic link."""
    if path is None or path == "-":
        return
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise click.ClickException(f"cannot write {path}: it is a folder; give a file name in it, e.g. "
                                   f"{target / 'out.csv'}")
    if not folder.exists():
        raise _write_failed(path, FileNotFoundError(errno.ENOENT, "no folder", str(folder)))
    if not folder.is_dir():
        raise _write_failed(path, NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _write_failed(path, PermissionError(errno.EACCES, "not writable", str(folder)))
    _refuse_link(path)


def _write_failed(path: str, exc: OSError) -> click.ClickException:
    """Why ``--out path`` could not be written, and what to do, in plain words."""
    folder = Path(path).parent
    if exc.errno == errno.ENOENT:
        why = f"the folder {folder} does not exist; create it first, or give --out a file in a folder that exists"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = (f"this account may not write in the folder {folder}; choose a folder you can write in, "
               "or --out - for standard output")
    elif exc.errno == errno.EISDIR:
        why = "it is a folder; give a file name in it"
    elif exc.errno == errno.ENOTDIR:
        why = f"{folder} is not a folder; give --out a file in a folder"
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        why = "the disk is full; free some space and run the command again"
    else:
        why = exc.strerror or str(exc)
    return click.ClickException(f"cannot write {path}: {why}. Nothing was written there.")


BINARY_FORMATS = ("pdf", "xlsx", "sqlite")


def _write_bytes(path: str, data: bytes, fmt: str) -> str:
    """Write ``data`` to ``--out path`` (a private file, whole or not at all) or, for ``-``, to
    standard output — a binary format never to a terminal. Returns where it went, in words."""
    if path == "-":
        _refuse_terminal(fmt)
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return "standard output"
    from coi.store.files import write_private

    _check_out(path)
    try:
        write_private(path, data)  # 0600, under a random name, moved into place whole
    except OSError as exc:
        raise _write_failed(path, exc) from exc
    return str(path)


def _refuse_terminal(fmt: str) -> None:
    """A binary file is never written to a terminal (it would garble it), in plain words."""
    if fmt in BINARY_FORMATS and sys.stdout.isatty():
        raise click.ClickException(f"a {fmt} file is binary and would garble the terminal: give --out FILE.{fmt}, "
                                   f"or send standard output to a file or a program (--out - > FILE.{fmt})")


def _existing_database(settings) -> None:
    """A command that only reads the database refuses one that is not there, naming where it
    looked and why there, rather than create an empty one and report on nothing."""
    from coi.settings import describe_db

    path = settings.db_path
    if path.is_file():
        return
    what = "is a folder, not a database" if path.is_dir() else "does not exist"
    fix = {"--db": "Check the path given with --db",
           "COI_DB": "Check the path in COI_DB, or give --db PATH"}.get(
        settings.db_source, "Run it in the folder that holds data/coi.sqlite3, or give --db PATH (or set COI_DB)")
    raise click.ClickException(f"the database {path.resolve()} {what} ({describe_db(settings)}); this command only "
                               f"reads a database and never creates one. {fix}.")


def _refuse_link(path: str) -> None:
    """An ``--out`` that is a symbolic link is refused in plain words (exit 1), never written through."""
    from coi.store.files import UnsafeTarget, refuse_link

    try:
        refuse_link(path)
    except UnsafeTarget as exc:
        raise click.ClickException(str(exc)) from exc


def _rejected(exc: InputRejected) -> None:
    n = len(exc.problems)
    click.echo(f"error: input rejected ({n} problem{'s' if n != 1 else ''}); nothing was changed:", err=True)
    for p in exc.problems:
        click.echo(f"  {p}", err=True)
    sys.exit(1)


def _load_panel(members_path: str, disclosures_path: str, encoding: str | None, as_of: dt.date) -> Panel:
    problems = []
    members = disclosures = None
    try:
        members = ingest.load_members(members_path, encoding=encoding)
        _warn(members.warnings)
    except InputRejected as exc:
        problems.extend(exc.problems)
    if members is not None:
        try:
            disclosures = ingest.load_disclosures(disclosures_path, members.records, encoding=encoding, as_of=as_of)
            _warn(disclosures.warnings)
        except InputRejected as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputRejected(problems)
    return Panel(members.records, disclosures.records)


@main.command()
@click.option("--members", "members_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The Panel roster (members.csv or .xlsx).")
@click.option("--disclosures", "disclosures_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The members' disclosures (disclosures.csv or .xlsx).")
@click.option("--docket", "docket_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The docket: one row per party (docket.csv or .xlsx).")
@click.option("--out", "out", default=None, help="Where to write the conflicts CSV (default: stdout).")
@click.option("--reveal-confidential", is_flag=True, help="Write confidential parties' names (staff only).")
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A policy file to apply instead of the shipped 3.1(g) policy.")
@click.option("--as-of", "as_of", default=None, callback=_iso_date,
              help="Judge ties current or former as of this date (default: today).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: for large dockets on a terminal).")
@_encoding_option
@_invalid_dates_option
def screen(members_path, disclosures_path, docket_path, out, reveal_confidential, policy_path, as_of, progress, encoding,
           invalid_dates):
    """Screen a docket against the Panel's disclosures and write every prompt.

    --invalid-dates ignore applies to the docket's dates of birth (the roster's and the
    disclosures' are always checked strictly)."""
    started = time.perf_counter()
    _check_out(out)
    settings = load_settings(policy=policy_path, as_of=as_of)
    policy = _load_policy(policy_path)
    with _without_cycle_collection():
        try:
            panel = _load_panel(members_path, disclosures_path, encoding, settings.as_of)
        except InputRejected as exc:
            _rejected(exc)
        graph = build_graph(panel, policy, as_of=settings.as_of)
        try:
            docket = ingest.load_docket(docket_path, encoding=encoding, invalid_dates=invalid_dates)
        except InputRejected as exc:
            _rejected(exc)
        _warn(docket.warnings)
        # the Census name frequencies updated with the docket's own (its confidential parties
        # left out): a name the docket repeats says less (issue 13's term frequencies)
        parties = follow_the_person(docket.records)  # once, for the counting and the screening
        screener = Screener.build(graph, policy, corpus=docket_corpus(parties, followed=True))
        with (worker_pool(screener) if worth_forking(docket_path) else nullcontext()) as pool:
            result = _screen_with_progress(parties, screener, progress, pool)
        del parties
    # one redaction rule (coi.decisions.redaction): a name confidential on one row of a case is so on all
    redactor = Redactor.of(docket.records, exact=True, reveal=may_reveal(_system(), reveal_confidential))
    with _output(out) as fh:
        writer = csv.DictWriter(fh, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for p in result.prompts:  # a name that a spreadsheet would run as a formula is written as text
            writer.writerow({k: csv_safe(v) for k, v in prompt_row(p, redactor=redactor).items()})
    names = {m.member_id: m.name for m in panel.members}
    for line in summary_lines(result, names):
        click.echo(line, err=True)
    click.echo(f"Done in {time.perf_counter() - started:.2f} s (policy: {policy.name}; "
               f"threshold {policy.prompt_threshold:g}; as of {settings.as_of.isoformat()}).", err=True)


def _screen_with_progress(parties, screener: Screener, progress: bool | None, pool=None):
    show = progress if progress is not None else (len(parties) >= 5000 and sys.stderr.isatty())
    if not show:
        return screen_docket(parties, screener, pool=pool, followed=True)
    from tqdm import tqdm

    with tqdm(total=len(parties), unit="party", file=sys.stderr, desc="screening") as bar:
        done = [0]

        def tick(n: int) -> None:
            bar.update(n - done[0])
            done[0] = n

        return screen_docket(parties, screener, progress=tick, pool=pool, followed=True)


@main.command()
@click.option("--queries", "queries_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV with query_id,name[,date_of_birth].")
@click.option("--candidates", "candidates_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV with candidate_id,name[,date_of_birth].")
@click.option("--out", "out", default=None, help="Where to write hits.csv (default: stdout).")
@click.option("--kind", type=click.Choice([k.value for k in Kind]), default=None,
              help="Compare as persons or organizations (default: decided per name).")
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="The policy whose threshold marks a prompt (default: the shipped one).")
@_encoding_option
@_invalid_dates_option
def match(queries_path, candidates_path, out, kind, policy_path, encoding, invalid_dates):
    """Run the name matcher: every pair it considers, best first per query.

    With --invalid-dates ignore, a bad date of birth is left out and a row without a name is
    skipped, each listed as a warning."""
    _check_out(out)
    policy = _load_policy(policy_path)
    try:
        queries = ingest.load_names(queries_path, id_column="query_id", encoding=encoding, invalid_dates=invalid_dates)
        candidates = ingest.load_names(candidates_path, id_column="candidate_id", encoding=encoding,
                                       invalid_dates=invalid_dates)
    except InputRejected as exc:
        _rejected(exc)
    _warn(queries.warnings)
    _warn(candidates.warnings)
    rows = match_rows(queries.records, candidates.records, Kind(kind) if kind else None, policy)
    with _output(out) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("query_id", "candidate_id", "score", "prompt"))
        writer.writerows([csv_safe(v) for v in row] for row in rows)


def match_rows(queries, candidates, kind: Kind | None, policy: Policy) -> list[tuple[str, str, str, str]]:
    """The rows of ``coi match``: for each query, each candidate the matcher considers that
    scores at least the policy's floor, best first; ``prompt`` marks those at the threshold."""
    def kind_of(name: str) -> Kind:
        return kind or (Kind.ORGANIZATION if looks_like_organization(name) else Kind.PERSON)

    # the name frequencies of the data matched (issue 13's term-frequency adjustment): each
    # record once, so that a file matched against itself does not count its names twice
    records = {(r.id, r.name): r.name for r in (*queries, *candidates) if r.name}
    index = NameIndex(
        (Candidate(text=c.name, kind=k, ref=c.id, date_of_birth=c.date_of_birth)
         for c in candidates
         for k in ((kind,) if kind else (Kind.PERSON, Kind.ORGANIZATION))),
        corpus=Corpus.of((name, kind_of(name)) for name in records.values()),
    )
    rows = []
    for q in queries:
        best: dict[str, float] = {}
        for hit in index.match(q.name, kind_of(q.name), date_of_birth=q.date_of_birth, floor=policy.floor):
            cid = hit.candidate.ref
            best[cid] = max(best.get(cid, 0.0), hit.score)
        for cid, score in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append((q.id, cid, f"{score:.1f}", "true" if score >= policy.prompt_threshold else "false"))
    return rows


IMPORT_ORDER = ("members", "disclosures", "docket", "agenda", "votes")


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--kind", type=click.Choice(IMPORT_ORDER), default=None,
              help="What the files hold (default: recognised from their columns).")
@_db_option
@click.option("--actor", default=None, help="Who is importing, for the audit log (default: cli:<login>).")
@_encoding_option
@click.option("--yes", is_flag=True,
              help="Import without asking, also when the plan retires rows (the plan is still printed).")
@click.option("--dry-run", "dry_run", is_flag=True, help="Only print the plan: what each file would add, change, "
              "retire and keep. Nothing is imported.")
@click.option("--retire-member-entries", "retire_member_entries", is_flag=True,
              help="Let disclosures files retire or replace ties entered in the dashboard (kept by default); "
                   "the plan names them and the import needs confirmation (or --yes).")
def import_(files, kind, db, actor, encoding, yes, dry_run, retire_member_entries):
    """Load a roster, disclosures, a docket or an agenda into the database, one transaction per file.

    Every file is checked before any is stored: if one is rejected, nothing changes.
    Importing the same file again changes nothing. The plan of each roster, disclosures and
    docket file — every row added, changed, retired or kept, by name — is printed first;
    when anything would be retired, the import asks (on a terminal) or needs --yes, and
    --dry-run only prints the plan. Ties members entered in the dashboard are kept unless
    --retire-member-entries."""
    if yes and dry_run:
        raise click.UsageError("--yes and --dry-run contradict each other: give one of them")
    settings = load_settings(db=db)
    system = system_account(actor or _default_actor())
    problems = []
    kinds: dict[str, str] = {}
    for f in files:
        try:
            kinds[f] = kind or ingest.detect_kind(f, encoding=encoding)
        except InputRejected as exc:
            problems.extend(exc.problems)
    if problems:
        _rejected(InputRejected(problems))
    with Store.open(settings.db_path) as store:
        loaded = _validate_imports(files, kinds, store, encoding, settings.as_of)
        ordered = sorted(files, key=lambda f: IMPORT_ORDER.index(kinds[f]))
        plans = _plans(store, system, ordered, kinds, loaded, retire_member_entries)
        for plan in plans.values():
            _show_plan(plan)
        if dry_run:
            unplanned = [f for f in ordered if f not in plans]
            if unplanned:
                click.echo(f"Not planned (agenda and votes are checked and imported as they are): "
                           f"{', '.join(unplanned)}.", err=True)
            click.echo("Dry run: nothing was imported.", err=True)
            return
        if not yes:
            _confirm_removals([p for p in plans.values() if p.removes], [])
        done: list[str] = []
        for f in ordered:
            click.echo(_import_one(store, kinds[f], loaded[f], f, system, plan=plans.get(f), yes=yes, done=done),
                       err=True)
            done.append(f)
    click.echo(f"Database: {settings.db_path}", err=True)


#: Kinds whose import replaces stored rows, so each is planned (and confirmed) first.
PLANNED_KINDS = ("members", "disclosures", "docket")
PLAN_ROWS_SHOWN = 20  # added and changed rows listed per file; retired and kept ones are all listed


def _plans(store: Store, account: Account, ordered, kinds, loaded, retire_member_entries: bool) -> dict:
    """Each roster, disclosures and docket file's plan, against what is stored now."""
    return {f: service.plan_import(store, account, kinds[f], loaded[f].records, source=str(f),
                                   fingerprint=service.fingerprint(f),
                                   retire_member_entries=retire_member_entries and kinds[f] == "disclosures")
            for f in ordered if kinds[f] in PLANNED_KINDS}


def _show_plan(plan, *, only_if_it_removes: bool = False) -> None:
    if only_if_it_removes and not (plan.removes or plan.kept):
        return
    for line in plan_lines(plan, shown=PLAN_ROWS_SHOWN):
        click.echo(line, err=True)


def _interactive() -> bool:
    """Whether a person can answer a question on this terminal."""
    return sys.stdin.isatty()


def _confirm_removals(removing: list, done: list[str], *, command: str = "coi import") -> None:
    """A person confirms the retirements the plans above name; else exit 1, nothing more imported."""
    if not removing:
        return
    n = sum(len(p.retired) for p in removing)
    files = ", ".join(p.source for p in removing)
    already = (f" The files before it were imported: {', '.join(done)}." if done else "")
    if _interactive():
        if click.confirm(f"Retire the {n:,} row(s) named above ({files})?", default=False, err=True):
            return
        click.echo(f"Nothing was imported from {files}.{already}", err=True)
        sys.exit(1)
    click.echo(f"The import would retire {n:,} row(s), named above ({files}): nothing was imported from "
               f"{'them' if len(removing) > 1 else 'it'}.{already} Run {command} again with --yes to import and "
               f"retire them, or with --dry-run to only show the plan.", err=True)
    sys.exit(1)


def _validate_imports(files, kinds, store, encoding, as_of) -> dict:
    """Validate every file (disclosures against the roster being imported, else the stored
    one) and return what each holds, or exit 1 with every problem of every file."""
    problems, loaded = [], {}
    ordered = sorted(files, key=lambda f: IMPORT_ORDER.index(kinds[f]))
    roster = None
    for f in ordered:
        try:
            if kinds[f] == "members":
                loaded[f] = ingest.load_members(f, encoding=encoding)
                roster = loaded[f].records
            elif kinds[f] == "disclosures":
                members = roster if roster is not None else store.members()
                loaded[f] = ingest.load_disclosures(f, members, encoding=encoding, as_of=as_of)
            elif kinds[f] == "agenda":
                loaded[f] = ingest.load_agenda(f, encoding=encoding)
            elif kinds[f] == "votes":
                loaded[f] = ingest.load_votes(f, encoding=encoding)
            else:
                loaded[f] = ingest.load_docket(f, encoding=encoding)
            _warn(loaded[f].warnings)
        except InputRejected as exc:
            problems.extend(exc.problems)
    if problems:
        _rejected(InputRejected(problems))
    return loaded


def _import_one(store: "Store", kind: str, loaded, path: str, account: Account, *, plan=None, yes: bool = False,
                done: list[str] | None = None, ask: bool = True, command: str = "coi import") -> str:
    """Store one validated file, applying exactly the ``plan`` shown (if the data changed
    since, the new plan is shown and, if it retires anything, confirmed again — asked on a
    terminal when ``ask``, else refused unless ``yes``); the words that say what changed
    (exit 1 if refused)."""
    from coi.decisions.meetings import MeetingError, import_agenda, record_votes  # not needed by screen: loaded late

    if kind == "agenda":
        try:
            stored = import_agenda(store, account, loaded.records, source=str(path))
        except InputRejected as exc:
            _rejected(exc)
        except MeetingError as exc:
            _rejected(InputRejected([Problem(str(path), None, None, str(exc),
                                             "record corrections to the votes instead of changing the agenda")]))
        return f"{path}: agenda imported — meetings {', '.join(stored)}."
    if kind == "votes":
        try:
            n = record_votes(store, account, loaded.records, source=str(path))
        except InputRejected as exc:
            _rejected(exc)
        return f"{path}: {n} votes recorded." if n else f"{path}: these votes were recorded before; nothing changed."
    for _ in range(PLAN_ROUNDS):
        try:
            return _import_words(str(path), service.import_records(
                store, account, kind, loaded.records, source=str(path), fingerprint=service.fingerprint(path),
                plan=plan))
        except PlanChanged as exc:
            plan = exc.plan
            click.echo(f"{path}: the stored data changed since the plan above was made; the plan now:", err=True)
            _show_plan(plan)
            if plan.removes and not yes:
                if not ask:
                    click.echo(f"Nothing was imported from {path}; run {command} again to see the plan and "
                               "confirm it.", err=True)
                    sys.exit(1)
                _confirm_removals([plan], done or [], command=command)
    raise click.ClickException(f"{path}: the stored data kept changing while importing it ({PLAN_ROUNDS} plans "
                               "in a row): nothing was imported from it; run the command again in a moment")


PLAN_ROUNDS = 5  # plans made for one file before giving up while others keep changing the data


def _import_words(path: str, result) -> str:
    if result.skipped_as_duplicate:
        return f"{path}: already imported (same file); nothing changed."
    kept = f", {result.kept} kept (entered in the dashboard)" if result.kept else ""
    return (f"{path}: {result.kind} imported — {result.added} added, {result.changed} changed, "
            f"{result.retired} retired, {result.unchanged} unchanged{kept}.")


def _default_actor() -> str:
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name (e.g. a container without a passwd entry)
        return "cli"


def _system() -> Account:
    """The account every command acts as: ``cli:<login>`` in the audit log."""
    return system_account(_default_actor())


@main.command()
@_db_option
@click.option("--data", "folder", default=None, type=click.Path(file_okay=False),
              help="The folder holding the demo files (default: data/demo).")
@click.option("--as-of", "as_of", default=None, callback=_iso_date,
              help="Judge ties current or former as of this date (default: today).")
@click.option("--yes", is_flag=True, help="Load without asking, also when the demo files would retire rows.")
def demo(db, folder, as_of, yes):
    """Load the demo Panel and docket into the database and screen the whole docket — only
    into an empty database (then marked as the demo's) or one that holds only the demo.
    Run again, it keeps the ties members entered in the dashboard, and asks (or needs
    --yes) before the demo files retire anything."""
    from coi.store import demo_guard
    from coi_demo import DEMO_FOLDER

    settings = load_settings(db=db, as_of=as_of)
    folder = Path(folder) if folder else DEMO_FOLDER
    files = {k: folder / f"{k}.csv" for k in IMPORT_ORDER}  # members, disclosures, docket, agenda, votes
    missing = [str(p) for p in files.values() if not p.exists()]
    if missing:
        raise click.UsageError(f"demo files missing: {', '.join(missing)}; regenerate them with python -m coi_demo")
    system = _system()
    try:  # read-only, before the database is opened for writing: a real Panel's is never touched
        demo_guard.check_before_loading(settings.db_path)
    except demo_guard.NotTheDemo as exc:
        raise click.ClickException(str(exc)) from exc
    with Store.open(settings.db_path) as store:
        try:
            demo_guard.mark(store, actor=system.username)
        except demo_guard.NotTheDemo as exc:  # filled by someone else since the check
            raise click.ClickException(str(exc)) from exc
        kinds = {str(p): k for k, p in files.items()}
        loaded = _validate_imports([str(p) for p in files.values()], kinds, store, None, settings.as_of)
        # planned first, outside any transaction: a re-run keeps what members entered in the
        # dashboard (the plan names it) and retires nothing without a person's yes
        plans = _plans(store, system, list(kinds), kinds, loaded, False)
        for plan in plans.values():
            _show_plan(plan, only_if_it_removes=True)
        if not yes:
            _confirm_removals([p for p in plans.values() if p.removes], [], command="coi demo")
        for k, p in files.items():
            with demo_guard.loading(store):  # the import, noted as the demo's
                click.echo(_import_one(store, k, loaded[str(p)], str(p), system, plan=plans.get(str(p)), yes=yes,
                                       ask=False, command="coi demo"), err=True)
        result = service.screen_stored(store, system, load_policy(settings.policy_path), settings.as_of)
        names = {m.member_id: m.name for m in store.members()}
        made = create_demo_accounts(store, by=system)
    for line in summary_lines(result, names):
        click.echo(line, err=True)
    if made:
        click.echo(f"Demo accounts created: {', '.join(made)} (passwords in the README).", err=True)
    click.echo(f"Database: {settings.db_path}", err=True)


@main.group("account")
def account() -> None:
    """Sign-in accounts for the dashboard (admin work). Passwords are read from a prompt
    (typed twice, not echoed) or, with --password-stdin, from the first line of standard
    input — never from the command line, where other users and the shell history see them."""


_password_stdin = click.option("--password-stdin", is_flag=True,
                               help="Read the password from the first line of standard input (for scripts).")


def _read_password(from_stdin: bool, what: str = "Password") -> str:
    """A password from standard input's first line, or asked for twice at a prompt."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise click.UsageError("--password-stdin: standard input is empty; write the password on its first line")
        return line.rstrip("\r\n")
    return click.prompt(what, hide_input=True, confirmation_prompt=True)


def _account_change(db, change) -> None:
    """Run ``change(accounts)`` on the database, an account problem said as a usage error."""
    settings = load_settings(db=db)
    with Store.open(settings.db_path) as store:
        try:
            change(Accounts(store))
        except AccountError as exc:
            raise click.UsageError(str(exc)) from exc


@account.command("add")
@_db_option
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True, help="member, staff or admin.")
@click.option("--member-id", default=None, help="For a member account: the member it belongs to.")
@_password_stdin
def account_add(db, username, role, member_id, password_stdin):
    """Add an account."""
    password = _read_password(password_stdin)
    made: list[Account] = []
    _account_change(db, lambda a: made.append(a.create(username, role, password, member_id=member_id, by=_system())))
    m = made[0]
    click.echo(f"Account {m.username} ({m.role}{', member ' + m.member_id if m.member_id else ''}) added.", err=True)


@account.command("passwd")
@_db_option
@click.argument("username")
@click.option("--reset", is_flag=True,
              help="A temporary password: the user must choose a new one at their next sign-in.")
@_password_stdin
def account_passwd(db, username, reset, password_stdin):
    """Set an account's password; its open dashboard sessions end."""
    password = _read_password(password_stdin, "New password" if not reset else "Temporary password")
    if reset:
        _account_change(db, lambda a: a.reset_password(username, password, by=_system()))
        click.echo(f"Password of {username} reset: it must be changed at the next sign-in.", err=True)
    else:
        _account_change(db, lambda a: a.set_password(username, password, by=_system()))
        click.echo(f"Password of {username} changed.", err=True)


@account.command("disable")
@_db_option
@click.argument("username")
def account_disable(db, username):
    """Disable an account: it cannot sign in, and its open dashboard sessions end."""
    _account_change(db, lambda a: a.set_disabled(username, True, by=_system()))
    click.echo(f"Account {username} disabled.", err=True)


@account.command("enable")
@_db_option
@click.argument("username")
def account_enable(db, username):
    """Enable a disabled account again."""
    _account_change(db, lambda a: a.set_disabled(username, False, by=_system()))
    click.echo(f"Account {username} enabled.", err=True)


@account.command("list")
@_db_option
def account_list(db):
    """List the accounts: username, role, member, disabled."""
    settings = load_settings(db=db)
    _existing_database(settings)
    with Store.open(settings.db_path) as store:
        rows = Accounts(store).all(by=_system())
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(("username", "role", "member_id", "disabled"))
    for a in rows:
        writer.writerow((a.username, a.role, a.member_id or "", "yes" if a.disabled else "no"))


# the report's choices, written out so that `coi screen` does not load the report's
# libraries at start-up (tests/test_cli.py checks they equal coi.reports.render's and coi.decisions.meetings')
REPORT_FORMATS = ("pdf", "html", "csv", "xlsx")
QUORUM_BASES = ("seats", "filled")
VOTE_BASES = ("seats", "present", "voting")


@main.command("report")
@_db_option
@click.option("--meeting", "meeting_id", required=True, help="The meeting (its meeting_id in agenda.csv).")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="pdf", show_default=True)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="The file to write; - for standard output (pdf and xlsx only to a file or a program, not a terminal).")
@click.option("--member", "member_id", default=None, help="A member's packet: only that member's own prompts.")
@click.option("--quorum-basis", type=click.Choice(QUORUM_BASES), default="seats",
              show_default=True, help="A majority of all seats, or of the members on the roster.")
@click.option("--recused-count/--recused-not-counted", default=False, show_default=True,
              help="Whether recused members count towards the quorum.")
@click.option("--vote-base", type=click.Choice(VOTE_BASES), default="present",
              show_default=True, help="What a decision needs a majority of.")
@click.option("--reveal-confidential", is_flag=True,
              help="Name confidential parties (a staff copy; never give it to members).")
def report_(db, meeting_id, fmt, out, member_id, quorum_basis, recused_count, vote_base, reveal_confidential):
    """Write the pre-meeting conflict report (or one member's packet) for a meeting."""
    from coi.reports import render as report
    from coi.decisions.meetings import MeetingError, QuorumBasis, QuorumRule, VoteBase, build_report

    settings = load_settings(db=db)
    _existing_database(settings)
    _check_out(out)
    if out == "-":
        _refuse_terminal(fmt)  # before the work of rendering it
    rule = QuorumRule(QuorumBasis(quorum_basis), recused_count, VoteBase(vote_base))
    started = time.perf_counter()
    with Store.open(settings.db_path) as store:
        if member_id is not None:  # issue 14, item 15: a packet for nobody is refused, not an empty file
            _known_member(store, member_id)
        try:
            built = build_report(store, _system(), meeting_id, rule=rule, today=settings.as_of, member_id=member_id,
                                 reveal_confidential=reveal_confidential)
        except MeetingError as exc:
            raise click.UsageError(str(exc)) from exc
    try:
        data = report.render(built, fmt, packet=member_id)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc
    target = _write_bytes(out, data, fmt)
    click.echo(f"Wrote {target} ({fmt}, {len(built.items)} items, {len(data):,} bytes) in "
               f"{time.perf_counter() - started:.2f} s. {built.rule}", err=True)


def _known_member(store: Store, member_id: str) -> None:
    """Refuse (exit 2, a usage error) a member id the roster never had, naming what to give instead."""
    known = [m.member_id for m in store.members()]
    if member_id in known:
        return
    same = [k for k in known if k.casefold() == member_id.strip().casefold()]
    hint = (f"did you mean {same[0]}?" if same else
            f"give a member_id from the roster ({', '.join(known[:3])}{', …' if len(known) > 3 else ''})"
            if known else "the roster is empty: import members.csv first")
    raise click.UsageError(f"there is no member {member_id!r} on the roster: {hint}")


@main.command("audit")
@_db_option
@click.option("--meeting", "meeting_id", required=True, help="The meeting (its meeting_id).")
@click.option("--out", "out", default=None, help="Where to write the CSV (default: stdout).")
@click.option("--reveal-confidential", is_flag=True, help="Name confidential parties in the evidence (staff only).")
def audit_(db, meeting_id, out, reveal_confidential):
    """The removal exposure of 3.1(g)(2) after a meeting: who voted on an item where a statutory
    prompt was unanswered or answered self-recuse, and who was recused by vote — grouped by the
    appointing official, with the evidence."""
    from coi.reports import export
    from coi.decisions.meetings import MeetingError, exposure_audit

    settings = load_settings(db=db)
    _existing_database(settings)
    _check_out(out)
    with Store.open(settings.db_path) as store:
        try:
            grouped = exposure_audit(store, _system(), meeting_id, reveal_confidential=reveal_confidential)
        except MeetingError as exc:
            raise click.UsageError(str(exc)) from exc
    columns = ("appointed_by", "member_id", "member_name", "item", "case_id", "why", "category", "vote", "evidence")
    with _output(out) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for appointer, rows in grouped.items():
            for e in rows:
                writer.writerow([export.csv_safe(v) for v in (appointer, e.member_id, e.member_name, e.item,
                                                              e.case_id, e.why, e.category, e.vote or "", e.evidence)])
    for appointer, rows in grouped.items():
        click.echo(f"{appointer}: {len(rows)} exposure(s)"
                   + "".join(f"\n  item {e.item} ({e.case_id}) {e.member_id} {e.member_name}: {e.why}" for e in rows),
                   err=True)


@main.command("backup")
@_db_option
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="The backup file to write; - for standard output (to a file or a program, not a terminal).")
def backup_(db, out):
    """Copy the database to a backup file, safely while the dashboard and imports run. The
    chain key is not in it: keep a copy of the key apart (README, "The chain key")."""
    from coi.store import chain
    from coi.store.backup import BackupError, backup

    settings = load_settings(db=db)
    _existing_database(settings)
    _check_out(out)
    try:
        if out == "-":  # made in a private folder of its own, checked, then sent out whole
            import shutil
            import tempfile

            _refuse_terminal("sqlite")
            with tempfile.TemporaryDirectory(prefix="coi-backup-") as folder:
                copy = Path(folder) / "backup.sqlite3"
                size = backup(settings.db_path, copy)
                sys.stdout.flush()
                with open(copy, "rb") as fh:
                    shutil.copyfileobj(fh, sys.stdout.buffer)
                sys.stdout.buffer.flush()
        else:
            size = backup(settings.db_path, out)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise _write_failed(out, exc) from exc
    click.echo(f"Backed up {settings.db_path} to {'standard output' if out == '-' else out} ({size:,} bytes; "
               "integrity check ok).", err=True)
    click.echo(f"The chain key {chain.key_file(settings.db_path)} is not in the backup: keep a copy of it apart "
               f"from the backups (README, \"The chain key\"); a restore needs it to check the backup, and without "
               f"it the record can no longer be verified.", err=True)


def _interactive() -> bool:
    """Whether a person at a terminal can be asked (standard input is one)."""
    return sys.stdin.isatty()


@main.command("restore")
@_db_option
@click.argument("backup_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--key", "key_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The chain key of the database the backup was taken from (default: the key beside the database).")
@click.option("--yes", is_flag=True, help="Replace the database without asking (after the checks).")
def restore_(db, backup_file, key_path, yes):
    """Replace the database with a backup, after checking it: its schema must be exactly coi's
    for its version, its hash chain must verify with the key, and the sign-in accounts it would
    add, remove or change are listed before anything is replaced."""
    from coi.store.backup import BackupError, plan_restore, restore, staged

    settings = load_settings(db=db)
    try:
        with staged(backup_file, settings.db_path) as copy:
            plan = plan_restore(copy, settings.db_path, key_path, label=str(backup_file))
            click.echo(f"{backup_file}: schema version {plan.version}, exactly coi's; hash chain verified "
                       f"({plan.entries:,} entries, head {plan.head}).", err=True)
            if plan.accounts:
                click.echo(f"The restore would change {len(plan.accounts)} sign-in account(s):", err=True)
                for change in plan.accounts:
                    click.echo(f"  {change}", err=True)
            else:
                click.echo("No sign-in account would change.", err=True)
            if not yes:
                if not _interactive():
                    raise click.ClickException("nothing was replaced: there is no terminal to ask on; read the "
                                               "changes above and run again with --yes to restore")
                click.confirm(f"Replace {settings.db_path} with {backup_file}?", abort=True)
            restore(copy, settings.db_path, plan=plan)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    with Store.open(settings.db_path) as store:  # migrates an older backup to this coi's schema
        store.audit("restored from backup", _default_actor(), {"backup": str(backup_file), "head": plan.head,
                                                               "accounts": [str(c) for c in plan.accounts]})
        version = store.schema_version
    click.echo(f"Restored {settings.db_path} from {backup_file} (schema version {version}).", err=True)


@main.command("verify")
@_db_option
@click.option("--against", "heads", multiple=True, metavar="HEAD",
              help="A chain head printed on an earlier meeting report: check that the record still holds it at "
                   "its position (nothing before it cut or rewritten). May be given more than once.")
def verify_(db, heads):
    """Check the keyed hash chain over decisions, votes, the prompts' facts and the audit log,
    and that the schema's triggers are exactly coi's: exit 1 if any entry was edited, deleted,
    inserted or reordered, a link recomputed without the key, a trigger dropped, changed or
    added — or, with --against, if the record no longer holds a head exported earlier."""
    from coi.store import chain

    try:
        wanted = [chain.parse_head(h) for h in heads]
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--against") from None
    settings = load_settings(db=db)
    _existing_database(settings)
    try:
        with Store.open(settings.db_path) as store, store.reading() as conn:
            verdict = chain.verify(conn)
            found = [chain.find_head(conn, h) for h in wanted]
    except (chain.ChainKeyError, chain.ChainBroken) as exc:
        click.echo(f"The chain cannot be verified: {exc}", err=True)
        sys.exit(1)
    problems = [*verdict.problems, *(problem for problem, _ in found if problem)]
    if not problems:
        click.echo(f"The chain holds: {verdict.entries:,} entries, head {verdict.head}.", err=True)
        for _, words in found:
            click.echo(f"  {words[0].upper()}{words[1:]}.", err=True)
        return
    click.echo(f"The chain is broken: {len(problems)} problem(s) in {verdict.entries:,} entries:", err=True)
    for problem in problems:
        click.echo(f"  {problem}", err=True)
    sys.exit(1)


@main.command("rescreen")
@_db_option
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A policy file to apply instead of the shipped 3.1(g) policy.")
@click.option("--as-of", "as_of", default=None, callback=_iso_date,
              help="Judge ties current or former as of this date (default: today).")
def rescreen(db, policy_path, as_of):
    """Screen every stored case against the stored Panel and store the prompts."""
    settings = load_settings(db=db, policy=policy_path, as_of=as_of)
    policy = _load_policy(policy_path)
    with Store.open(settings.db_path) as store:
        result = service.screen_stored(store, _system(), policy, settings.as_of)
        names = {m.member_id: m.name for m in store.members()}
    for line in summary_lines(result, names):
        click.echo(line, err=True)


def _birth_date(ctx, param, value):
    """A date of birth for ``coi compare``: an ISO date, not in the future (as ``coi import``)."""
    value = _iso_date(ctx, param, value)
    if value is not None and value > dt.date.today():
        raise click.BadParameter(f"{value.isoformat()} is in the future; check the year: a date of birth "
                                 "cannot be ahead")
    return value


@main.command("compare")
@click.argument("left")
@click.argument("right")
@click.option("--kind", type=click.Choice([k.value for k in Kind]), default=None)
@click.option("--left-dob", "left_dob", default=None, callback=_birth_date,
              help="LEFT's date of birth (YYYY-MM-DD), compared as coi screen compares a disclosed person's.")
@click.option("--right-dob", "right_dob", default=None, callback=_birth_date,
              help="RIGHT's date of birth (YYYY-MM-DD), compared as coi screen compares a party's.")
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A policy file whose prompt threshold says 'likely' or 'possibly' (default: the shipped one).")
def compare(left, right, kind, left_dob, right_dob, policy_path):
    """Explain how two names compare: the waterfall of the evidence (the prior, then each
    comparison's level, the two strings, the bits it adds and the running total), the match
    weight, the probability and score, and the top reasons in plain words. RIGHT is compared
    as a docket's party is, LEFT as a disclosed name."""
    k = Kind(kind) if kind else (Kind.ORGANIZATION if looks_like_organization(left) else Kind.PERSON)
    threshold = _load_policy(policy_path).prompt_threshold
    ev = compare_names(right, left, k, query_dob=right_dob, candidate_dob=left_dob)
    click.echo(f"score {ev.score:.1f} ({k})")
    for line in explain.waterfall_lines(ev, threshold, k, query_label="right", candidate_label="left"):
        click.echo(line)


# -- issue 14, item 6 (H4): notifications by e-mail ------------------------------------------

@main.command("notify")
@_db_option
@click.option("--dry-run", is_flag=True,
              help="Print the e-mails that would be sent and send nothing (also before e-mail is configured).")
@click.option("--today", "today", default=None, callback=_iso_date,
              help="Take this date (YYYY-MM-DD) as today for reminders and overdue prompts (default: today in "
                   "the Panel's time zone).")
def notify_(db, dry_run, today):
    """Send the notification e-mails due now: new prompts and meeting reminders to members, the
    digest of unsure answers and overdue prompts to staff. Meant for cron or a systemd timer:
    running it again sends nothing new. Off until e-mail is configured (COI_SMTP_HOST, COI_MAIL_FROM)."""
    from coi.decisions import notify

    settings = load_settings(db=db)
    _existing_database(settings)
    with Store.open(settings.db_path) as store:
        run = notify.send_notices(store, _system(), settings, today=today, dry_run=dry_run)
    for outcome in run.outcomes if dry_run else ():
        click.echo(notify.render(outcome.notice, settings.mail) + "-" * 72)
    for line in run.lines():
        click.echo(line, err=True)
    if run.count("failed") or (run.not_configured and not dry_run):
        sys.exit(1)


def run() -> None:
    """The ``coi`` console script: the command, then a prompt exit.

    Every command has closed its files and database by the time it returns; what is left
    is the interpreter freeing, one by one, the millions of objects a large screening made
    (a second on a million-row docket). The operating system takes the memory back at once.
    """
    try:
        main(standalone_mode=True)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
