"""Which meeting each prompt is for, and prompts grouped by the Panel's calendar: a meeting
already held is not presented as current (upcoming, overdue, past), and counts name the meeting.

A prompt is for its case's meeting: the agenda that lists the case (coi.decisions.meetings) — the next one
on or after today when several do, else the latest held — or, for a case on no agenda, the
meeting date the docket gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from coi.decisions import meetings as panel_meetings
from coi.decisions.accounts import Account
from coi.decisions.views import PromptView
from coi.store.database import Store
from coi.timefmt import panel_date

#: A meeting this many days away or less, with the prompt unanswered, makes the prompt overdue.
OVERDUE_WITHIN = 7


@dataclass(frozen=True, slots=True)
class PromptMeeting:
    """The meeting a prompt's case is for: the agenda's meeting, or the docket's date alone."""

    date: dt.date
    meeting_id: str | None = None  # None: on no agenda yet, the docket's meeting date

    def words(self) -> str:
        """In words: "the meeting of Thu 10 Dec 2026", with its id when that is not simply the date."""
        named = self.meeting_id is not None and self.meeting_id != self.date.isoformat()
        return f"the meeting of {panel_date(self.date)}" + (f" ({self.meeting_id})" if named else "")


def case_meetings(store: Store, account: Account, today: dt.date) -> dict[str, PromptMeeting]:
    """Each case an agenda lists, with its meeting on ``today``: the next one on or after today
    when several agendas list it, else the latest held. The account must see the meetings
    (members and staff do)."""
    agendas: dict[str, list[panel_meetings.Meeting]] = {}
    for m in panel_meetings.meetings(store, account):
        for _, case_id in m.items:
            agendas.setdefault(case_id, []).append(m)
    out = {}
    for case_id, listed in agendas.items():
        ahead = [m for m in listed if m.meeting_date >= today]
        m = (min(ahead, key=lambda m: (m.meeting_date, m.meeting_id)) if ahead
             else max(listed, key=lambda m: (m.meeting_date, m.meeting_id)))
        out[case_id] = PromptMeeting(m.meeting_date, m.meeting_id)
    return out


def meeting_for(view: PromptView, agendas: dict[str, PromptMeeting]) -> PromptMeeting | None:
    """The meeting ``view``'s case is for: its agenda's (:func:`case_meetings`), else the docket's
    meeting date; None when it has neither."""
    found = agendas.get(view.case_id)
    if found is None and view.meeting_date is not None:
        return PromptMeeting(view.meeting_date)
    return found


@dataclass(frozen=True, slots=True)
class Dated:
    """A prompt with the meeting it is for."""

    view: PromptView
    meeting: PromptMeeting | None

    def days_to(self, today: dt.date) -> int | None:
        return (self.meeting.date - today).days if self.meeting else None


@dataclass(frozen=True, slots=True)
class Grouped:
    """A member's prompts by the Panel's calendar."""

    overdue: tuple[Dated, ...]  # unanswered, the meeting today or within a week: soonest first
    upcoming: tuple[Dated, ...]  # every other prompt whose meeting is ahead, soonest first
    undated: tuple[Dated, ...]  # cases on no agenda and with no meeting date yet
    past: tuple[Dated, ...]  # meetings already held, the latest first

    def __len__(self) -> int:
        return len(self.overdue) + len(self.upcoming) + len(self.undated) + len(self.past)

    def in_order(self) -> list[PromptView]:
        """The prompts in the order My prompts shows them: overdue, upcoming, undated, past."""
        return [d.view for d in (*self.overdue, *self.upcoming, *self.undated, *self.past)]


def group(prompts: Sequence[PromptView], agendas: dict[str, PromptMeeting], today: dt.date, *,
          within: int = OVERDUE_WITHIN) -> Grouped:
    """``prompts`` grouped by their meetings on ``today``; within a meeting, in the order given
    (:func:`coi.decisions.views.prompts_for`: unanswered first)."""
    dated = [Dated(v, meeting_for(v, agendas)) for v in prompts]
    overdue, upcoming, undated, past = [], [], [], []
    for d in dated:
        days = d.days_to(today)
        if days is None:
            undated.append(d)
        elif days < 0:
            past.append(d)
        elif d.view.answer is None and days <= within:
            overdue.append(d)
        else:
            upcoming.append(d)
    soonest = lambda d: d.meeting.date  # noqa: E731  (stable: the given order within a meeting)
    return Grouped(tuple(sorted(overdue, key=soonest)), tuple(sorted(upcoming, key=soonest)), tuple(undated),
                   tuple(sorted(past, key=soonest, reverse=True)))


def _in_days(days: int) -> str:
    return "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"


def unanswered_words(prompts: Sequence[PromptView], agendas: dict[str, PromptMeeting], today: dt.date, *,
                     within: int = OVERDUE_WITHIN) -> str:
    """Staff's count of unanswered prompts, meeting by meeting: "12 unanswered for the meeting
    of Thu 3 Dec 2026 (in 4 days, overdue); 5 for the meeting of Thu 14 Jan 2027; 2 on no
    meeting's agenda yet; 3 for meetings already held" — or that none awaits an answer."""
    counts: dict[PromptMeeting, int] = {}
    undated = held = 0
    for v in prompts:
        if v.answer is not None:
            continue
        m = meeting_for(v, agendas)
        if m is None:
            undated += 1
        elif m.date < today:
            held += 1
        else:
            counts[m] = counts.get(m, 0) + 1
    parts = []
    for n, (m, count) in enumerate(sorted(counts.items(), key=lambda kv: (kv[0].date, kv[0].meeting_id or ""))):
        days = (m.date - today).days
        parts.append(f"{count:,}{' unanswered' if n == 0 else ''} for {m.words()} ({_in_days(days)}"
                     + (", overdue)" if days <= within else ")"))
    if undated:
        parts.append(f"{undated:,}{' unanswered' if not parts else ''} on no meeting's agenda yet")
    if held:
        parts.append(f"{held:,}{' unanswered' if not parts else ''} for meetings already held")
    return "; ".join(parts) + "." if parts else "No prompt awaits an answer."
