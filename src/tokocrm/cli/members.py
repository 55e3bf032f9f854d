"""`tokocrm member add|find|merge`."""

from __future__ import annotations

import argparse

from tokocrm.cli.output import Output, member_json, member_line, table
from tokocrm.domain.members import parse_date
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.dto import MemberInput


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    member = commands.add_parser("member", parents=[common], help="register and find members")
    actions = member.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="register a member; prints the card")
    add.add_argument("--name", required=True)
    add.add_argument("--phone", help="Indonesian mobile, any usual writing; optional (card only)")
    add.add_argument("--email")
    add.add_argument("--birthday", metavar="YYYY-MM-DD")
    add.add_argument("--card", help="keep a card code from another system (default: a new card)")
    add.add_argument("--referred-by", metavar="CARD_OR_PHONE", help="the member who referred them")
    add.set_defaults(handler=add_member)

    find = actions.add_parser("find", parents=[common], help="find by card, phone or name")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=20)
    find.set_defaults(handler=find_members, reads_only=True)

    merge = actions.add_parser("merge", parents=[common],
                               help="fold member OTHER into KEEP (cards or phones)")
    merge.add_argument("keep")
    merge.add_argument("other")
    merge.set_defaults(handler=merge_members)


def add_member(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    birthday = parse_date(args.birthday, "birthday") if args.birthday else None
    member = services.members.register(actor, MemberInput(
        name=args.name, phone=args.phone, email=args.email, birthday=birthday, card=args.card,
        referrer=args.referred_by))
    return Output(member_json(member), lambda: member.card)


def find_members(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    rows = services.members.find(actor, args.query, limit=max(1, args.limit))
    return Output([member_json(r) for r in rows],
                  lambda: table([member_line(r) for r in rows],
                                ["CARD", "NAME", "PHONE", "STATUS"]))


def merge_members(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    keep = services.members.resolve(actor, args.keep)
    other = services.members.resolve(actor, args.other)
    kept = services.members.merge(actor, keep.id, other.id)
    return Output(member_json(kept),
                  lambda: f"{other.card} ({other.name}) merged into {kept.card} ({kept.name})")
