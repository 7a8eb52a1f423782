"""The dashboard's pages. Each takes the open store and the signed-in account, calls the
library with that account (:mod:`coi.views`, :mod:`coi.meetings`, :mod:`coi.votes`,
:mod:`coi.service`, which ask :func:`coi.access.require`), and shows errors — a refusal
included — in plain words."""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from coi import dashboard, explain, export, meetings, report, service, tabular, views, votes
from coi.accounts import Account, AccountError, Accounts, Role
from coi.import_plan import Change, ImportPlan, PlanChanged
from coi.ingest import VoteRow
from coi.model import Answer, InputRejected
from coi.policy import load_policy
from coi.sessions import Sessions
from coi.settings import load_settings
from coi.store import Store
from coi.text import MAX_TEXT
from coi.views import PromptView

PROMPT_COLUMNS = ("case", "meeting", "overdue", "status", "member", "party", "role", "category", "tier", "score",
                  "probability", "reasons", "matched", "answer", "path")

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
#: on the card answers the prompt as the member saw it (coi.store.StoredPrompt.version)
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


def _prompt_card(store: Store, account: Account, view: PromptView, *, can_answer: bool,
                 seen: int | None = None, clicked_at: float | None = None) -> None:
    """One prompt's card; ``seen``: the version of the prompt the card was drawn with the
    last time, which is what a click on it now answers; ``clicked_at``: when this run began
    (the click's time, for the double-click window)."""
    opaque = card_id(view.key)
    st.session_state.setdefault(CARD_VERSIONS, {})[view.key] = view.version  # what the next click answers
    with st.container(border=True, key=card_key(view.key)):
        st.markdown(f"**Case {md(view.case_id)}** · {md(view.category)} · *{md(view.tier)}*"
                    + (f" · meeting {view.meeting_date.isoformat()}" if view.meeting_date else ""))
        st.markdown(f"Party: **{md(view.party)}** ({md(view.party_role)})")
        st.caption(md(view.basis))
        st.graphviz_chart(_dot(view))
        _match_evidence(view)
        if view.answer is not None:
            st.success(f"Answered: {ANSWER_WORDS[view.answer]}"
                       + (f" — {md(view.reason)}" if view.reason else "")
                       + f" (by {md(view.answered_by)}, {md(view.answered_at)})")
        elif view.struck is not None:
            st.warning(f"Your answer {ANSWER_WORDS[view.struck.answer]} of {md(view.struck.decided_at)} was marked "
                       f"as entered in error (by {md(view.struck.entered_in_error_by)}, "
                       f"{md(view.struck.entered_in_error_at)}): this prompt awaits your answer again.")
        if view.answer is not None or view.struck is not None:
            history = views.history_for(store, account, view.key)
            if len(history) > 1 or any(d.entered_in_error for d in history):
                with st.expander(f"History of answers ({len(history)})"):
                    for d in history:
                        st.markdown(f"{md(d.decided_at)}: {ANSWER_WORDS[d.answer]}"
                                    + (f" — {md(d.reason)}" if d.reason else "") + f" (by {md(d.decided_by)})"
                                    + (f" — **entered in error** (marked by {md(d.entered_in_error_by)}, "
                                       f"{md(d.entered_in_error_at)})" if d.entered_in_error else ""))
        if not can_answer:
            return
        cols = st.columns(3)
        if cols[0].button(ANSWER_WORDS[Answer.SELF_RECUSE], key=f"recuse-{opaque}"):
            _answer(store, account, view, Answer.SELF_RECUSE, None, seen, clicked_at)
        if cols[1].button(ANSWER_WORDS[Answer.UNSURE], key=f"unsure-{opaque}"):
            _answer(store, account, view, Answer.UNSURE, None, seen, clicked_at)
        with cols[2].form(f"no-conflict-{opaque}", border=False):
            reason = st.text_input("Why there is no conflict", key=f"reason-{opaque}", max_chars=MAX_TEXT)
            if st.form_submit_button(ANSWER_WORDS[Answer.NO_CONFLICT]):
                _answer(store, account, view, Answer.NO_CONFLICT, reason, seen, clicked_at)
        if view.answer is not None and st.button(
                "Mark this answer as entered in error", key=f"error-{opaque}",
                help="For an answer you did not mean to give (a click that landed on the wrong card). The answer "
                     "stays on record, marked with who marked it and when; the prompt awaits your answer again."):
            _act(view, ENTERED_IN_ERROR, seen,
                 lambda version: views.mark_entered_in_error(store, account, view.key, version=version),
                 f"Your answer for case {md(view.case_id)} is marked as entered in error: the prompt awaits your "
                 "answer again.", clicked_at)


#: The waterfall's columns on a card (coi.explain.waterfall_rows).
WATERFALL_COLUMNS = ("comparison", "level", "party", "disclosed", "bits", "total")


def _match_evidence(view: PromptView) -> None:
    """How the party's name matched: the probability in words with its percentage, the top
    reasons in plain words, and the waterfall of the evidence. A redacted card says the same
    withheld words as every other redacted card (coi.redaction): nothing of the hidden match."""
    if view.redacted:
        st.markdown(f"Matched **{md(view.matched_name)}**: {md(view.how)}")
        st.caption(md(view.likelihood[:1].upper() + view.likelihood[1:]) + ".")
        return
    st.markdown(f"Matched **{md(view.matched_name)}** — **{md(view.likelihood)}**")
    if view.reasons:
        st.markdown(f"Why: {md(view.reasons)}")
    if view.features:
        with st.expander("How the names compare"):
            # a static table (drawn as HTML, readable by a screen reader); its cells are markdown: escaped
            rows = [[md(cell) for cell in row] for row in explain.waterfall_rows(view.features, view.prior)]
            st.table(pd.DataFrame(rows, columns=WATERFALL_COLUMNS), hide_index=True)
            st.caption("Each comparison adds its bits (log-odds) to the prior; the total gives the probability.")


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
    on a version another window overtook (:class:`coi.store.StaleAnswer`)."""
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


@_refusing
def my_prompts(store: Store, account: Account) -> None:
    clicked_at = _clock()  # before the page's work: a busy server does not stretch the double-click window
    st.title("My prompts")
    if done := st.session_state.pop("answered", None):
        st.success(done)
    _download_refusal()
    upcoming = [m for m in meetings.meetings(store, account) if m.meeting_date >= load_settings().as_of]
    if upcoming:
        with st.expander("My packet for an upcoming meeting"):
            chosen = st.selectbox("Meeting", [m.meeting_id for m in upcoming], key="packet_meeting")
            _report_downloads(account, chosen, packet=account.member_id, formats=("pdf", "html"))
    prompts = views.prompts_for(store, account)
    if not prompts:
        st.info("You have no open prompts: nothing on the docket matches your disclosed ties.")
        return
    unanswered = [v for v in prompts if v.answer is None]
    st.write(f"{len(unanswered)} of {len(prompts)} prompts await your answer.")
    seen = dict(st.session_state.get(CARD_VERSIONS, {}))  # as the cards were drawn before this click
    last = st.session_state.get(LAST_ACTION)
    for view in prompts:
        _prompt_card(store, account, view, can_answer=True, seen=seen.get(view.key), clicked_at=clicked_at)
        if last is not None and not last["drawn"]:  # a card moved just now: the double-click window runs on
            last["at"] = _clock()
    if last is not None:
        last["drawn"] = True  # every card is in its new place


@_refusing
def my_disclosures(store: Store, account: Account) -> None:
    st.title("My disclosures")
    st.write("Your ties under 50 ILCS 705/3.1(g): employers, relatives, friends, the associations you serve in. "
             "Edit the table and save: it is checked as an imported file is, and your cases are screened again "
             "at once. A relative disclosed through another (your spouse's brother) names that person in *via*.")
    if done := st.session_state.pop("saved", None):
        st.success(done)
    if notice := st.session_state.pop("saved_notice", None):
        st.warning(md(notice))
    confirmed = views.confirmed_on(store, account)
    st.caption(f"Confirmed as complete on {md(confirmed[:10])}." if confirmed else "Not yet confirmed as complete.")
    rows = views.disclosure_rows(views.disclosures_for(store, account))
    edited = st.data_editor(pd.DataFrame(rows, columns=views.DISCLOSURE_FIELDS), num_rows="dynamic",
                            hide_index=True, width="stretch", key=editor_key())
    cols = st.columns(3)
    if cols[0].button("Save and re-screen", key="save_disclosures"):
        records = edited.fillna("").astype(str).to_dict("records")
        try:  # saving screens again, in the same transaction
            result = views.save_disclosures(store, account, records)
        except InputRejected as exc:
            _problems(exc, "Nothing was saved")
            return
        except views.SavesLimited as exc:
            st.error(md(exc))
            return
        st.session_state["saved"] = (f"Saved: {result.added} added, {result.changed} changed, {result.retired} "
                                     f"removed. Your cases were screened again.")
        if result.notice:
            st.session_state["saved_notice"] = result.notice
        st.rerun()
    if cols[1].button("Confirm my disclosures are complete", key="confirm_disclosures"):
        try:  # from the table as the member sees it: unsaved edits are refused, not lost
            views.confirm_disclosures(store, account, as_shown=edited.fillna("").astype(str).to_dict("records"))
        except views.UnsavedEdits as exc:
            st.error(md(exc))
            return
        st.session_state["saved"] = "Thank you: your disclosures are confirmed as complete today."
        st.rerun()
    if cols[2].button("Discard my edits", key="discard_disclosures"):
        st.session_state[EDITOR_GENERATION] = st.session_state.get(EDITOR_GENERATION, 0) + 1  # a fresh table
        st.rerun()


#: session_state: how many times the member discarded their edits (a new count is a new, unedited table)
EDITOR_GENERATION = "disclosures_editor_generation"


def editor_key() -> str:
    """The key of the disclosures table: a new one after "Discard my edits", so the table
    shows the stored disclosures again."""
    generation = st.session_state.get(EDITOR_GENERATION, 0)
    return "disclosures_editor" + (f"-{generation}" if generation else "")


@_refusing
def my_ties(store: Store, account: Account) -> None:
    st.title("My ties")
    graph = views.ties_graph(store, account)
    if graph is None:
        st.info("You have disclosed no ties yet.")
        return
    st.graphviz_chart(graph)


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
    today = load_settings().as_of
    late = sum(v.overdue(today) for v in shown)
    st.write(f"{len(shown)} of {len(prompts)} prompts, unanswered first and the soonest meeting first; "
             f"{late} unanswered with the meeting a week away or less.")
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
    today = load_settings().as_of
    return [(v.case_id, v.meeting_date.isoformat() if v.meeting_date else "", "yes" if v.overdue(today) else "",
             v.status, f"{v.member_id} {v.member_name}", v.party, v.party_role, v.category, v.tier, v.score,
             v.likelihood, v.reasons, v.matched_name,
             str(v.answer) if v.answer else "", v.path_text) for v in shown]


def _prompt_table(shown: list[PromptView], name: str) -> None:
    """The prompts as a table, and as CSV and Excel downloads safe to open in a spreadsheet."""
    rows = _prompt_rows(shown)
    st.dataframe(pd.DataFrame(rows, columns=PROMPT_COLUMNS), hide_index=True, width="stretch")
    cols = st.columns(2)
    cols[0].download_button("Download CSV", export.to_csv(PROMPT_COLUMNS, rows), file_name=f"{name}.csv",
                            mime="text/csv", key=f"csv-{name}")
    cols[1].download_button("Download Excel", export.to_xlsx(PROMPT_COLUMNS, rows), file_name=f"{name}.xlsx",
                            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            key=f"xlsx-{name}")


@_refusing
def docket(store: Store, account: Account) -> None:
    st.title("Docket")
    st.write("Upload a docket (CSV or Excel, one row per party; the columns are in docs/CONTRACT.md). "
             "It is checked whole: if any row has a problem, every problem is listed and nothing is stored. "
             "Then you see the plan — every party it adds, changes or retires, by name — and nothing is stored "
             "until you import it with the button.")
    encodings = _upload_encoding()
    upload = st.file_uploader("Docket file", type=["csv", "xlsx"], key="docket_file")
    if upload is None:
        st.session_state.pop(DOCKET_PLAN_SHOWN, None)
        return
    content = upload.getvalue()
    file_id = hashlib.sha256(content).hexdigest() + f":{encodings.fallback or ''}"
    shown = st.session_state.get(DOCKET_PLAN_SHOWN)
    confirmed = shown[1] if shown is not None and shown[0] == file_id else None  # the plan the button was under
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(upload.name).name
        path.write_bytes(content)
        try:
            plan, loaded = service.plan_docket_file(store, account, path, source=upload.name, encoding=encodings)
        except InputRejected as exc:
            _problems(exc, f"{upload.name} was not imported")
            return
        for w in loaded.warnings[:20]:
            st.warning(md(w))
        cases = {p.case_id for p in loaded.records}
        if plan.duplicate_of is not None:
            st.session_state.pop(DOCKET_PLAN_SHOWN, None)
            st.info(f"{md(upload.name)} is imported (this very file); nothing more to import.")
            _docket_prompts(store, account, cases)
            return
        _import_plan(plan, "party", "parties")
        label = (f"Import {upload.name}, retiring {_count(len(plan.retired), 'party', 'parties')}" if plan.removes
                 else f"Import {upload.name}")
        clicked = st.button(label, key="docket_import", type="primary")
        st.session_state[DOCKET_PLAN_SHOWN] = (file_id, plan)
        if not clicked:
            return
        if confirmed is None:
            st.warning("Check the plan above, then import the file with the button.")
            return
        try:
            result, _ = service.import_docket_file(store, account, path, source=upload.name, plan=confirmed,
                                                   encoding=encodings)
        except PlanChanged as exc:
            st.warning(f"{md(upload.name)} was not imported: the stored docket changed since you saw the plan. "
                       f"The plan above is what the import would do now — check it and confirm again.")
            st.session_state[DOCKET_PLAN_SHOWN] = (file_id, exc.plan)
            return
    st.session_state.pop(DOCKET_PLAN_SHOWN, None)
    st.success(f"{md(upload.name)}: {_count(result.added, 'party', 'parties')} added, {result.changed} changed, "
               f"{result.retired} retired, {result.unchanged} unchanged.")
    settings = load_settings()
    bar = st.progress(0.0, text="Screening…")
    screened = service.screen_stored(store, account, load_policy(settings.policy_path), settings.as_of,
                                     progress=lambda done, total: bar.progress(done / max(total, 1),
                                                                               text=f"Screening… {done:,} of {total:,} parties"))
    bar.progress(1.0, text=f"Screened {screened.parties:,} parties in {screened.cases:,} cases: "
                           f"{len(screened.prompts):,} prompts.")
    _docket_prompts(store, account, cases)


def _upload_encoding() -> tabular.Encodings:
    """The encoding choice for an uploaded CSV, as the command line's --encoding: a file that
    is UTF-8 is read as UTF-8 whatever is chosen; the choice is for a file that is not."""
    choices = {"": "Automatic: UTF-8 (a file that is not UTF-8 is refused, naming its likely encoding)",
               **tabular.CHOOSABLE_ENCODINGS}
    chosen = st.selectbox("Encoding of a CSV file that is not UTF-8", list(choices), format_func=choices.__getitem__,
                          key="docket_encoding",
                          help="A UTF-8 file is always read as UTF-8. Choose another encoding only when coi refuses "
                               "the file and names it (Excel on Windows writes Windows-1252 unless you save as "
                               "'CSV UTF-8').")
    return tabular.Encodings(fallback=chosen or None, ask="choose “{label}” under “Encoding of a CSV file that is not UTF-8” and upload it again",
                             offered=tuple(tabular.CHOOSABLE_ENCODINGS))


#: (the uploaded file's SHA-256, the plan shown with it): what a click on the import button confirms.
DOCKET_PLAN_SHOWN = "docket_plan_shown"


def _import_plan(plan: ImportPlan, one: str, many: str) -> None:
    """An import's plan, before anything is stored: the counts, and every row it touches by name."""
    st.subheader("What importing it will do")
    st.write(f"{_count(len(plan.added), one, many)} added, {len(plan.changed)} changed, "
             f"{len(plan.retired)} retired (kept as history), {plan.unchanged:,} unchanged"
             + (f", {len(plan.kept)} kept (entered in the dashboard)" if plan.kept else "") + ".")
    if plan.retired:
        st.warning(f"Importing it retires {_count(len(plan.retired), one, many)} that the file does not list "
                   f"(named below): they no longer count for screening.")
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


@_refusing
def recusal_votes(store: Store, account: Account) -> None:
    st.title("Recusal votes")
    st.write("50 ILCS 705/3.1(g)(2): when a member has not self-recused, the remaining members may recuse them "
             "by simple majority vote; the member concerned does not vote. Motions and votes are kept as "
             "recorded, for the minutes; a corrected vote is recorded again and the latest counts.")
    members = views.roster_names(store, account)
    label = lambda mid: f"{mid} {members.get(mid, '')}"  # noqa: E731
    with st.form("motion"):
        st.subheader("New motion")
        cols = st.columns(3)
        case_id = cols[0].text_input("Case", key="motion_case")
        member_id = cols[1].selectbox("Member to recuse", list(members), format_func=label, key="motion_member")
        moved_by = cols[2].selectbox("Moved by", list(members), format_func=label, key="motion_mover")
        note = st.text_input("Note for the minutes (optional)", key="motion_note")
        if st.form_submit_button("Record the motion"):
            try:
                votes.move(store, account, case_id=case_id.strip(), member_id=member_id, moved_by=moved_by,
                           note=note.strip() or None)
                st.success(f"Motion recorded: recuse {md(label(member_id))} from case {md(case_id.strip())}.")
            except votes.VoteError as exc:
                st.error(md(exc))
    all_motions = votes.motions(store, account)
    if not all_motions:
        st.info("No motions recorded.")
        return
    for m in reversed(all_motions):
        r = votes.result(store, account, m.id)
        with st.container(border=True, key=f"motion-{m.id}"):
            st.markdown(f"**Motion {m.id}**: recuse {md(label(m.member_id))} from case **{md(m.case_id)}** "
                        f"(moved by {md(label(m.moved_by))}, {md(m.recorded_at[:16].replace('T', ' '))})")
            st.write(md(r.words()))
            voters = [v for v in members if v != m.member_id]
            cols = st.columns([2, 2, 1])
            voter = cols[0].selectbox("Member voting", voters, format_func=label, key=f"voter-{m.id}")
            choice = cols[1].radio("Vote", [v.value for v in votes.Vote], horizontal=True, key=f"vote-{m.id}")
            if cols[2].button("Record the vote", key=f"record-{m.id}"):
                try:
                    votes.vote(store, account, m.id, voter_id=voter, choice=choice)
                    st.rerun()
                except votes.VoteError as exc:
                    st.error(md(exc))
            if r.votes:
                st.caption(" · ".join(f"{md(label(v))}: {c}" for v, c in sorted(r.votes.items())))


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
    or None. The same server-side check every page makes (:meth:`coi.sessions.Sessions.resume`),
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
    """Download buttons for the report (or a member's packet); each file is made only when
    its button is pressed, from its own connection to the database — and only when, at that
    moment, the session is still signed in and not idle, and the account (re-read from the
    database by :func:`coi.access.require`) may still have it. A refusal produces no file:
    it is audited, raised (the browser says the download failed) and said on the next page."""
    session, token = _session_state(), dashboard.browser_session_token()  # read now, in the page's run
    name = f"{'packet-' + packet.lower() + '-' if packet else 'conflict-report-'}{meeting_id}"

    def make(fmt: str):
        def render() -> bytes:
            with Store.open(load_settings().db_path) as store:
                why = _session_refusal(store, token, account)
                if not dashboard.asked_by_this_browser(token):  # a download id leaked to another browser
                    why = "the download was asked for from another browser"
                try:
                    if why is not None:
                        raise views.Forbidden(why)
                    built = meetings.build_report(store, account, meeting_id, rule=rule,
                                                  today=load_settings().as_of, member_id=packet)
                except views.Forbidden as exc:
                    store.audit("download refused", account.username,
                                {"file": f"{name}.{fmt}", "meeting_id": meeting_id, "reason": str(exc)})
                    if session is not None:
                        session["download_refused"] = str(exc)
                    raise
            return report.render(built, fmt, packet=packet)
        return render

    cols = st.columns(len(formats))
    for col, fmt in zip(cols, formats):
        if fmt == "pdf" and not report.pdf_available():
            col.caption("PDF: the Pango library is missing on the server (apt-get install libpango-1.0-0).")
            continue
        col.download_button(fmt.upper(), make(fmt), file_name=f"{name}.{fmt}", mime=REPORT_MIME[fmt],
                            key=f"dl-{name}-{fmt}", on_click="ignore")


@_refusing
def meetings_page(store: Store, account: Account) -> None:
    st.title("Meetings")
    if done := st.session_state.pop("meeting_done", None):
        st.success(done)
    _download_refusal()
    all_meetings = meetings.meetings(store, account)
    members = views.roster_names(store, account)
    with st.expander("Create or replace a meeting", expanded=not all_meetings):
        with st.form("new_meeting"):
            cols = st.columns(2)
            date = cols[0].date_input("Date", key="meeting_date")
            meeting_id = cols[1].text_input("Meeting id (default: the date)", key="meeting_id")
            case_ids = st.multiselect("Agenda: the cases, in order", [c.case_id for c in store.cases()],
                                      key="meeting_cases")
            if st.form_submit_button("Save the meeting"):
                try:
                    meetings.save_meeting(store, account, meeting_id or date.isoformat(), date, case_ids)
                    st.session_state["meeting_done"] = f"Meeting {md(meeting_id or date.isoformat())} saved."
                    st.rerun()
                except meetings.MeetingError as exc:
                    st.error(md(exc))
    if not all_meetings:
        st.info("No meetings yet: create one above, or import agenda.csv (coi import).")
        return
    chosen = st.selectbox("Meeting", [m.meeting_id for m in all_meetings], index=len(all_meetings) - 1,
                          key="meeting_choice")
    m = meetings.meeting(store, account, chosen)
    st.write(f"{m.meeting_date.isoformat()}: {len(m.items)} agenda items.")
    absent = st.multiselect("Known absences", list(members), default=list(m.absent),
                            format_func=lambda x: f"{x} {members.get(x, '')}", key=f"absent-{chosen}")
    if set(absent) != set(m.absent):
        for member_id in set(absent) ^ set(m.absent):
            meetings.set_absent(store, account, chosen, member_id, member_id in absent)
        st.rerun()
    st.subheader("Pre-meeting conflict report")
    cols = st.columns(3)
    basis = cols[0].selectbox("Quorum: a majority of", [b.value for b in meetings.QuorumBasis], key="rule_basis")
    counted = cols[1].checkbox("Recused members count towards the quorum", key="rule_counted")
    base = cols[2].selectbox("A decision needs a majority of", [b.value for b in meetings.VoteBase], index=1,
                             key="rule_base")
    rule = meetings.QuorumRule(meetings.QuorumBasis(basis), counted, meetings.VoteBase(base))
    built = meetings.build_report(store, account, chosen, rule=rule, today=load_settings().as_of)
    st.caption(md(built.rule))
    for i in built.items:
        for w in i.warnings:
            st.warning(f"Item {i.item} ({md(i.case_id)}): {md(w)}")
    _report_downloads(account, chosen, rule=rule)
    st.subheader("After the meeting: who voted")
    with st.form(f"votes-{chosen}"):
        item = st.selectbox("Item", [f"{n}: {c}" for n, c in m.items], key="vote_item")
        voted = st.multiselect("Members who voted", list(members), format_func=lambda x: f"{x} {members.get(x, '')}",
                               key="vote_members")
        how = st.radio("Vote", ["yes", "no", "abstain", "not recorded"], horizontal=True, key="vote_how")
        if st.form_submit_button("Record the votes") and item and voted:
            number = int(item.split(":")[0])
            rows = [VoteRow(chosen, number, v, None if how == "not recorded" else how) for v in voted]
            meetings.record_votes(store, account, rows, source="dashboard")
            st.session_state["meeting_done"] = f"{len(rows)} votes recorded on item {number}."
            st.rerun()
    st.subheader("Removal exposure, 3.1(g)(2)")
    # a staff page: staff see confidential parties' names here (coi.redaction.may_reveal decides)
    grouped = meetings.exposure_audit(store, account, chosen, reveal_confidential=True)
    if not any(grouped.values()):
        st.info("No member voted on an item where they had an unanswered or self-recused statutory prompt, "
                "and no member was recused by vote.")
    for appointer, rows in grouped.items():
        if rows:
            st.markdown(f"**Appointed by the {appointer}**")
            st.dataframe(pd.DataFrame([{"item": e.item, "case": e.case_id, "member": f"{e.member_id} {e.member_name}",
                                        "why": e.why, "category": e.category, "vote": e.vote or "",
                                        "evidence": e.evidence} for e in rows]), hide_index=True, width="stretch")


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
    if not held:
        st.info("No prompt awaits review.")
    else:
        st.write(f"{_count(len(held), 'prompt')} to review, oldest first.")
        st.dataframe(pd.DataFrame([{
            "since": h.since, "member": f"{h.member_id} {h.member_name}", "case": h.case_id,
            "meeting": h.meeting_date.isoformat() if h.meeting_date else "", "party": h.party, "role": h.party_role,
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
    st.dataframe(pd.DataFrame([{"when": e.at, "who": e.actor, "what": e.action, "detail": str(e.detail)}
                               for e in entries]), hide_index=True, width="stretch")


@_refusing
def audit(store: Store, account: Account) -> None:
    st.title("Audit")
    entries = service.audit_entries(store, account, limit=500)
    if not entries:
        st.info("Nothing recorded yet.")
        return
    st.dataframe(pd.DataFrame([{"when": e.at, "who": e.actor, "what": e.action, "detail": str(e.detail)}
                               for e in entries]), hide_index=True, width="stretch")


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
    from coi.dashboard import current_session_id

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
