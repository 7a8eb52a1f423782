"""What the ``coi`` commands share: the common options (``--db``, ``--encoding``,
``--invalid-dates``, dates), writing ``--out`` safely, refusing in plain words, and the
account every command acts as.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import click

from coi.decisions.accounts import Account, system_account
from coi.ingest import records as ingest
from coi.ingest.tabular import Encodings
from coi.model import InputRejected, Warning_
from coi.policy import Policy, PolicyError, load_policy
from coi.settings import Settings


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """An option's ISO date (YYYY-MM-DD), or a usage error that says how to write it."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                         help="The SQLite database (default: $COI_DB, else data/coi.sqlite3 under the current "
                              "folder). Commands that only read it refuse one that does not exist.")


def _encodings(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> Encodings | None:
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


encoding_option = click.option(
    "--encoding", multiple=True, callback=_encodings, metavar="[FILE=]NAME",
    help="The encoding of CSV input that is not UTF-8 (e.g. cp1252): a file that is valid UTF-8 (or starts with a "
         "byte-order mark) is read as such whatever is given, so one option never garbles another file. "
         "FILE=NAME gives one file its own; may be repeated.")
invalid_dates_option = click.option(
    "--invalid-dates", "invalid_dates", type=click.Choice([v.value for v in ingest.InvalidDates]),
    default=ingest.InvalidDates.REJECT.value, show_default=True,
    help="An impossible, future or unreadable date of birth: reject the file, or ignore the date (the row is "
         "screened without it) and list every such cell as a warning.")

WARNINGS_SHOWN = 50  # per file; the rest are counted, so a big docket cannot bury the summary


def warn(warnings: Iterable[Warning_]) -> None:
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


def read_policy(path: str | None) -> Policy:
    try:
        return load_policy(path)
    except PolicyError as exc:
        raise click.UsageError(str(exc)) from exc


@contextmanager
def output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    # a private file (0600) written under a random name beside the target, then moved into
    # place: an interrupted run leaves no half file, and a planted link redirects nothing
    from coi.store.files import private_output

    check_out(path)
    try:
        with private_output(path, "w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as exc:
        raise write_failed(path, exc) from exc


def check_out(path: str | None) -> None:
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
        raise write_failed(path, FileNotFoundError(errno.ENOENT, "no folder", str(folder)))
    if not folder.is_dir():
        raise write_failed(path, NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise write_failed(path, PermissionError(errno.EACCES, "not writable", str(folder)))
    refuse_link(path)


def write_failed(path: str, exc: OSError) -> click.ClickException:
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


def write_bytes(path: str, data: bytes, fmt: str) -> str:
    """Write ``data`` to ``--out path`` (a private file, whole or not at all) or, for ``-``, to
    standard output — a binary format never to a terminal. Returns where it went, in words."""
    if path == "-":
        refuse_terminal(fmt)
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return "standard output"
    from coi.store.files import write_private

    check_out(path)
    try:
        write_private(path, data)  # 0600, under a random name, moved into place whole
    except OSError as exc:
        raise write_failed(path, exc) from exc
    return str(path)


def refuse_terminal(fmt: str) -> None:
    """A binary file is never written to a terminal (it would garble it), in plain words."""
    if fmt in BINARY_FORMATS and sys.stdout.isatty():
        raise click.ClickException(f"a {fmt} file is binary and would garble the terminal: give --out FILE.{fmt}, "
                                   f"or send standard output to a file or a program (--out - > FILE.{fmt})")


def existing_database(settings: Settings) -> None:
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


def refuse_link(path: str) -> None:
    """An ``--out`` that is a symbolic link is refused in plain words (exit 1), never written through."""
    from coi.store.files import UnsafeTarget, refuse_link

    try:
        refuse_link(path)
    except UnsafeTarget as exc:
        raise click.ClickException(str(exc)) from exc


def rejected(exc: InputRejected) -> None:
    n = len(exc.problems)
    click.echo(f"error: input rejected ({n} problem{'s' if n != 1 else ''}); nothing was changed:", err=True)
    for p in exc.problems:
        click.echo(f"  {p}", err=True)
    sys.exit(1)


def default_actor() -> str:
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name (e.g. a container without a passwd entry)
        return "cli"


def cli_account() -> Account:
    """The account every command acts as: ``cli:<login>`` in the audit log."""
    return system_account(default_actor())


def interactive() -> bool:
    """Whether a person can answer a question on this terminal."""
    return sys.stdin.isatty()
