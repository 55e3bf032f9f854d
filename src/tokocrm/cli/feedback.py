"""`tokocrm feedback add`, `tokocrm complaints [--open|--overdue]`,
`tokocrm complaint resolve ID --note T`."""

from __future__ import annotations

import argparse
from typing import Any

from tokocrm.cli.output import Output, table
from tokocrm.domain.feedback import Channel
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.feedback_dto import CaseFilter, CaseRow, FeedbackInput, FeedbackRow

COMMENT_WIDTH = 40  # a long comment is cut in the text table; --json has it whole


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    feedback = commands.add_parser("feedback", parents=[common], help="record customer feedback")
    actions = feedback.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common],
                             help="record feedback; a complaint (or rating 1-2) opens a case")
    add.add_argument("--member", metavar="CARD_OR_PHONE",
                     help="the member (default: a walk-in customer without a card)")
    add.add_argument("--rating", required=True, type=int, metavar="1-5")
    add.add_argument("--nps", type=int, metavar="0-10", help="how likely to recommend the shop")
    add.add_argument("--category", metavar="NAME", help="default: the last one (Lainnya)")
    add.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.COUNTER.value)
    add.add_argument("--comment", metavar="TEXT")
    add.add_argument("--complaint", action="store_true", help="a complaint whatever the rating")
    add.set_defaults(handler=add_feedback)

    complaints = commands.add_parser("complaints", parents=[common],
                                     help="complaint cases, the soonest due first")
    only = complaints.add_mutually_exclusive_group()
    only.add_argument("--open", action="store_true", help="only cases not resolved")
    only.add_argument("--overdue", action="store_true", help="only cases past their due time")
    complaints.set_defaults(handler=list_complaints, reads_only=True)

    complaint = commands.add_parser("complaint", parents=[common], help="handle a complaint case")
    moves = complaint.add_subparsers(dest="action", metavar="ACTION", required=True)
    resolve = moves.add_parser("resolve", parents=[common], help="resolve a case with a note")
    resolve.add_argument("id", metavar="ID", type=int)
    resolve.add_argument("--note", required=True, metavar="TEXT", help="what was done")
    resolve.set_defaults(handler=resolve_complaint)


def feedback_json(row: FeedbackRow) -> dict[str, Any]:
    return {"id": row.id, "card": row.member_card, "rating": row.rating, "nps": row.nps,
            "category": row.category, "channel": row.channel.value, "comment": row.comment,
            "complaint": row.complaint, "case_id": row.case_id, "created_at": row.created_at}


def case_json(case: CaseRow) -> dict[str, Any]:
    said = case.feedback
    return {"id": case.id, "feedback_id": said.id, "status": case.status.value,
            "overdue": case.overdue, "due_at": case.due_at, "opened_at": case.opened_at,
            "resolved_at": case.resolved_at, "resolution": case.resolution,
            "assignee": case.assignee, "card": said.member_card, "name": said.member_name,
            "rating": said.rating, "category": said.category, "comment": said.comment}


def add_feedback(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    member_id = services.members.resolve(actor, args.member).id if args.member else None
    row = services.feedback.record(actor, FeedbackInput(
        rating=args.rating, member_id=member_id, nps=args.nps, category=args.category,
        channel=args.channel, comment=args.comment, complaint=args.complaint))
    opened = f"; complaint case {row.case_id} opened" if row.case_id is not None else ""
    return Output(feedback_json(row), lambda: f"feedback {row.id} saved{opened}")


def list_complaints(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    cases = services.feedback.cases(actor, CaseFilter(open_only=args.open,
                                                      overdue_only=args.overdue))
    headers = ["ID", "STATUS", "DUE", "MEMBER", "RATING", "CATEGORY", "COMMENT"]
    return Output([case_json(c) for c in cases],
                  lambda: table([_case_line(c) for c in cases], headers))


def resolve_complaint(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    case = services.feedback.resolve(actor, args.id, args.note)
    return Output(case_json(case), lambda: f"case {case.id} resolved: {case.resolution}")


def _case_line(case: CaseRow) -> list[str]:
    said = case.feedback
    status = case.status.value + (" (overdue)" if case.overdue else "")
    who = f"{said.member_card} {said.member_name}" if said.member_card else "walk-in"
    comment = " ".join((said.comment or "").split())
    if len(comment) > COMMENT_WIDTH:
        comment = comment[:COMMENT_WIDTH - 1] + "…"
    return [str(case.id), status, case.due_at.isoformat(sep=" ", timespec="minutes"), who,
            str(said.rating), said.category, comment]
