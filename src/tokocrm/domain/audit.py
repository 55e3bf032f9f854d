"""What the audit trail records. The values are stored, so never rename one."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    USER_ADDED = "user_added"
    USER_CHANGED = "user_changed"
    MEMBER_EDITED = "member_edited"
    MEMBERS_MERGED = "members_merged"
    MEMBER_ERASED = "member_erased"
    MEMBER_DATA_EXPORTED = "member_data_exported"
    PURCHASE_VOIDED = "purchase_voided"
    POINTS_ADJUSTED = "points_adjusted"
    RULES_CHANGED = "rules_changed"
    REWARD_ADDED = "reward_added"
    REWARD_CHANGED = "reward_changed"
    SETTINGS_CHANGED = "settings_changed"
    IMPORTED = "imported"
    EXPORTED = "exported"
    RESTORED = "restored"
    SHOP_MOVED = "shop_moved"  # copied from its SQLite file into PostgreSQL
    SUMMARIES_REBUILT = "summaries_rebuilt"  # the members' purchase summaries, by `repair`
