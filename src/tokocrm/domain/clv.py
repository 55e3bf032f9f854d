"""Customer lifetime value (CLV): two models of Fader, Hardie and Lee, fitted by maximum likelihood.

* BG/NBD ("'Counting your customers' the easy way", Marketing Science 24(2):275-284, 2005): how
  often a customer buys again, and whether they are still a customer at all. Parameters r, alpha
  (gamma-distributed purchase rates) and a, b (beta-distributed dropout probabilities).
* Gamma-Gamma ("RFM and CLV", Journal of Marketing Research 42(4), 2005; written up in Fader &
  Hardie's note 025, "The Gamma-Gamma model of monetary value"): how much a customer spends per
  purchase day. Parameters p, q, v.

Per customer the caller (the SQL side) computes:

* frequency x: repeat purchase *days*, i.e. distinct purchase days minus one;
* recency t_x: time from the first to the last purchase day (0 when x = 0);
* age T: time from the first purchase day to the end of the observed period;
* mean_spend zbar: mean spend of the repeat purchase days (0 when x = 0).

recency, age and every horizon t must be in one time unit (days, say); alpha is in that unit.
The prediction functions broadcast their arguments like numpy's own functions do.

Money: the app keeps money as whole Rupiah, but this is a statistical model, so spend goes in and
comes out as floats. Callers round the results (and should show them as estimates).

A fit that cannot be trusted comes back with converged=False, NaN parameters and a NaN
log-likelihood instead of raising: too few customers, all spends equal, the optimiser stopped
without converging, a parameter ran off to a bound or is not determined by the data (the
likelihood peaks at 0 or infinity, or is flat in some direction), or, for Gamma-Gamma, q <= 1
(infinite mean spend). Predictions from such a fit are NaN, so check `converged` and fall back to
historical figures. Malformed input (negative or non-finite values, arrays of different lengths,
recency > age) is a bug in the caller and raises ValueError.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike
from scipy.integrate import IntegrationWarning, quad
from scipy.optimize import minimize
from scipy.special import betaincinv, betaln, expit, gammaln, hyp2f1

# Below these counts the optimiser happily "converges" to parameters that mean nothing: BG/NBD
# has 4 parameters and learns a, b (dropout) only from repeat buyers; Gamma-Gamma has 3 and
# learns only from repeat buyers. They are floors, not a guarantee of a good fit.
MIN_CUSTOMERS = 30
MIN_REPEAT_CUSTOMERS = 10

# The optimiser works on log-parameters within +-_LOG_BOUND (about 3e-7 to 3e6). A fit that ends
# on a bound has a likelihood still rising towards 0 or infinity: not a usable estimate.
_LOG_BOUND = 15.0
_AT_BOUND = _LOG_BOUND - 1e-3

# A log-parameter with a larger standard error is not determined by the data (e^5 ~ 150: not even
# its order of magnitude is known). This catches what the bounds miss: a likelihood creeping
# towards 0 or infinity along a ridge, on which the optimiser stops early and reports success,
# and flat directions (e.g. no repeat buyer has yet had time to drop out, so a and b are free).
# On samples of CDNOW such fits come out far above 5 (8 to 500), identified ones below 4.
_MAX_LOG_STANDARD_ERROR = 5.0

_NAN = float("nan")


@dataclass(frozen=True)
class BgNbdFit:
    """BG/NBD parameters; NaN (with log_likelihood) when converged is False."""

    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float
    customers: int  # customers the fit saw
    converged: bool


@dataclass(frozen=True)
class GammaGammaFit:
    """Gamma-Gamma parameters; NaN (with log_likelihood) when converged is False."""

    p: float
    q: float
    v: float
    log_likelihood: float
    customers: int  # repeat customers (x > 0, zbar > 0) the fit saw
    converged: bool


# ---- BG/NBD --------------------------------------------------------------------------


def fit_bg_nbd(frequency: ArrayLike, recency: ArrayLike, age: ArrayLike) -> BgNbdFit:
    """Maximum-likelihood BG/NBD fit to one (x, t_x, T) per customer (see the module docstring).
    Never raises on too little history: converged=False."""
    x, t_x, age_ = (a.ravel() for a in _checked(frequency=frequency, recency=recency, age=age))
    _check_recency(t_x, age_)
    failed = BgNbdFit(_NAN, _NAN, _NAN, _NAN, _NAN, customers=x.size, converged=False)
    if x.size < MIN_CUSTOMERS or np.count_nonzero(x) < MIN_REPEAT_CUSTOMERS:
        return failed
    counts = _Frequencies.of(x)
    # Fitted in units of the mean age, so that the start alpha = 1 is a sensible guess whether
    # the caller counts in days or in weeks; alpha scales back, r, a and b do not depend on it.
    unit = float(np.mean(age_)) or 1.0
    found = _maximise(lambda p: _bg_nbd_log_likelihood(*p, counts, t_x / unit, age_ / unit), 4)
    if found is None:
        return failed
    r, alpha, a, b = found[0], found[1] * unit, found[2], found[3]
    log_likelihood = float(np.sum(_bg_nbd_log_likelihood(r, alpha, a, b, counts, t_x, age_)))
    if not np.isfinite(log_likelihood):
        return failed
    return BgNbdFit(r, alpha, a, b, log_likelihood, customers=x.size, converged=True)


class _Frequencies(NamedTuple):
    """Frequencies per customer, plus their distinct values and where each customer's value sits
    among them: the gamma and beta functions of x, most of the cost of a likelihood evaluation,
    then run once per distinct x (a few hundred at most) instead of once per customer."""

    each: np.ndarray
    distinct: np.ndarray
    index: np.ndarray

    @classmethod
    def of(cls, x: np.ndarray) -> _Frequencies:
        distinct, index = np.unique(x, return_inverse=True)
        return cls(x, distinct, index)


def _bg_nbd_log_likelihood(r, alpha, a, b, counts: _Frequencies, t_x, age) -> np.ndarray:
    """Per-customer log of the paper's likelihood for one customer, L = A1 A2 (A3 + [x > 0] A4),
    with the sum done by logaddexp so that large x or T cannot overflow."""
    x, xs = counts.each, counts.distinct
    log_a1_a2 = (  # log A1 without its r log(alpha), plus log A2 = log[B(a, b + x) / B(a, b)]
        gammaln(r + xs) - gammaln(r) + betaln(a, b + xs) - betaln(a, b)
    )[counts.index] + r * np.log(alpha)
    log_a3 = -(r + x) * np.log(alpha + age)
    # Only repeat buyers can have dropped out (BG/NBD customers drop out just after a purchase);
    # b + x - 1 may be negative when x = 0, hence the inner where.
    log_a4_x = np.log(a) - np.log(np.where(xs > 0, b + xs - 1, 1.0))
    log_a4 = np.where(x > 0, log_a4_x[counts.index] - (r + x) * np.log(alpha + t_x), -np.inf)
    return log_a1_a2 + np.logaddexp(log_a3, log_a4)


def probability_alive(
    fit: BgNbdFit, frequency: ArrayLike, recency: ArrayLike, age: ArrayLike
) -> np.ndarray:
    """P(still a customer at age T | x, t_x, T) = 1 / (1 + [x > 0] a / (b + x - 1)
    * ((alpha + T) / (alpha + t_x))^(r + x)): the denominator of eq. 10. It is 1 for x = 0, since
    in BG/NBD a customer can only drop out right after a repeat purchase."""
    x, t_x, age_ = _checked(frequency=frequency, recency=recency, age=age)
    _check_recency(t_x, age_)
    return _probability_alive(fit, x, t_x, age_)


def _probability_alive(fit: BgNbdFit, x, t_x, age) -> np.ndarray:
    r, alpha, a, b = fit.r, fit.alpha, fit.a, fit.b
    repeat = x > 0
    with np.errstate(invalid="ignore", divide="ignore"):  # the x = 0 branch is thrown away
        log_odds_dead = (
            np.log(a) - np.log(b + x - 1) + (r + x) * (np.log(alpha + age) - np.log(alpha + t_x))
        )
    # 1 / (1 + e^z) = expit(-z), which cannot overflow for the frequent buyers whose z is huge.
    return np.where(repeat, expit(-log_odds_dead), 1.0) * _nan_unless(fit.converged)


def expected_purchases(
    fit: BgNbdFit, t: ArrayLike, frequency: ArrayLike, recency: ArrayLike, age: ArrayLike
) -> np.ndarray:
    """Expected repeat purchase days in the next t periods of a customer with (x, t_x, T):
    eq. 10, E[Y(t) | x, t_x, T]. Broadcasts t against the customer arrays."""
    t_, x, t_x, age_ = _checked(t=t, frequency=frequency, recency=recency, age=age)
    _check_recency(t_x, age_)
    return _expected_while_alive(fit, t_, x, age_) * _probability_alive(fit, x, t_x, age_)


def expected_purchases_new(fit: BgNbdFit, t: ArrayLike) -> np.ndarray:
    """Expected repeat purchase days of a new customer by time t after the first purchase: eq. 9,
    E[X(t)] = (a + b - 1) / (a - 1) [1 - (alpha / (alpha + t))^r 2F1(r, b; a + b - 1; z)] with
    z = t / (alpha + t), which is eq. 10's first factor for x = 0, T = 0."""
    (t_,) = _checked(t=t)
    zeros = np.zeros_like(t_)
    return _expected_while_alive(fit, t_, zeros, zeros) * _nan_unless(fit.converged)


def _expected_while_alive(fit: BgNbdFit, t, x, age) -> np.ndarray:
    """Eq. 10 without its P(alive) factor: the expected repeat purchase days in (T, T + t] of a
    customer still alive at T,
    (a + b + x - 1) / (a - 1) [1 - (1 - z)^(r + x) 2F1(r + x, b + x; a + b + x - 1; z)],
    with z = t / (alpha + T + t).

    The hypergeometric term is evaluated after Euler's transformation 2F1(A, B; C; z) =
    (1 - z)^(C - A - B) 2F1(C - A, C - B; C; z), as (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1;
    a + b + x - 1; z): the literal form multiplies a vanishing power by a huge series and turns
    into NaN for customers with a few hundred repeat days, this one gets tamer as x grows. Checked
    against mpmath it is good to about 1e-8 wherever it is finite. scipy's hyp2f1 still gives up
    (inf or NaN) for some parameters with z near 1, typically a low-dropout fit (b in the
    hundreds) and a horizon many times alpha + T, or a ridge fit with a in the thousands; those
    entries are integrated numerically instead.
    """
    r, alpha, a, b = fit.r, fit.alpha, fit.a, fit.b
    shape = np.broadcast_shapes(np.shape(t), np.shape(x), np.shape(age))
    t, x, age = (np.broadcast_to(v, shape).ravel() for v in (t, x, age))  # 1-d: assignable
    z = t / (alpha + age + t)
    with np.errstate(all="ignore"):  # where it fails, the quadrature below takes over
        power_times_hyp2f1 = (1 - z) ** (a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z)
        expected = (a + b + x - 1) / (a - 1) * (1 - power_times_hyp2f1)
    failed = ~np.isfinite(expected)
    if fit.converged and np.any(failed):
        s = t[failed] / (alpha + age[failed])
        expected[failed] = _by_quadrature(a, b + x[failed], r + x[failed], s)
    return expected.reshape(shape)


def _by_quadrature(a: float, beta: np.ndarray, k: np.ndarray, s: np.ndarray) -> np.ndarray:
    """The same expectation from its definition, E[(1 - (1 + p s)^-k) / p] over the dropout
    probability p ~ beta(a, beta) of a customer alive at T, where beta = b + x, k = r + x and
    s = t / (alpha + T) (the purchase rate, gamma(r + x, alpha + T) given the history, is
    integrated out in closed form). Integrated over the quantiles u of p, where the integrand is
    bounded and monotone: agrees with mpmath to 1e-10 where hyp2f1 fails. About 2 ms an
    integral, so one per distinct (x, s)."""
    distinct, where = np.unique(np.stack([beta, k, s]), axis=1, return_inverse=True)
    values = [_quantile_integral(a, *column) for column in distinct.T]
    return np.asarray(values)[where.ravel()]


def _quantile_integral(a: float, beta: float, k: float, s: float) -> float:
    def integrand(u: float) -> float:
        p = betaincinv(a, beta, u)
        return -np.expm1(-k * np.log1p(p * s)) / p if p > 0 else k * s  # k s is the p -> 0 limit

    with warnings.catch_warnings():  # QUADPACK's "roundoff detected" comes with a good answer
        warnings.simplefilter("ignore", IntegrationWarning)
        return quad(integrand, 0, 1, limit=200)[0]


# ---- Gamma-Gamma ---------------------------------------------------------------------


def fit_gamma_gamma(frequency: ArrayLike, mean_spend: ArrayLike) -> GammaGammaFit:
    """Maximum-likelihood Gamma-Gamma fit on the repeat buyers (x > 0 with zbar > 0; zbar = 0
    would have zero likelihood). Never raises on too little history: converged=False."""
    x, zbar = (a.ravel() for a in _checked(frequency=frequency, mean_spend=mean_spend))
    used = (x > 0) & (zbar > 0)
    x, zbar = x[used], zbar[used]
    failed = GammaGammaFit(_NAN, _NAN, _NAN, _NAN, customers=x.size, converged=False)
    # With identical spends (no spread within or between customers) the likelihood rises for
    # ever as p, q -> infinity.
    if x.size < MIN_REPEAT_CUSTOMERS or np.ptp(zbar) == 0:
        return failed
    # Fitted on spend in units of its mean, so that the start v = 1 is sensible whether spend is
    # in dollars or in Rupiah (in Rupiah, from v = 1 the optimiser stops early on a wrong answer).
    # v scales back, p and q do not depend on it.
    unit = float(np.mean(zbar))
    found = _maximise(lambda p: _gamma_gamma_log_likelihood(*p, x, zbar / unit), 3)
    if found is None:
        return failed
    p, q, v = found[0], found[1], found[2] * unit
    log_likelihood = float(np.sum(_gamma_gamma_log_likelihood(p, q, v, x, zbar)))
    if q <= 1 or not np.isfinite(log_likelihood):  # q <= 1: infinite mean spend v p / (q - 1)
        return failed
    return GammaGammaFit(p, q, v, log_likelihood, customers=x.size, converged=True)


def _gamma_gamma_log_likelihood(p, q, v, x, zbar) -> np.ndarray:
    """Per-customer log-likelihood of the mean spend zbar over x purchase days (note 025):
    zbar ~ gamma(p x, nu x) given nu, and nu ~ gamma(q, v) across customers."""
    px = p * x
    return (
        gammaln(px + q) - gammaln(px) - gammaln(q)
        + q * np.log(v) + (px - 1) * np.log(zbar) + px * np.log(x)
        - (px + q) * np.log(v + x * zbar)
    )


def expected_average_spend(
    fit: GammaGammaFit, frequency: ArrayLike, mean_spend: ArrayLike
) -> np.ndarray:
    """E[Z | zbar, x] (note 025): the population mean v p / (q - 1) and the customer's own zbar,
    weighted (q - 1) : p x. Customers with x = 0 get the population mean."""
    x, zbar = _checked(frequency=frequency, mean_spend=mean_spend)
    p, q, v = fit.p, fit.q, fit.v
    population_mean = v * p / (q - 1)
    own_weight = p * x / (p * x + q - 1)
    spend = (1 - own_weight) * population_mean + own_weight * zbar
    return spend * _nan_unless(fit.converged)


# ---- Shared --------------------------------------------------------------------------


def _maximise(log_likelihood: Callable[[np.ndarray], np.ndarray], n_params: int) -> list | None:
    """The positive parameters that maximise a summed log-likelihood, or None when they cannot be
    trusted: the optimiser failed, ended on a bound, or the data do not pin a parameter down.

    L-BFGS-B runs on the logs of the parameters (positive for free, and a rounder surface) from
    all parameters = 1, and minimises the *mean* negative log-likelihood so that its tolerances
    mean the same for 50 customers as for 100,000."""

    def objective(log_params: np.ndarray) -> float:
        value = -np.mean(log_likelihood(np.exp(log_params)))
        # NaN would derail the line search; +inf just tells it to step back.
        return float(value) if np.isfinite(value) else np.inf

    with np.errstate(all="ignore"):  # trial steps may overflow; the result is checked below
        result = minimize(objective, np.zeros(n_params), method="L-BFGS-B",
                          bounds=[(-_LOG_BOUND, _LOG_BOUND)] * n_params)
        if not result.success or not np.isfinite(result.fun):
            return None
        if np.any(np.abs(result.x) >= _AT_BOUND):
            return None
        customers = np.size(log_likelihood(np.exp(result.x)))
        if np.any(_log_standard_errors(objective, result.x, customers) > _MAX_LOG_STANDARD_ERROR):
            return None
    return [float(p) for p in np.exp(result.x)]


def _log_standard_errors(objective: Callable[[np.ndarray], float], log_params: np.ndarray,
                         customers: int) -> np.ndarray:
    """Asymptotic standard errors of the log-parameters: the square roots of the diagonal of the
    inverse observed information, which is `customers` times the Hessian of the mean negative
    log-likelihood (here by central differences). Infinite when the Hessian is singular or not
    positive definite: some direction is flat, so the maximum is not a point."""
    k, h = log_params.size, 1e-3
    step = h * np.eye(k)
    hessian = np.empty((k, k))
    for i, j in itertools.combinations_with_replacement(range(k), 2):
        hessian[i, j] = hessian[j, i] = (
            objective(log_params + step[i] + step[j]) - objective(log_params + step[i] - step[j])
            - objective(log_params - step[i] + step[j]) + objective(log_params - step[i] - step[j])
        ) / (4 * h * h)
    if not np.all(np.isfinite(hessian)):
        return np.full(k, np.inf)
    # The inverse's diagonal from the eigen-decomposition: unlike inv(), it cannot raise on a
    # nearly singular matrix.
    eigenvalues, eigenvectors = np.linalg.eigh(hessian)
    if np.min(eigenvalues) <= 0:
        return np.full(k, np.inf)
    return np.sqrt(eigenvectors**2 @ (1 / eigenvalues) / customers)


def _checked(**named: ArrayLike) -> list[np.ndarray]:
    """The inputs as broadcast float arrays; ValueError unless all are finite and >= 0."""
    try:
        arrays = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in named.values()))
    except ValueError as error:
        raise ValueError(f"{', '.join(named)}: shapes do not match ({error})") from None
    for name, array in zip(named, arrays, strict=True):
        if not np.all(np.isfinite(array)) or np.any(array < 0):
            raise ValueError(f"{name} must be finite and >= 0")
    return arrays


def _check_recency(recency: np.ndarray, age: np.ndarray) -> None:
    if np.any(recency > age):
        raise ValueError("recency must not exceed age")


def _nan_unless(converged: bool) -> float:
    """1.0, or NaN to blank the predictions of a fit that did not converge."""
    return 1.0 if converged else _NAN
