"""Frozen results the services hand out: never ORM objects, so nothing lazy-loads later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tokocrm.domain.members import Gender


@dataclass(frozen=True)
class MemberRow:
    """One line of a member list or search result."""

    id: int
    card: str
    name: str
    phone: str | None  # E.164; None for a card-only member
    status: str
    joined_on: date
    email: str | None = None


@dataclass(frozen=True)
class MemberDetail:
    id: int
    card: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    gender: Gender | None
    address: str | None
    notes: str | None
    joined_on: date
    referred_by_id: int | None
    marketing_consent: bool
    consent_at: datetime | None
    status: str
    merged_into_id: int | None
    version: int
    erased_at: datetime | None = None  # erased on request: only the placeholders are left


@dataclass(frozen=True)
class MemberInput:
    """A registration as typed; the service validates and normalises every field."""

    name: str
    phone: str | None = None  # as typed; none for a card-only or e-mail-only member
    email: str | None = None
    birthday: date | None = None
    gender: Gender | None = None
    address: str | None = None
    notes: str | None = None
    card: str | None = None  # None: a new in-store EAN-13 card
    referred_by_id: int | None = None
    referrer: str | None = None  # or the referring member's card or phone, as typed
    marketing_consent: bool = False
    joined_on: date | None = None  # None: today


@dataclass(frozen=True)
class MemberStats:
    visits: int
    total_spend: int
    average_basket: int
    first_visit: datetime | None
    last_visit: datetime | None
    favourite_categories: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class PurchaseInput:
    member_id: int
    amount: int
    at: datetime | None = None  # None: now
    receipt: str | None = None
    items_count: int | None = None
    category_ids: tuple[int, ...] = ()
    note: str | None = None
    reward_id: int | None = None  # a catalog reward redeemed with this purchase
    pay_points: int = 0  # or points paying part of it at their Rupiah value


@dataclass(frozen=True)
class PurchaseRow:
    id: int
    member_id: int
    card: str
    amount: int
    purchased_at: datetime
    receipt: str | None
    items_count: int | None
    note: str | None
    till: str
    recorded_by: str
    voided: bool
    void_reason: str | None
    categories: tuple[str, ...] = field(default=())
    discount: int = 0  # Rupiah taken off by redeemed points; amount is what was paid
    points_earned: int | None = None  # known when the purchase is recorded
    branch: str = ""


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    active: bool
