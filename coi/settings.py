"""One settings object, read once and passed in: where the database is, the matching
threshold, which policy file to apply, and the date ties are judged current or former."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

#: The environment variable that overrides the database location.
DB_ENV = "COI_DB"
#: The project's embedded default: a SQLite file under data/.
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


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = DEFAULT_DB
    policy_path: Path | None = None  # None: the 3.1(g) policy shipped with coi
    as_of: dt.date = field(default_factory=dt.date.today)
    idle_limit: dt.timedelta = dt.timedelta(minutes=30)  # a dashboard session idle longer is ended
    scrypt_log2n: int = OWASP_SCRYPT_LOG2N  # lower only to make test suites fast, never in production
    disclosure_saves_per_hour: int = 10  # a member's own saves (each screens again); more are refused

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)


def load_settings(*, db: str | os.PathLike | None = None, policy: str | os.PathLike | None = None,
                  as_of: dt.date | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Settings from explicit options first, then the environment, then the defaults."""
    env = os.environ if environ is None else environ
    db_path = Path(db) if db else Path(env[DB_ENV]) if env.get(DB_ENV) else DEFAULT_DB
    return Settings(
        db_path=db_path,
        policy_path=Path(policy) if policy else None,
        as_of=as_of or dt.date.today(),
        idle_limit=dt.timedelta(minutes=_number(env, IDLE_ENV, 30.0, low=0.01, high=24 * 60)),
        scrypt_log2n=int(_number(env, SCRYPT_ENV, OWASP_SCRYPT_LOG2N, low=10, high=20)),
        disclosure_saves_per_hour=int(_number(env, SAVES_ENV, 10, low=1, high=1000)),
    )


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
