"""Notifications by e-mail (coi.decisions.notify, issue 14 item 6), sent to a real SMTP server that the
tests start on localhost (aiosmtpd): who receives what, that no e-mail names a confidential
party (and by default no party at all), that running again sends nothing new, that nothing
is sent until e-mail is configured, that a server that is down is audited without a crash,
and when a reminder is due relative to a meeting's date."""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import socket
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from coi.cli import main
from coi.decisions import notify, views
from coi.decisions.access import Forbidden
from coi.decisions.accounts import Accounts
from coi.ingest.records import load_members
from coi.model import Answer, InputRejected
from coi.settings import load_settings
from coi.store.database import EMAIL_FAILED, EMAIL_SENT, Store
from tests.factories import SYSTEM, copy_database, dashboard_as, write_csv

DEMO = Path(__file__).resolve().parents[1] / "coi_demo" / "files"
FEB_MEETING = dt.date(2027, 2, 11)  # the demo's meeting whose agenda holds C-2026-0244
CONFIDENTIAL_CASE, CONFIDENTIAL_NAME = "C-2026-0244", "Ngozi Mensah"  # the complainant, confidential; M02's prompt
STAFF_ADDRESS = "panel-staff@illinois.example"


def address(member_id: str) -> str:
    return f"{member_id.lower()}@panel.example"


# ------------------------------------------------------------------ the SMTP server

class _Inbox:
    """aiosmtpd's handler: keeps every message the server accepts."""

    def __init__(self):
        self.received: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append((list(envelope.rcpt_tos),
                              email.message_from_bytes(envelope.content, policy=email.policy.default)))
        return "250 Message accepted for delivery"

    def to(self, recipient: str) -> list[email.message.EmailMessage]:
        return [m for rcpt, m in self.received if recipient in rcpt]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpServer:
    def __init__(self, port: int | None = None):
        self.port = port or _free_port()
        self.inbox = _Inbox()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "SmtpServer":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()


@pytest.fixture
def smtp():
    with SmtpServer() as server:
        yield server


def mail_env(port: int, **more: str) -> dict[str, str]:
    return {"COI_SMTP_HOST": "127.0.0.1", "COI_SMTP_PORT": str(port), "COI_SMTP_SECURITY": "none",
            "COI_MAIL_FROM": "coi@panel.example", "COI_DASHBOARD_URL": "https://coi.panel.example",
            "COI_STAFF_EMAILS": STAFF_ADDRESS, **more}


def settings_for(db: Path, env: dict[str, str]):
    return load_settings(db=db, environ=env)


def body(msg) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content()


# ------------------------------------------------------------------ the database

@pytest.fixture(scope="module")
def roster_db(demo_db, tmp_path_factory):
    """The demo Panel, its roster imported again with an e-mail address for every member (so
    no longer the demo's own database: the dashboard's tests use the demo's, conftest.demo_db)."""
    folder = tmp_path_factory.mktemp("notify")
    db = copy_database(demo_db, folder)
    with open(DEMO / "members.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    roster = folder / "members_with_email.csv"
    with open(roster, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, [*rows[0], "email"])
        writer.writeheader()
        writer.writerows({**r, "email": address(r["member_id"])} for r in rows)
    result = CliRunner().invoke(main, ["import", "--db", str(db), str(roster), "--yes"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def db(roster_db, tmp_path):
    return copy_database(roster_db, tmp_path)


def send(db: Path, env: dict[str, str], today: dt.date, **kw) -> notify.Run:
    with Store.open(db) as store:
        return notify.send_notices(store, SYSTEM, settings_for(db, env), today=today, **kw)


def unanswered(db: Path, member_id: str) -> list:
    with Store.open(db) as store:
        return [p for p in store.prompts(member_id=member_id, as_shown=True) if p.latest_decision is None]


def party_names(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {p.name for p in store.parties()}


# ------------------------------------------------------------------ the roster's e-mail column

def test_the_roster_email_column_is_stored_with_the_member(db):
    with Store.open(db) as store:
        assert {m.member_id: m.email for m in store.members()}["M02"] == "m02@panel.example"


def test_an_address_added_to_the_roster_is_a_change_the_import_plan_names(roster_db):
    with Store.open(roster_db) as store:
        (import_,) = [e for e in store.audit_log(None, action="import") if e.detail["kind"] == "members"][:1]
        assert import_.detail["changed"] == 13
        rows = load_members(DEMO / "members.csv").records  # the demo's roster, without addresses
        plan = store.plan_import("members", rows, source="members.csv", fingerprint="no addresses")
    assert {row.change for row in plan.rows} == {"changed"} and len(plan.rows) == 13
    assert all("email" in row.detail for row in plan.rows)


def test_a_roster_email_that_is_not_one_address_is_rejected_naming_the_row(tmp_path):
    path = write_csv(tmp_path, "member_id,name,appointed_by,email\n"
                               "M01,Ana Diaz,Governor,ana@example.org\n"
                               "M02,Bo Li,Governor,\"bo@example.org, eve@evil.example\"\n"
                               "M03,Cy Ng,Governor,\n")
    with pytest.raises(InputRejected) as caught:
        load_members(path)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (3, "email") and "not one e-mail address" in problem.problem


def test_a_roster_without_the_email_column_still_loads(tmp_path):
    path = write_csv(tmp_path, "member_id,name,appointed_by\nM01,Ana Diaz,Governor\n")
    (member,) = load_members(path).records
    assert member.email is None


# ------------------------------------------------------------------ off until configured

def test_nothing_is_sent_until_an_smtp_host_is_configured(db, smtp):
    env = {k: v for k, v in mail_env(smtp.port).items() if k != "COI_SMTP_HOST"}
    run = send(db, env, FEB_MEETING - dt.timedelta(days=2))
    assert run.plan.notices, "something is due, so only the missing configuration keeps it from being sent"
    assert "e-mail is not configured" in run.not_configured and run.outcomes == ()
    assert smtp.inbox.received == []
    with Store.open(db) as store:
        assert store.notifications() == [] and store.notified() == {}


def test_coi_notify_says_e_mail_is_not_configured_and_exits_1(db, monkeypatch):
    for name in ("COI_SMTP_HOST", "COI_MAIL_FROM"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(main, ["notify", "--db", str(db)])
    assert result.exit_code == 1
    assert "e-mail is not configured" in result.output


def test_a_dry_run_prints_the_e_mails_and_sends_nothing(db, smtp, monkeypatch):
    for name, value in mail_env(smtp.port).items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(main, ["notify", "--db", str(db), "--dry-run", "--today", "2027-02-09"])
    assert result.exit_code == 0, result.output
    assert "To: m02@panel.example" in result.output and "would send: reminder to m02@panel.example" in result.output
    assert smtp.inbox.received == []
    with Store.open(db) as store:
        assert store.notifications() == []


@pytest.mark.parametrize("env, problem", [
    ({"COI_SMTP_USERNAME": "coi", "COI_SMTP_PASSWORD": "secret"}, "unencrypted"),  # security none
    ({"COI_SMTP_SECURITY": "starttls", "COI_SMTP_USERNAME": "coi"}, "COI_SMTP_PASSWORD is not"),
    ({"COI_MAIL_FROM": ""}, "COI_MAIL_FROM is not set"),
    ({"COI_STAFF_EMAILS": "staff@example.org,\nBcc: eve@evil.example"}, "not one e-mail address"),
])
def test_a_mistaken_mail_setting_keeps_e_mail_off_and_says_why(db, smtp, env, problem):
    settings = settings_for(db, mail_env(smtp.port, **env))
    assert not settings.mail.configured and problem in settings.mail.not_configured()
    run = send(db, mail_env(smtp.port, **env), FEB_MEETING)
    assert run.not_configured and smtp.inbox.received == []


def test_the_smtp_password_is_never_shown_with_the_settings(db):
    settings = settings_for(db, mail_env(25, COI_SMTP_SECURITY="ssl", COI_SMTP_USERNAME="coi",
                                         COI_SMTP_PASSWORD="hunter2-secret"))
    assert settings.mail.smtp_password == "hunter2-secret" and "hunter2" not in repr(settings)


# ------------------------------------------------------------------ members' e-mails

def test_members_receive_their_new_prompts_as_a_count_and_a_link_naming_no_party(db, smtp):
    run = send(db, mail_env(smtp.port), dt.date(2026, 11, 22))  # no meeting within the reminder's 3 days
    assert run.count("failed") == 0
    members = {f"M{n:02d}" for n in range(1, 14)}
    with_prompts = {m for m in members if unanswered(db, m)}
    # nobody is unsure yet and the next meeting is 18 days away: no staff digest either
    assert with_prompts and {rcpt for rcpts, _ in smtp.inbox.received for rcpt in rcpts} == (
        {address(m) for m in with_prompts})
    names = party_names(db)
    for m in with_prompts:
        (msg,) = smtp.inbox.to(address(m))
        n = len(unanswered(db, m))
        assert msg["Subject"] == f"coi: {n} new self-recusal prompt{'s' if n != 1 else ''} to answer"
        assert msg["From"] == "coi@panel.example"
        text = body(msg) + msg["Subject"]
        assert "https://coi.panel.example/my-prompts" in text
        assert [name for name in names if name in text] == []
        assert CONFIDENTIAL_NAME not in text


def test_with_party_names_on_an_e_mail_names_non_confidential_parties_but_never_a_confidential_one(db, smtp):
    send(db, mail_env(smtp.port, COI_MAIL_PARTY_NAMES="true"), dt.date(2026, 11, 22))
    (msg,) = smtp.inbox.to(address("M02"))
    text = body(msg)
    shown = {p.party_name for p in unanswered(db, "M02") if not p.party_confidential}
    assert shown and all(name in text for name in shown)
    assert f"case {CONFIDENTIAL_CASE}: a party whose identity is confidential" in text
    assert CONFIDENTIAL_NAME not in text + msg["Subject"]


def test_running_again_sends_nothing_new(db, smtp):
    first = send(db, mail_env(smtp.port), FEB_MEETING - dt.timedelta(days=3))
    received = len(smtp.inbox.received)
    assert first.count("sent") == received > 0
    again = send(db, mail_env(smtp.port), FEB_MEETING - dt.timedelta(days=3))
    assert again.outcomes == () and len(smtp.inbox.received) == received
    assert again.lines()[-1].startswith("nothing to send")
    with Store.open(db) as store:
        assert len(store.audit_log(None, action=EMAIL_SENT)) == received


def test_a_prompt_raised_after_the_last_run_is_announced_alone(db, smtp):
    send(db, mail_env(smtp.port), dt.date(2026, 11, 22))
    before = len(smtp.inbox.to(address("M01")))
    with Store.open(db) as store:
        spouse = next(d for d in store.panel().disclosures if d.member_id == "M01" and d.relation == "spouse")
    docket = write_csv(db.parent, "case_id,party_name,party_role,meeting_date\n"
                                  f"C-2099-0001,{spouse.name},witness,2027-03-11\n", name="docket_new.csv")
    for args in (["import", "--db", str(db), str(docket), "--yes"], ["rescreen", "--db", str(db)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    send(db, mail_env(smtp.port), dt.date(2026, 11, 22))
    mails = smtp.inbox.to(address("M01"))
    assert len(mails) == before + 1
    assert mails[-1]["Subject"] == "coi: 1 new self-recusal prompt to answer"
    assert "for the meeting on Thu 11 Mar 2027" in body(mails[-1])


# ------------------------------------------------------------------ the reminder before a meeting

@pytest.mark.parametrize("days_before, reminded", [(4, False), (3, True), (1, True), (0, True), (-1, False)])
def test_a_reminder_is_sent_from_n_days_before_a_meeting_until_its_day(db, smtp, days_before, reminded):
    send(db, mail_env(smtp.port), dt.date(2026, 11, 22))  # the new prompts, announced before
    smtp.inbox.received.clear()
    send(db, mail_env(smtp.port), FEB_MEETING - dt.timedelta(days=days_before))
    subjects = [m["Subject"] for m in smtp.inbox.to(address("M02"))]
    assert subjects == (["coi: 1 prompt to answer before the meeting on Thu 11 Feb 2027"] if reminded else [])


def test_a_member_gets_one_e_mail_a_run_holding_the_reminder_and_the_new_prompts(db, smtp):
    send(db, mail_env(smtp.port), FEB_MEETING - dt.timedelta(days=2))  # nothing announced before
    (msg,) = smtp.inbox.to(address("M02"))
    n = len(unanswered(db, "M02"))
    assert msg["Subject"] == "coi: 1 prompt to answer before the meeting on Thu 11 Feb 2027"
    assert "The Panel meets on Thu 11 Feb 2027 (in 2 days)" in body(msg)
    assert f"{n} of your prompts are new since coi last wrote to you" in body(msg)
    assert "for meetings already held" in body(msg)


def test_the_reminder_lead_time_is_a_setting(db, smtp):
    send(db, mail_env(smtp.port, COI_REMINDER_DAYS="7"), FEB_MEETING - dt.timedelta(days=6))
    assert any("before the meeting on Thu 11 Feb 2027" in m["Subject"] for m in smtp.inbox.to(address("M02")))


def test_a_reminder_is_sent_once_per_meeting(db, smtp):
    for days_before in (3, 2, 1, 0):
        send(db, mail_env(smtp.port), FEB_MEETING - dt.timedelta(days=days_before))
    reminders = [m for m in smtp.inbox.to(address("M02")) if "before the meeting" in m["Subject"]]
    assert len(reminders) == 1
    assert "The Panel meets on Thu 11 Feb 2027 (in 3 days)" in body(reminders[0])
    assert CONFIDENTIAL_NAME not in body(reminders[0])


def test_no_reminder_when_every_prompt_for_the_meeting_is_answered(db, smtp):
    with Store.open(db) as store:
        account = Accounts(store).get("m02")
        for p in unanswered(db, "M02"):
            views.answer(store, account, p.key, Answer.SELF_RECUSE)
    send(db, mail_env(smtp.port), FEB_MEETING - dt.timedelta(days=2))
    assert smtp.inbox.to(address("M02")) == []


# ------------------------------------------------------------------ the staff digest

def test_staff_receive_a_digest_of_unsure_answers_and_overdue_prompts(db, smtp):
    prompt = unanswered(db, "M05")[0]
    with Store.open(db) as store:
        views.answer(store, Accounts(store).get("m05"), prompt.key, Answer.UNSURE)
    today = dt.date(2026, 12, 8)  # the meeting of 10 Dec is two days away
    send(db, mail_env(smtp.port), today)
    (digest,) = smtp.inbox.to(STAFF_ADDRESS)
    text = body(digest)
    assert digest["Subject"].startswith("coi staff digest: 1 unsure answer, ")
    assert f"M05 Andrzej Wiśniewski, case {prompt.case_id}: answered unsure on" in text
    assert "Overdue prompts (unanswered, the meeting within 7 days)" in text and "(in 2 days)" in text
    assert "https://coi.panel.example/prompts" in text
    assert [name for name in party_names(db) if name in text] == []
    send(db, mail_env(smtp.port), today)
    assert len(smtp.inbox.to(STAFF_ADDRESS)) == 1, "nothing new: no second digest"
    other = unanswered(db, "M09")[0]
    with Store.open(db) as store:
        views.answer(store, Accounts(store).get("m09"), other.key, Answer.UNSURE)
    send(db, mail_env(smtp.port), today)
    assert len(smtp.inbox.to(STAFF_ADDRESS)) == 2, "a new unsure answer: a new digest"
    newest = smtp.inbox.to(STAFF_ADDRESS)[-1]
    assert newest["Subject"].startswith("coi staff digest: 2 unsure answers")
    assert f"M09 Latoya Blackwell, case {other.case_id}: answered unsure on" in body(newest)


def test_a_member_may_not_send_the_notifications(db, smtp):
    with Store.open(db) as store:
        with pytest.raises(Forbidden):
            notify.send_notices(store, Accounts(store).get("m01"), settings_for(db, mail_env(smtp.port)))
    assert smtp.inbox.received == []


# ------------------------------------------------------------------ a server that is down

def test_a_server_that_is_down_is_audited_without_a_crash_and_tried_again_at_the_next_run(db):
    port = _free_port()  # nothing listens there
    today = FEB_MEETING - dt.timedelta(days=3)
    run = send(db, mail_env(port), today)
    assert run.outcomes and {o.status for o in run.outcomes} == {"failed"}
    assert "could not reach the SMTP server 127.0.0.1" in run.outcomes[0].error
    with Store.open(db) as store:
        failed = store.audit_log(None, action=EMAIL_FAILED)
        assert len(failed) == len(run.outcomes) and failed[0].detail["error"].startswith("could not reach")
        assert {n.status for n in store.notifications()} == {"failed"} and store.notified() == {}
    result = CliRunner().invoke(main, ["notify", "--db", str(db), "--today", today.isoformat()],
                                env=mail_env(port))
    assert result.exit_code == 1 and "failed" in result.output
    with SmtpServer(port) as server:
        retried = send(db, mail_env(port), today)
        assert retried.count("sent") == len(run.outcomes) and len(server.inbox.received) == len(run.outcomes)


# ------------------------------------------------------------------ the claim that makes it idempotent

def test_an_item_claimed_by_one_run_is_not_claimed_again_by_another(db):
    with Store.open(db) as store:
        first = store.claim_notification(kind="reminder", audience="M02", member_id="M02", recipient=address("M02"),
                                         subject="s", items=["reminder:2027-02-11"], actor="cli:a")
        second = store.claim_notification(kind="reminder", audience="M02", member_id="M02", recipient=address("M02"),
                                          subject="s", items=["reminder:2027-02-11", "prompt:x"], actor="cli:b")
        assert first is not None and second is None
        assert [n.status for n in store.notifications()] == ["sending"]  # the second recorded nothing
        store.finish_notification(first, error="the server refused it", actor="cli:a")
        assert store.notified() == {}, "a failed e-mail gives its claims back"
        assert store.claim_notification(kind="reminder", audience="M02", member_id="M02", recipient=address("M02"),
                                        subject="s", items=["reminder:2027-02-11"], actor="cli:b") is not None


# ------------------------------------------------------------------ the staff page

def _page(db: Path, monkeypatch, env: dict[str, str], username: str = "staff", password: str = "demo-staff-pass"):
    monkeypatch.setenv("COI_DB", str(db))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    at = dashboard_as(username, password, page="notifications")
    assert not at.exception, at.exception
    return at


@pytest.fixture
def demo_copy(demo_db, tmp_path):
    """The demo's own database (members have no e-mail address there), for the dashboard."""
    return copy_database(demo_db, tmp_path)


def test_the_notifications_page_says_e_mail_is_not_configured(demo_copy, monkeypatch):
    monkeypatch.delenv("COI_SMTP_HOST", raising=False)
    at = _page(demo_copy, monkeypatch, {"COI_STAFF_EMAILS": STAFF_ADDRESS})
    assert [t.value for t in at.title] == ["Notifications"]
    assert any("e-mail is not configured" in w.value.replace("\\", "") for w in at.warning)
    assert at.button(key="notify_send").disabled


def test_staff_send_the_digest_from_the_page_once(demo_copy, smtp, monkeypatch):
    with Store.open(demo_copy) as store:
        prompt = unanswered(demo_copy, "M05")[0]
        views.answer(store, Accounts(store).get("m05"), prompt.key, Answer.UNSURE)
    at = _page(demo_copy, monkeypatch, mail_env(smtp.port))
    assert any("No e-mail address on the roster for M01" in i.value.replace("\\", "") for i in at.info)
    due = at.dataframe[0].value
    assert list(due["to"]) == [STAFF_ADDRESS] and not at.button(key="notify_send").disabled
    at.button(key="notify_send").click().run()
    assert not at.exception, at.exception
    (digest,) = smtp.inbox.to(STAFF_ADDRESS)
    assert f"M05 Andrzej Wiśniewski, case {prompt.case_id}: answered unsure on" in body(digest)
    assert any("1 sent, 0 failed" in s.value for s in at.success)
    sent = at.dataframe[-1].value
    assert list(sent["status"]) == ["sent"]
    assert at.button(key="notify_send").disabled, "nothing is due any more"
    with Store.open(demo_copy) as store:
        assert [e.actor for e in store.audit_log(None, action=EMAIL_SENT)] == ["staff"]


def test_a_member_has_no_notifications_page(demo_copy, smtp, monkeypatch):
    at = _page(demo_copy, monkeypatch, mail_env(smtp.port), "m01", "demo-m01-pass")
    assert [t.value for t in at.title] == ["My prompts"]
    assert smtp.inbox.received == []


# ------------------------------------------------------------------ STARTTLS and signing in

@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 (openssl), and its key."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


class TlsServer(SmtpServer):
    """An SMTP server that requires STARTTLS, then a sign-in, before it accepts anything."""

    def __init__(self, cert: Path, key: Path):
        import ssl

        from aiosmtpd.smtp import AuthResult

        self.port = _free_port()
        self.inbox = _Inbox()
        self.logins: list[tuple[str, str]] = []

        def authenticator(server, session, envelope, mechanism, auth_data):
            self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
            return AuthResult(success=auth_data.password == b"s3cret-pass", handled=False)  # the server answers 535

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, tls_context=context,
                                     require_starttls=True, auth_required=True, authenticator=authenticator)


def tls_env(port: int) -> dict[str, str]:
    return mail_env(port, COI_SMTP_SECURITY="starttls", COI_SMTP_USERNAME="coi", COI_SMTP_PASSWORD="s3cret-pass")


def test_starttls_signs_in_over_a_verified_connection_and_sends(db, certificate, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # the test's certificate authority: its own certificate
    with TlsServer(*certificate) as server:
        run = send(db, tls_env(server.port), FEB_MEETING - dt.timedelta(days=1))
        assert run.count("sent") == len(run.outcomes) > 0
        assert server.logins == [("coi", "s3cret-pass")] and server.inbox.to(address("M02"))


def test_a_server_whose_certificate_is_not_trusted_gets_no_password_and_no_e_mail(db, certificate, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with TlsServer(*certificate) as server:
        run = send(db, tls_env(server.port), FEB_MEETING - dt.timedelta(days=1))
        assert {o.status for o in run.outcomes} == {"failed"} and "certificate" in run.outcomes[0].error.lower()
        assert server.logins == [] and server.inbox.received == []


def test_a_wrong_smtp_password_is_audited_as_a_failure_without_the_password(db, certificate, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    with TlsServer(*certificate) as server:
        run = send(db, {**tls_env(server.port), "COI_SMTP_PASSWORD": "wrong-pass"}, FEB_MEETING)
        assert {o.status for o in run.outcomes} == {"failed"}
        assert "refused the username or password" in run.outcomes[0].error and server.inbox.received == []
    with Store.open(db) as store:
        assert all("wrong-pass" not in str(e.detail) for e in store.audit_log(None))
