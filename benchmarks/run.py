"""The runner: build or reuse the sample shop, run every case, print one table, write JSON.

    python -m benchmarks [--quick] [--json PATH] [--db URL] [--case NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy

from benchmarks.cases import CaseFunction, Context, Measurement, Plan, load_cases
from benchmarks.shop import Shop, ShopRefused, ShopSize, given_shop, sqlite_shop
from tokocrm import __version__, config
from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Role
from tokocrm.services.actor import Actor
from tokocrm.services.container import open_services

FULL = ShopSize(members=100_000, months=24, seed=1)
QUICK = ShopSize(members=5_000, months=24, seed=1)
FULL_PLAN = Plan(fast=200, slow=20, fast_warmup=20, slow_warmup=3)
QUICK_PLAN = Plan(fast=100, slow=10, fast_warmup=10, slow_warmup=2)
# The counter's cashier: the cases act with the permissions a till has, not the owner's.
CASHIER = Actor(username="bench", role=Role.CASHIER, till="bench")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cases = load_cases()
    unknown = set(args.case or ()) - set(cases)
    if unknown:
        print(f"bench: no case named {', '.join(sorted(unknown))} "
              f"(cases: {', '.join(cases)})", file=sys.stderr)
        return 2
    size, plan = choose_size(args), choose_plan(args)
    print(header(size, plan, args.db), flush=True)
    try:
        with open_shop(args.db, size) as shop:
            chosen = {n: run for n, run in cases.items() if not args.case or n in args.case}
            measurements = run_cases(shop, plan, chosen)
    except (ShopRefused, TokoError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    rows = to_rows(measurements, shop)
    print(f"Shop: {shop.description}: {shop.members:,} members, {shop.purchases:,} purchases")
    print(format_table(rows))
    print(format_notes(measurements))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description="TokoCRM benchmarks beside raw baselines")
    parser.add_argument("--quick", action="store_true",
                        help=f"a {QUICK.members:,}-member shop and fewer repeats")
    parser.add_argument("--json", metavar="PATH", help="also write the table as JSON here")
    parser.add_argument("--db", metavar="URL",
                        help="run on this database (e.g. PostgreSQL) instead of the cached "
                        "SQLite shop; it must be empty or hold exactly the sample shop")
    parser.add_argument("--case", action="append", metavar="NAME",
                        help="run only this case (repeatable)")
    parser.add_argument("--members", type=int, help="shop size (overrides --quick's)")
    parser.add_argument("--months", type=int)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--repeats", type=int,
                        help="measured runs of every case (overrides the plan; for smoke tests)")
    return parser.parse_args(argv)


def choose_size(args: argparse.Namespace) -> ShopSize:
    base = QUICK if args.quick else FULL
    return ShopSize(members=args.members or base.members, months=args.months or base.months,
                    seed=base.seed if args.seed is None else args.seed)


def choose_plan(args: argparse.Namespace) -> Plan:
    plan = QUICK_PLAN if args.quick else FULL_PLAN
    if args.repeats:
        warmup = min(1, args.repeats)
        plan = Plan(fast=args.repeats, slow=args.repeats, fast_warmup=warmup,
                    slow_warmup=warmup)
    return plan


def open_shop(db: str | None, size: ShopSize) -> AbstractContextManager[Shop]:
    # A plain file path means an SQLite file, as with `tokocrm --db`.
    return given_shop(config.as_url(db), size) if db else sqlite_shop(size)


def run_cases(shop: Shop, plan: Plan, cases: dict[str, CaseFunction]) -> list[Measurement]:
    services = open_services(shop.url)
    try:
        context = Context(services=services, actor=CASHIER, raw=shop.raw, plan=plan,
                          members=shop.members, purchases=shop.purchases)
        measurements: list[Measurement] = []
        for name, run in cases.items():
            print(f"running {name} ...", file=sys.stderr, flush=True)
            measurements.extend(run(context))
        return measurements
    finally:
        services.close()


def header(size: ShopSize, plan: Plan, db: str | None) -> str:
    where = "given database" if db else "cached SQLite shop"
    return "\n".join([
        f"TokoCRM {__version__} benchmarks, {datetime.now():%Y-%m-%d %H:%M}",
        f"Machine: {os.cpu_count()} cores, {platform.platform()}",
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}",
        f"Plan: {size.members:,} members over {size.months} months, seed {size.seed} ({where});"
        f" {plan.fast} timed runs a case ({plan.slow} for slow ones) after warm-up",
    ])


# -- output -----------------------------------------------------------------------------------
def to_rows(measurements: list[Measurement], shop: Shop) -> list[dict[str, Any]]:
    return [to_row(m, shop.members, shop.purchases) for m in measurements]


def to_row(m: Measurement, members: int, purchases: int) -> dict[str, Any]:
    """One JSON object. Figures are rounded to 0.1 µs and the ratio is computed from the
    rounded figures, so a reader recomputing median / baseline gets the same number."""
    median, p95 = round(m.ours.median, 4), round(m.ours.p95, 4)
    baseline = round(m.baseline.median, 4) if m.baseline else None
    ratio = round(median / baseline, 2) if baseline else None
    return {"case": m.case, "unit": m.unit, "median": median, "p95": p95, "baseline": baseline,
            "ratio": ratio, "members": members, "purchases": purchases}


def format_table(rows: list[dict[str, Any]]) -> str:
    titles = ("case", "unit", "median", "p95", "baseline", "ratio")
    cells = [[str(r["case"]), str(r["unit"]), _figure(r["median"]), _figure(r["p95"]),
              _figure(r["baseline"]), "-" if r["ratio"] is None else f"{r['ratio']:.2f}"]
             for r in rows]
    widths = [max(len(line[i]) for line in [list(titles), *cells]) for i in range(len(titles))]

    def line(values: Sequence[str]) -> str:
        first = values[0].ljust(widths[0])
        rest = (v.rjust(w) for v, w in zip(values[1:], widths[1:], strict=True))
        return "  ".join([first, *rest])

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(titles), rule, *(line(c) for c in cells)])


def _figure(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 100 else f"{value:.1f}"


def format_notes(measurements: list[Measurement]) -> str:
    """What each case ran on, and the p95 targets of the counter issue, met or not."""
    lines = [f"- {m.case}: {m.notes}" for m in measurements if m.notes]
    targets = [m for m in measurements if m.target_p95 is not None]
    if targets:
        lines.append("Targets of the counter issue (#3, set for SQLite), p95:")
    for m in targets:
        verdict = "met" if m.ours.p95 < m.target_p95 else "MISSED"
        lines.append(f"- {m.case}: {m.ours.p95:.3f} ms, target < {m.target_p95:g} ms: {verdict}")
    return "\n".join(lines)
