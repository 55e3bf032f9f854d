"""The load test: several tills recording purchases at once while two counters redeem one
member's points, then a check in a fresh connection that no write was lost, none was made up,
and every balance adds up.

    python -m benchmarks.load_test [--db URL] [--tills N] [--purchases N] [--redeemers N]
        [--redemptions N] [--members N] [--timeout SECONDS] [--json PATH]

Without --db it runs on both engines in turn: a fresh SQLite file in a temporary folder, then a
throw-away PostgreSQL server listening on 127.0.0.1 only (tests/pg_server.py). Exit 0 only if
every engine passed: nothing lost or made up, no balance off, no error, within the deadline.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext, suppress
from dataclasses import asdict, dataclass, field
from datetime import datetime
from multiprocessing.connection import Connection, wait
from pathlib import Path
from threading import BrokenBarrierError
from typing import Any, NamedTuple

import sqlalchemy
from sqlalchemy import Engine, text

from tokocrm import __version__, config
from tokocrm.db import health
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.roles import Role
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services, open_services
from tokocrm.services.dto import MemberInput, PurchaseInput

HOT_SHARE = 0.1  # a tenth of every till's sales go to the member whose points are redeemed
REDEEM_AMOUNT = 50_000  # a redeemer's purchase, Rupiah, paid partly with ...
REDEEM_POINTS = 30  # ... this many points. With as many attempts as a till's sales, redeemers
# try far more often than the tills sell to that member: the balance stays near zero, and the
# redeemers keep competing for the last points
START_TIMEOUT = 120.0  # seconds for every process to open the database and be ready
SHOWN = 5  # problems of one kind listed one by one
OWNER = Actor(username="load", role=Role.OWNER, till="load")


class LoadRefused(Exception):
    """The database given with --db is not empty, or no PostgreSQL server can be started."""


@dataclass(frozen=True)
class Load:
    tills: int
    purchases: int  # per till
    redeemers: int
    redemptions: int  # attempts per redeemer
    members: int
    seed: int


@dataclass(frozen=True)
class Job:
    """What one process does. Picklable: a spawned process gets it whole."""

    url: str
    name: str  # the till's name, and the prefix of its receipts
    branch: str
    count: int
    members: tuple[int, ...]  # the pool the tills pick from
    hot: int  # the member the redeemers spend (also in the pool)
    redeems: bool
    seed: int


class Sale(NamedTuple):
    """A purchase the services said was committed, as they reported it."""

    receipt: str
    member_id: int
    amount: int
    discount: int
    earned: int
    paid_points: int


@dataclass
class Outcome:
    """What one process reports back."""

    name: str
    sales: list[Sale] = field(default_factory=list)
    refused: int = 0  # redemptions refused for want of points: expected, never an error
    errors: Counter[str] = field(default_factory=Counter)  # by kind
    examples: dict[str, str] = field(default_factory=dict)  # the first message of each kind
    seconds: float = 0.0  # from the common start to this process's last sale
    retried: int = 0  # transient conflicts the services absorbed by trying again

    def fail(self, error: BaseException) -> None:
        kind, message = describe(error)
        self.errors[kind] += 1
        self.examples.setdefault(kind, message)


def describe(error: BaseException) -> tuple[str, str]:
    """(kind, first line). The kind names the driver's error under SQLAlchemy's wrapper, so a
    serialization failure or "database is locked" is told apart from a bug."""
    kind = type(error).__name__
    cause = getattr(error, "orig", None)
    if cause is not None:
        kind += f" ({type(cause).__module__}.{type(cause).__name__})"
    return kind, (str(error).splitlines() or [""])[0][:200]


# -- one process: a till or a redeemer ---------------------------------------------------------
class RetryCounter(logging.Handler):
    """Counts the services' retries: db/retry.py logs each one at INFO (and gives up with a
    WARNING, which reaches the till as an error). The report then shows the conflicts that
    happened and were absorbed, not only those that got through."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno == logging.INFO:
            self.count += 1

    @classmethod
    def attached(cls) -> RetryCounter:
        counter = cls()
        logger = logging.getLogger("tokocrm.db.retry")
        logger.setLevel(logging.INFO)
        logger.addHandler(counter)
        return counter


def work(job: Job, start: Any, report: Connection) -> None:
    """Open the database, wait for the others, sell or redeem, send back what happened."""
    outcome = Outcome(job.name)
    retries = RetryCounter.attached()
    try:
        with closing(open_services(job.url)) as services:
            start.wait(START_TIMEOUT)
            began = time.perf_counter()
            actor = till_actor(job.name, job.branch)
            (redeem if job.redeems else sell)(services, actor, job, outcome)
            outcome.seconds = time.perf_counter() - began
    except Exception as error:  # could not start: the others need not wait for this one
        start.abort()
        outcome.fail(error)
    outcome.retried = retries.count
    report.send(outcome)
    report.close()


def till_actor(till: str, branch: str) -> Actor:
    return Actor(username=f"cashier-{till}", role=Role.CASHIER, till=till, branch=branch)


def sell(services: Services, actor: Actor, job: Job, outcome: Outcome) -> None:
    rng = random.Random(f"{job.seed}:{job.name}")  # the same sales in every run
    for i in range(job.count):
        member = job.hot if rng.random() < HOT_SHARE else rng.choice(job.members)
        record(services, actor, outcome, PurchaseInput(
            member_id=member, amount=rng.randrange(10_000, 500_001, 500),
            receipt=f"{job.name}-{i:05d}", items_count=rng.randint(1, 12)))


def redeem(services: Services, actor: Actor, job: Job, outcome: Outcome) -> None:
    for i in range(job.count):
        record(services, actor, outcome, PurchaseInput(
            member_id=job.hot, amount=REDEEM_AMOUNT, receipt=f"{job.name}-{i:05d}",
            pay_points=REDEEM_POINTS))


def record(services: Services, actor: Actor, outcome: Outcome, data: PurchaseInput) -> None:
    """One sale at the counter. Nothing is retried here: transient conflicts are the services'
    to retry, so one that reaches the till is what a cashier would see, and counts as an error."""
    try:
        row = services.purchases.record(actor, data)
    except InvalidField as error:
        if error.params.get("reason") == "not_enough_points":
            outcome.refused += 1
        else:
            outcome.fail(error)
    except Exception as error:
        outcome.fail(error)
    else:
        outcome.sales.append(Sale(row.receipt or "", row.member_id, row.amount, row.discount,
                                  row.points_earned or 0, data.pay_points))


# -- running the processes ---------------------------------------------------------------------
def jobs(url: str, load: Load, members: tuple[int, ...]) -> list[Job]:
    hot = members[0]
    tills = [Job(url, f"till-{n}", f"branch-{n % 2 + 1}", load.purchases, members, hot,
                 False, load.seed) for n in range(1, load.tills + 1)]
    redeemers = [Job(url, f"redeem-{n}", f"branch-{n % 2 + 1}", load.redemptions, members,
                     hot, True, load.seed) for n in range(1, load.redeemers + 1)]
    return tills + redeemers


def run_processes(all_jobs: list[Job], deadline: float) -> tuple[list[Outcome], float,
                                                                   list[str]]:
    """Every job in its own process, released together; their reports, the seconds from the
    release to the last report, and the processes still running at the deadline (terminated)."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter, as on a till PC
    start = context.Barrier(len(all_jobs) + 1)  # this process too: it starts the clock
    running = launch_all(context, all_jobs, start)
    try:
        began = release(start, deadline)
        outcomes, unfinished = collect(running, deadline)
        return outcomes, time.perf_counter() - began, unfinished
    finally:  # also on Ctrl+C or an error here: no process outlives the run
        for process, _ in running:
            stop(process)


def launch_all(context: Any, all_jobs: list[Job], start: Any) -> list[tuple[Any, Connection]]:
    # Started with Ctrl+C ignored, which they keep: on Ctrl+C this process stops them all,
    # rather than each printing its own traceback, and the server is stopped after them.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return [launch(context, job, start) for job in all_jobs]
    finally:
        signal.signal(signal.SIGINT, previous)


def launch(context: Any, job: Job, start: Any) -> tuple[Any, Connection]:
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=work, args=(job, start, writer), name=job.name,
                              daemon=True)
    process.start()
    writer.close()  # only the child writes, so its end closing says it died without a word
    return process, reader


def release(start: Any, deadline: float) -> float:
    # A broken start (a process could not open the database) is in the processes' reports.
    with suppress(BrokenBarrierError):
        start.wait(max(0.0, min(START_TIMEOUT, deadline - time.monotonic())))
    return time.perf_counter()


def collect(running: list[tuple[Any, Connection]], deadline: float) -> tuple[list[Outcome],
                                                                             list[str]]:
    pending = {reader: process for process, reader in running}
    outcomes: list[Outcome] = []
    while pending and (left := deadline - time.monotonic()) > 0:
        for reader in wait(list(pending), timeout=left):
            process = pending.pop(reader)
            outcomes.append(receive(reader, process))
    return outcomes, [process.name for process in pending.values()]


def receive(reader: Any, process: Any) -> Outcome:
    try:
        return reader.recv()
    except EOFError:  # ended without reporting: killed, or crashed in the interpreter
        process.join(5)
        outcome = Outcome(process.name)
        outcome.fail(RuntimeError(f"{process.name} ended (exit code {process.exitcode}) "
                                  "without reporting"))
        return outcome


def stop(process: Any) -> None:
    if process.is_alive():
        process.terminate()
        process.join(5)
    if process.is_alive():
        process.kill()
        process.join(5)


# -- before and after --------------------------------------------------------------------------
def prepare(url: str, load: Load) -> tuple[tuple[int, ...], int, str]:
    """The members the tills buy for, registered before the clock starts; the welcome bonus
    they got; the engine's name. An empty database only: the run leaves thousands of purchases
    behind, which must never land in a real shop."""
    with closing(open_services(url)) as services:
        if services.members.count(OWNER):
            raise LoadRefused(f"{services.database.location} already holds members; "
                              "the load test needs an empty database")
        members = tuple(services.members.register(OWNER, MemberInput(
            name=f"Load member {n}")).id for n in range(1, load.members + 1))
        welcome = services.loyalty.rules(OWNER).welcome_bonus
        return members, welcome, engine_label(services.engine)


def engine_label(engine: Engine) -> str:
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
            return f"SQLite {version}"
        version = connection.exec_driver_sql("SHOW server_version").scalar()
        return f"PostgreSQL {str(version).split()[0]}"


@dataclass(frozen=True)
class Stored:
    """What the database holds after the run, read with plain SQL."""

    purchases: list[tuple[str | None, int, int]]  # receipt, amount, discount
    redemption_receipts: list[str | None]  # the receipt of each redemption's purchase
    ledger_sums: dict[int, int]  # member -> SUM(points)
    hot_entries: list[int]  # the redeemed member's entries in the order they were written
    balances: dict[int, int]  # member -> balance as the services report it
    ledger_problems: list[str]  # what `tokocrm check` would report


def read_back(url: str, members: tuple[int, ...]) -> Stored:
    """A new engine, so nothing the run cached is read; the services' balance beside the SQL."""
    with closing(open_services(url)) as services, services.engine.connect() as connection:
        def rows(sql: str, **params: Any) -> list[Any]:
            return list(connection.execute(text(sql), params).all())

        stored = Stored(
            purchases=[tuple(r) for r in rows("SELECT receipt, amount, discount FROM purchase")],
            redemption_receipts=[r[0] for r in rows(
                "SELECT p.receipt FROM redemption r "
                "LEFT JOIN purchase p ON p.id = r.purchase_id")],
            ledger_sums={m: int(s) for m, s in rows(
                "SELECT member_id, SUM(points) FROM points_entry GROUP BY member_id")},
            hot_entries=[r[0] for r in rows(
                "SELECT points FROM points_entry WHERE member_id = :m ORDER BY id",
                m=members[0])],
            balances={m: services.loyalty.standing(OWNER, m).balance for m in members},
            ledger_problems=health.check(services.engine))
        return stored


@dataclass(frozen=True)
class Verdict:
    stored: int  # purchases in the database
    lost: int  # purchases or redemptions reported committed but missing
    phantom: int  # present but never reported committed
    wrong: int  # present twice, or with another amount or discount than reported
    balance_mismatches: int  # members whose balances disagree (services, SQL sum, reports)
    below_zero: int  # entries after which the redeemed member's balance was below zero
    ledger_problems: list[str]
    details: list[str]  # the first few of each problem, for the reader


def verify(stored: Stored, outcomes: list[Outcome], members: tuple[int, ...],
           welcome: int) -> Verdict:
    sales = [sale for outcome in outcomes for sale in outcome.sales]
    lost, phantom, wrong, details = compare_purchases(stored, sales)
    r_lost, r_phantom, r_details = compare_redemptions(stored, sales)
    mismatches, b_details = compare_balances(stored, sales, members, welcome)
    running = [sum(stored.hot_entries[:i + 1]) for i in range(len(stored.hot_entries))]
    below = [balance for balance in running if balance < 0]
    if below:
        details.append(f"member {members[0]}'s balance went below zero {len(below)} times "
                       f"(lowest {min(below)})")
    return Verdict(len(stored.purchases), lost + r_lost, phantom + r_phantom, wrong,
                   mismatches, len(below), stored.ledger_problems,
                   details + r_details + b_details)


def compare_purchases(stored: Stored, sales: list[Sale]) -> tuple[int, int, int, list[str]]:
    reported = {sale.receipt: sale for sale in sales}
    found = Counter(receipt for receipt, _, _ in stored.purchases)
    amounts = {receipt: (amount, discount) for receipt, amount, discount in stored.purchases}
    lost = [r for r in reported if not found[r]]
    phantom = [r for r in found if r not in reported]
    wrong = [r for r, sale in reported.items() if found[r] > 1
             or (found[r] and amounts[r] != (sale.amount, sale.discount))]
    details = [f"{name} receipts: {', '.join(map(str, items[:SHOWN]))}"
               for name, items in (("lost", lost), ("phantom", phantom), ("wrong", wrong))
               if items]
    return len(lost), sum(found[r] for r in phantom), len(wrong), details


def compare_redemptions(stored: Stored, sales: list[Sale]) -> tuple[int, int, list[str]]:
    """Each redemption the redeemers were told of is in the database once, in its purchase."""
    reported = {sale.receipt for sale in sales if sale.paid_points}
    found = Counter(stored.redemption_receipts)
    lost = [r for r in reported if not found[r]]
    phantom = sum(n if r not in reported else n - 1 for r, n in found.items())
    details = [f"lost redemptions: {', '.join(lost[:SHOWN])}"] if lost else []
    if phantom:
        details.append(f"{phantom} redemptions in the database never reported committed")
    return len(lost), phantom, details


def compare_balances(stored: Stored, sales: list[Sale], members: tuple[int, ...],
                     welcome: int) -> tuple[int, list[str]]:
    """Three figures per member must agree: the services' balance, the raw SUM of the ledger,
    and the welcome bonus plus what the reported sales earned less the points they paid."""
    expected = dict.fromkeys(members, welcome)
    for sale in sales:
        expected[sale.member_id] += sale.earned - sale.paid_points
    off = [(m, stored.balances[m], stored.ledger_sums.get(m, 0), expected[m]) for m in members
           if not stored.balances[m] == stored.ledger_sums.get(m, 0) == expected[m]]
    details = [f"member {m}: services say {b}, ledger sums to {s}, the sales give {e}"
               for m, b, s, e in off[:SHOWN]]
    return len(off), details


# -- one engine --------------------------------------------------------------------------------
@dataclass
class EngineReport:
    engine: str
    purchases: int = 0  # committed, the redeemers' purchases included
    seconds: float = 0.0
    redeemed: int = 0
    refused: int = 0
    errors: int = 0
    retried: int = 0  # transient conflicts retried inside the services (no error if it worked)
    error_kinds: dict[str, int] = field(default_factory=dict)
    error_examples: dict[str, str] = field(default_factory=dict)
    unfinished: list[str] = field(default_factory=list)  # terminated at the deadline
    process_seconds: dict[str, float] = field(default_factory=dict)  # each one's own time
    verdict: Verdict | None = None

    @property
    def per_second(self) -> float:
        return self.purchases / self.seconds if self.seconds else 0.0

    @property
    def passed(self) -> bool:
        v = self.verdict
        return (v is not None and not self.unfinished and self.errors == 0
                and v.lost == v.phantom == v.wrong == v.balance_mismatches == v.below_zero == 0
                and not v.ledger_problems)

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"purchases_per_second": round(self.per_second, 1),
                               "seconds": round(self.seconds, 2), "passed": self.passed}


def run_engine(url: str, load: Load, deadline: float) -> EngineReport:
    members, welcome, label = prepare(url, load)
    say(f"{label}: {load.tills} tills x {load.purchases:,} purchases, {load.redeemers} "
        f"redeemers x {load.redemptions:,} attempts, {load.members} members")
    outcomes, seconds, unfinished = run_processes(jobs(url, load, members), deadline)
    report = summarise(label, outcomes, seconds, unfinished)
    if unfinished:  # what the terminated processes committed is unknown: nothing to verify
        say(f"{label}: deadline passed, terminated {', '.join(unfinished)}")
        return report
    say(f"{label}: {report.purchases:,} purchases in {seconds:.1f} s; verifying")
    report.verdict = verify(read_back(url, members), outcomes, members, welcome)
    return report


def summarise(label: str, outcomes: list[Outcome], seconds: float,
              unfinished: list[str]) -> EngineReport:
    errors: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for outcome in outcomes:
        errors.update(outcome.errors)
        examples = outcome.examples | examples
    sales = [sale for outcome in outcomes for sale in outcome.sales]
    return EngineReport(
        engine=label, purchases=len(sales), seconds=seconds,
        redeemed=sum(1 for sale in sales if sale.paid_points),
        refused=sum(outcome.refused for outcome in outcomes), errors=sum(errors.values()),
        retried=sum(outcome.retried for outcome in outcomes),
        error_kinds=dict(errors), error_examples=examples, unfinished=unfinished,
        process_seconds={o.name: round(o.seconds, 2) for o in outcomes})


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


# -- the databases -----------------------------------------------------------------------------
@contextmanager
def sqlite_database() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="tokocrm-load-") as folder:
        yield f"sqlite:///{Path(folder) / 'shop.db'}"


@contextmanager
def postgres_database() -> Iterator[str]:
    """A throw-away server on 127.0.0.1, stopped and deleted at the end, whatever happens."""
    from tests.pg_server import PgServer, find_bin_dir  # only needed here

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise LoadRefused("no PostgreSQL server programs (initdb, pg_ctl) found: install "
                          "PostgreSQL, or give --db URL")
    server = PgServer(bin_dir)
    try:
        server.start()
        yield server.url(server.create_database())
    finally:
        try:
            server.stop()
        except subprocess.CalledProcessError:  # not running: Ctrl+C reached it, or no start
            say("the PostgreSQL server had already stopped; its folder was deleted")


Target = tuple[str, Callable[[], AbstractContextManager[str]]]  # a name, and the database


def targets(db: str | None) -> list[Target]:
    if db:  # a plain file path means an SQLite file, as with `tokocrm --db`
        return [("given database", lambda: nullcontext(config.as_url(db)))]
    return [("SQLite", sqlite_database), ("PostgreSQL", postgres_database)]


def run_on(target: Target, load: Load, deadline: float) -> EngineReport:
    name, database = target
    if time.monotonic() >= deadline:
        return EngineReport(engine=name, unfinished=["all (the deadline passed before the start)"])
    with database() as url:
        return run_engine(url, load, deadline)


# -- output ------------------------------------------------------------------------------------
TITLES = ("engine", "purchases", "seconds", "purchases/s", "redeemed", "refused", "retried",
          "errors", "lost", "phantom", "wrong", "balances off", "ledger check", "result")


def table_row(r: EngineReport) -> list[str]:
    v = r.verdict
    checks = ([str(n) for n in (v.lost, v.phantom, v.wrong, v.balance_mismatches)]
              + ["ok" if not v.ledger_problems else f"{len(v.ledger_problems)} problems"]
              if v else ["-"] * 5)
    return [r.engine, f"{r.purchases:,}", f"{r.seconds:.1f}", f"{r.per_second:.1f}",
            f"{r.redeemed:,}", f"{r.refused:,}", f"{r.retried:,}", f"{r.errors:,}", *checks,
            "passed" if r.passed else "FAILED"]


def format_table(reports: list[EngineReport]) -> str:
    cells = [list(TITLES), *(table_row(r) for r in reports)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(TITLES))]

    def line(row: list[str]) -> str:
        return "  ".join([row[0].ljust(widths[0]),
                          *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))])

    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths),
                      *(line(row) for row in cells[1:])])


def format_notes(reports: list[EngineReport]) -> str:
    lines: list[str] = []
    for r in reports:
        lines += [f"- {r.engine}: error {kind} x{n}: {r.error_examples.get(kind, '')}"
                  for kind, n in r.error_kinds.items()]
        if r.unfinished:
            lines.append(f"- {r.engine}: not finished by the deadline: "
                         f"{', '.join(r.unfinished)}")
        if r.verdict:
            lines += [f"- {r.engine}: {d}" for d in r.verdict.details]
            lines += [f"- {r.engine}: ledger: {p}" for p in r.verdict.ledger_problems[:SHOWN]]
    return "\n".join(lines)


def header(load: Load, timeout: float) -> str:
    return "\n".join([
        f"TokoCRM {__version__} load test, {datetime.now():%Y-%m-%d %H:%M}",
        f"Machine: {os.cpu_count()} cores, {platform.platform()}; Python "
        f"{platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}",
        f"Load: {load.tills} tills x {load.purchases:,} purchases for {load.members} members "
        f"({HOT_SHARE:.0%} for one of them), {load.redeemers} redeemers x "
        f"{load.redemptions:,} redemptions of {REDEEM_POINTS} points from that member; "
        f"deadline {timeout:g} s"])


# -- command line ------------------------------------------------------------------------------
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.load_test",
        description="Several tills writing at once, then a check that nothing was lost")
    parser.add_argument("--db", metavar="URL",
                        help="run on this empty database only (it keeps what the run wrote); "
                        "default: a temporary SQLite file, then a throw-away PostgreSQL server")
    parser.add_argument("--tills", type=positive, default=4)
    parser.add_argument("--purchases", type=positive, default=2_000, help="per till")
    parser.add_argument("--redeemers", type=natural, default=2)
    parser.add_argument("--redemptions", type=positive,
                        help="attempts per redeemer (default: as many as --purchases)")
    parser.add_argument("--members", type=positive, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS",
                        help="for the whole run; processes still running then are "
                        "terminated and the run fails (default 600)")
    parser.add_argument("--json", metavar="PATH", help="also write the report as JSON here")
    return parser.parse_args(argv)


def positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive whole number")
    return number


def natural(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is below 0")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    load = Load(args.tills, args.purchases, args.redeemers,
                args.redemptions or args.purchases, args.members, args.seed)
    deadline = time.monotonic() + args.timeout
    print(header(load, args.timeout), flush=True)
    reports, refused = [], False
    try:
        for target in targets(args.db):
            try:
                reports.append(run_on(target, load, deadline))
            except LoadRefused as error:  # the other engine's figures are still worth having
                say(f"load test: {error}")
                refused = True
    except KeyboardInterrupt:  # the processes and the server were stopped on the way out
        say("load test: interrupted")
        return 130
    print(format_table(reports))
    notes = format_notes(reports)
    if notes:
        print(notes)
    if args.json:
        document = {"load": asdict(load), "reports": [r.to_json() for r in reports]}
        Path(args.json).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 2 if refused else 0 if all(r.passed for r in reports) else 1


def stop_on_sigterm() -> None:
    """A killed run (a CI timeout, `kill`) cleans up as Ctrl+C does: processes, server."""
    def interrupt(_signal: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


if __name__ == "__main__":
    # Run the module under its own name, not as __main__: the spawned processes send back
    # Outcome objects, which pickle by module name and must unpickle in this process.
    from benchmarks.load_test import main as load_test_main

    stop_on_sigterm()
    raise SystemExit(load_test_main())
