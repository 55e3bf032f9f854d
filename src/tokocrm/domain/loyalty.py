"""Loyalty rules: how many points a purchase earns, which tier a member is in, what a reward
is worth, and which lots of points a debit takes (oldest first). Pure arithmetic on integers:
points are money the shop owes, so nothing here may round the wrong way or use a float."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from tokocrm.domain.errors import InvalidField

PERCENT = 100  # tier multipliers are whole percents: 125 = 1.25x


@dataclass(frozen=True)
class Tier:
    name: str
    min_spend: int  # Rupiah spent in the last 12 months to be in this tier
    multiplier_pct: int  # earning multiplier in percent (100 = 1x)


DEFAULT_TIERS = (Tier("Silver", 0, 100), Tier("Gold", 5_000_000, 125),
                 Tier("Platinum", 15_000_000, 150))


@dataclass(frozen=True)
class LoyaltyRules:
    rupiah_per_point: int = 10_000  # 1 point per Rp 10.000 paid, rounded down
    welcome_bonus: int = 10
    birthday_bonus: int = 20
    referral_bonus: int = 25  # to the referrer and to the new member, each
    expiry_months: int = 12  # 0 = points never expire
    point_value: int = 100  # Rupiah one point is worth, for the books and as payment
    tiers: tuple[Tier, ...] = field(default=DEFAULT_TIERS)

    def validated(self) -> LoyaltyRules:
        _whole("rupiah_per_point", self.rupiah_per_point, 1, 100_000_000)
        for name in ("welcome_bonus", "birthday_bonus", "referral_bonus"):
            _whole(name, getattr(self, name), 0, 1_000_000)
        _whole("expiry_months", self.expiry_months, 0, 120)
        _whole("point_value", self.point_value, 1, 1_000_000)
        return replace(self, tiers=validated_tiers(self.tiers))


def validated_tiers(tiers: tuple[Tier, ...]) -> tuple[Tier, ...]:
    ordered = tuple(sorted(tiers, key=lambda t: t.min_spend))
    if not ordered or ordered[0].min_spend != 0:
        raise InvalidField(field="tiers", value=len(tiers), reason="first_tier_from_zero")
    names = [t.name.strip() for t in ordered]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise InvalidField(field="tiers", value=", ".join(names), reason="tier_names")
    for tier in ordered:
        _whole("min_spend", tier.min_spend, 0, 10**13)
        _whole("multiplier", tier.multiplier_pct, 100, 1000)
    if len({t.min_spend for t in ordered}) != len(ordered):
        raise InvalidField(field="tiers", value=len(tiers), reason="tier_thresholds")
    return ordered


def _whole(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidField(field=name, value=value, reason="out_of_range", low=low, high=high)


# -- tiers and earning -------------------------------------------------------------------------
@dataclass(frozen=True)
class TierStanding:
    tier: Tier
    spend_12m: int
    next_tier: Tier | None
    to_next: int  # Rupiah more to spend to reach next_tier; 0 at the top


def tier_for(spend_12m: int, tiers: tuple[Tier, ...]) -> TierStanding:
    current = tiers[0]
    for tier in tiers:
        if spend_12m >= tier.min_spend:
            current = tier
    higher = [t for t in tiers if t.min_spend > current.min_spend]
    nxt = higher[0] if higher else None
    return TierStanding(current, spend_12m, nxt, nxt.min_spend - spend_12m if nxt else 0)


def points_earned(paid: int, rules: LoyaltyRules, tier: Tier) -> int:
    """Whole points for a payment: the base points are rounded down first, then the tier's
    multiplier applies and rounds down again (Rp 19.999 at 1x = 1 point)."""
    if paid <= 0:
        return 0
    base = paid // rules.rupiah_per_point
    return base * tier.multiplier_pct // PERCENT


# -- rewards -----------------------------------------------------------------------------------
class RewardKind(StrEnum):
    DISCOUNT_RP = "discount-rp"
    DISCOUNT_PCT = "discount-pct"
    FREE_ITEM = "free-item"


@dataclass(frozen=True)
class RewardTerms:
    kind: RewardKind
    points: int
    value: int | None = None  # Rupiah off (discount-rp) or percent off (discount-pct)
    cap: int | None = None  # at most this many Rupiah off (discount-pct)

    def validated(self) -> RewardTerms:
        _whole("points", self.points, 1, 10_000_000)
        if self.kind == RewardKind.DISCOUNT_RP:
            _whole("value", self.value, 1, 1_000_000_000)
        elif self.kind == RewardKind.DISCOUNT_PCT:
            _whole("value", self.value, 1, 100)
            if self.cap is not None:
                _whole("cap", self.cap, 1, 1_000_000_000)
        return self


def reward_discount(terms: RewardTerms, purchase_amount: int | None) -> int:
    """Rupiah off a purchase of `purchase_amount` (None: redeemed on its own). Never more
    than the purchase itself; a free item lowers nothing."""
    if terms.kind == RewardKind.FREE_ITEM:
        return 0
    if terms.kind == RewardKind.DISCOUNT_RP:
        off = terms.value or 0
    else:
        if purchase_amount is None:
            return 0
        off = purchase_amount * (terms.value or 0) // PERCENT
        if terms.cap is not None:
            off = min(off, terms.cap)
    return off if purchase_amount is None else min(off, purchase_amount)


def points_for_rupiah(rupiah: int, rules: LoyaltyRules) -> int:
    """Points needed to pay `rupiah` directly (rounded up: the shop is never short)."""
    return -(-rupiah // rules.point_value)


# -- lots and first-in-first-out ---------------------------------------------------------------
@dataclass(frozen=True)
class Lot:
    """Points that came in together (an earn, a bonus) and what is left of them."""

    id: int
    remaining: int
    expires_on: date | None


def take_oldest(lots: list[Lot], points: int) -> list[tuple[int, int]]:
    """(lot id, points) to take for a debit of `points`, oldest lots first. The caller has
    checked the balance covers it; a shortfall is simply not allocated."""
    taken = []
    for lot in lots:
        if points <= 0:
            break
        share = min(lot.remaining, points)
        if share > 0:
            taken.append((lot.id, share))
            points -= share
    return taken


def expiry_date(earned_on: date, rules: LoyaltyRules) -> date | None:
    if rules.expiry_months == 0:
        return None
    return add_months(earned_on, rules.expiry_months)


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def birthday_due(birthday: date | None, today: date, already_given_this_year: bool) -> bool:
    return (birthday is not None and birthday.month == today.month
            and not already_given_this_year)
