"""Translated texts for the errors the lower layers raise by code (they carry no UI text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tokocrm.domain.errors import InvalidField, TokoError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def _errors() -> dict[str, str]:
    return {
        "db.unreadable": translate("Messages", "Cannot read the database file {path}: {reason}"),
        "db.not_sqlite": translate(
            "Messages", "{path} is not a TokoCRM database. The file was left untouched."
        ),
        "db.foreign": translate(
            "Messages", "{path} belongs to another program. The file was left untouched."
        ),
        "db.too_new": translate(
            "Messages",
            "The database {path} was made by a newer TokoCRM "
            "(schema {revision}). Please install the newest TokoCRM.",
        ),
        "db.unreachable": translate("Messages", "Cannot open the database {path}: {reason}"),
        "db.busy": translate(
            "Messages", "The database stayed busy with the other counters; nothing was saved. "
            "Please try again."),
        "db.upgrade_backup_failed": translate(
            "Messages", "{path} was not upgraded: a copy of it could not be saved first "
            "({reason}). The file was left untouched."),
        "permission.denied": translate("Messages", "{user} ({role}) may not {action}."),
        "not_found": translate("Messages", "Not found: {key}"),
        "member.duplicate_phone": translate(
            "Messages", "The phone {phone} already belongs to {name} (card {card})."
        ),
        "member.duplicate_card": translate(
            "Messages", "The card {card} already belongs to {name}."
        ),
        "purchase.duplicate_receipt": translate(
            "Messages",
            "Receipt {receipt} was already recorded (purchase {purchase_id}). Nothing was saved.",
        ),
        "purchase.already_voided": translate(
            "Messages", "Purchase {purchase_id} is already voided."
        ),
        "edit.stale": translate(
            "Messages",
            "Someone else changed this meanwhile. Close it, open it again and redo your change.",
        ),
        "member.merge_refused": translate("Messages", "Cannot merge: {reason}"),
        "demo.refused": translate(
            "Messages",
            "The sample shop is only made in an empty database; this one has {members} members.",
        ),
        "cancelled": translate("Messages", "Cancelled; nothing was saved."),
        "backup.failed": translate(
            "Messages", "The backup {path} could not be made: {reason}"),
        "backup.unsupported": translate(
            "Messages", "{action} works on SQLite files only; back a {dialect} database up "
            "with its own tools (pg_dump)."),
        "backup.restore_refused": translate(
            "Messages", "{path} was not restored because {reason}; the current database is "
            "unchanged."),
        "login.refused": translate("Messages", "Wrong user name, password or PIN."),
        "login.locked": translate(
            "Messages", "{user} is locked after too many failed tries. Try again after {until}."),
    }


def _fields() -> dict[str, str]:
    return {
        "name": translate("Messages", "Name"),
        "phone": translate("Messages", "Phone"),
        "email": translate("Messages", "E-mail"),
        "birthday": translate("Messages", "Birthday"),
        "card": translate("Messages", "Card number"),
        "card_prefix": translate("Messages", "Card prefix"),
        "till": translate("Messages", "Till"),
        "branch": translate("Messages", "Branch"),
        "amount": translate("Messages", "Amount"),
        "time": translate("Messages", "Time"),
        "at": translate("Messages", "Time"),
        "receipt": translate("Messages", "Receipt"),
        "items": translate("Messages", "Items"),
        "reason": translate("Messages", "Reason"),
        "category": translate("Messages", "Category"),
        "referred_by": translate("Messages", "Referred by"),
        "status": translate("Messages", "Status"),
        "address": translate("Messages", "Address"),
        "notes": translate("Messages", "Notes"),
        "points": translate("Messages", "Points"),
        "reward": translate("Messages", "Reward"),
        "stock": translate("Messages", "Stock"),
        "note": translate("Messages", "Note"),
        "rupiah_per_point": translate("Messages", "Rupiah per point"),
        "point_value": translate("Messages", "Value of one point"),
        "welcome_bonus": translate("Messages", "Welcome bonus"),
        "birthday_bonus": translate("Messages", "Birthday bonus"),
        "referral_bonus": translate("Messages", "Referral bonus"),
        "expiry_months": translate("Messages", "Points expire after (months)"),
        "tiers": translate("Messages", "Tiers"),
        "min_spend": translate("Messages", "Tier starts at"),
        "multiplier": translate("Messages", "Multiplier (percent)"),
        "value": translate("Messages", "Value"),
        "cap": translate("Messages", "At most"),
        "new_days": translate("Messages", "New for"),
        "loyal_purchases": translate("Messages", "Loyal from"),
        "at_risk_factor": translate("Messages", "At risk after"),
        "min_gap_days": translate("Messages", "Shortest usual gap"),
        "lapse_days": translate("Messages", "Former after"),
        "high_value_percent": translate("Messages", "High value: top"),
        "recurring_min_gaps": translate("Messages", "Recurring from"),
        "recurring_max_spread": translate("Messages", "Recurring gaps vary at most"),
        "rating": translate("Messages", "Rating"),
        "nps": translate("Messages", "Likelihood to recommend"),
        "channel": translate("Messages", "Channel"),
        "comment": translate("Messages", "Comment"),
        "case": translate("Messages", "Case"),
        "due_hours": translate("Messages", "Hours to resolve a complaint"),
        "assignee": translate("Messages", "Assigned to"),
        "text": translate("Messages", "Reply"),
        "purchase": translate("Messages", "Purchase"),
        "username": translate("Messages", "User name"),
        "password": translate("Messages", "Password"),
        "pin": translate("Messages", "PIN"),
        "shop_name": translate("Messages", "Shop name"),
        "role": translate("Messages", "Role"),
        "idle_lock_minutes": translate("Messages", "Lock an idle counter after (minutes)"),
        "body": translate("Messages", "Message"),
        "kind": translate("Messages", "Kind"),
        "template": translate("Messages", "Message template"),
        "list": translate("Messages", "Follow-up list"),
        "member": translate("Messages", "Member"),
        "shop_logo": translate("Messages", "Shop logo"),
    }


def _reasons() -> dict[str, str]:
    return {
        "required": translate("Messages", "is required"),
        "too_long": translate("Messages", "is longer than {limit} characters"),
        "out_of_range": translate("Messages", "must be between {low} and {high}"),
        "not_mobile": translate("Messages", "is not an Indonesian mobile number"),
        "not_email": translate("Messages", "is not an e-mail address"),
        "not_date": translate("Messages", "is not a date"),
        "not_datetime": translate("Messages", "is not a date and time"),
        "impossible_birthday": translate("Messages", "is not a possible birth date"),
        "future": translate("Messages", "is in the future"),
        "card_code": translate("Messages", "must be 1 to 32 letters or digits"),
        "card_range_full": translate("Messages", "has no free card numbers left for this prefix"),
        "prefix_digits": translate("Messages", "must be 1 to 6 digits"),
        "not_rupiah": translate("Messages", "is not a whole number of Rupiah"),
        "ambiguous_amount": translate(
            "Messages", "could mean two different amounts; type it in full (1250000) or with "
                        "rb or jt (250 rb, 1.5 jt)"),
        "not_positive": translate("Messages", "must be more than Rp 0"),
        "too_large": translate("Messages", "is more than Rp 1.000.000.000; check the amount"),
        "not_editable": translate("Messages", "cannot be changed here"),
        "self_reference": translate("Messages", "cannot be the member themselves"),
        "bad_status": translate("Messages", "must be active or inactive"),
        "unknown": translate("Messages", "does not exist"),
        "exists": translate("Messages", "already exists"),
        "unknown_choice": translate("Messages", "is not one of {choices}"),
        "case_already_resolved": translate("Messages", "is already resolved"),
        "case_already_open": translate("Messages", "is already open"),
        "case_not_open": translate("Messages", "can only be started while it is open"),
        "not_theirs": translate("Messages", "belongs to another member"),
        "last_one": translate("Messages", "is the last one left and cannot be retired"),
        "first_tier_from_zero": translate("Messages", "the first tier must start at Rp 0"),
        "tier_names": translate("Messages", "every tier needs its own name"),
        "tier_thresholds": translate("Messages", "two tiers cannot start at the same spend"),
        "not_enough_points": translate(
            "Messages", "is more than the {balance} points the member has"),
        "needs_value": translate("Messages", "needs a value for this kind of reward"),
        "out_of_stock": translate("Messages", "{value} is out of stock"),
        "inactive": translate("Messages", "{value} is no longer offered"),
        "not_points": translate("Messages", "is not a whole, non-zero number of points"),
        "reward_or_points": translate(
            "Messages", "pay with a reward or with points, not both at once"),
        "username_chars": translate(
            "Messages", "may hold only letters, digits, spaces, dots, dashes and underscores"),
        "pin_digits": translate("Messages", "must be {low} to {high} digits"),
        "password_short": translate("Messages", "must be at least {limit} characters"),
        "erased": translate("Messages", "was erased on the customer's request"),
        "merged": translate("Messages", "was merged into another member; use that member instead"),
        "first_owner": translate("Messages", "must be owner: the first user is the shop's owner"),
        "last_owner": translate("Messages", "is the shop's last owner: add another owner first"),
        "unknown_placeholder": translate(
            "Messages", "has {value}, which is not a placeholder; use {choices}"),
        "no_mobile": translate("Messages", "has no mobile number to send a WhatsApp message to"),
        "no_consent": translate(
            "Messages", "is a promotion, and the member did not agree to receive offers"),
        "not_image": translate("Messages", "is not a PNG or JPEG image"),
        "file_too_large": translate("Messages", "is larger than {limit} KB"),
    }


def message_for(error: TokoError) -> str:
    """The error in the user's language; the English default for a code not listed here."""
    if isinstance(error, InvalidField):
        return field_message(error)
    text = _errors().get(error.code)
    return text.format(**error.params) if text else str(error)


def field_name(field: str) -> str:
    """A field as forms name it ("welcome_bonus": "Welcome bonus"); unknown ones as given."""
    return _fields().get(field, field)


def field_message(error: InvalidField) -> str:
    params = error.params
    field = _fields().get(str(params["field"]), str(params["field"]))
    reason = _reasons().get(str(params["reason"]))
    if reason is None:
        return str(error)
    shown = {key: QLocale().toString(value) if key in _NUMBERS and isinstance(value, int)
             else value for key, value in params.items()}
    return f"{field}: {reason.format(**shown)}"


_NUMBERS = frozenset({"low", "high", "balance", "limit"})  # grouped as the language writes them
