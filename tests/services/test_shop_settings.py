"""Shop settings are shared through the database, and only the owner may change them."""

from __future__ import annotations

import pytest

from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor

CASHIER = Actor(username="ani", role=Role.CASHIER)


def test_owner_sets_and_everyone_reads(services):
    services.settings.set(BUILTIN_OWNER, "shop_name", "Toko Maju Jaya")
    services.settings.set(BUILTIN_OWNER, "shop_name", "Toko Maju Jaya 2")
    assert services.settings.get(CASHIER, "shop_name") == "Toko Maju Jaya 2"
    assert services.settings.get(CASHIER, "missing", default=7) == 7


def test_cashier_cannot_change_settings_even_through_the_service(services):
    services.settings.set(BUILTIN_OWNER, "points_per_rupiah", 10_000)
    with pytest.raises(PermissionDenied, match="ani"):
        services.settings.set(CASHIER, "points_per_rupiah", 1)
    assert services.settings.get(BUILTIN_OWNER, "points_per_rupiah") == 10_000
