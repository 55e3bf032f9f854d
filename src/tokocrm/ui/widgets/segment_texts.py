"""Segments and flags in words, and what each threshold means: shared by the counter, the
member profile, the dashboard and the segment settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokocrm.domain.segments import Flag, Segment
from tokocrm.services.segments import MemberSegment

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def segment_names() -> dict[Segment, str]:
    return {
        Segment.POTENTIAL: translate("SegmentTexts", "Potential"),
        Segment.NEW: translate("SegmentTexts", "New"),
        Segment.ACTIVE: translate("SegmentTexts", "Active"),
        Segment.LOYAL: translate("SegmentTexts", "Loyal"),
        Segment.AT_RISK: translate("SegmentTexts", "At risk"),
        Segment.FORMER: translate("SegmentTexts", "Former"),
    }


def flag_names() -> dict[Flag, str]:
    return {
        Flag.HIGH_VALUE: translate("SegmentTexts", "High value"),
        Flag.RECURRING: translate("SegmentTexts", "Recurring"),
    }


def describe(found: MemberSegment | None) -> str:
    """"Loyal · High value · Recurring", or a dash for a member with no segment."""
    if found is None:
        return "—"
    flags = flag_names()
    return " · ".join([segment_names()[found.segment],
                       *(flags[f] for f in Flag if f in found.flags)])


def rule_explanations() -> dict[str, str]:
    """One line per SegmentRules field, for the settings."""
    return {
        "new_days": translate(
            "SegmentTexts", "A member with one purchase is New for this many days."),
        "loyal_purchases": translate(
            "SegmentTexts", "Loyal: at least this many purchases in the last 12 months, the "
            "last one within their usual gap between visits."),
        "at_risk_factor": translate(
            "SegmentTexts", "At risk: silent for longer than this many times their usual gap "
            "between visits."),
        "min_gap_days": translate(
            "SegmentTexts", "The usual gap between visits is never taken as shorter than this "
            "many days."),
        "lapse_days": translate(
            "SegmentTexts", "Former: no purchase for more than this many days."),
        "high_value_percent": translate(
            "SegmentTexts", "High value: the top percent of buying members by 12-month spend."),
        "recurring_min_gaps": translate(
            "SegmentTexts", "Recurring: at least this many gaps between purchases…"),
        "recurring_max_spread": translate(
            "SegmentTexts", "…whose lengths vary by at most this percent of the usual gap."),
    }
