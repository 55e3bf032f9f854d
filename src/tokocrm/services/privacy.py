"""A customer's rights over their data (UU PDP No. 27/2022, issue #9): a copy of everything
the shop holds on them, and erasure on their request. Both go into the audit trail."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tokocrm.db.models import Member
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain import privacy as rules
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import NotFound, StaleEdit
from tokocrm.domain.roles import Permission
from tokocrm.services import audit, member_data
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.erasure import erase_person
from tokocrm.services.export_sheets import Export, Sheet


@retries_conflicts
class PrivacyService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def member_data(self, actor: Actor, member_id: int) -> Export:
        """Everything the shop holds on one member, as a workbook to hand them: profile,
        purchases (voided ones marked), points ledger, redemptions, feedback with its case and
        the shop's replies. Written by io.xlsx_export like any export; the audit trail notes
        it once the file is written."""
        require(actor, Permission.EXPORT_DATA)
        with self._sessions() as session:
            member = _member(session, member_id)
            rules.check_person(member.card, member.status)  # now, not once the file is written

        def plan(session: Session) -> list[Sheet]:
            return member_data.sheets(session, member_id)

        def written(path: str, rows: int) -> None:
            with self._sessions.begin() as session:
                audit.record(session, actor, self._clock(), AuditAction.MEMBER_DATA_EXPORTED,
                             f"member {member_id}", file=path, rows=rows)

        return Export(self._sessions, "member data", plan, on_written=written)

    def erase(self, actor: Actor, member_id: int, reason: str) -> None:
        """Erase the member's personal data on their request (services.erasure says what
        goes and what stays). Refused for a member erased already and for a merged record."""
        require(actor, Permission.ERASE_MEMBER)
        reason = rules.check_reason(reason)
        now = self._clock()
        try:
            with self._sessions.begin() as session:
                member = _member(session, member_id)
                rules.check_reachable(member.card, member.status, member.erased_at)
                ids = member_data.person_ids(session, member_id)
                redacted = erase_person(session, ids, now)
                # Only the reason and counts: the trail must not keep what was erased.
                audit.record(session, actor, now, AuditAction.MEMBER_ERASED,
                             f"member {member_id}", reason=reason, records=len(ids),
                             audit_events_redacted=redacted)
        except StaleDataError as error:  # edited on another till meanwhile: nothing erased
            raise StaleEdit(thing=f"member {member_id}") from error


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(thing="member", key=member_id)
    return member
