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
    code = "field.invalid"
    template = "{field}: {reason} (got {value!r})"


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
