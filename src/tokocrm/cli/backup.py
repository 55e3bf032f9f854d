"""`tokocrm backup [--to PATH]`, `tokocrm restore PATH`, `tokocrm check`.

Backup and restore work on an SQLite shop file (PostgreSQL: pg_dump); check works on both.
"""

from __future__ import annotations

import argparse
import json
import logging
from contextlib import closing
from pathlib import Path

from tokocrm import config
from tokocrm.cli import users
from tokocrm.cli.output import Output
from tokocrm.db import health
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import (
    DatabaseProblems,
    DatabaseTooNew,
    DatabaseUnreadable,
    ForeignDatabase,
    NotADatabase,
    UpgradeBackupFailed,
)
from tokocrm.services import backups
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import Services, open_services

log = logging.getLogger(__name__)
UNOPENABLE = (DatabaseUnreadable, NotADatabase, ForeignDatabase, DatabaseTooNew,
              UpgradeBackupFailed)


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common],
        help="copy the shop's SQLite database to a checked backup file (safe while the "
        "tills sell)")
    backup.add_argument(
        "--to", metavar="PATH", type=Path,
        help=f"a new file (such as copy.db), or a folder to put it in: one that exists or a "
        f"name without a suffix (default: the backup folder chosen in Settings, else "
        f"{config.backup_dir()}; there the newest backup of each of the last 14 days and 12 "
        "months is kept)")
    backup.set_defaults(handler=make_backup)
    restore = commands.add_parser(
        "restore", parents=[common],
        help="replace the shop's SQLite database with a backup, after checking it and "
        "backing up the current one (close the tills first)")
    restore.add_argument("path", metavar="PATH", type=Path, help="the backup file")
    # Restore works on the file without opening it: the shop being replaced may be the
    # damaged, foreign or too new database that cannot be opened.
    restore.set_defaults(handler=None, unopened_handler=restore_backup)
    check = commands.add_parser(
        "check", parents=[common],
        help="check the database: the file (SQLite), the points ledger, the purchases and "
        "the members' purchase summaries")
    check.set_defaults(handler=check_database, reads_only=True)
    repair = commands.add_parser(
        "repair", parents=[common],
        help="rebuild the members' purchase summaries from the purchases, when check finds "
        "them wrong (the sales wait a few seconds)")
    repair.set_defaults(handler=repair_database)


def make_backup(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    to = args.to or backups.chosen_folder(services.settings, actor)
    written = backups.backup(services.engine.url, to, actor=actor)
    if args.to is None:  # only the folder TokoCRM owns is thinned out
        backups.prune(written.parent)
    size = written.stat().st_size
    return Output({"backup": str(written), "size": size},
                  lambda: f"Backup: {written} ({size} bytes)")


def restore_backup(url: str, args: argparse.Namespace) -> Output:
    target = backups.database_file(url, "restore")  # PostgreSQL is refused here
    actor = _restorer(url, target, args)
    done = backups.restore(args.path, url, actor=actor)
    previous = str(done.previous_saved_as) if done.previous_saved_as else None
    with closing(open_services(url)) as services:  # the restored shop's trail tells of it
        services.audit.record(actor, AuditAction.RESTORED, str(done.restored_from.absolute()),
                              previous_saved_as=previous)
    document = {"restored_from": str(done.restored_from.absolute()),
                "previous_saved_as": previous}
    return Output(document, lambda: (
        f"Restored {target} from {document['restored_from']}"
        + (f"\nThe database it replaced was saved as {previous}" if previous else "")))


def _restorer(url: str, target: Path, args: argparse.Namespace) -> Actor:
    """Who restores: a user of the shop being replaced, checked like any command. A shop that
    cannot be opened (the usual reason to restore) has no users to ask: whoever can reach
    its file may put a backup in its place."""
    if not target.is_file():
        return BUILTIN_OWNER
    try:
        services = open_services(url)
    except UNOPENABLE as error:
        log.warning("restoring over a database that cannot be opened: %s", error)
        return BUILTIN_OWNER
    with closing(services):
        return users.acting_user(services, args)


def repair_database(services: Services, actor: Actor, _args: argparse.Namespace) -> Output:
    members = services.maintenance.rebuild_summaries(actor)
    return Output({"summaries": members},
                  lambda: f"Rebuilt the purchase summaries of {members} members")


def check_database(services: Services, _actor: Actor, args: argparse.Namespace) -> Output:
    problems = health.check(services.engine)
    if problems:
        if getattr(args, "json", False):  # the document still goes to stdout, then exit 1
            print(json.dumps({"ok": False, "problems": problems}, ensure_ascii=False))
        raise DatabaseProblems(path=services.database.location, problems=problems)
    return Output({"ok": True, "problems": []},
                  lambda: f"Database {services.database.location}: no problems found")
