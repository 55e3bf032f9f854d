"""How long a counter may be left alone before it locks: the owner sets it, everyone reads it."""

from __future__ import annotations

import pytest

from tokocrm.db.models import ShopSetting
from tokocrm.domain.errors import InvalidField, PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.domain.users import DEFAULT_IDLE_LOCK_MINUTES
from tokocrm.services.actor import Actor
from tokocrm.services.users import IDLE_LOCK_KEY

OWNER = Actor("Bu Rina", Role.OWNER, till="kasir-1")
CASHIER = Actor("Dewi", Role.CASHIER, till="kasir-2")


def test_five_minutes_until_the_owner_says_otherwise(shop):
    assert shop.users.idle_lock_minutes(CASHIER) == DEFAULT_IDLE_LOCK_MINUTES == 5
    shop.users.set_idle_lock_minutes(OWNER, 15)
    assert shop.users.idle_lock_minutes(CASHIER) == 15
    event = shop.audit.events(OWNER, limit=1)[0]
    assert (event.action, event.subject, event.details) == (
        "settings_changed", IDLE_LOCK_KEY, {"old": None, "new": 15})


@pytest.mark.parametrize("minutes", [0, 121, -5, True, 2.5, "10"])
def test_minutes_outside_1_to_120_are_refused(shop, minutes):
    with pytest.raises(InvalidField) as refused:
        shop.users.set_idle_lock_minutes(OWNER, minutes)
    assert refused.value.params["reason"] == "out_of_range"
    assert shop.users.idle_lock_minutes(OWNER) == 5


@pytest.mark.parametrize("role", [Role.CASHIER, Role.BOOKKEEPER])
def test_only_the_owner_sets_them(shop, role):
    with pytest.raises(PermissionDenied):
        shop.users.set_idle_lock_minutes(Actor("x", role), 30)
    assert shop.users.idle_lock_minutes(OWNER) == 5


def test_a_stored_value_out_of_range_still_locks_after_the_default(shop):
    with shop.engine.begin() as connection:  # as if written by hand or by an old version
        connection.execute(ShopSetting.__table__.insert().values(key=IDLE_LOCK_KEY, value=0))
    assert shop.users.idle_lock_minutes(CASHIER) == DEFAULT_IDLE_LOCK_MINUTES
