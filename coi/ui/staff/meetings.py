"""The meeting pages: Meetings (opens on the next meeting; agenda, absences, the pre-meeting
report and its downloads, votes on items, the removal-exposure audit) and Recusal votes
(3.1(g)(2) motions made at a meeting on a case of its agenda, the remaining members' roll
call in one form, the note for the minutes shown and downloadable). A thin layer over
:mod:`coi.decisions.meetings`, :mod:`coi.decisions.votes` and :mod:`coi.decisions.minutes`, which check every access."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import streamlit as st

from coi.decisions import meetings, minutes, views, votes
from coi.decisions.accounts import Account
from coi.ingest.records import VoteRow
from coi.model import Vote
from coi.settings import load_settings
from coi.store.database import Store
from coi.timefmt import panel_date
from coi.ui import widgets
from coi.ui.widgets import download_refusal, guarded_download, md, refusing, report_downloads

VOTE_WORDS = {votes.Vote.YES: "yes — recuse", votes.Vote.NO: "no", votes.Vote.ABSTAIN: "abstain",
              votes.Vote.ABSENT: "absent"}


def _meeting_words(m: meetings.Meeting) -> str:
    """"Thu 10 Dec 2026" (and the id when it is not simply the date)."""
    day = panel_date(m.meeting_date)
    return day if m.meeting_id == m.meeting_date.isoformat() else f"{day} ({m.meeting_id})"


def choose_meeting(all_meetings: list[meetings.Meeting], key: str) -> str:
    """A selectbox of the meetings (``all_meetings``: one at least) that opens on the next one (the
    soonest not yet held, else the latest)."""
    ids = [m.meeting_id for m in all_meetings]
    today = widgets.today()
    start = meetings.next_meeting(all_meetings, today)
    labels = {m.meeting_id: _meeting_words(m) + (" — held" if m.meeting_date < today else "") for m in all_meetings}
    return st.selectbox("Meeting", ids, index=ids.index(start.meeting_id) if start else 0,
                        format_func=lambda i: labels[i], key=key)


def rule_controls(prefix: str = "") -> meetings.QuorumRule:
    """The quorum rule to apply (the statute does not fix it: coi.settings.QuorumRule), starting
    from the Panel's own (:attr:`coi.settings.Settings.quorum`); what the page shows is what its
    reports, minutes and vote actions are read under."""
    start = load_settings().quorum
    bases, vote_bases = list(meetings.QuorumBasis), list(meetings.VoteBase)
    cols = st.columns(3)
    basis = cols[0].selectbox("Quorum: a majority of", [b.value for b in bases], index=bases.index(start.basis),
                              key=f"{prefix}rule_basis")
    counted = cols[1].checkbox("Recused members count towards the quorum", value=start.recused_count,
                               key=f"{prefix}rule_counted")
    base = cols[2].selectbox("A decision needs a majority of", [b.value for b in vote_bases],
                             index=vote_bases.index(start.vote_base), key=f"{prefix}rule_base")
    return replace(start, basis=meetings.QuorumBasis(basis), recused_count=counted, vote_base=meetings.VoteBase(base))


# ------------------------------------------------------------------ Meetings

@refusing
def meetings_page(store: Store, account: Account) -> None:
    st.title("Meetings")
    if done := st.session_state.pop("meeting_done", None):
        st.success(done)
    download_refusal()
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
    chosen = choose_meeting(all_meetings, "meeting_choice")
    m = meetings.meeting(store, account, chosen)
    held = "held" if m.meeting_date < widgets.today() else "ahead"
    st.write(f"{md(panel_date(m.meeting_date))} ({held}): {len(m.items)} agenda items.")
    absent = st.multiselect("Known absences", list(members), default=list(m.absent),
                            format_func=lambda x: f"{x} {members.get(x, '')}", key=f"absent-{chosen}")
    if set(absent) != set(m.absent):
        for member_id in set(absent) ^ set(m.absent):
            meetings.set_absent(store, account, chosen, member_id, member_id in absent)
        st.rerun()
    st.subheader("Pre-meeting conflict report")
    rule = rule_controls()
    built = meetings.build_report(store, account, chosen, rule=rule, today=widgets.today())
    st.caption(md(built.rule))
    if built.changed_after:
        # no download of a report that leaves out what the new data raises (as coi report refuses it)
        st.error(md(meetings.stale_words(built.changed_after, built.screened_with is not None))
                 + " (A file uploaded on the Files page is screened at once; one imported with "
                 "coi import --no-screen needs coi rescreen.) The report's downloads come back once it is screened.")
    for i in built.items:
        for w in i.warnings:
            st.warning(f"Item {i.item} ({md(i.case_id)}): {md(w)}")
    if not built.changed_after:
        report_downloads(account, chosen, rule=rule)
    st.subheader("After the meeting: who voted")
    with st.form(f"votes-{chosen}"):
        item = st.selectbox("Item", [f"{n}: {c}" for n, c in m.items], key="vote_item")
        voted = st.multiselect("Members who voted", list(members), format_func=lambda x: f"{x} {members.get(x, '')}",
                               key="vote_members")
        how = st.radio("Vote", ["yes", "no", "abstain", "not recorded"], horizontal=True, key="vote_how")
        if st.form_submit_button("Record the votes") and item and voted:
            number = int(item.split(":")[0])
            cast = [VoteRow(chosen, number, v, None if how == "not recorded" else Vote(how)) for v in voted]
            meetings.record_votes(store, account, cast, source="dashboard")
            st.session_state["meeting_done"] = f"{len(cast)} votes recorded on item {number}."
            st.rerun()
    st.subheader("Removal exposure, 3.1(g)(2)")
    # a staff page: staff see confidential parties' names here (coi.decisions.access.may_reveal decides)
    grouped = meetings.exposure_audit(store, account, chosen, reveal_confidential=True, rule=rule)
    if not any(grouped.values()):
        st.info("No member voted on an item where they had an unanswered or self-recused statutory prompt, "
                "and no member was recused by vote.")
    for appointer, rows in grouped.items():
        if rows:
            st.markdown(f"**Appointed by the {appointer}**")
            st.dataframe(pd.DataFrame([{"item": e.item, "case": e.case_id, "member": f"{e.member_id} {e.member_name}",
                                        "why": e.why, "category": e.category, "vote": e.vote or "",
                                        "evidence": e.evidence, "answered after the meeting": e.later}
                                       for e in rows]), hide_index=True, width="stretch")


# ------------------------------------------------------------------ Recusal votes

@refusing
def recusal_votes(store: Store, account: Account) -> None:
    st.title("Recusal votes")
    st.write("50 ILCS 705/3.1(g)(2): when a member has not self-recused, the remaining members may recuse them "
             "by simple majority vote; the member concerned, and members recused from the case, do not vote. "
             "Motions and votes are kept as recorded, for the minutes; a corrected vote is recorded again and "
             "the latest counts.")
    if done := st.session_state.pop("motion_done", None):
        st.success(done)
    download_refusal()
    members = views.roster_names(store, account)
    label = lambda mid: f"{mid} {members.get(mid, '')}".strip()  # noqa: E731
    all_meetings = meetings.meetings(store, account)
    rule = load_settings().quorum  # the Panel's rule, until the page's controls change it
    if not all_meetings:
        st.info("No meetings yet: a motion is made at a meeting, on a case of its agenda. Create the meeting on "
                "the Meetings page, or import agenda.csv.")
    else:
        chosen = choose_meeting(all_meetings, "motion_meeting")
        m = meetings.meeting(store, account, chosen)
        with st.expander("Quorum rule applied to the outcome"):
            rule = rule_controls("motion_")
        _motion_form(store, account, m, rule, members, label)
        _meeting_motions(store, account, m, rule, members, label)
    legacy = [x for x in votes.motions(store, account) if x.meeting_id is None]
    if legacy:
        with st.expander(f"Motions recorded before motions belonged to a meeting ({len(legacy)})"):
            for x in legacy:
                minute = minutes.motion_minute(store, account, x.id, rule=rule)
                st.markdown(f"**{md(minute.heading)}**")
                for line in minute.lines:
                    st.markdown(md(line))


def _motion_form(store: Store, account: Account, m: meetings.Meeting, rule: meetings.QuorumRule,
                 members: dict[str, str], label: Callable[[str], str]) -> None:
    """A new motion: the case chosen from the meeting's agenda, nothing chosen in advance."""
    if not m.items:
        st.info(f"Meeting {md(m.meeting_id)} has no agenda items: a motion is made on a case of the agenda.")
        return
    cases = dict(m.items)
    with st.form(f"motion-{m.meeting_id}"):
        st.subheader("New motion")
        item = st.selectbox("Case, from the agenda", list(cases), index=None,
                            format_func=lambda n: f"Item {n}: case {cases[n]}", placeholder="Choose the agenda item",
                            key=f"motion_item-{m.meeting_id}")
        cols = st.columns(2)
        member_id = cols[0].selectbox("Member to recuse", list(members), index=None, format_func=label,
                                      placeholder="Choose the member", key=f"motion_member-{m.meeting_id}")
        moved_by = cols[1].selectbox("Moved by", list(members), index=None, format_func=label,
                                     placeholder="Choose the member moving", key=f"motion_mover-{m.meeting_id}")
        note = st.text_input("Note for the minutes (optional)", key=f"motion_note-{m.meeting_id}")
        if st.form_submit_button("Record the motion"):
            missing = [what for what, value in (("the case", item), ("the member to recuse", member_id),
                                                ("the member moving", moved_by)) if value is None]
            if missing or item is None or member_id is None or moved_by is None:
                st.error(f"Choose {' and '.join(missing)}: nothing is recorded until each is chosen.")
                return
            try:
                votes.move(store, account, case_id=cases[item], member_id=member_id, moved_by=moved_by,
                           note=note.strip() or None, meeting_id=m.meeting_id, item=item, rule=rule)
            except votes.VoteError as exc:
                st.error(md(exc))
                return
            st.session_state["motion_done"] = (f"Motion recorded: recuse {md(label(member_id))} from case "
                                               f"{md(cases[item])} (item {item}). Record the roll call below.")
            for key in ("item", "member", "mover", "note"):
                st.session_state.pop(f"motion_{key}-{m.meeting_id}", None)
            st.rerun()


def _meeting_motions(store: Store, account: Account, m: meetings.Meeting, rule: meetings.QuorumRule,
                     members: dict[str, str], label: Callable[[str], str]) -> None:
    """The meeting's motions: each with its note for the minutes and its roll call; the notes as a file."""
    st.subheader(f"Motions at the meeting of {md(_meeting_words(m))}")
    found = minutes.meeting_minutes(store, account, m.meeting_id, rule=rule)
    if not found:
        st.info("No motions recorded at this meeting.")
        return
    name = f"recusal-motions-{m.meeting_id}.txt"
    st.download_button("Download the notes for the minutes (.txt)",
                       guarded_download(account, name, m.meeting_id, lambda s: minutes.render_text(
                           m.meeting_id, minutes.meeting_minutes(s, account, m.meeting_id, rule=rule), rule,
                           len(views.roster_names(s, account))).encode("utf-8")),
                       file_name=name, mime="text/plain", key=f"dl-minutes-{m.meeting_id}", on_click="ignore")
    for minute in reversed(found):
        x = minute.motion
        with st.container(border=True, key=f"motion-{x.id}"):
            st.markdown(f"**{md(minute.heading)}**")
            for line in minute.lines:
                st.markdown(md(line))
            _roll_call(store, account, x, m, rule, label)


def _roll_call(store: Store, account: Account, x: votes.Motion, m: meetings.Meeting, rule: meetings.QuorumRule,
               label: Callable[[str], str]) -> None:
    """One row per remaining member, each yes, no, abstain or absent; refused until every row is
    chosen. Who remains is read under ``rule``, the rule the page shows (a member recused from the
    case by a vote carried under it does not vote), and the roll call is recorded under it too."""
    rows = votes.remaining(store, account, x.id, rule=rule)
    recorded = votes.result(store, account, x.id, rule=rule).votes
    with st.form(f"rollcall-{x.id}"):
        st.markdown(f"**Roll call** — the {len(rows)} remaining members")
        cols = st.columns(3)
        choices: dict[str, str | None] = {}
        options = list(votes.Vote)
        for n, mid in enumerate(rows):
            start = recorded.get(mid) or (votes.Vote.ABSENT if mid in m.absent else None)
            choices[mid] = cols[n % 3].selectbox(
                label(mid), options, index=options.index(start) if start is not None else None,
                format_func=lambda v: VOTE_WORDS[v], placeholder="choose…", key=f"roll-{x.id}-{mid}")
        if st.form_submit_button("Record the roll call"):
            try:
                added = votes.record_roll_call(store, account, x.id, choices, rule=rule)
            except votes.VoteError as exc:
                st.error(md(exc))
                return
            st.session_state["motion_done"] = (f"Roll call on motion {x.id} recorded ({added} votes added)." if added
                                               else f"Roll call on motion {x.id}: nothing changed.")
            st.rerun()
