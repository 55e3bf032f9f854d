"""Customer lifetime value: each member's history (total and 12-month spend, visits, average
basket) and, where the shop's own history allows, the BG/NBD and Gamma-Gamma models fitted on
it (domain/clv.py): probability still a customer, expected visits and predicted value in the
next 12 months. The models count repeat purchases per distinct day, so the SQL first sums each
member's purchases per day, then per member."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np
from sqlalchemy import Date, case, cast, func, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, Purchase
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain import clv
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.purchases import TWELVE_MONTHS
from tokocrm.domain.roles import Permission
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, end_of_day, local_now

UNIT_DAYS = {"days": 1, "weeks": 7}
MIN_HISTORY_DAYS = 90  # the models learn how often people come back: a season at least


class Fallback(StrEnum):
    """Why a prediction is not shown (the historical figures still are)."""

    HISTORY_TOO_SHORT = "history_too_short"
    NOT_CONVERGED = "not_converged"


@dataclass(frozen=True)
class ValueModel:
    until: date  # the history used ends here
    unit: str  # "days" or "weeks": the unit of alpha
    customers: int  # members with a purchase
    bg_nbd: clv.BgNbdFit | None  # None when the history was too short to try
    gamma_gamma: clv.GammaGammaFit | None
    fallback: Fallback | None  # None: predictions can be trusted

    @property
    def usable(self) -> bool:
        return self.fallback is None


@dataclass(frozen=True)
class MemberValues:
    """Per member with a purchase, in member id order (numpy arrays; Rupiah as integers).
    The predictions are None when the model is not usable."""

    member_ids: np.ndarray
    total_spend: np.ndarray
    spend_12m: np.ndarray
    visits: np.ndarray  # purchases
    repeat_days: np.ndarray  # distinct purchase days after the first: the models' frequency
    average_basket: np.ndarray
    probability_alive: np.ndarray | None
    expected_visits_12m: np.ndarray | None  # purchase days
    predicted_value_12m: np.ndarray | None


@dataclass(frozen=True)
class _Summary:
    ids: np.ndarray
    days: np.ndarray  # distinct purchase days
    visits: np.ndarray
    total: np.ndarray
    first_day_spend: np.ndarray
    spend_12m: np.ndarray
    first: np.ndarray  # days since the first purchase day, at `until`
    last: np.ndarray  # days since the last purchase day, at `until`


@retries_conflicts
class CustomerValueService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def fit(self, actor: Actor, until: date | None = None, unit: str = "weeks") -> ValueModel:
        """The models fitted on the purchases up to the end of `until` (default today)."""
        return self.values(actor, until, unit)[0]

    def values(self, actor: Actor, until: date | None = None, unit: str = "weeks"
               ) -> tuple[ValueModel, MemberValues]:
        require(actor, Permission.VIEW_REPORTS)
        until = until or self._clock().date()
        with self._sessions() as session:
            summary = _summary(session, until)
        model = _fit(summary, until, unit)
        return model, _member_values(summary, model)


def _summary(session: Session, until: date) -> _Summary:
    end = end_of_day(until)
    day = cast(Purchase.purchased_at, Date) if session.bind.dialect.name != "sqlite" else (
        func.date(Purchase.purchased_at))
    # A CTE, as it is read twice: SQLite and PostgreSQL then group the purchases by day once.
    daily = (select(Purchase.member_id, day.label("day"), func.count().label("visits"),
                    func.sum(Purchase.amount).label("spend"),
                    func.sum(case((Purchase.purchased_at >= end - TWELVE_MONTHS, Purchase.amount),
                                  else_=0)).label("spend_12m"))
             .where(Purchase.voided_at.is_(None), Purchase.purchased_at < end)
             .group_by(Purchase.member_id, day).cte("daily"))
    firsts = (select(daily.c.member_id, func.min(daily.c.day).label("first"))
              .group_by(daily.c.member_id).subquery())
    rows = session.execute(
        select(daily.c.member_id, func.count(), func.sum(daily.c.visits), func.sum(daily.c.spend),
               func.sum(case((daily.c.day == firsts.c.first, daily.c.spend), else_=0)),
               func.sum(daily.c.spend_12m), firsts.c.first, func.max(daily.c.day))
        .join(firsts, firsts.c.member_id == daily.c.member_id)
        .join(Member, Member.id == daily.c.member_id)
        .where(Member.status == MemberStatus.ACTIVE)
        .group_by(daily.c.member_id, firsts.c.first).order_by(daily.c.member_id)).all()
    columns = list(zip(*rows, strict=True)) or [()] * 8
    ids, days, visits, total, first_spend, spend_12m, first, last = columns
    return _Summary(np.array(ids, dtype=np.int64), np.array(days, dtype=np.int64),
                    np.array(visits, dtype=np.int64), np.array(total, dtype=np.int64),
                    np.array(first_spend, dtype=np.int64), np.array(spend_12m, dtype=np.int64),
                    _days_before(until, first), _days_before(until, last))


def _days_before(until: date, days: tuple) -> np.ndarray:
    return np.array([(until - _date(d)).days for d in days], dtype=np.float64)


def _date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _fit(summary: _Summary, until: date, unit: str) -> ValueModel:
    size = UNIT_DAYS[unit]
    x, t_x, age = _rfm(summary, size)
    if (summary.ids.size < clv.MIN_CUSTOMERS or np.count_nonzero(x) < clv.MIN_REPEAT_CUSTOMERS
            or summary.first.max() < MIN_HISTORY_DAYS):
        return ValueModel(until, unit, int(summary.ids.size), None, None,
                          Fallback.HISTORY_TOO_SHORT)
    bg_nbd = clv.fit_bg_nbd(x, t_x, age)
    gamma_gamma = clv.fit_gamma_gamma(x, _mean_repeat_spend(summary, x))
    converged = bg_nbd.converged and gamma_gamma.converged
    return ValueModel(until, unit, int(summary.ids.size), bg_nbd, gamma_gamma,
                      None if converged else Fallback.NOT_CONVERGED)


def _rfm(summary: _Summary, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x (repeat purchase days), t_x and T in the unit of `size` days."""
    age = summary.first / size
    return summary.days - 1, (summary.first - summary.last) / size, age


def _mean_repeat_spend(summary: _Summary, x: np.ndarray) -> np.ndarray:
    repeat = summary.total - summary.first_day_spend
    return np.divide(repeat, x, out=np.zeros(x.shape), where=x > 0)


def _member_values(summary: _Summary, model: ValueModel) -> MemberValues:
    basket = np.divide(summary.total, summary.visits, out=np.zeros(summary.ids.shape),
                       where=summary.visits > 0).round().astype(np.int64)
    alive = expected = predicted = None
    if model.usable:
        size = UNIT_DAYS[model.unit]
        x, t_x, age = _rfm(summary, size)
        alive = clv.probability_alive(model.bg_nbd, x, t_x, age)
        expected = clv.expected_purchases(model.bg_nbd, TWELVE_MONTHS.days / size, x, t_x, age)
        spend = clv.expected_average_spend(model.gamma_gamma, x, _mean_repeat_spend(summary, x))
        predicted = np.rint(expected * spend).astype(np.int64)
    return MemberValues(summary.ids, summary.total, summary.spend_12m, summary.visits,
                        summary.days - 1, basket, alive, expected, predicted)
