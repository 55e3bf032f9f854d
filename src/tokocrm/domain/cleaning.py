"""Read one spreadsheet cell the way a person would, into a member or purchase field.

Pure functions: a raw cell value (str, int, float, bool, date, datetime, time, timedelta or
None, as the spreadsheet reader gives it) goes in; the field value comes out, or an
`InvalidField(field=..., value=..., reason=...)` is raised. Blank cells (None or only spaces)
are `None`, never an error, except where a row needs the field (`clean_member`,
`clean_purchase`).

Phones go through `domain.phone`, e-mails and names through `domain.members`, card codes
through `domain.cards`, so a value imported is held to the same rules as one typed in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from phonenumbers import PhoneMetadata

from tokocrm.domain import members
from tokocrm.domain.cards import normalize_card
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.members import Gender, MemberStatus
from tokocrm.domain.money import check_purchase_amount
from tokocrm.domain.phone import REGION, normalize_mobile
from tokocrm.domain.purchases import clean_receipt

MAX_POINTS = 1_000_000_000
MAX_REF = 64
MAX_AGE_YEARS = 120
_EXCEL_1900 = date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's phantom 1900-02-29
_EXCEL_1904 = date(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31


@dataclass(frozen=True)
class Rules:
    """What cleaning needs to know beyond the cell: today (for future dates and ages), the
    workbook's date system for bare serial numbers, and which date fields the file writes
    month first (see `guess_day_first`)."""

    today: date
    date1904: bool = False
    month_first: frozenset[str] = field(default_factory=frozenset)


# ---- small helpers ---------------------------------------------------------------------

def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """A cell as the text a person sees: 81234567890.0 -> '81234567890', dates in ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _code_text(value: object) -> str:
    """Text of an identifier cell: trimmed, without the apostrophe spreadsheets and Shopify
    put in front of long numbers to keep them text."""
    return as_text(value).strip().lstrip("'").strip()


# ---- single fields ---------------------------------------------------------------------

def clean_name(value: object) -> str:
    """Trimmed, spaces collapsed; ALL CAPS or all lower-case names become Title Case."""
    name = members.clean_name(as_text(value))
    if name.isupper() or name.islower():
        name = name.title()
    return name


# The national numbers phonenumbers itself calls Indonesian mobiles ("8[1-35-9]..."): no
# other number type of Indonesia starts with 8 followed by those digits.
_ID_MOBILE = re.compile(PhoneMetadata.metadata_for_region(REGION).mobile.national_number_pattern)
# The writings whose national number is beyond doubt: +62 / (+62) then 8..., 08..., 8...
_PLAIN_PHONE = re.compile(r"(?:\+62|\(\+62\)|0)?[\s().-]*(8[\d\s().-]*)")
_SEPARATORS = str.maketrans("", "", " ()-.")


def _quick_mobile(text: str) -> str | None:
    """parse_mobile's answer for the plain writings, twenty times faster (an import reads
    100,000 phones); None means "ask parse_mobile". Only answers when the digits after +62
    or 0 are an Indonesian mobile by phonenumbers' own pattern, so it agrees with
    parse_mobile (tests/io/test_cleaning.py checks that on generated numbers)."""
    match = _PLAIN_PHONE.fullmatch(text) if len(text) <= 32 else None
    if match is None:
        return None
    national = match[1].translate(_SEPARATORS)
    return "+62" + national if national.isdigit() and _ID_MOBILE.fullmatch(national) else None


def clean_phone(value: object, field: str = "phone") -> str | None:
    """An Indonesian mobile in E.164, from text or a number Excel made of it."""
    if is_blank(value):
        return None
    if isinstance(value, float) and not value.is_integer():
        raise InvalidField(field=field, value=value, reason="not_mobile")
    if isinstance(value, bool | date | time | timedelta):
        raise InvalidField(field=field, value=as_text(value), reason="not_mobile")
    text = _code_text(value)
    return _quick_mobile(text) or normalize_mobile(text, field)


def clean_email(value: object) -> str | None:
    return members.clean_email(as_text(value))


def clean_card(value: object, field: str = "card") -> str | None:
    text = _code_text(value)
    if not text:
        return None
    try:
        return normalize_card(text)
    except InvalidField as error:
        raise InvalidField(field=field, value=text, reason="card_code") from error


def clean_ref(value: object, field: str = "customer_ref") -> str | None:
    """The source system's customer id, kept as text."""
    text = _code_text(value)
    if len(text) > MAX_REF:
        raise InvalidField(field=field, value=text[:40], reason="too_long", limit=MAX_REF)
    return text or None


def clean_text(value: object, field: str, limit: int = 2000) -> str | None:
    return members.optional_text(as_text(value), field, limit)


def clean_address(value: object, field: str = "address", limit: int = 2000) -> str | None:
    """Line breaks inside a cell become ', ' (addresses pasted from several lines)."""
    lines = [" ".join(line.split()).strip(" ,") for line in as_text(value).splitlines()]
    return members.optional_text(", ".join(line for line in lines if line), field, limit)


_DOT_GROUPED = re.compile(r"(\d{1,3}(?:\.\d{3})+)(?:,0+)?")  # 1.250 / 1.250.000,00 (Indonesian)
_COMMA_GROUPED = re.compile(r"(\d{1,3}(?:,\d{3})+)(?:\.0+)?")  # 1,250 / 1,250,000.00
_PLAIN = re.compile(r"(\d+)(?:[.,]0+)?")  # 1250 / 150.00 / 150,00
_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)


def clean_whole_number(value: object, field: str) -> int | None:
    """A whole number from a number cell or text like '1.250', '1,250', 'Rp 1.250.000',
    '150.00'. Fractions, words ('seratus') and other text are InvalidField."""
    if is_blank(value):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidField(field=field, value=as_text(value), reason="not_whole_number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise InvalidField(field=field, value=value, reason="not_whole_number")
        return int(value)
    text = _CURRENCY.sub("", value.strip().lstrip("'")).replace(" ", "").replace("\u00a0", "")
    sign = -1 if text.startswith("-") else 1
    digits = text.removeprefix("-").removeprefix("+")
    for pattern in (_DOT_GROUPED, _COMMA_GROUPED, _PLAIN):
        if match := pattern.fullmatch(digits):
            return sign * int(re.sub(r"[.,]", "", match[1]))
    raise InvalidField(field=field, value=value, reason="not_whole_number")


def clean_points(value: object, field: str = "points") -> int | None:
    points = clean_whole_number(value, field)
    if points is None:
        return None
    if points < 0:
        raise InvalidField(field=field, value=as_text(value), reason="negative")
    if points > MAX_POINTS:
        raise InvalidField(field=field, value=as_text(value), reason="out_of_range",
                           low=0, high=MAX_POINTS)
    return points


def clean_rupiah(value: object, field: str = "amount") -> int | None:
    amount = clean_whole_number(value, field)
    if amount is None:
        return None
    return check_purchase_amount(amount, field)


_YES = frozenset({"yes", "y", "ya", "iya", "true", "1", "x", "v", "✓", "✔", "ok", "setuju",
                  "bersedia", "mau", "subscribed", "opted in", "optedin", "opt in", "opt-in"})
_NO = frozenset({"no", "n", "tidak", "tdk", "enggak", "false", "0", "unsubscribed",
                 "not subscribed", "opted out", "opt out", "opt-out", "menolak"})
_UNKNOWN = frozenset({"-", "unknown", "n/a", "na", "tidak diketahui"})


def clean_consent(value: object, field: str = "marketing_consent") -> bool | None:
    """Yes/No/Ya/Tidak/TRUE/1/x/Subscribed and their opposites; 'unknown' is blank."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = " ".join(as_text(value).lower().split()).replace("_", " ")
    if text in _YES:
        return True
    if text in _NO:
        return False
    if text in _UNKNOWN:
        return None
    raise InvalidField(field=field, value=as_text(value), reason="not_yes_no")


_FEMALE = frozenset({"p", "perempuan", "wanita", "f", "female", "woman", "w", "cewek", "ibu",
                     "bu", "ny", "nyonya"})
_MALE = frozenset({"l", "laki-laki", "laki laki", "lakilaki", "laki", "pria", "m", "male",
                   "man", "cowok", "bapak", "pak", "tn", "tuan"})


def clean_gender(value: object, field: str = "gender") -> Gender | None:
    if is_blank(value):
        return None
    text = " ".join(as_text(value).lower().replace(".", "").split())
    if text in _FEMALE:
        return Gender.FEMALE
    if text in _MALE:
        return Gender.MALE
    raise InvalidField(field=field, value=as_text(value), reason="not_gender")


_INACTIVE = frozenset({"inactive", "nonaktif", "non aktif", "non-aktif", "tidak aktif",
                       "tdk aktif", "disabled", "blocked", "diblokir", "off", "no", "tidak"})
_ACTIVE = frozenset({"active", "aktif", "enabled", "on", "yes", "ya"})


def clean_status(value: object, field: str = "status") -> MemberStatus | None:
    """Whether a member is still active (our own export writes active/inactive)."""
    if is_blank(value):
        return None
    text = " ".join(as_text(value).lower().split())
    if text in _ACTIVE:
        return MemberStatus.ACTIVE
    if text in _INACTIVE:
        return MemberStatus.INACTIVE
    raise InvalidField(field=field, value=as_text(value), reason="not_status")


# ---- dates -----------------------------------------------------------------------------

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
_TIME = r"(?:[t ]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME)
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME)
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{4}|\d{2})" + _TIME)
_MONTH_NAME_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")  # 19850530


def _year(text: str, today: date) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _make(field: str, raw: object, parts: tuple[int, int, int],
          clock: tuple[str | None, ...] = ()) -> datetime:
    year, month, day = parts
    hour, minute, second = (int(part) if part else 0 for part in (clock + (None,) * 3)[:3])
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError as error:
        raise InvalidField(field=field, value=as_text(raw), reason="impossible_date") from error


def _from_serial(value: float, field: str, date1904: bool) -> datetime:
    if not 1 <= value <= _MAX_SERIAL:
        raise InvalidField(field=field, value=as_text(value), reason="not_date")
    whole = int(value)
    if date1904:
        day = _EXCEL_1904 + timedelta(days=whole)
    elif whole == 60:  # Excel's 1900-02-29, which never was
        raise InvalidField(field=field, value=as_text(value), reason="impossible_date")
    else:
        day = _EXCEL_1900 + timedelta(days=whole + (1 if whole < 60 else 0))
    seconds = round((value - whole) * 86400)
    return datetime.combine(day, time()) + timedelta(seconds=min(seconds, 86399))


def _parse_text(text: str, field: str, rules: Rules) -> datetime:
    lowered = " ".join(text.strip().lstrip("'").lower().split())
    if match := _ISO.fullmatch(lowered):
        year, month, day = (int(part) for part in match.groups()[:3])
        return _make(field, text, (year, month, day), match.groups()[3:])
    if match := _NUMERIC.fullmatch(lowered):
        first, second = int(match[1]), int(match[2])
        day, month = (second, first) if field in rules.month_first else (first, second)
        if month > 12 and day <= 12:  # 12/25/1990 cannot be day first
            day, month = month, day
        return _make(field, text, (_year(match[3], rules.today), month, day), match.groups()[3:])
    if (match := _DAY_MONTH_NAME.fullmatch(lowered)) and match[2] in _MONTHS:
        parts = (_year(match[3], rules.today), _MONTHS[match[2]], int(match[1]))
        return _make(field, text, parts, match.groups()[3:])
    if (match := _MONTH_NAME_DAY.fullmatch(lowered)) and match[1] in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[1]], int(match[2]))
        return _make(field, text, parts, match.groups()[3:])
    if match := _COMPACT.fullmatch(lowered):
        return _make(field, text, (int(match[1]), int(match[2]), int(match[3])))
    raise InvalidField(field=field, value=text, reason="not_date")


def clean_datetime(value: object, field: str, rules: Rules) -> datetime | None:
    """A date and time from a date cell, an Excel serial number (1900 or 1904 system) or
    text: yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy, '5 September 1966', '3 Agu 2001',
    'September 5, 1966', optionally followed by a time. Date-only values are at 00:00."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, bool | time | timedelta):
        raise InvalidField(field=field, value=as_text(value), reason="not_date")
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise InvalidField(field=field, value=as_text(value), reason="not_date")
        if float(value).is_integer() and (match := _COMPACT.fullmatch(str(int(value)))):
            return _make(field, value, (int(match[1]), int(match[2]), int(match[3])))
        return _from_serial(float(value), field, rules.date1904)
    return _parse_text(str(value), field, rules)


def clean_date(value: object, field: str, rules: Rules, *, allow_future: bool = False
               ) -> date | None:
    moment = clean_datetime(value, field, rules)
    if moment is None:
        return None
    if not allow_future and moment.date() > rules.today:
        raise InvalidField(field=field, value=as_text(value), reason="future")
    return moment.date()


def clean_birthday(value: object, rules: Rules, field: str = "birthday") -> date | None:
    """A birth date: not in the future, and not more than 120 years ago."""
    birthday = clean_date(value, field, rules)
    if birthday is not None and birthday.year < rules.today.year - MAX_AGE_YEARS:
        raise InvalidField(field=field, value=as_text(value), reason="impossible_birthday")
    return birthday


_SLASHED = re.compile(r"\s*'?(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})\b")


def guess_day_first(values: Iterable[object]) -> bool:
    """Whether a column writes numeric dates day first (Indonesian, the default) or month
    first (an American export): month first only when some value cannot be day first
    (12/25/1990) and none cannot be month first (25/12/1990)."""
    month_first_seen = day_first_seen = False
    for value in values:
        if isinstance(value, str) and (match := _SLASHED.match(value)):
            first, second = int(match[1]), int(match[2])
            day_first_seen |= first > 12
            month_first_seen |= second > 12
    return day_first_seen or not month_first_seen


# ---- whole rows ------------------------------------------------------------------------

Parts = Mapping[str, Sequence[object]]
Cleaned = dict[str, object]
Handler = Callable[[Sequence[object], Rules], object]


def _first_valid(clean: Callable[..., object], *, with_rules: bool = False) -> Handler:
    """A field fed by fallback columns: the first non-blank cell that cleans; if none does,
    the first one's error (Shopify's Phone, then its Default Address Phone)."""

    def handle(values: Sequence[object], rules: Rules) -> object:
        first_error: InvalidField | None = None
        for value in values:
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            try:
                return clean(value, rules) if with_rules else clean(value)
            except InvalidField as error:
                first_error = first_error or error
        if first_error is not None:
            raise first_error
        return None

    return handle


def _unquoted(text: str) -> str:
    """Without the apostrophe that keeps a number as text ('40115, '+62...)."""
    quoted = text[:1] == "'" and (text[1:2].isdigit() or text[1:2] == "+")
    return text[1:] if quoted else text


def _joined(clean: Callable[[str], object], separator: str) -> Handler:
    """A field whose columns are parts of one value (first and last name, address lines)."""

    def handle(values: Sequence[object], rules: Rules) -> object:
        if len(values) == 1:
            return clean(_unquoted(as_text(values[0])))
        return clean(separator.join(_unquoted(as_text(v).strip())
                                    for v in values if not is_blank(v)))

    return handle


def _consent(values: Sequence[object], rules: Rules) -> bool | None:
    """Several consent columns (e-mail and SMS marketing): yes if any says yes."""
    answers = [clean_consent(v) for v in values if not is_blank(v)]
    if True in answers:
        return True
    return False if False in answers else None


MEMBER_FIELDS = ("name", "phone", "email", "card", "birthday", "address", "points",
                 "joined_on", "marketing_consent", "gender", "notes", "status", "customer_ref")
PURCHASE_FIELDS = ("card", "phone", "email", "customer_ref", "at", "amount", "receipt")

def _clean_joined_on(value: object, rules: Rules) -> date | None:
    return clean_date(value, "joined_on", rules)


_SHARED: dict[str, Handler] = {
    "phone": _first_valid(clean_phone),
    "email": _first_valid(clean_email),
    "card": _first_valid(clean_card),
    "customer_ref": _first_valid(clean_ref),
}
_MEMBER: dict[str, Handler] = {
    **_SHARED,
    "name": _joined(clean_name, " "),
    "birthday": _first_valid(clean_birthday, with_rules=True),
    "address": _joined(clean_address, ", "),
    "points": _first_valid(clean_points),
    "joined_on": _first_valid(_clean_joined_on, with_rules=True),
    "marketing_consent": _consent,
    "gender": _first_valid(clean_gender),
    "notes": _joined(lambda text: clean_text(text, "notes"), "\n"),
    "status": _first_valid(clean_status),
}


def _clean_purchase_time(value: object, rules: Rules) -> datetime | None:
    at = clean_datetime(value, "at", rules)
    if at is not None and at.date() > rules.today:
        raise InvalidField(field="at", value=as_text(value), reason="future")
    return at


_PURCHASE: dict[str, Handler] = {
    **_SHARED,
    "at": _first_valid(_clean_purchase_time, with_rules=True),
    "amount": _first_valid(clean_rupiah),
    "receipt": _joined(clean_receipt, " "),
}


def _clean_row(handlers: Mapping[str, Handler], fields: Sequence[str], parts: Parts,
               rules: Rules) -> tuple[Cleaned, list[InvalidField]]:
    cleaned: Cleaned = dict.fromkeys(fields)
    errors: list[InvalidField] = []
    for name, values in parts.items():
        handler = handlers.get(name)
        if handler is None or not values:
            continue
        try:
            cleaned[name] = handler(values, rules)
        except InvalidField as error:
            errors.append(error)
    return cleaned, errors


def _needs_one_of(cleaned: Cleaned, errors: list[InvalidField], fields: Sequence[str],
                  error: InvalidField) -> None:
    refused = {str(e.params["field"]) for e in errors}
    if not refused.intersection(fields) and all(cleaned[name] is None for name in fields):
        errors.append(error)


def clean_member(parts: Parts, rules: Rules) -> tuple[Cleaned, list[InvalidField]]:
    """One member row: `parts` maps each field to the raw cells of its columns, in mapping
    order (the name's First Name, Last Name; the address's street, city, post code).
    Returns every field of MEMBER_FIELDS (None when blank or refused) and the refusals. A
    member needs a name and at least one of phone, e-mail or card code."""
    cleaned, errors = _clean_row(_MEMBER, MEMBER_FIELDS, parts, rules)
    if not parts.get("name"):
        errors.insert(0, InvalidField(field="name", value=None, reason="required"))
    _needs_one_of(cleaned, errors, ("phone", "email", "card"),
                  InvalidField(field="contact", value=None, reason="no_contact"))
    return cleaned, errors


def clean_purchase(parts: Parts, rules: Rules) -> tuple[Cleaned, list[InvalidField]]:
    """One purchase-history row: the member's key (card, phone, e-mail or the source
    system's customer id; at least one), when (`at`, not in the future; a date alone is
    00:00), the amount in whole Rupiah (more than 0) and an optional receipt number."""
    cleaned, errors = _clean_row(_PURCHASE, PURCHASE_FIELDS, parts, rules)
    for name in ("at", "amount"):
        if cleaned[name] is None and not any(e.params["field"] == name for e in errors):
            errors.append(InvalidField(field=name, value=None, reason="required"))
    _needs_one_of(cleaned, errors, ("card", "phone", "email", "customer_ref"),
                  InvalidField(field="member", value=None, reason="no_member_key"))
    return cleaned, errors
