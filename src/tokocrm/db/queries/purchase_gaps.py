"""Each member's purchases in figures (count, first, last, sum of squared gaps between
consecutive purchases), summed from the purchases themselves: what the purchase summaries
(db/models.PurchaseSummary) are rebuilt from and checked against."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, Select, cast, func, select

from tokocrm.db.models import Purchase


def summed(dialect: str, member_ids: Any = None) -> Select:
    """(member_id, purchases, first, last, gap_squares) per member with a purchase that
    counts (voided ones left out); only `member_ids`' (a list or an expression) when given."""
    rows = select(Purchase.member_id, Purchase.id, Purchase.purchased_at.label("at")).where(
        Purchase.voided_at.is_(None))
    if member_ids is not None:
        rows = rows.where(Purchase.member_id.in_(member_ids))
    gaps = with_gaps(dialect, rows.subquery())
    return (select(gaps.c.member_id, func.count().label("purchases"),
                   func.min(gaps.c.at).label("first_at"), func.max(gaps.c.at).label("last_at"),
                   func.coalesce(func.sum(gaps.c.gap * gaps.c.gap), 0.0).label("gap_squares"))
            .group_by(gaps.c.member_id))


def with_gaps(dialect: str, rows: Any) -> Any:
    """Purchase rows (member_id, id, at, ...) with the days since the member's previous
    purchase as `gap` (NULL for the first); the other columns are kept."""
    days = select(rows, day_number(dialect, rows.c.at).label("day")).subquery()
    # The day number is computed once per purchase (parsing SQLite's stored text is what costs).
    previous = func.lag(days.c.day).over(partition_by=days.c.member_id,
                                         order_by=(days.c.at, days.c.id))
    kept = [c for c in days.c if c.name != "day"]
    return select(*kept, (days.c.day - previous).label("gap")).subquery()


def day_number(dialect: str, moment: Any) -> Any:
    """A moment as a (fractional) number of days, for the gaps between purchases."""
    if dialect == "sqlite":
        return func.julianday(moment)
    return cast(func.extract("epoch", moment), Float) / 86_400
