"""The plain-text writer of the press paragraph: title, the scope in a few lines, the paragraph, the print date."""

from __future__ import annotations

import textwrap

from fieldapp.reports import model as m

__all__ = ["render_text"]


def render_text(report: m.Report, width: int = 100) -> str:
    """`report` as UTF-8 text ready to paste into a release; the paragraph is wrapped at `width` characters."""
    lines = [report.title, ""]
    lines += [f"{label}: {value}" for label, value in report.facts]
    lines.append("")
    for paragraph in report.press.split("\n\n"):
        lines += textwrap.wrap(paragraph, width=width) or [""]
        lines.append("")
    printed = report.texts.get("printed")
    if printed:
        lines.append(printed)
    return "\n".join(lines).rstrip() + "\n"
