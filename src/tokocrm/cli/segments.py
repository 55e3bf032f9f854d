"""`tokocrm segments [--as-of DATE]`: how many members are in each segment and flag."""

from __future__ import annotations

import argparse

from tokocrm.cli.output import Output, table
from tokocrm.domain.members import parse_date
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    segments = commands.add_parser(
        "segments", parents=[common],
        help="members in each segment (potential, new, active, loyal, at risk, former) and flag")
    segments.add_argument("--as-of", metavar="DATE", help="as at the end of this day (default "
                          "today); members who joined later are left out")
    segments.set_defaults(handler=show_segments, reads_only=True)


def show_segments(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    as_of = parse_date(args.as_of, "as_of") if args.as_of else None
    run = services.segments.compute(actor, as_of)
    counts, flags = run.counts(), run.flag_counts()
    document = {"as_of": run.as_of, "members": len(run.members),
                "segments": {s.value: n for s, n in counts.items()},
                "flags": {f.value: n for f, n in flags.items()},
                "high_value_floor": run.high_value_floor}
    rows = [[s.value, str(n)] for s, n in counts.items()]
    rows += [[f"{f.value} (flag)", str(n)] for f, n in flags.items()]
    return Output(document, lambda: (
        f"Segments as of {run.as_of.isoformat()}, {len(run.members)} active members\n"
        + table(rows, ["SEGMENT", "MEMBERS"])))
