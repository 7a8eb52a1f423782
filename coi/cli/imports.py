"""``coi import``: files into the database, every file checked before any is stored, each
roster, disclosures and docket file's plan shown (and confirmed when it retires rows) first.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from coi.cli.common import db_option, default_actor, encoding_option, interactive, rejected, warn
from coi.decisions import service
from coi.decisions.accounts import Account, system_account
from coi.ingest import records as ingest
from coi.ingest.plan import PlanChanged, plan_lines
from coi.ingest.tabular import Encodings
from coi.model import ImportKind, InputRejected, Problem
from coi.settings import load_settings
from coi.store.database import Store
from coi.store.screenings import changes_after

#: The kinds of file, in the order they build on each other (the roster before its ties...).
IMPORT_ORDER = tuple(ImportKind)


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--kind", type=click.Choice([k.value for k in IMPORT_ORDER]), default=None,
              help="What the files hold (default: recognised from their columns).")
@db_option
@click.option("--actor", default=None, help="Who is importing, for the audit log (default: cli:<login>).")
@encoding_option
@click.option("--yes", is_flag=True,
              help="Import without asking, also when the plan retires rows (the plan is still printed).")
@click.option("--dry-run", "dry_run", is_flag=True, help="Only print the plan: what each file would add, change, "
              "retire and keep. Nothing is imported.")
@click.option("--retire-member-entries", "retire_member_entries", is_flag=True,
              help="Let disclosures files retire or replace ties entered in the dashboard (kept by default); "
                   "the plan names them and the import needs confirmation (or --yes).")
@click.option("--no-screen", "no_screen", is_flag=True,
              help="Do not screen the docket again after a roster, disclosures or docket file changed it "
                   "(run coi rescreen before making a report: coi report refuses a screening older than the data).")
def import_(files: tuple[str, ...], kind: str | None, db: str | None, actor: str | None,
            encoding: Encodings | None, yes: bool, dry_run: bool, retire_member_entries: bool,
            no_screen: bool) -> None:
    """Load a roster, disclosures, a docket or an agenda into the database, one transaction per file.

    Every file is checked before any is stored: if one is rejected, nothing changes.
    Importing the same file again changes nothing. The plan of each roster, disclosures and
    docket file — every row added, changed, retired or kept, by name — is printed first;
    when anything would be retired, the import asks (on a terminal) or needs --yes, and
    --dry-run only prints the plan. Ties members entered in the dashboard are kept unless
    --retire-member-entries. When a roster, disclosures or docket file changed anything, the
    docket is screened again with the Panel's policy, as an upload on the dashboard's Files
    page is (unless --no-screen)."""
    if yes and dry_run:
        raise click.UsageError("--yes and --dry-run contradict each other: give one of them")
    settings = load_settings(db=db)
    system = system_account(actor or default_actor())
    problems = []
    kinds: dict[str, ImportKind] = {}
    for f in files:
        try:
            kinds[f] = ImportKind(kind) if kind else ingest.detect_kind(f, encoding=encoding)
        except InputRejected as exc:
            problems.extend(exc.problems)
    if problems:
        rejected(InputRejected(problems))
    # a dry run against a database that does not exist plans against an empty one, and
    # creates neither the file nor its key (helper-143's review)
    target = ":memory:" if dry_run and not Path(settings.db_path).exists() else settings.db_path
    with Store.open(target) as store:
        loaded = validate_imports(files, kinds, store, encoding, settings.as_of)
        ordered = sorted(files, key=lambda f: IMPORT_ORDER.index(kinds[f]))
        plans = plan_files(store, system, ordered, kinds, loaded, retire_member_entries)
        for plan in plans.values():
            show_plan(plan)
        if dry_run:
            unplanned = [f for f in ordered if f not in plans]
            if unplanned:
                click.echo(f"Not planned (agenda and votes are checked and imported as they are): "
                           f"{', '.join(unplanned)}.", err=True)
            click.echo("Dry run: nothing was imported." + ("" if target == settings.db_path else
                       f" (No database at {settings.db_path}: the plan is against an empty one.)"), err=True)
            return
        if not yes:
            confirm_removals([p for p in plans.values() if p.removes], [])
        done: list[str] = []
        version = store.data_version()
        for f in ordered:
            click.echo(import_one(store, kinds[f], loaded[f], f, system, plan=plans.get(f), yes=yes, done=done),
                       err=True)
            done.append(f)
        with store.reading() as conn:
            changed = changes_after(conn, version)
        if changed:
            if no_screen:
                click.echo("Not screened again (--no-screen): run coi rescreen before making a report.", err=True)
            else:
                screen_after_import(store, system, settings)
    click.echo(f"Database: {settings.db_path}", err=True)


def screen_after_import(store: Store, account: Account, settings) -> None:
    """Screen the stored docket again with the Panel's policy after an import changed what
    screening reads, as the dashboard's Files page does (helper-143's review: a report made
    after ``coi import`` of a corrected docket stood on the old screening)."""
    from coi.screen import summary_lines

    policy = service.policy_in_force(store, settings.policy_path)
    result = service.screen_stored(store, account, policy, settings.as_of)
    names = {m.member_id: m.name for m in store.members()}
    click.echo(f"Screened again with policy {policy.name}:", err=True)
    for line in summary_lines(result, names):
        click.echo(line, err=True)


#: Kinds whose import replaces stored rows, so each is planned (and confirmed) first.
PLANNED_KINDS = tuple(k for k in ImportKind if k.replaces)
PLAN_ROWS_SHOWN = 20  # added and changed rows listed per file; retired and kept ones are all listed


def plan_files(store: Store, account: Account, ordered, kinds, loaded, retire_member_entries: bool) -> dict:
    """Each roster, disclosures and docket file's plan, against what is stored now."""
    return {f: service.plan_import(store, account, kinds[f], loaded[f].records, source=str(f),
                                   fingerprint=service.fingerprint(f),
                                   retire_member_entries=retire_member_entries and kinds[f] is ImportKind.DISCLOSURES)
            for f in ordered if kinds[f] in PLANNED_KINDS}


def show_plan(plan, *, only_if_it_removes: bool = False) -> None:
    if only_if_it_removes and not (plan.removes or plan.kept):
        return
    for line in plan_lines(plan, shown=PLAN_ROWS_SHOWN):
        click.echo(line, err=True)


def confirm_removals(removing: list, done: list[str], *, command: str = "coi import") -> None:
    """A person confirms the retirements the plans above name; else exit 1, nothing more imported."""
    if not removing:
        return
    n = sum(len(p.retired) for p in removing)
    files = ", ".join(p.source for p in removing)
    already = (f" The files before it were imported: {', '.join(done)}." if done else "")
    if interactive():
        if click.confirm(f"Retire the {n:,} row(s) named above ({files})?", default=False, err=True):
            return
        click.echo(f"Nothing was imported from {files}.{already}", err=True)
        sys.exit(1)
    click.echo(f"The import would retire {n:,} row(s), named above ({files}): nothing was imported from "
               f"{'them' if len(removing) > 1 else 'it'}.{already} Run {command} again with --yes to import and "
               f"retire them, or with --dry-run to only show the plan.", err=True)
    sys.exit(1)


def validate_imports(files, kinds, store, encoding, as_of) -> dict:
    """Validate every file (disclosures against the roster being imported, else the stored
    one) and return what each holds, or exit 1 with every problem of every file."""
    problems, loaded = [], {}
    ordered = sorted(files, key=lambda f: IMPORT_ORDER.index(kinds[f]))
    roster = None
    for f in ordered:
        try:
            if kinds[f] is ImportKind.MEMBERS:
                loaded[f] = ingest.load_members(f, encoding=encoding)
                roster = loaded[f].records
            elif kinds[f] is ImportKind.DISCLOSURES:
                members = roster if roster is not None else store.members()
                loaded[f] = ingest.load_disclosures(f, members, encoding=encoding, as_of=as_of)
            elif kinds[f] is ImportKind.AGENDA:
                loaded[f] = ingest.load_agenda(f, encoding=encoding)
            elif kinds[f] is ImportKind.VOTES:
                loaded[f] = ingest.load_votes(f, encoding=encoding)
                _warn_votes_ahead(f, loaded[f].records, store, as_of)
            else:
                loaded[f] = ingest.load_docket(f, encoding=encoding)
            warn(loaded[f].warnings)
        except InputRejected as exc:
            problems.extend(exc.problems)
    if problems:
        rejected(InputRejected(problems))
    return loaded


def _warn_votes_ahead(path: str, rows, store: Store, as_of) -> None:
    """Warn of votes on a meeting whose date is still ahead (helper-143's review: accepted
    without a word): votes are cast at a meeting, so the meeting id or its date may be wrong."""
    from coi.store.meetings import meeting_row

    with store.reading() as conn:
        dates = {mid: (meeting_row(conn, mid) or {"meeting_date": None})["meeting_date"]
                 for mid in {r.meeting_id for r in rows}}
    for mid, day in sorted(dates.items()):
        if day is not None and day > as_of.isoformat():
            first = min(r.row or 0 for r in rows if r.meeting_id == mid)
            click.echo(f"warning: {path}, row {first}: meeting {mid} is on {day}, after today ({as_of}): votes are "
                       "cast at a meeting; check the meeting_id (the votes are recorded as given)", err=True)


def import_one(store: "Store", kind: ImportKind, loaded, path: str, account: Account, *, plan=None, yes: bool = False,
               done: list[str] | None = None, ask: bool = True, command: str = "coi import") -> str:
    """Store one validated file, applying exactly the ``plan`` shown (if the data changed
    since, the new plan is shown and, if it retires anything, confirmed again — asked on a
    terminal when ``ask``, else refused unless ``yes``); the words that say what changed
    (exit 1 if refused)."""
    from coi.decisions.meetings import MeetingError, import_agenda, record_votes  # not needed by screen: loaded late

    if kind is ImportKind.AGENDA:
        try:
            stored = import_agenda(store, account, loaded.records, source=str(path))
        except InputRejected as exc:
            rejected(exc)
        except MeetingError as exc:
            rejected(InputRejected([Problem(str(path), None, None, str(exc),
                                            "record corrections to the votes instead of changing the agenda")]))
        return (f"{path}: agenda imported — meetings {', '.join(stored)}." if stored else
                f"{path}: every meeting in it is stored so already; nothing changed.")
    if kind is ImportKind.VOTES:
        try:
            n = record_votes(store, account, loaded.records, source=str(path))
        except InputRejected as exc:
            rejected(exc)
        return f"{path}: {n} votes recorded." if n else f"{path}: these votes were recorded before; nothing changed."
    for _ in range(PLAN_ROUNDS):
        try:
            return import_words(str(path), service.import_records(
                store, account, kind, loaded.records, source=str(path), fingerprint=service.fingerprint(path),
                plan=plan))
        except PlanChanged as exc:
            plan = exc.plan
            click.echo(f"{path}: the stored data changed since the plan above was made; the plan now:", err=True)
            show_plan(plan)
            if plan.removes and not yes:
                if not ask:
                    click.echo(f"Nothing was imported from {path}; run {command} again to see the plan and "
                               "confirm it.", err=True)
                    sys.exit(1)
                confirm_removals([plan], done or [], command=command)
    raise click.ClickException(f"{path}: the stored data kept changing while importing it ({PLAN_ROUNDS} plans "
                               "in a row): nothing was imported from it; run the command again in a moment")


PLAN_ROUNDS = 5  # plans made for one file before giving up while others keep changing the data


def import_words(path: str, result) -> str:
    if result.skipped_as_duplicate:
        return f"{path}: already imported (same file); nothing changed."
    kept = f", {result.kept} kept (entered in the dashboard)" if result.kept else ""
    return (f"{path}: {result.kind} imported — {result.added} added, {result.changed} changed, "
            f"{result.retired} retired, {result.unchanged} unchanged{kept}.")
