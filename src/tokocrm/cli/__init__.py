"""Command line: `tokocrm [--db URL] [--json] COMMAND`; with no command, the desktop app.

Exit codes, for every command: 0 success; 1 refused or bad input (one line on stderr);
2 usage error (argparse's own). With --json a command prints exactly one JSON document.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from tokocrm import __version__, config
from tokocrm.cli import (
    backup,
    cards,
    counter,
    customer_value,
    demo,
    exports,
    feedback,
    followup,
    imports,
    loyalty,
    members,
    migrate_db,
    privacy,
    purchases,
    report,
    segments,
    self_test,
    users,
)
from tokocrm.cli.output import Output
from tokocrm.domain.errors import TokoError
from tokocrm.logs import setup_logging
from tokocrm.services.actor import Actor, Place
from tokocrm.services.container import Services, open_services

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test and args.command is not None:
        parser.error("--self-test takes no command")
    log_path = setup_logging(config.log_dir())
    try:
        return _run(args, log_path)
    except TokoError as error:
        log.warning("refused: %s", error)
        print(f"tokocrm: {error}", file=sys.stderr)
        if args.command is None and not args.self_test:  # the desktop app: maybe no terminal
            from tokocrm.ui.app import show_startup_error

            show_startup_error(error)
        return EXIT_REFUSED
    except Exception as error:  # a bug: keep the traceback in the log, not on the screen
        log.exception("unexpected error")
        print(f"tokocrm: unexpected error ({error}); details in {log_path}", file=sys.stderr)
        return EXIT_REFUSED


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS,
        help="print one JSON document instead of text",
    )
    common.add_argument(
        "--user", metavar="NAME", default=argparse.SUPPRESS,
        help=f"act as this user (password or PIN from ${users.PASSWORD_ENV_VAR} or a prompt); "
        "needed once the shop has users, by commands that change or export data",
    )
    parser = argparse.ArgumentParser(
        prog="tokocrm", parents=[common],
        description="TokoCRM: members, purchases and loyalty for small shops. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"TokoCRM {__version__}")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this installation (database, translations, a chart, Qt) and exit",
    )
    parser.add_argument(
        "--db", metavar="URL",
        help=f"database URL or SQLite file (default: ${config.DB_ENV_VAR}, "
        f"else {config.default_db_url()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser(
        "init", parents=[common], help="create or upgrade the database and show where it is"
    )
    init.set_defaults(handler=cmd_init, reads_only=True)
    members.add_parsers(commands, common)
    privacy.add_parsers(commands, common)
    purchases.add_parsers(commands, common)
    loyalty.add_parsers(commands, common)
    exports.add_parsers(commands, common)
    imports.add_parsers(commands, common)
    segments.add_parsers(commands, common)
    feedback.add_parsers(commands, common)
    followup.add_parsers(commands, common)
    customer_value.add_parsers(commands, common)
    report.add_parsers(commands, common)
    demo.add_parsers(commands, common)
    backup.add_parsers(commands, common)
    migrate_db.add_parsers(commands, common)
    users.add_parsers(commands, common)
    cards.add_parsers(commands, common)
    counter.add_parsers(commands, common)
    return parser


def _run(args: argparse.Namespace, log_path: Path) -> int:
    url = config.resolve_db_url(args.db)
    if url == config.default_db_url():
        config.data_dir().mkdir(parents=True, exist_ok=True)
    if args.self_test:  # opens the database itself, as one of its checks
        print(self_test.run(url).render(as_json=getattr(args, "json", False)))
        return EXIT_OK
    if getattr(args, "unopened_handler", None) is not None:  # works on the file as it is
        output = args.unopened_handler(url, args)
        print(output.render(as_json=getattr(args, "json", False)))
        return EXIT_OK
    services = open_services(url, place=Place(*config.load_place()))
    try:
        if args.command is None:
            from tokocrm.ui.app import run_gui  # Qt is loaded only for the desktop app

            return run_gui(services, log_path)
        output: Output = args.handler(services, users.acting_user(services, args), args)
        print(output.render(as_json=getattr(args, "json", False)))
        return EXIT_OK
    finally:
        services.close()


def cmd_init(services: Services, _actor: Actor, _args: argparse.Namespace) -> Output:
    info = services.database
    state = info.state
    document = {
        "database": info.location,
        "dialect": info.dialect,
        "schema_version": info.revision,
        "created": info.created,
        "upgraded_from": info.upgraded_from,
    }
    return Output(document,
                  lambda: f"Database: {info.location}\nSchema version: {info.revision} ({state})")
