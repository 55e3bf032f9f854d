"""What a purchase does to points: redeem inside it, earn on what was paid, the birthday and
referral bonuses it triggers, and undoing all that when it is voided."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, PointsAllocation, PointsEntry, Purchase, Redemption, Reward
from tokocrm.domain import loyalty as rules_
from tokocrm.services import points_ledger as ledger
from tokocrm.services.actor import Actor
from tokocrm.services.loyalty import grant_birthday, tier_standing
from tokocrm.services.points_ledger import Kind

_COUNTED_PURCHASES = select(func.count()).where(
    Purchase.member_id == bindparam("member_id"), Purchase.voided_at.is_(None))


def award(session: Session, actor: Actor, member: Member, purchase: Purchase, now: datetime,
          rules: rules_.LoyaltyRules) -> int:
    """Points earned on the amount paid at the member's tier (this purchase included), plus
    the bonuses this visit triggers, under the transaction's `rules`. Returns the points
    earned by the purchase itself."""
    expires_on = rules_.expiry_date(now.date(), rules)
    tier = tier_standing(session, member.id, rules, now).tier
    earned = rules_.points_earned(purchase.amount, rules, tier)
    if earned > 0:
        ledger.credit(session, member.id, earned, Kind.EARN, by=actor.username, at=now,
                      expires_on=expires_on, purchase_id=purchase.id)
    if member.birthday is not None and member.birthday.month == now.month:
        grant_birthday(session, actor, member.id, rules, now)  # at the first visit this month
    if member.referred_by_id is not None and rules.referral_bonus > 0:
        _referral_on_first_purchase(session, actor, member, rules, now, expires_on)
    return earned


def _referral_on_first_purchase(session: Session, actor: Actor, member: Member,
                                rules: rules_.LoyaltyRules, now: datetime,
                                expires_on) -> None:
    if session.scalar(_COUNTED_PURCHASES, {"member_id": member.id}) != 1:
        return
    for who, role in ((member.id, "new"), (member.referred_by_id, "referrer")):
        key = f"referral:{member.id}:{role}"  # once, even if the first purchase is re-entered
        if not ledger.bonus_given(session, key):
            ledger.credit(session, who, rules.referral_bonus, Kind.REFERRAL, by=actor.username,
                          at=now, expires_on=expires_on, bonus_key=key)


def undo(session: Session, actor: Actor, purchase: Purchase, now: datetime) -> None:
    """A voided purchase takes back exactly the points it earned (its own lot first, then the
    oldest; below zero if they were spent) and gives back points redeemed in it."""
    ledger.lock_member(session, purchase.member_id)
    earned = session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
        PointsEntry.purchase_id == purchase.id, PointsEntry.kind == Kind.EARN)) or 0
    if earned > 0:
        lots = ledger.open_lots(session, purchase.member_id)
        own_ids = set(session.scalars(select(PointsEntry.id).where(
            PointsEntry.purchase_id == purchase.id, PointsEntry.kind == Kind.EARN)))
        own = [lot for lot in lots if lot.id in own_ids]
        ledger.debit(session, purchase.member_id, earned, Kind.REVERSAL, by=actor.username,
                     at=now, lots=own + [lot for lot in lots if lot not in own],
                     purchase_id=purchase.id, reason="purchase voided")
    for redemption in session.scalars(select(Redemption).where(
            Redemption.purchase_id == purchase.id)):
        _refund(session, actor, redemption, now)


def _refund(session: Session, actor: Actor, redemption: Redemption, now: datetime) -> None:
    """Points come back expiring when the latest of the lots they were taken from would have."""
    debit_id = session.scalar(select(PointsEntry.id).where(
        PointsEntry.redemption_id == redemption.id, PointsEntry.kind == Kind.REDEEM))
    expiry = session.scalar(
        select(func.max(PointsEntry.expires_on))
        .join(PointsAllocation, PointsAllocation.lot_id == PointsEntry.id)
        .where(PointsAllocation.debit_id == debit_id))
    ledger.credit(session, redemption.member_id, redemption.points, Kind.REFUND,
                  by=actor.username, at=now, expires_on=expiry,
                  redemption_id=redemption.id, reason="purchase voided")
    if redemption.reward_id is not None:
        reward = session.get(Reward, redemption.reward_id, with_for_update=True,
                             populate_existing=True)
        if reward is not None and reward.stock is not None:
            reward.stock += 1
