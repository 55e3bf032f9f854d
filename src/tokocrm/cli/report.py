"""`tokocrm report charts OUTDIR [--as-of DATE]`: the dashboard's charts as PNG files.
`tokocrm report figures [--as-of DATE] [--branch NAME]`: the dashboard's figures, the 30 days
up to the day beside the 30 before, of the whole shop or of one branch."""

from __future__ import annotations

import argparse
from dataclasses import asdict
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
    figures = kinds.add_parser(
        "figures", parents=[common],
        help="the dashboard's figures: the 30 days up to a day beside the 30 before")
    figures.add_argument("--as-of", metavar="DATE", help="the last day (default today)")
    figures.add_argument("--branch", metavar="NAME",
                         help="this branch's sales and feedback (members and points stay the "
                         "whole shop's)")
    figures.set_defaults(handler=show_figures, reads_only=True)


def show_figures(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    as_of = parse_date(args.as_of, "as_of") if args.as_of else None
    dashboard = services.dashboard.compute(actor, as_of, branch=args.branch)
    now, before = asdict(dashboard.now), asdict(dashboard.before)
    document = {"as_of": dashboard.as_of, "branch": dashboard.branch, "now": now,
                "before": before}
    width = max(len(key) for key in now)
    return Output(document, lambda: "\n".join(
        [f"As of {dashboard.as_of.isoformat()}, {dashboard.branch or 'whole shop'}: "
         "last 30 days, the 30 before"]
        + [f"{key:<{width}}  {_shown(now[key]):>14}  {_shown(before[key]):>14}"
           for key in now]))


def _shown(value: object) -> str:
    if value is None:
        return "-"
    return f"{value:.1%}" if isinstance(value, float) else f"{value:,}"


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
