"""How commands print: text for people, or exactly one JSON document for scripts and a POS."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tokocrm.domain.phone import format_local
from tokocrm.services.dto import MemberDetail, MemberRow, PurchaseRow


@dataclass(frozen=True)
class Output:
    """A command's result: the JSON document and how to say it as text."""

    document: Any
    text: Callable[[], str]

    def render(self, as_json: bool) -> str:
        if as_json:
            return json.dumps(self.document, ensure_ascii=False, default=_iso)
        return self.text()


def _iso(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def member_json(member: MemberRow | MemberDetail) -> dict[str, Any]:
    document = {"id": member.id, "card": member.card, "name": member.name,
                "phone": member.phone, "email": member.email, "status": member.status,
                "joined_on": member.joined_on}
    if isinstance(member, MemberDetail):
        document |= {
            "birthday": member.birthday, "gender": member.gender, "address": member.address,
            "notes": member.notes, "referred_by_id": member.referred_by_id,
            "marketing_consent": member.marketing_consent, "merged_into_id": member.merged_into_id,
        }
    return document


def purchase_json(purchase: PurchaseRow) -> dict[str, Any]:
    return {"id": purchase.id, "card": purchase.card, "member_id": purchase.member_id,
            "amount": purchase.amount, "time": purchase.purchased_at,
            "receipt": purchase.receipt, "items": purchase.items_count,
            "categories": list(purchase.categories), "note": purchase.note,
            "till": purchase.till, "branch": purchase.branch, "recorded_by": purchase.recorded_by,
            "voided": purchase.voided, "void_reason": purchase.void_reason,
            "discount": purchase.discount, "points": purchase.points_earned}


def table(rows: list[list[str]], headers: list[str]) -> str:
    """Plain columns for a terminal; an empty list says so."""
    if not rows:
        return "(none)"
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = [headers, *rows]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
                     for line in lines)


def member_line(member: MemberRow) -> list[str]:
    return [member.card, member.name, format_local(member.phone), member.status]


def purchase_line(purchase: PurchaseRow) -> list[str]:
    return [str(purchase.id), purchase.card, str(purchase.amount),
            purchase.purchased_at.isoformat(sep=" "), purchase.receipt or "",
            "voided" if purchase.voided else ""]
