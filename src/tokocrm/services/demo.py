"""Fill an empty database with the sample shop (tokocrm.domain.demo_shop), all or nothing.

Rows go in through SQLAlchemy Core executemany in batches inside one transaction: fast enough
for 100,000 members with two million purchases, and a cancel or an error leaves the database
exactly as it was. A shop that already has members is refused, so sample data never mixes with
real customers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text, update

from tokocrm.db.engine import WRITE_INTENT
from tokocrm.db.models import Member, ProductCategory, Purchase, ShopSetting, purchase_category
from tokocrm.domain import cards
from tokocrm.domain.demo_shop import MAX_MEMBERS, DemoMember, sample_shop
from tokocrm.domain.errors import Cancelled, DemoRefused, InvalidField
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.roles import Permission
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import local_now
from tokocrm.services.members import CARD_PREFIX_KEY, CARD_SEQUENCE_KEY

MAX_MONTHS = 120
MAX_SEED = 2**63 - 1
TILL = "demo"
BATCH_ROWS = 20_000  # rows per executemany: big enough to be fast, small enough for memory
REPORT_EVERY = 500  # members between progress reports and cancel checks
SQLITE_CACHE_KIB = 64 * 1024

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

MEMBER = Member.__table__
PURCHASE = Purchase.__table__
PURCHASE_KEYS = ("id", "member_id", "amount", "discount", "purchased_at", "items_count",
                 "till", "recorded_by", "recorded_at")


@dataclass(frozen=True)
class DemoSummary:
    members: int
    purchases: int


def create_demo_shop(engine: Engine, actor: Actor, *, members: int = 2000, months: int = 24,
                     seed: int = 1, today: date | None = None, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> DemoSummary:
    """Generate `members` members with `months` of purchases up to `today` (default: now, and
    nothing later than now). Calls progress(members_done, members) now and then; cancel()
    returning True stops it with Cancelled and nothing saved."""
    require(actor, Permission.CREATE_DEMO)
    _check_arguments(members, months, seed)
    if today is None:
        not_after = local_now()
        today = not_after.date()
    else:  # an explicit day is reproducible: the whole of its opening hours counts
        not_after = datetime.combine(today, time(23, 59, 59))
    shop = sample_shop(members, months, seed, today, not_after)
    writer_engine = engine.execution_options(**{WRITE_INTENT: True})  # SQLite: BEGIN IMMEDIATE
    with writer_engine.begin() as connection, _roomy_cache(connection):
        _refuse_a_real_shop(connection)
        writer = _Writer(connection, actor.username, members)
        _write_all(writer, shop, members, progress, cancel)
    return DemoSummary(members=members, purchases=writer.purchases)


def _check_arguments(members: int, months: int, seed: int) -> None:
    for field, value, high in (("members", members, MAX_MEMBERS), ("months", months, MAX_MONTHS)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
            raise InvalidField(field=field, value=value, reason="out_of_range", low=1, high=high)
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise InvalidField(field="seed", value=seed, reason="out_of_range", low=0, high=MAX_SEED)


def _refuse_a_real_shop(connection: Connection) -> None:
    count = connection.scalar(select(func.count()).select_from(MEMBER)) or 0
    if count:
        raise DemoRefused(members=count)


def _write_all(writer: _Writer, shop: Iterable[DemoMember], total: int, progress: Progress | None,
               cancel: Cancel | None) -> None:
    for done, member in enumerate(shop, start=1):
        writer.add(member)
        if done % REPORT_EVERY == 0:
            _report(done, total, progress, cancel)
    writer.finish()
    _report(total, total, progress, cancel)


def _report(done: int, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()  # raised inside the transaction, so everything is rolled back
    if progress is not None:
        progress(done, total)


class _Writer:
    """Turns generated members into rows and inserts them a batch at a time. Ids are given
    here, in join order, so purchases, categories and referrals can point at them."""

    def __init__(self, connection: Connection, username: str, total: int) -> None:
        self.connection, self.username = connection, username
        self.prefix = str(_setting(connection, CARD_PREFIX_KEY, cards.DEFAULT_PREFIX))
        self.sequence_key = f"{CARD_SEQUENCE_KEY}:{self.prefix}"
        self.first_sequence = int(_setting(connection, self.sequence_key, 1))
        # Fails now, before any work, when the prefix has too few card numbers left.
        cards.new_card_number(self.prefix, self.first_sequence + total - 1)
        self.member_base = _next_id(connection, MEMBER)
        self.next_purchase_id = _next_id(connection, PURCHASE)
        self.category_ids = _active_categories(connection)
        self.purchase_insert = _TupleInsert(connection, PURCHASE, PURCHASE_KEYS)
        self.stamp = _datetime_processor(connection, PURCHASE.c.purchased_at)
        self.member_rows: list[dict[str, Any]] = []
        self.purchase_rows: list[tuple[Any, ...]] = []
        self.link_rows: list[dict[str, int]] = []
        self.members = self.purchases = 0

    def add(self, member: DemoMember) -> None:
        member_id = self.member_base + member.index
        self.member_rows.append(self._member_row(member, member_id))
        self.members += 1
        self._add_purchases(member, member_id)
        if len(self.purchase_rows) >= BATCH_ROWS or len(self.member_rows) >= BATCH_ROWS:
            self.flush()

    def _member_row(self, member: DemoMember, member_id: int) -> dict[str, Any]:
        joined = member.joined_at
        referrer = member.referred_by
        return {
            "id": member_id,
            "card": cards.new_card_number(self.prefix, self.first_sequence + member.index),
            "name": member.name, "phone": member.phone, "email": member.email,
            "birthday": member.birthday, "gender": member.gender, "address": member.address,
            "notes": member.notes, "joined_on": joined.date(),
            "referred_by_id": None if referrer is None else self.member_base + referrer,
            "marketing_consent": member.marketing_consent,
            "consent_at": joined if member.marketing_consent else None,
            "status": MemberStatus.ACTIVE.value, "merged_into_id": None,
            "created_at": joined, "updated_at": joined, "version": 1,
        }

    def _add_purchases(self, member: DemoMember, member_id: int) -> None:
        rows, links, username = self.purchase_rows, self.link_rows, self.username
        categories, stamp = self.category_ids, self.stamp
        purchase_id = self.next_purchase_id
        for at, amount, items, names in member.purchases:
            when = stamp(at)  # recorded when it happened: one conversion for both columns
            rows.append((purchase_id, member_id, amount, 0, when, items, TILL, username, when))
            for name in names:  # a category the owner removed is simply left off
                if name in categories:
                    links.append({"purchase_id": purchase_id, "category_id": categories[name]})
            purchase_id += 1
        self.purchases += purchase_id - self.next_purchase_id
        self.next_purchase_id = purchase_id

    def flush(self) -> None:
        # Parents first: purchases need their members, category links their purchases.
        _insert(self.connection, MEMBER, self.member_rows)
        self.purchase_insert.execute(self.purchase_rows)
        _insert(self.connection, purchase_category, self.link_rows)
        for rows in (self.member_rows, self.purchase_rows, self.link_rows):
            rows.clear()

    def finish(self) -> None:
        self.flush()
        _put_setting(self.connection, self.sequence_key, self.first_sequence + self.members)
        _advance_id_sequences(self.connection)


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)


class _TupleInsert:
    """executemany of plain tuples in `keys` order. For two million purchases SQLAlchemy's
    per-row, per-column parameter handling took a fifth of the run, so where the driver takes
    positional parameters (SQLite) the compiled SQL goes to the driver as is, with values the
    dialect would convert (datetimes) converted by the caller. Elsewhere: ordinary Core."""

    def __init__(self, connection: Connection, table: Table, keys: tuple[str, ...]) -> None:
        self.connection, self.table, self.keys = connection, table, keys
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(keys))
        self.sql = str(compiled)
        self.direct = compiled.positional and tuple(compiled.positiontup or ()) == keys

    def execute(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.direct:
            self.connection.exec_driver_sql(self.sql, rows)
        else:
            self.connection.execute(insert(self.table), [dict(zip(self.keys, row, strict=True))
                                                         for row in rows])


def _datetime_processor(connection: Connection, column: Any) -> Callable[[datetime], Any]:
    """The dialect's own conversion of a datetime parameter (SQLite stores text), or none."""
    dialect = connection.dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return _unchanged
    # SQLAlchemy's SQLite text equals isoformat's; the C method takes half the time per row.
    samples = (datetime(2026, 1, 2, 3, 4, 5), datetime(1999, 12, 31, 23, 59, 59, 123))
    if all(process(d) == _iso(d) for d in samples):
        return _iso
    return process


def _unchanged(value: datetime) -> datetime:
    return value


def _iso(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


@contextmanager
def _roomy_cache(connection: Connection) -> Iterator[None]:
    """On SQLite, a 64 MB page cache while the purchase indexes grow (the default 2 MB spills
    to disk over and over, about 15% slower), then back to what the connection had."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _next_id(connection: Connection, table: Table) -> int:
    return (connection.scalar(select(func.max(table.c.id))) or 0) + 1


def _active_categories(connection: Connection) -> dict[str, int]:
    query = select(ProductCategory.name, ProductCategory.id).where(ProductCategory.active.is_(True))
    return {name: category_id for name, category_id in connection.execute(query)}


def _setting(connection: Connection, key: str, default: Any) -> Any:
    value = connection.scalar(select(ShopSetting.value).where(ShopSetting.key == key))
    return default if value is None else value


def _put_setting(connection: Connection, key: str, value: Any) -> None:
    found = connection.scalar(select(func.count()).where(ShopSetting.key == key))
    if found:
        connection.execute(update(ShopSetting).where(ShopSetting.key == key).values(value=value))
    else:
        connection.execute(insert(ShopSetting).values(key=key, value=value))


def _advance_id_sequences(connection: Connection) -> None:
    """PostgreSQL hands out serial ids from a sequence that explicit ids do not move; move it
    past them so the next member or purchase registered at the counter gets a free id."""
    if connection.dialect.name != "postgresql":
        return
    for table in ("member", "purchase"):
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} "
            "HAVING max(id) IS NOT NULL"))
