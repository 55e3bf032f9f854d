"""Member card numbers: in-store EAN-13 cards and codes brought in from other systems."""

from __future__ import annotations

import re

from tokocrm.domain.errors import InvalidField

EAN_LENGTH = 13
MAX_CODE_LENGTH = 32
DEFAULT_PREFIX = "29"  # GS1 "restricted circulation" range, free for in-store numbering
_CODE = re.compile(r"[0-9A-Z]{1,32}")


def ean13_check_digit(first_twelve: str) -> str:
    """GS1 check digit: weights 1,3,1,3,... from the left over the first 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first_twelve))
    return str((10 - total % 10) % 10)


def is_valid_ean13(code: str) -> bool:
    return (len(code) == EAN_LENGTH and code.isdigit()
            and ean13_check_digit(code[:12]) == code[12])


def new_card_number(prefix: str, sequence: int) -> str:
    """prefix + sequence padded to 12 digits + check digit."""
    width = 12 - len(prefix)
    if sequence >= 10**width:
        raise InvalidField(field="card", value=sequence, reason="card_range_full")
    body = f"{prefix}{sequence:0{width}d}"
    return body + ean13_check_digit(body)


def validate_prefix(prefix: str) -> str:
    prefix = prefix.strip()
    if not (prefix.isdigit() and 1 <= len(prefix) <= 6):
        raise InvalidField(field="card_prefix", value=prefix, reason="prefix_digits")
    return prefix


def normalize_card(text: str) -> str:
    """A card code as stored: letters and digits only, upper case, at most 32."""
    code = re.sub(r"[\s-]", "", text).upper()
    if not _CODE.fullmatch(code):
        raise InvalidField(field="card", value=text,
                           reason="card_code")
    return code


def looks_like_card(text: str) -> bool:
    code = re.sub(r"[\s-]", "", text).upper()
    return bool(_CODE.fullmatch(code)) and any(ch.isdigit() for ch in code)
