"""The audit trail in the user's language: the actions' names, an event's details as a line a
person reads ("Name: Siti → Siti Putri; reason: typo"), and the texts of its export."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from tokocrm.domain.audit import AuditAction
from tokocrm.domain.followup import FollowUpList
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.ui import formatting
from tokocrm.ui.messages import field_name
from tokocrm.ui.widgets.followup_texts import list_names
from tokocrm.ui.widgets.role_names import role_name
from tokocrm.ui.widgets.user_texts import capital, secret_kind_name

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

NOTHING = "—"
MONEY_KEYS = frozenset({"amount"})  # details the services record in Rupiah
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?")


def action_names() -> dict[AuditAction, str]:
    """Every action the trail records, in the order the filter offers them."""
    return {
        AuditAction.LOGIN: translate("AuditTexts", "Logged in"),
        AuditAction.LOGIN_FAILED: translate("AuditTexts", "Login failed"),
        AuditAction.USER_ADDED: translate("AuditTexts", "User added"),
        AuditAction.USER_CHANGED: translate("AuditTexts", "User changed"),
        AuditAction.MEMBER_EDITED: translate("AuditTexts", "Member edited"),
        AuditAction.MEMBERS_MERGED: translate("AuditTexts", "Members merged"),
        AuditAction.MEMBER_ERASED: translate("AuditTexts", "Member erased"),
        AuditAction.MEMBER_DATA_EXPORTED: translate("AuditTexts", "Member's data exported"),
        AuditAction.PURCHASE_VOIDED: translate("AuditTexts", "Purchase voided"),
        AuditAction.POINTS_ADJUSTED: translate("AuditTexts", "Points adjusted"),
        AuditAction.RULES_CHANGED: translate("AuditTexts", "Loyalty rules changed"),
        AuditAction.REWARD_ADDED: translate("AuditTexts", "Reward added"),
        AuditAction.REWARD_CHANGED: translate("AuditTexts", "Reward changed"),
        AuditAction.SETTINGS_CHANGED: translate("AuditTexts", "Settings changed"),
        AuditAction.IMPORTED: translate("AuditTexts", "Spreadsheet imported"),
        AuditAction.EXPORTED: translate("AuditTexts", "Spreadsheet exported"),
        AuditAction.RESTORED: translate("AuditTexts", "Database restored"),
        AuditAction.SHOP_MOVED: translate("AuditTexts", "Shop moved to PostgreSQL"),
        AuditAction.SUMMARIES_REBUILT: translate("AuditTexts", "Purchase summaries rebuilt"),
    }


def action_name(action: str) -> str:
    """An action's name; one a newer TokoCRM recorded is shown as stored."""
    try:
        return action_names()[AuditAction(action)]
    except ValueError:
        return action


# Subjects are stored in English ("member 12", "card_prefix"), the same whatever the language
# of whoever made the change; they are said in the reader's language here.
_NUMBERED = re.compile(r"(user|member|purchase|reward|message template|follow-up) (.+)")


def subject_text(subject: str | None) -> str:
    """What an event changed, in the user's language; one this version does not know (a
    file's path, a newer TokoCRM's) as stored."""
    if not subject:
        return ""
    numbered = _NUMBERED.fullmatch(subject)
    if numbered is None:
        return _subjects().get(subject, subject)
    kind, key = numbered.groups()
    if kind == "follow-up":
        key = _follow_up_name(key)
    return _numbered_subjects()[kind].format(key=key)


def _numbered_subjects() -> dict[str, str]:
    return {
        "user": translate("AuditTexts", "user {key}"),
        "member": translate("AuditTexts", "member {key}"),
        "purchase": translate("AuditTexts", "purchase {key}"),
        "reward": translate("AuditTexts", "reward {key}"),
        "message template": translate("AuditTexts", "message template {key}"),
        "follow-up": translate("AuditTexts", "follow-up: {key}"),
    }


def _subjects() -> dict[str, str]:
    """Settings by their stored keys, and the exports and imports by their titles."""
    return {
        "this counter": translate("AuditTexts", "this counter"),
        "branches": translate("AuditTexts", "the shop's branches"),
        "shop_name": translate("AuditTexts", "shop name"),
        "shop_logo": translate("AuditTexts", "logo on member cards"),
        "card_prefix": translate("AuditTexts", "card number prefix"),
        "idle_lock_minutes": translate("AuditTexts", "lock after idle minutes"),
        "backup_folder": translate("AuditTexts", "backup folder"),
        "complaint_due_hours": translate("AuditTexts", "hours to answer a complaint"),
        "segment_rules": translate("AuditTexts", "segment rules"),
        "loyalty rules": translate("AuditTexts", "loyalty rules"),
        "product categories": translate("AuditTexts", "product categories"),
        "feedback categories": translate("AuditTexts", "feedback categories"),
        "purchase summaries": translate("AuditTexts", "members' purchase summaries"),
        "members": translate("AuditTexts", "members"),
        "purchases": translate("AuditTexts", "purchases"),
        "ledger": translate("AuditTexts", "points ledger"),
        "feedback": translate("AuditTexts", "feedback"),
        "monthly": translate("AuditTexts", "monthly bookkeeping"),
        "audit trail": translate("AuditTexts", "audit trail"),
    }


def _follow_up_name(stored: str) -> str:
    try:
        return list_names()[FollowUpList(stored)]
    except ValueError:
        return stored


def role_text(role: str | None) -> str:
    """The role the user had, as a cell shows it; none for a failed login (nobody was logged
    in)."""
    if role is None:
        return ""
    try:
        return capital(role_name(Role(role)))
    except ValueError:
        return role


def details_text(details: dict[str, Any]) -> str:
    """Changes as "field: old → new", then the other details as "field: value"."""
    parts = []
    if "old" in details or "new" in details:
        parts = _changes(details.get("old"), details.get("new"))
    parts += [f"{_key(key)}: {_value(key, value)}" for key, value in details.items()
              if key not in ("old", "new")]
    return "; ".join(parts)


def _changes(old: Any, new: Any) -> list[str]:
    if not isinstance(old, dict) and not isinstance(new, dict):  # a setting's value
        return [f"{_value('', old)} → {_value('', new)}"]
    old, new = old or {}, new or {}
    keys = [*old, *(key for key in new if key not in old)]
    # Only what changed: an edit records the fields it touched, a reward its whole terms.
    return [f"{_key(key)}: {_value(key, old.get(key))} → {_value(key, new.get(key))}"
            for key in keys if old.get(key) != new.get(key)]


def _key(key: str) -> str:
    """A field as the forms name it; a detail only the trail keeps as it is stored, readable
    ("purchased_at": "Purchased at")."""
    named = field_name(key)
    return named if named != key else capital(key.replace("_", " "))


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return translate("AuditTexts", "yes") if value else translate("AuditTexts", "no")
    if isinstance(value, int) and key in MONEY_KEYS:
        return formatting.rupiah(value)
    if isinstance(value, int | float):
        return QLocale().toString(value)
    if isinstance(value, str):
        return _text(key, value)
    if isinstance(value, list) and all(isinstance(item, str | int) for item in value):
        return ", ".join(_value(key, item) for item in value)
    return json.dumps(value, ensure_ascii=False)  # tiers and other nested values


def _text(key: str, value: str) -> str:
    """Stored keys (a role, a PIN) and ISO dates as the user's language writes them."""
    if key == "role":
        return role_text(value)
    if key == "secret_kind" and value in (SecretKind.PIN, SecretKind.PASSWORD):
        return secret_kind_name(SecretKind(value))
    if _ISO_DAY.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:  # looks like a day but is none (2026-02-30): shown as stored
            return value
        return formatting.moment(moment) if "T" in value else formatting.day(moment.date())
    return value


def export_texts() -> dict[str, str]:
    """The audit sheet's name and headers, and its actions and roles (stored keys, written as
    labels), translated for io.xlsx_export."""
    texts = {
        "Audit trail": translate("AuditTexts", "Audit trail"),
        "User": translate("AuditTexts", "User"),
        "Role": translate("AuditTexts", "Role"),
        "Action": translate("AuditTexts", "Action"),
        "Subject": translate("AuditTexts", "Subject"),
        "Details": translate("AuditTexts", "Details"),
    }
    texts.update({action.value: name for action, name in action_names().items()})
    texts.update({role.value: role_text(role.value) for role in Role})
    return texts
