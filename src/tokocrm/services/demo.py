"""Fill an empty database with the sample shop (tokocrm.domain.demo_shop), its loyalty history
(tokocrm.domain.demo_points) and its feedback and complaints (tokocrm.domain.demo_feedback),
all or nothing.

Rows go in through SQLAlchemy Core executemany in batches inside one transaction: fast enough
for 100,000 members with two million purchases and their points, and a cancel or an error
leaves the database exactly as it was. A shop that already has members is refused, so sample
data never mixes with real customers. The points follow the shop's own loyalty rules and a
small reward catalog the demo adds (rewards the owner already has are left alone). Feedback
takes the shop's active feedback categories and its hours to resolve a complaint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, func, insert, select, text, update

from tokocrm.db.engine import WRITE_INTENT
from tokocrm.db.models import (
    CaseEvent,
    ComplaintCase,
    Feedback,
    FeedbackCategory,
    FeedbackReply,
    Member,
    PointsAllocation,
    PointsEntry,
    ProductCategory,
    Purchase,
    Redemption,
    Reward,
    ShopSetting,
    purchase_category,
)
from tokocrm.domain import cards, demo_points
from tokocrm.domain.demo_feedback import DemoCase, DemoFeedback, FeedbackBook
from tokocrm.domain.demo_points import DEMO_REWARDS, DemoReward, MemberPoints, PointsBook
from tokocrm.domain.demo_shop import MAX_MEMBERS, OPEN_HOUR, DemoMember, first_day, sample_shop
from tokocrm.domain.errors import Cancelled, DemoRefused, InvalidField
from tokocrm.domain.feedback import DEFAULT_DUE_HOURS
from tokocrm.domain.loyalty import LoyaltyRules
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.roles import Permission
from tokocrm.services import purchase_summary
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import local_now
from tokocrm.services.feedback import DUE_HOURS_KEY
from tokocrm.services.loyalty_rules import RULES_KEY, rules_from_json
from tokocrm.services.members import CARD_PREFIX_KEY, CARD_SEQUENCE_KEY
from tokocrm.services.points_ledger import Kind

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
REWARD = Reward.__table__
REDEMPTION = Redemption.__table__
ENTRY = PointsEntry.__table__
ALLOCATION = PointsAllocation.__table__
FEEDBACK = Feedback.__table__
CASE = ComplaintCase.__table__
CASE_EVENT = CaseEvent.__table__
REPLY = FeedbackReply.__table__
PURCHASE_KEYS = ("id", "member_id", "amount", "discount", "purchased_at", "items_count",
                 "till", "recorded_by", "recorded_at")
REDEMPTION_KEYS = ("id", "member_id", "reward_id", "purchase_id", "points", "discount", "till",
                   "created_by", "created_at")
ENTRY_KEYS = ("id", "member_id", "points", "kind", "reason", "purchase_id", "redemption_id",
              "expires_on", "bonus_key", "created_by", "created_at")
ALLOCATION_KEYS = ("debit_id", "lot_id", "points")
FEEDBACK_KEYS = ("id", "member_id", "purchase_id", "rating", "nps", "category_id", "channel",
                 "comment", "complaint", "created_at", "created_by", "till")
CASE_KEYS = ("id", "feedback_id", "status", "assignee", "due_at", "resolution", "opened_at",
             "resolved_at", "version")
CASE_EVENT_KEYS = ("id", "case_id", "kind", "detail", "created_at", "created_by")
REPLY_KEYS = ("id", "feedback_id", "channel", "text", "created_at", "created_by")
KINDS = {demo_points.WELCOME: Kind.WELCOME, demo_points.EARN: Kind.EARN,
         demo_points.BIRTHDAY: Kind.BIRTHDAY, demo_points.REFERRAL: Kind.REFERRAL,
         demo_points.REDEEM: Kind.REDEEM, demo_points.EXPIRE: Kind.EXPIRE}
WELCOMED_BY = "system"  # as MemberService.register writes the welcome bonus
# Empty when the demo starts (it refuses a shop with members), so their indexes can wait.
FILLED_FROM_EMPTY = ("member", "purchase", "purchase_category", "redemption", "points_entry",
                     "points_allocation")


@dataclass(frozen=True)
class DemoSummary:
    members: int
    purchases: int
    points_entries: int = 0
    redemptions: int = 0
    feedback: int = 0
    complaints: int = 0  # complaint cases, one per feedback marked a complaint


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
        opened = datetime.combine(first_day(months, today), time(OPEN_HOUR))
        catalog = _seed_rewards(connection, opened)
        book = PointsBook(_rules(connection), [reward for reward, _ in catalog], months=months,
                          today=today, not_after=not_after, seed=seed)
        said = FeedbackBook(seed=seed, not_after=not_after,
                            due_hours=int(_setting(connection, DUE_HOURS_KEY, DEFAULT_DUE_HOURS)))
        writer = _Writer(connection, actor.username, members, book,
                         [reward_id for _, reward_id in catalog], said)
        with _indexes_built_afterwards(connection, FILLED_FROM_EMPTY):
            _write_all(writer, shop, members, progress, cancel)
        purchase_summary.recompute(connection)  # with the purchase indexes back
    return DemoSummary(members=members, purchases=writer.purchases,
                       points_entries=writer.entries, redemptions=writer.redemptions,
                       feedback=writer.feedback_writer.feedback,
                       complaints=writer.feedback_writer.cases)


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


def _rules(connection: Connection) -> LoyaltyRules:
    """The shop's loyalty rules, as load_rules reads them."""
    stored = _setting(connection, RULES_KEY, None)
    return LoyaltyRules() if stored is None else rules_from_json(stored)


def _seed_rewards(connection: Connection, at: datetime) -> list[tuple[DemoReward, int]]:
    """The sample catalog, on sale from the shop's first day; a reward the owner already has
    under the same name stays as it is and is left out of the sample redemptions."""
    taken = set(connection.scalars(select(Reward.name)))
    next_id = _next_id(connection, REWARD)
    catalog = []
    for reward in DEMO_REWARDS:
        if reward.name in taken:
            continue
        terms = reward.terms
        connection.execute(insert(REWARD).values(
            id=next_id, name=reward.name, kind=terms.kind.value, points=terms.points,
            value=terms.value, cap=terms.cap, stock=None, active=True, created_at=at))
        catalog.append((reward, next_id))
        next_id += 1
    return catalog


class _Writer:
    """Turns generated members into rows and inserts them a batch at a time. Ids are given
    here, in join order, so purchases, categories, referrals and points can point at them."""

    def __init__(self, connection: Connection, username: str, total: int, book: PointsBook,
                 reward_ids: list[int], said: FeedbackBook) -> None:
        self.connection, self.username = connection, username
        self.book, self.reward_ids = book, reward_ids
        self.prefix = str(_setting(connection, CARD_PREFIX_KEY, cards.DEFAULT_PREFIX))
        self.sequence_key = f"{CARD_SEQUENCE_KEY}:{self.prefix}"
        self.first_sequence = int(_setting(connection, self.sequence_key, 1))
        # Fails now, before any work, when the prefix has too few card numbers left.
        cards.new_card_number(self.prefix, self.first_sequence + total - 1)
        self.member_base = _next_id(connection, MEMBER)
        self.next_purchase_id = _next_id(connection, PURCHASE)
        self.category_ids = _active_categories(connection)
        self.next_entry_id = _next_id(connection, ENTRY)
        self.next_redemption_id = _next_id(connection, REDEMPTION)
        self.purchase_insert = _TupleInsert(connection, PURCHASE, PURCHASE_KEYS)
        self.redemption_insert = _TupleInsert(connection, REDEMPTION, REDEMPTION_KEYS)
        self.entry_insert = _TupleInsert(connection, ENTRY, ENTRY_KEYS)
        self.allocation_insert = _TupleInsert(connection, ALLOCATION, ALLOCATION_KEYS)
        self.stamp = _datetime_processor(connection, PURCHASE.c.purchased_at)
        self.day = _date_processor(connection, ENTRY.c.expires_on)
        self.said = said
        self.feedback_writer = _FeedbackRows(connection, username, self.stamp)
        self.member_rows: list[dict[str, Any]] = []
        self.purchase_rows: list[tuple[Any, ...]] = []
        self.link_rows: list[dict[str, int]] = []
        self.redemption_rows: list[tuple[Any, ...]] = []
        self.entry_rows: list[tuple[Any, ...]] = []
        self.allocation_rows: list[tuple[int, int, int]] = []
        self.held_back: dict[int, int] = {}  # member index -> first purchase id, points later
        self.discounted: list[dict[str, int]] = []  # their purchases with a redemption inside
        self.members = self.purchases = self.entries = self.redemptions = 0

    def add(self, member: DemoMember) -> None:
        member_id = self.member_base + member.index
        self.member_rows.append(self._member_row(member, member_id))
        self.members += 1
        first_purchase = self.next_purchase_id
        points = self.book.add(member)
        if points is None:
            self.held_back[member.index] = first_purchase
        stamps = self._add_purchases(member, member_id, points.discounts if points else {})
        if points is not None:
            self._add_points(points, first_purchase, stamps)
        self.feedback_writer.add(self.said.add(member), member_id, first_purchase)
        self._flush_when_full()

    def _flush_when_full(self) -> None:
        if max(len(self.purchase_rows), len(self.member_rows), len(self.entry_rows),
               len(self.allocation_rows)) >= BATCH_ROWS:
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

    def _add_purchases(self, member: DemoMember, member_id: int,
                       discounts: dict[int, int]) -> list[Any]:
        """Rows for the member's purchases; returns their times as stored. A purchase with a
        redemption inside it stores what was paid after the discount, as PurchaseService.record
        does."""
        rows, links, username = self.purchase_rows, self.link_rows, self.username
        categories, stamp = self.category_ids, self.stamp
        purchase_id = self.next_purchase_id
        stamps = []
        for position, (at, amount, items, names) in enumerate(member.purchases):
            when = stamp(at)  # recorded when it happened: one conversion for every column
            stamps.append(when)
            off = discounts.get(position, 0) if discounts else 0
            rows.append((purchase_id, member_id, amount - off, off, when, items, TILL,
                         username, when))
            for name in names:  # a category the owner removed is simply left off
                if name in categories:
                    links.append({"purchase_id": purchase_id, "category_id": categories[name]})
            purchase_id += 1
        self.purchases += purchase_id - self.next_purchase_id
        self.next_purchase_id = purchase_id
        return stamps

    def _add_points(self, points: MemberPoints, first_purchase: int,
                    stamps: list[Any] | None = None) -> None:
        """Rows for a member's redemptions, ledger entries and allocations. `stamps`: the
        purchases' times as stored, when at hand (points earned are written with them)."""
        member_id = self.member_base + points.index
        first_entry, first_redemption = self.next_entry_id, self.next_redemption_id
        username, stamp, day = self.username, self.stamp, self.day
        reward_ids = self.reward_ids
        self.redemption_rows.extend(
            (first_redemption + number, member_id,
             None if reward is None else reward_ids[reward],
             None if purchase is None else first_purchase + purchase,
             spent, off, TILL, username, stamp(at))
            for number, (reward, purchase, spent, off, at) in enumerate(points.redemptions))
        rows, earn = self.entry_rows, KINDS[demo_points.EARN]
        for number, entry in enumerate(points.entries, start=first_entry):
            purchase = entry[4]
            if purchase is None:
                rows.append(self._entry_row(number, member_id, points.index, first_redemption,
                                            entry))
            else:  # points earned on a purchase, most of the ledger: the quick way
                at, expires = entry[2], entry[3]
                rows.append((number, member_id, entry[1], earn, None, first_purchase + purchase,
                             None, None if expires is None else day(expires), None, username,
                             stamp(at) if stamps is None else stamps[purchase]))
        self.allocation_rows.extend((first_entry + debit, first_entry + lot, share)
                                    for debit, lot, share in points.allocations)
        self.next_entry_id += len(points.entries)
        self.next_redemption_id += len(points.redemptions)
        self.entries += len(points.entries)
        self.redemptions += len(points.redemptions)

    def _entry_row(self, entry_id: int, member_id: int, index: int, first_redemption: int,
                   entry: demo_points.Entry) -> tuple[Any, ...]:
        """A ledger row not tied to a purchase, as the services write it: who wrote it, its
        reason and bonus key."""
        kind, points, at, expires, _, redemption, referred = entry
        by, reason, key = self.username, None, None
        if kind == demo_points.EXPIRE:
            reason = f"expired on {expires.isoformat()}" if expires else None
            expires = None
        elif kind == demo_points.WELCOME:
            by, key = WELCOMED_BY, f"welcome:{member_id}"
        elif kind == demo_points.BIRTHDAY:
            key = f"birthday:{at.year}:{member_id}"
        elif kind == demo_points.REFERRAL and referred is not None:
            role = "new" if referred == index else "referrer"
            key = f"referral:{self.member_base + referred}:{role}"
        return (entry_id, member_id, points, KINDS[kind], reason, None,
                None if redemption is None else first_redemption + redemption,
                None if expires is None else self.day(expires), key, by, self.stamp(at))

    def flush(self) -> None:
        # Parents first: purchases need their members, category links and redemptions their
        # purchases, ledger entries their redemptions, allocations their entries.
        _insert(self.connection, MEMBER, self.member_rows)
        self.purchase_insert.execute(self.purchase_rows)
        _insert(self.connection, purchase_category, self.link_rows)
        self.redemption_insert.execute(self.redemption_rows)
        self.entry_insert.execute(self.entry_rows)
        self.allocation_insert.execute(self.allocation_rows)
        self.feedback_writer.flush()
        for rows in (self.member_rows, self.purchase_rows, self.link_rows,
                     self.redemption_rows, self.entry_rows, self.allocation_rows):
            rows.clear()

    def finish(self) -> None:
        self._finish_held_back()
        self.flush()
        self._take_off_discounts()
        _put_setting(self.connection, self.sequence_key, self.first_sequence + self.members)
        _advance_id_sequences(self.connection)

    def _finish_held_back(self) -> None:
        """The ledgers of possible referrers, whose purchases are already written."""
        for points in self.book.finish():
            first_purchase = self.held_back.pop(points.index)
            self._add_points(points, first_purchase)
            self.discounted.extend({"purchase": first_purchase + position, "off": off}
                                   for position, off in points.discounts.items())
            self._flush_when_full()

    def _take_off_discounts(self) -> None:
        """A redemption inside a held-back member's purchase: the amount paid is less."""
        if self.discounted:
            self.connection.execute(
                update(PURCHASE).where(PURCHASE.c.id == bindparam("purchase"))
                .values(amount=PURCHASE.c.amount - bindparam("off"), discount=bindparam("off")),
                self.discounted)


class _FeedbackRows:
    """Feedback, its complaint cases with their history, and the shop's replies, as rows
    (ids given here, like the rest), inserted with the batch of their members and purchases."""

    def __init__(self, connection: Connection, username: str,
                 stamp: Callable[[datetime], Any]) -> None:
        self.username, self.stamp = username, stamp
        self.category_ids, self.fallback = _feedback_categories(connection)
        self.inserts = [_TupleInsert(connection, table, keys) for table, keys in (
            (FEEDBACK, FEEDBACK_KEYS), (CASE, CASE_KEYS), (CASE_EVENT, CASE_EVENT_KEYS),
            (REPLY, REPLY_KEYS))]
        self.feedback_rows: list[tuple[Any, ...]] = []
        self.case_rows: list[tuple[Any, ...]] = []
        self.event_rows: list[tuple[Any, ...]] = []
        self.reply_rows: list[tuple[Any, ...]] = []
        self.next_feedback, self.next_case = _next_id(connection, FEEDBACK), _next_id(
            connection, CASE)
        self.next_event, self.next_reply = _next_id(connection, CASE_EVENT), _next_id(
            connection, REPLY)
        self.feedback = self.cases = 0

    def add(self, said: list[DemoFeedback], member_id: int, first_purchase: int) -> None:
        for one in said:
            feedback_id = self.next_feedback
            self.next_feedback += 1
            self.feedback_rows.append((
                feedback_id, None if one.walk_in else member_id,
                None if one.purchase is None else first_purchase + one.purchase, one.rating,
                one.nps, self.category_ids.get(one.category, self.fallback), one.channel,
                one.comment, one.complaint, self.stamp(one.at), self.username, TILL))
            if one.reply is not None:
                at, channel, text = one.reply
                self.reply_rows.append((self.next_reply, feedback_id, channel, text,
                                        self.stamp(at), self.username))
                self.next_reply += 1
            if one.case is not None:
                self._add_case(one.case, feedback_id)
        self.feedback += len(said)

    def _add_case(self, case: DemoCase, feedback_id: int) -> None:
        stamp, case_id = self.stamp, self.next_case
        resolved = None if case.resolved_at is None else stamp(case.resolved_at)
        self.case_rows.append((case_id, feedback_id, case.status, None, stamp(case.due_at),
                               case.resolution, stamp(case.opened_at), resolved, 1))
        self.event_rows.extend((self.next_event + number, case_id, kind, detail, stamp(at),
                                self.username)
                               for number, (kind, detail, at) in enumerate(case.events))
        self.next_event += len(case.events)
        self.next_case += 1
        self.cases += 1

    def flush(self) -> None:
        """Feedback first: cases, history and replies point at it."""
        for insert_, rows in zip(self.inserts, (self.feedback_rows, self.case_rows,
                                                self.event_rows, self.reply_rows), strict=True):
            insert_.execute(rows)
            rows.clear()


def _feedback_categories(connection: Connection) -> tuple[dict[str, int], int]:
    """The shop's active feedback categories by name, and the one feedback falls back on when
    the owner retired or renamed the sample's (the last, as FeedbackService takes it)."""
    rows = list(connection.execute(select(FeedbackCategory.name, FeedbackCategory.id,
                                          FeedbackCategory.active)
                                   .order_by(FeedbackCategory.id)))
    active = {name: category_id for name, category_id, on in rows if on}
    fallback = list(active.values())[-1] if active else rows[-1][1]
    return active, fallback


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
        order = tuple(compiled.positiontup or ())
        self.direct = compiled.positional and sorted(order) == sorted(keys)
        # The SQL lists the columns in the table's order: the rows follow it if `keys` do not.
        self.reorder = (itemgetter(*(keys.index(k) for k in order))
                        if self.direct and order != keys else None)

    def execute(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.direct:
            reorder = self.reorder
            self.connection.exec_driver_sql(
                self.sql, rows if reorder is None else [reorder(row) for row in rows])
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


def _date_processor(connection: Connection, column: Any) -> Callable[[date], Any]:
    """The dialect's own conversion of a date parameter, remembered per day (a few hundred
    days for millions of rows)."""
    dialect = connection.dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return _unchanged
    seen: dict[date, Any] = {}

    def convert(day: date) -> Any:
        found = seen.get(day)
        if found is None:
            found = seen[day] = process(day)
        return found

    return convert


def _unchanged(value: Any) -> Any:
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


@contextmanager
def _indexes_built_afterwards(connection: Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """On SQLite, the plain (not unique) indexes of tables filled from empty are dropped for
    the load and made again afterwards from their own SQL: one sort costs about half of
    growing them row by row. All inside the transaction, so an error or a cancel brings them
    back with the rollback."""
    if connection.dialect.name != "sqlite":
        yield
        return
    names = ", ".join(f"'{table}'" for table in tables)
    saved = [(name, sql) for name, sql in connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({names}) ORDER BY name")
        if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    for name, _ in saved:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        connection.exec_driver_sql(sql)


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
    past them so the next member, purchase, reward, redemption, ledger entry or feedback made
    at the counter gets a free id."""
    if connection.dialect.name != "postgresql":
        return
    for table in ("member", "purchase", "reward", "redemption", "points_entry", "feedback",
                  "complaint_case", "case_event", "feedback_reply"):
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} "
            "HAVING max(id) IS NOT NULL"))
