"""Who printed, exported or sent out residents' personal data: `fieldapp access-log` and the coordinator's page.

Kazakhstan's rules on personal data (Order 179/НҚ as amended by 672/НҚ) ask for an account of who had access. Every
report, export and package that carries residents' personal data unredacted writes one entry through `record` —
the report, export and sync services call it once their file is whole — with who, when, what, the scope, how many
residents and the file's name; never the data itself. The entries sync like any record, so the coordinator sees
every laptop's; only a coordinator may read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import AccessKind
from fieldapp.domain.messages import MESSAGES, render
from fieldapp.reports.texts import TEXTS, text
from fieldapp.services import roles
from fieldapp.services.context import Context
from fieldapp.storage.tables import AccessEntry, Member

__all__ = ["AccessRow", "list_access", "record"]


@dataclass(frozen=True)
class AccessRow:
    at: Any  # datetime
    account: str
    member: str
    kind: str  # AccessKind value
    what: str
    scope: str
    residents: int
    file_name: str

    def what_text(self, lang: str = "ru") -> str:
        """What was printed or sent, as a person reads it: the report's title, the package's kind."""
        if self.kind == AccessKind.REPORT.value and f"title.{self.what}" in TEXTS:
            return text(f"title.{self.what}", lang)
        if self.kind == AccessKind.PACKAGE.value and f"access.package_{self.what}" in MESSAGES:
            return render(f"access.package_{self.what}", lang)
        return self.what

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "account": self.account, "member": self.member,
                "kind": self.kind, "what": self.what, "scope": self.scope, "residents": self.residents,
                "file": self.file_name}


def record(ctx: Context, kind: AccessKind, what: str, scope: str, residents: int, file: Path | str,
           session: Session | None = None) -> None:
    """One entry for a file that left the app with residents' personal data; in `session` when the act writes in
    one (a package's export), else in a transaction of its own."""
    if session is None:
        with ctx.db.session() as s:
            _add(ctx, s, kind, what, scope, residents, file)
    else:
        _add(ctx, session, kind, what, scope, residents, file)


def _add(ctx: Context, s: Session, kind: AccessKind, what: str, scope: str, residents: int,
         file: Path | str) -> None:
    member = s.get(Member, ctx.member_id) if ctx.member_id else None
    s.add(AccessEntry(at=ctx.clock().replace(microsecond=0), account=ctx.account or "", member_id=ctx.member_id,
                      member_name=member.full_name if member is not None else "", kind=kind.value, what=what,
                      scope=scope, residents=residents, file_name=Path(file).name))


def list_access(ctx: Context) -> tuple[AccessRow, ...]:
    """Every entry, newest first: a coordinator's (services/roles.py)."""
    roles.require(ctx, "access_log")
    with ctx.db.reading() as s:
        rows = s.execute(select(AccessEntry).where(col(AccessEntry.deleted).is_(False))
                         .order_by(col(AccessEntry.at).desc(), col(AccessEntry.id))).scalars().all()
        return tuple(AccessRow(r.at, r.account, r.member_name, r.kind, r.what, r.scope, r.residents, r.file_name)
                     for r in rows)
