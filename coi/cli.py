"""The ``coi`` command line: a thin skin over the library (CONTRACT.md fixes its words).

Data goes to ``--out`` or stdout; progress and messages to stderr. Exit 0 on success,
1 when an input is rejected (every problem named by file, row and column), 2 on usage
errors. A rejected input changes nothing stored.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from coi import ingest, service
from coi.accounts import Account, AccountError, Accounts, Role, create_demo_accounts, system_account
from coi.export import csv_safe
from coi.graph import build_graph
from coi.model import InputRejected, Kind, Panel, Problem, Warning_
from coi.names import Candidate, NameIndex, compare_names, looks_like_organization
from coi.policy import Policy, PolicyError, load_policy
from coi.redaction import Redactor, may_reveal
from coi.screen import OUTPUT_COLUMNS, Screener, prompt_row, screen_docket, summary_lines
from coi.settings import load_settings
from coi.store import Store


def _iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


_db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                          help="SQLite database (default: $COI_DB, else data/coi.sqlite3).")
_encoding_option = click.option("--encoding", default=None,
                                help="Decode CSV input with this encoding instead of UTF-8 (e.g. cp1252).")


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


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """coi — conflict-of-interest screening for the Illinois Law Enforcement
    Certification Review Panel (50 ILCS 705/3.1(g))."""


WARNINGS_SHOWN = 50  # per file; the rest are counted, so a big docket cannot bury the summary


def _warn(warnings: Iterable[Warning_]) -> None:
    warnings = list(warnings)
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
    from coi.files import private_output

    _refuse_link(path)
    with private_output(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _refuse_link(path: str) -> None:
    """An ``--out`` that is a symbolic link is refused in plain words (exit 1), never written through."""
    from coi.files import UnsafeTarget, refuse_link

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
def screen(members_path, disclosures_path, docket_path, out, reveal_confidential, policy_path, as_of, progress, encoding):
    """Screen a docket against the Panel's disclosures and write every prompt."""
    started = time.perf_counter()
    settings = load_settings(policy=policy_path, as_of=as_of)
    policy = _load_policy(policy_path)
    with _without_cycle_collection():
        try:
            panel = _load_panel(members_path, disclosures_path, encoding, settings.as_of)
            docket = ingest.load_docket(docket_path, encoding=encoding)
        except InputRejected as exc:
            _rejected(exc)
        _warn(docket.warnings)
        screener = Screener.build(build_graph(panel, policy, as_of=settings.as_of), policy)
        result = _screen_with_progress(docket.records, screener, progress)
    # one redaction rule (coi.redaction): a name confidential on one row of a case is so on all
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


def _screen_with_progress(parties, screener: Screener, progress: bool | None):
    show = progress if progress is not None else (len(parties) >= 5000 and sys.stderr.isatty())
    if not show:
        return screen_docket(parties, screener)
    from tqdm import tqdm

    with tqdm(total=len(parties), unit="party", file=sys.stderr, desc="screening") as bar:
        done = [0]

        def tick(n: int) -> None:
            bar.update(n - done[0])
            done[0] = n

        return screen_docket(parties, screener, progress=tick)


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
def match(queries_path, candidates_path, out, kind, policy_path, encoding):
    """Run the name matcher: every pair it considers, best first per query."""
    policy = _load_policy(policy_path)
    try:
        queries = ingest.load_names(queries_path, id_column="query_id", encoding=encoding)
        candidates = ingest.load_names(candidates_path, id_column="candidate_id", encoding=encoding)
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

    index = NameIndex(
        Candidate(text=c.name, kind=k, ref=c.id, date_of_birth=c.date_of_birth)
        for c in candidates
        for k in ((kind,) if kind else (Kind.PERSON, Kind.ORGANIZATION))
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
def import_(files, kind, db, actor, encoding):
    """Load a roster, disclosures, a docket or an agenda into the database, one transaction per file.

    Every file is checked before any is stored: if one is rejected, nothing changes.
    Importing the same file again changes nothing."""
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
        for f in sorted(files, key=lambda f: IMPORT_ORDER.index(kinds[f])):
            click.echo(_import_one(store, kinds[f], loaded[f], f, system), err=True)
    click.echo(f"Database: {settings.db_path}", err=True)


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


def _import_one(store: "Store", kind: str, loaded, path: str, account: Account) -> str:
    """Store one validated file; the words that say what changed (exit 1 if refused)."""
    from coi.meetings import MeetingError, import_agenda, record_votes  # not needed by screen: loaded late

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
    return _import_words(str(path), service.import_records(store, account, kind, loaded.records, source=str(path),
                                                           fingerprint=service.fingerprint(path)))


def _import_words(path: str, result) -> str:
    if result.skipped_as_duplicate:
        return f"{path}: already imported (same file); nothing changed."
    return (f"{path}: {result.kind} imported — {result.added} added, {result.changed} changed, "
            f"{result.retired} retired, {result.unchanged} unchanged.")


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
def demo(db, folder, as_of):
    """Load the demo Panel and docket into the database and screen the whole docket — only
    into an empty database (then marked as the demo's) or one that holds only the demo."""
    from coi import demo_guard
    from coi.demo import DEMO_FOLDER

    settings = load_settings(db=db, as_of=as_of)
    folder = Path(folder) if folder else DEMO_FOLDER
    files = {k: folder / f"{k}.csv" for k in IMPORT_ORDER}  # members, disclosures, docket, agenda, votes
    missing = [str(p) for p in files.values() if not p.exists()]
    if missing:
        raise click.UsageError(f"demo files missing: {', '.join(missing)}; regenerate them with python -m coi.demo")
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
        loaded = _validate_imports([str(p) for p in files.values()], {str(p): k for k, p in files.items()},
                                   store, None, settings.as_of)
        for k, p in files.items():
            with demo_guard.loading(store):  # the import, noted as the demo's
                click.echo(_import_one(store, k, loaded[str(p)], str(p), system), err=True)
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
    with Store.open(settings.db_path) as store:
        rows = Accounts(store).all(by=_system())
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(("username", "role", "member_id", "disabled"))
    for a in rows:
        writer.writerow((a.username, a.role, a.member_id or "", "yes" if a.disabled else "no"))


# the report's choices, written out so that `coi screen` does not load the report's
# libraries at start-up (tests/test_cli.py checks they equal coi.report's and coi.meetings')
REPORT_FORMATS = ("pdf", "html", "csv", "xlsx")
QUORUM_BASES = ("seats", "filled")
VOTE_BASES = ("seats", "present", "voting")


@main.command("report")
@_db_option
@click.option("--meeting", "meeting_id", required=True, help="The meeting (its meeting_id in agenda.csv).")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="pdf", show_default=True)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="The file to write.")
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
    from coi import report
    from coi.meetings import MeetingError, QuorumBasis, QuorumRule, VoteBase, build_report

    settings = load_settings(db=db)
    rule = QuorumRule(QuorumBasis(quorum_basis), recused_count, VoteBase(vote_base))
    started = time.perf_counter()
    with Store.open(settings.db_path) as store:
        try:
            built = build_report(store, _system(), meeting_id, rule=rule, today=settings.as_of, member_id=member_id,
                                 reveal_confidential=reveal_confidential)
        except MeetingError as exc:
            raise click.UsageError(str(exc)) from exc
    try:
        data = report.render(built, fmt, packet=member_id)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc
    target = Path(out)
    _refuse_link(out)
    from coi.files import write_private

    write_private(target, data)  # 0600, under a random name, moved into place whole
    click.echo(f"Wrote {target} ({fmt}, {len(built.items)} items, {len(data):,} bytes) in "
               f"{time.perf_counter() - started:.2f} s. {built.rule}", err=True)


@main.command("audit")
@_db_option
@click.option("--meeting", "meeting_id", required=True, help="The meeting (its meeting_id).")
@click.option("--out", "out", default=None, help="Where to write the CSV (default: stdout).")
@click.option("--reveal-confidential", is_flag=True, help="Name confidential parties in the evidence (staff only).")
def audit_(db, meeting_id, out, reveal_confidential):
    """The removal exposure of 3.1(g)(2) after a meeting: who voted on an item where a statutory
    prompt was unanswered or answered self-recuse, and who was recused by vote — grouped by the
    appointing official, with the evidence."""
    from coi import export
    from coi.meetings import MeetingError, exposure_audit

    settings = load_settings(db=db)
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
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="The backup file to write.")
def backup_(db, out):
    """Copy the database to a backup file, safely while the dashboard and imports run."""
    from coi.backup import BackupError, backup

    settings = load_settings(db=db)
    try:
        size = backup(settings.db_path, out)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Backed up {settings.db_path} to {out} ({size:,} bytes; integrity check ok).", err=True)


@main.command("restore")
@_db_option
@click.argument("backup_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--yes", is_flag=True, help="Replace the database without asking.")
def restore_(db, backup_file, yes):
    """Replace the database with a backup (checked first)."""
    from coi.backup import BackupError, restore

    settings = load_settings(db=db)
    if not yes:
        click.confirm(f"Replace {settings.db_path} with {backup_file}?", abort=True)
    try:
        restore(backup_file, settings.db_path)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    with Store.open(settings.db_path) as store:  # migrates an older backup to this coi's schema
        store.audit("restored from backup", _default_actor(), {"backup": str(backup_file)})
        version = store.schema_version
    click.echo(f"Restored {settings.db_path} from {backup_file} (schema version {version}).", err=True)


@main.command("verify")
@_db_option
def verify_(db):
    """Check the hash chain over decisions, votes and the audit log: exit 1 if any entry was
    edited, deleted, inserted or reordered."""
    from coi import chain

    settings = load_settings(db=db)
    with Store.open(settings.db_path) as store, store.reading() as conn:
        verdict = chain.verify(conn)
    if verdict.ok:
        click.echo(f"The chain holds: {verdict.entries:,} entries, head {verdict.head}.", err=True)
        return
    click.echo(f"The chain is broken: {len(verdict.problems)} problem(s) in {verdict.entries:,} entries:", err=True)
    for problem in verdict.problems:
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


@main.command("compare")
@click.argument("left")
@click.argument("right")
@click.option("--kind", type=click.Choice([k.value for k in Kind]), default=None)
def compare(left, right, kind):
    """Explain how two names compare (score, parts, reasons)."""
    k = Kind(kind) if kind else (Kind.ORGANIZATION if looks_like_organization(left) else Kind.PERSON)
    ev = compare_names(right, left, k)
    click.echo(f"score {ev.score:.1f} ({k})")
    for part, value in ev.components:
        click.echo(f"  {part}: {value:g}")
    click.echo(f"  {ev.reason}")


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
