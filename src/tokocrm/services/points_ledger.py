"""The points ledger inside a transaction: credit a lot, debit oldest lots first, balance.

Every service that moves points (purchases, redemptions, bonuses, expiry, merges) goes through
these functions with its own session, so the first-in-first-out bookkeeping lives in one place.
The caller holds the member's lock (lock_member) before reading a balance it will debit.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, PointsAllocation, PointsEntry
from tokocrm.domain.loyalty import Lot, take_oldest


class Kind:
    EARN, REDEEM, EXPIRE, REVERSAL, REFUND, ADJUST = (
        "earn", "redeem", "expire", "reversal", "refund", "adjust")
    WELCOME, BIRTHDAY, REFERRAL = "welcome", "birthday", "referral"
    MERGE_IN, MERGE_OUT = "merge-in", "merge-out"
    IMPORT = "import"  # an opening balance brought over from another system (issue #6)


# Built once: at the counter, building a statement costs more than SQLite takes to run it.
_BALANCE = select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
    PointsEntry.member_id == bindparam("member_id"))
_BONUS = select(PointsEntry.id).where(PointsEntry.bonus_key == bindparam("key"))
_NEW_ENTRY = insert(PointsEntry.__table__)


def lock_member(session: Session, member_id: int) -> None:
    """Serialise point changes per member: two tills redeeming at once take turns. SQLite's
    write transactions already start with BEGIN IMMEDIATE (one writer at a time). A member
    already locked in this transaction is not asked for again (one round trip saved)."""
    if session.get_bind().dialect.name == "sqlite":
        return
    transaction = session.get_transaction()
    held = session.info.get(_LOCKED)
    if held is None or held[0] is not transaction:
        held = session.info[_LOCKED] = (transaction, set())
    if member_id not in held[1]:
        session.execute(select(Member.id).where(Member.id == member_id).with_for_update())
        held[1].add(member_id)


_LOCKED = "tokocrm.locked_members"


def balance(session: Session, member_id: int) -> int:
    return int(session.scalar(_BALANCE, {"member_id": member_id}) or 0)


def bonus_given(session: Session, key: str) -> bool:
    """Whether the once-only bonus with this key is in the ledger already."""
    return session.scalar(_BONUS, {"key": key}) is not None


def open_lots(session: Session, member_id: int) -> list[Lot]:
    """The member's lots with points left, in the order they are used: soonest expiry first
    (a lot that never expires last), then oldest."""
    remaining = lot_remaining()
    query = (select(PointsEntry.id, remaining, PointsEntry.expires_on)
             .where(PointsEntry.member_id == member_id, PointsEntry.points > 0, remaining > 0)
             .order_by(PointsEntry.expires_on.is_(None), PointsEntry.expires_on, PointsEntry.id))
    return [Lot(id=i, remaining=int(r), expires_on=e) for i, r, e in session.execute(query)]


def lot_remaining():
    """What is left of the lot in the current row: its points less what debits took from it.
    Correlated, so it reads only that lot's allocations (indexed by lot_id), not the table."""
    used = (select(func.coalesce(func.sum(PointsAllocation.points), 0))
            .where(PointsAllocation.lot_id == PointsEntry.id).scalar_subquery())
    return PointsEntry.points - used


def credit(session: Session, member_id: int, points: int, kind: str, *, by: str,
           at: datetime, expires_on: date | None, **links: object) -> int:
    """A new lot of `points` (> 0); returns its id. `links`: purchase_id, redemption_id, reason,
    bonus_key. A member below zero (a void took back spent points) pays that debt from the new
    lot first, so the lot never shows points the balance does not have. The member is locked
    first: two tills crediting a member in debt must not both settle the same debt."""
    lock_member(session, member_id)
    in_debt = balance(session, member_id) < 0
    # A plain INSERT: every purchase credits a lot, and an append-only row needs no tracking.
    lot_id = session.execute(_NEW_ENTRY, dict(
        member_id=member_id, points=points, kind=kind, expires_on=expires_on, created_by=by,
        created_at=at, **links)).inserted_primary_key[0]
    if in_debt:
        _settle_debts(session, member_id, lot_id, points)
    return lot_id


def _settle_debts(session: Session, member_id: int, lot_id: int, points: int) -> None:
    covered = (select(func.coalesce(func.sum(PointsAllocation.points), 0))
               .where(PointsAllocation.debit_id == PointsEntry.id).scalar_subquery())
    owed = -PointsEntry.points - covered
    debts = (select(PointsEntry.id, owed)
             .where(PointsEntry.member_id == member_id, PointsEntry.points < 0, owed > 0)
             .order_by(PointsEntry.id))
    left = points
    for debit_id, amount in session.execute(debts).all():
        share = min(left, int(amount))
        if share <= 0:
            break
        session.add(PointsAllocation(debit_id=debit_id, lot_id=lot_id, points=share))
        left -= share
    session.flush()


def debit(session: Session, member_id: int, points: int, kind: str, *, by: str, at: datetime,
          lots: list[Lot] | None = None, **links: object) -> PointsEntry:
    """Take `points` (> 0) from the given lots (default: the member's, oldest first). What the
    lots cannot cover stays unallocated: the balance goes below zero (only a void may)."""
    entry = PointsEntry(member_id=member_id, points=-points, kind=kind, created_by=by,
                        created_at=at, **links)
    session.add(entry)
    session.flush()
    source = open_lots(session, member_id) if lots is None else lots
    session.add_all(PointsAllocation(debit_id=entry.id, lot_id=lot_id, points=share)
                    for lot_id, share in take_oldest(source, points))
    session.flush()
    return entry
