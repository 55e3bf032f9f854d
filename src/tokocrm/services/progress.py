"""How a long job reports progress and learns that the user wants it stopped: plain callables,
so services know nothing of the Qt worker that passes them in."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # (done, total)
Cancel = Callable[[], bool]  # True: stop at the next safe point
