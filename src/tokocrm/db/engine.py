"""One engine factory for every database TokoCRM opens."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 15_000
# How long a PostgreSQL statement waits for another till's lock before giving up; db/retry.py
# then runs the use case again. Like SQLite's busy timeout, so a stuck till never hangs another.
LOCK_TIMEOUT_MS = 15_000
WRITE_INTENT = "tokocrm_write_intent"  # set by db.sessions.Sessions.begin()
POSTGRESQL_DRIVER = "postgresql+psycopg"  # the driver TokoCRM ships (psycopg 3)


def with_shipped_driver(url: str | URL) -> URL:
    """Plain `postgresql://` means psycopg 3: SQLAlchemy's default, psycopg2, is not installed."""
    url = make_url(url)
    return url.set(drivername=POSTGRESQL_DRIVER) if url.drivername == "postgresql" else url


def make_engine(url: str | URL) -> Engine:
    url = with_shipped_driver(url)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if url.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True,
                             connect_args={"options": f"-c lock_timeout={LOCK_TIMEOUT_MS}"})
    return create_engine(url, pool_pre_ping=True)


def is_memory_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def _sqlite_engine(url: URL) -> Engine:
    if is_memory_sqlite(url):
        # One shared connection, or every thread would see its own empty database.
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (SQLAlchemy's
    # documented recipe), so DDL in migrations is transactional and SAVEPOINTs work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the counter read while an import writes; FULL makes a commit the cashier saw
    # survive a power cut; the busy timeout makes a second process wait instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_on_begin(connection) -> None:
    writes = connection.get_execution_options().get(WRITE_INTENT)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")
