"""What a template's placeholders stand for, for one member, read inside the caller's
transaction. Only what the template uses is looked up: a list of 8,000 birthdays previewed
with a template that says only {nama} reads nothing more than the names."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, PointsEntry, Reward, ShopSetting
from tokocrm.domain.whatsapp import MessageValues, placeholders_in
from tokocrm.services import points_ledger as ledger
from tokocrm.services.loyalty import tier_standing
from tokocrm.services.loyalty_rules import load_rules
from tokocrm.services.purchases import favourites_query

SHOP_NAME_KEY = "shop_name"  # set when the first owner is made (services.users)


class ValueReader:
    """Fills one template for member after member; what is the same for all of them (the
    shop's name, the loyalty rules) is read once."""

    def __init__(self, session: Session, body: str, now: datetime) -> None:
        self._session, self._now = session, now
        self._used = placeholders_in(body)
        self._rules = load_rules(session) if "tier" in self._used else None
        self._shop = shop_name(session) if "toko" in self._used else ""

    def values(self, member: Member) -> MessageValues:
        used, session = self._used, self._session
        balance = ledger.balance(session, member.id) if used & {"poin", "hadiah"} else None
        return MessageValues(
            nama=member.name, poin=balance, toko=self._shop,
            tier=(tier_standing(session, member.id, self._rules, self._now).tier.name
                  if self._rules is not None else ""),
            tanggal_kadaluarsa=(next_expiry(session, member.id, self._now.date())
                                if "tanggal_kadaluarsa" in used else None),
            hadiah=best_reward(session, balance or 0) if "hadiah" in used else "",
            kategori_favorit=favourite(session, member.id) if "kategori_favorit" in used
            else "")


def shop_name(session: Session) -> str:
    row = session.get(ShopSetting, SHOP_NAME_KEY)
    return str(row.value or "") if row is not None else ""


def next_expiry(session: Session, member_id: int, today: date) -> date | None:
    """The soonest day on which some of the member's points expire, after today (those whose
    day has come are the daily run's)."""
    return session.scalar(select(func.min(PointsEntry.expires_on)).where(
        PointsEntry.member_id == member_id, PointsEntry.points > 0,
        PointsEntry.expires_on > today, ledger.lot_remaining() > 0))


def best_reward(session: Session, balance: int) -> str:
    """The dearest reward the member can take now (offered, in stock, within the balance);
    empty when none is."""
    if balance <= 0:
        return ""
    return session.scalar(
        select(Reward.name).where(Reward.active.is_(True), Reward.points <= balance,
                                  or_(Reward.stock.is_(None), Reward.stock > 0))
        .order_by(Reward.points.desc(), Reward.name).limit(1)) or ""


def favourite(session: Session, member_id: int) -> str:
    found = session.execute(favourites_query(member_id, limit=1)).first()
    return found[0] if found else ""
