"""Recording, voiding and listing purchases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from tests.factories import make_member, make_purchase
from tokocrm.domain.errors import (
    AlreadyVoided,
    DuplicateReceipt,
    InvalidField,
    NotFound,
    PermissionDenied,
)
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import PurchaseInput

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")


def test_record_stores_who_where_and_categories(services):
    member = make_member(services)
    sembako, minuman = (c for c in services.categories.list(CASHIER)
                        if c.name in ("Sembako", "Minuman"))
    row = services.purchases.record(CASHIER, PurchaseInput(
        member_id=member.id, amount=125_000, receipt="INV-1", items_count=4,
        category_ids=(sembako.id, minuman.id), note="pakai kantong"))
    assert (row.amount, row.receipt, row.items_count, row.card) == (
        125_000, "INV-1", 4, member.card)
    assert (row.till, row.recorded_by, row.voided) == ("kasir-1", "ani", False)
    assert row.categories == ("Minuman", "Sembako")
    assert row.points_earned == 12  # Rp 125.000 at 1 point per Rp 10.000, Silver 1x
    assert services.purchases.list(CASHIER, member_id=member.id) == [
        replace(row, points_earned=None)]


@pytest.mark.parametrize("amount", [0, -5000, 1_000_000_001, 12.5, "50000", True])
def test_bad_amounts_are_refused_and_nothing_is_saved(services, amount):
    member = make_member(services)
    with pytest.raises(InvalidField, match="amount"):
        make_purchase(services, member, amount)
    assert services.purchases.list(BUILTIN_OWNER) == []


def test_duplicate_receipt_is_refused(services):
    member = make_member(services)
    first = make_purchase(services, member, receipt="INV-7")
    with pytest.raises(DuplicateReceipt) as refused:
        make_purchase(services, member, receipt=" INV-7 ")
    assert refused.value.params["purchase_id"] == first.id
    assert len(services.purchases.list(BUILTIN_OWNER)) == 1


def test_unknown_member_and_category_are_refused(services):
    with pytest.raises(NotFound):
        services.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=999, amount=1000))
    member = make_member(services)
    with pytest.raises(InvalidField, match="category"):
        make_purchase(services, member, category_ids=(999,))


def test_only_the_owner_back_dates_and_nobody_records_the_future(services):
    member = make_member(services)
    last_week = datetime.now().replace(microsecond=0) - timedelta(days=7)
    with pytest.raises(PermissionDenied):
        services.purchases.record(CASHIER, PurchaseInput(member.id, 10_000, at=last_week))
    assert make_purchase(services, member, at=last_week).purchased_at == last_week
    with pytest.raises(InvalidField, match="future"):
        make_purchase(services, member, at=datetime.now() + timedelta(hours=2))


def test_void_needs_a_reason_and_drops_the_purchase_from_totals(services):
    member = make_member(services)
    keep = make_purchase(services, member, 40_000)
    wrong = make_purchase(services, member, 400_000)
    with pytest.raises(InvalidField, match="reason"):
        services.purchases.void(CASHIER, wrong.id, "  ")
    voided = services.purchases.void(CASHIER, wrong.id, "salah ketik")
    assert voided.voided and voided.void_reason == "salah ketik"
    with pytest.raises(AlreadyVoided):
        services.purchases.void(CASHIER, wrong.id, "lagi")
    stats = services.purchases.stats(CASHIER, member.id)
    assert (stats.visits, stats.total_spend, stats.average_basket) == (1, 40_000, 40_000)
    assert [p.id for p in services.purchases.list(CASHIER)] == [keep.id, wrong.id]


def test_a_cashier_cannot_void_yesterday(services):
    member = make_member(services)
    old = make_purchase(services, member, at=datetime.now().replace(microsecond=0)
                        - timedelta(days=1, hours=1))
    with pytest.raises(PermissionDenied):
        services.purchases.void(CASHIER, old.id, "retur")
    assert services.purchases.void(BUILTIN_OWNER, old.id, "retur").voided


def test_stats_give_the_profile_its_figures(services):
    member = make_member(services)
    assert services.purchases.stats(CASHIER, member.id).visits == 0
    categories = {c.name: c.id for c in services.categories.list(CASHIER)}
    now = datetime.now().replace(microsecond=0)
    make_purchase(services, member, 10_000, at=now - timedelta(days=30),
                  category_ids=(categories["Minuman"],))
    make_purchase(services, member, 20_001, at=now - timedelta(days=2),
                  category_ids=(categories["Minuman"], categories["Sembako"]))
    stats = services.purchases.stats(CASHIER, member.id)
    assert (stats.visits, stats.total_spend, stats.average_basket) == (2, 30_001, 15_000)
    assert stats.first_visit == now - timedelta(days=30)
    assert stats.last_visit == now - timedelta(days=2)
    assert stats.favourite_categories == (("Minuman", 2), ("Sembako", 1))


def test_list_filters_by_inclusive_dates(services):
    member = make_member(services)
    today = date.today()
    for days in (10, 5, 0):  # at midnight: today's is never in the future, whenever this runs
        make_purchase(services, member, at=datetime.combine(
            today - timedelta(days=days), datetime.min.time()))
    rows = services.purchases.list(CASHIER, date_from=today - timedelta(days=5), date_to=today)
    assert len(rows) == 2
    assert len(services.purchases.list(CASHIER, date_to=today - timedelta(days=5))) == 2


def test_categories_are_kept_by_the_owner(services):
    added = services.categories.add(BUILTIN_OWNER, "  Obat   Warung ")
    assert added.name == "Obat Warung"
    with pytest.raises(InvalidField):
        services.categories.add(BUILTIN_OWNER, "obat warung".title())
    with pytest.raises(PermissionDenied):
        services.categories.add(CASHIER, "Rokok")
    services.categories.set_active(BUILTIN_OWNER, added.id, False)
    assert "Obat Warung" not in [c.name for c in services.categories.list(CASHIER)]
