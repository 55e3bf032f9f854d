"""Rupiah and days as each language writes them, through QLocale (issue #12)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from tokocrm.domain.money import parse_rupiah
from tokocrm.ui import formatting

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize("amount, indonesian, english", [
    (1_250_000, "Rp 1.250.000", "Rp1,250,000"),
    (0, "Rp 0", "Rp0"),
    (5, "Rp 5", "Rp5"),
    (1000, "Rp 1.000", "Rp1,000"),
    (999_999_999_999, "Rp 999.999.999.999", "Rp999,999,999,999"),
    (-1_250_000, "-Rp 1.250.000", "-Rp1,250,000"),  # a refund: minus first, no (brackets)
    (-5, "-Rp 5", "-Rp5"),
])
def test_rupiah_in_both_languages(amount, indonesian, english):
    assert formatting.rupiah(amount, INDONESIAN) == indonesian
    assert formatting.rupiah(amount, ENGLISH) == english


def test_rupiah_follows_the_default_locale():
    before = QLocale()
    try:
        QLocale.setDefault(INDONESIAN)
        assert formatting.rupiah(1_250_000) == "Rp 1.250.000"
        QLocale.setDefault(ENGLISH)
        assert formatting.rupiah(1_250_000) == "Rp1,250,000"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("amount", [0, 7, 1250, 1_250_000, 999_999_999])
def test_what_is_shown_reads_back_as_the_same_amount(amount):
    for locale in (INDONESIAN, ENGLISH):
        assert parse_rupiah(formatting.rupiah(amount, locale)) == amount


@pytest.mark.parametrize("month, indonesian, english", [
    (1, "22 Jan 2026", "22/01/2026"), (2, "22 Feb 2026", "22/02/2026"),
    (3, "22 Mar 2026", "22/03/2026"), (4, "22 Apr 2026", "22/04/2026"),
    (5, "22 Mei 2026", "22/05/2026"), (6, "22 Jun 2026", "22/06/2026"),
    (7, "22 Jul 2026", "22/07/2026"), (8, "22 Agu 2026", "22/08/2026"),
    (9, "22 Sep 2026", "22/09/2026"), (10, "22 Okt 2026", "22/10/2026"),
    (11, "22 Nov 2026", "22/11/2026"), (12, "22 Des 2026", "22/12/2026"),
])
def test_days_in_both_languages_with_indonesian_month_names(month, indonesian, english):
    """Qt's Indonesian short months have no dot (Nov, not Nov.) and are Indonesian (Mei, Agu,
    Okt, Des)."""
    assert formatting.day(date(2026, month, 22), INDONESIAN) == indonesian
    assert formatting.day(date(2026, month, 22), ENGLISH) == english


def test_a_day_of_one_digit():
    assert formatting.day(date(2026, 3, 5), INDONESIAN) == "5 Mar 2026"
    assert formatting.day(date(2026, 3, 5), ENGLISH) == "05/03/2026"


def test_no_day_is_empty():
    assert formatting.day(None, INDONESIAN) == formatting.moment(None, ENGLISH) == ""


def test_a_moment_is_the_day_and_the_languages_time_of_day():
    at = datetime(2026, 11, 22, 14, 5, 59)
    assert formatting.moment(at, INDONESIAN) == "22 Nov 2026 14.05"
    assert formatting.moment(at, ENGLISH) == "22/11/2026 14:05"
    assert formatting.moment(datetime(2026, 11, 22, 9, 5), ENGLISH) == "22/11/2026 09:05"
