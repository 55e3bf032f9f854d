"""Shared fixtures. Every database test runs twice: on an SQLite file and on a real PostgreSQL
server that this test session starts itself (see pg_server.py)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Before Qt or platformdirs are imported: no display, and no writing into the real user folders.
_HOME = tempfile.mkdtemp(prefix="tokocrm-test-home-")
# Offscreen, on a screen the size of the common shop PC (1366x768), not Qt's default 800x600.
os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(
    os.path.dirname(__file__), "shop_screen.json")
for _var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
os.environ.pop("TOKOCRM_DB", None)

import pytest  # noqa: E402

from tests.pg_server import PgServer, find_bin_dir  # noqa: E402
from tokocrm.services.container import open_services  # noqa: E402

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server():
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = "PostgreSQL server binaries (initdb, pg_ctl) not found: PostgreSQL half skipped"
        if os.environ.get("TOKOCRM_REQUIRE_PG"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = PgServer(bin_dir)
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=ENGINES)
def db_url(request, tmp_path):
    """An empty database: an SQLite file path, or a fresh database on the test server."""
    with empty_database(request.param, request, tmp_path / "shop.db") as url:
        yield url


@contextmanager
def empty_database(engine: str, request, sqlite_file: Path) -> Iterator[str]:
    """The URL of a new, empty database on `engine`, gone afterwards (PostgreSQL's)."""
    if engine == "sqlite":
        yield f"sqlite:///{sqlite_file}"
        return
    server = request.getfixturevalue("pg_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def services(db_url):
    opened = open_services(db_url)
    yield opened
    opened.close()
