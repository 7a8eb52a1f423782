"""Files coi writes are private to the account that runs it, whatever the umask: the database
(and SQLite's -wal and -shm files beside it), backups and every ``--out`` file are 0600, a data
folder coi creates is 0700, and a file is written under a random name made exclusively
(``tempfile.mkstemp``) and moved into place whole, so a link planted at a predictable name
cannot send it elsewhere.

SQLite creates a database's -wal and -shm files with the database file's own permissions, so
making the database file private makes them private too.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from coi.errors import CoiError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


class UnsafeTarget(CoiError, ValueError):
    """A file coi was asked to write at a path it will not write through; the message says why."""


def make_private_folder(folder: str | os.PathLike) -> None:
    """Create ``folder`` 0700 if it is missing (its parents as the system makes them); a folder
    that exists is left as it is — it may be the working directory or one an operator set up."""
    folder = Path(folder)
    if folder.exists():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:  # made meanwhile by another process
        return
    os.chmod(folder, PRIVATE_FOLDER)  # the mode given to mkdir is narrowed by the umask; make it exact


def _tighten(path: Path) -> None:
    """Take group and other permissions off a regular file this account owns (an owner-only
    file, read-only or not, is left as it is)."""
    try:
        st = os.stat(path)
        if stat.S_ISREG(st.st_mode) and st.st_mode & 0o077 and st.st_uid == os.geteuid():
            os.chmod(path, stat.S_IMODE(st.st_mode) & 0o700)
    except OSError:  # gone meanwhile, or not ours to change: SQLite reports what matters
        pass


def prepare_database_file(path: str | os.PathLike) -> None:
    """Before SQLite opens ``path``: create its folder (0700) and the file itself (0600, never
    through a symbolic link) when they are missing, or take group and other permissions off an
    existing database and its -wal, -shm and -journal files."""
    path = Path(path)
    make_private_folder(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE)
    except FileExistsError:  # an existing database (or a link to one an operator made)
        for p in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_COMPANIONS)):
            _tighten(p)
        return
    except OSError:  # cannot be created here: SQLite's own error says so when it tries
        return
    try:
        os.fchmod(fd, PRIVATE_FILE)  # exact, whatever the umask
    finally:
        os.close(fd)


def refuse_link(target: str | os.PathLike) -> None:
    """UnsafeTarget when ``target`` is a symbolic link: coi replaces the path itself and never
    writes through a link, which could have been planted to send a report elsewhere."""
    if Path(target).is_symlink():
        raise UnsafeTarget(f"{target} is a symbolic link; coi does not write through links (one could have been "
                           f"planted to send the file elsewhere): give the real path, or remove the link")


def _mkstemp(target: Path) -> tuple[int, Path]:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    try:
        os.fchmod(fd, PRIVATE_FILE)  # mkstemp's 0600 is narrowed by the umask; make it exact
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    return fd, Path(tmp)


def private_temporary(target: str | os.PathLike) -> Path:
    """A new empty file beside ``target`` under a random name, created exclusively and 0600;
    the caller writes it and moves it into place with ``os.replace`` (or removes it)."""
    fd, tmp = _mkstemp(Path(target))
    os.close(fd)
    return tmp


@contextmanager
def private_output(target: str | os.PathLike, mode: str = "w", **open_options) -> Iterator[IO]:
    """Open a private file to be written at ``target``: written under a random name beside
    it (through the descriptor that created it, never reopened by name) and moved into place
    only once complete, so an interrupted run leaves nothing half written and removes its
    temporary file. A symbolic link at ``target`` is refused."""
    target = Path(target)
    refuse_link(target)
    fd, tmp = _mkstemp(target)
    try:
        with os.fdopen(fd, mode, **open_options) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_private(target: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``target`` as a private file, whole or not at all."""
    with private_output(target, "wb") as fh:
        fh.write(data)


__all__ = ["PRIVATE_FILE", "PRIVATE_FOLDER", "UnsafeTarget", "make_private_folder", "prepare_database_file",
           "refuse_link", "private_temporary", "private_output", "write_private"]
