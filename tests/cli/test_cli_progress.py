"""The text progress bar: drawn on a terminal, silent otherwise."""

from __future__ import annotations

import io

from fieldapp.cli_progress import TextProgress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    with TextProgress(stream) as bar:
        for n in range(5):
            bar(n, 4, "строки")
    assert stream.getvalue() == ""


def test_draws_one_line_on_a_terminal() -> None:
    stream = FakeTerminal()
    with TextProgress(stream, width=10, interval=0) as bar:
        bar(0, 4, "приёмы граждан")
        bar(2, 4, "приёмы граждан")
        bar(4, 4, "приёмы граждан")
    text = stream.getvalue()
    assert text.endswith("\n") and text.count("\n") == 1
    last = text.rstrip("\n").split("\r")[-1]
    assert "[##########]" in last and "100%" in last
    assert "[#####-----]" in text


def test_unknown_total_shows_a_count_and_redraws_are_throttled() -> None:
    stream = FakeTerminal()
    bar = TextProgress(stream, interval=3600)
    bar(1, 0, "запись")
    bar(2, 0, "запись")  # within the interval: skipped
    bar.close()
    assert stream.getvalue().count("\r") == 1
    assert "запись" in stream.getvalue() and " 1" in stream.getvalue()
