"""Shop settings stored in the database, so every counter shares the same rules; and the
names of this counter and its branch (kept by the installation; the shop keeps the list of its
branches, so every counter offers the same ones)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tokocrm.db.models import ShopSetting
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.places import clean_name, known_spelling
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services.actor import Actor, Place, require
from tokocrm.services.clock import Clock, local_now

BRANCHES_KEY = "branches"


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

    def branches(self, actor: Actor) -> list[str]:
        """The branches the shop's counters were named at, in alphabetical order."""
        return list(self.get(actor, BRANCHES_KEY, []))

    def name_counter(self, actor: Actor, till: str, branch: str) -> Place:
        """Check and name this installation's till and branch, and add a new branch to the
        shop's list. Keeping the names on this PC is the caller's job (config.save_place)."""
        require(actor, Permission.CHANGE_SETTINGS)
        till = clean_name("till", till, required=True)
        branch = clean_name("branch", branch, required=False)
        now = self._clock()
        with self._sessions.begin() as session:
            # Locked: two counters naming new branches at once both stay on the list.
            row = session.get(ShopSetting, BRANCHES_KEY, with_for_update=True)
            known = list(row.value) if row is not None else []
            branch = known_spelling(branch, known)
            if branch and branch not in known:
                set_setting(session, actor, now, BRANCHES_KEY, sorted([*known, branch]))
            place = Place(till=till, branch=branch)
            if (actor.till, actor.branch) != (till, branch):
                audit.record(session, actor, now, AuditAction.SETTINGS_CHANGED, "this counter",
                             old={"till": actor.till, "branch": actor.branch},
                             new={"till": till, "branch": branch})
            return place


def set_setting(session: Session, actor: Actor, now: datetime, key: str, value: Any) -> None:
    """Store a shop setting and put the change, old and new value, in the audit trail."""
    old = session.get(ShopSetting, key)
    old_value = None if old is None else old.value
    if old_value != value:
        session.merge(ShopSetting(key=key, value=value))
        audit.record(session, actor, now, AuditAction.SETTINGS_CHANGED, key,
                     old=old_value, new=value)
