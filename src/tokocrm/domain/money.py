"""Money is a whole number of Rupiah (int), never a float."""

from __future__ import annotations

import re

from tokocrm.domain.errors import InvalidField

# Above this a purchase is almost surely a typo (a scanned barcode in the amount field, say).
MAX_PURCHASE_RUPIAH = 1_000_000_000
_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")  # 1.250.000, Indonesian thousands separators


def parse_rupiah(text: str, field: str = "amount") -> int:
    """'1250000', '1.250.000' or 'Rp 1.250.000' -> 1250000. Anything else is an InvalidField."""
    cleaned = re.sub(r"^\s*rp\.?\s*", "", text.strip(), flags=re.IGNORECASE).replace(" ", "")
    if _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    if not cleaned.isdigit():
        raise InvalidField(field=field, value=text, reason="not_rupiah")
    return int(cleaned)


def check_purchase_amount(amount: int, field: str = "amount") -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise InvalidField(field=field, value=amount, reason="not_rupiah")
    if amount <= 0:
        raise InvalidField(field=field, value=amount, reason="not_positive")
    if amount > MAX_PURCHASE_RUPIAH:
        raise InvalidField(field=field, value=amount,
                           reason="too_large")
    return amount
