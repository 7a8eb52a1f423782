"""One settings object, read once and passed in: where the database is, the matching
threshold, which policy file to apply, and the date ties are judged current or former."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

#: The environment variable that overrides the database location.
DB_ENV = "COI_DB"
#: The project's embedded default: a SQLite file under data/, relative to the folder a command
#: runs in (CONTRACT.md fixes it). Kept relative on purpose: a Panel's staff run coi from the
#: folder that holds their data; a command that only reads refuses a database that is not
#: there (coi.cli), so a command run elsewhere says so instead of reading an empty one.
DEFAULT_DB = Path("data") / "coi.sqlite3"
#: The demo's own database: ``make run`` loads the demo into it and serves it, whatever
#: ``COI_DB`` says, so a real Panel's database is never the demo's (coi.demo_guard).
DEMO_DB = Path("data") / "demo.sqlite3"
#: The environment variable that sets how long a dashboard session may stay idle (minutes).
IDLE_ENV = "COI_IDLE_MINUTES"
#: The environment variable that sets scrypt's cost (log2 of N) for new password hashes.
SCRYPT_ENV = "COI_SCRYPT_LOG2N"
#: OWASP's current recommendation for scrypt: N=2^17, r=8, p=1 (128 MiB, about half a second).
OWASP_SCRYPT_LOG2N = 17
#: The environment variable that sets how many times an hour a member may save their disclosures.
SAVES_ENV = "COI_DISCLOSURE_SAVES_PER_HOUR"
#: The environment variable that sets how long after an answer (and the cards' redraw) a click
#: on My prompts counts as the second half of a double-click, and is ignored (seconds).
DOUBLE_CLICK_ENV = "COI_DOUBLE_CLICK_SECONDS"


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = DEFAULT_DB
    db_source: str = "default"  # where db_path came from: "--db", "COI_DB" or "default"
    policy_path: Path | None = None  # None: the 3.1(g) policy shipped with coi
    as_of: dt.date = field(default_factory=dt.date.today)
    idle_limit: dt.timedelta = dt.timedelta(minutes=30)  # a dashboard session idle longer is ended
    scrypt_log2n: int = OWASP_SCRYPT_LOG2N  # lower only to make test suites fast, never in production
    disclosure_saves_per_hour: int = 10  # a member's own saves (each screens again); more are refused
    double_click_seconds: float = 2.0  # a click this soon after an answer's redraw is a double-click's second half

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)


def load_settings(*, db: str | os.PathLike | None = None, policy: str | os.PathLike | None = None,
                  as_of: dt.date | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Settings from explicit options first, then the environment, then the defaults."""
    env = os.environ if environ is None else environ
    db_path = Path(db) if db else Path(env[DB_ENV]) if env.get(DB_ENV) else DEFAULT_DB
    return Settings(
        db_path=db_path,
        db_source="--db" if db else DB_ENV if env.get(DB_ENV) else "default",
        policy_path=Path(policy) if policy else None,
        as_of=as_of or dt.date.today(),
        idle_limit=dt.timedelta(minutes=_number(env, IDLE_ENV, 30.0, low=0.01, high=24 * 60)),
        scrypt_log2n=int(_number(env, SCRYPT_ENV, OWASP_SCRYPT_LOG2N, low=10, high=20)),
        disclosure_saves_per_hour=int(_number(env, SAVES_ENV, 10, low=1, high=1000)),
        double_click_seconds=_number(env, DOUBLE_CLICK_ENV, 2.0, low=0, high=60),
    )


def describe_db(settings: Settings) -> str:
    """Where the database's location came from, in words: for a message that names the path."""
    if settings.db_source == "--db":
        return "given with --db"
    if settings.db_source == DB_ENV:
        return f"from the environment variable {DB_ENV}"
    return f"the default, {DEFAULT_DB} under the current folder {Path.cwd()}; {DB_ENV} is not set"


def _number(env, name: str, default: float, *, low: float, high: float) -> float:
    """A number from the environment, refused in plain words when it is not one or out of range."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a number: set it to one between {low:g} and {high:g}") from None
    if not low <= value <= high:
        raise ValueError(f"{name}={raw!r} is out of range: set it to a number between {low:g} and {high:g}")
    return value
