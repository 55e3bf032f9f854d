"""Mapped tables. Every change here needs an Alembic migration (tests compare the two)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from tokocrm.db.base import Base


class ShopSetting(Base):
    """A business rule or shop fact shared by every counter (key -> JSON value)."""

    __tablename__ = "shop_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class AppUser(Base):
    """Someone who logs in: the owner made at first start, then the users the owner adds."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint("role IN ('owner', 'cashier', 'bookkeeper')", name="role"),
        CheckConstraint("secret_kind IN ('password', 'pin')", name="secret_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    # Argon2id, never the secret itself. None only on the owner placeholder that shops from
    # before logins carry: it cannot log in, and first start sets it up.
    secret_hash: Mapped[str | None] = mapped_column(String(255))
    secret_kind: Mapped[str | None] = mapped_column(String(8))  # a password, or a numeric PIN
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's declaration)


class AuditEvent(Base):
    """Who did what, when: append-only (no service deletes a row). The one update: erasing a
    member empties the texts of their earlier events, so the trail keeps no personal data."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    role: Mapped[str | None] = mapped_column(String(16))  # none for a failed login
    till: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32), index=True)
    subject: Mapped[str | None] = mapped_column(String(120))  # e.g. "member 12", "purchase 7"
    details: Mapped[Any] = mapped_column(JSON)  # old and new values, file, rows, ...


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        # A phone identifies one active member; merged and inactive records may repeat it.
        Index("uq_member_active_phone", "phone", unique=True,
              sqlite_where=text("status = 'active'"), postgresql_where=text("status = 'active'")),
        CheckConstraint("status IN ('active', 'inactive', 'merged')", name="status"),
        # Covers the members table's "everyone listed, by name" without visiting 100k rows.
        Index("ix_member_name_status", "name", "status"),
        # Who counts on a day (active, joined by then), read by every segment run without
        # visiting the members' rows.
        Index("ix_member_status_joined_on", "status", "joined_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(16), index=True)  # E.164, or none
    email: Mapped[str | None] = mapped_column(String(254))
    birthday: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(8))
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    joined_on: Mapped[date] = mapped_column(Date, index=True)
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Erased on the customer's request (UU PDP): personal fields emptied, purchases kept.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    card_printed_at: Mapped[datetime | None] = mapped_column(DateTime)  # None: not printed yet
    status: Mapped[str] = mapped_column(String(8), default="active")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's declaration)


class ProductCategory(Base):
    """What a shop sells, kept by the owner (Sembako, Minuman, Pakaian, ...)."""

    __tablename__ = "product_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


purchase_category = Table(
    "purchase_category",
    Base.metadata,
    Column("purchase_id", ForeignKey("purchase.id"), primary_key=True),
    Column("category_id", ForeignKey("product_category.id"), primary_key=True, index=True),
)


class Purchase(Base):
    """A sale to a member. Never deleted: a mistake is voided with a reason."""

    __tablename__ = "purchase"
    __table_args__ = (
        # A member's purchases in time order (id breaks ties, as the history sorts), also
        # covering the 12-month spend summed at every purchase to find the tier.
        Index("ix_purchase_member_time_amount", "member_id", "purchased_at", "id", "amount",
              "voided_at"),
        CheckConstraint("amount >= 0 AND discount >= 0 AND amount + discount > 0",
                        name="amounts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    amount: Mapped[int] = mapped_column(BigInteger)  # whole Rupiah paid, after any discount
    discount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    purchased_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # shop's local time
    receipt: Mapped[str | None] = mapped_column(String(64), unique=True)
    items_count: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    till: Mapped[str] = mapped_column(String(64))
    branch: Mapped[str] = mapped_column(String(64), server_default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(Text)


class PurchaseSummary(Base):
    """A member's purchases (voided ones left out) in figures that only grow with time, kept
    by every write that adds, voids or moves a purchase (services/purchase_summary.py): the
    segments of today read one row per member instead of every purchase. No row: no purchase."""

    __tablename__ = "purchase_summary"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    purchases: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[datetime] = mapped_column(DateTime)
    last_at: Mapped[datetime] = mapped_column(DateTime)
    # The sum of squared days between consecutive purchases (in time order, id breaking ties):
    # with the count, first and last it gives the spread of the gaps (the recurring flag).
    gap_squares: Mapped[float] = mapped_column(Float)


class Reward(Base):
    """Something points buy, kept by the owner: Rupiah off, percent off (capped), a free item."""

    __tablename__ = "reward"
    __table_args__ = (
        CheckConstraint("kind IN ('discount-rp', 'discount-pct', 'free-item')", name="kind"),
        CheckConstraint("points > 0", name="points_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    value: Mapped[int | None] = mapped_column(BigInteger)  # Rupiah or percent off
    cap: Mapped[int | None] = mapped_column(BigInteger)  # most Rupiah off, for percent
    stock: Mapped[int | None] = mapped_column(Integer)  # None: unlimited
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Redemption(Base):
    """Points spent: on a catalog reward, or paying part of a purchase at their Rupiah value."""

    __tablename__ = "redemption"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("reward.id"))
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchase.id"), index=True)
    points: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(BigInteger)  # Rupiah off the purchase, 0 for an item
    till: Mapped[str] = mapped_column(String(64))
    branch: Mapped[str] = mapped_column(String(64), server_default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PointsEntry(Base):
    """The points ledger, append-only: a member's balance is the sum of their entries. A
    positive entry is a lot that expires on `expires_on`; a negative one takes its points
    from lots, recorded in points_allocation."""

    __tablename__ = "points_entry"
    __table_args__ = (
        CheckConstraint("points <> 0", name="points_nonzero"),
        Index("ix_points_entry_member_id", "member_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    points: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchase.id"), index=True)
    redemption_id: Mapped[int | None] = mapped_column(ForeignKey("redemption.id"))
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    # Once-only bonuses carry a key (e.g. "birthday:2026:17"), so a second grant cannot commit.
    bonus_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PointsAllocation(Base):
    """Which lot a negative entry took how many points from (first in, first out)."""

    __tablename__ = "points_allocation"
    __table_args__ = (CheckConstraint("points > 0", name="points_positive"),)

    debit_id: Mapped[int] = mapped_column(ForeignKey("points_entry.id"), primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("points_entry.id"), primary_key=True,
                                        index=True)
    points: Mapped[int] = mapped_column(Integer)


class FeedbackCategory(Base):
    """What feedback is about (Produk, Pelayanan, Harga, Toko, Lainnya), kept by the owner."""

    __tablename__ = "feedback_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Feedback(Base):
    """What a customer said: a member's, or a walk-in's without a card. Never edited."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),
        CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps"),
        CheckConstraint("channel IN ('counter', 'whatsapp', 'phone', 'social', 'review')",
                        name="channel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchase.id"))
    rating: Mapped[int] = mapped_column(Integer)
    nps: Mapped[int | None] = mapped_column(Integer)  # likelihood to recommend, 0-10
    category_id: Mapped[int] = mapped_column(ForeignKey("feedback_category.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str | None] = mapped_column(Text)
    complaint: Mapped[bool] = mapped_column(Boolean)  # marked as one, or rated 1-2
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    till: Mapped[str] = mapped_column(String(64))
    branch: Mapped[str] = mapped_column(String(64), server_default="")


class ComplaintCase(Base):
    """A complaint someone must close: open -> in progress -> resolved, reopened if need be."""

    __tablename__ = "complaint_case"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'in_progress', 'resolved')", name="status"),
        Index("ix_complaint_case_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    assignee: Mapped[str | None] = mapped_column(String(64))
    due_at: Mapped[datetime] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's declaration)


class CaseEvent(Base):
    """One change to a case, append-only: its history."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # opened, started, assigned, resolved, ...
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class FeedbackReply(Base):
    """What the shop answered a piece of feedback, when, by whom and through which channel."""

    __tablename__ = "feedback_reply"
    __table_args__ = (
        CheckConstraint("channel IN ('counter', 'whatsapp', 'phone', 'social', 'review')",
                        name="channel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class MessageTemplate(Base):
    """A WhatsApp message the owner wrote, with placeholders ({nama}, {poin}, ...). A promotional
    one goes only to members who agreed to receive offers; a service one (a complaint's answer)
    to anyone."""

    __tablename__ = "message_template"
    __table_args__ = (CheckConstraint("kind IN ('promo', 'service')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class MessageLog(Base):
    """A message sent to a member, append-only: their timeline shows who sent what, when."""

    __tablename__ = "message_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("message_template.id"))
    template_name: Mapped[str | None] = mapped_column(String(60))  # as it was named then
    channel: Mapped[str] = mapped_column(String(16))  # whatsapp, clipboard
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    sent_by: Mapped[str] = mapped_column(String(64))
    till: Mapped[str] = mapped_column(String(64))
