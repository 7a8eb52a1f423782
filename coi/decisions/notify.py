"""Notifications by e-mail (issue 14, item 6): a member hears of new prompts, and is reminded
before a meeting while any of their prompts for it is unanswered; staff get a digest of the
unsure answers waiting for advice and of the overdue prompts.

- **Off until configured** (:class:`coi.settings.Mail`): without an SMTP host nothing is sent,
  and the run says so in plain words.
- **No party names by default**: an e-mail is a count, the meeting dates and a link to the
  dashboard. A setting lets it name non-confidential parties; a confidential party is never
  named (:mod:`coi.redaction` decides which, as for a member's screen), nor any disclosed tie.
  Subjects never name a party.
- **Idempotent**: each e-mail claims what it notifies in the store before it is sent
  (:meth:`coi.store.database.Store.claim_notification`), so running again — or two runs at once —
  sends nothing twice. A failed e-mail gives its claims back and is tried at the next run.
- **On the record**: every e-mail sent or failed is in the audit log and the notifications table.

The command line (``coi notify``, for cron or a systemd timer) and the staff page
(:mod:`coi.ui.staff.notifications`) call :func:`send_notices`.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from enum import StrEnum

from coi.decisions import meetings
from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.model import Answer, PromptStatus, Tier
from coi.redaction import Redactor
from coi.settings import Mail, Settings
from coi.store.database import Store, StoredPrompt
from coi.timefmt import panel_date, panel_time, panel_today

#: A prompt is overdue when it is unanswered and its meeting is this many days away or fewer
#: (the *overdue* of the members' page, coi.decisions.views.PromptView.overdue).
OVERDUE_DAYS = 7
#: A staff digest lists at most this many lines of each kind, then says how many more.
DIGEST_LINES = 50


class NoticeKind(StrEnum):
    NEW_PROMPTS = "new prompts"
    REMINDER = "reminder"
    STAFF_DIGEST = "staff digest"


@dataclass(frozen=True, slots=True)
class Notice:
    """One e-mail due: to whom, what it says, and what it notifies (claimed when it is sent)."""

    kind: NoticeKind
    audience: str  # the member id, or the staff address
    member_id: str | None
    recipient: str
    subject: str
    body: str
    items: tuple[str, ...]  # prompt:<key>, reminder:<date>, unsure:<decision id>, overdue:<key>@<date>

    def message(self, mail: Mail) -> EmailMessage:
        """The e-mail itself, from the configured From address."""
        msg = EmailMessage()
        msg["From"] = mail.mail_from or ""
        msg["To"] = self.recipient
        msg["Subject"] = self.subject
        msg["Date"] = formatdate(localtime=False, usegmt=True)
        msg["Message-ID"] = make_msgid(domain=(mail.mail_from or "coi.invalid").rpartition("@")[2])
        msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a robot
        msg.set_content(self.body)
        return msg


@dataclass(frozen=True, slots=True)
class Plan:
    """The e-mails due now, and who would get one but has no address to send it to."""

    notices: tuple[Notice, ...]
    members_without_address: tuple[str, ...] = ()  # member ids with something due and no roster e-mail
    digest_without_address: bool = False  # a staff digest is due and no staff address is set


@dataclass(frozen=True, slots=True)
class Outcome:
    notice: Notice
    status: str  # "sent", "failed", "would send" (a dry run), "skipped" (another run sent it meanwhile)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Run:
    """What one run did: each e-mail's outcome, or why nothing was sent."""

    plan: Plan
    outcomes: tuple[Outcome, ...] = ()
    not_configured: str | None = None  # e-mail is off: this says why, and nothing was sent
    dry_run: bool = False

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    def lines(self) -> list[str]:
        """The run in words, one line each: what was (or would be) sent, what failed, what is missing."""
        out = []
        if self.not_configured:
            out.append(self.not_configured + ("" if self.dry_run else "."))
        for o in self.outcomes:
            line = f"{o.status}: {o.notice.kind} to {o.notice.recipient} — {o.notice.subject}"
            out.append(line + (f" ({o.error})" if o.error else ""))
        if self.plan.members_without_address:
            out.append("no e-mail address on the roster (add an email column to members.csv) for: "
                       + ", ".join(self.plan.members_without_address))
        if self.plan.digest_without_address:
            out.append("a staff digest is due but no staff address is set (COI_STAFF_EMAILS)")
        if not self.plan.notices:
            out.append("nothing to send: no new prompts, no reminders due and nothing new for the staff digest")
        elif not self.dry_run and not self.not_configured:
            out.append(f"{self.count('sent')} sent, {self.count('failed')} failed"
                       + (", to be tried again at the next run" if self.count("failed") else "")
                       + (f", {self.count('skipped')} sent meanwhile by another run" if self.count("skipped") else ""))
        return out


# ------------------------------------------------------------------ what is due

def _meeting_dates(store: Store, account: Account) -> dict[str, tuple[dt.date, ...]]:
    """Each case's meeting dates: the agendas' (coi.decisions.meetings), else the docket's ``meeting_date``."""
    by_case: dict[str, set[dt.date]] = {}
    for m in meetings.meetings(store, account):
        for _item, case_id in m.items:
            by_case.setdefault(case_id, set()).add(m.meeting_date)
    for c in store.cases():
        if c.case_id not in by_case and c.meeting_date is not None:
            by_case[c.case_id] = {c.meeting_date}
    return {case_id: tuple(sorted(dates)) for case_id, dates in by_case.items()}


def _next(dates: Iterable[dt.date], today: dt.date) -> dt.date | None:
    return next((d for d in sorted(dates) if d >= today), None)


def _in_days(d: dt.date, today: dt.date) -> str:
    n = (d - today).days
    return "today" if n == 0 else "tomorrow" if n == 1 else f"in {n} days"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


@dataclass
class _Context:
    """What every e-mail of one run is built from: read once."""

    settings: Settings
    today: dt.date
    dates: dict[str, tuple[dt.date, ...]]
    redactor: Redactor
    notified: dict[str, set[str]]
    member_names: dict[str, str] = field(default_factory=dict)

    @property
    def mail(self) -> Mail:
        return self.settings.mail

    def link(self, page: str) -> str:
        if self.mail.dashboard_url:
            return f"{self.mail.dashboard_url}/{page}"
        return "the coi dashboard (ask staff for its address)"

    def party(self, p: StoredPrompt) -> str | None:
        """The party's name when e-mails may name it: the setting is on and it is not confidential."""
        if not self.mail.party_names or self.redactor.is_confidential(p):
            return None
        return p.party_name

    def names_lines(self, prompts: list[StoredPrompt]) -> list[str]:
        """With the setting on: the cases and the parties an e-mail may name; otherwise nothing."""
        if not self.mail.party_names:
            return []
        # ordered by what is shown only: a confidential party's line comes last in its case, so
        # its place among the named ones tells nothing of its name (as coi.redaction.shown_order)
        shown = sorted({(p.case_id, True, "", "") if self.party(p) is None else (p.case_id, False, p.party_name,
                                                                                  str(p.party_role)) for p in prompts})
        return ["", "The cases:", *(f"  - case {case}: " + ("a party whose identity is confidential" if hidden
                                                             else f"{name} ({role})")
                                    for case, hidden, name, role in shown)]

    def footer(self) -> list[str]:
        why = ("Parties whose identity is confidential are never named in e-mail." if self.mail.party_names
               else "For confidentiality this e-mail names no party: sign in to see the cases and the evidence.")
        return ["", why, "", "--", "coi, the conflict-of-interest screening of the Law Enforcement Certification "
                "Review Panel.", "This message was sent automatically; replies are not read by coi."]


def _statutory(prompts: list[StoredPrompt]) -> str:
    n = sum(p.tier is Tier.STATUTORY for p in prompts)
    if not n:
        return ""
    return (f" ({'it is' if len(prompts) == 1 else f'{n} of them'} listed in 50 ILCS 705/3.1(g), where the "
            "statute says \"shall self-recuse\")")


def _when(ctx: _Context, p: StoredPrompt) -> tuple[int, dt.date | None]:
    """Where a prompt stands in time, for the e-mail's groups: its next meeting (0, the date),
    only meetings already held (1), or no meeting yet (2)."""
    dates = ctx.dates.get(p.case_id, ())
    if (d := _next(dates, ctx.today)) is not None:
        return 0, d
    return (1, None) if dates else (2, None)


def _member_notice(ctx: _Context, member_id: str, name: str, address: str,
                   reminders: list[tuple[dt.date, list[StoredPrompt]]], fresh: list[StoredPrompt]) -> Notice:
    """One e-mail to a member for one run: a reminder for each meeting due (its unanswered
    prompts), then the new prompts no e-mail announced yet, as counts by meeting."""
    lines = [f"Dear {name},"]
    for day, prompts in reminders:
        lines += ["", f"The Panel meets on {panel_date(day)} ({_in_days(day, ctx.today)}). "
                      f"{_plural(len(prompts), 'self-recusal prompt')} of yours for cases on its agenda "
                      f"{'is' if len(prompts) == 1 else 'are'} not answered yet{_statutory(prompts)}. "
                      "Please answer before the meeting."]
    if fresh:
        groups: dict[tuple[int, dt.date | None], int] = {}
        for p in fresh:
            groups[_when(ctx, p)] = groups.get(_when(ctx, p), 0) + 1
        n = len(fresh)
        lines += ["", (f"{n} of your prompts {'is' if n == 1 else 'are'} new since coi last wrote to you"
                       if reminders else f"You have {_plural(n, 'new self-recusal prompt')} to answer")
                  + f"{_statutory(fresh)}:"]
        for (kind, d), n in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1] or dt.date.max)):
            lines.append(f"  - {n} " + (f"for the meeting on {panel_date(d)} ({_in_days(d, ctx.today)})"
                                        if kind == 0 and d is not None
                                        else "for meetings already held" if kind == 1
                                        else "on cases not yet on a meeting's agenda"))
    everything = list({p.key: p for p in [*(p for _, ps in reminders for p in ps), *fresh]}.values())
    lines += ["", f"Answer them in the dashboard: {ctx.link('my-prompts')}", *ctx.names_lines(everything),
              *ctx.footer()]
    if reminders:
        day, prompts = reminders[0]
        subject = f"coi: {_plural(len(prompts), 'prompt')} to answer before the meeting on {panel_date(day)}"
    else:
        subject = f"coi: {_plural(len(fresh), 'new self-recusal prompt')} to answer"
    items = [f"reminder:{day.isoformat()}" for day, _ in reminders] + [f"prompt:{p.key}" for p in fresh]
    return Notice(NoticeKind.REMINDER if reminders else NoticeKind.NEW_PROMPTS, member_id, member_id, address,
                  subject, "\n".join(lines), tuple(items))


def _digest(ctx: _Context, address: str, unsure: list[StoredPrompt],
            overdue: list[tuple[dt.date, StoredPrompt]], items: list[str], new: set[str]) -> Notice:
    def who(p: StoredPrompt) -> str:
        party = ctx.party(p)
        return (f"{p.member_id} {ctx.member_names.get(p.member_id, p.member_name)}, case {p.case_id}"
                + (f", party {party} ({p.party_role})" if party is not None else ""))

    def section(title: str, rows: list[tuple[list[str], str]]) -> list[str]:
        count = sum(len(ids) for ids, _ in rows)
        fresh = sum(item in new for ids, _ in rows for item in ids)
        out = ["", f"{title}: {count}" + (f" ({fresh} new since the last digest)" if fresh else "")]
        out += [f"  - {text}" + (" [new]" if any(item in new for item in ids) else "")
                for ids, text in rows[:DIGEST_LINES]]
        if len(rows) > DIGEST_LINES:
            out.append(f"  … and {len(rows) - DIGEST_LINES} more lines on the Prompts page")
        return out

    def grouped(entries: list[tuple[tuple, str, StoredPrompt, str]]) -> list[tuple[list[str], str]]:
        """One line per member, case and what is said of them: a member's prompts on one case together."""
        rows: dict[tuple, tuple[list[str], StoredPrompt, str]] = {}
        for key, item, p, said in entries:
            rows.setdefault(key, ([], p, said))[0].append(item)
        return [(ids, f"{who(p)}: " + (f"{len(ids)} prompts, " if len(ids) > 1 else "") + said)
                for ids, p, said in rows.values()]

    unsure_rows = grouped([((p.member_id, p.case_id, ctx.party(p)), f"unsure:{p.latest_decision.id}", p,
                            f"answered unsure on {panel_time(p.latest_decision.decided_at, ctx.settings)}")
                           for p in unsure if p.latest_decision is not None])
    overdue_rows = grouped([((d, p.member_id, p.case_id, ctx.party(p)), f"overdue:{p.key}@{d.isoformat()}", p,
                             f"meeting on {panel_date(d)} ({_in_days(d, ctx.today)})") for d, p in overdue])
    lines = [f"The coi staff digest of {panel_date(ctx.today)}."]
    if unsure_rows:
        lines += section("Unsure answers waiting for staff advice", unsure_rows)
    if overdue_rows:
        lines += section(f"Overdue prompts (unanswered, the meeting within {OVERDUE_DAYS} days)", overdue_rows)
    lines += ["", f"The Prompts page: {ctx.link('prompts')}", *ctx.footer()]
    n_unsure, n_overdue = sum(len(ids) for ids, _ in unsure_rows), sum(len(ids) for ids, _ in overdue_rows)
    subject = ("coi staff digest: " + ", ".join(filter(None, [
        _plural(n_unsure, "unsure answer") if n_unsure else "", _plural(n_overdue, "overdue prompt") if n_overdue else ""])))
    # it lists everything outstanding, and claims what is new to this address (the rest was claimed before)
    return Notice(NoticeKind.STAFF_DIGEST, address, None, address, subject, "\n".join(lines),
                  tuple(item for item in items if item in new))


def plan_notices(store: Store, account: Account | None, settings: Settings, *,
                 today: dt.date | None = None) -> Plan:
    """The e-mails due now and not sent before: for each member on the roster with an e-mail
    address, one e-mail holding a reminder for each meeting within ``settings.mail.reminder_days``
    days while a prompt of theirs for it is unanswered, and the new prompts no e-mail announced
    yet; for each staff address, a digest when an unsure answer or an overdue prompt is new
    to it. ``today``: the Panel's today (coi.timefmt) unless given (tests, ``--today``)."""
    actor = require(store, account, Permission.SEND_NOTIFICATIONS)
    today = today or panel_today(settings)
    mail = settings.mail
    members = store.members(active_only=True)
    shown = store.prompts(status=PromptStatus.OPEN, as_shown=True)  # what each member is shown of their prompts
    ctx = _Context(settings, today, _meeting_dates(store, actor), Redactor.for_store(store, reveal=False),
                   store.notified(), {m.member_id: m.name for m in members})
    unanswered: dict[str, list[StoredPrompt]] = {}
    for p in shown:
        if p.latest_decision is None:
            unanswered.setdefault(p.member_id, []).append(p)
    notices: list[Notice] = []
    missing: list[str] = []
    for m in members:
        waiting = unanswered.get(m.member_id, [])
        done = ctx.notified.get(m.member_id, set())
        reminders = []
        for day in sorted({d for p in waiting for d in ctx.dates.get(p.case_id, ())}):
            if 0 <= (day - today).days <= mail.reminder_days and f"reminder:{day.isoformat()}" not in done:
                reminders.append((day, [p for p in waiting if day in ctx.dates.get(p.case_id, ())]))
        fresh = [p for p in waiting if f"prompt:{p.key}" not in done]
        if (reminders or fresh) and not m.email:
            missing.append(m.member_id)
        elif reminders or fresh:
            notices.append(_member_notice(ctx, m.member_id, m.name, m.email or "", reminders, fresh))
    unsure = [p for p in store.prompts(status=PromptStatus.OPEN)
              if p.latest_decision is not None and p.latest_decision.answer is Answer.UNSURE]
    overdue = sorted(((d, p) for ps in unanswered.values() for p in ps
                      if (d := _next(ctx.dates.get(p.case_id, ()), today)) is not None
                      and (d - today).days <= OVERDUE_DAYS),
                     key=lambda dp: (dp[0], dp[1].case_id, dp[1].member_id, ctx.party(dp[1]) is None,
                                     ctx.party(dp[1]) or ""))
    unsure.sort(key=lambda p: (p.latest_decision.decided_at, p.case_id, p.member_id))  # type: ignore[union-attr]
    items = [f"unsure:{p.latest_decision.id}" for p in unsure if p.latest_decision is not None]
    items += [f"overdue:{p.key}@{d.isoformat()}" for d, p in overdue]
    for address in mail.staff_emails:
        new = set(items) - ctx.notified.get(address, set())
        if new:
            notices.append(_digest(ctx, address, unsure, overdue, items, new))
    return Plan(tuple(notices), tuple(missing), bool(items) and not mail.staff_emails)


# ------------------------------------------------------------------ sending

class _Mailer:
    """One SMTP connection for a run, opened at the first e-mail; when the server cannot be
    reached, every e-mail of the run fails with that reason (without trying again each time)."""

    def __init__(self, mail: Mail):
        self.mail = mail
        self.smtp: smtplib.SMTP | None = None
        self.down: str | None = None

    def _connect(self) -> smtplib.SMTP:
        m = self.mail
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if m.smtp_security == "ssl":
            smtp = smtplib.SMTP_SSL(m.smtp_host or "", m.smtp_port, timeout=m.timeout, context=context)
        else:
            smtp = smtplib.SMTP(m.smtp_host or "", m.smtp_port, timeout=m.timeout)
        try:
            smtp.ehlo()
            if m.smtp_security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if m.smtp_username:
                smtp.login(m.smtp_username, m.smtp_password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def send(self, msg: EmailMessage) -> str | None:
        """None when the server accepted the e-mail; otherwise why not, in words."""
        if self.down is not None:
            return self.down
        where = f"{self.mail.smtp_host}:{self.mail.smtp_port}"
        try:
            if self.smtp is None:
                self.smtp = self._connect()
        except smtplib.SMTPAuthenticationError as exc:
            self.down = f"the SMTP server {where} refused the username or password ({exc.smtp_code})"
            return self.down
        except (OSError, smtplib.SMTPException) as exc:
            self.down = f"could not reach the SMTP server {where}: {exc or type(exc).__name__}"
            return self.down
        try:
            self.smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            return f"the SMTP server {where} refused the recipient: {_first(exc.recipients)}"
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.smtp, self.down = None, f"the SMTP server {where} broke the connection: {exc or type(exc).__name__}"
            return self.down
        except smtplib.SMTPException as exc:
            return f"the SMTP server {where} refused the e-mail: {exc}"
        return None

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (OSError, smtplib.SMTPException):
                self.smtp.close()
            self.smtp = None


def _first(refused: dict) -> str:
    for address, (code, text) in refused.items():
        return f"{address} ({code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text})"
    return "every recipient"


def send_notices(store: Store, account: Account | None, settings: Settings, *, today: dt.date | None = None,
                 dry_run: bool = False) -> Run:
    """Send the e-mails due now (:func:`plan_notices`), each claimed before it is sent and
    recorded, sent or failed, in the audit log; nothing when e-mail is not configured (the
    run says why). ``dry_run``: only say what would be sent (also when not configured)."""
    actor = require(store, account, Permission.SEND_NOTIFICATIONS).username
    plan = plan_notices(store, account, settings, today=today)
    off = settings.mail.not_configured()
    if dry_run:
        return Run(plan, tuple(Outcome(n, "would send") for n in plan.notices), off, dry_run=True)
    if off is not None:
        return Run(plan, (), off)
    outcomes = []
    smtp = _Mailer(settings.mail)
    try:
        for n in plan.notices:
            claimed = store.claim_notification(kind=n.kind.value, audience=n.audience, member_id=n.member_id,
                                               recipient=n.recipient, subject=n.subject, items=n.items, actor=actor)
            if claimed is None:
                outcomes.append(Outcome(n, "skipped", "sent meanwhile by another run"))
                continue
            try:
                error = smtp.send(n.message(settings.mail))
            except Exception as exc:  # whatever happened, the claim must end as sent or failed
                error = f"could not send it: {exc}"
            store.finish_notification(claimed, error=error, actor=actor)
            outcomes.append(Outcome(n, "sent" if error is None else "failed", error))
    finally:
        smtp.close()
    return Run(plan, tuple(outcomes))


def render(notice: Notice, mail: Mail) -> str:
    """An e-mail as text, headers and body, for ``coi notify --dry-run`` and the staff page."""
    return (f"From: {mail.mail_from or '(COI_MAIL_FROM not set)'}\nTo: {notice.recipient}\n"
            f"Subject: {notice.subject}\n\n{notice.body}\n")


__all__ = ["NoticeKind", "Notice", "Plan", "Outcome", "Run", "plan_notices", "send_notices", "render",
           "OVERDUE_DAYS", "DIGEST_LINES"]
