"""Member fields and their rules, independent of storage."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from tokocrm.domain.errors import InvalidField

MAX_NAME = 100
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    MERGED = "merged"  # kept only so its card still finds the member it was merged into


def clean_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise InvalidField(field="name", value=text, reason="required")
    if len(name) > MAX_NAME:
        raise InvalidField(field="name", value=text, reason="too_long", limit=MAX_NAME)
    return name


def clean_email(text: str | None) -> str | None:
    email = (text or "").strip()
    if not email:
        return None
    if not _EMAIL.fullmatch(email) or len(email) > 254:
        raise InvalidField(field="email", value=text, reason="not_email")
    return email.lower()


def check_birthday(birthday: date | None, today: date) -> date | None:
    if birthday is None:
        return None
    if birthday > today or birthday.year < today.year - 120:
        raise InvalidField(field="birthday", value=birthday.isoformat(),
                           reason="impossible_birthday")
    return birthday


def optional_text(text: str | None, field: str, limit: int = 2000) -> str | None:
    value = (text or "").strip()
    if len(value) > limit:
        raise InvalidField(field=field, value=text[:40], reason="too_long", limit=limit)
    return value or None


def parse_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidField(field=field, value=text, reason="not_date") from error
