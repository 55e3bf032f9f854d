"""The loyalty program in words: multipliers, reward kinds and values, a summary of the rules,
and what to say about a Rupiah field that holds no amount. Shared by the Loyalty page, the
reward dialog and the rules editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.loyalty import PERCENT, LoyaltyRules, RewardKind
from tokocrm.services.loyalty import RewardRow
from tokocrm.ui.formatting import rupiah
from tokocrm.ui.messages import field_message
from tokocrm.ui.widgets.money_edit import MoneyEdit

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def multiplier(pct: int) -> str:
    """A whole percent as people say it: 100 → 1x, 125 → 1.25x, 150 → 1.5x (1,25x in id)."""
    whole, part = divmod(pct, PERCENT)
    decimals = f"{part:02d}".rstrip("0")
    number = QLocale().toString(whole) + (QLocale().decimalPoint() + decimals if decimals else "")
    return translate("LoyaltyTexts", "{number}x").format(number=number)


def points(count: int) -> str:
    return QLocale().toString(int(count))


def kind_names() -> dict[RewardKind, str]:
    return {
        RewardKind.DISCOUNT_RP: translate("LoyaltyTexts", "Rupiah discount"),
        RewardKind.DISCOUNT_PCT: translate("LoyaltyTexts", "Percent discount"),
        RewardKind.FREE_ITEM: translate("LoyaltyTexts", "Free item"),
    }


def reward_value(reward: RewardRow) -> str:
    """Rp 10.000 off / 10% off, at most Rp 25.000 / free item."""
    if reward.kind == RewardKind.DISCOUNT_RP:
        return translate("LoyaltyTexts", "{amount} off").format(amount=rupiah(reward.value or 0))
    if reward.kind == RewardKind.DISCOUNT_PCT:
        if reward.cap is None:
            return translate("LoyaltyTexts", "{percent}% off").format(percent=reward.value)
        return translate("LoyaltyTexts", "{percent}% off, at most {cap}").format(
            percent=reward.value, cap=rupiah(reward.cap))
    return translate("LoyaltyTexts", "free item")


def stock(reward: RewardRow) -> str:
    return "—" if reward.stock is None else points(reward.stock)


def earning(rupiah_per_point: int) -> str:
    return translate("LoyaltyTexts", "1 point for every {amount} paid, rounded down.").format(
        amount=rupiah(rupiah_per_point))


def point_worth(point_value: int) -> str:
    return translate("LoyaltyTexts", "1 point is worth {amount} when a member pays with "
                                     "points; it also values the points still owed.").format(
        amount=rupiah(point_value))


def expiry(months: int) -> str:
    if months == 0:
        return translate("LoyaltyTexts", "Points never expire.")
    return translate("LoyaltyTexts", "Points expire {months} months after the day they were "
                                     "earned.").format(months=months)


def rules_summary(rules: LoyaltyRules) -> list[str]:
    """A few short lines for people who cannot change the rules but need to explain them."""
    tiers = ", ".join(translate("LoyaltyTexts", "{name} from {amount} ({multiplier})").format(
        name=t.name, amount=rupiah(t.min_spend), multiplier=multiplier(t.multiplier_pct))
        for t in rules.tiers)
    return [
        earning(rules.rupiah_per_point),
        point_worth(rules.point_value),
        expiry(rules.expiry_months),
        translate("LoyaltyTexts", "Bonuses: {welcome} points on joining, {birthday} in the "
                                  "birthday month, {referral} each to a referrer and the friend "
                                  "at the friend's first purchase.").format(
            welcome=points(rules.welcome_bonus), birthday=points(rules.birthday_bonus),
            referral=points(rules.referral_bonus)),
        translate("LoyaltyTexts", "Tiers by spend in the last 12 months: {tiers}.").format(
            tiers=tiers),
    ]


class Unreadable(Exception):
    """A field holds text that is not a value at all; the service never sees it."""

    def __init__(self, text: str, widget: QWidget) -> None:
        super().__init__(text)
        self.text, self.widget = text, widget


def not_rupiah(field: str, edit: MoneyEdit) -> str:
    """What to say when a Rupiah field holds no amount, under the label the form shows: why
    (an amount that could be read two ways says so), or how to write one."""
    refusal = edit.refusal()
    if refusal is not None and refusal.params["reason"] != "not_rupiah":
        return field_message(InvalidField(field=field, value=edit.text(),
                                          reason=str(refusal.params["reason"])))
    return translate("LoyaltyTexts", "{field}: type a whole number of Rupiah, e.g. {example}"
                     ).format(field=field, example=rupiah(10_000))
