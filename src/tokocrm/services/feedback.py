"""Customer feedback and complaint cases: record feedback (a member's or a walk-in's) in a few
keystrokes, open a case for every complaint, move it to resolved with a history of each
change, log the shop's replies, and measure satisfaction and how complaints are handled."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from tokocrm.db.models import (
    CaseEvent,
    ComplaintCase,
    Feedback,
    FeedbackCategory,
    FeedbackReply,
    Member,
    Purchase,
    ShopSetting,
)
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain import feedback as rules
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import InvalidField, NotFound, StaleEdit
from tokocrm.domain.feedback import CaseStatus, CaseTimes, Channel
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.export_queries import day_range
from tokocrm.services.feedback_dto import (
    CaseDetail,
    CaseEventRow,
    CaseFilter,
    CaseRow,
    FeedbackFigures,
    FeedbackInput,
    FeedbackRow,
    ReplyRow,
)
from tokocrm.services.shop_settings import set_setting

DUE_HOURS_KEY = "complaint_due_hours"
_CASE = aliased(ComplaintCase)


@retries_conflicts
class FeedbackService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- feedback ----------------------------------------------------------------------------
    def record(self, actor: Actor, data: FeedbackInput) -> FeedbackRow:
        """Save the feedback; a complaint (marked, or rated 1-2) opens a case due in the
        shop's hours to resolve."""
        require(actor, Permission.RECORD_FEEDBACK)
        rating = rules.check_rating(data.rating)
        nps, channel = rules.check_nps(data.nps), rules.check_channel(data.channel)
        comment = rules.clean_comment(data.comment)
        now = self._clock()
        with self._sessions.begin() as session:
            _check_links(session, data.member_id, data.purchase_id)
            row = Feedback(member_id=data.member_id, purchase_id=data.purchase_id, rating=rating,
                           nps=nps, category_id=_category_id(session, data.category),
                           channel=channel.value, comment=comment,
                           complaint=rules.is_complaint(rating, data.complaint),
                           created_at=now, created_by=actor.username, till=actor.till,
                           branch=actor.branch)
            session.add(row)
            session.flush()
            if row.complaint:
                _open_case(session, row, actor, now)
            return _feedback_rows(session, _feedback_query().where(Feedback.id == row.id),
                                  now)[0]

    def feedback(self, actor: Actor, member_id: int | None = None, limit: int = 200
                 ) -> list[FeedbackRow]:
        """Newest first: a member's (for the profile), or everyone's."""
        require(actor, Permission.READ_MEMBERS)
        query = _feedback_query().order_by(Feedback.created_at.desc(), Feedback.id.desc())
        if member_id is not None:
            query = query.where(Feedback.member_id == member_id)
        with self._sessions() as session:
            return _feedback_rows(session, query.limit(limit), self._clock())

    def open_complaints(self, actor: Actor, member_id: int) -> int:
        """How many of the member's cases are not resolved: the counter's badge."""
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            return session.scalar(
                select(func.count()).select_from(ComplaintCase)
                .join(Feedback, Feedback.id == ComplaintCase.feedback_id)
                .where(Feedback.member_id == member_id,
                       ComplaintCase.status != CaseStatus.RESOLVED)) or 0

    def replies(self, actor: Actor, feedback_ids: list[int]) -> dict[int, list[ReplyRow]]:
        """The shop's replies to each of these feedback, oldest first; feedback without a reply
        is left out. One query for them all, as the profile shows a list of feedback."""
        require(actor, Permission.READ_MEMBERS)
        if not feedback_ids:
            return {}
        found: dict[int, list[ReplyRow]] = defaultdict(list)
        with self._sessions() as session:
            for reply in session.scalars(select(FeedbackReply).where(
                    FeedbackReply.feedback_id.in_(feedback_ids)).order_by(FeedbackReply.id)):
                found[reply.feedback_id].append(_reply_row(reply))
        return dict(found)

    # -- cases -------------------------------------------------------------------------------
    def cases(self, actor: Actor, where: CaseFilter = CaseFilter()) -> list[CaseRow]:  # noqa: B008
        """The inbox: cases by due time, soonest (or most overdue) first."""
        require(actor, Permission.HANDLE_COMPLAINTS)
        now = self._clock()
        query = _case_query(_filtered(where, now)).order_by(ComplaintCase.due_at, ComplaintCase.id)
        with self._sessions() as session:
            return _case_rows(session, query, now)

    def case(self, actor: Actor, case_id: int) -> CaseDetail:
        require(actor, Permission.HANDLE_COMPLAINTS)
        now = self._clock()
        with self._sessions() as session:
            found = _case_rows(session, _case_query().where(ComplaintCase.id == case_id), now)
            if not found:
                raise NotFound(thing="complaint case", key=case_id)
            history = [CaseEventRow(e.kind, e.detail, e.created_at, e.created_by)
                       for e in session.scalars(select(CaseEvent).where(
                           CaseEvent.case_id == case_id).order_by(CaseEvent.id))]
            replies = _replies(session, found[0].feedback.id)
        return CaseDetail(found[0], history, replies)

    def start(self, actor: Actor, case_id: int, version: int | None = None) -> CaseRow:
        return self._move(actor, case_id, CaseStatus.IN_PROGRESS, "started", None, version)

    def resolve(self, actor: Actor, case_id: int, note: str,
                version: int | None = None) -> CaseRow:
        return self._move(actor, case_id, CaseStatus.RESOLVED, "resolved",
                          rules.check_note(note), version)

    def reopen(self, actor: Actor, case_id: int, reason: str,
               version: int | None = None) -> CaseRow:
        return self._move(actor, case_id, CaseStatus.OPEN, "reopened",
                          rules.check_note(reason, "reason"), version)

    def assign(self, actor: Actor, case_id: int, assignee: str | None,
               version: int | None = None) -> CaseRow:
        require(actor, Permission.HANDLE_COMPLAINTS)
        name = " ".join((assignee or "").split()) or None
        if name is not None and len(name) > 64:
            raise InvalidField(field="assignee", value=name[:40], reason="too_long", limit=64)
        with self._sessions.begin() as session:
            case = _locked_case(session, case_id, version)
            case.assignee = name
            _event(session, case, actor, self._clock(), "assigned", name)
        return self._row(case_id)

    def reply(self, actor: Actor, feedback_id: int, channel: str, text: str) -> ReplyRow:
        """Log what the shop answered; on the feedback's case too, when it has one."""
        require(actor, Permission.HANDLE_COMPLAINTS)
        channel_ = rules.check_channel(channel)
        text = rules.check_note(text, "text")
        now = self._clock()
        with self._sessions.begin() as session:
            if session.get(Feedback, feedback_id) is None:
                raise NotFound(thing="feedback", key=feedback_id)
            reply = FeedbackReply(feedback_id=feedback_id, channel=channel_.value, text=text,
                                  created_at=now, created_by=actor.username)
            session.add(reply)
            case = session.scalar(select(ComplaintCase).where(
                ComplaintCase.feedback_id == feedback_id))
            if case is not None:
                _event(session, case, actor, now, "replied", f"{channel_.value}: {text}")
            session.flush()
            return _reply_row(reply)

    # -- figures and settings ----------------------------------------------------------------
    def figures(self, actor: Actor, date_from: date | None = None,
                date_to: date | None = None) -> FeedbackFigures:
        """Satisfaction over the feedback of those days, and how their complaints were
        handled; overall and by category."""
        require(actor, Permission.VIEW_REPORTS)
        now = self._clock()
        query = (select(FeedbackCategory.name, Feedback.rating, Feedback.nps,
                        ComplaintCase.status, ComplaintCase.opened_at, ComplaintCase.due_at,
                        ComplaintCase.resolved_at)
                 .join(FeedbackCategory, FeedbackCategory.id == Feedback.category_id)
                 .outerjoin(ComplaintCase, ComplaintCase.feedback_id == Feedback.id)
                 .where(*day_range(Feedback.created_at, date_from, date_to)))
        groups: dict[str, list[Any]] = defaultdict(list)
        with self._sessions() as session:
            for row in session.execute(query):
                groups[row[0]].append(row)
        every = [row for rows in groups.values() for row in rows]
        return FeedbackFigures(*_measure(every, now),
                               by_category={name: _measure(rows, now)
                                            for name, rows in sorted(groups.items())})

    def categories(self, actor: Actor, include_inactive: bool = False) -> list[str]:
        require(actor, Permission.READ_MEMBERS)
        query = select(FeedbackCategory.name).order_by(FeedbackCategory.id)
        if not include_inactive:
            query = query.where(FeedbackCategory.active.is_(True))
        with self._sessions() as session:
            return list(session.scalars(query))

    def add_category(self, actor: Actor, name: str) -> str:
        require(actor, Permission.CHANGE_SETTINGS)
        name = rules.check_note(name, "category")[:60]
        with self._sessions.begin() as session:
            if _category(session, name) is not None:
                raise InvalidField(field="category", value=name, reason="exists")
            session.add(FeedbackCategory(name=name, active=True))
            audit.record(session, actor, self._clock(), AuditAction.SETTINGS_CHANGED,
                         "feedback categories", added=name)
        return name

    def set_category_active(self, actor: Actor, name: str, active: bool) -> None:
        """Retire a category (past feedback keeps it) or bring it back."""
        require(actor, Permission.CHANGE_SETTINGS)
        with self._sessions.begin() as session:
            category = _category(session, name)
            if category is None:
                raise InvalidField(field="category", value=name, reason="unknown")
            if not active and category.active and _active_categories(session) == 1:
                # feedback always has a category: the last one cannot go
                raise InvalidField(field="category", value=name, reason="last_one")
            if category.active != active:
                category.active = active
                audit.record(session, actor, self._clock(), AuditAction.SETTINGS_CHANGED,
                             "feedback categories", category=name, active=active)

    def due_hours(self, actor: Actor) -> int:
        require(actor, Permission.READ_SETTINGS)
        with self._sessions() as session:
            return _due_hours(session)

    def set_due_hours(self, actor: Actor, hours: int) -> None:
        require(actor, Permission.CHANGE_SETTINGS)
        hours = rules.check_due_hours(hours)
        with self._sessions.begin() as session:
            set_setting(session, actor, self._clock(), DUE_HOURS_KEY, hours)

    # -- helpers -----------------------------------------------------------------------------
    def _move(self, actor: Actor, case_id: int, to: CaseStatus, kind: str, note: str | None,
              version: int | None) -> CaseRow:
        require(actor, Permission.HANDLE_COMPLAINTS)
        now = self._clock()
        with self._sessions.begin() as session:
            case = _locked_case(session, case_id, version)
            rules.check_move(CaseStatus(case.status), to)
            case.status = to.value
            if to == CaseStatus.RESOLVED:
                case.resolved_at, case.resolution = now, note
            elif to == CaseStatus.OPEN:  # reopened: due again from now
                case.resolved_at, case.resolution = None, None
                case.due_at = rules.due_at(now, _due_hours(session))
            _event(session, case, actor, now, kind, note)
        return self._row(case_id)

    def _row(self, case_id: int) -> CaseRow:
        with self._sessions() as session:
            return _case_rows(session, _case_query().where(ComplaintCase.id == case_id),
                              self._clock())[0]


# -- queries ---------------------------------------------------------------------------------
def _feedback_query() -> Select:
    return (select(Feedback, Member.name, Member.card, FeedbackCategory.name, _CASE.id,
                   _CASE.status, _CASE.due_at)
            .join(FeedbackCategory, FeedbackCategory.id == Feedback.category_id)
            .outerjoin(Member, Member.id == Feedback.member_id)
            .outerjoin(_CASE, _CASE.feedback_id == Feedback.id))


def _feedback_rows(session: Session, query: Select, now: datetime) -> list[FeedbackRow]:
    return [_feedback_row(*row, now=now) for row in session.execute(query)]


def _feedback_row(f: Feedback, name: str | None, card: str | None, category: str,
                  case_id: int | None, status: str | None, due: datetime | None, *,
                  now: datetime) -> FeedbackRow:
    case_status = CaseStatus(status) if status else None
    overdue = case_status is not None and rules.is_overdue(case_status, due, now)
    return FeedbackRow(f.id, f.member_id, name, card, f.purchase_id, f.rating, f.nps, category,
                       Channel(f.channel), f.comment, f.complaint, f.created_at, f.created_by,
                       case_id, case_status, due, overdue)


def _case_query(where: list[Any] | None = None) -> Select:
    return (select(ComplaintCase, Feedback, Member.name, Member.card, FeedbackCategory.name)
            .join(Feedback, Feedback.id == ComplaintCase.feedback_id)
            .join(FeedbackCategory, FeedbackCategory.id == Feedback.category_id)
            .outerjoin(Member, Member.id == Feedback.member_id).where(*(where or [])))


def _case_rows(session: Session, query: Select, now: datetime) -> list[CaseRow]:
    rows = []
    for case, f, name, card, category in session.execute(query):
        status = CaseStatus(case.status)
        rows.append(CaseRow(
            case.id, _feedback_row(f, name, card, category, case.id, case.status, case.due_at,
                                   now=now), status,
            case.assignee, case.due_at, case.opened_at, case.resolved_at, case.resolution,
            rules.is_overdue(status, case.due_at, now), case.version))
    return rows


def _filtered(where: CaseFilter, now: datetime) -> list[Any]:
    # The days pick resolved cases only: a complaint still open never drops out of the inbox
    # because it came in before the days looked at.
    days = day_range(Feedback.created_at, where.date_from, where.date_to)
    conditions = [or_(ComplaintCase.status != CaseStatus.RESOLVED.value, and_(*days))] if days \
        else []
    if where.status is not None:
        conditions.append(ComplaintCase.status == where.status.value)
    if where.open_only or where.overdue_only:
        conditions.append(ComplaintCase.status != CaseStatus.RESOLVED.value)
    if where.overdue_only:
        conditions.append(ComplaintCase.due_at < now)
    if where.category is not None:
        conditions.append(FeedbackCategory.name == where.category)
    if where.rating is not None:
        conditions.append(Feedback.rating == where.rating)
    return conditions


def _replies(session: Session, feedback_id: int) -> list[ReplyRow]:
    return [_reply_row(r) for r in session.scalars(select(FeedbackReply).where(
        FeedbackReply.feedback_id == feedback_id).order_by(FeedbackReply.id))]


def _reply_row(reply: FeedbackReply) -> ReplyRow:
    return ReplyRow(reply.id, reply.feedback_id, Channel(reply.channel), reply.text,
                    reply.created_at, reply.created_by)


def _measure(rows: list[Any], now: datetime) -> tuple[Any, Any]:
    ratings = [row[1] for row in rows]
    scores = [row[2] for row in rows if row[2] is not None]
    cases = [CaseTimes(CaseStatus(row[3]), row[4], row[5], row[6])
             for row in rows if row[3] is not None]
    return rules.satisfaction(ratings, scores), rules.handling(cases, now)


# -- writes ----------------------------------------------------------------------------------
def _check_links(session: Session, member_id: int | None, purchase_id: int | None) -> None:
    if member_id is not None and session.get(Member, member_id) is None:
        raise NotFound(thing="member", key=member_id)
    if purchase_id is None:
        return
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFound(thing="purchase", key=purchase_id)
    if member_id is not None and purchase.member_id != member_id:
        raise InvalidField(field="purchase", value=str(purchase_id), reason="not_theirs")


def _category(session: Session, name: str) -> FeedbackCategory | None:
    wanted = " ".join(name.split()).casefold()
    return next((c for c in session.scalars(select(FeedbackCategory))
                 if c.name.casefold() == wanted), None)


def _active_categories(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FeedbackCategory).where(
        FeedbackCategory.active.is_(True))) or 0


def _category_id(session: Session, name: str | None) -> int:
    if name is None:  # the last of the list: Lainnya ("other") unless the owner changed it
        found = session.scalar(select(FeedbackCategory).where(FeedbackCategory.active.is_(True))
                               .order_by(FeedbackCategory.id.desc()).limit(1))
    else:
        found = _category(session, name)
    if found is None or not found.active:
        raise InvalidField(field="category", value=name, reason="unknown")
    return found.id


def _due_hours(session: Session) -> int:
    row = session.get(ShopSetting, DUE_HOURS_KEY)
    return rules.DEFAULT_DUE_HOURS if row is None else int(row.value)


def _open_case(session: Session, feedback: Feedback, actor: Actor, now: datetime) -> None:
    case = ComplaintCase(feedback_id=feedback.id, status=CaseStatus.OPEN.value,
                         due_at=rules.due_at(now, _due_hours(session)), opened_at=now)
    session.add(case)
    session.flush()
    _event(session, case, actor, now, "opened", None)


def _locked_case(session: Session, case_id: int, version: int | None) -> ComplaintCase:
    case = session.get(ComplaintCase, case_id, with_for_update=True)
    if case is None:
        raise NotFound(thing="complaint case", key=case_id)
    if version is not None and case.version != version:
        raise StaleEdit(thing=f"complaint case {case_id}")
    return case


def _event(session: Session, case: ComplaintCase, actor: Actor, now: datetime, kind: str,
           detail: str | None) -> None:
    session.add(CaseEvent(case_id=case.id, kind=kind, detail=detail, created_at=now,
                          created_by=actor.username))
