"""Writes at the counter, one committed transaction each, as durable as the app makes them
(SQLite: WAL with synchronous=FULL, so every commit waits for the disk): recording a purchase
and registering a member, beside a single raw INSERT of the same row in autocommit mode.
Everything a case adds is deleted afterwards, so the shop stays the sample shop."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update

from benchmarks.cases import Context, Measurement, case
from benchmarks.timing import measure_pair
from tokocrm.db.models import (
    Member,
    PointsAllocation,
    PointsEntry,
    Purchase,
    ShopSetting,
    purchase_category,
)
from tokocrm.domain import cards
from tokocrm.domain.demo_shop import FAMILY_NAMES, FEMALE_NAMES
from tokocrm.services import purchase_summary
from tokocrm.services.clock import local_now
from tokocrm.services.dto import MemberInput, PurchaseInput

PURCHASE_SQL = ("INSERT INTO purchase (member_id, amount, purchased_at, receipt, items_count, "
                "till, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
MEMBER_SQL = ("INSERT INTO member (card, name, phone, joined_on, marketing_consent, status, "
              "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, 1) "
              "RETURNING id")
RAW_CARD_PREFIX = "28"  # not the shop's prefix (29), so raw cards never meet ours
OUR_PHONES, RAW_PHONES = "0838", "0831"  # Axis prefixes: the sample shop has none of them


@case("record purchase")
def record_purchase(ctx: Context) -> list[Measurement]:
    count = ctx.plan.fast_warmup + ctx.plan.fast
    members = _spread_member_ids(ctx, count)
    ours_inputs = [PurchaseInput(member_id=m, amount=_amount(i), receipt=f"BENCH-S{i:06d}",
                                 items_count=3) for i, m in enumerate(members)]
    raw_inputs = [(m, _amount(i), f"BENCH-R{i:06d}") for i, m in enumerate(members)]
    purchases, actor, raw = ctx.services.purchases, ctx.actor, ctx.raw
    sql = raw.sql(PURCHASE_SQL)
    connection = raw.connect()

    def ours(data: PurchaseInput) -> Any:
        return purchases.record(actor, data)

    def baseline(row: tuple[int, int, str]) -> Any:
        at = raw.value(local_now())
        member_id, amount, receipt = row
        return connection.execute(sql, (member_id, amount, at, receipt, 3, actor.till,
                                        actor.username, at)).fetchall()

    try:
        with restoring(ctx.services.engine):
            mine, theirs = measure_pair(ours, baseline, ours_inputs, raw_inputs,
                                        ctx.plan.fast_warmup)
    finally:
        connection.close()
    return [Measurement(case="record purchase", ours=mine, baseline=theirs, target_p95=3.0,
                        notes=f"{count} purchases with receipt and item count")]


@case("register member")
def register_member(ctx: Context) -> list[Measurement]:
    count = ctx.plan.fast_warmup + ctx.plan.fast
    names = [_name(i) for i in range(count)]
    ours_inputs = [MemberInput(name=n, phone=f"{OUR_PHONES}{i:08d}") for i, n in enumerate(names)]
    # The raw side gets its card ready-made; choosing the next free card is our side's work.
    raw_inputs = [(cards.new_card_number(RAW_CARD_PREFIX, i + 1), n, f"+62{RAW_PHONES[1:]}{i:08d}")
                  for i, n in enumerate(names)]
    members, actor, raw = ctx.services.members, ctx.actor, ctx.raw
    sql = raw.sql(MEMBER_SQL)
    connection = raw.connect()

    def ours(data: MemberInput) -> Any:
        return members.register(actor, data)

    def baseline(row: tuple[str, str, str]) -> Any:
        now = local_now()
        at = raw.value(now)
        card, name, phone = row
        return connection.execute(sql, (card, name, phone, raw.value(now.date()), False,
                                        at, at)).fetchall()

    try:
        with restoring(ctx.services.engine):
            mine, theirs = measure_pair(ours, baseline, ours_inputs, raw_inputs,
                                        ctx.plan.fast_warmup)
    finally:
        connection.close()
    return [Measurement(case="register member", ours=mine, baseline=theirs,
                        notes=f"{count} members, name and phone, new EAN-13 card")]


@contextmanager
def restoring(engine: Engine) -> Iterator[None]:
    """Delete the purchases and members added inside (and their buyers' purchase summaries
    with them), and put the settings back (the card sequence moves with every registration)."""
    with engine.connect() as connection:
        last_purchase = connection.scalar(select(func.max(Purchase.id))) or 0
        last_member = connection.scalar(select(func.max(Member.id))) or 0
        last_entry = connection.scalar(select(func.max(PointsEntry.id))) or 0
        settings = _settings(connection)
    try:
        yield
    finally:
        with engine.begin() as connection:
            connection.execute(delete(PointsAllocation)
                               .where(PointsAllocation.debit_id > last_entry))
            connection.execute(delete(PointsEntry).where(PointsEntry.id > last_entry))
            connection.execute(delete(purchase_category)
                               .where(purchase_category.c.purchase_id > last_purchase))
            buyers = connection.scalars(select(Purchase.member_id).distinct()
                                        .where(Purchase.id > last_purchase)).all()
            connection.execute(delete(Purchase).where(Purchase.id > last_purchase))
            purchase_summary.recompute(connection, buyers)
            connection.execute(delete(Member).where(Member.id > last_member))
            _put_back(connection, settings)


def _settings(connection: Any) -> dict[str, Any]:
    return dict(connection.execute(select(ShopSetting.key, ShopSetting.value)).all())


def _put_back(connection: Any, before: dict[str, Any]) -> None:
    now = _settings(connection)
    for key in now.keys() - before.keys():
        connection.execute(delete(ShopSetting).where(ShopSetting.key == key))
    for key, value in before.items():
        if key not in now:
            connection.execute(insert(ShopSetting).values(key=key, value=value))
        elif now[key] != value:
            connection.execute(update(ShopSetting).where(ShopSetting.key == key)
                               .values(value=value))


def _spread_member_ids(ctx: Context, count: int) -> list[int]:
    """`count` active members spread over the whole shop (every Nth), cycling if needed."""
    with ctx.services.engine.connect() as connection:
        ids = list(connection.scalars(select(Member.id).where(Member.status == "active")
                                      .order_by(Member.id)))
    step = max(1, len(ids) // count)
    picked = ids[::step]
    return [picked[i % len(picked)] for i in range(count)]


def _amount(i: int) -> int:
    return 15_000 + 500 * (i % 400)  # Rp 15.000 to Rp 214.500, like the shop's baskets


def _name(i: int) -> str:
    return f"{FEMALE_NAMES[i % len(FEMALE_NAMES)]} {FAMILY_NAMES[i // 7 % len(FAMILY_NAMES)]}"
