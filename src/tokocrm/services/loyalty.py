"""The loyalty program: rules, standing, rewards, redemption, adjustments, the daily run."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, extract, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, PointsEntry, Purchase, Redemption, Reward
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain import loyalty as rules_
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import InvalidField, NotFound
from tokocrm.domain.loyalty import LoyaltyRules, RewardKind, RewardTerms, TierStanding
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.purchases import TWELVE_MONTHS
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services import points_ledger as ledger
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.loyalty_rules import load_rules, rules_to_json, save_rules
from tokocrm.services.points_ledger import Kind
from tokocrm.services.progress import Cancel, Progress

EXPIRING_WINDOW = timedelta(days=30)
BATCH = 500  # lots or members per transaction in the daily run: short write locks


class Unset:
    """Marks an argument left out, where None is a meaningful value (unlimited stock)."""


UNSET = Unset()
REWARD_NAME_MAX = 80  # the reward.name column


@dataclass(frozen=True)
class PointsStanding:
    balance: int
    tier: TierStanding
    expiring_soon: int  # points that expire within 30 days
    next_expiry: date | None


@dataclass(frozen=True)
class RewardRow:
    id: int
    name: str
    kind: RewardKind
    points: int
    value: int | None
    cap: int | None
    stock: int | None
    active: bool


@dataclass(frozen=True)
class RedemptionRow:
    id: int
    member_id: int
    reward_id: int | None
    points: int
    discount: int
    balance_after: int


@dataclass(frozen=True)
class PointsRow:
    id: int
    points: int
    kind: str
    reason: str | None
    purchase_id: int | None  # the purchase it was earned in, or redeemed in
    expires_on: date | None
    created_by: str
    created_at: datetime
    reward: str | None = None  # the catalog reward it was redeemed for


@dataclass(frozen=True)
class ProgramTotals:
    issued: int  # earned and given, less reversals and downward adjustments
    redeemed: int
    expired: int
    outstanding: int
    liability: int  # outstanding points at their Rupiah value
    members_below_zero: int


@dataclass(frozen=True)
class DailyRun:
    expired_lots: int
    expired_points: int
    birthday_bonuses: int
    cancelled: bool = False  # stopped part-way; the next run does the rest


@retries_conflicts
class LoyaltyService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- rules -------------------------------------------------------------------------------
    def rules(self, actor: Actor) -> LoyaltyRules:
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            return load_rules(session)

    def set_rules(self, actor: Actor, rules: LoyaltyRules) -> LoyaltyRules:
        """Effective from now on; entries already in the ledger never change."""
        require(actor, Permission.CHANGE_LOYALTY_RULES)
        checked = rules.validated()
        with self._sessions.begin() as session:
            old = rules_to_json(load_rules(session))
            save_rules(session, checked)
            audit.record(session, actor, self._clock(), AuditAction.RULES_CHANGED,
                         "loyalty rules", old=old, new=rules_to_json(checked))
        return checked

    # -- a member's points -------------------------------------------------------------------
    def standing(self, actor: Actor, member_id: int) -> PointsStanding:
        require(actor, Permission.READ_MEMBERS)
        today = self._clock().date()
        with self._sessions() as session:
            _member(session, member_id)
            lots = ledger.open_lots(session, member_id)
            soon = [lot for lot in lots if lot.expires_on is not None
                    and lot.expires_on <= today + EXPIRING_WINDOW]
            return PointsStanding(
                balance=ledger.balance(session, member_id),
                tier=tier_standing(session, member_id, load_rules(session), self._clock()),
                expiring_soon=sum(lot.remaining for lot in soon),
                next_expiry=min((lot.expires_on for lot in soon), default=None))

    def history(self, actor: Actor, member_id: int, limit: int = 200) -> list[PointsRow]:
        require(actor, Permission.READ_MEMBERS)
        query = (select(PointsEntry, Redemption.purchase_id, Reward.name)
                 .outerjoin(Redemption, Redemption.id == PointsEntry.redemption_id)
                 .outerjoin(Reward, Reward.id == Redemption.reward_id)
                 .where(PointsEntry.member_id == member_id)
                 .order_by(PointsEntry.id.desc()).limit(limit))
        with self._sessions() as session:
            return [PointsRow(e.id, e.points, e.kind, e.reason, e.purchase_id or paid_in,
                              e.expires_on, e.created_by, e.created_at, reward)
                    for e, paid_in, reward in session.execute(query)]

    def adjust(self, actor: Actor, member_id: int, points: int, reason: str) -> int:
        """Add or take points by hand (owner only, with a reason); returns the new balance."""
        require(actor, Permission.ADJUST_POINTS)
        reason = " ".join((reason or "").split())
        if not reason:
            raise InvalidField(field="reason", value=reason, reason="required")
        if isinstance(points, bool) or not isinstance(points, int) or points == 0:
            raise InvalidField(field="points", value=points, reason="not_points")
        now = self._clock()
        with self._sessions.begin() as session:
            _member(session, member_id)
            ledger.lock_member(session, member_id)
            if points > 0:
                rules = load_rules(session)
                ledger.credit(session, member_id, points, Kind.ADJUST, by=actor.username,
                              at=now, expires_on=rules_.expiry_date(now.date(), rules),
                              reason=reason)
            else:
                _refuse_overdraw(session, member_id, -points)
                ledger.debit(session, member_id, -points, Kind.ADJUST, by=actor.username,
                             at=now, reason=reason)
            balance = ledger.balance(session, member_id)
            audit.record(session, actor, now, AuditAction.POINTS_ADJUSTED,
                         f"member {member_id}", points=points, reason=reason, balance=balance)
            return balance

    # -- rewards -----------------------------------------------------------------------------
    def rewards(self, actor: Actor, include_inactive: bool = False) -> list[RewardRow]:
        require(actor, Permission.READ_MEMBERS)
        query = select(Reward).order_by(Reward.points, Reward.name)
        if not include_inactive:
            query = query.where(Reward.active.is_(True))
        with self._sessions() as session:
            return [_reward_row(r) for r in session.scalars(query)]

    def add_reward(self, actor: Actor, name: str, terms: RewardTerms,
                   stock: int | None = None) -> RewardRow:
        require(actor, Permission.MANAGE_REWARDS)
        name = " ".join((name or "").split())
        if not name:
            raise InvalidField(field="name", value=name, reason="required")
        if len(name) > REWARD_NAME_MAX:  # PostgreSQL would refuse the row; SQLite keeps it
            raise InvalidField(field="name", value=name, reason="too_long",
                               limit=REWARD_NAME_MAX)
        if terms.kind != RewardKind.FREE_ITEM and terms.value is None:
            raise InvalidField(field="value", value=None, reason="needs_value")
        terms = terms.validated()
        _check_stock(stock)
        try:
            with self._sessions.begin() as session:
                reward = Reward(name=name, kind=terms.kind.value, points=terms.points,
                                value=terms.value, cap=terms.cap, stock=stock, active=True,
                                created_at=self._clock())
                session.add(reward)
                session.flush()
                audit.record(session, actor, self._clock(), AuditAction.REWARD_ADDED,
                             f"reward {reward.id}", name=name, terms=asdict(terms), stock=stock)
                return _reward_row(reward)
        except IntegrityError as error:
            raise InvalidField(field="name", value=name, reason="exists") from error

    def update_reward(self, actor: Actor, reward_id: int, *, active: bool | None = None,
                      stock: int | Unset | None = UNSET) -> RewardRow:
        """Switch a reward on or off, or set its stock (None = unlimited). Its name, kind and
        cost never change: past redemptions keep meaning what they meant."""
        require(actor, Permission.MANAGE_REWARDS)
        if not isinstance(stock, Unset):
            _check_stock(stock)
        with self._sessions.begin() as session:
            reward = _reward(session, reward_id)
            old = {"active": reward.active, "stock": reward.stock}
            if active is not None:
                reward.active = active
            if not isinstance(stock, Unset):
                reward.stock = stock
            audit.record(session, actor, self._clock(), AuditAction.REWARD_CHANGED,
                         f"reward {reward.id}", name=reward.name, old=old,
                         new={"active": reward.active, "stock": reward.stock})
            return _reward_row(reward)

    def redeem(self, actor: Actor, member_id: int, reward_id: int) -> RedemptionRow:
        """A catalog reward on its own (a free item, or a voucher for the counter)."""
        require(actor, Permission.REDEEM_POINTS)
        now = self._clock()
        with self._sessions.begin() as session:
            member = _member(session, member_id)
            redemption = redeem_in(session, actor, member.id, now, reward_id=reward_id)
            return _redemption_row(session, redemption)

    # -- the whole program -------------------------------------------------------------------
    def totals(self, actor: Actor) -> ProgramTotals:
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            by_kind = dict(session.execute(select(PointsEntry.kind, func.sum(PointsEntry.points))
                                           .group_by(PointsEntry.kind)).all())
            below = select(PointsEntry.member_id).group_by(PointsEntry.member_id).having(
                func.sum(PointsEntry.points) < 0).subquery()
            members_below = session.scalar(select(func.count()).select_from(below)) or 0
            value = load_rules(session).point_value
        redeemed = -(by_kind.get(Kind.REDEEM, 0) + by_kind.get(Kind.REFUND, 0))
        expired = -by_kind.get(Kind.EXPIRE, 0)
        outstanding = sum(by_kind.values())
        return ProgramTotals(issued=outstanding + redeemed + expired, redeemed=redeemed,
                             expired=expired, outstanding=outstanding,
                             liability=outstanding * value, members_below_zero=members_below)

    def expire(self, actor: Actor, as_of: date | None = None) -> DailyRun:
        """Expire what is left of every lot whose expiry day has come. A second run for the
        same day finds nothing left to expire."""
        require(actor, Permission.RUN_DAILY)
        steps = _Steps(None, None)
        lots, points = self._expire_in_batches(actor, as_of or self._clock().date(), steps)
        return DailyRun(expired_lots=lots, expired_points=points, birthday_bonuses=0)

    def run_daily(self, actor: Actor, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> DailyRun:
        """What the app does when it starts: expiry, then this month's birthday bonuses. Works
        in batches, each committed: cancel() stops between two, and the next run does the rest."""
        require(actor, Permission.RUN_DAILY)
        today = self._clock().date()
        with self._sessions() as session:
            due = session.scalar(select(func.count()).select_from(_due_lots(today).subquery()))
            birthdays = birthday_members(session, today)
        steps = _Steps(progress, cancel, total=(due or 0) + len(birthdays))
        lots, points = self._expire_in_batches(actor, today, steps)
        given = self._birthdays_in_batches(actor, birthdays, steps)
        return DailyRun(lots, points, given, cancelled=steps.stopped)

    def _expire_in_batches(self, actor: Actor, as_of: date, steps: _Steps) -> tuple[int, int]:
        lots = points = 0
        while not steps.stopped:
            with self._sessions.begin() as session:
                count, total = expire_lots(session, actor, as_of, self._clock(), BATCH)
            lots, points = lots + count, points + total
            steps.advance(count)
            if count < BATCH:
                break
        return lots, points

    def _birthdays_in_batches(self, actor: Actor, member_ids: list[int], steps: _Steps) -> int:
        given = 0
        for start in range(0, len(member_ids), BATCH):
            if steps.stopped:
                break
            now = self._clock()
            with self._sessions.begin() as session:
                rules = load_rules(session)
                for member_id in member_ids[start:start + BATCH]:
                    given += grant_birthday(session, actor, member_id, rules, now)
            steps.advance(len(member_ids[start:start + BATCH]))
        return given


class _Steps:
    """Progress of a batched job, and whether the user asked it to stop."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None, total: int = 0) -> None:
        self._progress, self._cancel, self.total, self.done = progress, cancel, total, 0
        self.stopped = False

    def advance(self, count: int) -> None:
        self.done = min(self.done + count, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.stopped = self.stopped or (self._cancel is not None and self._cancel())


# -- helpers shared with the purchase service ------------------------------------------------
# Built once (it runs at every purchase); ix_purchase_member_time_amount covers it.
_SPEND_12M = select(func.coalesce(func.sum(Purchase.amount), 0)).where(
    Purchase.member_id == bindparam("member_id"), Purchase.voided_at.is_(None),
    Purchase.purchased_at > bindparam("since"), Purchase.purchased_at <= bindparam("now"))


def tier_standing(session: Session, member_id: int, rules: LoyaltyRules,
                  now: datetime) -> TierStanding:
    since = now - TWELVE_MONTHS
    spend = session.scalar(_SPEND_12M, {"member_id": member_id, "since": since, "now": now})
    return rules_.tier_for(int(spend or 0), rules.tiers)


def redeem_in(session: Session, actor: Actor, member_id: int, now: datetime, *,
              reward_id: int | None = None, pay_points: int = 0,
              purchase_amount: int | None = None,
              rules: LoyaltyRules | None = None) -> Redemption:
    """Spend points on a reward or as payment, inside the caller's transaction. Refused with
    the balance named when it would overdraw. `rules`: the transaction's, if already read."""
    ledger.lock_member(session, member_id)
    if reward_id is not None and pay_points:
        raise InvalidField(field="points", value=pay_points, reason="reward_or_points")
    if reward_id is not None:
        reward = _reward(session, reward_id, lock=True)  # after the member: one lock order
        _check_redeemable(reward)
        terms = RewardTerms(RewardKind(reward.kind), reward.points, reward.value, reward.cap)
        points, discount = reward.points, rules_.reward_discount(terms, purchase_amount)
        if reward.stock is not None:
            reward.stock -= 1
    else:
        points = pay_points
        point_value = (rules or load_rules(session)).point_value
        discount = min(points * point_value, purchase_amount or 0)
    if points <= 0:
        raise InvalidField(field="points", value=points, reason="not_points")
    _refuse_overdraw(session, member_id, points)
    redemption = Redemption(member_id=member_id, reward_id=reward_id, points=points,
                            discount=discount, till=actor.till, branch=actor.branch,
                            created_by=actor.username, created_at=now)
    session.add(redemption)
    session.flush()
    ledger.debit(session, member_id, points, Kind.REDEEM, by=actor.username, at=now,
                 redemption_id=redemption.id)
    return redemption


def _due_lots(as_of: date):
    remaining = ledger.lot_remaining()
    return (select(PointsEntry.id, PointsEntry.member_id, PointsEntry.expires_on)
            .where(PointsEntry.points > 0, PointsEntry.expires_on <= as_of, remaining > 0))


def expire_lots(session: Session, actor: Actor, as_of: date, now: datetime,
                limit: int | None = None) -> tuple[int, int]:
    """Expire up to `limit` due lots; returns (lots, points). Each member is locked and the
    lot re-read first, so two tills running the daily job at once cannot expire it twice."""
    count = total = 0
    for lot_id, member_id, expires_on in session.execute(
            _due_lots(as_of).order_by(PointsEntry.id).limit(limit)).all():
        ledger.lock_member(session, member_id)
        left = session.scalar(select(ledger.lot_remaining()).where(PointsEntry.id == lot_id))
        if not left or left <= 0:
            continue
        lot = rules_.Lot(id=lot_id, remaining=int(left), expires_on=expires_on)
        ledger.debit(session, member_id, lot.remaining, Kind.EXPIRE, by=actor.username,
                     at=now, lots=[lot], reason=f"expired on {expires_on.isoformat()}")
        count, total = count + 1, total + lot.remaining
    return count, total


def birthday_members(session: Session, today: date) -> list[int]:
    query = select(Member.id).where(Member.status == MemberStatus.ACTIVE,
                                    extract("month", Member.birthday) == today.month)
    return list(session.scalars(query))


def grant_birthday(session: Session, actor: Actor, member_id: int, rules: LoyaltyRules,
                   now: datetime) -> int:
    """The birthday bonus once a year, in the birthday month; 1 if given now, else 0."""
    if rules.birthday_bonus <= 0:
        return 0
    key = f"birthday:{now.year}:{member_id}"
    if ledger.bonus_given(session, key):
        return 0
    ledger.credit(session, member_id, rules.birthday_bonus, Kind.BIRTHDAY, by=actor.username,
                  at=now, expires_on=rules_.expiry_date(now.date(), rules), bonus_key=key)
    return 1


def _refuse_overdraw(session: Session, member_id: int, points: int) -> None:
    balance = ledger.balance(session, member_id)
    if points > balance:
        raise InvalidField(field="points", value=points, reason="not_enough_points",
                           balance=balance)


def _check_stock(stock: int | None) -> None:
    if stock is not None and (isinstance(stock, bool) or not isinstance(stock, int)
                              or not 0 <= stock <= 10**9):
        raise InvalidField(field="stock", value=stock, reason="out_of_range", low=0,
                           high=10**9)


def _check_redeemable(reward: Reward) -> None:
    if not reward.active:
        raise InvalidField(field="reward", value=reward.name, reason="inactive")
    if reward.stock is not None and reward.stock <= 0:
        raise InvalidField(field="reward", value=reward.name, reason="out_of_stock")


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(thing="member", key=member_id)
    return member


def _reward(session: Session, reward_id: int, *, lock: bool = False) -> Reward:
    """`lock`: hold the row to the end of the transaction, so two tills (for two members)
    cannot both take the last one in stock."""
    reward = session.get(Reward, reward_id, with_for_update=lock or None,
                         populate_existing=lock)
    if reward is None:
        raise NotFound(thing="reward", key=reward_id)
    return reward


def _reward_row(reward: Reward) -> RewardRow:
    return RewardRow(reward.id, reward.name, RewardKind(reward.kind), reward.points,
                     reward.value, reward.cap, reward.stock, reward.active)


def _redemption_row(session: Session, redemption: Redemption) -> RedemptionRow:
    return RedemptionRow(redemption.id, redemption.member_id, redemption.reward_id,
                         redemption.points, redemption.discount,
                         ledger.balance(session, redemption.member_id))


