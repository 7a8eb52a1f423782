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


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = DEFAULT_DB
    policy_path: Path | None = None  # None: the 3.1(g) policy shipped with coi
    as_of: dt.date = field(default_factory=dt.date.today)

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
    )
