"""Session factory that tells reads from writes.

SQLite starts a plain BEGIN as a reader and upgrades to a writer at the first write; if another
process committed in between, the upgrade fails at once ("database is locked"), whatever the
busy timeout. A transaction opened with `begin()` declares up front that it will write, so on
SQLite it starts with BEGIN IMMEDIATE and waits its turn instead. Reads stay plain, so the
counter can read while an import writes.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tokocrm.db.engine import WRITE_INTENT


class Sessions:
    """sessionmaker's interface: `sessions()` for a read, `sessions.begin()` for a write."""

    def __init__(self, engine: Engine) -> None:
        self._read = sessionmaker(engine, expire_on_commit=False)
        writer = engine.execution_options(**{WRITE_INTENT: True})
        self._write = sessionmaker(writer, expire_on_commit=False)

    def __call__(self) -> Session:
        return self._read()

    def begin(self) -> AbstractContextManager[Session]:
        return self._write.begin()
