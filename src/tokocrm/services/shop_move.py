"""Move a shop from its SQLite file into an empty PostgreSQL database (`tokocrm migrate-db`).

The owner's use case (a copy of every member's data, like a backup) over db.copy, which
copies and proves the copy all or nothing. The moved shop's audit trail tells who moved it
and from where, written in the copy's own transaction: no copy without its event, and no event
without the copy. The source is only read.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from tokocrm.db import copy
from tokocrm.db.copy import Copied, Progress, Totals
from tokocrm.db.opening import describe
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now


def move_shop(source: Engine, target: str, *, actor: Actor, clock: Clock = local_now,
              progress: Progress | None = None) -> Copied:
    """Copy the shop open on `source` (an SQLite file) into the empty PostgreSQL database at
    the URL `target`, checked before it commits; refused unless the actor may back up and
    restore the database."""
    require(actor, Permission.BACKUP_RESTORE)
    url = copy.target_url(target)
    origin = describe(source.url)

    def record_move(connection: Connection, totals: Totals) -> None:
        with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
            audit.record(session, actor, clock(), AuditAction.SHOP_MOVED, origin,
                         moved_to=url.get_backend_name(), rows=sum(totals.rows.values()))
            session.commit()

    return copy.copy_shop(source, url, before_commit=record_move, progress=progress)
