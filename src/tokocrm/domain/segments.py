"""Customer segments: one lifecycle segment per member as of a day, plus the high-value and
recurring flags. Pure rules over a member's purchase figures; services/segments.py computes
those figures in SQL aggregates (never loading every purchase).

The usual gap is a member's own mean time between purchases, (last - first) / (purchases - 1),
never shorter than `min_gap_days`: two purchases on one day do not make a 0-day habit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from tokocrm.domain.errors import InvalidField


class Segment(StrEnum):
    """Lifecycle segments, in the order the dashboard shows them."""

    POTENTIAL = "potential"  # registered, never bought
    NEW = "new"  # one purchase, within new_days
    ACTIVE = "active"  # bought recently, not (yet) loyal
    LOYAL = "loyal"  # buys often and is on schedule
    AT_RISK = "at_risk"  # silent much longer than their own usual gap
    FORMER = "former"  # no purchase for longer than lapse_days


class Flag(StrEnum):
    HIGH_VALUE = "high_value"  # top share of 12-month spend
    RECURRING = "recurring"  # buys at regular intervals


@dataclass(frozen=True)
class SegmentRules:
    """The owner's thresholds (Settings); each field's one-line explanation is in the UI."""

    new_days: int = 90
    loyal_purchases: int = 4  # in the last 12 months
    at_risk_factor: float = 2.0  # silence longer than this many usual gaps
    min_gap_days: int = 7
    lapse_days: int = 180
    high_value_percent: int = 20  # top share of members who bought in 12 months
    recurring_min_gaps: int = 3
    recurring_max_spread: int = 35  # percent: standard deviation of gaps / mean gap

    def __post_init__(self) -> None:
        _check_range("new_days", self.new_days, 1, 3650)
        _check_range("loyal_purchases", self.loyal_purchases, 2, 1000)
        _check_range("at_risk_factor", self.at_risk_factor, 1, 20)
        _check_range("min_gap_days", self.min_gap_days, 1, 365)
        _check_range("lapse_days", self.lapse_days, self.new_days, 3650)
        _check_range("high_value_percent", self.high_value_percent, 1, 100)
        _check_range("recurring_min_gaps", self.recurring_min_gaps, 2, 1000)
        _check_range("recurring_max_spread", self.recurring_max_spread, 1, 200)


def _check_range(field: str, value: float, low: float, high: float) -> None:
    if isinstance(value, bool) or not low <= value <= high:
        raise InvalidField(field=field, value=str(value), reason="out_of_range", low=low,
                           high=high)


class History(NamedTuple):
    """One member's purchases up to the day segments are computed for (voided left out). A
    named tuple: a segment run makes one per member, 100,000 of them at a large shop."""

    purchases: int = 0
    purchases_12m: int = 0
    spend_12m: int = 0  # Rupiah
    first: date | None = None
    last: date | None = None
    gap_spread: float | None = None  # standard deviation of the gaps / their mean; None < 2 gaps


def usual_gap(history: History, rules: SegmentRules) -> float | None:
    if history.purchases < 2 or history.first is None or history.last is None:
        return None
    mean = (history.last - history.first).days / (history.purchases - 1)
    return max(mean, rules.min_gap_days)


def segment(history: History, as_of: date, rules: SegmentRules) -> Segment:
    if history.purchases == 0 or history.last is None:
        return Segment.POTENTIAL
    silence = (as_of - history.last).days
    if silence > rules.lapse_days:
        return Segment.FORMER
    gap = usual_gap(history, rules)
    if gap is None:  # one purchase: new for a while, then slipping away before it lapses
        return Segment.NEW if silence <= rules.new_days else Segment.AT_RISK
    if silence > rules.at_risk_factor * gap:
        return Segment.AT_RISK
    if history.purchases_12m >= rules.loyal_purchases and silence <= gap:
        return Segment.LOYAL
    return Segment.ACTIVE


def is_recurring(history: History, segment_: Segment, rules: SegmentRules) -> bool:
    """At least `recurring_min_gaps` gaps whose lengths hardly vary, and still a customer."""
    if segment_ in (Segment.POTENTIAL, Segment.FORMER) or history.gap_spread is None:
        return False
    return (history.purchases - 1 >= rules.recurring_min_gaps
            and history.gap_spread * 100 <= rules.recurring_max_spread)


def high_value_floor(spends_12m: Iterable[int], rules: SegmentRules) -> int | None:
    """The least 12-month spend that is high value: the spend of the last member inside the
    top `high_value_percent` of members who spent anything (ties at it count too). None when
    nobody bought in the last 12 months."""
    spending = sorted((s for s in spends_12m if s > 0), reverse=True)
    if not spending:
        return None
    inside = math.ceil(len(spending) * rules.high_value_percent / 100)
    return spending[inside - 1]


def is_high_value(spend_12m: int, floor: int | None) -> bool:
    return floor is not None and spend_12m >= floor > 0


def flags(history: History, segment_: Segment, floor: int | None,
          rules: SegmentRules) -> frozenset[Flag]:
    return flag_set(is_high_value(history.spend_12m, floor),
                    is_recurring(history, segment_, rules))


def flag_set(high_value: bool, recurring: bool) -> frozenset[Flag]:
    return _FLAG_SETS[high_value, recurring]


# The four possible answers, made once: a run gives one to each of 100,000 members.
_FLAG_SETS = {(high_value, recurring): frozenset(
    flag for flag, on in ((Flag.HIGH_VALUE, high_value), (Flag.RECURRING, recurring)) if on)
    for high_value in (False, True) for recurring in (False, True)}
