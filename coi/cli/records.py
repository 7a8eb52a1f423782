"""``coi backup``, ``coi restore`` and ``coi verify``: the database copied and put back
safely, and its keyed hash chain checked."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from coi.cli.common import (
    check_out,
    db_option,
    default_actor,
    existing_database,
    interactive,
    refuse_terminal,
    write_failed,
)
from coi.settings import load_settings
from coi.store.database import Store


@click.command("backup")
@db_option
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="The backup file to write; - for standard output (to a file or a program, not a terminal).")
def backup_(db, out):
    """Copy the database to a backup file, safely while the dashboard and imports run. The
    chain key is not in it: keep a copy of the key apart (README, "The chain key")."""
    from coi.store import chain
    from coi.store.backup import BackupError, backup

    settings = load_settings(db=db)
    existing_database(settings)
    check_out(out)
    try:
        if out == "-":  # made in a private folder of its own, checked, then sent out whole
            import shutil
            import tempfile

            refuse_terminal("sqlite")
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
        raise write_failed(out, exc) from exc
    click.echo(f"Backed up {settings.db_path} to {'standard output' if out == '-' else out} ({size:,} bytes; "
               "integrity check ok).", err=True)
    click.echo(f"The chain key {chain.key_file(settings.db_path)} is not in the backup: keep a copy of it apart "
               f"from the backups (README, \"The chain key\"); a restore needs it to check the backup, and without "
               f"it the record can no longer be verified.", err=True)


@click.command("restore")
@db_option
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
                if not interactive():
                    raise click.ClickException("nothing was replaced: there is no terminal to ask on; read the "
                                               "changes above and run again with --yes to restore")
                click.confirm(f"Replace {settings.db_path} with {backup_file}?", abort=True)
            restore(copy, settings.db_path, plan=plan)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    with Store.open(settings.db_path) as store:  # migrates an older backup to this coi's schema
        store.audit("restored from backup", default_actor(), {"backup": str(backup_file), "head": plan.head,
                                                              "accounts": [str(c) for c in plan.accounts]})
        version = store.schema_version
    click.echo(f"Restored {settings.db_path} from {backup_file} (schema version {version}).", err=True)


@click.command("verify")
@db_option
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
    existing_database(settings)
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
