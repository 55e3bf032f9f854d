"""Users and logins: the first-start owner, the users the owner adds, and logging in with a
password or PIN hashed with Argon2id, locked for a while after failed tries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokocrm.db.models import AppUser, AuditEvent, ShopSetting
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import AccountLocked, InvalidField, LoginRefused, NotFound, TokoError
from tokocrm.domain.roles import Permission, Role
from tokocrm.domain.users import (
    DEFAULT_IDLE_LOCK_MINUTES,
    SecretKind,
    check_idle_lock_minutes,
    check_secret,
    clean_username,
    locked_until_after_failure,
)
from tokocrm.services import audit
from tokocrm.services.actor import Actor, Place, require
from tokocrm.services.clock import Clock
from tokocrm.services.shop_settings import set_setting

_hasher = PasswordHasher()  # Argon2id with argon2-cffi's RFC 9106 parameters
IDLE_LOCK_KEY = "idle_lock_minutes"


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    role: Role
    active: bool
    secret_kind: SecretKind
    locked_until: datetime | None


@retries_conflicts
class UserService:
    def __init__(self, sessions: Sessions, clock: Clock, place: Place | None = None) -> None:
        self._sessions = sessions
        self._clock = clock
        # Whoever logs in here acts from this till and branch; renaming the counter in
        # Settings moves it, for the logins after that.
        self.place = place or Place()

    def needs_setup(self) -> bool:
        """True until someone can log in: the app then asks for the shop and its owner, and
        the command line runs freely (for set-up and scripts)."""
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(AppUser).where(
                AppUser.active.is_(True), AppUser.secret_hash.is_not(None))) == 0

    def create_owner(self, shop_name: str, username: str, secret: str,
                     kind: SecretKind) -> Actor:
        """First start: name the shop and make its owner, who is then logged in."""
        name, shop = clean_username(username), " ".join(shop_name.split())
        if not shop:
            raise InvalidField(field="shop_name", value=shop_name, reason="required")
        check_secret(secret, kind)
        with self._sessions.begin() as session:
            if not self.needs_setup():
                raise InvalidField(field="username", value=name, reason="exists")
            user = _by_name(session, name) or AppUser(username=name, failed_logins=0)
            user.role, user.active, user.created_at = Role.OWNER.value, True, self._clock()
            user.secret_hash, user.secret_kind = _hasher.hash(secret), kind.value
            session.add(user)
            session.merge(ShopSetting(key="shop_name", value=shop))
            owner = Actor(username=name, role=Role.OWNER).at(self.place)
            audit.record(session, owner, self._clock(), AuditAction.USER_ADDED,
                         f"user {name}", role=Role.OWNER.value, shop_name=shop)
            return owner

    def login(self, username: str, secret: str) -> Actor:
        """The actor for a right name and secret; a wrong one counts towards the lockout."""
        now = self._clock()
        with self._sessions.begin() as session:
            user = _by_name(session, " ".join(username.split()))
            if user is None or not user.active or user.secret_hash is None:
                _verify(_nobody(), secret)
                _failed(session, username, self.place, now, reason="unknown user")
                refused: Exception = LoginRefused()
            elif user.locked_until is not None and user.locked_until > now:
                _failed(session, user.username, self.place, now, reason="locked")
                refused = AccountLocked(user=user.username,
                                        until=user.locked_until.strftime("%H:%M"))
            elif not _verify(user.secret_hash, secret):
                user.failed_logins += 1
                user.locked_until = locked_until_after_failure(user.failed_logins, now)
                _failed(session, user.username, self.place, now, reason="wrong secret",
                        tries=user.failed_logins)
                refused = LoginRefused()
            else:
                return _logged_in(session, user, secret, self.place, now)
        raise refused  # after the commit: the failure is counted and in the trail

    def add(self, actor: Actor, username: str, role: Role, secret: str,
            kind: SecretKind) -> UserRow:
        require(actor, Permission.MANAGE_USERS)
        name = clean_username(username)
        check_secret(secret, kind)
        if role is not Role.OWNER and self.needs_setup():  # else no one could manage users
            raise InvalidField(field="role", value=role.value, reason="first_owner")
        with self._sessions.begin() as session:
            if _by_name(session, name) is not None:
                raise InvalidField(field="username", value=name, reason="exists")
            user = AppUser(username=name, role=role.value, active=True, failed_logins=0,
                           secret_hash=_hasher.hash(secret), secret_kind=kind.value,
                           created_at=self._clock())
            session.add(user)
            audit.record(session, actor, self._clock(), AuditAction.USER_ADDED,
                         f"user {name}", role=role.value, secret_kind=kind.value)
            session.flush()
            return _row(user)

    def users(self, actor: Actor) -> list[UserRow]:
        require(actor, Permission.READ_SETTINGS)
        with self._sessions() as session:
            return [_row(user) for user in session.scalars(
                select(AppUser).where(AppUser.secret_hash.is_not(None))
                .order_by(AppUser.username))]

    def change(self, actor: Actor, user_id: int, *, role: Role | None = None,
               active: bool | None = None, secret: str | None = None,
               kind: SecretKind | None = None) -> UserRow:
        """Change a user's role, switch them off or on, or set a new password or PIN (which
        also lifts a lockout; without `kind`, of the kind they had). The shop always keeps
        one active owner."""
        require(actor, Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            user = session.get(AppUser, user_id)
            if user is None or user.secret_hash is None:
                raise NotFound(thing="user", key=user_id)
            kind = kind or SecretKind(user.secret_kind or SecretKind.PASSWORD)
            if secret is not None:
                check_secret(secret, kind)
            old = {"role": user.role, "active": user.active}
            if role is not None:
                user.role = role.value
            if active is not None:
                user.active = active
            if secret is not None:
                user.secret_hash, user.secret_kind = _hasher.hash(secret), kind.value
                user.failed_logins, user.locked_until = 0, None
            session.flush()
            _keep_an_owner(session, user)
            new = {"role": user.role, "active": user.active}
            audit.record(session, actor, self._clock(), AuditAction.USER_CHANGED,
                         f"user {user.username}", old=old, new=new,
                         new_secret=secret is not None)
            return _row(user)

    def idle_lock_minutes(self, actor: Actor) -> int:
        """How long a counter may be left alone before it locks itself (every role reads it:
        it is the cashiers' screens that lock)."""
        require(actor, Permission.READ_SETTINGS)
        with self._sessions() as session:
            row = session.get(ShopSetting, IDLE_LOCK_KEY)
        if row is None:
            return DEFAULT_IDLE_LOCK_MINUTES
        try:
            return check_idle_lock_minutes(row.value)
        except TokoError:  # stored by hand or by an old version: the screen still locks
            return DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> None:
        require(actor, Permission.MANAGE_USERS)
        minutes = check_idle_lock_minutes(minutes)
        with self._sessions.begin() as session:
            set_setting(session, actor, self._clock(), IDLE_LOCK_KEY, minutes)


def _by_name(session: Session, name: str) -> AppUser | None:
    """Names match whatever their case: "Dewi" logs in as "dewi"."""
    return session.scalars(select(AppUser).where(
        func.lower(AppUser.username) == name.lower())).first()


@cache
def _nobody() -> str:
    """Checked against when the name is unknown, so a wrong name takes as long as a wrong
    secret. Made at the first such login, not at import: a hash costs ~150 ms, and every
    app start and command imports this module."""
    return _hasher.hash("not anyone's secret")


def _verify(secret_hash: str, secret: str) -> bool:
    try:
        return _hasher.verify(secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def _failed(session: Session, username: str, place: Place, now: datetime,
            **details: object) -> None:
    # No role: whoever tried was not logged in as anyone.
    session.add(AuditEvent(at=now, username=username[:64], role=None, till=place.till,
                           action=AuditAction.LOGIN_FAILED.value,
                           subject=f"user {username[:50]}", details=audit.plain(details)))


def _logged_in(session: Session, user: AppUser, secret: str, place: Place,
               now: datetime) -> Actor:
    user.failed_logins, user.locked_until = 0, None
    if _hasher.check_needs_rehash(user.secret_hash or ""):  # stronger parameters since
        user.secret_hash = _hasher.hash(secret)
    actor = Actor(username=user.username, role=Role(user.role)).at(place)
    audit.record(session, actor, now, AuditAction.LOGIN, f"user {user.username}")
    return actor


def _keep_an_owner(session: Session, changed: AppUser) -> None:
    owners = session.scalar(select(func.count()).select_from(AppUser).where(
        AppUser.role == Role.OWNER.value, AppUser.active.is_(True),
        AppUser.secret_hash.is_not(None)))
    if owners == 0:
        raise InvalidField(field="role", value=changed.username, reason="last_owner")


def _row(user: AppUser) -> UserRow:
    return UserRow(user.id, user.username, Role(user.role), user.active,
                   SecretKind(user.secret_kind or SecretKind.PASSWORD), user.locked_until)
