"""Follow-up lists: which members are due for a message today, and why. The names are the
command line's (`tokocrm followup LIST`) and stay as they are.

- birthdays-week / birthdays-month: a birthday in this calendar week (Monday to Sunday) or
  month, already past or still to come; one born on 29 February has it on the 28th in other
  years.
- points-expiring: points that expire after today and within the next 30 days (points whose
  day has come are taken by the daily run; a reminder is too late for them).
- no-second-visit: one purchase only, made at least 30 days ago and within the segments' "new
  for" days (past that a one-time buyer is at risk, and on that list).
- at-risk, former: the lifecycle segments (domain.segments), as of today.
- complaint-resolved: a complaint resolved in the last 7 days (today included), to ask whether
  all is well now.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

from tokocrm.domain.errors import InvalidField

EXPIRING_DAYS = 30
SECOND_VISIT_DAYS = 30
RESOLVED_DAYS = 7


class FollowUpList(StrEnum):
    BIRTHDAYS_WEEK = "birthdays-week"
    BIRTHDAYS_MONTH = "birthdays-month"
    POINTS_EXPIRING = "points-expiring"
    NO_SECOND_VISIT = "no-second-visit"
    AT_RISK = "at-risk"
    FORMER = "former"
    COMPLAINT_RESOLVED = "complaint-resolved"


def parse_list(name: str) -> FollowUpList:
    try:
        return FollowUpList(name)
    except ValueError as error:
        raise InvalidField(field="list", value=name, reason="unknown_choice",
                           choices=", ".join(FollowUpList)) from error


def birthday_span(which: FollowUpList, today: date) -> tuple[date, date]:
    """The first and last day (both inclusive) whose birthdays the list holds."""
    if which == FollowUpList.BIRTHDAYS_WEEK:
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    last = calendar.monthrange(today.year, today.month)[1]
    return today.replace(day=1), today.replace(day=last)


def birthday_dates(first: date, last: date) -> list[tuple[int, int]]:
    """(month, day) of the birthdays celebrated on the days first..last. 29 February is
    celebrated on the 28th when the year has no 29th."""
    found = []
    day = first
    while day <= last:
        found.append((day.month, day.day))
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            found.append((2, 29))
        day += timedelta(days=1)
    return found


def celebrated_on(birthday: date, first: date, last: date) -> date:
    """The day in first..last (at most a year apart) on which this birthday is celebrated."""
    for year in range(first.year, last.year + 1):
        day = _in_year(birthday, year)
        if first <= day <= last:
            return day
    raise ValueError(f"{birthday} is not celebrated between {first} and {last}")


def _in_year(birthday: date, year: int) -> date:
    if (birthday.month, birthday.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return birthday.replace(year=year)


def expiring_window(today: date) -> tuple[date, date]:
    """Lots expiring after `today` and up to 30 days later, both ends as expiry days."""
    return today + timedelta(days=1), today + timedelta(days=EXPIRING_DAYS)


def single_visit_window(today: date, new_days: int) -> tuple[date, date]:
    """The days (both inclusive) an only purchase was made on to be on no-second-visit."""
    return today - timedelta(days=new_days), today - timedelta(days=SECOND_VISIT_DAYS)


def resolved_window(today: date) -> tuple[date, date]:
    """The 7 days up to today, both ends included."""
    return today - timedelta(days=RESOLVED_DAYS - 1), today
