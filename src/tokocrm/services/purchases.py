"""Purchases: record at the counter, void with a reason, list for the books."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from sqlalchemy import Select, bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, ProductCategory, Purchase, Redemption, purchase_category
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain import money
from tokocrm.domain import purchases as rules
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import AlreadyVoided, DuplicateReceipt, InvalidField, NotFound
from tokocrm.domain.loyalty import LoyaltyRules
from tokocrm.domain.members import MemberStatus, optional_text
from tokocrm.domain.roles import Permission
from tokocrm.services import audit, purchase_points, purchase_summary
from tokocrm.services import points_ledger as ledger
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, end_of_day, local_now
from tokocrm.services.dto import MemberStats, PurchaseInput, PurchaseRow
from tokocrm.services.loyalty import redeem_in
from tokocrm.services.loyalty_rules import load_rules

_BY_RECEIPT = select(Purchase.id).where(Purchase.receipt == bindparam("receipt"))


@retries_conflicts
class PurchaseService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(self, actor: Actor, data: PurchaseInput) -> PurchaseRow:
        require(actor, Permission.RECORD_PURCHASE)
        now = self._clock()
        values = self._validate(actor, data, now)
        try:
            with self._sessions.begin() as session:
                # Before reading the member: a merge under way finishes first, so the sale
                # goes to the member it leaves (a merged card leads there). Before the
                # purchase row too: on PostgreSQL its foreign key takes a share lock on the
                # member, and two tills upgrading theirs later would deadlock.
                ledger.lock_member(session, data.member_id)
                member = _active_member(session, data.member_id)
                ledger.lock_member(session, member.id)
                _refuse_duplicate_receipt(session, values["receipt"])
                categories = _categories(session, data.category_ids)
                rules = load_rules(session)  # once: the redemption and the points share them
                redemption = self._redeem(session, actor, member.id, data, values["amount"],
                                          now, rules)
                discount = redemption.discount if redemption else 0
                purchase = Purchase(member_id=member.id, recorded_by=actor.username,
                                    till=actor.till, branch=actor.branch, recorded_at=now,
                                    discount=discount,
                                    **(values | {"amount": values["amount"] - discount}))
                session.add(purchase)
                session.flush()
                purchase_summary.add(session, member.id, purchase.purchased_at)
                if redemption is not None:
                    redemption.purchase_id = purchase.id
                _link_categories(session, purchase.id, categories)
                earned = purchase_points.award(session, actor, member, purchase, now, rules)
                return replace(to_row(purchase, member.card, tuple(c.name for c in categories)),
                               points_earned=earned)
        except IntegrityError:  # a second till saved the same receipt a moment ago
            with self._sessions() as session:
                _refuse_duplicate_receipt(session, values["receipt"])
            raise

    def void(self, actor: Actor, purchase_id: int, reason: str) -> PurchaseRow:
        require(actor, Permission.VOID_PURCHASE)
        reason = rules.clean_void_reason(reason)
        now = self._clock()
        with self._sessions.begin() as session:
            purchase = session.get(Purchase, purchase_id)
            if purchase is None:
                raise NotFound(thing="purchase", key=purchase_id)
            if purchase.voided_at is not None:
                raise AlreadyVoided(purchase_id=purchase_id)
            if purchase.purchased_at.date() < now.date():
                require(actor, Permission.VOID_OLD_PURCHASE)
            purchase.voided_at, purchase.voided_by, purchase.void_reason = (
                now, actor.username, reason)
            purchase_points.undo(session, actor, purchase, now)
            purchase_summary.refresh(session, [purchase.member_id])
            audit.record(session, actor, now, AuditAction.PURCHASE_VOIDED,
                         f"purchase {purchase.id}", amount=purchase.amount, reason=reason,
                         purchased_at=purchase.purchased_at)
            return _rows(session, [purchase])[0]

    def list(self, actor: Actor, member_id: int | None = None, date_from: date | None = None,
             date_to: date | None = None, limit: int | None = None) -> list[PurchaseRow]:
        """Purchases oldest first, voided ones included and marked; dates are inclusive."""
        require(actor, Permission.READ_MEMBERS)
        query = select(Purchase)
        if member_id is not None:
            query = query.where(Purchase.member_id == member_id)
        if date_from is not None:
            query = query.where(Purchase.purchased_at >= datetime.combine(date_from, time()))
        if date_to is not None:
            end = end_of_day(date_to)
            query = query.where(Purchase.purchased_at < end)
        query = query.order_by(Purchase.purchased_at, Purchase.id).limit(limit)
        with self._sessions() as session:
            return _rows(session, list(session.scalars(query)))

    def recent(self, actor: Actor, member_id: int, limit: int = 50) -> list[PurchaseRow]:
        """A member's latest purchases, newest first (the profile's history)."""
        require(actor, Permission.READ_MEMBERS)
        query = (select(Purchase).where(Purchase.member_id == member_id)
                 .order_by(Purchase.purchased_at.desc(), Purchase.id.desc()).limit(limit))
        with self._sessions() as session:
            return _rows(session, list(session.scalars(query)))

    def stats(self, actor: Actor, member_id: int) -> MemberStats:
        """Visits, spend, average basket, first and last visit, favourite categories;
        voided purchases count for nothing."""
        require(actor, Permission.READ_MEMBERS)
        counted = (Purchase.member_id == member_id, Purchase.voided_at.is_(None))
        totals = select(func.count(), func.coalesce(func.sum(Purchase.amount), 0),
                        func.min(Purchase.purchased_at), func.max(Purchase.purchased_at))
        with self._sessions() as session:
            visits, spend, first, last = session.execute(totals.where(*counted)).one()
            top = tuple((name, n) for name, n in session.execute(favourites_query(member_id)))
        return MemberStats(visits=visits, total_spend=int(spend),
                           average_basket=int(spend) // visits if visits else 0,
                           first_visit=first, last_visit=last, favourite_categories=top)

    @staticmethod
    def _redeem(session: Session, actor: Actor, member_id: int, data: PurchaseInput,
                amount: int, now: datetime, rules: LoyaltyRules) -> Redemption | None:
        if data.reward_id is None and not data.pay_points:
            return None
        require(actor, Permission.REDEEM_POINTS)
        return redeem_in(session, actor, member_id, now, reward_id=data.reward_id,
                         pay_points=data.pay_points, purchase_amount=amount, rules=rules)

    def _validate(self, actor: Actor, data: PurchaseInput, now: datetime) -> dict:
        at = rules.check_purchase_time(data.at or now, now)
        if rules.is_backdated(at, now):
            require(actor, Permission.BACKDATE_PURCHASE)
        return {
            "amount": money.check_purchase_amount(data.amount),
            "purchased_at": at,
            "receipt": rules.clean_receipt(data.receipt),
            "items_count": rules.check_items(data.items_count),
            "note": optional_text(data.note, "note"),
        }


def favourites_query(member_id: int, limit: int = 3) -> Select:
    """(category, purchases) the member bought most often, voided purchases left out; ties
    by name, so the first is the same every time (a message's {kategori_favorit})."""
    link = purchase_category.c
    return (select(ProductCategory.name, func.count().label("n"))
            .join(purchase_category, link.category_id == ProductCategory.id)
            .join(Purchase, Purchase.id == link.purchase_id)
            .where(Purchase.member_id == member_id, Purchase.voided_at.is_(None))
            .group_by(ProductCategory.name)
            .order_by(func.count().desc(), ProductCategory.name).limit(limit))


def to_row(purchase: Purchase, card: str, categories: tuple[str, ...]) -> PurchaseRow:
    return PurchaseRow(
        id=purchase.id, member_id=purchase.member_id, card=card, amount=purchase.amount,
        purchased_at=purchase.purchased_at, receipt=purchase.receipt,
        items_count=purchase.items_count, note=purchase.note, till=purchase.till,
        recorded_by=purchase.recorded_by, voided=purchase.voided_at is not None,
        void_reason=purchase.void_reason, categories=categories, discount=purchase.discount,
        branch=purchase.branch)


def _rows(session: Session, purchases: list[Purchase]) -> list[PurchaseRow]:
    """Rows with their member's card and categories, in two queries for the whole list."""
    ids = [p.id for p in purchases]
    cards = dict(session.execute(select(Member.id, Member.card).where(
        Member.id.in_({p.member_id for p in purchases}))).all())
    names: dict[int, list[str]] = {}
    links = (select(purchase_category.c.purchase_id, ProductCategory.name)
             .join(ProductCategory, ProductCategory.id == purchase_category.c.category_id)
             .where(purchase_category.c.purchase_id.in_(ids)).order_by(ProductCategory.name))
    for purchase_id, name in session.execute(links):
        names.setdefault(purchase_id, []).append(name)
    return [to_row(p, cards[p.member_id], tuple(names.get(p.id, ()))) for p in purchases]


def _active_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    while member is not None and member.status == MemberStatus.MERGED:
        member = session.get(Member, member.merged_into_id)
    if member is None:
        raise NotFound(thing="member", key=member_id)
    return member


def _refuse_duplicate_receipt(session: Session, receipt: str | None) -> None:
    if receipt is None:
        return
    existing = session.scalar(_BY_RECEIPT, {"receipt": receipt})
    if existing is not None:
        raise DuplicateReceipt(receipt=receipt, purchase_id=existing)


def _categories(session: Session, ids: tuple[int, ...]) -> list[ProductCategory]:
    if not ids:  # most sales carry no category: no query for them
        return []
    found = list(session.scalars(select(ProductCategory).where(
        ProductCategory.id.in_(set(ids)), ProductCategory.active.is_(True))))
    if len(found) != len(set(ids)):
        missing = sorted(set(ids) - {c.id for c in found})
        raise InvalidField(field="category", value=missing, reason="unknown")
    return sorted(found, key=lambda c: c.name)


def _link_categories(session: Session, purchase_id: int, categories: list[ProductCategory]) -> None:
    if categories:
        session.execute(insert(purchase_category), [
            {"purchase_id": purchase_id, "category_id": c.id} for c in categories])
