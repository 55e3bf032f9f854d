"""The SQL behind each follow-up list (domain.followup says who is due and why). Each list is
one statement that hands back only the due members, already narrowed to active members who
were not erased; at-risk and former are the one exception: their segment needs every active
member's purchase figures (the segments' own aggregate, streamed), classified as the
dashboard classifies them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, extract, func, or_, select
from sqlalchemy.orm import Session, aliased

from tokocrm.db.models import ComplaintCase, Feedback, Member, PointsEntry, Purchase
from tokocrm.domain import followup as rules
from tokocrm.domain.feedback import CaseStatus
from tokocrm.domain.followup import FollowUpList
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.segments import Segment, SegmentRules, segment
from tokocrm.services import points_ledger as ledger
from tokocrm.services import segment_queries
from tokocrm.services.clock import end_of_day
from tokocrm.services.export_queries import day_range

BATCH = 5_000
_PERSON = (Member.id, Member.card, Member.name, Member.phone, Member.marketing_consent)
# Erased members are made inactive too; both are said, so neither rule can slip alone.
_DUE = and_(Member.status == MemberStatus.ACTIVE, Member.erased_at.is_(None))


@dataclass(frozen=True)
class FollowUpRow:
    """A member due for a follow-up, and why: `due_on` is the birthday as celebrated in the
    list's days, the soonest expiry, the only visit, the last visit or the day the complaint
    was resolved; `points` those expiring (points-expiring only)."""

    id: int
    card: str
    name: str
    phone: str | None  # E.164; None: no WhatsApp link
    consent: bool  # agreed to receive offers
    due_on: date
    points: int | None = None


def due_members(session: Session, which: FollowUpList, today: date,
                segment_rules: SegmentRules) -> list[FollowUpRow]:
    """The list as of `today`, in the order it is worked through."""
    if which in (FollowUpList.BIRTHDAYS_WEEK, FollowUpList.BIRTHDAYS_MONTH):
        rows = birthdays(session, *rules.birthday_span(which, today))
    elif which == FollowUpList.POINTS_EXPIRING:
        rows = points_expiring(session, today)
    elif which == FollowUpList.NO_SECOND_VISIT:
        rows = single_visit(session, today, segment_rules.new_days)
    elif which == FollowUpList.COMPLAINT_RESOLVED:
        rows = complaint_resolved(session, today)
    else:
        wanted = Segment.AT_RISK if which == FollowUpList.AT_RISK else Segment.FORMER
        rows = list(in_segment(session, today, segment_rules, wanted))
    # Recent first where the list looks back (the likeliest to answer), soonest first where
    # it looks ahead; then by name, so the order is the same on every till.
    backwards = which in (FollowUpList.AT_RISK, FollowUpList.FORMER,
                          FollowUpList.COMPLAINT_RESOLVED)
    rows.sort(key=lambda r: (r.name.casefold(), r.id))
    rows.sort(key=lambda r: r.due_on, reverse=backwards)
    return rows


def birthdays(session: Session, first: date, last: date) -> list[FollowUpRow]:
    month, day = extract("month", Member.birthday), extract("day", Member.birthday)
    celebrated = or_(*(and_(month == m, day == d) for m, d in rules.birthday_dates(first, last)))
    query = select(*_PERSON, Member.birthday).where(_DUE, celebrated)
    return [FollowUpRow(*person, due_on=rules.celebrated_on(born, first, last))
            for *person, born in session.execute(query)]


def points_expiring(session: Session, today: date) -> list[FollowUpRow]:
    """What is left of each lot expiring in the window, summed per member."""
    first, last = rules.expiring_window(today)
    lots = (select(PointsEntry.member_id, PointsEntry.expires_on,
                   ledger.lot_remaining().label("left"))
            .where(PointsEntry.points > 0, PointsEntry.expires_on >= first,
                   PointsEntry.expires_on <= last).subquery())
    per_member = (select(lots.c.member_id, func.min(lots.c.expires_on).label("soonest"),
                         func.sum(lots.c.left).label("points"))
                  .where(lots.c.left > 0).group_by(lots.c.member_id).subquery())
    query = (select(*_PERSON, per_member.c.soonest, per_member.c.points)
             .join(per_member, per_member.c.member_id == Member.id).where(_DUE))
    return [FollowUpRow(*person, due_on=as_date(soonest), points=int(points))
            for *person, soonest, points in session.execute(query)]


def single_visit(session: Session, today: date, new_days: int) -> list[FollowUpRow]:
    """One purchase only (voided ones count for nothing), made in the window."""
    first, last = rules.single_visit_window(today, new_days)
    only = func.min(Purchase.purchased_at)
    per_member = (select(Purchase.member_id, only.label("visit"))
                  .where(Purchase.voided_at.is_(None), Purchase.purchased_at < end_of_day(today))
                  .group_by(Purchase.member_id)
                  .having(func.count() == 1, only >= datetime.combine(first, time()),
                          only < end_of_day(last)).subquery())
    query = (select(*_PERSON, per_member.c.visit)
             .join(per_member, per_member.c.member_id == Member.id).where(_DUE))
    return [FollowUpRow(*person, due_on=as_date(visit))
            for *person, visit in session.execute(query)]


def complaint_resolved(session: Session, today: date) -> list[FollowUpRow]:
    """Feedback stays with the record it was given on when members are merged, so a case of a
    merged duplicate counts for the member it was merged into."""
    given_by = aliased(Member)
    person = func.coalesce(given_by.merged_into_id, given_by.id)
    resolved = (select(person.label("member_id"),
                       func.max(ComplaintCase.resolved_at).label("resolved"))
                .join(Feedback, Feedback.id == ComplaintCase.feedback_id)
                .join(given_by, given_by.id == Feedback.member_id)
                .where(ComplaintCase.status == CaseStatus.RESOLVED,
                       *day_range(ComplaintCase.resolved_at, *rules.resolved_window(today)))
                .group_by(person).subquery())
    query = (select(*_PERSON, resolved.c.resolved)
             .join(resolved, resolved.c.member_id == Member.id).where(_DUE))
    return [FollowUpRow(*person, due_on=as_date(at)) for *person, at in session.execute(query)]


def in_segment(session: Session, today: date, segment_rules: SegmentRules,
               wanted: Segment) -> Iterator[FollowUpRow]:
    """Without the gaps' window function: the segment needs only counts and the first and
    last purchase (the recurring flag, which needs the gaps, is no list's business)."""
    query = (segment_queries.history_query(session, today, gaps=False)
             .add_columns(Member.card, Member.name, Member.phone, Member.marketing_consent)
             .where(Member.erased_at.is_(None)))
    rows = session.connection().execute(query.execution_options(yield_per=BATCH))
    for member_id, *figures, card, name, phone, consent in rows:
        history = segment_queries.to_history(*figures)
        if history.last is not None and segment(history, today, segment_rules) == wanted:
            yield FollowUpRow(member_id, card, name, phone, bool(consent), history.last)


def as_date(value: Any) -> date:
    """An aggregate's day: SQLite hands back min()/max() of a column as its stored text."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    return value.date() if isinstance(value, datetime) else value
