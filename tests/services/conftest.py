"""A shop on a clock the tests move, with the loyalty bonuses off unless a test turns them on."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tokocrm.domain.loyalty import LoyaltyRules
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services

NO_BONUSES = LoyaltyRules(welcome_bonus=0, birthday_bonus=0, referral_bonus=0)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)

    def set(self, *args: int) -> None:
        self.now = datetime(*args)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 10, 10, 0))


@pytest.fixture
def shop(db_url, clock):
    services = open_services(db_url, clock=clock)
    services.loyalty.set_rules(BUILTIN_OWNER, NO_BONUSES)
    yield services
    services.close()
