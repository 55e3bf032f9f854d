"""`tokocrm followup LIST [--template NAME]`: the members due for a follow-up today, each with
the WhatsApp click-to-chat link that opens their chat (with the template filled in for them,
when one is named). Nothing is sent or logged: the link is for a person to open."""

from __future__ import annotations

import argparse
from typing import Any

from tokocrm.cli.output import Output, table
from tokocrm.domain.followup import FollowUpList
from tokocrm.domain.phone import format_local
from tokocrm.domain.whatsapp import Refusal
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.followup import chat_link
from tokocrm.services.followup_queries import FollowUpRow
from tokocrm.services.messages import Preview

_WHY = {
    FollowUpList.BIRTHDAYS_WEEK: "birthday on {day}", FollowUpList.BIRTHDAYS_MONTH:
    "birthday on {day}", FollowUpList.POINTS_EXPIRING: "{points} points expire on {day}",
    FollowUpList.NO_SECOND_VISIT: "only visit on {day}", FollowUpList.AT_RISK:
    "last visit on {day}", FollowUpList.FORMER: "last visit on {day}",
    FollowUpList.COMPLAINT_RESOLVED: "complaint resolved on {day}",
}
_NO_LINK = {Refusal.NO_MOBILE: "(no mobile number)", Refusal.NO_CONSENT: "(no consent to offers)"}


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    followup = commands.add_parser(
        "followup", parents=[common],
        help="members due for a follow-up (birthdays, expiring points, ...), with WhatsApp links")
    followup.add_argument("list", metavar="LIST", choices=[name.value for name in FollowUpList],
                          help="one of " + ", ".join(FollowUpList))
    followup.add_argument(
        "--template", metavar="NAME",
        help="fill in this message template for each member; a promotional one gets no link "
        "for members who did not agree to receive offers")
    followup.set_defaults(handler=list_followup, reads_only=True)


def list_followup(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    which = FollowUpList(args.list)
    rows = services.followup.members(actor, which)
    previews: dict[int, Preview] = {}
    if args.template:
        template = services.messages.template_named(actor, args.template)
        previews = services.messages.previews(actor, template.id, [row.id for row in rows])
    document = [row_json(which, row, previews.get(row.id)) for row in rows]
    return Output(document, lambda: _text(which, rows, document))


def row_json(which: FollowUpList, row: FollowUpRow, preview: Preview | None) -> dict[str, Any]:
    """The member, why they are due, and the link (None: no mobile, or a promotion without
    consent, said in `refused`); with a template, the text the link carries."""
    if preview is None:
        link = chat_link(row.phone)
        refused = None if link else Refusal.NO_MOBILE
    else:
        link, refused = preview.link, preview.refused_reason
    document = {"id": row.id, "card": row.card, "name": row.name, "phone": row.phone,
                "consent": row.consent, "due_on": row.due_on, "points": row.points,
                "reason": _WHY[which].format(day=row.due_on.isoformat(), points=row.points),
                "link": link, "refused": refused and refused.value}
    if preview is not None:
        document["text"] = preview.text
    return document


def _text(which: FollowUpList, rows: list[FollowUpRow], document: list[dict[str, Any]]) -> str:
    lines = [[row.card, row.name, format_local(row.phone), found["reason"],
              found["link"] or _NO_LINK[Refusal(found["refused"])]]
             for row, found in zip(rows, document, strict=True)]
    heading = f"{which.value}: {len(rows)} member{'s' if len(rows) != 1 else ''}"
    return heading + "\n" + table(lines, ["CARD", "NAME", "PHONE", "WHY", "WHATSAPP"])
