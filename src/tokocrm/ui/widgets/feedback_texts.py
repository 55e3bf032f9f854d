"""Feedback in words: channels, case statuses, what happened to a case, and ratings as stars.
Shared by the counter's feedback form, the member profile and the Feedback page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokocrm.domain.feedback import CaseStatus, Channel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def channel_names() -> dict[Channel, str]:
    return {
        Channel.COUNTER: translate("FeedbackTexts", "At the counter"),
        Channel.WHATSAPP: translate("FeedbackTexts", "WhatsApp"),
        Channel.PHONE: translate("FeedbackTexts", "Phone call"),
        Channel.SOCIAL: translate("FeedbackTexts", "Social media"),
        Channel.REVIEW: translate("FeedbackTexts", "Online review"),
    }


def status_names() -> dict[CaseStatus, str]:
    return {
        CaseStatus.OPEN: translate("FeedbackTexts", "Open"),
        CaseStatus.IN_PROGRESS: translate("FeedbackTexts", "In progress"),
        CaseStatus.RESOLVED: translate("FeedbackTexts", "Resolved"),
    }


def event_names() -> dict[str, str]:
    """A case's history: CaseEventRow.kind in words."""
    return {
        "opened": translate("FeedbackTexts", "Opened"),
        "started": translate("FeedbackTexts", "Work started"),
        "assigned": translate("FeedbackTexts", "Assigned"),
        "replied": translate("FeedbackTexts", "Replied"),
        "resolved": translate("FeedbackTexts", "Resolved"),
        "reopened": translate("FeedbackTexts", "Reopened"),
    }


def stars(rating: int) -> str:
    """★★★☆☆ for 3: readable at a glance in a table."""
    return "★" * rating + "☆" * (5 - rating)


def walk_in() -> str:
    return translate("FeedbackTexts", "Walk-in customer")
