"""`tokocrm report charts OUTDIR [--as-of DATE]`: the dashboard's charts as PNG files."""

from __future__ import annotations

import argparse
from pathlib import Path

from tokocrm.cli.output import Output
from tokocrm.domain.members import parse_date
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", parents=[common], help="the owner's reports")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    charts = kinds.add_parser(
        "charts", parents=[common],
        help="save the dashboard's charts (segments now, by month, revenue, predicted value) "
        "as PNG files")
    charts.add_argument("outdir", metavar="OUTDIR", help="folder for the files (created)")
    charts.add_argument("--as-of", metavar="DATE", help="as at the end of this day (default "
                        "today)")
    charts.set_defaults(handler=save_charts, reads_only=True)


def save_charts(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    as_of = parse_date(args.as_of, "as_of") if args.as_of else None
    # matplotlib takes a while to load: only this command pays for it, and through the Agg
    # canvas only, so no display is needed.
    from tokocrm.ui.charts import english_texts, save_pngs

    dashboard = services.dashboard.compute(actor, as_of)
    written = save_pngs(dashboard, english_texts(), Path(args.outdir))
    document = {"as_of": dashboard.as_of, "charts": [str(path) for path in written]}
    return Output(document, lambda: (
        f"Charts as of {dashboard.as_of.isoformat()}:\n"
        + "\n".join(str(path) for path in written)))
