"""Reading and writing the loyalty rules, stored as one shop setting shared by every counter."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokocrm.db.models import ShopSetting
from tokocrm.domain.loyalty import LoyaltyRules, Tier

RULES_KEY = "loyalty_rules"
# Built once: building a statement costs more than SQLite takes to run it.
_RULES = select(ShopSetting.value).where(ShopSetting.key == RULES_KEY)


def load_rules(session: Session) -> LoyaltyRules:
    """The rules as stored now. Read them once per transaction and pass them down."""
    value = session.scalar(_RULES)
    return LoyaltyRules() if value is None else rules_from_json(value)


def save_rules(session: Session, rules: LoyaltyRules) -> None:
    session.merge(ShopSetting(key=RULES_KEY, value=rules_to_json(rules)))


def rules_to_json(rules: LoyaltyRules) -> dict[str, Any]:
    return asdict(rules)


def rules_from_json(value: dict[str, Any]) -> LoyaltyRules:
    fields = dict(value)
    fields["tiers"] = tuple(Tier(**tier) for tier in fields.get("tiers", ()))
    return LoyaltyRules(**fields)
