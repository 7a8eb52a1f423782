"""``coi account``: the dashboard's sign-in accounts (add, passwd, disable, enable, list)."""

from __future__ import annotations

import csv
import sys

import click

from coi.cli.common import cli_account, db_option, existing_database
from coi.decisions.accounts import Account, AccountError, Accounts, Role
from coi.settings import load_settings
from coi.store.database import Store


@click.group("account")
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
@db_option
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True, help="member, staff or admin.")
@click.option("--member-id", default=None, help="For a member account: the member it belongs to.")
@_password_stdin
def account_add(db: str | None, username: str, role: str, member_id: str | None, password_stdin: bool) -> None:
    """Add an account."""
    password = _read_password(password_stdin)
    made: list[Account] = []
    by = cli_account()
    _account_change(db, lambda a: made.append(a.create(username, role, password, member_id=member_id, by=by)))
    m = made[0]
    click.echo(f"Account {m.username} ({m.role}{', member ' + m.member_id if m.member_id else ''}) added.", err=True)


@account.command("passwd")
@db_option
@click.argument("username")
@click.option("--reset", is_flag=True,
              help="A temporary password: the user must choose a new one at their next sign-in.")
@_password_stdin
def account_passwd(db, username, reset, password_stdin):
    """Set an account's password; its open dashboard sessions end."""
    password = _read_password(password_stdin, "New password" if not reset else "Temporary password")
    if reset:
        _account_change(db, lambda a: a.reset_password(username, password, by=cli_account()))
        click.echo(f"Password of {username} reset: it must be changed at the next sign-in.", err=True)
    else:
        _account_change(db, lambda a: a.set_password(username, password, by=cli_account()))
        click.echo(f"Password of {username} changed.", err=True)


@account.command("disable")
@db_option
@click.argument("username")
def account_disable(db, username):
    """Disable an account: it cannot sign in, and its open dashboard sessions end."""
    _account_change(db, lambda a: a.set_disabled(username, True, by=cli_account()))
    click.echo(f"Account {username} disabled.", err=True)


@account.command("enable")
@db_option
@click.argument("username")
def account_enable(db, username):
    """Enable a disabled account again."""
    _account_change(db, lambda a: a.set_disabled(username, False, by=cli_account()))
    click.echo(f"Account {username} enabled.", err=True)


@account.command("list")
@db_option
def account_list(db):
    """List the accounts: username, role, member, disabled."""
    settings = load_settings(db=db)
    existing_database(settings)
    with Store.open(settings.db_path) as store:
        rows = Accounts(store).all(by=cli_account())
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(("username", "role", "member_id", "disabled"))
    for a in rows:
        writer.writerow((a.username, a.role, a.member_id or "", "yes" if a.disabled else "no"))
