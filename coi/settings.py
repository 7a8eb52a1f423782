"""One settings object, read once and passed in: where the database is, the matching
threshold, which policy file to apply, the date ties are judged current or former, and the
Panel's quorum rule."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from coi.model import QuorumBasis, VoteBase
from coi.timefmt import DEFAULT_TIMEZONE, TIMEZONE_ENV, panel_today, zone

#: The environment variable that overrides the database location.
DB_ENV = "COI_DB"
#: The project's embedded default: a SQLite file under data/, relative to the folder a command
#: runs in (CONTRACT.md fixes it). Kept relative on purpose: a Panel's staff run coi from the
#: folder that holds their data; a command that only reads refuses a database that is not
#: there (coi.cli), so a command run elsewhere says so instead of reading an empty one.
DEFAULT_DB = Path("data") / "coi.sqlite3"
#: The demo's own database: ``make run`` loads the demo into it and serves it, whatever
#: ``COI_DB`` says, so a real Panel's database is never the demo's (coi.store.demo_guard).
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


# -- item 14.6 (H4): e-mail notifications (coi.decisions.notify), off until an SMTP host is set ----------
#: The SMTP server coi sends notifications through; without it nothing is ever sent.
SMTP_HOST_ENV = "COI_SMTP_HOST"
#: Its port (default: 587 with STARTTLS, 465 with SSL, 25 with neither).
SMTP_PORT_ENV = "COI_SMTP_PORT"
#: How the connection is secured: ``starttls`` (the default), ``ssl``, or ``none`` (only for a
#: relay on the same machine; a password is never sent over it).
SMTP_SECURITY_ENV = "COI_SMTP_SECURITY"
#: The account to sign in to the SMTP server with (none: send without signing in) ...
SMTP_USERNAME_ENV = "COI_SMTP_USERNAME"
#: ... and its password: read only from the environment, never from a file coi writes or an option.
SMTP_PASSWORD_ENV = "COI_SMTP_PASSWORD"
#: The From address of every notification, e.g. ``coi <panel-staff@example.gov>``'s address part.
MAIL_FROM_ENV = "COI_MAIL_FROM"
#: The dashboard's public address (e.g. https://coi.example.gov): e-mails link to its pages.
DASHBOARD_URL_ENV = "COI_DASHBOARD_URL"
#: How many days before a meeting a member with unanswered prompts for it is reminded (default 3).
REMINDER_DAYS_ENV = "COI_REMINDER_DAYS"
#: ``true`` to name non-confidential parties in e-mails (default: no party names at all).
MAIL_PARTY_NAMES_ENV = "COI_MAIL_PARTY_NAMES"
#: Where the staff digest goes: addresses separated by commas.
STAFF_EMAILS_ENV = "COI_STAFF_EMAILS"
SMTP_SECURITIES = ("starttls", "ssl", "none")
_DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
# An address coi sends to: plain ASCII, one local part and a dotted domain — no spaces, commas,
# quotes, angle brackets or line breaks, so an address can never add a recipient or a header.
_ADDRESS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                      r"@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")


def mail_address_problem(text: str) -> str | None:
    """Why ``text`` is not one e-mail address coi can send to, in plain words; None when it is one."""
    if len(text) > 254:
        return f"{text[:40]!r}… is {len(text)} characters long; an e-mail address has at most 254"
    if not _ADDRESS.fullmatch(text):
        return (f"{text!r} is not one e-mail address: write it as name@example.org (plain letters, digits and "
                ". _ - + only; one address)")
    return None


@dataclass(frozen=True, slots=True)
class Mail:
    """How coi sends notifications (coi.decisions.notify): the SMTP server, the From address, the
    dashboard's address for links, the reminder's lead time, and what an e-mail may name.
    Off until ``smtp_host`` is set; ``problems`` lists what keeps a set host from being used."""

    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_username: str | None = None
    smtp_password: str | None = field(default=None, repr=False)  # never printed with the settings
    mail_from: str | None = None
    dashboard_url: str | None = None
    reminder_days: int = 3
    party_names: bool = False  # name non-confidential parties; confidential ones never
    staff_emails: tuple[str, ...] = ()
    timeout: float = 30.0  # seconds to wait for the SMTP server
    problems: tuple[str, ...] = ()

    @property
    def configured(self) -> bool:
        """True when e-mail can be sent: a host is set and nothing is wrong with the rest."""
        return bool(self.smtp_host) and not self.problems

    def not_configured(self) -> str | None:
        """Why nothing is sent, in plain words (None: e-mail is configured)."""
        if not self.smtp_host:
            return (f"e-mail is not configured: nothing is sent until {SMTP_HOST_ENV} names an SMTP server "
                    f"(and {MAIL_FROM_ENV} the From address); see the README's Notifications section")
        if self.problems:
            return "e-mail is not configured properly, so nothing is sent: " + "; ".join(self.problems)
        return None


def load_mail(env) -> Mail:
    """The e-mail settings from the environment. A mistake is kept in ``problems`` (and e-mail
    stays off, saying why) rather than raised: a mail setting must not stop the dashboard."""
    problems: list[str] = []
    host = env.get(SMTP_HOST_ENV, "").strip() or None
    security = env.get(SMTP_SECURITY_ENV, "").strip().lower() or "starttls"
    if security not in SMTP_SECURITIES:
        problems.append(f"{SMTP_SECURITY_ENV}={security!r} is not one of {', '.join(SMTP_SECURITIES)}")
        security = "starttls"
    port = _DEFAULT_PORTS[security]
    try:
        port = int(_number(env, SMTP_PORT_ENV, port, low=1, high=65535))
    except ValueError as exc:
        problems.append(str(exc))
    try:
        days = int(_number(env, REMINDER_DAYS_ENV, 3, low=0, high=60))
    except ValueError as exc:
        problems.append(str(exc))
        days = 3
    username = env.get(SMTP_USERNAME_ENV, "").strip() or None
    password = env.get(SMTP_PASSWORD_ENV) or None
    if username and not password:
        problems.append(f"{SMTP_USERNAME_ENV} is set but {SMTP_PASSWORD_ENV} is not: set the password in the "
                        "environment, or unset the username to send without signing in")
    if username and security == "none":
        problems.append(f"{SMTP_SECURITY_ENV}=none would send the SMTP password unencrypted: use starttls or ssl")
    sender = env.get(MAIL_FROM_ENV, "").strip() or None
    if host and sender is None:
        problems.append(f"{MAIL_FROM_ENV} is not set: give the address notifications are sent from")
    elif sender is not None and (why := mail_address_problem(sender)):
        problems.append(f"{MAIL_FROM_ENV}: {why}")
    staff = tuple(a.strip() for a in re.split(r"[,;]", env.get(STAFF_EMAILS_ENV, "")) if a.strip())
    problems += [f"{STAFF_EMAILS_ENV}: {why}" for a in staff if (why := mail_address_problem(a))]
    url = env.get(DASHBOARD_URL_ENV, "").strip().rstrip("/") or None
    if url is not None and not re.fullmatch(r"https?://[^\s<>\"']+", url):
        problems.append(f"{DASHBOARD_URL_ENV}={url!r} is not a web address: write it as https://coi.example.gov")
    names = env.get(MAIL_PARTY_NAMES_ENV, "").strip().lower()
    if names not in ("", "true", "false", "yes", "no", "1", "0"):
        problems.append(f"{MAIL_PARTY_NAMES_ENV}={names!r} is not true or false")
    return Mail(host, port, security, username, password, sender, url, days, names in ("true", "yes", "1"), staff,
                problems=tuple(problems))


#: The Panel's seats, 50 ILCS 705/3.1(a): 4 appointed by the Governor, 9 by the Attorney General.
#: The one seat count: the quorum rule, the report and the recusal votes all read it from here.
SEATS = 13


@dataclass(frozen=True, slots=True)
class QuorumRule:
    """The quorum and what "simple majority" counts: 50 ILCS 705 does not fix them (DOMAIN.md),
    so they are settings. The default: a quorum is a majority of the 13 seats (vacancies count,
    3.1(h)), recused and absent members not counted; a decision needs a majority of the members
    present and not recused."""

    basis: QuorumBasis = QuorumBasis.SEATS
    recused_count: bool = False  # do recused members count towards the quorum?
    vote_base: VoteBase = VoteBase.PRESENT
    seats: int = SEATS

    def needed(self, members_on_roster: int) -> int:
        """Members needed for a quorum."""
        base = self.seats if self.basis is QuorumBasis.SEATS else members_on_roster
        return base // 2 + 1

    def words(self, members_on_roster: int) -> str:
        base = (f"the {self.seats} seats" if self.basis is QuorumBasis.SEATS
                else f"the {members_on_roster} members on the roster")
        counted = "recused members counted" if self.recused_count else "recused and absent members not counted"
        vote = {VoteBase.SEATS: f"a majority of the {self.seats} seats", VoteBase.PRESENT:
                "a majority of the members present and not recused", VoteBase.VOTING: "a majority of those voting"}
        return (f"Quorum: a majority of {base} ({self.needed(members_on_roster)}), {counted}. "
                f"A decision needs {vote[self.vote_base]}.")

#: The environment variables that set the Panel's quorum rule (:class:`QuorumRule`): what a quorum
#: is a majority of (``seats``, the default, or ``filled``), whether recused members count towards
#: it (``true``/``false``, default ``false``), and what a decision needs a majority of (``seats``,
#: ``present``, the default, or ``voting``). The dashboard's rule controls and ``coi report``'s
#: options start from them; every vote, report and audit is read under the rule chosen.
QUORUM_BASIS_ENV = "COI_QUORUM_BASIS"
RECUSED_COUNT_ENV = "COI_RECUSED_COUNT"
VOTE_BASE_ENV = "COI_VOTE_BASE"
_TRUE, _FALSE = ("true", "yes", "1"), ("false", "no", "0")


def load_quorum(env) -> QuorumRule:
    """The Panel's quorum rule from the environment (unset: :class:`QuorumRule`'s default);
    a value that is not one of the choices is refused in plain words, naming them."""
    def choice(name: str, kind: type[QuorumBasis] | type[VoteBase], default: str) -> str:
        raw = env.get(name, "").strip().lower() or default
        if raw not in {k.value for k in kind}:
            raise ValueError(f"{name}={raw!r} is not one of {', '.join(k.value for k in kind)}: set it to one of them")
        return raw

    default = QuorumRule()
    counted = env.get(RECUSED_COUNT_ENV, "").strip().lower()
    if counted not in ("", *_TRUE, *_FALSE):
        raise ValueError(f"{RECUSED_COUNT_ENV}={counted!r} is not true or false: set it to one of them")
    return QuorumRule(QuorumBasis(choice(QUORUM_BASIS_ENV, QuorumBasis, default.basis)),
                      counted in _TRUE if counted else default.recused_count,
                      VoteBase(choice(VOTE_BASE_ENV, VoteBase, default.vote_base)))


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
    # -- item 14.1 (H1): the Panel's time zone, an IANA name; every timestamp shown is in it (coi.timefmt)
    timezone: str = DEFAULT_TIMEZONE
    # -- item 14.6 (H4): e-mail notifications (off until an SMTP host is set)
    mail: Mail = field(default_factory=Mail)
    # -- issue 15, item 2: the quorum rule and the seat count, one home: the dashboard's rule controls
    # and coi report's options start from it (COI_QUORUM_BASIS, COI_RECUSED_COUNT, COI_VOTE_BASE)
    quorum: QuorumRule = field(default_factory=QuorumRule)

    def __post_init__(self) -> None:
        zone(self.timezone)  # refuses a name that is not an IANA time zone, in plain words

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)


def load_settings(*, db: str | os.PathLike | None = None, policy: str | os.PathLike | None = None,
                  as_of: dt.date | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Settings from explicit options first, then the environment, then the defaults."""
    env = os.environ if environ is None else environ
    timezone = env.get(TIMEZONE_ENV, "").strip() or DEFAULT_TIMEZONE  # item 14.1: the Panel's zone, and its today
    db_path = Path(db) if db else Path(env[DB_ENV]) if env.get(DB_ENV) else DEFAULT_DB
    return Settings(
        db_path=db_path,
        db_source="--db" if db else DB_ENV if env.get(DB_ENV) else "default",
        policy_path=Path(policy) if policy else None,
        as_of=as_of or panel_today(timezone),
        idle_limit=dt.timedelta(minutes=_number(env, IDLE_ENV, 30.0, low=0.01, high=24 * 60)),
        scrypt_log2n=int(_number(env, SCRYPT_ENV, OWASP_SCRYPT_LOG2N, low=10, high=20)),
        disclosure_saves_per_hour=int(_number(env, SAVES_ENV, 10, low=1, high=1000)),
        double_click_seconds=_number(env, DOUBLE_CLICK_ENV, 2.0, low=0, high=60),
        timezone=timezone,
        mail=load_mail(env),
        quorum=load_quorum(env),
    )


def panel_timezone() -> str:
    """The Panel's time zone (:attr:`Settings.timezone`, from the environment), the default
    where some setting is unusable: for output that states times (the report, the audit),
    which the setting's own refusal, where settings are read, must not stop."""
    try:
        return load_settings().timezone
    except ValueError:
        return DEFAULT_TIMEZONE


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
