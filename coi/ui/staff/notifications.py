"""The staff page *Notifications* (issue 14, item 6): whether e-mail is configured, the e-mails
due now, a button that sends them (the same :func:`coi.decisions.notify.send_notices` as ``coi notify``),
and the e-mails sent or failed before."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coi.decisions import notify
from coi.decisions.access import Forbidden
from coi.decisions.accounts import Account
from coi.settings import load_settings
from coi.store.database import Store
from coi.timefmt import panel_time
from coi.ui.widgets import md

#: session_state: the last run of the send button (failed?, its lines), shown once on the page drawn after it
_RESULT = "notify_result"


def notifications_page(store: Store, account: Account) -> None:
    st.title("Notifications")
    st.write("Members receive an e-mail when they have new prompts, and a reminder before a meeting while a prompt "
             "for it is unanswered; staff receive a digest of unsure answers and overdue prompts. E-mails name no "
             "party by default (a count and a link to the dashboard), and never a confidential one. Each e-mail is "
             "sent once: sending again sends only what is new.")
    settings = load_settings()
    mail = settings.mail
    try:
        plan = notify.plan_notices(store, account, settings)
    except Forbidden as exc:
        st.error(f"Not allowed: {md(exc)}.")
        return
    if (result := st.session_state.pop(_RESULT, None)) is not None:
        failed, lines = result
        (st.error if failed else st.success)("\n\n".join(md(line) for line in lines))
    off = mail.not_configured()
    if off:
        st.warning(md(off))
    else:
        st.success(md(f"E-mail is sent through {mail.smtp_host}:{mail.smtp_port} ({mail.smtp_security}) "
                       f"from {mail.mail_from}."))
    st.caption(md(f"Reminders {mail.reminder_days} days before a meeting; party names in e-mails: "
                   f"{'non-confidential ones' if mail.party_names else 'none'}; dashboard link: "
                   f"{mail.dashboard_url or 'not set (COI_DASHBOARD_URL)'}; staff digest to: "
                   f"{', '.join(mail.staff_emails) or 'nobody (COI_STAFF_EMAILS)'}."))

    st.subheader("Due now")
    if plan.notices:
        st.dataframe(pd.DataFrame([{"kind": str(n.kind), "to": n.recipient, "member": n.member_id or "",
                                    "subject": n.subject} for n in plan.notices]), hide_index=True, width="stretch")
    else:
        st.write("Nothing to send: no new prompts, no reminders due and nothing new for the staff digest.")
    if plan.members_without_address:
        st.info(md("No e-mail address on the roster for " + ", ".join(plan.members_without_address)
                    + ": add an email column to members.csv and import it."))
    if plan.digest_without_address:
        st.info("A staff digest is due, but no staff address is set (COI_STAFF_EMAILS).")
    if st.button("Send the notifications now", type="primary", disabled=bool(off) or not plan.notices,
                 key="notify_send"):
        with st.spinner("Sending…"):
            run = notify.send_notices(store, account, settings)
        # shown above the page drawn again, whose "due now" and "sent before" then include this run
        st.session_state[_RESULT] = (bool(run.count("failed") or run.not_configured), run.lines())
        st.rerun()

    st.subheader("Sent before")
    sent = store.notifications(limit=200)
    if not sent:
        st.write("No e-mail has been sent yet.")
        return
    st.dataframe(pd.DataFrame([{"when": panel_time(n.finished_at or n.created_at, settings), "status": n.status,
                                "kind": n.kind, "to": n.recipient, "member": n.member_id or "",
                                "subject": n.subject, "error": n.error or ""} for n in sent]),
                 hide_index=True, width="stretch")


__all__ = ["notifications_page"]
