"""The one SQL aggregate segments are computed from: per member, purchases up to a day, those
in the 12 months before it and their spend, first and last purchase, and the sum of squared
gaps between consecutive purchases (a window function), from which the spread of the gaps
follows without loading a single purchase into Python."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Float, Select, and_, case, cast, func, null, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, Purchase
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.purchases import TWELVE_MONTHS
from tokocrm.domain.segments import History
from tokocrm.services.clock import end_of_day

BATCH = 5_000


def history_query(dialect: str, as_of: date, member_id: int | None = None,
                  gaps: bool = True) -> Select:
    """(member id, purchases, purchases in 12 months, spend in 12 months, first, last, sum of
    squared gaps in days) of every active member, as of the end of `as_of`. Without `gaps`
    the sum is NULL and the window function, most of the cost, is left out."""
    end = end_of_day(as_of)
    rows = (select(Purchase.member_id, Purchase.amount, Purchase.purchased_at.label("at"),
                   Purchase.id).where(Purchase.voided_at.is_(None), Purchase.purchased_at < end))
    if member_id is not None:
        rows = rows.where(Purchase.member_id == member_id)
    bought = _with_gaps(dialect, rows.subquery()) if gaps else rows.subquery()
    recent = bought.c.at >= end - TWELVE_MONTHS
    squares = func.sum(bought.c.gap * bought.c.gap) if gaps else null()
    per_member = (select(bought.c.member_id, func.count().label("purchases"),
                         func.sum(case((recent, 1), else_=0)).label("purchases_12m"),
                         func.sum(case((recent, bought.c.amount), else_=0)).label("spend_12m"),
                         func.min(bought.c.at).label("first"), func.max(bought.c.at).label("last"),
                         squares.label("gap_squares"))
                  .group_by(bought.c.member_id).subquery())
    query = (select(Member.id, per_member.c.purchases, per_member.c.purchases_12m,
                    per_member.c.spend_12m, per_member.c.first, per_member.c.last,
                    per_member.c.gap_squares)
             .outerjoin(per_member, per_member.c.member_id == Member.id)
             .where(and_(Member.status == MemberStatus.ACTIVE, Member.joined_on <= as_of)))
    if member_id is not None:
        query = query.where(Member.id == member_id)
    return query


def _with_gaps(dialect: str, rows: Any) -> Any:
    """The purchases with the days since the member's previous one (NULL for the first)."""
    days = select(rows, _day_number(dialect, rows.c.at).label("day")).subquery()
    # The day number is computed once per purchase (parsing SQLite's stored text is what costs).
    previous = func.lag(days.c.day).over(partition_by=days.c.member_id,
                                         order_by=(days.c.at, days.c.id))
    return select(days.c.member_id, days.c.amount, days.c.at,
                  (days.c.day - previous).label("gap")).subquery()


def active_members(session: Session, as_of: date) -> int:
    return int(session.scalar(select(func.count()).select_from(Member).where(
        Member.status == MemberStatus.ACTIVE, Member.joined_on <= as_of)) or 0)


def _day_number(dialect: str, moment: Any) -> Any:
    """A moment as a (fractional) number of days, for the gaps between purchases."""
    if dialect == "sqlite":
        return func.julianday(moment)
    return cast(func.extract("epoch", moment), Float) / 86_400


def histories(session: Session, as_of: date, member_id: int | None = None,
              gaps: bool = True) -> Iterator[tuple[int, History]]:
    query = history_query(session.bind.dialect.name, as_of, member_id, gaps)
    rows = session.connection().execute(query.execution_options(yield_per=BATCH))
    for member, purchases, purchases_12m, spend_12m, first, last, squares in rows:
        yield member, to_history(purchases, purchases_12m, spend_12m, first, last, squares)


def to_history(purchases: int | None, purchases_12m: int | None, spend_12m: int | None,
               first: datetime | str | None, last: datetime | str | None,
               gap_squares: float | None) -> History:
    if not purchases:
        return History()
    first, last = _moment(first), _moment(last)
    return History(purchases=purchases, purchases_12m=int(purchases_12m or 0),
                   spend_12m=int(spend_12m or 0), first=first.date(), last=last.date(),
                   gap_spread=_spread(purchases - 1, (last - first).total_seconds() / 86_400,
                                      gap_squares))


def _moment(value: datetime | str) -> datetime:
    # SQLite hands back min()/max() of a DateTime column as its stored text.
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _spread(gaps: int, total_days: float, squares: float | None) -> float | None:
    """Standard deviation of the gaps over their mean, from their count, sum and sum of
    squares; None without two gaps or when all purchases fell at one moment."""
    if gaps < 2 or total_days <= 0 or squares is None:
        return None
    mean = total_days / gaps
    variance = max(float(squares) / gaps - mean * mean, 0.0)
    return math.sqrt(variance) / mean

