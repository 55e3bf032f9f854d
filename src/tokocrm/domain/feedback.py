"""Feedback and complaint cases: what is valid, when feedback is a complaint, how a case may
move, when it is overdue, and the satisfaction figures (average rating, NPS, CSAT)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from tokocrm.domain.errors import InvalidField

MAX_COMMENT = 2000
DEFAULT_DUE_HOURS = 48


class Channel(StrEnum):
    COUNTER = "counter"
    WHATSAPP = "whatsapp"
    PHONE = "phone"
    SOCIAL = "social"  # social media
    REVIEW = "review"  # an online review


class CaseStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"


def check_rating(rating: int) -> int:
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise InvalidField(field="rating", value=str(rating), reason="out_of_range", low=1,
                           high=5)
    return rating


def check_nps(score: int | None) -> int | None:
    if score is None:
        return None
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
        raise InvalidField(field="nps", value=str(score), reason="out_of_range", low=0, high=10)
    return score


def check_channel(channel: str) -> Channel:
    try:
        return Channel(channel)
    except ValueError as error:
        raise InvalidField(field="channel", value=channel, reason="unknown_choice",
                           choices=", ".join(Channel)) from error


def clean_comment(text: str | None) -> str | None:
    comment = (text or "").strip()
    if len(comment) > MAX_COMMENT:
        raise InvalidField(field="comment", value=comment[:40], reason="too_long",
                           limit=MAX_COMMENT)
    return comment or None


def is_complaint(rating: int, marked: bool) -> bool:
    """Marked as a complaint, or rated 1 or 2: someone must follow it up."""
    return marked or rating <= 2


def check_due_hours(hours: int) -> int:
    if isinstance(hours, bool) or not isinstance(hours, int) or not 1 <= hours <= 24 * 30:
        raise InvalidField(field="due_hours", value=str(hours), reason="out_of_range", low=1,
                           high=24 * 30)
    return hours


def due_at(opened: datetime, hours: int) -> datetime:
    return opened + timedelta(hours=hours)


def is_overdue(status: CaseStatus, due: datetime, now: datetime) -> bool:
    """Past its due time and not resolved; exactly at the due time it is still on time."""
    return status != CaseStatus.RESOLVED and now > due


def check_move(status: CaseStatus, to: CaseStatus) -> None:
    """open -> in progress -> resolved (or open -> resolved); resolved -> open is a reopen."""
    allowed = {CaseStatus.OPEN: {CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED},
               CaseStatus.IN_PROGRESS: {CaseStatus.RESOLVED, CaseStatus.OPEN},
               CaseStatus.RESOLVED: {CaseStatus.OPEN}}
    if to not in allowed[status]:
        raise InvalidField(field="case", value=status.value, reason="case_" + _refusal(to))


def _refusal(to: CaseStatus) -> str:
    return {CaseStatus.RESOLVED: "already_resolved", CaseStatus.OPEN: "already_open",
            CaseStatus.IN_PROGRESS: "not_open"}[to]


def check_note(text: str | None, field: str = "note") -> str:
    note = (text or "").strip()
    if not note:
        raise InvalidField(field=field, value=text, reason="required")
    if len(note) > MAX_COMMENT:
        raise InvalidField(field=field, value=note[:40], reason="too_long", limit=MAX_COMMENT)
    return note


@dataclass(frozen=True)
class Satisfaction:
    """Figures over a set of feedback; None where there is nothing to take them over."""

    count: int
    average_rating: float | None
    nps: float | None  # % promoters (9-10) minus % detractors (0-6), -100..100
    nps_answers: int
    csat: float | None  # share of ratings 4-5, 0..1


def satisfaction(ratings: Sequence[int], nps_scores: Sequence[int]) -> Satisfaction:
    average = statistics.fmean(ratings) if ratings else None
    csat = sum(1 for r in ratings if r >= 4) / len(ratings) if ratings else None
    nps = None
    if nps_scores:
        promoters = sum(1 for s in nps_scores if s >= 9)
        detractors = sum(1 for s in nps_scores if s <= 6)
        nps = 100 * (promoters - detractors) / len(nps_scores)
    return Satisfaction(len(ratings), average, nps, len(nps_scores), csat)


@dataclass(frozen=True)
class Handling:
    """How cases were handled: open and overdue now, median time to resolve, and the share
    resolved within their due time."""

    open: int
    overdue: int
    resolved: int
    median_hours_to_resolve: float | None
    resolved_on_time: float | None  # 0..1


@dataclass(frozen=True)
class CaseTimes:
    status: CaseStatus
    opened_at: datetime
    due_at: datetime
    resolved_at: datetime | None


def handling(cases: Sequence[CaseTimes], now: datetime) -> Handling:
    resolved = [c for c in cases if c.status == CaseStatus.RESOLVED and c.resolved_at]
    hours = [(c.resolved_at - c.opened_at).total_seconds() / 3600 for c in resolved]
    on_time = [c.resolved_at <= c.due_at for c in resolved]
    return Handling(
        open=sum(1 for c in cases if c.status != CaseStatus.RESOLVED),
        overdue=sum(1 for c in cases if is_overdue(c.status, c.due_at, now)),
        resolved=len(resolved),
        median_hours_to_resolve=statistics.median(hours) if hours else None,
        resolved_on_time=sum(on_time) / len(on_time) if on_time else None)
