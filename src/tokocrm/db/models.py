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
    """Someone who acts in the app; the built-in owner exists from the first migration on."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        # A phone identifies one active member; merged and inactive records may repeat it.
        Index("uq_member_active_phone", "phone", unique=True,
              sqlite_where=text("status = 'active'"), postgresql_where=text("status = 'active'")),
        CheckConstraint("status IN ('active', 'inactive', 'merged')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    phone: Mapped[str] = mapped_column(String(16), index=True)  # E.164
    email: Mapped[str | None] = mapped_column(String(254))
    birthday: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(8))
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    joined_on: Mapped[date] = mapped_column(Date, index=True)
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(DateTime)
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
        Index("ix_purchase_member_time", "member_id", "purchased_at"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    amount: Mapped[int] = mapped_column(BigInteger)  # whole Rupiah
    purchased_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # shop's local time
    receipt: Mapped[str | None] = mapped_column(String(64), unique=True)
    items_count: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    till: Mapped[str] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(Text)
