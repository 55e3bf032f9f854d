"""Indonesian mobile numbers: parse any way a cashier or a spreadsheet writes them, store E.164,
show them the local way (0812-3456-7890)."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from tokocrm.domain.errors import InvalidField

REGION = "ID"
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def parse_mobile(text: str) -> str | None:
    """The E.164 form of an Indonesian mobile number, or None if `text` is not one."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 32:
        return None
    try:
        number = phonenumbers.parse(cleaned, REGION)
    except NumberParseException:
        return None
    if number.country_code != 62 or not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def normalize_mobile(text: str, field: str = "phone") -> str:
    """Like parse_mobile, but a text that is not an Indonesian mobile is an InvalidField."""
    e164 = parse_mobile(text)
    if e164 is None:
        raise InvalidField(field=field, value=text, reason="not_mobile")
    return e164


def optional_mobile(text: str | None, field: str = "phone") -> str | None:
    """Like normalize_mobile, but no text is no phone: card-only and e-mail-only members."""
    return normalize_mobile(text, field) if text and text.strip() else None


def format_local(e164: str | None) -> str:
    """+6281234567890 -> 0812-3456-7890; no phone -> ""."""
    if not e164:
        return ""
    return phonenumbers.format_number(phonenumbers.parse(e164, REGION), PhoneNumberFormat.NATIONAL)


def phone_prefix(text: str) -> str | None:
    """The E.164 prefix a cashier's partly typed number stands for ("0812" -> "+62812"),
    or None when the text is not the start of a mobile number."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 4 or any(not (ch.isdigit() or ch in " -+().") for ch in text.strip()):
        return None
    for lead, national in (("628", "8"), ("08", "8"), ("8", "8")):
        if digits.startswith(lead):
            return "+62" + national + digits[len(lead):]
    return None
