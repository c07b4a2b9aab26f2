"""The command line of CONTRACT.md: parse, call one service, print. Exit 0 ok, 1 refused input, 2 usage, 3 a bug."""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import logging
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from time import sleep as _sleep
from typing import Any

from fieldapp import cli_plan, cli_texts
from fieldapp.domain.errors import AccessError, DomainError
from fieldapp.domain.indicators import Scope, parse_date
from fieldapp.domain.messages import render
from fieldapp.logging_setup import setup_logging

log = logging.getLogger(__name__)

LANGS = ("ru", "kk", "en")
EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
USER_ENV, PASSWORD_ENV = "FIELDAPP_USER", "FIELDAPP_PASSWORD"
NEW_PASSWORD_ENV = "FIELDAPP_NEW_PASSWORD"
ROLES = ("member", "supervisor", "coordinator")

REPORT_KINDS = ("tour", "campaign", "control", "journal", "press", "plan")
LIST_WHAT = (
    "campaigns", "groups", "tours", "stops", "control", "signals", "devices", "regions", "districts", "settlements",
)
EXPORT_GEOJSON = ("stops", "signals")
EXPORT_CSV = ("receptions", "control")
PAGES = (
    "dashboard", "tours", "stop", "reception", "control", "polls", "signals", "reports", "sync", "setup", "planning",
    "map",
)

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


def _db(p: argparse.ArgumentParser) -> None:
    """The DB argument most commands take first."""
    p.add_argument("db", metavar="DB", help="the database")


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(cli_texts.value_text("a whole number expected, got {value!r}",
                                                              value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(cli_texts.value_text("must not be negative: {value}", value=value))
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(cli_texts.value_text("expected WIDTHxHEIGHT, e.g. 1280x800, got {value!r}",
                                                              value=text)) from None
    if w <= 0 or h <= 0:
        raise argparse.ArgumentTypeError(cli_texts.value_text("expected a positive size, got {value!r}", value=text))
    return w, h


# --- the parser ---------------------------------------------------------------------------------------------------


class _Version(argparse._VersionAction):
    """argparse's --version, whose text is made only when asked for: the installed version is read through
    importlib.metadata (its import and the scan of the installed packages: ~20 ms), which the desktop app started by
    this command would otherwise pay before its window is painted."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        import fieldapp

        self.version = f"fieldapp {fieldapp.__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="Offline field journal of outreach caravans and citizen receptions. "
        "Without a command: open the desktop app.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--db", metavar="DB", help="the database to open in the desktop app")
    # No default here: the desktop app then speaks the language saved from its menu (main() makes it ru elsewhere).
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="language of what is written for people (default: ru; the desktop app: its saved one)")

    # Every command takes --lang too; SUPPRESS keeps a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                        help="language of what is written for people")

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(parent: Any, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler, command_name=name)
        return p

    def group(name: str, help_text: str) -> Any:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        return p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)

    p = command(sub, "demo", "write the demo database", _cmd_demo)
    _db(p)
    p.add_argument("--scale", type=_non_negative, default=0, metavar="N", help="add N synthetic months of work")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")

    p = command(sub, "init", "create a new, empty database with its first coordinator", _cmd_init)
    _db(p)
    p.add_argument("--unprotected", action="store_true",
                   help="no password protection: anyone who copies the file can read it")
    p = command(sub, "protect", "encrypt a plain database in place (same digest after)", _cmd_protect)
    _db(p)
    accounts = group("account", "accounts that may open the database")
    p = command(accounts, "add", "add an account (coordinator only)", _cmd_account_add)
    _db(p)
    p.add_argument("--user", required=True, metavar="NAME", help="the account's user name")
    p.add_argument("--role", required=True, choices=ROLES, help="the account's role")
    p.add_argument("--member", metavar="TEXT", help="link to the member whose name contains TEXT")
    p = command(accounts, "list", "user, role, member, disabled", _cmd_account_list)
    _db(p)
    p.add_argument("--json", action="store_true", help="a JSON list")
    p = command(accounts, "passwd", "change one's own password, or (coordinator) reset another's",
                _cmd_account_passwd)
    _db(p)
    p.add_argument("--user", metavar="NAME", help="the account's user name")
    p = command(accounts, "disable", "stop an account signing in (coordinator only)", _cmd_account_disable)
    _db(p)
    p.add_argument("--user", required=True, metavar="NAME", help="the account's user name")

    control = group("control", "decisions on items under control (supervisor or coordinator)")
    p = command(control, "extend", "move the deadline of an item under control", _cmd_control_extend)
    _db(p)
    p.add_argument("id", metavar="ID", help="the item's id")
    p.add_argument("--to", dest="new_deadline", required=True, metavar="DATE",
                   help="the new deadline, YYYY-MM-DD or DD.MM.YYYY")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why")
    p = command(control, "resolve", "the item is resolved", _cmd_control_resolve)
    _db(p)
    p.add_argument("id", metavar="ID", help="the item's id")
    p.add_argument("--note", default="", metavar="TEXT", help="a note on how it was resolved")
    p = command(control, "reject", "the item is refused; the applicant is told why", _cmd_control_reject)
    _db(p)
    p.add_argument("id", metavar="ID", help="the item's id")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why")

    p = command(sub, "approve", "approve a stop's day (supervisor or coordinator): its receptions, activities and "
                "head counts can then be changed only by a supervisor or coordinator", _cmd_approve)
    _db(p)
    p.add_argument("--stop", required=True, metavar="ID", help="the stop's id")

    p = command(sub, "history", "every change of one record: when, who, device, field, old and new value",
                _cmd_history)
    _db(p)
    p.add_argument("id", metavar="ID", help="the record's id")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p = command(sub, "access-log", "who printed or exported residents' personal data (coordinator only)",
                _cmd_access_log)
    _db(p)
    p.add_argument("--json", action="store_true", help="a JSON list")

    p = command(sub, "stats", "print the indicators", _cmd_stats)
    _db(p)
    _add_scope_options(p)
    p.add_argument("--json", action="store_true", help="one JSON object")

    p = command(sub, "list", "list records", _cmd_list)
    p.add_argument("what", choices=LIST_WHAT, metavar="WHAT", help=" | ".join(LIST_WHAT))
    _db(p)
    p.add_argument("--json", action="store_true", help="a JSON list")

    cli_plan.register(sub, command)  # `plan DB` and `plan generate DB`

    template = group("template", "write an empty workbook to fill in by hand")
    p = command(template, "journal", "an empty reception journal", _cmd_template_journal)
    p.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    p = command(template, "plan", "an empty campaign plan", _cmd_template_plan)
    p.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")

    imports = group("import", "import a workbook")
    p = command(imports, "journal", "a filled-in reception journal", _cmd_import_journal)
    _db(p)
    p.add_argument("file", metavar="FILE.xlsx", help="the workbook to read")
    p.add_argument("--tour", metavar="ID",
                   help="the tour the receptions belong to (default: found or created from the workbook)")
    p.add_argument("--dry-run", action="store_true", help="check and show what would change, write nothing")
    p.add_argument("--json", action="store_true", help="the result (or every problem) as one JSON object")
    p = command(imports, "plan", "a filled-in campaign plan: campaigns, groups, members, tours, stops",
                _cmd_import_plan)
    _db(p)
    p.add_argument("file", metavar="FILE.xlsx", help="the workbook to read")
    p.add_argument("--dry-run", action="store_true", help="check and show what would change, write nothing")
    p.add_argument("--json", action="store_true", help="the result (or every problem) as one JSON object")
    p = command(imports, "kato", "the official KATO classifier workbook", _cmd_import_kato)
    _db(p)
    p.add_argument("file", metavar="FILE.xlsx", help="the workbook to read")
    p.add_argument("--version", "--classifier-version", dest="kato_version", metavar="VERSION",
                   help="the classifier's version (default: the date or year in the file name)")
    p.add_argument("--json", action="store_true", help="the result (or every problem) as one JSON object")

    exports = group("export", "write data for other tools: GeoJSON for maps, CSV or XLSX for spreadsheets")
    p = command(exports, "geojson", "stops or signals as a GeoJSON FeatureCollection", _cmd_export)
    p.add_argument("what", choices=EXPORT_GEOJSON, metavar="WHAT", help=" | ".join(EXPORT_GEOJSON))
    _db(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    p.add_argument("--redact", action="store_true", help="leave out names, IIN, phones and addresses")
    p = command(exports, "csv", "receptions or control items as CSV (UTF-8 with BOM, `;`; IINs and phones as =\"…\" "
                "so that Excel and LibreOffice keep them as text)", _cmd_export)
    p.add_argument("what", choices=EXPORT_CSV, metavar="WHAT", help=" | ".join(EXPORT_CSV))
    _db(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    p.add_argument("--redact", action="store_true", help="leave out names, IIN, phones and addresses")
    p.add_argument("--plain", action="store_true",
                   help="every value as it is, for scripts (pandas: read_csv(sep=';', dtype=str))")
    p = command(exports, "xlsx", "receptions or control items as an Excel workbook (IINs and phones as text cells, "
                "dates as dates)", _cmd_export)
    p.add_argument("what", choices=EXPORT_CSV, metavar="WHAT", help=" | ".join(EXPORT_CSV))
    _db(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    p.add_argument("--redact", action="store_true", help="leave out names, IIN, phones and addresses")

    p = command(sub, "report", "write a report (.pdf, .xlsx; press: .txt, .pdf)", _cmd_report)
    p.add_argument("kind", choices=REPORT_KINDS, metavar="KIND", help=" | ".join(REPORT_KINDS))
    _db(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    p.add_argument("--id", metavar="ID", help="the record the report is about (tour, control item)")
    _add_scope_options(p)
    p.add_argument("--redact", action="store_true", help="leave out names, IIN, phones and addresses")

    sync = group("sync", "exchange data between devices through files")
    p = command(sync, "export", "write a sync package, encrypted for every enrolled device unless --to or --plain",
                _cmd_sync_export)
    _db(p)
    p.add_argument("-o", "--output", required=True, metavar="PKG", help="the file to write")
    readers = p.add_mutually_exclusive_group()
    readers.add_argument("--to", dest="recipients", action="extend", nargs="+", default=[], metavar="KEYFILE",
                         help="encrypt for these keys only")
    readers.add_argument("--plain", action="store_true",
                         help="write the package without encryption: anyone holding the file can read it")
    p.add_argument("--for", dest="for_device", metavar="DEVICE", help="only what this device lacks")
    p.add_argument("--relay", action="extend", nargs="+", default=[], metavar="PKG",
                   help="carry these laptops' packages inside, byte for byte (a coordinator's bundle)")
    p = command(sync, "import", "merge sync packages", _cmd_sync_import)
    _db(p)
    p.add_argument("packages", nargs="+", metavar="PKG", help="the sync packages to merge")
    p.add_argument("--dry-run", action="store_true", help="check and show what would change, import nothing")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p = command(sync, "conflicts", "list conflicting edits", _cmd_sync_conflicts)
    _db(p)
    p.add_argument("--json", action="store_true", help="a JSON list")
    p.add_argument("--resolve", metavar="TABLE:ID:FIELD", help="end this conflict with --pick or --value")
    p.add_argument("--pick", metavar="CHANGE", help="keep this head (its change id, DEVICE:SEQ)")
    p.add_argument("--value", metavar="TEXT", help="write this value instead (typed anew)")
    p = command(sync, "digest", "a digest of the logical content", _cmd_sync_digest)
    _db(p)
    p = command(sync, "device", "this device's id and key; enrol other devices", _cmd_sync_device)
    _db(p)
    p.add_argument("--export-key", metavar="OUT", help="write this device's public key to a file")
    p.add_argument("--enroll", metavar="KEYFILE", help="trust the device whose key file this is")
    p.add_argument("--office", action="store_true",
                   help="with --enroll: the key of a coordinator's office, trusted to send back other devices' changes")
    p.add_argument("--revoke", metavar="FINGERPRINT", help="refuse packages signed by this key from now on")

    hub = group("hub", "exchange data with a PostgreSQL hub")
    for name, hub_handler in (("push", _cmd_hub_push), ("pull", _cmd_hub_pull)):
        p = command(hub, name, f"{name} through the hub", hub_handler)
        _db(p)
        p.add_argument("--url", required=True, metavar="URL", help="the hub's database, postgresql://…")
    p = command(hub, "enroll", "let a device push to the hub (the hub's office only)", _cmd_hub_enroll)
    _db(p)
    p.add_argument("--url", required=True, metavar="URL", help="the hub's database, postgresql://…")
    p.add_argument("keyfile", metavar="KEYFILE", help="the device's public key file")
    p.add_argument("--office", action="store_true", help="a coordinator's office: may push other devices' changes")
    p = command(hub, "revoke", "stop a device pushing to the hub (the hub's office only)", _cmd_hub_revoke)
    _db(p)
    p.add_argument("--url", required=True, metavar="URL", help="the hub's database, postgresql://…")
    p.add_argument("fingerprint", metavar="FINGERPRINT", help="the fingerprint of the device's key")

    p = command(sub, "screenshot", "render a page of the app to PNG", _cmd_screenshot)
    _db(p)
    p.add_argument("--page", required=True, choices=PAGES, metavar="PAGE", help=" | ".join(PAGES))
    p.add_argument("-o", "--output", required=True, metavar="OUT.png", help="the PNG file to write")
    p.add_argument("--size", type=_size, metavar="WxH", help="the picture's size, e.g. 1366x768")

    calendars = group("calendar", "the yearly holiday calendars that deadlines are counted with")
    p = command(calendars, "import", "check a year's holiday file and keep it in your data folder",
                _cmd_calendar_import)
    p.add_argument("file", metavar="FILE.json", help="format: resources/holidays/README.md")
    p = command(calendars, "list", "the years known, and where each comes from", _cmd_calendar_list)
    p.add_argument("--json", action="store_true", help="a list of objects: year, origin, path, replaces_shipped")
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


def _sign_in_wait(lang: str) -> Callable[[float], None]:
    """After repeated wrong passwords the next attempt waits, as in the window; the count survives the process."""

    def wait(seconds: float) -> None:
        if sys.stderr is not None and sys.stderr.isatty():
            # Said only to a person: a script's stderr keeps the one `error:` line of a refusal (CONTRACT.md).
            print(f"note: {render('auth.wait', lang, seconds=math.ceil(seconds))}", file=sys.stderr)
        _sleep(seconds)

    return wait


# The commands that only read the database (and write no access-log entry): they still run while an app window has
# the file open, opened read-only. Every other command that opens a database is refused then (README).
READ_ONLY_COMMANDS = frozenset({
    ("list", None), ("stats", None), ("history", None), ("access-log", None), ("account", "list"),
    ("sync", "digest"),
})


def _reads_only(args: argparse.Namespace) -> bool:
    return (args.command, getattr(args, "subcommand", None)) in READ_ONLY_COMMANDS


@contextmanager
def _workspace(args: argparse.Namespace) -> Iterator[Any]:
    from fieldapp.services.housekeeping import sweep_leftovers
    from fieldapp.services.workspace import open_workspace, refuse_while_in_window, window_holder

    sweep_leftovers()
    path = Path(args.db)
    # Beside an app window a reading command opens the file read-only (so not even parked packages go in behind the
    # window's back); a writing one is refused before anything is asked or opened.
    beside_window = _reads_only(args) and window_holder(path) is not None
    if not beside_window:
        refuse_while_in_window(path)
    user, password = _credentials(path, args.lang)
    ctx = open_workspace(path, user=user, password=password, lang=args.lang, readonly=beside_window,
                         wait=_sign_in_wait(args.lang))
    parked = ctx.parked
    if parked is not None and parked.packages:
        # Packages an older version of the app kept aside went in as the file was opened: say so once.
        text = render("sync.parked_applied", args.lang, packages=parked.packages, changes=parked.changes_new)
        if parked.still_parked:
            text += "; " + render("sync.parked_still", args.lang, count=parked.still_parked)
        print(f"note: {text}", file=sys.stderr)
    try:
        yield ctx
    finally:
        ctx.db.close()


# --- commands -----------------------------------------------------------------------------------------------------


def _cmd_app(args: argparse.Namespace) -> int:
    # Imported here: the desktop app pulls in Qt, which no other command needs.
    from fieldapp import app

    lang = args.lang if args.lang_given else app.saved_language()
    try:
        return app.run(Path(args.db) if args.db else None, lang)
    except DomainError as exc:
        # Before any window: Qt cannot start here (no display, a missing system library) — one line, in the language
        # the window would have spoken, not Qt's abort.
        log.warning("the desktop app cannot start: %s", exc.code)
        _error(exc.message(lang))
        return EXIT_REFUSED


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
    if args.force:
        from fieldapp.services.workspace import refuse_while_in_window

        refuse_while_in_window(path)  # --force would replace the file under an app window
    with TextProgress(sys.stderr, lang=args.lang) as bar:
        summary = build_demo(path, scale=args.scale, force=args.force, progress=bar)
    log.info("demo database written (scale %s)", args.scale)
    print(render("cli.demo_written", args.lang, path=path))
    describe = getattr(summary, "lines", None)
    if callable(describe):
        for line in describe(args.lang):
            print(line)
    return EXIT_OK


def _ask_new_password(lang: str, what: str = "field.new_password") -> str:
    """A new password typed twice on a terminal; never asked of a script."""
    from fieldapp.domain.errors import ValidationError

    first = getpass.getpass(render(what, lang) + ": ")
    if getpass.getpass(render("field.repeat_password", lang) + ": ") != first:
        raise ValidationError("account.passwords_differ")
    return first


def _new_password(lang: str) -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if not _interactive():
        raise AccessError("account.new_password_missing")
    return _ask_new_password(lang)


def _cmd_init(args: argparse.Namespace) -> int:
    from fieldapp.domain.errors import ValidationError
    from fieldapp.services.accounts import init_database

    user = os.environ.get(USER_ENV) or None
    password = os.environ.get(PASSWORD_ENV) or None
    if (user is None or password is None) and not _interactive():
        raise ValidationError("init.credentials")
    if user is None:
        sys.stderr.write(render("field.username", args.lang) + ": ")
        sys.stderr.flush()
        user = sys.stdin.readline().strip()
    if password is None:
        password = _ask_new_password(args.lang, "field.password")
    created = init_database(Path(args.db), user, password, protected=not args.unprotected)
    for line in created.lines(args.lang):
        print(line)
    return EXIT_OK


def _cmd_protect(args: argparse.Namespace) -> int:
    from fieldapp.services.accounts import protect_database
    from fieldapp.services.workspace import refuse_while_in_window

    refuse_while_in_window(Path(args.db))  # encrypting rewrites the whole file under the window
    result = protect_database(Path(args.db), os.environ.get(USER_ENV) or None, os.environ.get(PASSWORD_ENV))
    for line in result.lines(args.lang):
        print(line)
    return EXIT_OK


def _cmd_account_add(args: argparse.Namespace) -> int:
    from fieldapp.services.accounts import add_user, may_add_account

    with _workspace(args) as ctx:
        # The signed-in account is checked before a new password is asked for.
        may_add_account(ctx, args.role)
        info = add_user(ctx, args.user, _new_password(args.lang), args.role, args.member)
    print(render("account.added", args.lang, username=info.username, role=info.role)
          + (f" — {info.member}" if info.member else ""))
    return EXIT_OK


def _cmd_account_list(args: argparse.Namespace) -> int:
    from fieldapp.services.accounts import list_users

    with _workspace(args) as ctx:
        users = list_users(ctx)
    if args.json:
        print(json.dumps([u.as_json() for u in users], ensure_ascii=False, indent=2))
        return EXIT_OK
    for u in users:
        print("\t".join((u.username, u.role, u.member or "-", "disabled" if u.disabled else "enabled")))
    return EXIT_OK


def _cmd_account_passwd(args: argparse.Namespace) -> int:
    from fieldapp.services.accounts import change_password, may_change_password

    with _workspace(args) as ctx:
        may_change_password(ctx, args.user)
        name = change_password(ctx, _new_password(args.lang), args.user)
    print(render("account.password_set", args.lang, username=name))
    return EXIT_OK


def _cmd_account_disable(args: argparse.Namespace) -> int:
    from fieldapp.services.accounts import disable_user

    with _workspace(args) as ctx:
        name = disable_user(ctx, args.user)
    print(render("account.disabled_done", args.lang, username=name))
    return EXIT_OK


def _cmd_history(args: argparse.Namespace) -> int:
    from fieldapp.services.history import record_history

    with _workspace(args) as ctx:
        found = record_history(ctx, args.id)
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{found.table}\t{found.record_id}")
    for e in found.entries:
        who = " / ".join(p for p in (e.account, e.member) if p) or "-"
        print("\t".join((f"{e.at:%Y-%m-%d %H:%M:%S}", who, e.device, e.field, e.old_text or "-",
                         e.new_text or "-")))
    return EXIT_OK


def _cmd_access_log(args: argparse.Namespace) -> int:
    from fieldapp.domain.enums import AccessKind
    from fieldapp.services.access_log import list_access

    with _workspace(args) as ctx:
        rows = list_access(ctx)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(render("access.log_empty", args.lang))
    for r in rows:
        who = " / ".join(p for p in (r.account, r.member) if p) or "-"
        print("\t".join((f"{r.at:%Y-%m-%d %H:%M}", who, AccessKind(r.kind).label(args.lang), r.what, r.scope,
                         str(r.residents), r.file_name)))
    return EXIT_OK


def _cmd_control_extend(args: argparse.Namespace) -> int:
    from fieldapp.services import control

    new_deadline = parse_date(args.new_deadline, where="--to")
    with _workspace(args) as ctx:
        event = control.extend_deadline(ctx, args.id, new_deadline, args.reason)
    print(f"extended\t{args.id}\t{new_deadline.isoformat()}\tevent {event}")
    return EXIT_OK


def _cmd_control_resolve(args: argparse.Namespace) -> int:
    from fieldapp.services import control

    with _workspace(args) as ctx:
        event = control.resolve(ctx, args.id, args.note)
    print(f"resolved\t{args.id}\tevent {event}")
    return EXIT_OK


def _cmd_approve(args: argparse.Namespace) -> int:
    from fieldapp.services import approval

    with _workspace(args) as ctx:
        done = approval.approve(ctx, args.stop)
    text = done.approval.caption(args.lang)
    if done.new:
        print(render("approval.done", args.lang, stop=args.stop, records=done.sealed, caption=text))
    else:
        print(render("approval.already", args.lang, stop=args.stop, caption=text))
    return EXIT_OK


def _cmd_control_reject(args: argparse.Namespace) -> int:
    from fieldapp.services import control

    with _workspace(args) as ctx:
        event = control.reject(ctx, args.id, args.reason)
    print(f"rejected\t{args.id}\tevent {event}")
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


def _cmd_template_journal(args: argparse.Namespace) -> int:
    from fieldapp.services.journal import write_template

    out = write_template(Path(args.out), args.lang)
    print(render("journal.template_written", args.lang, path=out))
    return EXIT_OK


def _refused(exc: Any, lang: str, as_json: bool) -> int:
    """An import refused as a whole: every problem on stdout (one per line, or JSON), one `error:` line on stderr
    that names the first problem, so a script sees the contract's single line and a person sees the whole list."""
    problems = exc.problems
    if as_json:
        print(json.dumps({"ok": False, "problems": [p.as_json(lang) for p in problems]}, ensure_ascii=False,
                         indent=2))
    elif len(problems) > 1:
        for problem in problems:
            print(problem.message(lang))
    text = exc.message(lang)
    if len(problems) > 1 and not as_json:
        text += "; " + render("import.see_list", lang)
    _error(text)
    return EXIT_REFUSED


def _cmd_import_journal(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services.journal import import_journal
    from fieldapp.services.sheets import ImportRefused

    with _workspace(args) as ctx:
        try:
            with TextProgress(sys.stderr, lang=args.lang) as bar:
                result = import_journal(ctx, Path(args.file), tour_id=args.tour, dry_run=args.dry_run, progress=bar)
        except ImportRefused as exc:
            return _refused(exc, args.lang, args.json)
    return _print_import_result(result, args)


def _print_import_result(result: Any, args: argparse.Namespace) -> int:
    """An import's summary: JSON with --json, else its lines in --lang."""
    if args.json:
        print(json.dumps({"ok": True, **result.as_json()}, ensure_ascii=False, indent=2))
    else:
        for line in result.lines(args.lang):
            print(line)
    return EXIT_OK


def _cmd_template_plan(args: argparse.Namespace) -> int:
    from fieldapp.services.plan_workbook import write_template

    out = write_template(Path(args.out), args.lang)
    print(render("plan.template_written", args.lang, path=out))
    return EXIT_OK


def _cmd_import_plan(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services.plan_workbook import import_plan
    from fieldapp.services.sheets import ImportRefused

    with _workspace(args) as ctx:
        try:
            with TextProgress(sys.stderr, lang=args.lang) as bar:
                result = import_plan(ctx, Path(args.file), dry_run=args.dry_run, progress=bar)
        except ImportRefused as exc:
            return _refused(exc, args.lang, args.json)
    return _print_import_result(result, args)


def _cmd_import_kato(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services.kato import import_kato
    from fieldapp.services.sheets import ImportRefused

    with _workspace(args) as ctx:
        try:
            with TextProgress(sys.stderr, lang=args.lang) as bar:
                result = import_kato(ctx, Path(args.file), version=args.kato_version, progress=bar)
        except ImportRefused as exc:
            return _refused(exc, args.lang, args.json)
    return _print_import_result(result, args)


def _cmd_calendar_import(args: argparse.Namespace) -> int:
    from fieldapp.services.calendars import import_calendar

    kept = import_calendar(Path(args.file))
    code = "calendar.replaced" if kept.replaces_shipped else "calendar.imported"
    print(render(code, args.lang, year=kept.year, path=str(kept.path)))
    return EXIT_OK


def _cmd_calendar_list(args: argparse.Namespace) -> int:
    from fieldapp.services.calendars import list_calendars

    rows = list_calendars()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        origin = "imported, replaces shipped" if r.replaces_shipped else r.origin
        print("\t".join((str(r.year), origin, str(r.path))))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from fieldapp.services.exports import export

    with _workspace(args) as ctx:
        result = export(ctx, args.subcommand, args.what, Path(args.output), redact=args.redact,
                        plain=getattr(args, "plain", False))
    for line in result.lines(args.lang):
        print(line)
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services.reports import FORMATS, ReportRequest, build_report, output_format

    out = Path(args.output)
    if output_format(args.kind, out) is None:
        # A wrong suffix is a usage error (exit 2), found before the database is even opened.
        allowed = ", ".join("." + f for f in FORMATS[args.kind])
        message = render("report.format", args.lang, kind=args.kind, suffix=out.suffix or "—", allowed=allowed)
        print(f"fieldapp report: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    request = ReportRequest(kind=args.kind, output=out, scope=_scope(args), record_id=args.id, lang=args.lang,
                            redact=args.redact)
    with _workspace(args) as ctx, TextProgress(sys.stderr, lang=args.lang) as bar:
        from fieldapp.services.indicators import resolve_scope

        for option, text in resolve_scope(ctx, request.scope).unmatched:
            _warning(render("filter.nothing", args.lang, what=option, text=text))
        path = build_report(ctx, request, progress=bar)
    print(path)
    return EXIT_OK


def _cmd_sync_export(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services import sync

    with _workspace(args) as ctx, TextProgress(sys.stderr, lang=args.lang) as bar:
        summary = sync.export_package(ctx, Path(args.output), recipients=[Path(p) for p in args.recipients],
                                      for_device=args.for_device, relay=[Path(p) for p in args.relay],
                                      plain=args.plain, progress=bar)
    warning = summary.warning(args.lang)
    if warning is not None:
        _warning(warning)
    print(f"{summary.path}\t{summary.changes} changes\t{summary.blobs} photos\t{summary.size} bytes"
          + (f"\tencrypted for {summary.encrypted_for}" if summary.encrypted_for else ""))
    return EXIT_OK


def _cmd_sync_import(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services import sync

    with _workspace(args) as ctx, TextProgress(sys.stderr, lang=args.lang) as bar:
        result = sync.import_packages(ctx, [Path(p) for p in args.packages], dry_run=args.dry_run, progress=bar)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    data = result.as_json()
    for p in result.packages:
        state = "already imported" if p.already_imported else "clock suspicious" if p.clock_suspicious else "ok"
        print(f"{p.name}\t{p.changes} changes\t{state}")
    for parked in result.parked:
        # Not a refusal: the other packages went in, this one waits in the database for the upgrade.
        print(f"{parked.name}\t-\tparked (schema {parked.schema or '?'})")
        print(f"note: {parked.message(args.lang)}", file=sys.stderr)
    print(render("sync.cli.summary_dry" if args.dry_run else "sync.cli.summary", args.lang,
                 added=_per_kind(data["new_records"], args.lang), updated=_per_kind(data["updated_fields"], args.lang),
                 conflicts=len(data["new_conflicts"]),
                 changes=data["changes_new"]))
    for dev, ranges in result.gaps.items():
        _warning(render("sync.cli.gaps", args.lang, device=dev, ranges=", ".join(f"{a}-{b}" for a, b in ranges)))
    for dev, count in sorted(result.set_aside.items()):
        print(f"note: {render('sync.skipped_revoked', args.lang, device=dev, count=count)}", file=sys.stderr)
    return EXIT_OK


def _per_kind(counts: Any, lang: str) -> str:
    """{"reception": 3, "stop": 1} as people read it: «приёмы граждан: 3, остановки: 1» (0 when empty)."""
    if not isinstance(counts, dict):
        return str(counts)
    return ", ".join(f"{render('progress.' + kind, lang, default=kind)}: {n}" for kind, n in counts.items()) or "0"


def _cmd_sync_conflicts(args: argparse.Namespace) -> int:
    from fieldapp.domain.errors import ValidationError
    from fieldapp.services import sync

    with _workspace(args) as ctx:
        if args.resolve or args.pick is not None or args.value is not None:
            parts = (args.resolve or "").split(":")
            if len(parts) != 3 or (args.pick is None) == (args.value is None):
                raise ValidationError("sync.bad_resolution")
            sync.resolve_conflict(ctx, parts[0], parts[1], parts[2], pick=args.pick, value=args.value)
        conflicts = sync.list_conflicts(ctx)
    if args.json:
        print(json.dumps([c.as_json() for c in conflicts], ensure_ascii=False, indent=2))
        return EXIT_OK
    for c in conflicts:
        heads = " | ".join(f"{h.change[0]}:{h.change[1]}={h.value!r}{' (shown)' if h.winning else ''}"
                           for h in c.heads)
        print(f"{c.table}:{c.row_id}:{c.field}\t{heads}")
    return EXIT_OK


def _cmd_sync_digest(args: argparse.Namespace) -> int:
    from fieldapp.services import sync

    with _workspace(args) as ctx:
        print(sync.digest(ctx))
    return EXIT_OK


def _cmd_sync_device(args: argparse.Namespace) -> int:
    from fieldapp.services import sync

    with _workspace(args) as ctx:
        if args.enroll:
            print(f"enrolled\t{sync.enrol(ctx, Path(args.enroll), office=args.office)}")
        if args.revoke:
            sync.revoke(ctx, args.revoke)
            print(f"revoked\t{args.revoke}")
        info = sync.export_key(ctx, Path(args.export_key)) if args.export_key else sync.this_device(ctx)
    print(f"{info.device}\t{info.code}\t{info.fingerprint}")
    return EXIT_OK


def _cmd_hub_push(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services import hub

    with _workspace(args) as ctx, TextProgress(sys.stderr, lang=args.lang) as bar:
        summary = hub.push(ctx, args.url, progress=bar)
    print(render("hub.cli.pushed", args.lang, hub=summary.hub_device, sent=summary.sent, new=summary.new,
                 winners=summary.winners, photos=summary.blobs, readable=summary.readable,
                 schema=summary.readable_schema))
    if summary.enrolled_first:
        print(f"note: {render('hub.enrolled_first', args.lang)}", file=sys.stderr)
    return EXIT_OK


def _cmd_hub_enroll(args: argparse.Namespace) -> int:
    from fieldapp.services import hub

    with _workspace(args) as ctx:
        print(f"enrolled at hub\t{hub.enrol(ctx, args.url, Path(args.keyfile), office=args.office)}")
    return EXIT_OK


def _cmd_hub_revoke(args: argparse.Namespace) -> int:
    from fieldapp.services import hub

    with _workspace(args) as ctx:
        hub.revoke(ctx, args.url, args.fingerprint)
    print(f"revoked at hub\t{args.fingerprint}")
    return EXIT_OK


def _cmd_hub_pull(args: argparse.Namespace) -> int:
    from fieldapp.cli_progress import TextProgress
    from fieldapp.services import hub

    with _workspace(args) as ctx, TextProgress(sys.stderr, lang=args.lang) as bar:
        summary = hub.pull(ctx, args.url, progress=bar)
    print(render("hub.cli.pulled", args.lang, hub=summary.hub_device, received=summary.received, new=summary.new,
                 added=_per_kind(dict(sorted(summary.new_rows.items())), args.lang),
                 updated=_per_kind(dict(sorted(summary.updated_fields.items())), args.lang),
                 conflicts=len(summary.new_conflicts), photos=summary.blobs))
    if summary.held_back:
        _warning(render("hub.cli.held_back", args.lang, count=summary.held_back))
    for dev, count in sorted(summary.untrusted.items()):
        print(f"note: {render('hub.untrusted', args.lang, device=dev, count=count)}", file=sys.stderr)
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


def _log_unraisable(unraisable: Any) -> None:
    """An error Python can only report, not raise (a library's generator or file closed by the garbage collector
    after a failed write, as openpyxl's are): to the log, never to stderr, where the command line promises one
    `error:` line."""
    log.warning("ignored %s in %s", getattr(unraisable.exc_type, "__name__", "an error"),
                type(unraisable.object).__name__,
                exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback))


def _known_failure(exc: Exception, args: argparse.Namespace) -> DomainError | None:
    """A failure of the database file met where no service sorted it (locked, read-only, full, damaged): a refusal
    naming the file, not a bug."""
    db = getattr(args, "db", None)
    if not db or type(exc).__module__.split(".")[0] not in ("sqlalchemy", "sqlcipher3"):
        return None
    from fieldapp.services.housekeeping import known_storage_error

    return known_storage_error(exc, db)


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # The help is written before anything is parsed: --lang is looked for first, then the language saved from the
    # app's menu, else Russian (CONTRACT.md). The commands speak the same language.
    lang = cli_texts.language_of(words) or cli_texts.saved_language() or "ru"
    with cli_texts.speaking(lang):
        parser = build_parser()
        cli_texts.localize(parser, lang)
        try:
            args = parser.parse_args(words)
        except SystemExit as exc:  # argparse: --help and --version exit 0, usage errors 2
            return _exit_code(exc)
    handler: Handler = getattr(args, "handler", _cmd_app)
    args.lang_given = args.lang is not None
    if args.lang is None:
        args.lang = lang
    log_path = setup_logging()
    previous_hook, sys.unraisablehook = sys.unraisablehook, _log_unraisable
    try:
        code = _run(handler, args, log_path)
        if code != EXIT_OK:
            # What the failed work left half-closed (openpyxl's worksheets hold generators in reference cycles) is
            # finalised now, while its complaints still go to the log.
            gc.collect()
        return code
    finally:
        sys.unraisablehook = previous_hook


def _run(handler: Handler, args: argparse.Namespace, log_path: Path) -> int:
    lang: str = args.lang
    try:
        return handler(args)
    except NotImplementedCommand as exc:
        _error(render("cli.not_implemented", lang, command=exc))
        return EXIT_USAGE
    except DomainError as exc:
        log.info("%s refused: %s", getattr(args, "command_name", "app"), exc.code)
        _error(exc.message(lang))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _error(render("cli.interrupted", lang))
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`): not an error of ours; keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        known = _known_failure(exc, args)
        if known is not None:
            log.warning("%s refused: %s (%s)", getattr(args, "command_name", "app"), known.code, type(exc).__name__)
            _error(known.message(lang))
            return EXIT_REFUSED
        log.exception("internal error in %s", getattr(args, "command_name", "app"))
        _error(render("cli.internal_error", lang, problem=_describe_bug(exc), path=log_path))
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
