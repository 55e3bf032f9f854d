"""The audit trail: who did what, when. Use cases write their event in their own transaction,
so a change and its record commit together or not at all. The owner reads it, filtered, and
exports it; every export (this one too) puts itself in the trail once its file is written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from tokocrm.db.models import AuditEvent
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.roles import Permission
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock
from tokocrm.services.export_queries import count, day_range, stream
from tokocrm.services.export_sheets import Column, Export, Kind, Row, Sheet, SheetPlan

AUDIT_TRAIL = "Audit trail"  # the sheet's name, and the key a caller translates it by
# Role and Action hold stored keys ("owner", "member_edited"): as labels, the writer can put
# them in the reader's language.
AUDIT_COLUMNS = (
    Column("Time", Kind.DATETIME), Column("User", Kind.TEXT, 16), Column("Role", Kind.LABEL, 14),
    Column("Till", Kind.TEXT), Column("Action", Kind.LABEL, 28),
    Column("Subject", Kind.TEXT, 20), Column("Details", Kind.TEXT, 60),
)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    role: str | None
    till: str
    action: str
    subject: str | None
    details: dict[str, Any]


def record(session: Session, actor: Actor, at: datetime, action: AuditAction,
           subject: str | None = None, **details: Any) -> None:
    """Add one event to the trail inside the caller's transaction."""
    session.add(AuditEvent(at=at, username=actor.username, role=actor.role.value,
                           till=actor.till, action=action.value, subject=subject,
                           details=plain(details)))


def plain(value: Any) -> Any:
    """Dates and other values as JSON can keep them (dates in ISO form)."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [plain(item) for item in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


@retries_conflicts
class AuditService:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(self, actor: Actor, action: AuditAction, subject: str | None = None,
               **details: Any) -> None:
        """An event with no other change to commit with it (an export, a restore)."""
        with self._sessions.begin() as session:
            record(session, actor, self._clock(), action, subject, **details)

    def events(self, actor: Actor, *, since: date | None = None, until: date | None = None,
               username: str | None = None, action: str | None = None,
               limit: int | None = None) -> list[AuditRow]:
        """The trail, newest first, filtered by day range, user and action."""
        require(actor, Permission.VIEW_AUDIT)
        query = (select(AuditEvent).where(*_filters(since, until, username, action))
                 .order_by(AuditEvent.id.desc()).limit(limit))
        with self._sessions() as session:
            return [AuditRow(e.id, e.at, e.username, e.role, e.till, e.action, e.subject,
                             e.details or {}) for e in session.scalars(query)]

    def usernames(self, actor: Actor) -> list[str]:
        """Everyone who appears in the trail, for the filter."""
        require(actor, Permission.VIEW_AUDIT)
        with self._sessions() as session:
            return list(session.scalars(select(AuditEvent.username).distinct()
                                        .order_by(AuditEvent.username)))

    def export(self, actor: Actor, since: date | None = None, until: date | None = None,
               username: str | None = None, action: str | None = None) -> Export:
        """The trail as events() filters it, as one sheet, oldest first (read down like a
        diary, as the other exports are)."""
        require(actor, Permission.VIEW_AUDIT)
        conditions = _filters(since, until, username, action)
        query = (select(*_EXPORTED).where(*conditions).order_by(AuditEvent.id))

        def plan(session: Session) -> list[Sheet]:
            total = count(session, select(AuditEvent.id).where(*conditions))
            return [Sheet(AUDIT_TRAIL, AUDIT_COLUMNS, total, lambda: _rows(session, query))]

        # Named unlike record()'s own `action` (the event's, here "exported").
        return audited_export(self._sessions, self._clock, actor, "audit trail", plan,
                              since=since, until=until, only_user=username,
                              only_action=action)


def audited_export(sessions: Sessions, clock: Clock, actor: Actor, title: str,
                   plan: SheetPlan, **filters: Any) -> Export:
    """An export that puts itself in the audit trail once its file is written: who took which
    data away, with what filters, to which file."""
    def written(path: str, rows: int) -> None:
        with sessions.begin() as session:
            record(session, actor, clock(), AuditAction.EXPORTED, title, file=path, rows=rows,
                   **filters)

    return Export(sessions, title, plan, on_written=written)


def _filters(since: date | None, until: date | None, username: str | None,
             action: str | None) -> list[ColumnElement[bool]]:
    """Events on the days since..until (both inclusive), of one user, of one action."""
    conditions = day_range(AuditEvent.at, since, until)
    if username:
        conditions.append(AuditEvent.username == username)
    if action:
        conditions.append(AuditEvent.action == action)
    return conditions


_EXPORTED = (AuditEvent.at, AuditEvent.username, AuditEvent.role, AuditEvent.till,
             AuditEvent.action, AuditEvent.subject, AuditEvent.details)


def _rows(session: Session, query: Select) -> Iterator[Row]:
    for *columns, details in stream(session, query):
        yield (*columns, details_json(details))


def details_json(details: Any) -> str | None:
    """The details as one line of JSON, letters as they are (ensure_ascii off: "Siti → Putri",
    not escapes); none for an event without details."""
    if not details:
        return None
    return json.dumps(details, ensure_ascii=False, separators=(",", ":"))
