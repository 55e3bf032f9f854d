"""The monthly bookkeeping figures: the month's summary and one line per day.

Revenue is what members paid (Purchase.amount, after any points discount); voided purchases
count for nothing. Points are classed as services.loyalty.totals() classes them: redeemed =
redeem and refund entries, expired = expire entries, issued = every other entry (earned,
bonuses, adjustments, reversals), so opening + issued - redeemed - expired = closing.

One branch's workbook has its sales and the points earned and redeemed there. New members,
expired and outstanding points belong to the whole shop (a member is no branch's), so that
workbook leaves them out rather than show the shop's figures as the branch's.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, case, distinct, func, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, PointsEntry, Purchase
from tokocrm.domain.loyalty import LoyaltyRules
from tokocrm.domain.members import MemberStatus
from tokocrm.services.export_queries import at_branch, day_range, entries_at
from tokocrm.services.export_sheets import Column, Kind, Row
from tokocrm.services.points_ledger import Kind as Entry

SUMMARY_COLUMNS = (Column("Figure", Kind.LABEL, 34), Column("Value", Kind.VARIES, 18))
DAY_COLUMNS = (
    Column("Day", Kind.DATE), Column("Purchases", Kind.COUNT), Column("Revenue", Kind.RUPIAH),
    Column("Discount", Kind.RUPIAH), Column("New members", Kind.COUNT),
    Column("Points issued", Kind.POINTS), Column("Points redeemed", Kind.POINTS),
    Column("Points expired", Kind.POINTS),
)
_REDEEMED = (Entry.REDEEM, Entry.REFUND)


@dataclass(frozen=True)
class Month:
    first: date
    last: date

    @classmethod
    def of(cls, day: date) -> Month:
        end = calendar.monthrange(day.year, day.month)[1]
        return cls(day.replace(day=1), day.replace(day=end))

    def days(self) -> list[date]:
        return [self.first.replace(day=d) for d in range(1, self.last.day + 1)]


@dataclass(frozen=True)
class PointsFlow:
    issued: int = 0
    redeemed: int = 0
    expired: int = 0

    @classmethod
    def of(cls, total: int, redeemed_sum: int, expired_sum: int) -> PointsFlow:
        """From the sums of all entries, of the redeem/refund ones and of the expire ones."""
        return cls(issued=total - redeemed_sum - expired_sum, redeemed=-redeemed_sum,
                   expired=-expired_sum)


@dataclass(frozen=True)
class MonthFigures:
    month: Month
    branch: str | None  # None: every branch
    revenue: int
    purchases: int
    discount: int
    voided: int
    active_members: int
    new_members: int
    opening_points: int
    points: PointsFlow
    closing_points: int
    point_value: int

    @property
    def liability(self) -> int:
        return self.closing_points * self.point_value


def month_figures(session: Session, month: Month, rules: LoyaltyRules,
                  branch: str | None = None) -> MonthFigures:
    in_month = [*day_range(Purchase.purchased_at, month.first, month.last),
                *at_branch(Purchase.branch, branch)]
    counted = Purchase.voided_at.is_(None)
    purchases, revenue, discount, active = session.execute(
        select(func.count(), func.coalesce(func.sum(Purchase.amount), 0),
               func.coalesce(func.sum(Purchase.discount), 0),
               func.count(distinct(Purchase.member_id))).where(*in_month, counted)).one()
    voided = session.scalar(select(func.count()).select_from(Purchase)
                            .where(*in_month, Purchase.voided_at.is_not(None)))
    new_members = session.scalar(select(func.count()).select_from(Member).where(
        Member.status != MemberStatus.MERGED, Member.joined_on >= month.first,
        Member.joined_on <= month.last))
    opening = session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0))
                             .where(*day_range(PointsEntry.created_at, None,
                                               date.fromordinal(month.first.toordinal() - 1))))
    total, redeemed, expired = session.execute(entries_at(
        select(*_points_sums()), branch).where(*day_range(PointsEntry.created_at, month.first,
                                                          month.last))).one()
    return MonthFigures(
        month=month, branch=branch, revenue=int(revenue), purchases=purchases,
        discount=int(discount),
        voided=voided or 0, active_members=active, new_members=new_members or 0,
        opening_points=int(opening or 0), points=PointsFlow.of(*_ints(total, redeemed, expired)),
        closing_points=int(opening or 0) + int(total or 0), point_value=rules.point_value)


def summary_rows(figures: MonthFigures, made_at: datetime) -> list[Row]:
    f, flow = figures, figures.points
    if f.branch is not None:
        return [
            ("From", (Kind.DATE, f.month.first)), ("To", (Kind.DATE, f.month.last)),
            ("Branch", (Kind.TEXT, f.branch)), *_sales_rows(f),
            ("Points issued", (Kind.POINTS, flow.issued)),
            ("Points redeemed", (Kind.POINTS, flow.redeemed)),
            ("Exported at", (Kind.DATETIME, made_at)),
        ]
    return [
        ("From", (Kind.DATE, f.month.first)), ("To", (Kind.DATE, f.month.last)),
        *_sales_rows(f), ("New members", (Kind.COUNT, f.new_members)),
        ("Points outstanding at start", (Kind.POINTS, f.opening_points)),
        ("Points issued", (Kind.POINTS, flow.issued)),
        ("Points redeemed", (Kind.POINTS, flow.redeemed)),
        ("Points expired", (Kind.POINTS, flow.expired)),
        ("Points outstanding at end", (Kind.POINTS, f.closing_points)),
        ("Point value", (Kind.RUPIAH, f.point_value)),
        ("Points liability", (Kind.RUPIAH, f.liability)),
        ("Exported at", (Kind.DATETIME, made_at)),
    ]


def _sales_rows(f: MonthFigures) -> list[Row]:
    return [("Revenue", (Kind.RUPIAH, f.revenue)), ("Purchases", (Kind.COUNT, f.purchases)),
            ("Points discount", (Kind.RUPIAH, f.discount)),
            ("Voided purchases", (Kind.COUNT, f.voided)),
            ("Active members", (Kind.COUNT, f.active_members))]


def day_rows(session: Session, month: Month, branch: str | None = None) -> list[Row]:
    """One line per day of the month, days without business included (as zeros). A branch's
    lines leave new members and expired points empty: they are the whole shop's."""
    day = func.date(Purchase.purchased_at)
    sales = {_as_date(d): (n, int(r), int(x)) for d, n, r, x in session.execute(
        select(day, func.count(), func.sum(Purchase.amount), func.sum(Purchase.discount))
        .where(*day_range(Purchase.purchased_at, month.first, month.last),
               *at_branch(Purchase.branch, branch), Purchase.voided_at.is_(None))
        .group_by(day))}
    joined = dict(session.execute(
        select(Member.joined_on, func.count()).where(
            Member.status != MemberStatus.MERGED, Member.joined_on >= month.first,
            Member.joined_on <= month.last).group_by(Member.joined_on)).all())
    entry_day = func.date(PointsEntry.created_at)
    points = {_as_date(d): PointsFlow.of(*_ints(*sums)) for d, *sums in session.execute(
        entries_at(select(entry_day, *_points_sums()), branch)
        .where(*day_range(PointsEntry.created_at, month.first, month.last))
        .group_by(entry_day))}
    whole_shop = branch is None
    rows: list[Row] = []
    for d in month.days():
        n, revenue, discount = sales.get(d, (0, 0, 0))
        flow = points.get(d, PointsFlow())
        rows.append((d, n, revenue, discount, joined.get(d, 0) if whole_shop else None,
                     flow.issued, flow.redeemed, flow.expired if whole_shop else None))
    return rows


def _points_sums() -> tuple[ColumnElement[Any], ...]:
    def where(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((condition, PointsEntry.points), else_=0)), 0)

    return (func.coalesce(func.sum(PointsEntry.points), 0),
            where(PointsEntry.kind.in_(_REDEEMED)), where(PointsEntry.kind == Entry.EXPIRE))


def _ints(*values: Any) -> tuple[int, ...]:
    return tuple(int(v or 0) for v in values)


def _as_date(value: Any) -> date:
    """date() of a moment: text on SQLite, a date on PostgreSQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value
