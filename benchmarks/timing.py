"""Repeated timing with warm-up. Ours and the baseline run interleaved, so a burst of noise on
the machine hits both sides rather than one of them."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from time import perf_counter_ns
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")


@dataclass(frozen=True)
class Stats:
    """Milliseconds over the measured runs (warm-up runs excluded)."""

    median: float
    p95: float
    runs: int


def stats(samples_ns: list[int]) -> Stats:
    ordered = sorted(samples_ns)
    # Nearest-rank p95: a real observed run, never an interpolation between two.
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return Stats(median=statistics.median(ordered) / 1e6, p95=ordered[rank - 1] / 1e6,
                 runs=len(ordered))


def measure(run: Callable[[A], Any], inputs: Iterable[A], warmup: int) -> Stats:
    """Time run(x) for every x; the first `warmup` calls are not counted. Inputs are produced
    outside the timed span, so a generator may do untimed set-up for each run."""
    samples: list[int] = []
    for i, x in enumerate(inputs):
        start = perf_counter_ns()
        run(x)
        elapsed = perf_counter_ns() - start
        if i >= warmup:
            samples.append(elapsed)
    return stats(samples)


def measure_pair(ours: Callable[[A], Any], raw: Callable[[B], Any], ours_inputs: Iterable[A],
                 raw_inputs: Iterable[B], warmup: int) -> tuple[Stats, Stats]:
    """Like `measure` for both sides, one run of each in turn, and which side goes first
    alternates, so neither always finds the caches warmed by the other."""
    ours_ns: list[int] = []
    raw_ns: list[int] = []
    for i, (x, y) in enumerate(zip(ours_inputs, raw_inputs, strict=True)):
        pair = ((ours, x, ours_ns), (raw, y, raw_ns))
        for run, arg, samples in pair if i % 2 == 0 else pair[::-1]:
            start = perf_counter_ns()
            run(arg)
            elapsed = perf_counter_ns() - start
            if i >= warmup:
                samples.append(elapsed)
    return stats(ours_ns), stats(raw_ns)


def cycle_take(items: list[A], count: int) -> list[A]:
    """`count` items, going round `items` again when there are fewer."""
    if not items:
        raise ValueError("nothing to run on")
    return [items[i % len(items)] for i in range(count)]
