"""The dashboard's pages. Each takes the open store and the signed-in account, calls the
library with that account (:mod:`coi.decisions.views`, :mod:`coi.decisions.meetings`, :mod:`coi.decisions.votes`,
:mod:`coi.decisions.service`, which ask :func:`coi.decisions.access.require`), and shows errors — a refusal
included — in plain words."""

from __future__ import annotations

import datetime as dt
import functools
import re
import secrets
import time
from collections.abc import Callable

import pandas as pd
import streamlit as st

from coi.reports import export
from coi.decisions import meetings
from coi.decisions import prompt_meetings
from coi.reports import render as report
from coi.ingest import tabular
from coi.decisions import views
from coi.decisions.accounts import Account, AccountError, Accounts, Role
from coi.ingest.plan import Change, ImportPlan
from coi.model import Answer, InputRejected
from coi.ui.sessions import Sessions
from coi.settings import load_settings
from coi.store.database import Store
from coi.text import MAX_TEXT
from coi.timefmt import panel_date, panel_time, parse_timestamp
from coi.decisions.views import PromptView
from coi.ui import advice  # items 14.3, 14.7 (H2): threads and judgements on a card

PROMPT_COLUMNS = ("case", "meeting", "overdue", "status", "member", "party", "role", "category", "tier", "score",
                  "probability", "reasons", "matched", "answer", "answer reason", "answered by", "answered", "path")

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$:~])")


def md(text: object) -> str:
    """Text from the data (a name, a reason, a file name) made safe inside Streamlit's
    markdown: every markdown, HTML, LaTeX and directive character escaped, so that a party
    named ``[click](javascript:…)`` or ``**x**`` shows as written, never as a link or markup."""
    return _MARKDOWN.sub(r"\\\1", str(text))


ANSWER_WORDS = {Answer.SELF_RECUSE: "I recuse myself", Answer.NO_CONFLICT: "No conflict",
                Answer.UNSURE: "Unsure — staff to advise"}


def _dot(view: PromptView) -> str:
    """The path from the member to the party as a small left-to-right diagram."""
    nodes = [step.name or step.relation for step in view.path]
    lines = ["digraph { rankdir=LR; node [shape=box, style=rounded, fontsize=11]; edge [fontsize=10];"]
    for i, name in enumerate(nodes):
        lines.append(f"n{i} [label={views.dot_quote(name)}];")
    for i, step in enumerate(view.path[1:], 1):
        lines.append(f"n{i - 1} -> n{i} [label={views.dot_quote(step.relation)}];")
    lines.append("}")
    return "\n".join(lines)


#: session_state: prompt key → the opaque id its card and buttons carry in this browser session
CARD_IDS = "card_ids"


def card_id(prompt_key: str) -> str:
    """The id a prompt's card and its widgets carry in the browser: random, drawn once per
    prompt per browser session and kept on the server (``st.session_state``), so that buttons
    keep working across reruns while nothing sent to the browser is computed from the prompt's
    key — a hash of the party's name, which a member could otherwise test guesses against."""
    ids = st.session_state.setdefault(CARD_IDS, {})
    if prompt_key not in ids:
        ids[prompt_key] = secrets.token_hex(8)
    return ids[prompt_key]


def card_key(prompt_key: str) -> str:
    """The key of a prompt's card (the page gives its element the class ``st-key-<key>``)."""
    return "card-" + card_id(prompt_key)


#: session_state: prompt key → the version of the prompt its card was last drawn with: a click
#: on the card answers the prompt as the member saw it (coi.store.database.StoredPrompt.version)
CARD_VERSIONS = "card_versions"
#: session_state: (prompt key, version) of every card this browser session acted on
CARD_DONE = "card_done"
#: session_state: the last action recorded from this browser session: {at, key, what, case, drawn}
#: (``at``: when it was recorded, then when each card was drawn again after it, until all were)
LAST_ACTION = "last_card_action"
ENTERED_IN_ERROR = "entered in error"  # the card action besides the answers
# A click on a card within Settings.double_click_seconds (default 2 s, COI_DOUBLE_CLICK_SECONDS)
# after the cards were drawn again after an action of this browser session is the second half
# of a double-click (what it lands on moved under the pointer): ignored, unless it changes the
# answer on the same card. Operating systems end a double-click within 0.5 s by default; the
# rest is room for the network and a busy server.
_clock: Callable[[], float] = time.monotonic  # the double-click window's clock; tests stop it


#: A card's look by its prompt's tier (shown to the member anyway, confidential or not): the
#: statute's "shall self-recuse" in red, an advisory "consider" in amber. The tier's own element
#: inside the card (class st-key-statutory-… / st-key-advisory-…) styles the whole card.
TIER_HEADERS = {
    "statutory": (":red-badge[:material/gavel: Statutory] **:red[The statute requires you to recuse]** — "
                  "50 ILCS 705/3.1(g): a member *shall* self-recuse when this party is the person the match "
                  "names. Recuse yourself unless the match is not your tie."),
    "advisory": (":orange-badge[:material/help: Advisory] **:orange[Consider whether to recuse]** — the statute "
                 "does not list this tie; decide whether it is a conflict or an appearance of bias."),
}
CARD_STYLE = """<style>
[class*="st-key-card-"]:has([class*="st-key-statutory-"]) {
  border: 2px solid #d92d20 !important; border-left: 10px solid #b42318 !important; background: #fff5f4; }
[class*="st-key-card-"]:has([class*="st-key-advisory-"]) {
  border: 1px solid #f79009 !important; border-left: 10px solid #dc6803 !important; }
</style>"""


def _prompt_card(store: Store, account: Account, view: PromptView, *, can_answer: bool,
                 seen: int | None = None, clicked_at: float | None = None,
                 meeting: prompt_meetings.PromptMeeting | None = None) -> None:
    """One prompt's card; ``seen``: the version of the prompt the card was drawn with the
    last time, which is what a click on it now answers; ``clicked_at``: when this run began
    (the click's time, for the double-click window); ``meeting``: the meeting its case is for
    (default: the docket's date). A statutory prompt's card is red and its primary button is
    "I recuse myself"; an advisory one is amber and asks the member to consider."""
    opaque = card_id(view.key)
    st.session_state.setdefault(CARD_VERSIONS, {})[view.key] = view.version  # what the next click answers
    settings = load_settings()
    statutory = view.tier == "statutory"
    meeting = meeting or (prompt_meetings.PromptMeeting(view.meeting_date) if view.meeting_date else None)
    with st.container(border=True, key=card_key(view.key)):
        with st.container(key=f"{'statutory' if statutory else 'advisory'}-{opaque}"):
            st.markdown(TIER_HEADERS["statutory" if statutory else "advisory"])
        st.markdown(f"**Case {md(view.case_id)}** · {md(view.category)} · *{md(view.tier)}*"
                    + (f" · {md(meeting.words())}" if meeting else ""))
        st.markdown(f"Party: **{md(view.party)}** ({md(view.party_role)})")
        st.caption(md(view.basis))
        st.graphviz_chart(_dot(view))
        _match_evidence(view)
        if view.answer is not None:
            st.success(f"Answered: {ANSWER_WORDS[view.answer]}"
                       + (f" — {md(view.reason)}" if view.reason else "")
                       + f" (by {md(view.answered_by)}, {md(panel_time(view.answered_at, settings))})")
        elif view.struck is not None:
            st.warning(f"Your answer {ANSWER_WORDS[view.struck.answer]} of "
                       f"{md(panel_time(view.struck.decided_at, settings))} was marked "
                       f"as entered in error (by {md(view.struck.entered_in_error_by)}, "
                       f"{md(panel_time(view.struck.entered_in_error_at, settings))}): this prompt awaits your "
                       "answer again.")
        if view.answer is not None or view.struck is not None:
            history = views.history_for(store, account, view.key)
            if len(history) > 1 or any(d.entered_in_error for d in history):
                with st.expander(f"History of answers ({len(history)})"):
                    for d in history:
                        st.markdown(f"{md(panel_time(d.decided_at, settings))}: {ANSWER_WORDS[d.answer]}"
                                    + (f" — {md(d.reason)}" if d.reason else "") + f" (by {md(d.decided_by)})"
                                    + (f" — **entered in error** (marked by {md(d.entered_in_error_by)}, "
                                       f"{md(panel_time(d.entered_in_error_at, settings))})"
                                       if d.entered_in_error else ""))
        advice.prompt_panel(store, account, view, can_answer=can_answer, seen=seen, clicked_at=clicked_at)
        if not can_answer:
            return
        cols = st.columns(3)
        if cols[0].button(ANSWER_WORDS[Answer.SELF_RECUSE], key=f"recuse-{opaque}",
                          type="primary" if statutory else "secondary"):
            _answer(store, account, view, Answer.SELF_RECUSE, None, seen, clicked_at)
        if cols[1].button(ANSWER_WORDS[Answer.UNSURE], key=f"unsure-{opaque}"):
            _answer(store, account, view, Answer.UNSURE, None, seen, clicked_at)
        with cols[2].form(f"no-conflict-{opaque}", border=False):
            reason = st.text_input("Why there is no conflict", key=f"reason-{opaque}", max_chars=MAX_TEXT)
            if st.form_submit_button(ANSWER_WORDS[Answer.NO_CONFLICT]):
                _answer(store, account, view, Answer.NO_CONFLICT, reason, seen, clicked_at)
        advice.judgement_panel(store, account, view, seen=seen, clicked_at=clicked_at)
        if view.answer is not None and st.button(
                "Mark this answer as entered in error", key=f"error-{opaque}",
                help="For an answer you did not mean to give (a click that landed on the wrong card). The answer "
                     "stays on record, marked with who marked it and when; the prompt awaits your answer again."):
            _act(view, ENTERED_IN_ERROR, seen,
                 lambda version: views.mark_entered_in_error(store, account, view.key, version=version),
                 f"Your answer for case {md(view.case_id)} is marked as entered in error: the prompt awaits your "
                 "answer again.", clicked_at)


def _match_evidence(view: PromptView) -> None:
    from coi.ui import member_pages  # the card's evidence in plain words (issue 14, item 14)

    member_pages.match_evidence(view)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _problems(exc: InputRejected, what: str) -> None:
    """Every problem of a rejected input, with its row, column and how to fix it."""
    st.error(f"{md(what)}: {len(exc.problems)} problem(s) to fix. Nothing was changed.")
    st.dataframe(pd.DataFrame([{"row": p.row or "", "column": p.column or "", "problem": p.problem,
                                "how to fix": p.fix} for p in exc.problems]), hide_index=True, width="stretch")


def _answer(store: Store, account: Account, view: PromptView, choice: Answer, reason: str | None,
            seen: int | None, clicked_at: float | None) -> None:
    _act(view, str(choice), seen,
         lambda version: views.answer(store, account, view.key, choice, reason, version=version),
         f"Your answer for case {md(view.case_id)} is recorded.", clicked_at)


def _act(view: PromptView, what: str, seen: int | None, record: Callable[[int], object], done: str,
         clicked_at: float | None = None) -> None:
    """Record an action clicked on a prompt's card — only once, and only on the card it was
    clicked on. ``seen``: the prompt's version when the card was drawn (a card never drawn
    before answers nothing). Ignored: a second click on a card this session already acted on
    as drawn, and any click right after an action (a double-click whose second half landed on
    what moved under the pointer: the next card, or this card's other button) — except a
    different answer on the same card, a change of mind. The library refuses an action given
    on a version another window overtook (:class:`coi.store.database.StaleAnswer`)."""
    acted = st.session_state.setdefault(CARD_DONE, set())
    last = st.session_state.get(LAST_ACTION)
    now = _clock() if clicked_at is None else clicked_at
    if seen is None:
        st.info(f"The card for case {md(view.case_id)} changed before your click reached it: nothing was recorded. "
                "Look at it again, and click again if you meant it.")
        return
    if (view.key, seen) in acted:
        st.info(f"Your answer for case {md(view.case_id)} was already recorded: the second click was ignored.")
        return
    change_of_mind = (last is not None and last["key"] == view.key and ENTERED_IN_ERROR not in (what, last["what"])
                      and what != last["what"])
    if last is not None and now - last["at"] < load_settings().double_click_seconds and not change_of_mind:
        st.warning(f"A click right after your answer for case {md(last['case'])} was ignored, and nothing was "
                   f"recorded for case {md(view.case_id)}: if you meant it, click again.")
        return
    try:
        record(seen)
    except (ValueError, views.Forbidden) as exc:
        st.error(md(exc))
        return
    acted.add((view.key, seen))
    st.session_state[LAST_ACTION] = {"at": now, "key": view.key, "what": what, "case": view.case_id, "drawn": False}
    st.session_state["answered"] = done
    st.rerun()


def _refusing(page):
    """A page that shows a refusal of the permission layer in plain words, not a traceback
    (the account was disabled, or its member left the roster, since the page was chosen)."""
    @functools.wraps(page)
    def run(store: Store, account: Account) -> None:
        try:
            page(store, account)
        except views.Forbidden as exc:
            st.error(f"Not allowed: {md(exc)}.")
    return run


def _today() -> dt.date:
    """The Panel's today for the pages (Settings.as_of: the Panel's date in its time zone); tests replace it."""
    return load_settings().as_of


#: My prompts' groups: (heading, what it holds), in the page's order
PROMPT_GROUPS = {
    "overdue": ("Overdue", "Unanswered, and the meeting is a week away or less: please answer these first."),
    "upcoming": ("Upcoming", "For meetings ahead, the soonest first."),
    "undated": ("Not yet on a meeting's agenda", "Cases that no meeting lists yet."),
    "past": ("Past meetings", "Meetings already held, the latest first: kept for the record."),
}


@_refusing
def my_prompts(store: Store, account: Account) -> None:
    clicked_at = _clock()  # before the page's work: a busy server does not stretch the double-click window
    st.title("My prompts")
    if done := st.session_state.pop("answered", None):
        st.success(done)
    _download_refusal()
    today = _today()
    upcoming = [m for m in meetings.meetings(store, account) if m.meeting_date >= today]
    if upcoming:
        with st.expander("My packet for an upcoming meeting"):
            words = {m.meeting_id: prompt_meetings.PromptMeeting(m.meeting_date, m.meeting_id).words()
                     for m in upcoming}
            chosen = st.selectbox("Meeting", list(words), format_func=lambda i: words[i][:1].upper() + words[i][1:],
                                  key="packet_meeting")
            _report_downloads(account, chosen, packet=account.member_id, formats=("pdf", "html"))
    prompts = views.prompts_for(store, account)
    if not prompts:
        st.info("You have no open prompts: nothing on the docket matches your disclosed ties.")
        return
    grouped = prompt_meetings.group(prompts, prompt_meetings.case_meetings(store, account, today), today)
    # an unsure answer is no final answer: it still awaits one, after staff's advice
    unanswered = [v for v in prompts if v.answer in (None, Answer.UNSURE)]
    unsure = sum(v.answer is Answer.UNSURE for v in prompts)
    st.write(f"{len(unanswered)} of {len(prompts)} prompts await your answer"
             + (f" ({unsure} answered unsure, awaiting your final answer)" if unsure else "")
             + (f"; {len(grouped.overdue)} overdue: the meeting is a week away or less." if grouped.overdue else "."))
    st.html(CARD_STYLE)  # statutory cards red, advisory amber (style only: takes no room on the page)
    seen = dict(st.session_state.get(CARD_VERSIONS, {}))  # as the cards were drawn before this click
    last = st.session_state.get(LAST_ACTION)
    for name, (heading, about) in PROMPT_GROUPS.items():
        group = getattr(grouped, name)
        if not group:
            continue
        st.subheader(f"{heading} ({len(group)})")
        st.caption(about)
        shown_meeting = None
        for dated in group:
            if dated.meeting is not None and dated.meeting != shown_meeting:
                shown_meeting = dated.meeting
                st.markdown(f"**For {md(_when(dated.meeting, today))}**")
            _prompt_card(store, account, dated.view, can_answer=True, seen=seen.get(dated.view.key),
                         clicked_at=clicked_at, meeting=dated.meeting)
            if last is not None and not last["drawn"]:  # a card moved just now: the double-click window runs on
                last["at"] = _clock()
    if last is not None:
        last["drawn"] = True  # every card is in its new place


def _when(meeting: prompt_meetings.PromptMeeting, today: dt.date) -> str:
    """"the meeting of Thu 3 Dec 2026, in 4 days" / "..., held 17 days ago"."""
    days = (meeting.date - today).days
    ago = -days
    return meeting.words() + (", today" if days == 0 else ", tomorrow" if days == 1 else f", in {days} days"
                              if days > 0 else ", held yesterday" if ago == 1 else f", held {ago} days ago")


@_refusing
def my_disclosures(store: Store, account: Account) -> None:
    from coi.ui import member_pages  # the page's body (issue 14, item 12)

    member_pages.my_disclosures(store, account)


#: session_state: how many times the member discarded their edits (a new count is a new, unedited table)
EDITOR_GENERATION = "disclosures_editor_generation"


def editor_key() -> str:
    """The key of the disclosures table: a new one after "Discard my edits", so the table
    shows the stored disclosures again."""
    generation = st.session_state.get(EDITOR_GENERATION, 0)
    return "disclosures_editor" + (f"-{generation}" if generation else "")


@_refusing
def my_ties(store: Store, account: Account) -> None:
    from coi.ui import member_pages  # the page's body (issue 14, item 13)

    member_pages.my_ties(store, account)


@_refusing
def all_prompts(store: Store, account: Account) -> None:
    st.title("Prompts")
    status = st.radio("Status", ["open", "withdrawn", "all"], horizontal=True, key="filter_status",
                      help="A prompt is withdrawn when a later screening no longer raises it; its answers stay.")
    prompts = views.prompts_for(store, account, status=None if status == "all" else status)
    if not prompts:
        st.info(f"No {'' if status == 'all' else status + ' '}prompts. Upload a docket on the Docket page "
                "(or coi import and coi rescreen).")
        return
    shown = _filtered(prompts, "prompts")
    today = _today()  # item 14.1 (H1): the counts name their meeting
    st.write(f"{len(shown)} of {len(prompts)} prompts, unanswered first and the soonest meeting first. " + md(
        prompt_meetings.unanswered_words(shown, prompt_meetings.case_meetings(store, account, today), today)))
    _prompt_table(shown, "prompts")


def _filtered(prompts: list[PromptView], key: str) -> list[PromptView]:
    """The prompts narrowed by member, category, tier and answer status."""
    cols = st.columns(4)
    member = cols[0].selectbox("Member", ["all", *sorted({v.member_id for v in prompts})], key=f"{key}_member")
    category = cols[1].selectbox("Category", ["all", *sorted({v.category for v in prompts})], key=f"{key}_category")
    tier = cols[2].selectbox("Tier", ["all", "statutory", "advisory"], key=f"{key}_tier")
    state = cols[3].selectbox("Answer", ["all", "unanswered", "answered", *(str(a) for a in Answer)],
                              key=f"{key}_answer")
    return [v for v in prompts
            if member in ("all", v.member_id) and category in ("all", v.category) and tier in ("all", v.tier)
            and (state == "all" or (state == "unanswered" and v.answer is None)
                 or (state == "answered" and v.answer is not None) or state == str(v.answer))]


def _prompt_rows(shown: list[PromptView]) -> list[tuple]:
    """One row per prompt, as the downloads write it: the meeting a date and the answer's time a
    timestamp (Excel dates; ISO text in the CSV), the answer with the member's reason."""
    today = load_settings().as_of
    return [(v.case_id, v.meeting_date or "", "yes" if v.overdue(today) else "",
             v.status, f"{v.member_id} {v.member_name}", v.party, v.party_role, v.category, v.tier, v.score,
             v.likelihood, v.reasons, v.matched_name,
             str(v.answer) if v.answer else "", v.reason or "", v.answered_by or "",
             parse_timestamp(v.answered_at) or "", v.path_text) for v in shown]


def _prompt_table(shown: list[PromptView], name: str) -> None:
    """The prompts as a table (times in the Panel's time zone, in words), and as CSV and Excel
    downloads ready to use in a spreadsheet and safe to open there."""
    settings = load_settings()
    rows = _prompt_rows(shown)
    table = pd.DataFrame(rows, columns=PROMPT_COLUMNS)
    table["meeting"] = [panel_date(v) if v else "" for v in table["meeting"]]
    table["answered"] = [panel_time(v, settings) if v else "" for v in table["answered"]]
    st.dataframe(table, hide_index=True, width="stretch")
    cols = st.columns(2)
    cols[0].download_button("Download CSV", export.to_csv(PROMPT_COLUMNS, rows), file_name=f"{name}.csv",
                            mime="text/csv", key=f"csv-{name}")
    cols[1].download_button("Download Excel", export.to_xlsx(PROMPT_COLUMNS, rows, tz=settings),
                            file_name=f"{name}.xlsx",
                            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            key=f"xlsx-{name}")


@_refusing
def docket(store: Store, account: Account) -> None:
    from coi.ui.files_page import upload_flow  # the Files page's upload, for the docket
    from coi.ingest.uploads import FileKind

    st.title("Docket")
    st.write("Upload a docket (CSV or Excel, one row per party; the columns are in docs/CONTRACT.md, and the "
             "Files page has a template). It is checked whole: if any row has a problem, every problem is listed "
             "and nothing is stored. Then you see the plan — every party it adds, changes or retires, by name — "
             "and nothing is stored until you import it with the button.")
    upload = upload_flow(store, account, FileKind.DOCKET, key="docket")
    if upload is not None and not upload.problems and (upload.done or upload.plan.duplicate_of is not None):
        _docket_prompts(store, account, upload.cases)


def _upload_encoding(key: str = "docket_encoding") -> tabular.Encodings:
    """The encoding choice for an uploaded CSV, as the command line's --encoding: a file that
    is UTF-8 is read as UTF-8 whatever is chosen; the choice is for a file that is not."""
    choices = {"": "Automatic: UTF-8 (a file that is not UTF-8 is refused, naming its likely encoding)",
               **tabular.CHOOSABLE_ENCODINGS}
    chosen = st.selectbox("Encoding of a CSV file that is not UTF-8", list(choices), format_func=choices.__getitem__,
                          key=key,
                          help="A UTF-8 file is always read as UTF-8. Choose another encoding only when coi refuses "
                               "the file and names it (Excel on Windows writes Windows-1252 unless you save as "
                               "'CSV UTF-8').")
    return tabular.Encodings(fallback=chosen or None, ask="choose “{label}” under “Encoding of a CSV file that is not UTF-8” and upload it again",
                             offered=tuple(tabular.CHOOSABLE_ENCODINGS))


def _import_plan(plan: ImportPlan, one: str, many: str, *, retired: str = "retired (kept as history)") -> None:
    """An import's plan, before anything is stored: the counts, and every row it touches by name
    (``retired``: what the plan's retired rows undergo, in words)."""
    st.subheader("What importing it will do")
    st.write(f"{_count(len(plan.added), one, many)} added, {len(plan.changed)} changed, "
             f"{len(plan.retired)} {retired}, {plan.unchanged:,} unchanged"
             + (f", {len(plan.kept)} kept (entered in the dashboard)" if plan.kept else "") + ".")
    if plan.retired:
        st.warning(f"Importing it retires {_count(len(plan.retired), one, many)} that the file does not list "
                   f"(named below): they no longer count for screening." if retired.startswith("retired") else
                   f"Importing it leaves out {_count(len(plan.retired), one, many)} that the file does not list "
                   f"(named below): {retired}.")
    rows = [(str(r.change), r.what, r.detail) for change in (Change.RETIRED, Change.KEPT, Change.CHANGED, Change.ADDED)
            for r in plan.rows if r.change is change]
    if rows:
        st.dataframe(pd.DataFrame(rows, columns=["change", one, "detail"]), hide_index=True, width="stretch")


def _docket_prompts(store: Store, account: Account, cases: set[str]) -> None:
    shown = [v for v in views.prompts_for(store, account) if v.case_id in cases]
    st.subheader(f"Prompts in this docket's {_count(len(cases), 'case')}: {len(shown):,}")
    _prompt_table(_filtered(shown, "docket"), "docket-prompts")


@_refusing
def roster(store: Store, account: Account) -> None:
    st.title("Roster")
    rows = views.roster_rows(store, account, load_settings().as_of)
    if not rows:
        st.info("No roster yet: import members.csv (coi import).")
        return
    holdovers = sum(r["status"].startswith("holdover") for r in rows)
    never = sum(r["disclosures confirmed"] == "never" for r in rows)
    st.write(f"{len(rows)} members; {holdovers} holding over; {never} never confirmed their disclosures.")
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def recusal_votes(store: Store, account: Account) -> None:
    """The Recusal votes page (coi.ui.meeting_pages)."""
    from coi.ui import meeting_pages  # it imports this module's helpers

    meeting_pages.recusal_votes(store, account)


REPORT_MIME = {"pdf": "application/pdf", "html": "text/html", "csv": "text/csv",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _session_state():
    """This browser session's state, as an object a download made on click can still write
    (to say why it was refused): Streamlit makes the file in a worker thread, outside the
    page's run, where ``st.session_state`` is not this session's."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_state if ctx is not None else None


def _session_refusal(store: Store, token: str | None, account: Account) -> str | None:
    """Why the browser's sign-in session may no longer download as ``account`` — ended
    (signed out, idle, the account disabled or its password reset) or now another account's —
    or None. The same server-side check every page makes (:meth:`coi.ui.sessions.Sessions.resume`),
    which also counts the download as activity."""
    resumed = Sessions(store).resume(token)
    if resumed.account is None:
        why = {"no session": "you are signed out", "signed out": "you are signed out",
               "idle": "the session was idle for too long"}.get(resumed.why, f"the session has ended ({resumed.why})")
        return f"{why}: sign in again, then download"
    if resumed.account.username != account.username:
        return "this browser is signed in as another account now: open the page again"
    return None


def _download_refusal() -> None:
    """Say why the last download was refused (it was made on click, where a page cannot write)."""
    if why := st.session_state.pop("download_refused", None):
        st.error(f"The download was refused: {md(why)}.")


def _report_downloads(account: Account, meeting_id: str, *, rule: meetings.QuorumRule = meetings.QuorumRule(),
                      packet: str | None = None, formats=report.FORMATS) -> None:
    """Download buttons for the report or a member's packet (coi.ui.meeting_pages.report_downloads)."""
    from coi.ui import meeting_pages

    meeting_pages.report_downloads(account, meeting_id, rule=rule, packet=packet, formats=formats)


def meetings_page(store: Store, account: Account) -> None:
    """The Meetings page (coi.ui.meeting_pages)."""
    from coi.ui import meeting_pages

    meeting_pages.meetings_page(store, account)


@_refusing
def held_prompts(store: Store, account: Account) -> None:
    st.title("Held prompts")
    st.write("Prompts that a member's own disclosure edit opened on a confidential party, or withdrew. Until "
             "staff review them here, the member is not shown a prompt their edit opened on a confidential party, "
             "and keeps seeing one their edit withdrew from a confidential party as it was: otherwise adding and "
             "deleting guessed names would tell a member who a confidential party is. Releasing shows the member "
             "the prompt as it now is (a withdrawal is acknowledged); every release is audited.")
    if done := st.session_state.pop("held_done", None):
        st.success(done)
    held = views.held_prompts(store, account)
    zone = load_settings().timezone  # item 14.1: times in the Panel's zone, in words
    if not held:
        st.info("No prompt awaits review.")
    else:
        st.write(f"{_count(len(held), 'prompt')} to review, oldest first.")
        st.dataframe(pd.DataFrame([{
            "since": panel_time(h.since, zone), "member": f"{h.member_id} {h.member_name}", "case": h.case_id,
            "meeting": panel_date(h.meeting_date), "party": h.party, "role": h.party_role,
            "category": h.category, "tier": h.tier, "confidential": "yes" if h.confidential else "",
            "change": h.change, "now": h.status, "member sees": h.member_sees} for h in held]),
            hide_index=True, width="stretch")
        # the choice is a label kept on the server: no prompt key reaches the browser
        labels = {f"{n}. {h.member_id} · case {h.case_id} · {h.category} · {h.change}": h.key
                  for n, h in enumerate(held, 1)}
        with st.form("release_held"):
            chosen = st.selectbox("Prompt", list(labels), key="held_choice")
            if st.form_submit_button("Release: show the member this prompt as it now is") and chosen:
                released = views.release_held_prompt(store, account, labels[chosen])
                st.session_state["held_done"] = (f"Released: {md(released.member_id)} is now shown the prompt on "
                                                 f"case {md(released.case_id)} as {released.shown or 'nothing'}.")
                st.rerun()
    st.subheader("Members' disclosure edits")
    entries = views.member_edit_log(store, account)
    if not entries:
        st.info("No member has saved their disclosures on the dashboard yet.")
        return
    st.dataframe(pd.DataFrame([{"when": panel_time(e.at, zone), "who": e.actor, "what": e.action,
                                "detail": str(e.detail)} for e in entries]), hide_index=True, width="stretch")


@_refusing
def audit(store: Store, account: Account) -> None:
    from coi.ui.audit_page import audit_page  # searched, filtered, paged, in words (issue 14, item 10)

    audit_page(store, account)


@_refusing
def accounts_page(store: Store, account: Account) -> None:
    st.title("Accounts")
    if done := st.session_state.pop("account_done", None):
        st.success(done)
    accounts = Accounts(store)
    st.dataframe(pd.DataFrame([{"username": a.username, "role": str(a.role), "member": a.member_id or "",
                                "disabled": a.disabled} for a in accounts.all(by=account)]),
                 hide_index=True, width="stretch")
    members = list(views.roster_names(store, account))
    with st.form("add_account"):
        st.subheader("Add an account")
        cols = st.columns(3)
        username = cols[0].text_input("Username", key="new_username")
        role = cols[1].selectbox("Role", [r.value for r in Role], key="new_role")
        member_id = cols[2].selectbox("Member (member accounts only)", ["", *members], key="new_member")
        password = st.text_input("Password (at least 10 characters)", type="password", key="new_password")
        if st.form_submit_button("Add the account"):
            try:
                made = accounts.create(username, role, password, member_id=member_id or None, by=account)
            except AccountError as exc:
                st.error(md(exc))
            else:
                st.session_state["account_done"] = f"Account {md(made.username)} ({made.role}) added."
                st.rerun()
    with st.form("disable_account"):
        st.subheader("Disable or enable an account")
        others = [a.username for a in accounts.all(by=account) if a.username != account.username]
        who = st.selectbox("Account", others, key="toggle_username")
        disable = st.radio("Set to", ["disabled", "enabled"], horizontal=True, key="toggle_state") == "disabled"
        if st.form_submit_button("Apply") and who:
            accounts.set_disabled(who, disable, by=account)
            st.session_state["account_done"] = f"Account {md(who)} is {'disabled' if disable else 'enabled'}."
            st.rerun()
    with st.form("reset_password"):
        st.subheader("Reset a password")
        st.caption("The account's sessions end, and its user must choose a new password at the next sign-in.")
        who = st.selectbox("Account", others, key="reset_username")
        temporary = st.text_input("Temporary password (at least 10 characters)", type="password",
                                  key="reset_password", autocomplete="new-password")
        if st.form_submit_button("Reset the password") and who:
            try:
                accounts.reset_password(who, temporary, by=account)
            except AccountError as exc:
                st.error(md(exc))
            else:
                st.session_state["account_done"] = (f"The password of {md(who)} is reset: they must change it "
                                                     "at their next sign-in.")
                st.rerun()


def change_password(store: Store, account: Account) -> None:
    """Every role: change one's own password, which needs the current one (item 11)."""
    from coi.ui import current_session_id

    st.title("Change my password")
    if done := st.session_state.pop("password_done", None):
        st.success(done)
    if account.must_change_password:
        st.warning("An administrator reset your password: choose a new one to continue.")
    with st.form("change_password", clear_on_submit=True):
        current = st.text_input("Current password", type="password", key="current_password",
                                autocomplete="current-password")
        new = st.text_input("New password (at least 10 characters)", type="password", key="new_password_1",
                            autocomplete="new-password")
        again = st.text_input("New password again", type="password", key="new_password_2",
                              autocomplete="new-password")
        if st.form_submit_button("Change my password"):
            if new != again:
                st.error("The two new passwords differ: type the same one twice.")
                return
            try:
                Accounts(store).change_own_password(current, new, by=account, keep_session=current_session_id())
            except AccountError as exc:
                st.error(md(exc))
            else:
                st.session_state["password_done"] = "Your password is changed; your other sessions are signed out."
                st.rerun()
