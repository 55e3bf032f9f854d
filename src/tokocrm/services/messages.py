"""WhatsApp follow-up (issue #10): the owner's message templates, a template previewed for one
member with its click-to-chat link, and the log of every message sent, which is the member's
timeline (who sent which template, when, from which till).

A promotional template reaches only members who agreed to receive offers: the preview gives
no link for anyone else, and sending one is refused whatever the channel.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, MessageLog, MessageTemplate
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain import whatsapp
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import InvalidField, NotFound
from tokocrm.domain.privacy import check_reachable
from tokocrm.domain.roles import Permission
from tokocrm.domain.whatsapp import MessageChannel, Refusal, TemplateKind
from tokocrm.services import audit
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.member_data import person_ids
from tokocrm.services.message_values import ValueReader

MAX_TEXT = 4000  # a filled-in body: placeholders make it longer than the template
TIMELINE = 200


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    kind: TemplateKind
    body: str
    active: bool
    updated_at: datetime


@dataclass(frozen=True)
class Preview:
    text: str  # filled in, even when refused: the owner may still read it
    link: str | None  # https://wa.me/...; None when refused
    refused_reason: Refusal | None  # no_consent (a promotion), no_mobile


@dataclass(frozen=True)
class MessageRow:
    id: int
    member_id: int
    sent_at: datetime
    sent_by: str
    till: str
    template_name: str | None
    channel: MessageChannel
    text: str  # empty once the member was erased


@retries_conflicts
class MessageService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- templates (the owner writes them; the counter picks one) ------------------------------
    def templates(self, actor: Actor, include_retired: bool = False) -> list[TemplateRow]:
        require(actor, Permission.READ_MEMBERS)
        query = select(MessageTemplate).order_by(MessageTemplate.name)
        if not include_retired:
            query = query.where(MessageTemplate.active.is_(True))
        with self._sessions() as session:
            return [_template_row(t) for t in session.scalars(query)]

    def template_named(self, actor: Actor, name: str) -> TemplateRow:
        """An offered template by its name, as typed (`tokocrm followup --template`)."""
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            found = session.scalar(select(MessageTemplate).where(
                MessageTemplate.name == " ".join(name.split()),
                MessageTemplate.active.is_(True)))
            if found is None:
                raise NotFound(thing="message template", key=name)
            return _template_row(found)

    def add_template(self, actor: Actor, name: str, kind: str, body: str) -> TemplateRow:
        require(actor, Permission.CHANGE_SETTINGS)
        name, kind_, body = (whatsapp.clean_name(name), whatsapp.check_kind(kind),
                             whatsapp.clean_body(body))
        now = self._clock()
        try:
            with self._sessions.begin() as session:
                _refuse_taken(session, name)
                template = MessageTemplate(name=name, kind=kind_.value, body=body, active=True,
                                           created_at=now, updated_at=now)
                session.add(template)
                session.flush()
                _audit(session, actor, now, template, name=name, kind=kind_.value)
                return _template_row(template)
        except IntegrityError as error:  # another PC took the name meanwhile
            raise InvalidField(field="name", value=name, reason="exists") from error

    def update_template(self, actor: Actor, template_id: int, *, name: str | None = None,
                        kind: str | None = None, body: str | None = None) -> TemplateRow:
        """Rename, re-kind or rewrite; the log keeps what was sent, under the name it had."""
        require(actor, Permission.CHANGE_SETTINGS)
        changes = _checked_changes(name, kind, body)
        now = self._clock()
        try:
            with self._sessions.begin() as session:
                template = _template(session, template_id)
                if changes.get("name", template.name) != template.name:
                    _refuse_taken(session, changes["name"])
                old = {key: getattr(template, key) for key in changes}
                for key, value in changes.items():
                    setattr(template, key, value)
                template.updated_at = now
                _audit(session, actor, now, template, old=old, new=changes)
                return _template_row(template)
        except IntegrityError as error:
            raise InvalidField(field="name", value=changes.get("name"), reason="exists") from error

    def set_template_active(self, actor: Actor, template_id: int, active: bool) -> TemplateRow:
        """Retire a template (no longer offered; the log keeps it) or bring it back."""
        require(actor, Permission.CHANGE_SETTINGS)
        now = self._clock()
        with self._sessions.begin() as session:
            template = _template(session, template_id)
            if template.active != active:
                template.active, template.updated_at = active, now
                _audit(session, actor, now, template, old={"active": not active},
                       new={"active": active})
            return _template_row(template)

    # -- a message for a member ------------------------------------------------------------------
    def preview(self, actor: Actor, template_id: int, member_id: int) -> Preview:
        """The template filled in for the member, with the link that opens the chat."""
        return self.previews(actor, template_id, [member_id])[member_id]

    def previews(self, actor: Actor, template_id: int, member_ids: Iterable[int]
                 ) -> dict[int, Preview]:
        """Previews for a list of members, in one transaction."""
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            template = _template(session, template_id)
            reader = ValueReader(session, template.body, self._clock())
            kind = TemplateKind(template.kind)
            return {member_id: _preview(template.body, kind, reader,
                                        _reachable(session, member_id))
                    for member_id in member_ids}

    def log_send(self, actor: Actor, member_id: int, template_id: int, text: str,
                 channel: str) -> MessageRow:
        """Note a message sent (opened in WhatsApp, or copied to be pasted elsewhere) on the
        member's timeline. A promotion to a member without consent is refused, and so is a
        WhatsApp message to one without a mobile."""
        require(actor, Permission.SEND_MESSAGES)
        channel_, text = whatsapp.check_channel(channel), _clean_text(text)
        with self._sessions.begin() as session:
            member, template = _reachable(session, member_id), _template(session, template_id)
            whatsapp.check_may_receive(TemplateKind(template.kind), member.marketing_consent)
            if channel_ == MessageChannel.WHATSAPP and not member.phone:
                raise InvalidField(field="phone", value="", reason="no_mobile")
            entry = MessageLog(member_id=member.id, template_id=template.id,
                               template_name=template.name, channel=channel_.value, text=text,
                               sent_at=self._clock(), sent_by=actor.username, till=actor.till)
            session.add(entry)
            session.flush()
            return _message_row(entry)

    def timeline(self, actor: Actor, member_id: int, limit: int = TIMELINE) -> list[MessageRow]:
        """The messages sent to the member (and to records merged into theirs), newest
        first."""
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            ids = person_ids(session, member_id)
            query = (select(MessageLog).where(MessageLog.member_id.in_(ids))
                     .order_by(MessageLog.sent_at.desc(), MessageLog.id.desc()).limit(limit))
            return [_message_row(entry) for entry in session.scalars(query)]


def _preview(body: str, kind: TemplateKind, reader: ValueReader, member: Member) -> Preview:
    text = whatsapp.render(body, reader.values(member))
    refused = whatsapp.refusal(kind, member.marketing_consent, member.phone)
    link = None if refused else whatsapp.click_to_chat(member.phone, text)
    return Preview(text, link, refused)


def _reachable(session: Session, member_id: int) -> Member:
    """The member, unless they were erased (nothing may reach them again) or are only a
    merged record (their messages go to the member kept)."""
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(thing="member", key=member_id)
    check_reachable(member.card, member.status, member.erased_at)
    return member


def _template(session: Session, template_id: int) -> MessageTemplate:
    template = session.get(MessageTemplate, template_id)
    if template is None:
        raise NotFound(thing="message template", key=template_id)
    return template


def _refuse_taken(session: Session, name: str) -> None:
    if session.scalar(select(MessageTemplate.id).where(MessageTemplate.name == name)):
        raise InvalidField(field="name", value=name, reason="exists")


def _checked_changes(name: str | None, kind: str | None, body: str | None) -> dict[str, str]:
    changes = {}
    if name is not None:
        changes["name"] = whatsapp.clean_name(name)
    if kind is not None:
        changes["kind"] = whatsapp.check_kind(kind).value
    if body is not None:
        changes["body"] = whatsapp.clean_body(body)
    return changes


def _clean_text(text: str) -> str:
    cleaned = whatsapp.one_newline(text or "").strip()
    if not cleaned:
        raise InvalidField(field="text", value=text, reason="required")
    if len(cleaned) > MAX_TEXT:
        raise InvalidField(field="text", value=cleaned[:40], reason="too_long", limit=MAX_TEXT)
    return cleaned


def _audit(session: Session, actor: Actor, now: datetime, template: MessageTemplate,
           **details: object) -> None:
    """Templates are the owner's settings, audited as the feedback categories are."""
    audit.record(session, actor, now, AuditAction.SETTINGS_CHANGED,
                 f"message template {template.id}", **details)


def _template_row(template: MessageTemplate) -> TemplateRow:
    return TemplateRow(template.id, template.name, TemplateKind(template.kind), template.body,
                       template.active, template.updated_at)


def _message_row(entry: MessageLog) -> MessageRow:
    return MessageRow(entry.id, entry.member_id, entry.sent_at, entry.sent_by, entry.till,
                      entry.template_name, MessageChannel(entry.channel), entry.text)
