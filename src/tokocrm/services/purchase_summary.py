"""Keeping each member's purchase summary (db/models.PurchaseSummary) true to the purchases.

Every write that adds, voids or moves purchases calls in here inside its own transaction, which
holds the member's lock: a purchase later than the member's last (nearly every sale at the
counter) updates the row in place; anything else (a back-dated sale, a void, a merge, an
import) recomputes the members it touched from their purchases. `tokocrm check` compares the
rows with the purchases.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, DateTime, bindparam, delete, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tokocrm.db.models import PurchaseSummary
from tokocrm.db.queries import purchase_gaps

CHUNK = 500  # members per statement when recomputing many
_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}  # with ON CONFLICT


def add(session: Session, member_id: int, at: datetime) -> None:
    """One purchase of the member's, just written, counted in: one statement when it is the
    member's latest, a recomputation when it was back-dated between two others."""
    upsert = _upsert(session.bind.dialect.name)
    if session.execute(upsert, {"member": member_id, "at": at}).rowcount == 0:
        refresh(session, [member_id])


@functools.cache
def _upsert(dialect: str) -> Any:
    """Built once: at every sale, building it anew cost SQLAlchemy a third of the sale."""
    first = _INSERTS[dialect](PurchaseSummary.__table__).values(
        member_id=bindparam("member"), purchases=1, first_at=bindparam("at", type_=DateTime),
        last_at=bindparam("at", type_=DateTime), gap_squares=0.0)
    summary, latest = PurchaseSummary.__table__.c, first.excluded.last_at
    gap = (purchase_gaps.day_number(dialect, latest)
           - purchase_gaps.day_number(dialect, summary.last_at))
    upsert = first.on_conflict_do_update(
        index_elements=[summary.member_id],
        set_={"purchases": summary.purchases + 1, "last_at": latest,
              "gap_squares": summary.gap_squares + gap * gap},
        where=latest >= summary.last_at)  # else no row changes: it was back-dated
    # psycopg keeps an INSERT's row count only when asked
    return upsert.execution_options(preserve_rowcount=True)


def refresh(session: Session, member_ids: Collection[int]) -> None:
    """Recompute the members' rows from their purchases, the session's changes included."""
    session.flush()
    recompute(session.connection(), member_ids)


def recompute(connection: Connection, member_ids: Collection[int] | None = None) -> None:
    """The members' rows (every member's without ids) from their purchases."""
    columns = [c.name for c in PurchaseSummary.__table__.columns]
    for chunk in _chunks(member_ids):
        wiped = delete(PurchaseSummary)
        if chunk is not None:
            wiped = wiped.where(PurchaseSummary.member_id.in_(chunk))
        connection.execute(wiped)
        connection.execute(insert(PurchaseSummary).from_select(
            columns, purchase_gaps.summed(connection.dialect.name, chunk)))


def _chunks(member_ids: Collection[int] | None) -> Iterator[Sequence[int] | None]:
    if member_ids is None:
        yield None
        return
    ordered = sorted(set(member_ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]
