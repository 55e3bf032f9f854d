"""The shop's local time. Injected into the services so tests can set the date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in the shop's local time, to the second (what a receipt shows)."""
    return datetime.now().replace(microsecond=0)
