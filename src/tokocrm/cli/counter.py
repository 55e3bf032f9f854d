"""`tokocrm counter [--till NAME] [--branch NAME]`: this installation's till and branch.

Without options it shows them and the shop's branches. With options the owner names them:
they are kept on this PC (every counter has its own), and a new branch joins the shop's list.
From then on purchases, redemptions and feedback recorded here carry them.
"""

from __future__ import annotations

import argparse

from tokocrm import config
from tokocrm.cli.output import Output
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    counter = commands.add_parser(
        "counter", parents=[common],
        help="show or name this counter's till and branch (naming: owner)")
    counter.add_argument("--till", metavar="NAME", help="this counter's name, e.g. 'Kasir 2'")
    counter.add_argument("--branch", metavar="NAME",
                         help="the branch it stands in, e.g. 'Cabang Selatan' ('' for none)")
    counter.set_defaults(handler=name_counter, reads_only=True)


def name_counter(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    place = services.users.place
    if args.till is not None or args.branch is not None:
        place = services.settings.name_counter(
            actor, place.till if args.till is None else args.till,
            place.branch if args.branch is None else args.branch)
        config.save_place(place.till, place.branch)
    branches = services.settings.branches(actor)
    document = {"till": place.till, "branch": place.branch, "branches": branches}
    return Output(document, lambda: (
        f"Till: {place.till}\nBranch: {place.branch or '(none)'}\n"
        f"The shop's branches: {', '.join(branches) or '(none named yet)'}"))
