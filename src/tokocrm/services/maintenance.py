"""Putting right what the shop's own records can rebuild, after `tokocrm check` found it wrong:
the members' purchase summaries (a till still running an older TokoCRM when another upgraded
the database sells without keeping them)."""

from __future__ import annotations

from sqlalchemy import func, select

from tokocrm.db.models import PurchaseSummary
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.roles import Permission
from tokocrm.services import audit, purchase_summary
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now

SUMMARIES = "purchase summaries"  # the audit trail's subject


@retries_conflicts
class MaintenanceService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def rebuild_summaries(self, actor: Actor) -> int:
        """Every member's purchase summary summed again from the purchases, in one
        transaction; the number of members with one. A window over every purchase: seconds
        at 2,000,000, while sales wait."""
        require(actor, Permission.BACKUP_RESTORE)
        with self._sessions.begin() as session:
            purchase_summary.recompute(session.connection())
            members = session.scalar(select(func.count()).select_from(PurchaseSummary)) or 0
            audit.record(session, actor, self._clock(), AuditAction.SUMMARIES_REBUILT,
                         SUMMARIES, members=members)
            return members
