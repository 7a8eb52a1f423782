"""``coi report`` and ``coi audit``: a meeting's pre-meeting report (or a member's packet)
and its removal exposure under 3.1(g)(2)."""

from __future__ import annotations

import csv
import time
from dataclasses import replace

import click

from coi.cli.common import check_out, cli_account, db_option, existing_database, output, refuse_terminal, write_bytes
from coi.model import QuorumBasis, VoteBase
from coi.settings import QuorumRule, Settings, load_settings
from coi.store.database import Store

# the report's choices, written out so that `coi screen` does not load the report's
# libraries at start-up (tests/test_cli.py checks they equal coi.reports.render's and coi.decisions.meetings')
REPORT_FORMATS = ("pdf", "html", "csv", "xlsx")
QUORUM_BASES = ("seats", "filled")
VOTE_BASES = ("seats", "present", "voting")


@click.command("report")
@db_option
@click.option("--meeting", "meeting_id", required=True, help="The meeting (its meeting_id in agenda.csv).")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="pdf", show_default=True,
              help="The file's format: a PDF to print, HTML, or CSV and Excel for a spreadsheet.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="The file to write; - for standard output (pdf and xlsx only to a file or a program, not a terminal).")
@click.option("--member", "member_id", default=None, help="A member's packet: only that member's own prompts.")
@click.option("--quorum-basis", type=click.Choice(QUORUM_BASES), default=None,
              help="A majority of all seats, or of the members on the roster (default: $COI_QUORUM_BASIS, "
                   "else seats).")
@click.option("--recused-count/--recused-not-counted", default=None,
              help="Whether recused members count towards the quorum (default: $COI_RECUSED_COUNT, else not).")
@click.option("--vote-base", type=click.Choice(VOTE_BASES), default=None,
              help="What a decision needs a majority of (default: $COI_VOTE_BASE, else present).")
@click.option("--reveal-confidential", is_flag=True,
              help="Name confidential parties (a staff copy; never give it to members).")
def report_(db, meeting_id, fmt, out, member_id, quorum_basis, recused_count, vote_base, reveal_confidential):
    """Write the pre-meeting conflict report (or one member's packet) for a meeting."""
    from coi.decisions.meetings import MeetingError, build_report, stale_words
    from coi.reports import render as report
    from coi.store.screenings import changed_since

    settings = load_settings(db=db)
    existing_database(settings)
    check_out(out)
    if out == "-":
        refuse_terminal(fmt)  # before the work of rendering it
    rule = quorum_rule(settings, quorum_basis, recused_count, vote_base)
    started = time.perf_counter()
    with Store.open(settings.db_path) as store:
        if member_id is not None:  # issue 14, item 15: a packet for nobody is refused, not an empty file
            _known_member(store, member_id)
        try:
            built = build_report(store, cli_account(), meeting_id, rule=rule, today=settings.as_of, member_id=member_id,
                                 reveal_confidential=reveal_confidential)
        except MeetingError as exc:
            raise click.UsageError(str(exc)) from exc
        changed = built.changed_after
        if member_id is not None:  # a packet's report holds none (its reader may not see the imports)
            with store.reading() as conn:
                changed = changed_since(conn, built.screened_with)
    if changed:
        # a report of an older screening would leave out what the new data raises (helper-143's
        # review: a corrected docket's new respondent, a statutory conflict, was not on it)
        raise click.ClickException(f"{stale_words(changed, built.screened_with is not None)} Nothing was written.")
    try:
        data = report.render(built, fmt, packet=member_id)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc
    target = write_bytes(out, data, fmt)
    click.echo(f"Wrote {target} ({fmt}, {len(built.items)} items, {len(data):,} bytes) in "
               f"{time.perf_counter() - started:.2f} s. {built.rule}", err=True)


def quorum_rule(settings: Settings, basis: str | None, recused_count: bool | None, vote_base: str | None) -> QuorumRule:
    """The Panel's quorum rule (:attr:`Settings.quorum`, from the environment), with what the options change."""
    rule = settings.quorum
    return replace(rule, basis=QuorumBasis(basis) if basis else rule.basis,
                   recused_count=rule.recused_count if recused_count is None else recused_count,
                   vote_base=VoteBase(vote_base) if vote_base else rule.vote_base)


def _known_member(store: Store, member_id: str) -> None:
    """Refuse (exit 2, a usage error) a member id the roster never had, naming what to give instead."""
    known = [m.member_id for m in store.members()]
    if member_id in known:
        return
    same = [k for k in known if k.casefold() == member_id.strip().casefold()]
    hint = (f"did you mean {same[0]}?" if same else
            f"give a member_id from the roster ({', '.join(known[:3])}{', …' if len(known) > 3 else ''})"
            if known else "the roster is empty: import members.csv first")
    raise click.UsageError(f"there is no member {member_id!r} on the roster: {hint}")


@click.command("audit")
@db_option
@click.option("--meeting", "meeting_id", required=True, help="The meeting (its meeting_id).")
@click.option("--out", "out", default=None, help="Where to write the CSV (default: stdout).")
@click.option("--reveal-confidential", is_flag=True, help="Name confidential parties in the evidence (staff only).")
def audit_(db, meeting_id, out, reveal_confidential):
    """The removal exposure of 3.1(g)(2) after a meeting: who voted on an item where a statutory
    prompt was unanswered or answered self-recuse, and who was recused by vote — grouped by the
    appointing official, with the evidence."""
    from coi.decisions.meetings import MeetingError, exposure_audit
    from coi.ingest import export

    settings = load_settings(db=db)
    existing_database(settings)
    check_out(out)
    with Store.open(settings.db_path) as store:
        try:
            grouped = exposure_audit(store, cli_account(), meeting_id, reveal_confidential=reveal_confidential,
                                     rule=settings.quorum)
        except MeetingError as exc:
            raise click.UsageError(str(exc)) from exc
    columns = ("appointed_by", "member_id", "member_name", "item", "case_id", "why", "category", "vote", "evidence",
               "answered_later")
    with output(out) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for appointer, rows in grouped.items():
            for e in rows:
                writer.writerow([export.csv_safe(v) for v in (appointer, e.member_id, e.member_name, e.item,
                                                              e.case_id, e.why, e.category, e.vote or "", e.evidence,
                                                              e.later)])
    for appointer, rows in grouped.items():
        click.echo(f"{appointer}: {len(rows)} exposure(s)"
                   + "".join(f"\n  item {e.item} ({e.case_id}) {e.member_id} {e.member_name}: {e.why}" for e in rows),
                   err=True)
