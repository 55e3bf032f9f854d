"""What the feedback service takes and gives: plain, frozen records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tokocrm.domain.feedback import CaseStatus, Channel, Handling, Satisfaction


@dataclass(frozen=True)
class FeedbackInput:
    """Feedback as recorded; member_id None is a walk-in without a card."""

    rating: int
    member_id: int | None = None
    purchase_id: int | None = None
    nps: int | None = None
    category: str | None = None  # a category's name; None: the last one (Lainnya, "other")
    channel: str = Channel.COUNTER.value
    comment: str | None = None
    complaint: bool = False


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    member_id: int | None
    member_name: str | None
    member_card: str | None
    purchase_id: int | None
    rating: int
    nps: int | None
    category: str
    channel: Channel
    comment: str | None
    complaint: bool
    created_at: datetime
    created_by: str
    case_id: int | None
    case_status: CaseStatus | None
    case_due_at: datetime | None
    case_overdue: bool


@dataclass(frozen=True)
class CaseRow:
    id: int
    feedback: FeedbackRow
    status: CaseStatus
    assignee: str | None
    due_at: datetime
    opened_at: datetime
    resolved_at: datetime | None
    resolution: str | None
    overdue: bool
    version: int


@dataclass(frozen=True)
class CaseEventRow:
    kind: str  # opened, started, assigned, replied, resolved, reopened
    detail: str | None
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class ReplyRow:
    id: int
    feedback_id: int
    channel: Channel
    text: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class CaseDetail:
    case: CaseRow
    history: list[CaseEventRow]
    replies: list[ReplyRow]


@dataclass(frozen=True)
class CaseFilter:
    """The inbox's filters; None means any."""

    status: CaseStatus | None = None
    open_only: bool = False  # open or in progress
    overdue_only: bool = False
    category: str | None = None
    rating: int | None = None
    date_from: date | None = None  # the feedback's day, for resolved cases: open ones always show
    date_to: date | None = None


@dataclass(frozen=True)
class FeedbackFigures:
    overall: Satisfaction
    handling: Handling
    by_category: dict[str, tuple[Satisfaction, Handling]]
