"""The ``coi`` command line: a thin skin over the library (CONTRACT.md fixes its words).

Data goes to ``--out`` or stdout; progress and messages to stderr. Exit 0 on success,
1 when an input is rejected (every problem named by file, row and column), 2 on usage
errors. A rejected input changes nothing stored.

This module holds the group (``main``), the plain-words handling of database and file
errors every command shares, and the console script (``run``); the commands live by
family, each a thin module over the library:

- ``screening``: ``screen``, ``match``, ``compare``, ``rescreen`` (a docket against the Panel, the matcher)
- ``imports``: ``import`` (files into the database, planned and confirmed first)
- ``demo``: ``demo`` (the demo Panel, only into an empty or demo database)
- ``meetings``: ``report``, ``audit`` (a meeting's pre-meeting report, its removal exposure)
- ``records``: ``backup``, ``restore``, ``verify`` (the database and its hash chain)
- ``accounts``: ``account add|passwd|disable|enable|list`` (the dashboard's sign-in accounts)
- ``notify``: ``notify`` (the notification e-mails)
- ``common``: the options, output and refusals the commands share
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from typing import Any

import click

from coi.cli import accounts, demo, imports, meetings, notify, records, screening
from coi.store import chain


class _Commands(click.Group):
    """The command group; a database that cannot be written says so in plain words (nothing
    was changed: every write is one transaction), never with a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
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


for _command in (screening.screen, screening.match, screening.compare, screening.rescreen, imports.import_, demo.demo,
                 meetings.report_, meetings.audit_, records.backup_, records.restore_, records.verify_,
                 accounts.account, notify.notify_):
    main.add_command(_command)


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
