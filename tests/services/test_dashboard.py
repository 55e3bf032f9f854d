"""The dashboard on a worked example, on both engines: each figure for the period and the one
before, the segment mix and revenue by segment at month-ends (kept, and computed again when a
void changes the past), progress and cancel, and who may see it.

Today is 2026-03-10 (the clock fixture): the period is Feb 9 - Mar 10, the one before Jan 10 -
Feb 8; 90-day retention compares Sep 12 - Dec 10 with Dec 11 - Mar 10. Complaint cases are due
48 hours after they are opened; the figures take them as they stood at each period's end."""

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
from tokocrm.services.feedback_dto import FeedbackInput


def member(shop, name, joined: date, phone: str | None):
    return shop.members.register(BUILTIN_OWNER, MemberInput(name=name, phone=phone,
                                                            joined_on=joined))


def bought(shop, who, day: date, amount: int) -> int:
    return shop.purchases.record(BUILTIN_OWNER, PurchaseInput(
        member_id=who.id, amount=amount, at=datetime(day.year, day.month, day.day, 10))).id


@pytest.fixture
def example(shop, clock):
    a = member(shop, "Ani", date(2025, 1, 1), "081200000001")
    b = member(shop, "Budi", date(2026, 2, 20), "081200000002")
    c = member(shop, "Citra", date(2026, 2, 1), "081200000003")
    d = member(shop, "Dedi", date(2025, 6, 1), None)  # card only: no WhatsApp
    bought(shop, a, date(2025, 12, 1), 100_000)
    bought(shop, a, date(2026, 3, 1), 100_000)
    feb = bought(shop, b, date(2026, 2, 25), 50_000)
    bought(shop, d, date(2025, 11, 15), 200_000)
    _feedback(shop, clock, a)
    return {"a": a, "b": b, "c": c, "d": d, "feb": feb}


def said(shop, clock, when: tuple[int, ...], rating: int, who=None, complaint=False):
    """Feedback given at `when` (the service takes the time from the clock)."""
    clock.set(*when)
    return shop.feedback.record(BUILTIN_OWNER, FeedbackInput(
        rating=rating, member_id=who and who.id, complaint=complaint))


def _feedback(shop, clock, a) -> None:
    said(shop, clock, (2026, 1, 15, 9), 5)  # praise, no case
    late = said(shop, clock, (2026, 1, 20, 10), 2, a)  # due Jan 22, resolved Feb 15
    said(shop, clock, (2026, 2, 8, 12), 4, complaint=True)  # a walk-in's; due Feb 10, open
    started = said(shop, clock, (2026, 3, 1, 10), 2)  # due Mar 3, in progress
    said(shop, clock, (2026, 3, 5, 10), 5)
    said(shop, clock, (2026, 3, 9, 15), 1)  # due Mar 11 15:00: after the period's end
    clock.set(2026, 3, 2, 9)
    shop.feedback.start(BUILTIN_OWNER, started.case_id)
    clock.set(2026, 2, 15, 10)
    shop.feedback.resolve(BUILTIN_OWNER, late.case_id, "Diganti")
    clock.set(2026, 3, 10, 10, 0)


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


def test_complaints_open_and_overdue_at_each_periods_end_and_the_average_rating(shop, example):
    board = shop.dashboard.compute(BUILTIN_OWNER)
    now, before = board.now, board.before
    # At Mar 11 00:00: the walk-in's (due Feb 10) and the one in progress (due Mar 3) are
    # overdue; Mar 9's is open but not due yet; Jan 20's was resolved on Feb 15.
    assert (now.open_complaints, now.overdue_complaints) == (3, 2)
    assert now.average_rating == pytest.approx((2 + 5 + 1) / 3)
    # At Feb 9 00:00: Jan 20's (resolved only later) is overdue, the walk-in's due Feb 10 is
    # not; the March cases were not opened yet.
    assert (before.open_complaints, before.overdue_complaints) == (2, 1)
    assert before.average_rating == pytest.approx((5 + 2 + 4) / 3)


def test_a_case_due_later_today_is_not_overdue_yet(shop, clock, example):
    said(shop, clock, (2026, 3, 8, 12), 1)  # due today at 12:00; it is 10:00
    clock.set(2026, 3, 10, 10, 0)
    now = shop.dashboard.compute(BUILTIN_OWNER).now
    assert (now.open_complaints, now.overdue_complaints) == (4, 2)
    clock.set(2026, 3, 10, 12, 0, 1)
    now = shop.dashboard.compute(BUILTIN_OWNER).now
    assert (now.open_complaints, now.overdue_complaints) == (4, 3)


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
    assert board.now.open_complaints == board.now.overdue_complaints == 0
    assert board.now.average_rating is None


def test_a_rating_reads_in_stars_and_moves_in_points(shop, example):
    """The dashboard's words for the new figures (ui.widgets.dashboard_texts: pure functions,
    no window needed), in English."""
    from PySide6.QtCore import QLocale

    from tokocrm.ui.widgets.dashboard_texts import indicators, is_worse, trend_text, value_text

    board = shop.dashboard.compute(BUILTIN_OWNER)
    before_locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        shown = {i.key: i for i in indicators()}
        rating = shown["average_rating"]
        assert (rating.caption, rating.kind) == ("Average rating (30 days)", "rating")
        assert value_text("rating", board.now.average_rating) == "2.7 ★"
        assert trend_text(rating, board.now, board.before) == "▼ 1.0 points on the 30 days before"
        assert is_worse(rating, board.now, board.before)
        overdue = shown["overdue_complaints"]
        assert (overdue.caption, shown["open_complaints"].caption) == (
            "Overdue complaints", "Open complaints")
        assert is_worse(overdue, board.now, board.before)  # 2 against 1: more is worse
        assert value_text("count", board.now.overdue_complaints) == "2"
    finally:
        QLocale.setDefault(before_locale)
