"""The audit log as people read it: each entry told in words ("staff imported the docket
docket.csv: 40 parties added, 2 retired"), searched and filtered by who, what, when, member and
case, a page at a time. One describer per kind of action; an action without one is still told
plainly, its details as "key: value" pairs, never as a raw dictionary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.store.database import (
    DECISION_ENTERED_IN_ERROR,
    EMAIL_FAILED,
    EMAIL_SENT,
    JUDGEMENT_CONFIRMED,
    JUDGEMENT_RECORDED,
    JUDGEMENT_REVOKED,
    PROMPT_HELD,
    PROMPT_RELEASED,
    PROMPT_WITHDRAWN_BY_EDIT,
    THREAD_ENTRY,
    AuditEntry,
    Store,
)
from coi.store.screenings import POLICY_CHOSEN
from coi.timefmt import _tz, panel_time, utc_stamp

#: Prompt key → (case, member): how a prompt is named in words (Store.prompt_cases).
PromptCases = Mapping[str, tuple[str, str]]

_ANSWERS = {"self_recuse": "I recuse myself", "no_conflict": "no conflict", "unsure": "unsure — staff to advise"}
_KINDS = {"members": "roster", "disclosures": "disclosures", "docket": "docket"}


def _n(n: object, one: str, many: str | None = None) -> str:
    count = int(n) if isinstance(n, (int, float)) else 0
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def _prompt(d: Mapping, prompts: PromptCases) -> str:
    """A prompt named by its case and member (never by its key, a hash nobody reads)."""
    case, member = prompts.get(d.get("prompt_key", ""), (d.get("case_id"), d.get("member_id")))
    member = d.get("member_id") or member
    parts = ([f"case {case}"] if case else []) + ([f"member {member}"] if member else [])
    return "the prompt on " + " for ".join(parts) if parts else "a prompt"


def _import(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    kind = _KINDS.get(d.get("kind") or "", d.get("kind", "a file"))
    if d.get("skipped_as_duplicate"):
        return f"{e.actor} imported the {kind} {d.get('source', '')} again: the same file, nothing changed"
    kept = f", {d['kept']} kept (entered in the dashboard)" if d.get("kept") else ""
    return (f"{e.actor} imported the {kind} {d.get('source', '')}: {d.get('added', 0)} added, "
            f"{d.get('changed', 0)} changed, {d.get('retired', 0)} retired, {d.get('unchanged', 0)} unchanged{kept}")


def _screen(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    why = d.get("cause") or "a screening"
    whose = f" of {d['member_id']}" if d.get("member_id") else ""
    return (f"{e.actor} screened the docket ({why}{whose}): {_n(d.get('cases'), 'case')}, "
            f"{_n(d.get('parties'), 'party', 'parties')}, {_n(d.get('prompts'), 'open prompt')} — "
            f"{d.get('opened', 0)} new, {d.get('withdrawn', 0)} withdrawn")


def _decision(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    answer = _ANSWERS.get(d.get("answer") or "", d.get("answer"))
    return f"{e.actor} answered {_prompt(d, p)}: {answer}"


def _entered_in_error(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    answer = _ANSWERS.get(d.get("answer") or "", d.get("answer"))
    return f"{e.actor} marked the answer “{answer}” on {_prompt(d, p)} as entered in error"


def _disclosures_saved(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    whose = "their own disclosures" if d.get("own_edit") else f"the disclosures of {d.get('member_id')}"
    return (f"{e.actor} saved {whose} in the dashboard: {d.get('added', 0)} added, {d.get('changed', 0)} changed, "
            f"{d.get('retired', 0)} removed")


def _motion(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    where = f" (meeting {d['meeting_id']}, item {d.get('item')})" if d.get("meeting_id") else ""
    return (f"{e.actor} recorded motion {d.get('motion_id')}: that {d.get('member_id')} be recused from case "
            f"{d.get('case_id')}, moved by {d.get('moved_by')}{where}")


def _roll_call(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    votes = d.get("votes") or {}
    shown = ", ".join(f"{m} {v}" for m, v in sorted(votes.items())) if isinstance(votes, dict) else str(votes)
    return f"{e.actor} recorded the roll call on motion {d.get('motion_id')}: {shown}"


def _signed(e: AuditEntry, d: Mapping, p: PromptCases, what: str) -> str:
    via = " through single sign-on" if d.get("via") == "openid connect" else ""
    wait = f", made to wait {d['wait_seconds']} s" if d.get("throttled") else ""
    reason = f" ({d['reason']})" if d.get("reason") else ""
    return f"{d.get('username', e.actor)} {what}{via}{reason}{wait}"


def _thread_entry(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    who = "staff advised" if d.get("author_role") == "staff" else "the member wrote"
    return f"{e.actor} ({who}) on the unsure answer to {_prompt(d, p)}: thread entry {d.get('entry_id')}"


def _email(e: AuditEntry, d: Mapping, p: PromptCases) -> str:
    ended = f"failed ({d['error']})" if d.get("error") else "sent"
    return f"e-mail {ended} to {d.get('recipient')}: “{d.get('subject')}” ({d.get('kind')}, {e.actor})"


#: One describer per action: (entry, its detail, prompt cases) → the entry in words.
DESCRIBERS: dict[str, Callable[[AuditEntry, Mapping, PromptCases], str]] = {
    "import": _import,
    "screen": _screen,
    POLICY_CHOSEN: lambda e, d, p: (f"{e.actor} made the Panel's policy "
                                    + ("the one shipped with coi" if d.get("shipped") else f"\u201c{d.get('name')}\u201d")
                                    + f" (SHA-256 {d.get('sha256')}): later screenings apply it"),
    "decision": _decision,
    DECISION_ENTERED_IN_ERROR: _entered_in_error,
    "agenda imported": lambda e, d, p: (f"{e.actor} imported the agenda {d.get('source', '')}: meetings "
                                        f"{', '.join(d.get('meetings') or []) or 'none'}"),
    "meeting saved": lambda e, d, p: f"{e.actor} saved meeting {d.get('meeting_id')} with {_n(d.get('items'), 'item')}",
    "absence": lambda e, d, p: f"{e.actor} marked {d.get('member_id')} absent from meeting {d.get('meeting_id')}",
    "absence withdrawn": lambda e, d, p: (f"{e.actor} withdrew the absence of {d.get('member_id')} from meeting "
                                          f"{d.get('meeting_id')}"),
    "votes recorded": lambda e, d, p: f"{e.actor} recorded {_n(d.get('votes'), 'vote')} from {d.get('source', 'a file')}",
    "recusal motion": _motion,
    "recusal vote": lambda e, d, p: (f"{e.actor} recorded {d.get('voter_id')}'s vote on motion {d.get('motion_id')}: "
                                     f"{d.get('vote')}"),
    "recusal roll call": _roll_call,
    "disclosures confirmed complete": lambda e, d, p: (f"{e.actor} confirmed the disclosures of "
                                                       f"{d.get('member_id')} as complete"),
    "disclosures saved": _disclosures_saved,
    "disclosures save refused: too many in an hour": lambda e, d, p: (
        f"{e.actor} was refused a save of the disclosures of {d.get('member_id')}: more than {d.get('limit')} "
        f"saves in an hour"),
    PROMPT_HELD: lambda e, d, p: (f"{_prompt(d, p).capitalize()} ({d.get('category')}) was held for staff review: "
                                  f"opened by {e.actor}'s own edit on a confidential party"),
    PROMPT_WITHDRAWN_BY_EDIT: lambda e, d, p: (f"{_prompt(d, p).capitalize()} ({d.get('category')}) was withdrawn "
                                               f"by {e.actor}'s own edit"
                                               + (", held for staff review" if d.get("held") else "")),
    PROMPT_RELEASED: lambda e, d, p: (f"{e.actor} released {_prompt(d, p)} held for review: the member is shown it "
                                      f"as {d.get('shown_after') or 'nothing'}"),
    "account created": lambda e, d, p: (f"{e.actor} created the {d.get('role')} account {d.get('username')}"
                                        + (f" for member {d['member_id']}" if d.get("member_id") else "")),
    "account disabled": lambda e, d, p: f"{e.actor} disabled the account {d.get('username')}",
    "account enabled": lambda e, d, p: f"{e.actor} enabled the account {d.get('username')}",
    "password changed": lambda e, d, p: f"{e.actor} changed the password of {d.get('username', e.actor)}",
    "password reset": lambda e, d, p: (f"{e.actor} reset the password of {d.get('username')}: they must choose a "
                                       "new one at their next sign-in"),
    "sign-in": lambda e, d, p: _signed(e, d, p, "signed in"),
    "password check": lambda e, d, p: f"{d.get('username', e.actor)} gave their current password, to change it",
    "sign-in refused": lambda e, d, p: _signed(e, d, p, "was refused sign-in"),
    "sign-out": lambda e, d, p: f"{d.get('username', e.actor)} signed out",
    "session ended": lambda e, d, p: f"the session of {d.get('username', e.actor)} ended: {d.get('why', 'ended')}",
    "single sign-on bound": lambda e, d, p: f"{d.get('username')} was bound to a single sign-on identity",
    "download refused": lambda e, d, p: (f"{e.actor} was refused the download {d.get('file')}: "
                                         f"{d.get('reason')}"),
    "restored from backup": lambda e, d, p: f"{e.actor} restored the database from the backup {d.get('backup')}",
    "marked as the demo's database": lambda e, d, p: f"{e.actor} marked the database as the demo's",
    "chain keyed": lambda e, d, p: (f"{e.actor} keyed the record's hash chain: {_n(d.get('rekeyed'), 'entry', 'entries')} "
                                    f"re-keyed after the unkeyed chain verified"),
    THREAD_ENTRY: _thread_entry,
    JUDGEMENT_RECORDED: lambda e, d, p: (f"{e.actor} answered {_prompt(d, p)}: no conflict, a different person "
                                         f"(judgement {d.get('judgement_id')} recorded)"),
    JUDGEMENT_CONFIRMED: lambda e, d, p: (f"{e.actor} answered {_prompt(d, p)}: no conflict, confirming judgement "
                                          f"{d.get('judgement_id')} made on case {d.get('judged_on_case')}"),
    JUDGEMENT_REVOKED: lambda e, d, p: (f"{e.actor} revoked judgement {d.get('judgement_id')} of {d.get('member_id')} "
                                        f"(case {d.get('case_id')}): {d.get('reason')}"),
    EMAIL_SENT: _email,
    EMAIL_FAILED: _email,
}


def _plain(value: object) -> str:
    if isinstance(value, Mapping):
        return "; ".join(f"{k} {_plain(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return "" if value is None else str(value)


def fallback(entry: AuditEntry) -> str:
    """An action no describer knows: who and what, then each detail as "key: value"."""
    details = "; ".join(f"{key.replace('_', ' ')}: {_plain(v)}" for key, v in entry.detail.items()
                        if v not in (None, "", [], {}) and key != "prompt_key")
    return f"{entry.actor}: {entry.action}" + (f" — {details}" if details else "")


def describe(entry: AuditEntry, prompts: PromptCases | None = None) -> str:
    """One audit entry in words; never raises (a describer that cannot read its entry falls back)."""
    describer = DESCRIBERS.get(entry.action)
    if describer is None and entry.action.endswith(" refused"):  # a refused attempt (sign-in, password check)
        def describer(e, d, p):
            return _signed(e, d, p, f"was refused ({e.action[:-len(' refused')]})")
    if describer is not None:
        try:
            return describer(entry, entry.detail, prompts or {})
        except Exception:  # an entry written by an older coi, with other keys: told plainly
            pass
    return fallback(entry)


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """What the audit page narrows the log to; a field left None (or empty) does not narrow."""

    actor: str | None = None
    action: str | None = None
    since: dt.date | None = None  # first day, in the Panel's time zone
    until: dt.date | None = None  # last day (included), in the Panel's time zone
    member_id: str | None = None
    case_id: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class AuditLine:
    id: int
    at: str
    when: str  # in the Panel's time zone, in words
    actor: str
    action: str
    words: str
    entry: AuditEntry


@dataclass(frozen=True, slots=True)
class AuditPage:
    lines: tuple[AuditLine, ...]
    total: int  # entries matching the query, on every page
    page: int  # 1-based
    pages: int


def _utc(day: dt.date, tz) -> str:
    """The first moment of ``day`` in the Panel's time zone, as the audit log stamps time (UTC, "Z")."""
    start = dt.datetime.combine(day, dt.time.min, tzinfo=_tz(tz))
    return utc_stamp(start)


def search(store: Store, account: Account | None, query: AuditQuery = AuditQuery(), *, page: int = 1,
           per_page: int = 100, tz=None) -> AuditPage:
    """One page of the audit entries matching ``query``, newest first, each in words (staff:
    the log names who did what). ``tz``: the Panel's time zone (a Settings, a name; default Chicago)."""
    require(store, account, Permission.SEE_AUDIT)
    per_page = max(1, per_page)
    page = max(1, page)
    filters = dict(actor=query.actor or None, action=query.action or None,
                   since=_utc(query.since, tz) if query.since else None,
                   until=_utc(query.until + dt.timedelta(days=1), tz) if query.until else None,
                   member_id=query.member_id or None, case_id=(query.case_id or "").strip() or None,
                   text=(query.text or "").strip() or None)
    entries, total = store.audit_search(**filters, limit=per_page, offset=(page - 1) * per_page)
    pages = max(1, -(-total // per_page))
    if page > pages:  # past the last page (the log narrowed meanwhile): the last one
        page = pages
        entries, total = store.audit_search(**filters, limit=per_page, offset=(page - 1) * per_page)
    prompts = store.prompt_cases(key for e in entries if (key := e.detail.get("prompt_key")))
    lines = tuple(AuditLine(e.id, e.at, panel_time(e.at, tz), e.actor, e.action, describe(e, prompts), e)
                  for e in entries)
    return AuditPage(lines, total, page, pages)


def vocabulary(store: Store, account: Account | None) -> tuple[list[str], list[str]]:
    """Who appears in the audit log and which actions: the page's choices."""
    require(store, account, Permission.SEE_AUDIT)
    return store.audit_vocabulary()


__all__ = ["DESCRIBERS", "describe", "fallback", "AuditQuery", "AuditLine", "AuditPage", "search", "vocabulary"]
