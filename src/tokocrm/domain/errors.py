"""Errors that the layers raise and the surfaces (CLI, GUI) turn into messages.

Each error carries a stable `code` and its `params`, so the GUI can show a translated text
(`tokocrm.ui.messages`) while the command line prints the English default.
"""

from __future__ import annotations


def first_line(error: BaseException | None) -> str:
    """A lower layer's error as a reason in a message: its first line (a driver's may run to
    many), or its type's name when it says nothing."""
    said = str(error).strip()
    return said.splitlines()[0] if said else type(error).__name__


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


class DatabaseBusy(TokoError):
    """Other counters kept the database busy through every retry; nothing was saved."""

    code = "db.busy"
    template = ("the database stayed busy with other counters ({tries} tries); nothing was "
                "saved, try again")


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
        "ambiguous_amount": (
            "could mean two different amounts; type it in full (1250000) or with rb or jt "
            "(250 rb, 1.5 jt)"
        ),
        "not_positive": "must be more than Rp 0",
        "too_large": "is more than Rp 1.000.000.000; check the amount",
        "not_editable": "cannot be changed here",
        "self_reference": "cannot be the member themselves",
        "bad_status": "must be active or inactive",
        "unknown": "does not exist",
        "exists": "already exists",
        # Feedback and complaint cases (domain/feedback.py)
        "unknown_choice": "is not one of {choices}",
        "case_already_resolved": "is already resolved",
        "case_already_open": "is already open",
        "case_not_open": "can only be started while it is open",
        "not_theirs": "belongs to another member",
        "last_one": "is the last one left and cannot be retired",
        "first_tier_from_zero": "the first tier must start at Rp 0",
        "tier_names": "every tier needs its own name",
        "tier_thresholds": "two tiers cannot start at the same spend",
        "not_enough_points": "is more than the {balance} points the member has",
        "needs_value": "needs a value for this kind of reward",
        "out_of_stock": "{value} is out of stock",
        "inactive": "{value} is no longer offered",
        "not_points": "is not a whole, non-zero number of points",
        "reward_or_points": "pay with a reward or with points, not both at once",
        # Users and logins (domain/users.py)
        "username_chars": "may hold only letters, digits, spaces, dots, dashes and underscores",
        "pin_digits": "must be {low} to {high} digits",
        "password_short": "must be at least {limit} characters",
        "erased": "was erased on the customer's request",
        "merged": "was merged into another member; use that member instead",
        "first_owner": "must be owner: the first user is the shop's owner",
        "last_owner": "is the shop's last owner: add another owner first",
        # WhatsApp follow-up (domain/whatsapp.py)
        "unknown_placeholder": "has {value}, which is not a placeholder; use {choices}",
        "no_mobile": "has no mobile number to send a WhatsApp message to",
        "no_consent": "is a promotion, and the member did not agree to receive offers",
        # The shop's logo on member cards (services/cards.py)
        "not_image": "is not a PNG or JPEG image",
        "file_too_large": "is larger than {limit} KB",
        # Cleaning spreadsheet cells (domain/cleaning.py)
        "impossible_date": "is not a real calendar date",
        "not_whole_number": "is not a whole number",
        "negative": "cannot be negative",
        "not_yes_no": "is not yes or no",
        "not_gender": "is not female or male",
        "not_status": "is not active or inactive",
        "no_contact": "needs a phone number, an e-mail address or a card code",
        "no_member_key": "needs a card code, phone number, e-mail or customer id of the member",
        # Column mappings (io/columns.py)
        "not_mapped": "is not matched to any column",
        "bad_column": "is matched to column {value}, which the table does not have",
    }

    def __init__(self, *, field: str, value: object, reason: str, **extra: object) -> None:
        self.params = {"field": field, "value": value, "reason": reason, **extra}
        explained = self.REASONS[reason].format(**self.params)
        Exception.__init__(self, f"{field}: {explained} (got {value!r})")


class FileRefused(TokoError):
    """A file that cannot be imported, said in one sentence; nothing was read into the shop.

    `reason` is a key of REASONS (the GUI translates it); `file` is the file's name as shown
    to the user. Extra params (`sheet`, `limit`, `columns`, `rows`) fill the sentence."""

    code = "import.refused"
    REASONS = {  # noqa: RUF012 (a constant table)
        "unreadable": "cannot be opened ({detail})",
        "empty": "is empty: it has no cells with data",
        "not_spreadsheet": "is not a spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv)",
        "web_page": (
            "is a web page or XML file saved under a spreadsheet name; "
            "open it in Excel or LibreOffice and save it as .xlsx"
        ),
        "xlsb": "is an Excel binary workbook (.xlsb); save it as .xlsx and import that",
        "password_protected": (
            "is protected with a password; open it in Excel, remove the password, "
            "save it and import it again"
        ),
        "corrupt": "is damaged and cannot be read",
        "encoding": (
            "is a text file in an unknown character encoding; save it as \"CSV UTF-8\""
        ),
        "too_large": "is larger than {limit} MB",
        "too_wide": (
            "has a sheet {sheet!r} that spans {columns} columns, more than the {limit} "
            "that can be imported; delete the stray cells far to the right of the table"
        ),
        "too_long": "has a sheet {sheet!r} with more than {limit} rows",
        "too_big": (
            "has a sheet {sheet!r} spanning more cells than can be read at once; "
            "delete the stray cells far below or to the right of the table"
        ),
        "no_header": (
            "has no sheet with a header row TokoCRM recognises (such as Nama, No. HP, Email)"
        ),
        "no_sheet": "has no sheet named {sheet!r}",
    }

    def __init__(self, *, file: str, reason: str, **extra: object) -> None:
        self.params = {"file": file, "reason": reason, **extra}
        explained = self.REASONS[reason].format(**self.params)
        Exception.__init__(self, f"{file} {explained}")


class LoginRefused(TokoError):
    """Wrong name or secret: which one is not said, so a guesser learns nothing."""

    code = "login.refused"
    template = "wrong user name, password or PIN"


class AccountLocked(TokoError):
    code = "login.locked"
    template = "{user} is locked after too many failed tries; try again after {until}"


class LoginRequired(TokoError):
    code = "login.required"
    template = "this command changes or exports data: give --user NAME (the shop has users)"


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


class BackupUnsupported(TokoError):
    code = "backup.unsupported"
    template = (
        "{action} works on SQLite files only; for a {dialect} database use pg_dump "
        "(and pg_restore) instead"
    )


class BackupFailed(TokoError):
    code = "backup.failed"
    template = "the backup {path} could not be made: {reason}"


class RestoreRefused(TokoError):
    code = "backup.restore_refused"
    template = "{path} was not restored because {reason}; the current database is unchanged"


class UpgradeBackupFailed(TokoError):
    code = "db.upgrade_backup_failed"
    template = (
        "{path} was not upgraded, because a copy of it could not be saved first "
        "({reason}); it was left untouched"
    )


class DatabaseProblems(TokoError):
    """`tokocrm check` found problems: one sentence each, one per line after the first."""

    code = "db.problems"
    template = "the database {path} has {count} problem(s):\n{lines}"

    def __init__(self, *, path: str, problems: list[str]) -> None:
        super().__init__(path=path, count=len(problems),
                         lines="\n".join(problems), problems=problems)
