"""The dashboard in words: each figure's caption, value and trend against the previous period,
and the charts' texts in the user's language (Rupiah and month names through QLocale)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tokocrm.services.dashboard_figures import PeriodFigures
from tokocrm.ui import formatting
from tokocrm.ui.charts import ChartTexts
from tokocrm.ui.widgets.segment_texts import segment_names

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


@dataclass(frozen=True)
class Indicator:
    key: str  # a PeriodFigures field
    caption: str
    kind: str  # "count", "rupiah", "share" or "rating" (1 to 5 stars)
    more_is_better: bool = True


def indicators() -> list[Indicator]:
    return [
        Indicator("active_members", translate("DashboardTexts", "Members who bought (30 days)"),
                  "count"),
        Indicator("new_members", translate("DashboardTexts", "New members (30 days)"), "count"),
        Indicator("revenue", translate("DashboardTexts", "Revenue from members (30 days)"),
                  "rupiah"),
        Indicator("visits", translate("DashboardTexts", "Visits by members (30 days)"), "count"),
        Indicator("one_time_rate", translate("DashboardTexts", "Bought only once"), "share",
                  more_is_better=False),
        Indicator("repeat_rate", translate("DashboardTexts", "Buyers who came back"), "share"),
        Indicator("retention_90", translate("DashboardTexts", "Kept over 90 days"), "share"),
        Indicator("conversion", translate("DashboardTexts", "New members who bought (90 days)"),
                  "share"),
        Indicator("incomplete_contact", translate("DashboardTexts", "Members without a phone"),
                  "count", more_is_better=False),
        Indicator("points_liability", translate("DashboardTexts", "Points liability"), "rupiah",
                  more_is_better=False),
        Indicator("open_complaints", translate("DashboardTexts", "Open complaints"), "count",
                  more_is_better=False),
        Indicator("overdue_complaints", translate("DashboardTexts", "Overdue complaints"),
                  "count", more_is_better=False),
        Indicator("average_rating", translate("DashboardTexts", "Average rating (30 days)"),
                  "rating"),
    ]


def value_text(kind: str, value: float | None) -> str:
    if value is None:
        return "—"
    if kind == "rupiah":
        return formatting.rupiah(int(value))
    if kind == "share":
        return QLocale().toString(value * 100, "f", 1) + " %"
    if kind == "rating":
        return QLocale().toString(value, "f", 1) + " ★"
    return QLocale().toString(int(value))


def trend_text(indicator: Indicator, now: PeriodFigures, before: PeriodFigures) -> str:
    """'▲ 12.5 % on the 30 days before' (a share or a rating moves in points, not
    percent: a share in percentage points, a rating in stars)."""
    new, old = getattr(now, indicator.key), getattr(before, indicator.key)
    if new is None or old is None:
        return translate("DashboardTexts", "no earlier figure to compare")
    change = new - old
    if change == 0:
        return translate("DashboardTexts", "= the same as the 30 days before")
    arrow = "▲" if change > 0 else "▼"
    if indicator.kind in ("share", "rating"):
        scale = 100 if indicator.kind == "share" else 1
        amount = translate("DashboardTexts", "{n} points").format(
            n=QLocale().toString(abs(change) * scale, "f", 1))
    elif old:
        amount = QLocale().toString(abs(change) / abs(old) * 100, "f", 1) + " %"
    else:
        amount = value_text(indicator.kind, abs(change))
    return translate("DashboardTexts", "{arrow} {amount} on the 30 days before").format(
        arrow=arrow, amount=amount)


def is_worse(indicator: Indicator, now: PeriodFigures, before: PeriodFigures) -> bool:
    new, old = getattr(now, indicator.key), getattr(before, indicator.key)
    if new is None or old is None or new == old:
        return False
    return (new < old) == indicator.more_is_better


def chart_texts() -> ChartTexts:
    return ChartTexts(
        segment_names=segment_names(),
        titles={
            "mix_now": translate("DashboardTexts", "Segments now"),
            "mix_months": translate("DashboardTexts", "Segments at each month's end"),
            "revenue_months": translate("DashboardTexts", "Revenue by segment per month"),
            "predicted_values": translate("DashboardTexts",
                                          "Predicted value, next 12 months"),
        },
        rupiah=formatting.rupiah, month=_month,
        members=translate("DashboardTexts", "Members"),
        revenue=translate("DashboardTexts", "Revenue"),
        predicted=translate("DashboardTexts", "Predicted 12-month value"),
        no_prediction=translate(
            "DashboardTexts", "The shop's history is too short for a prediction yet."),
        number=QLocale().toString,
    )


def _month(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM yy")

