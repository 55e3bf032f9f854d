"""One search box for the counter and the members page: card, phone, or part of a name."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from tokocrm.db.models import Member
from tokocrm.db.queries import members as queries
from tokocrm.domain import cards, phone


def find_ids(session: Session, query: str, limit: int | None,
             order: Sequence = ()) -> list[int]:
    """Member ids for what a cashier typed or scanned. A whole card number or phone finds
    exactly that member; digits find cards and phones that start with them; anything else is
    part of a name. `order` (a members-table sort) replaces the relevance order."""
    text = query.strip()
    if not text:
        return queries.listed_ids(session, order or queries.sort_order("name", False), limit)
    if cards.looks_like_card(text):
        member = queries.by_card(session, cards.normalize_card(text))
        if member is not None:
            return [member.id]
    e164 = phone.parse_mobile(text)
    if e164 is not None:
        return [m.id for m in queries.by_phone(session, e164)]
    prefix = phone.phone_prefix(text)
    if prefix is not None:
        return _number_prefix_ids(session, text, prefix, limit)
    return queries.name_ids(session, text, limit, order)


def _number_prefix_ids(session: Session, text: str, prefix: str, limit: int | None) -> list[int]:
    card_ids = []
    if cards.looks_like_card(text):
        card_ids = queries.prefix_ids(session, Member.card, cards.normalize_card(text), limit)
    phone_ids = queries.prefix_ids(session, Member.phone, prefix, limit)
    ids = list(dict.fromkeys(card_ids + phone_ids))
    return ids[:limit] if limit is not None else ids
