"""The dashboard's pages. Each takes the open store and the signed-in account, reads
through :mod:`coi.views` and writes through the store, and shows errors in plain words."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from coi import export, meetings, report, service, views, votes
from coi.accounts import Account, AccountError, Accounts, Role
from coi.ingest import VoteRow
from coi.model import Answer, InputRejected
from coi.policy import load_policy
from coi.settings import load_settings
from coi.store import Store
from coi.views import PromptView

PROMPT_COLUMNS = ("case", "meeting", "overdue", "status", "member", "party", "role", "category", "tier", "score",
                  "matched", "answer", "path")

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


def card_key(prompt_key: str) -> str:
    """The key of a prompt's card (the page gives its element the class ``st-key-<key>``)."""
    return "card-" + hashlib.sha1(prompt_key.encode("utf-8")).hexdigest()[:12]


def _prompt_card(store: Store, account: Account, view: PromptView, *, can_answer: bool) -> None:
    with st.container(border=True, key=card_key(view.key)):
        st.markdown(f"**Case {md(view.case_id)}** · {md(view.category)} · *{md(view.tier)}*"
                    + (f" · meeting {view.meeting_date.isoformat()}" if view.meeting_date else ""))
        st.markdown(f"Party: **{md(view.party)}** ({md(view.party_role)})")
        st.caption(view.basis)
        st.graphviz_chart(_dot(view))
        st.markdown(f"Matched **{md(view.matched_name)}**: {md(view.how)}")
        if view.answer is not None:
            st.success(f"Answered: {ANSWER_WORDS[view.answer]}"
                       + (f" — {md(view.reason)}" if view.reason else "")
                       + f" (by {md(view.answered_by)}, {md(view.answered_at)})")
            history = views.history_for(store, account, view.key)
            if len(history) > 1:
                with st.expander(f"History of answers ({len(history)})"):
                    for d in history:
                        st.markdown(f"{md(d.decided_at)}: {ANSWER_WORDS[d.answer]}"
                                    + (f" — {md(d.reason)}" if d.reason else "") + f" (by {md(d.decided_by)})")
        if not can_answer:
            return
        cols = st.columns(3)
        if cols[0].button(ANSWER_WORDS[Answer.SELF_RECUSE], key=f"recuse-{view.key}"):
            _answer(store, account, view, Answer.SELF_RECUSE, None)
        if cols[1].button(ANSWER_WORDS[Answer.UNSURE], key=f"unsure-{view.key}"):
            _answer(store, account, view, Answer.UNSURE, None)
        with cols[2].form(f"no-conflict-{view.key}", border=False):
            reason = st.text_input("Why there is no conflict", key=f"reason-{view.key}")
            if st.form_submit_button(ANSWER_WORDS[Answer.NO_CONFLICT]):
                _answer(store, account, view, Answer.NO_CONFLICT, reason)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _problems(exc: InputRejected, what: str) -> None:
    """Every problem of a rejected input, with its row, column and how to fix it."""
    st.error(f"{md(what)}: {len(exc.problems)} problem(s) to fix. Nothing was changed.")
    st.dataframe(pd.DataFrame([{"row": p.row or "", "column": p.column or "", "problem": p.problem,
                                "how to fix": p.fix} for p in exc.problems]), hide_index=True, width="stretch")


def _answer(store: Store, account: Account, view: PromptView, choice: Answer, reason: str | None) -> None:
    try:
        views.answer(store, account, view.key, choice, reason)
    except (ValueError, views.Forbidden) as exc:
        st.error(md(exc))
        return
    st.session_state["answered"] = f"Your answer for case {md(view.case_id)} is recorded."
    st.rerun()


def my_prompts(store: Store, account: Account) -> None:
    st.title("My prompts")
    if done := st.session_state.pop("answered", None):
        st.success(done)
    upcoming = [m for m in meetings.meetings(store) if m.meeting_date >= load_settings().as_of]
    if upcoming:
        with st.expander("My packet for an upcoming meeting"):
            chosen = st.selectbox("Meeting", [m.meeting_id for m in upcoming], key="packet_meeting")
            _report_downloads(chosen, packet=account.member_id, formats=("pdf", "html"))
    prompts = views.prompts_for(store, account)
    if not prompts:
        st.info("You have no open prompts: nothing on the docket matches your disclosed ties.")
        return
    unanswered = [v for v in prompts if v.answer is None]
    st.write(f"{len(unanswered)} of {len(prompts)} prompts await your answer.")
    for view in prompts:
        _prompt_card(store, account, view, can_answer=True)


def my_disclosures(store: Store, account: Account) -> None:
    st.title("My disclosures")
    st.write("Your ties under 50 ILCS 705/3.1(g): employers, relatives, friends, the associations you serve in. "
             "Edit the table and save: it is checked as an imported file is, and your cases are screened again "
             "at once. A relative disclosed through another (your spouse's brother) names that person in *via*.")
    if done := st.session_state.pop("saved", None):
        st.success(done)
    confirmed = views.last_confirmed(store).get(account.member_id)
    st.caption(f"Confirmed as complete on {confirmed[:10]}." if confirmed else "Not yet confirmed as complete.")
    rows = views.disclosure_rows(views.disclosures_for(store, account))
    edited = st.data_editor(pd.DataFrame(rows, columns=views.DISCLOSURE_FIELDS), num_rows="dynamic",
                            hide_index=True, width="stretch", key="disclosures_editor")
    cols = st.columns(2)
    if cols[0].button("Save and re-screen", key="save_disclosures"):
        records = edited.fillna("").astype(str).to_dict("records")
        try:
            result = views.save_disclosures(store, account, records)
        except InputRejected as exc:
            _problems(exc, "Nothing was saved")
            return
        settings = load_settings()
        service.screen_stored(store, load_policy(settings.policy_path), settings.as_of, account.username)
        st.session_state["saved"] = (f"Saved: {result.added} added, {result.changed} changed, {result.retired} "
                                     f"removed. Your cases were screened again.")
        st.rerun()
    if cols[1].button("Confirm my disclosures are complete", key="confirm_disclosures"):
        views.confirm_disclosures(store, account)
        st.session_state["saved"] = "Thank you: your disclosures are confirmed as complete today."
        st.rerun()


def my_ties(store: Store, account: Account) -> None:
    st.title("My ties")
    graph = views.ties_graph(store, account)
    if graph is None:
        st.info("You have disclosed no ties yet.")
        return
    st.graphviz_chart(graph)


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
             v.status, f"{v.member_id} {v.member_name}", v.party, v.party_role, v.category, v.tier, v.score, v.matched_name,
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


def docket(store: Store, account: Account) -> None:
    st.title("Docket")
    st.write("Upload a docket (CSV or Excel, one row per party; the columns are in docs/CONTRACT.md). "
             "It is checked whole: if any row has a problem, every problem is listed and nothing is stored.")
    upload = st.file_uploader("Docket file", type=["csv", "xlsx"], key="docket_file")
    if upload is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(upload.name).name
        path.write_bytes(upload.getvalue())
        try:
            result, loaded = service.import_docket_file(store, path, source=upload.name,
                                                       actor=account.username)
        except InputRejected as exc:
            _problems(exc, f"{upload.name} was not imported")
            return
    for w in loaded.warnings[:20]:
        st.warning(md(w))
    if result.skipped_as_duplicate:
        st.info(f"{md(upload.name)} was imported before; nothing changed.")
    else:
        st.success(f"{md(upload.name)}: {_count(result.added, 'party', 'parties')} added, {result.changed} changed, "
                   f"{result.retired} retired, {result.unchanged} unchanged.")
    settings = load_settings()
    bar = st.progress(0.0, text="Screening…")
    screened = service.screen_stored(store, load_policy(settings.policy_path), settings.as_of, account.username,
                                     progress=lambda done, total: bar.progress(done / max(total, 1),
                                                                               text=f"Screening… {done:,} of {total:,} parties"))
    bar.progress(1.0, text=f"Screened {screened.parties:,} parties in {screened.cases:,} cases: "
                           f"{len(screened.prompts):,} prompts.")
    cases = {p.case_id for p in loaded.records}
    shown = [v for v in views.prompts_for(store, account) if v.case_id in cases]
    st.subheader(f"Prompts in this docket's {_count(len(cases), 'case')}: {len(shown):,}")
    _prompt_table(_filtered(shown, "docket"), "docket-prompts")


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
    st.title("Recusal votes")
    st.write("50 ILCS 705/3.1(g)(2): when a member has not self-recused, the remaining members may recuse them "
             "by simple majority vote; the member concerned does not vote. Motions and votes are kept as "
             "recorded, for the minutes; a corrected vote is recorded again and the latest counts.")
    members = {m.member_id: m.name for m in store.members(active_only=True)}
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
                votes.move(store, case_id=case_id.strip(), member_id=member_id, moved_by=moved_by,
                           actor=account.username, note=note.strip() or None)
                st.success(f"Motion recorded: recuse {md(label(member_id))} from case {md(case_id.strip())}.")
            except votes.VoteError as exc:
                st.error(md(exc))
    all_motions = votes.motions(store)
    if not all_motions:
        st.info("No motions recorded.")
        return
    for m in reversed(all_motions):
        r = votes.result(store, m.id)
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
                    votes.vote(store, m.id, voter_id=voter, choice=choice, actor=account.username)
                    st.rerun()
                except votes.VoteError as exc:
                    st.error(md(exc))
            if r.votes:
                st.caption(" · ".join(f"{md(label(v))}: {c}" for v, c in sorted(r.votes.items())))


REPORT_MIME = {"pdf": "application/pdf", "html": "text/html", "csv": "text/csv",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _report_downloads(meeting_id: str, *, rule: meetings.QuorumRule = meetings.QuorumRule(),
                      packet: str | None = None, formats=report.FORMATS) -> None:
    """Download buttons for the report (or a member's packet); each file is made only when
    its button is pressed, from its own connection to the database."""
    def make(fmt: str):
        def render() -> bytes:
            with Store.open(load_settings().db_path) as store:
                built = meetings.build_report(store, meeting_id, rule=rule, today=load_settings().as_of,
                                              member_id=packet)
            return report.render(built, fmt, packet=packet)
        return render

    cols = st.columns(len(formats))
    name = f"{'packet-' + packet.lower() + '-' if packet else 'conflict-report-'}{meeting_id}"
    for col, fmt in zip(cols, formats):
        if fmt == "pdf" and not report.pdf_available():
            col.caption("PDF: the Pango library is missing on the server (apt-get install libpango-1.0-0).")
            continue
        col.download_button(fmt.upper(), make(fmt), file_name=f"{name}.{fmt}", mime=REPORT_MIME[fmt],
                            key=f"dl-{name}-{fmt}", on_click="ignore")


def meetings_page(store: Store, account: Account) -> None:
    st.title("Meetings")
    if done := st.session_state.pop("meeting_done", None):
        st.success(done)
    all_meetings = meetings.meetings(store)
    members = {m.member_id: m.name for m in store.members(active_only=True)}
    with st.expander("Create or replace a meeting", expanded=not all_meetings):
        with st.form("new_meeting"):
            cols = st.columns(2)
            date = cols[0].date_input("Date", key="meeting_date")
            meeting_id = cols[1].text_input("Meeting id (default: the date)", key="meeting_id")
            case_ids = st.multiselect("Agenda: the cases, in order", [c.case_id for c in store.cases()],
                                      key="meeting_cases")
            if st.form_submit_button("Save the meeting"):
                try:
                    meetings.save_meeting(store, meeting_id or date.isoformat(), date, case_ids, actor=account.username)
                    st.session_state["meeting_done"] = f"Meeting {md(meeting_id or date.isoformat())} saved."
                    st.rerun()
                except meetings.MeetingError as exc:
                    st.error(md(exc))
    if not all_meetings:
        st.info("No meetings yet: create one above, or import agenda.csv (coi import).")
        return
    chosen = st.selectbox("Meeting", [m.meeting_id for m in all_meetings], index=len(all_meetings) - 1,
                          key="meeting_choice")
    m = meetings.meeting(store, chosen)
    st.write(f"{m.meeting_date.isoformat()}: {len(m.items)} agenda items.")
    absent = st.multiselect("Known absences", list(members), default=list(m.absent),
                            format_func=lambda x: f"{x} {members.get(x, '')}", key=f"absent-{chosen}")
    if set(absent) != set(m.absent):
        for member_id in set(absent) ^ set(m.absent):
            meetings.set_absent(store, chosen, member_id, member_id in absent, actor=account.username)
        st.rerun()
    st.subheader("Pre-meeting conflict report")
    cols = st.columns(3)
    basis = cols[0].selectbox("Quorum: a majority of", [b.value for b in meetings.QuorumBasis], key="rule_basis")
    counted = cols[1].checkbox("Recused members count towards the quorum", key="rule_counted")
    base = cols[2].selectbox("A decision needs a majority of", [b.value for b in meetings.VoteBase], index=1,
                             key="rule_base")
    rule = meetings.QuorumRule(meetings.QuorumBasis(basis), counted, meetings.VoteBase(base))
    built = meetings.build_report(store, chosen, rule=rule, today=load_settings().as_of)
    st.caption(built.rule)
    for i in built.items:
        for w in i.warnings:
            st.warning(f"Item {i.item} ({md(i.case_id)}): {md(w)}")
    _report_downloads(chosen, rule=rule)
    st.subheader("After the meeting: who voted")
    with st.form(f"votes-{chosen}"):
        item = st.selectbox("Item", [f"{n}: {c}" for n, c in m.items], key="vote_item")
        voted = st.multiselect("Members who voted", list(members), format_func=lambda x: f"{x} {members.get(x, '')}",
                               key="vote_members")
        how = st.radio("Vote", ["yes", "no", "abstain", "not recorded"], horizontal=True, key="vote_how")
        if st.form_submit_button("Record the votes") and item and voted:
            number = int(item.split(":")[0])
            rows = [VoteRow(chosen, number, v, None if how == "not recorded" else how) for v in voted]
            meetings.record_votes(store, rows, source="dashboard", actor=account.username)
            st.session_state["meeting_done"] = f"{len(rows)} votes recorded on item {number}."
            st.rerun()
    st.subheader("Removal exposure, 3.1(g)(2)")
    grouped = meetings.exposure_audit(store, chosen)
    if not any(grouped.values()):
        st.info("No member voted on an item where they had an unanswered or self-recused statutory prompt, "
                "and no member was recused by vote.")
    for appointer, rows in grouped.items():
        if rows:
            st.markdown(f"**Appointed by the {appointer}**")
            st.dataframe(pd.DataFrame([{"item": e.item, "case": e.case_id, "member": f"{e.member_id} {e.member_name}",
                                        "why": e.why, "category": e.category, "vote": e.vote or "",
                                        "evidence": e.evidence} for e in rows]), hide_index=True, width="stretch")


def audit(store: Store, account: Account) -> None:
    st.title("Audit")
    entries = store.audit_log(limit=500)
    if not entries:
        st.info("Nothing recorded yet.")
        return
    st.dataframe(pd.DataFrame([{"when": e.at, "who": e.actor, "what": e.action, "detail": str(e.detail)}
                               for e in entries]), hide_index=True, width="stretch")


def accounts_page(store: Store, account: Account) -> None:
    st.title("Accounts")
    if done := st.session_state.pop("account_done", None):
        st.success(done)
    accounts = Accounts(store)
    st.dataframe(pd.DataFrame([{"username": a.username, "role": str(a.role), "member": a.member_id or "",
                                "disabled": a.disabled} for a in accounts.all()]),
                 hide_index=True, width="stretch")
    members = [m.member_id for m in store.members(active_only=True)]
    with st.form("add_account"):
        st.subheader("Add an account")
        cols = st.columns(3)
        username = cols[0].text_input("Username", key="new_username")
        role = cols[1].selectbox("Role", [r.value for r in Role], key="new_role")
        member_id = cols[2].selectbox("Member (member accounts only)", ["", *members], key="new_member")
        password = st.text_input("Password (at least 10 characters)", type="password", key="new_password")
        if st.form_submit_button("Add the account"):
            try:
                made = accounts.create(username, role, password, member_id=member_id or None, actor=account.username)
            except AccountError as exc:
                st.error(md(exc))
            else:
                st.session_state["account_done"] = f"Account {md(made.username)} ({made.role}) added."
                st.rerun()
    with st.form("disable_account"):
        st.subheader("Disable or enable an account")
        others = [a.username for a in accounts.all() if a.username != account.username]
        who = st.selectbox("Account", others, key="toggle_username")
        disable = st.radio("Set to", ["disabled", "enabled"], horizontal=True, key="toggle_state") == "disabled"
        if st.form_submit_button("Apply") and who:
            accounts.set_disabled(who, disable, actor=account.username)
            st.session_state["account_done"] = f"Account {md(who)} is {'disabled' if disable else 'enabled'}."
            st.rerun()
