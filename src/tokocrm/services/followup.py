"""Follow-up lists (issue #10): live lists of the members due for a message today (birthdays,
points about to expire, a first purchase not followed by a second, at risk, former, a
complaint just resolved), for the counter to work through and the owner to export.

Anyone who may look members up sees the lists (the cashier sends the messages); exporting
one is an export like any other, in the audit trail once written.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy.orm import Session

from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.followup import FollowUpList, parse_list
from tokocrm.domain.phone import format_local
from tokocrm.domain.roles import Permission
from tokocrm.domain.whatsapp import click_to_chat
from tokocrm.services import audit
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.export_sheets import Column, Export, Kind, Row, Sheet
from tokocrm.services.followup_queries import FollowUpRow, due_members
from tokocrm.services.segments import load_rules as load_segment_rules

# The export's sheet for each list: its English name, and the key a caller translates it by.
SHEET_NAMES = {
    FollowUpList.BIRTHDAYS_WEEK: "Birthdays this week",
    FollowUpList.BIRTHDAYS_MONTH: "Birthdays this month",
    FollowUpList.POINTS_EXPIRING: "Points expiring",
    FollowUpList.NO_SECOND_VISIT: "No second visit",
    FollowUpList.AT_RISK: "At risk",
    FollowUpList.FORMER: "Former customers",
    FollowUpList.COMPLAINT_RESOLVED: "Complaint resolved",
}
# What `due_on` is, as the export's header (and the page's column) names it.
DUE_HEADERS = {
    FollowUpList.BIRTHDAYS_WEEK: "Birthday", FollowUpList.BIRTHDAYS_MONTH: "Birthday",
    FollowUpList.POINTS_EXPIRING: "Expires on", FollowUpList.NO_SECOND_VISIT: "Only visit",
    FollowUpList.AT_RISK: "Last visit", FollowUpList.FORMER: "Last visit",
    FollowUpList.COMPLAINT_RESOLVED: "Resolved",
}
_PERSON_COLUMNS = (Column("Card", Kind.TEXT, 16), Column("Name", Kind.TEXT, 28),
                   Column("Phone", Kind.TEXT, 16), Column("Marketing consent", Kind.FLAG))
_LINK_COLUMN = Column("WhatsApp", Kind.TEXT, 30)  # the chat, opened empty: no template here


@retries_conflicts
class FollowUpService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    @staticmethod
    def lists() -> list[FollowUpList]:
        """The lists, in the order they are offered."""
        return list(FollowUpList)

    def members(self, actor: Actor, list_name: str, as_of: date | None = None
                ) -> list[FollowUpRow]:
        """The members on the list as of `as_of` (default today); only active members who
        were not erased."""
        require(actor, Permission.READ_MEMBERS)
        which = parse_list(list_name)
        with self._sessions() as session:
            return self._due(session, which, as_of)

    def export(self, actor: Actor, list_name: str, as_of: date | None = None) -> Export:
        """The list as one sheet, read when the file is written (so it is as live as the
        page): who, how to reach them, and why they are due."""
        require(actor, Permission.EXPORT_DATA)
        which = parse_list(list_name)
        day = as_of or self._clock().date()

        def plan(session: Session) -> list[Sheet]:
            rows = self._due(session, which, day)
            return [Sheet(SHEET_NAMES[which], sheet_columns(which), len(rows),
                          lambda: export_rows(rows))]

        return audit.audited_export(self._sessions, self._clock, actor, f"follow-up {which}",
                                    plan, list=which.value, as_of=day)

    def _due(self, session: Session, which: FollowUpList, as_of: date | None
             ) -> list[FollowUpRow]:
        return due_members(session, which, as_of or self._clock().date(),
                           load_segment_rules(session))


def sheet_columns(which: FollowUpList) -> tuple[Column, ...]:
    due = Column(DUE_HEADERS[which], Kind.DATE)
    if which == FollowUpList.POINTS_EXPIRING:
        return (*_PERSON_COLUMNS, Column("Points", Kind.POINTS), due, _LINK_COLUMN)
    return (*_PERSON_COLUMNS, due, _LINK_COLUMN)


def export_rows(rows: list[FollowUpRow]) -> Iterator[Row]:
    for row in rows:
        person = (row.card, row.name, format_local(row.phone) or None, row.consent)
        why = (row.due_on,) if row.points is None else (row.points, row.due_on)
        yield (*person, *why, chat_link(row.phone))


def chat_link(phone: str | None) -> str | None:
    """The member's chat with no text yet, or None without a mobile."""
    try:
        return click_to_chat(phone)
    except InvalidField:
        return None
