"""The CLV models against the published CDNOW results, independent re-derivations, simulated
customers with known parameters, and the degenerate histories a new shop has."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.integrate import quad
from scipy.special import hyp2f1
from scipy.stats import beta as beta_distribution

from tokocrm.domain.clv import (
    MIN_CUSTOMERS,
    MIN_REPEAT_CUSTOMERS,
    BgNbdFit,
    GammaGammaFit,
    expected_average_spend,
    expected_purchases,
    expected_purchases_new,
    fit_bg_nbd,
    fit_gamma_gamma,
    probability_alive,
)

# A copy of ../shared/data/cdnow (see its README.md): research data for the tests, not shipped.
CDNOW = Path(__file__).resolve().parents[1] / "data" / "cdnow"


def _read_cdnow(name: str, columns: tuple[str, ...]) -> dict[str, np.ndarray]:
    """One CDNOW CSV as float columns. A missing file fails the test (never skips it): without
    the data these published results are not checked at all."""
    path = CDNOW / name
    if not path.is_file():
        pytest.fail(f"CDNOW data missing: {path} (see tests/data/README.md)")
    # newline="" lets csv take the CRLF file as it is; the fields are space padded.
    with path.open(newline="", encoding="ascii") as file:
        rows = [[field.strip() for field in row] for row in csv.reader(file) if row]
    assert tuple(rows[0]) == columns, f"unexpected header in {path}: {rows[0]}"
    values = np.array(rows[1:], dtype=float)
    return {column: values[:, i] for i, column in enumerate(columns)}


@functools.cache
def cdnow_summary() -> dict[str, np.ndarray]:
    return _read_cdnow("cdnow_customers_summary.csv", ("ID", "frequency", "recency", "T"))


@functools.cache
def cdnow_spend() -> dict[str, np.ndarray]:
    return _read_cdnow("cdnow_customers_summary_with_transactions.csv",
                       ("ID", "x", "t_x", "T", "zbar"))


@functools.cache
def cdnow_bg_nbd() -> BgNbdFit:
    data = cdnow_summary()
    return fit_bg_nbd(data["frequency"], data["recency"], data["T"])


@functools.cache
def cdnow_gamma_gamma() -> GammaGammaFit:
    data = cdnow_spend()
    return fit_gamma_gamma(data["x"], data["zbar"])


def simulate_bg_nbd(n, r, alpha, a, b, seed, max_age=730.0):
    """Customers drawn from the BG/NBD story itself: a gamma purchase rate and a beta dropout
    probability each, Poisson purchases, and after every repeat purchase a coin for dropping out.
    Returns (x, t_x, T) in days."""
    rng = np.random.default_rng(seed)
    rate, dropout = rng.gamma(r, 1 / alpha, n), rng.beta(a, b, n)
    age = rng.uniform(1, max_age, n)
    x, t_x, now = np.zeros(n), np.zeros(n), np.zeros(n)
    active = np.ones(n, dtype=bool)
    while active.any():
        now[active] += rng.exponential(1 / rate[active])
        bought = active & (now <= age)
        x[bought] += 1
        t_x[bought] = now[bought]
        active = bought & (rng.random(n) >= dropout)
    return x, t_x, age


def simulate_gamma_gamma(x, p, q, v, seed):
    """Mean spend over x purchase days: each day's spend is gamma(p, nu), nu is gamma(q, v)."""
    rng = np.random.default_rng(seed)
    nu = rng.gamma(q, 1 / v, x.size)
    return rng.gamma(p * x, 1 / (nu * x))


def given_bg_nbd(r, alpha, a, b) -> BgNbdFit:
    return BgNbdFit(r, alpha, a, b, log_likelihood=0.0, customers=0, converged=True)


# ---- Published CDNOW results (Fader, Hardie & Lee 2005; note 025) --------------------


def test_bg_nbd_reproduces_the_published_cdnow_parameters():
    fit = cdnow_bg_nbd()
    assert fit.converged
    assert fit.customers == 2357
    assert (fit.r, fit.alpha, fit.a, fit.b) == pytest.approx((0.243, 4.414, 0.793, 2.426),
                                                             abs=1e-3)
    assert fit.log_likelihood == pytest.approx(-9582.4, abs=0.1)


def test_bg_nbd_conditional_expectation_matches_the_paper():
    expected = expected_purchases(cdnow_bg_nbd(), 39, frequency=2, recency=30.43, age=38.86)
    assert float(expected) == pytest.approx(1.226, abs=1e-3)


def test_bg_nbd_new_customer_expectation_matches_the_paper():
    expected = expected_purchases_new(cdnow_bg_nbd(), np.array([1, 3, 32, 78]))
    assert expected == pytest.approx([0.0532, 0.1506, 1.0437, 1.8576], abs=1e-3)


def test_gamma_gamma_reproduces_the_published_cdnow_parameters():
    fit = cdnow_gamma_gamma()
    assert fit.converged
    assert fit.customers == 946
    assert (fit.p, fit.q, fit.v) == pytest.approx((6.25, 3.74, 15.44), abs=1e-2)


def test_gamma_gamma_expected_spend_of_the_first_five_cdnow_customers():
    data = cdnow_spend()
    assert list(data["ID"][:5]) == [1, 2, 3, 4, 5]
    spend = expected_average_spend(cdnow_gamma_gamma(), data["x"][:5], data["zbar"][:5])
    assert spend == pytest.approx([24.65, 18.91, 35.17, 35.17, 35.17], abs=1e-2)


# ---- Units: the shop counts days and Rupiah, CDNOW weeks and dollars -----------------


def test_bg_nbd_in_days_gives_the_same_customers():
    """Time in days instead of weeks: only alpha (a time scale) changes, by the factor 7."""
    data = cdnow_summary()
    weeks = cdnow_bg_nbd()
    days = fit_bg_nbd(data["frequency"], 7 * data["recency"], 7 * data["T"])
    assert days.converged
    assert (days.r, days.alpha / 7, days.a, days.b) == pytest.approx(
        (weeks.r, weeks.alpha, weeks.a, weeks.b), rel=1e-3)
    in_weeks = expected_purchases(weeks, 39, 2, 30.43, 38.86)
    in_days = expected_purchases(days, 7 * 39, 2, 7 * 30.43, 7 * 38.86)
    assert float(in_days) == pytest.approx(float(in_weeks), rel=1e-3)


def test_gamma_gamma_in_rupiah_gives_the_same_customers():
    """Spend in Rupiah (about 15,000 to the dollar): v and the spend scale, p and q do not."""
    data = cdnow_spend()
    dollars = cdnow_gamma_gamma()
    rupiah = fit_gamma_gamma(data["x"], 15_000 * data["zbar"])
    assert rupiah.converged
    assert (rupiah.p, rupiah.q, rupiah.v / 15_000) == pytest.approx(
        (dollars.p, dollars.q, dollars.v), rel=1e-3)
    spend = expected_average_spend(rupiah, data["x"][:5], 15_000 * data["zbar"][:5])
    assert spend / 15_000 == pytest.approx([24.65, 18.91, 35.17, 35.17, 35.17], abs=1e-2)


# ---- Simulated customers with known parameters ---------------------------------------


def test_bg_nbd_recovers_the_parameters_of_simulated_customers():
    x, t_x, age = simulate_bg_nbd(30_000, r=0.25, alpha=30.0, a=0.8, b=2.5, seed=7)
    fit = fit_bg_nbd(x, t_x, age)
    assert fit.converged
    # Sampling error at 30,000 customers is a few percent (up to ~15% for b across seeds).
    assert (fit.r, fit.alpha, fit.a, fit.b) == pytest.approx((0.25, 30.0, 0.8, 2.5), rel=0.2)


def test_gamma_gamma_recovers_the_parameters_of_simulated_customers():
    x = np.random.default_rng(3).integers(1, 15, 20_000).astype(float)
    fit = fit_gamma_gamma(x, simulate_gamma_gamma(x, p=6.0, q=3.7, v=15.0, seed=4))
    assert fit.converged
    assert (fit.p, fit.q, fit.v) == pytest.approx((6.0, 3.7, 15.0), rel=0.2)


# ---- The formulas, checked another way -----------------------------------------------


def test_new_customer_expectation_agrees_with_direct_integration():
    """Eq. 9 against E[X(t) | lambda, p] = (1 - e^(-lambda p t)) / p, integrated over the gamma
    (in closed form) and the beta (numerically)."""
    r, alpha, a, b = 0.243, 4.414, 0.793, 2.426
    t = 32.0

    def given_p(p: float) -> float:
        return (1 - (alpha / (alpha + p * t)) ** r) / p * beta_distribution.pdf(p, a, b)

    integral, _ = quad(given_p, 0, 1, limit=200)
    assert float(expected_purchases_new(given_bg_nbd(r, alpha, a, b), t)) == pytest.approx(
        integral, rel=1e-6)


@pytest.mark.parametrize("x, t_x", [(0, 0.0), (1, 5.0), (2, 30.43), (10, 36.0)])
def test_conditional_expectation_agrees_with_the_literal_eq_10(x, t_x):
    """The module evaluates the hypergeometric term after Euler's transformation; for small x the
    paper's literal form is still computable and must agree."""
    r, alpha, a, b, age, t = 0.243, 4.414, 0.793, 2.426, 38.86, 39.0
    z = t / (alpha + age + t)
    bracket = 1 - ((alpha + age) / (alpha + age + t)) ** (r + x) * hyp2f1(
        r + x, b + x, a + b + x - 1, z)
    dead_odds = a / (b + x - 1) * ((alpha + age) / (alpha + t_x)) ** (r + x) if x > 0 else 0.0
    literal = (a + b + x - 1) / (a - 1) * bracket / (1 + dead_odds)
    ours = expected_purchases(given_bg_nbd(r, alpha, a, b), t, x, t_x, age)
    assert float(ours) == pytest.approx(literal, rel=1e-9)


@pytest.mark.parametrize("t", [30.0, 365.0, 3650.0])
def test_predictions_where_the_hypergeometric_function_gives_up(t):
    """Very loyal customers (b = 300) buying every couple of days (alpha = 2): for a new customer
    scipy's hyp2f1 returns NaN here (z = t / (alpha + t) too near 1), and the module integrates
    instead. Reference: eq. 9 from its definition, E[(1 - (alpha / (alpha + p t))^r) / p] over the
    beta-distributed dropout probability p."""
    r, alpha, a, b = 0.5, 2.0, 2.5, 300.0

    def given_p(p: float) -> float:
        return (1 - (alpha / (alpha + p * t)) ** r) / p

    reference = beta_distribution(a, b).expect(given_p, points=[1e-3, 1e-2, 5e-2], limit=200)
    fit = given_bg_nbd(r, alpha, a, b)
    assert float(expected_purchases_new(fit, t)) == pytest.approx(reference, rel=1e-7)
    # The same customer through eq. 10: no repeat purchase yet, first purchase today.
    assert float(expected_purchases(fit, t, 0, 0, 0)) == pytest.approx(reference, rel=1e-7)


def test_frequent_buyers_get_finite_predictions():
    """Hundreds of repeat days overflow the literal formulas; the stable forms must not."""
    r, alpha, a, b = 0.25, 30.0, 0.8, 2.5
    fit = given_bg_nbd(r, alpha, a, b)
    x, recency, age, t = np.array([200.0, 400.0, 700.0]), 728.0, 730.0, 365.0
    expected = expected_purchases(fit, t, x, recency, age)
    # Bought every day or two until two days ago: surely still a customer ...
    assert np.all(probability_alive(fit, x, recency, age) > 0.99)
    # ... who keeps buying at about the posterior mean rate (r + x) / (alpha + T), less what is
    # lost should they drop out after one of the coming purchases (a / (a + b + x) each).
    pace = (r + x) / (alpha + age) * t
    assert np.all(np.isfinite(expected))
    assert np.all((0.7 * pace < expected) & (expected < pace))


def test_probability_alive_by_hand():
    """r = 1, alpha = 1, a = 1, b = 2, x = 1, t_x = 1, T = 3:
    1 / (1 + 1/2 * (4/2)^2) = 1/3."""
    fit = given_bg_nbd(1.0, 1.0, 1.0, 2.0)
    assert float(probability_alive(fit, 1, 1, 3)) == pytest.approx(1 / 3, rel=1e-12)


# ---- P(alive) ------------------------------------------------------------------------


def test_customers_without_repeat_purchases_are_alive():
    """BG/NBD lets customers drop out only right after a repeat purchase, so P(alive | x = 0) = 1
    whatever their age."""
    alive = probability_alive(cdnow_bg_nbd(), 0, 0, np.array([1.0, 38.0, 500.0]))
    assert np.all(alive == 1.0)


def test_probability_alive_is_a_probability():
    data = cdnow_summary()
    alive = probability_alive(cdnow_bg_nbd(), data["frequency"], data["recency"], data["T"])
    assert alive.shape == (2357,)
    assert np.all((alive >= 0) & (alive <= 1))
    assert 0 < alive.min() < alive.max() == 1  # and not all the same


def test_the_more_recent_customer_is_more_likely_alive():
    fit = cdnow_bg_nbd()
    alive = probability_alive(fit, frequency=3, recency=np.array([5.0, 20.0, 35.0]), age=38.86)
    assert alive[0] < alive[1] < alive[2]
    # ... and expected to buy more.
    expected = expected_purchases(fit, 39, 3, np.array([5.0, 20.0, 35.0]), 38.86)
    assert expected[0] < expected[1] < expected[2]


# ---- Too little history --------------------------------------------------------------


def _few_repeat_buyers(repeat: int, total: int = 100):
    x = np.r_[np.arange(1, repeat + 1, dtype=float), np.zeros(total - repeat)]
    t_x = np.where(x > 0, 10.0, 0.0)
    return x, t_x, np.full(total, 50.0)


@pytest.mark.parametrize("history", [
    pytest.param(([], [], []), id="no customers"),
    pytest.param((np.zeros(500), np.zeros(500), np.full(500, 60.0)), id="nobody came back"),
    pytest.param(_few_repeat_buyers(MIN_REPEAT_CUSTOMERS - 1), id="too few repeat buyers"),
    pytest.param(tuple(arr[:MIN_CUSTOMERS - 1] for arr in _few_repeat_buyers(20, 100)),
                 id="too few customers"),
    # One repeat day each, on the last day: the likelihood does not depend on a and b at all.
    pytest.param((np.r_[np.ones(50), np.zeros(50)], np.r_[np.full(50, 50.0), np.zeros(50)],
                  np.full(100, 50.0)), id="nobody dropped out"),
])
def test_bg_nbd_without_enough_history_does_not_converge(history):
    fit = fit_bg_nbd(*history)
    assert not fit.converged
    assert fit.customers == len(history[0])
    assert np.isnan([fit.r, fit.alpha, fit.a, fit.b, fit.log_likelihood]).all()
    # Predictions from it are NaN, never a number that looks real (even for x = 0).
    assert np.isnan(probability_alive(fit, 0, 0, 10))
    assert np.isnan(expected_purchases(fit, 10, 1, 5, 10))
    assert np.isnan(expected_purchases_new(fit, 10))


@pytest.mark.parametrize("frequency, spend", [
    pytest.param([], [], id="no customers"),
    pytest.param(np.zeros(500), np.zeros(500), id="nobody came back"),
    pytest.param(np.ones(MIN_REPEAT_CUSTOMERS - 1), np.arange(1.0, MIN_REPEAT_CUSTOMERS),
                 id="too few repeat buyers"),
    pytest.param(np.r_[np.arange(1.0, 201.0)], np.full(200, 125_000.0), id="all spend equal"),
])
def test_gamma_gamma_without_enough_history_does_not_converge(frequency, spend):
    fit = fit_gamma_gamma(frequency, spend)
    assert not fit.converged
    assert np.isnan([fit.p, fit.q, fit.v, fit.log_likelihood]).all()
    assert np.isnan(expected_average_spend(fit, [0, 3], [0, 50_000])).all()


def test_gamma_gamma_with_an_infinite_mean_does_not_converge():
    """Spend so heavy-tailed that the fitted q <= 1: no finite population mean to shrink to."""
    x = np.full(2_000, 2.0)
    # Per-customer scale drawn with q = 0.6 (< 1): the true population mean is infinite.
    fit = fit_gamma_gamma(x, simulate_gamma_gamma(x, p=5.0, q=0.6, v=10.0, seed=11))
    assert not fit.converged


def test_customers_without_repeat_purchases_get_the_population_mean_spend():
    fit = GammaGammaFit(p=6.0, q=4.0, v=15.0, log_likelihood=0.0, customers=0, converged=True)
    spend = expected_average_spend(fit, [0, 0], [0.0, 99.0])
    assert spend == pytest.approx([15.0 * 6.0 / 3.0] * 2)


def test_malformed_input_is_a_caller_bug():
    with pytest.raises(ValueError, match="recency"):
        fit_bg_nbd([1, 2], [5, 50], [10, 40])  # last purchase after the end of the period
    with pytest.raises(ValueError, match="frequency"):
        fit_bg_nbd([1, -1], [5, 5], [10, 10])
    with pytest.raises(ValueError, match="shapes"):
        fit_gamma_gamma([1, 2, 3], [10.0, 20.0])
    with pytest.raises(ValueError, match="mean_spend"):
        fit_gamma_gamma([1, 2], [10.0, float("nan")])


# ---- Any shop ------------------------------------------------------------------------

AMOUNTS = np.array([9_000, 25_000, 250_000])  # Rupiah


@st.composite
def shops(draw) -> tuple[list[list[tuple[int, int]]], int]:
    """(customers, last day): shops from empty to a few hundred customers, each customer a list
    of (day, Rupiah) purchases from their first day until they leave (or the last day), several
    a day allowed."""
    customers, end = draw(st.integers(0, 300)), draw(st.integers(0, 400))
    mean_purchases, mean_stay = draw(st.floats(0, 8)), draw(st.floats(1, 1_000))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    shop = []
    for _ in range(customers):
        first = int(rng.integers(0, end + 1))
        leaves = min(end, first + int(rng.exponential(mean_stay)))
        later = rng.integers(first, leaves + 1, rng.poisson(mean_purchases))
        days = [first, *later.tolist()]
        shop.append([(day, int(rng.choice(AMOUNTS))) for day in days])
    return shop, end


def _summary(purchases: list[tuple[int, int]], end: int):
    """(x, t_x, T, zbar) as the SQL side computes them: per distinct purchase day."""
    per_day: dict[int, int] = {}
    for day, amount in purchases:
        per_day[day] = per_day.get(day, 0) + amount
    days = sorted(per_day)
    repeat_spend = [per_day[day] for day in days[1:]]
    zbar = sum(repeat_spend) / len(repeat_spend) if repeat_spend else 0.0
    return len(days) - 1, days[-1] - days[0], end - days[0], zbar


@settings(max_examples=40, deadline=None, derandomize=True)
@given(shop_and_end=shops())
def test_any_shop_history_fits_without_raising(shop_and_end):
    shop, end = shop_and_end
    summaries = [_summary(purchases, end) for purchases in shop]
    x, t_x, age, zbar = np.array(summaries, dtype=float).reshape(-1, 4).T
    bg_nbd, gamma_gamma = fit_bg_nbd(x, t_x, age), fit_gamma_gamma(x, zbar)
    if bg_nbd.converged:
        alive = probability_alive(bg_nbd, x, t_x, age)
        assert np.all((alive >= 0) & (alive <= 1))
        expected = expected_purchases(bg_nbd, 30, x, t_x, age)
        assert np.all(np.isfinite(expected) & (expected >= 0))
    if gamma_gamma.converged:
        assert gamma_gamma.q > 1
        assert np.all(expected_average_spend(gamma_gamma, x, zbar) > 0)
