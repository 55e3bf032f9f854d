"""The owner's figures for one period (the 30 days up to a day), each a few SQL aggregates over
the purchase-time index. The dashboard asks for two periods and shows the trend between them.

Definitions (a "buyer" is a member with a purchase that was not voided):
- active members: members who bought in the period; visits and revenue: their purchases;
- new members: members who joined in the period;
- one-time-purchase rate: of members who ever bought by the period's end, the share who
  bought only once; repeat-purchase rate: of the period's buyers, the share who had bought
  before the period;
- 90-day retention: of members who bought in the 90 days before the last 90, the share who
  bought again in the last 90;
- conversion: of members who joined in the 90 days up to the period's end, the share who
  have bought;
- incomplete contact: active members with no phone (they cannot be sent a WhatsApp);
- points liability: the ledger's sum at the period's end times the Rupiah value of a point;
- open complaints: cases opened before the period's end and not resolved by then (resolved
  later counts as open); overdue complaints: those of them already past their due time then.
  A reopened case is taken as it stands now (its history is not replayed);
- average rating: the mean rating of the feedback given in the period.

For one branch, every figure made of purchases (active members, revenue, visits, one-time and
repeat rates, retention, conversion) counts that branch's purchases only, and the complaints
and rating its feedback only. New members, incomplete contact and the points liability stay
the whole shop's: a member belongs to no branch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from tokocrm.db.models import ComplaintCase, Feedback, Member, PointsEntry, Purchase
from tokocrm.domain.members import MemberStatus
from tokocrm.services.clock import end_of_day
from tokocrm.services.export_queries import at_branch
from tokocrm.services.loyalty_rules import load_rules

PERIOD_DAYS = 30
RETENTION_DAYS = 90


@dataclass(frozen=True)
class PeriodFigures:
    """None where a share has nobody to be a share of."""

    active_members: int
    new_members: int
    revenue: int  # Rupiah, from members' purchases
    visits: int
    one_time_rate: float | None
    repeat_rate: float | None
    retention_90: float | None
    conversion: float | None
    incomplete_contact: int
    points_liability: int  # Rupiah
    open_complaints: int
    overdue_complaints: int
    average_rating: float | None  # 1..5


def period_figures(session: Session, last_day: date, now: datetime | None = None,
                   branch: str | None = None) -> PeriodFigures:
    """The figures of the 30 days up to `last_day`, of one branch if given. Complaints are
    counted as they stand at its end, or at `now` when that comes first (today: a case due
    this evening is not late)."""
    end = end_of_day(last_day)
    start = end - timedelta(days=PERIOD_DAYS)
    sales = _Sales(session, branch)
    buyers, revenue, visits = sales.period(start, end)
    open_cases, overdue_cases = _complaints_open_at(session, min(end, now or end), branch)
    return PeriodFigures(
        active_members=buyers, new_members=_joined(session, start.date(), last_day),
        revenue=revenue, visits=visits, one_time_rate=sales.one_time_rate(end),
        repeat_rate=_share(sales.returning(start, end), buyers),
        retention_90=sales.retention(end), conversion=sales.conversion(last_day),
        incomplete_contact=_no_phone(session, last_day),
        points_liability=_liability(session, end),
        open_complaints=open_cases, overdue_complaints=overdue_cases,
        average_rating=_average_rating(session, start, end, branch))


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class _Sales:
    """The figures made of purchases: the shop's, or one branch's."""

    def __init__(self, session: Session, branch: str | None) -> None:
        self._session = session
        self._branch = branch

    def _sold(self, purchase=Purchase):
        """Not voided, and at the branch (of `purchase`, an alias in a correlated query)."""
        return and_(purchase.voided_at.is_(None), *at_branch(purchase.branch, self._branch))

    def _in(self, start: datetime, end: datetime):
        return and_(self._sold(), Purchase.purchased_at >= start, Purchase.purchased_at < end)

    def period(self, start: datetime, end: datetime) -> tuple[int, int, int]:
        buyers, revenue, visits = self._session.execute(
            select(func.count(func.distinct(Purchase.member_id)),
                   func.coalesce(func.sum(Purchase.amount), 0), func.count())
            .where(self._in(start, end))).one()
        return int(buyers), int(revenue), int(visits)

    def one_time_rate(self, end: datetime) -> float | None:
        per_member = (select(func.count().label("n"))
                      .where(self._sold(), Purchase.purchased_at < end)
                      .group_by(Purchase.member_id).subquery())
        buyers, once = self._session.execute(select(
            func.count(),
            func.coalesce(func.sum(case((per_member.c.n == 1, 1), else_=0)), 0))).one()
        return _share(int(once), int(buyers))

    def _buyers_in(self, start: datetime, end: datetime):
        return (select(Purchase.member_id).where(self._in(start, end))
                .group_by(Purchase.member_id))

    def _bought_between(self, member_id, start: datetime | None, end: datetime):
        """Whether the member bought in start..end (from the beginning when start is None)."""
        other = aliased(Purchase)
        found = exists().where(other.member_id == member_id, self._sold(other),
                               other.purchased_at < end)
        return found if start is None else found.where(other.purchased_at >= start)

    def _count(self, query) -> int:
        return int(self._session.scalar(query) or 0)

    def returning(self, start: datetime, end: datetime) -> int:
        buyers = self._buyers_in(start, end).subquery()
        return self._count(select(func.count()).select_from(buyers).where(
            self._bought_between(buyers.c.member_id, None, start)))

    def retention(self, end: datetime) -> float | None:
        window = timedelta(days=RETENTION_DAYS)
        earlier = self._buyers_in(end - 2 * window, end - window).subquery()
        total = self._count(select(func.count()).select_from(earlier))
        kept = self._count(select(func.count()).select_from(earlier).where(
            self._bought_between(earlier.c.member_id, end - window, end)))
        return _share(kept, total)

    def conversion(self, last_day: date) -> float | None:
        joined = (select(Member.id).where(
            Member.status != MemberStatus.MERGED, Member.joined_on <= last_day,
            Member.joined_on > last_day - timedelta(days=RETENTION_DAYS)).subquery())
        total = self._count(select(func.count()).select_from(joined))
        bought = self._count(select(func.count()).select_from(joined).where(
            self._bought_between(joined.c.id, None, end_of_day(last_day))))
        return _share(bought, total)


def _joined(session: Session, first: date, last: date) -> int:
    return int(session.scalar(select(func.count()).select_from(Member).where(
        Member.status != MemberStatus.MERGED, Member.joined_on >= first,
        Member.joined_on <= last)) or 0)


def _no_phone(session: Session, last_day: date) -> int:
    return int(session.scalar(select(func.count()).select_from(Member).where(
        Member.status == MemberStatus.ACTIVE, Member.joined_on <= last_day,
        Member.phone.is_(None))) or 0)


def _liability(session: Session, end: datetime) -> int:
    outstanding = session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0))
                                 .where(PointsEntry.created_at < end)) or 0
    return int(outstanding) * load_rules(session).point_value


def _complaints_open_at(session: Session, end: datetime, branch: str | None
                        ) -> tuple[int, int]:
    """Cases open at `end`, and of those the ones past due then (as domain.feedback's
    is_overdue: due strictly before that moment)."""
    unresolved = or_(ComplaintCase.resolved_at.is_(None), ComplaintCase.resolved_at >= end)
    query = (select(func.count(), func.coalesce(
        func.sum(case((ComplaintCase.due_at < end, 1), else_=0)), 0))
        .where(ComplaintCase.opened_at < end, unresolved))
    if branch is not None:
        query = query.join(Feedback, Feedback.id == ComplaintCase.feedback_id).where(
            Feedback.branch == branch)
    open_cases, overdue = session.execute(query).one()
    return int(open_cases), int(overdue)


def _average_rating(session: Session, start: datetime, end: datetime, branch: str | None
                    ) -> float | None:
    average = session.scalar(select(func.avg(Feedback.rating)).where(
        Feedback.created_at >= start, Feedback.created_at < end,
        *at_branch(Feedback.branch, branch)))
    return None if average is None else float(average)  # PostgreSQL's avg is a Decimal
