"""Who may do what: THE table of guarded acts and the lowest role allowed each (member < supervisor < coordinator).
Services call `require` first thing; the window asks `allowed`/`reason` to disable what the service would refuse."""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError
from fieldapp.domain.messages import render
from fieldapp.services.context import Context

__all__ = ["ACTS", "Act", "RoleRefused", "allowed", "lowest_role", "reason", "require"]

_RANK = {Role.MEMBER: 0, Role.SUPERVISOR: 1, Role.COORDINATOR: 2}


@dataclass(frozen=True, slots=True)
class Act:
    lowest: Role  # this role and every role above it may
    message: str  # domain.messages code; its {roles} names who may
    # Whether a context with nobody signed in may: a database without accounts (older files, library use) has
    # nobody to ask, so most acts are open there. Account management never is: it starts with a coordinator.
    anonymous: bool = True


ACTS: dict[str, Act] = {
    # a supervisor's: decisions on items under control, setting up campaigns, personal data leaving the app
    "control.extend": Act(Role.SUPERVISOR, "access.control_extend"),
    "control.resolve": Act(Role.SUPERVISOR, "access.control_decide"),
    "control.reject": Act(Role.SUPERVISOR, "access.control_decide"),
    "control.close": Act(Role.SUPERVISOR, "access.control_decide"),
    "plan.import": Act(Role.SUPERVISOR, "access.plan"),
    # campaigns, directions, groups, members, organisations, places, routes
    "setup": Act(Role.SUPERVISOR, "access.setup"),
    "approve": Act(Role.SUPERVISOR, "access.approve"),
    "approved.edit": Act(Role.SUPERVISOR, "access.approved_edit"),
    "receptions.others": Act(Role.SUPERVISOR, "access.receptions_others"),  # a member corrects only their own
    "report.personal": Act(Role.SUPERVISOR, "access.personal_report"),
    "export.personal": Act(Role.SUPERVISOR, "access.personal_export"),
    # a coordinator's: the trust between devices, what the merge could not decide, the hub, the accounts
    "sync.resolve": Act(Role.COORDINATOR, "access.sync_resolve"),
    "device.enrol": Act(Role.COORDINATOR, "access.devices"),
    "device.revoke": Act(Role.COORDINATOR, "access.devices"),
    "hub.push": Act(Role.COORDINATOR, "access.hub"),
    "hub.pull": Act(Role.COORDINATOR, "access.hub"),
    "hub.enrol": Act(Role.COORDINATOR, "access.hub_keys"),
    "hub.revoke": Act(Role.COORDINATOR, "access.hub_keys"),
    "accounts": Act(Role.COORDINATOR, "access.accounts", anonymous=False),
    "access_log": Act(Role.COORDINATOR, "access.access_log", anonymous=False),
    "password.reset": Act(Role.COORDINATOR, "access.reset_password", anonymous=False),
}


def _act(act: str) -> Act:
    try:
        return ACTS[act]
    except KeyError:
        raise ValueError(f"unknown guarded act {act!r}") from None  # a bug: every act is in the table


def lowest_role(act: str) -> Role:
    """The lowest role that may do `act`."""
    return _act(act).lowest


def allowed(ctx: Context, act: str) -> bool:
    """Whether the signed-in account's role may do `act` (nobody signed in: see Act.anonymous)."""
    rule = _act(act)
    if ctx.read_only:
        return False  # nobody signed in to a file with accounts: nothing is anybody's to do
    if ctx.role is None:
        return rule.anonymous
    try:
        role = Role(ctx.role)
    except ValueError:
        return False  # a role this version does not know is given nothing
    return _RANK[role] >= _RANK[rule.lowest]


class RoleRefused(AccessError):
    """An act the signed-in role may not do; the message names the roles that may, in the language asked."""

    def __init__(self, act: str) -> None:
        self.act = act
        super().__init__(_act(act).message, act=act)

    def message(self, lang: str = "ru") -> str:
        return _text(self.act, lang)


def _text(act: str, lang: str) -> str:
    rule = _act(act)
    return render(rule.message, lang, roles=render(f"access.roles.{rule.lowest.value}", lang))


def require(ctx: Context, act: str) -> None:
    """RoleRefused (an AccessError: exit 1 on the command line) unless the signed-in role may do `act`. Called at
    the top of the service, before anything is read or written."""
    if ctx.read_only:
        raise AccessError("access.read_only")
    if not allowed(ctx, act):
        raise RoleRefused(act)


def reason(ctx: Context, act: str, lang: str = "ru") -> str | None:
    """Why the signed-in role may not do `act` (the service's own message), or None when it may."""
    if ctx.read_only:
        return render("access.read_only", lang)
    return None if allowed(ctx, act) else _text(act, lang)
