"""`tokocrm import members FILE [--sheet NAME] [--dry-run] [--on-duplicate skip|fill|overwrite]
[--report ERRORS.xlsx]` and `tokocrm import purchases FILE [--sheet NAME] [--dry-run]
[--award-points] [--report ERRORS.xlsx]`: spreadsheets into the shop (owner and bookkeeper).

Columns are matched as last time for the same header row, else from the header texts. All or
nothing: a file that cannot be read, a mapping that cannot work or any failure while writing
changes nothing. `--report` writes every rejected row, with its original cells and the
reason, to a workbook that can be fixed and imported again (written even when no row was
rejected, so a script can rely on it). `--json` prints
{"rows", "created", "updated", "skipped", "rejected"}.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tokocrm.cli.output import Output
from tokocrm.domain.imports import MEMBERS, PURCHASES, Action, OnDuplicate
from tokocrm.io.imports import FileImport, ImportRequest, import_file, write_error_workbook
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services

SHOWN_PROBLEMS = 10  # rejected rows listed in the text output


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("import", parents=[common],
                                 help="import a spreadsheet (owner and bookkeeper)")
    kinds = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    members = kinds.add_parser("members", parents=[common],
                               help="members, with their opening point balances")
    _common_arguments(members)
    members.add_argument("--on-duplicate", choices=[mode.value for mode in OnDuplicate],
                         default=OnDuplicate.SKIP.value,
                         help="a member the shop already has: leave it (skip, the default), "
                         "fill its empty fields, or overwrite them with the file's")
    members.set_defaults(handler=import_members)
    purchases = kinds.add_parser("purchases", parents=[common], help="purchase history")
    _common_arguments(purchases)
    purchases.add_argument("--award-points", action="store_true",
                           help="give the points these purchases earn by today's rules")
    purchases.set_defaults(handler=import_purchases)


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=".xlsx, .xlsm, .xls, .ods or .csv")
    parser.add_argument("--sheet", metavar="NAME",
                        help="the sheet to read (default: the first with a recognisable header)")
    parser.add_argument("--dry-run", action="store_true",
                        help="check every row and count, write nothing")
    parser.add_argument("--report", metavar="ERRORS.xlsx",
                        help="write the rejected rows and why to this workbook")


def import_members(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    request = ImportRequest(Path(args.file).expanduser(), MEMBERS, sheet=args.sheet,
                            on_duplicate=OnDuplicate(args.on_duplicate), dry_run=args.dry_run)
    return _run(services, actor, request, args.report)


def import_purchases(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    request = ImportRequest(Path(args.file).expanduser(), PURCHASES, sheet=args.sheet,
                            award_points=args.award_points, dry_run=args.dry_run)
    return _run(services, actor, request, args.report)


def _run(services: Services, actor: Actor, request: ImportRequest, report: str | None
         ) -> Output:
    done = import_file(services, actor, request)
    written = None
    if report:
        written = write_error_workbook(done, Path(report).expanduser().absolute())
    return Output(done.result.summary(), lambda: _text(done, written))


def _text(done: FileImport, report: Path | None) -> str:
    result = done.result
    what = "would be" if result.dry_run else "were"
    blank = f"{done.blank_rows:,} blank row{'' if done.blank_rows == 1 else 's'}"
    lines = [f"{done.path.name}, sheet {done.table.sheet!r}: {result.rows:,} rows "
             f"({blank} not counted). {result.created:,} {what} "
             f"created, {result.updated:,} updated, {result.skipped:,} skipped, "
             f"{result.rejected:,} rejected."]
    if result.dry_run:
        lines.append("Dry run: nothing was written.")
    rejected = [o for o in result.outcomes if o.action == Action.REJECTED]
    for outcome in rejected[:SHOWN_PROBLEMS]:
        lines.append(f"  row {outcome.row}: {outcome.reason()}")
    if len(rejected) > SHOWN_PROBLEMS:
        lines.append(f"  ... and {len(rejected) - SHOWN_PROBLEMS:,} more rejected rows")
    if report is not None:
        lines.append(f"Rejected rows written to {report}")
    return "\n".join(lines)
