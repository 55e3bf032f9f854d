"""The shop's local time. Injected into the services so tests can set the date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in the shop's local time, to the second (what a receipt shows)."""
    return datetime.now().replace(microsecond=0)


def end_of_day(day: date) -> datetime:
    """The first moment after `day`: "up to the end of the day" is `< end_of_day(day)`."""
    return datetime.combine(day + timedelta(days=1), time())
