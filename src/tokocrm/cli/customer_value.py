"""`tokocrm clv [--until DATE] [--unit days|weeks]`: the customer-value models fitted on the
shop's own history."""

from __future__ import annotations

import argparse
import math

from tokocrm.cli.output import Output
from tokocrm.domain.members import parse_date
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.customer_value import UNIT_DAYS, ValueModel


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    clv = commands.add_parser(
        "clv", parents=[common],
        help="fit the customer-value models (BG/NBD and Gamma-Gamma) on the purchases")
    clv.add_argument("--until", metavar="DATE",
                     help="use the purchases up to the end of this day (default today)")
    clv.add_argument("--unit", choices=list(UNIT_DAYS), default="weeks",
                     help="time unit of the fit (alpha is per unit; default weeks)")
    clv.set_defaults(handler=fit_models, reads_only=True)


def fit_models(services: Services, actor: Actor, args: argparse.Namespace) -> Output:
    until = parse_date(args.until, "until") if args.until else None
    model = services.customer_value.fit(actor, until, args.unit)
    return Output(model_json(model), lambda: _text(model))


def model_json(model: ValueModel) -> dict:
    bg, gg = model.bg_nbd, model.gamma_gamma
    return {
        "until": model.until, "unit": model.unit, "customers": model.customers,
        "converged": model.usable, "fallback": model.fallback and model.fallback.value,
        "bg_nbd": None if bg is None else {
            "r": _number(bg.r), "alpha": _number(bg.alpha), "a": _number(bg.a),
            "b": _number(bg.b), "log_likelihood": _number(bg.log_likelihood),
            "customers": bg.customers, "converged": bg.converged},
        "gamma_gamma": None if gg is None else {
            "p": _number(gg.p), "q": _number(gg.q), "v": _number(gg.v),
            "log_likelihood": _number(gg.log_likelihood), "customers": gg.customers,
            "converged": gg.converged},
    }


def _number(value: float) -> float | None:
    return None if math.isnan(value) else value  # JSON has no NaN


def _text(model: ValueModel) -> str:
    head = f"Customer value as of {model.until.isoformat()}: {model.customers} customers"
    if model.bg_nbd is None:
        return f"{head}\nThe history is too short to fit the models; showing history only."
    bg, gg = model.bg_nbd, model.gamma_gamma
    lines = [head,
             f"BG/NBD ({'converged' if bg.converged else 'did not converge'}): r={bg.r:.4g} "
             f"alpha={bg.alpha:.4g} ({model.unit}) a={bg.a:.4g} b={bg.b:.4g} "
             f"log-likelihood={bg.log_likelihood:.1f}",
             f"Gamma-Gamma ({'converged' if gg.converged else 'did not converge'}, "
             f"{gg.customers} repeat customers): p={gg.p:.4g} q={gg.q:.4g} v={gg.v:.4g}"]
    if not model.usable:
        lines.append("The fit cannot be trusted; showing history only.")
    return "\n".join(lines)
