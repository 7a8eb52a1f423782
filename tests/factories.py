"""Tiny factories for the records the tests need."""

from __future__ import annotations

import datetime as dt

from coi.model import Appointer, Disclosure, Kind, Member, Panel, Party, PartyRole, Relation

AS_OF = dt.date(2026, 11, 22)


def member(member_id: str = "M01", name: str = "Ana Diaz", **kw) -> Member:
    return Member(member_id, name, kw.pop("appointed_by", Appointer.GOVERNOR), **kw)


def tie(relation: str, name: str, *, member_id: str = "M01", via: str | None = None, **kw) -> Disclosure:
    rel = Relation(relation)
    return Disclosure(member_id, rel, name, kw.pop("kind", rel.default_kind), via=via, **kw)


def party(name: str, *, case_id: str = "C1", role: str = "witness", **kw) -> Party:
    r = PartyRole(role)
    return Party(case_id, name, r, kw.pop("kind", r.default_kind), **kw)


def panel(*disclosures: Disclosure, members: tuple[Member, ...] | None = None) -> Panel:
    return Panel(members or (member(),), tuple(disclosures))


__all__ = ["AS_OF", "member", "tie", "party", "panel", "Kind"]
