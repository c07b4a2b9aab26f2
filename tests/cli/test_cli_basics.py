"""The rules every command follows: version, usage errors, refused files, bugs."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import Run, Sample

from fieldapp import __version__


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"fieldapp {__version__}"


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],  # DB missing
        ["nonsense"],
        ["list", "people", "x.db"],
        ["stats", "x.db", "--lang", "de"],
        ["demo", "x.db", "--scale", "-1"],
        ["demo", "x.db", "--scale", "many"],
        ["report", "poster", "x.db", "-o", "x.pdf"],
        ["report", "tour", "x.db"],  # -o is required
        ["sync"],
        ["hub", "push", "x.db"],  # --url is required
        ["screenshot", "x.db", "--page", "home", "-o", "x.png"],
        ["screenshot", "x.db", "--page", "tours", "-o", "x.png", "--size", "big"],
        ["stats", "x.db", "--unknown-option"],
    ],
)
def test_usage_errors_exit_2(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    assert "error" in result.err


def test_without_a_command_the_desktop_app_starts(run: Run, sample: Sample, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Path | None, str]] = []

    def fake_run(db: Path | None, lang: str) -> int:
        calls.append((db, lang))
        return 0

    monkeypatch.setattr("fieldapp.app.run", fake_run)
    assert run("--db", sample.path, "--lang", "kk").code == 0
    assert run().code == 0
    assert calls == [(sample.path, "kk"), (None, "ru")]


def test_screenshot_writes_the_page_as_png(run: Run, sample: Sample, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "s.png"
    result = run("screenshot", sample.path, "--page", "control", "-o", out, "--size", "800x600", "--lang", "kk")
    assert result.code == 0, result.err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)


def test_screenshot_of_a_missing_database_is_refused(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "s.png"
    result = run("screenshot", tmp_path / "missing.db", "--page", "dashboard", "-o", out)
    assert result.code == 1 and result.err.startswith("error: ")
    assert not out.exists()


@pytest.mark.parametrize("command", [["stats"], ["list", "campaigns"]])
def test_unknown_database_path(run: Run, tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "nowhere" / "missing.db"
    result = run(*command, missing)
    assert result.code == 1
    assert result.err.count("\n") == 1 and result.err.startswith("error: ")
    assert str(missing) in result.err
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"this is not a database\n", b"SQLite format 3\x00" + b"\x00" * 100, os.urandom(4096)],
    ids=["empty", "text", "truncated", "random"],
)
def test_corrupt_file_is_refused_and_left_unchanged(run: Run, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = _sha(bad)
    for args in (["stats", bad], ["stats", bad, "--json"], ["list", "stops", bad]):
        result = run(*args)
        assert result.code == 1, result.err
        assert result.err.count("\n") == 1 and result.err.startswith("error: "), result.err
        assert str(bad) in result.err
        assert result.out == ""
    assert _sha(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db"]


def test_messages_follow_lang(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    ru, kk, en = (run("stats", missing, "--lang", lang).err for lang in ("ru", "kk", "en"))
    assert "не найден" in ru
    assert "табылмады" in kk
    assert "does not exist" in en
    # --lang before the command counts the same
    assert run("--lang", "en", "stats", missing).err == en


def test_a_bug_exits_3_with_the_traceback_in_the_log(
    run: Run, sample: Sample, monkeypatch: pytest.MonkeyPatch, fieldapp_home: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("fieldapp.services.indicators.build_indicators", broken)
    result = run("stats", sample.path)
    assert result.code == 3
    assert result.err.count("\n") == 1
    assert result.err.startswith("error: внутренняя ошибка: ZeroDivisionError: boom; подробности в журнале ")
    log = Path(result.err.rsplit("подробности в журнале ", 1)[1].strip())
    assert log.parent == fieldapp_home / "logs"
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError" in text


def _subprocess(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), full_env.get("PYTHONPATH", "")]))
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=full_env, stdin=subprocess.DEVNULL, timeout=120,
        check=False,
    )


def test_real_process(sample: Sample, tmp_path: Path) -> None:
    version = _subprocess("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"fieldapp {__version__}")

    stats = _subprocess("stats", sample.path, "--json")
    assert stats.returncode == 0, stats.stderr
    assert '"receptions": 4' in stats.stdout
    assert stats.stderr == ""

    missing = _subprocess("list", "tours", tmp_path / "missing.db")
    assert missing.returncode == 1
    assert missing.stderr.startswith("error: ") and missing.stderr.count("\n") == 1

    usage = _subprocess("stats")
    assert usage.returncode == 2

    # A closed port: refused with one line naming the host, whether or not a PostgreSQL server runs here.
    hub = _subprocess("hub", "push", sample.path, "--url", "postgresql://postgres@127.0.0.1:9/x")
    assert hub.returncode == 1
    assert hub.stderr.startswith("error: ") and hub.stderr.count("\n") == 1 and "127.0.0.1:9" in hub.stderr


def test_the_version_is_read_only_when_asked_for() -> None:
    """Reading the installed version (importlib.metadata and a scan of the installed packages) is left to --version:
    the desktop app started by the `fieldapp` command would otherwise pay it before its window is painted."""
    child = ("import sys\n"
             "from fieldapp.cli import build_parser\n"
             "build_parser().parse_args(['--db', 'x.db', '--lang', 'kk'])\n"
             "print('importlib.metadata' in sys.modules)\n")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH", "")]))}
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr
