"""Random sequences of earn / redeem / void / expire / adjust keep the ledger's promises:
the balance is the ledger's sum, it goes below zero only through a void, and
expired + redeemed + outstanding = issued. On both engines, each example in a shop without
members."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.orm import Session

from tokocrm.db.engine import make_engine
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.loyalty import LoyaltyRules
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput, PurchaseInput
from tokocrm.services.points_ledger import open_lots

steps = st.lists(st.one_of(
    st.tuples(st.just("earn"), st.integers(1, 3_000_000)),
    st.tuples(st.just("redeem"), st.integers(1, 400)),
    st.tuples(st.just("void"), st.integers(0, 20)),
    st.tuples(st.just("expire"), st.integers(1, 200)),
    st.tuples(st.just("adjust"), st.integers(-300, 300).filter(bool)),
), min_size=1, max_size=25)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 10, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def new_shop(db_url):
    """Gives each hypothesis example a shop without members, purchases or points: a new SQLite
    file, or on PostgreSQL the one test database emptied of every member and what hangs off
    them (TRUNCATE member ... CASCADE; a database copied per example took 70% longer)."""
    if db_url.startswith("sqlite"):
        @contextmanager
        def sqlite_shop() -> Iterator[str]:
            with tempfile.TemporaryDirectory() as folder:
                yield f"sqlite:///{Path(folder) / 'shop.db'}"

        return sqlite_shop

    @contextmanager
    def emptied_shop() -> Iterator[str]:
        engine = make_engine(db_url)
        try:
            with engine.begin() as connection:
                connection.execute(text("TRUNCATE member RESTART IDENTITY CASCADE"))
        finally:
            engine.dispose()
        yield db_url

    open_services(db_url).close()  # migrated once
    return emptied_shop


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_random_histories_keep_the_ledger_exact(new_shop, steps):
    with new_shop() as url:
        clock = Clock()
        shop = open_services(url, clock=clock)
        try:
            shop.loyalty.set_rules(BUILTIN_OWNER, LoyaltyRules(expiry_months=3))
            member = shop.members.register(BUILTIN_OWNER, MemberInput(
                name="Siti", phone="081234567890"))
            _play(shop, clock, member.id, steps)
        finally:
            shop.close()


def _play(shop, clock, member_id, steps) -> None:
    purchases: list[int] = []
    voided_any = False
    for action, value in steps:
        clock.now += timedelta(hours=1)
        try:
            if action == "earn":
                purchases.append(shop.purchases.record(
                    BUILTIN_OWNER, PurchaseInput(member_id=member_id, amount=value)).id)
            elif action == "redeem":
                shop.purchases.record(BUILTIN_OWNER, PurchaseInput(
                    member_id=member_id, amount=1_000_000, pay_points=value))
            elif action == "void" and purchases:
                shop.purchases.void(BUILTIN_OWNER, purchases.pop(value % len(purchases)), "x")
                voided_any = True
            elif action == "expire":
                clock.now += timedelta(days=value)
                shop.loyalty.expire(BUILTIN_OWNER)
            elif action == "adjust":
                shop.loyalty.adjust(BUILTIN_OWNER, member_id, value, "koreksi")
        except InvalidField as refused:  # an overdraw is refused, and changes nothing
            assert refused.params["reason"] == "not_enough_points"
        _check(shop, member_id, voided_any)


def _check(shop, member_id: int, voided_any: bool) -> None:
    balance = shop.loyalty.standing(BUILTIN_OWNER, member_id).balance
    entries = shop.loyalty.history(BUILTIN_OWNER, member_id, limit=10**6)
    assert balance == sum(e.points for e in entries)
    assert balance >= 0 or voided_any
    with Session(shop.engine) as session:  # the lots hold exactly what the balance says
        assert sum(lot.remaining for lot in open_lots(session, member_id)) == max(balance, 0)
    by_kind: dict[str, int] = {}
    for entry in entries:
        by_kind[entry.kind] = by_kind.get(entry.kind, 0) + entry.points
    totals = shop.loyalty.totals(BUILTIN_OWNER)
    assert totals.redeemed == -(by_kind.get("redeem", 0) + by_kind.get("refund", 0)) >= 0
    assert totals.expired == -by_kind.get("expire", 0) >= 0
    assert totals.issued == sum(by_kind.get(kind, 0) for kind in (
        "earn", "welcome", "birthday", "referral", "adjust", "reversal"))
    assert totals.expired + totals.redeemed + totals.outstanding == totals.issued
    assert totals.outstanding == balance
