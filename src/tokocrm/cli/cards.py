"""`tokocrm card pdf OUT.pdf MEMBER...` or `--all-new`: member cards, ten to an A4 sheet with
crop marks, and the cards marked printed."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tokocrm.cli.output import Output
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services

_app = None  # the QGuiApplication made here, kept alive for the rest of the run


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    card = commands.add_parser("card", parents=[common], help="print member cards")
    actions = card.add_subparsers(dest="action", metavar="ACTION", required=True)
    pdf = actions.add_parser(
        "pdf", parents=[common],
        help="write cards to a PDF (A4 sheets of 10 with crop marks) and mark them printed")
    pdf.add_argument("out", metavar="OUT.pdf", type=Path)
    which = pdf.add_mutually_exclusive_group(required=True)
    which.add_argument("members", nargs="*", default=[], metavar="MEMBER",
                       help="card number or phone of a member")
    which.add_argument("--all-new", action="store_true",
                       help="every active member whose card was never printed")
    pdf.set_defaults(handler=write_cards)


def write_cards(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    if args.all_new:
        ids = services.cards.new_cards(actor)
    else:
        ids = list(dict.fromkeys(services.members.resolve(actor, m).id for m in args.members))
    if not ids:
        return Output({"file": None, "cards": 0, "sheets": 0},
                      lambda: "no new cards to print; no file written")
    cards = services.cards.card_data(actor, ids)  # refuses erased or merged members first
    _start_qt()
    from tokocrm.ui.cards.sheets import logo_image, write_pdf  # Qt only for this command

    sheets = write_pdf(cards, args.out, logo_image(services.cards.logo(actor)))
    services.cards.mark_printed(actor, ids)
    return Output({"file": str(args.out), "cards": len(cards), "sheets": sheets},
                  lambda: f"{args.out}: {_count(len(cards), 'card')} on "
                          f"{_count(sheets, 'sheet')}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _start_qt() -> None:
    """Qt draws the cards and needs an application object for its fonts. On Linux with no
    display (a server, a cron job) it draws offscreen; elsewhere the native platform needs
    no display server."""
    global _app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["tokocrm"])
