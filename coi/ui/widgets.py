"""What the pages of both roles share: text made safe in markdown, counts in words, the
refusal shown in words, the Panel's today, a prompt's opaque id in the browser, a prompt's
thread, and the report downloads made on click (re-checking the session then)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING

import streamlit as st

from coi import ui as shell
from coi.decisions import meetings, threads
from coi.decisions.access import Forbidden
from coi.decisions.accounts import Account
from coi.reports import render as report
from coi.settings import load_settings
from coi.store.database import Store
from coi.text import MAX_TEXT
from coi.timefmt import panel_time
from coi.ui.sessions import Sessions

if TYPE_CHECKING:
    from streamlit.runtime.state import SafeSessionState

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$:~])")


def md(text: object) -> str:
    """Text from the data (a name, a reason, a file name) made safe inside Streamlit's
    markdown: every markdown, HTML, LaTeX and directive character escaped, so that a party
    named ``[click](javascript:…)`` or ``**x**`` shows as written, never as a link or markup."""
    return _MARKDOWN.sub(r"\\\1", str(text))


def count(n: int, one: str, many: str | None = None) -> str:
    """``n`` things in words: "1 case", "2,000 cases" (``many``: the plural when not ``one`` + s)."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


#: A page of the dashboard: drawn for the signed-in account, from the open store.
Page = Callable[[Store, Account], None]


def refusing(page: Page) -> Page:
    """A page that shows a refusal of the permission layer in plain words, not a traceback
    (the account was disabled, or its member left the roster, since the page was chosen)."""
    @functools.wraps(page)
    def run(store: Store, account: Account) -> None:
        try:
            page(store, account)
        except Forbidden as exc:
            st.error(f"Not allowed: {md(exc)}.")
    return run


def today() -> dt.date:
    """The Panel's today for the pages (Settings.as_of: the Panel's date in its time zone); tests replace it."""
    return load_settings().as_of


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


# ------------------------------------------------------------------ a prompt's thread

_ROLE = {"member": "member", "staff": "staff"}


def thread_lines(thread: threads.Thread) -> None:
    """Each line of a thread: who (as which role), when in the Panel's time, what."""
    settings = load_settings()
    for line in thread.lines:
        said = f" — {md(line.text)}" if line.text else ""
        struck = " *(marked as entered in error)*" if line.struck else ""
        st.markdown(f"**{md(line.who)}** ({_ROLE.get(line.role, line.role)}), "
                    f"{md(panel_time(line.at, settings))}: {md(line.what)}{said}{struck}")


def write_form(store: Store, account: Account, prompt_key: str, name: str, opaque: str, label: str, button: str,
               height: int, done_key: str, done: str) -> None:
    """A box to write in a prompt's thread (the member asking, staff advising), keyed by
    ``name`` and the card's opaque id: refused in words, or written and the page drawn again
    with ``done`` shown (``done_key``)."""
    with st.form(f"{name}-{opaque}", clear_on_submit=True, border=False):
        text = st.text_area(label, key=f"{name}-text-{opaque}", max_chars=MAX_TEXT, height=height)
        if st.form_submit_button(button):
            try:
                threads.write(store, account, prompt_key, text)
            except (ValueError, Forbidden) as exc:
                st.error(md(exc))
            else:
                st.session_state[done_key] = done
                st.rerun()


# ------------------------------------------------------------------ downloads made on click

REPORT_MIME = {"pdf": "application/pdf", "html": "text/html", "csv": "text/csv",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def session_state() -> SafeSessionState | None:
    """This browser session's state, as an object a download made on click can still write
    (to say why it was refused): Streamlit makes the file in a worker thread, outside the
    page's run, where ``st.session_state`` is not this session's."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_state if ctx is not None else None


def session_refusal(store: Store, token: str | None, account: Account) -> str | None:
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


def download_refusal() -> None:
    """Say why the last download was refused (it was made on click, where a page cannot write)."""
    if why := st.session_state.pop("download_refused", None):
        st.error(f"The download was refused: {md(why)}.")


def guarded_download(account: Account, file_name: str, meeting_id: str,
                     build: Callable[[Store], bytes]) -> Callable[[], bytes]:
    """A file made only when its button is pressed, from its own connection to the database —
    and only when, at that moment, the session is still signed in and not idle, the request
    comes from this browser, and the account (re-read by :func:`coi.decisions.access.require` inside
    ``build``) may still have it. A refusal produces no file: it is audited, raised (the
    browser says the download failed) and said on the next page."""
    session, token = session_state(), shell.browser_session_token()  # read now, in the page's run

    def render() -> bytes:
        with Store.open(load_settings().db_path) as store:
            why = session_refusal(store, token, account)
            if not shell.asked_by_this_browser(token):  # a download id leaked to another browser
                why = "the download was asked for from another browser"
            try:
                if why is not None:
                    raise Forbidden(why)
                return build(store)
            except Forbidden as exc:
                store.audit("download refused", account.username,
                            {"file": file_name, "meeting_id": meeting_id, "reason": str(exc)})
                if session is not None:
                    session["download_refused"] = str(exc)
                raise
    return render


def report_downloads(account: Account, meeting_id: str, *, rule: meetings.QuorumRule | None = None,
                     packet: str | None = None, formats: tuple[str, ...] = report.FORMATS) -> None:
    """Download buttons for the report (or a member's packet), each made on click (:func:`guarded_download`),
    under ``rule`` (default: the Panel's, :attr:`coi.settings.Settings.quorum`)."""
    name = f"{'packet-' + packet.lower() + '-' if packet else 'conflict-report-'}{meeting_id}"

    def make(fmt: str) -> Callable[[], bytes]:
        def build(store: Store) -> bytes:
            settings = load_settings()
            built = meetings.build_report(store, account, meeting_id, rule=rule or settings.quorum, today=settings.as_of,
                                          member_id=packet)
            return report.render(built, fmt, packet=packet)
        return guarded_download(account, f"{name}.{fmt}", meeting_id, build)

    cols = st.columns(len(formats))
    for col, fmt in zip(cols, formats):
        if fmt == "pdf" and not report.pdf_available():
            col.caption("PDF: the Pango library is missing on the server (apt-get install libpango-1.0-0).")
            continue
        col.download_button(fmt.upper(), make(fmt), file_name=f"{name}.{fmt}", mime=REPORT_MIME[fmt],
                            key=f"dl-{name}-{fmt}", on_click="ignore")

