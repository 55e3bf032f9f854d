"""Small builders for test data (Stoq's ExampleCreator idea)."""

from __future__ import annotations

from itertools import count

from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.dto import MemberDetail, MemberInput, PurchaseInput, PurchaseRow

_phones = count(10_000_000)


def next_phone() -> str:
    return f"0812{next(_phones):08d}"


def make_member(services, name: str = "Siti Aminah", phone: str | None = None,
                **fields) -> MemberDetail:
    data = MemberInput(name=name, phone=next_phone() if phone is None else phone, **fields)
    return services.members.register(BUILTIN_OWNER, data)


def make_purchase(services, member: MemberDetail, amount: int = 50_000, **fields) -> PurchaseRow:
    return services.purchases.record(
        BUILTIN_OWNER, PurchaseInput(member_id=member.id, amount=amount, **fields))
