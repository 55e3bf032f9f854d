"""Exports for owners and bookkeepers (issue #6): members, purchases, the points ledger, the
monthly bookkeeping workbook and customer feedback (issue #8), as sheets of typed rows
streamed from the database.

Each method checks the permission at once (a cashier is refused before anything is read) and
returns an Export; the rows are read when a writer opens it (`with export.reading() as
sheets`), all in one read-only transaction. Writing the file is io.xlsx_export's job.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services import export_queries as q
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.export_monthly import (
    DAY_COLUMNS,
    SUMMARY_COLUMNS,
    Month,
    day_rows,
    month_figures,
    summary_rows,
)
from tokocrm.services.export_sheets import Export, Sheet, SheetPlan
from tokocrm.services.loyalty_rules import load_rules
from tokocrm.services.shop_settings import shop_branch

MEMBERS, PURCHASES, LEDGER, FEEDBACK = "Members", "Purchases", "Points ledger", "Feedback"
SUMMARY, DAYS = "Summary", "Days"


@retries_conflicts
class ExportService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def members(self, actor: Actor, joined_from: date | None = None,
                joined_to: date | None = None, member_ids: Iterable[int] | None = None
                ) -> Export:
        """Every member (merged records and erased members left out) with points balance,
        tier, 12-month and total spend, visits and last visit; optionally only those who joined
        in a range, or only `member_ids` (a segment's members, say)."""
        require(actor, Permission.EXPORT_DATA)
        now = self._clock()
        only = None if member_ids is None else frozenset(member_ids)

        def plan(session: Session) -> list[Sheet]:
            rules = load_rules(session)
            query = q.members_query(now, joined_from, joined_to)
            total = q.count(session, q.members_count_query(joined_from, joined_to))
            return [Sheet(MEMBERS, q.MEMBER_COLUMNS, total if only is None else len(only),
                          lambda: q.member_rows(session, query, rules, only))]

        return self._export(actor, "members", plan, joined_from=joined_from,
                            joined_to=joined_to, only_members=only and len(only))

    def purchases(self, actor: Actor, date_from: date | None = None,
                  date_to: date | None = None, branch: str | None = None) -> Export:
        """Purchases made on the days date_from..date_to (both inclusive), at one branch if
        given, oldest first; voided ones are included and marked."""
        require(actor, Permission.EXPORT_DATA)
        branch = self._shop_branch(branch)
        return self._export(
            actor, "purchases",
            lambda session: [_purchases_sheet(session, date_from, date_to, branch)],
            date_from=date_from, date_to=date_to, branch=branch)

    def ledger(self, actor: Actor, date_from: date | None = None,
               date_to: date | None = None, branch: str | None = None) -> Export:
        """Points ledger entries made on the days date_from..date_to, in the order made; with
        a branch, the points earned and redeemed there."""
        require(actor, Permission.EXPORT_DATA)
        branch = self._shop_branch(branch)
        return self._export(
            actor, "ledger", lambda session: [_ledger_sheet(session, date_from, date_to, branch)],
            date_from=date_from, date_to=date_to, branch=branch)

    def feedback(self, actor: Actor, date_from: date | None = None,
                 date_to: date | None = None, branch: str | None = None) -> Export:
        """Feedback given on the days date_from..date_to (at one branch if given), oldest
        first, with how its complaint case stands (walk-ins' included, without a card)."""
        require(actor, Permission.EXPORT_DATA)
        branch = self._shop_branch(branch)

        def plan(session: Session) -> list[Sheet]:
            query = q.feedback_query(date_from, date_to, branch)
            total = q.count(session, q.feedback_count_query(date_from, date_to, branch))
            return [Sheet(FEEDBACK, q.FEEDBACK_COLUMNS, total,
                          lambda: q.feedback_rows(session, query))]

        return self._export(actor, "feedback", plan, date_from=date_from, date_to=date_to,
                            branch=branch)

    def monthly(self, actor: Actor, month: date, branch: str | None = None) -> Export:
        """The bookkeeping workbook of the month `month` falls in: the summary, one line per
        day, and the month's purchases and points ledger; of one branch if given."""
        require(actor, Permission.EXPORT_DATA)
        branch = self._shop_branch(branch)
        span = Month.of(month)
        made_at = self._clock()

        def plan(session: Session) -> list[Sheet]:
            figures = month_figures(session, span, load_rules(session), branch)
            summary = summary_rows(figures, made_at)
            days = day_rows(session, span, branch)
            return [Sheet(SUMMARY, SUMMARY_COLUMNS, len(summary), lambda: iter(summary)),
                    Sheet(DAYS, DAY_COLUMNS, len(days), lambda: iter(days)),
                    _purchases_sheet(session, span.first, span.last, branch),
                    _ledger_sheet(session, span.first, span.last, branch)]

        return self._export(actor, "monthly", plan, month=span.first, branch=branch)

    def _shop_branch(self, branch: str | None) -> str | None:
        """Checked before the export is planned: a mistyped branch writes no file."""
        with self._sessions() as session:
            return shop_branch(session, branch)

    def _export(self, actor: Actor, title: str, plan: SheetPlan, **filters: Any) -> Export:
        """An export that puts itself in the audit trail once its file is written."""
        return audit.audited_export(self._sessions, self._clock, actor, title, plan, **filters)


def _purchases_sheet(session: Session, first: date | None, last: date | None,
                     branch: str | None) -> Sheet:
    query = q.purchases_query(first, last, branch)
    return Sheet(PURCHASES, q.PURCHASE_COLUMNS,
                 q.count(session, q.purchases_count_query(first, last, branch)),
                 lambda: q.purchase_rows(session, query))


def _ledger_sheet(session: Session, first: date | None, last: date | None,
                  branch: str | None) -> Sheet:
    query = q.ledger_query(first, last, branch)
    return Sheet(LEDGER, q.LEDGER_COLUMNS,
                 q.count(session, q.ledger_count_query(first, last, branch)),
                 lambda: q.ledger_rows(session, query))
