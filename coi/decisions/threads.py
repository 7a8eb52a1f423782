"""Staff advise on "Unsure" (issue 14, item 3): a member's unsure answer opens a thread on
the prompt; staff reply in it, the member may ask, and the member's final answer (recuse or
no conflict) closes it. A thread is the prompt's answers from the first unsure one on and the
entries written on it, in order, each with who and when; nothing in it is ever changed.

Who sees what: a member sees the threads on their own prompts, staff every thread
(:mod:`coi.decisions.access`). A thread on a confidential party follows the prompt's redaction
(:mod:`coi.redaction`): staff may not write the party's name, the disclosed name it matched,
the member's ties on the way, its affiliations or its date of birth into a thread the member
sees redacted (refused, naming the words), and what staff wrote is shown to the member with
any such word withheld all the same (a party flagged confidential after the entry was
written). A member's own words are shown to them as written: withholding a word they typed
would tell them which of their guesses is the party.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from coi.decisions.access import Forbidden, Permission, allowed, may_reveal, require, require_scope
from coi.decisions.accounts import Account
from coi.model import Answer
from coi.names import fold
from coi.redaction import Redactor
from coi.store.database import Store, StoredDecision, StoredPrompt, ThreadEntry, UnknownPrompt

#: What a word withheld from a member's view of a thread reads as.
WITHHELD = "[withheld]"
#: Words of a name too common to single anyone out (never withheld, never refused).
_COMMON = frozenset({"of", "the", "and", "jr", "sr", "ii", "iii", "iv", "mr", "mrs", "ms", "dr"})

ANSWER_WORDS = {Answer.SELF_RECUSE: "I recuse myself", Answer.NO_CONFLICT: "No conflict",
                Answer.UNSURE: "Unsure — staff to advise"}


class ThreadState(StrEnum):
    """Where a thread stands."""

    AWAITING_ADVICE = "awaiting staff advice"
    ADVISED = "staff advised: awaiting the member's final answer"
    CLOSED = "closed"

    @property
    def open(self) -> bool:
        return self is not ThreadState.CLOSED


@dataclass(frozen=True, slots=True)
class Said:
    """One line of a thread as an account may see it: an answer, or an entry written."""

    at: str  # UTC timestamp as stored (pages show it with coi.timefmt.panel_time)
    who: str  # the account that answered or wrote
    role: str  # "member" | "staff"
    what: str  # "answered Unsure — staff to advise", "wrote", "answered finally: I recuse myself"
    text: str  # the entry's words or the answer's reason ("" for none)
    struck: bool = False  # an answer later marked as entered in error


@dataclass(frozen=True, slots=True)
class Thread:
    """The thread on one prompt (``state`` None: the prompt was never answered unsure)."""

    prompt_key: str
    member_id: str
    case_id: str
    state: ThreadState | None
    lines: tuple[Said, ...] = ()
    redacted: bool = False  # the account sees the prompt's party as [confidential]

    @property
    def open(self) -> bool:
        return self.state is not None and self.state.open


def withheld_terms(p: StoredPrompt) -> tuple[tuple[str, ...], ...]:
    """What a member who sees ``p`` redacted may not read in its thread, as folded word
    sequences: each word of the party's name, of the disclosed name it matched and of the
    names on the member's chain of ties; each affiliation whole; the date of birth."""
    names = [p.party_name, p.matched_name, *(step.name for step in p.path[1:] if step.name)]
    return tuple(sorted(_terms(names, p.party_affiliations, p.party_date_of_birth)))


def _terms(names, affiliations, date_of_birth: dt.date | None) -> set[tuple[str, ...]]:
    """Each word of ``names``, each affiliation whole, the date of birth as it may be written."""
    terms: set[tuple[str, ...]] = {(w,) for n in names for w in _words(n) if len(w) > 1 and w not in _COMMON}
    terms |= {tuple(_words(a)) for a in affiliations if _words(a)}
    if date_of_birth is not None:
        d = date_of_birth
        terms |= {tuple(_words(d.isoformat())), tuple(_words(f"{d.month}/{d.day}/{d.year}")),
                  tuple(_words(f"{d.month:02d}/{d.day:02d}/{d.year}"))}
    return terms


def case_withheld_terms(store: Store, p: StoredPrompt, redactor: Redactor) -> tuple[tuple[str, ...], ...]:
    """What staff may not write to the member in any thread on ``p``'s case: the name, the
    affiliations and the date of birth of each party of the case its members see as
    [confidential] — less the words the member is shown on this prompt (its party by name)."""
    terms: set[tuple[str, ...]] = set()
    for party in store.parties([p.case_id]):
        if party.confidential or redactor.confidential(p.case_id, party.name):
            terms |= _terms([party.name], party.affiliations, party.date_of_birth)
    if not redactor.is_confidential(p):
        terms -= _terms([p.party_name, p.matched_name, *(s.name for s in p.path[1:] if s.name)],
                        p.party_affiliations, p.party_date_of_birth)
    return tuple(sorted(terms))


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character (coi.names.fold; spaces kept as spaces), with
    where each folded character came from: a term and a message are cut into words alike.
    The apostrophe of a possessive ("Mensah's") ends the word, as a space would: folded away,
    it made "mensahs", which no term matched (an apostrophe within a name, O'Brien, is folded away)."""
    out, origin = [], []
    for i, ch in enumerate(text):
        f = " " if ch.isspace() or _possessive(text, i) else fold(ch)
        out.append(f)
        origin += [i] * len(f)
    return "".join(out), origin


#: Characters written as an apostrophe (coi.names.fold folds each of them away).
_APOSTROPHES = frozenset("'\u2019\u02bc`\u00b4\u2032")


def _possessive(text: str, i: int) -> bool:
    """Whether ``text[i]`` is the apostrophe of a possessive: after a letter, before an ``s``
    that ends the word."""
    return (text[i] in _APOSTROPHES and i > 0 and text[i - 1].isalnum() and text[i + 1:i + 2] in ("s", "S")
            and not text[i + 2:i + 3].isalnum())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _folded(text)[0])


def _spans(text: str, terms: tuple[tuple[str, ...], ...]) -> list[tuple[int, int, str]]:
    """Where in ``text`` a term occurs: (start, end, the words as written)."""
    folded, origin = _folded(text)
    tokens = [(origin[m.start()], origin[m.end() - 1] + 1, m.group()) for m in re.finditer(r"[a-z0-9]+", folded)]
    found = []
    for term in terms:
        n = len(term)
        for i in range(len(tokens) - n + 1):
            if tuple(t[2] for t in tokens[i:i + n]) == term:
                found.append((tokens[i][0], tokens[i + n - 1][1], text[tokens[i][0]:tokens[i + n - 1][1]]))
    return sorted(found)


def mentions(text: str, terms: tuple[tuple[str, ...], ...]) -> list[str]:
    """The words of ``text`` that name what ``terms`` withhold, as written, in order."""
    return list(dict.fromkeys(s[2] for s in _spans(text, terms)))


def scrub(text: str, terms: tuple[tuple[str, ...], ...]) -> str:
    """``text`` with every occurrence of a withheld term replaced by :data:`WITHHELD`."""
    out, at = [], 0
    for start, end, _ in _spans(text, terms):
        if start < at:  # overlaps a span already withheld
            at = max(at, end)
            continue
        out += [text[at:start], WITHHELD]
        at = end
    return "".join(out + [text[at:]])


def _prompt(store: Store, account: Account, key: str) -> StoredPrompt:
    """The prompt, when the account may see it (a member: their own, and shown to them)."""
    require_scope(store, account, Permission.SEE_OWN_PROMPTS, Permission.SEE_ALL_PROMPTS)  # before the lookup
    p = store.prompt(key)
    if p.shown is None and not allowed(account, Permission.SEE_ALL_PROMPTS):
        raise UnknownPrompt(key)  # held for staff: to its member, no prompt at all
    require_scope(store, account, Permission.SEE_OWN_PROMPTS, Permission.SEE_ALL_PROMPTS, member_id=p.member_id)
    return p


def _redacted_for(store: Store, account: Account, p: StoredPrompt) -> bool:
    """Whether the account sees the prompt's party as [confidential] (coi.redaction's rule)."""
    if may_reveal(account):
        return False
    return Redactor.for_store(store, cases={p.case_id}).is_confidential(p)


def state_of(decisions: list[StoredDecision], entries: list[ThreadEntry]) -> ThreadState | None:
    """Where a thread stands, from the prompt's answers (oldest first) and its entries: open
    while the standing answer is unsure — advised once staff wrote on that answer."""
    if not any(d.answer is Answer.UNSURE for d in decisions):
        return None
    standing = decisions[-1] if decisions and not decisions[-1].entered_in_error else None
    if standing is None or standing.answer is not Answer.UNSURE:
        return ThreadState.CLOSED
    advised = any(e.decision_id == standing.id and e.author_role == "staff" for e in entries)
    return ThreadState.ADVISED if advised else ThreadState.AWAITING_ADVICE


def thread_for(store: Store, account: Account, key: str) -> Thread:
    """The thread on one prompt as the account may see it (a member: only on their own prompts)."""
    p = _prompt(store, account, key)
    decisions = store.decisions(key)
    entries = store.thread_entries(key)
    state = state_of(decisions, entries)
    if state is None:
        return Thread(key, p.member_id, p.case_id, None)
    redacted = _redacted_for(store, account, p)
    terms = withheld_terms(p) if redacted else ()
    first = next(i for i, d in enumerate(decisions) if d.answer is Answer.UNSURE)
    # each answer, then the entries written on it (entries are only written on the standing unsure answer)
    lines: list[tuple[int, int, Said]] = []
    for d in decisions[first:]:
        what = ("answered " + ANSWER_WORDS[d.answer] if d.answer is Answer.UNSURE
                else "answered finally: " + ANSWER_WORDS[d.answer])
        lines.append((d.id, 0, Said(d.decided_at, d.decided_by, "member", what, d.reason or "", d.entered_in_error)))
    for e in entries:
        # the member's own words as written; staff's with anything the member may not see withheld
        text = scrub(e.body, terms) if terms and e.author_role == "staff" else e.body
        lines.append((e.decision_id, e.id, Said(e.written_at, e.author, e.author_role, "wrote", text)))
    ordered = tuple(s for _, _, s in sorted(lines, key=lambda x: (x[0], x[1])))
    return Thread(key, p.member_id, p.case_id, state, ordered, redacted)


def write(store: Store, account: Account, key: str, text: str | None) -> int:
    """Write in the open thread on a prompt: staff advise (``ADVISE``) on any member's; a
    member asks on their own. On a prompt its member sees redacted, staff's words may not
    name what the member may not see (refused, naming the words). Audited. Returns the entry's id."""
    if allowed(account, Permission.ADVISE):
        staff = require(store, account, Permission.ADVISE)
        p = store.prompt(key)
        redactor = Redactor.for_store(store, cases={p.case_id})
        if redactor.is_confidential(p):
            named = mentions(text or "", withheld_terms(p))
            if named:
                raise Forbidden(
                    "this prompt's party is confidential, and its member sees it as [confidential]: the message "
                    f"names {', '.join(repr(w) for w in named)}. Take out the party's name, the names of the "
                    "member's ties, its affiliations and date of birth, and send it again. Nothing was recorded.")
        # any other party of the case the member sees as [confidential] (on this prompt or another)
        named = mentions(text or "", case_withheld_terms(store, p, redactor))
        if named:
            raise Forbidden(
                f"case {p.case_id} has a party whose identity is confidential, which its members see as "
                f"[confidential]: the message names {', '.join(repr(w) for w in named)}. Take out that party's "
                "name, affiliations and date of birth, and send it again. Nothing was recorded.")
        return store.add_thread_entry(key, author=staff.username, author_role="staff", body=text)
    require(store, account, Permission.ANSWER_OWN_PROMPTS)  # before the key is looked up
    p = _prompt(store, account, key)
    member = require(store, account, Permission.ANSWER_OWN_PROMPTS, member_id=p.member_id)
    return store.add_thread_entry(key, author=member.username, author_role="member", body=text,
                                  member_id=member.member_id)


@dataclass(frozen=True, slots=True)
class Awaiting:
    """A prompt whose standing answer is unsure, for staff's list: its thread and meeting."""

    prompt: StoredPrompt
    thread: Thread
    unsure_since: str  # when the standing unsure answer was given
    meeting_date: dt.date | None


def open_threads(store: Store, account: Account, today: dt.date | None = None) -> list[Awaiting]:
    """Every open thread (prompts whose standing answer is unsure), those awaiting advice
    first, then by the soonest meeting and the oldest unsure answer (staff: ``ADVISE``). A
    prompt's meeting is the one its member's page gives it (coi.decisions.prompt_meetings: the agenda
    that lists the case, else the docket's meeting date)."""
    from coi.decisions.prompt_meetings import case_meetings
    from coi.timefmt import panel_today

    require(store, account, Permission.ADVISE)
    agendas = case_meetings(store, account, today or panel_today())
    docket = {c.case_id: c.meeting_date for c in store.cases()}
    found = []
    for key, d in store.latest_decisions().items():
        if d.answer is not Answer.UNSURE:
            continue
        thread = thread_for(store, account, key)
        listed = agendas.get(thread.case_id)
        meeting = listed.date if listed is not None else docket.get(thread.case_id)
        found.append(Awaiting(store.prompt(key), thread, d.decided_at, meeting))
    return sorted(found, key=lambda a: (a.thread.state is not ThreadState.AWAITING_ADVICE, a.meeting_date is None,
                                        a.meeting_date or dt.date.max, a.unsure_since, a.prompt.key))


__all__ = ["WITHHELD", "ThreadState", "Said", "Thread", "Awaiting", "withheld_terms", "case_withheld_terms", "mentions",
           "scrub",
           "state_of", "thread_for", "write", "open_threads"]
