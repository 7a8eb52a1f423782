"""Every member's disclosures as staff read them (issue 14, item 9): the ties they hold now, every
tie they ever held with when and by what it was added and retired, and each confirmation that
the list is complete — read-only; a member may read their own."""

from __future__ import annotations

from dataclasses import dataclass

from coi.decisions.access import Permission, require, require_scope
from coi.decisions.accounts import Account
from coi.decisions.views import Forbidden, disclosure_rows
from coi.store.database import DASHBOARD_SOURCE, DisclosureRecord, Store


@dataclass(frozen=True, slots=True)
class MemberDisclosures:
    """One member's ties now and ever, and their confirmations (newest first)."""

    member_id: str
    name: str
    records: tuple[DisclosureRecord, ...]
    confirmations: tuple[tuple[str, str], ...]  # (when, by whom)

    @property
    def current(self) -> tuple[DisclosureRecord, ...]:
        return tuple(r for r in self.records if r.current)

    @property
    def last_confirmed(self) -> tuple[str, str] | None:
        return self.confirmations[0] if self.confirmations else None


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """A roster line of the disclosures page: how many ties, the last confirmation and the last change."""

    member_id: str
    name: str
    ties: int
    last_confirmed: str | None
    confirmed_by: str | None
    last_change: str | None


def where_from(source: str | None) -> str:
    """An import's source in words: a file's name, or the dashboard's editor."""
    if source is None:
        return ""
    return "the dashboard" if source.startswith(DASHBOARD_SOURCE) else source


def overview(store: Store, account: Account | None) -> list[OverviewRow]:
    """Every member on the roster: ties now, last confirmed (when, by whom), last change to the list."""
    require(store, account, Permission.SEE_ALL_DISCLOSURES)
    confirmed: dict[str, tuple[str, str]] = {}
    for member_id, at, by in store.confirmations():  # newest first: the first seen is the latest
        confirmed.setdefault(member_id, (at, by))
    out = []
    for m in store.members(active_only=True):
        records = store.disclosure_record(m.member_id)
        changes = [t for r in records for t in (r.added_at, r.retired_at) if t]
        confirmed_at, confirmed_by = confirmed.get(m.member_id, (None, None))
        out.append(OverviewRow(m.member_id, m.name, sum(r.current for r in records), confirmed_at, confirmed_by,
                               max(changes) if changes else None))
    return out


def member_disclosures(store: Store, account: Account | None, member_id: str) -> MemberDisclosures:
    """One member's disclosures with their history and confirmations (a member: their own only)."""
    _, scope = require_scope(store, account, Permission.EDIT_OWN_DISCLOSURES, Permission.SEE_ALL_DISCLOSURES,
                             member_id=member_id)
    if scope is None:
        raise Forbidden("say whose disclosures to show")
    names = {m.member_id: m.name for m in store.members()}
    if scope not in names:
        raise Forbidden(f"{scope} is not on the roster")
    return MemberDisclosures(scope, names[scope], tuple(store.disclosure_record(scope)),
                             tuple((at, by) for _, at, by in store.confirmations(scope)))


def record_rows(records: tuple[DisclosureRecord, ...]) -> list[dict[str, str]]:
    """Each tie as a row: its fields as CONTRACT.md writes them, then when and by what it was added and retired."""
    rows = disclosure_rows([r.disclosure for r in records])
    return [{**row, "added": r.added_at or "", "added by": r.added_by or "", "added from": where_from(r.added_from),
             "retired": r.retired_at or "", "retired by": r.retired_by or "",
             "retired from": where_from(r.retired_from)} for row, r in zip(rows, records)]


__all__ = ["MemberDisclosures", "OverviewRow", "overview", "member_disclosures", "record_rows", "where_from"]
