"""`tokocrm demo`: fill an empty database with a realistic, deterministic sample shop."""

from __future__ import annotations

import argparse

from tokocrm.cli.output import Output
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.demo import create_demo_shop


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser("demo", parents=[common],
                               help="fill an empty database with a sample shop")
    demo.add_argument("--members", type=int, default=2000, metavar="N")
    demo.add_argument("--months", type=int, default=24, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=make_demo)


def make_demo(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    summary = create_demo_shop(services.engine, actor, members=args.members,
                               months=args.months, seed=args.seed)
    document = {"members": summary.members, "purchases": summary.purchases,
                "points_entries": summary.points_entries, "redemptions": summary.redemptions,
                "feedback": summary.feedback, "complaints": summary.complaints}
    return Output(document, lambda: (f"Sample shop: {summary.members} members, "
                                     f"{summary.purchases} purchases, "
                                     f"{summary.points_entries} points entries, "
                                     f"{summary.redemptions} redemptions, "
                                     f"{summary.feedback} feedback, "
                                     f"{summary.complaints} complaints"))
