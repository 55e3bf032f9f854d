"""`tokocrm purchase add|void|list`."""

from __future__ import annotations

import argparse
from datetime import datetime

from tokocrm.cli.output import Output, purchase_json, purchase_line, table
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.members import parse_date
from tokocrm.domain.money import parse_rupiah
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.dto import PurchaseInput


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    purchase = commands.add_parser("purchase", parents=[common], help="record and list purchases")
    actions = purchase.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="record a purchase; prints its id")
    add.add_argument("--member", required=True, metavar="CARD_OR_PHONE")
    add.add_argument("--amount", required=True, metavar="RP", help="whole Rupiah, e.g. 125000")
    add.add_argument("--receipt")
    add.add_argument("--at", metavar="ISO_DATETIME", help="when (default now; owner only)")
    add.add_argument("--items", type=int, metavar="N")
    add.add_argument("--category", action="append", default=[], metavar="NAME",
                     help="product category (repeat for several)")
    add.add_argument("--note")
    add.set_defaults(handler=add_purchase)

    void = actions.add_parser("void", parents=[common], help="void a purchase with a reason")
    void.add_argument("id", type=int)
    void.add_argument("--reason", required=True)
    void.set_defaults(handler=void_purchase)

    listing = actions.add_parser("list", parents=[common], help="list purchases, oldest first")
    listing.add_argument("--member", metavar="CARD_OR_PHONE")
    listing.add_argument("--from", dest="date_from", metavar="DATE")
    listing.add_argument("--to", dest="date_to", metavar="DATE")
    listing.set_defaults(handler=list_purchases, reads_only=True)


def add_purchase(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    member = services.members.resolve(actor, args.member)
    row = services.purchases.record(actor, PurchaseInput(
        member_id=member.id, amount=parse_rupiah(args.amount), at=_when(args.at),
        receipt=args.receipt, items_count=args.items, note=args.note,
        category_ids=_category_ids(services, actor, args.category)))
    return Output(purchase_json(row),
                  lambda: f"{row.id}\npoints earned: {row.points_earned}")


def void_purchase(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    row = services.purchases.void(actor, args.id, args.reason)
    return Output(purchase_json(row), lambda: f"purchase {row.id} voided: {row.void_reason}")


def list_purchases(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    member_id = services.members.resolve(actor, args.member).id if args.member else None
    rows = services.purchases.list(
        actor, member_id=member_id,
        date_from=parse_date(args.date_from, "from") if args.date_from else None,
        date_to=parse_date(args.date_to, "to") if args.date_to else None)
    headers = ["ID", "CARD", "AMOUNT", "TIME", "RECEIPT", "VOIDED"]
    return Output([purchase_json(r) for r in rows],
                  lambda: table([purchase_line(r) for r in rows], headers))


def _when(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidField(field="at", value=text,
                           reason="not_datetime") from error


def _category_ids(services: Services, actor: Actor, names: list[str]) -> tuple[int, ...]:
    known = {c.name.casefold(): c.id for c in services.categories.list(actor)}
    unknown = [n for n in names if n.strip().casefold() not in known]
    if unknown:
        raise InvalidField(field="category", value=unknown[0], reason="unknown")
    return tuple(known[n.strip().casefold()] for n in names)
