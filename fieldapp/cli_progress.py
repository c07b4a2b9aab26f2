"""A text progress bar for the command line, drawn on stderr only when stderr is a terminal."""

from __future__ import annotations

import re
import sys
import time
from typing import TextIO

from fieldapp.domain.messages import MESSAGES, render

__all__ = ["TextProgress", "human_label"]

LABEL_WIDTH = 40
# The demo's labels: "сценарий: reception", "месяц 3 из 12: stop" (services/demo.py).
_SCENARIO = re.compile(r"^сценарий$")
_MONTH = re.compile(r"^месяц (\d+) из (\d+)$")


def _word(text: str, lang: str) -> str:
    code = "progress." + text.strip()
    if code in MESSAGES:
        return render(code, lang)
    if _SCENARIO.match(text.strip()):
        return render("progress.scenario", lang)
    month = _MONTH.match(text.strip())
    if month:
        return render("progress.month", lang, month=month.group(1), months=month.group(2))
    return text.strip()


def human_label(what: str, lang: str) -> str:
    """What the services report as they work (a table's name, "hub push", "сценарий: reception") as people call it
    in `lang`: «приёмы граждан», not «reception». A file name or a text already written for people stays as it is."""
    prefix, sep, rest = what.partition(": ")
    if sep and rest and "progress." + rest.strip() in MESSAGES:
        return f"{_word(prefix, lang)}: {_word(rest, lang)}"
    return _word(what, lang)


class TextProgress:
    """A Progress callable (done, total, what) that redraws one line; silent when the stream is not a terminal."""

    def __init__(self, stream: TextIO | None = None, *, width: int = 30, interval: float = 0.1,
                 lang: str = "ru") -> None:
        self.stream = sys.stderr if stream is None else stream
        self.width = width
        self.interval = interval
        self.lang = lang
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = float("-inf")  # the first call always draws
        self._drawn = 0

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        # Redrawing on every row would cost more than the work itself on a slow console.
        if now - self._last < self.interval and not (total and done >= total):
            return
        self._last = now
        label = " ".join(human_label(what, self.lang).split())[:LABEL_WIDTH]
        if total > 0:
            share = min(max(done / total, 0.0), 1.0)
            filled = int(share * self.width)
            line = f"{label:<{LABEL_WIDTH}} [{'#' * filled}{'-' * (self.width - filled)}] {share:4.0%}"
        else:
            line = f"{label:<{LABEL_WIDTH}} {done}"
        pad = max(self._drawn - len(line), 0)
        self.stream.write("\r" + line + " " * pad)
        self.stream.flush()
        self._drawn = len(line)

    def close(self) -> None:
        """End the bar's line, so what follows starts on a fresh one."""
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0

    def __enter__(self) -> TextProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
