"""The detail tables an export streams: members with their loyalty figures, purchases, the
points ledger, customer feedback. One SQL statement each, over the whole table (aggregates
joined, never a query per row), read with yield_per so memory stays flat however big the shop
is."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from tokocrm.db.models import (
    ComplaintCase,
    Feedback,
    FeedbackCategory,
    Member,
    PointsEntry,
    ProductCategory,
    Purchase,
    Redemption,
    Reward,
    purchase_category,
)
from tokocrm.domain.loyalty import LoyaltyRules, Tier
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.phone import format_local
from tokocrm.domain.purchases import TWELVE_MONTHS
from tokocrm.services.clock import end_of_day
from tokocrm.services.export_sheets import Column, Kind, Row

BATCH = 2_000  # rows fetched at a time (a server-side cursor on PostgreSQL)
_SEPARATOR = "\x1f"  # between category names in the aggregate: in no name

MEMBER_COLUMNS = (
    Column("Card", Kind.TEXT, 16), Column("Name", Kind.TEXT, 28), Column("Phone", Kind.TEXT, 16),
    Column("Email", Kind.TEXT, 28), Column("Birthday", Kind.DATE), Column("Gender", Kind.TEXT),
    Column("Address", Kind.TEXT, 36), Column("Notes", Kind.TEXT, 28),
    Column("Joined", Kind.DATE), Column("Status", Kind.TEXT),
    Column("Marketing consent", Kind.FLAG), Column("Points", Kind.POINTS),
    Column("Tier", Kind.TEXT), Column("Spend 12 months", Kind.RUPIAH),
    Column("Total spend", Kind.RUPIAH), Column("Visits", Kind.COUNT),
    Column("Last visit", Kind.DATE),
)
PURCHASE_COLUMNS = (
    Column("Purchase ID", Kind.COUNT), Column("Date", Kind.DATETIME),
    Column("Receipt", Kind.TEXT, 16), Column("Card", Kind.TEXT, 16),
    Column("Member", Kind.TEXT, 28), Column("Amount", Kind.RUPIAH),
    Column("Discount", Kind.RUPIAH), Column("Items", Kind.COUNT),
    Column("Categories", Kind.TEXT, 24), Column("Branch", Kind.TEXT), Column("Till", Kind.TEXT),
    Column("Recorded by", Kind.TEXT), Column("Voided", Kind.FLAG),
    Column("Void reason", Kind.TEXT, 28), Column("Note", Kind.TEXT, 28),
)
LEDGER_COLUMNS = (
    Column("Time", Kind.DATETIME), Column("Card", Kind.TEXT, 16), Column("Member", Kind.TEXT, 28),
    Column("Kind", Kind.TEXT), Column("Points", Kind.POINTS), Column("Reason", Kind.TEXT, 28),
    Column("Purchase ID", Kind.COUNT), Column("Redemption ID", Kind.COUNT),
    Column("Reward", Kind.TEXT, 20), Column("Expires on", Kind.DATE), Column("Branch", Kind.TEXT),
    Column("By", Kind.TEXT),
)
FEEDBACK_COLUMNS = (
    Column("Time", Kind.DATETIME), Column("Card", Kind.TEXT, 16), Column("Member", Kind.TEXT, 28),
    Column("Rating", Kind.COUNT), Column("NPS", Kind.COUNT), Column("Category", Kind.TEXT),
    Column("Channel", Kind.TEXT), Column("Complaint", Kind.FLAG),
    Column("Case status", Kind.TEXT), Column("Due", Kind.DATETIME),
    Column("Resolved", Kind.DATETIME), Column("Resolution", Kind.TEXT, 36),
    Column("Comment", Kind.TEXT, 40), Column("Branch", Kind.TEXT),
    Column("Recorded by", Kind.TEXT),
)

# A merged record is only a pointer. An erased member is left out too: a members export is a
# contact list, and an erased customer is never on one again (UU PDP); their purchases stay in
# the purchases export, anonymous.
_LISTED = and_(Member.status != MemberStatus.MERGED, Member.erased_at.is_(None))


def stream(session: Session, query: Select) -> Iterator[Any]:
    """Rows in batches (plain Core rows: the ORM's result machinery is not needed here)."""
    yield from session.connection().execute(query.execution_options(yield_per=BATCH))


def count(session: Session, query: Select) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def day_range(column: Any, first: date | None, last: date | None) -> list[Any]:
    """Conditions for `column` (a moment) falling on the days first..last, both inclusive."""
    conditions = []
    if first is not None:
        conditions.append(column >= datetime.combine(first, time()))
    if last is not None:
        conditions.append(column < end_of_day(last))
    return conditions


def at_branch(column: Any, branch: str | None) -> list[Any]:
    """The condition for `column` naming the branch; none when every branch is wanted."""
    return [] if branch is None else [column == branch]


# -- members -----------------------------------------------------------------------------------
def members_query(now: datetime, joined_from: date | None = None,
                  joined_to: date | None = None) -> Select:
    """Every member but merged records and erased members, oldest first, with balance, spend,
    visits and last visit from two grouped subqueries; voided purchases count for nothing."""
    in_window = and_(Purchase.purchased_at > now - TWELVE_MONTHS, Purchase.purchased_at <= now)
    spend = (select(Purchase.member_id.label("member_id"),
                    func.sum(case((in_window, Purchase.amount), else_=0)).label("spend_12m"),
                    func.sum(Purchase.amount).label("total"), func.count().label("visits"),
                    func.max(Purchase.purchased_at).label("last_visit"))
             .where(Purchase.voided_at.is_(None)).group_by(Purchase.member_id).subquery())
    points = (select(PointsEntry.member_id.label("member_id"),
                     func.sum(PointsEntry.points).label("balance"))
              .group_by(PointsEntry.member_id).subquery())
    query = (select(Member.id, Member.card, Member.name, Member.phone, Member.email,
                    Member.birthday,
                    Member.gender, Member.address, Member.notes, Member.joined_on, Member.status,
                    Member.marketing_consent, points.c.balance, spend.c.spend_12m,
                    spend.c.total, spend.c.visits, spend.c.last_visit)
             .outerjoin(spend, spend.c.member_id == Member.id)
             .outerjoin(points, points.c.member_id == Member.id)
             .where(_LISTED).order_by(Member.id))
    if joined_from is not None:
        query = query.where(Member.joined_on >= joined_from)
    if joined_to is not None:
        query = query.where(Member.joined_on <= joined_to)
    return query


def members_count_query(joined_from: date | None, joined_to: date | None) -> Select:
    query = select(Member.id).where(_LISTED)
    if joined_from is not None:
        query = query.where(Member.joined_on >= joined_from)
    if joined_to is not None:
        query = query.where(Member.joined_on <= joined_to)
    return query


def member_rows(session: Session, query: Select, rules: LoyaltyRules,
                only: frozenset[int] | None = None) -> Iterator[Row]:
    """The export's rows; only the members in `only` when it is given (a segment's list)."""
    tiers, phones = TierNames(rules.tiers), LocalPhones()
    for (member_id, card, name, phone, email, birthday, gender, address, notes, joined, status,
         consent, balance, spend_12m, total, visits, last_visit) in stream(session, query):
        if only is not None and member_id not in only:
            continue
        spend_12m = int(spend_12m or 0)
        yield (card, name, phones(phone), email, birthday, gender, address, notes, joined, status,
               bool(consent), int(balance or 0), tiers.name(spend_12m), spend_12m,
               int(total or 0), int(visits or 0), last_visit.date() if last_visit else None)


class TierNames:
    """The tier a 12-month spend puts a member in, as domain.loyalty.tier_for decides it,
    without building a TierStanding for each of 100,000 members."""

    def __init__(self, tiers: tuple[Tier, ...]) -> None:
        ordered = sorted(tiers, key=lambda t: t.min_spend)
        self._floors = [t.min_spend for t in ordered]
        self._names = [t.name for t in ordered]

    def name(self, spend_12m: int) -> str:
        return self._names[max(bisect_right(self._floors, spend_12m) - 1, 0)]


class LocalPhones:
    """E.164 to the local form (0812-3456-7890), as domain.phone.format_local writes it.
    phonenumbers takes 25 µs a number, most of an export's time beside the writing; its
    grouping depends only on the length and the leading digits (at most three in its
    Indonesian patterns), so each such shape is formatted by phonenumbers once and its
    dashes reused."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, int], tuple[int, ...] | None] = {}

    def __call__(self, e164: str | None) -> str | None:
        if not e164:
            return e164
        shape = (e164[:6], len(e164))  # +62 and three digits
        if shape not in self._groups:
            local = format_local(e164)
            self._groups[shape] = _groups(local, e164)
            return local
        groups = self._groups[shape]
        if groups is None:  # not plain "0" + digits with dashes: leave it to phonenumbers
            return format_local(e164)
        digits, parts, start = "0" + e164[3:], [], 0
        for size in groups:
            parts.append(digits[start:start + size])
            start += size
        return "-".join(parts)


def _groups(local: str, e164: str) -> tuple[int, ...] | None:
    parts = local.split("-")
    if not e164.startswith("+62") or "".join(parts) != "0" + e164[3:]:
        return None
    if not all(part.isdigit() for part in parts):
        return None
    return tuple(len(part) for part in parts)


# -- purchases -----------------------------------------------------------------------------------
def purchases_query(first: date | None, last: date | None, branch: str | None = None
                    ) -> Select:
    """Purchases on the days first..last (at one branch, if given), oldest first, voided ones
    included (and marked)."""
    link = purchase_category.c
    categories = (select(func.aggregate_strings(ProductCategory.name, _SEPARATOR))
                  .join(purchase_category, link.category_id == ProductCategory.id)
                  .where(link.purchase_id == Purchase.id).scalar_subquery())
    return (select(Purchase.id, Purchase.purchased_at, Purchase.receipt, Member.card,
                   Member.name, Purchase.amount, Purchase.discount, Purchase.items_count,
                   categories, Purchase.branch, Purchase.till, Purchase.recorded_by,
                   Purchase.voided_at, Purchase.void_reason, Purchase.note)
            .join(Member, Member.id == Purchase.member_id)
            .where(*_purchases_in(first, last, branch))
            .order_by(Purchase.purchased_at, Purchase.id))


def purchases_count_query(first: date | None, last: date | None, branch: str | None = None
                          ) -> Select:
    return select(Purchase.id).where(*_purchases_in(first, last, branch))


def _purchases_in(first: date | None, last: date | None, branch: str | None) -> list[Any]:
    return [*day_range(Purchase.purchased_at, first, last), *at_branch(Purchase.branch, branch)]


def purchase_rows(session: Session, query: Select) -> Iterator[Row]:
    for (purchase_id, at, receipt, card, name, amount, discount, items, categories, branch,
         till, recorded_by, voided_at, void_reason, note) in stream(session, query):
        yield (purchase_id, at, receipt, card, name, amount, discount, items,
               _sorted_names(categories), branch, till, recorded_by, voided_at is not None,
               void_reason, note)


def _sorted_names(joined: str | None) -> str | None:
    """Category names in a fixed order: neither engine promises the aggregate's order."""
    return ", ".join(sorted(joined.split(_SEPARATOR))) if joined else None


# -- the points ledger -------------------------------------------------------------------------
# The branch of an entry: where its purchase or redemption was made. Bonuses, adjustments and
# expiry belong to no branch.
_ENTRY_BRANCH = func.coalesce(Purchase.branch, Redemption.branch)


def ledger_query(first: date | None, last: date | None, branch: str | None = None) -> Select:
    """Ledger entries made on the days first..last, in the order they were made; with a branch,
    only the points earned or redeemed there. An entry of a redemption inside a purchase names
    that purchase, as the member's points tab does."""
    return (_with_entry_branch(
        select(PointsEntry.created_at, Member.card, Member.name, PointsEntry.kind,
               PointsEntry.points, PointsEntry.reason,
               func.coalesce(PointsEntry.purchase_id, Redemption.purchase_id),
               PointsEntry.redemption_id, Reward.name, PointsEntry.expires_on, _ENTRY_BRANCH,
               PointsEntry.created_by)
        .join(Member, Member.id == PointsEntry.member_id))
        .outerjoin(Reward, Reward.id == Redemption.reward_id)
        .where(*day_range(PointsEntry.created_at, first, last),
               *at_branch(_ENTRY_BRANCH, branch))
        .order_by(PointsEntry.created_at, PointsEntry.id))


def ledger_count_query(first: date | None, last: date | None, branch: str | None = None
                       ) -> Select:
    return entries_at(select(PointsEntry.id), branch).where(
        *day_range(PointsEntry.created_at, first, last))


def entries_at(query: Select, branch: str | None) -> Select:
    """Only the entries of points earned or redeemed at the branch; all when it is None."""
    if branch is None:
        return query
    return _with_entry_branch(query).where(*at_branch(_ENTRY_BRANCH, branch))


def _with_entry_branch(query: Select) -> Select:
    return (query.outerjoin(Purchase, Purchase.id == PointsEntry.purchase_id)
            .outerjoin(Redemption, Redemption.id == PointsEntry.redemption_id))


def ledger_rows(session: Session, query: Select) -> Iterator[Row]:
    yield from (tuple(row) for row in stream(session, query))


# -- customer feedback ---------------------------------------------------------------------------
def feedback_query(first: date | None, last: date | None, branch: str | None = None
                   ) -> Select:
    """Feedback given on the days first..last (at one branch, if given), oldest first, with
    its complaint case if it has one; a walk-in's has no card or member."""
    return (select(Feedback.created_at, Member.card, Member.name, Feedback.rating, Feedback.nps,
                   FeedbackCategory.name, Feedback.channel, Feedback.complaint,
                   ComplaintCase.status, ComplaintCase.due_at, ComplaintCase.resolved_at,
                   ComplaintCase.resolution, Feedback.comment, Feedback.branch,
                   Feedback.created_by)
            .join(FeedbackCategory, FeedbackCategory.id == Feedback.category_id)
            .outerjoin(Member, Member.id == Feedback.member_id)
            .outerjoin(ComplaintCase, ComplaintCase.feedback_id == Feedback.id)
            .where(*_feedback_in(first, last, branch))
            .order_by(Feedback.created_at, Feedback.id))


def feedback_count_query(first: date | None, last: date | None, branch: str | None = None
                         ) -> Select:
    return select(Feedback.id).where(*_feedback_in(first, last, branch))


def _feedback_in(first: date | None, last: date | None, branch: str | None) -> list[Any]:
    return [*day_range(Feedback.created_at, first, last), *at_branch(Feedback.branch, branch)]


def feedback_rows(session: Session, query: Select) -> Iterator[Row]:
    for row in stream(session, query):
        yield (*row[:7], bool(row[7]), *row[8:])  # a flag, whatever the driver hands back
