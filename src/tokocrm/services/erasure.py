"""Erasing one person inside the caller's transaction (services.privacy.PrivacyService.erase).

What stays: every row that makes the shop's figures (purchases, points, redemptions, feedback
ratings, complaint cases and their times), so totals, tiers of others and reports stay true.
What goes: what identifies the person or was written about them.
- Their member record and the duplicates merged into it: personal fields emptied, the name
  and card replaced (domain.privacy).
- Free text the staff or the customer wrote about them: feedback comments, the shop's replies,
  case resolutions and case notes (not the "assigned" events: those name a staff member),
  purchase notes, and the reasons of hand adjustments and merges in their points ledger
  (a merge's names the old cards). Void reasons stay: they justify money taken back, for the
  books, and speak of the sale, not of the person.
- The text of the messages sent to them (WhatsApp follow-up): the log keeps who sent which
  template when, not what it said (it holds their name, their points, ...).
- The text in earlier audit events about them (edits' old and new values, merged cards, the
  file their data was exported to): see redacted().
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tokocrm.db.models import (
    AuditEvent,
    CaseEvent,
    ComplaintCase,
    Feedback,
    FeedbackReply,
    Member,
    MessageLog,
    PointsEntry,
    Purchase,
)
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.privacy import ERASED_NAME, PERSONAL_FIELDS, erased_card
from tokocrm.services.points_ledger import Kind

_WRITTEN_REASONS = (Kind.ADJUST, Kind.MERGE_IN, Kind.MERGE_OUT)  # the rest are the system's own


def erase_person(session: Session, ids: Sequence[int], now: datetime) -> int:
    """Erase the member ids[0] and the records merged into it (ids[1:]); returns how many
    earlier audit events were redacted."""
    for member in session.scalars(select(Member).where(Member.id.in_(ids))):
        anonymise(member, now)
        if member.id == ids[0]:
            member.status = MemberStatus.INACTIVE  # out of segments, follow-ups and birthdays
    blank_free_text(session, ids)
    return redact_audit(session, ids)


def anonymise(member: Member, now: datetime) -> None:
    member.name, member.card = ERASED_NAME, erased_card(member.id)
    for name in PERSONAL_FIELDS:
        setattr(member, name, None)
    member.marketing_consent = False
    member.erased_at = member.updated_at = now


def blank_free_text(session: Session, ids: Sequence[int]) -> None:
    feedback = select(Feedback.id).where(Feedback.member_id.in_(ids))
    cases = select(ComplaintCase.id).where(ComplaintCase.feedback_id.in_(feedback))
    for statement in (
            update(Feedback).where(Feedback.member_id.in_(ids)).values(comment=None),
            # A reply's text is required: an empty one says a reply was made, not what.
            update(FeedbackReply).where(FeedbackReply.feedback_id.in_(feedback)).values(text=""),
            # A bulk update skips the ORM's version counter: bump it, so a case open in a
            # dialog meanwhile cannot save over the erasure.
            update(ComplaintCase).where(ComplaintCase.id.in_(cases))
            .values(resolution=None, version=ComplaintCase.version + 1),
            update(CaseEvent).where(CaseEvent.case_id.in_(cases), CaseEvent.kind != "assigned")
            .values(detail=None),
            update(Purchase).where(Purchase.member_id.in_(ids)).values(note=None),
            update(PointsEntry).where(PointsEntry.member_id.in_(ids),
                                      PointsEntry.kind.in_(_WRITTEN_REASONS))
            .values(reason=None),
            # The text is required, as a reply's: empty says a message went, not what.
            update(MessageLog).where(MessageLog.member_id.in_(ids)).values(text="")):
        session.execute(statement, execution_options={"synchronize_session": False})


def redact_audit(session: Session, ids: Sequence[int]) -> int:
    """The trail stays append-only in what it says happened (who did what to which member,
    when), but it may not keep what the customer asked the shop to forget: the text in the
    details of the events about them goes."""
    subjects = [f"member {member_id}" for member_id in ids]
    events = list(session.scalars(select(AuditEvent).where(
        AuditEvent.subject.in_(subjects), AuditEvent.action != AuditAction.MEMBER_ERASED)))
    for event in events:
        event.details = redacted(event.details)
    return len(events)


def redacted(details: Any) -> Any:
    """Every text value emptied, numbers, flags and keys kept: an edit still shows which
    fields changed (and a consent flag how), a points adjustment how many points. Text is
    what identifies (names, phones, e-mails, addresses, cards, dates stored as text, free
    text), and new kinds of details are safe by default."""
    if isinstance(details, dict):
        return {key: redacted(value) for key, value in details.items()}
    if isinstance(details, list):
        return [redacted(value) for value in details]
    return None if isinstance(details, str) else details
