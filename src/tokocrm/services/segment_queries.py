"""The figures segments are computed from, per member: purchases up to a day, those in the 12
months before it and their spend, first and last purchase, and the sum of squared gaps between
consecutive purchases, from which the spread of the gaps follows without loading a single
purchase into Python. For today they come from the members' purchase summaries plus the
12-month window; for a past day, from one aggregate over the purchases up to it (the gaps by
a window function)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, String, and_, case, cast, func, null, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, Purchase, PurchaseSummary
from tokocrm.db.queries import purchase_gaps
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.purchases import TWELVE_MONTHS
from tokocrm.domain.segments import History
from tokocrm.services.clock import end_of_day

# Rows fetched at a time. Small: a batch's rows kept alive past the garbage collector's first
# generation (700 new objects) make it walk the whole heap again and again at 100,000 members.
BATCH = 500
NO_PURCHASES = History()


def history_query(session: Session, as_of: date, member_id: int | None = None,
                  gaps: bool = True) -> Select:
    """(member id, purchases, 12-month figures, first, last, sum of squared gaps in days) of
    every active member, as of the end of `as_of` (to_history reads a row). Read from the
    members' purchase summaries when no purchase counted is later (today's segments), else
    summed from the purchases; then without `gaps` the sum is NULL and the window function,
    most of the cost, is left out."""
    if _summaries_hold(session, as_of):
        return from_summaries(as_of, member_id)
    return from_purchases(session.get_bind().dialect.name, as_of, member_id, gaps)


def _summaries_hold(session: Session, as_of: date) -> bool:
    later = select(Purchase.id).where(Purchase.purchased_at >= end_of_day(as_of),
                                      Purchase.voided_at.is_(None)).limit(1)
    return session.scalar(later) is None


def from_summaries(as_of: date, member_id: int | None) -> Select:
    # Only the 12-month figures slide with the day: each member's purchases in that window,
    # found through the covering index on (member, time) rather than by scanning them all.
    end = end_of_day(as_of)
    recent = (Purchase.member_id == Member.id, Purchase.voided_at.is_(None),
              Purchase.purchased_at >= end - TWELVE_MONTHS, Purchase.purchased_at < end)
    figures_12m = select(_figures_12m(func.count(), func.sum(Purchase.amount))).where(*recent)
    summary = PurchaseSummary
    query = (select(Member.id, summary.purchases, figures_12m.scalar_subquery(),
                    summary.first_at, summary.last_at, summary.gap_squares)
             .outerjoin(summary, summary.member_id == Member.id)
             .where(Member.status == MemberStatus.ACTIVE, Member.joined_on <= as_of))
    return query if member_id is None else query.where(Member.id == member_id)


def from_purchases(dialect: str, as_of: date, member_id: int | None, gaps: bool) -> Select:
    end = end_of_day(as_of)
    rows = (select(Purchase.member_id, Purchase.id, Purchase.amount,
                   Purchase.purchased_at.label("at"))
            .where(Purchase.voided_at.is_(None), Purchase.purchased_at < end))
    if member_id is not None:
        rows = rows.where(Purchase.member_id == member_id)
    bought = purchase_gaps.with_gaps(dialect, rows.subquery()) if gaps else rows.subquery()
    recent = bought.c.at >= end - TWELVE_MONTHS
    squares = func.sum(bought.c.gap * bought.c.gap) if gaps else null()
    figures_12m = _figures_12m(func.sum(case((recent, 1), else_=0)),
                               func.sum(case((recent, bought.c.amount), else_=0)))
    per_member = (select(bought.c.member_id, func.count().label("purchases"),
                         figures_12m.label("figures_12m"), func.min(bought.c.at).label("first"),
                         func.max(bought.c.at).label("last"), squares.label("gap_squares"))
                  .group_by(bought.c.member_id).subquery())
    query = (select(Member.id, per_member.c.purchases, per_member.c.figures_12m,
                    per_member.c.first, per_member.c.last, per_member.c.gap_squares)
             .outerjoin(per_member, per_member.c.member_id == Member.id)
             .where(and_(Member.status == MemberStatus.ACTIVE, Member.joined_on <= as_of)))
    return query if member_id is None else query.where(Member.id == member_id)


def _figures_12m(purchases: Any, spend: Any) -> Any:
    """Purchases and spend in the 12 months as one text, "purchases,spend": a scalar subquery
    gives one value, and one pass over a member's purchases for both saves a fifth of a run."""
    return cast(purchases, String) + "," + cast(func.coalesce(spend, 0), String)


def active_members(session: Session, as_of: date) -> int:
    return int(session.scalar(select(func.count()).select_from(Member).where(
        Member.status == MemberStatus.ACTIVE, Member.joined_on <= as_of)) or 0)


def histories(session: Session, as_of: date, member_id: int | None = None,
              gaps: bool = True) -> Iterator[tuple[int, History]]:
    query = history_query(session, as_of, member_id, gaps)
    rows = session.connection().execute(query.execution_options(yield_per=BATCH))
    for batch in rows.partitions():  # a batch at a time: SQLAlchemy's per-row fetch costs more
        for member, purchases, figures_12m, first, last, gap_squares in batch:
            yield member, to_history(purchases, figures_12m, first, last, gap_squares)


def to_history(purchases: int | None, figures_12m: str | None, first: datetime | str | None,
               last: datetime | str | None, gap_squares: float | None) -> History:
    if not purchases:
        return NO_PURCHASES
    purchases_12m, spend_12m = figures_12m.split(",")
    if not isinstance(first, datetime):  # SQLite hands back min()/max() as the stored text
        first, last = datetime.fromisoformat(first), datetime.fromisoformat(last)
    spread = _spread(purchases - 1, (last - first).total_seconds() / 86_400, gap_squares)
    return History(purchases, int(purchases_12m), int(spend_12m), first.date(), last.date(),
                   spread)


def _spread(gaps: int, total_days: float, squares: float | None) -> float | None:
    """Standard deviation of the gaps over their mean, from their count, sum and sum of
    squares; None without two gaps or when all purchases fell at one moment."""
    if gaps < 2 or total_days <= 0 or squares is None:
        return None
    mean = total_days / gaps
    variance = max(float(squares) / gaps - mean * mean, 0.0)
    return math.sqrt(variance) / mean

