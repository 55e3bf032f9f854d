"""Mapped tables. Every change here needs an Alembic migration (tests compare the two)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
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
