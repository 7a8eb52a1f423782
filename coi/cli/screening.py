"""``coi screen``, ``coi match``, ``coi compare`` and ``coi rescreen``: a docket screened
against the Panel (from files, or every stored case), and the name matcher explained.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import sys
import time
from collections.abc import Callable
from contextlib import nullcontext

import click

from coi import explain
from coi.cli.common import (
    check_out,
    cli_account,
    db_option,
    encoding_option,
    invalid_dates_option,
    iso_date,
    output,
    read_policy,
    rejected,
    warn,
)
from coi.decisions import service
from coi.decisions.access import may_reveal
from coi.graph import build_graph
from coi.heap import without_cycle_collection
from coi.ingest import records as ingest
from coi.ingest.export import csv_safe
from coi.model import InputRejected, Kind, Panel, Party
from coi.names import Candidate, NameIndex, compare_names, looks_like_organization
from coi.names.index import Corpus
from coi.policy import Policy
from coi.redaction import Redactor, follow_the_person
from coi.screen import (
    OUTPUT_COLUMNS,
    Screener,
    ScreeningResult,
    WorkerPool,
    docket_corpus,
    prompt_row,
    screen_docket,
    summary_lines,
    warm_words,
    worker_pool,
    worth_forking,
)
from coi.settings import load_settings
from coi.store.database import Store


def _load_panel(members_path: str, disclosures_path: str, encoding: str | None, as_of: dt.date) -> Panel:
    problems = []
    members = disclosures = None
    try:
        members = ingest.load_members(members_path, encoding=encoding)
        warn(members.warnings)
    except InputRejected as exc:
        problems.extend(exc.problems)
    if members is not None:
        try:
            disclosures = ingest.load_disclosures(disclosures_path, members.records, encoding=encoding, as_of=as_of)
            warn(disclosures.warnings)
        except InputRejected as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputRejected(problems)
    assert members is not None and disclosures is not None  # each is None only when its file was rejected
    return Panel(members.records, disclosures.records)


@click.command()
@click.option("--members", "members_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The Panel roster (members.csv or .xlsx).")
@click.option("--disclosures", "disclosures_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The members' disclosures (disclosures.csv or .xlsx).")
@click.option("--docket", "docket_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The docket: one row per party (docket.csv or .xlsx).")
@click.option("--out", "out", default=None, help="Where to write the conflicts CSV (default: stdout).")
@click.option("--reveal-confidential", is_flag=True, help="Write confidential parties' names (staff only).")
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A policy file to apply instead of the shipped 3.1(g) policy.")
@click.option("--as-of", "as_of", default=None, callback=iso_date,
              help="Judge ties current or former as of this date (default: today).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: for large dockets on a terminal).")
@encoding_option
@invalid_dates_option
def screen(members_path, disclosures_path, docket_path, out, reveal_confidential, policy_path, as_of, progress, encoding,
           invalid_dates):
    """Screen a docket against the Panel's disclosures and write every prompt.

    --invalid-dates ignore applies to the docket's dates of birth (the roster's and the
    disclosures' are always checked strictly)."""
    started = time.perf_counter()
    check_out(out)
    settings = load_settings(policy=policy_path, as_of=as_of)
    policy = read_policy(policy_path)
    with without_cycle_collection():
        try:
            panel = _load_panel(members_path, disclosures_path, encoding, settings.as_of)
        except InputRejected as exc:
            rejected(exc)
        graph = build_graph(panel, policy, as_of=settings.as_of)
        screener = Screener.build(graph, policy)
        # the workers are forked before the docket is read: they hold none of its rows
        # (and, while it is read, they make their blocking tables for the commonest names)
        with (worker_pool(screener, warm=warm_words(docket_path)) if worth_forking(docket_path)
              else nullcontext()) as pool:
            try:
                # the workers start blocking the names as soon as they are read, while the
                # parties are made from them
                docket = ingest.load_docket(docket_path, encoding=encoding, invalid_dates=invalid_dates,
                                            peek=pool.block_early if pool is not None else None)
            except InputRejected as exc:
                rejected(exc)
            warn(docket.warnings)
            # the Census name frequencies updated with the docket's own (its confidential parties
            # left out): a name the docket repeats says less (issue 13's term frequencies)
            parties = follow_the_person(docket.records)  # once, for the counting and the screening
            # counted while the workers block the names (the frequencies play no part in that)
            result = _screen_with_progress(parties, screener, progress, pool,
                                           count=functools.partial(docket_corpus, parties, followed=True))
        del parties
        # one redaction rule (coi.redaction): a name confidential on one row of a case is so on
        # all; still without the cyclic collector, whose passes over the million parties now
        # alive would cost more than the rest of the writing (1.5 s at 1,000,000 rows)
        redactor = Redactor.of(docket.records, exact=True, reveal=may_reveal(cli_account(), reveal_confidential))
        with output(out) as fh:
            writer = csv.DictWriter(fh, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for p in result.prompts:  # a name that a spreadsheet would run as a formula is written as text
                writer.writerow({k: csv_safe(v) for k, v in prompt_row(p, redactor=redactor).items()})
    names = {m.member_id: m.name for m in panel.members}
    for line in summary_lines(result, names):
        click.echo(line, err=True)
    click.echo(f"Done in {time.perf_counter() - started:.2f} s (policy: {policy.name}; "
               f"threshold {policy.prompt_threshold:g}; as of {settings.as_of.isoformat()}).", err=True)


def _screen_with_progress(parties: list[Party], screener: Screener, progress: bool | None,
                          pool: WorkerPool | None = None, count: Callable[[], Corpus] | None = None
                          ) -> ScreeningResult:
    """Screen the parties, with a progress bar on stderr when asked (or, unasked, for a large docket on a terminal)."""
    show = progress if progress is not None else (len(parties) >= 5000 and sys.stderr.isatty())
    if not show:
        return screen_docket(parties, screener, pool=pool, followed=True, count=count)
    from tqdm import tqdm

    with tqdm(total=len(parties), unit="party", file=sys.stderr, desc="screening") as bar:
        done = [0]

        def tick(n: int) -> None:
            bar.update(n - done[0])
            done[0] = n

        return screen_docket(parties, screener, progress=tick, pool=pool, followed=True, count=count)


@click.command()
@click.option("--queries", "queries_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV with query_id,name[,date_of_birth].")
@click.option("--candidates", "candidates_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV with candidate_id,name[,date_of_birth].")
@click.option("--out", "out", default=None, help="Where to write hits.csv (default: stdout).")
@click.option("--kind", type=click.Choice([k.value for k in Kind]), default=None,
              help="Compare as persons or organizations (default: decided per name).")
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="The policy whose threshold marks a prompt (default: the shipped one).")
@encoding_option
@invalid_dates_option
def match(queries_path, candidates_path, out, kind, policy_path, encoding, invalid_dates):
    """Run the name matcher: every pair it considers, best first per query.

    With --invalid-dates ignore, a bad date of birth is left out and a row without a name is
    skipped, each listed as a warning."""
    check_out(out)
    policy = read_policy(policy_path)
    try:
        queries = ingest.load_names(queries_path, id_column="query_id", encoding=encoding, invalid_dates=invalid_dates)
        candidates = ingest.load_names(candidates_path, id_column="candidate_id", encoding=encoding,
                                       invalid_dates=invalid_dates)
    except InputRejected as exc:
        rejected(exc)
    warn(queries.warnings)
    warn(candidates.warnings)
    rows = match_rows(queries.records, candidates.records, Kind(kind) if kind else None, policy)
    with output(out) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("query_id", "candidate_id", "score", "prompt"))
        writer.writerows([csv_safe(v) for v in row] for row in rows)


def match_rows(queries, candidates, kind: Kind | None, policy: Policy) -> list[tuple[str, str, str, str]]:
    """The rows of ``coi match``: for each query, each candidate the matcher considers that
    scores at least the policy's floor, best first; ``prompt`` marks those at the threshold."""
    def kind_of(name: str) -> Kind:
        return kind or (Kind.ORGANIZATION if looks_like_organization(name) else Kind.PERSON)

    # the name frequencies of the data matched (issue 13's term-frequency adjustment): each
    # record once, so that a file matched against itself does not count its names twice
    records = {(r.id, r.name): r for r in (*queries, *candidates) if r.name}
    index = NameIndex(
        (Candidate(text=c.name, kind=k, ref=c.id, date_of_birth=c.date_of_birth)
         for c in candidates
         for k in ((kind,) if kind else (Kind.PERSON, Kind.ORGANIZATION))),
        corpus=Corpus.of(((r.name, kind_of(r.name)) for r in records.values()),
                         dates=(r.date_of_birth for r in records.values() if kind_of(r.name) is Kind.PERSON)),
    )
    rows = []
    for q in queries:
        best: dict[str, float] = {}
        for hit in index.match(q.name, kind_of(q.name), date_of_birth=q.date_of_birth, floor=policy.floor):
            cid = str(hit.candidate.ref)  # the candidate's id, as given to the index above
            best[cid] = max(best.get(cid, 0.0), hit.score)
        for cid, score in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append((q.id, cid, f"{score:.1f}", "true" if score >= policy.prompt_threshold else "false"))
    return rows


@click.command("rescreen")
@db_option
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A policy file to apply instead of the shipped 3.1(g) policy. It becomes the Panel's: "
                   "every later screening (the dashboard's too) applies it until another is chosen.")
@click.option("--shipped-policy", is_flag=True,
              help="Go back to the 3.1(g) policy shipped with coi (after a --policy) and screen with it.")
@click.option("--as-of", "as_of", default=None, callback=iso_date,
              help="Judge ties current or former as of this date (default: today).")
def rescreen(db, policy_path, shipped_policy, as_of):
    """Screen every stored case against the stored Panel and store the prompts, with the
    Panel's policy: the one last chosen with --policy (kept in the database), else the shipped one."""
    if policy_path and shipped_policy:
        raise click.UsageError("--policy FILE and --shipped-policy say two things: give one of them")
    settings = load_settings(db=db, policy=policy_path, as_of=as_of)
    read_policy(policy_path)  # a policy file that cannot be applied is refused before the database is opened
    with Store.open(settings.db_path) as store:
        if policy_path or shipped_policy:
            policy = service.choose_policy(store, cli_account(), policy_path)
        else:
            policy = service.policy_in_force(store)
        result = service.screen_stored(store, cli_account(), policy, settings.as_of)
        names = {m.member_id: m.name for m in store.members()}
    click.echo(f"Policy: {policy.name}; SHA-256 {policy.sha256[:16]}", err=True)
    for line in summary_lines(result, names):
        click.echo(line, err=True)


def _birth_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A date of birth for ``coi compare``: an ISO date, not in the future (as ``coi import``)."""
    born = iso_date(ctx, param, value)
    if born is not None and born > dt.date.today():
        raise click.BadParameter(f"{born.isoformat()} is in the future; check the year: a date of birth "
                                 "cannot be ahead")
    return born


@click.command("compare")
@click.argument("left")
@click.argument("right")
@click.option("--kind", type=click.Choice([k.value for k in Kind]), default=None,
              help="Compare as persons or organizations (default: organizations when LEFT or RIGHT looks like "
                   "one: Takara / Takara Japanese Restaurant).")
@click.option("--left-dob", "left_dob", default=None, callback=_birth_date,
              help="LEFT's date of birth (YYYY-MM-DD), compared as coi screen compares a disclosed person's.")
@click.option("--right-dob", "right_dob", default=None, callback=_birth_date,
              help="RIGHT's date of birth (YYYY-MM-DD), compared as coi screen compares a party's.")
@click.option("--policy", "policy_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A policy file whose prompt threshold says 'likely' or 'possibly' (default: the shipped one).")
@click.option("--docket", "docket_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Weigh as coi screen weighs against this docket (docket.csv): its names' frequencies, its "
                   "size and its birthdays, its confidential parties left out (default: the shipped tables alone).")
@click.option("--encoding", default=None, help="The docket's encoding (default: detected).")
@invalid_dates_option
def compare(left, right, kind, left_dob, right_dob, policy_path, docket_path, encoding, invalid_dates):
    """Explain how two names compare: the waterfall of the evidence (the prior, then each
    comparison's level, the two strings, the bits it adds and the running total), the match
    weight, the probability and score, and the top reasons in plain words. RIGHT is compared
    as a docket's party is, LEFT as a disclosed name; with --docket, as coi screen compares
    them in that docket, so the score is the prompt's (give --invalid-dates as coi screen was
    given it: a docket it read with ignore is read so here too)."""
    k = Kind(kind) if kind else (Kind.ORGANIZATION if looks_like_organization(left) or looks_like_organization(right)
                                 else Kind.PERSON)
    threshold = read_policy(policy_path).prompt_threshold
    corpus = None
    if docket_path is not None:
        try:
            docket = ingest.load_docket(docket_path, encoding=encoding, invalid_dates=invalid_dates)
        except InputRejected as exc:
            rejected(exc)
        warn(docket.warnings)
        corpus = docket_corpus(docket.records)
    ev = compare_names(right, left, k, query_dob=right_dob, candidate_dob=left_dob, corpus=corpus)
    click.echo(f"score {ev.score:.1f} ({k})")
    for line in explain.waterfall_lines(ev, threshold, k, query_label="right", candidate_label="left"):
        click.echo(line)


# -- issue 14, item 6 (H4): notifications by e-mail ------------------------------------------
