"""Erasing a member on their request (UU PDP No. 27/2022): what stays, what goes.

The member's row stays, so their purchases, points and feedback still add up in the shop's
totals; what identifies the person is emptied. The name and card cannot be empty (both are
NOT NULL, the card unique), so they become a placeholder and a card no scan can produce.
"""

from __future__ import annotations

from datetime import datetime

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.members import MemberStatus, optional_text

# Stored as data, in English like every other value in the database: every till shows the
# same record, whatever its language; the UI may show its own words for an erased member.
ERASED_NAME = "Erased member"
# Emptied on erasure (None); the name and card are replaced instead (see above). Who referred
# them goes too: it says whom they know.
PERSONAL_FIELDS = ("phone", "email", "birthday", "gender", "address", "notes",
                   "referred_by_id", "consent_at")
MAX_REASON = 500


def erased_card(member_id: int) -> str:
    """A unique card that identifies no one. A real card is letters and digits only
    (domain.cards.normalize_card), so the dash keeps it from ever being scanned, typed or
    imported as one."""
    return f"ERASED-{member_id}"


def check_person(card: str, status: str) -> None:
    """Refuse a merged record: it is only a pointer, and its data is the member's it was
    merged into (whose copy and erasure cover it)."""
    if status == MemberStatus.MERGED:
        raise InvalidField(field="member", value=card, reason="merged")


def check_reachable(card: str, status: str, erased_at: datetime | None) -> None:
    """A member the shop may still act on (erase, print a card for, send a message to): not
    a merged record, not erased."""
    check_person(card, status)
    if erased_at is not None:
        raise InvalidField(field="member", value=card, reason="erased")


def check_reason(text: str | None) -> str:
    """Why the member was erased (their request, how it came): required, kept in the audit."""
    reason = optional_text(text, "reason", MAX_REASON)
    if reason is None:
        raise InvalidField(field="reason", value=text, reason="required")
    return reason
