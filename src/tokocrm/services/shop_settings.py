"""Shop settings stored in the database, so every counter shares the same rules; and the
names of this counter and its branch (kept by the installation; the shop keeps the list of its
branches, so every counter offers the same ones)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokocrm.db.models import Feedback, Purchase, Redemption, ShopSetting
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import InvalidField
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


def shop_branch(session: Session, name: str | None) -> str | None:
    """The shop's spelling of a branch a report or export asks for (None, or blank: the whole
    shop). A name no counter was given and nothing was recorded at is refused with the
    branches there are: a typo must not give an empty export that looks true."""
    asked = "" if name is None else clean_name("branch", name, required=False)
    if not asked:
        return None
    row = session.get(ShopSetting, BRANCHES_KEY)
    known = list(row.value) if row is not None else []
    spelled = known_spelling(asked, known)
    if spelled in known or _recorded_at(session, spelled):
        return spelled
    # Not found quickly: every name in the records (a scan of them) may still spell it.
    every = sorted(set(known) | _recorded_branches(session))
    spelled = known_spelling(asked, every)
    if spelled in every:
        return spelled
    raise InvalidField(field="branch", value=name, reason="unknown_choice",
                       choices=", ".join(every) or "-")


_RECORDED = (Purchase, Redemption, Feedback)  # what keeps the branch it happened at


def _recorded_at(session: Session, branch: str) -> bool:
    return any(session.scalar(select(table.id).where(table.branch == branch).limit(1))
               is not None for table in _RECORDED)


def _recorded_branches(session: Session) -> set[str]:
    found = set()
    for table in _RECORDED:
        found |= set(session.scalars(select(table.branch).distinct()))
    return found - {""}  # "": recorded before the shop had branches


def set_setting(session: Session, actor: Actor, now: datetime, key: str, value: Any) -> None:
    """Store a shop setting and put the change, old and new value, in the audit trail."""
    old = session.get(ShopSetting, key)
    old_value = None if old is None else old.value
    if old_value != value:
        session.merge(ShopSetting(key=key, value=value))
        audit.record(session, actor, now, AuditAction.SETTINGS_CHANGED, key,
                     old=old_value, new=value)
