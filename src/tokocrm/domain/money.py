"""Money is a whole number of Rupiah (int), never a float.

`parse_rupiah` reads an amount as people type it at the counter or on the command line. It
reads the same text the same way whatever the user's language, so an amount never changes
between two tills; showing amounts is the UI's job (`tokocrm.ui.formatting`, via QLocale),
except for the command line's English (`english_rupiah`).

What it accepts, and why (Rupiah have no cents in practice, so a number without a unit is
never a fraction of a Rupiah):

* plain digits: `1250000`;
* thousands grouped with '.', ',' or a space, every group after the first exactly three
  digits, one kind of separator: `1.250.000`, `1,250,000`, `1 250 000`; so `1.250` and
  `1,250` are both 1250 (a comma before exactly three digits is a thousands separator, not
  Indonesian decimals, since there are no decimal Rupiah);
* zero cents after the other separator, always two digits: `1.250.000,00`,
  `1,250,000.00`, `1250000,00`, `150.00`; cents other than zero are refused (`not_rupiah`);
* a currency mark before (`Rp`, `Rp.`, `IDR`, any case, spaced or not) and the price tag's
  `,-` after: `Rp 1.250.000,-`;
* a unit after the number: `rb`/`ribu`/`k` (thousand), `jt`/`juta` (million), with
  or without a space, with a decimal part after '.' or ',': `250 rb`, `1,25 jt`,
  `1.25jt`, `1,5 juta`. The result must be whole Rupiah (`1,2345678 jt` is refused).

What it refuses as `ambiguous_amount` (could be read as two different amounts):

* a decimal part of one or two digits without a unit, other than `00`: `1,25`, `1.5`,
  `12.50`: Indonesian decimals of one Rupiah, or a forgotten `jt`?
* exactly three digits after the separator with a unit: `1,250 jt`, `1.500 rb`: 1.25
  million (English decimals) or 1,250 million (Indonesian thousands)?

Everything else, including a minus sign, is `not_rupiah`.
"""

from __future__ import annotations

import re

from tokocrm.domain.errors import InvalidField

# Above this a purchase is almost surely a typo (a scanned barcode in the amount field, say).
MAX_PURCHASE_RUPIAH = 1_000_000_000
MAX_TEXT = 64  # longer is no amount (and int() of thousands of digits is slow or refused)

UNITS = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000}

_MARK = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)  # Rp 1.250.000, Rp.5000, IDR 5000
_TAG = re.compile(r"\s*[.,]-$")  # Rp 25.000,- on a price tag
_SPLIT = re.compile(r"(?P<number>[0-9](?:[0-9., ]*[0-9])?)\s*(?P<unit>[a-z]+)?", re.IGNORECASE)
_PLAIN = re.compile(r"[0-9]+")
_GROUPED = re.compile(  # 1.250.000 / 1,250,000 / 1 250 000, optionally with cents ,00 / .00
    r"(?P<head>[1-9][0-9]{0,2})(?P<groups>(?P<sep>[., ])[0-9]{3}(?:(?P=sep)[0-9]{3})*)"
    r"(?:(?P<csep>[.,])(?P<cents>[0-9]{2}))?")
_DECIMAL = re.compile(r"(?P<whole>[0-9]+)[.,](?P<fraction>[0-9]+)")  # 1250000,00 / 1,25 (jt)


def parse_rupiah(text: str, field: str = "amount") -> int:
    """'1250000', '1.250.000', 'Rp1,250,000', '1,25 jt' or '250rb' -> whole Rupiah.

    Anything else is an InvalidField: `ambiguous_amount` when the text could mean two
    amounts, `not_rupiah` otherwise (see the module's docstring for the rules)."""
    if len(text) > MAX_TEXT:
        raise InvalidField(field=field, value=text, reason="not_rupiah")
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    cleaned = _TAG.sub("", _MARK.sub("", cleaned))
    split = _SPLIT.fullmatch(cleaned)
    if split is None:
        raise InvalidField(field=field, value=text, reason="not_rupiah")
    number, unit = split["number"], (split["unit"] or "").lower()
    if unit:
        if unit not in UNITS:
            raise InvalidField(field=field, value=text, reason="not_rupiah")
        return _with_unit(number, UNITS[unit], text, field)
    return _without_unit(number, text, field)


def _without_unit(number: str, text: str, field: str) -> int:
    if _PLAIN.fullmatch(number):
        return int(number)
    if grouped := _GROUPED.fullmatch(number):
        if grouped["cents"] is not None and (grouped["csep"] == grouped["sep"]
                                             or grouped["cents"] != "00"):
            raise InvalidField(field=field, value=text, reason="not_rupiah")
        return int(grouped["head"] + grouped["groups"].replace(grouped["sep"], ""))
    if (decimal := _DECIMAL.fullmatch(number)) and len(decimal["fraction"]) <= 2:
        if decimal["fraction"] == "00":
            return int(decimal["whole"])
        raise InvalidField(field=field, value=text, reason="ambiguous_amount")
    raise InvalidField(field=field, value=text, reason="not_rupiah")


def _with_unit(number: str, unit: int, text: str, field: str) -> int:
    if _PLAIN.fullmatch(number):
        return int(number) * unit
    decimal = _DECIMAL.fullmatch(number)
    if decimal is None:
        raise InvalidField(field=field, value=text, reason="not_rupiah")
    fraction = decimal["fraction"]
    if len(fraction) == 3:
        raise InvalidField(field=field, value=text, reason="ambiguous_amount")
    scaled = int(decimal["whole"] + fraction) * unit
    whole, rest = divmod(scaled, 10 ** len(fraction))
    if rest:
        raise InvalidField(field=field, value=text, reason="not_rupiah")
    return whole


def check_purchase_amount(amount: int, field: str = "amount") -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise InvalidField(field=field, value=amount, reason="not_rupiah")
    if amount <= 0:
        raise InvalidField(field=field, value=amount, reason="not_positive")
    if amount > MAX_PURCHASE_RUPIAH:
        raise InvalidField(field=field, value=amount,
                           reason="too_large")
    return amount


def english_rupiah(amount: int) -> str:
    """An amount as the app writes Rupiah in English (Rp1,250,000; -Rp1,250,000), without
    Qt: the command line's. The UI formats through QLocale (tokocrm.ui.formatting.rupiah)."""
    amount = int(amount)
    return f"{'-' if amount < 0 else ''}Rp{abs(amount):,}"
