"""Who may do what. The services check these before every use case."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    CASHIER = "cashier"
    BOOKKEEPER = "bookkeeper"


class Permission(StrEnum):
    READ_SETTINGS = "read shop settings"
    CHANGE_SETTINGS = "change shop settings"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.CASHIER: frozenset({Permission.READ_SETTINGS}),
    Role.BOOKKEEPER: frozenset({Permission.READ_SETTINGS}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
