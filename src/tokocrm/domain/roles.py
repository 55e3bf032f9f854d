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
    READ_MEMBERS = "look up members"
    REGISTER_MEMBER = "register members"
    EDIT_MEMBER = "edit members"
    MERGE_MEMBERS = "merge members"
    RECORD_PURCHASE = "record purchases"
    BACKDATE_PURCHASE = "back-date purchases"
    VOID_PURCHASE = "void purchases"
    VOID_OLD_PURCHASE = "void purchases from before today"
    MANAGE_CATEGORIES = "change the product categories"
    CREATE_DEMO = "fill the database with the sample shop"
    REDEEM_POINTS = "redeem points"
    CHANGE_LOYALTY_RULES = "change the loyalty rules"
    MANAGE_REWARDS = "change the rewards"
    ADJUST_POINTS = "adjust points by hand"
    RUN_DAILY = "run the daily expiry and birthday bonuses"
    EXPORT_DATA = "export spreadsheets"
    IMPORT_DATA = "import spreadsheets"
    VIEW_REPORTS = "see the dashboard, segments and customer value"
    RECORD_FEEDBACK = "record customer feedback"
    HANDLE_COMPLAINTS = "handle complaint cases and reply to customers"
    MANAGE_USERS = "add users and change their role, password or PIN"
    VIEW_AUDIT = "see and export the audit trail"
    ERASE_MEMBER = "erase a member's personal data on request"
    BACKUP_RESTORE = "back up and restore the database"
    SEND_MESSAGES = "send WhatsApp messages to members"


_COUNTER_WORK = frozenset({
    Permission.READ_SETTINGS, Permission.READ_MEMBERS, Permission.REGISTER_MEMBER,
    Permission.EDIT_MEMBER, Permission.RECORD_PURCHASE, Permission.VOID_PURCHASE,
    Permission.REDEEM_POINTS, Permission.RUN_DAILY, Permission.RECORD_FEEDBACK,
    Permission.HANDLE_COMPLAINTS, Permission.SEND_MESSAGES,
})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.CASHIER: _COUNTER_WORK,
    Role.BOOKKEEPER: frozenset({Permission.READ_SETTINGS, Permission.READ_MEMBERS,
                                Permission.EXPORT_DATA, Permission.IMPORT_DATA,
                                Permission.VIEW_REPORTS}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
