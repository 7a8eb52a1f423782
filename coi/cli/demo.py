"""``coi demo``: the demo Panel loaded and screened, only into an empty database or the demo's own."""

from __future__ import annotations

from pathlib import Path

import click

from coi.cli.common import cli_account, db_option, iso_date
from coi.cli.imports import IMPORT_ORDER, confirm_removals, import_one, plan_files, show_plan, validate_imports
from coi.decisions import service
from coi.decisions.accounts import create_demo_accounts
from coi.screen import summary_lines
from coi.settings import load_settings
from coi.store.database import Store


@click.command()
@db_option
@click.option("--data", "folder", default=None, type=click.Path(file_okay=False),
              help="The folder holding the demo files (default: the demo files shipped in the coi_demo package).")
@click.option("--as-of", "as_of", default=None, callback=iso_date,
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
    system = cli_account()
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
        loaded = validate_imports([str(p) for p in files.values()], kinds, store, None, settings.as_of)
        # planned first, outside any transaction: a re-run keeps what members entered in the
        # dashboard (the plan names it) and retires nothing without a person's yes
        plans = plan_files(store, system, list(kinds), kinds, loaded, False)
        for plan in plans.values():
            show_plan(plan, only_if_it_removes=True)
        if not yes:
            confirm_removals([p for p in plans.values() if p.removes], [], command="coi demo")
        for k, p in files.items():
            with demo_guard.loading(store):  # the import, noted as the demo's
                click.echo(import_one(store, k, loaded[str(p)], str(p), system, plan=plans.get(str(p)), yes=yes,
                                      ask=False, command="coi demo"), err=True)
        result = service.screen_stored(store, system, service.policy_in_force(store, settings.policy_path),
                                       settings.as_of)
        names = {m.member_id: m.name for m in store.members()}
        made = create_demo_accounts(store, by=system)
    for line in summary_lines(result, names):
        click.echo(line, err=True)
    if made:
        click.echo(f"Demo accounts created: {', '.join(made)} (passwords in the README).", err=True)
    click.echo(f"Database: {settings.db_path}", err=True)
