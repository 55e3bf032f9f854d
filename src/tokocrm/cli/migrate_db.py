"""`tokocrm migrate-db --to URL`: copy the whole SQLite shop into an empty PostgreSQL database."""

from __future__ import annotations

import argparse
import sys
import time

from tokocrm import config
from tokocrm.cli.output import Output, table
from tokocrm.db.copy import Copied
from tokocrm.domain.money import english_rupiah
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.shop_move import move_shop

PROGRESS_EVERY_S = 0.25


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    move = commands.add_parser(
        "migrate-db", parents=[common],
        help="copy the whole SQLite shop (--db) into an empty PostgreSQL database, checked "
        "before it commits (owner; close the tills first)")
    move.add_argument(
        "--to", metavar="URL", required=True,
        help="the PostgreSQL database, such as postgresql+psycopg://user@host/toko (the "
        "password is best left to PGPASSWORD or ~/.pgpass); empty, or only initialised")
    move.set_defaults(handler=migrate_db)


def migrate_db(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        moved = move_shop(services.engine, config.as_url(args.to), actor=actor, progress=progress)
    finally:
        if progress is not None:
            progress.done()
    document = {
        "source": moved.source, "target": moved.target,
        "tables": dict(sorted(moved.source_totals.rows.items())),
        "rows": moved.rows, "points_total": moved.source_totals.points_total,
        "purchase_total": moved.source_totals.purchase_total, "verified": True,
        "seconds": round(moved.seconds, 2),
    }
    return Output(document, lambda: _text(moved))


def _text(moved: Copied) -> str:
    source, target = moved.source_totals, moved.target_totals
    rows = [[name, f"{rows:,}", f"{target.rows[name]:,}"]
            for name, rows in sorted(source.rows.items())]
    speed = moved.rows / moved.seconds if moved.seconds else 0
    return "\n".join([
        f"Copied {moved.source}\n    to {moved.target}",
        table(rows, ["TABLE", "SOURCE", "TARGET"]),
        f"Points: {source.points_total:,} in total on both sides, and for each of "
        f"{len(source.points_by_member):,} members",
        f"Purchases: {english_rupiah(source.purchase_total)} on both sides",
        f"Checked before the commit: {moved.rows:,} rows in {moved.seconds:.1f} s "
        f"({speed:,.0f} rows/s)",
    ])


class _Progress:
    """Which table is being copied, on one line of a terminal's stderr."""

    def __init__(self) -> None:
        self._shown = 0.0

    def __call__(self, name: str, rows: int) -> None:
        now = time.monotonic()
        if now - self._shown >= PROGRESS_EVERY_S:
            self._shown = now
            print(f"\rcopying {name}: {rows:,} rows\033[K", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        print("\r\033[K", end="", file=sys.stderr, flush=True)
