"""Money, dates and phones as the user's language writes them, through QLocale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from tokocrm.domain.phone import format_local


def rupiah(amount: int, locale: QLocale | None = None) -> str:
    """Rp 1.250.000 in Indonesian, Rp1,250,000 in English; a refund is -Rp 1.250.000 and
    -Rp1,250,000.

    QLocale groups the digits and places the symbol; the sign goes before the symbol (not
    English accounting's "(Rp1,250,000)", which a cashier would not read as minus)."""
    locale, amount = locale or QLocale(), int(amount)
    symbol = "Rp " if locale.language() == QLocale.Language.Indonesian else "Rp"
    text = locale.toCurrencyString(abs(amount), symbol)
    return locale.negativeSign() + text if amount < 0 else text


def day(value: date | None, locale: QLocale | None = None) -> str:
    """22 Nov 2026 in Indonesian (QLocale's short months: Mei, Agu, Okt, Des), 22/11/2026 in
    English; empty for no date."""
    if value is None:
        return ""
    locale = locale or QLocale()
    pattern = "d MMM yyyy" if locale.language() == QLocale.Language.Indonesian else "dd/MM/yyyy"
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def moment(value: datetime | None, locale: QLocale | None = None) -> str:
    """A day and a time of day on the 24-hour clock the shop's receipts use: 22 Nov 2026 14.05
    in Indonesian (its short time), 22/11/2026 14:05 in English (like its dd/MM/yyyy days,
    not the US 2:05 PM, which a column of times also reads less quickly)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    time_of_day = QTime(value.hour, value.minute)
    if locale.language() == QLocale.Language.Indonesian:
        clock = locale.toString(time_of_day, QLocale.FormatType.ShortFormat)
    else:
        clock = locale.toString(time_of_day, "HH:mm")
    return f"{day(value.date(), locale)} {clock}"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))


def phone(e164: str | None) -> str:
    return format_local(e164)
