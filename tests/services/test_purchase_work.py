"""How much work recording a purchase does at the counter: which statements it sends and how
the database serves them, so the hot path cannot quietly grow again (benchmarks/README.md)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event

from tests.factories import make_member, make_purchase

TABLE = re.compile(r"^(SELECT|INSERT|UPDATE|DELETE)\b.*?\b(?:FROM|INTO|UPDATE)\s+(\w+)")


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, tuple | dict]]]:
    """The SQL statements (one line each) and parameters sent inside the block."""
    sent: list[tuple[str, tuple | dict]] = []

    def before(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        sent.append((" ".join(statement.split()), parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", before)


def work(sent: list[tuple[str, tuple | dict]]) -> list[str]:
    """'VERB table' for every statement on a table (transaction control left out)."""
    found = (TABLE.match(statement) for statement, _ in sent)
    return [f"{m[1]} {m[2]}" for m in found if m]


def test_a_plain_purchase_sends_eight_statements(services):
    member = make_member(services)  # no birthday, nobody referred them
    with statements(services.engine) as sent:
        row = make_purchase(services, member, 125_000, receipt="INV-1")
    assert row.points_earned == 12
    lock = ["SELECT member"] if services.engine.dialect.name == "postgresql" else []
    assert work(sent) == [
        "SELECT member",  # the member, followed if merged
        *lock,  # FOR UPDATE; SQLite's BEGIN IMMEDIATE already serialises writers
        "SELECT purchase",  # is the receipt taken?
        "SELECT shop_setting",  # the loyalty rules
        "INSERT purchase",
        "INSERT purchase_summary",  # counted into the member's summary (an upsert)
        "SELECT purchase",  # 12 months of spend: the tier
        "SELECT points_entry",  # the balance: is a debt to pay first?
        "INSERT points_entry",  # the points earned
    ]


def test_a_purchase_paid_with_points_reads_the_rules_once(services):
    member = make_member(services)
    make_purchase(services, member, 1_000_000)
    with statements(services.engine) as sent:
        row = make_purchase(services, member, 50_000, pay_points=30)
    assert (row.discount, row.amount, row.points_earned) == (3_000, 47_000, 4)
    assert work(sent).count("SELECT shop_setting") == 1


def test_the_tier_spend_is_read_from_the_index_alone(services):
    if services.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL plans by table statistics: a tiny table says nothing")
    member = make_member(services)
    make_purchase(services, member, 40_000)
    with statements(services.engine) as sent:
        make_purchase(services, member, 60_000)
    spend = [(s, p) for s, p in sent if s.startswith("SELECT coalesce(sum(purchase.amount)")]
    assert len(spend) == 1
    with services.engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {spend[0][0]}",
                                          spend[0][1]).all()
    assert [row[-1] for row in plan] == [
        "SEARCH purchase USING COVERING INDEX ix_purchase_member_time_amount "
        "(member_id=? AND purchased_at>? AND purchased_at<?)"]
