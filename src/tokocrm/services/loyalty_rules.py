"""Reading and writing the loyalty rules, stored as one shop setting shared by every counter."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy.orm import Session

from tokocrm.db.models import ShopSetting
from tokocrm.domain.loyalty import LoyaltyRules, Tier

RULES_KEY = "loyalty_rules"


def load_rules(session: Session) -> LoyaltyRules:
    row = session.get(ShopSetting, RULES_KEY)
    return LoyaltyRules() if row is None else rules_from_json(row.value)


def save_rules(session: Session, rules: LoyaltyRules) -> None:
    session.merge(ShopSetting(key=RULES_KEY, value=rules_to_json(rules)))


def rules_to_json(rules: LoyaltyRules) -> dict[str, Any]:
    return asdict(rules)


def rules_from_json(value: dict[str, Any]) -> LoyaltyRules:
    fields = dict(value)
    fields["tiers"] = tuple(Tier(**tier) for tier in fields.get("tiers", ()))
    return LoyaltyRules(**fields)
