"""The dashboard on a worked example, on both engines: each figure for the period and the one
before, the segment mix and revenue by segment at month-ends (kept, and computed again when a
void changes the past), progress and cancel, and who may see it.

Today is 2026-03-10 (the clock fixture): the period is Feb 9 - Mar 10, the one before Jan 10 -
Feb 8; 90-day retention compares Sep 12 - Dec 10 with Dec 11 - Mar 10."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from tokocrm.db.models import ShopSetting
from tokocrm.domain.errors import Cancelled, PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.domain.segments import Segment
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.customer_value import Fallback
from tokocrm.services.dto import MemberInput, PurchaseInput


def member(shop, name, joined: date, phone: str | None):
    return shop.members.register(BUILTIN_OWNER, MemberInput(name=name, phone=phone,
                                                            joined_on=joined))


def bought(shop, who, day: date, amount: int) -> int:
    return shop.purchases.record(BUILTIN_OWNER, PurchaseInput(
        member_id=who.id, amount=amount, at=datetime(day.year, day.month, day.day, 10))).id


@pytest.fixture
def example(shop):
    a = member(shop, "Ani", date(2025, 1, 1), "081200000001")
    b = member(shop, "Budi", date(2026, 2, 20), "081200000002")
    c = member(shop, "Citra", date(2026, 2, 1), "081200000003")
    d = member(shop, "Dedi", date(2025, 6, 1), None)  # card only: no WhatsApp
    bought(shop, a, date(2025, 12, 1), 100_000)
    bought(shop, a, date(2026, 3, 1), 100_000)
    feb = bought(shop, b, date(2026, 2, 25), 50_000)
    bought(shop, d, date(2025, 11, 15), 200_000)
    return {"a": a, "b": b, "c": c, "d": d, "feb": feb}


def test_the_figures_of_the_period_and_the_one_before(shop, example):
    board = shop.dashboard.compute(BUILTIN_OWNER)
    now = board.now
    assert (now.active_members, now.new_members, now.revenue, now.visits) == (
        2, 1, 150_000, 2)
    assert now.one_time_rate == pytest.approx(2 / 3)  # Budi and Dedi bought once, Ani twice
    assert now.repeat_rate == pytest.approx(1 / 2)  # of Ani and Budi, Ani had bought before
    assert now.retention_90 == pytest.approx(1 / 2)  # Ani came back, Dedi did not
    assert now.conversion == pytest.approx(1 / 2)  # of Budi and Citra (joined lately), Budi
    assert now.incomplete_contact == 1  # Dedi
    assert now.points_liability == (10 + 10 + 5 + 20) * 100
    before = board.before
    assert (before.active_members, before.new_members, before.revenue) == (0, 1, 0)  # Citra
    assert before.repeat_rate is None  # nobody bought: no share to speak of
    assert before.one_time_rate == 1  # Ani and Dedi had each bought once by Feb 8


def test_segments_now_and_at_the_month_ends(shop, example):
    board = shop.dashboard.compute(BUILTIN_OWNER)
    assert board.as_of == date(2026, 3, 10)
    assert board.segments.counts() == {Segment.POTENTIAL: 1, Segment.NEW: 1, Segment.ACTIVE: 1,
                                       Segment.LOYAL: 0, Segment.AT_RISK: 1, Segment.FORMER: 0}
    assert [m.month_end for m in board.months] == [
        date(2025, 3, 31), date(2025, 4, 30), date(2025, 5, 31), date(2025, 6, 30),
        date(2025, 7, 31), date(2025, 8, 31), date(2025, 9, 30), date(2025, 10, 31),
        date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 31), date(2026, 2, 28)]
    feb = board.months[-1]
    # Ani's one purchase is 89 days old (new), Budi's 3 days; Dedi silent for 105 days
    assert feb.counts == {Segment.POTENTIAL: 1, Segment.NEW: 2, Segment.ACTIVE: 0,
                          Segment.LOYAL: 0, Segment.AT_RISK: 1, Segment.FORMER: 0}
    assert feb.revenue[Segment.NEW] == 50_000 and sum(feb.revenue.values()) == 50_000
    march_2025 = board.months[0]
    assert sum(march_2025.counts.values()) == 1  # only Ani had joined
    assert board.value_model.fallback is Fallback.HISTORY_TOO_SHORT
    assert board.values.member_ids.size == 3


def test_past_month_ends_are_kept_and_computed_again_after_a_void(shop, example):
    shop.dashboard.compute(BUILTIN_OWNER)
    with shop.members._sessions() as session:
        kept = session.scalar(select(ShopSetting.value).where(
            ShopSetting.key == "segment_mix:2026-02-28"))
    assert kept["counts"]["new"] == 2
    shop.purchases.void(BUILTIN_OWNER, example["feb"], "salah input")
    feb = shop.dashboard.compute(BUILTIN_OWNER).months[-1]
    assert (feb.counts[Segment.NEW], feb.counts[Segment.POTENTIAL]) == (1, 2)
    assert sum(feb.revenue.values()) == 0


def test_progress_counts_every_step_and_cancel_stops(shop, example):
    seen = []
    shop.dashboard.compute(BUILTIN_OWNER, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 16) for n in range(1, 17)]
    with pytest.raises(Cancelled):
        shop.dashboard.compute(BUILTIN_OWNER, cancel=lambda: True)


def test_only_the_owner_and_the_bookkeeper_see_the_dashboard(shop):
    with pytest.raises(PermissionDenied):
        shop.dashboard.compute(Actor(username="ani", role=Role.CASHIER))
    board = shop.dashboard.compute(Actor(username="dewi", role=Role.BOOKKEEPER))
    assert board.now.active_members == 0 and board.now.one_time_rate is None
