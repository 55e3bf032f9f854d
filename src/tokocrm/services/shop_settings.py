"""Shop settings stored in the database, so every counter shares the same rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tokocrm.db.models import ShopSetting
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now


@retries_conflicts
class ShopSettingsService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def get(self, actor: Actor, key: str, default: Any = None) -> Any:
        require(actor, Permission.READ_SETTINGS)
        with self._sessions() as session:
            row = session.get(ShopSetting, key)
            return default if row is None else row.value

    def set(self, actor: Actor, key: str, value: Any) -> None:
        require(actor, Permission.CHANGE_SETTINGS)
        with self._sessions.begin() as session:
            set_setting(session, actor, self._clock(), key, value)


def set_setting(session: Session, actor: Actor, now: datetime, key: str, value: Any) -> None:
    """Store a shop setting and put the change, old and new value, in the audit trail."""
    old = session.get(ShopSetting, key)
    old_value = None if old is None else old.value
    if old_value != value:
        session.merge(ShopSetting(key=key, value=value))
        audit.record(session, actor, now, AuditAction.SETTINGS_CHANGED, key,
                     old=old_value, new=value)
