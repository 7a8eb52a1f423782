"""``coi notify``: the notification e-mails due now (meant for cron or a systemd timer)."""

from __future__ import annotations

import sys

import click

from coi.cli.common import cli_account, db_option, existing_database, iso_date
from coi.settings import load_settings
from coi.store.database import Store


@click.command("notify")
@db_option
@click.option("--dry-run", is_flag=True,
              help="Print the e-mails that would be sent and send nothing (also before e-mail is configured).")
@click.option("--today", "today", default=None, callback=iso_date,
              help="Take this date (YYYY-MM-DD) as today for reminders and overdue prompts (default: today in "
                   "the Panel's time zone).")
def notify_(db, dry_run, today):
    """Send the notification e-mails due now: new prompts and meeting reminders to members, the
    digest of unsure answers and overdue prompts to staff. Meant for cron or a systemd timer:
    running it again sends nothing new. Off until e-mail is configured (COI_SMTP_HOST, COI_MAIL_FROM)."""
    from coi.decisions import notify

    settings = load_settings(db=db)
    existing_database(settings)
    with Store.open(settings.db_path) as store:
        run = notify.send_notices(store, cli_account(), settings, today=today, dry_run=dry_run)
    for outcome in run.outcomes if dry_run else ():
        click.echo(notify.render(outcome.notice, settings.mail) + "-" * 72)
    for line in run.lines():
        click.echo(line, err=True)
    if run.count("failed") or (run.not_configured and not dry_run):
        sys.exit(1)
