"""Purchase rules: who may back-date, what a receipt number may be, what a void needs."""

from __future__ import annotations

from datetime import datetime, timedelta

from tokocrm.domain.errors import InvalidField

# Clocks of two tills disagree a little; more than this ahead is a typo.
FUTURE_TOLERANCE = timedelta(minutes=5)
# Recording a purchase a few minutes after the sale is not back-dating.
BACKDATE_TOLERANCE = timedelta(minutes=15)
MAX_RECEIPT = 64
MAX_ITEMS = 100_000
# "The last 12 months" of every figure: the tier's spend, the segments, customer value.
TWELVE_MONTHS = timedelta(days=365)


def is_backdated(at: datetime, now: datetime) -> bool:
    return at < now - BACKDATE_TOLERANCE


def check_purchase_time(at: datetime, now: datetime) -> datetime:
    if at > now + FUTURE_TOLERANCE:
        raise InvalidField(field="time", value=at.isoformat(sep=" "), reason="future")
    return at


def clean_receipt(text: str | None) -> str | None:
    receipt = (text or "").strip()
    if not receipt:
        return None
    if len(receipt) > MAX_RECEIPT:
        raise InvalidField(field="receipt", value=text, reason="too_long", limit=MAX_RECEIPT)
    return receipt


def check_items(count: int | None) -> int | None:
    if count is None:
        return None
    if not 0 < count <= MAX_ITEMS:
        raise InvalidField(field="items", value=count, reason="out_of_range", low=1, high=MAX_ITEMS)
    return count


def clean_void_reason(text: str) -> str:
    reason = " ".join((text or "").split())
    if not reason:
        raise InvalidField(field="reason", value=text, reason="required")
    return reason
