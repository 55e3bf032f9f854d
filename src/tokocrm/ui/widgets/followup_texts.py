"""Follow-up and WhatsApp messages in the user's language: the lists' names, what makes a
member due, the kinds of template and channels, why a member gets no link, and what each
placeholder stands for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokocrm.domain.followup import FollowUpList
from tokocrm.domain.whatsapp import MessageChannel, Refusal, TemplateKind

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def list_names() -> dict[FollowUpList, str]:
    """The lists, in the order the page offers them."""
    return {
        FollowUpList.BIRTHDAYS_WEEK: translate("FollowUpTexts", "Birthdays this week"),
        FollowUpList.BIRTHDAYS_MONTH: translate("FollowUpTexts", "Birthdays this month"),
        FollowUpList.POINTS_EXPIRING: translate("FollowUpTexts",
                                                "Points expiring in the next 30 days"),
        FollowUpList.NO_SECOND_VISIT: translate("FollowUpTexts",
                                                "New members with no second visit"),
        FollowUpList.AT_RISK: translate("FollowUpTexts", "At risk"),
        FollowUpList.FORMER: translate("FollowUpTexts", "Former customers"),
        FollowUpList.COMPLAINT_RESOLVED: translate("FollowUpTexts",
                                                   "Complaint resolved in the last 7 days"),
    }


def due_headers() -> dict[FollowUpList, str]:
    """What the list's date column holds."""
    birthday = translate("FollowUpTexts", "Birthday")
    last_visit = translate("FollowUpTexts", "Last visit")
    return {
        FollowUpList.BIRTHDAYS_WEEK: birthday, FollowUpList.BIRTHDAYS_MONTH: birthday,
        FollowUpList.POINTS_EXPIRING: translate("FollowUpTexts", "Expires on"),
        FollowUpList.NO_SECOND_VISIT: translate("FollowUpTexts", "Only visit"),
        FollowUpList.AT_RISK: last_visit, FollowUpList.FORMER: last_visit,
        FollowUpList.COMPLAINT_RESOLVED: translate("FollowUpTexts", "Resolved"),
    }


def kind_names() -> dict[TemplateKind, str]:
    return {TemplateKind.PROMO: translate("FollowUpTexts", "Promotion"),
            TemplateKind.SERVICE: translate("FollowUpTexts", "Service message")}


def channel_names() -> dict[MessageChannel, str]:
    return {MessageChannel.WHATSAPP: translate("FollowUpTexts", "WhatsApp"),
            MessageChannel.CLIPBOARD: translate("FollowUpTexts", "Copied")}


def refusal_text(refusal: Refusal) -> str:
    """Why the chosen message cannot go to this member (on WhatsApp, or at all)."""
    return {
        Refusal.NO_CONSENT: translate(
            "FollowUpTexts", "This member did not agree to receive offers: a promotion may not "
            "be sent to them. Choose a service message, or ask for their consent first."),
        Refusal.NO_MOBILE: translate(
            "FollowUpTexts", "This member has no mobile number: copy the message to send it "
            "another way."),
    }[refusal]


def placeholder_help() -> dict[str, str]:
    """What each placeholder is filled in with."""
    return {
        "nama": translate("FollowUpTexts", "the member's name"),
        "poin": translate("FollowUpTexts", "their points"),
        "tier": translate("FollowUpTexts", "their tier"),
        "toko": translate("FollowUpTexts", "the shop's name"),
        "tanggal_kadaluarsa": translate("FollowUpTexts", "when their next points expire"),
        "hadiah": translate("FollowUpTexts", "the best reward their points buy now"),
        "kategori_favorit": translate("FollowUpTexts", "the category they buy most"),
    }
