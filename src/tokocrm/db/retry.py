"""Conflicts between tills are retried, never shown to the cashier.

Several counters writing one database now and then collide: PostgreSQL breaks a deadlock by
failing one side, gives up a lock wait after the lock timeout (db/engine.py), or refuses a
serializable snapshot; SQLite gives up after its busy timeout. None of these wrote anything,
and the same use case run again a moment later normally succeeds. So every public method of a
service runs whole again (a fresh transaction) after a short, random pause; only when the
database stays busy through every try does the caller get a DatabaseBusy error.
"""

from __future__ import annotations

import functools
import inspect
import logging
import random
import sqlite3
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

from tokocrm.domain.errors import DatabaseBusy

log = logging.getLogger(__name__)

ATTEMPTS = 4
FIRST_PAUSE_S = 0.05  # doubled after each try, with jitter so two tills do not meet again
# serialization_failure, deadlock_detected, lock_not_available (lock_timeout)
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
_SQLITE_BUSY = ("database is locked", "database is busy")

# A use case that calls another runs in one try: only the outermost one may start again.
_running = ContextVar("tokocrm_retrying", default=False)

T = TypeVar("T")


def is_transient(error: BaseException) -> bool:
    if not isinstance(error, DBAPIError) or error.connection_invalidated:
        return False
    cause = error.orig
    if getattr(cause, "sqlstate", None) in TRANSIENT_SQLSTATES:  # psycopg
        return True
    return isinstance(cause, sqlite3.OperationalError) and str(cause).startswith(_SQLITE_BUSY)


def retried(function: Callable[..., T]) -> Callable[..., T]:
    """Run `function` again when the database reports a transient conflict."""

    @functools.wraps(function)
    def run(*args, **kwargs) -> T:
        if _running.get():
            return function(*args, **kwargs)
        token = _running.set(True)
        try:
            return _with_retries(function, args, kwargs)
        finally:
            _running.reset(token)

    return run


def _with_retries(function: Callable[..., T], args: tuple, kwargs: dict) -> T:
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return function(*args, **kwargs)
        except DBAPIError as error:
            if not is_transient(error):
                raise
            if attempt == ATTEMPTS:
                log.warning("%s: database still busy after %d tries: %s",
                            function.__qualname__, attempt, error.orig)
                raise DatabaseBusy(tries=attempt) from error
            log.info("%s: transient conflict (%s), try %d of %d",
                     function.__qualname__, error.orig, attempt + 1, ATTEMPTS)
            time.sleep(FIRST_PAUSE_S * 2 ** (attempt - 1) * random.uniform(1, 2))
    raise AssertionError("unreachable")


def retries_conflicts(cls: type[T]) -> type[T]:
    """Class decorator: every public method of a service is retried as a whole. Generators
    are left alone: a retry cannot take back what they already yielded."""
    for name, member in list(vars(cls).items()):
        if (not name.startswith("_") and inspect.isfunction(member)
                and not inspect.isgeneratorfunction(member)):
            setattr(cls, name, retried(member))
    return cls
