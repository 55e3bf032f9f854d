"""Who is acting: every service call carries one, so permissions are checked in one place."""

from __future__ import annotations

import platform
from dataclasses import dataclass, field, replace

from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.roles import Permission, Role, allows


@dataclass(frozen=True)
class Place:
    """Where this installation stands: its till (counter PC) and the shop's branch. Each
    installation names them (Settings → This counter); purchases, redemptions and feedback
    keep them. No branch name: the shop has one place."""

    till: str = field(default_factory=platform.node)
    branch: str = ""


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role
    till: str = field(default_factory=platform.node)
    branch: str = ""

    def at(self, place: Place) -> Actor:
        return replace(self, till=place.till, branch=place.branch)


# Until users and login exist, the app and the command line act as the shop's owner.
BUILTIN_OWNER = Actor(username="owner", role=Role.OWNER)


def require(actor: Actor, permission: Permission) -> None:
    """Raise PermissionDenied unless the actor's role allows the permission."""
    if not allows(actor.role, permission):
        raise PermissionDenied(user=actor.username, role=actor.role.value, action=permission.value)
