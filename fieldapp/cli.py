"""The command line of CONTRACT.md: parse, call one service, print. Exit 0 ok, 1 refused input, 2 usage, 3 a bug."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from fieldapp import __version__
from fieldapp.domain.errors import AccessError, DomainError
from fieldapp.domain.indicators import Scope, parse_date
from fieldapp.domain.messages import render
from fieldapp.logging_setup import setup_logging

log = logging.getLogger(__name__)

LANGS = ("ru", "kk", "en")
EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
USER_ENV, PASSWORD_ENV = "FIELDAPP_USER", "FIELDAPP_PASSWORD"

REPORT_KINDS = ("tour", "campaign", "control", "journal", "press")
LIST_WHAT = ("campaigns", "groups", "tours", "stops", "control", "signals", "devices")
PAGES = ("dashboard", "tours", "stop", "reception", "control", "polls", "signals", "reports", "sync", "planning")

Handler = Callable[[argparse.Namespace], int]


class NotImplementedCommand(Exception):
    """A command of the contract whose service is not written yet (exit 2)."""


# --- output -------------------------------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()).strip()


def _error(text: str) -> None:
    print(f"error: {_one_line(text)}", file=sys.stderr)


def _warning(text: str) -> None:
    print(f"warning: {_one_line(text)}", file=sys.stderr)


# --- argument types -----------------------------------------------------------------------------------------------


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number expected, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1280x800, got {text!r}") from None
    if w <= 0 or h <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive size, got {text!r}")
    return w, h


# --- the parser ---------------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="Offline field journal of outreach caravans and citizen receptions. "
        "Without a command: open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    parser.add_argument("--db", metavar="DB", help="the database to open in the desktop app")
    parser.add_argument("--lang", choices=LANGS, default="ru", help="language of what is written for people")

    # Every command takes --lang too; SUPPRESS keeps a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS)

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(parent: Any, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, help=help_text, parents=[common])
        p.set_defaults(handler=handler, command_name=name)
        return p

    def group(name: str, help_text: str) -> Any:
        p = sub.add_parser(name, help=help_text)
        return p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)

    p = command(sub, "demo", "write the demo database", _cmd_demo)
    p.add_argument("db", metavar="DB")
    p.add_argument("--scale", type=_non_negative, default=0, metavar="N", help="add N synthetic months of work")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")

    p = command(sub, "stats", "print the indicators", _cmd_stats)
    p.add_argument("db", metavar="DB")
    _add_scope_options(p)
    p.add_argument("--json", action="store_true", help="one JSON object")

    p = command(sub, "list", "list records", _cmd_list)
    p.add_argument("what", choices=LIST_WHAT, metavar="WHAT", help=" | ".join(LIST_WHAT))
    p.add_argument("db", metavar="DB")
    p.add_argument("--json", action="store_true", help="a JSON list")

    template = group("template", "write an empty workbook to fill in by hand")
    p = command(template, "journal", "an empty reception journal", _not_implemented("template journal"))
    p.add_argument("out", metavar="OUT.xlsx")

    imports = group("import", "import a workbook")
    p = command(imports, "journal", "a filled-in reception journal", _not_implemented("import journal"))
    p.add_argument("db", metavar="DB")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--tour", metavar="ID")
    p.add_argument("--dry-run", action="store_true")
    p = command(imports, "kato", "the official KATO classifier workbook", _not_implemented("import kato"))
    p.add_argument("db", metavar="DB")
    p.add_argument("file", metavar="FILE.xlsx")

    p = command(sub, "report", "write a report (.pdf, .xlsx; press: .txt, .pdf)", _not_implemented("report"))
    p.add_argument("kind", choices=REPORT_KINDS, metavar="KIND", help=" | ".join(REPORT_KINDS))
    p.add_argument("db", metavar="DB")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--id", metavar="ID")
    _add_scope_options(p)
    p.add_argument("--redact", action="store_true", help="leave out names, IIN, phones and addresses")

    sync = group("sync", "exchange data between devices through files")
    p = command(sync, "export", "write a sync package", _not_implemented("sync export"))
    p.add_argument("db", metavar="DB")
    p.add_argument("-o", "--output", required=True, metavar="PKG")
    p.add_argument("--to", dest="recipients", action="extend", nargs="+", default=[], metavar="KEYFILE")
    p.add_argument("--for", dest="for_device", metavar="DEVICE")
    p = command(sync, "import", "merge sync packages", _not_implemented("sync import"))
    p.add_argument("db", metavar="DB")
    p.add_argument("packages", nargs="+", metavar="PKG")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p = command(sync, "conflicts", "list conflicting edits", _not_implemented("sync conflicts"))
    p.add_argument("db", metavar="DB")
    p.add_argument("--json", action="store_true")
    p = command(sync, "digest", "a digest of the logical content", _not_implemented("sync digest"))
    p.add_argument("db", metavar="DB")
    p = command(sync, "device", "this device's id and key; enrol other devices", _not_implemented("sync device"))
    p.add_argument("db", metavar="DB")
    p.add_argument("--export-key", metavar="OUT")
    p.add_argument("--enroll", metavar="KEYFILE")

    hub = group("hub", "exchange data with a PostgreSQL hub")
    for name in ("push", "pull"):
        p = command(hub, name, f"{name} through the hub", _not_implemented(f"hub {name}"))
        p.add_argument("db", metavar="DB")
        p.add_argument("--url", required=True, metavar="URL")

    p = command(sub, "screenshot", "render a page of the app to PNG", _cmd_screenshot)
    p.add_argument("db", metavar="DB")
    p.add_argument("--page", required=True, choices=PAGES, metavar="PAGE", help=" | ".join(PAGES))
    p.add_argument("-o", "--output", required=True, metavar="OUT.png")
    p.add_argument("--size", type=_size, metavar="WxH")
    return parser


def _add_scope_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--campaign", metavar="TEXT", help="campaigns whose title (ru or kk) contains TEXT")
    p.add_argument("--district", metavar="TEXT", help="districts whose name (ru or kk) contains TEXT")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY-MM-DD or DD.MM.YYYY")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY-MM-DD or DD.MM.YYYY")


def _scope(args: argparse.Namespace) -> Scope:
    first: date | None = parse_date(args.date_from, where="--from") if args.date_from else None
    last: date | None = parse_date(args.date_to, where="--to") if args.date_to else None
    return Scope(campaign_text=args.campaign, district_text=args.district, date_from=first, date_to=last)


# --- opening a database -------------------------------------------------------------------------------------------


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _credentials(path: Path, lang: str) -> tuple[str | None, str | None]:
    """The account from FIELDAPP_USER / FIELDAPP_PASSWORD; for a protected file, asked on a terminal if missing."""
    from fieldapp.services.workspace import needs_credentials

    user = os.environ.get(USER_ENV) or None
    password = os.environ.get(PASSWORD_ENV)
    if not needs_credentials(path):
        # A plain file opens without an account; a user name alone (no password) is not a sign-in to check.
        return (user, password) if user and password is not None else (None, None)
    if user and password is not None:
        return user, password
    if not _interactive():
        # Never wait for a password nobody can type (a script, a pipe, a scheduler).
        raise AccessError("db.encrypted", path=path)
    if not user:
        sys.stderr.write(render("field.username", lang, default="user") + ": ")
        sys.stderr.flush()
        user = sys.stdin.readline().strip() or None
    if password is None:
        password = getpass.getpass(render("field.password", lang, default="password") + ": ")
    return user, password


@contextmanager
def _workspace(args: argparse.Namespace) -> Iterator[Any]:
    from fieldapp.services.workspace import open_workspace

    path = Path(args.db)
    user, password = _credentials(path, args.lang)
    ctx = open_workspace(path, user=user, password=password, lang=args.lang)
    try:
        yield ctx
    finally:
        ctx.db.close()


# --- commands -----------------------------------------------------------------------------------------------------


def _cmd_app(args: argparse.Namespace) -> int:
    # Imported here: the desktop app pulls in Qt, which no other command needs.
    from fieldapp import app

    return app.run(Path(args.db) if args.db else None, args.lang)


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from fieldapp import app

    out = Path(args.output)
    app.screenshot(Path(args.db), args.page, out, lang=args.lang, size=args.size or (1280, 800))
    print(out)
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services.demo import build_demo

    path = Path(args.db)
    with TextProgress(sys.stderr) as bar:
        summary = build_demo(path, scale=args.scale, force=args.force, progress=bar)
    log.info("demo database written (scale %s)", args.scale)
    print(render("cli.demo_written", args.lang, path=path))
    describe = getattr(summary, "lines", None)
    if callable(describe):
        for line in describe(args.lang):
            print(line)
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from fieldapp.services.indicators import build_indicators, resolve_scope

    scope = _scope(args)
    with _workspace(args) as ctx:
        resolved = resolve_scope(ctx, scope)
        indicators = build_indicators(ctx, scope)
    for option, text in resolved.unmatched:
        _warning(render("filter.nothing", args.lang, what=option, text=text))
    if args.json:
        print(json.dumps(indicators.as_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    rows = indicators.rows(args.lang)
    width = max(len(label) for _, label, _ in rows)
    for _, label, value in rows:
        print(f"{label:<{width}}  {value:>9}")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services.listing import list_records

    with _workspace(args) as ctx:
        rows = list_records(ctx, args.what)
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        # Tabs and line breaks inside a title would break the one-record-per-line, tab-separated output.
        print("\t".join(" ".join(part.split()) for part in (row.id, row.title, row.dates)))
    return EXIT_OK


def _not_implemented(name: str) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        raise NotImplementedCommand(name)

    return handler


# --- main ---------------------------------------------------------------------------------------------------------


def _describe_bug(exc: BaseException) -> str:
    # A failed SQL statement prints its bound values, which may be a resident's name: name the error only.
    if type(exc).__module__.startswith("sqlalchemy") or not str(exc):
        return type(exc).__name__
    return f"{type(exc).__name__}: {_one_line(str(exc))[:200]}"


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: --help and --version exit 0, usage errors 2
        return _exit_code(exc)
    lang: str = args.lang
    handler: Handler = getattr(args, "handler", _cmd_app)
    log_path = setup_logging()
    try:
        return handler(args)
    except NotImplementedCommand as exc:
        _error(f"{exc} is not implemented yet")
        return EXIT_USAGE
    except DomainError as exc:
        log.info("%s refused: %s", getattr(args, "command_name", "app"), exc.code)
        _error(exc.message(lang))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`): not an error of ours; keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        log.exception("internal error in %s", getattr(args, "command_name", "app"))
        _error(f"internal error: {_describe_bug(exc)}; see the log {log_path}")
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
