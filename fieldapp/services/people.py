"""Organisations (state bodies, police, NGOs…) and the members of working groups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from fieldapp.domain.enums import OrganizationKind
from fieldapp.domain.iin import validate_bin
from fieldapp.services import roles
from fieldapp.services._common import add, live, optional_live, required, tombstone, touch
from fieldapp.services.context import Context
from fieldapp.storage.queries import people as q
from fieldapp.storage.tables import Member, Organization, Region


@dataclass(frozen=True, slots=True)
class OrganizationInfo:
    id: str
    name_ru: str
    name_kk: str
    short_name: str
    kind: OrganizationKind
    bin: str | None
    region_id: str | None

    def name(self, lang: str = "ru") -> str:
        return (self.name_kk or self.name_ru) if lang == "kk" else self.name_ru


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: str
    full_name: str
    position: str
    rank: str
    organization_id: str | None
    organization_name: str | None
    phone: str


def _org_info(row: Organization) -> OrganizationInfo:
    return OrganizationInfo(
        row.id, row.name_ru, row.name_kk, row.short_name, OrganizationKind(row.kind), row.bin, row.region_id
    )


def _bin(value: str | None) -> str | None:
    return validate_bin(value) if value and value.strip() else None


# -- organisations ---------------------------------------------------------------------------------------------------


def create_organization(
    ctx: Context, name_ru: str, *, name_kk: str = "", short_name: str = "",
    kind: OrganizationKind | str = OrganizationKind.STATE, bin: str | None = None, region_id: str | None = None,
) -> str:
    """A new organisation; a BIN, when given, must pass the control digit (`bin.length` / `bin.checksum`)."""
    roles.require(ctx, "setup")
    row = Organization(
        name_ru=required(name_ru, "name"), name_kk=name_kk.strip(), short_name=short_name.strip(),
        kind=OrganizationKind.parse(kind, "kind").value, bin=_bin(bin), region_id=region_id,
    )
    with ctx.db.session() as s:
        optional_live(s, Region, region_id, "region")
        return add(s, ctx, row).id


def update_organization(
    ctx: Context, organization_id: str, name_ru: str, *, name_kk: str = "", short_name: str = "",
    kind: OrganizationKind | str = OrganizationKind.STATE, bin: str | None = None, region_id: str | None = None,
) -> None:
    roles.require(ctx, "setup")
    name, kind_code, bin_digits = required(name_ru, "name"), OrganizationKind.parse(kind, "kind").value, _bin(bin)
    with ctx.db.session() as s:
        row = live(s, Organization, organization_id, "organization")
        optional_live(s, Region, region_id, "region")
        row.name_ru, row.name_kk, row.short_name = name, name_kk.strip(), short_name.strip()
        row.kind, row.bin, row.region_id = kind_code, bin_digits, region_id
        touch(row)


def delete_organization(ctx: Context, organization_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Organization, organization_id, "organization"))


def get_organization(ctx: Context, organization_id: str) -> OrganizationInfo:
    with ctx.db.reading() as s:
        return _org_info(live(s, Organization, organization_id, "organization"))


def list_organizations(ctx: Context, kind: OrganizationKind | str | None = None) -> tuple[OrganizationInfo, ...]:
    code = None if kind is None else OrganizationKind.parse(kind, "kind").value
    with ctx.db.reading() as s:
        return tuple(_org_info(r) for r in q.organizations(s, code))


def find_organization(ctx: Context, name: str) -> str | None:
    """The organisation named `name` (Russian, Kazakh or short name; case, ё/е and quotes ignored), if any."""
    with ctx.db.reading() as s:
        found = q.organization_by_name(s, name)
        return found.id if found else None


def find_or_create_organization(
    ctx: Context, name: str, kind: OrganizationKind | str = OrganizationKind.STATE
) -> str:
    """The organisation named `name`, created with that Russian name when there is none yet."""
    with ctx.db.session() as s:
        return organization_for_name(ctx, s, name, kind)


def organization_for_name(
    ctx: Context, s: Session, name: str, kind: OrganizationKind | str = OrganizationKind.STATE
) -> str:
    """find_or_create_organization inside the caller's transaction (a second session would deadlock SQLite)."""
    text = required(name, "responsible")
    found = q.organization_by_name(s, text)
    if found is not None:
        return found.id
    return add(s, ctx, Organization(name_ru=text, kind=OrganizationKind.parse(kind, "kind").value)).id


# -- members -----------------------------------------------------------------------------------------------------


def create_member(
    ctx: Context, full_name: str, *, position: str = "", rank: str = "", organization_id: str | None = None,
    phone: str = "",
) -> str:
    roles.require(ctx, "setup")
    row = Member(
        full_name=required(full_name, "full_name"), position=position.strip(), rank=rank.strip(),
        organization_id=organization_id, phone=phone.strip(),
    )
    with ctx.db.session() as s:
        optional_live(s, Organization, organization_id, "organization")
        return add(s, ctx, row).id


def update_member(
    ctx: Context, member_id: str, full_name: str, *, position: str = "", rank: str = "",
    organization_id: str | None = None, phone: str = "",
) -> None:
    roles.require(ctx, "setup")
    name = required(full_name, "full_name")
    with ctx.db.session() as s:
        row = live(s, Member, member_id, "member")
        optional_live(s, Organization, organization_id, "organization")
        row.full_name, row.position, row.rank = name, position.strip(), rank.strip()
        row.organization_id, row.phone = organization_id, phone.strip()
        touch(row)


def delete_member(ctx: Context, member_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Member, member_id, "member"))


def get_member(ctx: Context, member_id: str) -> MemberInfo:
    with ctx.db.reading() as s:
        row = live(s, Member, member_id, "member")
        org = s.get(Organization, row.organization_id) if row.organization_id else None
        org_name = org.name_ru if org is not None and not org.deleted else None
        return MemberInfo(row.id, row.full_name, row.position, row.rank, row.organization_id, org_name, row.phone)


def list_members(ctx: Context, organization_id: str | None = None) -> tuple[MemberInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(MemberInfo(*row) for row in q.members(s, organization_id))
