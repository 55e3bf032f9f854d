"""The loyalty program through the services, with a clock the tests move."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.services.conftest import NO_BONUSES
from tokocrm.domain.errors import InvalidField, PermissionDenied
from tokocrm.domain.loyalty import LoyaltyRules, RewardKind, RewardTerms
from tokocrm.domain.roles import Role
from tokocrm.services import loyalty as loyalty_service
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import MemberInput, PurchaseInput

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")


def member(shop, name="Siti", phone="081234567890", **fields):
    return shop.members.register(CASHIER, MemberInput(name=name, phone=phone, **fields))


def buy(shop, who, amount, **fields):
    return shop.purchases.record(CASHIER, PurchaseInput(member_id=who.id, amount=amount,
                                                        **fields))


def balance(shop, who) -> int:
    return shop.loyalty.standing(CASHIER, who.id).balance


def test_welcome_bonus_on_registration(shop):
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, welcome_bonus=10))
    assert balance(shop, member(shop)) == 10


def test_purchase_earns_on_what_is_paid_at_the_tier(shop):
    siti = member(shop)
    assert buy(shop, siti, 4_990_000).points_earned == 499  # Silver until this purchase
    assert buy(shop, siti, 20_000).points_earned == 2  # Rp 5.010.000 in 12 months: Gold, 2x1.25
    standing = shop.loyalty.standing(CASHIER, siti.id)
    assert standing.tier.tier.name == "Gold" and standing.tier.to_next == 9_990_000
    assert standing.balance == 501


def test_fifo_expiry_across_lots_with_partial_redemptions(shop, clock):
    siti = member(shop)
    buy(shop, siti, 100_000)  # lot A: 10 points, expires 2027-03-10
    clock.advance(days=31)
    buy(shop, siti, 50_000)  # lot B: 5 points, expires 2027-04-10
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, "Gula 1 kg",
                                     RewardTerms(RewardKind.FREE_ITEM, 12))
    shop.loyalty.redeem(CASHIER, siti.id, reward.id)  # takes all of A and 2 of B
    assert balance(shop, siti) == 3
    clock.now = datetime(2027, 3, 10, 8, 0)
    assert shop.loyalty.expire(CASHIER).expired_points == 0  # A is used up
    clock.now = datetime(2027, 4, 10, 8, 0)
    run = shop.loyalty.expire(CASHIER)
    assert (run.expired_lots, run.expired_points) == (1, 3)
    assert shop.loyalty.expire(CASHIER).expired_points == 0  # idempotent
    assert balance(shop, siti) == 0
    totals = shop.loyalty.totals(BUILTIN_OWNER)
    assert (totals.issued, totals.redeemed, totals.expired, totals.outstanding) == (15, 12, 3, 0)


def test_expire_as_of_a_past_date_expires_only_what_was_due(shop, clock):
    siti = member(shop)
    buy(shop, siti, 100_000)
    clock.advance(days=400)
    assert shop.loyalty.expire(CASHIER, as_of=date(2027, 3, 9)).expired_points == 0
    assert shop.loyalty.expire(CASHIER, as_of=date(2027, 3, 10)).expired_points == 10


def test_soon_expiring_points_are_shown(shop, clock):
    siti = member(shop)
    buy(shop, siti, 100_000)
    clock.now = datetime(2027, 2, 20, 9, 0)
    standing = shop.loyalty.standing(CASHIER, siti.id)
    assert (standing.expiring_soon, standing.next_expiry) == (10, date(2027, 3, 10))


def test_birthday_bonus_once_a_year_in_the_birthday_month(shop, clock):
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, birthday_bonus=20))
    siti = member(shop, birthday=date(1990, 3, 25))
    budi = member(shop, "Budi", "081311112222", birthday=date(1985, 4, 2))
    buy(shop, siti, 10_000)  # first visit in March: bonus
    buy(shop, siti, 10_000)
    assert balance(shop, siti) == 1 + 20 + 1
    assert shop.loyalty.run_daily(CASHIER).birthday_bonuses == 0  # already given this year
    clock.now = datetime(2026, 4, 1, 9, 0)
    assert shop.loyalty.run_daily(CASHIER).birthday_bonuses == 1  # Budi, by the daily run
    assert balance(shop, budi) == 20
    clock.now = datetime(2027, 3, 1, 9, 0)
    assert shop.loyalty.run_daily(CASHIER).birthday_bonuses == 1  # Siti again, a year later


def test_referral_bonus_only_on_the_first_purchase(shop):
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, referral_bonus=25))
    siti = member(shop)
    rina = member(shop, "Rina", "085711112222", referrer=siti.card)
    assert balance(shop, siti) == balance(shop, rina) == 0  # nothing before a purchase
    buy(shop, rina, 10_000)
    buy(shop, rina, 10_000)
    assert balance(shop, siti) == 25
    assert balance(shop, rina) == 25 + 1 + 1


def test_redeem_refuses_an_overdraw_and_names_the_balance(shop):
    siti = member(shop)
    buy(shop, siti, 50_000)
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, "Diskon 10rb",
                                     RewardTerms(RewardKind.DISCOUNT_RP, 10, value=10_000))
    with pytest.raises(InvalidField, match="5 points"):
        shop.loyalty.redeem(CASHIER, siti.id, reward.id)
    assert balance(shop, siti) == 5


def test_reward_inside_a_purchase_lowers_what_is_paid_and_what_is_earned(shop):
    siti = member(shop)
    buy(shop, siti, 300_000)  # 30 points
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, "Diskon 10%",
                                     RewardTerms(RewardKind.DISCOUNT_PCT, 20, value=10, cap=15_000))
    row = buy(shop, siti, 200_000, reward_id=reward.id)
    assert (row.amount, row.discount, row.points_earned) == (185_000, 15_000, 18)  # capped
    assert balance(shop, siti) == 30 - 20 + 18


def test_points_pay_part_of_a_purchase_at_their_rupiah_value(shop):
    siti = member(shop)
    buy(shop, siti, 1_000_000)  # 100 points
    row = buy(shop, siti, 50_000, pay_points=37)
    assert (row.amount, row.discount) == (50_000 - 3_700, 3_700)
    assert balance(shop, siti) == 100 - 37 + 4


def test_void_takes_back_exactly_what_was_earned_even_below_zero(shop, clock):
    siti = member(shop)
    first = buy(shop, siti, 100_000)  # 10 points
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, "Teh", RewardTerms(RewardKind.FREE_ITEM, 8))
    shop.loyalty.redeem(CASHIER, siti.id, reward.id)
    shop.purchases.void(CASHIER, first.id, "salah input")
    assert balance(shop, siti) == -8  # spent before the void: flagged for the owner
    assert shop.loyalty.totals(BUILTIN_OWNER).members_below_zero == 1
    buy(shop, siti, 100_000)
    assert balance(shop, siti) == 2  # the new lot paid the debt first
    clock.now = datetime(2028, 1, 1, 9, 0)
    assert shop.loyalty.expire(CASHIER).expired_points == 2  # not 10: no debt comes back
    assert balance(shop, siti) == 0


def test_void_gives_back_points_redeemed_in_the_purchase(shop):
    siti = member(shop)
    buy(shop, siti, 300_000)  # 30 points
    paid_with_points = buy(shop, siti, 100_000, pay_points=30)  # earns 9 on Rp 97.000
    assert balance(shop, siti) == 9
    shop.purchases.void(CASHIER, paid_with_points.id, "batal")
    assert balance(shop, siti) == 30


def test_adjustments_are_the_owners_with_a_reason(shop):
    siti = member(shop)
    with pytest.raises(PermissionDenied):
        shop.loyalty.adjust(CASHIER, siti.id, 50, "kompensasi")
    with pytest.raises(InvalidField, match="reason"):
        shop.loyalty.adjust(BUILTIN_OWNER, siti.id, 50, " ")
    assert shop.loyalty.adjust(BUILTIN_OWNER, siti.id, 50, "kompensasi keluhan") == 50
    with pytest.raises(InvalidField, match="50 points"):
        shop.loyalty.adjust(BUILTIN_OWNER, siti.id, -60, "koreksi")
    assert shop.loyalty.adjust(BUILTIN_OWNER, siti.id, -20, "koreksi") == 30


def test_rules_and_rewards_are_the_owners(shop):
    with pytest.raises(PermissionDenied):
        shop.loyalty.set_rules(CASHIER, LoyaltyRules(rupiah_per_point=1))
    with pytest.raises(PermissionDenied):
        shop.loyalty.add_reward(CASHIER, "X", RewardTerms(RewardKind.FREE_ITEM, 1))
    assert shop.loyalty.rules(CASHIER) == NO_BONUSES


def test_new_rules_apply_from_now_and_leave_the_past_alone(shop):
    siti = member(shop)
    buy(shop, siti, 100_000)
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, rupiah_per_point=5_000))
    buy(shop, siti, 100_000)
    assert [e.points for e in shop.loyalty.history(CASHIER, siti.id)] == [20, 10]


def test_stock_runs_out(shop):
    siti = member(shop)
    buy(shop, siti, 1_000_000)
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, "Payung", RewardTerms(RewardKind.FREE_ITEM, 10),
                                     stock=1)
    shop.loyalty.redeem(CASHIER, siti.id, reward.id)
    with pytest.raises(InvalidField, match="stock"):
        shop.loyalty.redeem(CASHIER, siti.id, reward.id)
    assert balance(shop, siti) == 90


def test_owner_restocks_and_retires_a_reward(shop):
    siti = member(shop)
    buy(shop, siti, 1_000_000)
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, "Payung", RewardTerms(RewardKind.FREE_ITEM, 10),
                                     stock=0)
    with pytest.raises(PermissionDenied):
        shop.loyalty.update_reward(CASHIER, reward.id, stock=5)
    with pytest.raises(InvalidField, match="stock"):
        shop.loyalty.update_reward(BUILTIN_OWNER, reward.id, stock=-1)
    assert shop.loyalty.update_reward(BUILTIN_OWNER, reward.id, stock=2).stock == 2
    shop.loyalty.redeem(CASHIER, siti.id, reward.id)
    assert shop.loyalty.update_reward(BUILTIN_OWNER, reward.id, active=False).stock == 1
    assert shop.loyalty.rewards(CASHIER) == []
    with pytest.raises(InvalidField, match="Payung"):
        shop.loyalty.redeem(CASHIER, siti.id, reward.id)
    back = shop.loyalty.update_reward(BUILTIN_OWNER, reward.id, active=True, stock=None)
    assert back.active and back.stock is None
    assert [r.id for r in shop.loyalty.rewards(CASHIER)] == [reward.id]


def test_merge_moves_points_with_their_expiry(shop):
    keep, other = member(shop), member(shop, "Siti A", "081399998888")
    buy(shop, other, 100_000)
    shop.members.merge(BUILTIN_OWNER, keep.id, other.id)
    assert balance(shop, keep) == 10 and balance(shop, other) == 0
    assert shop.loyalty.standing(CASHIER, keep.id).tier.spend_12m == 100_000
    assert shop.loyalty.totals(BUILTIN_OWNER).outstanding == 10


def test_daily_run_works_in_batches_reports_progress_and_can_stop(shop, clock, monkeypatch):
    monkeypatch.setattr(loyalty_service, "BATCH", 2)
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, birthday_bonus=20))
    members = [member(shop, f"M{i}", f"0812345678{i:02d}") for i in range(5)]
    for who in members:
        buy(shop, who, 100_000)  # 10 points each, expiring 2027-03-10
    clock.now = datetime(2027, 3, 11, 8, 0)
    born = member(shop, "Ulang Tahun", "081299990000", birthday=date(1990, 3, 5))
    reports = []
    stop_after_first = lambda: len(reports) >= 1  # noqa: E731 (the user presses Cancel)
    first = shop.loyalty.run_daily(CASHIER, progress=lambda d, t: reports.append((d, t)),
                                   cancel=stop_after_first)
    assert first.cancelled and (first.expired_lots, first.birthday_bonuses) == (2, 0)
    assert reports == [(2, 6)]  # 5 due lots + 1 birthday
    reports.clear()
    second = shop.loyalty.run_daily(CASHIER, progress=lambda d, t: reports.append((d, t)))
    assert not second.cancelled
    assert (second.expired_lots, second.expired_points, second.birthday_bonuses) == (3, 30, 1)
    assert reports[-1] == (4, 4) and [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert [balance(shop, who) for who in members] == [0] * 5 and balance(shop, born) == 20
    again = shop.loyalty.run_daily(CASHIER)
    assert (again.expired_points, again.birthday_bonuses) == (0, 0)


def test_only_counter_staff_and_the_owner_run_the_daily_job(shop):
    with pytest.raises(PermissionDenied):
        shop.loyalty.run_daily(Actor(username="sri", role=Role.BOOKKEEPER))


def test_a_purchase_pays_with_a_reward_or_with_points_not_both(shop):
    siti = member(shop)
    buy(shop, siti, 1_000_000)  # 100 points
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, "Payung", RewardTerms(RewardKind.FREE_ITEM, 10),
                                     stock=3)
    before = shop.purchases.list(CASHIER), shop.loyalty.history(CASHIER, siti.id)
    with pytest.raises(InvalidField) as refused:
        buy(shop, siti, 50_000, reward_id=reward.id, pay_points=20)
    assert refused.value.params["reason"] == "reward_or_points"
    assert (shop.purchases.list(CASHIER), shop.loyalty.history(CASHIER, siti.id)) == before
    assert balance(shop, siti) == 100
    assert shop.loyalty.rewards(CASHIER)[0].stock == 3
    assert shop.loyalty.totals(BUILTIN_OWNER).redeemed == 0


def test_a_reward_name_longer_than_its_column_is_refused_on_both_engines(shop):
    with pytest.raises(InvalidField, match="name") as refused:
        shop.loyalty.add_reward(BUILTIN_OWNER, "Voucher " + "x" * 80,
                                RewardTerms(RewardKind.FREE_ITEM, 10))
    assert refused.value.params["reason"] == "too_long"
    assert shop.loyalty.rewards(BUILTIN_OWNER) == []
