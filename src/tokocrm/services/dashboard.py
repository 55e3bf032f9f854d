"""The owner's dashboard: this period's figures beside the previous period's, the segments now,
the segment mix and revenue by segment at the last 12 month-ends, and customer value. Slow
at shop scale (seconds at 100,000 members), so the UI runs it on a worker with progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.errors import Cancelled
from tokocrm.domain.roles import Permission
from tokocrm.services import segment_history
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.customer_value import CustomerValueService, MemberValues, ValueModel
from tokocrm.services.dashboard_figures import PERIOD_DAYS, PeriodFigures, period_figures
from tokocrm.services.progress import Cancel, Progress
from tokocrm.services.segment_history import MonthMix
from tokocrm.services.segments import SegmentRun, SegmentService, load_rules
from tokocrm.services.shop_settings import shop_branch

MONTHS = 12


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    now: PeriodFigures  # the 30 days up to as_of
    before: PeriodFigures  # the 30 days before those
    segments: SegmentRun
    months: list[MonthMix]  # oldest first
    value_model: ValueModel
    values: MemberValues  # predicted_value_12m is None when the model is not usable
    branch: str | None = None  # the period figures' branch; None: the whole shop


@retries_conflicts
class DashboardService:
    def __init__(self, sessions: Sessions, segments: SegmentService,
                 customer_value: CustomerValueService, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._segments = segments
        self._customer_value = customer_value
        self._clock = clock

    def compute(self, actor: Actor, as_of: date | None = None, progress: Progress | None = None,
                cancel: Cancel | None = None, branch: str | None = None) -> Dashboard:
        """With a branch, the period figures are that branch's (see dashboard_figures); the
        segments, their history and customer value are the whole shop's."""
        require(actor, Permission.VIEW_REPORTS)
        as_of = as_of or self._clock().date()
        steps = _Steps(4 + MONTHS, progress, cancel)
        with self._sessions() as session:
            branch = shop_branch(session, branch)
            now = period_figures(session, as_of, self._clock(), branch)
            steps()
            before = period_figures(session, as_of - timedelta(days=PERIOD_DAYS), branch=branch)
            steps()
            rules = load_rules(session)
            ends = segment_history.month_ends(as_of, MONTHS)
            months, fresh = segment_history.month_mixes(session, rules, ends, steps)
        if fresh:
            with self._sessions.begin() as session:
                for row in fresh:
                    session.merge(row)
        segments = self._segments.compute(actor, as_of, cancel=cancel, recurring=False)
        steps()
        model, values = self._customer_value.values(actor, as_of)
        steps()
        return Dashboard(as_of, now, before, segments, months, model, values, branch)


class _Steps:
    """Counts the dashboard's steps for the progress bar; a cancel stops at the next one."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self._total, self._done = total, 0
        self._progress, self._cancel = progress, cancel

    def __call__(self) -> None:
        self._done += 1
        if self._cancel is not None and self._cancel():
            raise Cancelled()
        if self._progress is not None:
            self._progress(self._done, self._total)
