"""Errors that the layers raise and the surfaces (CLI, GUI) turn into messages.

Each error carries a stable `code` and its `params`, so the GUI can show a translated text
(`tokocrm.ui.messages`) while the command line prints the English default.
"""

from __future__ import annotations


class TokoError(Exception):
    """Something was refused or given bad input; never a bug."""

    code = "error"
    template = "{detail}"

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.template.format(**params))


class DatabaseUnreadable(TokoError):
    code = "db.unreadable"
    template = "cannot read the database file {path}: {reason}"


class NotADatabase(TokoError):
    code = "db.not_sqlite"
    template = "{path} is not a TokoCRM database (it is not an SQLite file); it was left untouched"


class ForeignDatabase(TokoError):
    code = "db.foreign"
    template = (
        "{path} holds tables that TokoCRM did not create; it was left untouched"
    )


class DatabaseTooNew(TokoError):
    code = "db.too_new"
    template = (
        "the database {path} is at schema version {revision}, which this TokoCRM "
        "{version} does not know; install a newer TokoCRM"
    )


class DatabaseUnreachable(TokoError):
    code = "db.unreachable"
    template = "cannot open the database {path}: {reason}"


class PermissionDenied(TokoError):
    code = "permission.denied"
    template = "{user} ({role}) may not {action}"


class InvalidField(TokoError):
    """A refused value. `reason` is a key of REASONS, so the GUI can say it in its language."""

    code = "field.invalid"
    REASONS = {  # noqa: RUF012 (a constant table)
        "required": "is required",
        "too_long": "is longer than {limit} characters",
        "out_of_range": "must be between {low} and {high}",
        "not_mobile": "is not an Indonesian mobile number",
        "not_email": "is not an e-mail address",
        "not_date": "is not a date (YYYY-MM-DD)",
        "not_datetime": "is not a date and time (YYYY-MM-DDTHH:MM)",
        "impossible_birthday": "is not a possible birth date",
        "future": "is in the future",
        "card_code": "must be 1 to 32 letters or digits",
        "card_range_full": "has no free card numbers left for this prefix",
        "prefix_digits": "must be 1 to 6 digits",
        "not_rupiah": "is not a whole number of Rupiah",
        "not_positive": "must be more than Rp 0",
        "too_large": "is more than Rp 1.000.000.000; check the amount",
        "not_editable": "cannot be changed here",
        "self_reference": "cannot be the member themselves",
        "bad_status": "must be active or inactive",
        "unknown": "does not exist",
        "exists": "already exists",
        "first_tier_from_zero": "the first tier must start at Rp 0",
        "tier_names": "every tier needs its own name",
        "tier_thresholds": "two tiers cannot start at the same spend",
        "not_enough_points": "is more than the {balance} points the member has",
        "needs_value": "needs a value for this kind of reward",
        "out_of_stock": "{value} is out of stock",
        "inactive": "{value} is no longer offered",
        "not_points": "is not a whole, non-zero number of points",
    }

    def __init__(self, *, field: str, value: object, reason: str, **extra: object) -> None:
        self.params = {"field": field, "value": value, "reason": reason, **extra}
        explained = self.REASONS[reason].format(**self.params)
        Exception.__init__(self, f"{field}: {explained} (got {value!r})")


class NotFound(TokoError):
    code = "not_found"
    template = "no {thing} {key!r}"


class DuplicatePhone(TokoError):
    code = "member.duplicate_phone"
    template = "phone {phone} already belongs to {name} (card {card})"


class DuplicateCard(TokoError):
    code = "member.duplicate_card"
    template = "card {card} already belongs to {name}"


class DuplicateReceipt(TokoError):
    code = "purchase.duplicate_receipt"
    template = "receipt {receipt} was already recorded (purchase {purchase_id})"


class AlreadyVoided(TokoError):
    code = "purchase.already_voided"
    template = "purchase {purchase_id} is already voided"


class StaleEdit(TokoError):
    code = "edit.stale"
    template = "{thing} was changed by someone else meanwhile; reopen it and try again"


class MergeRefused(TokoError):
    code = "member.merge_refused"
    template = "cannot merge: {reason}"


class DemoRefused(TokoError):
    code = "demo.refused"
    template = "the sample shop is only made in an empty database; this one has {members} members"


class Cancelled(TokoError):
    """The user stopped a long job; its transaction was rolled back."""

    code = "cancelled"
    template = "cancelled; nothing was saved"
