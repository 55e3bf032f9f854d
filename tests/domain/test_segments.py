"""Each segment rule at its boundaries, on hand-made histories (default thresholds: new for 90
days, former after 180, at risk after twice the usual gap, loyal from 4 purchases in 12
months while within the usual gap; usual gap at least 7 days)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.segments import (
    Flag,
    History,
    Segment,
    SegmentRules,
    flags,
    high_value_floor,
    segment,
    usual_gap,
)

TODAY = date(2026, 11, 23)
RULES = SegmentRules()


def bought(*days_ago: int, in_12m: int | None = None, spend_12m: int = 0,
           spread: float | None = None) -> History:
    """A history of purchases the given numbers of days before TODAY."""
    days = sorted(days_ago, reverse=True)
    recent = sum(1 for d in days if d < 365) if in_12m is None else in_12m
    return History(purchases=len(days), purchases_12m=recent, spend_12m=spend_12m,
                   first=TODAY - timedelta(days=days[0]), last=TODAY - timedelta(days=days[-1]),
                   gap_spread=spread)


def test_never_bought_is_potential():
    assert segment(History(), TODAY, RULES) is Segment.POTENTIAL


@pytest.mark.parametrize("days_ago, expected", [
    (0, Segment.NEW), (90, Segment.NEW), (91, Segment.AT_RISK), (180, Segment.AT_RISK),
    (181, Segment.FORMER),
])
def test_one_purchase_is_new_then_at_risk_then_former(days_ago, expected):
    assert segment(bought(days_ago), TODAY, RULES) is expected


@pytest.mark.parametrize("silence, expected", [
    (30, Segment.ACTIVE), (60, Segment.ACTIVE), (61, Segment.AT_RISK), (180, Segment.AT_RISK),
    (181, Segment.FORMER),
])
def test_at_risk_after_twice_the_usual_gap(silence, expected):
    # two purchases 30 days apart: the usual gap is 30 days, at risk after 60 days of silence
    assert segment(bought(silence + 30, silence), TODAY, RULES) is expected


def test_former_wins_over_a_long_habit():
    """A member who bought every 100 days is not "at risk" at 181 days: the lapse window
    comes first."""
    history = bought(381, 281, 181)
    assert usual_gap(history, RULES) == 100
    assert segment(history, TODAY, RULES) is Segment.FORMER


@pytest.mark.parametrize("silence, expected", [
    (7, Segment.LOYAL), (8, Segment.ACTIVE), (14, Segment.ACTIVE), (15, Segment.AT_RISK),
])
def test_loyal_while_within_the_usual_gap(silence, expected):
    weekly = bought(*(silence + 7 * n for n in range(4)))  # 4 purchases a week apart
    assert segment(weekly, TODAY, RULES) is expected


def test_loyal_needs_four_purchases_in_the_last_12_months():
    old_habit = bought(400, 393, 386, 7, 0)  # 5 purchases, only 2 in the last 12 months
    assert segment(old_habit, TODAY, RULES) is Segment.ACTIVE
    three = bought(21, 14, 7, 0)
    assert segment(three, TODAY, RULES) is Segment.LOYAL
    assert segment(bought(14, 7, 0), TODAY, RULES) is Segment.ACTIVE


def test_the_usual_gap_is_never_shorter_than_the_minimum():
    """Two purchases on one day do not make a 0-day habit: at risk only after 2 x 7 days."""
    same_day = bought(10, 10)
    assert usual_gap(same_day, RULES) == 7
    assert segment(same_day, TODAY, RULES) is Segment.ACTIVE
    assert segment(bought(15, 15), TODAY, RULES) is Segment.AT_RISK


def test_thresholds_are_the_owners():
    rules = SegmentRules(new_days=30, lapse_days=60, loyal_purchases=3, at_risk_factor=3)
    assert segment(bought(31), TODAY, rules) is Segment.AT_RISK
    assert segment(bought(61), TODAY, rules) is Segment.FORMER
    assert segment(bought(20, 10, 0), TODAY, rules) is Segment.LOYAL
    assert segment(bought(40, 30), TODAY, rules) is Segment.ACTIVE  # 30 days: 3 x the gap
    assert segment(bought(41, 31), TODAY, rules) is Segment.AT_RISK


def test_high_value_floor_is_the_top_share_of_spenders_with_ties():
    spends = [0, 0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]  # 10 spent something
    assert high_value_floor(spends, RULES) == 900  # top 20% of 10 = 2 members
    assert high_value_floor([500, 500, 500, 100], RULES) == 500  # ceil(0.8) = 1; ties count
    assert high_value_floor([0, 0], RULES) is None
    assert high_value_floor([10, 20, 30], SegmentRules(high_value_percent=100)) == 10


def test_high_value_flag_at_the_floor():
    kind = Segment.ACTIVE
    assert flags(bought(5, spend_12m=900), kind, 900, RULES) == {Flag.HIGH_VALUE}
    assert flags(bought(5, spend_12m=899), kind, 900, RULES) == frozenset()
    assert flags(bought(5, spend_12m=0), kind, None, RULES) == frozenset()


@pytest.mark.parametrize("days_ago, spread, kind, expected", [
    ((90, 60, 30, 0), 0.35, Segment.LOYAL, True),  # 3 gaps, spread at the limit
    ((90, 60, 30, 0), 0.36, Segment.LOYAL, False),
    ((60, 30, 0), 0.0, Segment.ACTIVE, False),  # only 2 gaps
    ((270, 240, 210, 181), 0.0, Segment.FORMER, False),  # a former regular is not recurring
    ((120, 90, 60, 30), 0.1, Segment.AT_RISK, True),  # a regular who is late still is one
])
def test_recurring_needs_three_gaps_of_similar_length(days_ago, spread, kind, expected):
    history = bought(*days_ago, spread=spread)
    assert (Flag.RECURRING in flags(history, kind, None, RULES)) is expected


@pytest.mark.parametrize("field, value", [
    ("new_days", 0), ("lapse_days", 89), ("at_risk_factor", 0.5), ("high_value_percent", 0),
    ("high_value_percent", 101), ("recurring_min_gaps", 1), ("loyal_purchases", True),
])
def test_impossible_thresholds_are_refused(field, value):
    with pytest.raises(InvalidField) as refused:
        SegmentRules(**{field: value})
    assert refused.value.params["field"] == field
