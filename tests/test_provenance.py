"""Provenance with every screening (issue 15, item 4): each run records the policy's SHA-256 and
the matcher's weights version, the report's cover shows them, and the policy the Panel chose
with ``coi rescreen --policy`` is kept in the database, so the dashboard screens with it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from coi.cli import main
from coi.decisions import meetings, service
from coi.decisions.access import Forbidden
from coi.decisions.accounts import Accounts
from coi.names.evidence import weights_version
from coi.policy import load_policy
from coi.reports import render
from coi.reports.audit_words import describe
from coi.store import screenings
from coi.store.database import Store
from coi.store.screenings import ScreeningRun
from tests.factories import AS_OF, SYSTEM

SHIPPED = load_policy()


def _last_run(db: Path) -> ScreeningRun:
    with Store.open(db) as store, store.reading() as conn:
        run = screenings.last_screening(conn)
    assert run is not None
    return run


def _custom_policy(folder: Path, name: str = "Panel policy 2027") -> Path:
    """The shipped policy under another name and with a higher prompt threshold: another file."""
    text = (Path(__file__).resolve().parents[1] / "coi" / "policy_3_1_g.toml").read_text(encoding="utf-8")
    text = text.replace('name = "50 ILCS 705/3.1(g) (coi default)"', f'name = "{name}"')
    text = text.replace("prompt_threshold = 25", "prompt_threshold = 60")
    path = folder / "panel-policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rescreen(db: Path, *args: str):
    result = CliRunner().invoke(main, ["rescreen", "--db", str(db), "--as-of", AS_OF.isoformat(), *args])
    assert result.exit_code == 0, result.output
    return result


def test_a_screening_run_records_the_policy_hash_and_the_weights_version(db):
    run = _last_run(db)  # the demo's own screening (coi demo)
    assert (run.policy, run.policy_sha256, run.weights_version) == (SHIPPED.name, SHIPPED.sha256, weights_version())


def test_the_weights_version_follows_the_weights_files():
    root = Path(__file__).resolve().parents[1] / "coi" / "data"
    h = hashlib.sha256()
    for kind in ("person", "organization"):
        raw = (root / f"weights_{kind}.json").read_bytes()
        h.update(f"{kind}\0{len(raw)}\0".encode())
        h.update(raw)
    assert weights_version() == h.hexdigest()[:16]


def test_the_report_cover_shows_the_policy_hash_and_the_weights_version(db, tmp_path):
    policy = _custom_policy(tmp_path)
    _rescreen(db, "--policy", str(policy))
    with Store.open(db) as store:
        report = meetings.build_report(store, SYSTEM, "2026-12-10", today=AS_OF)
    assert report.screened_with is not None and report.screened_with.policy_sha256 == _sha(policy)
    page = render.html(report)
    cover = page[page.index('<table class="cover">'):page.index("</table>")]
    assert "Screened with" in cover
    assert "Panel policy 2027" in cover and _sha(policy) in cover and weights_version() in cover
    packet = render.html(meetings.build_report(Store.open(db), SYSTEM, "2026-12-10", today=AS_OF, member_id="M01"),
                         packet="M01")
    assert _sha(policy) in packet[:packet.index("</table>")]


def test_a_run_from_before_provenance_reads_not_recorded():
    old = ScreeningRun(1, "2026-11-01T10:00:00Z", "2026-11-01", "50 ILCS 705/3.1(g) (coi default)", None, None, "cli")
    words = render.screened_with_words(old)
    assert "SHA-256 not recorded" in words and "weights not recorded" in words and "before coi recorded" in words
    assert render.screened_with_words(None) == "not screened yet"


def test_rescreen_with_a_policy_makes_it_the_panels_and_the_dashboard_screens_with_it(db, tmp_path):
    policy = _custom_policy(tmp_path)
    sha = _sha(policy)
    _rescreen(db, "--policy", str(policy))
    assert _last_run(db).policy_sha256 == sha
    policy.unlink()  # kept in the database: the file is not needed again
    from coi.ui.staff import files

    with Store.open(db) as store:
        assert service.policy_in_force(store).sha256 == sha
        files._screen(store, Accounts(store).get("staff"))  # the Docket page's screening after an import
    run = _last_run(db)
    assert (run.policy, run.policy_sha256, run.actor) == ("Panel policy 2027", sha, "staff")
    _rescreen(db)  # without --policy: the Panel's policy still
    assert _last_run(db).policy_sha256 == sha


def test_a_members_disclosure_save_screens_with_the_panels_policy(db, tmp_path):
    from coi.decisions import views

    policy = _custom_policy(tmp_path)
    _rescreen(db, "--policy", str(policy))
    with Store.open(db) as store:
        m01 = Accounts(store).get("m01")
        rows = views.disclosure_rows(views.disclosures_for(store, m01))
        rows.append({"relation": "friend", "name": "Walter Pemberton-Quist", "kind": "person"})
        views.save_disclosures(store, m01, list(rows), as_of=AS_OF)
    run = _last_run(db)
    assert (run.actor, run.policy_sha256) == ("m01", _sha(policy))


def test_shipped_policy_goes_back_to_the_policy_shipped_with_coi(db, tmp_path):
    _rescreen(db, "--policy", str(_custom_policy(tmp_path)))
    _rescreen(db, "--shipped-policy")
    assert _last_run(db).policy_sha256 == SHIPPED.sha256
    with Store.open(db) as store:
        assert service.policy_in_force(store).sha256 == SHIPPED.sha256


def test_choosing_a_policy_is_kept_and_audited_and_choosing_it_again_records_nothing(db, tmp_path):
    policy = _custom_policy(tmp_path)
    _rescreen(db, "--policy", str(policy))
    _rescreen(db, "--policy", str(policy))
    _rescreen(db, "--shipped-policy")
    _rescreen(db, "--shipped-policy")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, sha256, source IS NULL, chosen_by FROM panel_policy ORDER BY id").fetchall()
    assert [r[:3] for r in rows] == [("Panel policy 2027", _sha(policy), 0), (SHIPPED.name, SHIPPED.sha256, 1)]
    assert all(r[3].startswith("cli:") for r in rows)
    with Store.open(db) as store:
        chosen = store.audit_log(None, action=screenings.POLICY_CHOSEN)
    assert sorted((e.detail["sha256"], e.detail["shipped"]) for e in chosen) == sorted(
        [(_sha(policy), False), (SHIPPED.sha256, True)])
    words = sorted(describe(e) for e in chosen)
    assert any("made the Panel's policy \u201cPanel policy 2027\u201d" in w for w in words), words
    assert any("made the Panel's policy the one shipped with coi" in w for w in words), words


def test_the_chosen_policy_is_append_only(db, tmp_path):
    _rescreen(db, "--policy", str(_custom_policy(tmp_path)))
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE panel_policy SET name = 'edited'")


def test_policy_and_shipped_policy_together_are_refused(db, tmp_path):
    result = CliRunner().invoke(main, ["rescreen", "--db", str(db), "--policy", str(_custom_policy(tmp_path)),
                                       "--shipped-policy"])
    assert result.exit_code == 2 and "give one of them" in result.output


def test_a_member_cannot_choose_the_panels_policy(db, tmp_path):
    with Store.open(db) as store, pytest.raises(Forbidden):
        service.choose_policy(store, Accounts(store).get("m01"), _custom_policy(tmp_path))
