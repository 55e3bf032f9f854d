"""Worked examples that pin the loyalty arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.loyalty import (
    DEFAULT_TIERS,
    Lot,
    LoyaltyRules,
    RewardKind,
    RewardTerms,
    Tier,
    add_months,
    expiry_date,
    points_earned,
    points_for_rupiah,
    reward_discount,
    take_oldest,
    tier_for,
)

RULES = LoyaltyRules()
SILVER, GOLD, PLATINUM = DEFAULT_TIERS


@pytest.mark.parametrize("paid, tier, points", [
    (9_999, SILVER, 0), (10_000, SILVER, 1), (19_999, SILVER, 1), (125_000, SILVER, 12),
    (125_000, GOLD, 15),      # 12 base points x 1.25 = 15
    (130_000, GOLD, 16),      # 13 x 1.25 = 16.25 -> 16
    (130_000, PLATINUM, 19),  # 13 x 1.5 = 19.5 -> 19
    (0, PLATINUM, 0),
])
def test_points_round_down_after_the_tier_multiplier(paid, tier, points):
    assert points_earned(paid, RULES, tier) == points


@pytest.mark.parametrize("spend, name, to_next", [
    (0, "Silver", 5_000_000), (4_999_999, "Silver", 1), (5_000_000, "Gold", 10_000_000),
    (14_999_999, "Gold", 1), (15_000_000, "Platinum", 0), (90_000_000, "Platinum", 0),
])
def test_tiers_change_exactly_at_their_thresholds(spend, name, to_next):
    standing = tier_for(spend, DEFAULT_TIERS)
    assert (standing.tier.name, standing.to_next) == (name, to_next)
    assert standing.next_tier is None if name == "Platinum" else standing.next_tier.min_spend


def test_rewards_are_worth_what_they_say_and_never_more_than_the_purchase():
    rp = RewardTerms(RewardKind.DISCOUNT_RP, 50, value=25_000)
    pct = RewardTerms(RewardKind.DISCOUNT_PCT, 80, value=10, cap=30_000)
    item = RewardTerms(RewardKind.FREE_ITEM, 30)
    assert reward_discount(rp, 100_000) == 25_000
    assert reward_discount(rp, 20_000) == 20_000
    assert reward_discount(pct, 200_000) == 20_000
    assert reward_discount(pct, 500_000) == 30_000  # capped
    assert reward_discount(pct, 12_345) == 1_234  # rounded down, the shop's favour
    assert reward_discount(item, 100_000) == 0
    assert points_for_rupiah(250, RULES) == 3  # at Rp 100 a point, rounded up


def test_oldest_lots_are_taken_first_and_only_what_is_left():
    lots = [Lot(1, 5, date(2026, 1, 1)), Lot(2, 10, date(2026, 2, 1)), Lot(3, 7, None)]
    assert take_oldest(lots, 12) == [(1, 5), (2, 7)]
    assert take_oldest(lots, 22) == [(1, 5), (2, 10), (3, 7)]
    assert take_oldest(lots, 30) == [(1, 5), (2, 10), (3, 7)]  # a shortfall stays unallocated


def test_expiry_is_months_after_earning_and_zero_means_never():
    assert expiry_date(date(2026, 1, 31), RULES) == date(2027, 1, 31)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 3, 31), 11) == date(2025, 2, 28)
    assert expiry_date(date(2026, 1, 31), LoyaltyRules(expiry_months=0)) is None


def test_rules_are_checked_before_they_are_saved():
    with pytest.raises(InvalidField):
        LoyaltyRules(rupiah_per_point=0).validated()
    with pytest.raises(InvalidField):
        LoyaltyRules(tiers=(Tier("Gold", 100, 125),)).validated()
    with pytest.raises(InvalidField):
        LoyaltyRules(tiers=(Tier("A", 0, 100), Tier("A", 10, 110))).validated()
    with pytest.raises(InvalidField):
        LoyaltyRules(tiers=(Tier("A", 0, 90),)).validated()
    tiers = LoyaltyRules(tiers=(GOLD, SILVER)).validated().tiers
    assert [t.name for t in tiers] == ["Silver", "Gold"]
