"""Rules for the people who log in: names, secrets and the lockout after failed tries."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from enum import StrEnum

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.roles import Role

MAX_FAILED_LOGINS = 5  # tries in a row before the account waits
LOCKOUT = timedelta(minutes=5)
PIN_DIGITS = (4, 8)
MIN_PASSWORD = 8
DEFAULT_IDLE_LOCK_MINUTES = 5  # the counter PC locks itself when left alone this long
IDLE_LOCK_MINUTES = (1, 120)  # a minute at least; two hours at most, or it guards nothing

_USERNAME = re.compile(r"[\w.\- ]{1,64}")


class SecretKind(StrEnum):
    PASSWORD = "password"
    PIN = "pin"  # digits, quick to type at the counter


def clean_username(raw: str) -> str:
    name = " ".join(raw.split())
    if not name:
        raise InvalidField(field="username", value=raw, reason="required")
    if not _USERNAME.fullmatch(name):
        raise InvalidField(field="username", value=raw, reason="username_chars")
    return name


def parse_role(raw: str) -> Role:
    try:
        return Role(raw.strip().lower())
    except ValueError:
        raise InvalidField(field="role", value=raw, reason="unknown_choice",
                           choices=", ".join(role.value for role in Role)) from None


def check_secret(secret: str, kind: SecretKind) -> None:
    """Refuse a PIN that is not 4 to 8 digits, or a password shorter than 8 characters."""
    if kind is SecretKind.PIN:
        low, high = PIN_DIGITS
        if not (secret.isascii() and secret.isdigit() and low <= len(secret) <= high):
            raise InvalidField(field="pin", value="…", reason="pin_digits", low=low, high=high)
    elif len(secret) < MIN_PASSWORD:
        raise InvalidField(field="password", value="…", reason="password_short",
                           limit=MIN_PASSWORD)


def locked_until_after_failure(failed_logins: int, now: datetime) -> datetime | None:
    """After this many failures in a row, when may the account try again (None: at once)."""
    return now + LOCKOUT if failed_logins >= MAX_FAILED_LOGINS else None


def check_idle_lock_minutes(minutes: int) -> int:
    """Refuse an idle time that is not a whole number of minutes from 1 to 120."""
    low, high = IDLE_LOCK_MINUTES
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise InvalidField(field="idle_lock_minutes", value=str(minutes), reason="out_of_range",
                           low=low, high=high)
    return minutes
