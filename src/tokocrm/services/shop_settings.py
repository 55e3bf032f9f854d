"""Shop settings stored in the database, so every counter shares the same rules."""

from __future__ import annotations

from typing import Any

from tokocrm.db.models import ShopSetting
from tokocrm.db.sessions import Sessions
from tokocrm.domain.roles import Permission
from tokocrm.services.actor import Actor, require


class ShopSettingsService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def get(self, actor: Actor, key: str, default: Any = None) -> Any:
        require(actor, Permission.READ_SETTINGS)
        with self._sessions() as session:
            row = session.get(ShopSetting, key)
            return default if row is None else row.value

    def set(self, actor: Actor, key: str, value: Any) -> None:
        require(actor, Permission.CHANGE_SETTINGS)
        with self._sessions.begin() as session:
            session.merge(ShopSetting(key=key, value=value))
