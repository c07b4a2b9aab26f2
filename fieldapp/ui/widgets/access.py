"""What the signed-in role may not do is shown disabled, with the service's own reason (services/roles.py) in its
tooltip: the window never decides a rule, it only asks the one table the services enforce."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldapp.services import roles
from fieldapp.services.context import Context
from fieldapp.ui.i18n import current_language

_BASE = "fieldappToolTip"  # the widget's own tooltip (from its form), kept while a reason stands in for it
_SHOWN = "fieldappRefusal"  # the reason last shown, to tell it from a tooltip the form set again (retranslateUi)


def refusal(ctx: Context | None, act: str) -> str | None:
    """Why the signed-in role may not do `act`, in the interface language; None when it may (or no database)."""
    return None if ctx is None else roles.reason(ctx, act, current_language())


def guard(widget: QWidget, ctx: Context | None, act: str, *, enabled: bool = True) -> str | None:
    """Enable `widget` when `enabled` and the role may do `act`; else disable it, and when the role is the reason,
    say so in its tooltip (its own tooltip comes back once the role may). Returns the reason, or None."""
    why = refusal(ctx, act)
    current = widget.toolTip()
    if current != widget.property(_SHOWN):
        widget.setProperty(_BASE, current)
    base = widget.property(_BASE) or ""
    widget.setEnabled(enabled and why is None)
    widget.setToolTip(why or base)
    widget.setProperty(_SHOWN, why or "")
    return why
