"""Translated texts of the spreadsheet import and export: field names as the wizard shows
them, a refused file in one sentence, why a mapping or a row cannot be imported, and the
English sheet names, headers and labels of an export with their translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokocrm.domain.cleaning import as_text
from tokocrm.domain.errors import Cancelled, FileRefused, InvalidField, TokoError
from tokocrm.domain.imports import REASONS as _SERVICE_REASONS
from tokocrm.domain.imports import RowIssue
from tokocrm.io.columns import MEMBERS
from tokocrm.ui.messages import message_for

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def field_names(kind: str) -> dict[str, str]:
    """The fields a column can feed, in the order the wizard offers them."""
    if kind == MEMBERS:
        return {
            "name": translate("SpreadsheetTexts", "Name"),
            "phone": translate("SpreadsheetTexts", "Phone"),
            "email": translate("SpreadsheetTexts", "E-mail"),
            "card": translate("SpreadsheetTexts", "Card number"),
            "birthday": translate("SpreadsheetTexts", "Birthday"),
            "address": translate("SpreadsheetTexts", "Address"),
            "points": translate("SpreadsheetTexts", "Opening points"),
            "joined_on": translate("SpreadsheetTexts", "Member since"),
            "marketing_consent": translate("SpreadsheetTexts", "Accepts promotions"),
            "gender": translate("SpreadsheetTexts", "Gender"),
            "notes": translate("SpreadsheetTexts", "Notes"),
            "status": translate("SpreadsheetTexts", "Active or not"),
            "customer_ref": translate("SpreadsheetTexts", "Customer ID in the old system"),
        }
    return {
        "card": translate("SpreadsheetTexts", "Member's card number"),
        "phone": translate("SpreadsheetTexts", "Member's phone"),
        "email": translate("SpreadsheetTexts", "Member's e-mail"),
        "customer_ref": translate("SpreadsheetTexts", "Customer ID in the old system"),
        "at": translate("SpreadsheetTexts", "Date and time"),
        "amount": translate("SpreadsheetTexts", "Amount (Rupiah)"),
        "receipt": translate("SpreadsheetTexts", "Receipt number"),
    }


def _refusals() -> dict[str, str]:
    return {
        "unreadable": translate("SpreadsheetTexts", "{file} cannot be opened ({detail})."),
        "empty": translate("SpreadsheetTexts", "{file} is empty: it has no cells with data."),
        "not_spreadsheet": translate(
            "SpreadsheetTexts", "{file} is not a spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv)."),
        "web_page": translate(
            "SpreadsheetTexts", "{file} is a web page or XML file saved under a spreadsheet name; "
            "open it in Excel or LibreOffice and save it as .xlsx."),
        "xlsb": translate("SpreadsheetTexts", "{file} is an Excel binary workbook (.xlsb); save it "
                          "as .xlsx and import that."),
        "password_protected": translate(
            "SpreadsheetTexts", "{file} is protected with a password; open it in Excel, remove "
            "the password, save it and import it again."),
        "corrupt": translate("SpreadsheetTexts", "{file} is damaged and cannot be read."),
        "encoding": translate("SpreadsheetTexts", "{file} is a text file in an unknown character "
                              "encoding; save it as \"CSV UTF-8\"."),
        "too_large": translate("SpreadsheetTexts", "{file} is larger than {limit} MB."),
        "too_wide": translate(
            "SpreadsheetTexts", "The sheet {sheet} of {file} spans {columns} columns, more than "
            "the {limit} that can be imported; delete the stray cells far to the right of "
            "the table."),
        "too_long": translate("SpreadsheetTexts",
                              "The sheet {sheet} of {file} has more than {limit} rows."),
        "too_big": translate(
            "SpreadsheetTexts", "The sheet {sheet} of {file} spans more cells than can be read at "
            "once; delete the stray cells far below or to the right of the table."),
        "no_header": translate(
            "SpreadsheetTexts", "{file} has no sheet with a header row TokoCRM recognises (such "
            "as Nama, No. HP, Email)."),
        "no_sheet": translate("SpreadsheetTexts", "{file} has no sheet named {sheet}."),
    }


def refusal(error: FileRefused) -> str:
    """The refused file in one sentence, in the user's language."""
    text = _refusals().get(str(error.params.get("reason")))
    if text is None:
        return str(error)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError):  # a sentence missing a detail: the English one has it
        return str(error)


def _reasons() -> dict[str, str]:
    return {
        "not_mapped": translate("SpreadsheetTexts", "no column goes into {field} yet"),
        "no_contact": translate(
            "SpreadsheetTexts", "a member needs a phone number, an e-mail address or a card code"),
        "no_member_key": translate(
            "SpreadsheetTexts", "the member needs a card number, phone, e-mail or customer ID"),
        "bad_column": translate("SpreadsheetTexts",
                                "{field} names a column the table does not have"),
        "unknown": translate("SpreadsheetTexts", "{field} cannot be imported here"),
        "required": translate("SpreadsheetTexts", "{field} is empty"),
        "impossible_date": translate("SpreadsheetTexts", "{field} is not a real calendar date"),
        "not_whole_number": translate("SpreadsheetTexts", "{field} is not a whole number"),
        "negative": translate("SpreadsheetTexts", "{field} cannot be negative"),
        "not_yes_no": translate("SpreadsheetTexts", "{field} is not yes or no"),
        "not_gender": translate("SpreadsheetTexts", "{field} is not female or male"),
        "not_status": translate("SpreadsheetTexts", "{field} is not active or inactive"),
    }


def _service_reasons() -> dict[str, str]:
    """What the import service found about a row (domain.imports.REASONS)."""
    return {
        "duplicate_in_file": translate(
            "SpreadsheetTexts", "is the same as row {first_row} (same {key}); only the first "
            "is imported"),
        "exists": translate("SpreadsheetTexts",
                            "belongs to member {card} ({name}) already (same {key})"),
        "unchanged": translate("SpreadsheetTexts",
                               "member {card} ({name}) already has these values"),
        "card_taken": translate("SpreadsheetTexts",
                                "card {value} belongs to another member, {card} ({name})"),
        "card_differs": translate(
            "SpreadsheetTexts", "matches member {card} ({name}) by {key}, but the row gives "
            "card {value}; an import never changes a member's card"),
        "conflict": translate("SpreadsheetTexts",
                              "matches {first} by {first_key} but {second} by {second_key}"),
        "points_not_added": translate(
            "SpreadsheetTexts", "{value} points were not added: {card} ({name}) is already a "
            "member, and points come in only as the opening balance of a new member"),
        "member_not_found": translate("SpreadsheetTexts", "no active member has this {key}"),
        "member_inactive": translate("SpreadsheetTexts", "member {card} ({name}) is not active"),
        "member_ambiguous": translate(
            "SpreadsheetTexts", "{count} members share this {key}; give the card or phone "
            "instead"),
        "ref_not_kept": translate(
            "SpreadsheetTexts", "TokoCRM does not keep other systems' customer ids; give the "
            "card, phone or e-mail"),
        "receipt_in_file": translate(
            "SpreadsheetTexts", "is the same receipt as row {first_row}; only the first is "
            "imported"),
        "receipt_exists": translate("SpreadsheetTexts", "was already recorded"),
    }


def _cell_reasons() -> dict[str, str]:
    """Why a cell did not clean (InvalidField.REASONS), said after the field's name."""
    return {
        "required": translate("SpreadsheetTexts", "is empty"),
        "too_long": translate("SpreadsheetTexts", "is longer than {limit} characters"),
        "out_of_range": translate("SpreadsheetTexts", "must be between {low} and {high}"),
        "not_mobile": translate("SpreadsheetTexts", "is not an Indonesian mobile number"),
        "not_email": translate("SpreadsheetTexts", "is not an e-mail address"),
        "not_date": translate("SpreadsheetTexts", "is not a date"),
        "not_datetime": translate("SpreadsheetTexts", "is not a date and time"),
        "impossible_birthday": translate("SpreadsheetTexts", "is not a possible birth date"),
        "future": translate("SpreadsheetTexts", "is in the future"),
        "card_code": translate("SpreadsheetTexts", "must be 1 to 32 letters or digits"),
        "not_rupiah": translate("SpreadsheetTexts", "is not a whole number of Rupiah"),
        "not_positive": translate("SpreadsheetTexts", "must be more than Rp 0"),
        "too_large": translate("SpreadsheetTexts",
                               "is more than Rp 1.000.000.000; check the amount"),
        "impossible_date": translate("SpreadsheetTexts", "is not a real calendar date"),
        "not_whole_number": translate("SpreadsheetTexts", "is not a whole number"),
        "negative": translate("SpreadsheetTexts", "cannot be negative"),
        "not_yes_no": translate("SpreadsheetTexts", "is not yes or no"),
        "not_gender": translate("SpreadsheetTexts", "is not female or male"),
        "not_status": translate("SpreadsheetTexts", "is not active or inactive"),
        "no_contact": translate(
            "SpreadsheetTexts", "needs a phone number, an e-mail address or a card code"),
        "no_member_key": translate(
            "SpreadsheetTexts", "needs a card code, phone number, e-mail or customer ID of the "
            "member"),
        "exists": translate("SpreadsheetTexts", "already exists"),
        "unknown": translate("SpreadsheetTexts", "does not exist"),
    }


def _keys() -> dict[str, str]:
    """What a row and a member were matched by, as said inside a sentence."""
    return {
        "phone": translate("SpreadsheetTexts", "phone"),
        "email": translate("SpreadsheetTexts", "e-mail"),
        "card": translate("SpreadsheetTexts", "card"),
        "customer_ref": translate("SpreadsheetTexts", "customer ID"),
        "receipt": translate("SpreadsheetTexts", "receipt"),
    }


def _row_fields(kind: str) -> dict[str, str]:
    names = field_names(kind)
    names["contact"] = translate("SpreadsheetTexts", "Contact")
    names["member"] = translate("SpreadsheetTexts", "Member")
    names["receipt"] = translate("SpreadsheetTexts", "Receipt number")
    return names


def issue_text(issue: RowIssue, kind: str = MEMBERS) -> str:
    """One problem of a row, e.g. "Phone: is not an Indonesian mobile number (08123)"."""
    field = _row_fields(kind).get(issue.field, issue.field)
    reason = (_service_reasons() if issue.reason in _SERVICE_REASONS
              else _cell_reasons()).get(issue.reason)
    if reason is None:
        return issue.message()
    keys = _keys()
    params = {"value": issue.value, **issue.params}
    params.update({name: keys.get(str(params[name]), params[name])
                   for name in ("key", "first_key", "second_key") if name in params})
    try:
        explained = reason.format(**params)
    except (KeyError, IndexError):
        return issue.message()
    if issue.value is not None and issue.reason not in _SERVICE_REASONS \
            and not isinstance(issue.value, bool):
        return translate("SpreadsheetTexts", "{field}: {reason} ({value})").format(
            field=field, reason=explained, value=as_text(issue.value).strip())
    return translate("SpreadsheetTexts", "{field}: {reason}").format(field=field,
                                                                     reason=explained)


def export_failure(error: BaseException) -> str:
    """Why an export wrote no file: stopped, refused, or a failure nobody foresaw."""
    if isinstance(error, Cancelled):
        return translate("SpreadsheetTexts", "Export stopped; no file was written.")
    if isinstance(error, TokoError):
        return problem(error)
    return translate("SpreadsheetTexts", "The export failed: {error}").format(error=error)


def problem(error: TokoError, kind: str = MEMBERS) -> str:
    """Why a mapping or a row field cannot be imported, in the user's language."""
    if isinstance(error, FileRefused):
        return refusal(error)
    if error.code == "export.write_failed":
        return translate("SpreadsheetTexts", "Cannot write {path}: {reason}").format(
            **error.params)
    if not isinstance(error, InvalidField):
        return message_for(error)
    field = str(error.params.get("field"))
    reason = str(error.params.get("reason"))
    text = _reasons().get(reason)
    if text is None:
        return message_for(error)
    return text.format(field=field_names(kind).get(field, field))


def error_report_texts() -> dict[str, str]:
    """The headers the error workbook adds after the file's own columns."""
    return {
        "Row": translate("SpreadsheetTexts", "Row"),
        "Column": translate("SpreadsheetTexts", "Column"),
        "Reason": translate("SpreadsheetTexts", "Reason"),
    }


def export_texts() -> dict[str, str]:
    """English sheet names, column headers and summary labels of every export, translated
    (io.xlsx_export looks them up by their English text)."""
    return {
        "Members": translate("SpreadsheetTexts", "Members"),
        "Purchases": translate("SpreadsheetTexts", "Purchases"),
        "Points ledger": translate("SpreadsheetTexts", "Points ledger"),
        "Summary": translate("SpreadsheetTexts", "Summary"),
        "Days": translate("SpreadsheetTexts", "Days"),
        "Card": translate("SpreadsheetTexts", "Card"),
        "Name": translate("SpreadsheetTexts", "Name"),
        "Phone": translate("SpreadsheetTexts", "Phone"),
        "Email": translate("SpreadsheetTexts", "Email"),
        "Birthday": translate("SpreadsheetTexts", "Birthday"),
        "Gender": translate("SpreadsheetTexts", "Gender"),
        "Address": translate("SpreadsheetTexts", "Address"),
        "Notes": translate("SpreadsheetTexts", "Notes"),
        "Joined": translate("SpreadsheetTexts", "Joined"),
        "Status": translate("SpreadsheetTexts", "Status"),
        "Marketing consent": translate("SpreadsheetTexts", "Marketing consent"),
        "Points": translate("SpreadsheetTexts", "Points"),
        "Tier": translate("SpreadsheetTexts", "Tier"),
        "Spend 12 months": translate("SpreadsheetTexts", "Spend 12 months"),
        "Total spend": translate("SpreadsheetTexts", "Total spend"),
        "Visits": translate("SpreadsheetTexts", "Visits"),
        "Last visit": translate("SpreadsheetTexts", "Last visit"),
        "Purchase ID": translate("SpreadsheetTexts", "Purchase ID"),
        "Date": translate("SpreadsheetTexts", "Date"),
        "Receipt": translate("SpreadsheetTexts", "Receipt"),
        "Member": translate("SpreadsheetTexts", "Member"),
        "Amount": translate("SpreadsheetTexts", "Amount"),
        "Discount": translate("SpreadsheetTexts", "Discount"),
        "Items": translate("SpreadsheetTexts", "Items"),
        "Categories": translate("SpreadsheetTexts", "Categories"),
        "Till": translate("SpreadsheetTexts", "Till"),
        "Branch": translate("SpreadsheetTexts", "Branch"),
        "Recorded by": translate("SpreadsheetTexts", "Recorded by"),
        "Voided": translate("SpreadsheetTexts", "Voided"),
        "Void reason": translate("SpreadsheetTexts", "Void reason"),
        "Note": translate("SpreadsheetTexts", "Note"),
        "Time": translate("SpreadsheetTexts", "Time"),
        "Kind": translate("SpreadsheetTexts", "Kind"),
        "Reason": translate("SpreadsheetTexts", "Reason"),
        "Redemption ID": translate("SpreadsheetTexts", "Redemption ID"),
        "Reward": translate("SpreadsheetTexts", "Reward"),
        "Expires on": translate("SpreadsheetTexts", "Expires on"),
        "By": translate("SpreadsheetTexts", "By"),
        "Figure": translate("SpreadsheetTexts", "Figure"),
        "Value": translate("SpreadsheetTexts", "Value"),
        "Day": translate("SpreadsheetTexts", "Day"),
        "Revenue": translate("SpreadsheetTexts", "Revenue"),
        "New members": translate("SpreadsheetTexts", "New members"),
        "Points issued": translate("SpreadsheetTexts", "Points issued"),
        "Points redeemed": translate("SpreadsheetTexts", "Points redeemed"),
        "Points expired": translate("SpreadsheetTexts", "Points expired"),
        "From": translate("SpreadsheetTexts", "From"),
        "To": translate("SpreadsheetTexts", "To"),
        "Points discount": translate("SpreadsheetTexts", "Points discount"),
        "Voided purchases": translate("SpreadsheetTexts", "Voided purchases"),
        "Active members": translate("SpreadsheetTexts", "Active members"),
        "Points outstanding at start": translate("SpreadsheetTexts", "Points outstanding at start"),
        "Points outstanding at end": translate("SpreadsheetTexts", "Points outstanding at end"),
        "Point value": translate("SpreadsheetTexts", "Point value"),
        "Points liability": translate("SpreadsheetTexts", "Points liability"),
        "Exported at": translate("SpreadsheetTexts", "Exported at"),
        "Feedback": translate("SpreadsheetTexts", "Feedback"),
        "Rating": translate("SpreadsheetTexts", "Rating"),
        "NPS": translate("SpreadsheetTexts", "NPS"),
        "Category": translate("SpreadsheetTexts", "Category"),
        "Channel": translate("SpreadsheetTexts", "Channel"),
        "Complaint": translate("SpreadsheetTexts", "Complaint"),
        "Case status": translate("SpreadsheetTexts", "Case status"),
        "Due": translate("SpreadsheetTexts", "Due"),
        "Resolved": translate("SpreadsheetTexts", "Resolved"),
        "Resolution": translate("SpreadsheetTexts", "Resolution"),
        "Comment": translate("SpreadsheetTexts", "Comment"),
        # WhatsApp follow-up: the lists' sheets, and the messages in a member's data
        "Birthdays this week": translate("SpreadsheetTexts", "Birthdays this week"),
        "Birthdays this month": translate("SpreadsheetTexts", "Birthdays this month"),
        "Points expiring": translate("SpreadsheetTexts", "Points expiring"),
        "No second visit": translate("SpreadsheetTexts", "No second visit"),
        "At risk": translate("SpreadsheetTexts", "At risk"),
        "Former customers": translate("SpreadsheetTexts", "Former customers"),
        "Complaint resolved": translate("SpreadsheetTexts", "Complaint resolved"),
        "Only visit": translate("SpreadsheetTexts", "Only visit"),
        "Messages": translate("SpreadsheetTexts", "Messages"),
        "Template": translate("SpreadsheetTexts", "Template"),
        "Text": translate("SpreadsheetTexts", "Text"),
    }
