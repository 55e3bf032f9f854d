"""Printed member cards: what goes on a card, which cards still wait to be printed, and the
shop's logo that every card carries."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, ShopSetting
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import InvalidField, NotFound
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.privacy import check_reachable
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.loyalty import tier_standing
from tokocrm.services.loyalty_rules import load_rules

SHOP_NAME_KEY = "shop_name"
LOGO_KEY = "shop_logo"
MAX_LOGO_KB = 200
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG
_CHUNK = 500  # ids per IN (...) list: well under every engine's parameter limit


@dataclass(frozen=True)
class CardData:
    """One member's card as printed."""

    member_id: int
    card: str
    name: str
    tier: str
    shop_name: str


@retries_conflicts
class CardService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    # Printing a card is counter work: the cashier who registers a member hands the card over.
    def card_data(self, actor: Actor, member_ids: Sequence[int]) -> list[CardData]:
        """The cards of these members, in the order given (each once). Refused as a whole if
        one of them was erased or merged: such a card must never be printed."""
        require(actor, Permission.REGISTER_MEMBER)
        ids = list(dict.fromkeys(member_ids))
        now = self._clock()
        with self._sessions() as session:
            found = {m.id: m for m in _members(session, ids)}
            rules, shop = load_rules(session), _shop_name(session)
            cards = []
            for member_id in ids:
                member = _printable(found.get(member_id), member_id)
                tier = tier_standing(session, member.id, rules, now).tier.name
                cards.append(CardData(member.id, member.card, member.name, tier, shop))
            return cards

    def new_cards(self, actor: Actor) -> list[int]:
        """Active members whose card was never printed, in card order."""
        require(actor, Permission.REGISTER_MEMBER)
        query = (select(Member.id)
                 .where(Member.status == MemberStatus.ACTIVE, Member.erased_at.is_(None),
                        Member.card_printed_at.is_(None))
                 .order_by(Member.card))
        with self._sessions() as session:
            return list(session.scalars(query))

    def mark_printed(self, actor: Actor, member_ids: Sequence[int]) -> None:
        """Note that these members' cards were printed (or written to a PDF) now."""
        require(actor, Permission.REGISTER_MEMBER)
        ids = list(dict.fromkeys(member_ids))
        now = self._clock()
        with self._sessions.begin() as session:
            found = {m.id: m for m in _members(session, ids)}
            for member_id in ids:
                _printable(found.get(member_id), member_id)
            for chunk in _chunks(ids):
                # A bulk update leaves the member's version alone: printing the card does not
                # conflict with an edit of the profile that is open meanwhile.
                session.execute(update(Member).where(Member.id.in_(chunk))
                                .values(card_printed_at=now),
                                execution_options={"synchronize_session": False})

    # -- the shop's logo -----------------------------------------------------------------------
    def logo(self, actor: Actor) -> bytes | None:
        require(actor, Permission.READ_SETTINGS)
        with self._sessions() as session:
            row = session.get(ShopSetting, LOGO_KEY)
            return None if row is None or not row.value else base64.b64decode(row.value)

    def set_logo(self, actor: Actor, image: bytes | None) -> None:
        """Store the logo (a PNG or JPEG file's bytes), or remove it with None."""
        require(actor, Permission.CHANGE_SETTINGS)
        if image is not None:
            check_logo(image)
        with self._sessions.begin() as session:
            row = session.get(ShopSetting, LOGO_KEY)
            old = None if row is None or not row.value else base64.b64decode(row.value)
            if old == image:
                return
            if image is None:
                session.delete(row)
            else:
                session.merge(ShopSetting(key=LOGO_KEY,
                                          value=base64.b64encode(image).decode("ascii")))
            # The trail names the files, not their bytes: a logo would swell every export.
            audit.record(session, actor, self._clock(), AuditAction.SETTINGS_CHANGED, LOGO_KEY,
                         old=_describe(old), new=_describe(image))


def check_logo(image: bytes) -> None:
    """Refuse what is not a PNG or JPEG file, or is too big to keep in the database."""
    if not image.startswith(_IMAGE_MAGIC):
        raise InvalidField(field=LOGO_KEY, value=f"{len(image)} bytes", reason="not_image")
    if len(image) > MAX_LOGO_KB * 1024:
        raise InvalidField(field=LOGO_KEY, value=f"{len(image)} bytes",
                           reason="file_too_large", limit=MAX_LOGO_KB)


def _printable(member: Member | None, member_id: int) -> Member:
    if member is None:
        raise NotFound(thing="member", key=member_id)
    check_reachable(member.card, member.status, member.erased_at)
    return member


def _members(session: Session, ids: list[int]) -> Iterator[Member]:
    for chunk in _chunks(ids):
        yield from session.scalars(select(Member).where(Member.id.in_(chunk)))


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _shop_name(session: Session) -> str:
    row = session.get(ShopSetting, SHOP_NAME_KEY)
    return "" if row is None or not row.value else str(row.value)


def _describe(image: bytes | None) -> dict[str, Any] | None:
    if image is None:
        return None
    return {"bytes": len(image), "sha256": hashlib.sha256(image).hexdigest()[:16]}
