"""`tokocrm reward add|list`, `points`, `redeem`, `loyalty expire|liability`."""

from __future__ import annotations

import argparse

from tokocrm.cli.output import Output, table
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.members import parse_date
from tokocrm.domain.money import english_rupiah, parse_rupiah
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.loyalty import RewardRow


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    reward = commands.add_parser("reward", parents=[common], help="the rewards catalog")
    actions = reward.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="add a reward (owner)")
    add.add_argument("--name", required=True)
    add.add_argument("--points", required=True, type=int)
    add.add_argument("--kind", required=True, choices=[k.value for k in RewardKind])
    add.add_argument("--value", type=int, help="Rupiah off (discount-rp) or percent off")
    add.add_argument("--cap", metavar="RP", help="most Rupiah off, for discount-pct")
    add.add_argument("--stock", type=int, help="how many there are (default: unlimited)")
    add.set_defaults(handler=add_reward)
    listing = actions.add_parser("list", parents=[common], help="active rewards")
    listing.set_defaults(handler=list_rewards, reads_only=True)

    points = commands.add_parser("points", parents=[common],
                                 help="a member's balance, tier and points expiring soon")
    points.add_argument("member", metavar="MEMBER", help="card or phone")
    points.set_defaults(handler=show_points, reads_only=True)

    redeem = commands.add_parser("redeem", parents=[common], help="redeem a reward")
    redeem.add_argument("member", metavar="MEMBER", help="card or phone")
    redeem.add_argument("reward_id", metavar="REWARD_ID", type=int)
    redeem.set_defaults(handler=redeem_reward)

    loyalty = commands.add_parser("loyalty", parents=[common], help="the program as a whole")
    jobs = loyalty.add_subparsers(dest="action", metavar="ACTION", required=True)
    expire = jobs.add_parser("expire", parents=[common], help="expire due points (idempotent)")
    expire.add_argument("--as-of", metavar="DATE")
    expire.set_defaults(handler=expire_points)
    liability = jobs.add_parser("liability", parents=[common],
                                help="points issued, redeemed, expired, outstanding")
    liability.set_defaults(handler=show_liability, reads_only=True)


def _reward_json(reward: RewardRow) -> dict:
    return {"id": reward.id, "name": reward.name, "kind": reward.kind.value,
            "points": reward.points, "value": reward.value, "cap": reward.cap,
            "stock": reward.stock, "active": reward.active}


def add_reward(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    terms = RewardTerms(RewardKind(args.kind), args.points, args.value,
                        parse_rupiah(args.cap, "cap") if args.cap else None)
    reward = services.loyalty.add_reward(actor, args.name, terms, stock=args.stock)
    return Output(_reward_json(reward), lambda: str(reward.id))


def list_rewards(services: Services, actor: Actor, _args: argparse.Namespace) -> Output:
    rewards = services.loyalty.rewards(actor)
    rows = [[str(r.id), r.name, r.kind.value, str(r.points), str(r.value or ""),
             str(r.cap or ""), "" if r.stock is None else str(r.stock)] for r in rewards]
    return Output([_reward_json(r) for r in rewards],
                  lambda: table(rows, ["ID", "NAME", "KIND", "POINTS", "VALUE", "CAP", "STOCK"]))


def show_points(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    member = services.members.resolve(actor, args.member)
    standing = services.loyalty.standing(actor, member.id)
    tier = standing.tier
    document = {
        "card": member.card, "name": member.name, "balance": standing.balance,
        "tier": tier.tier.name, "spend_12m": tier.spend_12m,
        "next_tier": tier.next_tier.name if tier.next_tier else None, "to_next": tier.to_next,
        "expiring_soon": standing.expiring_soon, "next_expiry": standing.next_expiry,
    }
    return Output(document, lambda: (
        f"{member.name} ({member.card}): {standing.balance} points, tier {tier.tier.name}"
        + (f", {english_rupiah(tier.to_next)} more to {tier.next_tier.name}"
           if tier.next_tier else "")
        + (f"; {standing.expiring_soon} expire by {standing.next_expiry}"
           if standing.expiring_soon else "")))


def redeem_reward(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    member = services.members.resolve(actor, args.member)
    done = services.loyalty.redeem(actor, member.id, args.reward_id)
    document = {"id": done.id, "card": member.card, "reward_id": done.reward_id,
                "points": done.points, "discount": done.discount, "balance": done.balance_after}
    return Output(document, lambda: (f"redeemed {done.points} points; "
                                     f"balance {done.balance_after}"))


def expire_points(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    as_of = parse_date(args.as_of, "as_of") if args.as_of else None
    run = services.loyalty.expire(actor, as_of)
    document = {"expired_lots": run.expired_lots, "expired_points": run.expired_points}
    return Output(document, lambda: (f"expired {run.expired_points} points "
                                     f"from {run.expired_lots} lots"))


def show_liability(services: Services, actor: Actor, _args: argparse.Namespace) -> Output:
    totals = services.loyalty.totals(actor)
    document = {"issued": totals.issued, "redeemed": totals.redeemed,
                "expired": totals.expired, "outstanding": totals.outstanding,
                "liability": totals.liability, "members_below_zero": totals.members_below_zero}
    return Output(document, lambda: "\n".join(f"{k}: {v}" for k, v in document.items()))
