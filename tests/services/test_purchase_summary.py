"""Each member's purchase summary stays true to the purchases through every write that adds,
voids or moves one, on both engines; the upgrade fills it as the app keeps it; `check` reports
one that drifted; today's segments read from it equal those summed from the purchases; and on
PostgreSQL a merge and a sale to the member merged away take turns.

The expected rows are worked out here in Python from the purchases themselves, not by the SQL
the app uses."""

from __future__ import annotations

import itertools
import math
import re
import threading
from datetime import date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import delete, event, select, text, update
from sqlalchemy.orm import Session

from tests.factories import make_member
from tokocrm.db import health, migrate
from tokocrm.db.models import Member, Purchase, PurchaseSummary
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.cleaning import PURCHASE_FIELDS
from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.imports import ImportRow
from tokocrm.domain.roles import Role
from tokocrm.services import segment_queries
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.demo import create_demo_shop
from tokocrm.services.dto import PurchaseInput

TODAY = date(2026, 3, 10)  # the clock fixture's day
CASHIER = Actor(username="ani", role=Role.CASHIER)


def at(days_ago: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(
        hour=hour, minute=minute)


def sell(shop, member, moment: datetime, amount: int = 50_000) -> int:
    return shop.purchases.record(BUILTIN_OWNER, PurchaseInput(
        member_id=member.id, amount=amount, at=moment)).id


def expected(shop) -> dict[int, tuple]:
    """(purchases, first, last, sum of squared gaps in days) per member, from the purchases."""
    query = (select(Purchase.member_id, Purchase.purchased_at).where(Purchase.voided_at.is_(None))
             .order_by(Purchase.member_id, Purchase.purchased_at, Purchase.id))
    with shop.engine.connect() as connection:
        rows = connection.execute(query).all()
    found = {}
    for member_id, group in itertools.groupby(rows, key=lambda row: row[0]):
        moments = [moment for _, moment in group]
        squares = sum(((b - a).total_seconds() / 86_400) ** 2
                      for a, b in itertools.pairwise(moments))
        found[member_id] = (len(moments), moments[0], moments[-1], squares)
    return found


def stored(engine) -> dict[int, tuple]:
    summary = PurchaseSummary
    with engine.connect() as connection:
        rows = connection.execute(select(summary.member_id, summary.purchases, summary.first_at,
                                         summary.last_at, summary.gap_squares)).all()
    return {member_id: tuple(figures) for member_id, *figures in rows}


def assert_true_to_the_purchases(shop) -> None:
    want, have = expected(shop), stored(shop.engine)
    assert {m: row[:3] for m, row in have.items()} == {m: row[:3] for m, row in want.items()}
    for member_id, row in want.items():
        assert math.isclose(have[member_id][3], row[3], rel_tol=1e-9, abs_tol=1e-6), member_id
    assert health.check(shop.engine) == []


def test_sales_in_time_order_update_the_row_in_place(shop):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    sell(shop, siti, at(30))
    assert stored(shop.engine)[siti.id][:3] == (1, at(30), at(30))
    for moment in (at(20), at(20), at(5, 17, 45), at(0)):  # twice at one moment: a 0-day gap
        sell(shop, siti, moment)
    sell(shop, budi, at(3))
    assert_true_to_the_purchases(shop)
    assert stored(shop.engine)[siti.id][0] == 5


def test_a_back_dated_sale_changes_the_gaps_around_it(shop):
    siti = make_member(shop, "Siti")
    for days_ago in (40, 10, 0):
        sell(shop, siti, at(days_ago))
    sell(shop, siti, at(25))  # between the first two
    sell(shop, siti, at(60))  # before the first
    assert_true_to_the_purchases(shop)
    assert stored(shop.engine)[siti.id][1] == at(60)


@pytest.mark.parametrize("voided", ["last", "middle", "only"])
def test_a_void_takes_the_purchase_out(shop, voided):
    siti = make_member(shop, "Siti")
    ids = [sell(shop, siti, at(days_ago)) for days_ago in (30, 12, 0)]
    if voided == "only":
        for purchase_id in ids[:2]:
            shop.purchases.void(BUILTIN_OWNER, purchase_id, "salah input")
    shop.purchases.void(BUILTIN_OWNER, ids[{"last": 2, "middle": 1, "only": 2}[voided]],
                        "salah input")
    assert_true_to_the_purchases(shop)
    assert (siti.id in stored(shop.engine)) is (voided != "only")


def test_a_merge_moves_the_purchases_into_one_summary(shop):
    siti, duplicate = make_member(shop, "Siti"), make_member(shop, "Siti A.")
    sell(shop, siti, at(30))
    sell(shop, duplicate, at(20))
    sell(shop, siti, at(10))
    shop.members.merge(BUILTIN_OWNER, siti.id, duplicate.id)
    assert_true_to_the_purchases(shop)
    assert duplicate.id not in stored(shop.engine)
    assert stored(shop.engine)[siti.id][0] == 3


def test_imported_purchases_are_counted_in(shop):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    sell(shop, siti, at(5))
    rows = [ImportRow(number, dict.fromkeys(PURCHASE_FIELDS) | values) for number, values in (
        (2, {"card": siti.card, "at": at(50), "amount": 20_000}),  # before her sale
        (3, {"card": siti.card, "at": at(1), "amount": 30_000}),
        (4, {"card": budi.card, "at": at(90), "amount": 40_000}))]
    assert shop.imports.purchases(BUILTIN_OWNER, rows).created == 3
    assert_true_to_the_purchases(shop)


def test_the_demo_shop_has_its_summaries(shop):
    create_demo_shop(shop.engine, BUILTIN_OWNER, members=60, months=6, seed=2, today=TODAY)
    assert_true_to_the_purchases(shop)


def test_the_upgrade_fills_the_summaries_as_the_app_keeps_them(shop):
    create_demo_shop(shop.engine, BUILTIN_OWNER, members=40, months=6, seed=4, today=TODAY)
    siti = make_member(shop, "Siti")
    for purchase_id in [sell(shop, siti, at(days_ago)) for days_ago in (20, 10)]:
        shop.purchases.void(BUILTIN_OWNER, purchase_id, "salah input")  # none left that counts
    voided = [p.id for p in shop.purchases.list(BUILTIN_OWNER, limit=400)[::40]]
    for purchase_id in voided:
        shop.purchases.void(BUILTIN_OWNER, purchase_id, "salah input")
    kept = stored(shop.engine)
    with shop.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0011")
        migrate.upgrade(connection)
    filled = stored(shop.engine)
    assert siti.id not in filled and len(voided) == 10
    assert {m: row[:3] for m, row in filled.items()} == {m: row[:3] for m, row in kept.items()}
    for member_id, row in kept.items():
        assert math.isclose(filled[member_id][3], row[3], rel_tol=1e-9, abs_tol=1e-6)


def test_check_reports_a_summary_that_drifted(shop):
    siti, budi, ani, dewi = (make_member(shop, name) for name in ("Siti", "Budi", "Ani", "Dewi"))
    sell(shop, siti, at(10))
    sell(shop, budi, at(5))
    for days_ago in (30, 20, 0):
        sell(shop, dewi, at(days_ago))
    with shop.engine.begin() as connection:
        connection.execute(update(PurchaseSummary).where(PurchaseSummary.member_id == siti.id)
                           .values(purchases=2))
        connection.execute(update(PurchaseSummary).where(PurchaseSummary.member_id == dewi.id)
                           .values(gap_squares=PurchaseSummary.gap_squares + 1))
        connection.execute(text("DELETE FROM purchase_summary WHERE member_id = :m"),
                           {"m": budi.id})
        connection.execute(text(
            "INSERT INTO purchase_summary VALUES (:m, 1, '2026-01-01 10:00:00', "
            "'2026-01-01 10:00:00', 0)"), {"m": ani.id})
    problems = health.check(shop.engine)
    assert problems[0] == f"purchase_summary has a row for member {ani.id}, who has no purchase " \
                          "that counts"
    assert problems[1].startswith(f"purchase_summary of member {siti.id} says 2 purchases ")
    assert problems[1].endswith("the purchases say 1 purchases from 2026-02-28 10:00:00 to "
                                "2026-02-28 10:00:00, 0.0 squared days of gaps")
    assert problems[2] == (f"member {budi.id} has 1 purchases from 2026-03-05 10:00:00 to "
                           "2026-03-05 10:00:00, 0.0 squared days of gaps, but no row in "
                           "purchase_summary")
    assert problems[3].startswith(f"purchase_summary of member {dewi.id} says 3 purchases ")
    assert "501.0 squared days of gaps; the purchases say 3 " in problems[3]  # 10² + 20² + 1
    assert len(problems) == 4


def test_the_owner_rebuilds_summaries_that_drifted(shop):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    for days_ago in (30, 20, 0):
        sell(shop, siti, at(days_ago))
    sell(shop, budi, at(5))
    with shop.engine.begin() as connection:  # as a till of an older TokoCRM would leave them
        connection.execute(delete(PurchaseSummary))
        connection.execute(Purchase.__table__.insert().values(
            member_id=budi.id, amount=10_000, purchased_at=at(1), till="lama",
            recorded_by="ani", recorded_at=at(1)))
    assert len(health.check(shop.engine)) == 2
    with pytest.raises(PermissionDenied):
        shop.maintenance.rebuild_summaries(CASHIER)
    assert shop.maintenance.rebuild_summaries(BUILTIN_OWNER) == 2
    assert_true_to_the_purchases(shop)
    (event,) = shop.audit.events(BUILTIN_OWNER, action=AuditAction.SUMMARIES_REBUILT)
    assert (event.subject, event.details) == ("purchase summaries", {"members": 2})


def test_todays_segment_figures_are_those_summed_from_the_purchases(shop):
    create_demo_shop(shop.engine, BUILTIN_OWNER, members=150, months=24, seed=6, today=TODAY)
    bought = shop.purchases.list(BUILTIN_OWNER)
    recent = [p for p in bought if p.purchased_at >= at(300)]
    for purchase in (bought[0], recent[0], recent[len(recent) // 2]):  # one older than a year
        shop.purchases.void(BUILTIN_OWNER, purchase.id, "salah input")
    left = shop.members.get(BUILTIN_OWNER, bought[5].member_id)
    shop.members.update(BUILTIN_OWNER, left.id, {"status": "inactive"}, left.version)
    late = make_member(shop, "Baru", joined_on=TODAY + timedelta(days=1))  # joins tomorrow
    with shop.engine.connect() as connection:
        dialect = connection.dialect.name
        summed = {row[0]: segment_queries.to_history(*row[1:]) for row in connection.execute(
            segment_queries.from_purchases(dialect, TODAY, None, gaps=True))}
        kept = {row[0]: segment_queries.to_history(*row[1:]) for row in connection.execute(
            segment_queries.from_summaries(TODAY, None))}
    assert kept.keys() == summed.keys() and len(kept) == 149
    assert left.id not in kept and late.id not in kept
    spreads = 0
    for member_id, history in summed.items():
        other = kept[member_id]
        assert other._replace(gap_spread=None) == history._replace(gap_spread=None), member_id
        if history.gap_spread is not None:
            spreads += 1
            assert math.isclose(other.gap_spread, history.gap_spread, rel_tol=1e-6,
                                abs_tol=1e-9), member_id
        else:
            assert other.gap_spread is None
    assert spreads > 50  # the comparison covered members with several gaps


def read_tables(engine, work) -> set[str]:
    """The tables the statements of `work()` read from."""
    seen: list[str] = []
    listen = lambda *args: seen.append(args[2])  # noqa: E731 (statement is the third)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return {table for table in ("purchase_summary", "purchase")
            if any(re.search(rf"\b{table}\b", statement) for statement in seen)}


def test_segments_of_today_read_the_summaries_and_of_an_earlier_day_the_purchases(shop):
    """A purchase after the day makes the summaries too new for it: the figures come from
    the purchases up to that day."""
    siti = make_member(shop, "Siti", joined_on=TODAY - timedelta(days=100))
    for days_ago in (60, 30, 0):
        sell(shop, siti, at(days_ago))
    found = {}
    with Session(shop.engine) as session:
        for day in (TODAY - timedelta(days=1), TODAY):
            tables = read_tables(shop.engine, lambda day=day: found.__setitem__(
                day, dict(segment_queries.histories(session, day))[siti.id]))
            assert ("purchase_summary" in tables) is (day == TODAY)
    assert (found[TODAY - timedelta(1)].purchases, found[TODAY - timedelta(1)].last) == (
        2, at(30).date())
    assert (found[TODAY].purchases, found[TODAY].last) == (3, TODAY)


# -- a merge and a sale to the member merged away, at once (PostgreSQL's row locks) -----------
def other_transaction(shop, lock_member: int):
    """Another till's transaction holding the member's lock, as a sale or a merge does."""
    if shop.engine.dialect.name == "sqlite":
        pytest.skip("SQLite lets one writer at a time: nothing runs beside a locked member")
    connection = shop.engine.connect()
    connection.execute(select(Member.id).where(Member.id == lock_member).with_for_update())
    return connection


def in_thread(work) -> tuple[threading.Thread, list]:
    done: list = []
    thread = threading.Thread(target=lambda: done.append(work()), daemon=True)
    thread.start()
    return thread, done


def test_a_merge_waits_for_a_sale_to_either_member_before_moving_anything(shop):
    kept, merged = make_member(shop, "Siti"), make_member(shop, "Siti A.")
    sell(shop, merged, at(10))
    till = other_transaction(shop, merged.id)  # a sale to the member under way
    try:
        merging, done = in_thread(lambda: shop.members.merge(BUILTIN_OWNER, kept.id, merged.id))
        merging.join(1)
        assert merging.is_alive() and done == []
        # The merge has touched nothing of the member's yet: its summary is free to change.
        till.execute(select(PurchaseSummary).where(PurchaseSummary.member_id == merged.id)
                     .with_for_update(nowait=True))
        till.commit()
    finally:
        till.close()
    merging.join(10)
    assert [detail.id for detail in done] == [kept.id]
    assert_true_to_the_purchases(shop)


def test_a_sale_waiting_for_a_merge_goes_to_the_member_kept(shop):
    kept, merged = make_member(shop, "Siti"), make_member(shop, "Siti A.")
    merging = other_transaction(shop, merged.id)  # a merge under way holds the member
    try:
        selling, done = in_thread(lambda: sell(shop, merged, at(0)))
        selling.join(1)
        assert selling.is_alive() and done == []
        merging.execute(update(Member).where(Member.id == merged.id)
                        .values(status="merged", merged_into_id=kept.id))
        merging.commit()
    finally:
        merging.close()
    selling.join(10)
    assert len(done) == 1
    assert [p.id for p in shop.purchases.list(BUILTIN_OWNER, member_id=kept.id)] == done
    assert_true_to_the_purchases(shop)
