"""Segments computed from the database on both engines: the SQL figures each member's rules
need (12-month counts and spend, first and last purchase, the spread of the gaps), voided
purchases left out, the day they are computed for, the owner's thresholds, and who may see."""

from __future__ import annotations

import itertools
import math
import statistics
from datetime import date, datetime, timedelta

import pytest

from tests.factories import make_member
from tokocrm.domain.errors import Cancelled, InvalidField, PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.domain.segments import Flag, Segment, SegmentRules
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import PurchaseInput

CASHIER = Actor(username="ani", role=Role.CASHIER)
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER)
TODAY = date(2026, 3, 10)  # the clock fixture's day


def joined(shop, name, days_ago=400):
    return make_member(shop, name, joined_on=TODAY - timedelta(days=days_ago))


def bought(shop, who, *days_ago, amount=100_000):
    """Purchases at 10:00 the given numbers of days before today; their ids."""
    return [shop.purchases.record(BUILTIN_OWNER, PurchaseInput(
        member_id=who.id, amount=amount,
        at=datetime.combine(TODAY - timedelta(days=d), datetime.min.time()).replace(hour=10)
    )).id for d in days_ago]


@pytest.fixture
def members(shop):
    """One member in every segment; the monthly regular is also the big spender."""
    found = {"potential": joined(shop, "Potensial"), "new": joined(shop, "Baru", 20),
             "active": joined(shop, "Aktif"), "loyal": joined(shop, "Setia"),
             "at_risk": joined(shop, "Berisiko"), "former": joined(shop, "Mantan")}
    bought(shop, found["new"], 10)
    bought(shop, found["active"], 70, 40, 20)  # gap 25 days, 20 days silent, 3 purchases
    bought(shop, found["loyal"], 120, 90, 60, 30, 0, amount=1_000_000)  # monthly, to the day
    bought(shop, found["at_risk"], 130, 120, 110, 100)  # every 10 days, silent for 100
    bought(shop, found["former"], 300, 200)
    return found


def test_every_member_gets_one_segment_and_the_counts_add_up(shop, members):
    run = shop.segments.compute(BUILTIN_OWNER)
    assert run.as_of == TODAY
    assert {name: run.members[m.id][0] for name, m in members.items()} == {
        name: Segment(name) for name in members}
    assert run.counts() == dict.fromkeys(Segment, 1)
    assert run.member_ids(Segment.LOYAL) == [members["loyal"].id]
    # 5 members spent in the last 12 months: the top 20% is the one monthly regular
    assert run.high_value_floor == 5_000_000
    assert run.member_ids(Flag.HIGH_VALUE) == [members["loyal"].id]
    # 4 gaps of 30 days (spread 0) and 3 of 10 days: both recurring
    assert sorted(run.member_ids(Flag.RECURRING)) == sorted(
        [members["loyal"].id, members["at_risk"].id])
    assert run.flag_counts() == {Flag.HIGH_VALUE: 1, Flag.RECURRING: 2}


def test_the_gap_spread_is_computed_in_sql_as_statistics_would(shop):
    siti = joined(shop, "Siti")
    days_ago = [100, 93, 80, 50, 45, 3]
    bought(shop, siti, *days_ago)
    history = shop.segments.of_member(CASHIER, siti.id).history
    gaps = [a - b for a, b in itertools.pairwise(days_ago)]
    assert math.isclose(history.gap_spread, statistics.pstdev(gaps) / statistics.mean(gaps),
                        rel_tol=1e-6)
    assert (history.purchases, history.purchases_12m, history.spend_12m) == (6, 6, 600_000)
    assert (history.first, history.last) == (TODAY - timedelta(100), TODAY - timedelta(3))


def test_voided_purchases_do_not_count(shop):
    siti = joined(shop, "Siti")
    _first, second = bought(shop, siti, 50, 10)
    shop.purchases.void(BUILTIN_OWNER, second, "salah input")
    assert shop.segments.of_member(CASHIER, siti.id).history.last == TODAY - timedelta(50)


def test_as_of_an_earlier_day_leaves_out_later_purchases_and_members(shop, members):
    before = TODAY - timedelta(days=65)
    run = shop.segments.compute(BUILTIN_OWNER, as_of=before)
    assert members["new"].id not in run.members  # joined 20 days ago
    assert run.members[members["active"].id][0] is Segment.NEW  # one purchase, 5 days before
    assert run.members[members["loyal"].id][0] is Segment.ACTIVE  # 2 purchases: not yet loyal
    assert run.members[members["former"].id][0] is Segment.ACTIVE  # 135 days silent, gap 100


def test_the_owners_thresholds_are_used_everywhere(shop, members):
    shop.segments.set_rules(BUILTIN_OWNER, SegmentRules(lapse_days=90, loyal_purchases=3))
    assert shop.segments.rules(CASHIER).lapse_days == 90
    run = shop.segments.compute(BUILTIN_OWNER)
    assert run.members[members["at_risk"].id][0] is Segment.FORMER  # 100 days silent
    assert run.members[members["active"].id][0] is Segment.LOYAL  # 3 purchases are enough
    assert shop.segments.of_member(CASHIER, members["at_risk"].id).segment is Segment.FORMER


def test_the_counter_sees_the_segment_and_the_last_high_value_floor(shop, members):
    loyal = members["loyal"].id
    assert shop.segments.of_member(CASHIER, loyal).flags == {Flag.RECURRING}  # no run yet
    shop.segments.compute(BUILTIN_OWNER)
    seen = shop.segments.of_member(CASHIER, loyal)
    assert (seen.segment, seen.flags) == (Segment.LOYAL, {Flag.HIGH_VALUE, Flag.RECURRING})
    assert shop.segments.of_member(CASHIER, members["potential"].id).segment is (
        Segment.POTENTIAL)


def test_inactive_members_have_no_segment(shop, members):
    gone = shop.members.get(BUILTIN_OWNER, members["former"].id)
    shop.members.update(BUILTIN_OWNER, gone.id, {"status": "inactive"}, gone.version)
    assert shop.segments.of_member(CASHIER, gone.id) is None
    assert gone.id not in shop.segments.compute(BUILTIN_OWNER).members


def test_a_long_run_reports_progress_and_can_be_cancelled(shop, members, monkeypatch):
    from tokocrm.services import segments

    monkeypatch.setattr(segments, "STEP", 2)
    seen = []
    shop.segments.compute(BUILTIN_OWNER, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 6), (4, 6), (6, 6), (6, 6)]
    with pytest.raises(Cancelled):
        shop.segments.compute(BUILTIN_OWNER, cancel=lambda: True)


def test_who_may_see_and_change_segments(shop, members):
    with pytest.raises(PermissionDenied):
        shop.segments.compute(CASHIER)
    with pytest.raises(PermissionDenied):
        shop.segments.set_rules(BOOKKEEPER, SegmentRules())
    assert shop.segments.compute(BOOKKEEPER).counts()[Segment.LOYAL] == 1
    with pytest.raises(InvalidField):
        shop.segments.set_rules(BUILTIN_OWNER, SegmentRules(lapse_days=10))


def test_without_the_recurring_flag_the_rest_is_the_same(shop, members):
    full = shop.segments.compute(BUILTIN_OWNER)
    quick = shop.segments.compute(BUILTIN_OWNER, recurring=False)
    assert quick.counts() == full.counts()
    assert quick.flag_counts() == {Flag.HIGH_VALUE: 1}  # recurring not computed, not 0
    assert quick.member_ids(Flag.HIGH_VALUE) == full.member_ids(Flag.HIGH_VALUE)
