"""The sheets of one member's data (services.privacy): their profile, purchases, points,
redemptions, feedback and the messages the shop sent them. A customer's record may have
swallowed duplicates (merges); the merged records are theirs too, so every sheet covers them.

The purchases, ledger and feedback sheets are the shop-wide exports' queries narrowed to the
member, so they read the same as a bookkeeper's export.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from tokocrm.db.models import (
    Feedback,
    FeedbackReply,
    Member,
    MessageLog,
    PointsEntry,
    Purchase,
    Redemption,
    Reward,
)
from tokocrm.domain.phone import format_local
from tokocrm.services import export_queries as q
from tokocrm.services.export_sheets import Column, Kind, Row, Sheet

PROFILE, PURCHASES, LEDGER = "Profile", "Purchases", "Points ledger"
REDEMPTIONS, FEEDBACK, MESSAGES = "Redemptions", "Feedback", "Messages"

PROFILE_COLUMNS = (Column("Field", Kind.LABEL, 24), Column("Value", Kind.VARIES, 40))
REDEMPTION_COLUMNS = (
    Column("Time", Kind.DATETIME), Column("Card", Kind.TEXT, 16), Column("Reward", Kind.TEXT, 24),
    Column("Points", Kind.POINTS), Column("Discount", Kind.RUPIAH),
    Column("Purchase ID", Kind.COUNT), Column("Branch", Kind.TEXT), Column("Till", Kind.TEXT),
    Column("By", Kind.TEXT),
)
FEEDBACK_COLUMNS = (*q.FEEDBACK_COLUMNS, Column("Replies", Kind.TEXT, 48))
MESSAGE_COLUMNS = (
    Column("Time", Kind.DATETIME), Column("Card", Kind.TEXT, 16),
    Column("Template", Kind.TEXT, 24), Column("Channel", Kind.TEXT),
    Column("Text", Kind.TEXT, 60), Column("Till", Kind.TEXT), Column("By", Kind.TEXT),
)


def person_ids(session: Session, member_id: int) -> list[int]:
    """The member and the records merged into them (a merge leaves no chains: what was merged
    into a merged record moved on to the member kept)."""
    merged = session.scalars(select(Member.id).where(Member.merged_into_id == member_id)
                             .order_by(Member.id))
    return [member_id, *merged]


def sheets(session: Session, member_id: int) -> list[Sheet]:
    ids = person_ids(session, member_id)
    profile = profile_rows(session, ids)
    return [Sheet(PROFILE, PROFILE_COLUMNS, len(profile), lambda: iter(profile)),
            _narrowed(session, PURCHASES, q.PURCHASE_COLUMNS, q.purchases_query(None, None),
                      Purchase.member_id.in_(ids), q.purchase_rows),
            _narrowed(session, LEDGER, q.LEDGER_COLUMNS, q.ledger_query(None, None),
                      PointsEntry.member_id.in_(ids), q.ledger_rows),
            _redemptions(session, ids), _feedback(session, ids), _messages(session, ids)]


def profile_rows(session: Session, ids: Sequence[int]) -> list[Row]:
    """Field / value lines: what the member told the shop, and what the shop noted."""
    member = session.get_one(Member, ids[0])
    referrer = session.get(Member, member.referred_by_id) if member.referred_by_id else None
    rows: list[Row] = [
        ("Card", (Kind.TEXT, member.card)), ("Name", (Kind.TEXT, member.name)),
        ("Phone", (Kind.TEXT, member.phone and format_local(member.phone))),
        ("Email", (Kind.TEXT, member.email)), ("Birthday", (Kind.DATE, member.birthday)),
        ("Gender", (Kind.TEXT, member.gender)), ("Address", (Kind.TEXT, member.address)),
        ("Notes", (Kind.TEXT, member.notes)), ("Joined", (Kind.DATE, member.joined_on)),
        ("Status", (Kind.TEXT, member.status)),
        ("Marketing consent", (Kind.FLAG, member.marketing_consent)),
        ("Consent given", (Kind.DATETIME, member.consent_at)),
        # Only the name: the referrer's card and phone are another customer's data.
        ("Referred by", (Kind.TEXT, referrer and referrer.name)),
    ]
    for merged in session.scalars(select(Member).where(Member.id.in_(ids[1:]))
                                  .order_by(Member.id)):
        rows.append(("Merged record", (Kind.TEXT, _merged_line(merged))))
    return rows


def _merged_line(member: Member) -> str:
    """A duplicate record folded into the member: what it still holds of the person."""
    parts = [member.card, member.name, member.phone and format_local(member.phone),
             member.email]
    return ", ".join(p for p in parts if p)


def _narrowed(session: Session, name: str, columns: tuple[Column, ...], query: Select,
              where: ColumnElement[bool], rows: Callable[[Session, Select], Iterator[Row]]
              ) -> Sheet:
    """A shop-wide export sheet limited to the member's rows."""
    narrowed = query.where(where)
    return Sheet(name, columns, q.count(session, narrowed), lambda: rows(session, narrowed))


def _redemptions(session: Session, ids: Sequence[int]) -> Sheet:
    query = (select(Redemption.created_at, Member.card, Reward.name, Redemption.points,
                    Redemption.discount, Redemption.purchase_id, Redemption.branch, Redemption.till,
                    Redemption.created_by)
             .join(Member, Member.id == Redemption.member_id)
             .outerjoin(Reward, Reward.id == Redemption.reward_id)
             .where(Redemption.member_id.in_(ids))
             .order_by(Redemption.created_at, Redemption.id))
    return Sheet(REDEMPTIONS, REDEMPTION_COLUMNS, q.count(session, query),
                 lambda: (tuple(row) for row in q.stream(session, query)))


def _feedback(session: Session, ids: Sequence[int]) -> Sheet:
    """The shop-wide feedback rows, each with the shop's replies to it in one cell."""
    query = (q.feedback_query(None, None).add_columns(Feedback.id)
             .where(Feedback.member_id.in_(ids)))
    return Sheet(FEEDBACK, FEEDBACK_COLUMNS, q.count(session, query),
                 lambda: _feedback_rows(session, query, ids))


def _feedback_rows(session: Session, query: Select, ids: Sequence[int]) -> Iterator[Row]:
    replies = _replies(session, ids)
    for *row, feedback_id in q.feedback_rows(session, query):
        yield (*row, "\n".join(replies.get(feedback_id, [])) or None)


def _replies(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    """Each reply as one line: when, through which channel, who, what was said."""
    found: dict[int, list[str]] = defaultdict(list)
    query = (select(FeedbackReply).join(Feedback, Feedback.id == FeedbackReply.feedback_id)
             .where(Feedback.member_id.in_(ids)).order_by(FeedbackReply.id))
    for reply in session.scalars(query):
        found[reply.feedback_id].append(
            f"{reply.created_at:%Y-%m-%d %H:%M} {reply.channel} ({reply.created_by}): "
            f"{reply.text}")
    return found


def _messages(session: Session, ids: Sequence[int]) -> Sheet:
    """The WhatsApp messages sent to them (or copied to be sent elsewhere), oldest first."""
    query = (select(MessageLog.sent_at, Member.card, MessageLog.template_name,
                    MessageLog.channel, MessageLog.text, MessageLog.till, MessageLog.sent_by)
             .join(Member, Member.id == MessageLog.member_id)
             .where(MessageLog.member_id.in_(ids))
             .order_by(MessageLog.sent_at, MessageLog.id))
    return Sheet(MESSAGES, MESSAGE_COLUMNS, q.count(session, query),
                 lambda: (tuple(row) for row in q.stream(session, query)))
