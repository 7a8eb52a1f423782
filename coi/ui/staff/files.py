"""The staff Files page: every file kind of CONTRACT.md — roster, disclosures, docket, agenda,
votes — uploaded with the command line's validation, its import plan shown, and imported only
on a confirm button (:mod:`coi.decisions.uploads`); each kind's template downloadable with example rows.

An upload is read, validated and planned once per file (keyed by its SHA-256 in the browser
session's state), not on every rerun of the page; once imported, a rerun shows what was done
and does nothing again."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from coi.decisions import service, uploads
from coi.decisions.access import Permission, require
from coi.decisions.accounts import Account
from coi.ingest import tabular
from coi.ingest.plan import Change, ImportPlan, PlanChanged
from coi.model import ImportKind, InputRejected, Loaded, Problem
from coi.settings import load_settings
from coi.store.database import Store
from coi.ui.widgets import count, md, refusing

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: session_state: upload key → the Upload of the file last chosen there
UPLOADS = "uploads"


@dataclass(slots=True)
class Upload:
    """One uploaded file in this browser session: read and planned once; what its import did."""

    file_id: str  # the file's SHA-256, its kind and the encoding chosen: a new one is read again
    name: str
    kind: ImportKind
    fingerprint: str
    loaded: Loaded | None = None
    problems: tuple[Problem, ...] = ()
    plan: ImportPlan | None = None
    done: str | None = None  # what the confirmed import did, in words
    notice: str | None = None  # said once, on the next run (the plan changed under a click)
    screened: str | None = None  # what the screening after it found

    @property
    def cases(self) -> set[str]:
        return {p.case_id for p in self.loaded.records} if self.kind is ImportKind.DOCKET and self.loaded else set()


def upload_flow(store: Store, account: Account, kind: ImportKind, *, key: str) -> Upload | None:
    """Upload a file of ``kind`` (widget keys ``{key}_file``, ``{key}_import``,
    ``{key}_encoding``): its problems, or its plan and the confirm button; after the import,
    what it did. Returns the upload (None: no file chosen)."""
    encodings = upload_encoding(key=f"{key}_encoding")
    file = st.file_uploader(f"{kind.label} file (CSV or Excel)", type=["csv", "xlsx"], key=f"{key}_file")
    held: dict[str, Upload] = st.session_state.setdefault(UPLOADS, {})
    if file is None:
        held.pop(key, None)  # the file was removed: nothing of it is kept
        return None
    content = file.getvalue()
    digest = hashlib.sha256(content).hexdigest()
    file_id = f"{digest}:{kind}:{encodings.fallback or ''}"
    upload = held.get(key)
    if upload is None or upload.file_id != file_id:
        upload = held[key] = _read(store, account, kind, file.name, content, digest, file_id, encodings)
    if upload.problems:
        _problems(upload)
        return upload
    loaded, plan = upload.loaded, upload.plan
    assert loaded is not None and plan is not None, "a file read without a problem is loaded and planned"
    if upload.notice is not None:
        st.warning(upload.notice)
        upload.notice = None
    for w in loaded.warnings[:20]:
        st.warning(md(w))
    if upload.done is not None:
        st.success(md(upload.done))
        if upload.screened:
            st.info(md(upload.screened))
        return upload
    if plan.duplicate_of is not None:
        st.info(f"{md(upload.name)} is imported (this very file); nothing more to import.")
        return upload
    import_plan(plan, kind.one, kind.many,
                retired="taken off the agenda" if kind is ImportKind.AGENDA else "retired (kept as history)")
    label = (f"Import {upload.name}, retiring {count(len(plan.retired), kind.one, kind.many)}" if plan.removes
             else f"Import {upload.name}")
    if not st.button(label, key=f"{key}_import", type="primary"):
        return upload
    try:
        imported = uploads.import_file(store, account, kind, loaded, source=upload.name,
                                       fingerprint=upload.fingerprint, plan=plan)
    except PlanChanged as exc:
        upload.plan = exc.plan
        what = "docket" if kind is ImportKind.DOCKET else "data"
        upload.notice = (f"{md(upload.name)} was not imported: the stored {what} changed since you saw the plan. "
                         "The plan below is what the import would do now — check it and confirm again.")
        st.rerun()
    except InputRejected as exc:  # refused by the import itself (e.g. votes recorded meanwhile)
        upload.problems = tuple(exc.problems)
        _problems(upload)
        return upload
    upload.done = imported.words
    if imported.screen:
        upload.screened = _screen(store, account)
    st.rerun()  # the page now says what was done, without the plan and its button


def upload_encoding(key: str = "docket_encoding") -> tabular.Encodings:
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


def import_plan(plan: ImportPlan, one: str, many: str, *, retired: str = "retired (kept as history)") -> None:
    """An import's plan, before anything is stored: the counts, and every row it touches by name
    (``retired``: what the plan's retired rows undergo, in words)."""
    st.subheader("What importing it will do")
    st.write(f"{count(len(plan.added), one, many)} added, {len(plan.changed)} changed, "
             f"{len(plan.retired)} {retired}, {plan.unchanged:,} unchanged"
             + (f", {len(plan.kept)} kept (entered in the dashboard)" if plan.kept else "") + ".")
    if plan.retired:
        st.warning(f"Importing it retires {count(len(plan.retired), one, many)} that the file does not list "
                   f"(named below): they no longer count for screening." if retired.startswith("retired") else
                   f"Importing it leaves out {count(len(plan.retired), one, many)} that the file does not list "
                   f"(named below): {retired}.")
    rows = [(str(r.change), r.what, r.detail) for change in (Change.RETIRED, Change.KEPT, Change.CHANGED, Change.ADDED)
            for r in plan.rows if r.change is change]
    if rows:
        st.dataframe(pd.DataFrame(rows, columns=["change", one, "detail"]), hide_index=True, width="stretch")


def _read(store: Store, account: Account, kind: ImportKind, name: str, content: bytes, digest: str, file_id: str,
          encodings) -> Upload:
    """Validate and plan an uploaded file, once."""
    upload = Upload(file_id, name, kind, digest)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(content)
        try:
            upload.loaded = uploads.read_file(store, account, kind, path, encoding=encodings,
                                              as_of=load_settings().as_of)
            upload.plan = uploads.plan_file(store, account, kind, upload.loaded, source=name, fingerprint=digest)
        except InputRejected as exc:
            upload.problems = tuple(exc.problems)
    return upload


def _problems(upload: Upload) -> None:
    """Every problem of a refused file: the file, row, column, what is wrong and how to fix it."""
    st.error(f"{md(upload.name)} was not imported: {len(upload.problems)} problem(s) to fix. Nothing was changed.")
    st.dataframe(pd.DataFrame([{"file": upload.name, "row": p.row or "", "column": p.column or "",
                                "problem": p.problem, "how to fix": p.fix} for p in upload.problems]),
                 hide_index=True, width="stretch")


def _screen(store: Store, account: Account) -> str:
    """Screen the stored docket again after an import that changes what screening finds."""
    settings = load_settings()
    bar = st.progress(0.0, text="Screening…")
    policy = service.policy_in_force(store, settings.policy_path)  # the Panel's (coi rescreen --policy)

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Screening… {done:,} of {total:,} parties")

    screened = service.screen_stored(store, account, policy, settings.as_of, progress=progress)
    words = (f"Screened {screened.parties:,} parties in {screened.cases:,} cases: "
             f"{len(screened.prompts):,} prompts.")
    bar.progress(1.0, text=words)
    return words


def templates(kind: ImportKind) -> None:
    """The kind's template, CSV and Excel, with example rows and every column coi reads."""
    required = [c for c, needed in uploads.columns(kind).items() if needed]
    optional = [c for c, needed in uploads.columns(kind).items() if not needed]
    st.caption(f"Required columns: {', '.join(required)}. Optional: {', '.join(optional) or 'none'}. "
               "Column names are matched without regard to case; extra columns are ignored. "
               "Dates are written YYYY-MM-DD.")
    cols = st.columns(2)
    cols[0].download_button(f"{kind.label} template (CSV)", uploads.template_csv(kind),
                            file_name=uploads.template_name(kind, "csv"), mime="text/csv",
                            key=f"template-{kind}-csv")
    cols[1].download_button(f"{kind.label} template (Excel)", uploads.template_xlsx(kind),
                            file_name=uploads.template_name(kind, "xlsx"), mime=XLSX_MIME,
                            key=f"template-{kind}-xlsx")


_ORDER_NOTE = ("Files build on each other: the roster first, then the members' disclosures, the docket, the "
               "agenda of a meeting (its cases must be on the docket) and, after the meeting, its votes.")


@refusing
def files(store: Store, account: Account) -> None:
    """The Files page (staff: ``IMPORT_FILES``; anyone else is refused before anything is drawn)."""
    require(store, account, Permission.IMPORT_FILES)
    st.title("Files")
    st.write("Upload a roster, disclosures, a docket, an agenda or votes (CSV or Excel). Each file is checked "
             "whole, as `coi import` checks it: if any row has a problem, every problem is listed with its row, "
             "column and fix, and nothing is stored. Otherwise you see the plan — what importing it adds, "
             "changes and retires, by name — and nothing is stored until you import it with the button. "
             + _ORDER_NOTE)
    kind = ImportKind(st.radio("Kind of file", [k.value for k in ImportKind], format_func=lambda v: ImportKind(v).label,
                             horizontal=True, key="files_kind"))
    with st.expander(f"{kind.label} template, with example rows"):
        templates(kind)
    upload_flow(store, account, kind, key=f"files_{kind}")


__all__ = ["Upload", "upload_flow", "templates", "files", "UPLOADS"]
