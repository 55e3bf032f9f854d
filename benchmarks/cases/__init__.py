"""The case registry. A case is a function decorated with `@case(...)` that takes a Context and
returns one or more Measurements; adding one is a function in a module listed in MODULES.
Modules are imported when the runner starts, in MODULES order, which is the table's order."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.shop import RawDb
from benchmarks.timing import Stats
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services

MODULES = ("counter", "writes", "members_table", "startup", "exports", "imports", "reports")


@dataclass(frozen=True)
class Plan:
    """How many runs a case makes: `fast` cases take milliseconds (lookups, one insert),
    `slow` ones up to a second (a whole-table query)."""

    fast: int
    slow: int
    fast_warmup: int
    slow_warmup: int


@dataclass(frozen=True)
class Measurement:
    """One line of the table: our figures and, where there is one, the raw baseline's."""

    case: str
    ours: Stats
    baseline: Stats | None = None
    unit: str = "ms"
    target_p95: float | None = None  # the target, checked in the printed summary
    notes: str = ""  # what was looked up, how many rows matched: printed, not in the JSON


@dataclass
class Context:
    services: Services
    actor: Actor
    raw: RawDb  # DB-API connections to the same database, for the baselines
    plan: Plan
    members: int
    purchases: int


CaseFunction = Callable[[Context], list[Measurement]]
CASES: dict[str, CaseFunction] = {}


def case(name: str) -> Callable[[CaseFunction], CaseFunction]:
    """Register a case under `name` (what `--case` selects)."""

    def register(function: CaseFunction) -> CaseFunction:
        if name in CASES:
            raise ValueError(f"two benchmark cases named {name!r}")
        CASES[name] = function
        return function

    return register


def load_cases() -> dict[str, CaseFunction]:
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")
    return CASES
