"""`tokocrm export members|purchases|ledger|feedback OUT.xlsx [--from DATE] [--to DATE]` and
`tokocrm export monthly OUT.xlsx --month YYYY-MM`: Excel workbooks for the bookkeeper.
`--branch NAME` narrows purchases, the ledger, feedback and the month to one branch.

The file appears whole or not at all (io.xlsx_export writes beside it and renames). `--from`
and `--to` are inclusive days: when a purchase was made, a ledger entry written, a member
joined, feedback given.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from tokocrm.cli.output import Output
from tokocrm.domain.errors import TokoError
from tokocrm.domain.members import parse_date
from tokocrm.io.xlsx_export import Written, write_xlsx
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.export_sheets import Export

_MONTH = re.compile(r"(\d{4})-(\d{2})")


class BadMonth(TokoError):
    code = "export.bad_month"
    template = "month: {value!r} is not a month (YYYY-MM)"


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", parents=[common],
                                 help="write an Excel workbook (owner and bookkeeper)")
    kinds = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, help_text, handler in (
            ("members", "members with points, tier and spend (--from/--to: joined)",
             export_members),
            ("purchases", "purchases, voided ones marked (--from/--to: bought)",
             export_purchases),
            ("ledger", "the points ledger (--from/--to: when entered)", export_ledger),
            ("feedback", "customer feedback with its complaint cases (--from/--to: given)",
             export_feedback)):
        kind = kinds.add_parser(name, parents=[common], help=help_text)
        kind.add_argument("out", metavar="OUT.xlsx")
        kind.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
        kind.add_argument("--to", dest="date_to", metavar="DATE", help="last day, YYYY-MM-DD")
        if name != "members":  # a member belongs to the whole shop, not to a branch
            _branch_option(kind)
        kind.set_defaults(handler=handler)
    monthly = kinds.add_parser("monthly", parents=[common],
                               help="the month's bookkeeping workbook: summary, days, details")
    monthly.add_argument("out", metavar="OUT.xlsx")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    _branch_option(monthly)
    monthly.set_defaults(handler=export_monthly)


def _branch_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--branch", metavar="NAME",
                        help="only this branch's purchases, points and feedback")


def export_members(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    first, last = _days(args)
    return _write(services.exports.members(actor, first, last), args.out)


def export_purchases(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    first, last = _days(args)
    return _write(services.exports.purchases(actor, first, last, args.branch), args.out)


def export_ledger(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    first, last = _days(args)
    return _write(services.exports.ledger(actor, first, last, args.branch), args.out)


def export_monthly(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    return _write(services.exports.monthly(actor, parse_month(args.month), args.branch),
                  args.out)


def export_feedback(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    first, last = _days(args)
    return _write(services.exports.feedback(actor, first, last, args.branch), args.out)


def parse_month(text: str) -> date:
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match[2]) <= 12:
        raise BadMonth(value=text)
    return date(int(match[1]), int(match[2]), 1)


def _days(args: argparse.Namespace) -> tuple[date | None, date | None]:
    first = parse_date(args.date_from, "from") if args.date_from else None
    last = parse_date(args.date_to, "to") if args.date_to else None
    return first, last


def _write(export: Export, out: str) -> Output:
    written = write_xlsx(export, Path(out).expanduser().absolute())
    return Output(_summary(written), lambda: _text(written))


def _summary(written: Written) -> dict:
    return {"file": str(written.path), "rows": written.rows,
            "sheets": [{"name": name, "rows": rows} for name, rows in written.sheets]}


def _text(written: Written) -> str:
    sheets = ", ".join(f"{name} {rows:,}" for name, rows in written.sheets)
    return f"{written.path}: {written.rows:,} rows ({sheets})"
