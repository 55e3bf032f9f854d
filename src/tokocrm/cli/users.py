"""`tokocrm user add|list`, and who a command acts as (`--user NAME`)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from tokocrm.cli.output import Output, table
from tokocrm.domain.errors import InvalidField, LoginRequired
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind, parse_role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import Services

PASSWORD_ENV_VAR = "TOKOCRM_PASSWORD"
# Without --user, commands that only read act as this: it may read, and every command that
# exports or imports needs a real user anyway.
READER = Actor(username="(command line)", role=Role.BOOKKEEPER)


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    user = commands.add_parser("user", parents=[common], help="users who may log in")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=[common],
        help=f"add a user; the password (or PIN with --pin) comes from ${PASSWORD_ENV_VAR} "
        "or a prompt. The first user must be the owner")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--pin", action="store_true",
                     help="the secret is a 4 to 8 digit PIN (quick at the counter)")
    add.set_defaults(handler=add_user)
    listing = actions.add_parser("list", parents=[common], help="users and their roles")
    listing.set_defaults(handler=list_users, reads_only=True)


def acting_user(services: Services, args: argparse.Namespace) -> Actor:
    """Who the command acts as. Until the shop has users, anyone (set-up, scripts); then a
    command that changes or exports data needs --user and that user's password."""
    name = getattr(args, "user", None)
    if services.users.needs_setup():
        return BUILTIN_OWNER.at(services.users.place)
    if name:
        return services.users.login(name, secret(f"Password or PIN for {name}: "))
    if getattr(args, "reads_only", False):
        return READER.at(services.users.place)
    raise LoginRequired()


def secret(prompt: str) -> str:
    """The password from the environment, else asked for without echo."""
    value = os.environ.get(PASSWORD_ENV_VAR)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InvalidField(field="password", value="", reason="required")
    return getpass.getpass(prompt)


def add_user(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    kind = SecretKind.PIN if args.pin else SecretKind.PASSWORD
    typed = secret(f"{'PIN' if args.pin else 'Password'} for {args.name}: ")
    user = services.users.add(actor, args.name, parse_role(args.role), typed, kind)
    return Output({"id": user.id, "name": user.username, "role": user.role.value,
                   "secret": user.secret_kind.value},
                  lambda: f"User {user.username} added as {user.role.value}")


def list_users(services: Services, actor: Actor, _args: argparse.Namespace) -> Output:
    rows = services.users.users(actor)
    document = [{"id": u.id, "name": u.username, "role": u.role.value, "active": u.active,
                 "secret": u.secret_kind.value, "locked_until": u.locked_until} for u in rows]
    return Output(document, lambda: table(
        [[u.username, u.role.value, "yes" if u.active else "no", u.secret_kind.value]
         for u in rows], ["NAME", "ROLE", "ACTIVE", "LOGIN"]))
