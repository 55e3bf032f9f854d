"""The feedback rules on worked examples: NPS and CSAT, when feedback is a complaint, how a
case may move, overdue at its boundary, and how complaints were handled."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.feedback import (
    CaseStatus,
    CaseTimes,
    check_channel,
    check_move,
    check_nps,
    check_rating,
    handling,
    is_complaint,
    is_overdue,
    satisfaction,
)

OPENED = datetime(2026, 3, 10, 9, 0)
DUE = OPENED + timedelta(hours=48)


def test_nps_and_csat_on_a_worked_example():
    # NPS answers: 3 promoters (9, 10, 10), 2 passives (7, 8), 5 detractors (0, 3, 5, 6, 6)
    # -> (3 - 5) / 10 = -20. Ratings: 4 of 5 are 4 or 5 -> CSAT 80 %, average 4.0.
    found = satisfaction([5, 4, 4, 5, 2], [9, 10, 10, 7, 8, 0, 3, 5, 6, 6])
    assert found.nps == pytest.approx(-20.0)
    assert found.nps_answers == 10
    assert found.csat == pytest.approx(0.8)
    assert found.average_rating == pytest.approx(4.0)
    assert found.count == 5


def test_all_promoters_is_plus_100_and_nothing_gives_no_figure():
    assert satisfaction([5], [9, 10]).nps == 100
    assert satisfaction([1], [0]).nps == -100
    empty = satisfaction([], [])
    assert (empty.average_rating, empty.nps, empty.csat, empty.count) == (None, None, None, 0)


@pytest.mark.parametrize("rating, marked, expected", [
    (1, False, True), (2, False, True), (3, False, False), (5, False, False), (4, True, True),
])
def test_a_complaint_is_marked_or_rated_one_or_two(rating, marked, expected):
    assert is_complaint(rating, marked) is expected


@pytest.mark.parametrize("bad", [0, 6, -1, True, "5"])
def test_ratings_outside_one_to_five_are_refused(bad):
    with pytest.raises(InvalidField) as refused:
        check_rating(bad)
    assert refused.value.params["field"] == "rating"


@pytest.mark.parametrize("bad", [11, -1, True])
def test_nps_outside_zero_to_ten_is_refused(bad):
    with pytest.raises(InvalidField) as refused:
        check_nps(bad)
    assert refused.value.params["field"] == "nps"
    assert check_nps(0) == 0 and check_nps(10) == 10 and check_nps(None) is None


def test_an_unknown_channel_is_refused_naming_the_choices():
    with pytest.raises(InvalidField) as refused:
        check_channel("email")
    assert "whatsapp" in refused.value.params["choices"]


def test_overdue_only_after_the_due_time_and_never_once_resolved():
    assert not is_overdue(CaseStatus.OPEN, DUE, DUE)  # exactly at the due time: on time
    assert is_overdue(CaseStatus.OPEN, DUE, DUE + timedelta(seconds=1))
    assert is_overdue(CaseStatus.IN_PROGRESS, DUE, DUE + timedelta(days=3))
    assert not is_overdue(CaseStatus.RESOLVED, DUE, DUE + timedelta(days=3))


@pytest.mark.parametrize("status, to, reason", [
    (CaseStatus.RESOLVED, CaseStatus.RESOLVED, "case_already_resolved"),
    (CaseStatus.OPEN, CaseStatus.OPEN, "case_already_open"),
    (CaseStatus.RESOLVED, CaseStatus.IN_PROGRESS, "case_not_open"),
    (CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, "case_not_open"),
])
def test_impossible_moves_are_refused(status, to, reason):
    with pytest.raises(InvalidField) as refused:
        check_move(status, to)
    assert refused.value.params["reason"] == reason


@pytest.mark.parametrize("status, to", [
    (CaseStatus.OPEN, CaseStatus.IN_PROGRESS), (CaseStatus.OPEN, CaseStatus.RESOLVED),
    (CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED), (CaseStatus.RESOLVED, CaseStatus.OPEN),
])
def test_possible_moves(status, to):
    check_move(status, to)


def test_handling_counts_open_overdue_and_the_median_time_to_resolve():
    now = OPENED + timedelta(days=5)
    cases = [
        CaseTimes(CaseStatus.RESOLVED, OPENED, DUE, OPENED + timedelta(hours=10)),  # on time
        CaseTimes(CaseStatus.RESOLVED, OPENED, DUE, OPENED + timedelta(hours=48)),  # at due
        CaseTimes(CaseStatus.RESOLVED, OPENED, DUE, OPENED + timedelta(hours=60)),  # late
        CaseTimes(CaseStatus.OPEN, OPENED, DUE, None),  # overdue now
        CaseTimes(CaseStatus.IN_PROGRESS, now, now + timedelta(hours=48), None),  # on time
    ]
    found = handling(cases, now)
    assert (found.open, found.overdue, found.resolved) == (2, 1, 3)
    assert found.median_hours_to_resolve == 48
    assert found.resolved_on_time == pytest.approx(2 / 3)
    nothing = handling([], now)
    assert (nothing.median_hours_to_resolve, nothing.resolved_on_time) == (None, None)
