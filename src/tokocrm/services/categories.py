"""The product categories the owner keeps (Sembako, Minuman, ...), tagged on purchases."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tokocrm.db.models import ProductCategory
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import InvalidField, NotFound
from tokocrm.domain.roles import Permission
from tokocrm.services import audit
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.dto import Category


@retries_conflicts
class CategoryService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def list(self, actor: Actor, include_inactive: bool = False) -> list[Category]:
        require(actor, Permission.READ_MEMBERS)
        query = select(ProductCategory).order_by(ProductCategory.name)
        if not include_inactive:
            query = query.where(ProductCategory.active.is_(True))
        with self._sessions() as session:
            return [_dto(c) for c in session.scalars(query)]

    def add(self, actor: Actor, name: str) -> Category:
        require(actor, Permission.MANAGE_CATEGORIES)
        name = _clean(name)
        try:
            with self._sessions.begin() as session:
                category = ProductCategory(name=name, active=True)
                session.add(category)
                session.flush()
                audit.record(session, actor, self._clock(), AuditAction.SETTINGS_CHANGED,
                             "product categories", added=name)
                return _dto(category)
        except IntegrityError as error:
            raise InvalidField(field="category", value=name, reason="exists") from error

    def set_active(self, actor: Actor, category_id: int, active: bool) -> Category:
        """Retire a category (past purchases keep it) or bring it back."""
        require(actor, Permission.MANAGE_CATEGORIES)
        with self._sessions.begin() as session:
            category = session.get(ProductCategory, category_id)
            if category is None:
                raise NotFound(thing="category", key=category_id)
            if category.active != active:
                category.active = active
                audit.record(session, actor, self._clock(), AuditAction.SETTINGS_CHANGED,
                             "product categories", category=category.name, active=active)
            return _dto(category)


def _clean(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidField(field="category", value=name, reason="required")
    if len(cleaned) > 60:
        raise InvalidField(field="category", value=name, reason="too_long", limit=60)
    return cleaned


def _dto(category: ProductCategory) -> Category:
    return Category(id=category.id, name=category.name, active=category.active)
