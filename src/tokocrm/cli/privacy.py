"""`tokocrm member-data MEMBER OUT.xlsx` and `tokocrm erase MEMBER --reason TEXT`: a customer's
rights over their data (UU PDP No. 27/2022). MEMBER is their card or phone."""

from __future__ import annotations

import argparse
from pathlib import Path

from tokocrm.cli.output import Output
from tokocrm.io.xlsx_export import write_xlsx
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    data = commands.add_parser(
        "member-data", parents=[common],
        help="write everything the shop holds on one member to a workbook, for them")
    data.add_argument("member", metavar="MEMBER", help="card or phone")
    data.add_argument("out", metavar="OUT.xlsx")
    data.set_defaults(handler=member_data)

    erase = commands.add_parser(
        "erase", parents=[common],
        help="erase a member's personal data on their request (owner); purchases and points "
        "stay, anonymous")
    erase.add_argument("member", metavar="MEMBER", help="card or phone")
    erase.add_argument("--reason", required=True,
                       help="their request: when and how it came (kept in the audit trail, so "
                       "not their name or number)")
    erase.set_defaults(handler=erase_member)


def member_data(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    member = services.members.resolve(actor, args.member)
    written = write_xlsx(services.privacy.member_data(actor, member.id),
                         Path(args.out).expanduser().absolute())
    return Output({"member": member.id, "file": str(written.path), "rows": written.rows},
                  lambda: f"{written.path}: {written.rows:,} rows on member {member.card}")


def erase_member(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    member = services.members.resolve(actor, args.member)
    services.privacy.erase(actor, member.id, args.reason)
    erased = services.members.get(actor, member.id)
    return Output({"member": member.id, "erased": erased.erased_at},
                  lambda: f"Member {member.id} erased; their purchases and points stay, "
                  f"as card {erased.card}")
