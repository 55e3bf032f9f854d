"""WhatsApp follow-up messages: the owner's templates with placeholders ({nama}, {poin}, ...),
filled in for one member, and WhatsApp's click-to-chat link (https://wa.me/<number>?text=...)
that opens the chat with the text typed in. Who may get which message is decided here too: a
promotion only with the member's marketing consent (UU PDP), a service message to anyone.

Messages go to customers, so they are written in Indonesian whatever the till's language:
5 Desember 2026, 1.250 poin.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass, fields
from datetime import date
from enum import StrEnum
from urllib.parse import quote

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.phone import normalize_mobile

WA_ME = "https://wa.me/"
MAX_NAME = 60  # the column's width
# The body travels inside a link, where a space takes 3 characters, an accented letter 6 and an
# emoji 12; some browsers and Windows' shell cut links past a few thousand characters.
MAX_BODY = 1000
# Braces around words are meant as a placeholder, so a misspelt one is refused; other braces
# (a lone one, an emoticon ":{", "{50%}") are plain text, never an error.
_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z][\w ]*?)\s*\}")
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")


class TemplateKind(StrEnum):
    PROMO = "promo"  # an offer: only to members who agreed to receive offers
    SERVICE = "service"  # an answer to a complaint, a reminder they asked for: to anyone


class MessageChannel(StrEnum):
    WHATSAPP = "whatsapp"  # opened with the click-to-chat link
    CLIPBOARD = "clipboard"  # copied, to be pasted into another app


class Refusal(StrEnum):
    """Why a member gets no link for a message."""

    NO_MOBILE = "no_mobile"
    NO_CONSENT = "no_consent"


@dataclass(frozen=True)
class MessageValues:
    """What the placeholders stand for, for one member; the field names are the placeholders.
    A value the member does not have (no points expiring, no reward within reach) is left out
    and fills in empty, or 0 for points."""

    nama: str = ""
    poin: int | None = None
    tier: str = ""
    toko: str = ""
    tanggal_kadaluarsa: date | None = None
    hadiah: str = ""
    kategori_favorit: str = ""


PLACEHOLDERS = tuple(f.name for f in fields(MessageValues))


# -- templates ---------------------------------------------------------------------------------
def clean_name(text: str) -> str:
    name = " ".join((text or "").split())
    if not name:
        raise InvalidField(field="name", value=text, reason="required")
    if len(name) > MAX_NAME:
        raise InvalidField(field="name", value=name[:40], reason="too_long", limit=MAX_NAME)
    return name


def check_kind(kind: str) -> TemplateKind:
    try:
        return TemplateKind(kind)
    except ValueError as error:
        raise InvalidField(field="kind", value=kind, reason="unknown_choice",
                           choices=", ".join(TemplateKind)) from error


def clean_body(text: str) -> str:
    """The body as the owner wrote it, line breaks kept (Windows' CR LF made plain LF, as
    WhatsApp writes them); refused when empty, too long or naming an unknown placeholder."""
    body = one_newline(text or "").strip()
    if not body:
        raise InvalidField(field="body", value=text, reason="required")
    if len(body) > MAX_BODY:
        raise InvalidField(field="body", value=body[:40], reason="too_long", limit=MAX_BODY)
    placeholders_in(body)
    return body


def placeholders_in(body: str) -> frozenset[str]:
    """The placeholders the body uses ({Nama} and { nama } are {nama}: owners type them so);
    an unknown one is an InvalidField naming it, before any member sees the message."""
    used = set()
    for match in _PLACEHOLDER.finditer(body):
        name = _key(match.group(1))
        if name not in PLACEHOLDERS:
            raise InvalidField(field="body", value=match.group(0), reason="unknown_placeholder",
                               choices=", ".join(f"{{{p}}}" for p in PLACEHOLDERS))
        used.add(name)
    return frozenset(used)


def render(body: str, values: MessageValues) -> str:
    """The body with every placeholder filled in for one member."""
    placeholders_in(body)  # an unknown one is refused, never left in or a KeyError
    texts = value_texts(values)
    return _PLACEHOLDER.sub(lambda match: texts[_key(match.group(1))], body)


def value_texts(values: MessageValues) -> dict[str, str]:
    nama, poin, tier, toko, expiry, hadiah, kategori = astuple(values)
    return {"nama": nama, "poin": number(poin or 0), "tier": tier, "toko": toko,
            "tanggal_kadaluarsa": day(expiry) if expiry else "", "hadiah": hadiah,
            "kategori_favorit": kategori}


def _key(text: str) -> str:
    return text.strip().lower()


# -- who gets what -----------------------------------------------------------------------------
def refusal(kind: TemplateKind, consent: bool, phone: str | None) -> Refusal | None:
    """Why this member gets no WhatsApp link for a message of this kind, or None."""
    if kind == TemplateKind.PROMO and not consent:
        return Refusal.NO_CONSENT
    if not phone:
        return Refusal.NO_MOBILE
    return None


def check_may_receive(kind: TemplateKind, consent: bool) -> None:
    """A promotion reaches a member who did not agree to offers by no channel at all, copied
    and pasted elsewhere included."""
    if kind == TemplateKind.PROMO and not consent:
        raise InvalidField(field="template", value=kind.value, reason="no_consent")


def check_channel(channel: str) -> MessageChannel:
    try:
        return MessageChannel(channel)
    except ValueError as error:
        raise InvalidField(field="channel", value=channel, reason="unknown_choice",
                           choices=", ".join(MessageChannel)) from error


# -- the link ------------------------------------------------------------------------------------
def click_to_chat(phone: str | None, text: str = "") -> str:
    """https://wa.me/6281234567890?text=... for a mobile number in any form a cashier types it
    (E.164 as stored, 0812-..., +62 812 ...); wa.me wants the digits alone, without '+'. The
    text is UTF-8 percent-encoded with nothing left as is (a '&' or '#' in it would end the
    text early), emoji included, a line break as %0A. No text: the chat opens empty."""
    if not phone or not phone.strip():
        raise InvalidField(field="phone", value="", reason="no_mobile")
    link = WA_ME + normalize_mobile(phone).removeprefix("+")
    message = one_newline(text)
    return f"{link}?text={quote(message, safe='')}" if message else link


def one_newline(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- Indonesian writing --------------------------------------------------------------------------
def day(value: date) -> str:
    """5 Desember 2026."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def number(value: int) -> str:
    """1.250 (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")
